#include "stream_record.h"

#include <nlohmann/json.hpp>

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

StreamRecord parse_stream_record(std::string_view line, std::size_t line_number,
                                 const DocumentInfo& defaults) {
  StreamRecord record;
  record.info = defaults;
  record.info.id = std::to_string(line_number);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // CRLF input

  const json parsed = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded())
    return invalid(std::move(record), "line " + record.info.id + " is not valid JSON");
  if (!parsed.is_object())
    return invalid(std::move(record), "line " + record.info.id + " is not a JSON object");

  // Numbers are accepted as ids too: many data sets number their rows.
  if (const auto id = parsed.find("id"); id != parsed.end()) {
    if (id->is_string()) record.info.id = id->get<std::string>();
    else if (id->is_number_integer()) record.info.id = id->dump();
    else if (!id->is_null())
      return invalid(std::move(record), "\"id\" must be a string or an integer");
  }
  const auto text = parsed.find("text");
  if (text == parsed.end() || !text->is_string())
    return invalid(std::move(record), "\"text\" must be present and be a string");
  if (!read_optional_string(parsed, "published", record.info.published))
    return invalid(std::move(record), "\"published\" must be a string");
  if (!read_optional_string(parsed, "language", record.info.language))
    return invalid(std::move(record), "\"language\" must be a string");
  record.text = text->get<std::string>();
  return record;
}

}  // namespace finex::cli
