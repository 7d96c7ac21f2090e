#pragma once
// Where results are written: standard output or a file, through a buffer, with every write
// checked. A reader that goes away (EPIPE: `finex extract ... | head -1`) is a normal end, not
// an error; any other failure (ENOSPC on a full disk, EIO) is reported with its reason.
#include <string>
#include <string_view>

namespace finex::cli {

class OutputSink {
 public:
  enum class State { open, closed_by_reader, failed };

  OutputSink() = default;  // standard output
  ~OutputSink();
  OutputSink(const OutputSink&) = delete;
  OutputSink& operator=(const OutputSink&) = delete;

  // Opens (creates or truncates) a file instead of standard output. False with error() set.
  bool open_file(const std::string& path);

  void write(std::string_view bytes);  // buffered; a full buffer is written out
  void flush();                         // writes the buffer out now
  void close();                         // flushes, and closes a file (close can fail too)

  State state() const { return state_; }
  bool ok() const { return state_ == State::open; }
  const std::string& error() const { return error_; }

 private:
  void write_out(std::string_view bytes);

  int fd_ = 1;
  bool owns_fd_ = false;
  std::string name_ = "standard output";
  std::string buffer_;
  State state_ = State::open;
  std::string error_;
};

}  // namespace finex::cli
