#include "arguments.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <thread>

namespace finex::cli {

const char* const kUsage = R"(usage: finex extract [options] PATH...
       finex extract --stream [options] < records.jsonl
       finex aggregate [-o FILE] [--format jsonl|csv|html] RESULTS.jsonl...

Extracts the fines reported in news articles.
PATH is a file, a folder (searched recursively for .txt files; hidden files and folders, symbolic
links to folders and the -o file are skipped) or - for standard input. Results come out in input
order, one per document.

options:
  -o, --output FILE    write to FILE instead of standard output
  --format FORMAT      jsonl   one JSON object per document, per line (default)
                       json    one pretty JSON array of the documents
                       csv     one row per fine and one per document with an error,
                               with a header row (RFC 4180)
                       table   aligned columns for a terminal
                       html    one self-contained review page: a summary, a table of the
                               fines to sort and filter, each text with its spans highlighted
  --bom                with --format csv: begin with a UTF-8 byte-order mark, which
                       spreadsheet programs need to read the file as UTF-8
  --ext EXT[,EXT...]   file extensions searched for in folders, case ignored; may repeat
                       (default: txt,md,html,htm)
  --input-format FMT   text or html (default: html for files named .html or .htm, else text);
                       a page is read for its visible text, spans point into its bytes
  --encoding NAME      encoding of every document (windows-1252, ISO-8859-2, UTF-16, ...);
                       default: UTF-8 when valid, else detected, with a warning naming it
  --stream             read JSON Lines records {"id", "text", "published", "language"} on
                       standard input and write one result per record, flushed at once
  -j, --jobs N         worker threads sharing one extractor (default: one per core)
  --lang XX            language of every document (ISO 639-1, one of the supported languages);
                       default: identified per document
  --language-dir DIR   read language packs from DIR too (a pack folder, or a folder of them);
                       a pack replaces the bundled one of its language; may repeat
  --evidence           add to every fine the sentence's text, the fine word that tied the
                       amount ("trigger") and the name of the rule that produced it ("rule")
  --published DATE     publication date of every document (YYYY-MM-DD; an ISO 8601 timestamp is
                       cut to its date), against which relative dates resolve; in --stream
                       mode a record's own "published" wins
  --aggregate          write one record per real-world fine instead of one per document:
                       the fines of all documents grouped as `finex aggregate` groups them
  -q, --quiet          no progress line and no summary on standard error (errors are still
                       reported there, one line per document)
  -h, --help           this help
  --version            the version

finex aggregate reads results of `finex extract` (JSON Lines files, - for standard input) and
writes one record per real-world fine: the fines of every document that report it (the same
currency, amount within 0.5%, party, authority and compatible date) grouped into one event with
its sources. --format jsonl (default), csv, or html (a page of the events to sort and filter);
-o FILE.

exit status: 0 every document processed, 1 some documents had errors (each has its error
             record), 2 bad usage or no document to read, 3 the output could not be written

examples:
  finex extract articles/ > fines.jsonl                 every .txt under articles/, as JSON Lines
  finex extract --format csv --bom -o fines.csv articles/   a spreadsheet, one row per fine
  finex extract --stream -j 1 -q < records.jsonl        one result per input line, for pipes
)";

namespace {

std::optional<Format> format_named(const std::string& name) {
  if (name == "jsonl") return Format::jsonl;
  if (name == "json") return Format::json;
  if (name == "csv") return Format::csv;
  if (name == "table") return Format::table;
  if (name == "html") return Format::html;
  return std::nullopt;
}

std::optional<unsigned> thread_count(const std::string& text) {
  unsigned n = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, n);
  if (ec != std::errc() || ptr != end || n == 0 || n > 1024) return std::nullopt;
  return n;
}

// Two letters, either case: "en", "EN"; whether finex knows it is the extractor's to say.
std::optional<std::string> language_code(const std::string& s) {
  if (s.size() != 2 || !std::isalpha(static_cast<unsigned char>(s[0])) ||
      !std::isalpha(static_cast<unsigned char>(s[1])))
    return std::nullopt;
  return std::string{static_cast<char>(std::tolower(static_cast<unsigned char>(s[0]))),
                     static_cast<char>(std::tolower(static_cast<unsigned char>(s[1])))};
}

ParsedCommandLine usage_error(std::string message) {
  ParsedCommandLine parsed;
  parsed.action = ParsedCommandLine::Action::usage_error;
  parsed.error = std::move(message);
  return parsed;
}

ParsedCommandLine action(ParsedCommandLine::Action a) {
  ParsedCommandLine parsed;
  parsed.action = a;
  return parsed;
}

}  // namespace

ParsedCommandLine parse_command_line(const std::vector<std::string>& args) {
  using Action = ParsedCommandLine::Action;
  if (args.empty()) return usage_error("missing command");
  if (args[0] == "-h" || args[0] == "--help" || args[0] == "help") return action(Action::help);
  if (args[0] == "--version") return action(Action::version);
  if (args[0] != "extract" && args[0] != "aggregate") return usage_error("unknown command '" + args[0] + "'");
  const bool aggregating = args[0] == "aggregate";

  ParsedCommandLine parsed = action(aggregating ? Action::aggregate : Action::extract);
  Settings& s = parsed.settings;
  bool options_ended = false;
  bool ext_given = false;  // the first --ext replaces the default list, the next ones add to it
  for (std::size_t i = 1; i < args.size(); ++i) {
    std::string arg = args[i];
    if (options_ended || arg == "-" || arg.empty() || arg[0] != '-') {
      s.paths.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_ended = true;
      continue;
    }
    // Both "--format csv" and "--format=csv"; short options also glued: "-j2", "-oout.jsonl".
    std::optional<std::string> inline_value;
    if (const auto eq = arg.find('='); arg.starts_with("--") && eq != std::string::npos) {
      inline_value = arg.substr(eq + 1);
      arg.resize(eq);
    } else if (!arg.starts_with("--") && arg.size() > 2 && (arg.starts_with("-j") || arg.starts_with("-o"))) {
      inline_value = arg.substr(2);
      arg.resize(2);
    }
    auto value = [&]() -> std::optional<std::string> {
      if (inline_value) return inline_value;
      if (i + 1 >= args.size()) return std::nullopt;
      return args[++i];
    };
    auto takes_value = [](const std::string& a) {
      return a == "-o" || a == "--output" || a == "--format" || a == "--ext" || a == "-j" ||
             a == "--jobs" || a == "--lang" || a == "--published" || a == "--language-dir" ||
             a == "--input-format" || a == "--encoding";
    };
    if (!takes_value(arg)) {
      if (inline_value) return usage_error("option '" + arg + "' takes no value");
      if (arg == "-h" || arg == "--help") return action(Action::help);
      if (arg == "--version") return action(Action::version);
      if (aggregating && arg != "-q" && arg != "--quiet")
        return usage_error("finex aggregate takes only -o, --format and -q");
      if (arg == "--stream") s.stream = true;
      else if (arg == "--evidence") s.options.evidence = true;
      else if (arg == "--aggregate") s.aggregate = true;
      else if (arg == "-q" || arg == "--quiet") s.quiet = true;
      else if (arg == "--bom") s.bom = true;
      else return usage_error("unknown option '" + arg + "'");
      continue;
    }
    if (aggregating && arg != "-o" && arg != "--output" && arg != "--format")
      return usage_error("finex aggregate takes only -o, --format and -q");
    const std::optional<std::string> v = value();
    if (!v) return usage_error("option '" + arg + "' needs a value");
    if (arg == "-o" || arg == "--output") {
      if (v->empty()) return usage_error("option '" + arg + "' needs a file name");
      s.output = *v;
    } else if (arg == "--format") {
      const std::optional<Format> f = format_named(*v);
      if (!f) return usage_error("unknown format '" + *v + "' (jsonl, json, csv, table or html)");
      s.format = *f;
    } else if (arg == "--ext") {
      if (!ext_given) s.extensions.clear();
      ext_given = true;
      for (std::size_t start = 0; start <= v->size();) {
        const std::size_t comma = std::min(v->find(',', start), v->size());
        const std::string ext = v->substr(start, comma - start);
        if (ext.empty() || ext == ".") return usage_error("option --ext needs an extension");
        s.extensions.push_back(ext[0] == '.' ? ext : "." + ext);
        start = comma + 1;
      }
    } else if (arg == "--input-format") {
      if (*v != "text" && *v != "html") return usage_error("unknown input format '" + *v + "' (text or html)");
      s.input_format = *v == "html" ? InputFormat::html : InputFormat::text;
    } else if (arg == "--encoding") {
      if (v->empty()) return usage_error("option --encoding needs an encoding name");
      s.defaults.encoding = *v;
    } else if (arg == "-j" || arg == "--jobs") {
      const std::optional<unsigned> n = thread_count(*v);
      if (!n) return usage_error("option " + arg + " needs a number of threads from 1 to 1024");
      s.threads = *n;
    } else if (arg == "--lang") {
      const std::optional<std::string> code = language_code(*v);
      if (!code) return usage_error("--lang needs an ISO 639-1 code such as 'en'");
      s.defaults.language = *code;
    } else if (arg == "--language-dir") {
      if (v->empty()) return usage_error("option --language-dir needs a folder");
      s.options.extra_language_dirs.push_back(*v);
    } else if (arg == "--published") {
      const std::optional<std::string> date = publication_date(*v);
      if (!date) return usage_error("--published needs a calendar date such as 2022-10-20, not '" + *v + "'");
      s.defaults.published = *date;
    }
  }

  if (s.input_format) s.defaults.format = *s.input_format;  // records of --stream too
  // The page highlights each fine's word too.
  if (s.format == Format::html) s.options.evidence = true;
  if ((aggregating || s.aggregate) && s.format != Format::jsonl && s.format != Format::csv &&
      s.format != Format::html)
    return usage_error("real-world fines are written as jsonl, csv or html");
  if (s.bom && s.format != Format::csv) return usage_error("--bom is for --format csv");
  if (s.stream && !s.paths.empty()) return usage_error("--stream reads standard input: give no PATH");
  if (!s.stream && s.paths.empty()) return usage_error("no input: give files, folders or -");
  std::size_t stdin_count = 0;
  for (const std::string& p : s.paths) stdin_count += p == "-" ? 1 : 0;
  if (stdin_count > 1) return usage_error("standard input (-) can be read only once");
  if (s.threads == 0) s.threads = std::max(1u, std::thread::hardware_concurrency());
  return parsed;
}

}  // namespace finex::cli
