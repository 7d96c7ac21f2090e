#pragma once
// Rows of tables of fines. A row ("| Kleinhaus GmbH | Hamm | 14,2 Mio. Euro |") stands under a
// header row whose cell names what the column holds ("| Unternehmen | Sitz | Geldbuße |"). Cells
// apart by tabs or aligned by spaces read as a name and an amount that ends the line once their
// spacing is gone ("Agroprod SA 38.200.000" under "Companie Amendă (lei)"), in a block of such
// lines under a short header line.
#include <optional>

#include "fines/document_context.h"

namespace finex {

// What the column of an amount holds, by its header: fines, money that is no fine, or unknown.
enum class Column { none, fines, other };

struct TableRow {
  Column column = Column::none;
  Span row;              // the row's line; empty when the amount stands in no table
  bool several = false;  // the row holds several amounts
  bool bare = false;     // a row of aligned columns, without bars
  bool by_year = false;  // its first cell is a year: "| 2023 | 1,6 Mio. € |" gives a year's figure
  std::optional<Span> header_word;  // the fine word of the column's header cell
};

// The row of a table that `money` stands in, if any.
TableRow table_row(const DocumentContext& ctx, Span money);

// The row's name: the first name in a cell before the amount, outside a column that names
// authorities.
std::optional<Span> row_name(const DocumentContext& ctx, const TableRow& table, Span money);

}  // namespace finex
