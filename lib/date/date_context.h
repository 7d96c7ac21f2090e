#pragma once
// Dates decided by other dates of the same text: an offset counted from the date written after
// it ("six months after October 17, 2022"), and a yearless day that shares its month with a
// dated one in the same sentence ("adopted on April 13, six months after October 17, 2022").
// Pure functions, no state.
#include <string>
#include <string_view>

#include "date/date_vocabulary.h"
#include "finex/result.h"

namespace finex::dates {

// The ISO value of `anchor_value` shifted by `offset` units, at the precision the unit gives
// (days and weeks: a day, months: a month, years: a year); empty when the anchor is less precise
// than the unit ("six months after 2022" may end in either year) or has no known year.
std::string shifted_value(std::string_view anchor_value, TimeUnit unit, int offset);

// The year and month of an ISO value ("2023-04-13", "2023-04"); false for "2023", "XXXX-04",
// "2023-Q2" and weeks.
bool year_and_month(std::string_view value, int& year, int& month);

// Whether `gap`, the text between two dates, joins them into a span of time: a dash, or one or
// two short words ("and", "bis", "e il", "à") with no digit, comma or full stop.
bool joins_period(std::string_view gap);
// A dash and spaces only: "2018–2020", "1 June - 15 August".
bool dash_only(std::string_view gap);

// Whether `value` lies after `reference` at the precision both share ("2025-07" is after
// "2025-06-30"; "2025" is not after "2025-06-30"); false when either year is unknown.
bool after_reference(std::string_view value, std::string_view reference);

// No sentence ends between the two spans (a full stop, "?" or "!" before a word that is not
// in lower case, or a line break). Errs on the side of a break: "Art. 5" ends a sentence here.
bool same_sentence(std::string_view text, Span first, Span second);

}  // namespace finex::dates
