#pragma once
// Proleptic Gregorian calendar arithmetic and ISO 8601 formatting for the date recogniser.
// Pure functions, no state.
#include <string>
#include <string_view>

namespace finex::calendar {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
};

// Days since 1970-01-01 (negative before).
long days_from_civil(int year, int month, int day);
CivilDate civil_from_days(long days);

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid(int year, int month, int day);
// ISO weekday: 1 = Monday ... 7 = Sunday.
int iso_weekday(int year, int month, int day);

CivilDate add_days(CivilDate date, long days);
// Shifts by whole months, keeping the day where the target month allows it.
CivilDate add_months(CivilDate date, int months);

std::string iso_year(int year);                           // "2022"
std::string iso_month(int year, int month);               // "2022-10"
std::string iso_day(int year, int month, int day);        // "2022-10-17"
// The month of the week holding `date`, by its Thursday as ISO 8601 counts weeks: "2022-10".
std::string month_of_week(const CivilDate& date);
std::string iso_quarter(int year, int quarter);           // "2022-Q3"

// An ISO date as the caller gives it: "2022-10-20", "2022-10" or "2022"; precision says how much
// of it is known (0: nothing parsed).
struct PartialDate {
  CivilDate date;
  int precision = 0;  // 0 none, 1 year, 2 month, 3 day
};
PartialDate parse_iso(std::string_view text);

}  // namespace finex::calendar
