#include "fines/fine_lexicon.h"

#include <algorithm>
#include <array>

#include "data/data_files.h"

namespace finex {
namespace {

constexpr std::array<std::pair<std::string_view, CueKind>, 51> kCategories = {{
    {"trigger", CueKind::trigger},
    {"periodic", CueKind::periodic},
    {"rate", CueKind::rate},
    {"proposed", CueKind::proposed},
    {"cap", CueKind::cap},
    {"not_fine", CueKind::not_fine},
    {"aggregate", CueKind::aggregate},
    {"respectively", CueKind::respectively},
    {"count", CueKind::count},
    {"each", CueKind::each},
    {"decision", CueKind::decision},
    {"deadline", CueKind::deadline},
    {"deadline_after", CueKind::deadline_after},
    {"topic_data_protection", CueKind::topic_data_protection},
    {"topic_competition", CueKind::topic_competition},
    {"topic_financial", CueKind::topic_financial},
    {"follow_up", CueKind::follow_up},
    {"unit_trigger", CueKind::unit_trigger},
    {"approximate", CueKind::approximate},
    {"negation", CueKind::negation},
    {"hypothesis", CueKind::hypothesis},
    {"total", CueKind::total},
    {"change", CueKind::change},
    {"announcement", CueKind::announcement},
    {"unit_price", CueKind::unit_price},
    {"restates", CueKind::restates},
    {"equivalent", CueKind::equivalent},
    {"difference", CueKind::difference},
    {"part", CueKind::part},
    {"part_after", CueKind::part_after},
    {"suspended", CueKind::suspended},
    {"payment", CueKind::payment},
    {"appeal", CueKind::appeal},
    {"appeal_after", CueKind::appeal_after},
    {"offence", CueKind::offence},
    {"period", CueKind::period},
    {"record", CueKind::record},
    {"job_title", CueKind::job_title},
    {"offence_name", CueKind::offence_name},
    {"reporter", CueKind::reporter},
    {"contrast", CueKind::contrast},
    {"plain", CueKind::plain},
    {"agent", CueKind::agent},
    {"reporter_after", CueKind::reporter_after},
    {"asks_for", CueKind::asks_for},
    {"victim", CueKind::victim},
    {"venue", CueKind::venue},
    {"relative", CueKind::relative},
    {"since", CueKind::since},
    {"law", CueKind::law},
    {"maximum", CueKind::maximum},
}};

// A phrase's category in the tries: at one position the longest phrase wins and, of two as long,
// the lower category. An offence's name comes first, so that "Steuerhinterziehung" is read whole
// rather than as "steuer*", a word of other money that matches as far.
int trie_category(CueKind kind) {
  return kind == CueKind::offence_name ? 0 : static_cast<int>(kind) + 1;
}
CueKind kind_of(int trie_category) {
  return trie_category == 0 ? CueKind::offence_name : static_cast<CueKind>(trie_category - 1);
}

}  // namespace

FineLexicon::FineLexicon(const std::vector<std::string>& languages, const LanguagePacks& packs) {
  for (const std::string& lang : packs.providing(Capability::fines, languages)) {
    std::vector<std::pair<int, std::string>> phrases, plurals;
    const std::string path = lang + "/fine_cues.tsv";
    data::for_each_line(packs.file(lang, "fine_cues.tsv"), [&](std::string_view line) {
      const auto fields = data::split_tabs(line);
      if (fields.size() != 2) {
        error_ = path + ": expected category<TAB>phrase: " + std::string(line);
        return;
      }
      if (fields[0] == "and") {
        conjunctions_[lang].push_back(spaced(fields[1]));
        return;
      }
      if (fields[0] == "item_joint") {
        item_joints_[lang].emplace_back(fields[1]);
        return;
      }
      if (fields[0] == "receiver") {
        receivers_[lang].emplace_back(fields[1]);
        return;
      }
      if (fields[0] == "plural_fine") {
        plurals.emplace_back(0, std::string(fields[1]));
        return;
      }
      for (const auto& [name, kind] : kCategories)
        if (fields[0] == name) {
          phrases.emplace_back(trie_category(kind), std::string(fields[1]));
          return;
        }
      error_ = path + ": unknown category '" + std::string(fields[0]) + "'";
    });
    if (!error_.empty()) return;
    PhraseMatcher matcher(phrases);
    if (!matcher.ok()) {
      error_ = path + ": " + matcher.error();
      return;
    }
    matchers_.emplace(lang, std::move(matcher));
    if (plurals.empty()) continue;
    PhraseMatcher plural(plurals);
    if (!plural.ok()) {
      error_ = path + ": " + plural.error();
      return;
    }
    plural_fines_.emplace(lang, std::move(plural));
  }
}

std::vector<Cue> FineLexicon::scan(std::string_view text, std::string_view language,
                                   const WordOpenings* openings) const {
  std::vector<Cue> cues;
  const auto it = matchers_.find(language);
  if (it == matchers_.end()) return cues;
  for (const PhraseMatch& m : it->second.find_all(text, openings)) {
    const CueKind kind = kind_of(m.category);
    if (kind == CueKind::plain) continue;  // it only kept the cue inside it from matching
    cues.push_back({m.span, kind});
    if (kind == CueKind::proposed) add_fine_word_inside(it->second, text, m.span, m.span.begin + 1, cues);
    // "80 dagsböter om 400 kronor": the price of one day-fine may open with the fine word.
    if (kind == CueKind::unit_price) add_fine_word_inside(it->second, text, m.span, m.span.begin, cues);
    // "a aplicat luni amenzi în valoare totală de 30.000 de lei firmei X": a total that opens with
    // the fine word ("fines totalling") holds one; the total still blocks its amount unless a
    // party follows (fine_assembler.cpp). A total of the fine's parts ("from the fine's amount")
    // holds none.
    if (kind == CueKind::aggregate) add_fine_word_inside(it->second, text, m.span, m.span.begin, cues, true);
  }
  return cues;
}

// "could be fined", "poate fi amendată", "kan bötfällas": a proposed fine may hold its fine
// word, which the longer phrase took; it is a fine word still, after the proposal.
void FineLexicon::add_fine_word_inside(const PhraseMatcher& matcher, std::string_view text, Span phrase,
                                       std::size_t from, std::vector<Cue>& cues, bool opening_only) {
  for (std::size_t pos = from; pos < (opening_only ? from + 1 : phrase.end); ++pos) {
    if (pos > phrase.begin && text[pos - 1] != ' ') continue;
    std::array<PhraseMatch, 8> found;
    const std::size_t n = matcher.matches_at(text, pos, found);
    for (std::size_t i = n; i-- > 0;) {  // the longest first
      const CueKind kind = kind_of(found[i].category);
      if ((kind == CueKind::trigger || kind == CueKind::periodic || kind == CueKind::unit_trigger) &&
          found[i].span.end <= phrase.end && at_word_end(text, found[i].span.end)) {
        cues.push_back({found[i].span, kind});
        return;
      }
    }
  }
}

bool FineLexicon::is_plural_fine(std::string_view text, Span word, std::string_view language) const {
  const auto it = plural_fines_.find(language);
  if (it == plural_fines_.end()) return false;
  std::array<PhraseMatch, 4> found;
  const std::size_t n = it->second.matches_at(text, word.begin, found);
  return std::any_of(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(n),
                     [&](const PhraseMatch& m) {
                       // "Bussen von": the cue may go on past the noun
                       return m.span.end <= word.end && at_word_end(text, m.span.end);
                     });
}

bool FineLexicon::is_coordination(std::string_view between, std::string_view language) const {
  if (between == ", " || between == " & ") return true;
  const auto it = conjunctions_.find(language);
  if (it == conjunctions_.end()) return false;
  return std::find(it->second.begin(), it->second.end(), between) != it->second.end();
}

std::size_t FineLexicon::coordination_length(std::string_view text, std::string_view language) const {
  const auto it = conjunctions_.find(language);
  if (it == conjunctions_.end()) return 0;
  for (const std::string& c : it->second)
    if (text.starts_with(c)) return c.size();
  return 0;
}

bool FineLexicon::is_item_joint(std::string_view word, std::string_view language) const {
  const auto it = item_joints_.find(language);
  return it != item_joints_.end() && std::find(it->second.begin(), it->second.end(), word) != it->second.end();
}

bool FineLexicon::is_receiver(std::string_view word, std::string_view language) const {
  const auto it = receivers_.find(language);
  return it != receivers_.end() && std::find(it->second.begin(), it->second.end(), word) != it->second.end();
}

Field FineLexicon::topic(const std::vector<Cue>& cues) {
  int data_protection = 0, competition = 0, financial = 0;
  for (const Cue& c : cues) {
    data_protection += c.kind == CueKind::topic_data_protection;
    competition += c.kind == CueKind::topic_competition;
    financial += c.kind == CueKind::topic_financial;
  }
  if (data_protection == 0 && competition == 0 && financial == 0) return Field::unknown;
  if (data_protection >= competition && data_protection >= financial) return Field::data_protection;
  return competition >= financial ? Field::competition : Field::financial;
}

}  // namespace finex
