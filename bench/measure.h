#pragma once
// Wall-clock timing and memory figures for the benchmark.
#include <cstddef>
#include <functional>
#include <string>

namespace finex::bench {

// Runs `work` `runs` times and returns the median wall time in seconds.
double median_seconds(int runs, const std::function<void()>& work);

// Peak resident set of this process so far, in MB (getrusage ru_maxrss).
double peak_resident_mb();

// "123.4": throughput in MB/s (1 MB = 10^6 bytes), or "-" when the time is zero.
std::string megabytes_per_second(std::size_t bytes, double seconds);

// Keeps the optimiser from dropping a computation whose result is otherwise unused.
void keep(std::size_t value);

}  // namespace finex::bench
