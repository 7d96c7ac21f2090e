// Evidence (Options::evidence): every fine says in which sentence it stands, which fine word tied
// its amount and which rule produced it, with offsets into the original input. Sentences are
// written for the test.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "finex/finex.h"

namespace {

struct Expected {
  const char* value;    // the amount, exact decimal
  const char* rule;
  const char* trigger;  // nullptr when no fine word tied the amount
};

struct Case {
  const char* language;
  const char* text;
  std::vector<Expected> fines;
};

const finex::Extractor& with_evidence() {
  static const finex::Extractor instance([] {
    finex::Options options;
    options.evidence = true;
    return options;
  }());
  return instance;
}

std::string_view slice(std::string_view text, finex::Span span) { return text.substr(span.begin, span.size()); }

void check(const Case& c) {
  const std::string_view text = c.text;
  CAPTURE(text);
  const finex::Result r = with_evidence().extract(text, {.id = "t", .published = "2024-05-10", .language = c.language});
  REQUIRE(r.ok());
  REQUIRE(r.fines.size() == c.fines.size());
  for (std::size_t i = 0; i < c.fines.size(); ++i) {
    const finex::Fine& f = r.fines[i];
    const Expected& e = c.fines[i];
    CAPTURE(i);
    REQUIRE(f.amount);
    REQUIRE(f.evidence);
    CHECK(f.amount->value.to_string() == e.value);
    CHECK(f.evidence->rule == e.rule);
    CHECK(f.evidence->sentence == slice(text, f.sentence));
    // The amount stands in its sentence.
    CHECK(f.sentence.begin <= f.amount->span.begin);
    CHECK(f.amount->span.end <= f.sentence.end);
    if (e.trigger == nullptr) {
      CHECK_FALSE(f.evidence->trigger);
    } else {
      REQUIRE(f.evidence->trigger);
      CHECK(f.evidence->trigger->text == e.trigger);
      CHECK(slice(text, f.evidence->trigger->span) == e.trigger);
    }
  }
}

}  // namespace

TEST_CASE("evidence: the fine word that tied each amount") {
  const std::vector<Case> cases = {
      {"en", "The regulator fined Northwind Ltd £3 million on Tuesday.", {{"3000000", "fine_word", "fined"}}},
      {"fr", "La CNIL a infligé à Société Générale une amende de 2 millions d'euros.",
       {{"2000000", "fine_word", "amende"}}},
      // Quotes and spaces that normalisation folds: offsets still point into the input.
      {"de", "\xE2\x80\x9E" "Das Kartellamt\xE2\x80\x9C verh\xC3\xA4ngte gegen die M\xC3\xBCller\xC2\xA0GmbH ein "
             "Bu\xC3\x9F" "geld von 4\xC2\xA0Mio. Euro.",
       {{"4000000", "fine_word", "Bu\xC3\x9F" "geld"}}},
      {"en", "Rivermark Bank and Eastgate Bank were fined €8.7m and €5.3m respectively by the central bank.",
       {{"8700000", "respectively_list", "fined"}, {"5300000", "respectively_list", "fined"}}},
      {"en", "The league fined Harbor City and Lakeside United €10,000 each for crowd trouble.",
       {{"10000", "fine_word", "fined"}, {"10000", "each_party", "fined"}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("evidence: a table row takes its header's fine word: a list line has none") {
  check({"de",
         "Das Bundeskartellamt hat Bußgelder gegen drei Hersteller verhängt.\n\n"
         "| Unternehmen | Sitz | Geldbuße |\n"
         "|---|---|---|\n"
         "| Nordhaus Beton GmbH | Kiel | 2,5 Mio. Euro |\n"
         "| Südwerk Ziegel AG | Ulm | 1,1 Mio. Euro |\n",
         {{"2500000", "table_row", "Geldbuße"}, {"1100000", "table_row", "Geldbuße"}}});
  check({"en",
         "The data protection authority imposed fines on three retailers this year. The fines "
         "followed complaints. The fines are listed below.\n\n"
         "- Northwind Stores – €1.2 million\n"
         "- Eastgate Retail – €800,000\n",
         {{"1200000", "list_line", nullptr}, {"800000", "list_line", nullptr}}});
}

TEST_CASE("evidence: off by default, and the JSON is the contract's then") {
  const char* text = "The regulator fined Northwind Ltd £3 million on Tuesday.";
  const finex::Extractor plain;
  const finex::Result without = plain.extract(text, {.id = "t", .published = "2024-05-10", .language = "en"});
  REQUIRE(without.fines.size() == 1);
  CHECK_FALSE(without.fines[0].evidence);
  const std::string json = finex::to_json(without);
  CHECK(json.find("\"trigger\"") == std::string::npos);
  CHECK(json.find("\"rule\"") == std::string::npos);
  CHECK(json.find("\"sentence\":{\"start\":0,") != std::string::npos);

  const finex::Result with = with_evidence().extract(text, {.id = "t", .published = "2024-05-10", .language = "en"});
  const std::string evidence_json = finex::to_json(with);
  CHECK(evidence_json.find("\"sentence\":{\"text\":\"The regulator fined Northwind Ltd £3 million on Tuesday.\","
                           "\"start\":0,\"end\":57}") != std::string::npos);
  CHECK(evidence_json.find("\"trigger\":{\"text\":\"fined\",\"start\":14,\"end\":19},\"rule\":\"fine_word\"") !=
        std::string::npos);
}
