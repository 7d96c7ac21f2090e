#pragma once
// Shared by the files that implement DatePattern: where each named group of the alternation is.
#include <map>
#include <string>
#include <string_view>

#include "date/date_pattern.h"

namespace finex::dates {

// Capture-group indices by name; absent names (an alternative this language lacks) read as -1.
struct DatePattern::Groups {
  std::map<std::string, int, std::less<>> index;
  int count = 0;
  int find(std::string_view name) const {
    const auto it = index.find(name);
    return it == index.end() ? -1 : it->second;
  }
};

}  // namespace finex::dates
