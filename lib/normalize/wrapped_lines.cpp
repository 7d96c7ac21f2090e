#include "normalize/wrapped_lines.h"

#include <algorithm>

#include "normalize/char_folding.h"

namespace finex::normalize_detail {
namespace {

// Marks that open a list item or a table row whatever the width: they never continue a line.
bool is_bullet(char32_t c) {
  switch (c) {
    case U'*': case U'|': case U'>': case 0x00B7: case 0x2022: case 0x2023: case 0x2043:
    case 0x25A0: case 0x25AA: case 0x25B8: case 0x25BA: case 0x25CF: case 0x25E6:
      return true;
    default:
      return false;
  }
}

// Dashes, which also stand inside a sentence: they open an item of a list only after a colon
// ("Overview of the fines:\n– X: €5m") or under a line they open too.
bool is_dash(char32_t c) { return c == U'-' || c == 0x2013 || c == 0x2014; }

}  // namespace

void WrappedLines::add_character(char32_t c) {
  if (columns_ == 0 && c == U'|') pipe_row_ = true;
  last_ = c;
  ++columns_;
}

void WrappedLines::add_ascii(std::string_view bytes) {
  if (columns_ == 0 && bytes.front() == '|') pipe_row_ = true;
  last_ = static_cast<unsigned char>(bytes.back());
  if (measuring_) {
    const std::size_t space = bytes.find(' ');
    if (space != std::string_view::npos) {
      breaks_.back().next_word = static_cast<std::uint32_t>(columns_ + space);
      measuring_ = false;
    }
  }
  columns_ += bytes.size();
}

void WrappedLines::add_space(bool tab) {
  if (measuring_) {
    breaks_.back().next_word = static_cast<std::uint32_t>(columns_);
    measuring_ = false;
  }
  if (tab) row_ = true;  // columns aligned with tabs
  last_ = U' ';
  ++columns_;
}

void WrappedLines::close_line() {
  if (measuring_) {
    breaks_.back().next_word = static_cast<std::uint32_t>(columns_);
    measuring_ = false;
  }
  if (row_ && opening_break_ < breaks_.size()) breaks_[opening_break_].structural = true;
  ++lines_;
  if (columns_ > kMaxWidth) ++long_lines_;
  else width_ = std::max(width_, columns_);
}

void WrappedLines::break_line(std::size_t offset, char32_t next) {
  close_line();
  const bool closed_row = last_ == U'|';
  // A line that goes on in lowercase, or in a number after a lowercase word ("una multa de\n1,1
  // millones"), continues its sentence.
  const bool goes_on = is_lowercase_letter(next) || (next >= U'0' && next <= U'9' && is_lowercase_letter(last_));
  const bool item = is_bullet(next) || (is_dash(next) && (last_ == U':' || opener_ == next));
  breaks_.push_back({static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(columns_), 0,
                     goes_on, row_ || closed_row || item,
                     pipe_row_ && !closed_row});
  opener_ = next;
  opening_break_ = breaks_.size() - 1;
  measuring_ = true;
  columns_ = 0;
  row_ = pipe_row_ = false;
  last_ = 0;
}

void WrappedLines::end_line() {
  close_line();
  opening_break_ = SIZE_MAX;
  opener_ = 0;
  columns_ = 0;
  row_ = pipe_row_ = false;
  last_ = 0;
}

bool WrappedLines::is_soft(const Break& b) const {
  if (b.structural) return false;
  if (b.open_row) return true;
  // A greedy wrapper moves a word to the next line only when it does not fit on this one.
  const std::size_t before = b.before;
  const bool full = before + 1 + b.next_word + kSlack > width_;
  if (width_ < kNarrowWidth) return full && b.next_lowercase;
  // Justified or hand-wrapped lines break earlier; a long line going on in lowercase goes on.
  return full || (b.next_lowercase && before * 4 >= width_ * 3);
}

std::size_t WrappedLines::finish(std::string& text) {
  if (columns_ > 0 || measuring_) close_line();
  if (breaks_.empty() || width_ < kMinWidth) return 0;
  if (static_cast<double>(long_lines_) > kLongLineShare * static_cast<double>(lines_)) return 0;
  std::size_t joined = 0;
  for (const Break& b : breaks_)
    if (is_soft(b)) {
      text[b.offset] = ' ';
      ++joined;
    }
  return joined;
}

}  // namespace finex::normalize_detail
