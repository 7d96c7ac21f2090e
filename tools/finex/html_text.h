#pragma once
// Text from the input on a page: as HTML, escaped, or as JSON for the page's script, whose
// offsets count UTF-16 units as a browser's strings do. Nothing from the input becomes markup.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace finex::cli::html_text {

// Markup characters as entities, invalid bytes as U+FFFD, control characters (which HTML
// forbids) as spaces.
void append_escaped(std::string& out, std::string_view text);
std::string escaped(std::string_view text);

// `text` as a browser will hold it, cleaned as append_escaped cleans it; `offsets` (byte offsets
// into `text`, ascending) become offsets into the result in UTF-16 units.
std::string for_script(std::string_view text, std::vector<std::size_t>& offsets);

// JSON for a <script type="application/json"> element, with no '<' at all: no "</script>" or
// "<!--" can end or change the element, whatever the data holds.
std::string script_json(const nlohmann::ordered_json& data);

}  // namespace finex::cli::html_text
