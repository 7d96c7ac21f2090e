#pragma once
// Finds phrases from per-language word lists in one pass over the text. Each phrase belongs to a
// category (a fine trigger, a legal-maximum cue, a party cue...), and a match reports which.
//
// Phrase syntax, for the linguists who write the lists:
//   a phrase starts with a letter; words separated by single spaces match any run of spaces or
//   a line break; a word ending in '*' matches any continuation of letters ("sanction*" →
//   sanctioned, sanctions); ' matches ' and ’; - matches a hyphen or nothing ("start-up",
//   "startup"); matching ignores case; a phrase only matches at word boundaries.
#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "finex/result.h"

namespace finex {

class WordOpenings;

struct PhraseMatch {
  Span span;
  int category;  // index into the category names given at construction
};

class PhraseMatcher {
 public:
  PhraseMatcher();
  // `phrases`: (category, phrase) pairs, categories from 0 to 63; a phrase may be listed under
  // several categories.
  PhraseMatcher(const std::vector<std::pair<int, std::string>>& phrases, bool case_sensitive = false);
  ~PhraseMatcher();
  PhraseMatcher(PhraseMatcher&&) noexcept;
  PhraseMatcher& operator=(PhraseMatcher&&) noexcept;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  bool empty() const { return impl_ == nullptr; }

  // Every match in text order; at a position the longest phrase wins, matches do not overlap.
  std::vector<PhraseMatch> find_all(std::string_view text) const;
  // The same, reading where words open from `openings` when they are those of `text`
  // (text/word_starts.h) instead of scanning the text for them.
  std::vector<PhraseMatch> find_all(std::string_view text, const WordOpenings* openings) const;
  // Every phrase that starts at `pos`, whether or not a word ends where it does (the caller
  // decides what may follow), up to out.size() of them; returns how many were written.
  std::size_t matches_at(std::string_view text, std::size_t pos, std::span<PhraseMatch> out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string error_;
};

// Room for the matches of matches_at() at one position, left uninitialised: callers ask at
// nearly every word start and read only the matches written.
template <std::size_t N>
struct PhraseMatchBuffer {
  PhraseMatchBuffer() {}  // NOLINT: the union keeps `matches` from being zeroed
  union {
    std::array<PhraseMatch, N> matches;
  };
};

// The word-edge rule: a letter, a combining mark or a decimal digit is part of a word.
bool is_word_char(std::int32_t c);
// True when the character before `pos` (or after `end`) is not a letter or digit.
bool at_word_start(std::string_view text, std::size_t pos);
bool at_word_end(std::string_view text, std::size_t end);
// True when the character at `pos` is a letter or a digit (general categories L and N): the
// edge the date and authority grammars use, like \b with Unicode classes.
bool letter_or_digit_at(std::string_view text, std::size_t pos);

}  // namespace finex
