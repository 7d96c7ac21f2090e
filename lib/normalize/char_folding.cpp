#include "normalize/char_folding.h"

#include <unicode/uchar.h>
#include <utf8proc.h>

namespace finex::normalize_detail {
namespace {

UChar32 as_icu(char32_t c) { return static_cast<UChar32>(c); }

utf8proc_category_t category(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

}  // namespace

bool is_deleted(char32_t c) {
  if (c < 0xAD) return false;  // fast exit: nothing below the soft hyphen is ignorable
  return u_hasBinaryProperty(as_icu(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT) &&
         !u_hasBinaryProperty(as_icu(c), UCHAR_VARIATION_SELECTOR);
}

char32_t fold_variant(char32_t c) {
  if (c < 0xB4) return c;
  switch (c) {
    case 0x00B4:  // acute accent used as an apostrophe
    case 0x02BC:  // modifier letter apostrophe
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x2032: case 0x2035:  // primes: feet, minutes, and apostrophes typed by mistake
      return U'\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2033: case 0x2036:
    case 0x301D: case 0x301E: case 0x301F:
      return U'"';
    case 0x2212:  // minus sign
      return U'-';
    case 0x037E:  // Greek question mark, which NFKC would make a semicolon
      return U'?';
    // Romanian s and t with comma below are often typed with the older cedilla forms; both are
    // the same letter, so the word lists need only the comma forms.
    case 0x015E: return 0x0218;  // Ş -> Ș
    case 0x015F: return 0x0219;  // ş -> ș
    case 0x0162: return 0x021A;  // Ţ -> Ț
    case 0x0163: return 0x021B;  // ţ -> ț
    case 0x301C: case 0x3030: case 0x30A0:  // wave dashes and katakana hyphen are not minus signs
      return c;
    default:
      break;
  }
  if (u_hasBinaryProperty(as_icu(c), UCHAR_DASH) && u_charType(as_icu(c)) == U_DASH_PUNCTUATION)
    return U'-';
  return c;
}

SpaceKind space_kind(char32_t c) {
  switch (c) {
    case U'\n': case U'\r': case 0x0B: case 0x0C: case 0x85: case 0x2028: case 0x2029:
      return SpaceKind::line_break;
    case U' ': case U'\t':
      return SpaceKind::space;
    default:
      break;
  }
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return SpaceKind::space;  // C0 and C1 controls
  if (c < 0xA0) return SpaceKind::none;
  return u_hasBinaryProperty(as_icu(c), UCHAR_WHITE_SPACE) ? SpaceKind::space : SpaceKind::none;
}

bool is_lowercase_letter(char32_t c) { return category(c) == UTF8PROC_CATEGORY_LL; }

bool is_letter(char32_t c) {
  const utf8proc_category_t cat = category(c);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

bool is_hyphen(char32_t c) { return c == U'-' || c == 0x2010 || c == 0x2011; }

}  // namespace finex::normalize_detail
