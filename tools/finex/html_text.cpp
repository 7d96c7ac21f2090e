#include "html_text.h"

namespace finex::cli::html_text {
namespace {

// The length of the valid UTF-8 sequence at `pos`, 0 if there is none.
std::size_t utf8_sequence(std::string_view s, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char b = byte(pos);
  const std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || pos + n > s.size()) return 0;
  for (std::size_t i = 1; i < n; ++i)
    if ((byte(pos + i) & 0xC0) != 0x80) return 0;
  if ((n == 2 && b < 0xC2) || (n == 3 && b == 0xE0 && byte(pos + 1) < 0xA0) ||
      (n == 3 && b == 0xED && byte(pos + 1) >= 0xA0) || (n == 4 && b == 0xF0 && byte(pos + 1) < 0x90) ||
      (n == 4 && (b > 0xF4 || (b == 0xF4 && byte(pos + 1) >= 0x90))))
    return 0;  // overlong, surrogate or beyond U+10FFFF
  return n;
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Calls piece(bytes, utf16_units) for each cleaned piece of `text` in order: a valid character,
// U+FFFD for an invalid byte, a space for a control character, nothing for a carriage return.
template <typename Piece>
void clean(std::string_view text, Piece&& piece) {
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t n = utf8_sequence(text, pos);
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (n == 0) piece(kReplacement, 1, pos, 1);
    else if (c < 0x20 && c != '\n' && c != '\t') piece(c == '\r' ? "" : " ", c == '\r' ? 0 : 1, pos, 1);
    else piece(text.substr(pos, n), n == 4 ? 2 : 1, pos, n);
    pos += n == 0 ? 1 : n;
  }
}

}  // namespace

void append_escaped(std::string& out, std::string_view text) {
  clean(text, [&](std::string_view bytes, std::size_t, std::size_t, std::size_t) {
    if (bytes.size() != 1) return void(out += bytes);
    switch (bytes[0]) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += bytes;
    }
  });
}

std::string escaped(std::string_view text) {
  std::string out;
  append_escaped(out, text);
  return out;
}

std::string for_script(std::string_view text, std::vector<std::size_t>& offsets) {
  std::string out;
  out.reserve(text.size());
  std::size_t units = 0, next = 0;
  clean(text, [&](std::string_view bytes, std::size_t width, std::size_t pos, std::size_t length) {
    // An offset inside a character (never one of finex's) counts from the character's start.
    for (; next < offsets.size() && offsets[next] < pos + length; ++next) offsets[next] = units;
    out += bytes;
    units += width;
  });
  for (; next < offsets.size(); ++next) offsets[next] = units;
  return out;
}

std::string script_json(const nlohmann::ordered_json& data) {
  const std::string text = data.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size());
  for (const char c : text) c == '<' ? out += "\\u003c" : out += c;
  return out;
}

}  // namespace finex::cli::html_text
