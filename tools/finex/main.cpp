// finex: the command line over the library. `finex extract PATH...` prints one JSON object per
// document, one per line, in input order.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "finex/finex.h"
#include "inputs.h"

namespace {

constexpr int kExitOk = 0, kExitDocumentErrors = 1, kExitUsage = 2, kExitWriteFailed = 3;

constexpr const char* kUsage = R"(usage: finex extract [options] PATH...

Extracts the fines reported in news articles and prints them as JSON Lines.
PATH is a file, a folder (searched recursively for .txt files) or - for standard input.

options:
  -o, --output FILE    write to FILE instead of standard output
  --format FORMAT      jsonl (default: one object per line) or json (pretty, one array)
  --ext EXT            file extension searched for in folders (default: .txt)
  --lang XX            language of every document (ISO 639-1); default: identified per document
  --published DATE     publication date of every document (ISO 8601)
  --quiet              no summary on standard error
  -h, --help           this help
  --version            the version
exit status: 0 all documents processed, 1 some documents had errors, 2 bad usage,
             3 the output could not be written
)";

struct Settings {
  std::vector<std::string> paths;
  std::string output;
  std::string format = "jsonl";
  std::string extension = ".txt";
  finex::DocumentInfo info;
  bool quiet = false;
};

int usage_error(const std::string& message) {
  std::cerr << "finex: " << message << "\n" << "Try 'finex --help'.\n";
  return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("missing command");
  if (args[0] == "-h" || args[0] == "--help") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (args[0] == "--version") {
    std::cout << "finex " << finex::version << "\n";
    return kExitOk;
  }
  if (args[0] != "extract") return usage_error("unknown command '" + args[0] + "'");

  Settings settings;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& into) {
      if (i + 1 >= args.size()) return false;
      into = args[++i];
      return true;
    };
    bool ok = true;
    if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      return kExitOk;
    } else if (a == "-o" || a == "--output") ok = value(settings.output);
    else if (a == "--format") ok = value(settings.format);
    else if (a == "--ext") ok = value(settings.extension);
    else if (a == "--lang") ok = value(settings.info.language);
    else if (a == "--published") ok = value(settings.info.published);
    else if (a == "--quiet") settings.quiet = true;
    else if (a.size() > 1 && a[0] == '-') return usage_error("unknown option '" + a + "'");
    else settings.paths.push_back(a);
    if (!ok) return usage_error("option '" + a + "' needs a value");
  }
  if (settings.paths.empty()) return usage_error("no input: give files, folders or -");
  if (settings.format != "jsonl" && settings.format != "json")
    return usage_error("unknown format '" + settings.format + "'");

  const finex::Extractor extractor;
  if (!extractor.ok()) {
    std::cerr << "finex: " << extractor.error() << "\n";
    return kExitUsage;
  }

  std::ofstream file;
  if (!settings.output.empty()) {
    file.open(settings.output, std::ios::binary);
    if (!file) {
      std::cerr << "finex: cannot write " << settings.output << ": " << std::strerror(errno) << "\n";
      return kExitWriteFailed;
    }
  }
  std::ostream& out = settings.output.empty() ? std::cout : file;
  const bool pretty = settings.format == "json";

  std::size_t documents = 0, fines = 0, errors = 0;
  if (pretty) out << "[\n";
  std::string contents;
  for (const finex::cli::Input& input : finex::cli::list_inputs(settings.paths, settings.extension)) {
    finex::Result result;
    std::string error = input.error;
    if (error.empty() && finex::cli::read_input(input.path, contents, error)) {
      finex::DocumentInfo info = settings.info;
      info.id = input.path;
      result = extractor.extract(contents, info);
    } else {
      result.document = input.path;
      result.error = finex::Error{"unreadable", error};
    }
    ++documents;
    fines += result.fines.size();
    errors += result.ok() ? 0 : 1;
    if (pretty) out << (documents > 1 ? ",\n" : "") << finex::to_json(result, finex::JsonStyle::pretty);
    else out << finex::to_json(result) << '\n';
  }
  if (pretty) out << "\n]\n";
  out.flush();
  if (!out) {
    std::cerr << "finex: cannot write the output\n";
    return kExitWriteFailed;
  }
  if (!settings.quiet)
    std::cerr << "finex: " << documents << " documents, " << fines << " fines, " << errors
              << " errors\n";
  return errors > 0 ? kExitDocumentErrors : kExitOk;
}
