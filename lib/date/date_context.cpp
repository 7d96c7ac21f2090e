#include "date/date_context.h"

#include <algorithm>
#include <utility>

#include "date/calendar.h"

namespace finex::dates {

namespace {

// "2022-Q3" and a season's "2022" still give their year.
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

bool joins_period(std::string_view gap) {
  // " and ", " e il ", " until ", " – ": longer gaps hold more than a joining word.
  constexpr std::size_t kMaxGapBytes = 8;
  constexpr int kMaxWords = 2;
  if (gap.empty() || gap.size() > kMaxGapBytes) return false;
  if (dash_only(gap)) return true;
  if (gap.front() != ' ' || gap.back() != ' ') return false;
  int words = 0;
  bool in_word = false;
  for (char c : gap) {
    if (c == ' ') {
      in_word = false;
      continue;
    }
    if ((c >= '0' && c <= '9') || c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')') return false;
    if (!in_word && ++words > kMaxWords) return false;
    in_word = true;
  }
  return words > 0;
}

bool dash_only(std::string_view gap) {
  for (std::string_view dash : {"-", "\u2013", "\u2014"}) {
    const std::size_t at = gap.find(dash);
    if (at != std::string_view::npos && gap.find_first_not_of(' ', at + dash.size()) == std::string_view::npos &&
        gap.substr(0, at).find_first_not_of(' ') == std::string_view::npos)
      return true;
  }
  return false;
}

bool after_reference(std::string_view value, std::string_view reference) {
  const calendar::PartialDate date = parse_value(value);
  const calendar::PartialDate ref = calendar::parse_iso(reference);
  if (date.precision == 0 || ref.precision == 0) return false;
  const int precision = std::min(date.precision, ref.precision);
  const auto key = [precision](const calendar::CivilDate& d) {
    return d.year * 10000 + (precision >= 2 ? d.month * 100 : 0) + (precision >= 3 ? d.day : 0);
  };
  return key(date.date) > key(ref.date);
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
