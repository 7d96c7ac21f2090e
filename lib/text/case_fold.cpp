#include "text/case_fold.h"

#include <utf8proc.h>

#include "text/code_points.h"

namespace finex {

std::string fold_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  fold_case(text, out);
  return out;
}

std::string_view fold_case(std::string_view text, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < text.size();) {
    // A run of ASCII, most of any text, is copied at once and lowered where it lies.
    std::size_t ascii_end = i;
    while (ascii_end < text.size() && static_cast<unsigned char>(text[ascii_end]) < 0x80) ++ascii_end;
    if (ascii_end > i) {
      const std::size_t from = out.size();
      out.append(text.data() + i, ascii_end - i);
      for (std::size_t k = from; k < out.size(); ++k)
        if (out[k] >= 'A' && out[k] <= 'Z') out[k] = static_cast<char>(out[k] + ('a' - 'A'));
      i = ascii_end;
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
