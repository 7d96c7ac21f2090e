#include "entities/party_recognizer.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>

#include "entities/party_letters.h"
#include "text/case_fold.h"
#include "text/code_points.h"
#include "text/text_pieces.h"
#include "text/word_forms.h"
#include "text/word_starts.h"
#include "data/data_files.h"

namespace finex {
namespace {

using party_letters::is_letter_or_digit;
using party_letters::is_upper;

// The phrase category of a pronoun that stands for a company or a body ("it"), not a person.
constexpr int kCompanyPronoun = 1;
// The phrase category of a pronoun of the subject case ("il", "er"): next to a cue that puts the
// party after it, it is who fines.
constexpr int kSubjectPronoun = 2;
// An `after` cue that may follow the name across a comma: a participle set off as an aside
// ("Marco Bellini, multato di 2mila euro"), which no finite verb can be.
constexpr int kAside = 1;

std::string ascii_lower(std::string_view word) {
  std::string out(word);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  return out;
}

// The same written over `out`, for the lookups made name after name: no allocation per word.
std::string_view ascii_lower(std::string_view word, std::string& out) {
  out.assign(word);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  return out;
}

// The fold of the last word asked for, kept: the checks of one name ask for the fold of the
// same word several times running (is it a noun, a body's first word, a law's first word).
class LastFold {
 public:
  // `word` lies in a text that does not change while this is used.
  std::string_view of(std::string_view word) {
    if (word.data() != source_.data() || word.size() != source_.size()) {
      fold_case(word, folded_);
      source_ = word;
    }
    return folded_;
  }

 private:
  std::string_view source_;
  std::string folded_;
};

// Offsets in 32 bits: there is a token for every word, so its size is most of the recogniser's
// memory on a long text (tokenize() stops at 4 GiB, far above Options::max_document_bytes).
struct Token {
  std::uint32_t begin, end;
  bool capitalised;
  Span span() const { return {begin, end}; }
  std::size_t size() const { return end - begin; }
};

// A table, not three ranges: the tokenizer asks it of every byte of the text.
constexpr std::array<bool, 256> kAsciiLetterOrDigit = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 128; ++c)
    table[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return table;
}();

constexpr bool is_ascii_letter_or_digit(char c) { return kAsciiLetterOrDigit[static_cast<unsigned char>(c)]; }

// "easyJet", "eBay", "iRobot": a brand written with a capital inside, after a short lowercase
// start and before a lowercase letter, is capitalised as a name is ("kWh" and "mRNA" are not).
// "A1", "S7", "M25", "AP-7", "EN125": one to three capitals, maybe a hyphen, one to three digits.
bool road_number(std::string_view word) {
  constexpr std::size_t kMaxPart = 3;
  std::size_t letters = 0;
  while (letters < word.size() && word[letters] >= 'A' && word[letters] <= 'Z') ++letters;
  const std::size_t digits_at = letters < word.size() && word[letters] == '-' ? letters + 1 : letters;
  const std::size_t digits = word.size() - digits_at;
  return letters >= 1 && letters <= kMaxPart && digits >= 1 && digits <= kMaxPart &&
         std::all_of(word.begin() + static_cast<std::ptrdiff_t>(digits_at), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether `before` ends with one of `road_words` as whole words, then a space ("on the ") or,
// after an elided article, nothing ("sur l'").
bool after_road_word(std::string_view before, const std::vector<std::string>& road_words) {
  for (const std::string& road : road_words) {
    std::string_view rest = before;
    if (!road.ends_with('\'') && !road.ends_with("\u2019")) {
      if (!rest.ends_with(' ')) continue;
      rest.remove_suffix(1);
    }
    if (!rest.ends_with(road)) continue;
    rest.remove_suffix(road.size());
    if (rest.empty() || !(((rest.back() | 0x20) >= 'a' && (rest.back() | 0x20) <= 'z') ||
                          static_cast<unsigned char>(rest.back()) >= 0x80))
      return true;
  }
  return false;
}

bool camel_case(std::string_view word) {
  constexpr std::size_t kMaxLowerStart = 4, kMinLength = 4;
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (word.size() < kMinLength || !lower(word[0])) return false;
  std::size_t k = 1;
  while (k < word.size() && k < kMaxLowerStart && lower(word[k])) ++k;
  return k + 1 < word.size() && upper(word[k]) && lower(word[k + 1]);
}

// Words of the text: letters and digits, with inner '.', '&' and '\'' kept ("S.A.", "AT&T"),
// and a slash after one letter ("A/S").
// code_point_at with ASCII answered inline: the tokenizer asks it of every space and mark.
std::int32_t character_at(std::string_view text, std::size_t pos, std::size_t& length) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {
    length = 1;
    return byte;
  }
  return code_point_at(text, pos, length);
}

// A well-formed character of two bytes at `pos` (Latin, Greek, Cyrillic: nearly every letter
// beyond ASCII), as code_point_at reads it; -1 for any other.
std::int32_t two_byte_character_at(std::string_view text, std::size_t pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0xC2 || byte > 0xDF || pos + 1 >= text.size()) return -1;
  const auto next = static_cast<unsigned char>(text[pos + 1]);
  if ((next & 0xC0) != 0x80) return -1;
  return static_cast<std::int32_t>((byte & 0x1Fu) << 6 | (next & 0x3Fu));
}

// Bytes of a lowercase connector at `at` that joins the capital after it to the word before
// a hyphen: "de-" of "Val-de-Marne", "d'" of "Val-d'Oise"; 0 when there is none.
std::size_t hyphen_connector(std::string_view text, std::size_t at) {
  constexpr std::size_t kMaxConnector = 4;  // "upon", "sur", "en", "de"
  std::size_t k = 0;
  while (at + k < text.size() && k <= kMaxConnector && text[at + k] >= 'a' && text[at + k] <= 'z') ++k;
  if (k == 0 || k > kMaxConnector) return 0;
  std::size_t mark = 0;
  if (text.substr(at + k).starts_with('-')) mark = 1;
  else if (k == 1 && text.substr(at + k).starts_with('\'')) mark = 1;
  else if (k == 1 && text.substr(at + k).starts_with("\u2019")) mark = 3;
  if (mark == 0 || at + k + mark >= text.size()) return 0;
  std::size_t length = 0;
  return is_upper(code_point_at(text, at + k + mark, length)) ? k + mark : 0;
}

std::vector<Token> tokenize(std::string_view text) {
  text = text.substr(0, UINT32_MAX);
  // is_letter_or_digit of a two-byte character, read here without a call per letter.
  const auto& two_byte_letters = party_letters::two_byte_letters_or_digits();
  auto two_byte_letter = [&](std::int32_t c) {
    return (two_byte_letters[static_cast<std::size_t>(c) >> 6] >> (c & 63) & 1) != 0;
  };
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4);  // about a word in six bytes: seldom grown, never copied twice
  const std::size_t size = text.size();
  std::size_t pos = 0;
  while (pos < size) {
    // Spaces and marks between the words, most of them ASCII, cost a byte test each.
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80 && !is_ascii_letter_or_digit(static_cast<char>(byte))) {
      if (byte == '&') tokens.push_back({static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + 1), false});
      pos += 1;
      continue;
    }
    std::size_t len = 1;
    bool capitalised = byte >= 'A' && byte <= 'Z';
    if (byte >= 0x80) {
      const std::int32_t two_byte = two_byte_character_at(text, pos);
      const auto c = two_byte >= 0 ? two_byte : code_point_at(text, pos, len);
      if (two_byte >= 0) len = 2;
      if (!(two_byte >= 0 ? two_byte_letter(c) : is_letter_or_digit(c))) {
        pos += len;
        continue;
      }
      capitalised = is_upper(c);
    }
    const std::size_t begin = pos, first_len = len;
    pos += len;
    while (pos < size) {
      // The ASCII letters and digits of the word in one tight run.
      while (pos < size && is_ascii_letter_or_digit(text[pos])) ++pos;
      if (pos == size) break;
      // What ended the run is no ASCII letter or digit: only a character beyond ASCII may go on.
      if (const std::int32_t two_byte = two_byte_character_at(text, pos); two_byte >= 0) {
        if (!two_byte_letter(two_byte)) break;
        pos += 2;
        continue;
      }
      const auto d = character_at(text, pos, len);
      if (d >= 0x80 && is_letter_or_digit(d)) {
        pos += len;
        continue;
      }
      // "Coca-Cola", "Etelä-Savon Energia": a hyphen before a capital joins the parts of a name
      // ("Nokia-yhtiö" stays "Nokia").
      if (d == '-' && pos + 1 < size) {
        std::size_t next_len;
        if (is_upper(code_point_at(text, pos + 1, next_len))) {
          pos += 1;
          continue;
        }
        // "Val-de-Marne", "Aix-en-Provence", "Val-d'Oise": in a capitalised word, a short
        // lowercase connector between hyphens, or an elided article, joins a place's parts.
        if (const std::size_t joint = capitalised ? hyphen_connector(text, pos + 1) : 0; joint > 0) {
          pos += 1 + joint;
          continue;
        }
      }
      // "S.A." and "S.p.A.": a dot followed by a letter stays inside the word, and so does the
      // final dot of a word that already has one.
      if (d == '.') {
        std::size_t next_len;
        const bool letter_follows =
            pos + 1 < size && is_letter_or_digit(code_point_at(text, pos + 1, next_len));
        const bool dotted = text.substr(begin, pos - begin).find('.') != std::string_view::npos;
        if (letter_follows || dotted) {
          pos += 1;
          if (!letter_follows) break;
          continue;
        }
      }
      // "A/S", "I/S", "K/S": a slash after a single letter and before another joins a legal form.
      if (d == '/' && pos == begin + 1 && pos + 1 < size) {
        std::size_t next_len;
        if (is_letter_or_digit(code_point_at(text, pos + 1, next_len))) {
          pos += 1;
          continue;
        }
      }
      break;
    }
    // An initial before a capitalised word keeps its dot ("Δ. Μαυρίδης", "J. Smith & Co").
    if (capitalised && pos == begin + first_len && pos + 2 < size && text[pos] == '.' &&
        text[pos + 1] == ' ') {
      std::size_t next_len = 0;
      if (is_upper(code_point_at(text, pos + 2, next_len))) pos += 1;
    }
    // "Thomas R.", "Kamil S.": a person named by the initial of the surname keeps its dot.
    if (capitalised && pos == begin + first_len && pos < size && text[pos] == '.' && !tokens.empty() &&
        tokens.back().capitalised && tokens.back().end + 1 == begin && text[begin - 1] == ' ' &&
        tokens.back().size() > 2)
      pos += 1;
    tokens.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(pos),
                      capitalised || camel_case(std::string_view(text.data() + begin, pos - begin))});
  }
  return tokens;
}

// Whether `pos` opens a sentence or a line: only spaces stand between it and the start of the
// text, a line break or a sentence's final mark.
bool opens_sentence(std::string_view text, std::size_t pos) {
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  if (pos == 0) return true;
  const char c = text[pos - 1];
  const std::string_view before = text.substr(0, pos);
  return c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '-' ||
         before.ends_with("\u2013") || before.ends_with("\u2014") || before.ends_with("\u201d") ||
         before.ends_with("\u201c") || before.ends_with("\u00bb");
}

// Whether `gap`, between a person's name and the name after it, is an age aside and one lowercase
// word: ", 52, of " before the place where the person lives ("Neil Ash, 52, of Dover").
bool is_age_then_preposition(std::string_view gap) {
  const std::size_t last_word = gap.size() > 2 ? gap.rfind(' ', gap.size() - 2) : std::string_view::npos;
  return last_word != std::string_view::npos && gap.back() == ' ' && is_age_aside(gap.substr(0, last_word + 1)) &&
         std::all_of(gap.begin() + static_cast<std::ptrdiff_t>(last_word) + 1, gap.end() - 1,
                     [](char c) { return c >= 'a' && c <= 'z'; });
}

// A description set off by commas after a name, in lower case and naming no one: "Pharmaval,
// filiale française d'un groupe indien, devra payer", "X, the French unit of a drugs group, must
// pay". Letters beyond ASCII pass (their case is not read here); a capital ASCII letter does not.
bool is_description_aside(std::string_view gap) {
  constexpr std::size_t kMaxWords = 10;
  if (gap.size() <= 4 || !gap.starts_with(", ") || !gap.ends_with(", ")) return false;
  const std::string_view inner = gap.substr(2, gap.size() - 4);
  if (inner.front() == ' ' || inner.back() == ' ') return false;
  for (const char c : inner) {
    const bool lower = (c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) & 0x80) != 0;
    if (!lower && c != ' ' && c != '-' && c != '\'' && !(c >= '0' && c <= '9')) return false;
  }
  return static_cast<std::size_t>(std::count(inner.begin(), inner.end(), ' ')) < kMaxWords;
}

// "VERONA, 18 giugno 2024 — di Francesca Zanetti", "By Laura Pennington, Court Reporter",
// "Autor: Jan Novák": a name after a word that introduces a story's writer, where that word
// opens its line or follows a dash or a bar, and up to the line's end, a comma, a stop or a bar,
// is the writer, no party. The words are compared ignoring the case of ASCII letters.
bool writer_of_byline(std::string_view text, std::size_t begin, std::size_t end, const std::vector<std::string>& bylines) {
  if (bylines.empty() || begin == 0) return false;
  const std::string_view after = text.substr(end, 2);
  if (!(after.empty() || after[0] == '\n' || after[0] == ',' || after == " |" || after == ".\n" || after == " \xe2"))
    return false;
  // Only the start of the line is looked at, not a long paragraph back to its start.
  constexpr std::size_t kMaxLead = 60;  // a place and a date before the writer
  const std::size_t from = begin > kMaxLead + 1 ? begin - kMaxLead - 1 : 0;
  const std::size_t line = text.substr(from, begin - from).rfind('\n');
  if (line == std::string_view::npos && from > 0) return false;
  const std::size_t line_begin = line == std::string_view::npos ? 0 : from + line + 1;
  const std::string_view before = text.substr(line_begin, begin - line_begin);
  auto same_word = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return (x | (x >= 'A' && x <= 'Z' ? 0x20 : 0)) == (y | (y >= 'A' && y <= 'Z' ? 0x20 : 0));
           });
  };
  for (const std::string& word : bylines)
    for (const std::string_view joint : {" ", ": "}) {
      if (before.size() < word.size() + joint.size() || !before.ends_with(joint)) continue;
      const std::size_t at = before.size() - joint.size() - word.size();
      if (!same_word(before.substr(at, word.size()), word)) continue;
      const std::string_view lead = before.substr(0, at);
      if (lead.empty() || lead.ends_with("\u2014 ") || lead.ends_with("\u2013 ") || lead.ends_with("- ") ||
          lead.ends_with("| "))
        return true;
    }
  return false;
}

// Whether `inner` reads as an age: a number of at most three digits and a few lowercase words.
bool age_words(std::string_view inner) {
  std::size_t digits = 0, run = 0;
  for (const char c : inner) {
    if (c >= '0' && c <= '9') {
      if (++run > 3) return false;
      ++digits;
      continue;
    }
    run = 0;
    const bool lower = (c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) & 0x80) != 0;
    if (c != ' ' && c != '-' && !lower) return false;
  }
  return digits > 0 && digits <= 3 && std::count(inner.begin(), inner.end(), ' ') <= 3;
}

}  // namespace

bool is_age_aside(std::string_view gap) {
  const bool commas = gap.starts_with(", ") && gap.ends_with(", ");
  const bool brackets = gap.starts_with(" (") && gap.ends_with(") ");
  if (gap.size() <= 4 || gap.size() > 24 || !(commas || brackets)) return false;
  return age_words(gap.substr(2, gap.size() - 4));
}

std::size_t bracketed_age(std::string_view text) {
  constexpr std::size_t kLongest = 23;  // as is_age_aside() reads, without the space after
  const std::size_t close = text.substr(0, kLongest).find(')');
  if (!text.starts_with(" (") || close == std::string_view::npos || close < 3) return 0;
  return age_words(text.substr(2, close - 2)) ? close + 1 : 0;
}

PartyRecognizer::PartyRecognizer(const std::vector<std::string>& languages,
                                 const LanguagePacks& packs) {
  data::for_each_line(packs.shared_file("name_connectors.txt"),
                      [&](std::string_view line) { connectors_.insert(line); });
  data::for_each_line(packs.shared_file("corporate_suffixes.txt"), [&](std::string_view line) {
    if (line.find(' ') == std::string_view::npos) suffixes_.insert(line);
    else multiword_suffixes_.push_back(line);
  });
  // The longest legal form first: "sp. z o.o." before "sp.".
  std::sort(multiword_suffixes_.begin(), multiword_suffixes_.end(),
            [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
  for (const std::string& lang : packs.providing(Capability::parties, languages)) {
    const std::string path = lang + "/party_cues.tsv";
    Language language;
    std::vector<std::pair<int, std::string>> before, after, references, imposers, pronouns;
    data::for_each_line(packs.file(lang, "party_cues.tsv"), [&](std::string_view line) {
      const auto fields = data::split_tabs(line);
      if (fields.size() != 2) {
        error_ = path + ": expected category<TAB>phrase: " + std::string(line);
        return;
      }
      if (fields[0] == "before") before.emplace_back(0, fields[1]);
      else if (fields[0] == "after") after.emplace_back(0, fields[1]);
      else if (fields[0] == "aside") after.emplace_back(kAside, fields[1]);
      else if (fields[0] == "company_ref") {
        references.emplace_back(0, fields[1]);
        // "Sieć zapłaci 9,8 mln zł": one word that refers back, capitalised where it opens a
        // sentence, names no one alone.
        if (fields[1].find_first_of(" *") == std::string_view::npos) language.non_names.insert(fold_case(fields[1]));
      }
      else if (fields[0] == "imposer") imposers.emplace_back(0, fields[1]);
      else if (fields[0] == "pronoun") {
        pronouns.emplace_back(0, fields[1]);
        language.non_names.insert(fold_case(fields[1]));  // "Ele foi multado": no name
      }
      else if (fields[0] == "subject") {
        pronouns.emplace_back(kSubjectPronoun, fields[1]);
        language.non_names.insert(fold_case(fields[1]));
      }
      else if (fields[0] == "company_pronoun") {
        pronouns.emplace_back(kCompanyPronoun, fields[1]);
        language.non_names.insert(fold_case(fields[1]));
      }
      else if (fields[0] == "description") {
        language.description_nouns.emplace_back(fold_case(fields[1]));
        language.description_words.insert(language.description_nouns.back());
      }
      else if (fields[0] == "one") language.singular_articles.insert(fold_case(fields[1]));
      else if (fields[0] == "stop") language.stop_words.insert(fields[1]);
      else if (fields[0] == "stop_alone") language.stop_alone.insert(fields[1]);
      else if (fields[0] == "relative") language.relatives.push_back(fields[1]);
      else if (fields[0] == "noun_ending") language.noun_endings.push_back(fields[1]);
      else if (fields[0] == "place") language.places.insert(fields[1]);
      else if (fields[0] == "connector") language.connectors.insert(fields[1]);
      else if (fields[0] == "surname_particle") language.surname_particles.insert(fields[1]);
      else if (fields[0] == "opening_particle") language.opening_particles.insert(fields[1]);
      else if (fields[0] == "article") language.articles.insert(fields[1]);
      else if (fields[0] == "openers" && fields[1] == "nouns") language.openers_are_nouns = true;
      else if (fields[0] == "pronouns" && fields[1] == "persons") language.pronouns_are_persons = true;
      else if (fields[0] == "names" && fields[1] == "lowercase_to_form") language.lowercase_to_form = true;
      else if (fields[0] == "lead_noun_ending") language.lead_noun_endings.push_back(fields[1]);
      else if (fields[0] == "apposition") language.appositions.push_back(fields[1]);
      else if (fields[0] == "genitive") language.genitives.push_back(fields[1]);
      else if (fields[0] == "owner") language.owner_marks.push_back(fields[1]);
      else if (fields[0] == "recipient_ending") language.recipient_endings.push_back(fields[1]);
      // A reason ("wegen des Abbrennens von Pyrotechnik") names no party, as a place does not.
      else if (fields[0] == "place_before") language.place_words.insert(ascii_lower(fields[1]));
      else if (fields[0] == "seat_after_form") language.seat_words.insert(ascii_lower(fields[1]));
      else if (fields[0] == "no_connector") language.no_connectors.insert(fields[1]);
      else if (fields[0] == "reason_before") {
        language.place_words.insert(ascii_lower(fields[1]));
        language.reason_words.insert(ascii_lower(fields[1]));
      }
      else if (fields[0] == "case_ending") language.case_endings.push_back(fields[1]);
      else if (fields[0] == "place_adjective_ending") language.place_adjective_endings.push_back(fields[1]);
      else if (fields[0] == "place_adjective_before_noun") language.place_adjective_before_noun_endings.push_back(fields[1]);
      else if (fields[0] == "adjective_suffix") language.adjective_suffixes.push_back(fields[1]);
      else if (fields[0] == "institution") language.institution_nouns.push_back(fold_case(fields[1]));
      else if (fields[0] == "name_adjective_ending") language.name_adjective_endings.push_back(fields[1]);
      else if (fields[0] == "name_noun") language.name_nouns.push_back(fields[1]);
      else if (fields[0] == "possessive") language.possessives.insert(fields[1]);
      else if (fields[0] == "plural_article") language.plural_articles.insert(fields[1]);
      else if (fields[0] == "role") language.roles.insert(fields[1]);
      else if (fields[0] == "role_modifier") language.role_modifiers.push_back(fields[1]);
      else if (fields[0] == "role_connector") language.role_connectors.push_back(fields[1]);
      else if (fields[0] == "opponent_article") language.opponent_articles.insert(fields[1]);
      else if (fields[0] == "opponent") {
        const std::size_t space = fields[1].rfind(' ');
        if (space == std::string_view::npos) error_ = path + ": expected noun and preposition: " + std::string(line);
        else language.opponents.emplace_back(fold_case(fields[1].substr(0, space)), ascii_lower(fields[1].substr(space + 1)));
      }
      else error_ = path + ": unknown category '" + std::string(fields[0]) + "'";
    });
    if (!error_.empty()) return;
    read_vocabulary(packs, lang, language);
    data::for_each_line(packs.file(lang, "authority_context.tsv"), [&](std::string_view line) {
      const auto fields = data::split_tabs(line);
      if (fields.size() == 2 && fields[0] == "location" && fields[1].find(' ') == std::string_view::npos)
        language.locations.push_back(fields[1]);
    });
    language.phrases = PartyPhrases({before, after, references, imposers, pronouns});
    if (!language.phrases.ok()) {
      error_ = path + ": " + language.phrases.error();
      return;
    }
    languages_.emplace(lang, std::move(language));
  }
}

PartyCues PartyRecognizer::cues(std::string_view text, std::string_view language,
                                const WordOpenings* openings) const {
  PartyCues found;
  found.openings = openings;
  const auto lang = languages_.find(language);
  if (lang == languages_.end()) return found;
  const PartyPhrases& phrases = lang->second.phrases;
  if (openings != nullptr && openings->of(text)) {
    PartyPhraseLists lists = phrases.find_all(text, openings);
    found.before = std::move(lists[static_cast<std::size_t>(PartyPhraseRole::before)]);
    found.after = std::move(lists[static_cast<std::size_t>(PartyPhraseRole::after)]);
    found.references = std::move(lists[static_cast<std::size_t>(PartyPhraseRole::references)]);
    found.imposers = std::move(lists[static_cast<std::size_t>(PartyPhraseRole::imposers)]);
    found.pronouns = std::move(lists[static_cast<std::size_t>(PartyPhraseRole::pronouns)]);
    found.others_found = true;
  } else {
    found.before = phrases.of(PartyPhraseRole::before).find_all(text, openings);
    found.after = phrases.of(PartyPhraseRole::after).find_all(text, openings);
  }
  // A letter after a dot that follows a letter is inside an abbreviation ("S.p.A."), not the cue
  // word it spells (Italian "a").
  auto inside_abbreviation = [&](const PhraseMatch& m) {
    const std::size_t b = m.span.begin;
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    return b >= 2 && text[b - 1] == '.' && letter(text[b - 2]);
  };
  std::erase_if(found.before, inside_abbreviation);
  std::erase_if(found.after, inside_abbreviation);
  return found;
}

namespace {

// The role written in `gap`, the text between two names ("Wrexford manager Dean Holt"): the gap
// less an owner's mark right after the first name ("Ardmore's"), a modifier before the role
// ("former") and a comma that sets off the second name; empty when the gap is no such thing.
std::string_view role_between(std::string_view gap, const std::vector<std::string_view>& owner_marks,
                              const std::vector<std::string_view>& modifiers) {
  for (std::string_view mark : owner_marks)
    if (gap.starts_with(mark) && gap.size() > mark.size() && gap[mark.size()] == ' ') {
      gap.remove_prefix(mark.size());
      break;
    }
  if (gap.size() < 3 || gap.front() != ' ') return {};
  gap.remove_prefix(1);
  if (gap.ends_with(", ")) gap.remove_suffix(2);
  else if (gap.ends_with(' ')) gap.remove_suffix(1);
  else return {};
  for (std::string_view modifier : modifiers)
    if (gap.size() > modifier.size() + 1 && gap.starts_with(modifier) && gap[modifier.size()] == ' ') {
      gap.remove_prefix(modifier.size() + 1);
      break;
    }
  return gap;
}

// Whether `before`, the text right before a name, ends with a role and the word that joins it to
// the name ("the director of ", "il capitano della ", "o diretor financeiro da "): the name
// says whose role it is.
bool ends_with_role_of(std::string_view before, const WordSet& roles, const std::vector<std::string_view>& connectors) {
  constexpr std::size_t kMaxRoleWords = 4;
  // An elided connector joins the name without a space: "l'allenatore dell'Atletico".
  const bool spaced = before.ends_with(' ');
  if (spaced) before.remove_suffix(1);
  for (std::string_view connector : connectors) {
    if (spaced == connector.ends_with('\'') || before.size() <= connector.size() || !before.ends_with(connector) ||
        before[before.size() - connector.size() - 1] != ' ')
      continue;
    const std::string_view role_part = before.substr(0, before.size() - connector.size() - 1);
    // The role's words, from the last one back: "director", "finance director".
    std::size_t start = role_part.size();
    for (std::size_t words = 0; words < kMaxRoleWords && start > 0; ++words) {
      const std::size_t space = role_part.rfind(' ', start - 1);
      start = space == std::string_view::npos ? 0 : space + 1;
      std::string_view role = role_part.substr(start);
      // An elided article may be glued to the role: "l'allenatore", "l'entraîneur".
      if (const std::size_t apostrophe = role.find('\''); apostrophe != std::string_view::npos && apostrophe <= 2)
        role.remove_prefix(apostrophe + 1);
      if (roles.contains(role)) return true;
      if (space == std::string_view::npos) break;
      start = space;
    }
  }
  return false;
}

// "Alphabet Inc's Google", "Meta Platforms' WhatsApp": a name, an owner's mark and a name right
// after it are one party, the owned company (either name may be the one a report gives). An
// owner's mark that is a bare apostrophe follows a name ending in "s" only.
void join_owned_names(std::string_view text, const std::vector<std::string_view>& marks,
                      std::vector<PartyMention>& names) {
  if (marks.empty() || names.size() < 2) return;
  auto plain = [](const PartyMention& m) { return !m.description && !m.person && !m.country && !m.imposer; };
  std::vector<PartyMention> joined;
  for (std::size_t i = 0; i < names.size(); ++i) {
    PartyMention m = names[i];
    const std::size_t begin = m.span.begin;
    while (i + 1 < names.size() && plain(m) && plain(names[i + 1]) && names[i + 1].span.begin > m.span.end) {
      const std::string_view between = text.substr(m.span.end, names[i + 1].span.begin - m.span.end);
      const bool owned = std::any_of(marks.begin(), marks.end(), [&](std::string_view mark) {
        if (between.size() != mark.size() + 1 || !between.starts_with(mark) || between.back() != ' ') return false;
        const bool apostrophe_only = mark == "'" || mark == "\u2019";
        return !apostrophe_only || text[m.span.end - 1] == 's';
      });
      if (!owned) break;
      const PartyMention& owned_name = names[++i];
      const PartyCue cue = m.cue != PartyCue::none ? m.cue : owned_name.cue;
      m = owned_name;
      m.span.begin = begin;
      m.cue = cue;
    }
    joined.push_back(m);
  }
  names = std::move(joined);
}

}  // namespace

std::vector<PartyMention> PartyRecognizer::find(std::string_view text, std::string_view language,
                                                const std::vector<Span>& taken, const PartyCues& cues) const {
  // A text of one piece is read with the cues found in it; others piece by piece.
  if (text_piece_end(text, 0) == text.size()) return find_in_piece(text, language, taken, &cues);
  return find(text, language, taken);
}

std::vector<PartyMention> PartyRecognizer::find(std::string_view text, std::string_view language,
                                                const std::vector<Span>& taken) const {
  if (text_piece_end(text, 0) == text.size()) return find_in_piece(text, language, taken);
  std::vector<PartyMention> names;
  std::vector<Span> taken_here;
  auto t = taken.begin();
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = text_piece_end(text, begin);
    // The taken spans that reach into the piece, cut to it and counted from its start.
    while (t != taken.end() && t->end <= begin) ++t;
    taken_here.clear();
    for (auto u = t; u != taken.end() && u->begin < end; ++u)
      if (u->end > begin) taken_here.push_back({std::max(u->begin, begin) - begin, std::min(u->end, end) - begin});
    for (PartyMention& m : find_in_piece(text.substr(begin, end - begin), language, taken_here)) {
      m.span = {m.span.begin + begin, m.span.end + begin};
      names.push_back(m);
    }
    begin = end;
  }
  return names;
}

// The capitalised names of `text` (a run of capitalised words, connectors and particles between
// them, a legal form after them), leaving out what is `taken` and the words of the cues.
std::vector<PartyMention> PartyRecognizer::capitalised_names(std::string_view text, const Language* lang,
                                                             const std::vector<Span>& taken,
                                                             const std::vector<PhraseMatch>& before,
                                                             const std::vector<PhraseMatch>& after) const {
  std::vector<PartyMention> names;
  const std::vector<Token> tokens = tokenize(text);
  // The folds of the words and names looked up in the word lists, apart: a view of a name's
  // fold is still read while its words are folded. And room for words lowered as ASCII.
  LastFold word_fold, name_fold, noun_fold;
  std::string lowered, two_words;
  // Tokens lie inside the text: no bounds to check.
  auto word = [&](std::size_t i) {
    return std::string_view(text.data() + tokens[i].begin, tokens[i].size());
  };
  auto is_taken = [&](Span s) {
    auto it = std::lower_bound(taken.begin(), taken.end(), s.begin,
                               [](const Span& t, std::size_t pos) { return t.end <= pos; });
    return it != taken.end() && it->begin < s.end;
  };
  auto is_stop = [&](std::size_t i) {
    return lang != nullptr && lang->stop_words.count(word(i)) > 0;
  };
  std::vector<Span> cue_spans;
  for (const auto* list : {&before, &after})
    for (const PhraseMatch& m : *list) cue_spans.push_back(m.span);
  std::sort(cue_spans.begin(), cue_spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
  auto in_cue = [&](Span s) {
    auto it = std::lower_bound(cue_spans.begin(), cue_spans.end(), s.begin,
                               [](const Span& t, std::size_t pos) { return t.end <= pos; });
    return it != cue_spans.end() && it->begin < s.end;
  };
  auto name_token = [&](std::size_t i) {
    return !is_taken(tokens[i].span()) && !in_cue(tokens[i].span()) &&
           (tokens[i].capitalised || suffixes_.count(word(i)) > 0);
  };
  // A name never runs across a sentence or a clause: only spaces may separate its words.
  auto joined = [&](std::size_t i) {
    const std::string_view gap =
        text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end);
    // "Stor'Alpes", "Net'Services": an apostrophe between two capitalised words of a name; an
    // elided article or preposition ("l'Autorité", "d'Orange") has one or two letters.
    if ((gap == "'" || gap == "\xe2\x80\x99") && tokens[i - 1].capitalised && tokens[i].capitalised &&
        tokens[i - 1].size() > 2)
      return true;
    return gap.find_first_not_of(' ') == std::string_view::npos && gap.size() <= 1;
  };

  // "Vallée d'Auge", "Banca dell'Adriatico": an elided connector ("d'" in name_connectors.txt)
  // leans on the capitalised word after it.
  auto elided_connector = [&](std::size_t k) {
    constexpr std::size_t kLongestElision = 4;
    if (k + 1 >= tokens.size() || tokens[k].capitalised || tokens[k].size() > kLongestElision) return false;
    const std::string_view gap = text.substr(tokens[k].end, tokens[k + 1].begin - tokens[k].end);
    if (gap != "'" && gap != "\xe2\x80\x99") return false;
    char elided[kLongestElision + 1];
    const std::string_view w = word(k);
    std::copy(w.begin(), w.end(), elided);
    elided[w.size()] = '\'';
    return connectors_.count(std::string_view(elided, w.size() + 1)) > 0;
  };

  // "de l'Oise": the article elided before a capitalised word, after a connector.
  auto elided_article = [&](std::size_t k) {
    if (k + 1 >= tokens.size() || word(k) != "l") return false;
    const std::string_view gap = text.substr(tokens[k].end, tokens[k + 1].begin - tokens[k].end);
    return gap == "'" || gap == "\xe2\x80\x99";
  };

  // "slachterij Van Dijk Vlees", "de firma Van der Heijden": inside a sentence, a surname's
  // particle before a capitalised word (or a connector and one) opens a name, though it opens
  // sentences too ("Van de boete ...").
  auto opens_surname = [&](std::size_t k) {
    if (lang == nullptr || lang->surname_particles.count(word(k)) == 0 || k + 1 >= tokens.size() ||
        !joined(k + 1))
      return false;
    // "Het tweede bedrijf, Van Rijn Personenvervoer, kreeg ...": after a comma the sentence goes
    // on, and a capitalised particle there can only open a name.
    const bool after_comma =
        k > 0 && [&] {
          std::string_view gap = text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end);
          return gap.size() >= 2 && gap.front() == ',' && gap.find_first_not_of(' ', 1) == std::string_view::npos;
        }();
    if (k == 0 || (!joined(k) && !after_comma)) {
      // "Van der Wiel Wegenbouw kreeg ...": at a sentence's start, only a pair that opens no
      // sentence otherwise, then a capitalised word.
      const std::string_view pair = text.substr(tokens[k].begin, tokens[k + 1].end - tokens[k].begin);
      return lang->opening_particles.count(pair) > 0 && k + 2 < tokens.size() && joined(k + 2) &&
             tokens[k + 2].capitalised && name_token(k + 2) && !is_stop(k + 2);
    }
    if (!after_comma && tokens[k - 1].capitalised) return false;
    std::size_t next = k + 1;
    if (!tokens[next].capitalised && connectors_.count(word(next)) > 0 && next + 1 < tokens.size() && joined(next + 1))
      ++next;
    return tokens[next].capitalised && name_token(next) && !is_stop(next);
  };
  for (std::size_t i = 0; i < tokens.size();) {
    if (!tokens[i].capitalised || !name_token(i) || (is_stop(i) && !opens_surname(i))) {
      ++i;
      continue;
    }
    std::size_t last = i;
    std::size_t j = i + 1;
    // A language's own connector ("i" of "Bygg i Norr AB") stays inside a name that ends in a
    // legal form; elsewhere it ends the name ("Lindblom i Stockholm").
    auto language_connector = [&](std::size_t k) {
      return lang != nullptr && lang->connectors.count(word(k)) > 0;
    };
    // Where a name capitalises only its first word ("Brněnské komunikace a.s.", "Pražské
    // vodovody a kanalizace s.r.o."), at most three lowercase words run it on to a legal form
    // right after them; without the form they are the sentence going on. Returns the form's
    // token, or 0.
    auto lowercase_run_to_form = [&](std::size_t k) -> std::size_t {
      if (lang == nullptr || !lang->lowercase_to_form) return 0;
      constexpr std::size_t kMaxLowercaseWords = 3;
      for (std::size_t n = 0; n < kMaxLowercaseWords && k < tokens.size() && joined(k); ++n, ++k) {
        if (tokens[k].capitalised || is_taken(tokens[k].span()) || in_cue(tokens[k].span())) return 0;
        if (suffixes_.count(word(k)) > 0) return n > 0 ? k : 0;
        // "Nemocnice Pardubického kraje, a.s.": the form may be set off by a comma.
        if (k + 1 < tokens.size() && suffixes_.count(word(k + 1)) > 0 && !is_taken(tokens[k + 1].span()) &&
            text.substr(tokens[k].end, tokens[k + 1].begin - tokens[k].end) == ", ")
          return k + 1;
      }
      return k < tokens.size() && joined(k) && suffixes_.count(word(k)) > 0 && !is_taken(tokens[k].span()) ? k : 0;
    };
    // "Moravská záložna", "Městská nemocnice Zlín": the institution's noun after the opening
    // adjective stays in the name.
    auto lowercase_institution = [&](std::size_t k) {
      // A cue word ("bance X") may be that noun: after the adjective it is part of the name.
      if (lang == nullptr || lang->name_nouns.empty() || last != i || tokens[k].capitalised ||
          is_taken(tokens[k].span()))
        return false;
      const std::string_view adjective = word(i), noun = word(k);
      auto ends_adjective = [&](std::string_view e) { return adjective.size() > e.size() + 2 && adjective.ends_with(e); };
      // The stem and a case ending of at most three bytes: "podniku", "společností", while
      // "podnikatel" (a person's trade) is another word.
      constexpr std::size_t kMaxCaseEnding = 3;
      auto opens_noun = [&](std::string_view stem) {
        return noun.starts_with(stem) && noun.size() <= stem.size() + kMaxCaseEnding;
      };
      // "Americká společnost Google": a nationality and the noun before a name describe it;
      // alone they may be the name ("Česká spořitelna").
      if (lang->non_names.count(word_fold.of(adjective)) > 0 && k + 1 < tokens.size() && joined(k + 1) &&
          tokens[k + 1].capitalised)
        return false;
      return std::any_of(lang->name_adjective_endings.begin(), lang->name_adjective_endings.end(), ends_adjective) &&
             std::any_of(lang->name_nouns.begin(), lang->name_nouns.end(), opens_noun);
    };
    // "Mleczarnia „Pod Borem” Sp. z o.o.", "Γαλακτοκομικά «Όλυμπος» Α.Ε.": a quoted brand inside a
    // name, of a few words, with a legal form right after it; so a place in brackets ("Spice
    // Garden (Luton) Ltd"). Returns the form's token, or 0.
    auto quoted_part_to_form = [&](std::size_t k) -> std::size_t {
      if (k == 0 || k >= tokens.size() || last + 1 != k || !tokens[k].capitalised) return 0;
      const std::string_view open = text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end);
      if (open != " \u201E" && open != " \u00AB" && open != " \u201C" && open != " \"" && open != " (") return 0;
      constexpr std::size_t kMaxQuotedWords = 4;
      for (std::size_t end = k; end < tokens.size() && end < k + kMaxQuotedWords; ++end) {
        if (end > k && !joined(end)) return 0;
        if (end + 1 >= tokens.size()) return 0;
        const std::string_view close = text.substr(tokens[end].end, tokens[end + 1].begin - tokens[end].end);
        if (close != "\u201D " && close != "\u00BB " && close != "\u201C " && close != "\" " && close != ") ") continue;
        const std::size_t form = end + 1;
        const bool legal_form =
            suffixes_.count(word(form)) > 0 ||
            std::any_of(multiword_suffixes_.begin(), multiword_suffixes_.end(), [&](std::string_view suffix) {
              return text.substr(tokens[form].begin, suffix.size()) == suffix;
            });
        return legal_form && name_token(form) ? form : 0;
      }
      return 0;
    };
    // "Bean There Ltd", "Here We Go GmbH": inside a name, a word that opens no name alone
    // belongs to it when capitalised words run on from it to a legal form.
    auto stop_before_form = [&](std::size_t k) {
      constexpr std::size_t kMaxWordsToForm = 3;
      for (std::size_t n = k + 1; n <= k + kMaxWordsToForm && n < tokens.size() && joined(n) && name_token(n); ++n)
        if (suffixes_.count(word(n)) > 0) return true;
      return false;
    };
    std::size_t first_connector = 0;
    bool quoted_brand = false;
    for (;;) {
      while (j < tokens.size() && joined(j)) {
        // "... στην Ηλέκτρα Ενεργειακή Α.Ε. Ακολουθούν η X": after a legal form that ends in its
        // point, a capitalised word opens the next sentence, unless it is a legal form too ("Co. KG").
        if (j > i && word(j - 1).ends_with('.') && suffixes_.count(word(j - 1)) > 0 && suffixes_.count(word(j)) == 0) break;
        // "Autosalone Ferri srl di Bologna": a seat word after a legal form opens the seat.
        if (j > i && lang != nullptr && suffixes_.count(word(j - 1)) > 0 &&
            lang->seat_words.count(ascii_lower(word(j), lowered)) > 0)
          break;
        if (lowercase_institution(j)) {
          last = j++;
          continue;
        }
        if (name_token(j) && (!is_stop(j) || stop_before_form(j))) {
          last = j++;
        } else if ((((connectors_.count(word(j)) > 0 || language_connector(j)) && j + 1 < tokens.size() &&
                     joined(j + 1) && (lang == nullptr || lang->no_connectors.count(word(j)) == 0)) ||
                    elided_connector(j)) &&
                   tokens[j + 1].capitalised && name_token(j + 1) && !is_stop(j + 1)) {
          if (language_connector(j) && first_connector == 0) first_connector = j;
          last = j + 1;
          j += 2;
        } else if (j + 2 < tokens.size() && (connectors_.count(word(j)) > 0 || language_connector(j)) &&
                   joined(j + 1) &&
                   (((connectors_.count(word(j + 1)) > 0 || language_connector(j + 1)) && joined(j + 2)) ||
                    elided_article(j + 1)) &&
                   tokens[j + 2].capitalised && name_token(j + 2) && !is_stop(j + 2)) {
          // "Ruud van der Heijden", "Jan van den Berg": two small words join the name, or a small
          // word and an elided article ("Cartonneries de l'Oise").
          if (language_connector(j) && first_connector == 0) first_connector = j;
          last = j + 2;
          j += 3;
        } else if (lang != nullptr && lang->surname_particles.count(word(j)) > 0 &&
                   j + 1 < tokens.size() && joined(j + 1) && tokens[j + 1].capitalised &&
                   name_token(j + 1) && !is_stop(j + 1)) {
          // a stop word inside a name ("Patrick Le Goff") is the surname's particle
          last = j + 1;
          j += 2;
        } else if (const std::size_t form = lowercase_run_to_form(j); form > 0) {
          last = form;
          j = form + 1;
          break;
        } else {
          break;
        }
      }
      const std::size_t form = quoted_part_to_form(j);
      if (form == 0) break;
      quoted_brand = true;
      last = form;
      j = form + 1;
    }
    // A listed noun, or with `endings` also a word with a noun's ending; "Verstößen",
    // "Stadionverboten": either with a case ending.
    auto noun_form = [&](std::string_view w, bool endings) {
      if (lang == nullptr) return false;
      // "Lkw-Hersteller": where nouns are listed, a compound is the noun it ends in
      if (const std::size_t hyphen = w.rfind('-');
          !lang->nouns.empty() && hyphen != std::string_view::npos && hyphen + 1 < w.size())
        w.remove_prefix(hyphen + 1);
      // The fold of the word, cut: an ending of ASCII folds to as many bytes, after the stem's
      // last character (folding reads one character at a time).
      const std::string_view folded = lang->nouns.empty() ? std::string_view() : noun_fold.of(w);
      auto ascii = [](std::string_view ending) {
        return std::all_of(ending.begin(), ending.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      };
      for (std::string_view inflection : lang->inflections) {
        if (!inflection.empty() && (w.size() <= inflection.size() + 3 || !w.ends_with(inflection))) continue;
        const std::string_view stem = w.substr(0, w.size() - inflection.size());
        if (!lang->nouns.empty() &&
            lang->nouns.count(ascii(inflection) ? folded.substr(0, folded.size() - inflection.size()) : word_fold.of(stem)) > 0)
          return true;
        if (endings)
          for (std::string_view ending : lang->noun_endings)
            if (stem.size() > ending.size() && stem.ends_with(ending)) return true;
      }
      return false;
    };
    auto common_noun = [&](std::string_view w) { return noun_form(w, true); };
    if (first_connector > 0 && suffixes_.count(word(last)) == 0) {
      last = first_connector - 1;
      j = first_connector;
    }
    // "Gruvbolaget Norrmalm Mineral AB": a capitalised common noun (a sentence opener) that
    // introduces the name is not part of it.
    auto lead_noun = [&](std::string_view w) {
      if (lang == nullptr) return false;
      for (std::string_view ending : lang->lead_noun_endings)
        if (w.size() >= ending.size() && w.substr(w.size() - ending.size()) == ending) return true;
      return false;
    };
    // ... unless only a legal form would be left: "Sjöbolaget AB" is a name.
    while (i < last && tokens[i + 1].capitalised && lead_noun(word(i)) &&
           !(i + 1 == last && suffixes_.count(word(last)) > 0))
      ++i;
    // Common nouns written with a capital: one before a name of two words or more is a title
    // ("Verteidiger Jonas Kirchhoff", "Bundesligist Eintracht Frankfurt").
    // So is a role written with a capital ("Cheftrainer Marco Heiland").
    auto listed_noun = [&](std::size_t k) {
      return noun_form(word(k), false) || (lang != nullptr && lang->roles.count(word(k)) > 0);
    };
    // "den Frankfurter Zahlungsdienstleister PayNord GmbH": an adjective of place and a noun that
    // describes parties, before a name, say where and what it is.
    if (lang != nullptr && i + 2 <= last && suffixes_.count(word(i + 2)) == 0) {
      const std::string_view place = word(i);
      const std::string_view noun = word_fold.of(word(i + 1));
      const bool adjective = std::any_of(
          lang->place_adjective_endings.begin(), lang->place_adjective_endings.end(),
          [&](std::string_view ending) { return place.size() > ending.size() + 3 && place.ends_with(ending); });
      auto ends_noun = [&](const std::string& d) { return noun.ends_with(d); };
      if (adjective && std::any_of(lang->description_nouns.begin(), lang->description_nouns.end(), ends_noun) &&
          std::none_of(lang->institution_nouns.begin(), lang->institution_nouns.end(), ends_noun))
        i += 2;
    }
    for (std::size_t k = last; k-- > i;)
      if (k + 2 <= last && listed_noun(k) && tokens[k + 1].capitalised && suffixes_.count(word(k + 1)) == 0) {
        i = k + 1;
        break;
      }
    // "Thomas Maier, Geschäftsführer der Maier Bau GmbH": a role written with a capital and the
    // word that joins it to a name open no name; the name after them says whose role it is.
    if (lang != nullptr && i + 2 <= last && !tokens[i + 1].capitalised && lang->roles.count(word(i)) > 0 &&
        std::find(lang->role_connectors.begin(), lang->role_connectors.end(), word(i + 1)) != lang->role_connectors.end())
      i += 2;
    // A name is never only common nouns, a law, a month, a currency, a number word, a country
    // or a nationality ("Millionen", "DSGVO", "USD", "Italien", "Busse von Franken"), nor only
    // a legal form ("S.L." cut off by a comma).
    // "Augsburger Wirt", "Engadiner Strassenbauer": an adjective of place before a noun that
    // describes parties says what and where the party is, not its name.
    auto place_description = [&] {
      if (lang == nullptr || last != i + 1 || suffixes_.count(word(last)) > 0) return false;
      const std::string_view place = word(i);
      const bool adjective = std::any_of(
          lang->place_adjective_endings.begin(), lang->place_adjective_endings.end(),
          [&](std::string_view ending) { return place.size() > ending.size() + 3 && place.ends_with(ending); });
      const std::string_view noun = word_fold.of(word(last));
      auto ends_noun = [&](const std::string& d) { return noun.ends_with(d); };
      // "Berliner Volksbank", "Hamburger Sportverein": a place and an institution make a name.
      if (std::any_of(lang->institution_nouns.begin(), lang->institution_nouns.end(), ends_noun))
        return false;
      // "die Düsseldorfer Richter": so does a common noun of the list, a person's or a thing's.
      return adjective && (std::any_of(lang->description_nouns.begin(), lang->description_nouns.end(), ends_noun) ||
                           noun_form(word(last), false));
    };
    // "the Food Safety and Hygiene (England) Regulations 2013", "the Health and Safety at Work
    // etc. Act 1974": capitalised words, small lowercase words and words in brackets run on to
    // the word that ends a law's name; the whole is the law's title. Returns the token of that
    // word, or 0.
    auto law_title_end = [&]() -> std::size_t {
      if (lang == nullptr || lang->law_endings.empty()) return 0;
      constexpr std::size_t kMaxTitleWords = 8;
      constexpr std::size_t kMaxSmallWord = 4;  // bytes: "and", "of", "at", "etc"
      for (std::size_t k = last + 1; k < tokens.size() && k <= last + kMaxTitleWords; ++k) {
        const std::string_view gap = text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end);
        if (gap.empty() || gap.find_first_not_of(" ().") != std::string_view::npos) return 0;
        if (lang->law_endings.count(word_fold.of(word(k))) > 0) return tokens[k].capitalised ? k : 0;
        if (!tokens[k].capitalised && tokens[k].size() > kMaxSmallWord) return 0;
      }
      return 0;
    };
    auto non_name = [&] {
      if (lang == nullptr) return last == i && suffixes_.count(word(i)) > 0;
      const std::string_view whole = name_fold.of(text.substr(tokens[i].begin, tokens[last].end - tokens[i].begin));
      // A name of one word is folded once for both questions.
      if (lang->non_names.count(whole) > 0 || lang->nouns.count(whole) > 0 ||
          lang->non_party_openers.count(last == i ? whole : word_fold.of(word(i))) > 0)
        return true;
      // One compound word without a legal form, by how it ends: "gegen den schwäbischen
      // Wurstproduzenten", a noun describing parties (of seven letters or more: "Commerzbank"
      // stays a name), is a common noun; "aan de Hilledijk", a street, is an address.
      constexpr std::size_t kMinDescriptionNoun = 7;  // bytes
      if (last == i && suffixes_.count(word(i)) == 0) {
        const std::string_view folded = word_fold.of(word(i));
        // A street's ending is matched as written: "TicketStraat", capitalised inside, is a name.
        auto compound_of = [](std::string_view w, const std::string& tail, std::size_t min_tail) {
          return tail.size() >= min_tail && w.size() > tail.size() + 2 && w.ends_with(tail);
        };
        if (std::any_of(lang->description_nouns.begin(), lang->description_nouns.end(),
                        [&](const std::string& d) { return compound_of(folded, d, kMinDescriptionNoun); }) ||
            std::any_of(lang->street_endings.begin(), lang->street_endings.end(),
                        [&](const std::string& e) { return compound_of(word(i), e, 0); }))
          return true;
      }
      // "Das Sportgericht sperrte den Mittelfeldspieler": a role alone names nobody.
      if (last == i && lang->roles.count(word(i)) > 0) return true;
      // "Hannover (dpa) - Wegen einer Datenpanne muss …": a function word alone, capitalised
      // where a dateline or a dash opens the clause, names nothing.
      if (last == i && lang->function_words.count(whole) > 0 && tokens[i].capitalised &&
          std::none_of(text.begin() + tokens[i].begin + 1, text.begin() + tokens[i].end, [](char c) { return c >= 'A' && c <= 'Z'; }))
        return true;
      if (writer_of_byline(text, tokens[i].begin, tokens[last].end, lang->bylines)) return true;
      // "DEN HAAG - De politierechter ...": a place in capitals that opens a line before a dash
      // is the dateline.
      if (const std::size_t begin = tokens[i].begin, end = tokens[last].end;
          (begin == 0 || text[begin - 1] == '\n') &&
          std::none_of(text.begin() + begin, text.begin() + end, [](char c) { return c >= 'a' && c <= 'z'; })) {
        const std::string_view after = text.substr(end, 5);
        if (after.starts_with(" - ") || after.starts_with(" \u2013 ") || after.starts_with(" \u2014 ")) return true;
      }
      // "La société de Riec-sur-Bélon a été condamnée": a commune's name, no party.
      if (suffixes_.count(word(last)) == 0 &&
          std::any_of(lang->place_infixes.begin(), lang->place_infixes.end(), [&](const std::string& infix) {
            return text.substr(tokens[i].begin, tokens[last].end - tokens[i].begin).find(infix) != std::string_view::npos;
          }))
        return true;
      if (lang->venue_words.count(word_fold.of(word(i))) > 0 ||
          (last > i && lang->venue_words.count(word_fold.of(word(last))) > 0))
        return true;
      if (last > i && lang->law_endings.count(word_fold.of(word(last))) > 0) return true;
      if (law_title_end() > 0) return true;
      // "Erst- und Zweitligisten": the first half of two compounds is a noun too.
      const std::size_t end = tokens[last].end;
      if (end + 1 < text.size() && text[end] == '-' && text[end + 1] == ' ') return true;
      // "A Leeds builder", "ICO fines Leeds debt collector": one capitalised word before a
      // lowercase noun that describes parties (a word may stand between) says where or whose,
      // and names no party. So do two after an indefinite article ("a West Yorkshire roofing
      // company"), which a name does not take.
      const bool after_indefinite = last == i + 1 && i > 0 && joined(i) &&
                                    lang->singular_articles.count(word_fold.of(word(i - 1))) > 0;
      // "on a Leeds tower block", "a BBC reporter": one capitalised word between an indefinite
      // article and a lowercase word qualifies that word.
      if (last == i && i > 0 && joined(i) && i + 1 < tokens.size() && joined(i + 1) && !tokens[i + 1].capitalised &&
          suffixes_.count(word(i)) == 0 && lang->singular_articles.count(word_fold.of(word(i - 1))) > 0)
        return true;
      if ((last == i || after_indefinite) && suffixes_.count(word(last)) == 0) {
        auto describes = [&](std::size_t k) {
          if (k >= tokens.size() || !joined(k) || tokens[k].capitalised) return false;
          return lang->description_words.count(word_fold.of(word(k))) > 0;
        };
        // Up to two words may stand between ("A Leeds debt collection agency"), and one function
        // word among them that joins them ("A Keighley waste and recycling company"), but not
        // one right after the name ("a Iberluz por cambiar de compañía").
        constexpr std::size_t kMaxBetween = 2;
        std::size_t content = 0;
        bool joint = false;
        for (std::size_t k = last + 1; k < tokens.size(); ++k) {
          if (describes(k)) return true;
          if (tokens[k].capitalised || !joined(k)) break;
          if (lang->function_words.count(word_fold.of(word(k))) > 0) {
            if (k == last + 1 || joint) break;
            joint = true;
          } else if (++content > kMaxBetween) {
            break;
          }
        }
      }
      // "on the A1 southbound", "na S7 pod Kielcami": one to three capitals and one to three
      // digits after a word that leads to a road are the road's number.
      if (last == i && road_number(word(i)) && after_road_word(text.substr(0, tokens[i].begin), lang->road_words))
        return true;
      // "CVs", "SMEs", "ATMs": the plural of an abbreviation is a common noun.
      if (last == i) {
        const std::string_view w = word(i);
        if (w.size() >= 3 && w.back() == 's' &&
            std::all_of(w.begin(), w.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; }))
          return true;
      }
      // "de Amsterdamse ticketverkoper TicketSpot": an adjective of place before its noun.
      if (last == i && i + 1 < tokens.size() && joined(i + 1) && !tokens[i + 1].capitalised &&
          std::any_of(lang->place_adjective_before_noun_endings.begin(), lang->place_adjective_before_noun_endings.end(),
                      [&](std::string_view e) { return word(i).size() > e.size() + 3 && word(i).ends_with(e); }))
        return true;
      // "the Cork-based broker", "a Google-owned app": a name that a suffix makes an adjective.
      std::size_t len_after = 0;
      for (std::string_view suffix : lang->adjective_suffixes)
        if (text.substr(end).starts_with(suffix) &&
            (end + suffix.size() == text.size() || !is_word_char(code_point_at(text, end + suffix.size(), len_after))))
          return true;
      // "Superliga-klubben Vestegnens FC", "Eredivisie-club Ajax": a name glued by a hyphen to a
      // common noun describes the name right after the compound, which is the party. An
      // abbreviation so glued makes a compound noun wherever it stands ("een GAS-boete van 350
      // euro"); a word may be a name's ("Moravostav Brno-jih"). So does a word that ends a
      // place's name after a lowercase one ("Nort-sur-Erdre").
      std::size_t len = 0;
      if (end + 1 < text.size() && text[end] == '-' &&
          utf8proc_category(code_point_at(text, end + 1, len)) == UTF8PROC_CATEGORY_LL) {
        const std::string_view last_word = word(last);
        if (last_word.size() >= 2 && std::all_of(last_word.begin(), last_word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
          return true;
        const std::size_t space = text.find(' ', end + 1);
        if (space != std::string_view::npos && space + 1 < text.size() &&
            text.substr(end + 1, space - end - 1).find_first_of(".,;:!?()\"") == std::string_view::npos &&
            is_upper(code_point_at(text, space + 1, len)))
          return true;
      }
      if (const std::size_t begin = tokens[i].begin; begin >= 2 && text[begin - 1] == '-' && text[begin - 2] >= 'a' &&
                                                     text[begin - 2] <= 'z')
        return true;
      // "nach seiner Roten Karte", "ihre Sorgfaltspflichten": what a possessive governs is a
      // common noun phrase, unless a legal form ends it.
      if (i > 0 && joined(i) && !tokens[i - 1].capitalised && lang->possessives.count(word(i - 1)) > 0 &&
          suffixes_.count(word(last)) == 0)
        return true;
      // "die Rheinländer", "die Pfälzer": the people of a place, or a club's nickname, not its name.
      if (last == i && i > 0 && joined(i) && lang->plural_articles.count(ascii_lower(word(i - 1), lowered)) > 0 &&
          std::any_of(lang->place_adjective_endings.begin(), lang->place_adjective_endings.end(),
                      [&](std::string_view e) { return word(i).size() > e.size() + 3 && word(i).ends_with(e); }))
        return true;
      if (last == i) return suffixes_.count(word(i)) > 0;
      if (place_description()) return true;
      for (std::size_t k = i; k <= last; ++k)
        if (tokens[k].capitalised && !listed_noun(k) && !common_noun(word(k))) return false;
      return true;
    };
    if (non_name()) {
      if (const std::size_t end = law_title_end(); end > 0) j = end + 1;
      // "Regulamentul General privind Protecția Datelor", "Gesetz gegen
      // Wettbewerbsbeschränkungen", "Loi Informatique et Libertés": a law's title goes on past
      // one or two small lowercase words, and the capitalised words after them are the title too.
      if (lang != nullptr && lang->law_openers.count(word_fold.of(word(i))) > 0) {
        constexpr std::size_t kMaxSmallWords = 2;
        std::size_t n = j, small = 0;
        while (n < tokens.size() && joined(n) && !tokens[n].capitalised && small < kMaxSmallWords) ++n, ++small;
        if (small > 0 && n < tokens.size() && joined(n) && tokens[n].capitalised) {
          while (n < tokens.size() && joined(n) && tokens[n].capitalised) ++n;
          j = n;
        }
      }
      i = j;
      continue;
    }
    // In a language that capitalises only names, a single word that opens a sentence and is
    // never written so elsewhere is a common noun ("Musiktjänst får 58 miljoner i böter").
    auto lone_opener = [&] {
      if (lang == nullptr || !lang->openers_are_nouns) return false;
      const std::string_view w = word(i);
      if (std::count_if(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) > 1) return false;
      std::size_t before = tokens[i].begin;
      while (before > 0 && text[before - 1] == ' ') --before;
      if (before > 0 && std::string_view(".!?\n").find(text[before - 1]) == std::string_view::npos) return false;
      for (std::size_t at = text.find(w); at != std::string_view::npos; at = text.find(w, at + 1)) {
        if (at == tokens[i].begin) continue;
        std::size_t p = at;
        while (p > 0 && text[p - 1] == ' ') --p;
        const bool opens = p == 0 || std::string_view(".!?\n").find(text[p - 1]) != std::string_view::npos;
        if (!opens) return false;
      }
      // In the body, it is a common noun only if the text writes it in lower case too, as a word
      // or a word's start ("Banken fick ... banken"), or if it is a function word ("Wel kreeg
      // hij"): "Swedbank fick 2020 betala en sanktionsavgift". A headline's first word stays one.
      const std::string_view lower = word_fold.of(w);
      if (lang->function_words.count(lower) > 0 ||
          text.substr(0, tokens[i].begin).find_first_not_of(" \n") == std::string_view::npos)
        return true;
      for (std::size_t at = text.find(lower); at != std::string_view::npos; at = text.find(lower, at + 1)) {
        std::size_t previous = at, len = 0;
        while (previous > 0 && (static_cast<unsigned char>(text[--previous]) & 0xC0) == 0x80) {}
        if (at == 0 || !is_letter_or_digit(code_point_at(text, previous, len))) return true;
      }
      return false;
    };
    // A lone word in the receiver's case that opens a sentence is a common noun written with a
    // capital ("Verkkokaupalle 950 000 euron seuraamusmaksu"), not a name.
    auto receiver_opening = [&](std::size_t k) {
      if (lang == nullptr || !opens_sentence(text, tokens[k].begin)) return false;
      const std::string_view w = word(k);
      for (std::string_view ending : lang->recipient_endings)
        if (w.size() > ending.size() + 2 && w.ends_with(ending)) return true;
      return false;
    };
    // "Builder fined after worker fell": the text's first word alone, which the text never
    // writes again, is a common noun that a headline capitalises; a name comes back in the body.
    // As a word of its own: "Airline" comes back in "Airlines have to plan" only as part of a word.
    auto written_again = [&](std::string_view w, std::size_t from) {
      for (std::size_t at = text.find(w, from); at != std::string_view::npos; at = text.find(w, at + 1)) {
        std::size_t len = 0;
        if (at + w.size() >= text.size() || !is_letter_or_digit(code_point_at(text, at + w.size(), len))) return true;
      }
      return false;
    };
    // So is the first word after a kicker and its colon ("Listeria-sag: Slagteri får bøde").
    auto opens_headline = [&] {
      const std::string_view before = text.substr(0, tokens[i].begin);
      if (before.find_first_not_of(" \n") == std::string_view::npos) return true;
      const std::size_t colon = before.find(": ");
      return colon != std::string_view::npos && before.find('\n', before.find_first_not_of(" \n")) == std::string_view::npos &&
             before.substr(colon + 1).find_first_not_of(' ') == std::string_view::npos;
    };
    auto headline_noun = [&] {
      return opens_headline() && suffixes_.count(word(i)) == 0 && !written_again(word(i), tokens[i].end) &&
             text.find('\n', tokens[i].end) != std::string_view::npos;
    };
    const bool alone_stop = last == i && lang != nullptr &&
                            (lang->stop_alone.count(word(i)) > 0 || common_noun(word(i)) ||
                             lone_opener() || receiver_opening(i) || headline_noun());
    // "Unerlaubte Werbeanrufe: 210.000 Euro Bußgeld für ...", "Pollution de l'Aulne : ...": the
    // words that open the text before a colon are the kicker, the story's topic; a name only if
    // the text writes it again.
    const bool kicker = text.substr(0, tokens[i].begin).find_first_not_of(" \n") == std::string_view::npos &&
                        (text.substr(tokens[last].end).starts_with(": ") || text.substr(tokens[last].end).starts_with(" : ")) &&
                        !written_again(text.substr(tokens[i].begin, tokens[last].end - tokens[i].begin), tokens[last].end);
    if (alone_stop || kicker) {
      i = j;
      continue;
    }
    // "beim Heimspiel gegen den VfB", "im Spiel gegen Hertha": the name after a match and its
    // preposition, an article between or not, is the opponent, not a party.
    auto after_opponent_word = [&](std::size_t n) {
      if (lang == nullptr || lang->opponents.empty() || n < 2 || !joined(n)) return false;
      std::size_t k = n - 1;
      if (!tokens[k].capitalised && k >= 2 && joined(k) &&
          (lang->articles.count(word(k)) > 0 || lang->plural_articles.count(word(k)) > 0 ||
           lang->opponent_articles.count(word(k)) > 0))
        --k;
      if (!joined(k)) return false;
      const std::string preposition = ascii_lower(word(k));
      const std::string noun = fold_case(word(k - 1));
      return std::any_of(lang->opponents.begin(), lang->opponents.end(), [&](const auto& o) {
        if (o.second != preposition) return false;
        for (const char* ending : {"", "s", "es", "en", "n"})
          if (noun.ends_with(o.first + ending)) return true;
        return false;
      });
    };
    // A preposition of place right before the name: "do Labe", "v Kladně", "s Mladou Boleslaví";
    // or with its article: "aus dem Allgäu".
    const bool after_place_word =
        i > 0 && joined(i) && lang != nullptr &&
        (lang->place_words.count(ascii_lower(word(i - 1), lowered)) > 0 ||
         (i > 1 && joined(i - 1) &&
          lang->place_words.count(ascii_lower(two_words.assign(word(i - 2)).append(" ").append(word(i - 1)), lowered)) > 0));
    // The seat after a legal form or a quoted name: "Autosalone Ferri srl di Bologna", "Harrow
    // Ltd of Leeds", "το beach bar «Αρμύρα» στην Αγία Άννα".
    auto after_quoted_name = [&](std::size_t k) {
      const std::string_view gap = text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end);
      return tokens[k - 1].capitalised && (gap == "\xc2\xbb " || gap == "\" " || gap == "\xe2\x80\x9d ");
    };
    // The seat may be set off by commas: "Northside Motor Sales Ltd, of Finglas, and ...".
    const bool after_seat_word =
        i > 1 && joined(i) && lang != nullptr && lang->seat_words.count(ascii_lower(word(i - 1), lowered)) > 0 &&
        (((joined(i - 1) || text.substr(tokens[i - 2].end, tokens[i - 1].begin - tokens[i - 2].end) == ", ") &&
          suffixes_.count(word(i - 2)) > 0) ||
         after_quoted_name(i - 1));
    // A reason goes on past its adjectives: "wegen unerlaubten Umgangs", "wegen des
    // fahrlässigen Verstoßes".
    // So does a place named with its preposition and article: "aus dem eigenen Fanblock".
    auto after_reason_adjectives = [&] {
      if (lang == nullptr || (lang->reason_words.empty() && lang->place_words.empty())) return false;
      constexpr std::size_t kMaxAdjectives = 2;
      for (std::size_t n = 1; n <= kMaxAdjectives && n < i; ++n) {
        const std::size_t first = i - n;  // the first of the n words before the name
        if (!joined(first + 1) || tokens[first].capitalised || !joined(first)) return false;
        const std::size_t before = first - 1;
        if (lang->reason_words.count(ascii_lower(word(before), lowered)) > 0) return true;
        if (before > 0 && joined(before)) {
          const std::string_view pair = ascii_lower(two_words.assign(word(before - 1)).append(" ").append(word(before)), lowered);
          if (lang->reason_words.count(pair) > 0 || lang->place_words.count(pair) > 0) return true;
        }
      }
      return false;
    };
    // A name with a legal form is a company there, no place: "salgschefen i Vejle Grus A/S".
    if (((after_place_word || after_seat_word || after_reason_adjectives()) && suffixes_.count(word(last)) == 0) ||
        after_opponent_word(i)) {
      i = j;
      continue;
    }
    PartyMention m;
    m.span = {tokens[i].begin, tokens[last].end};
    m.has_suffix = suffixes_.count(word(last)) > 0 && last > i;
    // A legal form that opens with a capital ("Medikor Sp. z o.o.") starts at the name's last
    // word, which the name took for one of its own.
    const bool capital_form =
        last > i && std::any_of(multiword_suffixes_.begin(), multiword_suffixes_.end(), [&](std::string_view suffix) {
          return text.substr(tokens[last].begin, suffix.size()) == suffix;
        });
    if (capital_form) m.span.end = tokens[last - 1].end;
    // A legal form of several words, with its own dots and spaces ("Termoplast sp. z o.o."),
    // which the tokens split: it ends the name.
    // Only a space leads to one, and the byte after it rules out nearly all.
    // After a quoted brand the form follows its closing mark ("Mleczarnia "Pod Borem" Sp. z o.o.").
    const std::size_t to_form = text.substr(m.span.end, 1) == " "                    ? 1
                                : quoted_brand && text.substr(m.span.end, 2) == "\" " ? 2
                                                                                      : 0;
    if (to_form > 0)
      for (std::string_view suffix : multiword_suffixes_) {
        const std::size_t at = m.span.end + to_form;
        if (at + suffix.size() > text.size() || text[at] != suffix.front() || text.substr(at, suffix.size()) != suffix)
          continue;
        const std::size_t end = at + suffix.size();
        if (!at_word_end(text, end) && suffix.back() != '.') continue;
        if (is_taken({at, end})) continue;
        m.span.end = end;
        m.has_suffix = true;
        while (j < tokens.size() && tokens[j].begin < end) ++j;
        break;
      }
    // "Grupo Custodia Ibérica, S.L.": a legal form set off by a comma still ends the name, and
    // so do several ("Inversiones Atlántico Valores, S.V., S.A.").
    while (j < tokens.size() && suffixes_.count(word(j)) > 0 &&
           text.substr(m.span.end, tokens[j].begin - m.span.end) == ", " && !is_taken(tokens[j].span())) {
      m.span.end = tokens[j].end;
      m.has_suffix = true;
      ++j;
    }
    // "a Corpo Ativo, Lda. e a Fitnova": inside a sentence, the point of an abbreviated legal
    // form ends the name, so that what follows it joins the next name.
    if (m.has_suffix && m.span.end + 2 < text.size() && text[m.span.end] == '.' && text[m.span.end + 1] == ' ' &&
        text[m.span.end + 2] >= 'a' && text[m.span.end + 2] <= 'z') {
      const std::size_t from = text.find_last_of(" ,", m.span.end - 1) + 1;
      if (suffixes_.count(text.substr(from, m.span.end + 1 - from)) > 0) m.span.end += 1;
    }
    // "på bygget i Västerås": after a word of place, a name without a legal form is a place.
    if (!m.has_suffix && i > 0 && joined(i) && lang != nullptr &&
        lang->places.count(word(i - 1)) > 0) {
      i = j;
      continue;
    }
    if (lang != nullptr) {
      const std::string_view whole = name_fold.of(text.substr(m.span.begin, m.span.size()));
      m.country = lang->countries.count(whole) > 0;
      // "Ελλάδας" of "Ελλάδα": a country in another case, in one word
      if (!m.country && whole.find(' ') == std::string::npos)
        m.country = std::any_of(lang->countries.begin(), lang->countries.end(), [&](const std::string& c) {
          return c.size() >= 6 && whole.size() > c.size() && whole.size() <= c.size() + 2 &&
                 whole.compare(0, c.size() - 2, c, 0, c.size() - 2) == 0;
        });
    }
    // "restaurante de Coimbra", "in Berlin": a connector after a lowercase word, or a word of
    // place, right before the name.
    if (i > 0 && joined(i) && !tokens[i - 1].capitalised && lang != nullptr) {
      const std::string_view before = word(i - 1);
      const auto& locations = lang->locations;
      if (std::find(locations.begin(), locations.end(), before) != locations.end() ||
          (connectors_.count(before) > 0 && lang->articles.count(before) == 0 && i > 1 && joined(i - 1) &&
           !tokens[i - 2].capitalised))
        m.complement = true;
    }
    names.push_back(m);
    i = j;
  }
  return names;
}

// "fined [the company] X": a name right after a cue that stands before the fined party.
void PartyRecognizer::attach_cues_before(std::string_view text, const Language& lang,
                                         const std::vector<PhraseMatch>& before,
                                         std::vector<PartyMention>& names) const {
  for (const PhraseMatch& cue : before) {
    auto it = std::lower_bound(names.begin(), names.end(), cue.span.end,
                               [](const PartyMention& n, std::size_t pos) { return n.span.begin < pos; });
    if (it == names.end()) continue;
    // At most a few lowercase words between: "against the company X", "à la société X".
    std::string_view gap = text.substr(cue.span.end, it->span.begin - cue.span.end);
    // "fined its former director, Kim Hansen, £5,000": a name set off on both sides by a mark
    // of apposition stands where the words before it do.
    bool apposed = false;
    // The sentence's end closes the apposition too: "fined its former director, Kim Hansen."
    const bool ends_sentence = text.substr(it->span.end, 1) == "." &&
                               (it->span.end + 1 == text.size() || text[it->span.end + 1] == ' ' || text[it->span.end + 1] == '\n');
    for (std::string_view mark : lang.appositions)
      if (gap.size() > mark.size() + 1 && gap.ends_with(" ") && gap.substr(gap.size() - mark.size() - 1, mark.size()) == mark &&
          (ends_sentence ||
           text.substr(it->span.end, mark.size() + 1) == text.substr(it->span.begin - mark.size() - 1, mark.size() + 1))) {
        gap.remove_suffix(mark.size() + 1);
        apposed = true;
      }
    // Forty characters, not bytes: a Greek letter takes two. No rule below reaches past sixty,
    // so the count stops there: the next name may stand pages after the cue.
    constexpr std::ptrdiff_t kLongestReach = 60;
    std::ptrdiff_t characters = 0;
    for (const char c : gap)
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++characters > kLongestReach) break;
    if (characters > kLongestReach) continue;
    // "uložil v roce 2020 Dopravnímu podniku X": a year may stand between the verb and its
    // object, and an age ("verurteilte den 52-jährigen Geschäftsführer Anton S."); any other
    // number or a mark ends the cue's reach.
    auto year_only_digits = [](std::string_view g) {
      for (std::size_t at = g.find_first_of("0123456789"); at != std::string_view::npos;
           at = g.find_first_of("0123456789", at)) {
        std::size_t end = at;
        while (end < g.size() && g[end] >= '0' && g[end] <= '9') ++end;
        const bool year = end - at == 4 && (g.substr(at, 2) == "19" || g.substr(at, 2) == "20") &&
                          (at == 0 || g[at - 1] == ' ') && (end == g.size() || g[end] == ' ');
        const bool age = end - at <= 3 && (at == 0 || g[at - 1] == ' ') && end + 1 < g.size() && g[end] == '-' &&
                         ((g[end + 1] >= 'a' && g[end + 1] <= 'z') || (static_cast<unsigned char>(g[end + 1]) & 0x80) != 0);
        if (!year && !age) return false;
        at = end;
      }
      return true;
    };
    // "a condamné l'ancien directeur commercial de l'entreprise, Gérard Lemoine, à": a person set
    // off on both sides names the noun phrase before it, however long the phrase.
    // "fined the director of Acme, John Brown, £5,000", "pe administratorul fabricii X din
    // comuna Y, Ion Z, la o amendă": when the cue governs a noun that the name only completes,
    // a person set off by commas after that noun phrase says who the party is.
    auto apposed_person = [&]() -> PartyMention* {
      const std::size_t comma = text.find(", ", it->span.end);
      if (comma == std::string_view::npos || comma - it->span.end > 60 ||
          text.substr(it->span.end, comma - it->span.end).find_first_of(".,;:()\n0123456789") != std::string_view::npos)
        return nullptr;
      auto next = it + 1;
      while (next != names.end() && next->span.end <= comma) ++next;
      if (next == names.end() || next->span.begin != comma + 2 || next->has_suffix ||
          text.substr(next->span.begin, next->span.size()).find(' ') == std::string_view::npos)
        return nullptr;
      // Set off by a second comma, or closed by the sentence's end ("al titolare di un bar di
      // Eboli, Luigi Russo.").
      const bool closed = text.substr(next->span.end, 2) == ", " ||
                          (text.substr(next->span.end, 1) == "." &&
                           (next->span.end + 1 == text.size() || text[next->span.end + 1] == ' ' || text[next->span.end + 1] == '\n'));
      if (!closed) return nullptr;
      // "the banks Alpha Bank, Beta Bank, and Gamma Bank": a list, no apposition.
      if (const auto after = next + 1; after != names.end() && after->span.begin <= next->span.end + 2 + 6) return nullptr;
      return &*next;
    };
    const bool governed = std::any_of(gap.begin(), gap.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
                          std::any_of(gap.begin(), gap.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; });
    if (gap.find_first_of(".,;:()\n") != std::string_view::npos || !year_only_digits(gap)) continue;
    const auto spaces = std::count(gap.begin(), gap.end(), ' ');
    // A person apposed to the noun phrase may follow as long a phrase as one set off on both
    // sides: "condenado al propietario de un restaurante del paseo de Levante, Óscar Villaverde,".
    if (governed && spaces <= 8)
      if (PartyMention* person = apposed_person(); person != nullptr && person->cue == PartyCue::none)
        person->cue = PartyCue::before;
    const std::ptrdiff_t max_characters = apposed ? kLongestReach : 40;
    if (characters > max_characters) continue;
    // A person apposed to the noun may follow a longer phrase than a name tied to the cue
    // ("fined the bank's former head of financial crime, Mark Tilbury,").
    if (spaces > (apposed ? 8 : 6)) continue;
    // "fined a hotel in Mamaia": the name after a location word is where, not whom.
    if (gap.size() > 1 && gap.back() == ' ') {
      const std::string_view words = gap.substr(0, gap.size() - 1);
      const std::string_view last = words.substr(words.rfind(' ') == std::string_view::npos ? 0 : words.rfind(' ') + 1);
      const auto& locations = lang.locations;
      bool completes_noun = std::find(locations.begin(), locations.end(), last) != locations.end();
      // "a um restaurante de Coimbra", "a hospital of London": the name completes a noun that
      // names the party; it is not the party.
      if (!completes_noun && last.size() < words.size() && connectors_.count(last) > 0 && last != "&") {
        const std::string_view head = words.substr(0, words.size() - last.size() - 1);
        const std::size_t head_begin = head.rfind(' ') == std::string_view::npos ? 0 : head.rfind(' ') + 1;
        std::size_t len = 0;
        completes_noun = head_begin < head.size() && !is_upper(code_point_at(head, head_begin, len));
      }
      if (completes_noun) continue;
    }
    if (spaces > 4 && !apposed) continue;
    if (it->cue == PartyCue::none) it->cue = PartyCue::before;
  }
}

// "X (fined ...)", "X was fined": a name right before a cue that stands after the fined party.
void PartyRecognizer::attach_cues_after(std::string_view text, const Language& lang,
                                        const std::vector<PhraseMatch>& after,
                                        std::vector<PartyMention>& names) const {
  for (const PhraseMatch& cue : after) {
    auto it = std::lower_bound(names.begin(), names.end(), cue.span.begin,
                               [](const PartyMention& n, std::size_t pos) { return n.span.end <= pos; });
    if (it == names.begin()) continue;
    --it;
    // "a Clínica Santa Madalena, em Braga, foi condenada": a place set off by commas between
    // the name and its cue.
    if (it->complement && it != names.begin() && text.substr(it->span.end, cue.span.begin - it->span.end) == ", ") {
      const auto place = it - 1;
      const std::string_view between = text.substr(place->span.end, it->span.begin - place->span.end);
      if (between.size() > 3 && between.starts_with(", ") && between.back() == ' ' &&
          between.substr(2, between.size() - 3).find_first_of(" ,") == std::string_view::npos) {
        if (place->cue == PartyCue::none) place->cue = PartyCue::after;
        continue;
      }
    }
    std::string_view gap = text.substr(it->span.end, cue.span.begin - it->span.end);
    // "the owner of a restaurant in Kettering was fined": the name right after a location word
    // is where the subject is, not the subject.
    if (gap == " " && it->span.begin >= 2 && text[it->span.begin - 1] == ' ') {
      const std::string_view before = text.substr(0, it->span.begin - 1);
      const std::size_t space = before.rfind(' ');
      const std::string_view last = before.substr(space == std::string_view::npos ? 0 : space + 1);
      if (std::find(lang.locations.begin(), lang.locations.end(), last) != lang.locations.end()) continue;
    }
    // "Facebook, which was fined": a relative pronoun may stand between.
    for (std::string_view relative : lang.relatives)
      if (gap.size() == relative.size() + 3 && gap.substr(0, 2) == ", " &&
          gap.substr(2, relative.size()) == relative && gap.back() == ' ')
        gap = " ";
    // "João S., de 52 anos, foi multado", "Markus T. (51) muss zahlen": a person's age set off
    // after the name stands between it and its cue.
    if (is_age_aside(gap) || is_description_aside(gap)) gap = " ";
    // "the site manager, Declan Hurley (52), received": an age in brackets stands inside an
    // apposition as well, which its closing mark ends.
    gap.remove_prefix(bracketed_age(gap));
    // "Marco Bellini, multato di 2mila euro": a participle set off by a comma.
    if (cue.category == kAside && gap == ", ") gap = " ";
    // "die Linienruf Service UG aus Leipzig, wurde": a place of origin after the name, too.
    for (std::size_t words = 2; words >= 1 && gap.size() > 1 && gap.front() == ' '; --words) {
      std::size_t end = 0;
      for (std::size_t w = 0; w < words && end != std::string_view::npos; ++w) end = gap.find(' ', end + 1);
      if (end == std::string_view::npos || lang.place_words.count(ascii_lower(gap.substr(1, end - 1))) == 0) continue;
      std::size_t place = end + 1, len = 0;
      while (place < gap.size() && is_upper(code_point_at(gap, place, len))) {
        const std::size_t next = gap.find_first_of(" ,", place);
        if (next == std::string_view::npos) break;
        place = next;
        if (gap[next] != ' ' || next + 1 >= gap.size() || !is_upper(code_point_at(gap, next + 1, len))) break;
        ++place;
      }
      if (place > end + 1 && place < gap.size() && (gap[place] == ' ' || gap[place] == ',')) gap = gap.substr(place);
      break;
    }
    // "The director, Kim Hansen, was fined": a name set off on both sides by a mark the
    // language uses for appositions.
    // An article may open the aside ("Um restaurante de Albufeira, o Marisqueira Sol, foi multado").
    auto opens_aside = [&](std::string_view mark) {
      if (it->span.begin >= gap.size() && text.substr(it->span.begin - gap.size(), gap.size()) == gap) return true;
      const std::string_view before = text.substr(0, it->span.begin);
      // "Virksomhedens direktør, 57-årige Henning Bruun, blev idømt": an age before the name
      // ("57-årige", "52-jährige") stands inside the aside.
      if (const std::size_t age = before.size() >= 2 ? before.rfind(' ', before.size() - 2) : std::string_view::npos;
          age != std::string_view::npos && age >= mark.size() && before.back() == ' ' &&
          before.substr(age + 1, 1).find_first_of("0123456789") == 0 &&
          before.substr(age - mark.size(), mark.size()) == mark) {
        const std::string_view word = before.substr(age + 1, before.size() - age - 2);
        const std::size_t hyphen = word.find('-');
        if (hyphen != std::string_view::npos && hyphen > 0 && hyphen <= 3 && hyphen + 1 < word.size() &&
            std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(hyphen), [](char c) { return c >= '0' && c <= '9'; }) &&
            lowercase_word(word.substr(hyphen + 1)))
          return true;
      }
      const std::size_t word = before.size() >= 2 ? before.rfind(' ', before.size() - 2) : std::string_view::npos;
      if (word == std::string_view::npos || word < mark.size() || before.back() != ' ') return false;
      const std::string_view article = before.substr(word + 1, before.size() - word - 2);
      if (article.size() <= 3 && std::all_of(article.begin(), article.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
          before.substr(word - mark.size(), mark.size()) == mark)
        return true;
      // "Las dos empresas, Navisur y Gasnor, deberán pagar": the aside is a list, and its first
      // name follows the mark.
      auto item = it;
      for (int items = 0; items < 6 && item != names.begin(); ++items) {
        const auto previous = item - 1;
        std::string_view joint = text.substr(previous->span.end, item->span.begin - previous->span.end);
        if (joint.starts_with(",")) joint.remove_prefix(1);
        if (!joint.starts_with(" ") || !joint.ends_with(" ")) return false;
        const std::string_view conjunction = joint.substr(1, joint.size() > 1 ? joint.size() - 2 : 0);
        // ", ", " y ", ", and ", " și ": a comma or one short lowercase word.
        if (conjunction.size() > 4 || conjunction.find(' ') != std::string_view::npos ||
            !std::all_of(conjunction.begin(), conjunction.end(),
                         [](char c) { return (c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) & 0x80) != 0; }))
          return false;
        item = previous;
        if (item->span.begin >= mark.size() + 1 && text[item->span.begin - 1] == ' ' &&
            text.substr(item->span.begin - mark.size() - 1, mark.size()) == mark)
          return true;
      }
      return false;
    };
    // "Neil Ash, 52, of Dover, was fined": a place after a person's age is where he lives.
    if (gap == ", " && it != names.begin()) {
      const auto subject = it - 1;
      if (is_age_then_preposition(text.substr(subject->span.end, it->span.begin - subject->span.end))) {
        subject->cue = PartyCue::after;
        if (it->cue == PartyCue::before) it->cue = PartyCue::none;
        it->complement = it->residence = true;
        continue;
      }
    }
    for (std::string_view mark : lang.appositions)
      if (gap.size() == mark.size() + 1 && gap.substr(0, mark.size()) == mark && gap.back() == ' ' && opens_aside(mark))
        gap = " ";
    // "Atlântica Energia, Lda. terá de pagar": the point of an abbreviated legal form.
    if (it->has_suffix && gap.starts_with(". ")) gap.remove_prefix(1);
    // "Tomasz W., członek zarządu Drogopolu, ma zapłacić", "Acme, a unit of Foo Corp, was
    // fined": an aside that opens with a lowercase word describes the name before it, which
    // is the one the cue speaks of; a name inside the aside only completes it.
    // The aside may name more than one ("Mohammed Rafiq, the owner of the Spice Route restaurant
    // in Kettering, was fined"): the subject is the name before its opening comma.
    if (gap == ", " && it != names.begin()) {
      constexpr std::size_t kMaxAside = 80;  // bytes
      bool found = false;
      for (auto subject = it - 1;; --subject) {
        const std::string_view aside = text.substr(subject->span.end, it->span.begin - subject->span.end);
        if (aside.size() > kMaxAside || aside.find_first_of(".;:()\n0123456789") != std::string_view::npos) break;
        std::size_t len = 0;
        // Or with a role written with a capital: "Thomas Maier, Geschäftsführer der Maier Bau
        // GmbH, muss zahlen".
        const bool describes = aside.size() > 3 && aside.starts_with(", ") &&
                               ((!is_upper(code_point_at(aside, 2, len)) && is_letter_or_digit(code_point_at(aside, 2, len))) ||
                                lang.roles.contains(aside.substr(2, aside.find(' ', 2) - 2)));
        if (describes && aside.find(',', 2) == std::string_view::npos) {
          subject->cue = PartyCue::after;
          for (auto inside = subject + 1; inside <= it; ++inside) {
            if (inside->cue == PartyCue::before) inside->cue = PartyCue::none;
            inside->complement = true;
          }
          found = true;
          break;
        }
        if (aside.find(',') != std::string_view::npos || subject == names.begin()) break;
      }
      if (found) continue;
    }
    // "Daniel Mercer, the firm's former finance chief, agreed to pay": an aside of lowercase words
    // set off by the language's mark of apposition describes the name of several words before it.
    for (std::string_view mark : lang.appositions) {
      std::size_t len = 0;
      const std::string_view name = text.substr(it->span.begin, it->span.size());
      if (gap.size() > 2 * mark.size() + 4 && gap.size() <= 80 && gap.substr(0, mark.size()) == mark && gap[mark.size()] == ' ' &&
          gap.substr(gap.size() - mark.size() - 1, mark.size()) == mark && gap.back() == ' ' && (it->has_suffix || name.find(' ') != std::string_view::npos) &&
          !it->complement && !is_upper(code_point_at(gap, mark.size() + 1, len)) &&
          is_letter_or_digit(code_point_at(gap, mark.size() + 1, len)) &&
          gap.substr(mark.size() + 1, gap.size() - 2 * mark.size() - 2).find_first_of(".,;:()\n0123456789") == std::string_view::npos)
        gap = " ";
    }
    if (gap.size() > 3 || gap.find_first_not_of(" (") != std::string_view::npos) continue;
    it->cue = PartyCue::after;
  }
}

std::vector<PartyMention> PartyRecognizer::find_in_piece(std::string_view text, std::string_view language,
                                                         const std::vector<Span>& taken,
                                                         const PartyCues* cues) const {
  const auto found_language = languages_.find(language);
  const Language* lang = found_language == languages_.end() ? nullptr : &found_language->second;
  // Cue words are never part of a name: in a title-case headline "Clearview AI Slapped With
  // Fine", "Slapped" ends the name.
  const PartyCues found = cues == nullptr ? this->cues(text, language) : PartyCues{};
  const std::vector<PhraseMatch>& before = cues == nullptr ? found.before : cues->before;
  const std::vector<PhraseMatch>& after = cues == nullptr ? found.after : cues->after;
  std::vector<PartyMention> names = capitalised_names(text, lang, taken, before, after);
  // "nr DKR.8361.14.2024", "ENF/2022/0417": a reference of one word with more digits than
  // letters numbers a case or a decision, and names no one.
  std::erase_if(names, [&](const PartyMention& m) {
    const std::string_view written = text.substr(m.span.begin, m.span.size());
    if (written.find(' ') != std::string_view::npos) return false;
    const std::string_view after = text.substr(m.span.end, 2);
    if (after.size() == 2 && after[0] == '/' && after[1] >= '0' && after[1] <= '9') return true;  // "ENF/2022/0417"
    const auto digits = std::count_if(written.begin(), written.end(), [](char c) { return c >= '0' && c <= '9'; });
    // A letter beyond ASCII counts once, by its first byte.
    const auto letters = std::count_if(written.begin(), written.end(), [](char c) {
      const auto b = static_cast<unsigned char>(c);
      return static_cast<unsigned>((b | 0x20) - 'a') < 26u || b >= 0xC0;
    });
    return digits > letters;
  });
  if (lang == nullptr) return names;
  // "Wrexford manager Dean Holt", "Ardmore's former head of sales, Declan Furlong": a name, a
  // role and a name. The first says whose role it is, completing the role; the second is the
  // one the sentence speaks of.
  for (std::size_t k = 0; k + 1 < names.size(); ++k) {
    const std::size_t from = names[k].span.end, to = names[k + 1].span.begin;
    if (to > from + 2 && lang->roles.count(role_between(text.substr(from, to - from), lang->owner_marks, lang->role_modifiers)) > 0)
      names[k].complement = names[k].holds_role = true;
  }
  // "aan de directeur van WoonDeal, Ruud van der Heijden": a role, the name whose role it is
  // after a joining word, and the holder set off by a comma.
  constexpr std::size_t kMaxRoleBytes = 60;
  for (std::size_t k = 0; k + 1 < names.size() && !lang->role_connectors.empty(); ++k) {
    if (text.substr(names[k].span.end, names[k + 1].span.begin - names[k].span.end) != ", ") continue;
    const std::size_t floor = k > 0 ? names[k - 1].span.end : 0;
    const std::size_t from = std::max(floor, names[k].span.begin > kMaxRoleBytes ? names[k].span.begin - kMaxRoleBytes : 0);
    if (ends_with_role_of(text.substr(from, names[k].span.begin - from), lang->roles, lang->role_connectors))
      names[k].complement = names[k].holds_role = true;
  }
  // "il centrocampista del Valdarno Matteo Ferri", "el entrenador del Betis Manuel Pellegrini":
  // a role, the name whose role it is after a joining word, and its holder right after it
  // without a comma, which joins the two into one run of capitals: the run's last two words,
  // a first name and a surname, are the holder.
  for (std::size_t k = 0; k < names.size() && !lang->role_connectors.empty(); ++k) {
    const PartyMention m = names[k];
    if (m.has_suffix || m.description || m.country) continue;
    const std::string_view name = text.substr(m.span.begin, m.span.size());
    const std::size_t last_space = name.rfind(' ');
    const std::size_t holder_space = last_space == std::string_view::npos || last_space == 0 ? std::string_view::npos
                                                                                           : name.rfind(' ', last_space - 1);
    if (holder_space == std::string_view::npos || holder_space == 0) continue;
    const std::string_view holder = name.substr(holder_space + 1);
    const bool plain_words = std::all_of(holder.begin(), holder.end(), [](char c) {
      return c == ' ' || c == '-' || static_cast<unsigned char>(c) >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    const bool capitals = holder.front() >= 'A' && holder.front() <= 'Z' && holder[last_space - holder_space] >= 'A' &&
                          holder[last_space - holder_space] <= 'Z';
    const std::size_t from = m.span.begin > kMaxRoleBytes ? m.span.begin - kMaxRoleBytes : 0;
    if (!plain_words || !capitals || name.substr(0, holder_space).find_first_of(",;:()") != std::string_view::npos ||
        !ends_with_role_of(text.substr(from, m.span.begin - from), lang->roles, lang->role_connectors))
      continue;
    PartyMention owner = m, person;
    owner.span.end = m.span.begin + holder_space;
    owner.complement = owner.holds_role = true;
    person.span = {m.span.begin + holder_space + 1, m.span.end};
    names[k] = owner;
    names.insert(names.begin() + static_cast<std::ptrdiff_t>(k) + 1, person);
    ++k;
  }

  // "pe Sorin Bejan, administratorul societății Petrocarb Transilvania SRL, la ...": a role and
  // the name whose role it is, set off by commas after a name, say who that name is; the name
  // in the aside is the party only where a cue marks it so.
  constexpr std::size_t kMaxAsideWords = 4;
  bool in_aside = false;
  for (std::size_t k = 0; k + 1 < names.size(); ++k) {
    const std::string_view between = text.substr(names[k].span.end, names[k + 1].span.begin - names[k].span.end);
    if (!between.starts_with(", ") || !between.ends_with(" ") || !text.substr(names[k + 1].span.end).starts_with(","))
      continue;
    const std::string_view words = between.substr(2, between.size() - 3);
    if (words.empty() || std::count(words.begin(), words.end(), ' ') + 1 > static_cast<std::ptrdiff_t>(kMaxAsideWords) ||
        words.find_first_of(",;:()0123456789") != std::string_view::npos)
      continue;
    // Lowercase words, or a role written with a capital first ("Geschäftsführer der").
    if (!(words.front() >= 'a' && words.front() <= 'z') && !lang->roles.contains(words.substr(0, words.find(' '))))
      continue;
    bool role = false;
    for (std::size_t at = 0; at < words.size() && !role;) {
      const std::size_t end = std::min(words.find(' ', at), words.size());
      role = lang->roles.contains(words.substr(at, end - at));
      at = end + 1;
    }
    if (role) names[k + 1].complement = names[k + 1].holds_role = in_aside = true;
  }

  // "Matteo Ferri (Valdarno): 2.000 euro", "Acme Ltd (UK)": a name in brackets right after a
  // name says where the first belongs, or what it is called for short.
  for (std::size_t k = 0; k + 1 < names.size(); ++k)
    if (text.substr(names[k].span.end, names[k + 1].span.begin - names[k].span.end) == " (" &&
        text.substr(names[k + 1].span.end).starts_with(")"))
      names[k + 1].complement = true;

  // "Gary Pettifer, 52, of Balderton, pleaded guilty": a place set off after a person's age,
  // after one lowercase word, is where the person lives.
  for (std::size_t k = 0; k + 1 < names.size(); ++k) {
    if (text.substr(names[k + 1].span.end).starts_with(",") &&
        is_age_then_preposition(text.substr(names[k].span.end, names[k + 1].span.begin - names[k].span.end)))
      names[k + 1].complement = names[k + 1].residence = true;
  }
  // Attach the cues: "fined [the company] X" and "X (fined ...)" / "X was fined".
  attach_cues_before(text, *lang, before, names);
  attach_cues_after(text, *lang, after, names);
  // A cue before the name whose role the aside gives is the holder's ("condamnat pe Sorin
  // Bejan, administratorul societății X, la ..."), not the aside's.
  for (std::size_t k = 0; in_aside && k + 1 < names.size(); ++k)
    if (names[k + 1].holds_role && names[k + 1].complement && names[k].cue != PartyCue::none &&
        text.substr(names[k].span.end, names[k + 1].span.begin - names[k].span.end).starts_with(", "))
      names[k + 1].cue = PartyCue::none;
  // "fined Wrexford manager Dean Holt": what follows the cue is the role's holder.
  for (std::size_t k = 0; k + 1 < names.size(); ++k)
    if (names[k].holds_role && names[k].cue == PartyCue::before && names[k + 1].cue == PartyCue::none) {
      names[k + 1].cue = PartyCue::before;
      names[k].cue = PartyCue::none;
    }
  // "CVM multa ex-diretores": a name right before a verb that imposes is the one that fines.
  const bool imposers_found = cues != nullptr && cues->others_found;
  const std::vector<PhraseMatch> imposers_here =
      imposers_found ? std::vector<PhraseMatch>{}
                     : lang->phrases.of(PartyPhraseRole::imposers).find_all(text, cues ? cues->openings : nullptr);
  const std::vector<PhraseMatch>& imposers = imposers_found ? cues->imposers : imposers_here;
  for (const PhraseMatch& verb : imposers) {
    auto it = std::lower_bound(names.begin(), names.end(), verb.span.begin,
                               [](const PartyMention& n, std::size_t pos) { return n.span.end <= pos; });
    if (it == names.begin()) continue;
    --it;
    // A verb with its object ("fined the") overrides the passive its first word may be
    // ("Acme fined £5m"): "Judge Alison Pryce fined the company £2.4m".
    const bool with_object = it->cue == PartyCue::after &&
                             text.substr(verb.span.begin, verb.span.size()).find(' ') != std::string_view::npos;
    if (verb.span.begin == it->span.end + 1 && text[it->span.end] == ' ' && (it->cue == PartyCue::none || with_object)) {
      it->imposer = true;
      it->cue = PartyCue::none;
    }
  }
  // "the Central Bank fined Mr Conor Whelan, the firm's former officer, €45,500": a verb that is
  // a headline's passive and an active verb alike ("fined") is active before a name, maybe after
  // a title: the name before it is the one that fines.
  for (const PhraseMatch& verb : after) {
    // The cue lists are in text order: one search finds the same phrase among the other.
    const auto same = std::lower_bound(before.begin(), before.end(), verb.span.begin,
                                       [](const PhraseMatch& b, std::size_t pos) { return b.span.begin < pos; });
    const bool active_too = same != before.end() && same->span == verb.span;
    if (!active_too || verb.span.begin == 0) continue;
    auto next = std::lower_bound(names.begin(), names.end(), verb.span.end,
                                 [](const PartyMention& n, std::size_t pos) { return n.span.begin < pos; });
    if (next == names.end() || next->description) continue;
    std::string_view gap = text.substr(verb.span.end, next->span.begin - verb.span.end);
    constexpr std::size_t kMaxTitle = 4;  // "Mr", "Mrs.", "Dr"
    if (const std::size_t title = gap.find(' ', 1); title != std::string_view::npos && title <= kMaxTitle + 1 &&
        gap.size() > 1 && gap[1] >= 'A' && gap[1] <= 'Z' && title + 1 == gap.size())
      gap = " ";
    if (gap != " ") continue;
    auto subject = std::lower_bound(names.begin(), names.end(), verb.span.begin - 1,
                                    [](const PartyMention& n, std::size_t pos) { return n.span.end < pos; });
    if (subject == names.end() || subject->span.end + 1 != verb.span.begin || text[subject->span.end] != ' ' ||
        subject->cue != PartyCue::after)
      continue;
    subject->imposer = true;
    subject->cue = PartyCue::none;
  }
  add_descriptions(text, *lang, before, taken, names);
  // "Danske Banks bøde": a name with a genitive ending is the name without it when the text
  // also names it so (after the cues, which stand next to the name as written).
  for (PartyMention& m : names)
    for (std::string_view ending : lang->genitives) {
      const std::string_view name = text.substr(m.span.begin, m.span.size());
      if (name.size() <= ending.size() + 1 || !name.ends_with(ending)) continue;
      const std::string_view stem = name.substr(0, name.size() - ending.size());
      const bool named = std::any_of(names.begin(), names.end(), [&](const PartyMention& other) {
        return text.substr(other.span.begin, other.span.size()) == stem;
      });
      if (!named) continue;
      m.span.end -= ending.size();
      break;
    }
  // "määräsi Kotiväline Oy:lle sakon", "Korhoselle": a name in the receiver's case is the party
  // the amount after it goes to, as if a cue followed it.
  for (PartyMention& n : names) {
    const std::string_view name = text.substr(n.span.begin, n.span.size());
    for (std::string_view ending : lang->recipient_endings) {
      const std::size_t end = n.span.end + 1 + ending.size();
      const bool after_colon = end <= text.size() && text[n.span.end] == ':' &&
                               text.substr(n.span.end + 1, ending.size()) == ending &&
                               (end == text.size() || !is_letter_or_digit(static_cast<unsigned char>(text[end])));
      // Glued, the ending also ends common nouns that open a sentence ("Verkkokaupalle"):
      // only a name inside a sentence counts.
      const bool glued = name.size() > ending.size() + 2 && name.ends_with(ending) && !opens_sentence(text, n.span.begin);
      if (after_colon || glued) n.cue = PartyCue::after;
    }
  }
  join_owned_names(text, lang->owner_marks, names);
  return names;
}

std::vector<Span> PartyRecognizer::company_references(std::string_view text, std::string_view language,
                                                      const WordOpenings* openings) const {
  std::vector<Span> out;
  const auto lang = languages_.find(language);
  if (lang == languages_.end()) return out;
  for (const PhraseMatch& cue : lang->second.phrases.of(PartyPhraseRole::references).find_all(text, openings))
    out.push_back(cue.span);
  return out;
}

std::vector<Span> PartyRecognizer::company_references(std::string_view text, std::string_view language,
                                                      const PartyCues& cues) const {
  if (!cues.others_found) return company_references(text, language, cues.openings);
  std::vector<Span> out;
  out.reserve(cues.references.size());
  for (const PhraseMatch& cue : cues.references) out.push_back(cue.span);
  return out;
}

std::vector<PartyMention> PartyRecognizer::cued_pronouns(std::string_view text,
                                                         std::string_view language) const {
  return cued_pronouns(text, language, cues(text, language));
}

std::vector<PartyMention> PartyRecognizer::cued_pronouns(std::string_view text, std::string_view language,
                                                         const PartyCues& cues) const {
  std::vector<PartyMention> out;
  const auto lang = languages_.find(language);
  if (lang == languages_.end()) return out;
  const std::vector<PhraseMatch> pronouns_here =
      cues.others_found ? std::vector<PhraseMatch>{}
                        : lang->second.phrases.of(PartyPhraseRole::pronouns).find_all(text, cues.openings);
  const std::vector<PhraseMatch>& pronouns = cues.others_found ? cues.pronouns : pronouns_here;
  if (pronouns.empty()) return out;
  // Only spaces between: "fined him", "He was fined", and the clitic before its verb
  // ("mu uložil", "gli ha inflitto").
  auto next_to = [&](std::size_t from, std::size_t to) {
    return from <= to && to - from <= 2 && text.substr(from, to - from).find_first_not_of(' ') == std::string_view::npos;
  };
  const std::vector<PhraseMatch>& before = cues.before;
  const std::vector<PhraseMatch>& after = cues.after;
  // "He admitted the offence and was fined": the subject of the clause the cue ends, with no
  // mark of another clause between and no name.
  constexpr std::size_t kMaxClause = 100;  // bytes
  auto same_clause = [&](std::size_t from, std::size_t to) {
    if (from > to || to - from > kMaxClause) return false;
    const std::string_view between = text.substr(from, to - from);
    if (between.find_first_of(".,;:!?()\"\n") != std::string_view::npos) return false;
    for (std::size_t at = 1, length = 0; at < between.size(); ++at)
      if (between[at - 1] == ' ' && is_upper(code_point_at(between, at, length))) return false;
    return true;
  };
  for (const PhraseMatch& p : pronouns) {
    PartyMention m;
    m.span = p.span;
    m.person = lang->second.pronouns_are_persons && p.category != kCompanyPronoun;
    // Only the cues that start near the pronoun, found by position: a long text holds many.
    auto near = [&](const std::vector<PhraseMatch>& cues, std::size_t from, std::size_t to) {
      auto first = std::lower_bound(cues.begin(), cues.end(), from,
                                    [](const PhraseMatch& c, std::size_t pos) { return c.span.begin < pos; });
      auto last = first;
      while (last != cues.end() && last->span.begin <= to) ++last;
      return std::span<const PhraseMatch>(first, last);
    };
    constexpr std::size_t kLongestCue = 128;  // bytes: a cue that ends next to the pronoun starts after this
    const std::size_t from = p.span.begin > kLongestCue + 2 ? p.span.begin - kLongestCue - 2 : 0;
    if (p.category != kSubjectPronoun) {
      for (const PhraseMatch& cue : near(before, from, p.span.end + 2))
        if (next_to(cue.span.end, p.span.begin) || next_to(p.span.end, cue.span.begin)) m.cue = PartyCue::before;
      // "Komise mu kromě zákazu činnosti na tři zápasy uložila pokutu": a clitic in second
      // place stands before its verb with words of the clause between.
      constexpr std::size_t kMaxCliticGap = 60;  // bytes
      for (const PhraseMatch& cue : near(before, p.span.end, p.span.end + kMaxCliticGap))
        if (m.cue == PartyCue::none && same_clause(p.span.end, cue.span.begin)) m.cue = PartyCue::before;
    }
    for (const PhraseMatch& cue : near(after, p.span.end, p.span.end + kMaxClause))
      if (m.cue == PartyCue::none && same_clause(p.span.end, cue.span.begin)) m.cue = PartyCue::after;
    if (m.cue != PartyCue::none) out.push_back(m);
  }
  return out;
}

bool PartyRecognizer::declined_form(std::string_view word, std::string_view base,
                                    std::string_view language) const {
  const auto lang = languages_.find(language);
  if (lang == languages_.end() || word.size() <= base.size() || word.substr(0, base.size()) != base) return false;
  const std::string_view ending = word.substr(base.size());
  const auto& endings = lang->second.case_endings;
  return std::find(endings.begin(), endings.end(), ending) != endings.end();
}

bool PartyRecognizer::opens_relative_clause(std::string_view text, std::string_view language) const {
  const auto lang = languages_.find(language);
  if (lang == languages_.end()) return false;
  // "die Augusta Gastro GmbH": a relative that is also an article, before a capital, names.
  const auto& relatives = lang->second.relatives;
  return std::any_of(relatives.begin(), relatives.end(), [&](std::string_view r) {
    std::size_t len = 0;
    return text.size() > r.size() + 1 && text.starts_with(r) && text[r.size()] == ' ' &&
           !is_upper(code_point_at(text, r.size() + 1, len));
  });
}

bool PartyRecognizer::written_as_place(std::string_view text, std::string_view name,
                                       std::string_view language) const {
  const auto lang = languages_.find(language);
  if (lang == languages_.end() || name.empty()) return false;
  for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    if (at < 2 || text[at - 1] != ' ') continue;
    const std::size_t space = text.rfind(' ', at - 2);
    const std::size_t begin = space == std::string_view::npos ? 0 : space + 1;
    if (lang->second.place_words.count(ascii_lower(text.substr(begin, at - 1 - begin))) > 0) return true;
  }
  return false;
}

bool PartyRecognizer::is_relative_pronoun(std::string_view word, std::string_view language) const {
  const auto lang = languages_.find(language);
  if (lang == languages_.end()) return false;
  const auto& relatives = lang->second.relatives;
  const std::string folded = fold_case(word);
  return std::any_of(relatives.begin(), relatives.end(), [&](std::string_view r) { return folded == r; });
}

}  // namespace finex
