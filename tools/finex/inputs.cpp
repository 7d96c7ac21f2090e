#include "inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

namespace fs = std::filesystem;

namespace finex::cli {

std::vector<Input> list_inputs(const std::vector<std::string>& paths, const std::string& extension) {
  std::vector<Input> inputs;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
      inputs.push_back({path, {}});
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      inputs.push_back({path, "cannot list folder: " + ec.message()});
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const fs::directory_entry& entry = *it;
      std::error_code type_ec;
      if (entry.is_directory(type_ec)) continue;
      const std::string name = entry.path().string();
      if (name.size() >= extension.size() &&
          name.compare(name.size() - extension.size(), extension.size(), extension) == 0)
        found.push_back(name);
    }
    if (ec) inputs.push_back({path, "cannot list folder: " + ec.message()});
    std::sort(found.begin(), found.end());
    for (std::string& name : found) inputs.push_back({std::move(name), {}});
  }
  return inputs;
}

bool read_input(const std::string& path, std::string& contents, std::string& error) {
  contents.clear();
  if (path == "-") {
    contents.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) {
      error = "cannot read standard input";
      return false;
    }
    return true;
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    error = "is a folder";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  contents.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    error = "read error";
    return false;
  }
  return true;
}

}  // namespace finex::cli
