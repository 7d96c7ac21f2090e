#include "html_table.h"

#include "html_text.h"

namespace finex::cli::html_table {

std::string controls(std::span<const Column> columns) {
  std::string html = "<div class=\"filters\"><label>text<input id=\"f-text\" type=\"search\"></label>";
  for (const Column& c : columns) {
    const std::string key = c.key;
    if (c.choose)
      html += "<label>" + key + "<select id=\"f-" + key + "\"><option value=\"\">all</option></select></label>";
    if (c.at_least)
      html += "<label>minimum " + key + "<input id=\"f-" + key + "\" type=\"number\" min=\"0\" step=\"" +
              (key == "confidence" ? "0.05" : "1") + "\" value=\"0\"></label>";
  }
  html += "</div>\n<div class=\"pager\"><button id=\"f-prev\" type=\"button\">previous</button>"
          "<button id=\"f-next\" type=\"button\">next</button><span id=\"f-count\"></span></div>\n"
          "<div class=\"table\"><table id=\"rows\"><thead><tr>";
  for (const Column& c : columns) html += std::string("<th data-key=\"") + c.key + "\">" + c.key + "</th>";
  return html + "</tr></thead><tbody id=\"row-list\"></tbody></table></div>\n";
}

std::string data_element(std::span<const Column> columns, nlohmann::ordered_json rows, const char* rows_are) {
  nlohmann::ordered_json spec = nlohmann::ordered_json::array();
  for (const Column& c : columns)
    spec.push_back({{"key", c.key}, {"number", c.number}, {"choose", c.choose}, {"at_least", c.at_least},
                    {"order_by", *c.order_by ? c.order_by : c.key}});
  const nlohmann::ordered_json data = {{"rows_are", rows_are}, {"columns", std::move(spec)}, {"rows", std::move(rows)}};
  return "<script type=\"application/json\" id=\"finex-data\">" + html_text::script_json(data) + "</script>\n";
}

}  // namespace finex::cli::html_table
