#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "finex/decimal.h"

using finex::Decimal;

TEST_CASE("decimal parsing and scaling are exact") {
  struct Case { const char* digits; int power; const char* expected; };
  const Case cases[] = {
      {"30.5", 6, "30500000"},  {"8.85", 6, "8850000"},     {"1.2", 9, "1200000000"},
      {"1.128", 9, "1128000000"}, {"1234567.89", 0, "1234567.89"}, {"0.5", 6, "500000"},
      {"107.8", 6, "107800000"}, {"29.75", 6, "29750000"},   {"020", 0, "20"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.digits);
    auto d = Decimal::parse(c.digits);
    REQUIRE(d);
    auto s = d->scaled(c.power);
    REQUIRE(s);
    CHECK(s->to_string() == c.expected);
  }
}

TEST_CASE("decimal integers, arithmetic and rejects") {
  CHECK(Decimal::parse("30.5")->scaled(6)->to_integer() == 30500000);
  CHECK(Decimal::parse("1234.5")->to_integer() == std::nullopt);
  CHECK(Decimal::parse("1")->scaled(6)->plus(*Decimal::parse("800000"))->to_string() == "1800000");
  CHECK(Decimal::parse("20")->times(1000000)->to_string() == "20000000");
  CHECK(*Decimal::parse("20.0") == *Decimal::parse("20"));
  CHECK(*Decimal::parse("2.5") < *Decimal::parse("10"));
  CHECK_FALSE(Decimal::parse(""));
  CHECK_FALSE(Decimal::parse("1.2.3"));
  CHECK_FALSE(Decimal::parse("12a"));
  CHECK_FALSE(Decimal::parse("99999999999999999999"));
  CHECK(Decimal::parse("0.05")->to_string() == "0.05");
}

TEST_CASE("decimal to double is the correctly rounded value of its text") {
  // Mantissas near the exact limit of a double and exponents on both sides of the fast path.
  const std::int64_t mantissas[] = {0, 1, -1, 7, 12345, -99999, 30500000, 123456789012345,
                                    (std::int64_t{1} << 53) - 1, std::int64_t{1} << 53,
                                    (std::int64_t{1} << 53) + 1, -(std::int64_t{1} << 53) - 3,
                                    999999999999999999, INT64_MAX, INT64_MIN + 1};
  for (const std::int64_t m : mantissas)
    for (int e = -30; e <= 30; ++e) {
      const finex::Decimal d{m, e};
      CAPTURE(m);
      CAPTURE(e);
      CHECK(d.to_double() == std::stod(d.to_string()));
    }
}
