#pragma once
// The two letter questions the party recogniser asks of a code point, shared by its files.
#include <utf8proc.h>

#include "text/code_points.h"

namespace finex::party_letters {

inline bool is_letter_or_digit(utf8proc_int32_t c) {
  if (c >= 0 && c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  const auto cat = category_of(c);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_MN;
}

inline bool is_upper(utf8proc_int32_t c) {
  if (c >= 0 && c < 0x80) return c >= 'A' && c <= 'Z';
  const auto cat = category_of(c);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

}  // namespace finex::party_letters
