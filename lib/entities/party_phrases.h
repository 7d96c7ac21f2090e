#pragma once
// The phrase lists the party recogniser looks for in a text, one per role (party_cues.tsv): cues
// before and after a party's name, references back to a company, verbs that impose, pronouns.
// Each list is matched on its own terms (text/phrase_matcher.h: at a word opening the longest
// phrase wins, and a list's matches do not overlap); find_all() finds all five in one walk of
// the text's word openings through one trie of every role's phrases, where five walks, one per
// list, each tested every opening again.
//
// THREAD SAFETY: immutable after construction.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/phrase_matcher.h"

namespace finex {

class WordOpenings;

enum class PartyPhraseRole { before, after, references, imposers, pronouns };
inline constexpr std::size_t kPartyPhraseRoles = 5;

using PartyPhraseLists = std::array<std::vector<PhraseMatch>, kPartyPhraseRoles>;

class PartyPhrases {
 public:
  PartyPhrases() = default;
  // `phrases[role]`: (category, phrase) pairs, as PhraseMatcher takes them.
  explicit PartyPhrases(const std::array<std::vector<std::pair<int, std::string>>, kPartyPhraseRoles>& phrases);
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // The matches of one role's list: what of(role).find_all(text, openings) finds.
  const PhraseMatcher& of(PartyPhraseRole role) const { return roles_[static_cast<std::size_t>(role)]; }
  // Every role's matches in `text`, each list as of(role).find_all(text, openings) finds it.
  PartyPhraseLists find_all(std::string_view text, const WordOpenings* openings) const;

 private:
  // The walk through `together_`, or false where a word opening starts more phrases than it
  // takes in at once (then each list is found on its own).
  bool find_together(std::string_view text, const WordOpenings& openings, PartyPhraseLists& lists) const;

  // Whether a phrase may start with an ASCII character (folded) and the byte after it: bit b of
  // second_bytes_[first * 4 + b / 64]. Most word openings of a text start none, and are told so
  // here without a call into the trie.
  bool may_start(std::string_view text, std::size_t pos) const {
    const auto first = static_cast<unsigned char>(text[pos]);
    if (first >= 0x80 || pos + 1 >= text.size()) return true;
    const auto row = static_cast<std::size_t>(first >= 'A' && first <= 'Z' ? first - 'A' + 'a' : first);
    const auto second = static_cast<unsigned char>(text[pos + 1]);
    return (second_bytes_[row * 4 + second / 64] >> (second % 64) & 1) != 0;
  }

  std::array<PhraseMatcher, kPartyPhraseRoles> roles_;
  std::vector<std::uint64_t> second_bytes_ = std::vector<std::uint64_t>(128 * 4);
  // Every role's phrases; role r's categories are offset by first_category_[r].
  PhraseMatcher together_;
  std::array<int, kPartyPhraseRoles + 1> first_category_{};
  std::string error_;
};

}  // namespace finex
