#include "entities/authority_bodies.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>

#include "data/data_files.h"
#include "text/case_fold.h"
#include "text/code_points.h"

namespace finex::authority {

namespace {

constexpr int kAfter = 1;
constexpr int kBefore = 2;
// "Sportgericht des NFV", never "das Sportgericht Hansa Rostock ... belegt", where the name after
// the head is the object of the verb: a name after the head only past a connector.
constexpr int kConnected = 4;
// "le parquet a requis 10 000 euros": a prosecutor, who asks for fines a court imposes.
constexpr int kAsks = 8;
// "Hackney Council", never "the council": a head that is a body only with the name of its
// place or organisation.
constexpr int kNamed = 16;
// "Sąd Rejonowy dla Warszawy-Śródmieścia Północ": a place or an organisation, not a sentence.
constexpr int kMaxNameWords = 4;
// Without a connector a place is short ("Landgericht München I"); more capitalised words are
// the nouns of the sentence in German ("verhängte das Amtsgericht Auflagen").
constexpr int kMaxBareWords = 2;

bool space_at(std::string_view text, std::size_t pos) { return pos < text.size() && text[pos] == ' '; }

bool ends_with_apostrophe(std::string_view text, std::size_t end) {
  return (end >= 1 && text[end - 1] == '\'') || (end >= 3 && text.substr(end - 3, 3) == "\u2019");
}

bool capital_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  std::size_t length = 0;
  const auto category = utf8proc_category(code_point_at(text, pos, length));
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

// The byte where the code point before `pos` starts.
std::size_t previous_code_point(std::string_view text, std::size_t pos) {
  std::size_t at = pos - 1;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

// Where the word that ends at `end` starts.
std::size_t word_start(std::string_view text, std::size_t end) {
  std::size_t start = end;
  while (start > 0) {
    const std::size_t previous = previous_code_point(text, start);
    if (!letter_or_digit_at(text, previous) && text[previous] != '-') break;
    start = previous;
  }
  return start;
}

// The end of a short number that numbers a court or chamber ("Juzgado de lo Penal número 1",
// "Landgericht München I" needs none), not an amount ("5.000", "12,5"); else `pos`.
std::size_t chamber_number(std::string_view text, std::size_t pos) {
  constexpr std::size_t kMaxDigits = 3;
  std::size_t end = pos;
  while (end < text.size() && end - pos <= kMaxDigits && text[end] >= '0' && text[end] <= '9') ++end;
  if (end == pos || end - pos > kMaxDigits) return pos;
  if (end < text.size() && (letter_or_digit_at(text, end) ||
                            ((text[end] == '.' || text[end] == ',') && end + 1 < text.size() &&
                             text[end + 1] >= '0' && text[end + 1] <= '9')))
    return pos;
  return end;
}

}  // namespace

BodyFinder::BodyFinder(std::string_view language, const LanguagePacks& packs) {
  if (language.empty()) return;
  std::vector<std::pair<int, std::string>> heads, connectors, place_tails;
  data::for_each_line(packs.file(language, "authority_bodies.tsv"), [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    if (fields.size() < 2) return;  // the pack schema has reported it
    if (fields[0] == "connector") {
      connectors.emplace_back(0, std::string(fields[1]));
      return;
    }
    if (fields[0] == "place_tail") {
      place_tails.emplace_back(0, std::string(fields[1]));
      return;
    }
    int extension = 0;
    if (fields.size() > 2)
      for (std::string_view rest = fields[2]; !rest.empty();) {
        const std::size_t comma = rest.find(',');
        const std::string_view flag = rest.substr(0, comma);
        extension |= flag == "after"       ? kAfter
                     : flag == "before"    ? kBefore
                     : flag == "connected" ? kConnected
                     : flag == "asks"      ? kAsks
                     : flag == "named"     ? kNamed
                                           : 0;
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
      }
    heads.emplace_back(extension, std::string(fields[1]));
  });
  if (heads.empty()) return;
  heads_ = PhraseMatcher(heads);
  connectors_ = PhraseMatcher(connectors);
  place_tails_ = PhraseMatcher(place_tails);
  if (!heads_.ok()) error_ = std::string(language) + "/authority_bodies.tsv: " + heads_.error();
  else if (!connectors_.ok()) error_ = std::string(language) + "/authority_bodies.tsv: " + connectors_.error();
  else if (!place_tails_.ok()) error_ = std::string(language) + "/authority_bodies.tsv: " + place_tails_.error();
  // Function words, months and weekdays are capitalised at times, but name no place: "das
  // Landgericht Köln Anfang Mai", "the district court Monday".
  for (const std::string_view file : {"stopwords.txt", "date_months.tsv", "date_weekdays.tsv"})
    data::for_each_line(packs.file(language, file), [&](std::string_view line) {
      not_names_.insert(fold_case(line.substr(0, line.find('\t'))));
    });
  // "Wcześniej Wojewódzki Inspektor Ochrony Środowiska", "Ponadto ...": an adverb that opens the
  // sentence is no part of the body's name before its head.
  data::for_each_line(packs.file(language, "party_cues.tsv"), [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    if (fields.size() >= 2 && fields[0] == "stop") openers_.insert(fold_case(fields[1]));
  });
}

std::size_t BodyFinder::capitalised_word(std::string_view text, std::size_t pos) const {
  if (!capital_at(text, pos)) return pos;
  std::size_t end = pos;
  while (end < text.size()) {
    if (letter_or_digit_at(text, end)) {
      std::size_t length = 0;
      code_point_at(text, end, length);
      end += length;
    } else if (text[end] == '-' && letter_or_digit_at(text, end + 1)) {
      ++end;  // "Fußball-Bundes", "Warszawy-Śródmieścia"
    } else {
      break;
    }
  }
  if (not_names_.contains(fold_case(text.substr(pos, end - pos)))) return pos;
  return end;
}

std::size_t BodyFinder::name_after(std::string_view text, std::size_t end, bool connected) const {
  int bare = 0;
  bool placed = false;  // a connector led to a place ("Retten i Glostrup")
  for (int words = 0; words < kMaxNameWords && space_at(text, end); ++words) {
    std::size_t word = end + 1;
    // "Amtsgericht Frankfurt am Main": the tail of a place's name ends it.
    if (words > 0 && !place_tails_.empty()) {
      std::array<PhraseMatch, 4> tails;
      std::size_t tail_end = 0;
      for (std::size_t i = 0, n = place_tails_.matches_at(text, word, tails); i < n; ++i)
        if (at_word_end(text, tails[i].span.end)) tail_end = std::max(tail_end, tails[i].span.end);
      if (tail_end > 0) return tail_end;
    }
    // A connector first ("des", "v", "d'"), when a capitalised word follows it.
    std::array<PhraseMatch, 4> found;
    const std::size_t n = connectors_.empty() ? 0 : connectors_.matches_at(text, word, found);
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t after = found[i].span.end;
      const std::size_t next = space_at(text, after) ? after + 1 : ends_with_apostrophe(text, after) ? after : 0;
      if (next > word && capitalised_word(text, next) > next) word = next;
    }
    if (word == end + 1 && ((connected && words == 0) || ++bare > kMaxBareWords)) break;
    std::size_t word_end = words == 0 ? std::max(capitalised_word(text, word), chamber_number(text, word))
                                      : capitalised_word(text, word);
    // "giudice sportivo della Serie A": one capital letter after a word of the name ends it,
    // though a function word may be written so.
    if (word_end == word && words > 0 && word == end + 1 && text[word] >= 'A' && text[word] <= 'Z' &&
        (word + 1 == text.size() || !letter_or_digit_at(text, word + 1)))
      word_end = word + 1;
    if (word_end == word) break;
    // "idømte Retten i Glostrup Lundebjerg Kommune en bøde": past the place a connector led to,
    // one more word may end the place ("Retten i Nykøbing Falster"); two more are the name of
    // the one the court sentenced, the subject put after the verb.
    if (word != end + 1) placed = true;
    else if (placed && (bare > 1 || (space_at(text, word_end) && capitalised_word(text, word_end + 1) > word_end + 1)))
      break;
    end = word_end;
  }
  return end;
}

std::size_t BodyFinder::name_before(std::string_view text, std::size_t begin) const {
  if (begin < 2 || text[begin - 1] != ' ') return begin;
  const std::size_t start = word_start(text, begin - 1);
  // No word at all before the space ("maanantaina. Käräjäoikeus"): nothing to take.
  if (openers_.contains(fold_case(text.substr(start, begin - 1 - start)))) return begin;
  return start < begin - 1 && capitalised_word(text, start) == begin - 1 ? start : begin;
}

std::size_t BodyFinder::hyphen_prefix(std::string_view text, std::size_t begin) const {
  const std::size_t start = word_start(text, begin - 1);
  return capital_at(text, start) ? start : begin;
}

std::vector<Body> BodyFinder::find(std::string_view text, const WordOpenings* openings) const {
  std::vector<Body> out;
  if (heads_.empty()) return out;
  for (const PhraseMatch& head : heads_.find_all(text, openings)) {
    if (!out.empty() && head.span.begin < out.back().span.end) continue;  // inside the name before
    // "court-appointed" is no court; "DFB-Sportgericht" is the DFB's.
    if (head.span.end + 1 < text.size() && text[head.span.end] == '-' && letter_or_digit_at(text, head.span.end + 1))
      continue;
    Span span = head.span;
    if (span.begin > 1 && text[span.begin - 1] == '-') span.begin = hyphen_prefix(text, span.begin);
    if (head.category & kBefore) span.begin = name_before(text, span.begin);
    if (!out.empty() && span.begin < out.back().span.end) span.begin = head.span.begin;
    if (head.category & (kAfter | kConnected)) span.end = name_after(text, span.end, (head.category & kAfter) == 0);
    if ((head.category & kNamed) && span.begin == head.span.begin && span.end == head.span.end) continue;
    out.push_back({span, (head.category & kAsks) != 0});
  }
  return out;
}

}  // namespace finex::authority
