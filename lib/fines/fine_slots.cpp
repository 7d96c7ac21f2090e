// Fills the party, authority and date of one fine from its sentence, or its neighbours.
#include <algorithm>
#include <cmath>
#include <optional>
#include <span>

#include "fines/document_context.h"
#include "fines/list_items.h"
#include "fines/slot_rules.h"
#include "text/case_fold.h"

namespace finex {

using namespace slot_rules;

namespace {

// Whether the text first names `party` past the end of the paragraph holding `sentence`, in a
// sentence with an amount of its own.
bool first_named_after_paragraph(const DocumentContext& ctx, Span party, Span sentence) {
  std::size_t first = party.begin;
  for (const PartyMention& p : ctx.parties)
    if (p.span.begin < first && ctx.same_party(p.span, party)) first = p.span.begin;
  if (first < sentence.end || ctx.text_of({sentence.end, first}).find('\n') == std::string_view::npos) return false;
  if (ctx.doc.sentences.empty()) return false;
  return !ctx.money_in(ctx.doc.sentences[ctx.sentence_of(first)]).empty();
}

// The body that changed a fine, the subject of the change verb: the last body named before a
// verb that precedes the amount `money` ("La Audiencia Nacional ha rebajado de 3 a 1,8
// millones"); with the verb after the amounts ("hat das Bußgeld von 5 auf 3 Millionen Euro
// herabgesetzt"), the first body of the sentence, if it stands before `old_amount`. Null when the
// sentence has neither.
const AuthorityMention* changing_body(const DocumentContext& ctx, Span sentence, Span money, Span old_amount,
                                      std::span<const AuthorityMention> bodies) {
  const Cue* before = nullptr;
  bool after = false;
  for (const Cue& c : ctx.cues_in(sentence)) {
    if (c.kind != CueKind::change) continue;
    if (c.span.end <= money.begin && (before == nullptr || c.span.begin > before->span.begin)) before = &c;
    else if (c.span.begin >= money.end) after = true;
  }
  const AuthorityMention* body = nullptr;
  if (before != nullptr) {
    // "the General Court in Luxembourg cut that fine": a country named as a place says where.
    for (const AuthorityMention& a : bodies)
      if (a.span.end <= before->span.begin && (!a.place || body == nullptr)) body = &a;
    // "Het CBb heeft de boete die de NVWA oplegde aan X verlaagd van ... naar ...": a body in a
    // relative clause on the fine word, with words of its own before the verb, imposed the old
    // fine; the body that changed it is named before that fine word. ("the fine, which the court
    // reduced", the relative's own verb right after the body, is the court's change.)
    for (const AuthorityMention& named : bodies) {
      if (named.span.end > before->span.begin || ctx.word_gap(named.span, before->span) <= 1) continue;
      if (const Cue* fine_word = ctx.fine_word_of_relative(named.span, sentence)) {
        const AuthorityMention* changer = nullptr;
        for (const AuthorityMention& a : bodies)
          if (a.span.end <= fine_word->span.begin) changer = &a;
        if (changer != nullptr) return changer;
      }
    }
    return body;
  }
  if (after && !bodies.empty() && bodies.front().span.end <= old_amount.begin) body = &bodies.front();
  return body;
}

// A clause opens at a semicolon or at a comma and a conjunction (", and", ", und", ", et").
bool has_clause_break(const DocumentContext& ctx, Span a, Span b) {
  const Span between{std::min(a.end, b.end), std::max(a.begin, b.begin)};
  if (between.end <= between.begin) return false;
  const std::string_view text = ctx.text_of(between);
  if (text.find(';') != std::string_view::npos) return true;
  for (std::size_t comma = text.find(", "); comma != std::string_view::npos; comma = text.find(", ", comma + 1)) {
    const std::size_t word_end = text.find(' ', comma + 2);
    if (word_end != std::string_view::npos &&
        ctx.lexicon.is_coordination(spaced(text.substr(comma + 2, word_end - comma - 2)), ctx.doc.language))
      return true;
  }
  return false;
}

// The bodies the fine's sentence names that may have imposed it: after the body that changed it,
// for the old amount of a change.
std::span<const AuthorityMention> bodies_of(const DocumentContext& ctx, const FineRecord& record) {
  const DocumentAnalysis& doc = ctx.doc;
  const Span money = doc.money[static_cast<std::size_t>(record.money)].span;
  const Span sentence = record.sentence;
  std::span<const AuthorityMention> here = ctx.authorities_in(sentence);
  // "La Audiencia Nacional ha rebajado de 3 a 1,8 millones la multa que la CNMV impuso": the old
  // amount of a change was imposed before it, not by the body that changed it; by another body
  // of the sentence, or else by one named before it.
  if (const std::size_t next = static_cast<std::size_t>(record.money) + 1;
      next < doc.money.size() && doc.money[next].change_end && doc.money[next].span.end <= sentence.end)
    if (const AuthorityMention* changer = changing_body(ctx, sentence, money, money, here))
      here = here.subspan(static_cast<std::size_t>(changer - here.data()) + 1);
  return here;
}

// "De rechtbank Rotterdam verlaagde de boete ... De rechtbank oordeelde", "o Tribunal da
// Concorrência ... o tribunal reduziu": a body named by its bare noun refers back to the last
// body named in full whose name holds that noun, opening a word ("Tribunal da Concorrência",
// "Δικαστηρίου") or closing a compound ("Nederlandse Arbeidsinspectie"); to where an appeal went
// only when no other body fits ("appealed to the Upper Tribunal. The tribunal cut ...", but "Das
// Bundesverwaltungsgericht wies ... ab; ... kann ans Bundesgericht weitergezogen werden. Das
// Gericht bestätigte ..."). The bare mention itself when none fits.
const AuthorityMention& named_in_full(const DocumentContext& ctx, const AuthorityMention& mention) {
  const std::string_view written = ctx.text_of(mention.span);
  if (!mention.body || mention.authority != nullptr || !mention.country.empty() ||
      written.find_first_of(" -") != std::string_view::npos)
    return mention;
  const std::string noun = fold_case(written);
  auto holds_noun = [&](std::string_view name) {
    const std::string folded = fold_case(name);
    for (std::size_t at = folded.find(noun); at != std::string::npos; at = folded.find(noun, at + 1)) {
      const std::size_t end = at + noun.size();
      if (at == 0 || folded[at - 1] == ' ' || end == folded.size() || folded[end] == ' ') return true;
    }
    return false;
  };
  const AuthorityMention* full = nullptr;
  const AuthorityMention* appealed_to = nullptr;
  for (const AuthorityMention& earlier : ctx.doc.authorities) {
    if (earlier.span.end > mention.span.begin) break;
    const std::string_view name = ctx.text_of(earlier.span);
    if (earlier.place || (!earlier.body && earlier.authority == nullptr) || name.size() <= written.size() ||
        !holds_noun(name))
      continue;
    (ctx.appeal_venue(earlier) ? appealed_to : full) = &earlier;
  }
  return full != nullptr ? *full : appealed_to != nullptr ? *appealed_to : mention;
}

// The body that imposed the fine: the nearest of its sentence that no rule sets aside, or one
// named before. Returns a body the amount is given to ("una sanzione ... all'Asl Roma 5"), which
// is then the fined party.
std::optional<Span> fill_authority(const DocumentContext& ctx, FineRecord& record) {
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
  std::span<const AuthorityMention> here = bodies_of(ctx, record);
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
  for (const AuthorityMention& other : here) {
    const bool proposes_another = record.kind != FineKind::proposed && std::any_of(cues_here.begin(), cues_here.end(), [&](const Cue& c) {
      return c.kind == CueKind::proposed && c.span.begin >= money.end && other.span.end <= c.span.begin &&
             ctx.word_gap(other.span, c.span) <= 1;
    });
    if (!proposes_another) imposers.push_back(other);
  }
  std::optional<Span> receiver_body;
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
    // A heading or list line ("TikTok – 530 Mio. EUR") is explained by the sentence after it.
    const std::string_view own = ctx.text_of(sentence);
    // A row of a table ("| Frontier | 2,2 mln USD |") is no heading: its authority comes before.
    const bool heading = !own.empty() && std::string_view(".!?\"'").find(own.back()) == std::string_view::npos &&
                         own.find('|') == std::string_view::npos;
    if ((heading || followed_up(ctx, s)) && s + 1 < doc.sentences.size()) {
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
        if (a->authority != nullptr && !a->place && !ctx.appeal_venue(*a)) record.authority = *a;
    }
    for (std::size_t back = 1; back <= policy.authority_look_back && back <= s && !record.authority; ++back) {
      // The last body the sentence names, leaving out where an appeal goes ("X contests the
      // fine and will appeal to the Conseil d'État").
      const auto earlier = ctx.authorities_in(doc.sentences[s - back]);
      auto last = std::find_if(earlier.rbegin(), earlier.rend(),
                               [&](const AuthorityMention& a) { return !ctx.appeal_venue(a); });
      if (last != earlier.rend() && !last->place &&
          (speaks_of_fines(doc.sentences[s - back]) || ctx.main_authority == nullptr))
        record.authority = *last;
    }
    // "A Leeds builder has been fined £380,000 after a fall. The firm was sentenced at Leeds Crown
    // Court": a lead, before which the article names no body, is told by the sentence after it,
    // if that one reports no money of its own.
    if (!record.authority && s + 1 < doc.sentences.size() && ctx.authorities_in({0, sentence.begin}).empty() &&
        ctx.money_in(doc.sentences[s + 1]).empty()) {
      const auto next = ctx.authorities_in(doc.sentences[s + 1]);
      const auto first = std::find_if(next.begin(), next.end(), [&](const AuthorityMention& a) {
        return (a.authority != nullptr || a.body) && !a.place && !ctx.appeal_venue(a);
      });
      if (first != next.end()) record.authority = *first;
    }
    if (!record.authority && ctx.main_authority != nullptr) record.authority = *ctx.main_authority;
    if (record.authority) {
      record.authority_inherited = true;
      record.confidence -= policy.inherited_authority_cost;
    }
  }
  if (record.authority) record.authority = named_in_full(ctx, *record.authority);
  return receiver_body;
}

// The date of the fine's decision, from its sentence, or one before it.
void fill_date(const DocumentContext& ctx, FineRecord& record) {
  const DocumentAnalysis& doc = ctx.doc;
  const Span money = doc.money[static_cast<std::size_t>(record.money)].span;
  const Span sentence = record.sentence;
  const std::span<const AuthorityMention> here = bodies_of(ctx, record);

  // The nearest date, but not one beyond another amount, and in a sentence of several amounts
  // the one that follows the amount: in "€8.85m in the UK last May, then €20m by the Greek
  // regulator this summer", May belongs to the first. A resolved date beats an unresolved one.
  const auto amounts = ctx.money_in(sentence);
  const bool several = std::count_if(amounts.begin(), amounts.end(),
                                     [](const MoneyMention& m) { return m.equivalent_of < 0; }) > 1;
  const DateMention* date = nullptr;
  // A date nearer another amount of the sentence belongs to that one: in "in 2021 X accepted
  // €1.2m, and Y was fined €0.4m in 2019", 2019 is Y's. Between two amounts, a date belongs to
  // the one of its clause: in "fined X £4m in October, and last year Y was fined £85,000", "last
  // year" is Y's, however near X's amount it stands.
  auto nearer_other = [&](const DateMention& d) {
    if (!several) return false;
    for (const MoneyMention& other : amounts) {
      if (other.equivalent_of >= 0 || other.span == money) continue;
      if (gap(d.span, other.span) < gap(d.span, money)) return true;
      const bool between = (money.end <= d.span.begin && d.span.end <= other.span.begin) ||
                           (other.span.end <= d.span.begin && d.span.end <= money.begin);
      if (between && has_clause_break(ctx, d.span, money) && !has_clause_break(ctx, d.span, other.span)) return true;
    }
    return false;
  };
  // A cue of `kind` in the sentence at most `max_gap` words before `target`, with none of `stops`
  // between them.
  auto cue_in_reach = [&](CueKind kind, Span target, std::size_t max_gap, std::string_view stops) {
    for (const Cue& c : ctx.cues_in(sentence))
      if (c.kind == kind && c.span.end <= target.begin && ctx.word_gap(c.span, target) <= max_gap &&
          ctx.text_of({c.span.end, target.begin}).find_first_of(stops) == std::string_view::npos)
        return true;
    return false;
  };
  // "fined £240,000 and ordered to pay costs of £8,600 at a hearing on 21 January": money that
  // its own words describe as no fine does not stand between a fine and its date.
  auto described_as_other = [&](const MoneyMention& m) {
    return cue_in_reach(CueKind::not_fine, m.span, policy.max_description_before_gap, ".,;:!?()\n");
  };
  auto beyond_other_fine = [&](const DateMention& d) {
    if (!crosses_amount(ctx, d.span, money, sentence)) return false;
    const Span between{std::min(d.span.end, money.end), std::max(d.span.begin, money.begin)};
    for (const MoneyMention& m : amounts)
      if (m.equivalent_of < 0 && !(m.span == money) && between.begin <= m.span.begin && m.span.end <= between.end &&
          !described_as_other(m))
        return true;
    return false;
  };
  // "Il provvedimento, adottato il 27 marzo e reso noto oggi": a date given to the decision.
  auto decision_dated = [&](const DateMention& d) {
    if (d.resolution == DateResolution::unresolved || d.dateline || d.period || d.future) return false;
    return cue_in_reach(CueKind::decision, d.span, policy.max_decision_date_gap, ";:()");
  };
  const auto dates_here = ctx.dates_in(sentence);
  const bool decision_day = std::any_of(dates_here.begin(), dates_here.end(), decision_dated);
  auto date_score = [&](const DateMention& d) {
    const bool relative = d.resolution == DateResolution::weekday || d.resolution == DateResolution::reference;
    return gap(d.span, money) + (d.resolution == DateResolution::unresolved ? 10000 : 0) +
           (several && d.span.end <= money.begin ? 1000 : 0) + (nearer_other(d) ? 2000 : 0) +
           (decision_day && relative && !decision_dated(d) ? 500 : 0);
  };
  // "a redus luni de la 500.000 la 200.000 de lei amenda aplicată de GNM ... în august 2023": a
  // date after the body named beside the new amount of a change dates that body's fine.
  const bool change_end = doc.money[static_cast<std::size_t>(record.money)].change_end;
  // But a decision dated in a clause of its own after that body's ("..., según una sentencia
  // fechada el 9 de abril", "..., potrivit unei hotărâri din 17 septembrie") is the change's.
  auto of_changed_fine = [&](const DateMention& d) {
    if (!change_end || d.span.begin < money.end) return false;
    return std::any_of(here.begin(), here.end(), [&](const AuthorityMention& a) {
      return a.span.begin >= money.end && a.span.end <= d.span.begin &&
             !(decision_dated(d) && ctx.text_of({a.span.end, d.span.begin}).find(',') != std::string_view::npos);
    });
  };
  const auto names_here = ctx.parties_in(sentence);
  auto inside_name = [&](Span d) {
    const std::string_view written = ctx.text_of(d);
    const bool bare_year = written.size() == 4 && std::all_of(written.begin(), written.end(), [](char c) {
      return c >= '0' && c <= '9';
    });
    return std::any_of(names_here.begin(), names_here.end(), [&](const PartyMention& p) {
      return (p.span.begin < d.begin && d.end <= p.span.end) ||
             (bare_year && p.span.end + 1 == d.begin && ctx.doc.text[p.span.end] == ' ');
    });
  };
  // "Πρόστιμο 1 εκατ. ευρώ επέβαλε ... σύμφωνα με ανακοίνωση της ΔΙΜΕΑ την Τρίτη 5 Δεκεμβρίου
  // 2023": the day of the announcement of the sentence's only amount, after a body it names, is
  // that fine's however long the sentence.
  auto announced_far = [&](const DateMention& d) {
    if (several || d.span.begin < money.end) return false;
    const auto bodies = ctx.authorities_in(sentence);
    for (const Cue& c : ctx.cues_in(sentence))
      if (c.kind == CueKind::announcement && money.end <= c.span.begin && c.span.end <= d.span.begin &&
          ctx.word_gap(c.span, d.span) <= policy.max_announcement_body_gap &&
          std::any_of(bodies.begin(), bodies.end(), [&](const AuthorityMention& a) {
            return c.span.end <= a.span.begin && a.span.end <= d.span.begin;
          }))
        return true;
    return false;
  };
  for (const DateMention& d : ctx.dates_in(sentence)) {
    // "Porto, 3 de março de 2023 – A ASAE aplicou ...": the dateline says when the article
    // appeared; the decision may be dated elsewhere, else the fine takes that day anyway.
    if (d.dateline) continue;
    // A span of years dates the infringement; a date after publication, what is to come.
    if (d.period || d.future) continue;
    if (dates_offence(ctx, d)) continue;
    // "SV Elbtal 1911": a year that is part of a name, or a bare year right after one, dates nothing.
    if (inside_name(d.span)) continue;
    if ((ctx.word_gap(d.span, money) > policy.max_date_gap && !announced_far(d) && !decision_dated(d)) || beyond_other_fine(d) ||
        is_time_limit(ctx, d) || of_changed_fine(d))
      continue;
    if (date == nullptr || date_score(d) < date_score(*date)) date = &d;
  }
  // "a redus luni amenda aplicată în 2022 ... la 7,5 milioane", "réduit mardi l'amende infligée
  // en 2022": the day beside the verb of the change dates the new amount; the year the fine was
  // imposed dates the old one.
  if (change_end)
    for (const Cue& c : ctx.cues_in(sentence))
      if (c.kind == CueKind::change && c.span.end <= money.begin)
        for (const DateMention& d : ctx.dates_in(sentence))
          if (!d.dateline && !d.period && !d.future && d.resolution != DateResolution::unresolved &&
              ctx.word_gap(c.span, d.span) <= 1 && !is_time_limit(ctx, d))
            date = &d;
  // "obniżył z 14,6 mln zł do 9 mln zł karę, którą prezes UOKiK nałożył w 2023 r.": a date
  // after the body named beside the new amount dates the old one, however far it stands.
  const std::size_t after_old = static_cast<std::size_t>(record.money) + 1;
  const bool old_of_change = after_old < doc.money.size() && doc.money[after_old].change_end &&
                             doc.money[after_old].span.end <= sentence.end && doc.money[after_old].range_with == record.money;
  if (old_of_change) {
    const Span new_amount = doc.money[after_old].span;
    for (const DateMention& d : ctx.dates_in(sentence)) {
      if (d.dateline || d.period || d.future || d.resolution == DateResolution::unresolved ||
          d.span.begin < new_amount.end || is_time_limit(ctx, d) || inside_name(d.span))
        continue;
      if (std::any_of(here.begin(), here.end(), [&](const AuthorityMention& a) {
            return a.span.begin >= new_amount.end && a.span.end <= d.span.begin &&
                   !(decision_dated(d) && ctx.text_of({a.span.end, d.span.begin}).find(',') != std::string_view::npos);
          })) {
        date = &d;
        break;
      }
    }
  }
  // "in March this year": a year right after the month it places says less than the month.
  if (date != nullptr && date > doc.dates.data()) {
    const DateMention& before = date[-1];
    if (before.span.end < date->span.begin && date->span.begin - before.span.end <= 1 &&
        before.value.size() > date->value.size() && before.value.starts_with(date->value))
      date = &before;
  }
  if (date == nullptr && old_of_change) {
    // "La cour a ramené de 31 à 24,5 millions l'amende ... L'arrêt a été rendu le 15 janvier":
    // the day the report gives is the change's. The old fine is dated where the text names
    // again the body that imposed it ("L'Autorité avait sanctionné ... en juin 2024"), else
    // nowhere.
    constexpr std::size_t kMaxOldFineLookAhead = 3;  // sentences
    const std::size_t s = ctx.sentence_of(money.begin);
    const AuthorityMention* changer = changing_body(ctx, sentence, doc.money[after_old].span, money, here);
    if (record.authority && !record.authority->place && (changer == nullptr || !same_authority(*changer, *record.authority)))
      for (std::size_t k = s + 1; k <= s + kMaxOldFineLookAhead && k < doc.sentences.size() && date == nullptr; ++k) {
        const auto bodies = ctx.authorities_in(doc.sentences[k]);
        if (std::none_of(bodies.begin(), bodies.end(), [&](const AuthorityMention& b) { return same_authority(b, *record.authority); }))
          continue;
        for (const DateMention& d : ctx.dates_in(doc.sentences[k]))
          if (!d.dateline && !d.period && !d.future && d.resolution != DateResolution::unresolved && !is_time_limit(ctx, d) &&
              !dates_offence(ctx, d)) {
            date = &d;
            break;
          }
      }
  } else if (date == nullptr) {
    const std::size_t s = ctx.sentence_of(money.begin);
    // A year alone there dates something else ("Det oplyser Finanstilsynet, der i 2022
    // politianmeldte banken"): the report gives a day.
    if (followed_up(ctx, s))  // its first date, a resolved one if any
      for (const DateMention& d : ctx.dates_in(doc.sentences[s + 1]))
        if (!is_time_limit(ctx, d) && !d.period && !d.future && d.value.size() > 4 && (date == nullptr || (date->resolution == DateResolution::unresolved &&
                                                   d.resolution != DateResolution::unresolved)))
          date = &d;
  }
  if (date != nullptr) record.date = static_cast<int>(date - doc.dates.data());
}

// The fined party: a name its cue ties to the amount, a pronoun or a reference back to a name, or
// the article's main party. `receiver_body`: a body the amount is given to.
void fill_party(const DocumentContext& ctx, FineRecord& record, std::optional<Span> receiver_body) {
  const DocumentAnalysis& doc = ctx.doc;
  const Span money = doc.money[static_cast<std::size_t>(record.money)].span;
  const Span sentence = record.sentence;

  // A name whose cue stands between it and the amount ("X was fined €Y", "€Y contre X") is
  // tied to it; then other names marked as fined; then names known from elsewhere. Never a
  // name beyond another amount.
  auto amount_just_before = [&](Span name) {
    for (const MoneyMention& m : ctx.money_in(sentence))
      if (m.equivalent_of < 0 && m.span.end <= name.begin && ctx.word_gap(m.span, name) <= policy.name_after_amount) return true;
    return false;
  };
  // "X must pay €12m, Y €6.5m and Z €3.5m": a name right before an amount of its own is that
  // amount's party, not the party of the amount before it.
  auto opens_own_amount = [&](Span name) {
    for (const MoneyMention& m : ctx.money_in(sentence)) {
      if (m.equivalent_of >= 0 || m.span.begin < name.end || ctx.word_gap(name, m.span) > policy.name_before_own_amount)
        continue;
      const std::string_view between = ctx.text_of({name.end, m.span.begin});
      return between.find_first_of(",;.0123456789") == std::string_view::npos &&
             !ctx.lexicon.is_coordination(between, ctx.doc.language);
    }
    return false;
  };
  // "X must pay €3.2m and Y, €1.3m": the verb left out after "and", a name and a comma before
  // an amount, right after another amount, is that amount's party.
  auto gapped_before = [&](Span name, Span amount) {
    if (name.end > amount.begin || ctx.text_of({name.end, amount.begin}) != ", ") return false;
    for (const MoneyMention& m : ctx.money_in(sentence))
      if (m.equivalent_of < 0 && m.span.end <= name.begin &&
          ctx.lexicon.is_coordination(ctx.text_of({m.span.end, name.begin}), ctx.doc.language))
        return true;
    return false;
  };
  auto opens_gapped_amount = [&](Span name) {
    const auto after = ctx.money_in({name.end, sentence.end});
    return !after.empty() && gapped_before(name, after.front().span);
  };
  const PartyMention* party = nullptr;
  std::size_t party_score = SIZE_MAX;
  for (const PartyMention& p : ctx.parties_in(sentence)) {
    const bool gapped = gapped_before(p.span, money);
    if (p.description || !(ctx.is_known_party(p) || (gapped && !ctx.names_authority(p))) ||
        crosses_amount(ctx, p.span, money, sentence) || (p.country && p.cue == PartyCue::none) ||
        (p.holds_role && p.cue == PartyCue::none) || ctx.inside_closed_relative(p.span, money) ||
        (money.end <= p.span.begin && (opens_own_amount(p.span) || opens_gapped_amount(p.span))))
      continue;
    // "nałożył na X karę Y": a cued name right before its amount is tied to it as well.
    const bool tied = gapped || (p.cue == PartyCue::after && p.span.end <= money.begin) ||
                      (p.cue == PartyCue::before && money.end <= p.span.begin) ||
                      // "uložil firmě Alfa pokutu 5 mil. Kč", "fined Apple €5m": the cued name and
                      // then the amount, a few words apart, unless the name closes an amount of
                      // its own ("€36m for Facebook and €23m for Instagram").
                      (p.cue == PartyCue::before && p.span.end <= money.begin && ctx.word_gap(p.span, money) <= policy.cued_name_before_amount &&
                       !amount_just_before(p.span));
    // "X was fined" after the amount points to a later amount, not back to this one; nor is a
    // name beyond a semicolon tied to it ("€1.1m against X; against Y it imposed €0.3m").
    const bool turned_away = p.cue == PartyCue::after && money.end <= p.span.begin;
    // "... $28m in civil penalties, while X agreed to pay a $250,000 penalty": the later amount's.
    if (turned_away && !ctx.money_in({p.span.end, sentence.end}).empty()) continue;
    const Span between{std::min(p.span.end, money.end), std::max(p.span.begin, money.begin)};
    const bool other_clause = between.end > between.begin && ctx.text_of(between).find(';') != std::string_view::npos;
    // "a X è stata comminata una multa di 300 mila euro, mentre a Y sono state irrogate ...": a
    // name across a word of contrast belongs to the clause set against the amount's.
    if (between.end > between.begin) {
      // cues_in() gives the cues that start inside; the word must end there too.
      const auto across = ctx.cues_in(between);
      if (std::any_of(across.begin(), across.end(),
                      [&](const Cue& c) { return c.kind == CueKind::contrast && c.span.end <= between.end; }))
        continue;
    }
    const std::size_t score =
        gap(p.span, money) + (tied && !other_clause ? 0 : p.cue != PartyCue::none && !turned_away ? 1000 : 2000);
    if (score < party_score) party = &p, party_score = score;
  }
  // "fined him", "Soud mu uložil", "He admitted the offence and was fined": a pronoun cued as
  // the fined party, before the amount with no name between, stands for a person or body named
  // before it, in its sentence or the one before, when no name is tied to the amount.
  // A lone capitalised word that opens a sentence may be any word ("Smrt", "Finally").
  auto opens_sentence_alone = [&](const PartyMention& p) {
    return doc.sentences[ctx.sentence_of(p.span.begin)].begin == p.span.begin &&
           ctx.text_of(p.span).find(' ') == std::string_view::npos;
  };
  const PartyMention* antecedent = nullptr;
  bool person_pronoun = false;
  if (party == nullptr || party_score >= 1000)
    for (const PartyMention& pronoun : ctx.doc.pronouns) {
      if (pronoun.span.begin < sentence.begin || pronoun.span.end > money.begin) continue;
      const auto parties_between = ctx.parties_in({pronoun.span.end, money.begin});
      if (!parties_between.empty() || ctx.text_of({pronoun.span.end, money.begin}).find(';') != std::string_view::npos)
        continue;
      person_pronoun = pronoun.person;
      const std::size_t here = ctx.sentence_of(pronoun.span.begin);
      std::size_t earliest = doc.sentences[here >= 1 ? here - 1 : 0].begin;
      // "Soud v úterý uznal Jana Nováka vinným. Podle obžaloby vylákal ... Soud mu uložil": a
      // sentence between that names nobody keeps the person named before it, in one paragraph.
      if (here >= 2 && ctx.parties_in(doc.sentences[here - 1]).empty() &&
          ctx.text_of({doc.sentences[here - 2].begin, doc.sentences[here].begin}).find('\n') == std::string_view::npos)
        earliest = doc.sentences[here - 2].begin;
      // A person's first mention gives the whole name ("the trial of Jan Novák"), a place or a
      // club often one word ("a landlord from Augsburg"): the last name of two words or more,
      // else the last name.
      const PartyMention* last_name = nullptr;
      for (auto p = ctx.parties.rbegin(); p != ctx.parties.rend() && antecedent == nullptr; ++p) {
        if (p->span.end > pronoun.span.begin) continue;
        if (p->span.begin < earliest) break;
        const bool several_words = ctx.text_of(p->span).find(' ') != std::string_view::npos;
        if (p->country || (p->complement && !several_words) || p->description || p->imposer ||
            (person_pronoun && p->has_suffix) ||
            ctx.names_authority(*p) || opens_sentence_alone(*p))
          continue;
        if (several_words) antecedent = &*p;
        else if (last_name == nullptr) last_name = &*p;
      }
      if (antecedent == nullptr) antecedent = last_name;
      break;
    }
  if (antecedent != nullptr) party = antecedent, party_score = 0;
  // "pour le géant de l'e-commerce", "the company": a reference nearer the amount than any name
  // points back to the main party; but a reference followed by a name is that name's
  // apposition ("la société Dupont Services", "firmě Eurovia", "societatea de servicii de
  // investiții Prime Capital Invest SA"), not a reference back.
  const auto parties_here = ctx.parties_in(sentence);
  auto apposition = [&](const Span& ref) {
    for (const PartyMention& p : parties_here) {
      if (p.span.begin < ref.end) continue;
      const std::string_view between = ctx.text_of({ref.end, p.span.begin});
      return ctx.word_gap(ref, p.span) <= policy.max_apposition_gap &&
             between.find_first_of(".,;:()\n0123456789") == std::string_view::npos;
    }
    return false;
  };
  // A name tied to the amount by its cue keeps it; a name with a cue keeps it from a reference
  // after the amount ("ordered X to pay €5,000 a day until the company complies").
  bool referenced = false;
  const Span* reference = nullptr;
  const bool tied_party = party != nullptr && party_score < 1000;
  const bool cued_party = party != nullptr && party_score < 2000;
  for (const Span& ref : ctx.company_references)
    if (!tied_party && !(cued_party && ref.begin >= money.end) && ref.begin >= sentence.begin &&
        ref.end <= sentence.end && (party == nullptr || gap(ref, money) < gap(party->span, money)) &&
        !apposition(ref)) {
      referenced = true;
      if (reference == nullptr) reference = &ref;
    }
  // "na spółdzielnię Mleczarnia Nadwiślańska ... spółdzielnia zapłaci", "wobec operatora
  // Kasownik24 ... firma nie przekazała": within a paragraph, a reference points back to the last
  // name a company noun introduced, before it points to the article's main party.
  const PartyMention* introduced = nullptr;
  if (reference != nullptr)
    for (const Span& intro : ctx.company_references) {
      if (intro.end > reference->begin) break;
      // The first name after the noun (the parties are in text order).
      const auto next = std::lower_bound(ctx.parties.begin(), ctx.parties.end(), intro.end,
                                         [](const PartyMention& p, std::size_t at) { return p.span.begin < at; });
      if (next != ctx.parties.end()) {
        const PartyMention& p = *next;
        if (p.span.end <= reference->begin && ctx.word_gap(intro, p.span) <= policy.max_apposition_gap &&
            ctx.text_of({intro.end, p.span.begin}).find_first_of(".,;:()\n0123456789") == std::string_view::npos &&
            !p.country && !p.description && !ctx.names_authority(p) &&
            ctx.text_of({p.span.end, reference->begin}).find('\n') == std::string_view::npos)
          introduced = &p;
      }
    }
  // A name of the fine's own clause that nothing marks as fined, nearest the amount: the party
  // when no cue names one there, rather than the article's main party, which an article about
  // several parties would otherwise give to every fine.
  // Failing a name, a description where a cue marks the fined party ("para las 15 empresas").
  // A lone capitalised word that opens the sentence ("Finalmente", "Zusätzlich") is a name only
  // if the text also writes it so inside a sentence.
  auto lone_opener = [&](const PartyMention& p) {
    const std::string_view name = ctx.text_of(p.span);
    if (p.has_suffix || name.find(' ') != std::string_view::npos ||
        ctx.text_of({sentence.begin, p.span.begin}).find_first_not_of(" \n\"'-\xe2\x80\x9c\x9e\x93\x94\xc2\xab") != std::string_view::npos)
      return false;
    for (const PartyMention& other : ctx.parties)
      if (&other != &p && ctx.text_of(other.span) == name && other.span.begin != doc.sentences[ctx.sentence_of(other.span.begin)].begin)
        return false;
    return true;
  };
  // "dat zij Snelpay een boete heeft opgelegd, van 375.000 euro": the amount set off by a comma
  // and one small word after the fine word completes that fine word; the comma opens no clause.
  auto amount_after_fine_word = [&](Span name) {
    const std::string_view between = ctx.text_of({name.end, money.begin});
    const std::size_t comma = between.find(", ");
    if (comma == std::string_view::npos || between.find_first_of(",;", comma + 1) != std::string_view::npos)
      return false;
    const std::string_view rest = between.substr(comma + 2);
    if (rest.size() < 2 || rest.back() != ' ' || !lowercase_word(rest.substr(0, rest.size() - 1))) return false;
    const Span clause{name.end, name.end + comma};
    const auto cues = ctx.cues_in(clause);
    return std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
      return (c.kind == CueKind::trigger || c.kind == CueKind::periodic) && c.span.end <= clause.end;
    });
  };
  const PartyMention* own = nullptr;
  if (party == nullptr && !referenced)
    for (const bool descriptions : {false, true})
      for (const PartyMention& p : ctx.parties_in(sentence)) {
        if (own != nullptr && own->description != descriptions) break;
        if (p.description != descriptions || p.country || p.complement || lone_opener(p) || ctx.names_authority(p) ||
            crosses_amount(ctx, p.span, money, sentence))
          continue;
        // Its own clause: no comma between ("X, which the court also fined, paid €5m" aside). A
        // description stands where a cue puts the fined party, so only a semicolon parts it from
        // the amount ("legde ze vijf truckmakers een boete op, van 3 miljard euro").
        const Span between{std::min(p.span.end, money.end), std::max(p.span.begin, money.begin)};
        if (between.end > between.begin &&
            ctx.text_of(between).find_first_of(p.description ? ";" : ",;") != std::string_view::npos &&
            !(p.span.end <= money.begin && amount_after_fine_word(p.span)))
          continue;
        if (own == nullptr || gap(p.span, money) < gap(own->span, money)) own = &p;
      }
  // "against another carrier, Pacific Crest Air", "against a Texas flight school, Lone Star
  // Aviation Academy": a description, or a name and the lowercase nouns it qualifies, right
  // before a comma and a name that ends the clause: that name is the party, set in apposition.
  auto apposed_name = [&](const PartyMention* m) {
    if (m == nullptr || m->has_suffix) return m;
    for (const PartyMention& p : ctx.parties_in({m->span.end, sentence.end})) {
      const std::string_view between = ctx.text_of({m->span.end, p.span.begin});
      if (!between.ends_with(", ")) break;
      const std::string_view nouns = between.substr(0, between.size() - 2);
      constexpr std::ptrdiff_t kMaxNouns = 3;
      const bool qualified = !nouns.empty() && nouns.front() == ' ' &&
                             std::count(nouns.begin(), nouns.end(), ' ') <= kMaxNouns &&
                             std::all_of(nouns.begin() + 1, nouns.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == ' ' || c == '-'; });
      const std::string_view after = ctx.text_of({p.span.end, std::min(p.span.end + 1, sentence.end)});
      const bool ends_clause = after.empty() || std::string_view(".,;").find(after.front()) != std::string_view::npos;
      if ((nouns.empty() ? m->description : qualified) && ends_clause && !p.description && !p.country &&
          !ctx.names_authority(p))
        return &p;
      break;
    }
    return m;
  };
  own = apposed_name(own);
  if (party != nullptr && party->cue == PartyCue::before) party = apposed_name(party);
  auto named_by_initial = [&](Span name) {
    const std::string_view t = ctx.text_of(name);
    return t.size() >= 3 && t.back() == '.' && t[t.size() - 2] >= 'A' && t[t.size() - 2] <= 'Z' && t[t.size() - 3] == ' ';
  };
  // "ein 52 Jahre alter Gastronom ... zu 12.000 Euro verurteilt. ... Thomas R. betreibt": a
  // person named by the initial of the surname in the next two sentences, with no other amount
  // between, is the one the fine's sentence described without a name.
  const PartyMention* named_after = nullptr;
  if (party == nullptr && own == nullptr && !referenced) {
    const std::size_t here = ctx.sentence_of(money.begin);
    for (const PartyMention& p : ctx.parties) {
      if (p.span.begin < sentence.end || ctx.sentence_of(p.span.begin) > here + 2) continue;
      const std::span<const MoneyMention> between = ctx.money_in({money.end, p.span.begin});
      if (named_by_initial(p.span) && !p.country && !ctx.names_authority(p) && between.empty()) {
        named_after = &p;
        break;
      }
    }
  }
  // "the company" never stands for a person named by the initial of the surname ("Markus T."):
  // when the main party is one, the reference points to the last name with a legal form before.
  const PartyMention* referred_company = nullptr;
  if (referenced && ctx.main_party >= 0 && named_by_initial(ctx.parties[static_cast<std::size_t>(ctx.main_party)].span))
    for (const PartyMention& p : ctx.parties)
      if (p.span.end <= money.begin && p.has_suffix && !p.country && !p.description && !ctx.names_authority(p))
        referred_company = &p;
  // "ASF a amendat compania X cu 500.000 de lei. ASF a mai dispus ca societatea să plătească
  // penalități": a reference in the sentence after a fine points back to the party that fine's
  // sentence names with a cue, before the article's main party.
  // Past one sentence between that names no money and no party by a cue or a legal form
  // ("Beslutet meddelades den 4 juni. Bolaget har tidigare fått ...").
  const PartyMention* previous_party = nullptr;
  if (referenced && referred_company == nullptr && !doc.sentences.empty()) {
    const std::size_t here = ctx.sentence_of(money.begin);
    std::size_t k = here > 0 ? here - 1 : 0;
    // A capitalised word alone opening the sentence ("Beslutet") names no one, unless the text
    // also writes it so inside a sentence ("Gulfmark has until October to respond").
    auto names_none = [&](Span between) {
      const auto names = ctx.parties_in(between);
      auto opener = [&](const PartyMention& p) {
        const std::string_view name = ctx.text_of(p.span);
        if (p.span.begin != between.begin || p.has_suffix || name.find(' ') != std::string_view::npos) return false;
        return std::none_of(ctx.parties.begin(), ctx.parties.end(), [&](const PartyMention& other) {
          return &other != &p && ctx.text_of(other.span).starts_with(name) &&
                 other.span.begin != doc.sentences[ctx.sentence_of(other.span.begin)].begin;
        });
      };
      return ctx.money_in(between).empty() && std::all_of(names.begin(), names.end(), [&](const PartyMention& p) {
               return p.country || p.description || ctx.names_authority(p) || opener(p);
             });
    };
    if (k > 0 && names_none(doc.sentences[k])) --k;
    // Of several names with a cue, the one nearest that sentence's money is its fine's party, not
    // a place named in what the fine was for ("... στην εταιρεία X για διάθεση αποβλήτων σε ρέμα
    // της Χαλκιδικής"); but a company is the name with a legal form, not a bare name the cue
    // marks ("ha condannato Sergio B., amministratore delegato della Metalcromo S.r.l. ... La
    // società dovrà pagare").
    const auto amounts = ctx.money_in(doc.sentences[k]);
    auto to_money = [&](const PartyMention& p) {
      std::size_t best = SIZE_MAX;
      for (const MoneyMention& m : amounts) best = std::min(best, gap(p.span, m.span));
      return best;
    };
    const PartyMention* company = nullptr;
    if (here > 0 && !amounts.empty())
      for (const PartyMention& p : ctx.parties_in(doc.sentences[k])) {
        if (p.country || p.description || p.imposer || ctx.names_authority(p)) continue;
        if (p.cue != PartyCue::none && (previous_party == nullptr || to_money(p) <= to_money(*previous_party)))
          previous_party = &p;
        if (p.has_suffix && company == nullptr) company = &p;
      }
    if (previous_party != nullptr && !previous_party->has_suffix && company != nullptr) previous_party = company;
  }
  // "Finanstilsynet gav Vestkyst Sparekasse et påbud, og banken har vedtaget en bøde": a
  // reference after the one name of its own sentence points back to that name, not to an earlier
  // fine's party ("Amazon ... avec Apple ... pour le géant": of two names, neither is sure).
  const PartyMention* named_before_reference = nullptr;
  if (referenced && reference != nullptr) {
    std::size_t names_before = 0;
    for (const PartyMention& p : ctx.parties_in({sentence.begin, reference->begin}))
      // Capitalised words that open the sentence are a name only with a legal form ("Wegen Verstößen").
      if (!p.country && !p.description && !p.imposer && !p.complement && !ctx.names_authority(p) &&
          (p.has_suffix || p.span.begin > sentence.begin + 1)) {
        named_before_reference = &p;
        ++names_before;
      }
    if (names_before != 1) named_before_reference = nullptr;
  }
  // "ASIC said it was seeking penalties against QuickCash Finance. ASIC is asking the court to
  // impose a penalty of A$5 million": the sentence before in the paragraph, with a fine word and
  // no amount, names the party by a cue; the proposal is that party's rather than the article's.
  // (An imposed fine keeps the article's party: its sentence before may announce another case.)
  const PartyMention* announced_party = nullptr;
  if (!record.entity && record.kind == FineKind::proposed && !doc.sentences.empty()) {
    const std::size_t here = ctx.sentence_of(money.begin);
    const Span before = here > 0 ? doc.sentences[here - 1] : Span{};
    const auto cues = ctx.cues_in(before);
    if (here > 0 && ctx.money_in(before).empty() &&
        ctx.text_of({before.end, sentence.begin}).find('\n') == std::string_view::npos &&
        std::any_of(cues.begin(), cues.end(), [](const Cue& c) { return c.kind == CueKind::trigger; }))
      for (const PartyMention& p : ctx.parties_in(before))
        if (p.cue != PartyCue::none && !p.country && !p.description && !p.imposer && !ctx.names_authority(p)) {
          announced_party = &p;
          break;
        }
  }
  const bool named_already = record.entity.has_value();
  if (record.entity) {
    // already named by the construction that made the record a fine
  } else if (receiver_body) {
    record.entity = receiver_body;
  } else if (named_before_reference != nullptr) {
    record.entity = named_before_reference->span;
  } else if (previous_party != nullptr) {
    record.entity = previous_party->span;
  } else if (referred_company != nullptr) {
    record.entity = referred_company->span;
  } else if (referenced && introduced != nullptr &&
             (ctx.main_party < 0 ||
              ctx.text_of(introduced->span) != ctx.text_of(ctx.parties[static_cast<std::size_t>(ctx.main_party)].span))) {
    record.entity = introduced->span;
  } else if (party != nullptr && !(referenced && ctx.main_party >= 0)) {
    record.entity = party->span;
  } else if (own != nullptr) {
    record.entity = own->span;
  } else if (named_after != nullptr) {
    record.entity = named_after->span;
  } else if (announced_party != nullptr) {
    record.entity = announced_party->span;
  } else if (ctx.main_party >= 0 &&
             // "He paid €60,000": a pronoun for a person never stands for a company with a legal form
             !(person_pronoun && ctx.parties[static_cast<std::size_t>(ctx.main_party)].has_suffix) &&
             // The article's party first named beside an amount of a later paragraph is that
             // paragraph's fine's ("... uložil Nemocnici ... pokutu. ¶ Oblastní inspektorát
             // uložil agentuře Work Plus s.r.o. pokutu 2 miliony"), not an earlier unnamed one's.
             !first_named_after_paragraph(ctx, ctx.parties[static_cast<std::size_t>(ctx.main_party)].span, sentence)) {
    record.entity = ctx.parties[static_cast<std::size_t>(ctx.main_party)].span;
    record.entity_inherited = true;
    record.confidence -= policy.inherited_party_cost;
  }
  // "Operatorul a fost sancționat ... Totodată, ... societății X": a word that refers back to a
  // company never means one the text names only after the fine.
  if (referenced && !named_already && record.entity && record.entity->begin >= sentence.end &&
      std::none_of(ctx.parties.begin(), ctx.parties.end(), [&](const PartyMention& p) {
        return p.span.end <= money.begin && ctx.same_party(p.span, *record.entity);
      })) {
    record.entity.reset();
    record.entity_inherited = false;
  }
}

}  // namespace

void fill_slots(const DocumentContext& ctx, FineRecord& record) {
  const std::optional<Span> receiver_body = fill_authority(ctx, record);
  fill_date(ctx, record);
  fill_party(ctx, record, receiver_body);
}

}  // namespace finex
