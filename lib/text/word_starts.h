#pragma once
// Distances in running text counted in words, so that a window means the same in every script:
// a hundred bytes are some sixteen English words but eight Greek ones. A word is a word as
// written: a run of characters between spaces that holds a letter or a digit (is_word_char, the
// word-edge rule of the phrase matcher), placed at its first letter or digit. So "S.r.l.",
// "1.560.000", "un'ammenda" and "(ACM)" are one word each and a dash none, however each language
// abbreviates, groups digits or elides; the count does not depend on a word's length.
//
// Cost: one pass over the text at construction; a bit per byte of text marks the word starts,
// with a running count every 64 bytes (a fifth of a byte per byte of text, where an offset per
// word took two thirds: the index of a long document stays small beside the text). A count is
// two lookups and a popcount; finding where a reach ends is a binary search over the running
// counts. No allocation after construction. THREAD SAFETY: immutable after construction.
#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace finex {

class WordStarts {
 public:
  WordStarts() = default;
  // Texts of fewer than 4 Gi words: the running counts are kept in 32 bits.
  explicit WordStarts(std::string_view text);

  // How many words start in [begin, end): with `begin` the end of one span and `end` the start
  // of the next, the words between them.
  std::size_t between(std::size_t begin, std::size_t end) const;
  // The least offset x with between(x, pos) <= words: where a span may end that stands at most
  // `words` words before `pos`.
  std::size_t reach_before(std::size_t pos, std::size_t words) const;
  // One past the greatest offset x with between(pos, x) <= words: below it a span may start that
  // stands at most `words` words after `pos`.
  std::size_t reach_after(std::size_t pos, std::size_t words) const;

 private:
  // How many words start before `pos`.
  std::size_t rank(std::size_t pos) const;
  // Where the word numbered `index` (from 0) starts; index < total_.
  std::size_t select(std::size_t index) const;

  friend struct WordIndex;
  // The running counts, once bits_ is filled.
  void count();

  std::vector<std::uint64_t> bits_;    // bit i of block b: a word starts at 64 * b + i
  std::vector<std::uint32_t> before_;  // words starting before each block
  std::size_t size_ = 0;
  std::size_t total_ = 0;
};

// Where words open by the phrase matcher's word-edge rule (is_word_char): a word character at the
// start of the text or after a character that is not one. Found in one pass over a text and read
// by every phrase list looked for in it (PhraseMatcher::find_all), which then skip the rest of
// the text instead of scanning it again each. A bit per byte of text, like WordStarts.
class WordOpenings {
 public:
  WordOpenings() = default;
  explicit WordOpenings(std::string_view text);

  // Whether these are the openings of `text` (the same bytes at the same place).
  bool of(std::string_view text) const { return text.data() == text_.data() && text.size() == text_.size(); }
  // Calls visit(offset) for each opening in order; visit returns the least offset it wants
  // next (the end of a phrase it found), openings before that are skipped.
  template <typename Visit>
  void each(Visit visit) const {
    std::size_t next = 0;
    for (std::size_t b = 0; b < bits_.size(); ++b)
      for (std::uint64_t bits = bits_[b]; bits != 0; bits &= bits - 1) {
        const std::size_t at = 64 * b + static_cast<std::size_t>(std::countr_zero(bits));
        if (at < next) continue;
        next = std::max(next, visit(at));
      }
  }

 private:
  friend struct WordIndex;
  std::string_view text_;
  std::vector<std::uint64_t> bits_;  // bit i of block b: a word opens at 64 * b + i
};

// Both indexes of `text`, found in one pass over it: what WordOpenings(text) and
// WordStarts(text) find each in a pass of its own.
struct WordIndex {
  explicit WordIndex(std::string_view text);
  WordOpenings openings;
  WordStarts starts;
};

// WordStarts(text).between(begin, end), counted by reading only [begin, end) and stopping past
// `limit`: for a single question, where an index would cost more than it saves.
std::size_t count_word_starts(std::string_view text, std::size_t begin, std::size_t end, std::size_t limit);

}  // namespace finex
