#pragma once
// `finex aggregate`: reads results of `finex extract` and writes one record per real-world
// fine. Returns the exit status.
#include "arguments.h"

namespace finex::cli {

int run_aggregate(const Settings& settings);

}  // namespace finex::cli
