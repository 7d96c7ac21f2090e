#include "prefilter/raw_forms.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uniset.h>

#include "normalize/char_folding.h"

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
      if (to.empty() || all_space(to) || (to.size() == 1 && to[0] == c)) continue;
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
  return forms;
}

}  // namespace

const RawForms& raw_forms() {
  static const RawForms forms = build();
  return forms;
}

}  // namespace finex::prefilter
