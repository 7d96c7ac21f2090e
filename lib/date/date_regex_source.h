#pragma once
// Writes the RE2 source of a language's date alternation. Each alternative owns named groups
// ("dmy_d", "my_y", ...) that DatePattern reads back after a match.
#include <string>

#include "date/date_vocabulary.h"

namespace finex::dates {

// Group names of the i-th "ago" template: ago<i>, ago<i>_n, ago<i>_u.
std::string ago_group(std::size_t template_index, const char* suffix);
// Group names of the i-th anchored template ("{n} {unit} after"): anc<i>, anc<i>_n, anc<i>_u.
std::string anchored_group(std::size_t template_index, const char* suffix);

std::string build_date_regex(const DateVocabulary& vocabulary);

}  // namespace finex::dates
