#include "input/decoded_input.h"

#include <cstring>

#include "input/charset_decoding.h"
#include "input/html_text.h"
#include "input/utf8_scan.h"

namespace finex {
namespace {

bool is_utf8_name(std::string_view name) {
  std::string lower;
  for (const char c : name)
    if (c != '-' && c != '_') lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return lower == "utf8";
}

}  // namespace

Span DecodedInput::to_original(Span span) const {
  if (html_map_) span = html_map_->to_original(span);
  if (charset_map_) span = charset_map_->to_original(span);
  return span;
}

DecodedInput decode_input(std::string_view input, const DocumentInfo& info, bool clean_utf8) {
  DecodedInput out;
  out.input_ = input;
  const bool html = info.format == InputFormat::html;
  std::string charset = info.encoding;
  std::string how = "given";
  if (charset.empty() && !clean_utf8 && !is_clean_utf8(input)) {
    CharsetChoice choice = detect_charset(input, html);
    if (choice.name.empty()) {
      // A NUL byte never occurs in text; here it is no UTF-16 either: an image, a PDF, an archive.
      out.error = Error{"binary", "document contains NUL bytes: not text"};
      return out;
    }
    charset = std::move(choice.name);
    how = std::move(choice.how);
  }
  // UTF-8 with faults is read as it is: the normaliser replaces what is invalid and says so.
  if (!charset.empty() && !is_utf8_name(charset)) {
    std::string text;
    SourceMap map;
    if (!decode_charset(input, charset, text, map)) {
      out.error = Error{"invalid_input", "unknown encoding '" + charset + "'"};
      return out;
    }
    out.encoding = charset;
    out.warnings.push_back((how == "detected" ? "invalid UTF-8: read as " : "read as ") + charset +
                           " (" + how + ")");
    out.decoded_ = std::move(text);
    out.charset_map_ = std::move(map);
  } else if (!charset.empty() && std::memchr(input.data(), '\0', input.size()) != nullptr) {
    out.error = Error{"binary", "document contains NUL bytes: not text"};
    return out;
  }
  if (html) {
    HtmlText page = html_visible_text(out.text());
    out.decoded_ = std::move(page.text);
    out.html_map_ = std::move(page.map);
    out.title = std::move(page.title);
    out.published_time = std::move(page.published_time);
  }
  return out;
}

}  // namespace finex
