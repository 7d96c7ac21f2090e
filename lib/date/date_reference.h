#pragma once
// Finds the publication date an article states about itself: a cue ("Published 2023-04-13",
// "Publié le 13 avril 2023"), a news-agency dateline ("PARIS, Oct 20 (Reuters)"), a line near
// the top that holds nothing but a full date ("27 mars 2019"), or a byline that ends on one.
// Immutable after construction; find() is safe to call from many threads at once.
#include <optional>
#include <string>
#include <string_view>

#include "date/folded_words.h"

namespace finex::dates {

class DatePattern;
struct RawDate;

class ReferenceFinder {
 public:
  // `pattern` must outlive this object.
  explicit ReferenceFinder(const DatePattern& pattern);
  ~ReferenceFinder();
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // Where the date of the dateline starts, as dateline_begin() tells, when find() read the
  // dateline: it does so only when no cue gave the date first.
  struct Dateline {
    bool read = false;
    std::optional<std::size_t> begin;
  };
  // ISO value ("2023-04-13", or "2019-04" when the cue gives only a month), or empty.
  // `dateline`, if given, is told what the search read of the dateline.
  std::string find(std::string_view text, Dateline* dateline = nullptr) const;
  // Where the date of the article's dateline starts ("Porto, 3 de março de 2023 – ..."), or
  // nullopt: that date is the day of publication, whatever the sentence after it reports.
  std::optional<std::size_t> dateline_begin(std::string_view text) const;

 private:
  // Where the first cue that starts at or after `from` and before `limit` ends (it may end past
  // `limit`), with the space and colon after it;
  // 0 when none. A cue starts the text or follows a character that is no letter or digit.
  std::size_t cue_end(std::string_view text, std::size_t from, std::size_t limit) const;
  // The first cued date whose cue starts in [begin, end).
  std::string after_cues(std::string_view text, std::size_t begin, std::size_t end) const;
  // A dateline on one of the lines before `head`: its date, and its value.
  std::optional<RawDate> dateline_date(std::string_view text, std::size_t head) const;
  std::string from_dateline(std::string_view text, const std::optional<RawDate>& raw) const;
  std::string from_date_line(std::string_view text) const;
  // Whether a time, then a cue ("Atualizado"), follows a date that ends at `pos` on its line.
  bool cue_after_time(std::string_view text, std::size_t pos) const;
  // A byline near the top that ends on a full date after a separator ("By Jane Doe | Madrid |
  // 17 June 2025", "de Ioana Stan, 3 martie 2025", "Von Max Muster, 12.03.2024, 14:05 Uhr").
  std::string from_byline(std::string_view text) const;
  // The article's last line as a press release or a wire signs it: a place and its full date
  // alone ("Stockholm den 15 april 2025", "Aabenraa, 14. juni 2024"), maybe in brackets
  // with the agency ("(ANP, 21 januari 2025)"), or the full date alone ("24.01.2024").
  std::string from_signature(std::string_view text) const;
  // The ISO value of a full date starting at `pos`, and where it ends; empty when none.
  std::string full_date_at(std::string_view text, std::size_t pos, std::size_t& end) const;
  // The day date (day and month, maybe year) starting exactly at `pos`.
  std::optional<RawDate> day_date_at(std::string_view text, std::size_t pos) const;
  // Its ISO value, the year taken from the text when the date lacks one; empty when none.
  std::string iso_day(std::string_view text, const RawDate& raw) const;

  const DatePattern& pattern_;
  FoldedWords cues_;  // longest first
  std::string error_;
};

}  // namespace finex::dates
