// finex: the command line over the library. `finex extract PATH...` prints one JSON object per
// document, one per line, in input order; `finex aggregate RESULTS...` groups them into
// real-world fines; see kUsage in arguments.cpp for every option.
#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

#include "aggregate_command.h"
#include "arguments.h"
#include "exit_status.h"
#include "extract_command.h"
#include "large_pages.h"
#include "finex/version.h"

namespace {

int print(const std::string& text) {
  std::fputs(text.c_str(), stdout);
  return std::fflush(stdout) == 0 && !std::ferror(stdout) ? finex::cli::kExitOk
                                                           : finex::cli::kExitWriteFailed;
}

}  // namespace

int main(int argc, char** argv) {
  // A closed pipe shows up as EPIPE on write, handled as a quiet stop, instead of killing us.
  std::signal(SIGPIPE, SIG_IGN);
  using finex::cli::ParsedCommandLine;
  const ParsedCommandLine parsed =
      finex::cli::parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
  switch (parsed.action) {
    case ParsedCommandLine::Action::help:
      return print(finex::cli::kUsage);
    case ParsedCommandLine::Action::version:
      return print(std::string("finex ") + finex::version + "\n");
    case ParsedCommandLine::Action::usage_error:
      std::fprintf(stderr, "finex: %s\nTry 'finex --help'.\n", parsed.error.c_str());
      return finex::cli::kExitUsage;
    case ParsedCommandLine::Action::aggregate:
      return finex::cli::run_aggregate(parsed.settings);
    case ParsedCommandLine::Action::extract:
      break;
  }
  finex::cli::restart_with_large_pages(argv);
  return finex::cli::run_extract(parsed.settings);
}
