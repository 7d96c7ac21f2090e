#include "normalize/utf8_decoding.h"

#include <utf8proc.h>

namespace finex::normalize_detail {
namespace {

struct ByteRange {
  unsigned char low, high;
};

// How many bytes at `p` form the longest prefix of some well-formed sequence (Table 3-7).
std::size_t maximal_subpart(const unsigned char* p, std::size_t available) {
  const unsigned char lead = p[0];
  ByteRange second{0x80, 0xBF};
  std::size_t continuation_bytes = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    continuation_bytes = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    continuation_bytes = 2;
    if (lead == 0xE0) second = {0xA0, 0xBF};  // below: overlong
    if (lead == 0xED) second = {0x80, 0x9F};  // above: surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    continuation_bytes = 3;
    if (lead == 0xF0) second = {0x90, 0xBF};  // below: overlong
    if (lead == 0xF4) second = {0x80, 0x8F};  // above: past U+10FFFF
  } else {
    return 1;  // a continuation byte, C0, C1 or F5..FF: never the start of a character
  }
  std::size_t length = 1;
  for (std::size_t k = 0; k < continuation_bytes && length < available; ++k) {
    const ByteRange range = k == 0 ? second : ByteRange{0x80, 0xBF};
    if (p[length] < range.low || p[length] > range.high) break;
    ++length;
  }
  // A complete sequence here would have been valid; never swallow more than the broken prefix.
  return length > continuation_bytes ? 1 : length;
}

}  // namespace

DecodedChar decode_utf8(std::string_view input, std::size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(input.data() + pos);
  const std::size_t available = input.size() - pos;
  // utf8proc reports invalid input (overlong forms, surrogates, truncation) as an error where
  // ICU's converters would substitute silently; the caller has to count those.
  utf8proc_int32_t code_point = 0;
  const utf8proc_ssize_t read =
      utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(available), &code_point);
  if (read > 0) return {static_cast<char32_t>(code_point), static_cast<std::size_t>(read), true};
  return {U'\uFFFD', maximal_subpart(p, available), false};
}

std::size_t encode_utf8(char32_t code_point, char out[4]) {
  return static_cast<std::size_t>(utf8proc_encode_char(static_cast<utf8proc_int32_t>(code_point),
                                                       reinterpret_cast<utf8proc_uint8_t*>(out)));
}

}  // namespace finex::normalize_detail
