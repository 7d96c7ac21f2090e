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

// A lowercase Greek letter without its accent, and final sigma as sigma: text in capitals drops
// the tonos ("ΠΡΟΣΤΙΜΟ" is "πρόστιμο") and lowercases Σ to σ at the end of a word too, so words
// are compared in this form. Other characters are returned as they are.
inline std::int32_t fold_greek(std::int32_t c) {
  if (c < 0x0390 || c > 0x03CE) return c;
  switch (c) {
    case 0x03AC: return 0x03B1;  // ά
    case 0x03AD: return 0x03B5;  // έ
    case 0x03AE: return 0x03B7;  // ή
    case 0x03AF: case 0x03CA: case 0x0390: return 0x03B9;  // ί ϊ ΐ
    case 0x03CC: return 0x03BF;  // ό
    case 0x03CD: case 0x03CB: case 0x03B0: return 0x03C5;  // ύ ϋ ΰ
    case 0x03CE: return 0x03C9;  // ώ
    case 0x03C2: return 0x03C3;  // ς
    default: return c;
  }
}

}  // namespace finex
