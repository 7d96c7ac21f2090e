#pragma once
// An exact decimal number: value = mantissa × 10^exponent. Amounts of money are kept this way so
// that "30.5 million" is exactly 30500000 and never 30499999.99.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace finex {

struct Decimal {
  std::int64_t mantissa = 0;
  int exponent = 0;

  // Parses plain decimal digits with an optional '.' ("30.5", "1200"). No grouping, no sign.
  static std::optional<Decimal> parse(std::string_view digits);

  // Multiplies by 10^power (scale words: million = 6). Returns nullopt on overflow.
  std::optional<Decimal> scaled(int power) const;
  // Multiplies by a whole number (spelled-out counts: "twenty million"). nullopt on overflow.
  std::optional<Decimal> times(std::int64_t factor) const;
  std::optional<Decimal> plus(const Decimal& other) const;

  // Removes trailing zeros from the mantissa: 30500000e0 and 305e5 normalise alike.
  Decimal normalized() const;
  bool is_integer() const;
  // The integer value when it fits in int64.
  std::optional<std::int64_t> to_integer() const;
  double to_double() const;
  // Plain decimal notation, no exponent: "30500000", "1234567.89".
  std::string to_string() const;

  friend bool operator==(const Decimal& a, const Decimal& b);
  friend std::partial_ordering operator<=>(const Decimal& a, const Decimal& b);
};

}  // namespace finex
