#include "date/date_reference.h"

#include "text/code_points.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <optional>

#include "date/calendar.h"
#include "date/date_pattern.h"
#include "date/date_resolution.h"

namespace finex::dates {

namespace {

// A publication date is stated near the top (or, after a cue, at the foot): a dateline or
// date line further down is a quote. Looking only there also keeps the cost independent of the
// article's length.
constexpr std::size_t kHeadLines = 8;
// A line may be a whole paragraph: the cues are looked for this far at most from either end.
constexpr std::size_t kEndBytes = 1000;

// Where the first `lines` lines end.
std::size_t head_end(std::string_view text, std::size_t lines) {
  std::size_t pos = 0;
  for (std::size_t line = 0; line < lines; ++line) {
    pos = text.find('\n', pos);
    if (pos == std::string_view::npos) return text.size();
    ++pos;
  }
  return pos;
}

// Where the last `lines` lines start.
std::size_t tail_begin(std::string_view text, std::size_t lines) {
  std::size_t pos = text.size();
  for (std::size_t line = 0; line < lines; ++line) {
    if (pos == 0) return 0;
    const std::size_t nl = text.rfind('\n', pos - 1);
    if (nl == std::string_view::npos) return 0;
    pos = nl;
  }
  return pos + 1;
}

// Past an agency's name in brackets and a dash that open the line ("(ANSA) - ROMA, 10 FEB -"),
// or `line` when there is none.
std::size_t agency_prefix_end(std::string_view text, std::size_t line) {
  constexpr std::size_t kMaxAgencyBytes = 24;
  if (line >= text.size() || text[line] != '(') return line;
  const std::size_t close = text.find(')', line);
  if (close == std::string_view::npos || close - line > kMaxAgencyBytes) return line;
  for (std::string_view dash : {" - ", " \u2013 ", " \u2014 "})
    if (text.substr(close + 1, dash.size()) == dash) return close + 1 + dash.size();
  return line;
}

// What an ASCII byte may be in a dateline's place: its first letter (a capital), a letter or mark
// of the rest, the comma or the space that may end it, or nothing a place holds.
enum class PlaceByte : std::uint8_t { none, upper, other, comma, space };
constexpr std::array<PlaceByte, 128> kPlaceBytes = [] {
  std::array<PlaceByte, 128> table{};
  for (int b = 0; b < 128; ++b) {
    PlaceByte kind = PlaceByte::none;
    if (b >= 'A' && b <= 'Z') kind = PlaceByte::upper;
    else if ((b >= 'a' && b <= 'z') || b == '.' || b == '\'' || b == '/' || b == '-') kind = PlaceByte::other;
    else if (b == ',') kind = PlaceByte::comma;
    else if (b == ' ') kind = PlaceByte::space;
    table[static_cast<std::size_t>(b)] = kind;
  }
  return table;
}();

// The end of a dateline's place at the start of a line ("PARIS, ", "Den Haag, "): a capital,
// then up to 40 letters, spaces or . ' / -, then ", ", or a space before a day number (Czech
// agency style: "Praha 12. března (ČTK) -"), after capitalised words only: "Hintergrund ist
// die Gewinnwarnung vom 7. November 2022." opens a sentence. Zero when the line opens otherwise.
std::size_t dateline_place_end(std::string_view text, std::size_t line) {
  constexpr int kMaxPlaceChars = 40;
  constexpr std::string_view kPlaceMarks = " .'/-";
  std::size_t pos = agency_prefix_end(text, line);
  bool lowercase_word = false;  // a word of the place opens with a small letter
  for (int chars = 0; chars <= kMaxPlaceChars && pos < text.size(); ++chars) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {  // most places are written in ASCII: a table says what each byte is
      const PlaceByte kind = kPlaceBytes[byte];
      if (chars == 0) {
        if (kind != PlaceByte::upper) return 0;
      } else if (kind == PlaceByte::comma) {
        return pos + 1 < text.size() && text[pos + 1] == ' ' ? pos + 2 : 0;
      } else if (kind == PlaceByte::space) {
        if (pos + 1 < text.size() && text[pos + 1] >= '0' && text[pos + 1] <= '9') return lowercase_word ? 0 : pos + 1;
        // A short article before the day is part of the dateline ("Stockholm den 15 april").
        if (pos + 1 < text.size() && text[pos + 1] >= 'a' && text[pos + 1] <= 'z') {
          std::size_t end = pos + 1;
          while (end < text.size() && text[end] >= 'a' && text[end] <= 'z') ++end;
          const bool article = end - pos - 1 <= 3 && end + 1 < text.size() && text[end] == ' ' &&
                               text[end + 1] >= '0' && text[end + 1] <= '9';
          if (!article) lowercase_word = true;
        }
      } else if (kind == PlaceByte::none) {
        return 0;
      }
      ++pos;
      continue;
    }
    std::size_t n = 0;
    const std::int32_t c = code_point_at(text, pos, n);
    const auto category = category_of(c);
    const bool letter = category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_ME;
    if (chars == 0 ? category != UTF8PROC_CATEGORY_LU
                   : !letter && kPlaceMarks.find(static_cast<char>(c)) == std::string_view::npos)
      return 0;
    pos += static_cast<std::size_t>(n);
  }
  return 0;
}

// Past a short lowercase word between the place and the day ("Paris, le 8", "Stockholm, den 3",
// "Rennes, le vendredi 15"): where the date would start.
std::size_t after_short_article(std::string_view text, std::size_t pos) {
  constexpr std::size_t kMaxArticleBytes = 3;
  std::size_t end = pos;
  while (end < text.size() && end - pos <= kMaxArticleBytes && text[end] >= 'a' && text[end] <= 'z') ++end;
  const bool article = end > pos && end - pos <= kMaxArticleBytes && end + 1 < text.size() &&
                       text[end] == ' ' && ((text[end + 1] >= '0' && text[end + 1] <= '9') ||
                                          (text[end + 1] >= 'a' && text[end + 1] <= 'z'));
  return article ? end + 1 : pos;
}

std::vector<std::string> longest_first(std::vector<std::string> cues) {
  std::sort(cues.begin(), cues.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return cues;
}

// The bytes after which no cue starts: an ASCII letter or digit, or a byte inside a character.
constexpr std::array<bool, 256> kInsideWord = [] {
  std::array<bool, 256> inside{};
  for (int b = 0; b < 256; ++b)
    inside[static_cast<std::size_t>(b)] = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ||
                                          (b >= '0' && b <= '9') || (b & 0xC0) == 0x80;
  return inside;
}();

// "2019-04" after a cue: a month is all some archives give.
std::string iso_month_at(std::string_view text, std::size_t pos) {
  if (pos + 7 > text.size()) return {};
  const calendar::PartialDate date = calendar::parse_iso(text.substr(pos, 7));
  const bool bounded = pos + 7 == text.size() || !(text[pos + 7] >= '0' && text[pos + 7] <= '9');
  return date.precision == 2 && bounded ? std::string(text.substr(pos, 7)) : std::string();
}

bool rest_of_line_is_blank_or_time(std::string_view rest) {
  // Time words of a few letters may stand before or after the time ("14.6.2024 klo 10.15",
  // "um 10:30", "18.09.2024, 11:42 Uhr", "3:25 PM GMT+1", "20 maja 2025 r.").
  constexpr int kMaxTimeWordLetters = 3;
  constexpr int kMaxTimeWords = 2;
  int letters = 0, words = 0;
  // "14. 5. 2025 9:32 | Lucie Horáková": a bar may part a byline from the date, a name and
  // no sentence.
  constexpr std::size_t kMaxByline = 60;
  // "| Lesedauer: 3 Min.", "· Opdateret kl. 13.10", "– Atualizado às 11:58": a short note of
  // the page, whatever it holds, but no sentence (whose last word is no abbreviation).
  constexpr std::size_t kMaxNote = 40;  // characters
  constexpr std::size_t kMaxAbbreviation = 4;  // bytes of a last word before a full stop
  const auto note = [&](std::string_view n) {
    const std::size_t characters = static_cast<std::size_t>(
        std::count_if(n.begin(), n.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
    if (n.empty() || characters > kMaxNote) return false;
    if (n.back() != '.') return true;
    const std::size_t space = n.rfind(' ');
    return n.size() - 1 - (space == std::string_view::npos ? 0 : space + 1) <= kMaxAbbreviation;
  };
  // "30 sep 2025, 11:15 Binnenland": the section of the paper, one word after the time.
  constexpr std::size_t kMaxSection = 24;
  bool digits = false;
  for (std::size_t at = 0; at < rest.size(); ++at) {
    const char c = rest[at];
    if (c == '\n') return true;
    // "Montag, 04.09.2023, 10:42 Uhr · sda": a middle dot too; a dash before a note.
    const bool dash = rest.substr(at, 3) == "\u2013" || rest.substr(at, 3) == "\u2014";
    const std::size_t mark = c == '|' ? 1 : rest.substr(at, 2) == "\u00b7" ? 2 : dash ? 3 : 0;
    if (mark > 0 && at + mark < rest.size() && rest[at + mark] == ' ') {
      const std::string_view byline = rest.substr(at + mark + 1, rest.find('\n', at) - at - mark - 1);
      if (note(byline) || (!dash && !byline.empty() && byline.size() <= kMaxByline && byline.back() != '.' &&
                           byline.find_first_of("0123456789") == std::string_view::npos))
        return true;
    }
    // "15.05.2025 | 08:32 - Τελευταία ενημέρωση: 10:47": a hyphen set off by spaces, after the time.
    if (c == '-' && digits && at > 0 && rest[at - 1] == ' ' && rest.substr(at + 1, 1) == " " &&
        note(rest.substr(at + 2, rest.find('\n', at) - at - 2)))
      return true;
    if (digits && letters == 0 && c >= 'A' && c <= 'Z' && at > 0 && rest[at - 1] == ' ') {
      const std::string_view word = rest.substr(at, rest.find('\n', at) - at);
      if (word.size() <= kMaxSection && word.find_first_of(" .,;:") == std::string_view::npos) return true;
    }
    if (c >= '0' && c <= '9') digits = true;
    // A time or separator may follow the date on its line ("04 Jan 2023 | 10:30", "14.6.2024 10.15").
    const char lower = static_cast<char>(c | 0x20);
    // A letter outside ASCII ("à 18h12") is one letter, however many bytes it takes.
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;
    if ((lower >= 'a' && lower <= 'z') || (static_cast<unsigned char>(c) & 0x80) != 0) {
      if (letters++ == 0 && ++words > kMaxTimeWords) return false;
      if (letters > kMaxTimeWordLetters) return false;
      continue;
    }
    letters = 0;
    if (c != ' ' && c != '|' && c != ',' && c != '-' && c != ':' && c != '.' && c != '+' &&
        !(c >= '0' && c <= '9'))
      return false;
  }
  return true;
}

}  // namespace

ReferenceFinder::ReferenceFinder(const DatePattern& pattern)
    : pattern_(pattern), cues_(longest_first(pattern.vocabulary().reference_cues)) {}

ReferenceFinder::~ReferenceFinder() = default;

std::string ReferenceFinder::find(std::string_view text, Dateline* dateline) const {
  if (!ok()) return {};
  const std::size_t head = head_end(text, kHeadLines);
  // The foot starts after what the head search covered: a text of few long lines (paragraphs
  // joined by normalisation) is all "head", but only its first kEndBytes were searched.
  const std::size_t searched = std::min(head, kEndBytes);
  const std::size_t tail = std::max(searched, tail_begin(text, kHeadLines));
  std::string value = after_cues(text, 0, searched);
  if (value.empty()) {
    // The last bytes begin on a character, not inside one (Greek letters take two bytes).
    std::size_t end_region = text.size() > kEndBytes ? text.size() - kEndBytes : 0;
    while (end_region < text.size() && (static_cast<unsigned char>(text[end_region]) & 0xC0) == 0x80) ++end_region;
    value = after_cues(text, std::max(tail, end_region), text.size());
  }
  if (value.empty()) {
    const std::optional<RawDate> raw = dateline_date(text, head);
    if (dateline != nullptr) *dateline = {true, raw ? std::optional<std::size_t>(raw->span.begin) : std::nullopt};
    value = from_dateline(text, raw);
  }
  if (value.empty()) value = from_date_line(text);
  if (value.empty()) value = from_byline(text);
  if (value.empty()) value = from_signature(text);
  return value;
}

std::optional<RawDate> ReferenceFinder::day_date_at(std::string_view text, std::size_t pos) const {
  std::optional<RawDate> raw = pattern_.read_at(text, pos);
  if (!raw || raw->kind != RawKind::day_date || raw->span.begin != pos) return std::nullopt;
  return raw;
}

std::string ReferenceFinder::iso_day(std::string_view text, const RawDate& raw) const {
  if (raw.year != 0) return calendar::iso_day(raw.year, raw.month, raw.day);
  // A dateline omits the year: take it from the weekday, else the latest year the text names.
  std::vector<int> years;
  for (const RawDate& r : pattern_.scan(text))
    if (r.year != 0) years.push_back(r.year);
  if (years.empty()) return {};
  std::sort(years.begin(), years.end());  // each year once: see resolve()
  years.erase(std::unique(years.begin(), years.end()), years.end());
  int year = raw.weekday != 0 ? year_from_weekday(raw.month, raw.day, raw.weekday, years) : 0;
  if (year == 0) year = *std::max_element(years.begin(), years.end());
  return calendar::iso_day(year, raw.month, raw.day);
}

std::string ReferenceFinder::full_date_at(std::string_view text, std::size_t pos,
                                          std::size_t& end) const {
  const std::optional<RawDate> raw = day_date_at(text, pos);
  if (!raw) return {};
  end = raw->span.end;
  return iso_day(text, *raw);
}

std::size_t ReferenceFinder::cue_end(std::string_view text, std::size_t from, std::size_t limit) const {
  const std::size_t stop = std::min(limit, text.size());
  for (std::size_t p = from; p < stop; ++p) {
    // Most bytes are the letters of ASCII words, after which no cue starts, or the rest of a
    // longer character: passed in a loop of their own.
    if (p != 0) {
      while (p < stop && kInsideWord[static_cast<unsigned char>(text[p])]) ++p;
      if (p == stop) break;
    }
    const auto byte = static_cast<unsigned char>(text[p]);
    if ((byte & 0xC0) == 0x80) continue;  // inside a character
    // Most other bytes are spaces before a word no cue opens with, as its first two bytes tell:
    // passed over without a call.
    if (p != 0 && byte < 0x80 && p + 1 < text.size() && !cues_.may_open_at(text, p + 1)) continue;
    std::size_t end = p == 0 ? cues_.first_at(text, 0) : 0;
    std::size_t length = 1;
    if (end == 0 && !letter_or_digit(code_point_at(text, p, length))) {
      const std::size_t cue = cues_.first_at(text, p + length);
      if (cue > 0) end = p + length + cue;
    }
    if (end == 0) continue;
    // " ?:? ?": a space, a colon, a space, each if there.
    for (char c : {' ', ':', ' '})
      if (end < text.size() && text[end] == c) ++end;
    return end;
  }
  return 0;
}

std::string ReferenceFinder::after_cues(std::string_view text, std::size_t begin,
                                        std::size_t end_of_region) const {
  if (cues_.empty()) return {};
  // A cue starts inside the region, and the character before it is read as its word boundary: a
  // region that starts at the start of a line ("Data publicării: ...") keeps the line break
  // before it. The cue and its date may run past the region's end: the next region starts
  // there, after the cue's first letters.
  std::size_t pos = begin > 0 ? begin - 1 : 0;
  std::size_t end = 0;
  while (pos < end_of_region && (end = cue_end(text, pos, end_of_region)) != 0) {
    std::size_t date_end = 0;
    std::string value = full_date_at(text, end, date_end);
    if (value.empty()) value = iso_month_at(text, end);
    if (!value.empty()) return value;
    pos = std::max(end, pos + 1);
  }
  return {};
}

std::optional<RawDate> ReferenceFinder::dateline_date(std::string_view text, std::size_t head) const {
  for (std::size_t line = 0; line < head;) {
    if (const std::size_t place_end = dateline_place_end(text, line)) {
      const std::size_t end = after_short_article(text, place_end);
      // The agency in brackets, or a dash, closes a dateline: "PARIS, Oct 20 (Reuters) -"; a
      // full date may also end its sentence ("Madrid, 22 de noviembre de 2024. El ...") or its
      // line, maybe with a time, as a press release opens ("Paris, le 8 juillet 2025",
      // "Kraków, 7 lutego 2024 r.", "Rennes, le vendredi 15 mars 2024.").
      const std::optional<RawDate> raw = day_date_at(text, end);
      std::string_view rest = raw ? text.substr(raw->span.end) : std::string_view();
      const bool full = raw && raw->year != 0;
      // "Warszawa, 14 marca 2024 r. (PAP) –": a short lowercase abbreviation of "year" may stand
      // between the date and the agency or the dash.
      if (full && rest.starts_with(" ")) {
        const std::size_t dot = rest.find('.');
        const std::string_view word = dot == std::string_view::npos ? std::string_view() : rest.substr(1, dot - 1);
        const std::string_view after = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
        if (!word.empty() && word.size() <= 3 &&
            std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
            (after.starts_with(" (") || after.starts_with(" -") || after.starts_with(" \u2013") ||
             after.starts_with(" \u2014")))
          rest = after;
      }
      // A press release's line holds place, comma and date alone, maybe with a time; without the
      // comma only a full date ("Praha 3. července 2023", "Lehdistötiedote 11.3.2025 |
      // Seuraamukset"): a day alone after a word may be a cue and its date.
      const bool after_comma = text.substr(place_end - 2, 2) == ", ";
      const bool own_line = (after_comma || full) && !rest.starts_with(".") && rest_of_line_is_blank_or_time(rest);
      // or closed by a period: "Rennes, le vendredi 15 mars 2024."
      const bool own_sentence_line = after_comma && (rest == "." || rest.starts_with(".\n"));
      // Spanish wires close it with a stop and a dash: "Ciudad de México, 18 de junio de 2024.-".
      if (rest.starts_with(" (") || rest.starts_with(" -") || rest.starts_with(" \u2013") ||
          rest.starts_with(" \u2014") || rest.starts_with(".-") || rest.starts_with(".\u2013") ||
          (full && (rest.starts_with(". ") || rest.starts_with(": ") || own_line || own_sentence_line)))
        if (!iso_day(text, *raw).empty()) return raw;
    } else if (const std::optional<RawDate> raw = day_date_at(text, line); raw && raw->year != 0) {
      // A press release may open with its full date alone before a dash: "19.12.2024 – Consiliul
      // Concurenței a sancționat ...".
      const std::string_view rest = text.substr(raw->span.end);
      if ((rest.starts_with(" -") || rest.starts_with(" \u2013") || rest.starts_with(" \u2014")) &&
          !iso_day(text, *raw).empty())
        return raw;
    }
    line = text.find('\n', line);
    if (line == std::string_view::npos) break;
    ++line;
  }
  return std::nullopt;
}

std::string ReferenceFinder::from_dateline(std::string_view text, const std::optional<RawDate>& raw) const {
  if (!raw) return {};
  // "Madrid, 12 mar (EFE)": a wire dateline without its year; the years the story names are
  // those of what it reports, not of the day it was sent. A weekday can tell the year, and so
  // can a time stamp above the dateline that names the same day with its year
  // ("March 5, 2025 11:02 AM GMT" over "LONDON, March 5 (Reuters) -").
  if (raw->year == 0 && raw->weekday == 0) {
    for (const RawDate& r : pattern_.scan(text.substr(0, raw->span.begin)))
      if (r.year != 0 && r.month == raw->month && r.day == raw->day)
        return calendar::iso_day(r.year, r.month, r.day);
    return {};
  }
  return iso_day(text, *raw);
}

std::optional<std::size_t> ReferenceFinder::dateline_begin(std::string_view text) const {
  if (!ok()) return std::nullopt;
  const std::optional<RawDate> raw = dateline_date(text, head_end(text, kHeadLines));
  if (!raw) return std::nullopt;
  return raw->span.begin;
}

std::string ReferenceFinder::from_date_line(std::string_view text) const {
  std::size_t line_start = 0;
  for (std::size_t line = 0; line < kHeadLines && line_start < text.size(); ++line) {
    std::size_t pos = line_start;
    // Skip indentation and a bullet ("• 23 Maio 2022").
    while (pos < text.size()) {
      if (text[pos] == ' ' || text[pos] == '*' || text[pos] == '-' || text[pos] == '|') ++pos;
      else if (text.substr(pos, 3) == "\xE2\x80\xA2") pos += 3;
      else break;
    }
    std::optional<RawDate> raw = day_date_at(text, pos);
    // A short word may open the line ("Le 5 février 2025 à 18h12", "On 3 March 2025").
    if (!raw) {
      std::size_t word_end = pos;
      while (word_end < text.size() && word_end - pos <= 3 && text[word_end] != ' ' && text[word_end] != '\n') ++word_end;
      if (word_end > pos && word_end - pos <= 3 && word_end < text.size() && text[word_end] == ' ')
        raw = day_date_at(text, word_end + 1);
    }
    if (raw && (rest_of_line_is_blank_or_time(text.substr(raw->span.end)) ||
                cue_after_time(text, raw->span.end))) {
      std::string value = iso_day(text, *raw);
      if (value.size() == 10) return value;
    }
    const std::size_t nl = text.find('\n', line_start);
    if (nl == std::string_view::npos) break;
    line_start = nl + 1;
  }
  return {};
}

bool ReferenceFinder::cue_after_time(std::string_view text, std::size_t pos) const {
  // "11/03/2025 14h32 Atualizado há 2 horas", "12.03.2024, 10:05 Aktualisiert am ...": the
  // time, then the cue of the date the page was updated, which does not make the first date
  // any less the day of publication.
  const std::size_t start = pos;
  while (pos < text.size()) {
    const char c = text[pos];
    // "14/03/2024 07h12 · Atualizado há 2 horas": a middle dot or a bullet parts them too.
    if (text.substr(pos, 2) == "\u00B7" || text.substr(pos, 3) == "\u2022") {
      pos += text[pos] == '\xC2' ? 2 : 3;
      continue;
    }
    const bool time_char = c == ' ' || c == ':' || c == '.' || c == ',' || c == '|' ||
                           (c >= '0' && c <= '9') ||
                           ((c == 'h' || c == 'H') && pos > start && text[pos - 1] >= '0' && text[pos - 1] <= '9');
    // "07.42 GMT | Last modified on ...": the time zone after the time.
    constexpr std::size_t kMaxZone = 4;
    if (!time_char && c >= 'A' && c <= 'Z' && pos > start && text[pos - 1] == ' ') {
      std::size_t end = pos;
      while (end < text.size() && text[end] >= 'A' && text[end] <= 'Z') ++end;
      if (end - pos <= kMaxZone && end < text.size() && text[end] == ' ') {
        pos = end;
        continue;
      }
    }
    if (!time_char) break;
    ++pos;
  }
  return pos > start && text[pos - 1] == ' ' && pos < text.size() && cues_.first_at(text, pos) > 0;
}

std::string ReferenceFinder::from_byline(std::string_view text) const {
  // A byline names a writer and maybe a place before the date, and is no sentence: a short lead
  // that ends on a date ("The court fined the firm on 3 March 2022.") is not one.
  constexpr std::size_t kMaxBylineBytes = 100;
  constexpr std::size_t kMaxBeforeDateBytes = 60;
  std::size_t line_start = 0;
  for (std::size_t line = 0; line < kHeadLines && line_start < text.size(); ++line) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::size_t last = line_end;
    while (last > line_start && text[last - 1] == ' ') --last;
    // A full stop may end an abbreviation ("09/04/2025 - 13:15 h."), not a sentence.
    constexpr std::size_t kMaxAbbreviation = 2;  // letters
    const std::size_t last_word = text.rfind(' ', last == 0 ? 0 : last - 1);
    const bool abbreviated = last > line_start && text[last - 1] == '.' && last_word != std::string_view::npos &&
                             last_word >= line_start && last - last_word - 2 <= kMaxAbbreviation;
    if (line_end - line_start <= kMaxBylineBytes && last > line_start && (text[last - 1] != '.' || abbreviated)) {
      const std::string_view row = text.substr(line_start, line_end - line_start);
      for (std::size_t sep = 0; sep < row.size() && sep <= kMaxBeforeDateBytes; ++sep) {
        const bool separator = row.substr(sep, 2) == "| " || row.substr(sep, 2) == ", " ||
                               row.substr(sep, 3) == "\u00b7 " || row.substr(sep, 4) == "\u2013 " ||
                               row.substr(sep, 4) == "\u2014 " || row.substr(sep, 3) == " - ";
        if (!separator) continue;
        std::size_t pos = line_start + sep + 1;
        while (pos < line_end && (text[pos] == ' ' || (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80 ||
                                  text[pos] == '-'))
          ++pos;
        const std::optional<RawDate> raw = day_date_at(text, pos);
        if (raw && raw->year != 0 && rest_of_line_is_blank_or_time(text.substr(raw->span.end)))
          return calendar::iso_day(raw->year, raw->month, raw->day);
      }
    }
    if (line_end >= text.size()) break;
    line_start = line_end + 1;
  }
  return {};
}

std::string ReferenceFinder::from_signature(std::string_view text) const {
  constexpr std::size_t kMaxSignatureBytes = 60;
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == ' ')) --end;
  const std::size_t nl = text.rfind('\n', end == 0 ? 0 : end - 1);
  const std::size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
  if (end <= begin || end - begin > kMaxSignatureBytes) return {};
  std::string line(text.substr(begin, end - begin));
  // "(ANP, 21 januari 2025)": the agency stands where the place would.
  if (line.front() == '(' && line.back() == ')') line = line.substr(1, line.size() - 2);
  if (line.empty() || line.back() == '.') return {};  // a sentence, not a signature
  line += '\n';
  // The date may stand alone, as pages copied from the web end on it ("24.01.2024").
  const std::size_t place_end = dateline_place_end(line, 0);
  const std::optional<RawDate> raw = day_date_at(line, place_end == 0 ? 0 : after_short_article(line, place_end));
  if (!raw || raw->year == 0 || !rest_of_line_is_blank_or_time(std::string_view(line).substr(raw->span.end)))
    return {};
  return calendar::iso_day(raw->year, raw->month, raw->day);
}

}  // namespace finex::dates
