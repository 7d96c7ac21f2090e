// The windows and confidence weights of AssemblyPolicy, each tried on both sides of its edge
// with sentences written for the test: the value in the policy is the value the library uses.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "fines/assembly_policy.h"
#include "finex/finex.h"
#include "text/word_starts.h"

namespace {

const finex::Extractor& extractor() {
  static const finex::Extractor e;
  return e;
}

// Filler of exactly `words` words that holds no cue: " aaaa aaaa aaaa ". The windows count
// words, whatever their length: a Greek filler of long words stands for the same distance.
std::string filler(std::size_t words, std::string_view word = "aaaa") {
  std::string s = " ";
  for (std::size_t i = 0; i < words; ++i) (s += word) += ' ';
  return s;
}

finex::Result extract(const std::string& text, std::string_view language = "en") {
  return extractor().extract(text, {"", "2024-06-14", std::string(language)});
}

}  // namespace

TEST_CASE("an amount is a fine only within max_trigger_gap words of its fine word") {
  const std::size_t gap = finex::kAssemblyPolicy.max_trigger_gap;
  // "fined", "Acme Ltd" and `gap` - 2 more words, then the amount.
  const std::string within = "The CNIL fined Acme Ltd" + filler(gap - 2) + "€2 million.";
  const std::string beyond = "The CNIL fined Acme Ltd" + filler(gap - 1) + "€2 million.";
  CAPTURE(within);
  REQUIRE(extract(within).fines.size() == 1);
  CHECK(extract(within).fines[0].amount->value.to_string() == "2000000");
  CHECK(extract(beyond).fines.empty());
}

TEST_CASE("the trigger window counts words, not bytes: long Greek words reach as far") {
  const std::size_t gap = finex::kAssemblyPolicy.max_trigger_gap;
  // Twelve Greek letters are 24 bytes a word: `gap` of them are several times the bytes of the
  // English sentence above, and the same distance.
  const std::string_view word = "αααααααααααα";
  const std::string within = "Η ΕΕΤΤ επέβαλε πρόστιμο" + filler(gap, word) + "2 εκατ. ευρώ.";
  const std::string beyond = "Η ΕΕΤΤ επέβαλε πρόστιμο" + filler(gap + 1, word) + "2 εκατ. ευρώ.";
  CAPTURE(within);
  REQUIRE(extract(within, "el").fines.size() == 1);
  CHECK(extract(within, "el").fines[0].amount->value.to_string() == "2000000");
  CHECK(extract(beyond, "el").fines.empty());
}

TEST_CASE("a word is a word as written: abbreviations, grouped digits and elisions count once") {
  // "S.r.l.", "1.560" and "dell'8" are one word each, "–" none: six words between "multa" and
  // the amount, within a window of six and beyond one of five.
  const std::string text = "una multa a Alfa S.r.l. – 1.560 dell'8 marzo 5.000 euro";
  const finex::WordStarts words(text);
  CHECK(words.between(text.find(" a "), text.find("5.000")) == 6);
  CHECK(finex::count_word_starts(text, text.find(" a "), text.find("5.000"), 99) == 6);
  CHECK(finex::count_word_starts(text, text.find(" a "), text.find("5.000"), 3) == 4);  // stops past the limit
  CHECK(words.between(text.find("5.000"), text.find("5.000")) == 0);
  // The word "Alfa" starts where a span ending at most two words before it may end.
  CHECK(words.between(words.reach_before(text.find("Alfa"), 2), text.find("Alfa")) == 2);
  CHECK(words.between(words.reach_before(text.find("Alfa"), 2) - 1, text.find("Alfa")) == 3);
}

TEST_CASE("the word index agrees with counting the text, across its 64-byte blocks") {
  // Words of one to nine letters, Greek and Latin, so that words start at every bit of a block.
  std::string text;
  for (int i = 0; i < 60; ++i) {
    text += std::string(static_cast<std::size_t>(i % 9 + 1), static_cast<char>('a' + i % 26));
    text += i % 7 == 0 ? " \u03c0\u03c1 " : (i % 5 == 0 ? " \u2013 " : " ");
  }
  const finex::WordStarts words(text);
  const std::size_t all = finex::count_word_starts(text, 0, text.size(), text.size());
  CHECK(words.between(0, text.size()) == all);
  for (std::size_t begin = 0; begin <= text.size(); begin += 7)
    for (std::size_t end = begin; end <= text.size(); end += 5) {
      CAPTURE(begin);
      CAPTURE(end);
      REQUIRE(words.between(begin, end) == finex::count_word_starts(text, begin, end, text.size()));
    }
  for (std::size_t pos = 0; pos <= text.size(); pos += 3)
    for (std::size_t n : {0, 1, 5, 40}) {
      CAPTURE(pos);
      CAPTURE(n);
      const std::size_t before = words.reach_before(pos, n);
      REQUIRE(words.between(before, pos) <= n);
      if (before > 0) REQUIRE(words.between(before - 1, pos) == n + 1);
      const std::size_t after = words.reach_after(pos, n);
      REQUIRE(words.between(pos, after - 1) <= n);
      if (after < text.size()) REQUIRE(words.between(pos, after) == n + 1);
    }
}

TEST_CASE("one pass finds the word openings and starts that their own passes find") {
  // Openings and starts differ in "S.r.l." (three openings, one start), "(€2m)" and "dell'8";
  // no-break spaces separate, a dash is no word; Greek and accented letters decode.
  const std::string text =
      "Alfa S.r.l. (\u20ac2m) dell'8 marzo \u2013 20\u00a0000 z\u0142 \u03c0\u03c1\u03cc\u03c3\u03c4\u03b9\u03bc\u03bf "
      "\u00e9t\u00e9 x-y  \n\t42.";
  const finex::WordIndex index(text);
  const finex::WordStarts starts(text);
  for (std::size_t begin = 0; begin <= text.size(); ++begin)
    for (std::size_t end = begin; end <= text.size(); ++end) {
      CAPTURE(begin);
      CAPTURE(end);
      REQUIRE(index.starts.between(begin, end) == starts.between(begin, end));
    }
  const auto offsets = [](const finex::WordOpenings& openings) {
    std::vector<std::size_t> out;
    openings.each([&](std::size_t at) {
      out.push_back(at);
      return std::size_t{0};
    });
    return out;
  };
  const std::vector<std::size_t> opened = offsets(index.openings);
  CHECK(opened == offsets(finex::WordOpenings(text)));
  CHECK(opened.size() == 16);
  CHECK(index.openings.of(text));
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
    // "Acme Ltd" is two of the words between "fined" and the amount; every slot is filled from
    // the sentence, so nothing lowers the band's confidence.
    const std::string text = "The CNIL fined Acme Ltd" + filler(c.gap - 2) + "€2 million on 3 March 2024.";
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

TEST_CASE("a legal maximum within max_cap_gap words before the amount is no fine") {
  const std::size_t gap = finex::kAssemblyPolicy.max_cap_gap;
  // "up to" + `gap` words + the amount.
  const std::string capped = "The CNIL can fine Acme Ltd up to" + filler(gap) + "€2 million.";
  const std::string not_capped = "The CNIL fined Acme Ltd, up to" + filler(gap + 1) + "€2 million.";
  CAPTURE(capped);
  CHECK(extract(capped).fines.empty());
  CAPTURE(not_capped);
  CHECK(extract(not_capped).fines.size() == 1);
}

TEST_CASE("a date beyond max_date_gap words from the amount belongs to something else") {
  const std::size_t gap = finex::kAssemblyPolicy.max_date_gap;
  // "on" is the first of the words between the amount and the date.
  auto date_of = [&](std::size_t words) {
    const std::string text = "The CNIL fined Acme Ltd €2 million on" + filler(words - 1) + "3 March 2024.";
    CAPTURE(text);
    const finex::Result r = extract(text);
    REQUIRE(r.fines.size() == 1);
    return r.fines[0].date ? r.fines[0].date->value : std::string();
  };
  CHECK(date_of(gap) == "2024-03-03");
  CHECK(date_of(gap + 1) != "2024-03-03");
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

TEST_CASE("fines in the plural within max_period_total_gap words, counted over a period, are a total") {
  const std::size_t gap = finex::kAssemblyPolicy.max_period_total_gap;
  REQUIRE(gap + 1 <= finex::kAssemblyPolicy.max_trigger_gap);
  // "Geldbußen" + words + the amount, then the period: no party is named.
  auto fines_over_year = [&](std::size_t words) {
    const std::string text = "Geldbußen" + filler(words) + "2 Millionen Euro hat das Amt im vergangenen Jahr verhängt.";
    CAPTURE(text);
    return extract(text, "de").fines.size();
  };
  CHECK(fines_over_year(gap) == 0);
  CHECK(fines_over_year(gap + 1) == 1);
  // A party named in the clause makes them one party's fines.
  CHECK(extract("Das Amt verhängte im vergangenen Jahr gegen die Orbex GmbH Geldbußen von 2 Millionen Euro.", "de")
            .fines.size() == 1);
}

TEST_CASE("a word of the highest fine within max_record_gap words before the amount ties it to the fines before") {
  const std::size_t gap = finex::kAssemblyPolicy.max_record_gap;
  auto record_fines = [&](std::size_t words) {
    const std::string text = "Die Behörden verhängen seit Jahren Bußgelder. Den Rekord" + filler(words - 1) + "mit 2 Millionen Euro.";
    CAPTURE(text);
    return extract(text, "de").fines.size();
  };
  CHECK(record_fines(gap) == 1);
  CHECK(record_fines(gap + 1) == 0);
}

TEST_CASE("a proposal after the amount with a fine word of its own within max_own_proposal_gap words proposes another fine") {
  const std::size_t gap = finex::kAssemblyPolicy.max_own_proposal_gap;
  auto kind_of = [&](std::size_t words) {
    const std::string text = "Acme Ltd fined £2 million as the FCA proposes" + filler(words) + "penalty.";
    CAPTURE(text);
    const finex::Result r = extract(text);
    REQUIRE(r.fines.size() == 1);
    return r.fines[0].kind;
  };
  CHECK(kind_of(gap) == finex::FineKind::fine);
  CHECK(kind_of(gap + 1) == finex::FineKind::proposed);
}

TEST_CASE("a body within max_reporter_after_gap words before a word of reporting to the police imposed no fine") {
  const std::size_t gap = finex::kAssemblyPolicy.max_reporter_after_gap;
  auto authority_of = [&](std::size_t words) {
    const std::string text = "Havbank A/S har vedtaget en bøde på 12 mio. kr. Det oplyser SØIK. Banken beklager sagen. "
                             "Bøden kommer efter, at Finanstilsynet" + filler(words) + "politianmeldte banken.";
    CAPTURE(text);
    const finex::Result r = extract(text, "da");
    REQUIRE(r.fines.size() == 1);
    return r.fines[0].authority ? r.fines[0].authority->text : std::string();
  };
  CHECK(authority_of(gap) == "SØIK");
  CHECK(authority_of(gap + 1) == "Finanstilsynet");
}
