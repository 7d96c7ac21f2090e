#pragma once
// The last stage of normalisation: receives characters (already decoded, NFKC-normalised and
// folded) with the original bytes they came from, collapses whitespace, joins words hyphenated
// across a line break and the lines of a hard-wrapped text, and writes the canonical text and
// its offset map.
#include <cstddef>
#include <string>
#include <string_view>

#include "normalize/normalizer.h"
#include "normalize/wrapped_lines.h"

namespace finex::normalize_detail {

class TextBuilder {
 public:
  // `input` is the caller's original text (to see which character produced a '-').
  TextBuilder(std::string_view input, NormalizedText& out, const HyphenRules* hyphens)
      : input_(input), out_(out), hyphens_(hyphens) {}

  // A character that is not whitespace, from original bytes [orig_begin, orig_end). `copied`
  // says its UTF-8 bytes are exactly those original bytes.
  void character(char32_t c, std::size_t orig_begin, std::size_t orig_end, bool copied);
  // Printable ASCII copied unchanged: starts with a non-space, has no two spaces in a row.
  void ascii_run(std::string_view bytes, std::size_t orig_begin);
  void whitespace(bool line_break, bool carriage_return, std::size_t orig_begin, std::size_t orig_end);
  // A soft hyphen was deleted here: a hyphenation point, should a line break follow.
  void soft_hyphen();
  // Drops trailing whitespace and joins the lines of a hard-wrapped text.
  void finish();

 private:
  struct PendingWhitespace {
    bool active = false;
    std::size_t orig_begin = 0, orig_end = 0;
    int line_breaks = 0;
    bool last_was_cr = false;    // CR LF is one line break
    bool after_soft_hyphen = false;
    bool tab = false;            // a tab inside a line: columns of a table
  };

  // Writes the pending whitespace run, or joins a hyphenated word, before character `next`.
  void resolve_whitespace(char32_t next);
  enum class LineEndHyphen { none, after_lowercase, after_other };
  // A hyphen typed as such ends the text, after a letter or digit.
  LineEndHyphen line_end_hyphen() const;
  // Joins a word broken at a single line break (the run `run`, before `next`); false when the
  // break is no word break.
  bool join_broken_word(const PendingWhitespace& run, char32_t next);
  // The letters of the original text from `orig` on, up to a few dozen bytes.
  std::string_view word_at(std::size_t orig) const;
  char32_t last_character(std::size_t* length) const;
  void emit(std::string_view bytes, std::size_t orig_begin, std::size_t orig_end, bool copied);

  std::string_view input_;
  NormalizedText& out_;
  const HyphenRules* hyphens_;
  WrappedLines lines_;
  PendingWhitespace pending_;
  bool soft_hyphen_pending_ = false;
};

}  // namespace finex::normalize_detail
