#include "prefilter/needles.h"

#include <optional>

#include "data/data_files.h"
#include "money/money_tokens.h"
#include "text/code_points.h"

namespace finex::prefilter {

std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t length = 0;
    out.push_back(static_cast<char32_t>(code_point_at(s, i, length)));
    i += length;
  }
  return out;
}

namespace {

std::optional<Needle> needle_of(std::string_view phrase, bool exact_case) {
  money::TokenizedText t;
  money::tokenize(phrase, t);
  if (t.tokens.empty()) return std::nullopt;
  std::size_t best_begin = 0, best_end = 0, begin = 0;
  for (std::size_t k = 0; k <= t.tokens.size(); ++k) {
    if (k > 0 && (k == t.tokens.size() || !t.tokens[k].glued)) {
      const auto bytes = [&](std::size_t b, std::size_t e) {
        return t.tokens[e - 1].end - t.tokens[b].begin;
      };
      if (best_end == 0 || bytes(begin, k) > bytes(best_begin, best_end)) best_begin = begin, best_end = k;
      begin = k;
    }
  }
  Needle n;
  n.run = code_points(phrase.substr(t.tokens[best_begin].begin,
                                    t.tokens[best_end - 1].end - t.tokens[best_begin].begin));
  n.word_start = t.tokens[best_begin].kind == money::TokenKind::word;
  n.word_end = t.tokens[best_end - 1].kind == money::TokenKind::word;
  n.exact_case = exact_case;
  return n;
}

bool has_flag(std::string_view flags, std::string_view flag) {
  for (std::string_view rest = flags; !rest.empty();) {
    const auto comma = rest.find(',');
    std::string_view f = rest.substr(0, comma);
    while (!f.empty() && f.front() == ' ') f.remove_prefix(1);
    while (!f.empty() && f.back() == ' ') f.remove_suffix(1);
    if (f == flag || (flag.back() == '=' && f.substr(0, flag.size()) == flag)) return true;
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  return false;
}

}  // namespace

void add_needles(std::string_view contents, bool scales, std::vector<Needle>& out) {
  data::for_each_line(contents, [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    if (fields.empty() || fields[0].empty()) return;
    const std::string_view flags = fields.size() > 2 ? fields[2] : "";
    if (scales && !has_flag(flags, "currency=")) return;
    if (auto n = needle_of(fields[0], !scales && has_flag(flags, "exact"))) out.push_back(*n);
  });
}

namespace {

bool is_fine_word_line(const std::vector<std::string_view>& fields) {
  return fields.size() == 2 &&
         (fields[0] == "trigger" || fields[0] == "periodic" || fields[0] == "unit_trigger");
}

}  // namespace

void add_fine_phrases(std::string_view contents, std::vector<std::u32string>& out) {
  data::for_each_line(contents, [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    if (is_fine_word_line(fields) && !fields[1].empty()) out.push_back(code_points(fields[1]));
  });
}

}  // namespace finex::prefilter
