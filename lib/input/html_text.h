#pragma once
// The visible text of an HTML page, as a reader of the page sees it, with a map from each of its
// bytes back to the page's bytes.
//
// Read with an HTML5 parser (gumbo), so broken markup is repaired the way browsers repair it:
//   - only what a browser shows: no script, style, template, head, noscript or comment;
//   - character references decoded ("&euro;" is €, "&#8364;" too);
//   - whitespace collapsed as a browser does, except that a line break in <pre> stays one;
//   - a block element (p, div, h1, section, ...) stands apart by a blank line, a list item or a
//     <br> starts a new line;
//   - a table row is one line of its cells joined by " | ", rows on consecutive lines, so that a
//     table reads as the text tables finex reads already.
// A decoded character maps to the bytes that wrote it (a reference maps to the whole
// reference); the line breaks and separators put between blocks map to no bytes.
//
// THREAD SAFETY: pure. COST: one parse and one walk of the tree, without recursion; the parse is
// linear except in the nesting depth, whose open elements gumbo scans at each tag (20,000
// nested <div> take about a second).
#include <string>
#include <string_view>

#include "input/source_map.h"

namespace finex {

struct HtmlText {
  std::string text;  // UTF-8
  SourceMap map;     // text offsets → offsets of the page
  std::string title;           // <title>, whitespace collapsed
  std::string published_time;  // <meta property="article:published_time">, else the first
                               // <time datetime>: an ISO date "2024-03-05", or empty
};

// `page` must be UTF-8 (decode other encodings first).
HtmlText html_visible_text(std::string_view page);

}  // namespace finex
