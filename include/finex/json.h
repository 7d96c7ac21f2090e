#pragma once
// The JSON contract: one object per document,
//   {"document", "language", "published", "fines": [...], "warnings": [...]} or, for a document
//   that could not be processed, {"document", "error": {"code", "message"}, "fines": []}.
#include <string>

#include "finex/result.h"

namespace finex {

enum class JsonStyle { compact, pretty };

// Serialises a result. The output is always valid UTF-8 (invalid bytes in the input have been
// replaced before they reach a result).
std::string to_json(const Result& result, JsonStyle style = JsonStyle::compact);

}  // namespace finex
