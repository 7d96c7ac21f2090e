#include <algorithm>
#include <cmath>

#include "fines/assembly_policy.h"
#include "fines/document_context.h"

namespace finex {
namespace {

constexpr const AssemblyPolicy& policy = kAssemblyPolicy;

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

const Span& span_of_authority(const AuthorityMention& a) { return a.span; }

bool same_authority(const AuthorityMention& a, const AuthorityMention& b) {
  if (a.authority != nullptr && b.authority != nullptr) return a.authority == b.authority;
  return !a.country.empty() && a.country == b.country;
}

std::string_view country_of(const AuthorityMention& a) {
  return a.authority != nullptr ? std::string_view(a.authority->country) : std::string_view(a.country);
}

// How much a date says: a resolved full date beats a month, a year or an unresolved date.
int date_rank(const DocumentContext& ctx, int index) {
  if (index < 0) return -1;
  const DateMention& d = ctx.doc.dates[static_cast<std::size_t>(index)];
  const int known = static_cast<int>(std::count_if(d.value.begin(), d.value.end(),
                                                   [](char c) { return c >= '0' && c <= '9'; }));
  return (d.resolution == DateResolution::unresolved ? 0 : 100) + known;
}

// Whether another amount of the sentence lies between `a` and the amount `money`.
bool crosses_amount(const DocumentContext& ctx, Span a, Span money, Span sentence) {
  const Span between{std::min(a.end, money.end), std::max(a.begin, money.begin)};
  const auto amounts = ctx.money_in(sentence);
  // Amounts are in text order: only the first one starting inside `between` needs a look.
  auto it = std::lower_bound(amounts.begin(), amounts.end(), between.begin,
                             [](const MoneyMention& m, std::size_t pos) { return m.span.begin < pos; });
  // The other end of the amount's own range is no other amount: "1 000 ja 800 euron sakot".
  int partner = -1;
  for (const MoneyMention& m : amounts)
    if (m.span == money) partner = m.range_with;
  for (; it != amounts.end() && it->span.end <= between.end; ++it)
    if (it->equivalent_of < 0 && !(it->span == money) &&
        !(partner >= 0 && static_cast<std::size_t>(partner) < ctx.doc.money.size() &&
          &*it == &ctx.doc.money[static_cast<std::size_t>(partner)]))
      return true;
  return false;
}

bool close_values(const Decimal& a, const Decimal& b, double tolerance = policy.same_amount_tolerance) {
  const double x = a.to_double(), y = b.to_double();
  return std::fabs(x - y) <= tolerance * std::max(std::fabs(x), std::fabs(y));
}


bool approximate(const DocumentContext& ctx, const MoneyMention& m, Span sentence) {
  for (const Cue& c : ctx.cues_in(sentence))
    if (c.kind == CueKind::approximate && c.span.end <= m.span.begin && m.span.begin - c.span.end <= 2) return true;
  return false;
}

// The sentence after sentence `s` opens with a phrase that reports who decided, or when, what
// sentence `s` said ("... en bøde på 9 mio. kr. Det oplyste sparekassen tirsdag.").
bool followed_up(const DocumentContext& ctx, std::size_t s) {
  if (s + 1 >= ctx.doc.sentences.size()) return false;
  const Span next = ctx.doc.sentences[s + 1];
  for (const Cue& c : ctx.cues_in(next))
    if (c.kind == CueKind::follow_up && c.span.begin <= next.begin + 3) return true;
  return false;
}

}  // namespace

void fill_slots(const DocumentContext& ctx, FineRecord& record) {
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
  const auto here = ctx.authorities_in(sentence);
  if (const AuthorityMention* a = nearest(here, authority_target, span_of_authority)) {
    // A country alone ("στην Ελλάδα", "to Italy") may be where or whom the fine hits; a body
    // named before it in the sentence is the one that imposed it.
    if (a->authority == nullptr)
      for (const AuthorityMention& named : here)
        if (named.authority != nullptr && named.span.end <= a->span.begin && named.span.end <= money.begin) a = &named;
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
    auto speaks_of_fines = [&](Span earlier) {
      for (const Cue& c : ctx.cues_in(earlier))
        if (c.kind == CueKind::trigger || c.kind == CueKind::unit_trigger || c.kind == CueKind::periodic ||
            c.kind == CueKind::decision || c.kind == CueKind::proposed)
          return true;
      return false;
    };
    for (std::size_t back = 1; back <= policy.authority_look_back && back <= s && !record.authority; ++back) {
      const auto earlier = ctx.authorities_in(doc.sentences[s - back]);
      if (!earlier.empty() && (speaks_of_fines(doc.sentences[s - back]) || ctx.main_authority == nullptr))
        record.authority = earlier.back();
    }
    if (!record.authority && ctx.main_authority != nullptr) record.authority = *ctx.main_authority;
    if (record.authority) {
      record.authority_inherited = true;
      record.confidence -= policy.inherited_authority_cost;
    }
  }

  // The nearest date, but not one beyond another amount, and in a sentence of several amounts
  // the one that follows the amount: in "€8.85m in the UK last May, then €20m by the Greek
  // regulator this summer", May belongs to the first. A resolved date beats an unresolved one.
  const auto amounts = ctx.money_in(sentence);
  const bool several = std::count_if(amounts.begin(), amounts.end(),
                                     [](const MoneyMention& m) { return m.equivalent_of < 0; }) > 1;
  const DateMention* date = nullptr;
  // A date nearer another amount of the sentence belongs to that one: in "in 2021 X accepted
  // €1.2m, and Y was fined €0.4m in 2019", 2019 is Y's.
  auto nearer_other = [&](const DateMention& d) {
    if (!several) return false;
    for (const MoneyMention& other : amounts)
      if (other.equivalent_of < 0 && !(other.span == money) && gap(d.span, other.span) < gap(d.span, money))
        return true;
    return false;
  };
  auto date_score = [&](const DateMention& d) {
    return gap(d.span, money) + (d.resolution == DateResolution::unresolved ? 10000 : 0) +
           (several && d.span.end <= money.begin ? 1000 : 0) + (nearer_other(d) ? 2000 : 0);
  };
  // A date right after "until" or "up to" is a time limit ("must clean up by 30 June").
  const auto sentence_cues = ctx.cues_in(sentence);
  auto time_limit = [&](const DateMention& d) {
    for (const Cue& c : sentence_cues)
      if ((c.kind == CueKind::deadline || c.kind == CueKind::cap) && c.span.end <= d.span.begin &&
          d.span.begin - c.span.end <= 2)
        return true;
    return false;
  };
  for (const DateMention& d : ctx.dates_in(sentence)) {
    if (ctx.char_gap(d.span, money) > policy.max_date_gap || crosses_amount(ctx, d.span, money, sentence) ||
        time_limit(d))
      continue;
    if (date == nullptr || date_score(d) < date_score(*date)) date = &d;
  }
  if (date == nullptr) {
    const std::size_t s = ctx.sentence_of(money.begin);
    if (followed_up(ctx, s))  // its first date, a resolved one if any
      for (const DateMention& d : ctx.dates_in(doc.sentences[s + 1]))
        if (date == nullptr || (date->resolution == DateResolution::unresolved &&
                                d.resolution != DateResolution::unresolved))
          date = &d;
  }
  if (date != nullptr) record.date = static_cast<int>(date - doc.dates.data());

  // A name whose cue stands between it and the amount ("X was fined €Y", "€Y contre X") is
  // tied to it; then other names marked as fined; then names known from elsewhere. Never a
  // name beyond another amount.
  auto amount_just_before = [&](Span name) {
    for (const MoneyMention& m : ctx.money_in(sentence))
      if (m.equivalent_of < 0 && m.span.end <= name.begin && name.begin - m.span.end <= policy.name_after_amount) return true;
    return false;
  };
  const PartyMention* party = nullptr;
  std::size_t party_score = SIZE_MAX;
  for (const PartyMention& p : ctx.parties_in(sentence)) {
    if (!ctx.is_known_party(p) || crosses_amount(ctx, p.span, money, sentence)) continue;
    // "nałożył na X karę Y": a cued name right before its amount is tied to it as well.
    const bool tied = (p.cue == PartyCue::after && p.span.end <= money.begin) ||
                      (p.cue == PartyCue::before && money.end <= p.span.begin) ||
                      // "uložil firmě Alfa pokutu 5 mil. Kč", "fined Apple €5m": the cued name and
                      // then the amount, a few words apart, unless the name closes an amount of
                      // its own ("€36m for Facebook and €23m for Instagram").
                      (p.cue == PartyCue::before && p.span.end <= money.begin && gap(p.span, money) <= policy.cued_name_before_amount &&
                       !amount_just_before(p.span));
    // "X was fined" after the amount points to a later amount, not back to this one.
    const bool turned_away = p.cue == PartyCue::after && money.end <= p.span.begin;
    const std::size_t score =
        gap(p.span, money) + (tied ? 0 : p.cue != PartyCue::none && !turned_away ? 1000 : 2000);
    if (score < party_score) party = &p, party_score = score;
  }
  // "pour le géant de l'e-commerce", "the company": a reference nearer the amount than any name
  // points back to the main party; but a reference followed by a name is that name's
  // apposition ("la société Dupont Services", "firmě Eurovia", "societatea de servicii de
  // investiții Prime Capital Invest SA"), not a reference back.
  const auto parties_here = ctx.parties_in(sentence);
  auto apposition = [&](const Span& ref) {
    for (const PartyMention& p : parties_here) {
      if (p.span.begin < ref.end) continue;
      const std::string_view between = ctx.text_of({ref.end, p.span.begin});
      return between.size() <= policy.max_apposition_gap &&
             between.find_first_of(".,;:()\n0123456789") == std::string_view::npos;
    }
    return false;
  };
  // A name tied to the amount by its cue keeps it; a name with a cue keeps it from a reference
  // after the amount ("ordered X to pay €5,000 a day until the company complies").
  bool referenced = false;
  const bool tied_party = party != nullptr && party_score < 1000;
  const bool cued_party = party != nullptr && party_score < 2000;
  for (const Span& ref : ctx.company_references)
    if (!tied_party && !(cued_party && ref.begin >= money.end) && ref.begin >= sentence.begin &&
        ref.end <= sentence.end && (party == nullptr || gap(ref, money) < gap(party->span, money)) &&
        !apposition(ref))
      referenced = true;
  if (record.entity) {
    // already named by the construction that made the record a fine
  } else if (party != nullptr && !(referenced && ctx.main_party >= 0)) {
    record.entity = party->span;
  } else if (ctx.main_party >= 0) {
    record.entity = ctx.parties[static_cast<std::size_t>(ctx.main_party)].span;
    record.entity_inherited = true;
    record.confidence -= policy.inherited_party_cost;
  }
}

void distribute_lists(const DocumentContext& ctx, std::vector<FineRecord>& records) {
  std::vector<FineRecord> out;
  for (std::size_t i = 0; i < records.size();) {
    std::size_t j = i;
    while (j < records.size() && records[j].sentence == records[i].sentence) ++j;
    const Span sentence = records[i].sentence;
    const Span first_money = ctx.doc.money[static_cast<std::size_t>(records[i].money)].span;

    // Places after the first amount, one per country: "in the United Kingdom and Italy"; when
    // they do not pair up, every place of the sentence ("in Spanien und Italien mit 4 Millionen
    // beziehungsweise 6 Millionen Euro").
    auto places_from = [&](std::size_t from) {
      std::vector<const AuthorityMention*> places;
      for (const AuthorityMention& a : ctx.authorities_in(sentence)) {
        if (a.span.begin < from) continue;
        const bool seen = std::any_of(places.begin(), places.end(), [&](const AuthorityMention* p) {
          return country_of(*p) == country_of(a) && p->authority == a.authority;
        });
        if (!seen) places.push_back(&a);
      }
      return places;
    };
    std::vector<const AuthorityMention*> places = places_from(first_money.begin);
    if (places.size() != j - i) places = places_from(sentence.begin);
    const std::size_t count = j - i;
    if (count >= 2 && ctx.has_cue(sentence, CueKind::respectively) && places.size() == count) {
      // "... in the UK and Italy in 2022, respectively": the date is shared too.
      int shared_date = -1;
      for (std::size_t k = 0; k < count; ++k) shared_date = std::max(shared_date, records[i + k].date);
      for (std::size_t k = 0; k < count; ++k) {
        records[i + k].authority = *places[k];
        records[i + k].authority_inherited = false;
        if (records[i + k].date < 0) records[i + k].date = shared_date;
      }
    }
    bool paired_names = false;
    // "X and Y were fined 40,000 and 25,000 respectively": as many names before the first
    // amount as amounts pair up in order. "Ilvekselle ja SJK:lle ... 1 000 ja 800 euron sakot":
    // coordinated amounts that share one currency go to coordinated parties in order.
    if (count >= 2) {
      // Only a list of names and then a list of amounts: no name among the amounts.
      const Span last_money = ctx.doc.money[static_cast<std::size_t>(records[j - 1].money)].span;
      std::vector<Span> names, cued;
      bool interleaved = false;
      for (const PartyMention& p : ctx.parties_in(sentence)) {
        if (p.span.end <= first_money.begin) {
          names.push_back(p.span);
          if (p.cue != PartyCue::none) cued.push_back(p.span);
        } else if (p.span.begin < last_money.end) {
          interleaved = true;
        }
      }
      // No other number between the names and the amounts ("9,8 e 7,5 milioni": one amount
      // was not read, so the amounts do not pair up).
      const bool adjacent =
          !names.empty() && ctx.text_of({names.back().end, first_money.begin}).find_first_of("0123456789") ==
                                std::string_view::npos;
      bool listed = ctx.has_cue(sentence, CueKind::respectively) && names.size() == count && adjacent &&
                    !interleaved;
      for (std::size_t k = 0; listed && k + 1 < names.size(); ++k)  // "X and Y", "X, Y and Z"
        listed = ctx.lexicon.is_coordination(ctx.text_of({names[k].end, names[k + 1].begin}),
                                             ctx.doc.language);
      bool chained = !listed;
      for (std::size_t k = i; k + 1 < j && chained; ++k)
        chained = ctx.doc.money[static_cast<std::size_t>(records[k].money)].range_with == records[k + 1].money;
      bool coordinated = chained && cued.size() == count;
      for (std::size_t k = 0; coordinated && k + 1 < cued.size(); ++k) {
        std::string_view between = ctx.text_of({cued[k].end, cued[k + 1].begin});
        if (between.starts_with(":")) between.remove_prefix(std::min(between.size(), between.find(' ')));
        coordinated = ctx.lexicon.is_coordination(between, ctx.doc.language);
      }
      if (coordinated) names = cued;
      if (listed || coordinated) {
        paired_names = true;
        for (std::size_t k = 0; k < count; ++k) {
          records[i + k].entity = names[k];
          records[i + k].entity_inherited = false;
        }
      }
    }
    // Otherwise, "fined COSMOTE and OTE €6m and €3.25m respectively": coordinated amounts pair
    // up in order with coordinated names after the first amount, or anywhere in the sentence;
    // the date is shared.
    bool amounts_coordinated = count >= 2;
    for (std::size_t k = i; amounts_coordinated && k + 1 < j; ++k) {
      const Span left = ctx.doc.money[static_cast<std::size_t>(records[k].money)].span;
      const Span right = ctx.doc.money[static_cast<std::size_t>(records[k + 1].money)].span;
      amounts_coordinated = left.end <= right.begin &&
                            ctx.lexicon.is_coordination(ctx.text_of({left.end, right.begin}), ctx.doc.language);
    }
    if (!paired_names && amounts_coordinated && ctx.has_cue(sentence, CueKind::respectively)) {
      auto chain_from = [&](std::size_t from) {
        std::vector<Span> chain;
        const auto names = ctx.parties_in(sentence);
        for (std::size_t a = 0; a < names.size(); ++a) {
          if (names[a].span.begin < from) continue;
          if (!chain.empty() &&
              !ctx.lexicon.is_coordination(ctx.text_of({chain.back().end, std::max(chain.back().end, names[a].span.begin)}),
                                           ctx.doc.language)) {
            if (chain.size() >= count) break;
            chain.clear();
          }
          chain.push_back(names[a].span);
        }
        return chain;
      };
      std::vector<Span> chain = chain_from(first_money.begin);
      if (chain.size() != count) chain = chain_from(sentence.begin);
      if (chain.size() == count) {
        int shared_date = -1;
        for (std::size_t k = 0; k < count; ++k) shared_date = std::max(shared_date, records[i + k].date);
        for (std::size_t k = 0; k < count; ++k) {
          records[i + k].entity = chain[k];
          records[i + k].entity_inherited = false;
          if (records[i + k].date < 0) records[i + k].date = shared_date;
        }
      }
    }
    // "X and Y must pay 3.5 million and 2 million respectively": the coordinated names after
    // the amounts before the cue pair up in order with the amounts after it, as many as they.
    if (count >= 2)
      for (const Cue& cue : ctx.cues_in(sentence)) {
        if (cue.kind != CueKind::respectively) continue;
        auto money_of = [&](std::size_t k) { return ctx.doc.money[static_cast<std::size_t>(records[k].money)].span; };
        std::size_t first = i;  // the first record after the cue
        while (first < j && money_of(first).begin < cue.span.end) ++first;
        if (first == j) break;
        // The listed amounts follow the cue at once and one another with only a conjunction
        // between: "respectively 3.5 million and 2 million".
        const std::string_view lead = ctx.text_of({cue.span.end, money_of(first).begin});
        if (lead.size() > policy.max_respectively_lead || lead.find_first_of("0123456789") != std::string_view::npos) break;
        std::size_t last = first + 1;
        while (last < j && ctx.lexicon.is_coordination(ctx.text_of({money_of(last - 1).end, money_of(last).begin}),
                                                       ctx.doc.language))
          ++last;
        const std::size_t from = first == i ? sentence.begin : money_of(first - 1).end;
        std::vector<Span> chain;
        for (const PartyMention& p : ctx.parties_in(sentence)) {
          if (p.span.begin < from) continue;
          if (p.span.end > cue.span.begin) break;
          if (!chain.empty() &&
              !ctx.lexicon.is_coordination(ctx.text_of({chain.back().end, p.span.begin}), ctx.doc.language))
            chain.clear();
          chain.push_back(p.span);
        }
        if (chain.size() >= 2 && chain.size() == last - first)
          for (std::size_t k = 0; k < chain.size(); ++k) {
            records[first + k].entity = chain[k];
            records[first + k].entity_inherited = false;
          }
        break;
      }
    // "X and Y were fined €8.7m and €5.3m respectively": the names listed before the first
    // amount pair up with the first amounts in order.
    if (count >= 2 && ctx.has_cue(sentence, CueKind::respectively)) {
      std::vector<const PartyMention*> names;
      for (const PartyMention& p : ctx.parties_in(sentence))
        if (p.span.end <= first_money.begin) names.push_back(&p);
      std::size_t listed = names.empty() ? 0 : 1;  // the coordinated names that end the run
      while (listed < names.size()) {
        const PartyMention& left = *names[names.size() - listed - 1];
        const PartyMention& right = *names[names.size() - listed];
        if (!ctx.lexicon.is_coordination(ctx.text_of({left.span.end, right.span.begin}), ctx.doc.language))
          break;
        ++listed;
      }
      // Every paired amount stands by the cue: an amount missed in the list would shift them.
      const auto near_cue = [&](std::size_t k) {
        const Span m = ctx.doc.money[static_cast<std::size_t>(records[i + k].money)].span;
        for (const Cue& c : ctx.cues_in(sentence))
          if (c.kind == CueKind::respectively && gap(c.span, m) <= policy.max_respectively_gap) return true;
        return false;
      };
      bool paired = listed >= 2 && listed <= count;
      for (std::size_t k = 0; paired && k < listed; ++k) paired = near_cue(k);
      if (paired)
        for (std::size_t k = 0; k < listed; ++k) {
          records[i + k].entity = names[names.size() - listed + k]->span;
          records[i + k].entity_inherited = false;
        }
    }
    for (std::size_t k = i; k < j; ++k) out.push_back(records[k]);

    // One amount, several coordinated places: each place imposed it.
    if (count == 1 && records[i].authority && !records[i].authority_inherited) {
      const auto all = ctx.authorities_in(sentence);
      for (std::size_t a = 0; a + 1 < all.size(); ++a) {
        const std::string_view between =
            ctx.text_of({all[a].span.end, std::max(all[a].span.end, all[a + 1].span.begin)});
        const bool coordinated = ctx.lexicon.is_coordination(between, ctx.doc.language);
        const bool ours = all[a].span == records[i].authority->span || all[a + 1].span == records[i].authority->span;
        if (!coordinated || !ours || country_of(all[a]) == country_of(all[a + 1])) continue;
        FineRecord other = records[i];
        other.authority = all[a].span == records[i].authority->span ? all[a + 1] : all[a];
        out.push_back(std::move(other));
        break;
      }
    }
    // "fined Apple and Google €10 million each": one fine per party.
    if (count == 1 && records[i].entity && !records[i].entity_inherited &&
        ctx.has_cue(sentence, CueKind::each)) {
      const auto names = ctx.parties_in(sentence);
      for (std::size_t a = 0; a + 1 < names.size(); ++a) {
        const Span left = names[a].span, right = names[a + 1].span;
        if (!(left == *records[i].entity) && !(right == *records[i].entity)) continue;
        if (!ctx.lexicon.is_coordination(ctx.text_of({left.end, right.begin}), ctx.doc.language)) continue;
        FineRecord other = records[i];
        other.entity = left == *records[i].entity ? right : left;
        out.push_back(std::move(other));
        break;
      }
    }
    i = j;
  }
  records = std::move(out);
}

void merge_repeated(const DocumentContext& ctx, std::vector<FineRecord>& records) {
  std::vector<FineRecord> kept;
  for (FineRecord& r : records) {
    const MoneyMention& m = ctx.doc.money[static_cast<std::size_t>(r.money)];
    FineRecord* same = nullptr;
    for (FineRecord& k : kept) {
      const MoneyMention& km = ctx.doc.money[static_cast<std::size_t>(k.money)];
      const bool rounded = approximate(ctx, km, k.sentence) || approximate(ctx, m, r.sentence);
      if (km.currency != m.currency || k.kind != r.kind ||
          !close_values(km.value, m.value, rounded ? policy.approximate_tolerance : policy.same_amount_tolerance))
        continue;
      if (k.entity && r.entity && !ctx.same_party(*k.entity, *r.entity)) continue;
      // Different authorities are different fines, unless one was only guessed from elsewhere
      // and both name the same party in their own sentence.
      const bool named_party = k.entity && r.entity && !k.entity_inherited && !r.entity_inherited;
      const bool guessed = k.authority_inherited || r.authority_inherited;
      if (k.authority && r.authority && !same_authority(*k.authority, *r.authority) && !(named_party && guessed))
        continue;
      same = &k;
      break;
    }
    if (same == nullptr) {
      kept.push_back(std::move(r));
      continue;
    }
    // The first mention stays; the repeat completes what it lacks. A rounded first mention
    // gives way to the exact one.
    if (approximate(ctx, ctx.doc.money[static_cast<std::size_t>(same->money)], same->sentence) &&
        !approximate(ctx, m, r.sentence))
      std::swap(*same, r);
    if (r.authority && (!same->authority || (same->authority_inherited && !r.authority_inherited))) {
      same->authority = r.authority;
      same->authority_inherited = r.authority_inherited;
    }
    // A name with its legal form beats one marked as fined by a cue only, which beats a bare
    // one: the body's "Posti Group Oyj:lle" over the headline's "Postille"; a name in its base
    // form beats the same name with a case ending ("TikTok", "TikToku").
    auto marked = [&](const std::optional<Span>& entity) {
      if (!entity) return 0;
      for (const PartyMention& p : ctx.parties)
        if (p.span == *entity) return (p.has_suffix ? 2 : 0) + (p.cue != PartyCue::none ? 1 : 0);
      return 0;
    };
    const bool base_form = r.entity && same->entity && !r.entity_inherited &&
                           r.entity->size() < same->entity->size() && ctx.inflected(*r.entity, *same->entity);
    if (r.entity && (!same->entity || (same->entity_inherited && !r.entity_inherited) ||
                     (!r.entity_inherited && marked(r.entity) > marked(same->entity)) || base_form)) {
      same->entity = r.entity;
      same->entity_inherited = r.entity_inherited;
    }
    if (date_rank(ctx, r.date) > date_rank(ctx, same->date)) same->date = r.date;
    same->confidence = std::max(same->confidence, r.confidence);
  }
  records = std::move(kept);
}

void inherit_dates(const DocumentContext& ctx, std::vector<FineRecord>& records) {
  const DocumentAnalysis& doc = ctx.doc;
  // A fine whose authority is only the article's most named one takes the authority of a later
  // sentence that reports who imposed a fine, without an amount ("The fine was issued by the
  // prosecutor's unit NSK").
  for (FineRecord& r : records) {
    if (!r.authority || !r.authority_inherited || r.authority->span.size() == 0) continue;
    const std::size_t own = ctx.sentence_of(r.sentence.begin);
    const std::size_t from = ctx.sentence_of(r.authority->span.begin);
    if (from <= own && own - from <= policy.authority_look_back) continue;  // named just before
    for (std::size_t s = own + 1; s < doc.sentences.size() && s <= own + 6; ++s) {
      const Span sentence = doc.sentences[s];
      if (!ctx.money_in(sentence).empty()) continue;
      const Cue* trigger = nullptr;
      for (const Cue& c : ctx.cues_in(sentence))
        if (c.kind == CueKind::trigger && trigger == nullptr) trigger = &c;
      const auto named = ctx.authorities_in(sentence);
      if (trigger == nullptr || named.empty()) continue;
      r.authority = *nearest(named, trigger->span, span_of_authority);
      break;
    }
  }
  // Sentences that report a decision without an amount ("the Cnil decided on Monday, October
  // 17 to impose an administrative fine", "The 2022 FCA fines ranked", "the decision was
  // issued on 6 June 2024"), with the date nearest their fine or decision word.
  struct Event {
    std::size_t sentence;
    int date;
    bool heading;  // a period for what follows only
    bool acting;   // an authority acting on a day, without a fine word: used when no other fits
  };
  std::vector<Event> events;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Span sentence = doc.sentences[s];
    if (!ctx.money_in(sentence).empty() || ctx.has_cue(sentence, CueKind::proposed)) continue;
    // A fine word, or a word naming the decision or the inspection ("the ruling, delivered on
    // 3 June", "an inspection in February").
    const Cue* trigger = nullptr;
    // A fine word, or a word for the decision itself ("the decision was taken on 5 March").
    for (const Cue& c : ctx.cues_in(sentence))
      if ((c.kind == CueKind::trigger || c.kind == CueKind::unit_trigger || c.kind == CueKind::decision) &&
          trigger == nullptr)
        trigger = &c;
    const auto dates = ctx.dates_in(sentence);
    // Without a fine word, an authority acting on a day also dates what follows: "The
    // disciplinary committee dealt with the cases on Thursday."
    const auto acting = ctx.authorities_in(sentence);
    if ((trigger == nullptr && acting.empty()) || dates.empty()) continue;
    const Span anchor = trigger != nullptr ? trigger->span : acting.front().span;
    const DateMention* d = nearest(dates, anchor, [](const DateMention& x) { return x.span; });
    // A decision is dated to the day ("decided on Monday, October 17"), or it is a heading that
    // sets the period of what follows ("The 2022 FCA fines ranked"); a year inside a sentence
    // ("sanctions up 43% on 2017") compares rather than dates, unless a noun names it as the
    // year ("decided in the year 2023", "rozhodl v roce 2023").
    const std::string_view line = ctx.text_of(sentence);
    const bool heading = std::string_view(".!?\"'").find(line.back()) == std::string_view::npos;
    // A day whose year is unknown ("on Wednesday 20 September the committee imposed the
    // following fines:") still dates the list it heads.
    // An unresolved date ("in March", no publication date) still sets the period of a
    // heading ("on Wednesday 20 September the committee imposed the following fines:").
    if (d->resolution == DateResolution::unresolved && (trigger == nullptr || !heading)) continue;
    const bool to_the_day = d->value.size() == 10 && d->value.find('X') == std::string::npos;
    // A month that a fine or decision word dates ("the sanction was decided in April", "an
    // inspection in February") is an event too.
    const bool decided_month = trigger != nullptr && d->value.size() == 7 && d->value.find('X') == std::string::npos;
    if (!to_the_day && !decided_month && (!heading || trigger == nullptr) && !(d->year_word && trigger != nullptr))
      continue;
    events.push_back({s, static_cast<int>(d - doc.dates.data()), heading && !to_the_day && !decided_month,
                      trigger == nullptr});
  }

  // "this week", "Q3", an unresolved day: a decision dated to the day may say more.
  auto vague = [&](int index) {
    if (index < 0) return true;
    const DateMention& d = doc.dates[static_cast<std::size_t>(index)];
    return d.resolution == DateResolution::unresolved ||
           d.value.find_first_of("WQ") != std::string::npos;
  };
  auto to_the_day = [&](int index) { return doc.dates[static_cast<std::size_t>(index)].value.size() == 10; };

  for (std::size_t i = 0; i < records.size(); ++i) {
    FineRecord& r = records[i];
    if (!vague(r.date) || !r.authority) continue;
    const bool dated = r.date >= 0;
    const std::size_t own = ctx.sentence_of(r.sentence.begin);
    // Decisions reported together share their date: "la sanction que lui avait infligée la Cnil
    // en décembre 2020 ... deux amendes (60 millions ... et 40 millions)".
    for (std::size_t k = i; !dated && k-- > 0;) {
      const FineRecord& earlier = records[k];
      // Measured from where the earlier fine is dated: a headline's fine takes the date of the
      // body's report of it.
      std::size_t s = ctx.sentence_of(earlier.sentence.begin);
      if (earlier.date >= 0) {
        const Span dated = doc.dates[static_cast<std::size_t>(earlier.date)].span;
        if (dated.end > dated.begin && dated.begin < r.sentence.begin) s = std::max(s, ctx.sentence_of(dated.begin));
      }
      if (own - std::min(s, own) > policy.shared_date_reach) break;
      if (earlier.date >= 0 && earlier.authority && same_authority(*earlier.authority, *r.authority) &&
          earlier.kind == FineKind::fine && r.kind == FineKind::fine) {
        r.date = earlier.date;
        break;
      }
    }
    // ... and a decision dated to the day in the next sentence dates the fine reported just
    // before it ("X was fined €450,000. By the same decision, dated 14 May, its director ...").
    for (std::size_t k = i + 1; !dated && r.date < 0 && k < records.size(); ++k) {
      const FineRecord& later = records[k];
      if (ctx.sentence_of(later.sentence.begin) > own + 1) break;
      if (later.date >= 0 && to_the_day(later.date) && later.authority &&
          same_authority(*later.authority, *r.authority) && later.kind == FineKind::fine &&
          r.kind == FineKind::fine) {
        r.date = later.date;
        break;
      }
    }
    if (r.date >= 0 && !dated) continue;
    // The nearest event before the amount (a section heading, the decision just reported), else
    // the nearest one shortly after it.
    const Event* chosen = nullptr;
    for (const bool acting : {false, true}) {
      for (const Event& e : events) {
        if (e.sentence > own + 6) break;
        if (e.acting != acting) continue;
        const auto authorities = ctx.authorities_in(doc.sentences[e.sentence]);
        // The decision of the fine's body, or of another body its own sentence names ("the
        // court reduced the fee the Border Guard imposed ... The court gave its decision on 12
        // June").
        const auto own_bodies = ctx.authorities_in(r.sentence);
        const bool same = authorities.empty() ||
                          std::any_of(authorities.begin(), authorities.end(), [&](const AuthorityMention& a) {
                            return same_authority(a, *r.authority) ||
                                   std::any_of(own_bodies.begin(), own_bodies.end(),
                                               [&](const AuthorityMention& b) { return same_authority(a, b); });
                          });
        if (!same) continue;
        if (e.sentence < own) chosen = &e;
        else if (chosen == nullptr && !e.heading) { chosen = &e; break; }
      }
      if (chosen != nullptr) break;
    }
    if (chosen != nullptr && (!dated || to_the_day(chosen->date))) {
      r.date = chosen->date;
      r.confidence -= policy.shared_date_cost;
    }
  }
  // A periodic penalty comes with the original decision: the earliest dated fine of the same
  // authority.
  for (FineRecord& r : records) {
    if (r.date >= 0 || r.kind != FineKind::periodic_penalty || !r.authority) continue;
    for (const FineRecord& other : records)
      if (other.kind == FineKind::fine && other.date >= 0 && other.authority &&
          same_authority(*other.authority, *r.authority) &&
          (r.date < 0 || doc.dates[static_cast<std::size_t>(other.date)].value <
                             doc.dates[static_cast<std::size_t>(r.date)].value))
        r.date = other.date;
  }
  for (FineRecord& r : records)
    if (r.date < 0) r.date_from_reference = true;
}

}  // namespace finex
