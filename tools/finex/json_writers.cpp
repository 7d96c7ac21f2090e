// JSON Lines (the contract, one document a line) and pretty JSON.
#include "finex/json.h"
#include "record_writer.h"

namespace finex::cli {
namespace {

class JsonLinesWriter final : public RecordWriter {
 public:
  void write(const Result& result, OutputSink& out) override {
    out.write(to_json(result));
    out.write("\n");
  }
};

class PrettyJsonWriter final : public RecordWriter {
 public:
  explicit PrettyJsonWriter(bool single_document) : single_(single_document) {}
  void begin(OutputSink& out) override {
    if (!single_) out.write("[\n");
  }
  void write(const Result& result, OutputSink& out) override {
    if (!single_ && count_++ > 0) out.write(",\n");
    out.write(to_json(result, JsonStyle::pretty));
    if (single_) out.write("\n");
  }
  void end(OutputSink& out) override {
    if (!single_) out.write(count_ > 0 ? "\n]\n" : "]\n");
  }

 private:
  bool single_;
  std::size_t count_ = 0;
};

}  // namespace

std::unique_ptr<RecordWriter> make_jsonl_writer() { return std::make_unique<JsonLinesWriter>(); }
std::unique_ptr<RecordWriter> make_json_writer(bool single_document) {
  return std::make_unique<PrettyJsonWriter>(single_document);
}

}  // namespace finex::cli
