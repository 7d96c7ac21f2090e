#include "text/case_fold.h"

#include <utf8proc.h>

#include <array>
#include <cstdint>
#include <cstring>

#include "text/code_points.h"

namespace finex {
namespace {

// The fold of every code point of two bytes (Latin, Greek, Cyrillic: nearly every letter a text
// has beyond ASCII) in UTF-8, made once from the fold of one code point.
struct EncodedFold {
  std::array<char, 4> bytes;
  std::uint8_t length;
};

const std::array<EncodedFold, 0x800>& two_byte_folds() {
  static const std::array<EncodedFold, 0x800> folds = [] {
    std::array<EncodedFold, 0x800> out{};
    for (std::int32_t c = 0x80; c < 0x800; ++c) {
      utf8proc_uint8_t encoded[4];
      const auto n = utf8proc_encode_char(fold_code_point(c), encoded);
      EncodedFold& fold = out[static_cast<std::size_t>(c)];
      fold.length = static_cast<std::uint8_t>(n);
      std::memcpy(fold.bytes.data(), encoded, static_cast<std::size_t>(n));
    }
    return out;
  }();
  return folds;
}

}  // namespace

std::string fold_case(std::string_view text) {
  std::string out;
  fold_case(text, out);
  return out;
}

std::string_view fold_case(std::string_view text, std::string& out) {
  // Room for the text as it is: ASCII folds to one byte and is written without a check. A
  // character beyond ASCII whose fold is longer grows the room for what is left.
  out.resize(text.size());
  char* to = out.data();
  std::size_t written = 0;
  for (std::size_t i = 0; i < text.size();) {
    // Eight bytes of ASCII at once: each capital, and only a capital, gains the bit 0x20.
    if (text.size() - i >= 8) {
      constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
      std::uint64_t eight;
      std::memcpy(&eight, text.data() + i, 8);
      if ((eight & kHighBits) == 0) {
        // A byte gets its high bit from + 0x3F when it is 'A' or above, from + 0x25 when it is
        // past 'Z'; no sum carries into the next byte.
        const std::uint64_t capitals = ((eight + 0x3F3F3F3F3F3F3F3Full) ^ (eight + 0x2525252525252525ull)) & kHighBits;
        eight |= capitals >> 2;
        std::memcpy(to + written, &eight, 8);
        written += 8;
        i += 8;
        continue;
      }
    }
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      to[written++] = static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte);
      ++i;
      continue;
    }
    std::size_t length = 0;
    const std::int32_t c = code_point_at(text, i, length);
    EncodedFold fold;
    if (c == 0xFFFD && length == 1) {  // an invalid byte: keep it
      fold.bytes[0] = text[i];
      fold.length = 1;
    } else if (c < 0x800) {
      fold = two_byte_folds()[static_cast<std::size_t>(c)];
    } else {
      utf8proc_uint8_t encoded[4];
      fold.length = static_cast<std::uint8_t>(utf8proc_encode_char(fold_code_point(c), encoded));
      std::memcpy(fold.bytes.data(), encoded, fold.length);
    }
    i += length;
    if (const std::size_t needed = written + fold.length + (text.size() - i); needed > out.size()) {
      out.resize(needed);
      to = out.data();
    }
    std::memcpy(to + written, fold.bytes.data(), fold.length);
    written += fold.length;
  }
  out.resize(written);
  return out;
}

}  // namespace finex
