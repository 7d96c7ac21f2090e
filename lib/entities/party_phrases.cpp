#include "entities/party_phrases.h"

#include <algorithm>
#include <limits>

#include "text/case_fold.h"
#include "text/code_points.h"
#include "text/word_starts.h"

namespace finex {

PartyPhrases::PartyPhrases(
    const std::array<std::vector<std::pair<int, std::string>>, kPartyPhraseRoles>& phrases) {
  std::vector<std::pair<int, std::string>> together;
  for (std::size_t r = 0; r < kPartyPhraseRoles; ++r) {
    roles_[r] = PhraseMatcher(phrases[r]);
    if (!roles_[r].ok() && error_.empty()) error_ = roles_[r].error();
    int categories = 1;
    for (const auto& [category, phrase] : phrases[r]) {
      categories = std::max(categories, category + 1);
      together.emplace_back(first_category_[r] + category, phrase);
    }
    first_category_[r + 1] = first_category_[r] + categories;
  }
  if (!error_.empty()) return;
  // Read as the trie reads a phrase: each character folded; a space, an apostrophe, a hyphen
  // that may be left out or "*" after the first may meet any byte, and so may a second character
  // beyond ASCII, or a text's character beyond ASCII that folds to an ASCII one.
  for (const auto& [category, phrase] : together) {
    std::size_t length = 0;
    const std::int32_t first = fold_code_point(code_point_at(phrase, 0, length));
    if (first < 0 || first >= 0x80) continue;  // no ASCII start of a text folds to it
    std::uint64_t* row = &second_bytes_[static_cast<std::size_t>(first) * 4];
    row[2] = row[3] = ~std::uint64_t{0};
    if (length >= phrase.size()) {
      row[0] = row[1] = ~std::uint64_t{0};
      continue;
    }
    std::size_t next_length = 0;
    const std::int32_t written = code_point_at(phrase, length, next_length);
    const std::int32_t second = fold_code_point(written);
    if (written == ' ' || written == '\'' || written == '-' || written == '*') {
      row[0] = row[1] = ~std::uint64_t{0};
    } else if (second >= 0 && second < 0x80) {
      for (const std::int32_t b : {second, second >= 'a' && second <= 'z' ? second - 'a' + 'A' : second})
        row[b / 64] |= std::uint64_t{1} << (b % 64);
    }
  }
  together_ = PhraseMatcher(together);
  if (!together_.ok()) error_ = together_.error();
}

PartyPhraseLists PartyPhrases::find_all(std::string_view text, const WordOpenings* openings) const {
  PartyPhraseLists lists;
  if (openings != nullptr && openings->of(text) && find_together(text, *openings, lists)) return lists;
  for (std::size_t r = 0; r < kPartyPhraseRoles; ++r) lists[r] = roles_[r].find_all(text, openings);
  return lists;
}

bool PartyPhrases::find_together(std::string_view text, const WordOpenings& openings,
                                 PartyPhraseLists& lists) const {
  // Far more than the phrases any opening starts (a cue and its longer forms); at this many
  // some may have been left out, and the lists are found one by one instead.
  constexpr std::size_t kMaxStarting = 64;
  PhraseMatchBuffer<kMaxStarting> starting;
  // The least opening at which each list may match next: one past its last match, as
  // PhraseMatcher::find_all() goes on.
  std::array<std::size_t, kPartyPhraseRoles> next{};
  std::size_t least_next = 0;
  bool complete = true;
  openings.each([&](std::size_t pos) -> std::size_t {
    if (!may_start(text, pos)) return least_next;  // most openings
    const std::size_t count = together_.matches_at(text, pos, starting.matches);
    if (count == 0) return least_next;
    if (count == kMaxStarting) {
      complete = false;
      return std::numeric_limits<std::size_t>::max();
    }
    // For each list, its longest phrase here that ends a word; of equal ones, the first
    // category (PhraseMatcher's rule).
    std::array<std::size_t, kPartyPhraseRoles> best_end{};
    std::array<int, kPartyPhraseRoles> best_category;
    best_category.fill(-1);
    for (std::size_t i = 0; i < count; ++i) {
      const PhraseMatch& m = starting.matches[i];
      std::size_t r = 0;
      while (m.category >= first_category_[r + 1]) ++r;
      if (next[r] > pos) continue;
      const int category = m.category - first_category_[r];
      const std::size_t end = m.span.end;
      if ((end > best_end[r] || (end == best_end[r] && category < best_category[r])) && at_word_end(text, end))
        best_end[r] = end, best_category[r] = category;
    }
    for (std::size_t r = 0; r < kPartyPhraseRoles; ++r)
      if (best_category[r] >= 0) {
        lists[r].push_back({{pos, best_end[r]}, best_category[r]});
        next[r] = best_end[r];
      }
    least_next = *std::min_element(next.begin(), next.end());
    return least_next;
  });
  if (complete) return true;
  for (auto& list : lists) list.clear();
  return false;
}

}  // namespace finex
