#pragma once
// Where a fine word may begin in raw text, found by its first letters at the starts of words,
// without a regular expression: most news holds no fine word, and a scan that looks up the
// first three letters of each word reads Latin-script text several times faster than an
// automaton reads every byte. A place found is only a candidate, which the prefilter confirms
// with the phrases' pattern anchored there. Like that pattern the scan may let text through,
// never miss: a raw character counts for every letter whose class (the characters the pattern
// admits for it) holds it.
//
// THREAD SAFETY: immutable once frozen; next() may be called from many threads at once.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace finex::prefilter {

// Raw characters by the symbol of a phrase's start they may stand for.
class StartSymbols {
 public:
  using Symbol = std::uint16_t;
  static constexpr Symbol kNone = 0;   // in no class: no phrase's start holds it
  static constexpr Symbol kAny = 1;    // in the classes of several symbols, or invalid UTF-8
  static constexpr Symbol kSpace = 2;  // one of the characters a run of which stands between words
  static constexpr Symbol kSkip = 3;   // an apostrophe or hyphen, passed over in a start

  // `raw` may stand for `symbol` (a letter's number, from 4 on).
  void admit(char32_t raw, Symbol symbol);
  Symbol of(char32_t raw) const {
    if (raw < kShort) return short_[raw];
    const auto it = long_.find(raw);
    return it == long_.end() ? kNone : it->second;
  }
  // Symbols given so far, kNone, kAny and kSpace included.
  std::size_t count() const { return count_; }

 private:
  static constexpr char32_t kShort = 0x800;  // ASCII, Latin, Greek and Cyrillic
  std::array<Symbol, kShort> short_{};
  std::unordered_map<char32_t, Symbol> long_;
  std::size_t count_ = 4;
};

// The starts of one language's phrases, up to kLength symbols each, as a trie.
class PhraseStarts {
 public:
  static constexpr std::size_t kLength = 8;

  explicit PhraseStarts(const StartSymbols& symbols) : symbols_(symbols) {}
  // A phrase's start: its first symbols (letters and spaces), at most kLength, at least one.
  void add(const std::vector<StartSymbols::Symbol>& start);
  // Makes the look-up tables, once every language's symbols are admitted.
  void freeze();
  // The first code point boundary at or after `from`, not after a word character of one or
  // two bytes (an ASCII letter or digit, a Latin, Greek or Cyrillic letter), where the symbols
  // of some phrase's start begin (or may: kAny); npos when there is none.
  std::size_t next(std::string_view raw, std::size_t from) const;

 private:
  // Whether a phrase's start may begin at raw[i]: a quick look at its first character or
  // three ASCII letters, then the whole start.
  bool may_begin_at(std::string_view raw, std::size_t i) const;
  bool may_continue_at(std::string_view raw, std::size_t i) const;
  bool ascii_may_open(std::string_view raw, std::size_t i) const;
  bool inside_word(std::string_view raw, std::size_t i) const;
  std::int32_t child(std::int32_t node, StartSymbols::Symbol s) const;
  void fill_letter_tables();

  const StartSymbols& symbols_;
  const std::array<bool, 0x800>* word_chars_ = nullptr;  // two-byte word characters, once frozen
  std::vector<std::int32_t> root_;  // by symbol: the node of a one-symbol start, or -1
  std::vector<bool> complete_;      // by node: a phrase's start ends here
  std::unordered_map<std::uint64_t, std::int32_t> children_;  // (node, symbol) to node
  // The same, frozen: open addressing, a power of two slots, key 0 for none (node + 1 in the key).
  std::vector<std::pair<std::uint64_t, std::int32_t>> child_slots_;
  std::vector<std::uint8_t> first_;  // by symbol: some start opens with it (kAny: true)
  std::array<bool, 128> ascii_first_{};  // ASCII bytes that may begin a start
  bool ascii_other_first_ = false;       // an ASCII byte other than a letter may
  // By three and by four ASCII letters or spaces, case aside ((l0 * 27 + l1) * 27 + l2...,
  // a = 0, space = 26): whether some start may open with them, one bit each. Most words are
  // ruled out by them.
  std::vector<std::uint64_t> letter_triples_, letter_quads_;
};

}  // namespace finex::prefilter
