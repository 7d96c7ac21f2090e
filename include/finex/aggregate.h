#pragma once
// One record per real-world fine: the fines that many documents report, grouped into events.
// A fine reported by twenty articles is one event with twenty sources.
//
//   std::vector<finex::Result> results = ...;          // extractor.extract(...) of each article
//   for (const finex::Event& e : finex::aggregate(results)) std::cout << finex::to_json(e) << '\n';
//
// Two fines are one event when nothing they say disagrees: the same kind and currency, amounts
// within 0.5% of each other, parties that name the same organisation (case, legal form and
// case endings aside: "Clearview AI Inc." and "Clearview AI", "TikToku" and "TikTok Ltd"), the
// same authority (its canonical name, or its country when one side names only the country),
// and compatible dates ("2022", "2022-10" and "2022-10-17" agree; "2021" and "2022" do not; a
// fine dated only by its article's publication happened on or before it, in that year). A slot
// one side leaves empty agrees with anything, but a fine joins an event only when it agrees
// with every fine already in it, and one document never gives two sources to one event.
//
// THREAD SAFETY: aggregate() is a pure function of its input. COST: about the number of fines
// times the number of events of the same kind and currency; a second for tens of thousands.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "finex/decimal.h"
#include "finex/result.h"

namespace finex {

struct EventSource {
  std::string document;  // Result::document
  std::size_t fine = 0;  // index into that result's fines
  double confidence = 0.0;
};

// The values of an event are chosen among its sources' (the most frequent, then the most
// confident); the date is the earliest of the most precise ones.
struct Event {
  FineKind kind = FineKind::fine;
  std::string entity;          // the party as one source writes it; empty when none names it
  std::string authority;       // as one source writes it; empty when none does
  std::string authority_name;  // canonical name; empty when unknown
  std::string country;         // ISO 3166-1 alpha-2, "EU"; empty when unknown
  std::optional<Decimal> amount;
  std::string currency;
  std::string date;  // ISO 8601, partial allowed; empty when no source dates the fine
  std::vector<EventSource> sources;  // in input order, at most one per document
};

// Groups the fines of `results` into events, in the order of each event's first source.
// Results with an error have no fines and are skipped.
std::vector<Event> aggregate(std::span<const Result> results);

// One event as one JSON object:
//   {"kind", "entity", "authority": {"text", "name", "country"}, "amount": {"value", "currency"},
//    "date", "source_count", "sources": [{"document", "fine", "confidence"}]}
std::string to_json(const Event& event);

}  // namespace finex
