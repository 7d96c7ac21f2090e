// CSV: one row per fine, for spreadsheets. A document without fines has no row; a document
// with an error has one, its fine columns empty and the error in the column "error" (it goes to
// standard error and to the exit status too).
#include <cstdio>
#include <vector>

#include "record_writer.h"

namespace finex::cli {

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

namespace {

// RFC 4180 ends records with CRLF.
constexpr std::string_view kRecordEnd = "\r\n";

std::string confidence_text(double confidence) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", confidence);
  return buffer;
}

// The first ten columns are those of the first CSV format; later ones were added after them, so
// that a reader that picks columns by position keeps working.
class CsvWriter final : public RecordWriter {
 public:
  explicit CsvWriter(bool evidence) : evidence_(evidence) {}

  void begin(OutputSink& out) override {
    out.write("document,kind,entity,authority,authority_name,country,amount,currency,date,"
              "confidence,language,published,amount_text,error");
    if (evidence_) out.write(",sentence");
    out.write(kRecordEnd);
  }

  void write(const Result& result, OutputSink& out) override {
    const std::string published = result.published.value_or("");
    if (result.error) {
      write_row({result.document, "", "", "", "", "", "", "", "", "", "", published, "",
                 result.error->code + ": " + result.error->message},
                out);
      return;
    }
    for (const Fine& fine : result.fines) {
      std::vector<std::string> fields = {
          result.document,
          to_string(fine.kind),
          fine.entity ? fine.entity->text : "",
          fine.authority ? fine.authority->text : "",
          fine.authority ? fine.authority->name : "",
          fine.authority ? fine.authority->country : "",
          fine.amount ? fine.amount->value.to_string() : "",
          fine.amount ? fine.amount->currency : "",
          fine.date ? fine.date->value : "",
          confidence_text(fine.confidence),
          result.language,
          published,
          fine.amount ? fine.amount->text : "",
          "",
      };
      if (evidence_) fields.push_back(fine.evidence ? fine.evidence->sentence : "");
      write_row(fields, out);
    }
  }

 private:
  void write_row(std::vector<std::string> fields, OutputSink& out) const {
    if (evidence_) fields.resize(15);
    std::string row;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) row += ',';
      row += csv_field(fields[i]);
    }
    out.write(row);
    out.write(kRecordEnd);
  }

  bool evidence_;
};

}  // namespace

std::unique_ptr<RecordWriter> make_csv_writer(bool evidence) {
  return std::make_unique<CsvWriter>(evidence);
}

}  // namespace finex::cli
