#include "input/utf8_scan.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace finex {

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) len = 2;
  else if (b == 0xE0) len = 3, lo = 0xA0;
  else if (b == 0xED) len = 3, hi = 0x9F;  // no surrogates
  else if (b >= 0xE1 && b <= 0xEF) len = 3;
  else if (b == 0xF0) len = 4, lo = 0x90;
  else if (b >= 0xF1 && b <= 0xF3) len = 4;
  else if (b == 0xF4) len = 4, hi = 0x8F;
  else return 0;
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF)) return 0;
  }
  return len;
}

bool is_clean_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    // Sixteen ASCII bytes, none of them zero, at a time; else on to the first other byte.
    if (i + 16 <= n) {
      const __m128i sixteen = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const int others =
          _mm_movemask_epi8(_mm_or_si128(sixteen, _mm_cmpeq_epi8(sixteen, _mm_setzero_si128())));
      if (others == 0) {
        i += 16;
        continue;
      }
      i += static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(others)));
    }
#else
    constexpr std::uint64_t kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
    if (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      // Eight ASCII bytes, none of them zero.
      if ((w & kHigh) == 0 && ((w - kOnes) & ~w & kHigh) == 0) {
        i += 8;
        continue;
      }
    }
#endif
    // A run of characters that are not ASCII (or a lone ASCII byte): text in Greek, or accented
    // words, is read here without going back to the sixteen-byte test after each character.
    do {
      const unsigned char b = p[i];
      if (b < 0x80) {
        if (b == 0) return false;
        ++i;
        break;
      }
      if (b >= 0xC2 && b <= 0xDF) {
        // Two-byte letters (Greek, Cyrillic, accented Latin) are most of what is not ASCII.
        if (i + 1 >= n || (p[i + 1] & 0xC0) != 0x80) return false;
        i += 2;
      } else {
        const std::size_t len = utf8_sequence_length(s, i);
        if (len == 0) return false;
        i += len;
      }
    } while (i < n);
  }
  return true;
}

Utf8Counts count_utf8(std::string_view s) {
  Utf8Counts counts;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '\0') counts.nul = true;
    const std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) {
      ++counts.invalid;
      ++i;
    } else {
      if (len > 1) ++counts.multibyte;
      i += len;
    }
  }
  return counts;
}

}  // namespace finex
