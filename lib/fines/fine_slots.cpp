#include <algorithm>
#include <cmath>

#include "fines/document_context.h"

namespace finex {
namespace {

// A date further than this from the amount belongs to something else in a long sentence.
constexpr std::size_t kMaxDateGap = 150;
// How many sentences back an authority may be named for an amount that names none.
constexpr std::size_t kAuthorityLookBack = 2;

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
  for (; it != amounts.end() && it->span.end <= between.end; ++it)
    if (it->equivalent_of < 0 && !(it->span == money)) return true;
  return false;
}

bool close_values(const Decimal& a, const Decimal& b) {
  const double x = a.to_double(), y = b.to_double();
  return std::fabs(x - y) <= 0.01 * std::max(std::fabs(x), std::fabs(y));
}

}  // namespace

void fill_slots(const DocumentContext& ctx, FineRecord& record) {
  const DocumentAnalysis& doc = ctx.doc;
  const Span money = doc.money[static_cast<std::size_t>(record.money)].span;
  const Span sentence = record.sentence;

  const auto here = ctx.authorities_in(sentence);
  if (const AuthorityMention* a = nearest(here, money, span_of_authority)) {
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
    const bool heading = !own.empty() && std::string_view(".!?\"'").find(own.back()) == std::string_view::npos;
    if (heading && s + 1 < doc.sentences.size()) {
      const auto next = ctx.authorities_in(doc.sentences[s + 1]);
      if (!next.empty()) record.authority = next.front();
    }
    for (std::size_t back = 1; back <= kAuthorityLookBack && back <= s && !record.authority; ++back) {
      const auto earlier = ctx.authorities_in(doc.sentences[s - back]);
      if (!earlier.empty()) record.authority = earlier.back();
    }
    if (!record.authority && ctx.main_authority != nullptr) record.authority = *ctx.main_authority;
    if (record.authority) {
      record.authority_inherited = true;
      record.confidence -= 0.1;
    }
  }

  // The nearest date, but not one beyond another amount, and in a sentence of several amounts
  // the one that follows the amount: in "€8.85m in the UK last May, then €20m by the Greek
  // regulator this summer", May belongs to the first. A resolved date beats an unresolved one.
  const auto amounts = ctx.money_in(sentence);
  const bool several = std::count_if(amounts.begin(), amounts.end(),
                                     [](const MoneyMention& m) { return m.equivalent_of < 0; }) > 1;
  const DateMention* date = nullptr;
  auto date_score = [&](const DateMention& d) {
    return gap(d.span, money) + (d.resolution == DateResolution::unresolved ? 10000 : 0) +
           (several && d.span.end <= money.begin ? 1000 : 0);
  };
  for (const DateMention& d : ctx.dates_in(sentence)) {
    if (ctx.char_gap(d.span, money) > kMaxDateGap || crosses_amount(ctx, d.span, money, sentence)) continue;
    if (date == nullptr || date_score(d) < date_score(*date)) date = &d;
  }
  if (date != nullptr) record.date = static_cast<int>(date - doc.dates.data());

  // A name whose cue stands between it and the amount ("X was fined €Y", "€Y contre X") is
  // tied to it; then other names marked as fined; then names known from elsewhere. Never a
  // name beyond another amount.
  const PartyMention* party = nullptr;
  std::size_t party_score = SIZE_MAX;
  for (const PartyMention& p : ctx.parties_in(sentence)) {
    if (!ctx.is_known_party(p) || crosses_amount(ctx, p.span, money, sentence)) continue;
    const bool tied = (p.cue == PartyCue::after && p.span.end <= money.begin) ||
                      (p.cue == PartyCue::before && money.end <= p.span.begin);
    const std::size_t score =
        gap(p.span, money) + (tied ? 0 : p.cue != PartyCue::none ? 1000 : 2000);
    if (score < party_score) party = &p, party_score = score;
  }
  // "pour le géant de l'e-commerce", "the company": a reference nearer the amount than any name
  // points back to the main party.
  bool referenced = false;
  for (const Span& ref : ctx.company_references)
    if (ref.begin >= sentence.begin && ref.end <= sentence.end &&
        (party == nullptr || gap(ref, money) < gap(party->span, money)))
      referenced = true;
  if (record.entity) {
    // already named by the construction that made the record a fine
  } else if (party != nullptr && !(referenced && ctx.main_party >= 0)) {
    record.entity = party->span;
  } else if (ctx.main_party >= 0) {
    record.entity = ctx.parties[static_cast<std::size_t>(ctx.main_party)].span;
    record.entity_inherited = true;
    record.confidence -= 0.1;
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
    // amount as amounts pair up in order.
    if (count >= 2 && ctx.has_cue(sentence, CueKind::respectively)) {
      std::vector<Span> names;
      for (const PartyMention& p : ctx.parties_in(sentence))
        if (p.span.end <= first_money.begin) names.push_back(p.span);
      // No other number between the names and the amounts ("9,8 e 7,5 milioni": one amount
      // was not read, so the amounts do not pair up).
      const bool adjacent =
          !names.empty() && ctx.text_of({names.back().end, first_money.begin}).find_first_of("0123456789") ==
                                std::string_view::npos;
      bool listed = true;  // "X and Y", "X, Y and Z"
      for (std::size_t k = 0; k + 1 < names.size(); ++k)
        listed = listed && ctx.lexicon.is_coordination(ctx.text_of({names[k].end, names[k + 1].begin}),
                                                       ctx.doc.language);
      if (names.size() == count && adjacent && listed) {
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
      if (km.currency != m.currency || !close_values(km.value, m.value) || k.kind != r.kind) continue;
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
    // The first mention stays; the repeat completes what it lacks.
    if (r.authority && (!same->authority || (same->authority_inherited && !r.authority_inherited))) {
      same->authority = r.authority;
      same->authority_inherited = r.authority_inherited;
    }
    if (r.entity && (!same->entity || (same->entity_inherited && !r.entity_inherited))) {
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
  // Sentences that report a decision without an amount ("the Cnil decided on Monday, October
  // 17 to impose an administrative fine", "The 2022 FCA fines ranked", "the decision was
  // issued on 6 June 2024"), with the date nearest their fine or decision word.
  struct Event {
    std::size_t sentence;
    int date;
    bool heading;  // a period for what follows only
  };
  std::vector<Event> events;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Span sentence = doc.sentences[s];
    if (!ctx.money_in(sentence).empty() || ctx.has_cue(sentence, CueKind::proposed)) continue;
    const Cue* trigger = nullptr;
    for (const Cue& c : ctx.cues_in(sentence))
      if ((c.kind == CueKind::trigger || c.kind == CueKind::decision) && trigger == nullptr) trigger = &c;
    const auto dates = ctx.dates_in(sentence);
    if (trigger == nullptr || dates.empty()) continue;
    const DateMention* d = nearest(dates, trigger->span, [](const DateMention& x) { return x.span; });
    // A decision is dated to the day ("decided on Monday, October 17"), or it is a heading that
    // sets the period of what follows ("The 2022 FCA fines ranked"); a year inside a sentence
    // ("sanctions up 43% on 2017") compares rather than dates.
    const std::string_view line = ctx.text_of(sentence);
    const bool heading = std::string_view(".!?\"'").find(line.back()) == std::string_view::npos;
    // A day whose year is unknown ("on Wednesday 20 September the committee imposed the
    // following fines:") still dates the list it heads.
    if (d->resolution == DateResolution::unresolved && !(heading && d->value.size() == 10)) continue;
    const bool to_the_day = d->value.size() == 10 && d->value.find('X') == std::string::npos;
    if (!to_the_day && !heading) continue;
    events.push_back({s, static_cast<int>(d - doc.dates.data()), heading && !to_the_day});
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
      const std::size_t s = ctx.sentence_of(earlier.sentence.begin);
      if (own - s > 3) break;
      if (earlier.date >= 0 && earlier.authority && same_authority(*earlier.authority, *r.authority) &&
          earlier.kind == FineKind::fine && r.kind == FineKind::fine) {
        r.date = earlier.date;
        break;
      }
    }
    if (r.date >= 0 && !dated) continue;
    // The nearest event before the amount (a section heading, the decision just reported), else
    // the nearest one shortly after it.
    const Event* chosen = nullptr;
    for (const Event& e : events) {
      if (e.sentence > own + 6) break;
      const auto authorities = ctx.authorities_in(doc.sentences[e.sentence]);
      const bool same = authorities.empty() ||
                        std::any_of(authorities.begin(), authorities.end(),
                                    [&](const AuthorityMention& a) { return same_authority(a, *r.authority); });
      if (!same) continue;
      if (e.sentence < own) chosen = &e;
      else if (chosen == nullptr && !e.heading) { chosen = &e; break; }
    }
    if (chosen != nullptr && (!dated || to_the_day(chosen->date))) {
      r.date = chosen->date;
      r.confidence -= 0.05;
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
