#pragma once
// A list of case-folded words found in text ignoring case, tried in the order given: the date
// shapes' month, weekday and cue lists, and the cues before a publication date. An unaccented
// Greek vowel or sigma in a word also matches its accented or final form ("μαρτιου" matches
// "Μαρτίου"), as the words were folded without them. Immutable; safe to share between threads.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "text/code_points.h"

namespace finex::dates {

class FoldedWords {
 public:
  FoldedWords() = default;
  // `spaced`: each word takes the space after it, unless it glues to the next word ("mid-",
  // "l'").
  explicit FoldedWords(const std::vector<std::string>& words, bool spaced = false);

  bool empty() const { return words_.empty(); }
  // The bytes a word of the list can start with, as bits (byte b: bit b % 64 of word b / 64).
  const std::array<std::uint64_t, 4>& first_bytes() const { return first_bytes_; }

  // Calls `take(length)` for each word written at `pos`, in the list's order, until it returns
  // true; returns whether one did.
  template <typename Take>
  bool each_at(std::string_view text, std::size_t pos, Take&& take) const {
    if (pos >= text.size()) return false;
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (!opens(first_bytes_, byte)) return false;
    if (byte >= 0x80) {  // every word may start with a longer character
      const TextLetter letter = text_letter(text, pos);
      const std::uint64_t opening = letters_opening(letter);
      if (opening == 0) return false;
      for (std::size_t i = 0; i < words_.size(); ++i) {
        if ((opening >> first_letter_of_[i] & 1) == 0) continue;
        const std::size_t length = length_of(i, text, pos);
        if (length > 0 && take(length)) return true;
      }
      return false;
    }
    const bool second = pos + 1 < text.size();
    const auto next = second ? static_cast<unsigned char>(text[pos + 1]) : 0;
    for (std::uint32_t k = by_ascii_[byte]; k < by_ascii_[byte + 1u]; ++k) {
      const std::uint32_t i = opening_[k];
      if (second && !opens(word_second_bytes_[i], next)) continue;  // most words part here
      const std::size_t length = length_of(i, text, pos);
      if (length > 0 && take(length)) return true;
    }
    return false;
  }
  // Whether a word may be written at `pos`, judged by its first two bytes as each_at() judges
  // them before comparing letters: a quick test for callers that ask at many positions.
  bool may_open_at(std::string_view text, std::size_t pos) const {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (!opens(first_bytes_, byte)) return false;
    if (byte >= 0x80 || pos + 1 >= text.size()) return true;
    const auto next = static_cast<unsigned char>(text[pos + 1]);
    for (std::uint32_t k = by_ascii_[byte]; k < by_ascii_[byte + 1u]; ++k)
      if (opens(word_second_bytes_[opening_[k]], next)) return true;
    return false;
  }
  // The length of the first word written at `pos`, or 0.
  std::size_t first_at(std::string_view text, std::size_t pos) const {
    std::size_t found = 0;
    each_at(text, pos, [&](std::size_t length) {
      found = length;
      return true;
    });
    return found;
  }

 private:
  using Word = std::vector<std::int32_t>;  // code points
  // The bytes a word can start with in the text: its first letter's ASCII forms, and every
  // byte that starts a longer character. A quick test before the letters are compared.
  using Bytes = std::array<std::uint64_t, 4>;
  static std::size_t length_at(const Word& word, std::string_view text, std::size_t pos);
  // A word of ASCII characters only, of at most 16, as bytes to compare with the text's 16 bytes
  // at once: `keep` marks the word's bytes, `fold` the bit that lowers an ASCII letter there.
  // `size` is 0 for any other word, which length_at() compares letter by letter.
  struct AsciiWord {
    std::array<std::uint64_t, 2> bytes{}, keep{}, fold{};
    std::uint8_t size = 0;
  };
  // length_at(words_[i], text, pos), comparing an ASCII word with ASCII text 16 bytes at once.
  std::size_t length_of(std::size_t i, std::string_view text, std::size_t pos) const {
    const AsciiWord& a = ascii_words_[i];
    if (a.size != 0 && pos + 16 <= text.size()) {
      std::uint64_t low, high;
      std::memcpy(&low, text.data() + pos, 8);
      std::memcpy(&high, text.data() + pos + 8, 8);
      constexpr std::uint64_t kHighBits = 0x8080808080808080;
      // A longer character of the text may still fold to an ASCII letter (the Kelvin sign):
      // those are compared letter by letter.
      if (((low & a.keep[0]) | (high & a.keep[1])) & kHighBits) return length_at(words_[i], text, pos);
      return ((low | a.fold[0]) & a.keep[0]) == a.bytes[0] && ((high | a.fold[1]) & a.keep[1]) == a.bytes[1]
                 ? a.size
                 : 0;
    }
    return length_at(words_[i], text, pos);
  }
  static bool opens(const Bytes& bytes, unsigned char byte) { return (bytes[byte >> 6] >> (byte & 63) & 1) != 0; }
  // A word's first letter and the cases the comparison asks for, worked out once; and the
  // text's longer character at a position, with its cases: a word whose first letter it is not
  // is passed over without walking it.
  struct FirstLetter {
    std::int32_t letter, lower, upper, variant, variant_upper;
  };
  struct TextLetter {
    std::int32_t c, lower, upper;
  };
  static TextLetter text_letter(std::string_view text, std::size_t pos);
  static bool may_open(const FirstLetter& first, const TextLetter& letter);
  // Which of the distinct first letters the text's character may be, as bits (all bits when
  // the list has more of them than a mask holds): many words share a first letter, and a
  // character that opens none of them is passed over with one test for each letter.
  std::uint64_t letters_opening(const TextLetter& letter) const;

  std::vector<Word> words_;
  std::vector<AsciiWord> ascii_words_;  // for each word
  std::vector<Bytes> word_first_bytes_;  // for each word
  // For each word, the bytes its second character can start with in the text (every byte when
  // it has none, or when it is no ASCII character: another may fold to it).
  std::vector<Bytes> word_second_bytes_;
  std::vector<FirstLetter> first_letters_;  // each distinct first letter once
  std::vector<std::uint8_t> first_letter_of_;  // for each word, its index in first_letters_
  Bytes first_bytes_{};                  // for any word
  // The words each ASCII byte may open, in the list's order: opening_[by_ascii_[b] ..
  // by_ascii_[b + 1]) for byte b, so that a long list costs little where few words open.
  std::vector<std::uint32_t> opening_;
  std::array<std::uint32_t, 129> by_ascii_{};
};

// Whether a character is a letter or a digit (Unicode L and N), answered inline: the scanners
// ask it of every character.
inline bool letter_or_digit(std::int32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  const auto category = category_of(c);
  return (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
         (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO);
}

}  // namespace finex::dates
