#include "date/date_pattern.h"
#include "date/date_pattern_groups.h"

#include <re2/re2.h>


#include "date/date_regex_source.h"

namespace finex::dates {


namespace {

// Symbols that make a following number an amount or a reference, in every language.
constexpr std::string_view kNumberSymbols[] = {"€", "$", "£", "¥", "#", "§", "n°", "nº"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alnum(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string_view strip_punctuation(std::string_view word) {
  while (!word.empty() && (word.front() == '(' || word.front() == '"' || word.front() == '\''))
    word.remove_prefix(1);
  while (!word.empty() && (word.back() == ',' || word.back() == ';' || word.back() == ')' ||
                           word.back() == ':' || word.back() == '"'))
    word.remove_suffix(1);
  return word;
}

bool listed(const std::vector<std::string>& list, std::string_view word) {
  for (const std::string& w : list)
    if (w == word) return true;
  return false;
}

bool is_number_symbol(std::string_view word) {
  for (std::string_view s : kNumberSymbols)
    if (word == s) return true;
  return false;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

DatePattern::DatePattern(DateVocabulary vocabulary)
    : vocabulary_(std::move(vocabulary)), groups_(std::make_unique<Groups>()) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  regex_ = std::make_unique<RE2>(build_date_regex(vocabulary_), options);
  if (!regex_->ok()) {
    error_ = "date pattern for '" + vocabulary_.language + "': " + regex_->error();
    return;
  }
  for (const auto& [name, index] : regex_->NamedCapturingGroups()) groups_->index[name] = index;
  groups_->count = regex_->NumberOfCapturingGroups() + 1;
}

DatePattern::~DatePattern() = default;

std::vector<RawDate> DatePattern::scan(std::string_view text) const {
  std::vector<RawDate> out;
  if (!ok()) return out;
  std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(groups_->count));
  std::vector<std::string_view> groups(pieces.size());
  const int span_group = groups_->find("span");
  std::size_t pos = 0;
  const re2::StringPiece input(text.data(), text.size());
  while (pos < text.size() &&
         regex_->Match(input, pos, text.size(), RE2::UNANCHORED, pieces.data(), groups_->count)) {
    for (std::size_t i = 0; i < pieces.size(); ++i)
      groups[i] = std::string_view(pieces[i].data(), pieces[i].size());
    const std::string_view span = groups[static_cast<std::size_t>(span_group)];
    const auto begin = static_cast<std::size_t>(span.data() - text.data());
    RawDate raw;
    if (decode(text, groups, raw)) {
      // "Oct." keeps its dot inside a date, but a sentence's full stop is not part of it.
      if (raw.span.end > raw.span.begin && text[raw.span.end - 1] == '.') --raw.span.end;
      out.push_back(raw);
      // The trailing boundary character may open the next date.
      pos = begin + span.size();
    } else {
      // Rejected: no other reading can start here (the alternatives are tried in order), so
      // move past this start.
      pos = std::max(begin, pos + 1);
    }
  }
  return out;
}

std::optional<RawDate> DatePattern::read_at(std::string_view text, std::size_t pos) const {
  return read_at(text, pos, true);
}

std::optional<RawDate> DatePattern::read_at(std::string_view text, std::size_t pos,
                                            bool find_anchor) const {
  if (!ok() || pos >= text.size()) return std::nullopt;
  std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(groups_->count));
  std::vector<std::string_view> groups(pieces.size());
  // The leading boundary consumes the character before the date.
  const std::size_t start = pos == 0 ? 0 : pos - 1;
  const re2::StringPiece input(text.data(), text.size());
  if (!regex_->Match(input, start, text.size(), RE2::ANCHOR_START, pieces.data(), groups_->count))
    return std::nullopt;
  for (std::size_t i = 0; i < pieces.size(); ++i)
    groups[i] = std::string_view(pieces[i].data(), pieces[i].size());
  RawDate raw;
  if (!decode(text, groups, raw, find_anchor)) return std::nullopt;
  return raw;
}

bool DatePattern::plausible_year(std::string_view text, Span span, bool cued) const {
  const std::size_t b = span.begin, e = span.end;
  // After: a percentage, a decimal or a reference number ("2022.5", "2022/123"), an amount.
  if (e < text.size()) {
    const char c = text[e];
    if (c == '%') return false;
    if ((c == '.' || c == ',' || c == '/' || c == ':') && e + 1 < text.size() && is_digit(text[e + 1]))
      return false;
    if (c == ' ' && e + 1 < text.size()) {
      std::size_t end = text.find_first_of(" \n", e + 1);
      if (end == std::string_view::npos) end = text.size();
      std::string_view word = text.substr(e + 1, end - e - 1);
      while (!word.empty() && (word.back() == '.' || word.back() == ',' || word.back() == ';'))
        word.remove_suffix(1);
      const std::string folded = fold_case(strip_punctuation(word));
      if (!folded.empty() && folded.front() == '%') return false;
      if (is_number_symbol(folded) || listed(vocabulary_.not_after_year, folded)) return false;
    }
  }
  if (cued || b == 0) return true;
  // Before: glued to a number or code ("AT.2022", "1.2022", "C-2022"), a currency symbol.
  const std::string_view before = text.substr(0, b);
  const char p = before.back();
  if ((p == '.' || p == ',' || p == '/' || p == ':' || p == '_') && b >= 2 &&
      is_ascii_alnum(before[b - 2]))
    return false;
  if (p == '-' && b >= 2 && !is_digit(before[b - 2]) && before[b - 2] != ' ') return false;
  for (std::string_view s : kNumberSymbols)
    if (ends_with(before, s)) return false;
  if (p == ' ') {
    const std::size_t start = before.find_last_of(" \n", b - 2);
    const std::size_t from = start == std::string_view::npos ? 0 : start + 1;
    const std::string folded = fold_case(strip_punctuation(before.substr(from, b - 1 - from)));
    if (is_number_symbol(folded) || listed(vocabulary_.not_before_year, folded)) return false;
  }
  return true;
}

}  // namespace finex::dates
