#pragma once
// The first characters of the phrases that may open a mention, so that a word start which
// begins none of them is passed over without walking the phrase tries. Most word starts of a
// text begin the first word of some name ("de", "the", "in" before "De Nederlandsche Bank",
// "The Pensions Regulator", "in Italy") but not its first two words, which a trie finds out
// only by a walk of its own, and there are four tries.
//
// Text and phrases are read as the tries read them, a character at a time, case folded, with a
// run of spaces and line breaks as one (a space in a phrase matches such a run), ' and ’ as one
// (as an apostrophe in a phrase does), and so the hyphens. Where a phrase may match text of any
// kind (at its end, or "*") it is open. The prefixes are kept hashed as bits, so that one
// no phrase has may still read as held: this is a filter only, and such a prefix costs no more
// than the walks it would have saved.
//
// THREAD SAFETY: immutable after construction (add() is for construction only).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace finex::authority {

class PhrasePrefixes {
 public:
  PhrasePrefixes();
  // Adds a phrase of a trie (the syntax of text/phrase_matcher.h). Read folded, whether the trie
  // ignores case or not: a phrase matched as written then lets more text pass, never less.
  void add(std::string_view phrase);
  // False only when no phrase added can start at `pos`.
  bool may_start(std::string_view text, std::size_t pos) const;

 private:
  // Characters read past this depth are not told apart: the first two words of most phrases.
  static constexpr int kDepth = 12;
  // Of the set: some 15,000 prefixes of the gazetteer and a language's words, a few per cent
  // of the bits.
  static constexpr int kBits = 18;

  // Adds the prefixes of phrase[from...] read after `prefix`, of `depth` characters.
  void add(std::string_view phrase, std::size_t from, int depth, std::uint64_t prefix);
  bool holds(std::uint64_t key) const {
    const std::size_t s = slot(key);
    return (bits_[s >> 6] >> (s & 63) & 1) != 0;
  }
  void insert(std::uint64_t key) {
    const std::size_t s = slot(key);
    bits_[s >> 6] |= std::uint64_t{1} << (s & 63);
  }
  static std::size_t slot(std::uint64_t key) {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15u) >> (64 - kBits));
  }

  // Each prefix held, and each open one (told apart by a mark), as bits.
  std::vector<std::uint64_t> bits_;
};

}  // namespace finex::authority
