// JSON Lines (the contract, one document a line) and pretty JSON.
#include "finex/json.h"
#include "record_writer.h"

namespace finex::cli {
namespace {

// Whether `text` is written in JSON as it is: printable ASCII with no quote or backslash.
bool plain(std::string_view text) {
  for (const char c : text)
    if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') return false;
  return true;
}

class JsonLinesWriter final : public RecordWriter {
 public:
  void write(const Result& result, OutputSink& out) override {
    // Most records of an archive say only the document's language: written here, byte for byte
    // what write_json gives them, without building a JSON tree.
    if (!result.error && result.fines.empty() && result.warnings.empty() && result.languages.empty() &&
        plain(result.document) && plain(result.language) &&
        (!result.published || plain(*result.published))) {
      std::string& line = line_;
      line.assign("{\"document\":\"").append(result.document).append("\",\"language\":");
      if (result.language.empty()) line.append("null");
      else line.append("\"").append(result.language).append("\"");
      line.append(",\"published\":");
      if (result.published) line.append("\"").append(*result.published).append("\"");
      else line.append("null");
      line.append(",\"fines\":[],\"warnings\":[]}\n");
      out.write(line);
      return;
    }
    write_json(result, JsonStyle::compact, [&out](std::string_view piece) { out.write(piece); });
    out.write("\n");
  }

 private:
  std::string line_;  // reused from record to record
};

// Always one array, whatever the number of documents: a reader needs no special case for one.
class PrettyJsonWriter final : public RecordWriter {
 public:
  void begin(OutputSink& out) override { out.write("[\n"); }
  void write(const Result& result, OutputSink& out) override {
    if (count_++ > 0) out.write(",\n");
    write_json(result, JsonStyle::pretty, [&out](std::string_view piece) { out.write(piece); });
  }
  void end(OutputSink& out) override { out.write(count_ > 0 ? "\n]\n" : "]\n"); }

 private:
  std::size_t count_ = 0;
};

}  // namespace

std::unique_ptr<RecordWriter> make_jsonl_writer() { return std::make_unique<JsonLinesWriter>(); }
std::unique_ptr<RecordWriter> make_json_writer() { return std::make_unique<PrettyJsonWriter>(); }

}  // namespace finex::cli
