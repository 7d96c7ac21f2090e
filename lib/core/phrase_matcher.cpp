#include "core/phrase_matcher.h"

#include <re2/re2.h>
#include <utf8proc.h>

#include <algorithm>
#include <map>

namespace finex {

namespace {

bool is_word_char(utf8proc_int32_t c) {
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
      return true;
    default:
      return false;
  }
}

// Turns one phrase of the word lists into a regular expression.
std::string phrase_to_regex(std::string_view phrase) {
  std::string out;
  std::size_t i = 0;
  while (i < phrase.size()) {
    const std::size_t space = phrase.find(' ', i);
    std::string_view word = phrase.substr(i, space == std::string_view::npos ? space : space - i);
    const bool open_end = !word.empty() && word.back() == '*';
    if (open_end) word.remove_suffix(1);
    for (char c : word) {
      if (c == '\'') out += "['\u2019]";
      else if (c == '-') out += "[-\u2010\u2011]?";  // "start-up" also as "startup"
      else out += RE2::QuoteMeta(std::string_view(&c, 1));
    }
    if (open_end) out += "[\\p{L}\\p{Mn}]*";
    if (space == std::string_view::npos) break;
    out += "\\s+";
    i = space + 1;
  }
  return out;
}

}  // namespace

bool at_word_start(std::string_view text, std::size_t pos) {
  if (pos == 0) return true;
  std::size_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  utf8proc_int32_t c = -1;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + p),
                   static_cast<utf8proc_ssize_t>(pos - p), &c);
  return c < 0 || !is_word_char(c);
}

bool at_word_end(std::string_view text, std::size_t end) {
  if (end >= text.size()) return true;
  utf8proc_int32_t c = -1;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + end),
                   static_cast<utf8proc_ssize_t>(text.size() - end), &c);
  return c < 0 || !is_word_char(c);
}

struct PhraseMatcher::Impl {
  std::unique_ptr<RE2> regex;
  std::vector<int> group_category;  // capture group i+1 → category
};

PhraseMatcher::PhraseMatcher(const std::vector<std::pair<int, std::string>>& phrases,
                             bool case_sensitive) {
  if (phrases.empty()) return;
  // One capture group per category, not per phrase: submatch extraction costs grow with the
  // groups. Leftmost-longest matching makes "sanction pécuniaire" beat "sanction" whatever the
  // order of the alternatives.
  std::map<int, std::string> by_category;
  for (const auto& [category, phrase] : phrases) {
    std::string& alternatives = by_category[category];
    if (!alternatives.empty()) alternatives += '|';
    alternatives += phrase_to_regex(phrase);
  }
  auto impl = std::make_unique<Impl>();
  std::string pattern;
  for (const auto& [category, alternatives] : by_category) {
    if (!pattern.empty()) pattern += '|';
    pattern += "(" + alternatives + ")";
    impl->group_category.push_back(category);
  }
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(case_sensitive);
  options.set_longest_match(true);
  options.set_max_mem(64 << 20);
  impl->regex = std::make_unique<RE2>(pattern, options);
  if (!impl->regex->ok()) {
    error_ = "bad phrase list: " + impl->regex->error();
    return;
  }
  impl_ = std::move(impl);
}

PhraseMatcher::PhraseMatcher() = default;
PhraseMatcher::~PhraseMatcher() = default;
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;

std::vector<PhraseMatch> PhraseMatcher::find_all(std::string_view text) const {
  std::vector<PhraseMatch> out;
  if (!impl_) return out;
  const RE2& re = *impl_->regex;
  const int groups = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> match(static_cast<std::size_t>(groups) + 1);
  std::size_t pos = 0;
  while (pos < text.size() &&
         re.Match(text, pos, text.size(), RE2::UNANCHORED, match.data(), groups + 1)) {
    const std::size_t begin = static_cast<std::size_t>(match[0].data() - text.data());
    const std::size_t end = begin + match[0].size();
    if (end == begin || !at_word_start(text, begin) || !at_word_end(text, end)) {
      // Inside a word ("fine" in "define"): try again from the next character.
      pos = begin + 1;
      while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
      continue;
    }
    int category = -1;
    for (int g = 1; g <= groups; ++g)
      if (match[static_cast<std::size_t>(g)].data() != nullptr) {
        category = impl_->group_category[static_cast<std::size_t>(g - 1)];
        break;
      }
    out.push_back({{begin, end}, category});
    pos = end;
  }
  return out;
}

}  // namespace finex
