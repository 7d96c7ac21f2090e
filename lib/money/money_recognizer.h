#pragma once
// Finds amounts of money in normalised text and resolves each to an exact value and an ISO 4217
// currency. A bare number is money only with a currency in evidence: a symbol or code ("€20m",
// "CHF 1,2 Mio."), a currency word ("20 millions d'euros"), or, for a number with a scale word
// and no currency ("331 millions à ..."), the currency of the nearest amount that writes one in
// the same or the previous sentence (or the document's only currency), see mention_links.h.
// Words, scales and formats come from lib/data/<lang>/money_*.tsv and lib/data/money_symbols.tsv.
//
// THREAD SAFETY: immutable after construction; find() may be called from many threads at once.
// Cost: one pass over the text's tokens with one hash lookup per word; linear in its length.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "finex/decimal.h"
#include "finex/result.h"
#include "language/language_pack.h"

namespace finex {

enum class Period { none, day, week, month, year };

struct MoneyMention {
  Span span;  // in the normalised text
  Decimal value;
  std::string currency;  // ISO 4217
  Period period = Period::none;  // "100,000 euros per day"
  int equivalent_of = -1;  // index of the mention this one converts: "£7.5m (€8.64m)"
  int range_with = -1;     // index of the other end of a range: "between €10m and €20m"
  bool change_end = false;  // the new amount of a change ("z 3,2 mln zł do 1,9 mln zł"), no maximum
  // With range_with: the two ends bound one amount ("between €10m and €20m", "da 300 a 1.200
  // euro"), rather than list two amounts or change one into the other.
  bool bounds = false;
};

class MoneyRecognizer {
 public:
  // `languages`: empty means every language of `packs` with money data. `packs` must outlive
  // the recogniser.
  explicit MoneyRecognizer(const std::vector<std::string>& languages = {},
                           const LanguagePacks& packs = LanguagePacks::compiled());
  ~MoneyRecognizer();
  bool ok() const;
  const std::string& error() const;

  // Mentions in text order. `language` decides ambiguous number formats ("1.234").
  std::vector<MoneyMention> find(std::string_view text, std::string_view language) const;

 private:
  std::vector<MoneyMention> find_in_piece(std::string_view text, std::string_view language) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace finex
