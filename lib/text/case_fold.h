#pragma once
// The one case fold of finex: every word list is looked up, and every phrase matched, in this
// form. Every script's capitals are lowered (É → é, Ř → ř, Ł → ł, Μ → μ), and Greek loses its
// accents and final sigma (fold_greek), since Greek in capitals drops the tonos: "ΠΡΟΣΤΙΜΟ" and
// "πρόστιμο" are one word.
#include <cstdint>
#include <string>
#include <string_view>

#include "text/code_points.h"

namespace finex {

// One code point folded; ASCII is answered without a table lookup. Inline: the phrase and money
// scanners fold every character beyond ASCII they read.
inline std::int32_t fold_code_point(std::int32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
  return fold_greek(lower_of(c));
}

// A text folded code point by code point; invalid bytes are kept as they are.
std::string fold_case(std::string_view text);
// The same fold written over `out`, returned as a view of it: a caller that folds word after
// word to look each up keeps one buffer, and a fold allocates only for a longer word than any
// before. The view lasts until `out` changes.
std::string_view fold_case(std::string_view text, std::string& out);

}  // namespace finex
