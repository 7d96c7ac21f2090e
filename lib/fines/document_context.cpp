#include "fines/document_context.h"

#include "fines/assembly_policy.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include <utf8proc.h>

#include "text/case_fold.h"
#include "text/code_points.h"
#include "text/word_forms.h"

namespace finex {
namespace {

// The items of a vector sorted by position whose span starts inside `s`.
template <typename T, typename SpanOf>
std::span<const T> within(const std::vector<T>& items, Span s, SpanOf span_of) {
  auto first = std::lower_bound(items.begin(), items.end(), s.begin,
                                [&](const T& x, std::size_t pos) { return span_of(x).begin < pos; });
  auto last = std::lower_bound(first, items.end(), s.end,
                               [&](const T& x, std::size_t pos) { return span_of(x).begin < pos; });
  return {first, last};
}

// Where `mark` (" > ", " › ", " | ", " / ": a sign between spaces) next occurs in `text` at or after `from`,
// or npos. Looked for by the byte before its closing space, which prose seldom holds, not by
// its opening space, which follows nearly every word.
std::size_t find_mark(std::string_view text, std::string_view mark, std::size_t from) {
  const std::size_t key = mark.size() - 2;
  for (std::size_t i = from + key; i < text.size(); ++i) {
    const void* hit = std::memchr(text.data() + i, mark[key], text.size() - i);
    if (hit == nullptr) break;
    i = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
    if (text.compare(i - key, mark.size(), mark) == 0) return i - key;
  }
  return std::string_view::npos;
}

}  // namespace

DocumentContext::DocumentContext(const DocumentAnalysis& d, const FineLexicon& lexicon,
                                 const PartyRecognizer& party_recognizer)
    : doc(d),
      lexicon(lexicon),
      cues(d.cues),
      parties(d.parties),
      company_references(d.company_references),
      party_recognizer_(party_recognizer),
      own_words_(d.words ? std::nullopt : std::optional<WordStarts>(std::in_place, d.text)),
      words_(d.words ? *d.words : *own_words_) {
  triggers = static_cast<std::size_t>(std::count_if(cues.begin(), cues.end(), [](const Cue& c) {
    return c.kind == CueKind::trigger || c.kind == CueKind::unit_trigger;
  }));
  collect_authority_names();
  choose_main_party();
  choose_main_authority();
}

std::size_t DocumentContext::sentence_of(std::size_t pos) const {
  const auto& s = doc.sentences;
  auto it = std::upper_bound(s.begin(), s.end(), pos,
                             [](std::size_t p, const Span& x) { return p < x.begin; });
  return it == s.begin() ? 0 : static_cast<std::size_t>(it - s.begin() - 1);
}

std::span<const Cue> DocumentContext::cues_in(Span s) const {
  return within(cues, s, [](const Cue& c) { return c.span; });
}
std::span<const PartyMention> DocumentContext::parties_in(Span s) const {
  return within(parties, s, [](const PartyMention& p) { return p.span; });
}
std::span<const AuthorityMention> DocumentContext::authorities_in(Span s) const {
  return within(doc.authorities, s, [](const AuthorityMention& a) { return a.span; });
}
std::span<const DateMention> DocumentContext::dates_in(Span s) const {
  return within(doc.dates, s, [](const DateMention& d) { return d.span; });
}
std::span<const MoneyMention> DocumentContext::money_in(Span s) const {
  return within(doc.money, s, [](const MoneyMention& m) { return m.span; });
}

bool DocumentContext::inside_date(std::size_t pos) const {
  for (const DateMention& d : doc.dates)
    if (d.span.begin <= pos && pos < d.span.end) return true;
  return false;
}

bool DocumentContext::appeal_venue(const AuthorityMention& a) const {
  const Span around{words_.reach_before(a.span.begin, kAssemblyPolicy.max_appeal_gap + 3),
                    words_.reach_after(a.span.end, kAssemblyPolicy.max_appeal_after_gap + 1)};
  for (const Cue& c : cues_in(around)) {
    if (c.kind == CueKind::appeal && c.span.end <= a.span.begin &&
        word_gap(c.span, a.span) <= kAssemblyPolicy.max_appeal_gap)
      return true;
    if (c.kind == CueKind::appeal_after && c.span.begin >= a.span.end &&
        word_gap(a.span, c.span) <= kAssemblyPolicy.max_appeal_after_gap)
      return true;
  }
  // "devant la commission d'appel de la Fédération française de football (FFF)": an acronym in
  // brackets right after a body names that body, where the appeal goes as well.
  if (a.span.begin >= 2 && doc.text.substr(a.span.begin - 2, 2) == " (") {
    const auto before = authorities_in({0, a.span.begin});
    if (!before.empty() && before.back().span.end + 2 == a.span.begin) return appeal_venue(before.back());
  }
  return false;
}

bool DocumentContext::reported_case(const AuthorityMention& a) const {
  const Span after{a.span.end, words_.reach_after(a.span.end, kAssemblyPolicy.max_reporter_after_gap + 1)};
  for (const Cue& c : cues_in(after))
    if (c.kind == CueKind::reporter_after && word_gap(a.span, c.span) <= kAssemblyPolicy.max_reporter_after_gap)
      return true;
  return false;
}

bool DocumentContext::uninvolved(Span s) const {
  constexpr std::size_t kReach = 5;  // the longest cue ("a danno dell'") and one word after it
  const Span before{words_.reach_before(s.begin, kReach), s.begin};
  for (const Cue& c : cues_in(before))
    if ((c.kind == CueKind::victim || c.kind == CueKind::venue) && c.span.end <= s.begin && word_gap(c.span, s) <= 1)
      return true;
  return false;
}

bool DocumentContext::inside_closed_relative(Span name, Span money) const {
  if (name.end > money.begin) return false;
  const Span sentence = doc.sentences.empty() ? Span{0, doc.text.size()} : doc.sentences[sentence_of(name.begin)];
  const std::string_view before = text_of({sentence.begin, name.begin});
  const std::size_t comma = before.rfind(", ");
  if (comma == std::string_view::npos || before.find_first_of(";()", comma) != std::string_view::npos ||
      !party_recognizer_.opens_relative_clause(before.substr(comma + 2), doc.language))
    return false;
  // "snížil pokutu, kterou úřad uložil firmě X, z 8 na 5,5 milionu": a clause that says whom the
  // fine word before it was imposed on names the party of that fine.
  const std::size_t clause_begin = sentence.begin + comma;
  for (const Cue& c : cues_in(sentence))
    if ((c.kind == CueKind::trigger || c.kind == CueKind::periodic) && c.span.end == clause_begin) return false;
  return text_of({name.end, money.begin}).find(',') != std::string_view::npos;
}

const Cue* DocumentContext::fine_word_of_relative(Span name, Span sentence) const {
  // The relative pronoun and an article at most: "die de NVWA", "som Finansinspektionen".
  constexpr std::size_t kMaxWordsBetween = 2;
  for (const Cue& c : cues_in(sentence)) {
    if ((c.kind != CueKind::trigger && c.kind != CueKind::periodic) || c.span.end > name.begin) continue;
    std::string_view between = text_of({c.span.end, name.begin});
    const std::size_t first = between.find_first_not_of(", ");
    if (first == std::string_view::npos) continue;
    between.remove_prefix(first);
    const std::size_t space = between.find(' ');
    if (space != std::string_view::npos && words_.between(c.span.end, name.begin) <= kMaxWordsBetween &&
        party_recognizer_.is_relative_pronoun(between.substr(0, space), doc.language))
      return &c;
  }
  return nullptr;
}

bool DocumentContext::has_cued_party_near(Span span) const {
  // "ein Unternehmen", not "vier Hersteller" nor "15 empresas".
  auto counts_one = [&](Span s) {
    const std::string_view t = text_of(s);
    return !has_cue(s, CueKind::count) && std::none_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const std::size_t near = kAssemblyPolicy.cued_party_near_count;
  const Span around{words_.reach_before(span.begin, near), words_.reach_after(span.end, near)};
  for (const PartyMention& p : parties_in(around))
    if (p.cue != PartyCue::none && (!p.description || counts_one(p.span))) return true;
  return false;
}

bool DocumentContext::has_cue(Span s, CueKind kind) const {
  for (const Cue& c : cues_in(s))
    if (c.kind == kind) return true;
  return false;
}

FineKind DocumentContext::kind_of(const MoneyMention& money, const Cue& trigger, Span sentence) const {
  if (money.period != Period::none) return FineKind::periodic_penalty;
  const auto amounts = money_in(sentence);
  const auto cues = cues_in(sentence);
  auto fine_word_between = [&](std::size_t from, std::size_t to, bool own_counts) {
    return std::any_of(cues.begin(), cues.end(), [&](const Cue& t) {
      return (t.kind == CueKind::trigger || t.kind == CueKind::unit_trigger) && from <= t.span.begin && t.span.end <= to &&
             (own_counts || !(t.span == trigger.span));
    });
  };
  // A cue belongs to the amount nearest to it: in "fined €30.5m and threatened a penalty of
  // €5.1m", only the second is threatened; and a proposal goes with the amount it opens with a
  // fine word of its own after it, however near the one before ("mandatem 1,5 tys. zł i złożył
  // wniosek o ukaranie go grzywną 10 tys. zł"). A rate after an amount ("€20,000 a day") stays
  // with that amount.
  auto nearest_to_cue = [&](const Cue& c) {
    for (const MoneyMention& other : amounts) {
      if (other.equivalent_of >= 0) continue;
      if (gap(other.span, c.span) < gap(money.span, c.span)) return false;
      if (c.kind == CueKind::proposed && money.span.end <= c.span.begin && c.span.end <= other.span.begin &&
          fine_word_between(c.span.end, other.span.begin, true))
        return false;
    }
    return true;
  };
  // "yrkar att A ska betala 31 miljoner kronor och B 17 miljoner kronor": a proposal cue before a
  // list heads every amount of it, unless a clause of its own opens between: at a semicolon, a
  // comma and a lowercase word, or another fine word after an amount of the list ("proposed €5m
  // last year and this week fined X €3m").
  auto heads_list = [&](const Cue& c) {
    if (c.span.end > money.span.begin) return false;
    const std::string_view between = text_of({c.span.end, money.span.begin});
    if (between.find(';') != std::string_view::npos) return false;
    // ", iar ANPC a aplicat": a comma and a lowercase word other than "and" open another clause;
    // a word of a part does not (", varav 22 miljoner för X och 9 miljoner för Y").
    for (std::size_t comma = between.find(", "); comma != std::string_view::npos; comma = between.find(", ", comma + 1)) {
      const std::size_t from = comma + 2, to = std::min(between.find(' ', from), between.size());
      std::size_t len = 0;
      const std::int32_t first = from < between.size() ? code_point_at(between, from, len) : 0;
      const std::size_t at = c.span.end + from;
      const auto parts = cues_in({at, at + 1});
      if (first > 0 && utf8proc_category(first) == UTF8PROC_CATEGORY_LL &&
          !lexicon.is_coordination(spaced(between.substr(from, to - from)), doc.language) &&
          std::none_of(parts.begin(), parts.end(), [&](const Cue& p) { return p.kind == CueKind::part && p.span.begin == at; }))
        return false;
    }
    for (const MoneyMention& other : amounts)
      if (c.span.end <= other.span.begin && other.span.end <= money.span.begin &&
          fine_word_between(other.span.end, money.span.begin, false))
        return false;
    return true;
  };
  // A proposal after the amount that speaks of something else: past a conjunction and a word
  // that open a clause of its own ("mandatem 2 tys. zł i skierowali do sądu wniosek o ukaranie",
  // "fined €5m and intends to ...", "ja KKV esittää"), not past another amount ("€5m and €3m
  // proposed"); or threatening a periodic penalty named right after it ("pokutu 1,8 miliardy
  // eur, hrozí i denní penále").
  auto proposes_other = [&](const Cue& c) {
    if (c.span.begin < money.span.end) return false;
    // "US fines airline $2.1 million; FAA seeks penalty from cargo operator": past a semicolon,
    // or a dash between clauses ("45 000 euron yhteisösakko – syyttäjä vaati enemmän").
    const std::string_view before_cue = text_of({money.span.end, c.span.begin});
    if (before_cue.find(';') != std::string_view::npos || before_cue.find(" \u2013 ") != std::string_view::npos ||
        before_cue.find(" \u2014 ") != std::string_view::npos || before_cue.find(" - ") != std::string_view::npos)
      return true;
    // The conjunction and the word after it, which may be the cue's own first word.
    const std::string_view reach = text_of({money.span.end, c.span.end});
    const std::size_t between = c.span.begin - money.span.end;
    for (std::size_t k = reach.find(' '); k != std::string_view::npos && k < between; k = reach.find(' ', k + 1)) {
      const std::size_t n = lexicon.coordination_length(reach.substr(k), doc.language);
      if (n == 0 || k + n >= reach.size()) continue;
      std::size_t len = 0;
      const auto category = utf8proc_category(code_point_at(reach, k + n, len));
      if (category == UTF8PROC_CATEGORY_LL || category == UTF8PROC_CATEGORY_LU) return true;
    }
    return std::any_of(cues.begin(), cues.end(), [&](const Cue& p) {
      return p.kind == CueKind::periodic && c.span.end <= p.span.begin &&
             word_gap(c.span, p.span) <= kAssemblyPolicy.max_periodic_after &&
             std::none_of(amounts.begin(), amounts.end(), [&](const MoneyMention& other) {
               return c.span.end <= other.span.begin && other.span.end <= p.span.begin;
             });
    });
  };
  // "X fined £4.2m as Ofwat proposes further penalty": a proposal after an amount that its fine
  // word opened, with a fine word of its own just after it and no amount between, proposes
  // another fine, without an amount.
  auto proposes_another = [&](const Cue& c) {
    if (c.span.begin < money.span.end || trigger.span.end > money.span.begin) return false;
    return std::any_of(cues.begin(), cues.end(), [&](const Cue& t) {
      return (t.kind == CueKind::trigger || t.kind == CueKind::unit_trigger) && t.span.begin >= c.span.end &&
             word_gap(c.span, t.span) <= kAssemblyPolicy.max_own_proposal_gap && money_in({c.span.end, t.span.begin}).empty();
    });
  };
  // "Voor iedere dag dat er te veel tafels staan, moet het café 500 euro betalen": a rate that
  // opens the sentence, as a clause of its own, is the rate of the first amount after it.
  auto opens_with_rate = [&](const Cue& c) {
    return c.kind == CueKind::rate && c.span.end <= money.span.begin &&
           text_of({sentence.begin, c.span.begin}).find_first_not_of(" \n\"'") == std::string_view::npos &&
           money_in({c.span.end, money.span.begin}).empty();
  };
  bool proposed = false;
  for (const Cue& c : cues) {
    // "a penalty payment of €5.1 million", "€100,000 per day": the cue before the amount or
    // right after it. Further after, it describes something else ("a liquidation of the
    // penalty payment").
    const bool periodic = c.kind == CueKind::periodic || c.kind == CueKind::rate;
    const bool before = c.span.end <= money.span.begin &&
                        (word_gap(c.span, money.span) <= kAssemblyPolicy.max_periodic_before || opens_with_rate(c));
    const bool right_after = money.span.end <= c.span.begin && word_gap(money.span, c.span) <= kAssemblyPolicy.max_periodic_after;
    if (periodic && (before || right_after || gap(c.span, trigger.span) == 0) && nearest_to_cue(c))
      return FineKind::periodic_penalty;
    if (c.kind == CueKind::asks_for && c.span.end <= money.span.begin && word_gap(c.span, money.span) == 0)
      proposed = true;
    if (c.kind == CueKind::proposed && (nearest_to_cue(c) || heads_list(c)) && !proposes_other(c) &&
        !proposes_another(c) &&
        (word_gap(c.span, money.span) <= kAssemblyPolicy.max_proposed_gap ||
         word_gap(c.span, trigger.span) <= kAssemblyPolicy.max_proposed_trigger_gap))
      proposed = true;
  }
  return proposed ? FineKind::proposed : FineKind::fine;
}

void DocumentContext::collect_authority_names() {
  // Each name once: a long text names the same bodies thousands of times.
  std::unordered_set<std::string> names;
  // A name seen imposing, unless the text also marks it as fined ("Il Tribunale di Monza ha
  // condannato ..." and "il Monza è stato multato").
  std::unordered_set<std::string_view> fined;
  for (const PartyMention& p : parties)
    if (p.cue != PartyCue::none) fined.insert(text_of(p.span));
  for (const PartyMention& p : parties)
    if (p.imposer && fined.count(text_of(p.span)) == 0) names.emplace(text_of(p.span));
  // The body's name as written and as the gazetteer has it, and the initials of either
  // ("Comissão de Valores Mobiliários" / "CVM"): capitals that open its words.
  std::string initials;
  auto add_with_initials = [&](std::string_view name) {
    if (name.empty()) return;
    names.emplace(name);
    initials.clear();
    for (std::size_t pos = 0; pos < name.size(); pos = name.find(' ', pos) == std::string_view::npos ? name.size() : name.find(' ', pos) + 1)
      if (name[pos] >= 'A' && name[pos] <= 'Z') initials += name[pos];
      else if (static_cast<unsigned char>(name[pos]) >= 0x80) {
        std::size_t len = 0;
        const std::int32_t c = code_point_at(name, pos, len);
        if (utf8proc_category(c) == UTF8PROC_CATEGORY_LU) initials += name.substr(pos, len);
      }
    if (initials.size() >= 2) names.insert(initials);
  };
  for (const AuthorityMention& a : doc.authorities) {
    add_with_initials(text_of(a.span));
    if (a.authority != nullptr) add_with_initials(a.authority->name);
    // "Secretaria de Meio Ambiente do Pará (Semas)": one word in brackets right after a body
    // is its short name, which the gazetteer may not know.
    const std::string_view after = std::string_view(doc.text).substr(std::min(a.span.end, doc.text.size()));
    const std::size_t open = after.starts_with(" (") ? 2 : after.starts_with("(") ? 1 : 0;
    const std::size_t close = open > 0 ? after.find(')', open) : std::string_view::npos;
    constexpr std::size_t kMaxShortName = 16;
    if (close != std::string_view::npos && close > open && close - open <= kMaxShortName) {
      const std::string_view inside = after.substr(open, close - open);
      if (inside.find_first_of(" ,;") == std::string_view::npos && inside.front() >= 'A' && inside.front() <= 'Z')
        names.emplace(inside);
    }
  }
  authority_names_.assign(names.begin(), names.end());
  std::sort(authority_names_.begin(), authority_names_.end());
}

// "la Comisión de Bolsa y Valores de EE UU (SEC)", "Urząd ds. Konkurencji i Rynków (Competition
// and Markets Authority, CMA)", "Υπηρεσία Προστασίας Ανταγωνισμού και Καταναλωτών (UOKiK)": a
// name (or the first part of one) right before a bracket that holds an authority and at most its
// acronym is that authority's name in the text's language.
bool DocumentContext::before_bracketed_authority(Span name) const {
  constexpr std::size_t kMaxRestOfName = 60;  // bytes
  constexpr std::size_t kMaxAcronym = 16;     // bytes: ", CMA)"
  const std::string_view after = text_of({name.end, std::min(name.end + kMaxRestOfName, doc.text.size())});
  const std::size_t bracket = after.find(" (");
  if (bracket == std::string_view::npos) return false;
  // Between them the capitalised words of the name and at most one short word that joins them.
  const std::string_view between = after.substr(0, bracket);
  if (between.find_first_of(",;:()\n0123456789") != std::string_view::npos) return false;
  constexpr std::size_t kMaxJoint = 3;  // letters: "i", "και", "and"
  std::size_t joints = 0;
  for (std::size_t at = between.find_first_not_of(' '); at < between.size();) {
    const std::size_t end = std::min(between.find(' ', at), between.size());
    const auto letters = static_cast<std::size_t>(std::count_if(
        between.begin() + at, between.begin() + end, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    std::size_t len = 0;
    if (category_of(code_point_at(between, at, len)) == UTF8PROC_CATEGORY_LL && (++joints > 1 || letters > kMaxJoint))
      return false;
    at = end + 1;
  }
  // The mentions are in text order: the one that opens the bracket is looked up, not searched for.
  const std::size_t open = name.end + bracket + 2;
  for (auto it = std::lower_bound(doc.authorities.begin(), doc.authorities.end(), open,
                                  [](const AuthorityMention& m, std::size_t at) { return m.span.begin < at; });
       it != doc.authorities.end() && it->span.begin == open; ++it) {
    const std::string_view rest = text_of({it->span.end, std::min(it->span.end + kMaxAcronym, doc.text.size())});
    const std::size_t close = rest.find(')');
    if (close == 0 || (close != std::string_view::npos && rest.starts_with(", ") &&
                       rest.substr(2, close - 2).find(' ') == std::string_view::npos))
      return true;
  }
  return false;
}

bool DocumentContext::names_authority(const PartyMention& name) const {
  std::string text(text_of(name.span));
  if (std::binary_search(authority_names_.begin(), authority_names_.end(), text)) return true;
  // A company's legal form says the name is no authority ("Nordlys IT A/S (landsrettens
  // sagsnr. S-2987-22)").
  if (!name.has_suffix && before_bracketed_authority(name.span)) return true;
  // "Cade" for "CADE": an acronym written as a word
  std::string upper = text;
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - ('a' - 'A'));
  return upper != text && text.size() <= 6 && std::binary_search(authority_names_.begin(), authority_names_.end(), upper);
}

bool DocumentContext::is_known_party(const PartyMention& name) const {
  if (names_authority(name) || name.description) return false;
  if (name.cue != PartyCue::none || name.has_suffix) return true;
  if (main_party >= 0 && same_party(name.span, parties[static_cast<std::size_t>(main_party)].span))
    return true;
  const std::string_view text = text_of(name.span);
  for (const PartyMention& p : parties)
    if (p.cue != PartyCue::none && text_of(p.span) == text) return true;
  return false;
}

namespace {

// Whether `form` is `base` with a case ending: after a colon ("KKV:n") or glued to it
// ("Metalle", "Nordean"), a few lowercase letters at most.
bool inflected_form(std::string_view base, std::string_view form) {
  constexpr std::size_t kMaxEnding = 6;  // bytes: "ltä", "lle", "ssä"
  if (base.size() < 3 || form.size() <= base.size() || form.substr(0, base.size()) != base) return false;
  std::string_view rest = form.substr(base.size());
  if (rest.front() == ':') rest.remove_prefix(1);
  return rest.size() <= kMaxEnding && lowercase_word(rest);
}

// "CAM" of "Comptoir atlantique des matériaux", "NSG" of "Northern Sea Gas": an acronym of
// capitals, the first letters of the name's words but its short lowercase ones ("des", "of").
bool initials_of(std::string_view acronym, std::string_view name) {
  constexpr std::size_t kMinAcronym = 2, kMaxAcronym = 6, kMaxJoiningWord = 3;
  if (acronym.size() < kMinAcronym || acronym.size() > kMaxAcronym || name.find(' ') == std::string_view::npos ||
      !std::all_of(acronym.begin(), acronym.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  std::size_t k = 0;
  for (std::size_t at = 0; at < name.size();) {
    const std::size_t end = std::min(name.find(' ', at), name.size());
    const std::string_view word = name.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    const bool joining = word.size() <= kMaxJoiningWord && word.front() >= 'a' && word.front() <= 'z';
    if (joining) continue;
    if (k >= acronym.size() || (word.front() | 0x20) != (acronym[k] | 0x20)) return false;
    ++k;
  }
  return k == acronym.size();
}

}  // namespace

bool DocumentContext::same_party(Span a, Span b) const {
  // "six airlines" may be any of the airlines the text names
  for (const Span s : {a, b})
    for (const PartyMention& p : parties_in({s.begin, s.begin + 1}))
      if (p.description && p.span == s) return true;
  std::string_view x = text_of(a), y = text_of(b);
  if (x.size() > y.size()) std::swap(x, y);
  // "Banco Atlântico" and "Banco Atlântico, S.A.": the longer name goes on with a word or a comma.
  if (y.substr(0, x.size()) == x && (y.size() == x.size() || y[x.size()] == ' ' || y[x.size()] == ','))
    return true;
  // "Rovers fined £75,000" in a headline, "Northbridge Rovers have been fined £75,000" below: a
  // one-word name that is the other's last word.
  constexpr std::size_t kMinLastWord = 4;
  if (x.size() >= kMinLastWord && x.find(' ') == std::string_view::npos && y.size() > x.size() &&
      y.ends_with(x) && y[y.size() - x.size() - 1] == ' ')
    return true;
  if (inflected_form(x, y) || inflected(a, b)) return true;
  if (initials_of(x, y)) return true;
  // A one-word name and the first word of the other, one of them declined by the language's
  // case endings ("Widzewa" / "Widzew Łódź").
  if (x.find(' ') == std::string_view::npos || y.find(' ') == std::string_view::npos) {
    const std::string_view first_x = x.substr(0, x.find(' ')), first_y = y.substr(0, y.find(' '));
    if (party_recognizer_.declined_form(first_x, first_y, doc.language) ||
        party_recognizer_.declined_form(first_y, first_x, doc.language))
      return true;
  }
  // "Postille" and "Posti Group Oyj": a one-word name inflected from the other's first word.
  const std::string_view first = y.substr(0, y.find(' '));
  if (x.find(' ') == std::string_view::npos && first.size() < y.size() && inflected_form(first, x)) return true;
  // The same name in another case: word by word over the shorter name, each word equal or
  // inflected, and the longer name going on only with a new word.
  while (!x.empty() && !y.empty()) {
    const std::size_t ex = std::min(x.find(' '), x.size()), ey = std::min(y.find(' '), y.size());
    if (!same_word_inflected(x.substr(0, ex), y.substr(0, ey))) return false;
    x.remove_prefix(std::min(ex + 1, x.size()));
    y.remove_prefix(std::min(ey + 1, y.size()));
    if (x.empty()) return true;
  }
  return false;
}

std::optional<Span> DocumentContext::full_name_before(Span name) const {
  constexpr std::size_t kMinStem = 4;  // letters: "Kaamos" / "Kaamokselle"
  const std::string_view written = text_of(name);
  std::optional<Span> found;
  for (const PartyMention& p : parties) {
    if (p.span.end > name.begin) break;
    if (!p.has_suffix || p.country || p.description || p.imposer || names_authority(p)) continue;
    // Word by word over the name; the full name goes on with its legal form.
    std::string_view x = written, y = text_of(p.span);
    bool same = !x.empty();
    while (same && !x.empty()) {
      const std::size_t ex = std::min(x.find(' '), x.size()), ey = std::min(y.find(' '), y.size());
      if (ey == y.size() || !declined_word(y.substr(0, ey), x.substr(0, ex), kMinStem)) same = false;
      x.remove_prefix(std::min(ex + 1, x.size()));
      y.remove_prefix(ey + 1);
    }
    // Only a name in another case: one that begins the full name is that name already.
    if (same && !text_of(p.span).starts_with(written)) found = p.span;
  }
  return found;
}

bool DocumentContext::inflected(Span a, Span b) const {
  // A case ending glued to a name in languages that decline names ("TikToku", "Avastem").
  constexpr std::size_t kMaxEnding = 4;  // bytes: "ovi", "ům"
  constexpr std::size_t kMinStem = 4;
  std::string_view x = text_of(a), y = text_of(b);
  if (x.size() > y.size()) std::swap(x, y);
  if (x.size() < kMinStem || y.size() == x.size() || y.size() - x.size() > kMaxEnding || y.substr(0, x.size()) != x)
    return false;
  return lowercase_word(y.substr(x.size()));
}

void DocumentContext::choose_main_party() {
  // Score each name by how often it appears, more where a cue marks it as fined or where the
  // headline names it, and a little more with a legal form, which shows a company ("the
  // company" refers to one); "Clearview" and "Clearview AI" count together.
  std::unordered_map<std::string_view, int> score;  // looked up only, never walked in order
  auto key = [&](const PartyMention& p) {
    const std::string_view t = text_of(p.span);
    return t.substr(0, t.find(' '));
  };
  // A headline is a first line with no final stop.
  Span headline = doc.sentences.empty() ? Span{} : doc.sentences.front();
  const std::string_view first = text_of(headline);
  if (!first.empty() && std::string_view(".!?:\"'").find(first.back()) != std::string_view::npos)
    headline = {};
  // A lone capitalised word that opens a sentence, named nowhere else and tied to no cue, is
  // more likely a common noun than a name ("Smrt dělníka v masně: ...", "Bilan d'une année").
  // Both looked up, not searched for: a long text has many names and many sentences.
  auto opens_sentence = [&](const PartyMention& p) {
    return !doc.sentences.empty() && doc.sentences[sentence_of(p.span.begin)].begin == p.span.begin;
  };
  std::unordered_map<std::string_view, int> mentions;
  for (const PartyMention& q : parties) ++mentions[text_of(q.span)];
  // A page's breadcrumb ("Football > Europe > Conference League") or menu ("Nyheder | Sport |
  // Vejret") names sections, no party. Their lines are found once, a pass over the text each.
  std::vector<Span> breadcrumbs;
  const std::string_view text = doc.text;
  auto line_of = [&](std::size_t at) -> Span {
    const std::size_t before = text.rfind('\n', at);
    return {before == std::string_view::npos ? 0 : before + 1, std::min(text.find('\n', at), text.size())};
  };
  // "Cronaca › Ostia" too, where the single angle quote closes no quotation ("‹ ... ›"); "»"
  // closes quotations too often to part a breadcrumb.
  for (const std::string_view mark : {" > ", " \u203a "})
    for (std::size_t at = find_mark(text, mark, 0); at != std::string_view::npos;) {
      const Span line = line_of(at);
      if (mark == " > " || text.substr(line.begin, line.size()).find("\u2039") == std::string_view::npos)
        breadcrumbs.push_back(line);
      at = find_mark(text, mark, line.end);  // the next line's
    }
  // A menu has two bars or slashes at least (one bar parts a byline or a date from the rest of
  // its line), or one between two short sections ("Indland | Trekantområdet"), and no number: a
  // row of a table of fines has its amount, and often opens with a bar.
  auto short_sections = [](std::string_view written, std::string_view mark) {
    constexpr std::ptrdiff_t kMaxSectionSpaces = 2;  // three words
    if (written.find_first_of(".,;:") != std::string_view::npos) return false;
    for (std::size_t begin = 0; begin <= written.size();) {
      const std::size_t end = std::min(written.find(mark, begin), written.size());
      const std::string_view section = written.substr(begin, end - begin);
      if (section.empty() || std::count(section.begin(), section.end(), ' ') > kMaxSectionSpaces) return false;
      begin = end + mark.size();
    }
    return true;
  };
  for (const std::string_view mark : {" | ", " / "})
    for (std::size_t at = find_mark(text, mark, 0); at != std::string_view::npos;) {
      const Span line = line_of(at);
      const std::string_view written = text.substr(line.begin, line.size());
      const bool several = written.find(mark, written.find(mark) + mark.size()) != std::string_view::npos;
      if ((several || short_sections(written, mark)) && !written.starts_with(mark[1]) &&
          written.find_first_of("0123456789") == std::string_view::npos)
        breadcrumbs.push_back(line);
      at = find_mark(text, mark, line.end);  // the next line's
    }
  std::sort(breadcrumbs.begin(), breadcrumbs.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  auto in_breadcrumb = [&](const PartyMention& p) {
    const auto line = std::upper_bound(breadcrumbs.begin(), breadcrumbs.end(), p.span.begin,
                                       [](std::size_t pos, const Span& b) { return pos < b.begin; });
    return line != breadcrumbs.begin() && p.span.end <= std::prev(line)->end;
  };
  // A site's name at the top of its page ("PULS TRANSPORTU", "TV SYD | Nyheder"): the first
  // line holds the name alone, or the name and a menu.
  const std::size_t top = text.find_first_not_of(" \n");
  const std::size_t top_end = std::min(text.find('\n', top == std::string_view::npos ? 0 : top), text.size());
  auto masthead = [&](const PartyMention& p) {
    if (p.span.begin != top || p.has_suffix) return false;
    const std::string_view rest = text.substr(p.span.end, top_end - p.span.end);
    const std::string_view name = text_of(p.span);
    const bool capitals = std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return (rest.find_first_not_of(' ') == std::string_view::npos && capitals) || rest.starts_with(" | ");
  };
  auto mentions_of = [&](const PartyMention& p) { return mentions[text_of(p.span)]; };
  for (const PartyMention& p : parties) {
    // Where or who fines; or what completes a noun ("beach bar της Μυκόνου"), a place mostly.
    if (((p.country || p.complement) && p.cue == PartyCue::none) || names_authority(p) || p.description ||
        in_breadcrumb(p) || masthead(p))
      continue;
    if (p.cue == PartyCue::none && !p.has_suffix && text_of(p.span).find(' ') == std::string_view::npos &&
        opens_sentence(p) && mentions_of(p) == 1)
      continue;
    score[key(p)] += 1 + (p.cue != PartyCue::none ? 2 : 0) + (p.span.end <= headline.end ? 2 : 0) +
                     (p.has_suffix ? 1 : 0);
  }
  // "läckage till Svartån ... läckt ut i Svartån": a name the text writes as a place elsewhere
  // is none. Searched for only where a name would lead, once per name.
  std::unordered_map<std::string_view, bool> place;
  auto written_as_place = [&](const PartyMention& p) {
    if (p.has_suffix) return false;
    const auto [it, added] = place.try_emplace(text_of(p.span), false);
    if (added) it->second = party_recognizer_.written_as_place(doc.text, it->first, doc.language);
    return it->second;
  };
  int best = 0;
  for (std::size_t i = 0; i < parties.size(); ++i) {
    const int s = score[key(parties[i])];
    if (s > best && !written_as_place(parties[i])) {
      best = s;
      main_party = static_cast<int>(i);
    } else if (s == best && main_party >= 0 && key(parties[i]) == key(parties[static_cast<std::size_t>(main_party)]) &&
               parties[i].span.size() > parties[static_cast<std::size_t>(main_party)].span.size()) {
      main_party = static_cast<int>(i);  // the fuller form of the same name
    }
  }
  if (best < 3) main_party = -1;
}

void DocumentContext::choose_main_authority() {
  std::map<const Authority*, int> count;
  auto counts = [&](const AuthorityMention& a) {
    return a.authority != nullptr && !a.place && !appeal_venue(a) && !uninvolved(a.span);
  };
  for (const AuthorityMention& a : doc.authorities)
    if (counts(a)) ++count[a.authority];
  int best = 0;
  for (const AuthorityMention& a : doc.authorities)
    if (counts(a) && count[a.authority] > best) {
      best = count[a.authority];
      main_authority = &a;
    }
  if (main_authority == nullptr) choose_main_body();
}

// "Das Regierungspräsidium Darmstadt hat Bußgelder gegen drei Fluggesellschaften verhängt.
// ... Gegen Rheincargo wurde ein Bußgeld von 37.500 Euro festgesetzt": a body no gazetteer
// knows, named in full (more than its bare noun) where the text speaks of fines, is the one
// the article is about when it is the only body so named.
void DocumentContext::choose_main_body() {
  std::string name;
  for (const AuthorityMention& a : doc.authorities) {
    const std::string_view written = text_of(a.span);
    if (!a.body || a.place || written.find_first_of(" -") == std::string_view::npos || appeal_venue(a) ||
        reported_case(a) || uninvolved(a.span))
      continue;
    const auto cues_here = cues_in(doc.sentences.empty() ? Span{0, doc.text.size()} : doc.sentences[sentence_of(a.span.begin)]);
    if (std::none_of(cues_here.begin(), cues_here.end(), [](const Cue& c) {
          return c.kind == CueKind::trigger || c.kind == CueKind::unit_trigger || c.kind == CueKind::periodic ||
                 c.kind == CueKind::decision;
        }))
      continue;
    const std::string folded = fold_case(written);
    if (main_body != nullptr && folded != name) {
      main_body = nullptr;
      return;
    }
    if (main_body == nullptr) main_body = &a, name = folded;
  }
}

}  // namespace finex
