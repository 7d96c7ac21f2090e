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

bool close_values(const Decimal& a, const Decimal& b) {
  const double x = a.to_double(), y = b.to_double();
  return std::fabs(x - y) <= 0.01 * std::max(std::fabs(x), std::fabs(y));
}

}  // namespace

void fill_slots(const DocumentContext& ctx, FineRecord& record) {
  const DocumentAnalysis& doc = ctx.doc;
  const Span money = doc.money[static_cast<std::size_t>(record.money)].span;
  const Span sentence = record.sentence;

  if (const AuthorityMention* a = nearest(ctx.authorities_in(sentence), money, span_of_authority)) {
    record.authority = *a;
  } else {
    const std::size_t s = ctx.sentence_of(money.begin);
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

  const auto dates = ctx.dates_in(sentence);
  if (const DateMention* d = nearest(dates, money, [](const DateMention& x) { return x.span; }, kMaxDateGap))
    record.date = static_cast<int>(d - doc.dates.data());

  const PartyMention* party = nullptr;
  std::size_t party_gap = SIZE_MAX;
  for (const PartyMention& p : ctx.parties_in(sentence)) {
    // A name marked by a cue beats a name merely nearby.
    const std::size_t g = gap(p.span, money) + (p.cue != PartyCue::none ? 0 : 1000);
    if (!ctx.is_known_party(p)) continue;
    if (g < party_gap) party = &p, party_gap = g;
  }
  // "pour le géant de l'e-commerce", "the company": a reference nearer the amount than any name
  // points back to the main party.
  bool referenced = false;
  for (const Span& ref : ctx.company_references)
    if (ref.begin >= sentence.begin && ref.end <= sentence.end &&
        (party == nullptr || gap(ref, money) < gap(party->span, money)))
      referenced = true;
  if (party != nullptr && !(referenced && ctx.main_party >= 0)) {
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

    // Places after the first amount, one per country: "in the United Kingdom and Italy".
    std::vector<const AuthorityMention*> places;
    for (const AuthorityMention& a : ctx.authorities_in(sentence)) {
      if (a.span.begin < first_money.begin) continue;
      const bool seen = std::any_of(places.begin(), places.end(), [&](const AuthorityMention* p) {
        return country_of(*p) == country_of(a) && p->authority == a.authority;
      });
      if (!seen) places.push_back(&a);
    }
    const std::size_t count = j - i;
    if (count >= 2 && ctx.has_cue(sentence, CueKind::respectively) && places.size() == count) {
      for (std::size_t k = 0; k < count; ++k) {
        records[i + k].authority = *places[k];
        records[i + k].authority_inherited = false;
      }
    }
    for (std::size_t k = i; k < j; ++k) out.push_back(records[k]);

    // One amount, several coordinated places: each place imposed it.
    if (count == 1 && records[i].authority && !records[i].authority_inherited) {
      const auto all = ctx.authorities_in(sentence);
      for (std::size_t a = 0; a + 1 < all.size(); ++a) {
        const std::string_view between =
            ctx.text_of({all[a].span.end, std::max(all[a].span.end, all[a + 1].span.begin)});
        static constexpr std::string_view kAnd[] = {" and ", ", ", " et ", " und ", " en ", " e ", " y ", " & "};
        const bool coordinated = std::find(std::begin(kAnd), std::end(kAnd), between) != std::end(kAnd);
        const bool ours = all[a].span == records[i].authority->span || all[a + 1].span == records[i].authority->span;
        if (!coordinated || !ours || country_of(all[a]) == country_of(all[a + 1])) continue;
        FineRecord other = records[i];
        other.authority = all[a].span == records[i].authority->span ? all[a + 1] : all[a];
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
      if (k.authority && r.authority && !same_authority(*k.authority, *r.authority)) continue;
      if (k.entity && r.entity && !ctx.same_party(*k.entity, *r.entity)) continue;
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
    if (same->date < 0) same->date = r.date;
    same->confidence = std::max(same->confidence, r.confidence);
  }
  records = std::move(kept);
}

void inherit_dates(const DocumentContext& ctx, std::vector<FineRecord>& records) {
  const DocumentAnalysis& doc = ctx.doc;
  for (FineRecord& r : records) {
    if (r.date >= 0 || !r.authority) continue;  // (records without a date are dated below)
    const std::size_t own = ctx.sentence_of(r.sentence.begin);
    // A sentence that reports the decision without an amount: "the Cnil decided on Monday,
    // October 17 to impose an administrative fine".
    std::size_t best_distance = SIZE_MAX;
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
      const Span sentence = doc.sentences[s];
      if (!ctx.money_in(sentence).empty() || ctx.dates_in(sentence).empty()) continue;
      const Cue* trigger = nullptr;
      for (const Cue& c : ctx.cues_in(sentence))
        if (c.kind == CueKind::trigger) trigger = &c;
      if (trigger == nullptr || ctx.has_cue(sentence, CueKind::proposed)) continue;
      const auto authorities = ctx.authorities_in(sentence);
      const bool same = std::any_of(authorities.begin(), authorities.end(),
                                    [&](const AuthorityMention& a) { return same_authority(a, *r.authority); });
      const std::size_t distance = s > own ? s - own : own - s;
      if (!same || distance >= best_distance) continue;
      const auto dates = ctx.dates_in(sentence);
      const DateMention* d = nearest(dates, trigger->span, [](const DateMention& x) { return x.span; });
      r.date = static_cast<int>(d - doc.dates.data());
      best_distance = distance;
    }
    if (r.date >= 0) {
      r.confidence -= 0.05;
      continue;
    }
    // A periodic penalty comes with the decision that imposed the fine before it.
    if (r.kind == FineKind::periodic_penalty) {
      for (const FineRecord& earlier : records) {
        if (&earlier == &r) break;
        if (earlier.date >= 0 && earlier.authority && same_authority(*earlier.authority, *r.authority))
          r.date = earlier.date;
      }
    }
  }
  for (FineRecord& r : records)
    if (r.date < 0) r.date_from_reference = true;
}

}  // namespace finex
