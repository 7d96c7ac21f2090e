#include "event_writers.h"

#include <string>
#include <vector>

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
  for (const Event& e : events) {
    out.write(to_json(e));
    out.write("\n");
  }
}

}  // namespace finex::cli
