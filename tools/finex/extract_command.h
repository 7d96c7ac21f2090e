#pragma once
// `finex extract`: lists or reads the inputs, runs the extractor on a pool of threads, writes
// the results in input order. Returns the exit status.
#include "arguments.h"

namespace finex::cli {

int run_extract(const Settings& settings);

}  // namespace finex::cli
