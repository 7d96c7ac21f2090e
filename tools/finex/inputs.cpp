#include "inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace finex::cli {
namespace {

bool has_extension(const std::string& name, const std::string& extension) {
  return name.size() > extension.size() &&
         name.compare(name.size() - extension.size(), extension.size(), extension) == 0;
}

// Depth first, entries sorted by name, so the order is the same on every file system.
void walk_folder(const fs::path& folder, const std::string& extension, std::vector<Input>& out) {
  std::error_code ec;
  std::vector<fs::path> entries;
  fs::directory_iterator it(folder, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) entries.push_back(it->path());
  if (ec) {
    out.push_back({folder.string(), "cannot list folder: " + ec.message()});
    return;
  }
  std::sort(entries.begin(), entries.end());
  for (const fs::path& entry : entries) {
    std::error_code type_ec;
    // symlink_status: a link to a folder is a link, never a folder to descend into.
    const fs::file_status own = fs::symlink_status(entry, type_ec);
    if (fs::is_directory(own)) {
      walk_folder(entry, extension, out);
    } else if (has_extension(entry.filename().string(), extension)) {
      if (fs::is_symlink(own) && fs::is_directory(entry, type_ec)) continue;
      out.push_back({entry.string(), {}});
    }
  }
}

}  // namespace

std::vector<Input> list_inputs(const std::vector<std::string>& paths, const std::string& extension) {
  std::vector<Input> inputs;
  for (const std::string& path : paths) {
    std::error_code ec;
    // A folder named on the command line is searched even through a link: the user chose it.
    if (path != "-" && fs::is_directory(path, ec)) walk_folder(path, extension, inputs);
    else inputs.push_back({path, {}});
  }
  return inputs;
}

bool read_input(const std::string& path, std::string& contents, std::string& error) {
  contents.clear();
  std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    error = "cannot open " + path + ": " + std::strerror(errno);
    return false;
  }
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) contents.append(buffer, n);
  // Reading a folder opens fine on Linux and fails here with EISDIR.
  const bool failed = std::ferror(file) != 0;
  const int read_errno = errno;
  if (file != stdin) std::fclose(file);
  if (failed) {
    error = "cannot read " + path + ": " + std::strerror(read_errno);
    contents.clear();
    return false;
  }
  return true;
}

}  // namespace finex::cli
