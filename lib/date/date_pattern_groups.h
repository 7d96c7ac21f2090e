#pragma once
// Shared by the files that implement DatePattern: where each named group of the alternation is.
#include <array>
#include <string_view>
#include <vector>

#include "date/date_pattern.h"

namespace finex::dates {

// The fixed groups of the alternation (date_regex_source.cpp), by name. decode() asks for them
// by index, fixed at compile time: looking names up for every match cost more than matching.
inline constexpr std::array<std::string_view, 51> kGroupNames = {
    "span", "cue", "iso", "iso_y", "iso_m", "iso_d", "num", "num_a",
    "num_b", "num_y", "num_y4", "dmy", "dmy_pre", "dmy_wd", "dmy_d", "dmy_m",
    "dmy_y", "dmy_post", "mdy", "mdy_wd", "mdy_m", "mdy_d", "mdy_y", "q",
    "q_n", "q_y", "q_y2", "q_n2", "q_pre", "q_p", "q_y3", "my",
    "my_m", "my_y", "sea", "sea_pre", "sea_s", "sea_post", "sea_y", "mon",
    "mon_pre", "mon_m", "mon_post", "wd", "wd_pre", "wd_d", "wd_post", "rel",
    "yr", "yr_w", "yr_y",
};

consteval std::size_t group_id(std::string_view name) {
  for (std::size_t i = 0; i < kGroupNames.size(); ++i)
    if (kGroupNames[i] == name) return i;
  throw "unknown date group";  // a compile error: every name used must be listed above
}

// Capture-group numbers in the compiled pattern; -1 for a group this language's pattern lacks.
struct DatePattern::Groups {
  std::array<int, kGroupNames.size()> fixed;
  // Per template, the groups of the whole template, its number and its unit.
  struct Template {
    int whole = -1, number = -1, unit = -1;
  };
  std::vector<Template> anchored, ago;
  int count = 0;
};

}  // namespace finex::dates
