#pragma once
// The first stage: the caller's bytes as UTF-8 text to extract from, and the way back from that
// text to the bytes.
//
// Valid UTF-8 that is not HTML is read where it lies: no copy, no map, one pass to check it.
// Anything else is decoded: bytes in another encoding (detected, or named by the caller) are
// converted, an HTML page is reduced to its visible text. A span of the decoded text maps back
// to the caller's bytes through to_original(); its text, as reported, is the decoded text.
//
// THREAD SAFETY: decode_input() is pure. COST: nothing beyond the check for plain UTF-8; a
// conversion or a parse is linear in the input.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "finex/options.h"
#include "finex/result.h"
#include "input/source_map.h"

namespace finex {

class DecodedInput {
 public:
  // The UTF-8 text to extract from: the caller's input itself, or the decoded copy.
  std::string_view text() const { return decoded_ ? std::string_view(*decoded_) : input_; }
  // Offsets of text() → offsets of the caller's input.
  Span to_original(Span span) const;
  // True when text() is the caller's input itself (spans need no mapping).
  bool is_input() const { return !decoded_; }

  std::optional<Error> error;         // "binary", "invalid_input" (an encoding ICU does not know)
  std::string encoding;               // the encoding read, when the input was not UTF-8
  std::vector<std::string> warnings;  // the encoding read and why
  // Of an HTML page: its title and the date its markup gives (see html_text.h).
  std::string title;
  std::string published_time;

 private:
  friend DecodedInput decode_input(std::string_view input, const DocumentInfo& info, bool clean_utf8);
  std::string_view input_;
  std::optional<std::string> decoded_;
  std::optional<SourceMap> charset_map_;  // decoded bytes → input
  std::optional<SourceMap> html_map_;     // visible text → decoded bytes
};

// `info.encoding` forces an encoding (any name ICU knows, e.g. "windows-1252", "UTF-16");
// `info.format` says whether the input is an HTML page.
// `clean_utf8`: the caller has read `input` and knows it is UTF-8 without a NUL byte (as
// is_clean_utf8 tells), so that it is not read again.
DecodedInput decode_input(std::string_view input, const DocumentInfo& info, bool clean_utf8 = false);

}  // namespace finex
