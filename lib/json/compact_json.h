#pragma once
// The compact JSON of a result written straight from its structs, byte for byte what nlohmann's
// dump() of the record's tree gives (json_writer.cpp builds that tree for the pretty style): a
// command line writing JSON Lines spent as long building and dumping trees as finding the fines
// of a dense article. Strings that are no valid UTF-8, and amounts that are no whole number, are
// still written by nlohmann, so that their replacement characters and digits stay its own.
#include <functional>
#include <string_view>

#include "finex/result.h"

namespace finex {

void write_compact_json(const Result& result, const std::function<void(std::string_view)>& write);

}  // namespace finex
