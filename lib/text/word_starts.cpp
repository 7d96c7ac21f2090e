#include "text/word_starts.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include "text/code_points.h"
#include "text/phrase_matcher.h"

namespace finex {

namespace {

// ' ', '\n', '\t', '\r' and '\f' as bits, tested in two steps.
constexpr std::uint64_t kAsciiSeparators = std::uint64_t{1} << ' ' | std::uint64_t{1} << '\n' |
                                           std::uint64_t{1} << '\t' | std::uint64_t{1} << '\r' |
                                           std::uint64_t{1} << '\f';
constexpr bool is_ascii_separator(unsigned char c) { return c <= ' ' && (kAsciiSeparators >> c & 1) != 0; }

// is_word_char for a byte below 0x80 (false for the bytes of longer characters), as a table:
// the scans ask it of every byte.
constexpr std::array<bool, 256> kAsciiWord = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 128; ++c)
    table[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return table;
}();
constexpr bool is_ascii_word(char c) { return kAsciiWord[static_cast<unsigned char>(c)]; }

// Spaces and line breaks, and the no-break spaces that group digits ("20 000").
bool is_separator(std::int32_t c) {
  if (c < 0x80) return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  return category_of(c) == UTF8PROC_CATEGORY_ZS;
}

// Calls `on_word(start)` for each word whose first letter or digit lies in [begin, end) of
// `text`, in order, until it returns false. A word is a run of characters between separators
// that holds a letter or a digit, placed at its first one: "(€2m)" stands where the amount does,
// "S.r.l." and "1.560.000" are one word each.
template <typename OnWord>
void for_each_word(std::string_view text, std::size_t begin, std::size_t end, OnWord on_word) {
  bool counted = false;
  // The run `begin` falls in may have had its letter already; a run longer than this is no text.
  constexpr std::size_t kLongestLookBack = 64;
  for (std::size_t p = begin; p > 0 && begin - p < kLongestLookBack;) {
    std::size_t q = p - 1, length = 0;
    while (q > 0 && (static_cast<unsigned char>(text[q]) & 0xC0) == 0x80) --q;
    const std::int32_t c = code_point_at(text, q, length);
    if (is_separator(c)) break;
    if (is_word_char(c) || begin - q >= kLongestLookBack) {
      counted = true;
      break;
    }
    p = q;
  }
  for (std::size_t pos = begin, length = 0; pos < end; pos += length) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {  // most of the text: no decoding, no table of categories
      length = 1;
      if (is_ascii_separator(byte)) {
        counted = false;
      } else if (!counted && is_ascii_word(static_cast<char>(byte))) {
        counted = true;
        if (!on_word(pos)) return;
      }
      continue;
    }
    const std::int32_t c = code_point_at(text, pos, length);
    if (is_separator(c)) {
      counted = false;
    } else if (!counted && is_word_char(c)) {
      counted = true;
      if (!on_word(pos)) return;
    }
  }
}

}  // namespace

WordStarts::WordStarts(std::string_view text)
    : bits_(text.size() / 64 + 1), before_(text.size() / 64 + 1), size_(text.size()) {
  for_each_word(text, 0, text.size(), [&](std::size_t start) {
    bits_[start / 64] |= std::uint64_t{1} << (start % 64);
    return true;
  });
  count();
}

void WordStarts::count() {
  total_ = 0;
  for (std::size_t b = 0; b < bits_.size(); ++b) {
    before_[b] = static_cast<std::uint32_t>(total_);
    total_ += static_cast<std::size_t>(std::popcount(bits_[b]));
  }
}

std::size_t WordStarts::rank(std::size_t pos) const {
  if (pos >= size_) return total_;
  const std::uint64_t below = (std::uint64_t{1} << (pos % 64)) - 1;
  return before_[pos / 64] + static_cast<std::size_t>(std::popcount(bits_[pos / 64] & below));
}

std::size_t WordStarts::select(std::size_t index) const {
  // The last block with fewer words before it than `index` + 1 holds the word.
  const auto after = std::upper_bound(before_.begin(), before_.end(), index);
  const auto block = static_cast<std::size_t>(after - before_.begin()) - 1;
  std::uint64_t bits = bits_[block];
  for (std::size_t skip = index - before_[block]; skip > 0; --skip) bits &= bits - 1;
  return block * 64 + static_cast<std::size_t>(std::countr_zero(bits));
}

std::size_t WordStarts::between(std::size_t begin, std::size_t end) const {
  return end <= begin ? 0 : rank(end) - rank(begin);
}

std::size_t WordStarts::reach_before(std::size_t pos, std::size_t words) const {
  const std::size_t k = rank(pos);
  return k <= words ? 0 : select(k - words - 1) + 1;
}

std::size_t WordStarts::reach_after(std::size_t pos, std::size_t words) const {
  const std::size_t k = rank(pos);
  return k + words < total_ ? select(k + words) + 1 : size_;
}

WordOpenings::WordOpenings(std::string_view text) : text_(text), bits_(text.size() / 64 + 1) {
  const std::size_t size = text_.size();
  bool after_word = false;
  for (std::size_t pos = 0; pos < size;) {
    const char byte = text_[pos];
    std::size_t length = 1;
    const bool word = static_cast<unsigned char>(byte) < 0x80 ? is_ascii_word(byte)
                                                              : is_word_char(code_point_at(text_, pos, length));
    if (word && !after_word) bits_[pos / 64] |= std::uint64_t{1} << (pos % 64);
    after_word = word;
    pos += length;
    if (!word) continue;
    // The rest of an ASCII word opens nothing.
    while (pos < size && is_ascii_word(text_[pos])) ++pos;
  }
}

WordIndex::WordIndex(std::string_view text) {
  const std::size_t size = text.size();
  openings.text_ = text;
  openings.bits_.assign(size / 64 + 1, 0);
  starts.bits_.assign(size / 64 + 1, 0);
  starts.before_.assign(size / 64 + 1, 0);
  starts.size_ = size;
  // A word opens at a word character after one that is not (WordOpenings); a word starts at
  // the first word character after a separator (for_each_word).
  bool after_word = false, counted = false;
  for (std::size_t pos = 0; pos < size;) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    std::size_t length = 1;
    if (byte < 0x80) {
      if (!is_ascii_word(static_cast<char>(byte))) {
        if (is_ascii_separator(byte)) counted = false;
        after_word = false;
        ++pos;
        continue;
      }
    } else {
      // is_word_char and is_separator from one look at the category.
      const utf8proc_category_t category = category_of(code_point_at(text, pos, length));
      if (!is_word_category(category)) {
        if (category == UTF8PROC_CATEGORY_ZS) counted = false;
        after_word = false;
        pos += length;
        continue;
      }
    }
    if (!after_word) openings.bits_[pos / 64] |= std::uint64_t{1} << (pos % 64);
    if (!counted) starts.bits_[pos / 64] |= std::uint64_t{1} << (pos % 64);
    after_word = counted = true;
    pos += length;
    // The rest of an ASCII word opens and starts nothing.
    while (pos < size && is_ascii_word(text[pos])) ++pos;
  }
  starts.count();
}

std::size_t count_word_starts(std::string_view text, std::size_t begin, std::size_t end, std::size_t limit) {
  std::size_t count = 0;
  if (begin < end && begin < text.size())
    for_each_word(text, begin, std::min(end, text.size()), [&](std::size_t) { return ++count <= limit; });
  return count;
}

}  // namespace finex
