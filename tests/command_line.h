#pragma once
// Running the finex command line from a test as a user runs it: a temporary folder, whole-file
// reads and writes, and a bash script with `finex` standing for the binary under test.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace command_line_testing {

// Built with AddressSanitizer: its shadow memory makes resident sizes and times no measure.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

inline const std::string kCli = FINEX_CLI;

// A fresh folder removed at the end of the scope, even when a test closed a file's permissions.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    static int counter = 0;
    path = std::filesystem::temp_directory_path() /
           ("finex-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
      std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                   std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string operator/(const std::string& name) const { return (path / name).string(); }
};

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write_file(const std::string& path, const std::string& contents) {
  std::ofstream(path, std::ios::binary) << contents;
}

struct Run {
  int status = -1;  // exit status, or 128 + signal number as a shell reports it
  std::string out, err;
  long peak_rss_kb = 0;  // the largest resident size of the script or any process it ran
  double seconds = 0;    // wall-clock time
};

// Runs a bash script with `finex` standing for the binary, feeding it `stdin_text`. The script
// is a child of its own, so that its getrusage() figures are those of this run alone.
inline Run shell(const std::string& script, const std::string& stdin_text = "") {
  TempDir io;
  write_file(io / "in", stdin_text);
  write_file(io / "script", "finex() { '" + kCli + "' \"$@\"; }\n" + script + "\n");
  const std::string command = "exec bash '" + (io / "script") + "' <'" + (io / "in") + "' >'" +
                              (io / "out") + "' 2>'" + (io / "err") + "'";
  const auto start = std::chrono::steady_clock::now();
  const pid_t child = ::fork();
  if (child == 0) {
    ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int raw = 0;
  struct rusage usage {};
  // The child's figures include those of the processes it waited for (RUSAGE_BOTH).
  while (::wait4(child, &raw, 0, &usage) < 0 && errno == EINTR) {
  }
  Run run;
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.peak_rss_kb = usage.ru_maxrss;
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  run.out = read_file(io / "out");
  run.err = read_file(io / "err");
  return run;
}

// One JSON value per line of JSON Lines output.
inline std::vector<nlohmann::json> records_of(const std::string& jsonl) {
  std::vector<nlohmann::json> records;
  std::istringstream in(jsonl);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) records.push_back(nlohmann::json::parse(line));
  return records;
}

}  // namespace command_line_testing
