// Aggregation: the fines of many documents grouped into real-world events. Tables of fines
// written for the test, with near misses on every slot, and the bundled articles, several of
// which report the same fines.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "finex/finex.h"

namespace {

struct Reported {
  const char* document;
  const char* party;      // "" when none
  const char* authority;  // canonical name, "" when none
  const char* country;    // "" when none
  const char* amount;     // exact decimal
  const char* currency;
  const char* date;       // "" when undated; "published:2022-10-20" for a publication date
  double confidence = 0.8;
  const char* kind = "fine";
};

struct Case {
  const char* what;
  std::vector<Reported> fines;
  std::vector<int> events;  // the event of each fine, numbered from 0 in order of first source
};

std::vector<finex::Result> results_of(const std::vector<Reported>& fines) {
  std::vector<finex::Result> results;
  for (const Reported& r : fines) {
    if (results.empty() || results.back().document != r.document) {
      results.emplace_back();
      results.back().document = r.document;
    }
    finex::Fine fine;
    fine.kind = std::string(r.kind) == "periodic_penalty" ? finex::FineKind::periodic_penalty : finex::FineKind::fine;
    if (*r.party) fine.entity = finex::EntityRef{r.party, {}};
    if (*r.authority || *r.country) fine.authority = finex::AuthorityRef{r.authority, r.authority, r.country, {}};
    fine.amount = finex::AmountRef{r.amount, *finex::Decimal::parse(r.amount), r.currency, {}};
    const std::string date = r.date;
    if (date.starts_with("published:"))
      fine.date = finex::DateRef{"", date.substr(10), finex::DateResolution::reference, {}};
    else if (!date.empty())
      fine.date = finex::DateRef{date, date, finex::DateResolution::explicit_date, {}};
    fine.confidence = r.confidence;
    results.back().fines.push_back(std::move(fine));
  }
  return results;
}

// The event of every fine, in input order.
std::vector<int> grouping(const std::vector<finex::Event>& events, const std::vector<finex::Result>& results) {
  std::map<std::pair<std::string, std::size_t>, int> event_of;
  for (std::size_t e = 0; e < events.size(); ++e)
    for (const finex::EventSource& s : events[e].sources) event_of[{s.document, s.fine}] = static_cast<int>(e);
  std::vector<int> out;
  for (const finex::Result& r : results)
    for (std::size_t f = 0; f < r.fines.size(); ++f) {
      const auto it = event_of.find({r.document, f});
      out.push_back(it == event_of.end() ? -1 : it->second);
    }
  return out;
}

}  // namespace

TEST_CASE("aggregate: one event per real-world fine, near misses apart") {
  const std::vector<Case> cases = {
      {"the same fine in three articles, the party written three ways",
       {{"a", "Northwind Analytics Inc.", "Data Office", "FR", "20000000", "EUR", "2022-10-17"},
        {"b", "NORTHWIND ANALYTICS", "Data Office", "FR", "20000000", "EUR", "2022"},
        {"c", "Northwind", "Data Office", "FR", "20000000", "EUR", ""}},
       {0, 0, 0}},
      {"same amount, different party",
       {{"a", "Northwind Analytics", "Data Office", "FR", "20000000", "EUR", "2022"},
        {"b", "Eastgate Retail", "Data Office", "FR", "20000000", "EUR", "2022"}},
       {0, 1}},
      {"same party, different year",
       {{"a", "Northwind Analytics", "Data Office", "FR", "5200000", "EUR", "2022"},
        {"b", "Northwind Analytics", "Data Office", "FR", "5200000", "EUR", "2023-01-12"}},
       {0, 1}},
      {"a fine and its conversion into another currency",
       {{"a", "Northwind Analytics", "Data Office", "GB", "7500000", "GBP", "2022-05"},
        {"b", "Northwind Analytics", "Data Office", "GB", "8850000", "EUR", "2022-05"}},
       {0, 1}},
      {"amounts within half a percent are one, a percent apart are two",
       {{"a", "Northwind Analytics", "", "", "20000000", "EUR", "2022"},
        {"b", "Northwind Analytics", "", "", "20080000", "EUR", "2022"},
        {"c", "Northwind Analytics", "", "", "20300000", "EUR", "2022"}},
       {0, 0, 1}},
      {"the same amount from two authorities of two countries",
       {{"a", "Northwind Analytics", "Garante", "IT", "20000000", "EUR", "2022"},
        {"b", "Northwind Analytics", "Hellenic Authority", "GR", "20000000", "EUR", "2022"},
        {"c", "Northwind Analytics", "", "IT", "20000000", "EUR", "2022-03"},
        {"d", "Northwind Analytics", "", "GR", "20000000", "EUR", "2022-07"}},
       {0, 1, 0, 1}},
      {"a party in another case: glued ending, colon ending, legal form",
       {{"a", "Posti Group Oyj", "", "FI", "2400000", "EUR", "2023"},
        {"b", "Posti Group Oyj:lle", "", "FI", "2400000", "EUR", "2023"},
        {"c", "Postin", "", "FI", "2400000", "EUR", "2023"}},
       {0, 0, 0}},
      {"dates of one decision agree; other months and days do not",
       {{"a", "Northwind Analytics", "", "", "100000", "EUR", "2022-10-17"},
        {"b", "Northwind Analytics", "", "", "100000", "EUR", "2022-10"},
        {"c", "Northwind Analytics", "", "", "100000", "EUR", "2022-11"},
        {"d", "Northwind Analytics", "", "", "100000", "EUR", "2022-10-18"}},
       {0, 0, 1, 2}},
      {"a fine dated only by its article happened on that day or before, in that year",
       {{"a", "Northwind Analytics", "", "", "100000", "EUR", "2022-10-17"},
        {"b", "Northwind Analytics", "", "", "100000", "EUR", "published:2022-10-20"},
        {"c", "Northwind Analytics", "", "", "100000", "EUR", "published:2022-10-03"},
        {"d", "Northwind Analytics", "", "", "100000", "EUR", "published:2023-01-04"}},
       {0, 0, 1, 2}},
      {"one document never gives two sources to one event",
       {{"a", "Northwind Analytics", "", "", "100000", "EUR", "2022"},
        {"a", "", "", "", "100000", "EUR", "2022"},
        {"b", "Northwind Analytics", "", "", "100000", "EUR", "2022"}},
       {0, 1, 0}},
      {"a fine that leaves slots empty joins the event it agrees with, and no event of other kind",
       {{"a", "Northwind Analytics", "Data Office", "FR", "100000", "EUR", "2022-10-17"},
        {"b", "", "", "", "100000", "EUR", ""},
        {"c", "Northwind Analytics", "Data Office", "FR", "100000", "EUR", "2022-10-17", 0.9,
         "periodic_penalty"}},
       {0, 0, 1}},
      {"a fine joins only an event whose every fine it agrees with",
       {{"a", "Northwind Analytics", "", "", "100000", "EUR", "2022-10-17"},
        {"b", "", "Data Office", "FR", "100000", "EUR", "2022-10"},
        {"c", "Northwind Analytics", "Garante", "IT", "100000", "EUR", "2022"}},
       {0, 0, 1}},
  };
  for (const Case& c : cases) {
    const std::string what = c.what;
    CAPTURE(what);
    const std::vector<finex::Result> results = results_of(c.fines);
    const std::vector<finex::Event> events = finex::aggregate(results);
    auto shown = [](const std::vector<int>& v) {
      std::string out;
      for (const int e : v) out += std::to_string(e) + " ";
      return out;
    };
    CHECK(shown(grouping(events, results)) == shown(c.events));
    for (const finex::Event& e : events) {
      CHECK(!e.sources.empty());
      std::vector<std::string> documents;
      for (const auto& s : e.sources) documents.push_back(s.document);
      CHECK(std::adjacent_find(documents.begin(), documents.end()) == documents.end());
    }
  }
}

TEST_CASE("aggregate: the chosen values are the most frequent, then the most confident") {
  const std::vector<finex::Result> results = results_of({
      {"a", "Northwind Analytics Inc.", "Data Office", "FR", "20000000", "EUR", "2022", 0.6},
      {"b", "Northwind", "Data Office", "FR", "20050000", "EUR", "published:2022-10-20", 0.95},
      {"c", "Northwind Analytics Inc.", "", "FR", "20000000", "EUR", "2022-10-17", 0.7},
      {"d", "Northwind", "Data Office", "FR", "20050000", "EUR", "2022-10", 0.5},
  });
  const std::vector<finex::Event> events = finex::aggregate(results);
  REQUIRE(events.size() == 1);
  const finex::Event& e = events[0];
  CHECK(e.sources.size() == 4);
  // Two and two: the more confident wins.
  CHECK(e.entity == "Northwind");
  CHECK(e.amount->to_string() == "20050000");
  CHECK(e.authority_name == "Data Office");
  CHECK(e.country == "FR");
  CHECK(e.date == "2022-10-17");
  CHECK(finex::to_json(e) ==
        R"({"kind":"fine","entity":"Northwind","authority":{"text":"Data Office","name":"Data Office","country":"FR"},)"
        R"("amount":{"value":20050000,"currency":"EUR"},"date":"2022-10-17","source_count":4,"sources":[)"
        R"({"document":"a","fine":0,"confidence":0.6},{"document":"b","fine":0,"confidence":0.95},)"
        R"({"document":"c","fine":0,"confidence":0.7},{"document":"d","fine":0,"confidence":0.5}]})");
}

TEST_CASE("aggregate: records read back from JSON give the results written") {
  const finex::Extractor extractor;
  const finex::Result written = extractor.extract(
      "The regulator fined Northwind Ltd £3.25 million on 4 March 2024. It must pay €1,500 a day.",
      {.id = "a/b.txt", .published = "2024-03-05", .language = "en"});
  REQUIRE(written.fines.size() == 2);
  std::string error;
  const std::optional<finex::Result> read = finex::result_from_json(finex::to_json(written), &error);
  REQUIRE(read);
  CHECK(finex::to_json(*read) == finex::to_json(written));
  CHECK_FALSE(finex::result_from_json("{\"fines\": []}", &error));
  CHECK(error == "no \"document\"");
  CHECK_FALSE(finex::result_from_json("not json", &error));
  CHECK_FALSE(finex::result_from_json(R"({"document":"x","fines":[{"kind":"penalty"}]})", &error));
  CHECK(error == "unknown kind 'penalty'");
}

TEST_CASE("aggregate: the bundled articles report the CNIL's fine once, the Italian and Greek ones apart") {
  namespace fs = std::filesystem;
  const finex::Extractor extractor;
  std::vector<finex::Result> results;
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(std::string(FINEX_CORPUS_DIR) + "/seeds"))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  for (const fs::path& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    results.push_back(extractor.extract(text.str(), {.id = path.filename().string(), .published = "", .language = ""}));
  }
  const std::vector<finex::Event> events = finex::aggregate(results);
  std::map<std::string, const finex::Event*> twenty_million;  // by country
  for (const finex::Event& e : events)
    if (e.amount && e.amount->to_string() == "20000000" && e.currency == "EUR" && e.kind == finex::FineKind::fine) {
      CHECK(twenty_million.count(e.country) == 0);
      twenty_million[e.country] = &e;
    }
  REQUIRE(twenty_million.count("FR") == 1);
  REQUIRE(twenty_million.count("IT") == 1);
  REQUIRE(twenty_million.count("GR") == 1);
  const finex::Event& cnil = *twenty_million["FR"];
  CHECK(cnil.entity == "Clearview AI");
  CHECK(cnil.date == "2022-10-17");
  // Every article that reports the CNIL's fine of 20 million euros is one of its sources.
  std::vector<std::string> reporting;
  for (const finex::Result& r : results)
    for (const finex::Fine& f : r.fines)
      if (f.amount && f.amount->value.to_string() == "20000000" && f.authority && f.authority->country == "FR")
        reporting.push_back(r.document);
  CHECK(reporting.size() >= 3);
  std::vector<std::string> sources;
  for (const finex::EventSource& s : cnil.sources) sources.push_back(s.document);
  CHECK(sources == reporting);
  CHECK(twenty_million["IT"]->sources.size() >= 2);
  CHECK(twenty_million["GR"]->sources.size() >= 2);
  // Every fine is in exactly one event.
  std::size_t fines = 0, sourced = 0;
  for (const finex::Result& r : results) fines += r.fines.size();
  for (const finex::Event& e : events) sourced += e.sources.size();
  CHECK(sourced == fines);
  CHECK(events.size() < fines);
}
