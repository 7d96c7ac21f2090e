#include "entities/authority_phrases.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>

#include "text/code_points.h"

namespace finex::authority {


bool is_all_capitals(std::string_view form) {
  int letters = 0;
  for (std::size_t i = 0; i < form.size();) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(form.data() + i),
                                    static_cast<utf8proc_ssize_t>(form.size() - i), &cp);
    if (n <= 0) return false;
    i += static_cast<std::size_t>(n);
    const auto category = utf8proc_category(cp);
    if (category == UTF8PROC_CATEGORY_LL) return false;
    if (category == UTF8PROC_CATEGORY_LU) ++letters;
  }
  return letters >= 2;
}

}  // namespace finex::authority
