#include "money/number_format.h"

#include <algorithm>
#include <array>

namespace finex::money {
namespace {

bool is_mark(char c) { return c == '.' || c == ',' || c == '\'' || c == ' '; }

constexpr std::size_t kDigitsRoom = 40;  // the longest number read, with its decimal point, plus one

bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::optional<Decimal> parse_written_number(std::string_view written, char decimal_mark) {
  // Most numbers are plain digits ("2021", "300"): no marks to read.
  if (written.size() < kDigitsRoom && all_digits(written)) return Decimal::parse(written);
  // "10 000,-" and "500.-": a dash for the decimals, that is, none.
  if (written.size() > 2 && written.back() == '-' && (written[written.size() - 2] == ',' || written[written.size() - 2] == '.'))
    written.remove_suffix(2);
  // "1’240’000": a typeset apostrophe groups as the plain one does.
  std::array<char, 48> plain{};
  if (written.find("\xE2\x80\x99") != std::string_view::npos) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < written.size(); ++i) {
      if (n + 1 >= plain.size()) return std::nullopt;
      if (written.compare(i, 3, "\xE2\x80\x99") == 0) {
        plain[n++] = '\'';
        i += 2;
      } else {
        plain[n++] = written[i];
      }
    }
    written = std::string_view(plain.data(), n);
  }
  // Split into digit groups and the marks between them (at most 8 marks in any sane amount).
  std::array<char, 16> marks{};
  std::array<std::size_t, 17> group_sizes{};
  std::size_t n_marks = 0;
  for (char c : written) {
    if (is_mark(c)) {
      if (n_marks + 1 >= marks.size()) return std::nullopt;
      marks[n_marks++] = c;
    } else {
      ++group_sizes[n_marks];
    }
  }
  // Which mark, if any, is the decimal one: it must be the last mark and occur only once.
  int decimal_at = -1;
  if (n_marks > 0) {
    const char last = marks[n_marks - 1];
    std::size_t same = 0;
    for (std::size_t k = 0; k < n_marks; ++k) same += marks[k] == last;
    const bool other_marks = same < n_marks;
    if (last == '.' || last == ',') {
      if (other_marks) {
        if (same == 1) decimal_at = static_cast<int>(n_marks - 1);
      } else if (same == 1) {
        // A lone mark: not three digits after it, or a leading zero, means a decimal part.
        const bool three_after = group_sizes[n_marks] == 3;
        const bool zero_head = group_sizes[0] == 1 && written.front() == '0';
        if (!three_after || zero_head || last == decimal_mark) decimal_at = 0;
      }
    }
  }
  // Every group between the head and the decimal part has exactly three digits, or, grouped
  // the Indian way by commas ("1,80,000", "12,34,56,789"), two digits before the last three.
  const std::size_t n_groups = decimal_at >= 0 ? static_cast<std::size_t>(decimal_at) : n_marks;
  if (n_groups > 0) {
    // All grouping marks alike: "1.234,567.8" is not a number.
    for (std::size_t k = 1; k < n_groups; ++k)
      if (marks[k] != marks[0]) return std::nullopt;
    const auto grouped_by = [&](std::size_t inner) {
      if (group_sizes[0] < 1 || group_sizes[0] > inner) return false;
      for (std::size_t k = 1; k < n_groups; ++k)
        if (group_sizes[k] != inner) return false;
      return group_sizes[n_groups] == 3;
    };
    if (!grouped_by(3) && !(marks[0] == ',' && n_groups >= 2 && grouped_by(2))) return std::nullopt;
  }
  std::array<char, kDigitsRoom> digits{};
  std::size_t len = 0;
  std::size_t mark_index = 0;
  for (char c : written) {
    if (len + 1 >= digits.size()) return std::nullopt;
    if (is_mark(c)) {
      if (static_cast<int>(mark_index) == decimal_at) digits[len++] = '.';
      ++mark_index;
    } else {
      digits[len++] = c;
    }
  }
  return Decimal::parse(std::string_view(digits.data(), len));
}

}  // namespace finex::money
