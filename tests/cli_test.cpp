// The command line, run as a user runs it: each case starts the finex binary in a shell with
// temporary files and checks its exit status, standard output and standard error. Fine values
// on real articles belong to the end-to-end tests; here only stable facts are checked (record
// counts, document ids, order, error codes, exact formats).
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "command_line.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace command_line_testing;

namespace {

const std::string kSeeds = std::string(FINEX_CORPUS_DIR) + "/seeds";
const std::string kFineSentence = "The CNIL fined Clearview AI 20 million euros on Thursday.";

Run finex(const std::string& args, const std::string& stdin_text = "") {
  return shell("finex " + args, stdin_text);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> documents_of(const std::string& jsonl) {
  std::vector<std::string> ids;
  for (const json& r : records_of(jsonl)) ids.push_back(r.at("document").get<std::string>());
  return ids;
}

std::vector<std::string> sorted_seed_paths() {
  std::vector<std::string> paths;
  for (const auto& e : fs::directory_iterator(kSeeds))
    if (e.path().extension() == ".txt") paths.push_back(kSeeds + "/" + e.path().filename().string());
  std::sort(paths.begin(), paths.end());
  return paths;
}

std::string stream_line(const std::string& id, const std::string& text) {
  return json{{"id", id}, {"text", text}}.dump() + "\n";
}

}  // namespace

TEST_CASE("help and version exit 0 on standard output") {
  for (const char* args : {"--help", "-h", "extract --help"}) {
    const Run run = finex(args);
    CHECK(run.status == 0);
    CHECK(run.out.starts_with("usage: finex extract"));
    CHECK(run.out.find("--stream") != std::string::npos);
  }
  const Run version = finex("--version");
  CHECK(version.status == 0);
  CHECK(version.out == "finex " FINEX_VERSION "\n");
}

TEST_CASE("--help ends with three examples: the manual page and the completion know every option") {
  const std::string help = finex("--help").out;
  const std::size_t examples = help.find("\nexamples:\n");
  REQUIRE(examples != std::string::npos);
  CHECK(lines_of(help.substr(examples + 11)).size() == 3);
  const std::string source = std::string(FINEX_CORPUS_DIR) + "/..";
  std::string manual = read_file(source + "/tools/finex/finex.1");
  for (std::size_t at; (at = manual.find("\\-")) != std::string::npos;) manual.replace(at, 2, "-");
  const std::string completion = read_file(source + "/tools/finex/finex.bash-completion");
  std::istringstream words(help);
  std::size_t options = 0;
  for (std::string word; words >> word;) {
    if (!word.starts_with("--") || word.size() < 4 || !std::isalpha(static_cast<unsigned char>(word[2])))
      continue;
    word = word.substr(0, word.find_first_not_of("abcdefghijklmnopqrstuvwxyz-", 2));
    CAPTURE(word);
    ++options;
    CHECK(manual.find(word) != std::string::npos);
    CHECK(completion.find(word) != std::string::npos);
  }
  CHECK(options > 15);
  const Run completed = shell("source '" + source + "/tools/finex/finex.bash-completion'\n"
                              "COMP_WORDS=(finex extract --fo); COMP_CWORD=2; _finex; echo \"${COMPREPLY[*]}\"\n"
                              "COMP_WORDS=(finex extract --format c); COMP_CWORD=3; _finex; echo \"${COMPREPLY[*]}\"");
  CHECK(completed.out == "--format\ncsv\n");
}

TEST_CASE("bad usage exits 2 with a message and no output") {
  const std::string seed = "'" + sorted_seed_paths()[0] + "'";
  const char* const cases[] = {
      "",                                  // no command
      "frobnicate",                        // unknown command
      "extract",                           // no input
      "extract --bogus x",                 // unknown option
      "extract --format xml -",            // unknown format
      "extract -j 0 -",                    // no threads
      "extract -j many -",                 // not a number
      "extract --published yesterday -",   // not an ISO date
      "extract --published 2024-13-45 -",  // no such month
      "extract --published 2022-02-30 -",  // no such day
      "extract --lang english -",          // not ISO 639-1
      "extract --lang xx -",               // no such language
      "extract --lang zh -",               // a language finex does not know
      "extract --stream -",                // --stream takes no path
      "extract - -",                       // standard input twice
      "extract -o",                        // missing value
      "extract --quiet=yes -",             // a flag with a value
  };
  for (const char* args : cases) {
    CAPTURE(args);
    const Run run = finex(args);
    CHECK(run.status == 2);
    CHECK(run.out.empty());
    CHECK(run.err.starts_with("finex: "));
  }
  CHECK(finex("extract --format=csv -q " + seed).status == 0);  // "--opt=value" form
}

TEST_CASE("a folder gives one JSON line per article, in name order, with a summary") {
  const Run run = finex("extract '" + kSeeds + "'");
  CHECK(run.status == 0);
  CHECK(documents_of(run.out) == sorted_seed_paths());
  for (const json& r : records_of(run.out)) {
    CHECK(r.at("language") == "en");
    CHECK(r.at("fines").is_array());
  }
  // Standard error is not a terminal here: no progress line, only the summary.
  REQUIRE(lines_of(run.err).size() == 1);
  CHECK(run.err.starts_with("finex: 5 documents, "));
  CHECK(run.err.find(", 0 errors, ") != std::string::npos);
  CHECK(finex("extract --quiet '" + kSeeds + "'").err.empty());
}

TEST_CASE("-j keeps input order and gives the same bytes as one thread") {
  TempDir dir;
  // Long and short documents mixed, so that later ones finish first on a pool.
  const std::vector<std::string> seeds = sorted_seed_paths();
  std::vector<std::string> expected;
  for (int i = 0; i < 40; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "doc%02d.txt", i);
    if (i % 3 == 0) write_file(dir / name, read_file(seeds[i % seeds.size()]));
    else write_file(dir / name, kFineSentence + " " + std::to_string(i));
    expected.push_back(dir / name);
  }
  const Run one = finex("extract -j 1 -q '" + dir.path.string() + "'");
  const Run many = finex("extract -j 8 -q '" + dir.path.string() + "'");
  const Run glued = finex("extract -j2 -q '" + dir.path.string() + "'");  // "-j2" as "-j 2"
  CHECK(one.status == 0);
  CHECK(many.status == 0);
  CHECK(glued.status == 0);
  CHECK(documents_of(one.out) == expected);
  CHECK(many.out == one.out);
  CHECK(glued.out == one.out);
}

TEST_CASE("a record without fines is written byte for byte as the JSON library writes it") {
  // Plain ids and ids that need escaping; a date and none; a language and none.
  std::string input;
  for (const char* id : {"plain/1.txt", "quote \" and backslash \\", "caf\u00e9", "tab\there", "del\x7f"})
    input += json{{"id", id}, {"text", "Le conseil municipal se r\u00e9unira mardi pour voter le budget."},
                  {"published", "2024-03-01"}}
                 .dump() +
             "\n";
  input += json{{"id", "digits"}, {"text", "12345 67890"}}.dump() + "\n";
  const Run run = finex("extract -q --stream", input);
  CHECK(run.status == 0);
  const std::vector<std::string> lines = lines_of(run.out);
  CHECK(lines.size() == 6);
  for (const std::string& line : lines) CHECK(line == nlohmann::ordered_json::parse(line).dump());
}

TEST_CASE("--ext chooses the files searched for in folders, while files named are always read") {
  TempDir dir;
  fs::create_directories(dir.path / "deep" / "er");
  write_file(dir / "a.txt", kFineSentence);
  write_file(dir / "deep/er/b.md", kFineSentence);
  write_file(dir / "deep/c.md", kFineSentence);
  write_file(dir / "notes.mdx", kFineSentence);
  write_file(dir / "page.HTM", "<p>" + kFineSentence + "</p>");
  const std::string folder = "'" + dir.path.string() + "'";
  // Text, Markdown and HTML by default, whatever the case of the extension.
  const std::vector<std::string> all = {dir / "a.txt", dir / "deep/c.md", dir / "deep/er/b.md",
                                        dir / "page.HTM"};
  CHECK(documents_of(finex("extract -q " + folder).out) == all);
  const std::vector<std::string> markdown = {dir / "deep/c.md", dir / "deep/er/b.md"};
  CHECK(documents_of(finex("extract -q --ext md " + folder).out) == markdown);
  CHECK(documents_of(finex("extract -q --ext .md " + folder).out) == markdown);
  const std::vector<std::string> both = {dir / "deep/c.md", dir / "deep/er/b.md", dir / "notes.mdx"};
  CHECK(documents_of(finex("extract -q --ext md,mdx " + folder).out) == both);
  CHECK(documents_of(finex("extract -q --ext md --ext .MDX " + folder).out) == both);
  CHECK(finex("extract -q --ext md, " + folder).status == 2);
  CHECK(documents_of(finex("extract -q --ext md '" + (dir / "a.txt") + "'").out) ==
        std::vector{dir / "a.txt"});
}

TEST_CASE("- reads standard input, and --published and --lang apply to every document") {
  const Run run = finex("extract --published 2022-10-20 --lang fr -", kFineSentence);
  CHECK(run.status == 0);
  const std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 1);
  CHECK(records[0].at("document") == "-");
  CHECK(records[0].at("published") == "2022-10-20");
  CHECK(records[0].at("language") == "fr");
}

TEST_CASE("--encoding and --input-format say how every document is read") {
  // "Müller Bau" in windows-1252, which reads as other letters in ISO-8859-2.
  const std::string latin = "Die Beh\xf6rde verh\xe4ngte gegen die M\xfcller Bau GmbH ein Bu\xdfgeld von "
                            "1,2 Millionen Euro, weil sie Kundendaten ungesch\xfctzt gespeichert hatte.";
  const std::vector<json> given = records_of(finex("extract --encoding windows-1252 -", latin).out);
  REQUIRE(given.size() == 1);
  CHECK(given[0].at("warnings") ==
        json::array({json{{"code", "encoding"}, {"message", "read as windows-1252 (given)"}}}));
  CHECK(given[0].at("fines").at(0).at("entity").at("text") == "M\u00fcller Bau GmbH");
  CHECK(finex("extract --encoding no-such-thing -", latin).status == 1);
  CHECK(finex("extract --encoding -", latin).status == 2);

  const std::string page = "<p>" + kFineSentence + "</p><script>fined(99);</script>";
  const std::vector<json> html = records_of(finex("extract --input-format html -", page).out);
  REQUIRE(html.size() == 1);
  CHECK(html[0].at("fines").at(0).at("amount").at("start") == 3 + kFineSentence.find("20 million"));
  const std::vector<json> text = records_of(finex("extract --input-format text -", page).out);
  REQUIRE(text.size() == 1);
  CHECK(text[0].at("fines").at(0).at("sentence").at("end").get<std::size_t>() > page.find("</p>"));
  CHECK(finex("extract --input-format pdf -", page).status == 2);
}

TEST_CASE("--lang in any case, --published as a timestamp cut to its date: refusals name why") {
  const Run run = finex("extract --published 2022-10-20T09:30:00Z --lang EN -", kFineSentence);
  CHECK(run.status == 0);
  const std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 1);
  CHECK(records[0].at("published") == "2022-10-20");
  CHECK(records[0].at("language") == "en");
  const Run bad_date = finex("extract --published 2022-02-30 -", kFineSentence);
  CHECK(bad_date.err.find("--published needs a calendar date such as 2022-10-20, not '2022-02-30'") !=
        std::string::npos);
  const Run bad_language = finex("extract --lang xx -", kFineSentence);
  CHECK(bad_language.err.find("unknown language 'xx' (supported: cs da de el en es fi fr it nl pl pt ro sv)") !=
        std::string::npos);
}

TEST_CASE("--stream: a bad \"published\" or \"language\" is that line's invalid_input record") {
  const std::string input =
      json{{"id", "a"}, {"text", kFineSentence}, {"published", "yesterday"}}.dump() + "\n" +
      json{{"id", "b"}, {"text", kFineSentence}, {"language", "french"}}.dump() + "\n" +
      json{{"id", "c"}, {"text", kFineSentence}, {"published", "2022-10-20T08:00:00"},
           {"language", "EN"}}.dump() + "\n";
  const Run run = finex("extract --stream -q", input);
  CHECK(run.status == 1);
  const std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 3);
  CHECK(records[0].at("error").at("code") == "invalid_input");
  CHECK(records[0].at("error").at("message").get<std::string>().find("'yesterday'") != std::string::npos);
  CHECK(records[1].at("error").at("code") == "invalid_input");
  CHECK(records[1].at("error").at("message").get<std::string>().find("'french'") != std::string::npos);
  CHECK(records[2].at("published") == "2022-10-20");
  CHECK(records[2].at("language") == "en");
  CHECK(!records[2].at("fines").empty());
}

TEST_CASE("--evidence adds the sentence's text, the trigger and the rule: without it they are absent") {
  const Run run = finex("extract --evidence --lang en -", kFineSentence);
  CHECK(run.status == 0);
  const std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 1);
  REQUIRE(records[0].at("fines").size() == 1);
  const json& fine = records[0].at("fines")[0];
  CHECK(fine.at("sentence").at("text") == kFineSentence);
  CHECK(fine.at("trigger") == json{{"text", "fined"}, {"start", 9}, {"end", 14}});
  CHECK(fine.at("rule") == "fine_word");
  const Run plain = finex("extract --lang en -", kFineSentence);
  const std::vector<json> plain_records = records_of(plain.out);
  REQUIRE(plain_records.size() == 1);
  const json& plain_fine = plain_records[0].at("fines").at(0);
  CHECK_FALSE(plain_fine.contains("trigger"));
  CHECK_FALSE(plain_fine.contains("rule"));
  CHECK_FALSE(plain_fine.at("sentence").contains("text"));
}

TEST_CASE("every input yields one record: unreadable files, empty ones, symbolic link loops") {
  TempDir dir;
  fs::create_directories(dir.path / "sub");
  write_file(dir / "a.txt", kFineSentence);
  write_file(dir / "empty.txt", "");
  fs::create_directory_symlink("..", dir.path / "sub" / "loop");   // a folder loop: not followed
  fs::create_directory_symlink("..", dir.path / "sub" / "up.txt");  // a folder named .txt
  fs::create_symlink("self.txt", dir.path / "sub" / "self.txt");    // a file link loop
  const Run run = finex("extract -q '" + dir.path.string() + "' '" + (dir / "missing.txt") + "'");
  CHECK(run.status == 1);
  const std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 4);
  CHECK(records[0].at("document") == dir / "a.txt");
  CHECK_FALSE(records[0].contains("error"));
  CHECK(records[1].at("document") == dir / "empty.txt");
  CHECK(records[1].at("error").at("code") == "empty");
  CHECK(records[2].at("document") == dir / "sub/self.txt");
  CHECK(records[2].at("error").at("code") == "unreadable");
  CHECK(records[3].at("document") == dir / "missing.txt");
  CHECK(records[3].at("error").at("code") == "unreadable");
  CHECK(records[3].at("fines") == json::array());
}

TEST_CASE("a folder that cannot be listed is one error record") {
  if (::geteuid() == 0) return;  // permissions do not bind root
  TempDir dir;
  fs::create_directories(dir.path / "closed");
  write_file(dir / "closed/x.txt", kFineSentence);
  fs::permissions(dir.path / "closed", fs::perms::none);
  const Run run = finex("extract -q '" + dir.path.string() + "'");
  fs::permissions(dir.path / "closed", fs::perms::owner_all);
  CHECK(run.status == 1);
  const std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 1);
  CHECK(records[0].at("document") == dir / "closed");
  CHECK(records[0].at("error").at("code") == "unreadable");
}

TEST_CASE("-o writes a file, and an output that cannot be written exits 3 with a message") {
  TempDir dir;
  const Run run = finex("extract -q -o '" + (dir / "out.jsonl") + "' -", kFineSentence);
  CHECK(run.status == 0);
  CHECK(run.out.empty());
  CHECK(run.err.empty());  // -q: no summary
  CHECK(documents_of(read_file(dir / "out.jsonl")) == std::vector<std::string>{"-"});

  const Run full = finex("extract -o /dev/full '" + kSeeds + "'");
  CHECK(full.status == 3);
  CHECK(full.err.find("/dev/full") != std::string::npos);
  CHECK(full.err.find("No space left on device") != std::string::npos);
  CHECK(finex("extract --output=/dev/full --stream", stream_line("x", kFineSentence)).status == 3);
  CHECK(shell("finex extract '" + kSeeds + "' >/dev/full").status == 3);

  const Run no_folder = finex("extract -o '" + (dir / "no/such/folder.jsonl") + "' -", "x");
  CHECK(no_folder.status == 3);
  CHECK(no_folder.err.find("cannot write") != std::string::npos);
}

TEST_CASE("--format csv: a header, one row per fine, RFC 4180 quoting, CRLF") {
  // The document id is in every row, so an id with a comma and quotes shows the quoting.
  const std::string input = stream_line("a,\"b\"", kFineSentence) + stream_line("plain", "No fine here.");
  const Run run = finex("extract --stream --format csv -q", input);
  CHECK(run.status == 0);
  const std::string header =
      "document,kind,entity,authority,authority_name,country,amount,currency,date,confidence,"
      "language,published,amount_text,error\r\n";
  REQUIRE(run.out.starts_with(header));
  const std::vector<std::string> rows = lines_of(run.out.substr(header.size()));
  REQUIRE(!rows.empty());
  for (const std::string& row : rows) {
    CHECK(row.starts_with("\"a,\"\"b\"\"\",fine,"));  // the second document has no fine: no row
    CHECK(row.ends_with("\r"));
  }
  CHECK(rows[0].find(",en,,20 million euros,\r") != std::string::npos);
  // A document with an error has one row, its error in the last column; it is reported on
  // standard error too, even with -q.
  const Run error = finex("extract -q --format csv '" + kSeeds + "/none.txt'");
  CHECK(error.status == 1);
  REQUIRE(error.out.starts_with(header));
  const std::string row = error.out.substr(header.size());
  CHECK(row.starts_with(kSeeds + "/none.txt,,,,,,,,,,,,,unreadable: cannot open "));
  CHECK(row.ends_with("\r\n"));
  CHECK(lines_of(error.err).size() == 1);
  CHECK(error.err.find("none.txt: unreadable: ") != std::string::npos);
}

TEST_CASE("--format csv --evidence adds the sentence: --bom begins with a byte-order mark") {
  const Run run = finex("extract -q --format csv --evidence --bom --published 2022-10-20 -", kFineSentence);
  CHECK(run.status == 0);
  REQUIRE(run.out.starts_with("\xEF\xBB\xBF" "document,kind,"));
  const std::vector<std::string> lines = lines_of(run.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].ends_with(",language,published,amount_text,error,sentence\r"));
  CHECK(lines[1].ends_with(",en,2022-10-20,20 million euros,," + kFineSentence + "\r"));
  CHECK(finex("extract --bom -", kFineSentence).status == 2);  // only CSV has a use for it
}

TEST_CASE("on a terminal the progress line never shares a line with the output") {
  // script(1) gives the command a terminal for standard output and standard error alike.
  const std::string command = "'" + kCli + "' extract '" + kSeeds + "'";
  const Run same = shell("script -qec \"" + command + "\" /dev/null");
  CHECK(same.status == 0);
  CHECK(same.out.find("\"document\"") != std::string::npos);
  CHECK(same.out.find("ETA") == std::string::npos);
  CHECK(same.out.find("finex: 5 documents, ") != std::string::npos);  // the summary, after
  TempDir dir;
  const Run to_file = shell("script -qec \"" + command + " > '" + (dir / "out.jsonl") + "'\" /dev/null");
  CHECK(to_file.status == 0);
  CHECK(to_file.out.find("ETA") != std::string::npos);  // the output is elsewhere: progress shows
  CHECK(records_of(read_file(dir / "out.jsonl")).size() == 5);
}

TEST_CASE("--format json is one pretty array, whatever the number of inputs") {
  const Run one = finex("extract -q --format json -", kFineSentence);
  CHECK(one.out.starts_with("[\n{\n  \"document\": \"-\""));
  REQUIRE(json::parse(one.out).size() == 1);
  CHECK(json::parse(one.out)[0].at("document") == "-");
  const Run many = finex("extract -q --format json '" + kSeeds + "'");
  CHECK(many.out.starts_with("[\n{\n"));
  const json array = json::parse(many.out);
  REQUIRE(array.is_array());
  CHECK(array.size() == 5);
  CHECK(finex("extract -q --format json --stream", "").out == "[\n]\n");
}

TEST_CASE("--format table: a header, a rule, aligned rows, errors and empty documents shown") {
  TempDir dir;
  write_file(dir / "a.txt", "Nothing to see.");
  const Run run = finex("extract -q --format table '" + (dir / "a.txt") + "' '" + (dir / "b.txt") + "'");
  CHECK(run.status == 1);
  const std::vector<std::string> lines = lines_of(run.out);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].starts_with("document "));
  CHECK(lines[0].find(" amount cur date       conf") != std::string::npos);
  CHECK(lines[1].starts_with("---"));
  CHECK(lines[1].size() == lines[0].size());  // the rule spans every column
  CHECK(lines[2].find("(no fine found)") != std::string::npos);
  CHECK(lines[3].find(" error ") != std::string::npos);
  CHECK(lines[3].find(" unreadable: cannot open ") != std::string::npos);
  CHECK(lines[2].find("a.txt") == lines[3].find("b.txt"));  // same column width
}

TEST_CASE("--stream: one result per line, malformed lines give invalid_input, the stream goes on") {
  const std::string input = stream_line("first", kFineSentence) +  // line 1
                            "this is not json\n" +                  // line 2
                            "[1, 2]\n" +                            // line 3: not an object
                            "{\"id\": \"no-text\"}\n" +             // line 4: id readable
                            "{\"id\": 42, \"text\": \"Nothing.\", \"published\": \"2021-01-02\"}\n" +
                            "{\"text\": \"Nothing here either.\"}\r\n";  // line 6: CRLF, no id
  const Run run = finex("extract --stream --published 2022-10-20 --lang en", input);
  CHECK(run.status == 1);
  const std::vector<json> r = records_of(run.out);
  REQUIRE(r.size() == 6);
  CHECK(r[0].at("document") == "first");
  CHECK_FALSE(r[0].contains("error"));
  CHECK(r[0].at("published") == "2022-10-20");  // the default
  CHECK(r[0].at("language") == "en");
  for (int i : {1, 2, 3}) {
    CHECK(r[i].at("error").at("code") == "invalid_input");
    CHECK(r[i].at("fines") == json::array());
  }
  CHECK(r[1].at("document") == "line:2");
  CHECK(r[2].at("document") == "line:3");
  CHECK(r[3].at("document") == "no-text");
  CHECK(r[4].at("document") == "42");
  CHECK(r[4].at("published") == "2021-01-02");  // the record's own date wins
  CHECK(r[5].at("document") == "line:6");
  CHECK_FALSE(r[5].contains("error"));
  // One line per error, then the summary.
  const std::vector<std::string> err = lines_of(run.err);
  REQUIRE(err.size() == 4);
  CHECK(err[0].find(": invalid_input: ") != std::string::npos);
  CHECK(err[3].starts_with("finex: 6 documents, "));
  CHECK(err[3].find(", 3 errors, ") != std::string::npos);
}

TEST_CASE("a reader that stops early is a quiet, prompt end") {
  TempDir dir;
  const std::vector<std::string> seeds = sorted_seed_paths();
  // Far more output than a pipe holds, so finex must meet the closed pipe.
  for (int i = 0; i < 300; ++i)
    write_file(dir / ("d" + std::to_string(1000 + i) + ".txt"), read_file(seeds[i % seeds.size()]));
  const Run run =
      shell("finex extract -j 2 '" + dir.path.string() + "' | head -1; exit ${PIPESTATUS[0]}");
  CHECK(lines_of(run.out).size() == 1);
  CHECK(run.err.empty());
  CHECK(run.status == 0);
}

TEST_CASE("GNU parallel --pipe over --stream gives the records of one process") {
  REQUIRE_MESSAGE(std::system("command -v parallel >/dev/null") == 0,
                  "GNU parallel is missing: apt-get install parallel");
  std::string input;
  const std::vector<std::string> seeds = sorted_seed_paths();
  for (int i = 0; i < 30; ++i)
    input += i % 10 == 7 ? "broken line " + std::to_string(i) + "\n"
                         : stream_line("rec-" + std::to_string(i),
                                       i % 2 ? kFineSentence : read_file(seeds[i % seeds.size()]));
  const Run single = finex("extract --stream -q", input);
  const Run split_run = shell(
      "parallel --will-cite --pipe -N 10 -j 3 -k '" + kCli + "' extract --stream -q -j 1", input);
  const std::vector<json> split = records_of(split_run.out);
  const std::vector<json> whole = records_of(single.out);
  REQUIRE(whole.size() == 30);
  REQUIRE(split.size() == 30);
  for (std::size_t i = 0; i < whole.size(); ++i) {
    CAPTURE(i);
    // Line numbers restart in each chunk, so ids of malformed lines differ; all else is equal.
    if (whole[i].contains("error")) {
      CHECK(split[i].at("error").at("code") == "invalid_input");
      continue;
    }
    CHECK(split[i] == whole[i]);
  }
}

TEST_CASE("--stream answers each record before the next line arrives") {
  // A pipe protocol sends a line and waits for its result: nothing may sit in a buffer.
  const Run run = shell(
      "coproc F { finex extract --stream -q; }\n"
      "printf '%s\\n' '{\"id\": \"one\", \"text\": \"No fine.\"}' >&\"${F[1]}\"\n"
      "IFS= read -r -t 60 line <&\"${F[0]}\" || exit 7\n"
      "printf '%s\\n' \"$line\"\n"
      "eval \"exec ${F[1]}>&-\"\n"
      "wait");
  CHECK(run.status == 0);
  CHECK(documents_of(run.out) == std::vector<std::string>{"one"});
}

TEST_CASE("--language-dir reads a language pack: a broken one is bad usage, named with its line") {
  const std::string packs = std::string(FINEX_TEST_PACKS_DIR);
  const Run run = finex("extract -q --lang eo --language-dir '" + packs + "' -",
                        "La Datuma Oficejo monpunis Verda Kompanio S.A. per 2 milionoj da eŭroj.\n");
  CHECK(run.status == 0);
  const std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 1);
  CHECK(records[0]["language"] == "eo");
  REQUIRE(records[0]["fines"].size() == 1);
  CHECK(records[0]["fines"][0]["amount"]["value"] == 2000000);

  TempDir broken;
  fs::copy(packs + "/eo", broken.path / "eo", fs::copy_options::recursive);
  write_file((broken.path / "eo" / "date_weekdays.tsv").string(), "lundo\t1\nmardo\tmardi\n");
  const Run refused = finex("extract -q --language-dir '" + broken.path.string() + "' -", "x\n");
  CHECK(refused.status == 2);
  CHECK(refused.out.empty());
  CHECK(refused.err.find("eo/date_weekdays.tsv:2: expected a whole number from 1 to 7, not 'mardi'") !=
        std::string::npos);
}

TEST_CASE("finex aggregate groups results into real-world fines: extract --aggregate does both") {
  TempDir dir;
  // Three reports of one fine (two of them in one file), and another fine.
  const std::string reports = stream_line("a", "The CNIL fined Northwind Analytics 20 million euros on 17 October 2022.") +
                              stream_line("b", "Northwind Analytics Inc. was fined €20m by the CNIL in 2022.") +
                              stream_line("c", "The CNIL fined Eastgate Retail 20 million euros in 2022.");
  const Run extracted = finex("extract -q --stream --lang en", reports);
  REQUIRE(extracted.status == 0);
  const std::vector<std::string> lines = lines_of(extracted.out);
  REQUIRE(lines.size() == 3);
  write_file(dir / "one.jsonl", lines[0] + "\n" + lines[1] + "\n");
  write_file(dir / "two.jsonl", lines[2] + "\n");

  const Run run = finex("aggregate '" + (dir / "one.jsonl") + "' -", lines[2] + "\n");
  CHECK(run.status == 0);
  const std::vector<json> events = records_of(run.out);
  REQUIRE(events.size() == 2);
  CHECK(events[0].at("entity").get<std::string>().starts_with("Northwind Analytics"));
  CHECK(events[0].at("amount") == json{{"value", 20000000}, {"currency", "EUR"}});
  CHECK(events[0].at("date") == "2022-10-17");
  CHECK(events[0].at("source_count") == 2);
  CHECK(events[0].at("sources")[1].at("document") == "b");
  CHECK(events[1].at("entity") == "Eastgate Retail");

  // The same in one run, and as CSV.
  CHECK(finex("extract -q --stream --lang en --aggregate", reports).out == run.out);
  const Run csv = finex("aggregate --format csv '" + (dir / "one.jsonl") + "' '" + (dir / "two.jsonl") + "'");
  CHECK(csv.status == 0);
  const std::vector<std::string> rows = lines_of(csv.out);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == "event,kind,entity,authority,authority_name,country,amount,currency,date,source_count,documents\r");
  CHECK(rows[1].starts_with("1,fine,Northwind Analytics"));
  CHECK(rows[1].ends_with(",20000000,EUR,2022-10-17,2,a; b\r"));

  // A line that is no record is named and skipped; the rest are grouped.
  write_file(dir / "bad.jsonl", "{\"fines\": []}\n" + lines[2] + "\n");
  const Run bad = finex("aggregate '" + (dir / "bad.jsonl") + "'");
  CHECK(bad.status == 1);
  CHECK(bad.err.find("bad.jsonl:1: no \"document\"") != std::string::npos);
  CHECK(records_of(bad.out).size() == 1);
  CHECK(finex("aggregate '" + (dir / "missing.jsonl") + "'").status == 1);
  CHECK(finex("aggregate --format table -").status == 2);
  CHECK(finex("aggregate --lang en -").status == 2);
}
