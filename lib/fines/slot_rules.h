#pragma once
// Small questions the slot rules of fines/ share: which mention is nearest, whether two
// authorities are one, how much a date says, whether two amounts are the same fine.
#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>

#include "fines/assembly_policy.h"
#include "fines/document_context.h"

namespace finex::slot_rules {

inline constexpr const AssemblyPolicy& policy = kAssemblyPolicy;

// The item whose span is nearest `target`, within `max_gap`; the first of equals.
template <typename T, typename SpanOf>
const T* nearest(std::span<const T> items, Span target, SpanOf span_of, std::size_t max_gap = SIZE_MAX) {
  const T* best = nullptr;
  std::size_t best_gap = max_gap;
  for (const T& x : items) {
    const std::size_t g = gap(span_of(x), target);
    if (best == nullptr ? g <= best_gap : g < best_gap) best = &x, best_gap = g;
  }
  return best;
}

const Span& span_of_authority(const AuthorityMention& a);
// One body, or one country when a side knows only the country. A body known only as written
// is one with another mention of the same name ("el Consejo de Ministros ... El Consejo de
// Ministros sancionó también"), not with the same words in lower case ("the court").
bool same_authority(const DocumentContext& ctx, const AuthorityMention& a, const AuthorityMention& b);
std::string_view country_of(const AuthorityMention& a);
// How much a date says: a resolved full date beats a month, a year or an unresolved date.
int date_rank(const DocumentContext& ctx, int index);
// Whether another amount of the sentence lies between `a` and the amount `money`.
bool crosses_amount(const DocumentContext& ctx, Span a, Span money, Span sentence);
// Whether an amount is the price of one day-fine ("zu je 50 Euro"): no amount of its own, so no
// boundary between a fine and its slots.
bool unit_price(const DocumentContext& ctx, const MoneyMention& m);
// Whether a colon between a fine word and an amount after it announces the fines one by one
// ("legde de club twee boetes op: in oktober 12.000 euro, ..."): the amount is one of them.
bool announced_item(const DocumentContext& ctx, Span fine_word, Span money);
// Whether an amount is the total of many fines over a period: a fine word in the plural near it,
// a period ("im vergangenen Jahr") in its sentence and no party named there. A fine of one party
// names it ("verhängte im Jahr 2018 gegen die X GmbH Bußgelder von ...").
bool period_total(const DocumentContext& ctx, const MoneyMention& m, Span sentence);
// Whether a date right after "until" or "up to" is a time limit ("must clean up by 30 June"), or
// after "since" the start of a state ("land embargoed since 2019"), not the date of a decision.
bool is_time_limit(const DocumentContext& ctx, const DateMention& d);
// Whether a date stands in the words that say what a fine was for ("fined £3.3m over a 2017
// spill", "per i cori della partita di sabato"): it dates the offence, not the decision.
bool dates_offence(const DocumentContext& ctx, const DateMention& d);
// Whether `d` names a law ("la loi du 6 janvier 1978", "the Data Protection Act 2018"): a word of
// a law right before it.
bool names_law(const DocumentContext& ctx, const DateMention& d);
// Whether `target` stands in a relative clause that says how much the other money of `noun` (a
// not_fine cue) was: "przychody spółki, które w 2023 r. wyniosły ok. 58 mln zł". The clause
// opens with a comma and a relative pronoun a few words after the noun, and holds no fine word
// and no stop before `target` (the dots of abbreviations aside).
bool in_relative_clause_of(const DocumentContext& ctx, std::span<const Cue> cues, const Cue& noun, Span target);
// Whether a date says when other money was made or paid: a year right after a word of it ("il
// fatturato del 2023") or in the relative clause after one ("den Umsatz, der im vergangenen
// Jahr bei 310 Millionen Euro lag"). It dates no fine.
bool dates_other_money(const DocumentContext& ctx, const DateMention& d);
// Whether the words right around `m` say it is money of another kind: "costs of £8,600",
// "£84,500 in prosecution costs".
bool described_as_other_money(const DocumentContext& ctx, const MoneyMention& m);
// "coimas de 11 milhões" over the body's "11,3 milhões", "$177 million" over "$176.64 million": a
// headline gives an amount's leading digits, truncated or rounded to its last written digit.
bool leading_digits_of(double headline, double exact);
// Digits from the first to the last nonzero one of an amount: 2 for 1.8 billion, 1 for 20 million.
int significant_digits(const Decimal& value);
// Two amounts within `tolerance` of the larger.
bool close_values(const Decimal& a, const Decimal& b, double tolerance = policy.same_amount_tolerance);
// "nearly 5 million": a rounded statement of an amount given exactly elsewhere.
bool approximate(const DocumentContext& ctx, const MoneyMention& m, Span sentence);
// The sentence after sentence `s` opens with a phrase that reports who decided, or when, what
// sentence `s` said ("... en bøde på 9 mio. kr. Det oplyste sparekassen tirsdag.").
bool followed_up(const DocumentContext& ctx, std::size_t s);

}  // namespace finex::slot_rules
