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
#include <utility>

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

// The run's own output, when it already exists: a second run into a folder it reads must not
// read the first run's results as an article.
struct Excluded {
  fs::path path;
  std::string name;  // compared first, so that only a file of the same name costs a stat
  bool is(const fs::directory_entry& entry) const {
    std::error_code ec;
    return !name.empty() && entry.path().filename() == name && fs::equivalent(entry.path(), path, ec);
  }
};

// Depth first, entries sorted by name, so the order is the same on every file system. The type
// of an entry comes with the listing on most file systems, without a system call per file.
void walk_folder(const fs::path& folder, const std::vector<std::string>& extensions, const Excluded& output,
                 std::vector<Input>& out) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(folder, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) entries.push_back(*it);
  if (ec) {
    out.push_back({folder.string(), "cannot list folder: " + ec.message()});
    return;
  }
  // Entries of one folder differ only in their names: comparing the names as strings orders
  // them as comparing the paths does, at a fraction of the cost on folders of many files.
  std::vector<std::pair<std::string, const fs::directory_entry*>> named;
  named.reserve(entries.size());
  for (const fs::directory_entry& entry : entries) named.emplace_back(entry.path().filename().string(), &entry);
  std::sort(named.begin(), named.end());
  for (const auto& [name, listed] : named) {
    const fs::directory_entry& entry = *listed;
    if (name.starts_with('.')) continue;  // hidden: ".git", editors' ".swp" copies
    std::error_code type_ec;
    // A link to a folder is a link, never a folder to descend into.
    const bool link = entry.is_symlink(type_ec);
    if (!link && entry.is_directory(type_ec)) {
      walk_folder(entry.path(), extensions, output, out);
    } else if (has_any_extension(name, extensions)) {
      if (link && fs::is_directory(entry.path(), type_ec)) continue;
      if (output.is(entry)) continue;
      const bool regular = !link && entry.is_regular_file(type_ec);
      out.push_back({entry.path().string(), {}, /*listed=*/true, regular});
    }
  }
}

std::string kind_of_file(mode_t mode) {
  if (S_ISFIFO(mode)) return "a named pipe";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISDIR(mode)) return "a folder";
  return "not a regular file";
}

bool fail(Error& error, const char* code, std::string message) {
  error = Error{code, std::move(message)};
  return false;
}

bool too_large(Error& error, std::size_t size, std::size_t max_bytes) {
  return fail(error, "too_large",
              "document has " + std::to_string(size) + " bytes, more than the limit of " +
                  std::to_string(max_bytes));
}

}  // namespace

std::vector<Input> list_inputs(const std::vector<std::string>& paths,
                               const std::vector<std::string>& extensions, const std::string& output) {
  Excluded excluded;
  std::error_code ec;
  if (!output.empty() && fs::exists(output, ec))
    excluded = {output, fs::path(output).filename().string()};
  std::vector<Input> inputs;
  for (const std::string& path : paths) {
    // A folder named on the command line is searched even through a link: the user chose it.
    if (path != "-" && fs::is_directory(path, ec)) walk_folder(path, extensions, excluded, inputs);
    else inputs.push_back({path, {}});
  }
  return inputs;
}

bool read_input(const Input& input, std::size_t max_bytes, std::string& contents, Error& error) {
  contents.clear();
  const std::string& path = input.path;
  struct stat info {};
  // A listed file is looked at before it is opened, unless the listing saw a regular file
  // (fstat below tells if it was replaced since): opening a named pipe waits for a writer.
  if (input.listed && !input.regular) {
    if (::stat(path.c_str(), &info) != 0)
      return fail(error, "unreadable", "cannot open " + path + ": " + std::strerror(errno));
    if (!S_ISREG(info.st_mode)) return fail(error, "not_a_file", path + " is " + kind_of_file(info.st_mode));
    if (static_cast<std::size_t>(info.st_size) > max_bytes)
      return too_large(error, static_cast<std::size_t>(info.st_size), max_bytes);
  }
  // O_NONBLOCK: a listed file replaced by a pipe since it was looked at must not block either;
  // it is found out by fstat below. Reads of a regular file are not affected.
  const int flags = O_RDONLY | O_CLOEXEC | (input.listed ? O_NONBLOCK : 0);
  const int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), flags);
  if (fd < 0) return fail(error, "unreadable", "cannot open " + path + ": " + std::strerror(errno));
  struct FdCloser {
    int fd;
    ~FdCloser() {
      if (fd != STDIN_FILENO) ::close(fd);
    }
  } closer{fd};
  const bool regular = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
  if (input.listed && !regular) return fail(error, "not_a_file", path + " is " + kind_of_file(info.st_mode));
  if (regular && static_cast<std::size_t>(info.st_size) > max_bytes)
    return too_large(error, static_cast<std::size_t>(info.st_size), max_bytes);

  // A regular file is read with one call of the size it has; anything else (standard input, a
  // pipe, a folder, which fails here with EISDIR) in pieces until its end or the cap. The space
  // for the cap is reserved, not touched: memory grows with what is read, with no copies.
  if (!regular) contents.reserve(max_bytes + 1);
  std::size_t want = regular ? static_cast<std::size_t>(info.st_size) : std::size_t{1} << 16;
  std::size_t size = 0;
  for (;;) {
    want = std::min(want, max_bytes + 1 - size);
    if (want == 0) break;  // one byte past the cap: too large
    if (contents.size() < size + want) contents.resize(size + want);
    const ssize_t n = ::read(fd, contents.data() + size, want);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int read_errno = errno;
      contents.clear();
      return fail(error, "unreadable", "cannot read " + path + ": " + std::strerror(read_errno));
    }
    if (n == 0) break;
    size += static_cast<std::size_t>(n);
    if (regular && size == static_cast<std::size_t>(info.st_size)) break;  // all it held
    want = std::size_t{1} << 16;
  }
  contents.resize(size);
  if (size > max_bytes) {
    contents.clear();
    return fail(error, "too_large",
                "document has more than " + std::to_string(max_bytes) + " bytes, the limit");
  }
  return true;
}

}  // namespace finex::cli
