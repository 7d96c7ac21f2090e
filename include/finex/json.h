#pragma once
// The JSON contract (record schema 2, described by schema/finex.schema.json): one object per
// document,
//   {"document", "language", "published", "fines": [...], "warnings": [{"code", "message"}...]}
//   or, for a document that could not be processed,
//   {"document", "error": {"code", "message"}, "fines": []}.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "finex/result.h"

namespace finex {

enum class JsonStyle { compact, pretty };

// Serialises a result. The output is always valid UTF-8 (invalid bytes in the input have been
// replaced before they reach a result).
std::string to_json(const Result& result, JsonStyle style = JsonStyle::compact);

// The same text as to_json(), handed to `write` piece by piece as it is made (a piece per fine):
// a record with a hundred thousand fines goes to a file without ever standing whole in memory.
void write_json(const Result& result, JsonStyle style,
                const std::function<void(std::string_view)>& write);

// Reads back one record of the contract (a line of `finex extract`), for tools that work on
// results, such as aggregate(). Fields it does not know are ignored; a line that is no such
// record gives nullopt and, when `error` is given, says why.
std::optional<Result> result_from_json(std::string_view record, std::string* error = nullptr);

}  // namespace finex
