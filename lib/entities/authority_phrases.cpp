#include "entities/authority_phrases.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>

#include "text/code_points.h"

namespace finex::authority {

std::string fold_case(std::string_view text) {
  utf8proc_uint8_t* folded = nullptr;
  const auto options =
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
  const utf8proc_ssize_t size =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &folded, options);
  // Invalid UTF-8 cannot come from the normaliser; keep the bytes rather than lose the form.
  if (size < 0) return std::string(text);
  const std::string_view mapped(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(size));
  // Greek without accents and with one sigma, as the phrase matcher compares ("ΕΠΙΤΡΟΠΗ").
  std::string out;
  out.reserve(mapped.size());
  for (std::size_t i = 0; i < mapped.size();) {
    std::size_t length = 0;
    const std::int32_t c = code_point_at(mapped, i, length);
    if (c < 0x80) {
      out.push_back(mapped[i]);
    } else {
      utf8proc_uint8_t buf[4];
      const auto n = utf8proc_encode_char(fold_greek(c), buf);
      out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    }
    i += length;
  }
  std::free(folded);
  return out;
}

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
