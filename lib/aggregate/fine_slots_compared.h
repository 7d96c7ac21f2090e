#pragma once
// What two fines of different articles must agree on to be one real-world fine, slot by slot:
// each slot is read once into a form that compares cheaply (a name's words without case and
// legal form, a date's parts), and an empty slot agrees with anything.
#include <optional>
#include <string>
#include <vector>

#include "finex/result.h"

namespace finex::aggregation {

// A party's name as words: case folded, punctuation dropped, a case ending after a colon
// dropped ("Oyj:lle"), and the legal forms that end it removed ("Clearview AI Inc." is
// "clearview ai").
std::vector<std::string> organisation_words(std::string_view name);
// The same organisation: word by word over the shorter name, each pair equal or the same stem
// with a short case ending ("tiktoku" / "tiktok"), so "Clearview" names "Clearview AI" too.
bool same_organisation(const std::vector<std::string>& a, const std::vector<std::string>& b);

// A date as its parts; 0 is unknown. `bound`: the fine is dated only by its article's
// publication, so it happened on that day or before, in that year.
struct DateParts {
  int year = 0, month = 0, day = 0;
  bool bound = false;
  int precision() const { return (year > 0) + (month > 0) + (day > 0); }
};
std::optional<DateParts> date_parts(const std::optional<DateRef>& date);
bool compatible_dates(const std::optional<DateParts>& a, const std::optional<DateParts>& b);

// The same authority: the same canonical name, or the same country when one side has only the
// country; the same words when neither is known to the gazetteer.
bool same_authority(const AuthorityRef& a, const AuthorityRef& b);

// Amounts within `tolerance` of the larger one (0.005: half a percent).
bool close_amounts(double a, double b, double tolerance);

}  // namespace finex::aggregation
