#pragma once
// One code point of UTF-8 text at a time, for the scanners that walk the normalised text.
#include <utf8proc.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace finex {

// The code point at `pos` and its length in bytes; an invalid byte reads as a one-byte U+FFFD.
// ASCII, most of the text, is answered without calling utf8proc.
inline std::int32_t code_point_at(std::string_view text, std::size_t pos, std::size_t& length) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {
    length = 1;
    return byte;
  }
  utf8proc_int32_t c = -1;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                  static_cast<utf8proc_ssize_t>(text.size() - pos), &c);
  if (n <= 0) {
    length = 1;
    return 0xFFFD;
  }
  length = static_cast<std::size_t>(n);
  return c;
}

}  // namespace finex
