#include "entities/party_phrases.h"

#include <algorithm>
#include <limits>

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
    const std::size_t count = together_.matches_at(text, pos, starting.matches);
    if (count == 0) return least_next;  // most openings
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
