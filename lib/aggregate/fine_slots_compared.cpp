#include "aggregate/fine_slots_compared.h"

#include <algorithm>
#include <cmath>

#include "data/data_files.h"
#include "language/language_pack.h"
#include "text/case_fold.h"
#include "text/code_points.h"

namespace finex::aggregation {
namespace {

bool is_word_character(std::int32_t c) {
  const auto category = utf8proc_category(c);
  return (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
         (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO) ||
         (category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME);
}

// Folded words; a colon inside a word starts a case ending, which is dropped ("KKV:n").
std::vector<std::string> words_of(std::string_view text) {
  const std::string folded = fold_case(text);
  std::vector<std::string> words;
  std::string word;
  bool ending = false;
  for (std::size_t pos = 0, length = 0; pos < folded.size(); pos += length) {
    const std::int32_t c = code_point_at(folded, pos, length);
    if (is_word_character(c)) {
      if (!ending) word.append(folded, pos, length);
      continue;
    }
    ending = c == ':' && !word.empty();
    if (!ending && !word.empty()) words.push_back(std::move(word)), word.clear();
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// The legal forms of lib/data/corporate_suffixes.txt as words, the longest first.
const std::vector<std::vector<std::string>>& legal_forms() {
  static const std::vector<std::vector<std::string>> forms = [] {
    std::vector<std::vector<std::string>> out;
    data::for_each_line(LanguagePacks::compiled().shared_file("corporate_suffixes.txt"),
                        [&](std::string_view line) {
                          if (auto words = words_of(line); !words.empty()) out.push_back(std::move(words));
                        });
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return out;
  }();
  return forms;
}

std::size_t code_points(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// One word of a name in two grammatical cases: a common stem of at least four letters and
// endings of at most three ("tiktoku" / "tiktok", "orlenowi" / "orlen", "ελλαδας" / "ελλαδα").
bool same_word(std::string_view a, std::string_view b) {
  if (a == b) return true;
  constexpr std::size_t kMinStem = 4, kMaxEnding = 3;
  std::size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
  // Whole letters: back to the start of a code point the two words share only in part.
  const std::string_view longer = a.size() > b.size() ? a : b;
  while (common > 0 && common < longer.size() && (static_cast<unsigned char>(longer[common]) & 0xC0) == 0x80) --common;
  const std::string_view stem = a.substr(0, common), rest_a = a.substr(common), rest_b = b.substr(common);
  auto letters_only = [](std::string_view s) {
    return std::none_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  return code_points(stem) >= kMinStem && code_points(rest_a) <= kMaxEnding && code_points(rest_b) <= kMaxEnding &&
         letters_only(rest_a) && letters_only(rest_b);
}

int number_at(std::string_view s, std::size_t pos, std::size_t digits) {
  if (s.size() < pos + digits) return 0;
  int n = 0;
  for (std::size_t i = pos; i < pos + digits; ++i) {
    if (s[i] < '0' || s[i] > '9') return 0;
    n = n * 10 + (s[i] - '0');
  }
  return n;
}

}  // namespace

std::vector<std::string> organisation_words(std::string_view name) {
  std::vector<std::string> words = words_of(name);
  // "Posti Group Oyj", "Kowalski sp. z o.o.": every legal form at the end, never the whole name.
  for (bool removed = true; removed;) {
    removed = false;
    for (const auto& form : legal_forms())
      if (form.size() < words.size() && std::equal(form.rbegin(), form.rend(), words.rbegin())) {
        words.resize(words.size() - form.size());
        removed = true;
        break;
      }
  }
  return words;
}

bool same_organisation(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return a == b;
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i)
    if (!same_word(a[i], b[i])) return false;
  return true;
}

std::optional<DateParts> date_parts(const std::optional<DateRef>& date) {
  if (!date || date->value.empty()) return std::nullopt;
  const std::string_view v = date->value;
  DateParts parts;
  parts.year = number_at(v, 0, 4);
  if (v.size() >= 7 && v[4] == '-') parts.month = number_at(v, 5, 2);  // not "2022-Q3"
  if (parts.month > 0 && v.size() >= 10 && v[7] == '-') parts.day = number_at(v, 8, 2);
  parts.bound = date->resolution == DateResolution::reference && date->text.empty();
  if (parts.precision() == 0) return std::nullopt;
  return parts;
}

bool compatible_dates(const std::optional<DateParts>& a, const std::optional<DateParts>& b) {
  if (!a || !b) return true;
  if (a->year > 0 && b->year > 0 && a->year != b->year) return false;
  if (a->bound && b->bound) return true;  // two reports of the same year
  if (a->bound || b->bound) {
    const DateParts& published = a->bound ? *a : *b;
    const DateParts& dated = a->bound ? *b : *a;
    if (dated.year == 0 && published.year == 0) return true;
    // On the day of publication or before it.
    if (dated.month == 0 || published.month == 0 || dated.month < published.month) return true;
    if (dated.month > published.month) return false;
    return dated.day == 0 || published.day == 0 || dated.day <= published.day;
  }
  if (a->month > 0 && b->month > 0 && a->month != b->month) return false;
  if (a->month > 0 && b->month > 0 && a->day > 0 && b->day > 0 && a->day != b->day) return false;
  return true;
}

bool same_authority(const AuthorityRef& a, const AuthorityRef& b) {
  if (!a.name.empty() && !b.name.empty()) return fold_case(a.name) == fold_case(b.name);
  if (!a.country.empty() && !b.country.empty()) return a.country == b.country;
  // Bodies the gazetteer does not know ("Amtsgericht Augsburg"), without a country: by their words.
  if (a.name.empty() && b.name.empty() && !a.text.empty() && !b.text.empty())
    return words_of(a.text) == words_of(b.text);
  return true;
}

bool close_amounts(double a, double b, double tolerance) {
  return std::fabs(a - b) <= tolerance * std::max(a, b);
}

}  // namespace finex::aggregation
