#include "normalize/text_builder.h"

#include "normalize/char_folding.h"
#include "normalize/utf8_decoding.h"

namespace finex::normalize_detail {

void TextBuilder::character(char32_t c, std::size_t orig_begin, std::size_t orig_end, bool copied) {
  resolve_whitespace(c);
  lines_.add_character(c);
  if (copied) {
    emit(input_.substr(orig_begin, orig_end - orig_begin), orig_begin, orig_end, true);
    return;
  }
  char encoded[4];
  const std::size_t n = encode_utf8(c, encoded);
  emit(std::string_view(encoded, n), orig_begin, orig_end, false);
}

void TextBuilder::ascii_run(std::string_view bytes, std::size_t orig_begin) {
  resolve_whitespace(static_cast<unsigned char>(bytes.front()));
  lines_.add_ascii(bytes);
  emit(bytes, orig_begin, orig_begin + bytes.size(), true);
}

void TextBuilder::whitespace(bool line_break, bool carriage_return, std::size_t orig_begin,
                             std::size_t orig_end) {
  if (!pending_.active) {
    pending_ = {};
    pending_.active = true;
    pending_.orig_begin = orig_begin;
    pending_.after_soft_hyphen = soft_hyphen_pending_;
  }
  pending_.orig_end = orig_end;
  // CR LF counts once; LF CR LF... counts per pair, which only matters for 1 versus 2+.
  if (line_break && !(pending_.last_was_cr && !carriage_return)) ++pending_.line_breaks;
  if (line_break && pending_.last_was_cr && !carriage_return) pending_.last_was_cr = false;
  else pending_.last_was_cr = carriage_return;
  if (!line_break && input_[orig_begin] == '\t') pending_.tab = true;
  soft_hyphen_pending_ = false;
}

void TextBuilder::soft_hyphen() { soft_hyphen_pending_ = true; }

char32_t TextBuilder::last_character(std::size_t* length) const {
  const std::string& text = out_.text;
  std::size_t start = text.size();
  while (start > 0 && (static_cast<unsigned char>(text[start - 1]) & 0xC0) == 0x80) --start;
  if (start == 0) {
    *length = 0;
    return 0;
  }
  --start;
  *length = text.size() - start;
  return decode_utf8(text, start).code_point;
}

TextBuilder::LineEndHyphen TextBuilder::line_end_hyphen() const {
  const std::string& text = out_.text;
  if (text.size() < 2 || text.back() != '-') return LineEndHyphen::none;
  // Only a hyphen typed as such joins a word: "regulator—\nwhich" keeps its dash.
  const std::size_t orig = out_.map.original_begin(text.size() - 1);
  if (!is_hyphen(decode_utf8(input_, orig).code_point)) return LineEndHyphen::none;
  std::string_view before(text.data(), text.size() - 1);
  std::size_t start = before.size();
  while (start > 0 && (static_cast<unsigned char>(before[start - 1]) & 0xC0) == 0x80) --start;
  if (start == 0) return LineEndHyphen::none;
  const char32_t c = decode_utf8(before, start - 1).code_point;
  if (is_lowercase_letter(c)) return LineEndHyphen::after_lowercase;
  return is_letter(c) || (c >= U'0' && c <= U'9') ? LineEndHyphen::after_other : LineEndHyphen::none;
}

std::string_view TextBuilder::word_at(std::size_t orig) const {
  constexpr std::size_t kLongest = 32;  // longer than any word that stands for a left-out one
  std::size_t end = orig;
  while (end < input_.size() && end - orig < kLongest) {
    const auto decoded = decode_utf8(input_, end);
    if (!decoded.valid || !is_letter(decoded.code_point)) break;
    end += decoded.length;
  }
  return input_.substr(orig, end - orig);
}

bool TextBuilder::join_broken_word(const PendingWhitespace& run, char32_t next) {
  std::size_t length = 0;
  // A soft hyphen is the writer's own hyphenation point: letters on both sides suffice.
  if (run.after_soft_hyphen && is_letter(next) && is_letter(last_character(&length))) {
    lines_.end_line();
    return true;
  }
  const LineEndHyphen hyphen = line_end_hyphen();
  if (hyphen == LineEndHyphen::none || !(is_letter(next) || (next >= U'0' && next <= U'9')))
    return false;
  lines_.end_line();
  if (is_lowercase_letter(next)) {
    ++out_.hyphens_by_rule;
    if (hyphens_ != nullptr && hyphens_->is_suspension_word(word_at(run.orig_end))) {
      emit(" ", run.orig_begin, run.orig_end, false);
      return true;
    }
    if (hyphens_ != nullptr && hyphens_->join_lowercase && hyphen == LineEndHyphen::after_lowercase) {
      out_.text.pop_back();
      out_.map.remove_suffix(1);
      return true;
    }
  }
  return true;  // "Jean-\nPierre", "COVID-\n19": the hyphen stays, the break goes
}

void TextBuilder::resolve_whitespace(char32_t next) {
  soft_hyphen_pending_ = false;
  if (!pending_.active) return;
  const PendingWhitespace run = pending_;
  pending_ = {};
  if (out_.text.empty()) return;  // leading whitespace is trimmed
  if (run.line_breaks == 0) {
    lines_.add_space(run.tab);
    const bool copied = run.orig_end - run.orig_begin == 1 && input_[run.orig_begin] == ' ';
    emit(" ", run.orig_begin, run.orig_end, copied);
    return;
  }
  if (run.line_breaks == 1) {
    if (join_broken_word(run, next)) return;
    // Not copied even when it is one '\n': it may become a space.
    emit("\n", run.orig_begin, run.orig_end, false);
    lines_.break_line(out_.text.size() - 1, next);
    return;
  }
  lines_.end_line();
  emit("\n", run.orig_begin, run.orig_end, false);
}

void TextBuilder::finish() {
  pending_ = {};
  if (!out_.text.empty()) out_.joined_lines = lines_.finish(out_.text);
}

void TextBuilder::emit(std::string_view bytes, std::size_t orig_begin, std::size_t orig_end,
                       bool copied) {
  out_.text.append(bytes);
  out_.map.add(bytes.size(), orig_begin, orig_end - orig_begin, copied);
}

}  // namespace finex::normalize_detail
