// Inputs that would hang finex, take all its memory or lose a record if they were read whole:
// named pipes, sparse and endless files, endless and huge stream lines, hidden files, the run's
// own output. Each case checks the records, the exit status and the peak resident size of the
// run (getrusage of the child process). Nothing big is written to disk: sparse files, links to
// /dev/zero and pipes stand for big inputs.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "command_line.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace command_line_testing;

namespace {

const std::string kFineSentence = "The CNIL fined Clearview AI 20 million euros on Thursday.";

// The sanitizers' shadow memory and quarantine multiply the resident size: bounds hold for the
// ordinary build only (kSanitized, command_line.h).

// Peak resident sizes: an input refused before it is read costs no more than a small run (about
// 30 MB, the compiled language data); one read up to the 64 MiB cap, that cap more.
constexpr long kSmallRunKb = 100 * 1024;
constexpr long kCappedReadKb = 200 * 1024;

void check_memory(const Run& run, long bound_kb) {
  CAPTURE(run.peak_rss_kb);
  if (!kSanitized) CHECK(run.peak_rss_kb < bound_kb);
}

std::string quoted(const std::string& path) { return "'" + path + "'"; }

// The binary under a time limit: a run that would hang fails the case instead of the suite.
std::string timed(int seconds) { return "timeout " + std::to_string(seconds) + " " + quoted(kCli) + " "; }

}  // namespace

TEST_CASE("a named pipe in a folder is not_a_file, unopened: the other files are read") {
  TempDir dir;
  write_file(dir / "a.txt", kFineSentence);
  REQUIRE(::mkfifo((dir / "b.txt").c_str(), 0600) == 0);  // no writer: opening it would wait
  write_file(dir / "c.txt", kFineSentence);
  const Run run = shell(timed(30) + "extract -q -j 2 " + quoted(dir.path.string()));
  CHECK(run.status == 1);
  const std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 3);
  CHECK(records[0].at("fines").size() == 1);
  CHECK(records[1].at("document") == dir / "b.txt");
  CHECK(records[1].at("error").at("code") == "not_a_file");
  CHECK(records[1].at("error").at("message").get<std::string>().find("named pipe") != std::string::npos);
  CHECK(records[2].at("fines").size() == 1);
  check_memory(run, kSmallRunKb);
}

TEST_CASE("a named pipe given by name is read to its end, and only up to the size limit") {
  TempDir dir;
  REQUIRE(::mkfifo((dir / "p").c_str(), 0600) == 0);
  const std::string pipe = quoted(dir / "p");
  // The writers are timed too: one whose reader never came would wait for ever.
  Run run = shell("timeout 30 sh -c \"printf '%s' '" + kFineSentence + "' > " + pipe + "\" & " +
                  timed(30) + "extract -q " + pipe);
  CHECK(run.status == 0);
  std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 1);
  CHECK(records[0].at("fines").size() == 1);

  // An endless writer: the cap ends the read; the writer then meets a closed pipe.
  run = shell("timeout 30 sh -c \"cat /dev/zero > " + pipe + "\" 2>/dev/null & " + timed(30) + "extract -q " + pipe);
  CHECK(run.status == 1);
  records = records_of(run.out);
  REQUIRE(records.size() == 1);
  CHECK(records[0].at("error").at("code") == "too_large");
  check_memory(run, kCappedReadKb);
}

TEST_CASE("a sparse 3 GB file is too_large without being read, named or in a folder") {
  TempDir dir;
  // truncate makes a sparse file: 3 GB long, no block of disk.
  const Run run = shell("truncate -s 3G " + quoted(dir / "huge.txt") +
                        " && " + timed(30) + "extract -q " + quoted(dir / "huge.txt") + " " +
                        quoted(dir.path.string()));
  CHECK(run.status == 1);
  const std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 2);
  for (const json& record : records) {
    CHECK(record.at("error").at("code") == "too_large");
    CHECK(record.at("error").at("message").get<std::string>().find("3221225472 bytes") != std::string::npos);
  }
  CHECK(run.seconds < 10);
  check_memory(run, kSmallRunKb);
}

TEST_CASE("a link to /dev/zero in a folder is not_a_file: named, it and - < /dev/zero are too_large") {
  TempDir dir;
  fs::create_symlink("/dev/zero", dir.path / "zero.txt");
  write_file(dir / "good.txt", kFineSentence);
  Run run = shell(timed(30) + "extract -q " + quoted(dir.path.string()));
  CHECK(run.status == 1);
  std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 2);
  CHECK(records[0].at("fines").size() == 1);
  CHECK(records[1].at("error").at("code") == "not_a_file");
  check_memory(run, kSmallRunKb);

  run = shell(timed(30) + "extract -q " + quoted(dir / "zero.txt") + " - < /dev/zero");
  CHECK(run.status == 1);
  records = records_of(run.out);
  REQUIRE(records.size() == 2);
  CHECK(records[0].at("error").at("code") == "too_large");
  CHECK(records[1].at("document") == "-");
  CHECK(records[1].at("error").at("code") == "too_large");
  check_memory(run, kCappedReadKb);
}

TEST_CASE("--stream < /dev/zero ends within seconds with one too_large record") {
  const Run run = shell(timed(60) + "extract --stream -q < /dev/zero");
  CHECK(run.status == 1);
  const std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 1);
  CHECK(records[0].at("document") == "line:1");
  CHECK(records[0].at("error").at("code") == "too_large");
  CHECK(records[0].at("error").at("message").get<std::string>().find("without a line end") != std::string::npos);
  CHECK(run.seconds < 30);
  check_memory(run, kCappedReadKb);
}

TEST_CASE("a 300 MB stream line is skipped unstored as too_large with its id: the stream goes on") {
  // Made by a pipe: nothing of it is written to disk.
  const Run run = shell(
      "{ printf '{\"id\": \"big\", \"text\": \"'; head -c 300000000 /dev/zero | tr '\\0' a;"
      "  printf '\"}\\n{\"id\": \"after\", \"text\": \"" + kFineSentence + "\"}\\n'; }"
      " | " + timed(60) + "extract --stream -q");
  CHECK(run.status == 1);
  const std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 2);
  CHECK(records[0].at("document") == "big");
  CHECK(records[0].at("error").at("code") == "too_large");
  CHECK(records[0].at("error").at("message").get<std::string>().find("line 1 has 300000025 bytes") != std::string::npos);
  CHECK(records[1].at("document") == "after");
  CHECK(records[1].at("fines").size() == 1);
  check_memory(run, kCappedReadKb);
}

TEST_CASE("a stream record with invalid UTF-8 or a lone surrogate in its text is repaired, with a warning") {
  const std::string input = "{\"id\": \"bytes\", \"text\": \"The CNIL fined \xff\xfe Clearview AI 20 million euros.\"}\n"
                            "{\"id\": \"half\", \"text\": \"The CNIL fined Clearview AI \\ud800 20 million euros.\"}\n"
                            "{\"id\": \"pair\", \"text\": \"The CNIL fined \\ud83d\\ude00 Clearview AI 20 million euros.\"}\n"
                            "{\"id\": \"low\", \"text\": \"\\udc00 The CNIL fined Clearview AI 20 million euros.\"}\n";
  const Run run = shell("finex extract --stream -q", input);
  CHECK(run.status == 0);
  const std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 4);
  for (const json& record : records) {
    CAPTURE(record.dump());
    CHECK_FALSE(record.contains("error"));
    CHECK(record.at("fines").size() == 1);
    const bool repaired = record.at("document") != "pair";  // a whole pair is valid
    CHECK((record.at("warnings").dump().find("invalid UTF-8") != std::string::npos) == repaired);
  }
  CHECK(records[1].at("fines")[0].at("amount").at("text") == "20 million euros");
}

TEST_CASE("--stream: blank lines give no record, a line without id or with an empty one is line:N, a broken line keeps a readable id") {
  const std::string input = "\n   \n" + std::string("{\"text\": \"") + kFineSentence + "\"}\n" +
                            "\r\n" + "{\"id\": \"cut\", \"text\": \"The CNIL fi\n" +
                            "{\"id\": 17, \"text\": [\n" + "{\"text\": \"\\\"id\\\": \\\"inner\\\"\", \n" +
                            "{\"id\": \"\", \"text\": \"" + kFineSentence + "\"}\n";
  const Run run = shell("finex extract --stream -q", input);
  CHECK(run.status == 1);
  const std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 5);
  CHECK(records[0].at("document") == "line:3");
  CHECK(records[0].at("fines").size() == 1);
  CHECK(records[1].at("document") == "cut");
  CHECK(records[1].at("error").at("code") == "invalid_input");
  CHECK(records[2].at("document") == "17");
  CHECK(records[3].at("document") == "line:7");  // "id" inside the text is no id
  CHECK(records[4].at("document") == "line:8");
  CHECK(records[4].at("fines").size() == 1);
}

TEST_CASE("hidden files and folders, and the run's own output, are not read from a folder") {
  TempDir dir;
  write_file(dir / "a.txt", kFineSentence);
  write_file(dir / ".draft.txt", kFineSentence);
  fs::create_directories(dir.path / ".git");
  write_file(dir / ".git/notes.txt", kFineSentence);
  const std::string out = dir / "results.txt";
  for (int run_number = 1; run_number <= 2; ++run_number) {  // the second run finds results.txt
    CAPTURE(run_number);
    const Run run = shell("finex extract -q -o " + quoted(out) + " " + quoted(dir.path.string()));
    CHECK(run.status == 0);
    const std::vector<json> records = records_of(read_file(out));
    REQUIRE(records.size() == 1);
    CHECK(records[0].at("document") == dir / "a.txt");
  }
  // Named on the command line, a hidden file is read: the user chose it.
  const Run named = shell("finex extract -q " + quoted(dir / ".draft.txt"));
  CHECK(named.status == 0);
  CHECK(records_of(named.out).size() == 1);
}

TEST_CASE("paths that select no document exit 2 with a message, and create no output") {
  TempDir dir;
  fs::create_directories(dir.path / "empty");
  write_file(dir / "notes.pdf", kFineSentence);
  const Run run = shell("finex extract -o " + quoted(dir / "out.jsonl") + " " + quoted(dir / "empty") +
                        " " + quoted(dir.path.string()));
  CHECK(run.status == 2);
  CHECK(run.out.empty());
  CHECK(run.err.find("no document") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.path / "out.jsonl"));
  // A file named is a document even when it cannot be read: that is one error record, status 1.
  const Run missing = shell("finex extract -q " + quoted(dir / "missing.txt"));
  CHECK(missing.status == 1);
  CHECK(records_of(missing.out).size() == 1);
}

TEST_CASE("a 12 MB document of articles is one record, its peak memory linear with a small factor") {
  // The bundled articles over and over, through a pipe: nothing is written to disk. The timeout
  // only stops a hang (speed is the benchmark's): on a loaded machine the run takes a minute.
  const long megabytes = kSanitized ? 4 : 12;
  const std::string seeds = std::string(FINEX_CORPUS_DIR) + "/seeds";
  const Run run = shell("for i in $(seq 2000); do cat " + quoted(seeds) + "/*.txt; echo; done | head -c " +
                        std::to_string(megabytes * 1'000'000) + " | " + timed(500) + "extract -q -j 1 -");
  CHECK(run.status == 0);
  const std::vector<json> records = records_of(run.out);
  REQUIRE(records.size() == 1);
  CHECK_FALSE(records[0].contains("error"));
  CHECK(records[0].at("fines").size() > 0);
  MESSAGE(megabytes << " MB document: " << run.seconds << " s, peak RSS " << run.peak_rss_kb / 1024 << " MB");
  // The language data (about 30 MB; up to 10 MB more in the 2 MB pages the program starts in,
  // tools/finex/large_pages.h) and four times the document: its bytes, the normalised copy, the
  // offset map, the mentions and the names' tokens.
  check_memory(run, (50 + 4 * megabytes) * 1024);
}
