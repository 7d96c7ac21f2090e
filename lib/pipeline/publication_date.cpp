#include <cctype>

#include "date/calendar.h"
#include "finex/options.h"

namespace finex {

std::optional<std::string> publication_date(std::string_view text) {
  // A year or a month alone is no day against which "on Monday" could resolve.
  const calendar::PartialDate date = calendar::parse_iso(text);
  if (date.precision != 3) return std::nullopt;
  // After the date only a time may follow: "T09:30", "T09:30:00Z", " 09:30:00+02:00".
  if (text.size() > 10) {
    const std::string_view time = text.substr(11);
    const auto digit = [&](std::size_t i) {
      return i < time.size() && std::isdigit(static_cast<unsigned char>(time[i]));
    };
    if (!digit(0) || !digit(1) || time.size() < 5 || time[2] != ':' || !digit(3) || !digit(4))
      return std::nullopt;
  }
  return std::string(text.substr(0, 10));
}

}  // namespace finex
