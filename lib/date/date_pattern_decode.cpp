// Turns the groups of one match of the date shapes into a RawDate, and rejects readings
// that are not dates after all (day 31 of a 30-day month, "May" the verb, a year in an amount).
#include <utf8proc.h>

#include "text/code_points.h"
#include "date/calendar.h"
#include "date/date_pattern.h"
#include "date/date_shapes.h"

#include <algorithm>
#include <cctype>

namespace finex::dates {

namespace {

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits)
    if (c >= '0' && c <= '9') value = value * 10 + (c - '0');
  return value;
}

std::string trimmed_fold(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return fold_case(text);
}

template <typename T>
bool look_up(const WordMap<T>& map, std::string_view word, T& out) {
  const auto it = map.find(trimmed_fold(word));
  if (it == map.end()) return false;
  out = it->second;
  return true;
}

// Two-digit years: "13.08.19" is 2019, "31.12.98" is 1998.
int full_year(std::string_view digits) {
  const int y = to_int(digits);
  if (digits.size() == 4) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

}  // namespace

bool DatePattern::decode(std::string_view text, const std::vector<GroupSpan>& groups, RawDate& out,
                         bool find_anchor) const {
  // The text of a group; empty for a group the match did not take.
  const auto group = [&](int number) {
    if (number < 0) return std::string_view{};
    const GroupSpan& g = groups[static_cast<std::size_t>(number)];
    return g.begin == std::string_view::npos ? std::string_view{} : text.substr(g.begin, g.end - g.begin);
  };
  const auto get = [&](std::size_t id) { return group(static_cast<int>(id)); };
  const auto span_of = [&](std::string_view piece) {
    const auto begin = static_cast<std::size_t>(piece.data() - text.data());
    return Span{begin, begin + piece.size()};
  };
  const auto direction = [&](std::string_view word) {
    Modifier m;
    return !word.empty() && look_up(vocabulary_.modifiers, word, m) ? m.direction : kNoDirection;
  };
  // A lower-case first letter in any script ("may", "τρίτη").
  const auto starts_lower = [](std::string_view word) {
    if (word.empty()) return false;
    std::size_t length = 0;
    return utf8proc_category(code_point_at(word, 0, length)) == UTF8PROC_CATEGORY_LL;
  };
  const auto month_case_ok = [&](std::string_view month) {
    return !vocabulary_.months_capitalized || !starts_lower(month);
  };
  const auto weekday_case_ok = [&](std::string_view weekday) {
    return !vocabulary_.weekdays_capitalized || !starts_lower(weekday);
  };
  const std::string_view span = get(group_id("span"));
  out.span = span_of(span);
  const bool cued = !get(group_id("cue")).empty();

  if (!get(group_id("iso")).empty()) {
    out.kind = RawKind::day_date;
    out.year = to_int(get(group_id("iso_y")));
    out.month = to_int(get(group_id("iso_m")));
    out.day = to_int(get(group_id("iso_d")));
    return calendar::is_valid(out.year, out.month, out.day);
  }
  if (!get(group_id("num")).empty()) {
    const int a = to_int(get(group_id("num_a"))), b = to_int(get(group_id("num_b")));
    out.kind = RawKind::day_date;
    out.year = full_year(get(group_id("num_y")).empty() ? get(group_id("num_y4")) : get(group_id("num_y")));
    // Day first, unless the second number cannot be a month ("10/17/2022"): an ambiguous
    // "03/04/2022" is read as 3 April even in English.
    const bool month_first = b > 12;
    out.day = month_first ? b : a;
    out.month = month_first ? a : b;
    const std::string_view weekday = get(group_id("num_wd"));
    if (!weekday.empty() && (!weekday_case_ok(weekday) || !look_up(vocabulary_.weekdays, weekday, out.weekday)))
      return false;
    return calendar::is_valid(out.year, out.month, out.day);
  }
  if (!get(group_id("dmy")).empty() || !get(group_id("mdy")).empty()) {
    const bool dmy = !get(group_id("dmy")).empty();
    out.kind = RawKind::day_date;
    out.day = to_int(get(dmy ? group_id("dmy_d") : group_id("mdy_d")));
    if (!month_case_ok(get(dmy ? group_id("dmy_m") : group_id("mdy_m"))) ||
        !look_up(vocabulary_.months, get(dmy ? group_id("dmy_m") : group_id("mdy_m")), out.month))
      return false;
    const std::string_view year = get(dmy ? group_id("dmy_y") : group_id("mdy_y"));
    out.year = year.empty() ? 0 : to_int(year);
    const std::string_view weekday = get(dmy ? group_id("dmy_wd") : group_id("mdy_wd"));
    if (!weekday.empty() && (!weekday_case_ok(weekday) || !look_up(vocabulary_.weekdays, weekday, out.weekday)))
      return false;
    if (dmy) {
      out.direction = direction(get(group_id("dmy_pre")));
      if (out.direction == kNoDirection) out.direction = direction(get(group_id("dmy_post")));
    }
    // February 29 exists in a leap year, so check the day against one when the year is unknown.
    return calendar::is_valid(out.year ? out.year : 2000, out.month, out.day);
  }
  if (!get(group_id("q")).empty()) {
    out.kind = RawKind::quarter;
    if (!get(group_id("q_n")).empty()) {
      out.quarter = to_int(get(group_id("q_n")));
      out.year = to_int(get(group_id("q_y")));
    } else if (!get(group_id("q_n2")).empty()) {
      out.quarter = to_int(get(group_id("q_n2")));
      out.year = to_int(get(group_id("q_y2")));
    } else {
      if (!look_up(vocabulary_.quarters, get(group_id("q_p")), out.quarter)) return false;
      out.year = to_int(get(group_id("q_y3")));
      out.direction = direction(get(group_id("q_pre")));
    }
    return true;
  }
  if (!get(group_id("my")).empty()) {
    out.kind = RawKind::month_year;
    out.year = to_int(get(group_id("my_y")));
    return month_case_ok(get(group_id("my_m"))) && look_up(vocabulary_.months, get(group_id("my_m")), out.month);
  }
  if (!get(group_id("sea")).empty()) {
    out.kind = RawKind::season;
    if (!look_up(vocabulary_.seasons, get(group_id("sea_s")), out.season)) return false;
    out.year = to_int(get(group_id("sea_y")));
    out.direction = direction(get(group_id("sea_pre")));
    if (out.direction == kNoDirection) out.direction = direction(get(group_id("sea_post")));
    // "summer" alone is too often a noun ("summer school"); a season needs a cue, a modifier or
    // a year to be a date.
    return cued || out.year != 0 || out.direction != kNoDirection ||
           vocabulary_.standalone.count(trimmed_fold(get(group_id("sea_s")))) > 0;
  }
  if (!get(group_id("mon")).empty()) {
    out.kind = RawKind::month;
    if (!month_case_ok(get(group_id("mon_m"))) || !look_up(vocabulary_.months, get(group_id("mon_m")), out.month))
      return false;
    out.direction = direction(get(group_id("mon_pre")));
    if (out.direction == kNoDirection) out.direction = direction(get(group_id("mon_post")));
    // A month name alone is a date only after a preposition or with a modifier: English "May"
    // is also a verb, French "mars" a planet. A name that is also a frequent word ("în mai
    // multe cazuri") needs a cue that names the month ("în luna mai").
    if (out.direction != kNoDirection) return true;
    if (!cued) return vocabulary_.standalone.count(trimmed_fold(get(group_id("mon_m")))) > 0;
    const auto& ambiguous = vocabulary_.ambiguous_months;
    if (std::find(ambiguous.begin(), ambiguous.end(), fold_case(get(group_id("mon_m")))) == ambiguous.end())
      return true;
    std::string cue = fold_case(get(group_id("cue")));
    while (!cue.empty() && cue.back() == ' ') cue.pop_back();
    for (const std::string& m : vocabulary_.month_cues)
      if (cue.size() >= m.size() && cue.compare(cue.size() - m.size(), m.size(), m) == 0 &&
          (cue.size() == m.size() || cue[cue.size() - m.size() - 1] == ' '))
        return true;
    return false;
  }
  if (!get(group_id("wd")).empty()) {
    out.kind = RawKind::weekday;
    if (!weekday_case_ok(get(group_id("wd_d"))) || !look_up(vocabulary_.weekdays, get(group_id("wd_d")), out.weekday))
      return false;
    out.direction = direction(get(group_id("wd_pre")));
    if (out.direction == kNoDirection) out.direction = direction(get(group_id("wd_post")));
    // "3 luni după control", "trei luni": a weekday's name that also names a unit of time counts
    // that unit after a number.
    if (TimeUnit unit; out.direction == kNoDirection && look_up(vocabulary_.units, get(group_id("wd_d")), unit)) {
      const std::string_view before = text.substr(0, out.span.begin);
      const std::size_t end = before.find_last_not_of(' ');
      if (end != std::string_view::npos && end + 1 < before.size()) {
        const std::size_t start = before.find_last_of(" \n", end);
        const std::string_view word = before.substr(start == std::string_view::npos ? 0 : start + 1,
                                                    end + 1 - (start == std::string_view::npos ? 0 : start + 1));
        int n = 0;
        if (std::isdigit(static_cast<unsigned char>(word.back())) || look_up(vocabulary_.numbers, word, n)) return false;
      }
    }
    // Abbreviations ("Sat", "Wed") are words too; alone they need a preposition.
    const auto& full = vocabulary_.full_short_weekdays;
    return cued || out.direction != kNoDirection || get(group_id("wd_d")).size() > 4 ||
           std::find(full.begin(), full.end(), fold_case(get(group_id("wd_d")))) != full.end();
  }
  for (std::size_t i = 0; i < vocabulary_.anchored_templates.size(); ++i) {
    if (group(shapes_.anchored()[i].whole).empty()) continue;
    out.kind = RawKind::anchored;
    const std::string_view number = group(shapes_.anchored()[i].number);
    int n = to_int(number);
    if (n == 0 && !look_up(vocabulary_.numbers, number, n)) return false;
    if (!look_up(vocabulary_.units, group(shapes_.anchored()[i].unit), out.unit)) return false;
    out.offset = n * vocabulary_.anchored_templates[i].direction;
    if (!find_anchor) return true;
    // "six months after the decision" counts from no date: only a date written right after
    // the template makes this one.
    const std::size_t end = out.span.end;
    if (end + 1 >= text.size() || text[end] != ' ') return false;
    const std::optional<RawDate> anchor = read_at(text, end + 1, false);
    if (!anchor || anchor->kind == RawKind::relative || anchor->kind == RawKind::anchored)
      return false;
    out.anchor = anchor->span.begin;
    return true;
  }
  for (std::size_t i = 0; i < vocabulary_.ago_templates.size(); ++i) {
    if (group(shapes_.ago()[i].whole).empty()) continue;
    out.kind = RawKind::relative;
    const std::string_view number = group(shapes_.ago()[i].number);
    int n = to_int(number);
    if (n == 0 && !look_up(vocabulary_.numbers, number, n)) return false;
    if (!look_up(vocabulary_.units, group(shapes_.ago()[i].unit), out.unit)) return false;
    out.offset = -n;
    out.direction = -1;
    return true;
  }
  if (!get(group_id("rel")).empty()) {
    out.kind = RawKind::relative;
    RelativePhrase phrase;
    if (!look_up(vocabulary_.phrases, get(group_id("rel")), phrase)) return false;
    if (phrase.anaphoric) out.kind = RawKind::anaphoric;
    out.unit = phrase.unit;
    out.offset = phrase.offset;
    return true;
  }
  if (!get(group_id("yr")).empty()) {
    out.kind = RawKind::year;
    const std::string_view digits = get(group_id("yr_y"));
    out.year = to_int(digits);
    out.span = span_of(get(group_id("yr_y")));
    out.year_word = !get(group_id("yr_w")).empty();
    return plausible_year(text, out.span, cued || !get(group_id("yr_w")).empty());
  }
  return false;
}

}  // namespace finex::dates
