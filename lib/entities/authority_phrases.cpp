#include "entities/authority_phrases.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>

#include "text/code_points.h"

namespace finex::authority {

bool is_all_capitals(std::string_view form) {
  int letters = 0;
  for (std::size_t i = 0; i < form.size();) {
    std::size_t length = 0;
    const std::int32_t cp = code_point_at(form, i, length);
    i += length;
    const auto category = utf8proc_category(cp);
    if (category == UTF8PROC_CATEGORY_LL) return false;
    if (category == UTF8PROC_CATEGORY_LU) ++letters;
  }
  return letters >= 2;
}

}  // namespace finex::authority
