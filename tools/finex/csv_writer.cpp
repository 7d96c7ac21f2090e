// CSV: one row per fine, for spreadsheets. A document without fines has no row; a document
// with an error has none either (its error goes to standard error and to the exit status).
#include <cstdio>

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

class CsvWriter final : public RecordWriter {
 public:
  void begin(OutputSink& out) override {
    out.write("document,kind,entity,authority,authority_name,country,amount,currency,date,"
              "confidence");
    out.write(kRecordEnd);
  }

  void write(const Result& result, OutputSink& out) override {
    for (const Fine& fine : result.fines) {
      const std::string fields[] = {
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
      };
      std::string row;
      for (const std::string& field : fields) {
        if (!row.empty() || &field != &fields[0]) row += ',';
        row += csv_field(field);
      }
      out.write(row);
      out.write(kRecordEnd);
    }
  }
};

}  // namespace

std::unique_ptr<RecordWriter> make_csv_writer() { return std::make_unique<CsvWriter>(); }

}  // namespace finex::cli
