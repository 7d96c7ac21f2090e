#pragma once
// What the user sees on standard error: a progress line redrawn in place while a terminal is
// watching (documents done/total, MB/s, time left), and a one-line summary at the end.
#include <chrono>
#include <cstddef>
#include <optional>

namespace finex::cli {

struct RunCounts {
  std::size_t documents = 0;
  std::size_t fines = 0;
  std::size_t errors = 0;
  std::size_t bytes = 0;
};

class Progress {
 public:
  // `total`: the number of documents when known (not in --stream mode). `visible`: whether to
  // draw the progress line at all (standard error is a terminal and not --quiet).
  Progress(std::optional<std::size_t> total, bool visible);

  void update(const RunCounts& counts);   // redraws at most ten times a second
  void clear();                           // erases the line before anything else is printed
  void summary(const RunCounts& counts);  // "finex: 5 documents, 7 fines, 0 errors, 0.42 s"

 private:
  using Clock = std::chrono::steady_clock;
  std::optional<std::size_t> total_;
  bool visible_;
  bool drawn_ = false;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_{};
};

}  // namespace finex::cli
