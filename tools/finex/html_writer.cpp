// --format html: one self-contained review page. Each document with fines is written as it comes
// (its text, the spans of every fine highlighted by role), so memory stays bounded by the fines,
// not the texts; the overview (summary, the table of fines, errors) is written at the end and
// shown first. Everything from the input is escaped: as HTML text in the documents, as JSON with
// no '<' in the data the table is built from.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "html_page.h"
#include "record_writer.h"

namespace finex::cli {
namespace {

// The length of the valid UTF-8 sequence at `pos`, 0 if there is none.
std::size_t utf8_sequence(std::string_view s, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char b = byte(pos);
  const std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || pos + n > s.size()) return 0;
  for (std::size_t i = 1; i < n; ++i)
    if ((byte(pos + i) & 0xC0) != 0x80) return 0;
  if ((n == 2 && b < 0xC2) || (n == 3 && b == 0xE0 && byte(pos + 1) < 0xA0) ||
      (n == 3 && b == 0xED && byte(pos + 1) >= 0xA0) || (n == 4 && b == 0xF0 && byte(pos + 1) < 0x90) ||
      (n == 4 && (b > 0xF4 || (b == 0xF4 && byte(pos + 1) >= 0x90))))
    return 0;  // overlong, surrogate or beyond U+10FFFF
  return n;
}

// Text as HTML: markup characters as entities, invalid bytes as U+FFFD, control characters
// (which HTML forbids) as spaces.
void append_escaped(std::string& out, std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const char c = text[pos];
    const std::size_t n = utf8_sequence(text, pos);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++pos;
      continue;
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') out += c == '\r' ? "" : " ";
        else out.append(text, pos, n);
    }
    pos += n;
  }
}

std::string escaped(std::string_view text) {
  std::string out;
  append_escaped(out, text);
  return out;
}

struct Highlight {
  Span span;
  const char* role;  // the CSS class: s (a fine's sentence), h-party, h-authority...
};

// The document's text with every span of its fines marked. Spans may nest or overlap (a
// sentence holds its amount; two fines share a sentence), so the text is cut at every span's
// ends and each piece carries the roles of the spans over it.
std::string highlighted(std::string_view text, const Result& result, std::size_t number) {
  std::vector<Highlight> spans;
  std::multimap<std::size_t, std::string> anchors;  // a fine's sentence starts here
  auto add = [&](Span span, const char* role) {
    if (span.begin < span.end && span.end <= text.size()) spans.push_back({span, role});
  };
  for (std::size_t i = 0; i < result.fines.size(); ++i) {
    const Fine& f = result.fines[i];
    add(f.sentence, "s");
    if (f.sentence.begin <= text.size())
      anchors.emplace(f.sentence.begin, "d" + std::to_string(number) + "-f" + std::to_string(i));
    if (f.entity) add(f.entity->span, "h-party");
    if (f.authority) add(f.authority->span, "h-authority");
    if (f.amount) add(f.amount->span, "h-amount");
    if (f.date) add(f.date->span, "h-date");
    if (f.evidence && f.evidence->trigger) add(f.evidence->trigger->span, "h-trigger");
  }
  std::vector<std::size_t> cuts = {0, text.size()};
  for (const Highlight& h : spans) cuts.insert(cuts.end(), {h.span.begin, h.span.end});
  for (const auto& [at, id] : anchors) cuts.push_back(at);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::string out;
  for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
    const std::size_t from = cuts[k], to = cuts[k + 1];
    for (auto [it, last] = anchors.equal_range(from); it != last; ++it)
      out += "<a class=\"anchor\" id=\"" + it->second + "\"></a>";
    std::vector<const char*> roles;
    for (const Highlight& h : spans)
      if (h.span.begin <= from && to <= h.span.end &&
          std::find(roles.begin(), roles.end(), std::string_view(h.role)) == roles.end())
        roles.push_back(h.role);
    if (roles.empty()) {
      append_escaped(out, text.substr(from, to - from));
      continue;
    }
    // The sentence first, then the roles in the order of the legend.
    std::sort(roles.begin(), roles.end(), [](const char* a, const char* b) { return std::string_view(a) > b; });
    out += "<span class=\"";
    for (std::size_t r = 0; r < roles.size(); ++r) out += (r > 0 ? " " : "") + std::string(roles[r]);
    out += "\">";
    append_escaped(out, text.substr(from, to - from));
    out += "</span>";
  }
  return out;
}

class HtmlWriter final : public RecordWriter {
 public:
  bool shows_input() const override { return true; }

  void begin(OutputSink& out) override {
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              "<title>finex review</title>\n<style>");
    out.write(html_page::kStyle);
    out.write("</style>\n</head>\n<body>\n<div class=\"page\">\n<section class=\"documents\" id=\"documents\">\n"
              "<h2>Documents with fines</h2>\n");
  }

  void write(const Result& result, OutputSink& out) override { write_document(result, {}, out); }

  void write_document(const Result& result, std::string_view input, OutputSink& out) override {
    ++documents_;
    if (!result.ok()) {
      errors_.push_back("<li><b>" + escaped(result.error->code) + "</b> " + escaped(result.document) + ": " +
                        escaped(result.error->message) + "</li>\n");
      return;
    }
    ++languages_[result.language.empty() ? "unknown" : result.language];
    for (const Warning& w : result.warnings)
      warnings_.push_back("<li><b>" + escaped(w.code) + "</b> " + escaped(result.document) + ": " +
                          escaped(w.message) + "</li>\n");
    if (result.fines.empty()) {
      quiet_.push_back("<li>" + escaped(result.document) + "</li>\n");
      return;
    }
    const std::size_t number = table_documents_.size();
    table_documents_.push_back({result.document, result.language});
    for (std::size_t i = 0; i < result.fines.size(); ++i) table_fines_.push_back(row(result.fines[i], number, i));
    out.write("<article class=\"doc\" id=\"d" + std::to_string(number) + "\"><h3>" + escaped(result.document) +
              " <span class=\"lang\">" + escaped(result.language) + ", " + std::to_string(result.fines.size()) +
              (result.fines.size() == 1 ? " fine" : " fines") + "</span></h3>\n<pre class=\"text\">");
    out.write(highlighted(input, result, number));
    out.write("</pre></article>\n");
  }

  void end(OutputSink& out) override {
    std::string page = "</section>\n<section class=\"overview\" id=\"overview\">\n<h1>finex review</h1>\n"
                       "<div class=\"summary\" id=\"summary\">";
    auto figure = [&](const char* name, std::size_t n) {
      page += "<div><b>" + std::to_string(n) + "</b>" + name + "</div>";
    };
    figure("documents", documents_);
    figure("with fines", table_documents_.size());
    figure("fines", table_fines_.size());
    figure("errors", errors_.size());
    std::string languages;
    for (const auto& [code, n] : languages_) languages += (languages.empty() ? "" : ", ") + escaped(code) + " " + std::to_string(n);
    page += "<div><b>" + std::to_string(languages_.size()) + "</b>languages: " + languages + "</div></div>\n";
    page += "<h2>Fines</h2>\n<p class=\"legend\">In the texts: <span class=\"h-party\">party</span>"
            "<span class=\"h-authority\">authority</span><span class=\"h-amount\">amount</span>"
            "<span class=\"h-date\">date</span><span class=\"h-trigger\">fine word</span>"
            "<span class=\"s\">sentence of a fine</span></p>\n"
            "<div class=\"filters\"><label>text<input id=\"f-text\" type=\"search\"></label>"
            "<label>language<select id=\"f-lang\"><option value=\"\">all</option></select></label>"
            "<label>kind<select id=\"f-kind\"><option value=\"\">all</option></select></label>"
            "<label>minimum confidence<input id=\"f-conf\" type=\"number\" min=\"0\" max=\"1\" step=\"0.05\" "
            "value=\"0\"></label></div>\n"
            "<div class=\"pager\"><button id=\"f-prev\" type=\"button\">previous</button>"
            "<button id=\"f-next\" type=\"button\">next</button><span id=\"f-count\"></span></div>\n"
            "<div class=\"table\"><table id=\"fines\"><thead><tr>";
    for (const char* column : {"document", "language", "kind", "entity", "authority", "country", "amount",
                               "currency", "date", "confidence"})
      page += std::string("<th data-key=\"") + column + "\">" + column + "</th>";
    page += "</tr></thead><tbody id=\"fine-rows\"></tbody></table></div>\n";
    page += "<h2>Errors</h2>\n<ul class=\"errors\" id=\"errors\">";
    for (const std::string& e : errors_) page += e;
    page += errors_.empty() ? "<li>none</li></ul>\n" : "</ul>\n";
    page += "<h2>Warnings</h2>\n<ul class=\"errors\" id=\"warnings\">";
    for (const std::string& w : warnings_) page += w;
    page += warnings_.empty() ? "<li>none</li></ul>\n" : "</ul>\n";
    page += "<details><summary>Documents without fines (" + std::to_string(quiet_.size()) +
            ")</summary><ul class=\"quiet\">";
    for (const std::string& q : quiet_) page += q;
    page += "</ul></details>\n</section>\n</div>\n";
    out.write(page);
    out.write("<script type=\"application/json\" id=\"finex-data\">");
    out.write(data_json());
    out.write("</script>\n<script>");
    out.write(html_page::kScript);
    out.write("</script>\n</body>\n</html>\n");
  }

 private:
  using json = nlohmann::ordered_json;

  static json row(const Fine& f, std::size_t document, std::size_t index) {
    auto or_null = [](const std::string& s) { return s.empty() ? json() : json(s); };
    json r = {{"d", document}, {"f", index}, {"kind", to_string(f.kind)}};
    r["entity"] = f.entity ? or_null(f.entity->text) : json();
    r["authority"] = f.authority ? or_null(f.authority->text.empty() ? f.authority->name : f.authority->text) : json();
    r["country"] = f.authority ? or_null(f.authority->country) : json();
    r["amount"] = f.amount ? json(f.amount->value.to_string()) : json();
    r["value"] = f.amount ? f.amount->value.to_double() : 0.0;
    r["currency"] = f.amount ? or_null(f.amount->currency) : json();
    r["date"] = f.date ? or_null(f.date->value) : json();
    r["confidence"] = static_cast<double>(static_cast<int>(f.confidence * 100 + 0.5)) / 100;
    return r;
  }

  // The table's data as JSON inside <script>: no '<' at all, so no "</script>" or "<!--" can
  // end or change the element, whatever the documents hold.
  std::string data_json() const {
    json documents = json::array();
    for (const auto& [name, language] : table_documents_) documents.push_back({name, language});
    const json data = {{"documents", std::move(documents)}, {"fines", table_fines_}};
    std::string text = data.dump(-1, ' ', false, json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size());
    for (const char c : text) out += c == '<' ? std::string("\\u003c") : std::string(1, c);
    return out;
  }

  std::size_t documents_ = 0;
  std::map<std::string, std::size_t> languages_;
  std::vector<std::pair<std::string, std::string>> table_documents_;
  json table_fines_ = json::array();
  std::vector<std::string> errors_, warnings_, quiet_;
};

}  // namespace

std::unique_ptr<RecordWriter> make_html_writer() { return std::make_unique<HtmlWriter>(); }

}  // namespace finex::cli
