// Reads a record of the JSON contract back into a Result: what `finex aggregate` and the Python
// module's aggregate() work on. Lenient where the contract allows null, strict on types.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "finex/json.h"

namespace finex {
namespace {

using json = nlohmann::json;

struct Invalid {
  std::string why;
};

std::string string_or_empty(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return {};
  if (!it->is_string()) throw Invalid{std::string("\"") + key + "\" must be a string"};
  return it->get<std::string>();
}

Span span_of(const json& object) {
  Span span;
  const auto begin = object.find("start"), end = object.find("end");
  if (begin != object.end() && begin->is_number_unsigned()) span.begin = begin->get<std::size_t>();
  if (end != object.end() && end->is_number_unsigned()) span.end = end->get<std::size_t>();
  if (span.end < span.begin) span.end = span.begin;
  return span;
}

// The exact decimal a JSON number stands for: integers as they are, others through their
// shortest text ("1234567.89"), which is how the writer printed them.
Decimal decimal_of(const json& value) {
  if (value.is_number_unsigned()) {
    const auto n = value.get<std::uint64_t>();
    if (n > static_cast<std::uint64_t>(INT64_MAX)) throw Invalid{"amount too large"};
    return Decimal{static_cast<std::int64_t>(n), 0};
  }
  if (value.is_number_integer()) return Decimal{value.get<std::int64_t>(), 0};
  if (!value.is_number_float()) throw Invalid{"\"amount.value\" must be a number"};
  const double d = value.get<double>();
  if (!std::isfinite(d) || d < 0) throw Invalid{"\"amount.value\" must be a finite amount"};
  if (auto exact = Decimal::parse(value.dump())) return *exact;
  char text[64];
  std::snprintf(text, sizeof text, "%.2f", d);  // written with an exponent: beyond cents anyway
  if (auto rounded = Decimal::parse(text)) return *rounded;
  throw Invalid{"amount too large"};
}

FineKind kind_named(const std::string& name) {
  for (FineKind k : {FineKind::fine, FineKind::periodic_penalty, FineKind::proposed})
    if (name == to_string(k)) return k;
  throw Invalid{"unknown kind '" + name + "'"};
}

DateResolution resolution_named(const std::string& name) {
  for (DateResolution r : {DateResolution::explicit_date, DateResolution::weekday, DateResolution::reference,
                           DateResolution::context, DateResolution::unresolved})
    if (name == to_string(r)) return r;
  return DateResolution::explicit_date;  // a later resolution is still a date
}

const json* object_at(const json& parent, const char* key) {
  const auto it = parent.find(key);
  if (it == parent.end() || it->is_null()) return nullptr;
  if (!it->is_object()) throw Invalid{std::string("\"") + key + "\" must be an object or null"};
  return &*it;
}

Fine fine_of(const json& in) {
  if (!in.is_object()) throw Invalid{"a fine must be an object"};
  Fine fine;
  if (in.contains("kind")) fine.kind = kind_named(string_or_empty(in, "kind"));
  if (const json* e = object_at(in, "entity")) fine.entity = EntityRef{string_or_empty(*e, "text"), span_of(*e)};
  if (const json* a = object_at(in, "authority"))
    fine.authority = AuthorityRef{string_or_empty(*a, "text"), string_or_empty(*a, "name"),
                                  string_or_empty(*a, "country"), span_of(*a)};
  if (const json* m = object_at(in, "amount")) {
    const auto value = m->find("value");
    if (value == m->end()) throw Invalid{"\"amount\" needs a \"value\""};
    fine.amount = AmountRef{string_or_empty(*m, "text"), decimal_of(*value), string_or_empty(*m, "currency"),
                            span_of(*m)};
  }
  if (const json* d = object_at(in, "date"))
    fine.date = DateRef{string_or_empty(*d, "text"), string_or_empty(*d, "value"),
                        resolution_named(string_or_empty(*d, "resolution")), span_of(*d)};
  if (const json* s = object_at(in, "sentence")) fine.sentence = span_of(*s);
  if (const auto c = in.find("confidence"); c != in.end() && c->is_number()) fine.confidence = c->get<double>();
  return fine;
}

}  // namespace

std::optional<Result> result_from_json(std::string_view record, std::string* error) {
  const json in = json::parse(record, nullptr, false);
  try {
    if (in.is_discarded()) throw Invalid{"not JSON"};
    if (!in.is_object()) throw Invalid{"not a JSON object"};
    Result result;
    const auto document = in.find("document");
    if (document == in.end() || !document->is_string()) throw Invalid{"no \"document\""};
    result.document = document->get<std::string>();
    result.language = string_or_empty(in, "language");
    if (const auto languages = in.find("languages"); languages != in.end() && languages->is_array())
      for (const json& part : *languages)
        if (part.is_object())
          result.languages.push_back({string_or_empty(part, "language"), span_of(part)});
    if (std::string published = string_or_empty(in, "published"); !published.empty())
      result.published = std::move(published);
    if (const json* e = object_at(in, "error"))
      result.error = Error{string_or_empty(*e, "code"), string_or_empty(*e, "message")};
    // Records of schema 1 wrote a warning as its message alone.
    if (const auto warnings = in.find("warnings"); warnings != in.end() && !warnings->is_null()) {
      if (!warnings->is_array()) throw Invalid{"\"warnings\" must be an array"};
      for (const json& w : *warnings) {
        if (w.is_string()) result.warnings.push_back({{}, w.get<std::string>()});
        else if (w.is_object())
          result.warnings.push_back({string_or_empty(w, "code"), string_or_empty(w, "message")});
        else throw Invalid{"a warning must be an object"};
      }
    }
    const auto fines = in.find("fines");
    if (fines == in.end() || !fines->is_array()) throw Invalid{"no \"fines\" array"};
    for (const json& f : *fines) result.fines.push_back(fine_of(f));
    return result;
  } catch (const Invalid& invalid) {
    if (error != nullptr) *error = invalid.why;
  } catch (const json::exception& e) {
    if (error != nullptr) *error = e.what();
  }
  return std::nullopt;
}

}  // namespace finex
