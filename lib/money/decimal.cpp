#include "finex/decimal.h"

#include <cmath>
#include <limits>

namespace finex {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

bool mul_overflows(std::int64_t a, std::int64_t b, std::int64_t* out) {
  return __builtin_mul_overflow(a, b, out);
}

// Brings both numbers to the smaller exponent so their mantissas can be compared or added.
bool align(Decimal a, Decimal b, std::int64_t* ma, std::int64_t* mb, int* exponent) {
  while (a.exponent > b.exponent) {
    if (mul_overflows(a.mantissa, 10, &a.mantissa)) return false;
    --a.exponent;
  }
  while (b.exponent > a.exponent) {
    if (mul_overflows(b.mantissa, 10, &b.mantissa)) return false;
    --b.exponent;
  }
  *ma = a.mantissa;
  *mb = b.mantissa;
  *exponent = a.exponent;
  return true;
}

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view digits) {
  Decimal d;
  bool seen_point = false, seen_digit = false;
  for (char c : digits) {
    if (c == '.') {
      if (seen_point) return std::nullopt;
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    seen_digit = true;
    if (d.mantissa > (kMax - 9) / 10) return std::nullopt;
    d.mantissa = d.mantissa * 10 + (c - '0');
    if (seen_point) --d.exponent;
  }
  if (!seen_digit) return std::nullopt;
  return d.normalized();
}

std::optional<Decimal> Decimal::scaled(int power) const {
  Decimal d = *this;
  d.exponent += power;
  return d.normalized();
}

std::optional<Decimal> Decimal::times(std::int64_t factor) const {
  Decimal d = *this;
  if (mul_overflows(d.mantissa, factor, &d.mantissa)) return std::nullopt;
  return d.normalized();
}

std::optional<Decimal> Decimal::plus(const Decimal& other) const {
  std::int64_t a, b;
  int e;
  if (!align(*this, other, &a, &b, &e)) return std::nullopt;
  Decimal d;
  if (__builtin_add_overflow(a, b, &d.mantissa)) return std::nullopt;
  d.exponent = e;
  return d.normalized();
}

Decimal Decimal::normalized() const {
  Decimal d = *this;
  if (d.mantissa == 0) return Decimal{};
  while (d.mantissa % 10 == 0) {
    d.mantissa /= 10;
    ++d.exponent;
  }
  return d;
}

bool Decimal::is_integer() const { return normalized().exponent >= 0; }

std::optional<std::int64_t> Decimal::to_integer() const {
  const Decimal d = normalized();
  if (d.exponent < 0) return std::nullopt;
  std::int64_t v = d.mantissa;
  for (int i = 0; i < d.exponent; ++i)
    if (mul_overflows(v, 10, &v)) return std::nullopt;
  return v;
}

double Decimal::to_double() const {
  // A mantissa and a power of ten that are both exact doubles give the correctly rounded value
  // in one multiplication or division (Clinger's fast path, as strtod takes it): most amounts.
  static constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                            1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  constexpr std::int64_t kExactMantissa = std::int64_t{1} << 53;
  const Decimal d = normalized();
  if (d.mantissa >= -kExactMantissa && d.mantissa <= kExactMantissa && d.exponent >= -22 && d.exponent <= 22) {
    const auto m = static_cast<double>(d.mantissa);
    return d.exponent >= 0 ? m * kPowersOfTen[d.exponent] : m / kPowersOfTen[-d.exponent];
  }
  // Otherwise parsing the exact decimal text gives the correctly rounded double.
  return std::stod(to_string());
}

std::string Decimal::to_string() const {
  const Decimal d = normalized();
  std::string digits = std::to_string(d.mantissa < 0 ? -d.mantissa : d.mantissa);
  std::string out = d.mantissa < 0 ? "-" : "";
  if (d.exponent >= 0) return out + digits + std::string(static_cast<std::size_t>(d.exponent), '0');
  const std::size_t frac = static_cast<std::size_t>(-d.exponent);
  if (digits.size() <= frac) digits.insert(0, frac - digits.size() + 1, '0');
  return out + digits.substr(0, digits.size() - frac) + "." + digits.substr(digits.size() - frac);
}

bool operator==(const Decimal& a, const Decimal& b) {
  const Decimal x = a.normalized(), y = b.normalized();
  return x.mantissa == y.mantissa && x.exponent == y.exponent;
}

std::partial_ordering operator<=>(const Decimal& a, const Decimal& b) {
  std::int64_t x, y;
  int e;
  if (align(a, b, &x, &y, &e)) return x <=> y;
  return a.to_double() <=> b.to_double();
}

}  // namespace finex
