#include "json/compact_json.h"

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <string>

namespace finex {
namespace {

using json = nlohmann::ordered_json;

// Whether `text` is UTF-8 that nlohmann's decoder accepts (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF). Stricter would only send more strings to nlohmann.
bool valid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  const auto tail = [&](int n) {
    for (int i = 1; i <= n; ++i)
      if (p + i >= end || (p[i] & 0xC0) != 0x80) return false;
    return true;
  };
  while (p < end) {
    const unsigned char c = *p;
    if (c < 0x80) {
      ++p;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (!tail(1)) return false;
      p += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      if (!tail(2) || (c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F)) return false;
      p += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (!tail(3) || (c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F)) return false;
      p += 4;
    } else {
      return false;
    }
  }
  return true;
}

class CompactWriter {
 public:
  explicit CompactWriter(std::string& out) : out_(out) {}

  CompactWriter& raw(std::string_view text) {
    out_.append(text);
    return *this;
  }
  // ,"key": or {"key": — keys are plain ASCII, written as they are.
  CompactWriter& key(std::string_view name, bool first = false) {
    out_ += first ? '{' : ',';
    out_ += '"';
    out_.append(name);
    out_.append("\":");
    return *this;
  }
  CompactWriter& string(std::string_view text) {
    if (!valid_utf8(text)) {  // nlohmann's replacement of invalid bytes, as it makes it
      out_.append(json(std::string(text)).dump(-1, ' ', false, json::error_handler_t::replace));
      return *this;
    }
    out_ += '"';
    std::size_t plain = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(text.substr(plain, i - plain));
      plain = i + 1;
      switch (c) {
        case '"': out_.append("\\\""); break;
        case '\\': out_.append("\\\\"); break;
        case '\b': out_.append("\\b"); break;
        case '\f': out_.append("\\f"); break;
        case '\n': out_.append("\\n"); break;
        case '\r': out_.append("\\r"); break;
        case '\t': out_.append("\\t"); break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          out_.append("\\u00");
          out_ += kHex[c >> 4];
          out_ += kHex[c & 15];
        }
      }
    }
    out_.append(text.substr(plain));
    out_ += '"';
    return *this;
  }
  // An empty string is null.
  CompactWriter& string_or_null(std::string_view text) {
    return text.empty() ? raw("null") : string(text);
  }
  CompactWriter& number(std::size_t n) {
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    out_.append(digits, end);
    return *this;
  }
  CompactWriter& number(std::int64_t n) {
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    out_.append(digits, end);
    return *this;
  }
  CompactWriter& number(const Decimal& d) {
    if (auto whole = d.to_integer()) return number(*whole);
    out_.append(json(d.to_double()).dump());
    return *this;
  }
  // ,"start":N,"end":N
  CompactWriter& span(Span s) {
    key("start").number(s.begin);
    return key("end").number(s.end);
  }

 private:
  std::string& out_;
};

// A confidence has two decimals: its hundredths as nlohmann prints them, worked out once.
const std::array<std::string, 101>& hundredths() {
  static const std::array<std::string, 101> texts = [] {
    std::array<std::string, 101> out;
    for (int k = 0; k <= 100; ++k) out[static_cast<std::size_t>(k)] = json(static_cast<double>(k) / 100).dump();
    return out;
  }();
  return texts;
}

void write_confidence(double confidence, std::string& out) {
  const int k = static_cast<int>(confidence * 100 + 0.5);
  if (k >= 0 && k <= 100) out.append(hundredths()[static_cast<std::size_t>(k)]);
  else out.append(json(static_cast<double>(k) / 100).dump());
}

// The fields of the first mention of a field without a place in the text: "end" then "start",
// as json_writer.cpp's `o["start"] = o["end"] = json()` inserts them.
constexpr std::string_view kNoPlace = ",\"end\":null,\"start\":null";

void write_fine(const Fine& fine, std::string& out) {
  CompactWriter w(out);
  w.key("kind", true).string(to_string(fine.kind));
  w.key("entity");
  if (fine.entity) w.key("text", true).string(fine.entity->text).span(fine.entity->span).raw("}");
  else w.raw("null");
  w.key("authority");
  if (fine.authority) {
    const AuthorityRef& a = *fine.authority;
    w.key("text", true).string_or_null(a.text);
    w.key("name").string_or_null(a.name);
    w.key("country").string_or_null(a.country);
    if (a.span.size() > 0) w.span(a.span);
    else w.raw(kNoPlace);
    w.raw("}");
  } else {
    w.raw("null");
  }
  w.key("amount");
  if (fine.amount) {
    const AmountRef& a = *fine.amount;
    w.key("text", true).string(a.text);
    w.key("value").number(a.value);
    w.key("currency").string(a.currency).span(a.span).raw("}");
  } else {
    w.raw("null");
  }
  w.key("date");
  if (fine.date) {
    const DateRef& d = *fine.date;
    w.key("text", true).string_or_null(d.text);
    w.key("value").string(d.value);
    w.key("resolution").string(to_string(d.resolution));
    if (d.span.size() > 0) w.span(d.span);
    else w.raw(kNoPlace);
    w.raw("}");
  } else {
    w.raw("null");
  }
  if (fine.evidence) {
    const Evidence& e = *fine.evidence;
    w.key("sentence").key("text", true).string(e.sentence).span(fine.sentence).raw("}");
    w.key("trigger");
    if (e.trigger) w.key("text", true).string(e.trigger->text).span(e.trigger->span).raw("}");
    else w.raw("null");
    w.key("rule").string(e.rule);
  } else {
    w.key("sentence").key("start", true).number(fine.sentence.begin).key("end").number(fine.sentence.end).raw("}");
  }
  w.key("confidence");
  write_confidence(fine.confidence, out);
  w.raw("}");
}

}  // namespace

void write_compact_json(const Result& result, const std::function<void(std::string_view)>& write) {
  std::string out;
  CompactWriter w(out);
  w.key("document", true).string(result.document);
  if (result.error) {
    w.key("error").key("code", true).string(result.error->code);
    w.key("message").string(result.error->message).raw("}");
    w.key("fines").raw("[]}");
    write(out);
    return;
  }
  w.key("language").string_or_null(result.language);
  if (!result.languages.empty()) {
    w.key("languages").raw("[");
    for (std::size_t i = 0; i < result.languages.size(); ++i) {
      if (i > 0) w.raw(",");
      w.key("language", true).string(result.languages[i].language).span(result.languages[i].span).raw("}");
    }
    w.raw("]");
  }
  w.key("published");
  if (result.published) w.string(*result.published);
  else w.raw("null");
  // The fines go out one at a time, as json_writer.cpp's do: a document with a hundred
  // thousand fines is never held whole as a string.
  w.key("fines").raw("[");
  for (std::size_t i = 0; i < result.fines.size(); ++i) {
    if (i > 0) w.raw(",");
    write(out);
    out.clear();
    write_fine(result.fines[i], out);
  }
  w.raw("]");
  w.key("warnings").raw("[");
  for (std::size_t i = 0; i < result.warnings.size(); ++i) {
    if (i > 0) w.raw(",");
    w.key("code", true).string(result.warnings[i].code);
    w.key("message").string(result.warnings[i].message).raw("}");
  }
  w.raw("]}");
  write(out);
}

}  // namespace finex
