#pragma once
// Mends the two faults that make a JSON line unreadable although its structure is sound: bytes
// that are not UTF-8, and a \uD800-\uDFFF escape without its other half. Each becomes U+FFFD,
// as invalid bytes in a file do, so that a stream record is repaired rather than lost.
#include <cstddef>
#include <string>
#include <string_view>

namespace finex::cli {

struct RepairedJson {
  std::string text;
  std::size_t replaced = 0;  // invalid sequences and lone surrogates replaced
};

RepairedJson repair_json_text(std::string_view line);

}  // namespace finex::cli
