#pragma once
// Per-language word lists and patterns, compiled into the library (see cmake/EmbedData.cmake).
// A file is addressed by its path under lib/data/, e.g. "fr/scale_words.tsv".
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

// The contents of one file, or an empty view when it does not exist.
std::string_view file(std::string_view path);

// Language folders (two-letter codes) that hold a file of this name, e.g. "months.tsv".
std::vector<std::string> languages_with(std::string_view file_name);

// Calls `fn` with each meaningful line: blank lines and lines starting with '#' are skipped,
// surrounding whitespace is trimmed.
void for_each_line(std::string_view contents, const std::function<void(std::string_view)>& fn);

// Splits a tab-separated line into its fields (views into `line`).
std::vector<std::string_view> split_tabs(std::string_view line);

}  // namespace finex::data
