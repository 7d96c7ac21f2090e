#include <nlohmann/json.hpp>

#include <string_view>

#include "finex/json.h"
#include "json/compact_json.h"

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

// Document ids come from file names, which need not be UTF-8: replace rather than throw.
std::string dumped(const json& value, JsonStyle style) {
  return value.dump(style == JsonStyle::pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

// A fine as it stands inside the record's "fines" array: in pretty style, two levels deeper
// than alone. Strings hold no raw line break (it is escaped), so every '\n' is a layout one.
std::string dumped_fine(const Fine& fine, JsonStyle style) {
  std::string alone = dumped(to_json_object(fine), style);
  if (style == JsonStyle::compact) return alone;
  std::string nested;
  nested.reserve(alone.size() + alone.size() / 8);
  for (const char c : alone) {
    nested += c;
    if (c == '\n') nested += "    ";
  }
  return nested;
}

// `object` dumped without its closing brace (and the line break before it, in pretty style).
std::string without_closing_brace(std::string text, JsonStyle style) {
  text.resize(text.size() - (style == JsonStyle::pretty ? 2 : 1));
  return text;
}

}  // namespace

void write_json(const Result& result, JsonStyle style,
                const std::function<void(std::string_view)>& write) {
  // The compact style is written without a tree (compact_json.h); this tree is its reference.
  if (style == JsonStyle::compact) return write_compact_json(result, write);
  json head;
  head["document"] = result.document;
  if (result.error) {
    head["error"] = {{"code", result.error->code}, {"message", result.error->message}};
    head["fines"] = json::array();
    write(dumped(head, style));
    return;
  }
  head["language"] = result.language.empty() ? json() : json(result.language);
  if (!result.languages.empty()) {
    json languages = json::array();
    for (const LanguageSpan& part : result.languages)
      languages.push_back(span_fields({{"language", part.language}}, part.span));
    head["languages"] = std::move(languages);
  }
  head["published"] = result.published ? json(*result.published) : json();
  json tail;
  json warnings = json::array();
  for (const Warning& w : result.warnings) warnings.push_back({{"code", w.code}, {"message", w.message}});
  tail["warnings"] = std::move(warnings);

  // The fines go out one at a time between the fields before and after them: a document with a
  // hundred thousand fines is never held whole as a JSON tree or a string.
  const bool pretty = style == JsonStyle::pretty;
  write(without_closing_brace(dumped(head, style), style));
  if (result.fines.empty()) {
    write(pretty ? ",\n  \"fines\": []" : ",\"fines\":[]");
  } else {
    write(pretty ? ",\n  \"fines\": [\n    " : ",\"fines\":[");
    for (std::size_t i = 0; i < result.fines.size(); ++i) {
      if (i > 0) write(pretty ? ",\n    " : ",");
      write(dumped_fine(result.fines[i], style));
    }
    write(pretty ? "\n  ]" : "]");
  }
  // The tail without its opening brace: the fields that follow the fines.
  const std::string rest = dumped(tail, style);
  write(",");
  write(std::string_view(rest).substr(1));
}

std::string to_json(const Result& result, JsonStyle style) {
  std::string out;
  write_json(result, style, [&out](std::string_view piece) { out.append(piece); });
  return out;
}

}  // namespace finex
