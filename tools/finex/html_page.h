#pragma once
// The fixed parts of the review page (--format html): its style and its script. Both are inline,
// so the page needs no network and no other file; neither holds anything from the input.
namespace finex::cli::html_page {

// The documents are written first, as they come, and shown after the overview (flex order).
extern const char* const kStyle;

// Reads the fines from the JSON in <script id="finex-data"> and renders one page of the table at
// a time, sorted by the column clicked and filtered by text, language, kind and confidence.
// Every value goes into the page as textContent, never as markup.
extern const char* const kScript;

}  // namespace finex::cli::html_page
