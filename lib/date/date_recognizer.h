#pragma once
// Finds date expressions in normalised text and resolves them to ISO 8601 values, partial where
// the text is partial, using a reference date and the years the text mentions.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "finex/result.h"

#include "language/language_pack.h"

namespace finex {

struct DateMention {
  Span span;          // in the normalised text
  std::string value;  // "2022-10-17", "2022-10", "2022", "XXXX-10-17"
  DateResolution resolution = DateResolution::explicit_date;
  bool year_word = false;  // a year named by a noun before it ("im Jahr 2023", "v roce 2023")
  bool dateline = false;   // the date of the article's dateline: the day it was published
  // One end of a span of time ("between 2017 and 2022", "von 2019 bis 2021", "2018–2020"): a
  // period, such as an infringement's, rather than the day something was decided.
  bool period = false;
  // Later than the reference date: something to come (a hearing, a deadline), not a decision
  // already taken.
  bool future = false;
  // A week ("this week", "letzte Woche"), given as the month that holds it: it says less than
  // its value, and a day named elsewhere may say which.
  bool week = false;
};

class DateRecognizer {
 public:
  // `languages`: empty means every language of `packs` with dates.
  explicit DateRecognizer(const std::vector<std::string>& languages = {},
                          const LanguagePacks& packs = LanguagePacks::compiled());
  ~DateRecognizer();
  bool ok() const;
  const std::string& error() const;

  // What find_reference() found in a text, with what it read on the way that find() needs
  // again for the same text (where the dateline's date starts), so that find() need not read
  // it twice. Valid only as long as the text it was asked of.
  struct ReferenceSearch {
    std::string value;      // as find_reference() returns it
    std::string_view text;  // the text searched
    std::size_t language = 0;  // which of the recognizer's languages searched it
    bool dateline_read = false;
    std::optional<std::size_t> dateline;  // where the dateline's date starts, when read
  };

  // `reference`: ISO date ("2022-10-20") that relative expressions resolve against; may be empty.
  // Mentions come in text order and never overlap. An offset counted from a written date
  // ("six months after October 17, 2022") gives two: the offset with its connecting words
  // ("six months after" = "2023-04", at the unit's precision, resolution context, or the
  // anchor's own when that came from the reference or a weekday) and the anchor date itself.
  // `search`: what find_reference_search() found in the same text and language, or null.
  std::vector<DateMention> find(std::string_view text, std::string_view language,
                                std::string_view reference, const ReferenceSearch* search = nullptr) const;

  // A publication date the text states itself (a dateline, "Published 2023-04-13"), as an ISO
  // value, or empty.
  std::string find_reference(std::string_view text, std::string_view language) const;
  // The same, with what find() may take from the search.
  ReferenceSearch find_reference_search(std::string_view text, std::string_view language) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace finex
