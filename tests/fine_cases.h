// Fine cases for end-to-end tests through the public API: a text, its language and the fines
// expected in text order, each checked for amount, currency and the slots the case names.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "finex/finex.h"

namespace finex_test {

struct Expected {
  const char* value;     // exact decimal
  const char* currency;
  const char* kind;      // "" when not checked
  const char* entity;    // "" when not checked, "-" when there is none
  const char* country;   // authority country, "" when not checked
  const char* date;      // "" when not checked
};

struct Case {
  const char* language;
  const char* text;
  std::vector<Expected> fines;  // in text order
};

inline const finex::Extractor& extractor() {
  static const finex::Extractor instance;
  return instance;
}

// `published` resolves the cases' relative dates ("" when the text alone must do).
inline void check(const Case& c, const char* published = "") {
  const std::string text = c.text;
  CAPTURE(text);
  const finex::Result r = extractor().extract(c.text, {.id = "t", .published = published, .language = c.language});
  REQUIRE(r.ok());
  CHECK(r.fines.size() == c.fines.size());
  if (r.fines.size() != c.fines.size()) {
    finex::Result shown;
    shown.fines = r.fines;
    MESSAGE(finex::to_json(shown));
    return;
  }
  for (std::size_t i = 0; i < c.fines.size(); ++i) {
    const finex::Fine& f = r.fines[i];
    const Expected& e = c.fines[i];
    CAPTURE(i);
    REQUIRE(f.amount);
    CHECK(f.amount->value.to_string() == e.value);
    CHECK(f.amount->currency == e.currency);
    if (*e.kind) CHECK(std::string(finex::to_string(f.kind)) == e.kind);
    // Offsets point into the input and the text is that exact slice.
    CHECK(std::string_view(c.text).substr(f.amount->span.begin, f.amount->span.size()) == f.amount->text);
    if (std::string_view(e.entity) == "-") CHECK_FALSE(f.entity.has_value());
    else if (*e.entity) CHECK(f.entity.value_or(finex::EntityRef{}).text == std::string(e.entity));
    if (*e.country) CHECK(f.authority.value_or(finex::AuthorityRef{}).country == std::string(e.country));
    if (*e.date) CHECK(f.date.value_or(finex::DateRef{}).value == std::string(e.date));
  }
}

}  // namespace finex_test
