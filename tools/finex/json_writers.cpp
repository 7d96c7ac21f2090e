// JSON Lines (the contract, one document a line) and pretty JSON.
#include "finex/json.h"
#include "record_writer.h"

namespace finex::cli {
namespace {

class JsonLinesWriter final : public RecordWriter {
 public:
  void write(const Result& result, OutputSink& out) override {
    write_json(result, JsonStyle::compact, [&out](std::string_view piece) { out.write(piece); });
    out.write("\n");
  }
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
