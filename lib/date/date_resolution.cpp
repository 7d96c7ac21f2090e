#include "date/date_resolution.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

#include "date/date_context.h"

namespace finex::dates {

namespace {

using calendar::CivilDate;
using calendar::PartialDate;

// The date relative expressions count from: the caller's reference date, or, when there is
// none, a date the text pins down itself (see resolve()).
struct Anchor {
  PartialDate date;
  DateResolution resolution = DateResolution::reference;
  bool known() const { return date.precision > 0; }
};

// The year of a yearless month (and day) seen from the anchor. With no modifier, a month after
// the anchor's month is taken as last year's: news reports what happened.
int year_against(const PartialDate& a, int month, int day, int direction) {
  const int y = a.date.year;
  if (direction == kLastYear) return y - 1;
  if (a.precision < 2) return y;
  const int anchor_key = a.date.month * 100 + (a.precision >= 3 ? a.date.day : 0);
  const int key = month * 100 + day;
  switch (direction) {
    case -1:
      return (day == 0 ? month < a.date.month : key < anchor_key) ? y : y - 1;
    case 1:
      return (day == 0 ? month > a.date.month : key > anchor_key) ? y : y + 1;
    case 0:
      return y;
    default:
      return month > a.date.month ? y - 1 : y;
  }
}

std::string degrade(const PartialDate& a) {
  return a.precision >= 2 ? calendar::iso_month(a.date.year, a.date.month)
                          : calendar::iso_year(a.date.year);
}

std::string weekday_value(const PartialDate& a, int weekday, int direction) {
  if (direction == kLastYear) direction = -1;
  if (a.precision < 3) return degrade(a);
  const int today = calendar::iso_weekday(a.date.year, a.date.month, a.date.day);
  long shift = 0;
  if (direction == 0) {
    shift = weekday - today;  // the same week
  } else if (direction == 1) {
    shift = (weekday - today + 7) % 7;
    if (shift == 0) shift = 7;
  } else {
    shift = -((today - weekday + 7) % 7);
    if (shift == 0 && direction == -1) shift = -7;
  }
  const CivilDate d = calendar::add_days(a.date, shift);
  return calendar::iso_day(d.year, d.month, d.day);
}

std::string relative_value(const PartialDate& a, TimeUnit unit, int offset) {
  switch (unit) {
    case TimeUnit::day: {
      if (a.precision < 3) return degrade(a);
      const CivilDate d = calendar::add_days(a.date, offset);
      return calendar::iso_day(d.year, d.month, d.day);
    }
    case TimeUnit::week:
      // A week is given as its month: the values are days, months and years, which sort and
      // compare with one another ("last week" in an article of 27 October is October).
      if (a.precision < 3) return degrade(a);
      return calendar::month_of_week(calendar::add_days(a.date, 7L * offset));
    case TimeUnit::month: {
      if (a.precision < 2) return calendar::iso_year(a.date.year);
      const CivilDate d = calendar::add_months({a.date.year, a.date.month, 1}, offset);
      return calendar::iso_month(d.year, d.month);
    }
    case TimeUnit::year:
      return calendar::iso_year(a.date.year + offset);
  }
  return {};
}

int season_year(const PartialDate& a, int season, int direction) {
  static constexpr int first_month[] = {3, 6, 9, 12};
  static constexpr int last_month[] = {5, 8, 11, 14};  // winter ends in February of the next year
  const int y = a.date.year;
  if (direction == kLastYear) return y - 1;
  if (a.precision < 2) return y;
  if (direction == -1) return a.date.month > last_month[season] ? y : y - 1;
  if (direction == 1) return a.date.month < first_month[season] ? y : y + 1;
  // With no modifier, as for a month: a season that has not begun by the anchor is last year's
  // (news reports what happened).
  if (direction != 0 && a.date.month < first_month[season]) return y - 1;
  return y;
}

int quarter_year(const PartialDate& a, int quarter, int direction) {
  const int y = a.date.year;
  if (direction == kLastYear) return y - 1;
  if (a.precision < 2) return y;
  const int current = (a.date.month - 1) / 3 + 1;
  if (direction == -1) return quarter < current ? y : y - 1;
  if (direction == 1) return quarter > current ? y : y + 1;
  if (direction == 0) return y;
  return quarter > current ? y - 1 : y;
}

std::string unknown_year_day(int month, int day) {
  std::string value = calendar::iso_day(2000, month, day);
  value.replace(0, 4, "XXXX");
  return value;
}

std::string unknown_year_month(int month) {
  std::string value = calendar::iso_month(2000, month);
  value.replace(0, 4, "XXXX");
  return value;
}

// "six months after October 17, 2022": the anchor's value shifted. The value is only as sure
// as its anchor; an explicit anchor makes it a context date, since the offset is written but
// the date is not.
void resolve_anchored(const std::vector<RawDate>& raws, std::vector<DateMention>& mentions) {
  for (std::size_t i = 0; i < raws.size(); ++i) {
    const RawDate& r = raws[i];
    if (r.kind != RawKind::anchored || !mentions[i].value.empty()) continue;
    for (std::size_t j = i + 1; j < raws.size() && raws[j].span.begin <= r.anchor; ++j) {
      if (raws[j].span.begin != r.anchor || mentions[j].value.empty()) continue;
      const DateMention& anchor = mentions[j];
      if (anchor.resolution == DateResolution::unresolved) break;
      mentions[i].value = shifted_value(anchor.value, r.unit, r.offset);
      mentions[i].resolution = anchor.resolution == DateResolution::explicit_date
                                   ? DateResolution::context
                                   : anchor.resolution;
      break;
    }
  }
}

// "On the same day, it fined ...", "le même jour": the last day written in full before it,
// shifted. "The following year" ("l'année suivante", "l'anno successivo") needs only the last
// year named before it ("In 2022 ... reduced the following year": 2023), "the following month"
// the last month. Left undecided (and so out) when the text names no such date before it.
void resolve_anaphoric(const std::vector<RawDate>& raws, std::vector<DateMention>& mentions) {
  // The last settled mention named to at least a year, a month and a day.
  const DateMention* last[3] = {nullptr, nullptr, nullptr};
  for (std::size_t i = 0; i < raws.size(); ++i) {
    DateMention& m = mentions[i];
    if (raws[i].kind == RawKind::anaphoric && m.value.empty()) {
      const int needed = raws[i].unit == TimeUnit::year    ? 0
                         : raws[i].unit == TimeUnit::month ? 1
                                                           : 2;
      if (const DateMention* anchor = last[needed]) {
        m.value = shifted_value(anchor->value, raws[i].unit, raws[i].offset);
        m.resolution = anchor->resolution == DateResolution::explicit_date ? DateResolution::context
                                                                           : anchor->resolution;
      }
    }
    if (m.value.empty() || m.value.find('X') != std::string::npos ||
        m.resolution == DateResolution::unresolved)
      continue;
    // "2023", "2023-04", "2023-04-13"; a quarter ("2023-Q2") or a week is a year.
    const bool month = m.value.size() >= 7 && m.value[4] == '-' && m.value[5] >= '0' &&
                       m.value[5] <= '9' && !m.week;
    if (m.value.size() >= 4) last[0] = &m;
    if (month) last[1] = &m;
    if (m.value.size() == 10) last[2] = &m;
  }
}

// How many mentions away a same-month date may stand: bounds the cost of a run-on "sentence"
// that lists hundreds of dates.
constexpr std::size_t kSameMonthReach = 32;

// "adopted on April 13, six months after October 17, 2022": the year of the nearest settled
// date of the same month in the same sentence, or 0. `sentence[i]` numbers the sentence of
// raws[i].
int same_month_year(const std::vector<RawDate>& raws, const std::vector<DateMention>& mentions,
                    const std::vector<bool>& settled, const std::vector<std::size_t>& sentence,
                    std::size_t index) {
  const auto year_of = [&](std::size_t j) {
    int year = 0, month = 0;
    const bool same = settled[j] && mentions[j].resolution != DateResolution::unresolved &&
                      year_and_month(mentions[j].value, year, month) && month == raws[index].month;
    return same ? year : 0;
  };
  // Outwards, one step each way, so the first found is the nearest in mentions.
  for (std::size_t step = 1; step <= kSameMonthReach; ++step) {
    bool inside = false;
    if (index >= step && sentence[index - step] == sentence[index]) {
      inside = true;
      if (const int year = year_of(index - step)) return year;
    }
    if (index + step < raws.size() && sentence[index + step] == sentence[index]) {
      inside = true;
      if (const int year = year_of(index + step)) return year;
    }
    if (!inside) break;
  }
  return 0;
}

}  // namespace

int year_from_weekday(int month, int day, int weekday, const std::vector<int>& anchor_years) {
  int best = 0, best_distance = 11;
  for (int anchor : anchor_years) {
    for (int y = anchor - 10; y <= anchor + 10; ++y) {
      if (!calendar::is_valid(y, month, day) || calendar::iso_weekday(y, month, day) != weekday)
        continue;
      int distance = 11;
      for (int other : anchor_years) distance = std::min(distance, std::abs(y - other));
      if (distance < best_distance || (distance == best_distance && y > best)) {
        best = y;
        best_distance = distance;
      }
    }
  }
  return best;
}

std::vector<DateMention> resolve(std::string_view text, const std::vector<RawDate>& raws,
                                 const PartialDate& reference) {
  std::vector<int> text_years;
  for (const RawDate& r : raws)
    if (r.year != 0) text_years.push_back(r.year);
  // Each year once: the weekday search is quadratic in the years it is given, and a long text
  // names the same few years thousands of times.
  std::sort(text_years.begin(), text_years.end());
  text_years.erase(std::unique(text_years.begin(), text_years.end()), text_years.end());

  // A weekday names one year among the few near the reference date, or else near the years the
  // article mentions.
  std::vector<int> weekday_years(raws.size(), 0);
  for (std::size_t i = 0; i < raws.size(); ++i) {
    const RawDate& r = raws[i];
    if (r.kind != RawKind::day_date || r.year != 0 || r.weekday == 0) continue;
    const std::vector<int> anchors =
        reference.precision > 0
            ? std::vector<int>{year_against(reference, r.month, r.day, r.direction)}
            : text_years;
    weekday_years[i] = year_from_weekday(r.month, r.day, r.weekday, anchors);
  }

  Anchor anchor{reference, DateResolution::reference};
  if (!anchor.known()) {
    // Without a reference, a weekday-dated day ("decided on Monday, October 17") is recent news:
    // relative expressions count from the first one.
    for (std::size_t i = 0; i < raws.size(); ++i)
      if (weekday_years[i] != 0) {
        anchor = {{{weekday_years[i], raws[i].month, raws[i].day}, 3}, DateResolution::context};
        break;
      }
  }

  // "entre mai et juillet 2019", "from May to July 2022": the first of a pair takes the year of
  // the second when only a short joining word stands between them.
  std::vector<int> paired_year(raws.size(), 0);
  for (std::size_t i = 0; i + 1 < raws.size(); ++i) {
    const RawDate& r = raws[i];
    const RawDate& next = raws[i + 1];
    if (r.year == 0 && (r.kind == RawKind::month || r.kind == RawKind::day_date) && next.year != 0 &&
        (next.kind == RawKind::month_year || next.kind == RawKind::day_date) &&
        next.span.begin >= r.span.end && next.span.begin - r.span.end <= 8)
      paired_year[i] = next.year;
  }

  // "between 2015 and 2021", "entre 2014 e 2020": the years of a span of time date the conduct
  // a story reports, not the story; a yearless month after them is not placed by them.
  std::vector<bool> in_span(raws.size(), false);
  for (std::size_t i = 0; i + 1 < raws.size(); ++i) {
    const RawDate& r = raws[i];
    const RawDate& next = raws[i + 1];
    if (r.year == 0 || next.year == 0 || next.span.begin < r.span.end) continue;
    if (joins_period(text.substr(r.span.end, next.span.begin - r.span.end))) in_span[i] = in_span[i + 1] = true;
  }

  // Parallel to `raws`. An empty value is not decided yet; it is left out if it stays so.
  std::vector<DateMention> mentions(raws.size());
  // A yearless day or month that only the text's other dates can place.
  std::vector<bool> needs_context(raws.size(), false);
  std::vector<int> preceding_year(raws.size(), 0);  // the last year written before it
  // The last year of a date written with its month: the time line of the text. A year alone
  // ("fined in 2021") often dates background instead.
  std::vector<int> preceding_dated_year(raws.size(), 0);
  // The last year a noun names ("im Jahr 2018"): the year the text is about, more than a bare
  // year written to compare ("2016 waren es 125 Millionen").
  std::vector<int> preceding_named_year(raws.size(), 0);
  // The latest day written in full before it: where the story has got to. A paragraph that goes
  // back to an earlier year for background does not take a later yearless month with it.
  std::vector<calendar::PartialDate> preceding_latest_day(raws.size());
  calendar::PartialDate latest_day;
  int last_year = 0, last_dated_year = 0, last_named_year = 0;
  for (std::size_t i = 0; i < raws.size(); ++i) {
    const RawDate& r = raws[i];
    preceding_latest_day[i] = latest_day;
    if (r.year != 0 && r.kind == RawKind::day_date && r.direction == kNoDirection &&
        (latest_day.precision == 0 ||
         std::tie(r.year, r.month, r.day) > std::tie(latest_day.date.year, latest_day.date.month, latest_day.date.day)))
      latest_day = {{r.year, r.month, r.day}, 3};
    preceding_year[i] = last_year;
    preceding_dated_year[i] = last_dated_year;
    preceding_named_year[i] = last_named_year;
    if (r.year != 0 && !in_span[i]) {
      if (r.kind == RawKind::year && r.year_word) last_named_year = r.year;
      last_year = r.year;
      if (r.kind == RawKind::day_date || r.kind == RawKind::month_year) last_dated_year = r.year;
    }
    DateMention& m = mentions[i];
    m.span = r.span;
    m.year_word = r.year_word;
    m.resolution = r.year != 0 ? DateResolution::explicit_date : anchor.resolution;
    switch (r.kind) {
      case RawKind::day_date: {
        int year = r.year;
        if (year == 0 && paired_year[i] != 0) {
          year = paired_year[i];
          m.resolution = DateResolution::context;
        } else if (year == 0 && weekday_years[i] != 0) {
          year = weekday_years[i];
          m.resolution = DateResolution::weekday;
        } else if (year == 0 && anchor.known()) {
          year = year_against(anchor.date, r.month, r.day, r.direction);
        }
        // "el pasado 29 de abril" with no day of publication: the year it counts back from is
        // unknown, not one the text names for something else.
        if (year == 0 && r.direction != kNoDirection) {
          m.value = unknown_year_day(r.month, r.day);
          m.resolution = DateResolution::unresolved;
        } else if (year == 0) {
          needs_context[i] = true;
        } else {
          m.value = calendar::iso_day(year, r.month, r.day);
        }
        break;
      }
      case RawKind::month_year:
        m.value = calendar::iso_month(r.year, r.month);
        break;
      case RawKind::month: {
        int year = paired_year[i];
        if (year != 0) {
          m.resolution = DateResolution::context;
        } else if (anchor.known()) {
          year = year_against(anchor.date, r.month, 0, r.direction);
        }
        if (year != 0) {
          m.value = calendar::iso_month(year, r.month);
        } else if (r.direction == kNoDirection) {
          needs_context[i] = true;
        } else {
          m.value = unknown_year_month(r.month);
          m.resolution = DateResolution::unresolved;
        }
        break;
      }
      case RawKind::weekday:
        if (anchor.known()) m.value = weekday_value(anchor.date, r.weekday, r.direction);
        break;
      case RawKind::relative:
        if (anchor.known()) m.value = relative_value(anchor.date, r.unit, r.offset);
        m.week = r.unit == TimeUnit::week;
        break;
      case RawKind::anchored:
      case RawKind::anaphoric:
        break;  // once its anchor is decided
      case RawKind::season: {
        // A season is reported as its year: ISO 8601 has no season (the one of winter is the
        // year it begins).
        int year = r.year;
        if (year == 0 && anchor.known()) {
          year = season_year(anchor.date, r.season, r.direction);
        } else if (year == 0 && r.direction == kNoDirection && preceding_year[i] != 0) {
          year = preceding_dated_year[i] != 0   ? preceding_dated_year[i]
                 : preceding_named_year[i] != 0 ? preceding_named_year[i]
                                                : preceding_year[i];
          m.resolution = DateResolution::context;
        }
        if (year != 0) m.value = calendar::iso_year(year);
        break;
      }
      case RawKind::quarter: {
        int year = r.year;
        if (year == 0 && anchor.known()) {
          year = quarter_year(anchor.date, r.quarter, r.direction);
        } else if (year == 0 && preceding_year[i] != 0) {
          year = preceding_year[i];
          m.resolution = DateResolution::context;
        }
        if (year == 0) {
          m.value = "XXXX-Q" + std::to_string(r.quarter);
          m.resolution = DateResolution::unresolved;
        } else {
          m.value = calendar::iso_quarter(year, r.quarter);
        }
        break;
      }
      case RawKind::year:
        m.value = calendar::iso_year(r.year);
        break;
    }
  }

  resolve_anchored(raws, mentions);
  // Only dates decided without this rule vouch for a month's year, so the order of the
  // yearless dates does not matter.
  std::vector<std::size_t> sentence(raws.size(), 0);
  for (std::size_t i = 1; i < raws.size(); ++i)
    sentence[i] = sentence[i - 1] + (same_sentence(text, raws[i - 1].span, raws[i].span) ? 0 : 1);
  std::vector<bool> settled(raws.size());
  for (std::size_t i = 0; i < raws.size(); ++i) settled[i] = !mentions[i].value.empty();
  for (std::size_t i = 0; i < raws.size(); ++i) {
    if (!needs_context[i]) continue;
    const RawDate& r = raws[i];
    DateMention& m = mentions[i];
    m.resolution = DateResolution::context;
    int year = same_month_year(raws, mentions, settled, sentence, i);
    if (year == 0) year = preceding_dated_year[i];
    if (year != 0 && preceding_latest_day[i].precision == 3) {
      // "5 czerwca 2024 ... w grudniu 2022 ... W maju": May of the story's latest year.
      const int latest = year_against(preceding_latest_day[i], r.month, r.day, kNoDirection);
      if (latest > year) year = latest;
    }
    // Else the year a noun names as the text's subject ("v první polovině roku 2024 ... v květnu").
    // A year alone places nothing: it mostly dates background ("already in 2022", "since 2022",
    // "not its first fine: in 2023 ..."), and the story told after it is later.
    if (year == 0) year = preceding_named_year[i];
    if (year == 0) {
      m.value = r.kind == RawKind::month ? unknown_year_month(r.month) : unknown_year_day(r.month, r.day);
      m.resolution = DateResolution::unresolved;
    } else {
      m.value = r.kind == RawKind::month ? calendar::iso_month(year, r.month)
                                         : calendar::iso_day(year, r.month, r.day);
    }
  }
  // Offsets whose anchor was placed just above.
  resolve_anchored(raws, mentions);
  resolve_anaphoric(raws, mentions);

  std::vector<DateMention> out;
  out.reserve(raws.size());
  for (DateMention& m : mentions)
    if (!m.value.empty()) out.push_back(std::move(m));
  return out;
}

}  // namespace finex::dates
