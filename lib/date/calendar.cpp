#include "date/calendar.h"

#include <cstdio>

namespace finex::calendar {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the whole proleptic calendar.
long days_from_civil(int year, int month, int day) {
  const long y = static_cast<long>(year) - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(long days) {
  const long z = days + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : lengths[month - 1];
}

bool is_valid(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

int iso_weekday(int year, int month, int day) {
  const long days = days_from_civil(year, month, day);
  // 1970-01-01 was a Thursday (4).
  const long w = ((days % 7) + 7 + 3) % 7;
  return static_cast<int>(w) + 1;
}

CivilDate add_days(CivilDate date, long days) {
  return civil_from_days(days_from_civil(date.year, date.month, date.day) + days);
}

CivilDate add_months(CivilDate date, int months) {
  const int index = date.year * 12 + (date.month - 1) + months;
  CivilDate out{index / 12, index % 12 + 1, date.day};
  const int last = days_in_month(out.year, out.month);
  if (out.day > last) out.day = last;
  return out;
}

std::string iso_year(int year) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

std::string iso_month(int year, int month) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string iso_day(int year, int month, int day) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string month_of_week(const CivilDate& date) {
  const CivilDate thursday = add_days(date, 4 - iso_weekday(date.year, date.month, date.day));
  return iso_month(thursday.year, thursday.month);
}

std::string iso_quarter(int year, int quarter) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-Q%d", year, quarter);
  return buf;
}

namespace {
bool read_digits(std::string_view text, std::size_t pos, std::size_t count, int& out) {
  if (pos + count > text.size()) return false;
  out = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}
}  // namespace

PartialDate parse_iso(std::string_view text) {
  PartialDate out;
  int year = 0, month = 0, day = 0;
  if (!read_digits(text, 0, 4, year)) return out;
  if (text.size() == 4) return {{year, 0, 0}, 1};
  if (text.size() < 7 || text[4] != '-' || !read_digits(text, 5, 2, month) || month < 1 ||
      month > 12)
    return out;
  if (text.size() == 7) return {{year, month, 0}, 2};
  if (text.size() < 10 || text[7] != '-' || !read_digits(text, 8, 2, day) ||
      !is_valid(year, month, day))
    return out;
  // Accept a time after the date ("2022-10-20T08:00:00Z") but ignore it.
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return out;
  return {{year, month, day}, 3};
}

}  // namespace finex::calendar
