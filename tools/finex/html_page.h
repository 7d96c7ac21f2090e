#pragma once
// The fixed parts of finex's pages (the review page of --format html, the events page of
// `finex aggregate --format html`): style and scripts, inline, so a page needs no network and
// no other file. None of them holds anything from the input.
#include <initializer_list>
#include <string>
#include <string_view>

namespace finex::cli::html_page {

// Everything up to the page's content: doctype, head with `title` (already escaped) and style.
std::string head(std::string_view title);
// The end of the page, with these scripts.
std::string tail(std::initializer_list<const char*> scripts);

// The overview is shown before the documents, which are written first (flex order).
extern const char* const kStyle;

// Renders the table of html_table::data_element a page at a time, sorted by the column clicked
// and filtered by the controls of html_table::controls. Values go in as textContent, never markup.
extern const char* const kTableScript;

// Renders the documents held in <script class="finex-doc"> elements twenty at a time, their
// spans highlighted, so that the browser lays out only what is shown however many there are.
extern const char* const kDocumentsScript;

}  // namespace finex::cli::html_page
