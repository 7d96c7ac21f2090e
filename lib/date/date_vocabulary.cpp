#include "date/date_vocabulary.h"

#include <charconv>
#include <cstdint>

#include "date/date_pattern.h"
#include "text/case_fold.h"

#include "data/data_files.h"

namespace finex::dates {

namespace {

bool parse_int(std::string_view text, int& out) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  const auto result = std::from_chars(text.data(), text.data() + text.size(), out);
  return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

bool parse_unit(std::string_view text, TimeUnit& out) {
  if (text == "day") out = TimeUnit::day;
  else if (text == "week") out = TimeUnit::week;
  else if (text == "month") out = TimeUnit::month;
  else if (text == "year") out = TimeUnit::year;
  else return false;
  return true;
}

bool parse_season(std::string_view text, int& out) {
  static constexpr std::string_view names[] = {"spring", "summer", "autumn", "winter"};
  for (int i = 0; i < 4; ++i)
    if (text == names[i]) {
      out = i;
      return true;
    }
  return false;
}

// Reads every line of one file; `line_fn` returns false on a malformed line.
bool read_file(const LanguagePacks& packs, std::string_view language, std::string_view name,
               std::string& error,
               const std::function<bool(const std::vector<std::string_view>&)>& line_fn) {
  const std::string path = std::string(language) + "/" + std::string(name);
  bool good = true;
  data::for_each_line(packs.file(language, name), [&](std::string_view line) {
    if (!good) return;
    if (!line_fn(data::split_tabs(line))) {
      error = path + ": malformed line '" + std::string(line) + "'";
      good = false;
    }
  });
  return good;
}

bool add_number_word(WordMap<int>& map, const std::vector<std::string_view>& f, int low, int high) {
  int value = 0;
  if (f.size() != 2 || f[0].empty() || !parse_int(f[1], value) || value < low || value > high)
    return false;
  map[fold_case(f[0])] = value;
  return true;
}

// A month or season line may end in the flag "alone" (see DateVocabulary::standalone).
bool strip_alone_flag(std::vector<std::string_view>& f, std::size_t columns, DateVocabulary& v) {
  if (f.size() == columns + 1 && f[columns] == "alone") {
    v.standalone[fold_case(f[columns == 2 ? 0 : 1])] = true;
    f.pop_back();
  }
  return f.size() == columns;
}

bool read_grammar_line(const std::vector<std::string_view>& f, DateVocabulary& v) {
  if (f.size() != 2 || f[1].empty()) return false;
  const std::string_view key = f[0];
  std::string value = fold_case(f[1]);
  if (key == "order") {
    if (value != "dmy" && value != "mdy") return false;
    v.month_first = value == "mdy";
    return true;
  }
  if (key == "month_cue") {  // a cue that names the month itself; a cue like any other too
    v.month_cues.push_back(value);
    v.cues.push_back(std::move(value));
    return true;
  }
  if (key == "capitalized_months") {
    if (value != "yes" && value != "no") return false;
    v.months_capitalized = value == "yes";
    return true;
  }
  if (key == "capitalized_weekdays") {
    if (value != "yes" && value != "no") return false;
    v.weekdays_capitalized = value == "yes";
    return true;
  }
  std::vector<std::string>* list = key == "ordinal"           ? &v.ordinals
                                   : key == "day_joiner"      ? &v.day_joiners
                                   : key == "year_joiner"     ? &v.year_joiners
                                   : key == "weekday_joiner"  ? &v.weekday_joiners
                                   : key == "cue"             ? &v.cues
                                   : key == "year_word"       ? &v.year_words
                                   : key == "not_before_year" ? &v.not_before_year
                                   : key == "not_after_year"  ? &v.not_after_year
                                                              : nullptr;
  if (list == nullptr) return false;
  list->push_back(std::move(value));
  return true;
}

bool read_relative_line(const std::vector<std::string_view>& f, DateVocabulary& v) {
  if (f.empty()) return false;
  const std::string_view kind = f[0];
  if ((kind == "phrase" || kind == "anaphoric") && f.size() == 4) {
    RelativePhrase p;
    if (f[1].empty() || !parse_unit(f[2], p.unit) || !parse_int(f[3], p.offset)) return false;
    p.anaphoric = kind == "anaphoric";
    v.phrases[fold_case(f[1])] = p;
    return true;
  }
  if (kind == "unit" && f.size() == 3) {
    TimeUnit unit{};
    if (f[1].empty() || !parse_unit(f[2], unit)) return false;
    v.units[fold_case(f[1])] = unit;
    return true;
  }
  if (kind == "number" && f.size() == 3) return add_number_word(v.numbers, {f[1], f[2]}, 1, 100);
  if (kind == "ago" && f.size() == 2) {
    if (f[1].find("{n}") == std::string_view::npos || f[1].find("{unit}") == std::string_view::npos)
      return false;
    v.ago_templates.push_back(fold_case(f[1]));
    return true;
  }
  if ((kind == "after" || kind == "before") && f.size() == 2) {
    // The anchor date follows the template, so the template must end with its own words.
    if (f[1].find("{n}") == std::string_view::npos || f[1].find("{unit}") == std::string_view::npos ||
        f[1].ends_with('}'))
      return false;
    v.anchored_templates.push_back({fold_case(f[1]), kind == "after" ? 1 : -1});
    return true;
  }
  if (kind == "modifier" && f.size() == 4) {
    Modifier m;
    if (f[2] == "year-1") m.direction = kLastYear;
    else if (f[1].empty() || !parse_int(f[2], m.direction) || m.direction < -1 || m.direction > 1)
      return false;
    if (f[1].empty()) return false;
    m.before = f[3] == "before" || f[3] == "both";
    m.after = f[3] == "after" || f[3] == "both";
    if (!m.before && !m.after) return false;
    v.modifiers[fold_case(f[1])] = m;
    return true;
  }
  return false;
}

// An abbreviation of a month ("mar" beside "março", "Sept" beside "September") is a word too
// ("do Mar", the sea): alone, without a day or a year, it is a date only with a modifier or
// after a cue that names the month, as an ambiguous name is. An abbreviation is short, at most
// four letters, and at most three fifths of the month's longest name: a name in another case
// ("toukokuu" in "toukokuussa", Polish "maj" in "maja") is not one.
void mark_abbreviated_months(DateVocabulary& v) {
  constexpr std::size_t kMaxLetters = 4;
  auto letters = [](std::string_view name) {
    return static_cast<std::size_t>(std::count_if(name.begin(), name.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
  };
  for (const auto& entry : v.months) {
    const std::string& name = entry.first;
    const int month = entry.second;
    const std::size_t own = letters(name);
    const bool abbreviation = own <= kMaxLetters && std::any_of(v.months.begin(), v.months.end(), [&](const auto& other) {
      return other.second == month && other.first.starts_with(name) && 5 * own <= 3 * letters(other.first);
    });
    if (abbreviation && std::find(v.ambiguous_months.begin(), v.ambiguous_months.end(), name) == v.ambiguous_months.end())
      v.ambiguous_months.push_back(name);
  }
}

}  // namespace

bool load_vocabulary(std::string_view language, const LanguagePacks& packs, DateVocabulary& v,
                     std::string& error) {
  v.language = std::string(language);
  if (!read_file(packs, language, "date_months.tsv", error,
                   [&](std::vector<std::string_view> f) {
                     // An optional third column: "alone", a date by itself; "ambiguous", a name
                     // that is also a frequent word.
                     if (f.size() == 3 && f[2] == "ambiguous") {
                       v.ambiguous_months.push_back(fold_case(f[0]));
                       f.pop_back();
                     }
                     return strip_alone_flag(f, 2, v) && add_number_word(v.months, f, 1, 12);
                   }))
    return false;
  mark_abbreviated_months(v);
  return read_file(packs, language, "date_weekdays.tsv", error,
                   [&](const auto& f) {
                     // An optional third column "word" marks a short name that is no abbreviation.
                     if (f.size() == 3) {
                       if (f[2] != "word") return false;
                       v.full_short_weekdays.push_back(fold_case(f[0]));
                       return add_number_word(v.weekdays, {f[0], f[1]}, 1, 7);
                     }
                     return add_number_word(v.weekdays, f, 1, 7);
                   }) &&
         read_file(packs, language, "date_seasons.tsv", error,
                   [&](std::vector<std::string_view> f) {
                     if (!strip_alone_flag(f, 3, v) || f[1].empty()) return false;
                     if (f[0] == "season") {
                       int season = 0;
                       if (!parse_season(f[2], season)) return false;
                       v.seasons[fold_case(f[1])] = season;
                       return true;
                     }
                     return f[0] == "quarter" && add_number_word(v.quarters, {f[1], f[2]}, 1, 4);
                   }) &&
         read_file(packs, language, "date_relative.tsv", error,
                   [&](const auto& f) { return read_relative_line(f, v); }) &&
         read_file(packs, language, "date_grammar.tsv", error,
                   [&](const auto& f) { return read_grammar_line(f, v); }) &&
         read_file(packs, language, "date_reference_cues.tsv", error, [&](const auto& f) {
           if (f.size() != 1 || f[0].empty()) return false;
           v.reference_cues.push_back(fold_case(f[0]));
           return true;
         });
}

}  // namespace finex::dates
