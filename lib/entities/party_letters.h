#pragma once
// The two letter questions the party recogniser asks of a code point, shared by its files.
#include <utf8proc.h>

#include <array>
#include <cstdint>

#include "text/code_points.h"

namespace finex::party_letters {

inline bool letter_or_digit_category(utf8proc_category_t cat) {
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_ND ||
         cat == UTF8PROC_CATEGORY_MN;
}

// The answer for every code point of two bytes (Latin, Greek, Cyrillic: nearly every letter a
// text has beyond ASCII), as bits made once: the tokenizer asks it of each such letter.
inline const std::array<std::uint64_t, 32>& two_byte_letters_or_digits() {
  static const std::array<std::uint64_t, 32> bits = [] {
    std::array<std::uint64_t, 32> out{};
    for (std::int32_t c = 0x80; c < 0x800; ++c)
      if (letter_or_digit_category(category_of(c))) out[static_cast<std::size_t>(c >> 6)] |= std::uint64_t{1} << (c & 63);
    return out;
  }();
  return bits;
}

inline bool is_letter_or_digit(utf8proc_int32_t c) {
  if (c >= 0 && c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (c >= 0x80 && c < 0x800) return (two_byte_letters_or_digits()[static_cast<std::size_t>(c >> 6)] >> (c & 63) & 1) != 0;
  return letter_or_digit_category(category_of(c));
}

inline bool is_upper(utf8proc_int32_t c) {
  if (c >= 0 && c < 0x80) return c >= 'A' && c <= 'Z';
  const auto cat = category_of(c);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

}  // namespace finex::party_letters
