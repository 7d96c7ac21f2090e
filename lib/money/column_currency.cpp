#include "money/column_currency.h"

#include <algorithm>
#include <string_view>

namespace finex::money {
namespace {

constexpr std::size_t kMaxHeaderTokens = 16;  // a header line of aligned columns, not prose
constexpr std::size_t kMinBareRows = 2;       // rows without cells: a block, not one line

struct Line {
  std::size_t begin = 0, end = 0;  // tokens
};

// '|' is always a token of its own, one byte long.
bool is_bar(const TokenizedText& text, std::size_t k) {
  const Token& t = text.tokens[k];
  return t.end - t.begin == 1 && text.text[t.begin] == '|';
}

bool ends_in_number(const TokenizedText& text, Line line) {
  return line.end > line.begin && text.tokens[line.end - 1].kind == TokenKind::number;
}

// The tokens of cell `column` of `line` (the cells are counted by the bars before them).
Line cell(const TokenizedText& text, Line line, std::size_t column) {
  std::size_t k = line.begin;
  for (std::size_t bars = 0; bars < column && k < line.end; ++k)
    if (is_bar(text, k)) ++bars;
  Line out{k, k};
  while (out.end < line.end && !is_bar(text, out.end)) ++out.end;
  return out;
}

// The one currency, and the scale, that `header` names; no currency when it names none or several.
struct Named {
  std::string_view iso;
  int power = 0;
};

Named named_in(const TokenizedText& text, const Lexicon& lexicon, Line header) {
  Named out;
  for (std::size_t k = header.begin; k < header.end; ++k) {
    if (auto currency = lexicon.match(text, k, Role::currency); currency && currency->end <= header.end) {
      if (!out.iso.empty() && out.iso != currency->entry->iso) return {};
      out.iso = currency->entry->iso;
    } else if (auto scale = lexicon.match(text, k, Role::scale);
               scale && scale->end <= header.end && !scale->entry->abbreviation) {
      out.power = scale->entry->power;
    }
  }
  return out;
}

bool year_like(const AmountCandidate& c) {
  const double v = c.value.to_double();
  return c.power == 0 && c.value.is_integer() && v >= 1900 && v <= 2100;
}

// A candidate a column header may name: no currency of its own, and no year.
bool wants_column_currency(const AmountCandidate& c) { return c.iso.empty() && !year_like(c); }

}  // namespace

void imply_column_currencies(const TokenizedText& text, const Lexicon& lexicon,
                             std::vector<AmountCandidate>& candidates) {
  const std::vector<TokenLine>& lines = text.lines;  // cut out by the tokenizer
  auto line_at = [&](std::size_t row) { return Line{lines[row].begin, lines[row].end}; };
  auto has_bar = [&](std::size_t row) { return lines[row].has_bar; };
  // The line that holds token `k`: the last one that starts at or before it.
  auto row_of = [&](std::size_t k) {
    const auto after = std::upper_bound(lines.begin(), lines.end(), k,
                                        [](std::size_t token, const TokenLine& l) { return token < l.begin; });
    return static_cast<std::size_t>(after - lines.begin()) - 1;
  };
  for (AmountCandidate& c : candidates) {
    if (!wants_column_currency(c)) continue;
    const std::size_t row = row_of(c.first_token);
    const Line line = line_at(row);
    Line header;
    if (has_bar(row)) {
      // The number fills its cell: "| 418.000 |", "| 14,2 Mio. |".
      std::size_t column = 0;
      for (std::size_t k = line.begin; k < c.first_token; ++k) column += is_bar(text, k);
      const Line own = cell(text, line, column);
      if (own.begin != c.first_token || (own.end != c.end_token && own.end != c.after_token)) continue;
      std::size_t first = row;
      while (first > 0 && has_bar(first - 1)) --first;
      if (first == row) continue;
      header = cell(text, line_at(first), column);
    } else {
      // Aligned columns: the number ends its line, under a short header line.
      if (c.after_token != line.end || c.first_token == line.begin) continue;
      std::size_t first = row;
      while (first > 0 && ends_in_number(text, line_at(first - 1)) && !has_bar(first - 1)) --first;
      std::size_t last = row;
      while (last + 1 < lines.size() && ends_in_number(text, line_at(last + 1)) && !has_bar(last + 1))
        ++last;
      if (first == 0 || last + 1 - first < kMinBareRows) continue;
      header = line_at(first - 1);
      if (header.end - header.begin > kMaxHeaderTokens || has_bar(first - 1)) continue;
    }
    const Named named = named_in(text, lexicon, header);
    if (named.iso.empty()) continue;
    c.iso = named.iso;
    if (c.power == 0 && named.power > 0)
      if (auto scaled = c.number.scaled(named.power)) {
        c.value = *scaled;
        c.power = named.power;
      }
  }
}

}  // namespace finex::money
