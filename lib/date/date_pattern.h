#pragma once
// The date shapes of one language (date_shapes.h), built from its DateVocabulary, read every date
// expression, and the decoder turns their parts into a RawDate (fields as written, not yet
// resolved). They are tried only where a word of the vocabulary or a number of date shape can
// open a date.
// Immutable after construction; scan() is safe to call from many threads at once.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/phrase_matcher.h"
#include "date/date_shapes.h"
#include "date/date_vocabulary.h"
#include "finex/result.h"

namespace finex::dates {

enum class RawKind {
  day_date,    // day and month, maybe year and weekday: "lundi 17 octobre", "17/10/2022"
  month_year,  // "May 2022"
  month,       // "in October", "last May"
  weekday,     // "on Monday", "mercredi dernier"
  relative,    // "yesterday", "two years ago"
  anaphoric,   // "the same day", "the next day": counted from the last day written before it
  anchored,    // "six months after" the date that follows it
  season,      // "this summer", "l'été 2022"
  quarter,     // "Q3 2023", "third quarter"
  year,        // "in 2022"
};

inline constexpr int kNoDirection = 2;
// A modifier that names the year before the reference ("loni v březnu", "viime vuoden
// maaliskuussa"): the named month, season or quarter of that year, whichever is the latest.
inline constexpr int kLastYear = -2;

struct RawDate {
  Span span;
  RawKind kind = RawKind::year;
  int year = 0;  // 0: not written
  int month = 0;
  int day = 0;
  int weekday = 0;  // ISO 1-7, 0: not written
  int quarter = 0;
  int season = -1;
  int direction = kNoDirection;  // from a modifier: -1 last, 0 this, +1 next, or kLastYear
  TimeUnit unit = TimeUnit::day;  // relative and anchored expressions
  int offset = 0;
  std::size_t anchor = 0;  // anchored: where the anchor date's span begins
  bool year_word = false;  // a year named by a noun before it ("im Jahr 2023", "v roce 2023")
};

class DatePattern {
 public:
  explicit DatePattern(DateVocabulary vocabulary);
  ~DatePattern();
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  const DateVocabulary& vocabulary() const { return vocabulary_; }

  // Every date expression, in text order.
  std::vector<RawDate> scan(std::string_view text) const;
  // The date expression that starts exactly at `pos`, if any.
  std::optional<RawDate> read_at(std::string_view text, std::size_t pos) const;

 private:
  // `find_anchor`: check that an anchored offset is followed by its date; off while reading
  // that date, so that a chain of offsets costs one look-ahead each, not a recursion.
  bool decode(std::string_view text, const std::vector<GroupSpan>& groups, RawDate& out,
              bool find_anchor = true) const;
  std::optional<RawDate> read_at(std::string_view text, std::size_t pos, bool find_anchor) const;
  bool plausible_year(std::string_view text, Span span, bool cued) const;
  // The openers found at the word after a cue, which the scan reaches next (date_pattern.cpp).
  struct NextWordOpeners;
  // Whether a date expression may start at `pos`, the start of a word: a digit, a word that
  // opens one of the vocabulary's expressions, or a cue or number word followed by what they
  // need. `depth`: cues already passed. `next_word`: where a scan keeps the openers of the word
  // after a cue, or null.
  bool may_start_at(std::string_view text, std::size_t pos, NextWordOpeners* next_word = nullptr,
                    int depth = 0) const;
  // `next_word`: as for may_start_at(), the openers of the word after the number.
  bool number_may_start_at(std::string_view text, std::size_t pos, NextWordOpeners* next_word = nullptr) const;
  // Whether a whole word of the opener `kind` starts at `pos`; sets `end` to its end.
  bool word_at(std::string_view text, std::size_t pos, int kind, std::size_t* end) const;
  // Whether a unit and what a template says after it ("months ago") start at `pos`, after a
  // number: a number and a unit open a date only so ("in 41 weeks" opens none).
  bool template_rest_at(std::string_view text, std::size_t pos) const;

  DateVocabulary vocabulary_;
  DateShapes shapes_;
  PhraseMatcher openers_;  // the first words of the vocabulary's expressions, as prefixes
  // The templates that open with a number and its unit ("{n} {unit} ago"): their units, and
  // what follows the unit (" ago"), read as the date shapes read them; any text may follow
  // when a template ends with its unit or opens otherwise with its number.
  FoldedWords template_units_, after_template_unit_;
  bool any_after_template_unit_ = false;
  std::string error_;
};

}  // namespace finex::dates
