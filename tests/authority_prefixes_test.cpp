// The filter before the authority tries: it may let a start through that opens no phrase, but
// must never stop one that does.
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "entities/authority_prefixes.h"
#include "text/phrase_matcher.h"

using finex::PhraseMatch;
using finex::PhraseMatcher;
using finex::authority::PhrasePrefixes;

namespace {

const std::vector<std::string_view> kPhrases = {
    "Data Protection Commission", "E-Control", "l'autorité", "regulat*", "CNIL", "in", "Ελληνική Επιτροπή",
    "Autorità Garante", "Finanční správa", "U.S. SEC", "start-up-fonds"};

// Every position of `text` at which a trie of kPhrases, in either case mode, finds a phrase
// must pass the filter.
void check_no_start_is_lost(const PhrasePrefixes& prefixes, std::string_view text) {
  std::vector<std::pair<int, std::string>> listed;
  for (const std::string_view p : kPhrases) listed.emplace_back(0, std::string(p));
  for (const bool case_sensitive : {false, true}) {
    const PhraseMatcher trie(listed, case_sensitive);
    std::array<PhraseMatch, 8> found;
    for (std::size_t pos = 0; pos < text.size(); ++pos)
      if (trie.matches_at(text, pos, found) > 0) CHECK_MESSAGE(prefixes.may_start(text, pos), text.substr(pos));
  }
}

}  // namespace

TEST_CASE("the prefix filter passes every start a phrase trie finds") {
  const PhrasePrefixes prefixes(kPhrases);
  for (const std::string_view text :
       {"the data  protection\ncommission said", "E-Control, eControl and e\u2010control", "L\u2019Autorit\u00e9 et l'autorit\u00e9s",
        "regulator regulates regulat", "cnil CNIL Cnil", "in inland", "\u0395\u039b\u039b\u0397\u039d\u0399\u039a\u0397 \u0395\u03c0\u03b9\u03c4\u03c1\u03bf\u03c0\u03ae",
        "autorit\u00e0 garante", "FINAN\u010cN\u00cd SPR\u00c1VA", "u.s. sec, U.S. SEC", "startupfonds start-up-fonds start\u2011upfonds"})
    check_no_start_is_lost(prefixes, text);
}

TEST_CASE("the prefix filter stops starts that only share a first word or letters") {
  const PhrasePrefixes prefixes(kPhrases);
  CHECK_FALSE(prefixes.may_start("data retention", 0));
  CHECK_FALSE(prefixes.may_start("expect rain", 0));  // "E-Control" opens only "e-c" and "ec"
  CHECK_FALSE(prefixes.may_start("la autoridad", 0));
  CHECK_FALSE(prefixes.may_start("the CNIL", 0));
  CHECK(prefixes.may_start("in 2024", 0));
  CHECK(prefixes.may_start("CNIL", 0));
  CHECK(prefixes.may_start("C", 0));  // past the two characters of the table
  CHECK_FALSE(prefixes.may_start("q", 0));
}

TEST_CASE("prefixes taken over from another filter still pass, and nothing passes an empty one") {
  const PhrasePrefixes gazetteer({"CNIL"});
  const PhrasePrefixes both({"in"}, &gazetteer);
  CHECK(both.may_start("CNIL", 0));
  CHECK(both.may_start("in Italy", 0));
  CHECK_FALSE(both.may_start("the", 0));
  CHECK_FALSE(PhrasePrefixes().may_start("CNIL", 0));
}

TEST_CASE("phrases matched as written let only their own case pass their first two characters") {
  const PhrasePrefixes gazetteer({"Data Protection Commission"}, {"AT", "OM", "CNIL"}, nullptr);
  const PhrasePrefixes both({"in"}, {"SEC"}, &gazetteer);
  for (const PhrasePrefixes* prefixes : {&gazetteer, &both}) {
    CHECK(prefixes->may_start("AT ", 0));
    CHECK(prefixes->may_start("OM,", 0));
    CHECK(prefixes->may_start("CNIL", 0));
    CHECK_FALSE(prefixes->may_start("at the", 0));
    CHECK_FALSE(prefixes->may_start("om at", 0));
    CHECK_FALSE(prefixes->may_start("cnil", 0));
    CHECK(prefixes->may_start("data protection commission", 0));  // read folded
  }
  CHECK(both.may_start("SEC", 0));
  CHECK_FALSE(both.may_start("sec", 0));
  CHECK(both.may_start("In Italy", 0));
  CHECK_FALSE(gazetteer.may_start("SEC", 0));
}
