#pragma once
// Reads standard input (or any source of bytes) line by line, never holding more than a cap: a longer
// line is counted and skipped to its end without being stored, so neither a 300 MB record nor
// `< /dev/zero` can take the memory.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace finex::cli {

struct Line {
  std::size_t number = 0;  // from 1
  std::size_t bytes = 0;   // of the whole line, without its '\n'
  // The line without its '\n'; for a line over the cap, only its first bytes (where an "id" may
  // be read).
  std::string text;
  bool too_long = false;
  // A line over the cap that ran on for kMaxSkippedLines caps without a line end: no line
  // follows, the input is no JSON Lines (`< /dev/zero`).
  bool unended = false;
};

class LineReader {
 public:
  // How much of a too long line is kept, and how far it is followed before giving up.
  static constexpr std::size_t kKeptOfLongLine = 4096;
  static constexpr std::size_t kMaxSkippedLines = 16;

  // Reads up to `size` bytes into `buffer`, returning as soon as any are there (a line must be
  // answered before the next one is written); 0 at the end of the input.
  using Source = std::function<std::size_t(char* buffer, std::size_t size)>;
  LineReader(Source source, std::size_t max_line_bytes);
  // Standard input, read with read(2) so that a line is handed on as soon as it arrives.
  static Source standard_input();

  // The next line into `line` (its text's capacity reused); false at the end of the input.
  bool next(Line& line);

 private:
  bool fill();  // more bytes into buffer_; false at the end of the input

  Source source_;
  const std::size_t max_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0, end_ = 0;  // the unread bytes of buffer_
  std::size_t number_ = 0;
  bool ended_ = false;
};

}  // namespace finex::cli
