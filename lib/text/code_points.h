#pragma once
// One code point of UTF-8 text at a time, for the scanners that walk the normalised text.
#include <utf8proc.h>

#include <array>
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
  // Two- and three-byte characters (Latin, Greek and Cyrillic letters, punctuation) are decoded
  // here when well formed; anything else is left to utf8proc, which rejects what is not.
  const std::size_t left = text.size() - pos;
  if (byte >= 0xC2 && byte <= 0xDF && left >= 2) {
    const auto b1 = static_cast<unsigned char>(text[pos + 1]);
    if ((b1 & 0xC0) == 0x80) {
      length = 2;
      return static_cast<std::int32_t>((byte & 0x1Fu) << 6 | (b1 & 0x3Fu));
    }
  } else if (byte >= 0xE0 && byte <= 0xEF && left >= 3) {
    const auto b1 = static_cast<unsigned char>(text[pos + 1]);
    const auto b2 = static_cast<unsigned char>(text[pos + 2]);
    const bool overlong = byte == 0xE0 && b1 < 0xA0;
    const bool surrogate = byte == 0xED && b1 >= 0xA0;
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && !overlong && !surrogate) {
      length = 3;
      return static_cast<std::int32_t>((byte & 0x0Fu) << 12 | (b1 & 0x3Fu) << 6 | (b2 & 0x3Fu));
    }
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

// utf8proc's general category, lowercase and uppercase of a code point. The first 2,048 code
// points (Latin, Greek, Cyrillic, their punctuation), which hold nearly every letter the
// scanners test, are answered from a table made once from utf8proc itself.
struct CodePointProperties {
  static constexpr std::int32_t kTabled = 0x800;
  struct Entry {
    std::int32_t lower, upper;
    std::uint8_t category;
  };
  std::array<Entry, kTabled> entries;

  static const CodePointProperties& get() {
    static const CodePointProperties table = [] {
      CodePointProperties t{};
      for (std::int32_t c = 0; c < kTabled; ++c)
        t.entries[static_cast<std::size_t>(c)] = {utf8proc_tolower(c), utf8proc_toupper(c),
                                                  static_cast<std::uint8_t>(utf8proc_category(c))};
      return t;
    }();
    return table;
  }
};

inline utf8proc_category_t category_of(std::int32_t c) {
  if (c < 0 || c >= CodePointProperties::kTabled) return utf8proc_category(c);
  return static_cast<utf8proc_category_t>(CodePointProperties::get().entries[static_cast<std::size_t>(c)].category);
}
inline std::int32_t lower_of(std::int32_t c) {
  if (c < 0 || c >= CodePointProperties::kTabled) return utf8proc_tolower(c);
  return CodePointProperties::get().entries[static_cast<std::size_t>(c)].lower;
}
inline std::int32_t upper_of(std::int32_t c) {
  if (c < 0 || c >= CodePointProperties::kTabled) return utf8proc_toupper(c);
  return CodePointProperties::get().entries[static_cast<std::size_t>(c)].upper;
}

// The general categories of the word-edge rule (is_word_char): letters, combining marks and
// decimal digits.
inline bool is_word_category(utf8proc_category_t category) {
  switch (category) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
      return true;
    default:
      return false;
  }
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
