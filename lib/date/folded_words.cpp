#include "date/folded_words.h"

#include <utf8proc.h>

#include <algorithm>
#include <bit>
#include <cstring>

#include "text/code_points.h"

namespace finex::dates {

namespace {

bool glues_to_next(const std::string& word) {
  // "mid-October", "l'été", "quest'anno": no space after the word.
  return !word.empty() && (word.back() == '-' || word.back() == '\'');
}

// The one accented or final form of a Greek vowel or sigma (ι and υ have three, below).
std::int32_t greek_variant(std::int32_t c) {
  switch (c) {
    case 0x03B1: return 0x03AC;  // α ά
    case 0x03B5: return 0x03AD;  // ε έ
    case 0x03B7: return 0x03AE;  // η ή
    case 0x03BF: return 0x03CC;  // ο ό
    case 0x03C9: return 0x03CE;  // ω ώ
    case 0x03C3: return 0x03C2;  // σ ς
    default: return -1;
  }
}

// Whether the text's character `c` is the word's letter `w`, case aside (Unicode simple case
// folding; the Turkish dotted and dotless i are no other letter's case).
bool same_letter(std::int32_t c, std::int32_t w) {
  if (c == w) return true;
  if (c < 0x80 && w < 0x80) {
    const auto lower = [](std::int32_t x) { return x >= 'A' && x <= 'Z' ? x + 32 : x; };
    return lower(c) == lower(w);
  }
  if (c == 0x0130 || c == 0x0131 || w == 0x0130 || w == 0x0131) return false;
  const std::int32_t lower = lower_of(c);
  if (lower == w || lower == lower_of(w) || upper_of(c) == upper_of(w)) return true;
  switch (w) {
    case 0x03B9: return lower == 0x03AF || lower == 0x03CA || lower == 0x0390;  // ί ϊ ΐ
    case 0x03C5: return lower == 0x03CD || lower == 0x03CB || lower == 0x03B0;  // ύ ϋ ΰ
    default: {
      const std::int32_t variant = greek_variant(w);
      return variant >= 0 && (lower == variant || upper_of(c) == upper_of(variant));
    }
  }
}

// same_letter(c, w) for a text character c beyond ASCII, with the cases of c and w worked out
// beforehand (the word's once for all): the same test, where the text's first character is
// compared with the first letters of many words.
bool same_long_letter(std::int32_t c, std::int32_t lower, std::int32_t upper, std::int32_t w,
                      std::int32_t w_lower, std::int32_t w_upper, std::int32_t variant,
                      std::int32_t variant_upper) {
  if (c == w) return true;
  if (c == 0x0130 || c == 0x0131 || w == 0x0130 || w == 0x0131) return false;
  if (lower == w || lower == w_lower || upper == w_upper) return true;
  switch (w) {
    case 0x03B9: return lower == 0x03AF || lower == 0x03CA || lower == 0x0390;  // ί ϊ ΐ
    case 0x03C5: return lower == 0x03CD || lower == 0x03CB || lower == 0x03B0;  // ύ ϋ ΰ
    default: return variant >= 0 && (lower == variant || upper == variant_upper);
  }
}

void add_byte(std::array<std::uint64_t, 4>& bytes, std::int32_t b) {
  bytes[static_cast<std::size_t>(b) >> 6] |= std::uint64_t{1} << (b & 63);
}

// The word as 16 bytes to compare at once, if it is ASCII and fits (FoldedWords::AsciiWord).
template <typename AsciiWord>
AsciiWord ascii_word(const std::vector<std::int32_t>& word) {
  AsciiWord a;
  if (word.empty() || word.size() > 16) return a;
  std::array<unsigned char, 16> bytes{}, keep{}, fold{};
  for (std::size_t i = 0; i < word.size(); ++i) {
    std::int32_t c = word[i];
    if (c < 0 || c >= 0x80) return a;
    if (c >= 'A' && c <= 'Z') c += 32;
    const bool letter = c >= 'a' && c <= 'z';
    bytes[i] = static_cast<unsigned char>(c);
    keep[i] = 0xFF;
    fold[i] = letter ? 0x20 : 0;
  }
  std::memcpy(a.bytes.data(), bytes.data(), 16);
  std::memcpy(a.keep.data(), keep.data(), 16);
  std::memcpy(a.fold.data(), fold.data(), 16);
  a.size = static_cast<std::uint8_t>(word.size());
  return a;
}

// Adds an ASCII letter in both cases, another ASCII character as it is.
void add_ascii(std::array<std::uint64_t, 4>& bytes, std::int32_t c) {
  if (c < 0 || c >= 0x80) return;
  add_byte(bytes, c);
  if (c >= 'a' && c <= 'z') add_byte(bytes, c - 32);
  if (c >= 'A' && c <= 'Z') add_byte(bytes, c + 32);
}

}  // namespace

FoldedWords::FoldedWords(const std::vector<std::string>& words, bool spaced) {
  words_.reserve(words.size());
  word_first_bytes_.reserve(words.size());
  word_second_bytes_.reserve(words.size());
  first_letter_of_.reserve(words.size());
  for (const std::string& w : words) {
    Word word;
    word.reserve(w.size() + 1);  // a code point per byte at most, and a space
    for (std::size_t i = 0; i < w.size();) {
      std::size_t length = 1;
      word.push_back(code_point_at(w, i, length));
      i += length;
    }
    if (spaced && !glues_to_next(w)) word.push_back(' ');
    if (word.empty()) continue;  // matches nothing: a match takes at least one character
    // An ASCII character is the first letter only in one of its cases (same_letter); a longer
    // character is compared letter by letter.
    Bytes bytes{};
    bytes[2] = bytes[3] = ~std::uint64_t{0};
    const std::int32_t first = word.front();
    add_ascii(bytes, first);
    if (first >= 0x80) {
      add_ascii(bytes, utf8proc_tolower(first));
      add_ascii(bytes, utf8proc_toupper(first));
    }
    for (std::size_t i = 0; i < bytes.size(); ++i) first_bytes_[i] |= bytes[i];
    std::size_t letter = 0;
    while (letter < first_letters_.size() && first_letters_[letter].letter != first) ++letter;
    if (letter == first_letters_.size()) {
      const std::int32_t variant = greek_variant(first);
      first_letters_.push_back({first, lower_of(first), upper_of(first), variant,
                                variant >= 0 ? upper_of(variant) : -1});
    }
    // A list of more first letters than the mask holds tries every word: letters_opening() then
    // sets every bit.
    first_letter_of_.push_back(static_cast<std::uint8_t>(std::min<std::size_t>(letter, 63)));
    Bytes second{};
    second.fill(~std::uint64_t{0});
    if (word.size() >= 2 && word[1] < 0x80) {
      // An ASCII letter in either case, another ASCII character as it is; a longer character of
      // the text may still fold to it.
      second[0] = second[1] = 0;
      add_ascii(second, word[1]);
    }
    ascii_words_.push_back(ascii_word<AsciiWord>(word));
    words_.push_back(std::move(word));
    word_first_bytes_.push_back(bytes);
    word_second_bytes_.push_back(second);
  }
  // Bucketed by each ASCII byte a word may open with: a count, then a place for each word, in
  // the list's order within a bucket (a pass over the words, not one per byte).
  auto for_each_ascii_opening = [&](auto&& visit) {
    for (std::size_t i = 0; i < words_.size(); ++i)
      for (std::size_t half = 0; half < 2; ++half)
        for (std::uint64_t bits = word_first_bytes_[i][half]; bits != 0; bits &= bits - 1)
          visit(64 * half + static_cast<std::size_t>(std::countr_zero(bits)), i);
  };
  std::array<std::uint32_t, 129> count{};
  for_each_ascii_opening([&](std::size_t b, std::size_t) { ++count[b + 1]; });
  for (std::size_t b = 0; b < 128; ++b) count[b + 1] += count[b];
  by_ascii_ = count;
  opening_.resize(count[128]);
  for_each_ascii_opening([&](std::size_t b, std::size_t i) { opening_[count[b]++] = static_cast<std::uint32_t>(i); });
}

FoldedWords::TextLetter FoldedWords::text_letter(std::string_view text, std::size_t pos) {
  std::size_t length = 1;
  const std::int32_t c = code_point_at(text, pos, length);
  return {c, lower_of(c), upper_of(c)};
}

std::uint64_t FoldedWords::letters_opening(const TextLetter& letter) const {
  if (first_letters_.size() > 63) return ~std::uint64_t{0};
  std::uint64_t bits = 0;
  for (std::size_t i = 0; i < first_letters_.size(); ++i)
    if (may_open(first_letters_[i], letter)) bits |= std::uint64_t{1} << i;
  return bits;
}

bool FoldedWords::may_open(const FirstLetter& first, const TextLetter& letter) {
  return same_long_letter(letter.c, letter.lower, letter.upper, first.letter, first.lower,
                          first.upper, first.variant, first.variant_upper);
}

std::size_t FoldedWords::length_at(const Word& word, std::string_view text, std::size_t pos) {
  std::size_t p = pos;
  for (std::int32_t w : word) {
    if (p >= text.size()) return 0;
    const auto byte = static_cast<unsigned char>(text[p]);
    if (byte < 0x80 && w < 0x80) {  // same_letter of two ASCII characters, inline
      const auto lower = [](std::int32_t x) { return x >= 'A' && x <= 'Z' ? x + 32 : x; };
      if (lower(byte) != lower(w)) return 0;
      ++p;
      continue;
    }
    std::size_t length = 1;
    const std::int32_t c = code_point_at(text, p, length);
    if (!same_letter(c, w)) return 0;
    p += length;
  }
  return p - pos;
}

}  // namespace finex::dates
