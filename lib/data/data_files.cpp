#include "data/data_files.h"

namespace finex::data {

namespace {
std::string_view trim(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}
}  // namespace

void for_each_line(std::string_view contents, const std::function<void(std::string_view)>& fn) {
  while (!contents.empty()) {
    const auto nl = contents.find('\n');
    std::string_view line = contents.substr(0, nl);
    contents = nl == std::string_view::npos ? std::string_view{} : contents.substr(nl + 1);
    // Tabs are field separators, so only trim the line's ends, not inner tabs.
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    fn(line);
  }
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  // The packs' lines are split by the ten thousand while the extractor is built: room for the
  // two to four fields of most lines at once, without a count of the tabs first.
  std::vector<std::string_view> fields;
  fields.reserve(4);
  std::size_t start = 0;
  while (true) {
    const auto tab = line.find('\t', start);
    fields.push_back(trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

}  // namespace finex::data
