// What a language knows about parties beyond the cues around them: the words that are never a
// party (laws, common nouns, months, currencies...) and parties named by a count and a noun
// ("seis constructoras").
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "data/data_files.h"
#include "entities/party_letters.h"
#include "entities/party_recognizer.h"
#include "text/case_fold.h"
#include "text/code_points.h"

namespace finex {
namespace {

using party_letters::is_letter_or_digit;

// The lines of `file` whose first column is a word or phrase, not a pattern with '*' (a party
// is compared as a whole name).
template <typename Add>
void first_columns(std::string_view file, Add add) {
  data::for_each_line(file, [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    if (fields.empty() || fields[0].find('*') != std::string_view::npos) return;
    add(fields);
  });
}

}  // namespace

// What a language already knows to be no party: its months, weekdays, year words and date cues,
// fine words, currencies (names and codes), number words, countries and nationalities, and the laws and
// common nouns of party_non_names.tsv; and the counts, function words and units of time that
// delimit a description.
void PartyRecognizer::read_vocabulary(const LanguagePacks& packs, const std::string& lang, Language& language) {
  auto add = [&](std::string_view word) { language.non_names.insert(fold_case(word)); };
  first_columns(packs.file(lang, "authority_countries.tsv"),
                [&](const auto& fields) { language.countries.insert(fold_case(fields[0])); });
  for (const char* file : {"date_months.tsv", "date_weekdays.tsv", "money_number_words.tsv",
                           "authority_nationalities.tsv"})
    first_columns(packs.file(lang, file), [&](const auto& fields) {
      // "may" of English months is also a name: a month the file marks ambiguous stays one.
      if (fields.size() > 2 && fields[2].find("ambiguous") != std::string_view::npos) return;
      add(fields[0]);
    });
  // "Im vergangenen Sommer": a season, capitalised where nouns are, is no name.
  data::for_each_line(packs.file(lang, "date_seasons.tsv"), [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    if (fields.size() >= 2 && fields[0] == "season") add(fields[1]);
  });
  // "Vuonna 2023 ...": a noun that names a year opens a sentence with a capital and is no name;
  // nor is a one-word cue before a date ("Fin 2021, la CNIL avait ...", "Ende 2021").
  data::for_each_line(packs.file(lang, "date_grammar.tsv"), [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    if (fields.size() < 2) return;
    if (fields[0] == "year_word") add(fields[1]);
    if (fields[0] == "cue" && fields[1].find_first_of(" -'") == std::string_view::npos &&
        fields[1].find("\u2019") == std::string_view::npos)
      add(fields[1]);
  });
  // «Καμπάνα» 1,1 εκατ.: a fine word, written whole, names the fine, not whom it hit.
  data::for_each_line(packs.file(lang, "fine_cues.tsv"), [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    if (fields.size() < 2 || (fields[0] != "trigger" && fields[0] != "periodic" && fields[0] != "plural_fine")) return;
    if (fields[1].find_first_of(" *-'") == std::string_view::npos) add(fields[1]);
  });
  first_columns(packs.file(lang, "money_currencies.tsv"), [&](const auto& fields) {
    add(fields[0]);
    if (fields.size() > 1) add(fields[1]);
  });
  first_columns(packs.shared_file("money_symbols.tsv"), [&](const auto& fields) {
    if (fields.size() > 1) add(fields[1]);
  });
  data::for_each_line(packs.file(lang, "money_number_words.tsv"), [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    if (fields.size() < 2 || fields[0].find(' ') != std::string_view::npos) return;
    if (fields.size() > 2 && fields[2] != "unit") return;
    const double value = std::atof(std::string(fields[1]).c_str());
    if (value >= 2 && value < 1000) language.counts.insert(fold_case(fields[0]));
  });
  data::for_each_line(packs.file(lang, "stopwords.txt"),
                      [&](std::string_view line) { language.function_words.insert(fold_case(line)); });
  data::for_each_line(packs.file(lang, "date_relative.tsv"), [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    if (fields.size() >= 2 && fields[0] == "unit") language.time_units.insert(fold_case(fields[1]));
  });
  language.inflections.emplace_back();  // the word as written
  data::for_each_line(packs.file(lang, "party_non_names.tsv"), [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    if (fields.size() != 2) return;  // the schema check names the line
    if (fields[0] == "noun") language.nouns.insert(fold_case(fields[1]));
    else if (fields[0] == "inflection") language.inflections.emplace_back(fields[1]);
    else if (fields[0] == "body") language.non_party_openers.insert(fold_case(fields[1]));
    else if (fields[0] == "venue") language.venue_words.insert(fold_case(fields[1]));
    else if (fields[0] == "law_ending") language.law_endings.insert(fold_case(fields[1]));
    else if (fields[0] == "road") language.road_words.emplace_back(fields[1]);
    else if (fields[0] == "street_ending") language.street_endings.emplace_back(fields[1]);
    else if (fields[0] == "place_infix") language.place_infixes.emplace_back(fields[1]);
    else if (fields[0] == "byline") language.bylines.emplace_back(fields[1]);
    else if (fields[0] == "law_word") {
      language.non_party_openers.insert(fold_case(fields[1]));
      language.law_openers.insert(fold_case(fields[1]));
    } else add(fields[1]);
  });
}

void PartyRecognizer::add_descriptions(std::string_view text, const Language& language,
                                       const std::vector<PhraseMatch>& cues, const std::vector<Span>& taken,
                                       std::vector<PartyMention>& names) const {
  // A word: letters, digits and inner hyphens ("Lkw-Hersteller"), as it stands at `pos`.
  auto word_at = [&](std::size_t pos) {
    std::size_t end = pos, len = 0;
    while (end < text.size()) {
      const auto c = code_point_at(text, end, len);
      if (is_letter_or_digit(c) || (c == '-' && end > pos && end + 1 < text.size() && text[end + 1] != ' ')) end += len;
      else break;
    }
    return Span{pos, end};
  };
  auto overlaps = [](const std::vector<Span>& spans, Span s) {
    return std::any_of(spans.begin(), spans.end(), [&](Span t) { return t.begin < s.end && s.begin < t.end; });
  };
  std::vector<PartyMention> found;
  // The count's fold and that of each word after it, each word folded once into a buffer reused
  // for all cues.
  std::string folded_count, folded_word;
  for (const PhraseMatch& cue : cues) {
    std::size_t pos = cue.span.end;
    if (pos >= text.size() || text[pos] != ' ') continue;
    Span w = word_at(++pos);
    if (w.size() == 0) continue;
    std::string_view count = fold_case(text.substr(w.begin, w.size()), folded_count);
    // "gegen einen Kärntner Baukonzern", "aan een ander bedrijf": an indefinite article counts one.
    const bool one = language.singular_articles.count(count) > 0;
    // "para las 15 empresas": one article may stand before the count.
    if (!one && language.counts.count(count) == 0 &&
        !std::all_of(text.begin() + static_cast<std::ptrdiff_t>(w.begin), text.begin() + static_cast<std::ptrdiff_t>(w.end),
                     [](char c) { return c >= '0' && c <= '9'; })) {
      if (language.function_words.count(count) == 0 || w.end >= text.size() || text[w.end] != ' ') continue;
      w = word_at(w.end + 1);
      if (w.size() == 0) continue;
      count = fold_case(text.substr(w.begin, w.size()), folded_count);
    }
    const bool digits = std::all_of(count.begin(), count.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!one && !(digits && count.size() <= 3 && count != "0" && count != "1") && language.counts.count(count) == 0) continue;
    if (overlaps(taken, w)) continue;
    // Up to the noun that describes parties, two words on at most: "vier verantwortliche
    // Manager", "cinco aerolíneas" (de bajo coste), "three water firms"; not "für zwei Spiele".
    auto party_noun = [&](std::string_view word) {
      for (const std::string& noun : language.description_nouns)
        if (word.ends_with(noun)) return true;  // "Lkw-Hersteller", "truckmakers"
      return false;
    };
    Span description{w.begin, w.end};
    bool described = false;
    for (std::size_t at = w.end, words = 0; !described && words < 3 && at < text.size() && text[at] == ' '; ++words) {
      const Span next = word_at(at + 1);
      if (next.size() == 0) break;
      const std::string_view folded = fold_case(text.substr(next.begin, next.size()), folded_word);
      described = party_noun(folded);
      if (!described && (language.function_words.count(folded) > 0 || language.time_units.count(folded) > 0 ||
                         std::isdigit(static_cast<unsigned char>(text[next.begin]))))
        break;
      description.end = next.end;
      at = next.end;
    }
    // "vier Verantwortliche", "vier verantwortliche Manager": a second party noun goes with it.
    if (described && description.end < text.size() && text[description.end] == ' ') {
      const Span next = word_at(description.end + 1);
      if (next.size() > 0 && party_noun(fold_case(text.substr(next.begin, next.size()), folded_word))) description.end = next.end;
    }
    if (!described || overlaps(taken, description)) continue;
    PartyMention m;
    m.span = description;
    m.cue = PartyCue::before;
    m.description = true;
    found.push_back(m);
  }
  // A name already there wins: "a cinco aerolíneas" is no name, but a count may open one; a
  // name inside the description only says what kind or where ("a Lisbon hospital").
  for (const PartyMention& m : found) {
    auto inside = [&](const PartyMention& n) { return m.span.begin <= n.span.begin && n.span.end < m.span.end; };
    const bool named = std::any_of(names.begin(), names.end(), [&](const PartyMention& n) {
      return n.span.begin < m.span.end && m.span.begin < n.span.end && !inside(n);
    });
    if (named) continue;
    names.erase(std::remove_if(names.begin(), names.end(), inside), names.end());
    names.push_back(m);
  }
  std::sort(names.begin(), names.end(),
            [](const PartyMention& a, const PartyMention& b) { return a.span.begin < b.span.begin; });
}

}  // namespace finex
