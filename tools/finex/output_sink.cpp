#include "output_sink.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace finex::cli {
namespace {
constexpr std::size_t kBufferBytes = 1 << 16;
}

OutputSink::~OutputSink() {
  if (owns_fd_) ::close(fd_);
}

bool OutputSink::open_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) {
    state_ = State::failed;
    error_ = "cannot write " + path + ": " + std::strerror(errno);
    return false;
  }
  fd_ = fd;
  owns_fd_ = true;
  name_ = path;
  return true;
}

void OutputSink::write(std::string_view bytes) {
  if (state_ != State::open) return;
  buffer_.append(bytes);
  if (buffer_.size() >= kBufferBytes) flush();
}

void OutputSink::flush() {
  if (state_ == State::open && !buffer_.empty()) write_out(buffer_);
  buffer_.clear();
}

void OutputSink::close() {
  flush();
  if (!owns_fd_) return;
  owns_fd_ = false;
  if (::close(fd_) != 0 && state_ == State::open) {
    state_ = State::failed;
    error_ = "cannot write " + name_ + ": " + std::strerror(errno);
  }
}

void OutputSink::write_out(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n >= 0) {
      bytes.remove_prefix(static_cast<std::size_t>(n));
      continue;
    }
    if (errno == EINTR) continue;
    if (errno == EPIPE) {
      state_ = State::closed_by_reader;
    } else {
      state_ = State::failed;
      error_ = "cannot write " + name_ + ": " + std::strerror(errno);
    }
    return;
  }
}

}  // namespace finex::cli
