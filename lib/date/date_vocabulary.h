#pragma once
// The words one language uses to write dates, loaded from lib/data/<lang>/date_*.tsv.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "language/language_pack.h"
#include "text/case_fold.h"

namespace finex::dates {

enum class TimeUnit { day, week, month, year };

// "last", "dernier", "vergangenen": which way a month, weekday or season is counted from the
// reference date, and on which side of the name the word stands.
struct Modifier {
  int direction = 0;  // -1 past, 0 current, +1 next, or kLastYear
  bool before = false;
  bool after = false;
};

struct RelativePhrase {
  TimeUnit unit = TimeUnit::day;
  int offset = 0;
  // Counted from the last day the text named before it, not from the reference: "the same
  // day", "the next day".
  bool anaphoric = false;
};

// "{n} {unit} after", "{n} {unit} nach dem": an offset counted from the date written right
// after the template.
struct AnchoredTemplate {
  std::string text;  // with {n} and {unit}; ends where the anchor date begins
  int direction = 1;  // +1 after the anchor, -1 before it
};

template <typename T>
using WordMap = std::unordered_map<std::string, T>;  // keys are case-folded

struct DateVocabulary {
  std::string language;
  WordMap<int> months;    // "octobre" → 10
  // Month names that are also frequent words (Romanian "mai": May, "more"): alone, without a
  // day or a year, they are a date only after a month cue ("în luna mai") or with a modifier.
  std::vector<std::string> ambiguous_months;
  std::vector<std::string> month_cues;  // cues that name the month itself: "luna", "im Monat"
  WordMap<int> weekdays;  // "lundi" → 1 (ISO, Monday first)
  // Short weekday names that are whole words, not abbreviations (Romanian "joi", "luni"): a date
  // alone, like the longer names, where "Sat" or "Wed" needs a preposition.
  std::vector<std::string> full_short_weekdays;
  WordMap<int> seasons;   // "été" → 1 (0 spring, 1 summer, 2 autumn, 3 winter)
  WordMap<int> quarters;  // "third quarter" → 3
  WordMap<int> numbers;   // "deux" → 2
  // Month and season forms that are a date by themselves, with no cue or modifier before them:
  // a case ending that already says "in" (Finnish "toukokuussa" = in May, "syksyllä").
  WordMap<bool> standalone;
  WordMap<Modifier> modifiers;
  WordMap<RelativePhrase> phrases;  // "yesterday" → day -1
  WordMap<TimeUnit> units;          // "years" → year
  std::vector<std::string> ago_templates;  // "{n} {unit} ago"
  std::vector<AnchoredTemplate> anchored_templates;  // "{n} {unit} after"

  bool month_first = false;  // "October 17" is a normal order in this language
  // Month names are written with a capital, so a lower-case one is another word (English "may").
  bool months_capitalized = false;
  // The same for weekday names (Greek "τρίτη" is "third", "Τρίτη" Tuesday).
  bool weekdays_capitalized = false;
  std::vector<std::string> ordinals, day_joiners, year_joiners, weekday_joiners;
  std::vector<std::string> cues;        // words before a date that are not part of it: "on", "le"
  std::vector<std::string> year_words;  // "im Jahr 2022"
  std::vector<std::string> not_before_year, not_after_year;
  std::vector<std::string> reference_cues;  // "Published", "Publié le"
};

// Loads one language; on a malformed line, returns false and sets `error`. A language without
// date files gives an empty vocabulary, which still finds numeric and ISO dates.
bool load_vocabulary(std::string_view language, const LanguagePacks& packs, DateVocabulary& out,
                     std::string& error);

}  // namespace finex::dates
