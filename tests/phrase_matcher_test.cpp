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

// A word start whose first three letters lead to no phrase is passed over without a walk: the
// phrases that end early, run on in letters, skip an optional hyphen or start in capitals must
// all still be found.
TEST_CASE("the first three letters of a word decide only what no phrase can match") {
  const PhraseMatcher m({{trigger, "de"}, {trigger, "e-mail"}, {other, "sanc*"}, {cap, "the board"},
                         {other, "x2y"}, {cap, "Kr"}});
  REQUIRE(m.ok());
  PhraseMatch found[8];
  // "de" starts "den": matches_at reports it, whether a word ends there or not.
  CHECK(m.matches_at("DENMARK", 0, found) == 1);
  CHECK(m.matches_at("email", 0, found) == 1);
  CHECK(found[0].span.end == 5);
  CHECK(m.matches_at("Sanctioned", 0, found) == 1);
  CHECK(m.matches_at("X2Y9", 0, found) == 1);
  CHECK(m.matches_at("krone", 0, found) == 1);
  CHECK(m.matches_at("them", 0, found) == 0);
  CHECK(m.matches_at("ema", 0, found) == 0);
  CHECK(m.matches_at("x2z", 0, found) == 0);
  CHECK(matches(m, "The Board emailed THE BOARD, then e-mail") ==
        "The Board@0-9:1 THE BOARD@18-27:1 e-mail@34-40:0");

  const PhraseMatcher exact({{other, "ACM"}, {other, "AP"}}, true);
  CHECK(exact.matches_at("ACMs", 0, found) == 1);
  CHECK(exact.matches_at("APx", 0, found) == 1);
  CHECK(exact.matches_at("acm", 0, found) == 0);
  CHECK(exact.matches_at("ACX", 0, found) == 0);
}
