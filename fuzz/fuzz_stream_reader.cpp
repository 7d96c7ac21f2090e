// libFuzzer target: any bytes as the standard input of `finex extract --stream`, through the
// line reader (handing the bytes on in pieces of varying size, as a pipe does) and the parsing
// of each record, checking that every byte is accounted for, no line is kept beyond the cap,
// line numbers run on by one, and every record has a name and, when read, valid UTF-8 text.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "invariants.h"
#include "json_text_repair.h"
#include "line_reader.h"
#include "stream_record.h"

namespace {

// Small, so that lines over it and lines that never end are reached in a short input.
constexpr std::size_t kCap = 1024;

[[noreturn]] void broken(const char* what) {
  std::fprintf(stderr, "stream reader: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte chooses the sizes of the pieces the "pipe" hands on.
  const std::size_t piece = 1 + data[0] % 61;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::size_t offset = 0, turn = 0;
  finex::cli::LineReader reader(
      [&](char* buffer, std::size_t room) {
        const std::size_t n = std::min({room, input.size() - offset, piece + (turn++ % 7)});
        std::memcpy(buffer, input.data() + offset, n);
        offset += n;
        return n;
      },
      kCap);
  finex::cli::Line line;
  std::size_t expected_number = 1, accounted = 0;
  bool ended = false;
  while (reader.next(line)) {
    if (ended) broken("a line after one that never ended");
    if (line.number != expected_number++) broken("line numbers do not run on by one");
    if (line.text.find('\n') != std::string::npos) broken("a line holds a line break");
    if (line.too_long) {
      if (line.bytes <= kCap) broken("a line within the cap called too long");
      if (line.text.size() > finex::cli::LineReader::kKeptOfLongLine) broken("too much of a long line kept");
      if (!line.unended && input.substr(accounted, line.text.size()) != line.text) broken("the kept start is not the line's");
      (void)finex::cli::readable_id(line.text);
    } else {
      if (line.text.size() != line.bytes || line.bytes > kCap) broken("a line's size is wrong");
      if (input.substr(accounted, line.bytes) != line.text) broken("a line is not the input's bytes");
      const finex::cli::StreamRecord record = finex::cli::parse_stream_record(line.text, line.number, {});
      if (record.info.id.empty() && !record.error) broken("a record without a name");
      if (!record.error && !finex::invariants::valid_utf8(record.text)) broken("a record's text is not UTF-8");
      const finex::cli::RepairedJson repaired = finex::cli::repair_json_text(line.text);
      if (!finex::invariants::valid_utf8(repaired.text)) broken("a repaired line is not UTF-8");
      if (repaired.replaced == 0 && repaired.text != line.text) broken("a line with nothing to repair changed");
    }
    accounted += line.bytes;
    ended = line.unended;
    if (!ended && accounted < input.size()) ++accounted;  // its '\n'
  }
  if (!ended && accounted != input.size()) broken("bytes not accounted for");
  return 0;
}
