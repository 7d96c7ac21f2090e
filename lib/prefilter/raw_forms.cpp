#include "prefilter/raw_forms.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uniset.h>

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "normalize/char_folding.h"
#include "normalize/utf8_decoding.h"
#include "text/code_points.h"

namespace finex::prefilter {
namespace {

using normalize_detail::fold_variant;
using normalize_detail::is_deleted;
using normalize_detail::space_kind;
using normalize_detail::SpaceKind;

// What normalize() makes of `c` standing alone (before and after NFKC, variants are folded).
std::u32string normalised(char32_t c, const icu::Normalizer2& nfkc) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString in(static_cast<UChar32>(fold_variant(c)));
  const icu::UnicodeString out = nfkc.normalize(in, status);
  std::u32string result;
  if (U_FAILURE(status)) return result;
  for (int32_t i = 0; i < out.length();) {
    const UChar32 o = out.char32At(i);
    result.push_back(fold_variant(static_cast<char32_t>(o)));
    i += U16_LENGTH(o);
  }
  return result;
}

std::size_t utf8_length(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

bool all_space(const std::u32string& s) {
  for (char32_t c : s)
    if (space_kind(c) == SpaceKind::none) return false;
  return true;
}

RawForms build() {
  RawForms forms;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeSet changing(
      u"[[:NFKC_Quick_Check=No:][:NFKC_Quick_Check=Maybe:][:Default_Ignorable_Code_Point:][:Dash:]]",
      status);
  if (U_FAILURE(status) || nfkc == nullptr) return forms;
  // Quotes, primes and the Romanian cedilla letters that normalisation folds (char_folding.h)
  // are all below U+3100.
  for (UChar32 c = 0x80; c < 0x3100; ++c)
    if (fold_variant(static_cast<char32_t>(c)) != static_cast<char32_t>(c)) changing.add(c);
  changing.remove(0, 0x7F);

  for (int32_t r = 0; r < changing.getRangeCount(); ++r) {
    for (UChar32 u = changing.getRangeStart(r); u <= changing.getRangeEnd(r); ++u) {
      const auto c = static_cast<char32_t>(u);
      if (is_deleted(c) ||
          u_getIntPropertyValue(u, UCHAR_NFKC_QUICK_CHECK) == UNORM_MAYBE) {
        forms.joining.push_back(c);
        continue;
      }
      if (space_kind(c) != SpaceKind::none) continue;  // a space stays a word edge
      const std::u32string to = normalised(c, *nfkc);
      if (std::any_of(to.begin(), to.end(), [](char32_t t) { return space_kind(t) != SpaceKind::none; }))
        forms.spacing.push_back(c);
      if (to.empty() || all_space(to) || (to.size() == 1 && to[0] == c)) continue;
      std::size_t bytes = 0;
      for (char32_t t : to) bytes += utf8_length(t);
      if (bytes > utf8_length(c)) forms.lengthening.push_back(c);
      if (to.size() == 1) {
        forms.becoming[to[0]].push_back(c);
      } else if (to.find_first_not_of(to[0]) == std::u32string::npos) {
        forms.becoming[to[0]].push_back(c);
        forms.becoming_several[to[0]].push_back(c);
      } else {
        forms.expanding.emplace_back(c, to);
      }
    }
  }
  // What space_kind() counts as a space beyond ASCII: the C1 controls and White_Space.
  icu::UnicodeSet spaces(u"[[:White_Space:][\\u0080-\\u009F]]", status);
  if (U_FAILURE(status)) return forms;
  spaces.remove(0, 0x7F);
  for (int32_t r = 0; r < spaces.getRangeCount(); ++r)
    for (UChar32 u = spaces.getRangeStart(r); u <= spaces.getRangeEnd(r); ++u)
      forms.spacing.push_back(static_cast<char32_t>(u));
  return forms;
}

// A letter or mark: what words are made of for language identification (letter_length).
bool in_words(char32_t c) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return true;
    default:
      return false;
  }
}

// Characters whose normalisation changes words: see same_words_when_normalised.
std::vector<bool> word_changing(const RawForms& forms) {
  std::vector<bool> out(0x110000, false);
  for (char32_t c : forms.joining) out[c] = true;
  for (char32_t c : forms.lengthening) out[c] = true;
  for (const auto& [target, raw] : forms.becoming)
    for (char32_t c : raw)
      if (in_words(c) || in_words(target)) out[c] = true;
  for (const auto& [c, to] : forms.expanding) {
    if (in_words(c)) out[c] = true;
    for (char32_t t : to)
      if (in_words(t)) out[c] = true;
  }
  out[0x2010] = out[0x2011] = true;  // hyphens, which join words split at a line end
  return out;
}

bool has_byte(std::uint64_t eight, unsigned char b) {
  const std::uint64_t x = eight ^ (0x0101010101010101ull * b);
  return ((x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull) != 0;
}

// The first byte at or after `i` that is not ASCII, is a hyphen or NUL (or `n`): the only bytes
// that read_traits looks at. Text in accented languages has one every few bytes, so the runs
// between them are skipped sixteen bytes at a time where SSE2 is at hand.
std::size_t next_byte_to_read(std::string_view raw, std::size_t i) {
  const std::size_t n = raw.size();
#if defined(__SSE2__)
  const __m128i hyphens = _mm_set1_epi8('-');
  while (i + 16 <= n) {
    const __m128i sixteen = _mm_loadu_si128(reinterpret_cast<const __m128i*>(raw.data() + i));
    const __m128i stops = _mm_or_si128(_mm_cmpeq_epi8(sixteen, hyphens), _mm_cmpeq_epi8(sixteen, _mm_setzero_si128()));
    const int hits = _mm_movemask_epi8(_mm_or_si128(sixteen, stops));
    if (hits != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(hits)));
    i += 16;
  }
#endif
  while (i + 8 <= n) {
    std::uint64_t eight = 0;
    std::memcpy(&eight, raw.data() + i, 8);
    if ((eight & 0x8080808080808080ull) != 0 || has_byte(eight, '-') || has_byte(eight, 0)) break;
    i += 8;
  }
  while (i < n && static_cast<unsigned char>(raw[i]) < 0x80 && raw[i] != '-' && raw[i] != '\0') ++i;
  return i;
}

}  // namespace

const RawForms& raw_forms() {
  static const RawForms forms = build();
  return forms;
}

const std::vector<bool>& word_changing_characters() {
  static const std::vector<bool> changing = word_changing(raw_forms());
  return changing;
}

bool line_break_after_hyphen(std::string_view raw, std::size_t k) {
  while (k < raw.size() && (raw[k] == ' ' || raw[k] == '\t')) ++k;
  if (k == raw.size()) return false;
  const char b = raw[k];
  if (b == '\n' || b == '\r' || b == '\v' || b == '\f') return true;
  if (static_cast<unsigned char>(b) < 0x80) return false;
  std::size_t length = 0;
  const auto c = static_cast<char32_t>(code_point_at(raw, k, length));
  return space_kind(c) != SpaceKind::none || is_deleted(c);
}

CharTraits::CharTraits(std::vector<bool> marked)
    : changing_(word_changing_characters()), marked_(std::move(marked)) {
  marked_.resize(0x110000, false);
  for (char32_t c = 0; c < short_.size(); ++c)
    short_[c] = static_cast<std::uint8_t>((changing_[c] ? kChanging : 0) | (marked_[c] ? kMarked : 0));
}

std::uint8_t CharTraits::of(char32_t c) const {
  if (c < short_.size()) return short_[c];
  return static_cast<std::uint8_t>((changing_[c] ? kChanging : 0) | (marked_[c] ? kMarked : 0));
}

RawTraits read_traits(std::string_view raw, const CharTraits& chars) {
  RawTraits traits;
  const std::size_t n = raw.size();
  for (std::size_t i = next_byte_to_read(raw, 0); i < n; i = next_byte_to_read(raw, i)) {
    // A run of characters beyond ASCII (a Greek word, an accented letter and the rest of its
    // word) is read here, without going back to the sixteen-byte skip after each character.
    do {
      const auto b = static_cast<unsigned char>(raw[i]);
      if (b < 0x80) {
        if (b == 0) traits.nul = true;
        if (b == '-' && line_break_after_hyphen(raw, i + 1)) {
          traits.same_words = false;
          traits.marked = true;
          return traits;
        }
        ++i;
        break;
      }
      // Two bytes (Latin letters with accents, Greek, Cyrillic) are decoded here, not by the
      // general decoder: most non-ASCII text is made of them. None is a hyphen or a byte order
      // mark.
      if (b >= 0xC2 && b <= 0xDF && i + 1 < n && (static_cast<unsigned char>(raw[i + 1]) & 0xC0) == 0x80) {
        const std::uint8_t bits = chars.of_short(((b & 0x1Fu) << 6) | (static_cast<unsigned char>(raw[i + 1]) & 0x3Fu));
        if (bits & CharTraits::kChanging) traits.same_words = false;
        if (bits & CharTraits::kMarked) {
          traits.marked = true;
          return traits;
        }
        i += 2;
        continue;
      }
      const auto decoded = normalize_detail::decode_utf8(raw, i);
      if (!decoded.valid) {
        traits.valid_utf8 = false;
        return traits;
      }
      const char32_t c = decoded.code_point;
      const std::uint8_t bits = chars.of(c);
      if (bits & CharTraits::kChanging) traits.same_words = false;
      const bool hyphen = (c == 0x2010 || c == 0x2011) && line_break_after_hyphen(raw, i + decoded.length);
      if (hyphen || ((bits & CharTraits::kMarked) && !(i == 0 && c == 0xFEFF))) {
        traits.marked = true;
        return traits;
      }
      i += decoded.length;
    } while (i < n);
  }
  traits.whole = true;
  return traits;
}

bool same_words_when_normalised(std::string_view raw) {
  static const CharTraits nothing_marked(std::vector<bool>{});
  const RawTraits traits = read_traits(raw, nothing_marked);
  return traits.valid_utf8 && traits.same_words && !traits.marked;
}

}  // namespace finex::prefilter
