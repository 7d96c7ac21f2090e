#include "entities/authority_mentions.h"

#include <array>
#include <cstdint>

namespace finex::authority {

namespace {

bool word_ends_at(std::string_view text, std::size_t pos) {
  return pos >= text.size() || !letter_or_digit_at(text, pos);
}

// ASCII letters and digits as a table: the search for word starts asks it of nearly every byte.
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 128; ++c) table[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return table;
}();

bool is_ascii_alnum(char c) { return kAsciiAlnum[static_cast<unsigned char>(c)]; }

// letter_or_digit_at() of every character of two bytes (Latin, Greek, Cyrillic: nearly every
// letter a text has beyond ASCII), as bits made once: the search for word starts asks it of
// each such letter.
const std::array<std::uint64_t, 32>& two_byte_letters_or_digits() {
  static const std::array<std::uint64_t, 32> bits = [] {
    std::array<std::uint64_t, 32> out{};
    for (std::int32_t c = 0x80; c < 0x800; ++c) {
      char encoded[2] = {static_cast<char>(0xC0 | c >> 6), static_cast<char>(0x80 | (c & 0x3F))};
      if (letter_or_digit_at(std::string_view(encoded, 2), 0))
        out[static_cast<std::size_t>(c >> 6)] |= std::uint64_t{1} << (c & 63);
    }
    return out;
  }();
  return bits;
}

bool space_at(std::string_view text, std::size_t pos) { return pos < text.size() && text[pos] == ' '; }

std::string_view slice(std::string_view text, std::size_t begin, std::size_t end) {
  return text.substr(begin, end - begin);
}

bool starts_with_ignoring_case(std::string_view text, std::size_t pos, std::string_view word) {
  if (text.size() - pos < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char a = text[pos + i], b = word[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
    if (a != b) return false;
  }
  return true;
}

}  // namespace

GazetteerTries::GazetteerTries(const Gazetteer& gazetteer) {
  std::vector<std::pair<int, std::string>> any_case_forms, exact_forms;
  std::vector<std::string_view> any_case_views, exact_views;
  for (const std::string& f : gazetteer.forms().any_case_forms()) any_case_forms.emplace_back(0, f), any_case_views.push_back(f);
  for (const std::string& f : gazetteer.forms().exact_forms()) exact_forms.emplace_back(0, f), exact_views.push_back(f);
  prefixes = PhrasePrefixes(any_case_views, exact_views, nullptr);
  any_case = PhraseMatcher(any_case_forms);
  exact = PhraseMatcher(exact_forms, true);
  if (!any_case.ok()) error = any_case.error();
  else if (!exact.ok()) error = exact.error();
}

MentionFinder::MentionFinder(const GazetteerTries& names, const Lexicon& lexicon)
    : lexicon_(lexicon), names_(names) {
  std::vector<std::pair<int, std::string>> opening_any_case, opening_exact, following_any_case, following_exact;
  auto add_table = [&](const auto& table, Category category) {
    const bool opens = category != complement_words;
    for (const std::string& f : table.any_case_forms())
      (opens ? opening_any_case : following_any_case).emplace_back(category, f);
    for (const std::string& f : table.exact_forms())
      (opens ? opening_exact : following_exact).emplace_back(category, f);
  };
  add_table(lexicon.nationalities(), adjective);
  add_table(lexicon.countries(), country_name);
  add_table(lexicon.descriptions(), description);
  add_table(lexicon.complements(), complement_words);
  // "in " is a word and its space; "l'" glues to the country.
  for (std::string word : lexicon.locations()) {
    if (!word.empty() && word.back() == ' ') word.pop_back();
    opening_any_case.emplace_back(location_words, word);
  }
  for (const std::string& word : lexicon.agent_verbs()) following_any_case.emplace_back(verb, word);
  for (const std::string& word : lexicon.of_words()) following_any_case.emplace_back(of_word, word);
  // A location word opens a mention only with a country after it ("in Italy", "l'Italie"), and
  // is common ("in", "i", "na"): the filter holds it with each country, not alone.
  std::vector<std::string> located;
  if (lexicon.writes(MentionOrder::location_country))
    for (const auto& [category, location] : opening_any_case) {
      if (category != location_words) continue;
      const bool glued = location.ends_with('\'') || location.ends_with("\u2019");
      for (const auto* forms : {&lexicon.countries().any_case_forms(), &lexicon.countries().exact_forms()})
        for (const std::string& country : *forms) located.push_back(location + (glued ? "" : " ") + country);
    }
  std::vector<std::string_view> opening(located.begin(), located.end()), opening_as_written;
  for (const auto& [category, phrase] : opening_any_case)
    if (category != location_words) opening.push_back(phrase);
  for (const auto& [category, phrase] : opening_exact) opening_as_written.push_back(phrase);
  opening_prefixes_ = PhrasePrefixes(opening, opening_as_written, &names.prefixes);
  opening_any_case_ = PhraseMatcher(opening_any_case);
  opening_exact_ = PhraseMatcher(opening_exact, true);
  following_any_case_ = PhraseMatcher(following_any_case);
  following_exact_ = PhraseMatcher(following_exact, true);
  for (const PhraseMatcher* m : {&opening_any_case_, &opening_exact_, &following_any_case_, &following_exact_})
    if (error_.empty() && !m->ok()) error_ = m->error();
}

std::size_t MentionFinder::matches_at(std::string_view text, std::size_t pos, Matches& all, Tries tries) const {
  const std::span<PhraseMatch> out(all.buffer.matches);
  // The gazetteer's tries hold forms only (category 0 is `form`); the language's, the rest.
  std::size_t n = 0;
  const auto add = [&](const PhraseMatcher& matcher) { n += matcher.matches_at(text, pos, out.subspan(n, kMaxMatches)); };
  if (tries == Tries::opening || tries == Tries::gazetteer) {
    add(names_.any_case);
    add(names_.exact);
  }
  if (tries == Tries::opening || tries == Tries::opening_words) {
    add(opening_any_case_);
    add(opening_exact_);
  }
  if (tries == Tries::following_words) {
    add(following_any_case_);
    add(following_exact_);
  }
  all.count = n;
  return all.count;
}

// The tries that hold the phrases of `category`.
MentionFinder::Tries MentionFinder::tries_of(Category category) {
  switch (category) {
    case form: return Tries::gazetteer;
    case complement_words: case verb: case of_word: return Tries::following_words;
    default: return Tries::opening_words;
  }
}

template <typename Visit>
void MentionFinder::each(const Matches& all, Category category, Visit visit) const {
  for (std::size_t i = 0; i < all.count; ++i)
    if (all.buffer.matches[i].category == category) visit(all.buffer.matches[i].span.end);
}

template <typename Visit>
void MentionFinder::each(std::string_view text, std::size_t pos, Category category, Visit visit) const {
  Matches all;
  matches_at(text, pos, all, tries_of(category));
  each(all, category, visit);
}

template <typename Visit>
void MentionFinder::each_nationality(std::string_view text, const Matches& all, Visit visit) const {
  each(all, adjective, visit);
  each(all, country_name, [&](std::size_t end) {
    for (const std::string& ending : lexicon_.possessives())  // "Italy's", "Italiens"
      if (text.substr(end, ending.size()) == ending) visit(end + ending.size());
  });
}

template <typename Visit>
void MentionFinder::each_country_of(std::string_view text, std::size_t pos, Visit visit) const {
  if (!space_at(text, pos)) return;
  each(text, pos + 1, of_word, [&](std::size_t of_end) {
    if (space_at(text, of_end)) each(text, of_end + 1, country_name, visit);
  });
}

bool MentionFinder::at(std::string_view text, std::size_t begin, MentionParts& parts) const {
  return opening_prefixes_.may_start(text, begin) && mention_at(text, begin, parts);
}

bool MentionFinder::mention_at(std::string_view text, std::size_t begin, MentionParts& parts) const {
  Matches first;
  if (matches_at(text, begin, first) == 0) return false;
  std::size_t best = begin;
  // Keeps the longest reading; at equal length the first one tried, in the order of the
  // header's list (a nationality or adjective is taken when it can be).
  auto offer = [&](std::size_t end, const MentionParts& candidate) {
    if (end > best && word_ends_at(text, end)) best = end, parts = candidate;
  };
  // Offers `p`, which ends at `end`, with " <a word of `category`>" as `part` after it first.
  auto offer_with_optional = [&](const MentionParts& p, std::size_t end, Category category,
                                 MentionPart part) {
    if (space_at(text, end))
      each(text, end + 1, category, [&](std::size_t word_end) {
        MentionParts q = p;
        q[part] = slice(text, end + 1, word_end);
        offer(word_end, q);
      });
    offer(end, p);
  };
  const auto writes = [&](MentionOrder order) { return lexicon_.writes(order); };
  auto name_with_adjective = [&](MentionParts p, std::size_t from, const Matches& names) {
    each(names, form, [&](std::size_t name_end) {
      p[name] = slice(text, from, name_end);
      if (writes(MentionOrder::name_adjective)) offer_with_optional(p, name_end, adjective, name_nationality_after);
      else offer(name_end, p);
      if (p[name_nationality_before].data() == nullptr && writes(MentionOrder::name_of_country))
        each_country_of(text, name_end, [&](std::size_t country_end) {
          MentionParts q = p;
          q[name_nationality_after] = slice(text, name_end + 1, country_end);
          offer(country_end, q);
        });
    });
  };
  each_nationality(text, first, [&](std::size_t nationality_end) {
    if (!space_at(text, nationality_end)) return;
    Matches after;
    matches_at(text, nationality_end + 1, after);
    MentionParts p{};
    p[name_nationality_before] = slice(text, begin, nationality_end);
    if (writes(MentionOrder::nationality_name)) name_with_adjective(p, nationality_end + 1, after);
    each(after, description, [&](std::size_t end) {
      if (!writes(MentionOrder::nationality_description)) return;
      MentionParts q{};
      q[nationality_before] = p[name_nationality_before];
      q[description_after] = slice(text, nationality_end + 1, end);
      offer(end, q);
    });
  });
  name_with_adjective(MentionParts{}, begin, first);
  each(first, description, [&](std::size_t description_end) {
    each_country_of(text, description_end, [&](std::size_t country_end) {
      if (!writes(MentionOrder::description_of_country)) return;
      MentionParts p{};
      p[description_before] = slice(text, begin, description_end);
      p[nationality_after] = slice(text, description_end + 1, country_end);
      offer(country_end, p);
    });
    if (!space_at(text, description_end) || !writes(MentionOrder::description_adjective)) return;
    each(text, description_end + 1, adjective, [&](std::size_t adjective_end) {
      MentionParts p{};
      p[description_before] = slice(text, begin, description_end);
      p[nationality_after] = slice(text, description_end + 1, adjective_end);
      offer_with_optional(p, adjective_end, complement_words, complement);
    });
  });
  each(first, location_words, [&](std::size_t location_end) {
    if (!writes(MentionOrder::location_country)) return;
    const std::string_view location_text = slice(text, begin, location_end);
    const bool glued = location_text.ends_with('\'') || location_text.ends_with("\u2019");
    if (!glued && !space_at(text, location_end)) return;
    const std::size_t country_begin = glued ? location_end : location_end + 1;
    each(text, country_begin, country_name, [&](std::size_t end) {
      MentionParts p{};
      p[location] = location_text;
      p[country] = slice(text, country_begin, end);
      offer(end, p);
    });
  });
  each(first, country_name, [&](std::size_t country_end) {
    if (!space_at(text, country_end) || !writes(MentionOrder::country_verb)) return;
    each(text, country_end + 1, verb, [&](std::size_t end) {
      MentionParts p{};
      p[acting_country] = slice(text, begin, country_end);
      offer(end, p);
    });
  });
  return best > begin;
}

bool MentionFinder::next(std::string_view text, std::size_t from, MentionParts& parts) const {
  // A mention opens a word: at the very start, or after a character that is no letter or
  // digit, which lies at or after `from`.
  if (from == 0 && !text.empty() && at(text, 0, parts)) return true;
  bool after_word = true;
  const auto& two_byte_letters = two_byte_letters_or_digits();
  for (std::size_t pos = from; pos < text.size();) {
    std::size_t length = 1;
    const auto byte = static_cast<unsigned char>(text[pos]);
    bool word = is_ascii_alnum(text[pos]);
    if (byte >= 0x80) {
      while (pos + length < text.size() && (static_cast<unsigned char>(text[pos + length]) & 0xC0) == 0x80)
        ++length;
      // A well-formed character of two bytes is read here, any other by letter_or_digit_at().
      if (byte >= 0xC2 && byte <= 0xDF && length >= 2) {
        const auto c = static_cast<std::size_t>((byte & 0x1Fu) << 6 | (static_cast<unsigned char>(text[pos + 1]) & 0x3Fu));
        word = (two_byte_letters[c >> 6] >> (c & 63) & 1) != 0;
      } else {
        word = letter_or_digit_at(text, pos);
      }
    }
    if (word && !after_word && pos > from && opening_prefixes_.may_start(text, pos) && mention_at(text, pos, parts))
      return true;
    after_word = word;
    pos += length;
    if (word)  // the rest of the word opens nothing
      while (pos < text.size() && is_ascii_alnum(text[pos])) ++pos;
  }
  return false;
}

std::string_view MentionFinder::continuation(std::string_view text, std::size_t pos) const {
  std::string_view found;
  for (const std::string& word : lexicon_.conjunctions()) {
    // ", " or " and ".
    std::size_t begin = pos;
    if (word == ",") {
      if (text.substr(pos, 2) != ", ") continue;
      begin += 2;
    } else {
      if (!space_at(text, pos) || !starts_with_ignoring_case(text, pos + 1, word) ||
          !space_at(text, pos + 1 + word.size()))
        continue;
      begin += word.size() + 2;
    }
    each(text, begin, country_name, [&](std::size_t end) {
      if (word_ends_at(text, end) && end - begin > found.size()) found = slice(text, begin, end);
    });
  }
  return found;
}

}  // namespace finex::authority
