#include "text/case_fold.h"

#include <utf8proc.h>

#include "text/code_points.h"

namespace finex {

std::string fold_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      out.push_back(static_cast<char>(fold_code_point(byte)));
      ++i;
      continue;
    }
    std::size_t length = 0;
    const std::int32_t c = code_point_at(text, i, length);
    if (c == 0xFFFD && length == 1) {  // an invalid byte: keep it
      out.push_back(text[i]);
      ++i;
      continue;
    }
    utf8proc_uint8_t buf[4];
    const auto n = utf8proc_encode_char(fold_code_point(c), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    i += length;
  }
  return out;
}

}  // namespace finex
