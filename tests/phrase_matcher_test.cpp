// The phrase lists' matcher: the syntax the data files use, word boundaries, longest match.
#include <doctest/doctest.h>

#include <string>

#include "text/phrase_matcher.h"

using finex::PhraseMatch;
using finex::PhraseMatcher;

namespace {

enum Category { trigger, cap, other };

// "text@begin-end:category" for every match, joined by spaces.
std::string matches(const PhraseMatcher& m, std::string_view text) {
  std::string out;
  for (const PhraseMatch& p : m.find_all(text)) {
    if (!out.empty()) out += ' ';
    out += std::string(text.substr(p.span.begin, p.span.size())) + "@" +
           std::to_string(p.span.begin) + "-" + std::to_string(p.span.end) + ":" +
           std::to_string(p.category);
  }
  return out;
}

}  // namespace

TEST_CASE("phrases match whole words, ignoring case, longest first") {
  const PhraseMatcher m({{trigger, "fine*"}, {trigger, "sanction pécuniaire"},
                         {other, "sanction"}, {cap, "up to"}});
  REQUIRE(m.ok());
  CHECK(matches(m, "Fined up to €5m") == "Fined@0-5:0 up to@6-11:1");
  CHECK(matches(m, "a define, refined finesse") == "finesse@18-25:0");
  CHECK(matches(m, "une SANCTION  PÉCUNIAIRE de") == "SANCTION  PÉCUNIAIRE@4-25:0");
  CHECK(matches(m, "la sanction pécuniaires") == "sanction@3-11:2");
  CHECK(matches(m, "up\nto 5") == "up\nto@0-5:1");
  CHECK(matches(m, "upto, sanction2") == "");
}

TEST_CASE("apostrophes and hyphens have their typographic variants") {
  const PhraseMatcher m({{trigger, "d'amende"}, {other, "start-up*"}});
  REQUIRE(m.ok());
  CHECK(matches(m, "100 d’amende") == "d’amende@4-14:0");
  CHECK(matches(m, "d'amende") == "d'amende@0-8:0");
  CHECK(matches(m, "la startup, la start-ups, la start‑up") ==
        "startup@3-10:2 start-ups@15-24:2 start‑up@29-39:2");
}

TEST_CASE("a case-sensitive list keeps capitals apart, and bad phrases are refused") {
  const PhraseMatcher m({{other, "Commission"}}, true);
  CHECK(matches(m, "commission, Commission") == "Commission@12-22:2");
  CHECK_FALSE(PhraseMatcher({{other, "-fine"}}).ok());
  CHECK(PhraseMatcher().find_all("fine").empty());
}
