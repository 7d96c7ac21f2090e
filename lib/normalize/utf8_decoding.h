#pragma once
// Decoding raw bytes that may not be UTF-8.
#include <cstddef>
#include <string>
#include <string_view>

namespace finex::normalize_detail {

struct DecodedChar {
  char32_t code_point;  // U+FFFD when `valid` is false
  std::size_t length;   // bytes consumed, at least 1
  bool valid;
};

// Decodes the character at `pos` (pos < input.size()). An invalid sequence is reported with the
// length of its maximal ill-formed subpart (Unicode §3.9, "U+FFFD substitution of maximal
// subparts"), so "\xE2\x82" followed by "A" costs one U+FFFD and keeps the "A".
DecodedChar decode_utf8(std::string_view input, std::size_t pos);

// Writes the UTF-8 form of a valid code point into `out`; returns its length (1 to 4).
std::size_t encode_utf8(char32_t code_point, char out[4]);

}  // namespace finex::normalize_detail
