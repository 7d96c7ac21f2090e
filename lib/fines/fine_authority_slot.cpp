// The authority of one fine: the body that imposed it, from its sentence or one before.
#include <algorithm>
#include <optional>
#include <span>

#include "fines/document_context.h"
#include "fines/slot_rules.h"
#include "fines/slot_steps.h"
#include "text/case_fold.h"
#include "text/code_points.h"

namespace finex::slot_steps {

using namespace slot_rules;

namespace {

// Whether `word` is written as a word of a name ("Autorité", "Επιτροπής"): lowercase after its
// first letter. An acronym ("CNIL", "BaFin") is not.
bool name_word(std::string_view word) {
  std::size_t length = 0;
  bool lower = false;
  for (std::size_t i = word.empty() ? 0 : (code_point_at(word, 0, length), length); i < word.size(); i += length) {
    const auto category = category_of(code_point_at(word, i, length));
    if (category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT) return false;
    lower = lower || category == UTF8PROC_CATEGORY_LL;
  }
  return lower;
}

// Whether the folded `name` holds `piece` opening one of its words, or, with `or_closing`, closing
// one ("Nederlandse Arbeidsinspectie" holds "inspectie").
bool holds_at_word_edge(std::string_view name, std::string_view piece, bool or_closing) {
  const std::string folded = fold_case(name);
  for (std::size_t at = folded.find(piece); at != std::string::npos; at = folded.find(piece, at + 1)) {
    const std::size_t end = at + piece.size();
    if (at == 0 || folded[at - 1] == ' ' || (or_closing && (end == folded.size() || folded[end] == ' '))) return true;
  }
  return false;
}

// The stem of a folded word: without its last two letters, which a case ending may change
// ("επιτροπης", "επιτροπη"); empty when fewer than four letters are left.
std::string stem_of(std::string_view word) {
  constexpr std::size_t kEnding = 2, kShortestStem = 4;
  std::string stem = fold_case(word);
  for (std::size_t k = 0; k < kEnding && !stem.empty(); ++k) {
    while (!stem.empty() && (static_cast<unsigned char>(stem.back()) & 0xC0) == 0x80) stem.pop_back();
    if (!stem.empty()) stem.pop_back();  // the first byte of the last character
  }
  const auto letters = std::count_if(stem.begin(), stem.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  return letters < static_cast<std::ptrdiff_t>(kShortestStem) ? std::string() : stem;
}

// "η Επιτροπή Ανταγωνισμού ... της Επιτροπής", "l'Autorité de la concurrence ... l'Autorité": a
// known body named by one word of its name (no acronym) is the last mention before it of the
// same body in several words, one of which opens with that word's stem: a name, not a
// description ("the French data watchdog ... the Commission"). The mention itself when none is.
const AuthorityMention& known_body_in_full(const DocumentContext& ctx, const AuthorityMention& mention) {
  const std::string stem = stem_of(ctx.text_of(mention.span));
  if (stem.empty()) return mention;
  const AuthorityMention* full = nullptr;
  for (const AuthorityMention& earlier : ctx.doc.authorities) {
    if (earlier.span.end > mention.span.begin) break;
    const std::string_view name = ctx.text_of(earlier.span);
    if (earlier.authority == mention.authority && !earlier.body && !earlier.place &&
        name.find(' ') != std::string_view::npos && holds_at_word_edge(name, stem, false))
      full = &earlier;
  }
  return full != nullptr ? *full : mention;
}

}  // namespace

// "De rechtbank Rotterdam verlaagde de boete ... De rechtbank oordeelde", "o Tribunal da
// Concorrência ... o tribunal reduziu": a body named by its bare noun refers back to the last
// body named in full whose name holds that noun, opening a word ("Tribunal da Concorrência",
// "Δικαστηρίου") or closing a compound ("Nederlandse Arbeidsinspectie"); to where an appeal went
// only when no other body fits ("appealed to the Upper Tribunal. The tribunal cut ...", but "Das
// Bundesverwaltungsgericht wies ... ab; ... kann ans Bundesgericht weitergezogen werden. Das
// Gericht bestätigte ..."). A case ending may hide the noun ("des Regierungspräsidiums"): its
// stem opening a word will do. The bare mention itself when none fits. A known body named by one
// word of its name is read as known_body_in_full says.
const AuthorityMention& named_in_full(const DocumentContext& ctx, const AuthorityMention& mention) {
  const std::string_view written = ctx.text_of(mention.span);
  if (mention.authority != nullptr && !mention.body && written.find_first_of(" -") == std::string_view::npos &&
      name_word(written))
    return known_body_in_full(ctx, mention);
  if (!mention.body || mention.authority != nullptr || !mention.country.empty() ||
      written.find_first_of(" -") != std::string_view::npos)
    return mention;
  const std::string noun = fold_case(written);
  const std::string stem = stem_of(noun);  // "des Regierungspräsidiums": "Regierungspräsidium Darmstadt"
  const AuthorityMention* full = nullptr;
  const AuthorityMention* appealed_to = nullptr;
  for (const AuthorityMention& earlier : ctx.doc.authorities) {
    if (earlier.span.end > mention.span.begin) break;
    const std::string_view name = ctx.text_of(earlier.span);
    if (earlier.place || (!earlier.body && earlier.authority == nullptr) || name.size() <= written.size() ||
        !(holds_at_word_edge(name, noun, true) || (!stem.empty() && holds_at_word_edge(name, stem, false))))
      continue;
    (ctx.appeal_venue(earlier) ? appealed_to : full) = &earlier;
  }
  return full != nullptr ? *full : appealed_to != nullptr ? *appealed_to : mention;
}

// The body that imposed the fine: the nearest of its sentence that no rule sets aside, or one
// named before. Returns a body the amount is given to ("una sanzione ... all'Asl Roma 5"), which
// is then the fined party.
std::optional<Span> fill_authority(const DocumentContext& ctx, FineRecord& record,
                                   std::span<const AuthorityMention> here) {
  const DocumentAnalysis& doc = ctx.doc;
  const Span money = doc.money[static_cast<std::size_t>(record.money)].span;
  const Span sentence = record.sentence;

  // A proposed fine is the proposer's: the body nearest the word that proposes it, not the
  // court asked to impose it ("the Consumer Ombudsman asks that the Market Court impose ...").
  Span authority_target = money;
  if (record.kind == FineKind::proposed) {
    std::size_t best = SIZE_MAX;
    for (const Cue& c : ctx.cues_in(sentence))
      if (c.kind == CueKind::proposed && gap(c.span, money) < best) best = gap(c.span, money), authority_target = c.span;
  }
  // A prosecutor (`asks`) asked for a fine: the body of one it proposes, never of one imposed
  // where another body can have imposed it (in the sentence, or named before it).
  auto only_asked = [&](const AuthorityMention& a) { return a.asks && record.kind != FineKind::proposed; };
  // "idømte Retten i Glostrup X en bøde ... i en sag, som var anmeldt af Datatilsynet": a
  // regulator that brought the case to the court imposed nothing itself.
  auto reported_by = [&](const AuthorityMention& other) {
    const auto cues = ctx.cues_in(sentence);
    return std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
      return c.kind == CueKind::reporter && c.span.end <= other.span.begin && ctx.word_gap(c.span, other.span) <= 1;
    });
  };
  // "X fined £4.2m as Ofwat proposes further penalty": the body right before a proposal after
  // the amount proposes another fine and imposed nothing of this one.
  std::vector<AuthorityMention> imposers;
  const auto cues_here = ctx.cues_in(sentence);
  // "fick X en sanktionsavgift på 60 miljoner kronor, som förvaltningsrätten senare sänkte till
  // 40 miljoner", "une amende de 60 000 euros, ramenée à 50 000 euros par le Conseil d'État": a
  // body after the amount that changed the fine to a later amount gave that one, not this.
  constexpr std::size_t kMaxChangerGap = 2;  // "förvaltningsrätten senare sänkte"
  constexpr std::size_t kMaxAgentWords = 3;  // "par le", "by the"
  auto changed_it_later = [&](const AuthorityMention& other) {
    if (other.span.begin < money.end) return false;
    return std::any_of(cues_here.begin(), cues_here.end(), [&](const Cue& c) {
      if (c.kind != CueKind::change || c.span.begin < money.end) return false;
      const auto later = ctx.money_in({c.span.end, sentence.end});
      if (later.empty()) return false;
      const bool active = other.span.end <= c.span.begin && ctx.word_gap(other.span, c.span) <= kMaxChangerGap;
      const bool passive = later.front().span.end <= other.span.begin &&
                           ctx.word_gap(later.front().span, other.span) <= kMaxAgentWords;
      return active || passive;
    });
  };
  // "The ICO fined Hackney Council £100,000", "De AP heeft de gemeente Enschede een boete
  // opgelegd": a body right after a cue that puts the fined party after it (an article between
  // at most), with the body that imposes as the subject before that cue, is the fined party.
  std::optional<Span> receiver_body;
  auto fined_body = [&](const AuthorityMention& other) {
    // Named, not a bare noun ("uložil magistrátu" refers to one named before).
    if ((!other.body && other.authority == nullptr) || other.place ||
        ctx.text_of(other.span).find(' ') == std::string_view::npos)
      return false;
    const auto& cues = doc.party_cues_before;
    auto c = std::lower_bound(cues.begin(), cues.end(), other.span.begin,
                              [](const Span& cue, std::size_t pos) { return cue.end <= pos; });
    if (c == cues.begin()) return false;
    --c;
    if (c->begin < sentence.begin || ctx.word_gap(*c, other.span) > 1 ||
        ctx.text_of({c->end, other.span.begin}).find_first_of(".,;:()\"") != std::string_view::npos)
      return false;
    // The subject of the verb, in the same clause, no other name between: "De AP heeft de
    // gemeente X", "Η Αρχή ... επέβαλε πρόστιμο 50.000 ευρώ στον Δήμο", but not "oddalił skargę
    // spółki X na decyzję nadzoru budowlanego".
    constexpr std::size_t kMaxSubjectToCue = 5;  // words: "επέβαλε πρόστιμο 50.000 ευρώ"
    return std::any_of(here.begin(), here.end(), [&](const AuthorityMention& subject) {
      if (subject.span.end > c->begin || subject.place || (!subject.body && subject.authority == nullptr) ||
          same_authority(ctx, subject, other) || ctx.word_gap(subject.span, *c) > kMaxSubjectToCue)
        return false;
      // A point inside an amount ("50.000") parts no clause.
      const std::string_view between = ctx.text_of({subject.span.end, c->begin});
      return between.find_first_of(";:()") == std::string_view::npos && between.find(", ") == std::string_view::npos &&
             between.find(". ") == std::string_view::npos && ctx.parties_in({subject.span.end, c->begin}).empty();
    });
  };
  for (const AuthorityMention& other : here) {
    if (fined_body(other)) {
      if (!receiver_body) receiver_body = other.span;
      continue;
    }
    const bool proposes_another = record.kind != FineKind::proposed && std::any_of(cues_here.begin(), cues_here.end(), [&](const Cue& c) {
      return c.kind == CueKind::proposed && c.span.begin >= money.end && other.span.end <= c.span.begin &&
             ctx.word_gap(other.span, c.span) <= 1;
    });
    // "multa de 3,2 millones por dos delitos contra la Hacienda Pública": a body the offence
    // harmed imposed nothing.
    // "le parquet avait requis ..., le tribunal a condamné X à 4 000 euros": a prosecutor
    // imposed no fine that another body of the sentence can have imposed.
    const bool passed_over = only_asked(other) &&
                             std::any_of(here.begin(), here.end(), [](const AuthorityMention& m) { return !m.asks; });
    if (!proposes_another && !passed_over && !other.addressed && !changed_it_later(other) && !ctx.uninvolved(other.span))
      imposers.push_back(other);
  }
  // Where an appeal goes or a case is sent on imposed nothing yet ("ukarali X mandatem 2 tys. zł
  // i skierowali do sądu wniosek o ukaranie"): the nearest other body of the sentence did, or,
  // when the sentence names no other, one named before it.
  const AuthorityMention* nearest_body =
      nearest(std::span<const AuthorityMention>(imposers), authority_target, span_of_authority);
  if (nearest_body != nullptr && ctx.appeal_venue(*nearest_body)) {
    nearest_body = nullptr;
    for (const AuthorityMention& other : imposers)
      if (!ctx.appeal_venue(other) &&
          (nearest_body == nullptr || gap(span_of_authority(other), authority_target) <
                                          gap(span_of_authority(*nearest_body), authority_target)))
        nearest_body = &other;
  }
  if (const AuthorityMention* a = nearest_body) {
    // A body that only reported the case gives way to the nearest one that did not.
    if (reported_by(*a)) {
      const AuthorityMention* other_body = nullptr;
      for (const AuthorityMention& other : here)
        if (!reported_by(other) &&
            (other_body == nullptr || gap(other.span, authority_target) < gap(other_body->span, authority_target)))
          other_body = &other;
      if (other_body != nullptr) a = other_body;
      // With none, the body the article is about: "un'indagine della Guardia di finanza, in
      // seguito alla quale l'autorità ha potuto sanzionare ...".
      else if (const AuthorityMention* main = ctx.main_authority;
               main != nullptr && !reported_by(*main) && !same_authority(ctx, *main, *a))
        a = main;
    }
    // "The OCC fined the bank $375m, and the Fed added a $187m penalty": a body of another
    // clause gives way to the nearest one of the amount's own clause. So does a body right after
    // a conjunction past the amount, the subject of a clause of its own, which languages that
    // set no comma before "and" write bare ("määräsi X:lle 2 miljoonan euron sakon ja KKV
    // esittää ...", "uložil pokutu 5 milionů korun a ČNB zahájila ...").
    auto opens_own_clause = [&](Span body) {
      if (body.begin < money.end) return false;
      const std::string_view between = ctx.text_of({money.end, body.begin});
      if (between.size() < 3 || between.back() != ' ') return false;
      const std::size_t space = between.rfind(' ', between.size() - 2);
      return space != std::string_view::npos &&
             ctx.lexicon.is_coordination(between.substr(space), doc.language);
    };
    if (has_clause_break(ctx, a->span, authority_target) || opens_own_clause(a->span)) {
      const AuthorityMention* own = nullptr;
      for (const AuthorityMention& other : here)
        if (!has_clause_break(ctx, other.span, authority_target) && !opens_own_clause(other.span) &&
            (own == nullptr || gap(other.span, authority_target) < gap(own->span, authority_target)))
          own = &other;
      if (own != nullptr) a = own;
    }
    // "The Prudential Regulation Authority, the Bank of England's supervisory arm, fined X": a
    // body in the possessive, inside an apposition set off by commas right after another body,
    // describes that body, which imposed the fine.
    constexpr std::size_t kMaxAppositionWords = 5;  // "the Bank of England's supervisory arm,"
    auto describes = [&](const AuthorityMention& owner, const AuthorityMention& inner) {
      if (owner.span.end >= inner.span.begin) return false;
      const std::string_view before = ctx.text_of({owner.span.end, inner.span.begin});
      if (!before.starts_with(", ") || before.size() > 6 ||
          before.substr(2).find_first_not_of("abcdefghijklmnopqrstuvwxyz ") != std::string_view::npos)
        return false;
      const std::string_view inner_text = ctx.text_of(inner.span);
      const std::string_view after = doc.text.substr(inner.span.end, std::min<std::size_t>(60, doc.text.size() - inner.span.end));
      const bool possessive = inner_text.ends_with("'s") || inner_text.ends_with("\u2019s") || after.starts_with("'s ") ||
                              after.starts_with("\u2019s ");
      const std::size_t comma = after.find(',');
      return possessive && comma != std::string_view::npos && after.substr(0, comma).find_first_of(";.()") == std::string_view::npos &&
             ctx.words().between(inner.span.end, inner.span.end + comma) <= kMaxAppositionWords;
    };
    for (const AuthorityMention& owner : here)
      if (describes(owner, *a)) {
        a = &owner;
        break;
      }
    // A country alone ("στην Ελλάδα", "to Italy") may be where or whom the fine hits; a body
    // named before it in the sentence is the one that imposed it.
    if (a->authority == nullptr && !a->body)
      for (const AuthorityMention& named : here)
        if (named.authority != nullptr && named.span.end <= a->span.begin && named.span.end <= money.begin) a = &named;
    // Else a country named as a place ("sieci klubów fitness w Polsce") says where: the body
    // the article is about, if it is of that country, imposed the fine.
    const AuthorityMention* main = ctx.main_authority;
    if (a->place && a->authority == nullptr && main != nullptr && main->authority != nullptr &&
        main->authority->country == a->country)
      a = main;
    // A court beside a named body mostly rules on that body's fine ("the court upheld the
    // CNIL's fine"): the named body imposed it; a court the gazetteer knows gives way to a
    // regulator of a field only (data protection, competition, finance). But the new amount of
    // a change is the court's ("reduced the fine from €5m to €2m").
    // "the Upper Tribunal cut the penalty to £6m", "Østre Landsret nedsatte bøden til 3 mio. kr.":
    // a change verb a few words before the amount, no other amount nor clause between, changes
    // the fine to it as a range from the old amount does.
    // A body right after the amount is the agent of a passive, which changed it ("amende ramenée
    // à 50 000 euros par le Conseil d'État"): the nearest body, as for any fine.
    constexpr std::size_t kMaxChangeToAmount = 5;  // "senkte die Geldbuße später auf"
    constexpr std::size_t kMaxAgentGap = 3;         // "par le", "by the"
    auto changed_to = [&]() {
      for (const AuthorityMention& other : here)
        if (other.span.begin >= money.end && ctx.word_gap(money, other.span) <= kMaxAgentGap &&
            ctx.text_of({money.end, other.span.begin}).find_first_of(",;") == std::string_view::npos)
          return false;
      for (const Cue& c : ctx.cues_in(sentence))
        if (c.kind == CueKind::change && c.span.end <= money.begin && ctx.word_gap(c.span, money) <= kMaxChangeToAmount &&
            ctx.money_in({c.span.end, money.begin}).empty() &&
            ctx.text_of({c.span.end, money.begin}).find_first_of(",;:()") == std::string_view::npos)
          return true;
      return false;
    };
    const bool changed = doc.money[static_cast<std::size_t>(record.money)].change_end || changed_to();
    // But a court joined to the amount by a small word is where the fine was imposed ("fined
    // £35,000 at Canterbury Crown Court", "fined £600 by magistrates"), whoever prosecuted.
    auto joined_to_amount = [&](Span court) {
      if (court.begin < money.end || court.begin - money.end > 9) return false;
      const std::string_view between = ctx.text_of({money.end, court.begin});
      return std::none_of(between.begin(), between.end(), [](char c) { return c == ',' || c == ';' || c == '(' || c == ')'; });
    };
    // "una sanzione di 40mila euro all'Asl Roma 5": a body the amount is given to is the party,
    // and another body of the sentence imposed the fine.
    if (a->body && a->span.begin >= money.end && a->span.begin - money.end <= 9) {
      std::string_view between = ctx.text_of({money.end, a->span.begin});
      while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
      while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
      const AuthorityMention* imposer = nullptr;
      for (const AuthorityMention& other : here)
        if (other.span.end <= money.begin && !other.place && other.span != a->span) imposer = &other;
      if (imposer != nullptr && ctx.lexicon.is_receiver(between, doc.language)) {
        receiver_body = a->span;
        a = imposer;
      }
    }
    if (a->body && !changed && !joined_to_amount(a->span) && !receiver_body) {
      const AuthorityMention* regulator = nullptr;
      for (const AuthorityMention& other : imposers)
        if (!other.body && other.authority != nullptr && !reported_by(other) && !opens_own_clause(other.span) &&
            (a->authority == nullptr || (other.authority->field != Field::other && other.authority->field != Field::unknown)) &&
            (regulator == nullptr || gap(other.span, authority_target) < gap(regulator->span, authority_target)))
          regulator = &other;
      if (regulator != nullptr) a = regulator;
    }
    // "La Audiencia Nacional ha rebajado de 3 a 1,8 millones la multa que la CNMV impuso": the
    // new amount of a change is the one of the body that changed it, the subject of the verb.
    if (changed) {
      const MoneyMention& m = doc.money[static_cast<std::size_t>(record.money)];
      const Span old_amount = m.range_with >= 0 ? doc.money[static_cast<std::size_t>(m.range_with)].span : money;
      if (const AuthorityMention* changer = changing_body(ctx, sentence, money, old_amount, here)) a = changer;
    }
    // "The General Court upheld a €2.4 billion fine imposed on X by the European Commission": the
    // agent of the passive after the amount and its fine word imposed the fine, whoever ruled on
    // it; the new amount of a change stays the changer's.
    for (const Cue& c : ctx.cues_in(sentence)) {
      if (changed || c.kind != CueKind::agent || c.span.begin < money.end) continue;
      const auto between = ctx.cues_in({money.end, c.span.begin});
      if (std::none_of(between.begin(), between.end(), [](const Cue& t) { return t.kind == CueKind::trigger; })) break;
      for (const AuthorityMention& other : here)
        if (other.span.begin >= c.span.end && ctx.word_gap(c.span, other.span) <= 1 && !other.place &&
            !reported_by(other) && !ctx.appeal_venue(other)) {
          a = &other;
          break;
        }
      break;
    }
    record.authority = *a;
  } else {
    const std::size_t s = ctx.sentence_of(money.begin);
    // "El Ayuntamiento de Barcelona ha multado a Airbnb con 600.000 euros", "La CHG multa con
    // 60.000 euros": the name that opens the sentence (after an article at most) before a verb
    // that imposes, which no gazetteer knows, is the body, reported as written. Further in, the
    // verb may follow its object ("Firmám X a Y vyměřil sankce"). A body's name joins its words
    // with a small lowercase one or is an abbreviation; a person's ("Judge Alison Pryce fined
    // the company") does neither.
    auto body_like = [&](Span name) {
      const std::string_view written = ctx.text_of(name);
      if (std::none_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return true;
      for (std::size_t space = written.find(' '); space != std::string_view::npos; space = written.find(' ', space + 1))
        if (space + 1 < written.size() && written[space + 1] >= 'a' && written[space + 1] <= 'z') return true;
      return false;
    };
    bool named_imposer = false;
    for (const PartyMention& p : ctx.parties_in({sentence.begin, money.begin}))
      if (p.imposer && !p.country && ctx.words().between(sentence.begin, p.span.begin) <= 1 && body_like(p.span)) {
        AuthorityMention body;
        body.span = p.span;
        body.body = true;
        record.authority = body;
        named_imposer = true;
      }
    // A heading or list line ("TikTok – 530 Mio. EUR") is explained by the sentence after it.
    const std::string_view own = ctx.text_of(sentence);
    // A row of a table ("| Frontier | 2,2 mln USD |") is no heading: its authority comes before.
    const bool heading = !own.empty() && std::string_view(".!?\"'").find(own.back()) == std::string_view::npos &&
                         own.find('|') == std::string_view::npos;
    if (!record.authority && (heading || followed_up(ctx, s)) && s + 1 < doc.sentences.size()) {
      const auto next = ctx.authorities_in(doc.sentences[s + 1]);
      if (!next.empty()) record.authority = next.front();
    }
    // An earlier sentence names the body only if it speaks of a fine or a decision: an
    // inspector's finding ("Aluehallintoviraston tarkastaja totesi") imposes nothing.
    // A body that only asked for or proposed a fine ("the agency had sought €19m") did not
    // impose the one reported after it.
    auto speaks_of_fines = [&](Span earlier) {
      bool fine_word = false;
      for (const Cue& c : ctx.cues_in(earlier)) {
        if (c.kind == CueKind::proposed && record.kind == FineKind::fine) return false;
        if (c.kind == CueKind::trigger || c.kind == CueKind::unit_trigger || c.kind == CueKind::periodic ||
            c.kind == CueKind::decision || c.kind == CueKind::proposed)
          fine_word = true;
      }
      return fine_word;
    };
    // "Ook de Arbeidsinspectie kwam langs. Die legde een boete op": a body the paragraph names
    // before the fine is the one the paragraph speaks of, rather than one named further back.
    const std::size_t paragraph = ctx.text_of({0, sentence.begin}).rfind('\n');
    for (std::size_t back = 1; paragraph != std::string_view::npos && back <= s && !record.authority; ++back) {
      if (doc.sentences[s - back].begin < paragraph) break;
      const auto earlier = ctx.authorities_in(doc.sentences[s - back]);
      for (auto a = earlier.rbegin(); a != earlier.rend() && !record.authority; ++a)
        if (a->authority != nullptr && !a->place && !ctx.appeal_venue(*a) && !only_asked(*a)) record.authority = *a;
    }
    for (std::size_t back = 1; back <= policy.authority_look_back && back <= s && !record.authority; ++back) {
      // The last body the sentence names, leaving out where an appeal goes ("X contests the
      // fine and will appeal to the Conseil d'État").
      const auto earlier = ctx.authorities_in(doc.sentences[s - back]);
      auto last = std::find_if(earlier.rbegin(), earlier.rend(),
                               [&](const AuthorityMention& a) { return !ctx.appeal_venue(a) && !only_asked(a); });
      if (last != earlier.rend() && !last->place &&
          (speaks_of_fines(doc.sentences[s - back]) || ctx.main_authority == nullptr))
        record.authority = *last;
    }
    // "A Leeds builder has been fined £380,000 after a fall. The firm was sentenced at Leeds Crown
    // Court": a lead, before which the article names no body, is told by the first of the two
    // sentences after it that names one ("X had pleaded guilty ... Sentencing the company at
    // Leeds Crown Court, the judge said"), if none of them reports money of its own.
    constexpr std::size_t kLeadFollowers = 2;
    if (!record.authority && ctx.authorities_in({0, sentence.begin}).empty())
      for (std::size_t k = s + 1; k <= s + kLeadFollowers && k < doc.sentences.size(); ++k) {
        // Costs ordered beside the sentence ("and was ordered to pay £84,500 in prosecution
        // costs") report no fine of their own.
        const auto money_there = ctx.money_in(doc.sentences[k]);
        if (std::any_of(money_there.begin(), money_there.end(),
                        [&](const MoneyMention& m) { return !described_as_other_money(ctx, m); }))
          break;
        const auto next = ctx.authorities_in(doc.sentences[k]);
        const auto first = std::find_if(next.begin(), next.end(), [&](const AuthorityMention& a) {
          return (a.authority != nullptr || a.body) && !a.place && !ctx.appeal_venue(a) && !only_asked(a);
        });
        if (first != next.end()) {
          record.authority = *first;
          break;
        }
        if (!next.empty()) break;
      }
    // "O Juízo Central Criminal de Aveiro condenou ... A sucateira foi condenada a 600 dias de
    // multa ... Em 2021, a AT já lhe tinha aplicado uma coima": the article's body, first named
    // after the fine, did not impose it; the last body named before it did, in the fine's
    // paragraph ("At Lincoln Magistrates' Court on Monday, X admitted ... The company was
    // fined"), in full, or in a sentence that speaks of fines or rulings.
    // Looked for within an article's length before the fine: a long text is not read back to
    // its start for every fine.
    constexpr std::size_t kReachBack = 20000;  // bytes
    if (!record.authority && ctx.main_authority != nullptr && ctx.main_authority->span.begin >= sentence.end)
      for (std::size_t back = 1; back <= s && !record.authority; ++back) {
        const Span earlier_sentence = doc.sentences[s - back];
        if (sentence.begin - earlier_sentence.begin > kReachBack) break;
        const auto earlier = ctx.authorities_in(earlier_sentence);
        auto last = std::find_if(earlier.rbegin(), earlier.rend(), [&](const AuthorityMention& a) {
          return !a.place && !ctx.appeal_venue(a) && !only_asked(a) && (a.authority != nullptr || a.body);
        });
        const bool same_paragraph = paragraph != std::string_view::npos && earlier_sentence.begin >= paragraph;
        // A body no gazetteer knows, named in full, is named for what it did here ("pleaded
        // guilty at Teesside Magistrates' Court on Friday").
        const bool named_in_full = last != earlier.rend() && last->body && last->authority == nullptr &&
                                   ctx.text_of(last->span).find(' ') != std::string_view::npos;
        if (last != earlier.rend() && (same_paragraph || named_in_full || speaks_of_fines(earlier_sentence)))
          record.authority = *last;
      }
    const bool named_near = record.authority.has_value();
    if (!record.authority && ctx.main_authority != nullptr) record.authority = *ctx.main_authority;
    // The article's body named before, for a sentence that names none (not one whose body was
    // set aside: "reduzierte das Bußgeld von 5 auf 3 Millionen Euro" gives the old amount none).
    if (!record.authority && ctx.main_body != nullptr && ctx.main_body->span.end <= money.begin &&
        ctx.authorities_in(sentence).empty())
      record.authority = *ctx.main_body;
    record.authority_of_article = !named_near && record.authority.has_value();
    if (record.authority && !named_imposer) {
      record.authority_inherited = true;
      record.confidence -= policy.inherited_authority_cost;
    }
  }
  if (record.authority) record.authority = named_in_full(ctx, *record.authority);
  return receiver_body;
}

}  // namespace finex::slot_steps
