#include "stream_record.h"

#include <nlohmann/json.hpp>

#include "json_text_repair.h"

namespace finex::cli {
namespace {

using json = nlohmann::json;

StreamRecord invalid(StreamRecord record, std::string message) {
  record.error = Error{"invalid_input", std::move(message)};
  record.text.clear();
  return record;
}

// An optional string field: absent or null keeps the default; anything else but a string is
// an error.
bool read_optional_string(const json& object, const char* key, std::string& into) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return true;
  if (!it->is_string()) return false;
  into = it->get<std::string>();
  return true;
}

}  // namespace

std::string line_name(std::size_t line_number) { return "line:" + std::to_string(line_number); }

std::string readable_id(std::string_view line) {
  for (std::size_t at = line.find("\"id\""); at != std::string_view::npos; at = line.find("\"id\"", at + 1)) {
    if (at > 0 && line[at - 1] == '\\') continue;  // inside a string: \"id\"
    std::size_t p = at + 4;
    auto skip_spaces = [&] {
      while (p < line.size() && (line[p] == ' ' || line[p] == '\t')) ++p;
    };
    skip_spaces();
    if (p >= line.size() || line[p] != ':') continue;
    ++p;
    skip_spaces();
    if (p < line.size() && line[p] == '"') {
      std::size_t end = p + 1;
      while (end < line.size() && line[end] != '"') end += line[end] == '\\' ? 2 : 1;
      if (end >= line.size()) return {};
      const json value = json::parse(repair_json_text(line.substr(p, end + 1 - p)).text, nullptr, false);
      return value.is_string() ? value.get<std::string>() : std::string();
    }
    std::size_t end = p + (p < line.size() && line[p] == '-' ? 1 : 0);
    while (end < line.size() && line[end] >= '0' && line[end] <= '9') ++end;
    return end > p && line[end - 1] != '-' ? std::string(line.substr(p, end - p)) : std::string();
  }
  return {};
}

StreamRecord parse_stream_record(std::string_view line, std::size_t line_number,
                                 const DocumentInfo& defaults) {
  StreamRecord record;
  record.info = defaults;
  record.info.id = line_name(line_number);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // CRLF input

  json parsed = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) {
    // Text cut from a web page or a database often holds invalid UTF-8 or half of a surrogate
    // pair: repaired as a file's text is, with a warning, rather than the record lost.
    const RepairedJson repaired = repair_json_text(line);
    if (repaired.replaced > 0) {
      parsed = json::parse(repaired.text, nullptr, /*allow_exceptions=*/false);
      if (!parsed.is_discarded())
        record.warning = "invalid UTF-8: " + std::to_string(repaired.replaced) +
                         " invalid sequence(s) or lone surrogate(s) in the record replaced by U+FFFD";
    }
  }
  if (parsed.is_discarded()) {
    if (std::string id = readable_id(line); !id.empty()) record.info.id = std::move(id);
    return invalid(std::move(record), "line " + std::to_string(line_number) + " is not valid JSON");
  }
  if (!parsed.is_object())
    return invalid(std::move(record), "line " + std::to_string(line_number) + " is not a JSON object");

  // Numbers are accepted as ids too: many data sets number their rows.
  if (const auto id = parsed.find("id"); id != parsed.end()) {
    if (id->is_string()) {
      // An empty name names nothing: the record keeps its line:N.
      if (!id->get_ref<const std::string&>().empty()) record.info.id = id->get<std::string>();
    }
    else if (id->is_number_integer()) record.info.id = id->dump();
    else if (!id->is_null())
      return invalid(std::move(record), "\"id\" must be a string or an integer");
  }
  auto text = parsed.find("text");
  if (text == parsed.end() || !text->is_string())
    return invalid(std::move(record), "\"text\" must be present and be a string");
  if (!read_optional_string(parsed, "published", record.info.published))
    return invalid(std::move(record), "\"published\" must be a string");
  if (!read_optional_string(parsed, "language", record.info.language))
    return invalid(std::move(record), "\"language\" must be a string");
  record.text = std::move(text->get_ref<std::string&>());  // no copy of a long text
  return record;
}

}  // namespace finex::cli
