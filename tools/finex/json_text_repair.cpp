#include "json_text_repair.h"

namespace finex::cli {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";
constexpr std::string_view kReplacementEscape = "\\ufffd";

// The code unit of a \uXXXX escape at `at`, or -1.
int escaped_unit(std::string_view s, std::size_t at) {
  if (at + 6 > s.size() || s[at] != '\\' || s[at + 1] != 'u') return -1;
  int unit = 0;
  for (std::size_t i = at + 2; i < at + 6; ++i) {
    const char c = s[i];
    const int digit = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

// The length of the valid UTF-8 sequence at `at` (lead byte >= 0x80), or 0.
std::size_t utf8_sequence(std::string_view s, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char lead = byte(at);
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) length = 2;
  else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (at + length > s.size() || byte(at + 1) < low || byte(at + 1) > high) return 0;
  for (std::size_t i = at + 2; i < at + length; ++i)
    if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
  return length;
}

}  // namespace

RepairedJson repair_json_text(std::string_view line) {
  RepairedJson out;
  out.text.reserve(line.size());
  std::size_t i = 0;
  while (i < line.size()) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (c == '\\') {
      const int unit = escaped_unit(line, i);
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        const int next = escaped_unit(line, i + 6);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          out.text.append(line.substr(i, 12));  // a whole pair
          i += 12;
        } else {
          out.text.append(kReplacementEscape);
          ++out.replaced;
          i += 6;
        }
      } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
        out.text.append(kReplacementEscape);
        ++out.replaced;
        i += 6;
      } else {
        // Any other escape is copied whole, so that "\\" never starts a second one.
        const bool ascii_next = i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) < 0x80;
        const std::size_t length = unit >= 0 ? 6 : ascii_next ? 2 : 1;
        out.text.append(line.substr(i, length));
        i += length;
      }
    } else if (c < 0x80) {
      out.text.push_back(static_cast<char>(c));
      ++i;
    } else if (const std::size_t length = utf8_sequence(line, i); length > 0) {
      out.text.append(line.substr(i, length));
      i += length;
    } else {
      out.text.append(kReplacementCharacter);
      ++out.replaced;
      ++i;
    }
  }
  return out;
}

}  // namespace finex::cli
