// Rows of tables of fines, with bars or aligned columns (table_rows.h).
#include "fines/table_rows.h"

#include <algorithm>

#include "fines/assembly_policy.h"

namespace finex {

namespace {

constexpr const AssemblyPolicy& policy = kAssemblyPolicy;

// The line around `pos`, without its line break.
Span line_at(std::string_view text, std::size_t pos) {
  const std::size_t nl = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  const std::size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
  const std::size_t end = std::min(text.find('\n', pos), text.size());
  return {begin, end};
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }

// The amount that ends `line` after a name, as a row of aligned columns ("Agroprod SA
// 38.200.000"): none when the line is prose, or a list line whose separator says so already.
const MoneyMention* ending_amount(const DocumentContext& ctx, Span line) {
  const auto money = ctx.money_in(line);
  if (money.empty() || money.size() > 1) return nullptr;
  const MoneyMention& m = money.back();
  if (m.span.begin <= line.begin || m.span.begin - line.begin > policy.max_list_line) return nullptr;
  if (!blank(ctx.text_of({m.span.end, line.end}))) return nullptr;
  std::string_view name = ctx.text_of({line.begin, m.span.begin});
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
  if (name.empty() || std::string_view(":-|,;").find(name.back()) != std::string_view::npos) return nullptr;
  if (name.ends_with("\u2013") || name.ends_with("\u2014")) return nullptr;
  // A cell holds a name, not a headline's clauses ("› Karuselový podvod s naftou: policie
  // obvinila čtyři lidi, zadržela 30 milionů" under "Související články").
  constexpr std::ptrdiff_t kMaxCellWords = 8;
  if (name.find(": ") != std::string_view::npos || std::count(name.begin(), name.end(), ' ') >= kMaxCellWords) return nullptr;
  return &m;
}

// Aligned columns: rows of a name and an amount, two or more, under a short header line that
// holds no amount and ends no sentence ("Companie Amendă (lei)", "Firm Fine (£)").
TableRow bare_row(const DocumentContext& ctx, Span money, Span row) {
  const std::string_view text = ctx.doc.text;
  const MoneyMention* own = ending_amount(ctx, row);
  if (own == nullptr || own->span.begin != money.begin) return {};
  std::size_t rows = 1;
  Span first = row;
  while (first.begin > 0) {
    const Span previous = line_at(text, first.begin - 1);
    if (ending_amount(ctx, previous) == nullptr) break;
    first = previous, ++rows;
  }
  for (Span next = row; next.end < text.size();) {
    next = line_at(text, next.end + 1);
    if (ending_amount(ctx, next) == nullptr) break;
    ++rows;
  }
  if (rows < 2 || first.begin == 0) return {};
  const Span header = line_at(text, first.begin - 1);
  const std::string_view head = ctx.text_of(header);
  constexpr std::size_t kMaxHeader = 80;
  if (blank(head) || head.size() > kMaxHeader || !ctx.money_in(header).empty() ||
      std::string_view(".!?:").find(head.back()) != std::string_view::npos)
    return {};
  TableRow out;
  out.row = row;
  out.bare = true;
  bool fines = false, other = false;
  for (const Cue& c : ctx.cues_in(header)) {
    if ((c.kind == CueKind::trigger || c.kind == CueKind::periodic) && !fines) out.header_word = c.span;
    fines = fines || c.kind == CueKind::trigger || c.kind == CueKind::periodic;
    other = other || c.kind == CueKind::not_fine;
  }
  out.column = other ? Column::other : fines ? Column::fines : Column::none;
  return out;
}

}  // namespace

TableRow table_row(const DocumentContext& ctx, Span money) {
  const std::string_view text = ctx.doc.text;
  auto line_begin = [&](std::size_t pos) {
    const std::size_t nl = text.rfind('\n', pos == 0 ? 0 : pos - 1);
    return nl == std::string_view::npos || pos == 0 ? std::size_t{0} : nl + 1;
  };
  auto line_end = [&](std::size_t pos) {
    const std::size_t nl = text.find('\n', pos);
    return nl == std::string_view::npos ? text.size() : nl;
  };
  // A line of more than a few thousand bytes is prose, not a row; its ends are not looked for,
  // so that a document of one long line costs no more than many short ones.
  constexpr std::size_t kMaxRowBytes = 4096;
  const std::size_t from = money.begin > kMaxRowBytes ? money.begin - kMaxRowBytes : 0;
  if (from > 0 && text.substr(from, money.begin - from).find('\n') == std::string_view::npos) return {};
  if (text.substr(money.begin, kMaxRowBytes).find('\n') == std::string_view::npos &&
      money.begin + kMaxRowBytes < text.size())
    return {};
  const std::size_t row = line_begin(money.begin);
  const std::size_t end = line_end(money.begin);
  if (text.substr(row, end - row).find('|') == std::string_view::npos) return bare_row(ctx, money, {row, end});
  TableRow out;
  out.row = {row, end};
  out.several = ctx.money_in({row, end}).size() >= 2;
  std::string_view first_cell = text.substr(row, end - row);
  first_cell.remove_prefix(std::min(first_cell.find_first_not_of("| "), first_cell.size()));
  first_cell = first_cell.substr(0, first_cell.find_first_of("|"));
  first_cell = first_cell.substr(0, first_cell.find_last_not_of(" \t") + 1);
  out.by_year = first_cell.size() == 4 && (first_cell.starts_with("19") || first_cell.starts_with("20")) &&
                std::all_of(first_cell.begin(), first_cell.end(), [](char c) { return c >= '0' && c <= '9'; });
  const std::string_view before = text.substr(row, money.begin - row);
  const auto column = static_cast<std::size_t>(std::count(before.begin(), before.end(), '|'));
  // The header: the first line of the block of lines with cells.
  std::size_t header = row;
  while (header > 0) {
    const std::size_t previous = line_begin(header - 1);
    if (text.substr(previous, header - 1 - previous).find('|') == std::string_view::npos) break;
    header = previous;
  }
  if (header == row) return {};
  std::size_t cell = header;
  for (std::size_t k = 0; k < column; ++k) {
    cell = text.find('|', cell);
    if (cell == std::string_view::npos || cell >= line_end(header)) return out;
    ++cell;
  }
  const std::size_t cell_end = std::min(text.find('|', cell), line_end(header));
  bool fines = false, other = false;
  for (const Cue& c : ctx.cues)
    if (c.span.begin >= cell && c.span.end <= cell_end) {
      if ((c.kind == CueKind::trigger || c.kind == CueKind::periodic) && !fines) out.header_word = c.span;
      fines = fines || c.kind == CueKind::trigger || c.kind == CueKind::periodic;
      other = other || c.kind == CueKind::not_fine;
    }
  out.column = other ? Column::other : fines ? Column::fines : Column::none;
  return out;
}

// The row's name: the first name in a cell before the amount, outside a column that names
// authorities ("| Garante privacy | Azienda X | 40.000 euro |": the first column says who
// decided, though not every body in it is known as one).
std::optional<Span> row_name(const DocumentContext& ctx, const TableRow& table, Span money) {
  if (table.bare) {
    // The name fills its cell, legal form and all ("Van Loon Wegen B.V.", "Mostorem Sp. z
    // o.o."), when the cell is short and holds a name or starts as one does; else the first name.
    Span cell{table.row.begin, money.begin};
    const std::string_view written = ctx.text_of(cell);
    const std::size_t end = written.find_last_not_of(" \t");
    if (end == std::string_view::npos) return std::nullopt;
    cell.end = cell.begin + end + 1;
    const auto names = ctx.parties_in(cell);
    constexpr std::size_t kMaxNameCell = 60;
    const bool capital = (written[0] >= 'A' && written[0] <= 'Z') || static_cast<unsigned char>(written[0]) >= 0xC0;
    if (capital && cell.size() <= kMaxNameCell && ctx.text_of(cell).find_first_of("0123456789") == std::string_view::npos &&
        (!names.empty() || (written[0] >= 'A' && written[0] <= 'Z')))
      return cell;
    if (!names.empty()) return names.front().span;
    return std::nullopt;
  }
  const std::string_view text = ctx.doc.text;
  auto column_of = [&](std::size_t pos) {
    const std::size_t line = text.rfind('\n', pos == 0 ? 0 : pos - 1);
    const std::size_t begin = line == std::string_view::npos || pos == 0 ? 0 : line + 1;
    return std::count(text.begin() + static_cast<std::ptrdiff_t>(begin), text.begin() + static_cast<std::ptrdiff_t>(pos), '|');
  };
  // The block of rows around this one.
  std::size_t block_begin = table.row.begin, block_end = table.row.end;
  while (block_begin > 0) {
    const std::size_t nl = text.rfind('\n', block_begin - 2 < block_begin ? block_begin - 2 : 0);
    const std::size_t previous = nl == std::string_view::npos || block_begin < 2 ? 0 : nl + 1;
    if (text.substr(previous, block_begin - 1 - previous).find('|') == std::string_view::npos) break;
    block_begin = previous;
  }
  while (block_end < text.size()) {
    const std::size_t nl = text.find('\n', block_end + 1);
    const std::size_t next_end = nl == std::string_view::npos ? text.size() : nl;
    if (text.substr(block_end + 1, next_end - block_end - 1).find('|') == std::string_view::npos) break;
    block_end = next_end;
  }
  std::vector<std::ptrdiff_t> authority_columns;
  for (const AuthorityMention& a : ctx.authorities_in({block_begin, block_end}))
    if (a.span.size() > 0) authority_columns.push_back(column_of(a.span.begin));
  for (const PartyMention& name : ctx.parties_in({table.row.begin, money.begin})) {
    if (ctx.text_of({name.span.end, money.begin}).find('|') == std::string_view::npos) continue;
    if (std::find(authority_columns.begin(), authority_columns.end(), column_of(name.span.begin)) !=
        authority_columns.end())
      continue;
    return name.span;
  }
  return std::nullopt;
}

}  // namespace finex
