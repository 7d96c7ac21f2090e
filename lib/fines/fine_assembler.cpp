#include "fines/fine_assembler.h"

#include "fines/assembly_policy.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <map>
#include <optional>

#include <utf8proc.h>

#include "entities/party_recognizer.h"
#include "fines/continued_fines.h"
#include "fines/document_context.h"
#include "fines/fine_lexicon.h"
#include "fines/list_items.h"
#include "fines/slot_rules.h"
#include "fines/table_rows.h"
#include "text/code_points.h"
#include "text/word_starts.h"

namespace finex {

namespace {

constexpr const AssemblyPolicy& policy = kAssemblyPolicy;
// Words between a law's penalty and its amount when a prison term stands between them.
constexpr std::size_t kMaxCapOverPrisonTerm = 8;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

struct FineAssembler::Impl {
  Impl(const std::vector<std::string>& languages, const LanguagePacks& packs) : lexicon(languages, packs) {
    if (!lexicon.ok()) error = lexicon.error();
  }
  FineLexicon lexicon;
  std::string error;
};

FineAssembler::FineAssembler(const std::vector<std::string>& languages, const LanguagePacks& packs)
    : impl_(std::make_unique<Impl>(languages, packs)) {}
FineAssembler::~FineAssembler() = default;
bool FineAssembler::ok() const { return impl_->error.empty(); }
const std::string& FineAssembler::error() const { return impl_->error; }

namespace {

// A count right before the fine word ("24 multas", "seven fines") makes the amount a total
// over many fines, unless the sentence names whom they were imposed on.
bool counted_trigger(const DocumentContext& ctx, const Cue& trigger) {
  if (trigger.kind == CueKind::unit_trigger) return false;  // "20 päiväsakkoa" is one fine
  const std::string_view text = ctx.doc.text;
  // A count word ends at most two bytes before the trigger: only the cues that start shortly
  // before it can be one.
  constexpr std::size_t kLongestCount = 256;
  const std::size_t from = trigger.span.begin > kLongestCount ? trigger.span.begin - kLongestCount : 0;
  for (const Cue& c : ctx.cues_in({from, trigger.span.begin}))
    if (c.kind == CueKind::count && c.span.end <= trigger.span.begin &&
        trigger.span.begin - c.span.end <= 2)
      return true;
  std::size_t p = trigger.span.begin;
  if (p == 0 || text[p - 1] != ' ') return false;
  // A particle of one or two letters may join the number to the noun: "120 de amenzi".
  std::size_t word = p - 1;  // the start of the word before the trigger
  while (word > 0 && text[word - 1] >= 'a' && text[word - 1] <= 'z') --word;
  const std::size_t letters = p - 1 - word;
  if (letters >= 1 && letters <= 2 && word > 0 && text[word - 1] == ' ') p = word;
  std::size_t end = p - 1, begin = end;
  while (begin > 0 && is_digit(text[begin - 1])) --begin;
  if (begin == end || (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n')) return false;
  if (ctx.inside_date(begin)) return false;
  return std::atoi(std::string(text.substr(begin, end - begin)).c_str()) >= 2;
}

// True when a cue of `kind` stands at most `max_gap` words before `target`, with no clause
// boundary between them.
bool cue_before(const DocumentContext& ctx, std::span<const Cue> cues, CueKind kind, Span target,
                std::size_t max_gap) {
  for (const Cue& c : cues)
    if (c.kind == kind && c.span.end <= target.begin && ctx.word_gap(c.span, target) <= max_gap &&
        ctx.text_of({c.span.end, target.begin}).find_first_of(".;:!?()\n") == std::string_view::npos)
      return true;
  return false;
}

// The restating word ("adică", "echivalentul a") right before `amount`, if any: a few words
// ("aproximativ") may stand between them.
const Cue* restating_cue(const DocumentContext& ctx, std::span<const Cue> cues, Span amount) {
  for (const Cue& c : cues)
    if (c.kind == CueKind::restates && c.span.end <= amount.begin &&
        ctx.word_gap(c.span, amount) <= policy.max_restating_gap)
      return &c;
  return nullptr;
}

// Whether `amount` is by how much a fine changed: right after a word of difference ("by", "um")
// with a verb that changes a fine a few words before it or, verb last, after the amount
// ("um 1,7 Millionen Euro gesenkt"), in one clause.
bool changed_by(const DocumentContext& ctx, std::span<const Cue> cues, Span amount) {
  constexpr std::size_t kMaxVerbGap = 6;  // words: "reduced the fine it had imposed by"
  // A word that is both ("by" also opens a passive's agent) is listed as an agent, which an
  // amount right after it never is.
  const auto difference = std::find_if(cues.begin(), cues.end(), [&](const Cue& c) {
    return (c.kind == CueKind::difference || c.kind == CueKind::agent) && c.span.end <= amount.begin &&
           ctx.word_gap(c.span, amount) == 0;
  });
  if (difference == cues.end()) return false;
  auto one_clause = [&](Span a, Span b) {
    return ctx.word_gap(a, b) <= kMaxVerbGap && ctx.text_of({a.end, b.begin}).find_first_of(",;:.()\n") == std::string_view::npos;
  };
  return std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
    return c.kind == CueKind::change &&
           ((c.span.end <= difference->span.begin && one_clause(c.span, difference->span)) ||
            (c.span.begin >= amount.end && one_clause(amount, c.span)));
  });
}

// Whether a verb that changes a fine ("raised", "erhöhte") stands before the range of `money`
// in its sentence.
bool changed_fine(const DocumentContext& ctx, const MoneyMention& money, Span sentence) {
  const std::size_t first = money.range_with >= 0
                                ? std::min(money.span.begin, ctx.doc.money[static_cast<std::size_t>(money.range_with)].span.begin)
                                : money.span.begin;
  const std::size_t last = money.range_with >= 0
                               ? std::max(money.span.end, ctx.doc.money[static_cast<std::size_t>(money.range_with)].span.end)
                               : money.span.end;
  for (const Cue& c : ctx.cues_in(sentence)) {
    if (c.kind != CueKind::change) continue;
    if (c.span.end <= first && ctx.words().between(c.span.end, first) <= policy.max_change_gap) return true;
    // "a majorat, marți, 2 iulie, amenda penală aplicată firmei X ... de la 300.000 de lei la
    // 450.000 de lei": the verb and the fine it changes open the range's clause, asides and all,
    // with no other amount between.
    if (c.span.end <= first && ctx.money_in({c.span.end, first}).empty() &&
        ctx.text_of({c.span.end, first}).find_first_of(";:()") == std::string_view::npos &&
        ctx.has_cue({c.span.end, first}, CueKind::trigger))
      return true;
    // "hat das Bußgeld von 4,5 auf 5,8 Millionen Euro erhöht": the verb closes the clause.
    if (c.span.begin >= last && ctx.words().between(last, c.span.begin) <= policy.max_change_gap &&
        ctx.text_of({last, c.span.begin}).find_first_of(".,;:!?()\n") == std::string_view::npos)
      return true;
  }
  return false;
}

// A fine word in sentence `s` or the one before it; before a short line (a dateline, a byline)
// in the one before that, a headline. With `unpriced`, only a fine word whose sentence gives
// no other amount: "It is not its first fine. In 2023 it had to pay €400,000" speaks of the
// amount paid, "The ICO fined X £3m. X will pay £2bn for Y" of another.
bool speaks_of_fine(const DocumentContext& ctx, std::size_t s, const MoneyMention* unpriced = nullptr) {
  constexpr std::size_t kShortLine = 40;  // bytes
  std::size_t from = s >= 1 ? s - 1 : 0;
  if (from >= 1 && from < s && ctx.doc.sentences[from].size() <= kShortLine) --from;
  for (std::size_t k = from; k <= s && k < ctx.doc.sentences.size(); ++k) {
    if (unpriced != nullptr) {
      const auto amounts = ctx.money_in(ctx.doc.sentences[k]);
      if (std::any_of(amounts.begin(), amounts.end(), [&](const MoneyMention& m) {
            return m.equivalent_of < 0 && !(m.span == unpriced->span) && m.range_with < 0;
          }))
        continue;
    }
    for (const Cue& c : ctx.cues_in(ctx.doc.sentences[k]))
      if (c.kind == CueKind::trigger || c.kind == CueKind::unit_trigger) return true;
  }
  return false;
}

// The verb that changed a fine to `money`, where the amount has no fine word of its own within
// reach: "Diese wurde später auf 120.000 Euro herabgesetzt" after a sentence about the fine,
// or "a redus amenda aplicată de X companiei Y de la 500.000 de lei la 200.000 de lei", where
// the fine word stands after the verb, before the change's range. The fine word of the range
// is returned in the second case, the verb in the first.
const Cue* change_trigger(const DocumentContext& ctx, const MoneyMention& money, Span sentence, std::size_t s) {
  const auto cues = ctx.cues_in(sentence);
  const bool in_change = money.change_end || (money.range_with >= 0 && static_cast<std::size_t>(money.range_with) < ctx.doc.money.size() &&
                                              ctx.doc.money[static_cast<std::size_t>(money.range_with)].change_end);
  if (in_change) {
    const std::size_t first = money.range_with >= 0
                                  ? std::min(money.span.begin, ctx.doc.money[static_cast<std::size_t>(money.range_with)].span.begin)
                                  : money.span.begin;
    for (const Cue& verb : cues) {
      if (verb.kind != CueKind::change || verb.span.end > first) continue;
      for (const Cue& c : cues)
        if (c.kind == CueKind::trigger && c.span.begin >= verb.span.end && c.span.end <= first &&
            ctx.word_gap(verb.span, c.span) <= policy.max_change_gap &&
            ctx.text_of({verb.span.end, first}).find_first_of(";:!?()\n") == std::string_view::npos)
          return &c;
    }
    // "Het CBb heeft de boete die de NVWA oplegde aan X uit Y verlaagd van 120.000 euro naar
    // 80.000 euro": the verb right before the change's range, its fine word before it, as far
    // as a fine word may stand from its amount, however long the clause that says whose it was.
    constexpr std::size_t kMaxVerbToRange = 1;  // "verlaagd van"
    for (const Cue& verb : cues) {
      if (verb.kind != CueKind::change || verb.span.end > first || ctx.words().between(verb.span.end, first) > kMaxVerbToRange)
        continue;
      for (const Cue& c : cues)
        if (c.kind == CueKind::trigger && c.span.end <= verb.span.begin && ctx.word_gap(c.span, verb.span) <= policy.max_trigger_gap)
          return &c;
    }
    // "hat die Geldbuße, welche die BaFin ... festgesetzt hatte, von 1,2 Millionen Euro auf
    // 750.000 Euro herabgesetzt": the verb closes the clause right after the range; its fine
    // word stands before the range with no other amount between, however long the clause that
    // says whose fine it was.
    const std::size_t last = money.range_with >= 0
                                 ? std::max(money.span.end, ctx.doc.money[static_cast<std::size_t>(money.range_with)].span.end)
                                 : money.span.end;
    for (const Cue& verb : cues) {
      if (verb.kind != CueKind::change || verb.span.begin < last || ctx.words().between(last, verb.span.begin) > 0) continue;
      for (auto c = cues.rbegin(); c != cues.rend(); ++c)
        if (c->kind == CueKind::trigger && c->span.end <= first && ctx.money_in({c->span.end, first}).empty() &&
            ctx.text_of({c->span.end, first}).find_first_of(";:!?\n") == std::string_view::npos)
          return &*c;
    }
  }
  // The new amount of a change is as near the verb as the change's first amount: "ji snížil z
  // 5 milionů na 3 miliony korun".
  Span near = money.span;
  if (in_change && money.range_with >= 0 && static_cast<std::size_t>(money.range_with) < ctx.doc.money.size()) {
    const Span other = ctx.doc.money[static_cast<std::size_t>(money.range_with)].span;
    if (other.begin < near.begin) near = other;
  }
  for (const Cue& c : cues)
    if (c.kind == CueKind::change && ctx.word_gap(c.span, near) <= policy.max_change_word_gap &&
        ctx.text_of({std::min(c.span.end, near.end), std::max(c.span.begin, near.begin)})
                .find_first_of(".,;:!?()\n") == std::string_view::npos &&
        speaks_of_fine(ctx, s))
      return &c;
  return nullptr;
}

// Whether `between` opens another clause: a semicolon, or a comma and a lowercase word ("1,3 mld
// zł, a ustawa ...", "€3m, while the law ...").
bool opens_clause(std::string_view between) {
  if (between.find(';') != std::string_view::npos) return true;
  for (std::size_t comma = between.find(", "); comma != std::string_view::npos; comma = between.find(", ", comma + 1)) {
    std::size_t len = 0;
    const std::int32_t first = comma + 2 < between.size() ? code_point_at(between, comma + 2, len) : 0;
    if (first > 0 && utf8proc_category(first) == UTF8PROC_CATEGORY_LL) return true;
  }
  return false;
}

// "The High Court ordered X to pay £5,000 a day until it complies": a body that orders a
// payment per day or week imposes a periodic penalty, with or without a fine word.
bool ordered_per_period(const DocumentContext& ctx, const MoneyMention& money, Span sentence) {
  if (money.period == Period::none) return false;
  const auto bodies = ctx.authorities_in(sentence);
  return std::any_of(bodies.begin(), bodies.end(), [&](const AuthorityMention& a) {
    return a.span.end <= money.span.begin && !a.place;
  });
}

// "Thameside Water will pay £11.2m after a court found ...", "In 2023 moest X al 400.000 euro
// betalen": a verb of paying right beside the amount, where the sentence or the one before
// speaks of a fine (or the amount continues a fine before it) and a body that imposes fines is
// named; paying is also damages, prices and settlements, so a sentence that names money of
// another kind keeps it no fine.
const Cue* payment_trigger(const DocumentContext& ctx, const std::vector<FineRecord>& records, const MoneyMention& money,
                           Span sentence, std::size_t s) {
  if (!(speaks_of_fine(ctx, s, &money) || next_party_of_list(ctx, records, money, sentence, s) ||
        ordered_per_period(ctx, money, sentence) || share_of_total(ctx, records, money, s)) ||
      ctx.has_cue(sentence, CueKind::not_fine))
    return nullptr;
  bool authority = ctx.main_authority != nullptr;
  for (std::size_t k = s >= 1 ? s - 1 : 0; k <= s && !authority; ++k)
    authority = !ctx.authorities_in(ctx.doc.sentences[k]).empty();
  if (!authority) return nullptr;
  // "X en Y moeten respectievelijk 1,4 miljoen euro en 875.000 euro betalen": the amounts
  // coordinated with the one a verb after them stands beside are paid too.
  Span last = money.span;
  const auto amounts = ctx.money_in(sentence);
  for (std::size_t k = 0; k + 1 < amounts.size(); ++k)
    if (amounts[k].span == last && ctx.lexicon.is_coordination(ctx.text_of({last.end, amounts[k + 1].span.begin}), ctx.doc.language))
      last = amounts[k + 1].span;
  for (const Cue& c : ctx.cues_in(sentence)) {
    if (c.kind != CueKind::payment) continue;
    if (ctx.word_gap(c.span, money.span) <= policy.max_payment_gap) return &c;
    if (c.span.begin >= last.end && ctx.word_gap(last, c.span) <= policy.max_payment_after_gap &&
        ctx.text_of({last.end, c.span.begin}).find_first_of(",;:.()") == std::string_view::npos)
      return &c;
  }
  return nullptr;
}

// "X moet een boete van 450.000 euro betalen. Dat heeft de rechtbank bepaald. Het Openbaar
// Ministerie had 750.000 euro geëist": a verb of demanding right beside the amount, in a
// sentence that names a body, shortly after the fine it answers (past one sentence without
// money at most), demands a fine of its own.
const Cue* demand_trigger(const DocumentContext& ctx, const std::vector<FineRecord>& records, const MoneyMention& money,
                          Span sentence, std::size_t s) {
  if (records.empty() || s == 0 || ctx.authorities_in(sentence).empty() || ctx.has_cue(sentence, CueKind::not_fine))
    return nullptr;
  const std::size_t fined = ctx.sentence_of(records.back().sentence.begin);
  if (fined >= s || s - fined > 2 || (s - fined == 2 && !ctx.money_in(ctx.doc.sentences[s - 1]).empty()))
    return nullptr;
  for (const Cue& c : ctx.cues_in(sentence))
    if (c.kind == CueKind::proposed && ctx.word_gap(c.span, money.span) <= 1) return &c;
  return nullptr;
}

// "... haben bisher nur maßvolle Bußgelder ausgesprochen. Den Spitzenwert markieren 80.000 Euro":
// a word naming the highest of the fines spoken of just before, with no amount of their own.
const Cue* record_trigger(const DocumentContext& ctx, const MoneyMention& money, Span sentence, std::size_t s) {
  if (!speaks_of_fine(ctx, s, &money)) return nullptr;
  for (const Cue& c : ctx.cues_in(sentence))
    if (c.kind == CueKind::record && c.span.end <= money.span.begin && ctx.word_gap(c.span, money.span) <= policy.max_record_gap)
      return &c;
  return nullptr;
}

std::size_t count_triggers(const std::vector<Cue>& cues) {
  return static_cast<std::size_t>(
      std::count_if(cues.begin(), cues.end(), [](const Cue& c) {
        return c.kind == CueKind::trigger || c.kind == CueKind::unit_trigger;
      }));
}

}  // namespace

std::vector<Span> taken_spans(const DocumentAnalysis& doc) {
  std::vector<Span> taken;
  for (const auto& a : doc.authorities) taken.push_back(a.span);
  for (const auto& d : doc.dates) {
    taken.push_back(d.span);
    // "Den Haag, 9 april 2024": the dateline's place is where the story was filed, never a party.
    if (d.dateline) {
      const std::size_t line = doc.text.rfind('\n', d.span.begin);
      const std::size_t begin = line == std::string_view::npos ? 0 : line + 1;
      if (begin < d.span.begin) taken.push_back({begin, d.span.begin});
    }
    // Nor is the agency in parentheses between a date and a dash ("TAMPERE, 11.6.2025 (STT) –",
    // "MADRID, 12 jun (EFE).-"), a dateline's whether its date names its year or not.
    constexpr std::size_t kMaxAgency = 32;
    const std::string_view after = doc.text.substr(d.span.end, kMaxAgency);
    if (const std::size_t close = after.find(')'); after.starts_with(" (") && close != std::string_view::npos &&
                                                   after.substr(0, close).find('\n') == std::string_view::npos) {
      const std::string_view rest = after.substr(close + 1);
      if (rest.starts_with(" -") || rest.starts_with(" \u2013") || rest.starts_with(" \u2014") || rest.starts_with(".-") ||
          rest.starts_with(".\u2013"))
        taken.push_back({d.span.end, d.span.end + close + 1});
    }
  }
  for (const auto& m : doc.money) taken.push_back(m.span);
  std::sort(taken.begin(), taken.end(), [](Span a, Span b) { return a.begin < b.begin; });
  return taken;
}

std::vector<Cue> FineAssembler::find_cues(std::string_view text, std::string_view language,
                                          const WordOpenings* openings) const {
  return impl_->lexicon.scan(text, language, openings);
}

bool FineAssembler::may_report_fines(const DocumentAnalysis& doc) const {
  if (count_triggers(doc.cues) >= policy.min_triggers_for_lists) return true;
  // The test of assemble() below, without sentences: a trigger within reach of an amount.
  for (const Cue& c : doc.cues) {
    // A verb of change right after an amount ("von 1,2 Millionen Euro auf 750.000 Euro
    // herabgesetzt") may change a fine named far before it.
    if (c.kind == CueKind::change) {
      const auto after = std::lower_bound(doc.money.begin(), doc.money.end(), c.span.begin,
                                          [](const MoneyMention& m, std::size_t pos) { return m.span.begin < pos; });
      if (after != doc.money.begin() && count_word_starts(doc.text, std::prev(after)->span.end, c.span.begin, 1) == 0)
        return true;
    }
    if (c.kind != CueKind::trigger && c.kind != CueKind::periodic && c.kind != CueKind::unit_trigger)
      continue;
    // The nearest amount on either side, its words counted by reading only up to the window:
    // one document in four quotes some price, most of them far from any fine word.
    const auto after = std::lower_bound(doc.money.begin(), doc.money.end(), c.span.end,
                                        [](const MoneyMention& m, std::size_t pos) { return m.span.begin < pos; });
    if (after != doc.money.end() &&
        count_word_starts(doc.text, c.span.end, after->span.begin, policy.max_trigger_gap) <= policy.max_trigger_gap)
      return true;
    if (after != doc.money.begin()) {
      const Span before = std::prev(after)->span;
      if (before.end >= c.span.begin ||
          count_word_starts(doc.text, before.end, c.span.begin, policy.max_trigger_gap) <= policy.max_trigger_gap)
        return true;
    }
  }
  return false;
}

std::vector<FineRecord> FineAssembler::assemble(const DocumentAnalysis& doc,
                                                const PartyRecognizer& names) const {
  DocumentContext ctx(doc, impl_->lexicon, names);
  std::vector<FineRecord> records;
  std::vector<int> aggregates;  // amounts a total over many fines names, blocked as no fine
  std::vector<std::size_t> changed_from_before;  // changes that name no party of their own before the amount

  for (std::size_t i = 0; i < doc.money.size(); ++i) {
    const MoneyMention& money = doc.money[i];
    if (money.equivalent_of >= 0) continue;  // "(€8.64 million)" restates the amount before it
    const std::size_t s = ctx.sentence_of(money.span.begin);
    const Span sentence = doc.sentences.empty() ? Span{0, doc.text.size()} : doc.sentences[s];
    // "una sanzione da 300 a 1.200 euro", "coimas entre 500 e 5 000 euros": a fine imposed is
    // one amount, so the two bounds of one state what the law allows; unless a verb says the
    // fine went from one to the other ("raised the fine from €1m to €2m").
    if (money.bounds && !changed_fine(ctx, money, sentence)) continue;

    const Cue* trigger = nullptr;
    std::size_t trigger_gap = policy.max_trigger_gap + 1;
    bool blocked = false;
    std::size_t not_fine_gap = SIZE_MAX;
    const Cue* cap = nullptr;
    const Cue* not_fine_before = nullptr;  // the nearest word of other money before the amount
    bool described_not_fine = false, described_fine = false;
    // A word of other money right before the amount, at most "of" between ("een naheffingsaanslag
    // van €2,3 miljoen opgelegd"), names it whatever verb of fining ends the clause.
    bool named_not_fine = false;
    const auto cues = ctx.cues_in(sentence);
    // "would have faced around €30 million", "rumours that X would be fined €50 million".
    if (cue_before(ctx, cues, CueKind::hypothesis, money.span, policy.max_hypothesis_gap)) continue;
    // "une amende de 20 000 euros, dont 10 000 euros avec sursis": the suspended part of the fine
    // before it.
    // "A execução de 150 mil euros da coima fica suspensa", "£8,000 of the fine is suspended":
    // the part named after the amount, the suspension after that.
    const Cue* part_after = nullptr;
    for (const Cue& c : cues)
      if (c.kind == CueKind::part_after && c.span.begin >= money.span.end && ctx.word_gap(money.span, c.span) == 0) part_after = &c;
    const Span part_end = part_after != nullptr ? part_after->span : money.span;
    // "sont assortis du sursis", "is to be suspended": a verb of a few words after the part.
    constexpr std::size_t kMaxVerbBeforeSuspension = 3;  // words
    const std::size_t suspension_gap = part_after != nullptr ? kMaxVerbBeforeSuspension : policy.max_description_gap;
    if ((part_after != nullptr || cue_before(ctx, cues, CueKind::part, money.span, policy.max_description_gap)) &&
        std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
          return c.kind == CueKind::suspended && c.span.begin >= part_end.end && ctx.word_gap(part_end, c.span) <= suspension_gap;
        }))
      continue;
    // "90 Tagessätze zu je 50 Euro": the price of one day-fine; the total that may follow is the fine.
    if (slot_rules::unit_price(ctx, money)) continue;
    // "613.912 lei, adică 130.000 de euro" restates an amount; "0,2% din cifra de afaceri, adică
    // 310.000 de lei" states the fine, and the turnover before the word is the share's base.
    // "300 stawek dziennych po 100 zł, czyli 30 tys. zł": after the price of one day-fine the
    // word gives the total, which is the fine.
    const Cue* restating = restating_cue(ctx, cues, money.span);
    if (restating != nullptr && i > 0 && doc.money[i - 1].span.end <= restating->span.begin &&
        ctx.word_gap(doc.money[i - 1].span, restating->span) <= policy.max_restated_gap &&
        !slot_rules::unit_price(ctx, doc.money[i - 1]))
      continue;
    // "Kara dla Farmavity odpowiada równowartości ok. 3,3 mln euro": a sum told before in
    // another currency.
    if (std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
          return c.kind == CueKind::equivalent && c.span.end <= money.span.begin &&
                 ctx.word_gap(c.span, money.span) <= policy.max_restating_gap;
        }) &&
        std::any_of(doc.money.begin(), doc.money.begin() + static_cast<std::ptrdiff_t>(i),
                    [&](const MoneyMention& m) { return m.currency != money.currency; }))
      continue;
    // "cuts Vandermeer's fine by €12.3 million", "um 1,7 Millionen Euro gesenkt": by how much a
    // change verb of the clause changed a fine.
    if (changed_by(ctx, cues, money.span)) continue;
    const auto names = ctx.parties_in(sentence);
    // "Směnárna Karlův most s.r.o.: 350 tis. Kč – neoznámení podezřelých obchodů": after a dash,
    // what the amount was paid for.
    auto after_dash = [&](const Cue& c) {
      return money.span.end <= c.span.begin && ctx.text_of({money.span.end, c.span.begin}).find(" - ") != std::string_view::npos;
    };
    // "Capital Atlántico Inversiones", "Atlas Invest", "a Inversiones Talamanca": a word of
    // other money inside a name of several words, or opening one with its capital, is part of
    // the name. Not of one that holds a fine word too ("vom Bußgeldverfahren Schadensersatz"),
    // which is two nouns a capital opens.
    auto inside_name = [&](const Cue& c) {
      return std::any_of(names.begin(), names.end(), [&](const PartyMention& p) {
        const bool opens_capitalised = p.span.begin == c.span.begin && ctx.doc.text[c.span.begin] >= 'A' &&
                                       ctx.doc.text[c.span.begin] <= 'Z';
        return p.span.begin <= c.span.begin && c.span.end <= p.span.end &&
               (p.span.begin < c.span.begin || opens_capitalised) && ctx.text_of(p.span).find(' ') != std::string_view::npos &&
               std::none_of(cues.begin(), cues.end(), [&](const Cue& t) {
                 return t.kind == CueKind::trigger && p.span.begin <= t.span.begin && t.span.end <= p.span.end;
               });
      });
    };
    // "náklady na sanaci, které již uhradila, přesáhly dva miliony korun": a fine word inside a
    // relative clause set off by commas after a word of other money speaks of that money, which
    // the amount after the clause is.
    auto in_aside_of_other_money = [&](const Cue& t) {
      if (t.span.end > money.span.begin || ctx.text_of({t.span.end, money.span.begin}).find(',') == std::string_view::npos)
        return false;
      // The relative pronoun that opens the fine word's clause (the cues are in text order).
      const Cue* relative = nullptr;
      for (const Cue& r : cues) {
        if (r.span.end > t.span.begin) break;
        if (r.kind == CueKind::relative) relative = &r;
      }
      if (relative == nullptr || ctx.text_of({relative->span.end, t.span.begin}).find_first_of(",;:()") != std::string_view::npos)
        return false;
      return std::any_of(cues.begin(), cues.end(), [&](const Cue& n) {
        return n.kind == CueKind::not_fine && n.span.end <= relative->span.begin &&
               ctx.word_gap(n.span, relative->span) <= policy.max_relative_noun_gap &&
               ctx.text_of({n.span.end, relative->span.begin}).find(", ") != std::string_view::npos && !inside_name(n);
      });
    };
    for (const Cue& c : cues) {
      if (restating != nullptr && c.kind == CueKind::not_fine && c.span.end <= restating->span.begin)
        continue;
      if (c.kind == CueKind::not_fine && inside_name(c)) continue;
      const std::size_t g = ctx.word_gap(c.span, money.span);
      // A word right after the amount says what the money is ("€5m in damages"), unless a
      // conjunction or a stop opens another clause ("pokutu 1,2 mil. Kč a doměřil daň", "320.000
      // euro; la multa").
      if (money.span.end <= c.span.begin && g <= policy.max_description_gap &&
          ctx.text_of({money.span.end, c.span.begin}).find_first_of(".;:!?()\n") == std::string_view::npos &&
          !after_dash(c) &&
          !ctx.lexicon.is_coordination(ctx.text_of({money.span.end, c.span.begin}), ctx.doc.language)) {
        if (c.kind == CueKind::not_fine) described_not_fine = true;
        if (c.kind == CueKind::trigger || c.kind == CueKind::periodic) described_fine = true;
      }
      // "evitando una perdita di circa 45.000 euro; la multa ...": a word of money that is no fine,
      // a few lowercase words before the amount in its clause, says what it is, whatever fine
      // word the next clause holds. A capital starts a name ("Kredytex SA kwotą 1,1 mln zł").
      if (c.kind == CueKind::not_fine && c.span.end <= money.span.begin &&
          g <= policy.max_description_before_gap &&
          !(ctx.doc.text[c.span.begin] >= 'A' && ctx.doc.text[c.span.begin] <= 'Z') &&
          ctx.text_of({c.span.end, money.span.begin})
                  .find_first_of(".,;:!?()-\nABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string_view::npos) {
        described_not_fine = true;
        named_not_fine = named_not_fine ||
                         (g <= 1 && !ctx.lexicon.is_coordination(ctx.text_of({c.span.end, money.span.begin}), ctx.doc.language));
      }
      if (c.kind == CueKind::not_fine && c.span.end <= money.span.begin && slot_rules::in_relative_clause_of(ctx, cues, c, money.span))
        described_not_fine = true;
      switch (c.kind) {
        case CueKind::trigger:
        case CueKind::unit_trigger:
        case CueKind::periodic:  // "astreinte", "Zwangsgeld" are fines of their own
          // "decided not to fine X", "escaped a fine": a denied fine word makes nothing a fine.
          if (cue_before(ctx, cues, CueKind::negation, c.span, policy.max_negation_gap)) break;
          if (in_aside_of_other_money(c)) break;
          if (g < trigger_gap) trigger_gap = g, trigger = &c;
          // "dos multas: 700.000 euros por vulnerar ... y 500.000 euros": a count of fines
          // before a colon reaches every amount it announces in its sentence, however long
          // what each is for.
          else if (trigger == nullptr && c.span.end <= money.span.begin && counted_trigger(ctx, c) &&
                   slot_rules::announced_item(ctx, c.span, money.span))
            trigger_gap = policy.max_trigger_gap, trigger = &c;
          break;
        case CueKind::not_fine:
          // "cu 500.000 de lei pentru întârzieri în plata despăgubirilor": a word of other money
          // in what the fine was for names the offence, not the amount.
          if (money.span.end <= c.span.begin && std::any_of(cues.begin(), cues.end(), [&](const Cue& o) {
                return o.kind == CueKind::offence && money.span.end <= o.span.begin &&
                       cue_before(ctx, std::span<const Cue>(&o, 1), CueKind::offence, c.span, policy.max_not_fine_gap);
              }))
            break;
          if (after_dash(c)) break;
          // "multou a TelViva em R$ 800 mil, considerando o faturamento": a word of other money in
          // a clause after the amount's speaks of other money.
          if (money.span.end <= c.span.begin && trigger != nullptr &&
              ctx.text_of({money.span.end, c.span.begin}).find_first_of(",;:") != std::string_view::npos)
            break;
          if (g <= policy.max_not_fine_gap) not_fine_gap = std::min(not_fine_gap, g);
          if (g <= policy.max_not_fine_gap && c.span.end <= money.span.begin) not_fine_before = &c;
          break;
        case CueKind::aggregate:
          // "in den vergangenen Jahren gegen drei Brauereien": a total with a party after it, in its
          // line, is that party's fine.
          if (c.span.end <= money.span.end && g <= policy.max_aggregate_gap &&
              std::none_of(names.begin(), names.end(), [&](const PartyMention& p) {
                return p.span.begin >= c.span.end &&
                       ctx.text_of({c.span.end, p.span.begin}).find_first_of("|\n") == std::string_view::npos;
              }))
            blocked = true;
          break;
        case CueKind::maximum:
          // "the £500,000 maximum the regulator can impose", "20 millions d'euros maximum".
          if (money.span.end <= c.span.begin && g == 0 &&
              ctx.text_of({money.span.end, c.span.begin}).find_first_not_of(' ') == std::string_view::npos)
            cap = &c;
          break;
        case CueKind::cap:
          // "z 3,2 mln zł do 1,9 mln zł": the word of a cap ends a change of amount here.
          if (c.span.end <= money.span.begin && g <= policy.max_cap_gap && !money.change_end) cap = &c;
          // "est puni d'un an d'emprisonnement et de 15 000 euros d'amende": a prison term and
          // "and" between the law's penalty and the amount.
          else if (c.span.end <= money.span.begin && g <= kMaxCapOverPrisonTerm && !money.change_end) {
            const std::string_view between = ctx.text_of({c.span.end, money.span.begin});
            bool joined = false;
            for (std::size_t at = between.find(' '); at != std::string_view::npos && !joined; at = between.find(' ', at + 1))
              joined = ctx.lexicon.coordination_length(between.substr(at), doc.language) > 0;
            // Not a time limit ("inibizione fino al 20 marzo e ammenda di 5.000 euro").
            if (joined && between.find_first_of(",;:()") == std::string_view::npos &&
                ctx.dates_in({c.span.end, money.span.begin}).empty())
              cap = &c;
          }
          // "une astreinte journalière de 4 500 euros au maximum": a cap right after the amount
          // that closes its clause.
          else if (money.span.end <= c.span.begin && g == 0 &&
                   ctx.text_of({money.span.end, c.span.begin}).find_first_not_of(' ') == std::string_view::npos &&
                   (c.span.end == sentence.end || std::string_view(".,;:)").find(doc.text[c.span.end]) != std::string_view::npos))
            cap = &c;
          break;
        default:
          break;
      }
    }
    if (described_not_fine && (!described_fine || named_not_fine)) continue;
    if (!blocked && slot_rules::period_total(ctx, money, sentence)) blocked = true;
    // "between €200,000 and €400,000": a cap before the first end of a range caps the second.
    if (cap == nullptr && money.range_with >= 0 && static_cast<std::size_t>(money.range_with) < i) {
      const Span first = doc.money[static_cast<std::size_t>(money.range_with)].span;
      for (const Cue& c : ctx.cues_in(sentence))
        if (c.kind == CueKind::cap && c.span.end <= first.begin && ctx.word_gap(c.span, first) <= policy.max_cap_gap) cap = &c;
    }
    // "une amende pouvant atteindre 2 millions d'euros, montant porté à 4 millions d'euros en cas
    // de réitération": a capped amount raised by a word of change is a maximum too.
    if (cap == nullptr && i > 0 && doc.money[i - 1].span.begin >= sentence.begin) {
      const Span previous = doc.money[i - 1].span;
      const auto between = ctx.cues_in({previous.end, money.span.begin});
      if (std::any_of(between.begin(), between.end(), [](const Cue& c) { return c.kind == CueKind::change; }))
        for (const Cue& c : ctx.cues_in(sentence))
          if (c.kind == CueKind::cap && c.span.end <= previous.begin && ctx.word_gap(c.span, previous) <= policy.max_cap_gap)
            cap = &c;
    }
    const TableRow table = table_row(ctx, money.span);
    if (table.column == Column::other) continue;
    // "Jahr | Summe", "2023 | 1,6 Mio. €": a row that gives a year's figure and names nobody
    // sums the fines of that year.
    if (table.by_year && !row_name(ctx, table, money.span)) continue;
    // A row of one amount in an article that lists fines is one, whatever its column says.
    const bool listed_row = table.row.end > table.row.begin && !table.several && !blocked &&
                            not_fine_gap == SIZE_MAX && ctx.triggers >= policy.min_triggers_for_lists;
    if (table.column == Column::fines || listed_row) {
      FineRecord record;
      record.money = static_cast<int>(i);
      record.sentence = table.row;  // a row is a sentence of its own, however it was split
      record.confidence = policy.list_confidence;
      if (money.period != Period::none) record.kind = FineKind::periodic_penalty;
      else if (trigger != nullptr) record.kind = ctx.kind_of(money, *trigger, sentence);
      else record.kind = lead_in_kind(ctx, s);
      record.entity = row_name(ctx, table, money.span);
      record.rule = "table_row";
      if (trigger != nullptr && trigger->span.begin >= table.row.begin && trigger->span.end <= table.row.end)
        record.trigger = trigger->span;
      else if (table.column == Column::fines)
        record.trigger = table.header_word;
      fill_slots(ctx, record);
      records.push_back(std::move(record));
      continue;
    }
    const Span listed = trigger == nullptr && !blocked && not_fine_gap == SIZE_MAX
                            ? list_item(ctx, sentence, money.span)
                            : Span{};
    if (listed.end > listed.begin) {
      // "TikTok – 530 Mio. EUR" in an article that lists fines.
      FineRecord record;
      record.money = static_cast<int>(i);
      record.sentence = sentence;
      record.confidence = policy.list_confidence;
      record.kind = lead_in_kind(ctx, s);
      record.entity = listed;
      record.rule = "list_line";
      fill_slots(ctx, record);
      // "- Vueling: 39.264.000 euros" under the sentence that names the body: the lines of one
      // list share the body the first line found, however far the list runs, and the day of
      // the decision when the line gives none. The line above may have been read by another
      // rule ("• Banca Ferretti S.p.A.: 800.000 euro" as a share of the total before it).
      const bool under_item = !records.empty() && (records.back().rule == "list_line" ||
                                                   ctx.sentence_of(records.back().sentence.begin) + 1 == s);
      if (under_item && (!record.authority || record.authority_of_article) && records.back().authority) {
        record.authority = records.back().authority;
        record.authority_inherited = true;
        record.authority_of_article = false;
      }
      if (record.date < 0 && ctx.dates_in(sentence).empty()) {
        if (const int day = lead_in_date(ctx, s); day >= 0) record.date = day;
        else if (under_item) record.date = records.back().date;
      }
      records.push_back(std::move(record));
      continue;
    }
    // The next item of a list whose previous amount is a fine: "Ridge Credit (£2.5m) and Vale
    // Finance (£1m)", "Drogostal SA – 6,1 mln zł".
    std::optional<Span> item;
    if (!records.empty() && records.back().money + 1 == static_cast<int>(i) && records.back().sentence == sentence &&
        !blocked && not_fine_gap == SIZE_MAX) {
      item = continued_item(ctx, doc.money[i - 1].span, money.span, records.back().entity);
      if (!item && records.back().entity)
        item = continued_trailing_item(ctx, doc.money[i - 1].span, *records.back().entity, money.span);
    }
    // "πρόστιμο 6,1 εκατ. ευρώ στην X, 2,9 εκατ. ευρώ στην Y και 800.000 ευρώ στην Z": the
    // amount comes first and its name after it, found by the slots as for any fine.
    const bool trailing = !item && trigger == nullptr && !records.empty() &&
                          records.back().money + 1 == static_cast<int>(i) && records.back().sentence == sentence &&
                          !blocked && not_fine_gap == SIZE_MAX && !described_not_fine && cap == nullptr &&
                          trailing_item(ctx, doc.money[i - 1].span, money.span);
    if ((item || trailing) && (trigger == nullptr || trigger_gap > policy.near_trigger_gap)) {
      FineRecord record;
      record.money = static_cast<int>(i);
      record.sentence = sentence;
      record.confidence = policy.list_confidence;
      record.kind = records.back().kind;
      if (item) record.entity = item;
      record.trigger = records.back().trigger;
      record.rule = "list_item";
      fill_slots(ctx, record);
      records.push_back(std::move(record));
      continue;
    }
    // "ha sancionado con 3.000 euros a X por ..., y con 50.000 euros a Y": a clause that repeats
    // the preposition of the fine before it after a conjunction is that fine's verb again.
    if (trigger == nullptr && !blocked && not_fine_gap == SIZE_MAX && !described_not_fine && !records.empty() &&
        records.back().money + 1 == static_cast<int>(i) && records.back().sentence == sentence &&
        records.back().trigger &&
        (parallel_clause(ctx, doc.money[i - 1].span, money.span) || parallel_party(ctx, records.back(), money.span))) {
      FineRecord record;
      record.money = static_cast<int>(i);
      record.sentence = sentence;
      record.confidence = policy.list_confidence;
      record.kind = records.back().kind;
      record.trigger = records.back().trigger;
      record.rule = "parallel_clause";
      fill_slots(ctx, record);
      // The name of the second clause is not the first's too: "a una comunidad de propietarios
      // ..., y con 40.000 euros a la empresa X".
      FineRecord& first = records.back();
      if (first.entity && record.entity && *first.entity == *record.entity && record.entity->begin >= money.span.end) {
        first.entity.reset();
        first.entity_inherited = false;
      }
      records.push_back(std::move(record));
      continue;
    }
    if (trigger == nullptr && !blocked && not_fine_gap == SIZE_MAX && !described_not_fine)
    {
      trigger = change_trigger(ctx, money, sentence, s);
      // "obniżył ją do 1,2 mln zł": the word of a cap after the verb gives the new amount.
      if (trigger != nullptr && trigger->kind == CueKind::change && cap != nullptr && cap->span.begin >= trigger->span.end)
        cap = nullptr;
      if (trigger == nullptr && cap == nullptr && !doc.sentences.empty()) trigger = payment_trigger(ctx, records, money, sentence, s);
      if (trigger == nullptr && cap == nullptr && !doc.sentences.empty()) trigger = record_trigger(ctx, money, sentence, s);
      if (trigger == nullptr && cap == nullptr && !doc.sentences.empty())
        trigger = named_share(ctx, records, money, sentence, s);
      if (trigger == nullptr && cap == nullptr && !doc.sentences.empty())
        trigger = demand_trigger(ctx, records, money, sentence, s);
    }
    if (blocked) aggregates.push_back(static_cast<int>(i));
    if (trigger == nullptr || blocked || not_fine_gap < trigger_gap) continue;
    // "would have imposed a financial penalty of £12,478,000 on the bank and £138,000 on Mr
    // Pelling": a hypothesis before the fine word holds for every amount that word ties.
    if (trigger->span.end <= money.span.begin &&
        cue_before(ctx, cues, CueKind::hypothesis, trigger->span, policy.max_hypothesis_gap))
      continue;
    // "betala skadestånd till montörens föräldrar på 240 000 kronor", "pay damages of £5,000":
    // other money right after the verb, before the amount, is what is paid.
    if (trigger->span.end <= money.span.begin &&
        std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
          if (c.kind != CueKind::not_fine || c.span.begin < trigger->span.end || c.span.end > money.span.begin ||
              ctx.word_gap(trigger->span, c.span) > 1 || slot_rules::crosses_amount(ctx, c.span, money.span, sentence) ||
              inside_name(c))
            return false;
          // Nothing between, or an article ("pagar una indemnización"); not "penalties over refund delays".
          constexpr std::size_t kMaxArticle = 5;  // bytes with its spaces: " una "
          const std::string_view between = ctx.text_of({trigger->span.end, c.span.begin});
          return between.size() <= kMaxArticle && between.find_first_of(",;:") == std::string_view::npos &&
                 !ctx.lexicon.is_coordination(between, doc.language);
        }))
      continue;
    // "Przychody spółki wyniosły 1,3 mld zł, a ustawa pozwala ukarać ...": a word of other money in
    // the amount's own clause says what it is; a fine word after it in the next clause speaks of
    // something else.
    if (not_fine_before != nullptr && money.span.end <= trigger->span.begin &&
        opens_clause(ctx.text_of({money.span.end, trigger->span.begin})) &&
        !opens_clause(ctx.text_of({not_fine_before->span.end, money.span.begin})))
      continue;
    // "Maksymalna kara przewidziana w ustawie to 20,8 mln zł", "The maximum fine is £10,000": a
    // sentence that opens by capping the fine word that ties the amount states the law's limit;
    // so does one that only names the law first ("Σύμφωνα με τον κώδικα, το ανώτατο πρόστιμο
    // φτάνει ..."), while a body or a party before the cap imposes or receives that maximum.
    auto named_before = [&](Span cue) {
      const auto bodies = ctx.authorities_in(sentence);
      const auto names = ctx.parties_in(sentence);
      return std::any_of(bodies.begin(), bodies.end(), [&](const AuthorityMention& a) { return a.span.begin < cue.begin; }) ||
             std::any_of(names.begin(), names.end(), [&](const PartyMention& p) {
               // "Przewidziana w ustawie maksymalna kara ...": a lone capitalised word that opens
               // the sentence, with no cue and no legal form, is any word, no party.
               const bool lone_opener = p.span.begin == sentence.begin && p.cue == PartyCue::none && !p.has_suffix &&
                                        ctx.text_of(p.span).find(' ') == std::string_view::npos;
               return p.span.begin < cue.begin && !lone_opener;
             });
    };
    // The fine word the maximum stands beside is the one that ties the amount, or one before it
    // with no amount between, whose clause the tying verb is in ("Το μέγιστο πρόστιμο που
    // μπορεί να επιβάλει η Αρχή είναι 20 εκατ. ευρώ"). A word of the maximum may follow the
    // fine word too ("La multa máxima que prevé la ley es de 20 millones").
    auto caps_fine_word = [&](const Cue& c, const Cue& word) {
      if (c.span.end <= word.span.begin) return ctx.word_gap(c.span, word.span) == 0;
      return (c.kind == CueKind::maximum || c.kind == CueKind::cap) && word.span.end <= c.span.begin &&
             c.span.end <= money.span.begin && ctx.word_gap(word.span, c.span) == 0;
    };
    auto maximum_of = [&](const Cue& word) -> const Cue* {
      const bool tying = word.span == trigger->span;
      if (word.span.begin > trigger->span.begin ||
          (!tying && (word.kind != CueKind::trigger || !ctx.money_in({word.span.end, money.span.begin}).empty())))
        return nullptr;
      for (const Cue& c : cues) {
        if ((c.kind != CueKind::cap && c.kind != CueKind::maximum) || !caps_fine_word(c, word)) continue;
        const std::size_t opens = std::min(c.span.begin, word.span.begin);
        if (ctx.words().between(sentence.begin, opens) <= 1 || !named_before({opens, c.span.end})) return &c;
      }
      return nullptr;
    };
    if (cap == nullptr && trigger->span.end <= money.span.begin && !money.change_end)
      for (const Cue& word : cues)
        if (cap == nullptr) cap = maximum_of(word);
    // "obniżył karę nałożoną na spółkę X do 2 mln zł": the word of a cap after a verb that
    // changes a fine, in its clause and with no amount between, gives the new amount.
    if (cap != nullptr && !blocked &&
        std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
          return c.kind == CueKind::change && c.span.end <= cap->span.begin &&
                 ctx.word_gap(c.span, cap->span) <= policy.max_change_gap &&
                 ctx.money_in({c.span.end, cap->span.begin}).empty() &&
                 !opens_clause(ctx.text_of({c.span.end, cap->span.begin})) &&
                 ctx.text_of({c.span.end, cap->span.begin}).find_first_of(".:!?()\n") == std::string_view::npos;
        }))
      cap = nullptr;
    if (cap != nullptr) {
      // "a penalty payment of up to €5.1 million" caps a periodic penalty that was imposed;
      // "fined up to €20 million or 4%" states the law's maximum; "€25,000 a week, with a
      // maximum of €500,000" caps a periodic penalty whose amount is already given.
      bool periodic_cap = false;
      const auto amounts = ctx.money_in(sentence);
      for (const Cue& c : ctx.cues_in(sentence)) {
        const bool amount_between = std::any_of(amounts.begin(), amounts.end(), [&](const MoneyMention& m) {
          // "€25,000 a week", "25.000 euro betalen voor elke dag": the amount may stand before its word.
          return ctx.words().between(m.span.end, c.span.begin) <= policy.max_periodic_before && m.span.end <= cap->span.begin;
        });
        if (c.kind == CueKind::periodic && c.span.end <= cap->span.begin &&
            ctx.word_gap(c.span, cap->span) <= policy.max_periodic_cap_gap && !amount_between)
          periodic_cap = true;
      }
      if (!periodic_cap) continue;
    }
    // "legde de club twee boetes op: in oktober 12.000 euro ..., en in april 20.000 euro": after
    // a colon, the amounts are the fines the count announced, one by one.
    if (counted_trigger(ctx, *trigger) && !slot_rules::announced_item(ctx, trigger->span, money.span) &&
        !ctx.has_cued_party_near(trigger->span))
      continue;

    FineRecord record;
    record.money = static_cast<int>(i);
    record.sentence = sentence;
    record.kind = ctx.kind_of(money, *trigger, sentence);
    record.confidence = trigger_gap <= policy.close_trigger_gap  ? policy.close_trigger_confidence
                        : trigger_gap <= policy.near_trigger_gap ? policy.near_trigger_confidence
                                                                 : policy.far_trigger_confidence;
    record.trigger = trigger->span;
    fill_slots(ctx, record);
    // "Diese wurde später auf 120.000 Euro herabgesetzt": a change that names no party of its
    // own changes the fine reported just before it, and keeps that fine's party.
    // So does one right before the amount whatever fine word ties it ("fick X betala 2,5 miljoner
    // kronor, en avgift som förvaltningsrätten senare sänkte till 1,5 miljoner kronor").
    // So does a verb of change before the fine word that ties the amount, with a time between
    // ("Østre Landsret nedsatte i december bøden til 2,8 mio. kr.").
    // Or the particle of a verb of change that closes the clause after the amount ("setzte die
    // Buße auf 690.000 Euro herab").
    const bool changed_here = std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
      if (c.kind == CueKind::change && money.span.end <= c.span.begin)
        return ctx.word_gap(money.span, c.span) == 0 &&
               ctx.text_of({c.span.end, sentence.end}).find_first_not_of(" .!") == std::string_view::npos;
      if (c.kind != CueKind::change || c.span.end > money.span.begin) return false;
      if (ctx.word_gap(c.span, money.span) <= policy.max_change_word_gap) return true;
      return c.span.end <= trigger->span.begin && trigger->span.end <= money.span.begin &&
             ctx.word_gap(c.span, trigger->span) <= policy.max_change_word_gap &&
             ctx.word_gap(trigger->span, money.span) <= policy.max_change_word_gap &&
             ctx.text_of({c.span.end, money.span.begin}).find_first_of(".;:!?()\n") == std::string_view::npos;
    });
    if ((trigger->kind == CueKind::change || changed_here) && (!record.entity || record.entity_inherited))
      changed_from_before.push_back(records.size());
    if ((trigger->kind == CueKind::change || changed_here) && (!record.entity || record.entity_inherited) && !records.empty() &&
        records.back().entity && ctx.sentence_of(doc.money[static_cast<std::size_t>(records.back().money)].span.begin) + 1 >= s) {
      record.entity = records.back().entity;
      record.entity_inherited = records.back().entity_inherited;
    }
    // "snížil pokutu firmě X z 15 milionů na 9 milionů korun": the new amount of a change is the
    // same fine as the old one just before it, and keeps its party whatever names stand nearer.
    if (money.change_end && money.range_with >= 0 && !records.empty() && records.back().money == money.range_with &&
        records.back().entity) {
      record.entity = records.back().entity;
      record.entity_inherited = records.back().entity_inherited;
    }
    // "Harbor Bank (£4m)": the name the amount is given to, over one the sentence names elsewhere.
    if (!item) item = parenthesis_owner(ctx, money.span);
    if (item) {
      record.entity = item;
      record.entity_inherited = false;
    }
    records.push_back(std::move(record));
  }

  // "μείωσε σε 650.000 ευρώ το πρόστιμο των 1,1 εκατ. ευρώ που είχε επιβάλει η ΕΕΤΤ στην X",
  // "ha ridotto a 3 milioni la multa di 5 milioni inflitta a X": the new amount stated first is
  // the fine of the party its old amount names after it, not of the fine reported before.
  for (const std::size_t k : changed_from_before) {
    if (k + 1 >= records.size()) continue;
    const FineRecord& old_amount = records[k + 1];
    if (old_amount.sentence == records[k].sentence && old_amount.money > records[k].money && old_amount.entity &&
        !old_amount.entity_inherited &&
        old_amount.entity->begin >= doc.money[static_cast<std::size_t>(old_amount.money)].span.end) {
      records[k].entity = old_amount.entity;
      records[k].entity_inherited = false;
    }
  }
  share_coordinated_parties(ctx, records);
  distribute_lists(ctx, records);
  merge_repeated(ctx, records);
  // Before dates are shared: the body's sentence of a headline's total dates the fines after it.
  drop_headline_totals(ctx, records, aggregates);
  inherit_dates(ctx, records);
  drop_totals(ctx, records);
  drop_headline_conversions(ctx, records);
  name_bodies_in_full(ctx, records);
  name_parties_in_full(ctx, records);
  rate_confidence(ctx, records);
  return records;
}

}  // namespace finex
