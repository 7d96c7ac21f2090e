// An aligned table for a terminal. Columns have fixed widths, so each row is printed as soon
// as its document is done (no second pass over the whole run); long values are cut with "…".
#include <cstdio>
#include <string>
#include <vector>

#include "record_writer.h"

namespace finex::cli {
namespace {

struct Column {
  const char* title;
  std::size_t width;
  bool right_aligned = false;
  bool keep_tail = false;  // paths: the file name at the end matters more than the folders
};

constexpr Column kColumns[] = {
    {"document", 28, false, true}, {"kind", 16}, {"entity", 22},   {"authority", 22},
    {"amount", 14, true},          {"cur", 3},   {"date", 10},     {"conf", 4, true},
};

// Cuts to `width` code points (a fair measure of terminal columns for news text).
std::string fit(std::string_view text, const Column& column) {
  std::string flat(text);
  for (char& c : flat)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  std::vector<std::size_t> starts;  // byte offset of each code point
  for (std::size_t i = 0; i < flat.size(); ++i)
    if ((static_cast<unsigned char>(flat[i]) & 0xC0) != 0x80) starts.push_back(i);
  std::size_t n = starts.size();
  if (n > column.width) {
    const std::size_t keep = column.width - 1;  // one column goes to the ellipsis
    flat = column.keep_tail ? "…" + flat.substr(starts[n - keep])
                            : flat.substr(0, starts[keep]) + "…";
    n = column.width;
  }
  const std::string pad(column.width - n, ' ');
  return column.right_aligned ? pad + flat : flat + pad;
}

class TableWriter final : public RecordWriter {
 public:
  void begin(OutputSink& out) override {
    std::string header, rule;
    for (const Column& c : kColumns) {
      header += fit(c.title, c) + ' ';
      rule += std::string(c.width, '-') + ' ';
    }
    out.write(trimmed(header));
    out.write(trimmed(rule));
  }

  void write(const Result& result, OutputSink& out) override {
    if (result.error) {
      row(out, {result.document, "error", result.error->code + ": " + result.error->message});
      return;
    }
    if (result.fines.empty()) row(out, {result.document, "(no fine found)"});
    for (const Fine& f : result.fines) {
      char confidence[16];
      std::snprintf(confidence, sizeof confidence, "%.2f", f.confidence);
      std::string authority;
      if (f.authority) authority = f.authority->text.empty() ? f.authority->name : f.authority->text;
      row(out, {result.document, to_string(f.kind), f.entity ? f.entity->text : "-",
                f.authority ? authority : "-", f.amount ? f.amount->value.to_string() : "-",
                f.amount ? f.amount->currency : "-", f.date ? f.date->value : "-", confidence});
    }
  }

 private:
  static std::string trimmed(std::string line) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line + "\n";
  }

  // Missing trailing cells print as blanks; a message in the third cell may overflow it.
  static void row(OutputSink& out, std::initializer_list<std::string> cells) {
    std::string line;
    std::size_t i = 0;
    for (const std::string& cell : cells) {
      const bool last = i + 1 == cells.size() && cells.size() < std::size(kColumns);
      line += last ? cell : fit(cell, kColumns[i]);
      line += ' ';
      ++i;
    }
    out.write(trimmed(line));
  }
};

}  // namespace

std::unique_ptr<RecordWriter> make_table_writer() { return std::make_unique<TableWriter>(); }

}  // namespace finex::cli
