#pragma once
// The frequent function words of every bundled language (lib/data/<lang>/stopwords.txt), in one
// open-addressing table: a lowercase word maps to the set of languages that use it. Lookups take
// a string_view and allocate nothing, because language identification runs one per word.
//
// THREAD SAFETY: immutable after construction; lookups are safe from many threads at once.
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "language/language_pack.h"

namespace finex {

// Bit i stands for languages()[i]; at most 32 languages.
using LanguageMask = std::uint32_t;

class FunctionWords {
 public:
  explicit FunctionWords(const LanguagePacks& packs = LanguagePacks::compiled());

  // Language codes that have a word list, sorted; index i is bit i of a LanguageMask.
  const std::vector<std::string>& languages() const { return languages_; }
  // Bit of a language code, or 0 when it has no word list.
  LanguageMask mask_of(std::string_view code) const;
  // Languages that use this word, which must already be lowercase (see fold_word).
  LanguageMask find(std::string_view lowercase_word) const;
  // The same, for a word whose hash is known (hash_word).
  LanguageMask find(std::string_view lowercase_word, std::uint64_t hash) const;
  // The same, for a word padded as hash_padded_word() reads it: most words are compared by one
  // load of eight bytes.
  LanguageMask find_padded(const char* padded, std::size_t size, std::uint64_t hash) const;
  // Bytes of the longest listed word: longer words need not be looked up.
  std::size_t longest() const { return longest_; }

 private:
  struct Slot {
    std::string_view word;  // a view into folded_
    std::uint64_t head = 0;  // its first eight bytes, padded with zeros
    LanguageMask languages = 0;
    std::uint32_t hash = 0;  // the low bits of the word's hash
  };
  std::vector<std::string> languages_;
  std::vector<std::string> folded_;  // every listed word, folded
  std::vector<Slot> slots_;  // power-of-two size, at most half full
  std::size_t longest_ = 0;
};

// The hash of a folded word, as the table keys it: its bytes eight at a time, the last eight
// padded with zeros, so that a reader that folds a word into a buffer of zeros hashes it with
// a multiplication per eight bytes, not per byte. `padded` holds `size` bytes, then zeros up to
// the next multiple of eight.
inline std::uint64_t hash_padded_word(const char* padded, std::size_t size) {
  std::uint64_t hash = size;
  for (std::size_t i = 0; i < size; i += 8) {
    std::uint64_t eight = 0;
    std::memcpy(&eight, padded + i, 8);
    hash = (hash ^ eight) * 0x9E3779B97F4A7C15ull;
    hash ^= hash >> 32;  // the table's slot is the low bits: let every byte reach them
  }
  return hash;
}
std::uint64_t hash_word(std::string_view word);

// Longest word fold_word folds; longer words are in no word list.
inline constexpr std::size_t kMaxFoldedWord = 48;
using FoldBuffer = std::array<char, kMaxFoldedWord>;

// Folds a word as text/case_fold.h does (capitals lowered, Greek without accents) into `buffer`
// and returns a view of it, or an empty view when the word does not fit.
std::string_view fold_word(std::string_view word, FoldBuffer& buffer);

std::size_t non_ascii_letter_length(std::string_view text, std::size_t i);

// The code points of one or two bytes (Latin, Greek, Cyrillic), most letters of the supported
// languages: whether each is a letter or mark and its fold in UTF-8, from a table built once per
// process, so that words are read without a call into utf8proc per letter.
struct ShortLetter {
  bool letter = false;
  std::uint8_t fold_length = 0;  // bytes of `fold`
  std::array<char, 4> fold{};
};
const std::array<ShortLetter, 0x800>& short_letters();

// The code point of the valid two-byte sequence at text[i], or -1.
inline std::int32_t two_byte_code_point(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0xC2 || lead > 0xDF || i + 1 >= text.size()) return -1;
  const auto next = static_cast<unsigned char>(text[i + 1]);
  if ((next & 0xC0) != 0x80) return -1;
  return ((lead & 0x1F) << 6) | (next & 0x3F);
}

// Byte length of the letter (or combining mark) that starts text[i], 0 when text[i] starts
// anything else. Words are runs of letters: apostrophes, digits and hyphens split them.
// Inline: language identification calls it once per byte.
inline std::size_t letter_length(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
  if (const std::int32_t cp = two_byte_code_point(text, i); cp >= 0)
    return short_letters()[static_cast<std::size_t>(cp)].letter ? 2 : 0;
  return non_ascii_letter_length(text, i);
}

}  // namespace finex
