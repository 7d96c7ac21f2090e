#include <nlohmann/json.hpp>

#include "finex/json.h"

namespace finex {
namespace {

// Keys keep the order of the contract: document, language, languages (only for a document in
// several), published, fines, warnings.
using json = nlohmann::ordered_json;

json value_of(const Decimal& d) {
  // Whole amounts stay integers; others go through the exact decimal text so the printed number
  // is the shortest one that reads back as the same value.
  if (auto whole = d.to_integer()) return *whole;
  return d.to_double();
}

json span_fields(json object, Span span) {
  object["start"] = span.begin;
  object["end"] = span.end;
  return object;
}

json to_json_object(const Fine& fine) {
  json out;
  out["kind"] = to_string(fine.kind);
  out["entity"] = fine.entity ? span_fields({{"text", fine.entity->text}}, fine.entity->span) : json();
  if (fine.authority) {
    const AuthorityRef& a = *fine.authority;
    json o;
    o["text"] = a.text.empty() ? json() : json(a.text);
    o["name"] = a.name.empty() ? json() : json(a.name);
    o["country"] = a.country.empty() ? json() : json(a.country);
    // An authority inferred from the context ("fined in Italy") has no place in the text.
    if (a.span.size() > 0) o = span_fields(std::move(o), a.span);
    else o["start"] = o["end"] = json();
    out["authority"] = std::move(o);
  } else {
    out["authority"] = json();
  }
  out["amount"] = fine.amount ? span_fields({{"text", fine.amount->text},
                                             {"value", value_of(fine.amount->value)},
                                             {"currency", fine.amount->currency}},
                                            fine.amount->span)
                              : json();
  if (fine.date) {
    const DateRef& d = *fine.date;
    json o = {{"text", d.text.empty() ? json() : json(d.text)},
              {"value", d.value},
              {"resolution", to_string(d.resolution)}};
    // A date taken from the publication date has no place in the text.
    if (d.span.size() > 0) o = span_fields(std::move(o), d.span);
    else o["start"] = o["end"] = json();
    out["date"] = std::move(o);
  } else {
    out["date"] = json();
  }
  if (fine.evidence) {
    const Evidence& e = *fine.evidence;
    out["sentence"] = span_fields({{"text", e.sentence}}, fine.sentence);
    out["trigger"] = e.trigger ? span_fields({{"text", e.trigger->text}}, e.trigger->span) : json();
    out["rule"] = e.rule;
  } else {
    out["sentence"] = {{"start", fine.sentence.begin}, {"end", fine.sentence.end}};
  }
  // Two decimals are all the precision a confidence has.
  out["confidence"] = static_cast<double>(static_cast<int>(fine.confidence * 100 + 0.5)) / 100;
  return out;
}

}  // namespace

std::string to_json(const Result& result, JsonStyle style) {
  json out;
  out["document"] = result.document;
  if (result.error) {
    out["error"] = {{"code", result.error->code}, {"message", result.error->message}};
    out["fines"] = json::array();
  } else {
    out["language"] = result.language.empty() ? json() : json(result.language);
    if (!result.languages.empty()) {
      json languages = json::array();
      for (const LanguageSpan& part : result.languages)
        languages.push_back(span_fields({{"language", part.language}}, part.span));
      out["languages"] = std::move(languages);
    }
    out["published"] = result.published ? json(*result.published) : json();
    json fines = json::array();
    for (const Fine& fine : result.fines) fines.push_back(to_json_object(fine));
    out["fines"] = std::move(fines);
    json warnings = json::array();
    for (const Warning& w : result.warnings)
      warnings.push_back({{"code", w.code}, {"message", w.message}});
    out["warnings"] = std::move(warnings);
  }
  // Document ids come from file names, which need not be UTF-8: replace rather than throw.
  return out.dump(style == JsonStyle::pretty ? 2 : -1, ' ', false,
                  json::error_handler_t::replace);
}

}  // namespace finex
