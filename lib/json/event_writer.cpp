// An aggregated event as JSON: the values chosen among its sources, then the sources.
#include <nlohmann/json.hpp>

#include "finex/aggregate.h"

namespace finex {

std::string to_json(const Event& event) {
  using json = nlohmann::ordered_json;
  auto text_or_null = [](const std::string& s) { return s.empty() ? json() : json(s); };
  json out;
  out["kind"] = to_string(event.kind);
  out["entity"] = text_or_null(event.entity);
  if (event.authority.empty() && event.authority_name.empty() && event.country.empty())
    out["authority"] = json();
  else
    out["authority"] = {{"text", text_or_null(event.authority)},
                        {"name", text_or_null(event.authority_name)},
                        {"country", text_or_null(event.country)}};
  if (event.amount) {
    // Whole amounts stay integers, as in the records they come from.
    json value = event.amount->to_double();
    if (auto whole = event.amount->to_integer()) value = *whole;
    out["amount"] = {{"value", value}, {"currency", event.currency}};
  } else {
    out["amount"] = json();
  }
  out["date"] = text_or_null(event.date);
  out["source_count"] = event.sources.size();
  json sources = json::array();
  for (const EventSource& s : event.sources)
    sources.push_back({{"document", s.document},
                       {"fine", s.fine},
                       {"confidence", static_cast<double>(static_cast<int>(s.confidence * 100 + 0.5)) / 100}});
  out["sources"] = std::move(sources);
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace finex
