// --format html: one self-contained review page. Each document with fines is written as it comes
// (its text and the highlighted pieces of its fines, as data the page renders twenty documents at
// a time), so memory stays bounded by the fines, not the texts, and a browser lays out only what
// is shown; the overview (summary, the table of fines, errors) is written at the end and shown
// first. Everything from the input is escaped: as HTML text in the lists, as JSON with no '<'
// in the data.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "html_page.h"
#include "html_table.h"
#include "html_text.h"
#include "record_writer.h"

namespace finex::cli {
namespace {

using json = nlohmann::ordered_json;
using html_text::escaped;

constexpr html_table::Column kColumns[] = {
    {"document"}, {"language", false, true}, {"kind", false, true}, {"entity"}, {"authority"},
    {"country"}, {"amount", true, false, false, "value"}, {"currency"}, {"date"},
    {"confidence", true, false, true},
};

struct Highlight {
  Span span;
  const char* role;  // the CSS class: s (a fine's sentence), h-party, h-authority...
};

// The document's text cut into pieces, each with the roles of the spans over it: spans may nest
// or overlap (a sentence holds its amount; two fines share a sentence). As JSON for the page's
// script: {"text", "pieces": [end, "classes", ...], "anchors": [[start, fine], ...]}, offsets in
// the UTF-16 units of the browser's strings.
json highlighted(std::string_view text, const Result& result) {
  std::vector<Highlight> spans;
  std::vector<std::pair<std::size_t, std::size_t>> anchors;  // a fine's sentence starts here
  auto add = [&](Span span, const char* role) {
    if (span.begin < span.end && span.end <= text.size()) spans.push_back({span, role});
  };
  for (std::size_t i = 0; i < result.fines.size(); ++i) {
    const Fine& f = result.fines[i];
    add(f.sentence, "s");
    if (f.sentence.begin <= text.size()) anchors.emplace_back(f.sentence.begin, i);
    if (f.entity) add(f.entity->span, "h-party");
    if (f.authority) add(f.authority->span, "h-authority");
    if (f.amount) add(f.amount->span, "h-amount");
    if (f.date) add(f.date->span, "h-date");
    if (f.evidence && f.evidence->trigger) add(f.evidence->trigger->span, "h-trigger");
  }
  std::sort(anchors.begin(), anchors.end());
  std::vector<std::size_t> cuts = {0, text.size()};
  for (const Highlight& h : spans) cuts.insert(cuts.end(), {h.span.begin, h.span.end});
  for (const auto& [at, fine] : anchors) cuts.push_back(at);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  json pieces = json::array();
  std::vector<std::size_t> offsets = cuts;  // every anchor is at a cut
  std::string clean = html_text::for_script(text, offsets);
  for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
    std::vector<const char*> roles;
    for (const Highlight& h : spans)
      if (h.span.begin <= cuts[k] && cuts[k + 1] <= h.span.end &&
          std::find(roles.begin(), roles.end(), std::string_view(h.role)) == roles.end())
        roles.push_back(h.role);
    // The sentence first, then the roles in the order of the legend.
    std::sort(roles.begin(), roles.end(), [](const char* a, const char* b) { return std::string_view(a) > b; });
    std::string classes;
    for (const char* role : roles) classes += (classes.empty() ? "" : " ") + std::string(role);
    pieces.push_back(offsets[k + 1]);
    pieces.push_back(std::move(classes));
  }
  json anchor_list = json::array();
  for (const auto& [at, fine] : anchors) {
    const auto cut = std::lower_bound(cuts.begin(), cuts.end(), at) - cuts.begin();
    anchor_list.push_back({offsets[static_cast<std::size_t>(cut)], fine});
  }
  return {{"text", std::move(clean)}, {"pieces", std::move(pieces)}, {"anchors", std::move(anchor_list)}};
}

json row(const Fine& f, const std::string& document, const std::string& language, std::string href) {
  auto or_null = [](const std::string& s) { return s.empty() ? json() : json(s); };
  json r = {{"document", document}, {"href", std::move(href)}, {"language", or_null(language)},
            {"kind", to_string(f.kind)}};
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

class HtmlWriter final : public RecordWriter {
 public:
  bool shows_input() const override { return true; }

  void begin(OutputSink& out) override {
    out.write(html_page::head("finex review"));
    out.write("<section class=\"documents\" id=\"documents\">\n<h2>Documents with fines</h2>\n"
              "<div class=\"pager\"><button id=\"d-prev\" type=\"button\">previous</button>"
              "<button id=\"d-next\" type=\"button\">next</button><span id=\"d-count\"></span></div>\n"
              "<div id=\"doc-list\"></div>\n");
  }

  void write(const Result& result, OutputSink& out) override { write_document(result, {}, out); }

  void write_document(const Result& result, std::string_view input, OutputSink& out) override {
    ++documents_;
    if (!result.ok()) {
      errors_ += "<li><b>" + escaped(result.error->code) + "</b> " + escaped(result.document) + ": " +
                 escaped(result.error->message) + "</li>\n";
      ++error_count_;
      return;
    }
    ++languages_[result.language.empty() ? "unknown" : result.language];
    for (const Warning& w : result.warnings)
      warnings_ += "<li><b>" + escaped(w.code) + "</b> " + escaped(result.document) + ": " + escaped(w.message) +
                   "</li>\n";
    if (result.fines.empty()) {
      quiet_ += "<li>" + escaped(result.document) + "</li>\n";
      ++quiet_count_;
      return;
    }
    const std::string number = std::to_string(with_fines_++);
    for (std::size_t i = 0; i < result.fines.size(); ++i)
      rows_.push_back(row(result.fines[i], result.document, result.language, "#d" + number + "-f" + std::to_string(i)));
    json document = highlighted(input, result);
    document["name"] = result.document;
    document["language"] = result.language;
    document["fines"] = result.fines.size();
    out.write("<script type=\"application/json\" class=\"finex-doc\">" + html_text::script_json(document) +
              "</script>\n");
  }

  void end(OutputSink& out) override {
    std::string page = "</section>\n<section class=\"overview\" id=\"overview\">\n<h1>finex review</h1>\n"
                       "<div class=\"summary\" id=\"summary\">";
    auto figure = [&](const char* name, std::size_t n) {
      page += "<div><b>" + std::to_string(n) + "</b>" + name + "</div>";
    };
    figure("documents", documents_);
    figure("with fines", with_fines_);
    figure("fines", rows_.size());
    figure("errors", error_count_);
    std::string languages;
    for (const auto& [code, n] : languages_) languages += (languages.empty() ? "" : ", ") + escaped(code) + " " + std::to_string(n);
    page += "<div><b>" + std::to_string(languages_.size()) + "</b>languages: " + languages + "</div></div>\n";
    page += "<h2>Fines</h2>\n<p class=\"legend\">In the texts: <span class=\"h-party\">party</span>"
            "<span class=\"h-authority\">authority</span><span class=\"h-amount\">amount</span>"
            "<span class=\"h-date\">date</span><span class=\"h-trigger\">fine word</span>"
            "<span class=\"s\">sentence of a fine</span></p>\n";
    page += html_table::controls(kColumns);
    page += "<h2>Errors</h2>\n<ul class=\"errors\" id=\"errors\">" + (errors_.empty() ? "<li>none</li>" : errors_) +
            "</ul>\n<h2>Warnings</h2>\n<ul class=\"errors\" id=\"warnings\">" +
            (warnings_.empty() ? "<li>none</li>" : warnings_) + "</ul>\n<details><summary>Documents without fines (" + std::to_string(quiet_count_) +
            ")</summary><ul class=\"quiet\">" + quiet_ + "</ul></details>\n</section>\n";
    page += html_table::data_element(kColumns, std::move(rows_), "fines");
    out.write(page);
    out.write(html_page::tail({html_page::kTableScript, html_page::kDocumentsScript}));
  }

 private:
  std::size_t documents_ = 0, with_fines_ = 0, quiet_count_ = 0, error_count_ = 0;
  std::map<std::string, std::size_t> languages_;
  json rows_ = json::array();
  std::string errors_, warnings_, quiet_;
};

}  // namespace

std::unique_ptr<RecordWriter> make_html_writer() { return std::make_unique<HtmlWriter>(); }

}  // namespace finex::cli
