#include "date/date_context.h"

#include <utility>

#include "date/calendar.h"

namespace finex::dates {

namespace {

// "2022-Q3", "2022-W42" and a season's "2022" still give their year.
calendar::PartialDate parse_value(std::string_view value) {
  calendar::PartialDate date = calendar::parse_iso(value);
  if (date.precision == 0 && value.size() >= 4) date = calendar::parse_iso(value.substr(0, 4));
  return date;
}

bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

std::string shifted_value(std::string_view anchor_value, TimeUnit unit, int offset) {
  const calendar::PartialDate anchor = parse_value(anchor_value);
  const calendar::CivilDate& a = anchor.date;
  switch (unit) {
    case TimeUnit::day:
    case TimeUnit::week: {
      if (anchor.precision < 3) return {};
      const long days = unit == TimeUnit::week ? 7L * offset : offset;
      const calendar::CivilDate d = calendar::add_days(a, days);
      return calendar::iso_day(d.year, d.month, d.day);
    }
    case TimeUnit::month: {
      if (anchor.precision < 2) return {};
      const calendar::CivilDate d = calendar::add_months({a.year, a.month, 1}, offset);
      return calendar::iso_month(d.year, d.month);
    }
    case TimeUnit::year:
      if (anchor.precision < 1) return {};
      return calendar::iso_year(a.year + offset);
  }
  return {};
}

bool year_and_month(std::string_view value, int& year, int& month) {
  const calendar::PartialDate date = calendar::parse_iso(value);
  if (date.precision < 2) return false;
  year = date.date.year;
  month = date.date.month;
  return true;
}

bool same_sentence(std::string_view text, Span first, Span second) {
  if (second.begin < first.end) std::swap(first, second);
  if (second.begin <= first.end || second.begin > text.size()) return true;
  const std::string_view gap = text.substr(first.end, second.begin - first.end);
  for (std::size_t i = 0; i < gap.size(); ++i) {
    if (gap[i] == '\n') return false;
    if ((gap[i] == '.' || gap[i] == '?' || gap[i] == '!') && i + 1 < gap.size() && gap[i + 1] == ' ') {
      // What follows the space may lie past the gap, at the second date itself.
      const std::size_t next = first.end + i + 2;
      if (next >= text.size() || !is_lower_ascii(text[next])) return false;
    }
  }
  return true;
}

}  // namespace finex::dates
