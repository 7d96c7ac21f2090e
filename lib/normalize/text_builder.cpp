#include "normalize/text_builder.h"

#include "normalize/char_folding.h"
#include "normalize/utf8_decoding.h"

namespace finex::normalize_detail {

void TextBuilder::character(char32_t c, std::size_t orig_begin, std::size_t orig_end, bool copied) {
  resolve_whitespace(c);
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

bool TextBuilder::ends_with_line_end_hyphen() const {
  const std::string& text = out_.text;
  if (text.size() < 2 || text.back() != '-') return false;
  // Only a hyphen typed as such joins a word: "regulator—\nwhich" keeps its dash.
  const auto& pieces = out_.map.pieces();
  const OffsetMap::Piece& last = pieces.back();
  const std::size_t orig = last.copied ? last.orig_begin + last.orig_len - 1 : last.orig_begin;
  if (!is_hyphen(decode_utf8(input_, orig).code_point)) return false;
  std::string_view before(text.data(), text.size() - 1);
  std::size_t start = before.size();
  while (start > 0 && (static_cast<unsigned char>(before[start - 1]) & 0xC0) == 0x80) --start;
  if (start == 0) return false;
  return is_lowercase_letter(decode_utf8(before, start - 1).code_point);
}

void TextBuilder::resolve_whitespace(char32_t next) {
  soft_hyphen_pending_ = false;
  if (!pending_.active) return;
  const PendingWhitespace run = pending_;
  pending_ = {};
  if (out_.text.empty()) return;  // leading whitespace is trimmed
  if (run.line_breaks == 1) {
    std::size_t length = 0;
    // "regu-\nlator": the hyphen and the break go; lowercase on both sides keeps "Jean-\nPierre"
    // and "COVID-\n19" as they are.
    if (is_lowercase_letter(next) && ends_with_line_end_hyphen()) {
      out_.text.pop_back();
      out_.map.remove_suffix(1);
      return;
    }
    // A soft hyphen is the writer's own hyphenation point: letters on both sides suffice.
    if (run.after_soft_hyphen && is_letter(next) && is_letter(last_character(&length))) return;
  }
  const std::string_view separator = run.line_breaks > 0 ? "\n" : " ";
  const bool copied = run.orig_end - run.orig_begin == 1 && input_[run.orig_begin] == separator[0];
  emit(separator, run.orig_begin, run.orig_end, copied);
}

void TextBuilder::emit(std::string_view bytes, std::size_t orig_begin, std::size_t orig_end,
                       bool copied) {
  out_.text.append(bytes);
  out_.map.add(bytes.size(), orig_begin, orig_end - orig_begin, copied);
}

}  // namespace finex::normalize_detail
