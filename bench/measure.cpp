#include "measure.h"

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <vector>

namespace finex::bench {

double median_seconds(int runs, const std::function<void()>& work) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    times.push_back(elapsed.count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

double peak_resident_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux reports kilobytes
}

std::string megabytes_per_second(std::size_t bytes, double seconds) {
  if (seconds <= 0) return "-";
  char out[32];
  std::snprintf(out, sizeof out, "%.1f", static_cast<double>(bytes) / 1e6 / seconds);
  return out;
}

void keep(std::size_t value) {
  static std::atomic<std::size_t> sink{0};
  sink.fetch_add(value, std::memory_order_relaxed);
}

}  // namespace finex::bench
