#include "inputs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace finex::cli {

bool has_extension(const std::string& name, const std::string& extension) {
  if (name.size() <= extension.size()) return false;
  const std::size_t at = name.size() - extension.size();
  for (std::size_t k = 0; k < extension.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(name[at + k])) !=
        std::tolower(static_cast<unsigned char>(extension[k])))
      return false;
  return true;
}

namespace {

bool has_any_extension(const std::string& name, const std::vector<std::string>& extensions) {
  return std::any_of(extensions.begin(), extensions.end(),
                     [&](const std::string& e) { return has_extension(name, e); });
}

// Depth first, entries sorted by name, so the order is the same on every file system. The type
// of an entry comes with the listing on most file systems, without a system call per file.
void walk_folder(const fs::path& folder, const std::vector<std::string>& extensions,
                 std::vector<Input>& out) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(folder, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) entries.push_back(*it);
  if (ec) {
    out.push_back({folder.string(), "cannot list folder: " + ec.message()});
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path() < b.path(); });
  for (const fs::directory_entry& entry : entries) {
    std::error_code type_ec;
    // A link to a folder is a link, never a folder to descend into.
    const bool link = entry.is_symlink(type_ec);
    if (!link && entry.is_directory(type_ec)) {
      walk_folder(entry.path(), extensions, out);
    } else if (has_any_extension(entry.path().filename().string(), extensions)) {
      if (link && fs::is_directory(entry.path(), type_ec)) continue;
      out.push_back({entry.path().string(), {}});
    }
  }
}

}  // namespace

std::vector<Input> list_inputs(const std::vector<std::string>& paths,
                               const std::vector<std::string>& extensions) {
  std::vector<Input> inputs;
  for (const std::string& path : paths) {
    std::error_code ec;
    // A folder named on the command line is searched even through a link: the user chose it.
    if (path != "-" && fs::is_directory(path, ec)) walk_folder(path, extensions, inputs);
    else inputs.push_back({path, {}});
  }
  return inputs;
}

bool read_input(const std::string& path, std::string& contents, std::string& error) {
  contents.clear();
  const int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = "cannot open " + path + ": " + std::strerror(errno);
    return false;
  }
  // A regular file is read with one call of the size it has; anything else (standard input, a
  // pipe, a folder, which fails here with EISDIR) in pieces until its end.
  struct stat info {};
  const bool regular = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
  std::size_t want = regular ? static_cast<std::size_t>(info.st_size) : std::size_t{1} << 16;
  std::size_t size = 0;
  int read_errno = 0;
  for (;;) {
    if (contents.size() < size + want) contents.resize(size + want);
    const ssize_t n = ::read(fd, contents.data() + size, want);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) read_errno = errno;
    if (n <= 0) break;
    size += static_cast<std::size_t>(n);
    if (regular && size == static_cast<std::size_t>(info.st_size)) break;  // all it held
    want = std::size_t{1} << 16;
  }
  if (fd != STDIN_FILENO) ::close(fd);
  contents.resize(size);
  if (read_errno != 0) {
    error = "cannot read " + path + ": " + std::strerror(read_errno);
    contents.clear();
    return false;
  }
  return true;
}

}  // namespace finex::cli
