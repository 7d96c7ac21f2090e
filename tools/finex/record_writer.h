#pragma once
// The output formats. A writer turns results, given in input order, into bytes on a sink;
// it runs on one thread, so it may keep state (the header row, the comma between array items).
#include <memory>
#include <string>
#include <string_view>

#include "arguments.h"
#include "finex/result.h"
#include "output_sink.h"

namespace finex::cli {

class RecordWriter {
 public:
  virtual ~RecordWriter() = default;
  virtual void begin(OutputSink&) {}
  virtual void write(const Result& result, OutputSink& out) = 0;
  virtual void end(OutputSink&) {}
  // Writers that show the document beside its result (html) are given its bytes too.
  virtual bool shows_input() const { return false; }
  virtual void write_document(const Result& result, std::string_view /*input*/, OutputSink& out) {
    write(result, out);
  }
};

// `evidence`: the results carry Fine::evidence, which CSV shows in a column of its own.
std::unique_ptr<RecordWriter> make_record_writer(Format format, bool evidence);

std::unique_ptr<RecordWriter> make_jsonl_writer();
std::unique_ptr<RecordWriter> make_json_writer();
std::unique_ptr<RecordWriter> make_csv_writer(bool evidence);
std::unique_ptr<RecordWriter> make_table_writer();
std::unique_ptr<RecordWriter> make_html_writer();
// `finex extract --aggregate`: keeps the fines of every result and writes the real-world fines
// they report at the end, as jsonl, csv or an html page.
std::unique_ptr<RecordWriter> make_event_writer(Format format);

// One CSV field, quoted as RFC 4180 asks when it holds a comma, a quote or a line break.
std::string csv_field(std::string_view text);

}  // namespace finex::cli
