#pragma once
// Reads a written number ("1,234,567.89", "1.234.567,89", "1 234 567,89", "1'234.50", "30,5")
// as an exact Decimal. The number itself decides when it can ("1.234,5" has both marks, the last
// one is decimal; "1.234.567" repeats the mark, so it groups); only a lone mark followed by
// exactly three digits ("1.234", "1,234") is left to the language's decimal mark.
#include <optional>
#include <string_view>

#include "finex/decimal.h"

namespace finex::money {

// `decimal_mark` is '.' or ','. Returns nullopt for malformed groupings ("17.10.2022", "1,23,4").
std::optional<Decimal> parse_written_number(std::string_view written, char decimal_mark);

}  // namespace finex::money
