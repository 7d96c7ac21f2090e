#include "aggregate_command.h"

#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "event_writers.h"
#include "exit_status.h"
#include "finex/aggregate.h"
#include "finex/json.h"

namespace finex::cli {
namespace {

// Reads every record of one file of results; a line that is no record is reported with its
// number and skipped. Returns the number of such lines, or -1 when the file cannot be read.
long read_results(const std::string& path, std::vector<Result>& results, bool quiet) {
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return -1;
  }
  std::istream& in = path == "-" ? std::cin : file;
  long bad = 0;
  std::string line, error;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (std::optional<Result> r = result_from_json(line, &error)) {
      r->warnings.clear();  // only the fines are grouped
      results.push_back(std::move(*r));
    } else {
      ++bad;
      if (!quiet) std::cerr << "finex: " << path << ":" << number << ": " << error << "\n";
    }
  }
  return in.bad() ? -1 : bad;
}

}  // namespace

int run_aggregate(const Settings& settings) {
  std::vector<Result> results;
  bool errors = false;
  for (const std::string& path : settings.paths) {
    const long bad = read_results(path, results, settings.quiet);
    if (bad < 0) std::cerr << "finex: " << path << ": cannot be read\n";
    errors = errors || bad != 0;
  }
  OutputSink sink;
  if (!settings.output.empty() && !sink.open_file(settings.output)) {
    std::cerr << "finex: " << sink.error() << "\n";
    return kExitWriteFailed;
  }
  write_events(aggregate(results), settings.format, sink);
  sink.close();
  if (sink.state() == OutputSink::State::failed) {
    std::cerr << "finex: " << sink.error() << "\n";
    return kExitWriteFailed;
  }
  return errors ? kExitDocumentErrors : kExitOk;
}

}  // namespace finex::cli
