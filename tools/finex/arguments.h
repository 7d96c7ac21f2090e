#pragma once
// The command line of `finex extract`, parsed into settings. Parsing never exits the process:
// it returns a message, so that main() alone decides the exit status.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "finex/options.h"

namespace finex::cli {

enum class Format { jsonl, json, csv, table, html };

struct Settings {
  std::vector<std::string> paths;  // files, folders, "-" for standard input
  std::string output;              // empty: standard output
  Format format = Format::jsonl;
  // Searched for in folders, case ignored; --ext replaces the list.
  std::vector<std::string> extensions = {".txt", ".md", ".html", ".htm"};
  DocumentInfo defaults;           // --published, --lang, --encoding: applied to every document
  // --input-format; otherwise a file named .html or .htm is a page, anything else text.
  std::optional<InputFormat> input_format;
  Options options;                 // --language-dir: the extractor's options
  unsigned threads = 0;            // 0: one per core
  bool stream = false;             // JSON Lines records on standard input
  bool quiet = false;
  bool bom = false;                // --bom: a UTF-8 byte-order mark before CSV
  bool aggregate = false;          // write real-world events instead of one record per document
};

struct ParsedCommandLine {
  // aggregate: `finex aggregate RESULTS...`, whose paths are files of results ("-": stdin).
  enum class Action { extract, aggregate, help, version, usage_error } action = Action::usage_error;
  Settings settings;
  std::string error;  // for usage_error
};

ParsedCommandLine parse_command_line(const std::vector<std::string>& args);

extern const char* const kUsage;

}  // namespace finex::cli
