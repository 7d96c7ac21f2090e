#pragma once
// The promises the library makes about any input, as checks: the fuzz targets run them on every
// input they try, and tests/reliability_test.cpp runs them on the inputs fuzzing has found.
// Each function returns an empty string when the promise holds, else what broke.
#include <cmath>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "finex/json.h"
#include "finex/result.h"
#include "normalize/normalizer.h"

namespace finex::invariants {

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b < 0x80) len = 1;
    else if (b >= 0xC2 && b <= 0xDF) len = 2;
    else if (b == 0xE0) len = 3, lo = 0xA0;
    else if (b == 0xED) len = 3, hi = 0x9F;
    else if (b >= 0xE1 && b <= 0xEF) len = 3;
    else if (b == 0xF0) len = 4, lo = 0x90;
    else if (b >= 0xF1 && b <= 0xF3) len = 4;
    else if (b == 0xF4) len = 4, hi = 0x8F;
    else return false;
    if (i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF)) return false;
    }
    i += len;
  }
  return true;
}

// `decoded`: the input was read in another encoding, so a text is its bytes decoded, not the
// bytes themselves.
inline std::string check_span(std::string_view input, Span span, const std::string& text,
                              const char* what, bool may_be_absent, bool decoded = false) {
  if (may_be_absent && span.begin == 0 && span.end == 0)
    return text.empty() ? "" : std::string(what) + ": no span but text \"" + text + "\"";
  if (span.begin > span.end || span.end > input.size())
    return std::string(what) + ": span [" + std::to_string(span.begin) + ", " +
           std::to_string(span.end) + ") outside the input of " + std::to_string(input.size()) +
           " bytes";
  if (decoded) {
    if (!valid_utf8(text) || text.empty() != (span.size() == 0))
      return std::string(what) + ": decoded text \"" + text + "\" does not fit its span";
  } else if (input.substr(span.begin, span.size()) != text) {
    return std::string(what) + ": text \"" + text + "\" is not the input at its span";
  }
  return "";
}

// A result of Extractor::extract(input) and its JSON form.
inline std::string check_result(std::string_view input, const Result& result) {
  if (result.error) {
    const std::string& code = result.error->code;
    if (code != "unreadable" && code != "empty" && code != "binary" && code != "too_large" &&
        code != "invalid_input")
      return "unknown error code " + code;
    if (!result.fines.empty()) return "an error record with fines";
  }
  const bool decoded = !result.encoding.empty();
  for (const Fine& fine : result.fines) {
    std::string broken;
    if (fine.sentence.begin > fine.sentence.end || fine.sentence.end > input.size())
      return "sentence span outside the input";
    if (fine.amount) {
      broken = check_span(input, fine.amount->span, fine.amount->text, "amount", false,
                          decoded);
      const double value = fine.amount->value.to_double();
      if (broken.empty() && !(std::isfinite(value) && value >= 0))
        broken = "amount value " + fine.amount->value.to_string() + " is not finite and >= 0";
      if (broken.empty() && fine.amount->currency.empty()) broken = "amount without currency";
    }
    if (broken.empty() && fine.entity)
      broken = check_span(input, fine.entity->span, fine.entity->text, "entity", false,
                          decoded);
    if (broken.empty() && fine.authority)
      broken = check_span(input, fine.authority->span, fine.authority->text, "authority", true,
                          decoded);
    if (broken.empty() && fine.date)
      broken = check_span(input, fine.date->span, fine.date->text, "date", true,
                          decoded);
    if (broken.empty() && !(fine.confidence >= 0 && fine.confidence <= 1))
      broken = "confidence outside [0, 1]";
    if (!broken.empty()) return broken;
  }
  for (const Warning& warning : result.warnings)
    if (!valid_utf8(warning.code) || !valid_utf8(warning.message)) return "a warning is not UTF-8";
  for (const JsonStyle style : {JsonStyle::compact, JsonStyle::pretty}) {
    const std::string json = to_json(result, style);
    if (!valid_utf8(json)) return "to_json gave invalid UTF-8";
    const auto parsed = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) return "to_json gave text that does not parse: " + json;
    if (!parsed.contains("fines") || parsed["fines"].size() != result.fines.size())
      return "to_json lost fines: " + json;
  }
  return "";
}

// normalize(input): valid UTF-8 in the canonical shape its header promises, and a map that sends
// every character back inside the input, in order.
inline std::string check_normalized(std::string_view input, const NormalizedText& norm) {
  const std::string& text = norm.text;
  if (!valid_utf8(text)) return "normalised text is not valid UTF-8";
  if (norm.map.normalized_size() != text.size())
    return "map covers " + std::to_string(norm.map.normalized_size()) + " bytes of a text of " +
           std::to_string(text.size());
  if (!text.empty() && (text.front() == ' ' || text.front() == '\n' || text.back() == ' ' ||
                        text.back() == '\n'))
    return "whitespace left at an end";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\n') return "control byte " + std::to_string(c) + " kept";
    if ((c == ' ' || c == '\n') && i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\n'))
      return "whitespace run not collapsed at " + std::to_string(i);
  }
  std::size_t previous_begin = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = i + 1;
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    const Span original = norm.to_original({i, next});
    if (original.begin > original.end || original.end > input.size())
      return "character at " + std::to_string(i) + " maps outside the input";
    if (original.begin < previous_begin)
      return "character at " + std::to_string(i) + " maps before the one preceding it";
    previous_begin = original.begin;
    i = next;
  }
  const Span whole = norm.to_original({0, text.size()});
  if (whole.begin > whole.end || whole.end > input.size()) return "whole text maps outside";
  return "";
}

}  // namespace finex::invariants
