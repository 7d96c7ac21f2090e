#pragma once
// Where extraction spends its time: the steps of Extractor::extract (lib/core/extractor.cpp)
// replayed one by one over a corpus, each timed on its own.
#include <string>

#include "bench_corpus.h"

namespace finex::bench {

// One line: each step's share of the total and its own throughput over the corpus's bytes,
// e.g. "normalise 4% (210 MB/s), money 12% (65 MB/s), ...", over the corpus's first
// `max_bytes` (one pass: the shares matter, not the last digit).
std::string pipeline_breakdown(const Corpus& corpus, std::size_t max_bytes);

}  // namespace finex::bench
