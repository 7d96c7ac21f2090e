#include "processes.h"

#include <sys/wait.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace finex::bench {

namespace {

std::string quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

double cli_seconds(const std::string& cli, const std::string& folder, int jobs) {
  // -q: no progress line; exit status 1 only says that some document had an error record.
  const std::string command = quoted(cli) + " extract " + quoted(folder) + " -j " +
                              std::to_string(jobs) + " -q > /dev/null";
  const auto start = std::chrono::steady_clock::now();
  const int status = std::system(command.c_str());
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) > 1) return -1;
  return elapsed.count();
}

double concurrent_cli_seconds(const std::string& cli, const std::string& folder, int copies) {
  // Each copy's exit status is kept: 0 or 1 (some document had an error record) is a run.
  const std::string one = quoted(cli) + " extract " + quoted(folder) + " -j 1 -q > /dev/null";
  std::string script, checks = "true";
  for (int c = 0; c < copies; ++c) {
    const std::string id = std::to_string(c);
    script += one + " & p" + id + "=$!; ";
    checks += "; wait $p" + id + "; [ $? -le 1 ] || exit 2";
  }
  const std::string command = "sh -c " + quoted(script + checks);
  const auto start = std::chrono::steady_clock::now();
  const int status = std::system(command.c_str());
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
  return elapsed.count();
}

double cat_seconds(const std::string& folder) {
  const std::string command = "cat " + quoted(folder) + "/* > /dev/null";
  const auto start = std::chrono::steady_clock::now();
  const int status = std::system(command.c_str());
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
  return elapsed.count();
}

double number_printed_by(const std::string& command) {
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return -1;
  char line[256];
  double value = -1;
  while (std::fgets(line, sizeof line, pipe) != nullptr) value = std::atof(line);
  return pclose(pipe) == 0 ? value : -1;
}

std::string own_path() {
  std::error_code ec;
  return std::filesystem::read_symlink("/proc/self/exe", ec).string();
}

}  // namespace finex::bench
