#include "progress.h"

#include <cstdio>
#include <string>

namespace finex::cli {

Progress::Progress(std::optional<std::size_t> total, bool visible)
    : total_(total), visible_(visible) {}

void Progress::update(const RunCounts& counts) {
  if (!visible_) return;
  const Clock::time_point now = Clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double mb_per_s = seconds > 0 ? counts.bytes / 1e6 / seconds : 0.0;
  char line[160];
  if (total_) {
    const double rate = seconds > 0 ? counts.documents / seconds : 0.0;
    const std::size_t left = *total_ > counts.documents ? *total_ - counts.documents : 0;
    const long eta = rate > 0 ? static_cast<long>(left / rate + 0.5) : 0;
    std::snprintf(line, sizeof line, "finex: %zu/%zu documents, %.1f MB/s, ETA %ld:%02ld",
                  counts.documents, *total_, mb_per_s, eta / 60, eta % 60);
  } else {
    std::snprintf(line, sizeof line, "finex: %zu documents, %.1f MB/s", counts.documents,
                  mb_per_s);
  }
  // \r and "erase to end of line": the line is redrawn in place.
  std::fprintf(stderr, "\r%s\033[K", line);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::clear() {
  if (!drawn_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

void Progress::summary(const RunCounts& counts) {
  clear();
  const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  auto plural = [](std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
  };
  std::fprintf(stderr, "finex: %s, %s, %s, %.2f s\n", plural(counts.documents, "document").c_str(),
               plural(counts.fines, "fine").c_str(), plural(counts.errors, "error").c_str(), seconds);
}

}  // namespace finex::cli
