#pragma once
// Decides the ISO value of each date expression: the year of "Monday, October 17" from its
// weekday, relative expressions from the reference date, yearless dates from the years the
// text mentions.
#include <string_view>
#include <vector>

#include "date/calendar.h"
#include "date/date_pattern.h"
#include "date/date_recognizer.h"

namespace finex::dates {

// `raws` in text order. Expressions that need a reference date and have none ("yesterday"
// without a reference), and offsets whose anchor has no known year, are left out; a day or
// month whose year cannot be decided keeps it as "XXXX" with resolution unresolved.
// A yearless day or month with no weekday, reference or paired year takes, in order, the year
// of the nearest dated mention of the same month in its sentence, then the last year written
// before it (both resolution context).
// `text` is the one `raws` were read from (sentences bound the same-month rule).
std::vector<DateMention> resolve(std::string_view text, const std::vector<RawDate>& raws,
                                 const calendar::PartialDate& reference);

// The year of a yearless day-month with this weekday nearest to `anchor_years` (within ten
// years of one of them), later year on a tie; 0 when there is no anchor. Its time grows with the
// square of the anchors: give each year once.
int year_from_weekday(int month, int day, int weekday, const std::vector<int>& anchor_years);

}  // namespace finex::dates
