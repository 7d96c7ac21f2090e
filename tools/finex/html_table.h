#pragma once
// The table of a page (the fines of the review page, the events of `finex aggregate`): its
// filters, pager and header as HTML, and its rows as data for the page's script, which sorts,
// filters and shows them a page at a time.
#include <nlohmann/json.hpp>
#include <span>
#include <string>

namespace finex::cli::html_table {

struct Column {
  const char* key;           // the row's field shown in this column
  bool number = false;       // right-aligned, sorted as a number
  bool choose = false;       // a filter chooses one of the column's values
  bool at_least = false;     // a filter keeps rows with at least this value
  const char* order_by = "";  // the row's field to sort on, when not the shown one
};

// The filters (text, one per `choose` or `at_least` column), the pager and the empty table.
std::string controls(std::span<const Column> columns);

// The <script> element that holds the table: its columns, its rows (objects keyed by column,
// plus "href" for a link on the first column) and what a row is called ("fines", "events").
std::string data_element(std::span<const Column> columns, nlohmann::ordered_json rows, const char* rows_are);

}  // namespace finex::cli::html_table
