// The party recogniser's phrase lists found in one walk must be the lists each finds on its own:
// the longest phrase of a list at a word opening wins there, and a list's matches never overlap,
// whatever the other lists match at the same place.
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "entities/party_phrases.h"
#include "text/word_starts.h"

using finex::PartyPhraseRole;
using finex::PartyPhrases;
using finex::PhraseMatch;
using finex::WordOpenings;

namespace {

using Lists = std::array<std::vector<std::pair<int, std::string>>, finex::kPartyPhraseRoles>;

// Overlapping on purpose: "fined" cues both sides, "fined by" is longer than it, "the company"
// and "the company was fined" start alike in two lists, and "it" is a pronoun in two categories.
const Lists kLists = {{
    {{0, "fined"}, {0, "imposed a fine on"}, {0, "contre"}},
    {{0, "fined"}, {0, "was fined"}, {1, "fined by"}, {0, "the company was fined"}},
    {{0, "the company"}, {0, "la société"}, {0, "company"}},
    {{0, "fine*"}, {0, "imposes"}},
    {{0, "he"}, {1, "it"}, {2, "it"}, {0, "him"}},
}};

bool same(const std::vector<PhraseMatch>& a, const std::vector<PhraseMatch>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].span.begin != b[i].span.begin || a[i].span.end != b[i].span.end || a[i].category != b[i].category)
      return false;
  return true;
}

}  // namespace

TEST_CASE("party phrase lists found together match each list found alone") {
  const PartyPhrases phrases(kLists);
  REQUIRE(phrases.ok());
  const char* texts[] = {
      "The regulator fined the company was fined by the court, and it fined him.",
      "Acme was fined; the company fined by the FCA. He imposes fines, it imposed a fine on Foo.",
      "La société, condamnée, a payé: amende contre la société X. fined fined fined",
      "itself fineness company's thecompany he's him.",
      "THE COMPANY WAS FINED\nBY IT; fined\tby, the\n company, La Soci\u00e9t\u00e9, IMPOSES",
      "",
  };
  for (const char* text : texts) {
    CAPTURE(text);
    const WordOpenings openings(text);
    const auto together = phrases.find_all(text, &openings);
    for (std::size_t r = 0; r < finex::kPartyPhraseRoles; ++r) {
      CAPTURE(r);
      const auto alone = phrases.of(static_cast<PartyPhraseRole>(r)).find_all(text, &openings);
      CHECK(same(together[r], alone));
    }
  }
  // The lists do find something: a test that matched nothing could not fail.
  const std::string text = "Acme, fined by the court; the company was fined.";
  const WordOpenings openings(text);
  const auto together = phrases.find_all(text, &openings);
  CHECK(together[static_cast<std::size_t>(PartyPhraseRole::after)].size() == 2);
  CHECK(together[static_cast<std::size_t>(PartyPhraseRole::after)][0].category == 1);
  CHECK(together[static_cast<std::size_t>(PartyPhraseRole::references)].size() == 1);
}
