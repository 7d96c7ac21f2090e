#include "date/date_pattern.h"

#include <algorithm>
#include <array>

namespace finex::dates {

namespace {

// Symbols that make a following number an amount or a reference, in every language.
constexpr std::string_view kNumberSymbols[] = {"€", "$", "£", "¥", "#", "§", "n°", "nº"};

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_alnum(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// ASCII letters and digits, and the other ASCII bytes, which no byte of a longer character
// follows in valid text: a byte that no date opens at, and after which one may.
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 128; ++c) table[static_cast<std::size_t>(c)] = is_ascii_alnum(static_cast<char>(c));
  return table;
}();
constexpr std::array<bool, 256> kAsciiGap = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 128; ++c) table[static_cast<std::size_t>(c)] = !is_ascii_alnum(static_cast<char>(c));
  return table;
}();

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

// What a word found at a word start says about a date starting there.
enum Opener {
  opens,    // a weekday, season, quarter, relative phrase: a date on its own
  month,    // also a date on its own, and what a day number needs after it
  leads,    // a cue, a modifier or a year word: a date only if another opener follows
  counts,   // a number word: a date only if a unit follows ("two years ago")
  unit,
  joiner,   // "of" in "17th of October"
};

// The words that open date expressions, by what must follow them.
std::vector<std::pair<int, std::string>> opening_words(const DateVocabulary& v) {
  std::vector<std::pair<int, std::string>> out;
  auto add = [&](Opener kind, std::string_view phrase) {
    phrase = phrase.substr(0, phrase.find('{'));  // a template's words before its number
    while (!phrase.empty() && phrase.back() == ' ') phrase.remove_suffix(1);
    if (!phrase.empty()) out.emplace_back(kind, std::string(phrase));
  };
  for (const auto& entry : v.months) add(month, entry.first);
  for (const auto* map : {&v.weekdays, &v.seasons, &v.quarters})
    for (const auto& entry : *map) add(opens, entry.first);
  for (const auto& entry : v.phrases) add(opens, entry.first);
  for (const AnchoredTemplate& t : v.anchored_templates) add(opens, t.text);
  for (const std::string& t : v.ago_templates) add(opens, t);
  for (const auto& entry : v.modifiers) add(leads, entry.first);
  for (const auto* list : {&v.cues, &v.year_words})
    for (const std::string& word : *list) add(leads, word);
  for (const auto& entry : v.numbers) add(counts, entry.first);
  for (const auto& entry : v.units) add(unit, entry.first);
  for (const std::string& word : v.day_joiners) add(joiner, word);
  return out;
}

}  // namespace

DatePattern::DatePattern(DateVocabulary vocabulary)
    : vocabulary_(std::move(vocabulary)), shapes_(vocabulary_) {
  openers_ = PhraseMatcher(opening_words(vocabulary_));
  std::vector<std::string> units, rests;
  for (const auto& entry : vocabulary_.units) units.push_back(entry.first);
  auto add_template = [&](std::string_view t) {
    constexpr std::string_view kOpening = "{n} {unit}";
    if (!t.starts_with("{n}")) return;
    if (!t.starts_with(kOpening) || t.find('{', kOpening.size()) != std::string_view::npos ||
        t.size() == kOpening.size()) {
      any_after_template_unit_ = true;
      return;
    }
    rests.emplace_back(t.substr(kOpening.size()));
  };
  for (const AnchoredTemplate& t : vocabulary_.anchored_templates) add_template(t.text);
  for (const std::string& t : vocabulary_.ago_templates) add_template(t);
  template_units_ = FoldedWords(units);
  after_template_unit_ = FoldedWords(rests);
  if (!openers_.ok()) error_ = "date words for '" + vocabulary_.language + "': " + openers_.error();
}

DatePattern::~DatePattern() = default;

bool DatePattern::word_at(std::string_view text, std::size_t pos, int kind, std::size_t* end) const {
  PhraseMatchBuffer<16> buffer;
  const auto& found = buffer.matches;
  const std::size_t n = openers_.matches_at(text, pos, buffer.matches);
  for (std::size_t i = 0; i < n; ++i)
    if (found[i].category == kind && at_word_end(text, found[i].span.end)) {
      if (end != nullptr) *end = found[i].span.end;
      return true;
    }
  return false;
}

bool DatePattern::template_rest_at(std::string_view text, std::size_t pos) const {
  if (any_after_template_unit_) return true;
  return template_units_.each_at(text, pos, [&](std::size_t length) {
    return after_template_unit_.first_at(text, pos + length) > 0;
  });
}

// The openers found at the word after a cue or a number: the scan reaches that word next and
// needs them again, and a walk of the openers costs more than a copy of the few it finds.
struct DatePattern::NextWordOpeners {
  std::size_t pos = std::string_view::npos;
  std::size_t count = 0;
  PhraseMatchBuffer<16> buffer;
};

bool DatePattern::number_may_start_at(std::string_view text, std::size_t pos, NextWordOpeners* next_word) const {
  std::size_t digits = 0;
  while (pos + digits < text.size() && is_digit(text[pos + digits])) ++digits;
  if (digits == 4) return text.compare(pos, 2, "19") == 0 || text.compare(pos, 2, "20") == 0;
  if (digits > 3) return false;
  std::size_t next = pos + digits;
  // "17/10/2022", "17.10.22", "17-10-2022", "15. 2. 2024" (a space after a dot, Czech and
  // Slovak style): the day, a separator, a month of one or two digits, a separator, the year's
  // first digit. "8.85 million" is no such date, nor anything else a number opens.
  const auto separator_end = [&](std::size_t at) -> std::size_t {
    if (at >= text.size() || std::string_view("./-").find(text[at]) == std::string_view::npos) return 0;
    return at + (text[at] == '.' && at + 1 < text.size() && text[at + 1] == ' ' ? 2 : 1);
  };
  if (digits <= 2)
    if (const std::size_t month = separator_end(next); month > 0) {
      std::size_t month_digits = 0;
      while (month + month_digits < text.size() && is_digit(text[month + month_digits])) ++month_digits;
      const std::size_t year = month_digits >= 1 && month_digits <= 2 ? separator_end(month + month_digits) : 0;
      if (year > 0 && year < text.size() && is_digit(text[year])) return true;
    }
  // "17th of October", "1er janvier", "17. Oktober", "two years" ago: an ordinal ending,
  // a space, maybe a joining word, then a month or a unit.
  const std::size_t ordinal_end = std::min(text.size(), next + 4);
  while (next < ordinal_end && text[next] != ' ' && !is_digit(text[next])) ++next;
  if (next >= text.size() || text[next] != ' ') return false;
  ++next;
  // One walk of the openers after the number answers for a unit, a joiner and a month.
  PhraseMatchBuffer<16> buffer;
  const auto& found = buffer.matches;
  std::size_t n = 0;
  if (next_word != nullptr && next_word->pos == next) {
    n = next_word->count;
    std::copy_n(next_word->buffer.matches.begin(), n, buffer.matches.begin());
  } else {
    n = openers_.matches_at(text, next, buffer.matches);
    if (next_word != nullptr) {
      next_word->pos = next;
      next_word->count = n;
      std::copy_n(buffer.matches.begin(), n, next_word->buffer.matches.begin());
    }
  }
  // The end of the first whole word of the opener `kind`, as word_at() finds it; 0 when none.
  const auto word_end = [&](int kind) -> std::size_t {
    for (std::size_t i = 0; i < n; ++i)
      if (found[i].category == kind && at_word_end(text, found[i].span.end)) return found[i].span.end;
    return 0;
  };
  if (word_end(unit) != 0 && template_rest_at(text, next)) return true;
  if (digits > 2) return false;
  if (const std::size_t joiner_end = word_end(joiner);
      joiner_end != 0 && joiner_end < text.size() && text[joiner_end] == ' ') {
    next = joiner_end + 1;
    n = openers_.matches_at(text, next, buffer.matches);
  }
  for (std::size_t i = 0; i < n; ++i)  // "Oct." and "oct" are months too, a word end or not
    if (found[i].category == month) return true;
  return false;
}

bool DatePattern::may_start_at(std::string_view text, std::size_t pos, NextWordOpeners* next_word,
                               int depth) const {
  if (pos >= text.size()) return false;
  // After two cues the scan's next word is the second cue's: its openers stay kept.
  if (is_digit(text[pos])) return number_may_start_at(text, pos, depth < 2 ? next_word : nullptr);
  const bool quarter = (text[pos] == 'q' || text[pos] == 'Q') && pos + 1 < text.size() && is_digit(text[pos + 1]);
  if (quarter) return true;  // "Q3 2023"
  PhraseMatchBuffer<16> buffer;
  const auto& found = buffer.matches;
  std::size_t n = 0;
  if (next_word != nullptr && next_word->pos == pos) {
    n = next_word->count;
    std::copy_n(next_word->buffer.matches.begin(), n, buffer.matches.begin());
  } else {
    n = openers_.matches_at(text, pos, buffer.matches);
    if (next_word != nullptr && depth == 1) {
      next_word->pos = pos;
      next_word->count = n;
      std::copy_n(buffer.matches.begin(), n, next_word->buffer.matches.begin());
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t end = found[i].span.end;
    const int kind = found[i].category;
    // "mid-" and "l'" glue to the next word; other words end where a word ends.
    const bool glued = text[end - 1] == '-' || text[end - 1] == '\'' || text.substr(0, end).ends_with("\u2019");
    if (!glued && !at_word_end(text, end)) continue;
    if (kind == opens || kind == month) return true;
    const bool spaced = end < text.size() && text[end] == ' ';
    if (!glued && !spaced) continue;
    const std::size_t next = glued ? end : end + 1;
    // At most two cues in a row: "since the" 17th.
    if (kind == leads && depth < 2 && may_start_at(text, next, next_word, depth + 1)) return true;
    if (kind == counts && word_at(text, next, unit, nullptr) && template_rest_at(text, next)) return true;
  }
  return false;
}

std::vector<RawDate> DatePattern::scan(std::string_view text) const {
  std::vector<RawDate> out;
  if (!ok()) return out;
  std::vector<GroupSpan> spans;
  NextWordOpeners next_word;
  // The shapes are tried only where a date can start.
  std::size_t from = 0;  // the leading edge character of the next date is at or after this
  bool after_word = true;
  for (std::size_t pos = 0; pos < text.size();) {
    // Most bytes between words are ASCII spaces and punctuation: passed in a loop of their own.
    if (kAsciiGap[static_cast<unsigned char>(text[pos])]) {
      after_word = false;
      do ++pos;
      while (pos < text.size() && kAsciiGap[static_cast<unsigned char>(text[pos])]);
      continue;
    }
    std::size_t length = 1;
    while (pos + length < text.size() && (static_cast<unsigned char>(text[pos + length]) & 0xC0) == 0x80)
      ++length;
    const auto byte = static_cast<unsigned char>(text[pos]);
    std::size_t code_length = 1;
    const bool word = byte < 0x80 ? is_ascii_alnum(text[pos]) : letter_or_digit(code_point_at(text, pos, code_length));
    const bool opens = word && (pos == 0 ? from == 0 : !after_word && pos > from);
    after_word = word;
    // The shapes read the character before the date as its boundary: the whole character
    // ("2018\u20132020", "\u00ab12 mars").
    const auto start = [&] {
      std::size_t at = pos == 0 ? 0 : pos - 1;
      while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
      return at;
    };
    if (!opens || !may_start_at(text, pos, &next_word) || !shapes_.match(text, start(), spans)) {
      pos += length;
      if (word)  // the rest of the word opens no date
        while (pos < text.size() && kAsciiAlnum[static_cast<unsigned char>(text[pos])]) ++pos;
      continue;
    }
    RawDate raw;
    if (!decode(text, spans, raw)) {
      // Rejected: no other reading can start here (the alternatives are tried in order).
      from = pos;
      pos += length;
      continue;
    }
    // "Oct." keeps its dot inside a date, but a sentence's full stop is not part of it.
    if (raw.span.end > raw.span.begin && text[raw.span.end - 1] == '.') --raw.span.end;
    out.push_back(raw);
    // The trailing edge character may open the next date.
    from = pos = spans[group_id("span")].end;
    after_word = pos > 0 && letter_or_digit_at(text, pos - 1);
  }
  return out;
}

std::optional<RawDate> DatePattern::read_at(std::string_view text, std::size_t pos) const {
  return read_at(text, pos, true);
}

std::optional<RawDate> DatePattern::read_at(std::string_view text, std::size_t pos,
                                            bool find_anchor) const {
  if (!ok() || pos >= text.size()) return std::nullopt;
  std::vector<GroupSpan> spans;
  // The leading boundary consumes the character before the date.
  const std::size_t start = pos == 0 ? 0 : pos - 1;
  // As in scan(): the cheap test first.
  if (!may_start_at(text, pos) || !shapes_.match(text, start, spans)) return std::nullopt;
  RawDate raw;
  if (!decode(text, spans, raw, find_anchor)) return std::nullopt;
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
  if (b == 0) return true;
  // "il decreto legislativo 231 del 2001", "Act No. 5 of 2019": a year joined to a bare number
  // is the year of a numbered act (a date has a month between).
  if (const std::size_t joiner = text.rfind(' ', b >= 2 ? b - 2 : 0);
      joiner != std::string_view::npos && joiner >= 1 && text[b - 1] == ' ' && is_digit(text[joiner - 1]) &&
      listed(vocabulary_.year_joiners, fold_case(text.substr(joiner + 1, b - 2 - joiner))))
    return false;
  if (cued) return true;
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
