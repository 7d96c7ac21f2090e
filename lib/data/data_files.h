#pragma once
// Per-language word lists and patterns, compiled into the library (see cmake/EmbedData.cmake),
// and the line reading shared by everything that parses them. The stages read these files
// through language/language_pack.h, which checks them first.
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace finex::data {

struct DataFile {
  std::string_view path;
  std::string_view contents;
};

// Every embedded file, sorted by path.
std::span<const DataFile> all_files();

// Calls `fn` with each meaningful line: blank lines and lines starting with '#' are skipped,
// surrounding whitespace is trimmed.
void for_each_line(std::string_view contents, const std::function<void(std::string_view)>& fn);

// Splits a tab-separated line into its fields (views into `line`).
std::vector<std::string_view> split_tabs(std::string_view line);

}  // namespace finex::data
