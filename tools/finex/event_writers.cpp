#include "event_writers.h"

#include <set>
#include <string>
#include <vector>

#include "html_page.h"
#include "html_table.h"
#include "record_writer.h"

namespace finex::cli {
namespace {

void write_csv(std::span<const Event> events, OutputSink& out) {
  out.write("event,kind,entity,authority,authority_name,country,amount,currency,date,source_count,"
            "documents\r\n");
  for (std::size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    // Documents in the order of their sources; a document path rarely holds "; ".
    std::string documents;
    for (const EventSource& s : e.sources) documents += (documents.empty() ? "" : "; ") + s.document;
    const std::string fields[] = {
        std::to_string(i + 1), to_string(e.kind), e.entity, e.authority, e.authority_name, e.country,
        e.amount ? e.amount->to_string() : "", e.currency, e.date, std::to_string(e.sources.size()), documents,
    };
    std::string row;
    for (const std::string& field : fields) row += (&field == &fields[0] ? "" : ",") + csv_field(field);
    out.write(row);
    out.write("\r\n");  // RFC 4180, as --format csv of extract
  }
}

// One page: a summary and the table of events, which sorts, filters and pages like the review
// page's table of fines; each event lists its documents.
void write_html(std::span<const Event> events, OutputSink& out) {
  using json = nlohmann::ordered_json;
  static constexpr html_table::Column kColumns[] = {
      {"event", true}, {"kind", false, true}, {"entity"}, {"authority"}, {"country", false, true},
      {"amount", true, false, false, "value"}, {"currency", false, true}, {"date"},
      {"sources", true, false, true}, {"documents"},
  };
  auto or_null = [](const std::string& s) { return s.empty() ? json() : json(s); };
  json rows = json::array();
  std::set<std::string> documents;
  std::size_t sources = 0, repeated = 0;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    std::string names;
    for (const EventSource& s : e.sources) {
      names += (names.empty() ? "" : "\n") + s.document;
      documents.insert(s.document);
    }
    sources += e.sources.size();
    repeated += e.sources.size() > 1;
    rows.push_back({{"event", i + 1}, {"kind", to_string(e.kind)}, {"entity", or_null(e.entity)},
                    {"authority", or_null(e.authority.empty() ? e.authority_name : e.authority)},
                    {"country", or_null(e.country)}, {"amount", e.amount ? json(e.amount->to_string()) : json()},
                    {"value", e.amount ? e.amount->to_double() : 0.0}, {"currency", or_null(e.currency)},
                    {"date", or_null(e.date)}, {"sources", e.sources.size()}, {"documents", std::move(names)}});
  }
  std::string page = html_page::head("finex events") +
                     "<section class=\"overview\" id=\"overview\">\n<h1>finex events</h1>\n"
                     "<div class=\"summary\" id=\"summary\">";
  auto figure = [&](const char* name, std::size_t n) {
    page += "<div><b>" + std::to_string(n) + "</b>" + name + "</div>";
  };
  figure("real-world fines", events.size());
  figure("reports of them", sources);
  figure("documents", documents.size());
  figure("reported more than once", repeated);
  page += "</div>\n<h2>Events</h2>\n" + html_table::controls(kColumns) + "</section>\n";
  out.write(page);
  out.write(html_table::data_element(kColumns, std::move(rows), "events"));
  out.write(html_page::tail({html_page::kTableScript}));
}

class EventWriter final : public RecordWriter {
 public:
  explicit EventWriter(Format format) : format_(format) {}
  void write(const Result& result, OutputSink&) override {
    if (result.fines.empty()) return;
    Result kept;  // the fines are all that is grouped
    kept.document = result.document;
    kept.fines = result.fines;
    results_.push_back(std::move(kept));
  }
  void end(OutputSink& out) override { write_events(aggregate(results_), format_, out); }

 private:
  Format format_;
  std::vector<Result> results_;
};

}  // namespace

std::unique_ptr<RecordWriter> make_event_writer(Format format) { return std::make_unique<EventWriter>(format); }

void write_events(std::span<const Event> events, Format format, OutputSink& out) {
  if (format == Format::csv) return write_csv(events, out);
  if (format == Format::html) return write_html(events, out);
  for (const Event& e : events) {
    out.write(to_json(e));
    out.write("\n");
  }
}

}  // namespace finex::cli
