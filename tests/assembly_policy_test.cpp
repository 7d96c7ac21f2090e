// The windows and confidence weights of AssemblyPolicy, each tried on both sides of its edge
// with sentences written for the test: the value in the policy is the value the library uses.
#include <doctest/doctest.h>

#include <string>

#include "fines/assembly_policy.h"
#include "finex/finex.h"

namespace {

const finex::Extractor& extractor() {
  static const finex::Extractor e;
  return e;
}

// Filler of exactly `bytes` bytes (at least 2) that holds no cue and no double space, which
// normalisation would fold: " aaaa aaaa aaa ".
std::string filler(std::size_t bytes) {
  std::string s(bytes, 'a');
  s.front() = s.back() = ' ';
  for (std::size_t i = 5; i + 2 < bytes; i += 5) s[i] = ' ';
  return s;
}

finex::Result extract(const std::string& text) { return extractor().extract(text, {"", "2024-06-14", "en"}); }

}  // namespace

TEST_CASE("an amount is a fine only within max_trigger_gap of its fine word") {
  const std::size_t gap = finex::kAssemblyPolicy.max_trigger_gap;
  // "fined" + `gap` bytes + the amount.
  const std::string within = "The CNIL fined Acme Ltd" + filler(gap - 9) + "€2 million.";
  const std::string beyond = "The CNIL fined Acme Ltd" + filler(gap - 8) + "€2 million.";
  CAPTURE(within);
  REQUIRE(extract(within).fines.size() == 1);
  CHECK(extract(within).fines[0].amount->value.to_string() == "2000000");
  CHECK(extract(beyond).fines.empty());
}

TEST_CASE("confidence falls in bands of the distance to the fine word") {
  const auto& p = finex::kAssemblyPolicy;
  struct Case {
    std::size_t gap;
    double confidence;
  };
  const Case cases[] = {
      {p.close_trigger_gap, p.close_trigger_confidence},
      {p.close_trigger_gap + 1, p.near_trigger_confidence},
      {p.near_trigger_gap, p.near_trigger_confidence},
      {p.near_trigger_gap + 1, p.far_trigger_confidence},
      {p.max_trigger_gap, p.far_trigger_confidence},
  };
  for (const Case& c : cases) {
    // " Acme Ltd" is 9 bytes of the gap between "fined" and the amount; every slot is filled
    // from the sentence, so nothing lowers the band's confidence.
    const std::string text = "The CNIL fined Acme Ltd" + filler(c.gap - 9) + "€2 million on 3 March 2024.";
    CAPTURE(text);
    const finex::Result r = extract(text);
    REQUIRE(r.fines.size() == 1);
    CHECK(r.fines[0].confidence == doctest::Approx(c.confidence));
    REQUIRE(r.fines[0].entity);
    CHECK(r.fines[0].entity->text == "Acme Ltd");
  }
}

TEST_CASE("a slot left empty or filled from weak evidence lowers the confidence") {
  const auto& p = finex::kAssemblyPolicy;
  const double full = p.close_trigger_confidence;
  // Every slot from the sentence.
  CHECK(extract("The CNIL fined Acme Ltd €2 million on 3 March 2024.").fines.at(0).confidence == doctest::Approx(full));
  // No authority.
  CHECK(extract("Acme Ltd was fined €2 million on 3 March 2024.").fines.at(0).confidence ==
        doctest::Approx(full - p.missing_authority_cost));
  // No party.
  CHECK(extract("The CNIL imposed a fine of €2 million on 3 March 2024.").fines.at(0).confidence ==
        doctest::Approx(full - p.missing_party_cost));
  // A proposed fine.
  CHECK(extract("The CNIL intends to fine Acme Ltd €2 million, it said on 3 March 2024.").fines.at(0).confidence <
        full);
}

TEST_CASE("a legal maximum within max_cap_gap before the amount is no fine") {
  const std::size_t gap = finex::kAssemblyPolicy.max_cap_gap;
  // "up to" + `gap` bytes + the amount.
  const std::string capped = "The CNIL can fine Acme Ltd up to" + filler(gap) + "€2 million.";
  const std::string not_capped = "The CNIL fined Acme Ltd, up to" + filler(gap + 1) + "€2 million.";
  CAPTURE(capped);
  CHECK(extract(capped).fines.empty());
  CAPTURE(not_capped);
  CHECK(extract(not_capped).fines.size() == 1);
}

TEST_CASE("a slot taken from elsewhere costs its weight in confidence") {
  const auto& p = finex::kAssemblyPolicy;
  // The party named in the sentence before, the authority too: both inherited.
  const finex::Result r = extract(
      "The CNIL fined Acme Ltd on 3 May 2024. The fine of €2 million is the largest this year.");
  REQUIRE(r.fines.size() == 1);
  const finex::Fine& f = r.fines[0];
  REQUIRE(f.entity);
  REQUIRE(f.authority);
  CHECK(f.entity->text == "Acme Ltd");
  CHECK(f.confidence == doctest::Approx(p.close_trigger_confidence - p.inherited_authority_cost -
                                        p.inherited_party_cost));
}
