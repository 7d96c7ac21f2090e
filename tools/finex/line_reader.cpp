#include "line_reader.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace finex::cli {

LineReader::LineReader(Source source, std::size_t max_line_bytes)
    : source_(std::move(source)), max_(max_line_bytes), buffer_(std::size_t{1} << 16) {}

LineReader::Source LineReader::standard_input() {
  return [](char* buffer, std::size_t size) -> std::size_t {
    for (;;) {
      const ssize_t n = ::read(STDIN_FILENO, buffer, size);
      if (n < 0 && errno == EINTR) continue;
      return n > 0 ? static_cast<std::size_t>(n) : 0;  // a read error ends the input too
    }
  };
}

bool LineReader::fill() {
  if (ended_) return false;
  begin_ = 0;
  end_ = source_(buffer_.data(), buffer_.size());
  if (end_ == 0) ended_ = true;
  return end_ > 0;
}

bool LineReader::next(Line& line) {
  line.text.clear();
  line.bytes = 0;
  line.too_long = line.unended = false;
  if (ended_) return false;
  bool any = false;  // a last line without '\n' is a line; nothing after the last '\n' is not
  for (;;) {
    if (begin_ == end_ && !fill()) {
      if (!any) return false;
      break;
    }
    any = true;
    const char* from = buffer_.data() + begin_;
    const char* newline = static_cast<const char*>(std::memchr(from, '\n', end_ - begin_));
    const std::size_t piece = newline ? static_cast<std::size_t>(newline - from) : end_ - begin_;
    line.bytes += piece;
    if (!line.too_long && line.bytes > max_) {
      line.too_long = true;
      const std::size_t kept = std::min(line.text.size(), kKeptOfLongLine);
      line.text.resize(kept);
      line.text.shrink_to_fit();
    }
    if (!line.too_long) line.text.append(from, piece);
    else if (line.text.size() < kKeptOfLongLine)
      line.text.append(from, std::min(piece, kKeptOfLongLine - line.text.size()));
    begin_ += piece;
    if (newline) {
      ++begin_;
      break;
    }
    if (line.too_long && line.bytes / kMaxSkippedLines > max_) {
      line.unended = true;
      ended_ = true;
      break;
    }
  }
  line.number = ++number_;
  return true;
}

}  // namespace finex::cli
