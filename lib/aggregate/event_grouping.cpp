// Groups the fines of many documents into real-world events (see finex/aggregate.h). Each fine
// joins the largest event whose every fine it agrees with, slot by slot, and that has no source
// from its document yet; otherwise it opens an event of its own. The most complete and most
// confident fines are placed first, so that a fine which leaves a slot empty joins an event
// whose slots are known rather than deciding them.
#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

#include "aggregate/fine_slots_compared.h"
#include "finex/aggregate.h"

namespace finex {
namespace {

using namespace aggregation;

constexpr double kAmountTolerance = 0.005;  // half a percent: rounding in a headline

// One fine with its slots read into comparable form.
struct Item {
  std::size_t result = 0, fine = 0;  // where it comes from
  std::size_t document = 0;          // the document's number (equal ids are one document)
  const Fine* source = nullptr;
  std::optional<double> amount;
  std::vector<std::string> party;  // empty when none is named
  std::optional<DateParts> date;
  int filled = 0;  // slots known: how much this fine can decide
};

bool agree(const Item& a, const Item& b) {
  const Fine& x = *a.source;
  const Fine& y = *b.source;
  if (x.kind != y.kind) return false;
  if (a.amount.has_value() != b.amount.has_value()) return false;
  if (a.amount && (x.amount->currency != y.amount->currency || !close_amounts(*a.amount, *b.amount, kAmountTolerance)))
    return false;
  if (!a.party.empty() && !b.party.empty() && !same_organisation(a.party, b.party)) return false;
  if (x.authority && y.authority && !same_authority(*x.authority, *y.authority)) return false;
  return compatible_dates(a.date, b.date);
}

// The key that occurs most often among `members`, then the one with the most confident fine;
// nullopt when no member has one.
template <class KeyOf>
std::optional<std::string> most_frequent(const std::vector<const Item*>& members, KeyOf key_of) {
  struct Tally {
    std::size_t count = 0;
    double confidence = 0.0;
    std::size_t first = 0;
  };
  std::map<std::string, Tally> tallies;
  for (std::size_t i = 0; i < members.size(); ++i) {
    const std::optional<std::string> key = key_of(*members[i]);
    if (!key || key->empty()) continue;
    auto [it, inserted] = tallies.try_emplace(*key, Tally{0, 0.0, i});
    ++it->second.count;
    it->second.confidence = std::max(it->second.confidence, members[i]->source->confidence);
  }
  const std::pair<const std::string, Tally>* best = nullptr;
  for (const auto& entry : tallies) {
    if (best == nullptr) { best = &entry; continue; }
    const Tally &t = entry.second, &b = best->second;
    if (t.count != b.count ? t.count > b.count : t.confidence != b.confidence ? t.confidence > b.confidence : t.first < b.first)
      best = &entry;
  }
  if (best == nullptr) return std::nullopt;
  return best->first;
}

std::vector<const Item*> where(const std::vector<const Item*>& members, auto keep) {
  std::vector<const Item*> out;
  std::copy_if(members.begin(), members.end(), std::back_inserter(out), keep);
  return out;
}

void choose_party(const std::vector<const Item*>& members, Event& event) {
  // Names of one organisation count together ("Clearview" and "Clearview AI Inc."): each name
  // counts as the first of the members' names that it agrees with.
  std::vector<const Item*> named = where(members, [](const Item* m) { return !m->party.empty(); });
  auto group_of = [&](const Item& m) -> std::optional<std::string> {
    for (const Item* other : named)
      if (same_organisation(other->party, m.party)) return other->source->entity->text;
    return std::nullopt;
  };
  const std::optional<std::string> group = most_frequent(named, group_of);
  if (!group) return;
  const auto in_group = where(named, [&](const Item* m) { return group_of(*m) == group; });
  event.entity = *most_frequent(in_group, [](const Item& m) { return std::optional(m.source->entity->text); });
}

void choose_authority(const std::vector<const Item*>& members, Event& event) {
  const auto with = where(members, [](const Item* m) { return m->source->authority.has_value(); });
  auto field = [](auto member) { return [member](const Item& m) { return std::optional((*m.source->authority).*member); }; };
  std::vector<const Item*> chosen = with;
  if (auto name = most_frequent(with, field(&AuthorityRef::name))) {
    event.authority_name = *name;
    chosen = where(with, [&](const Item* m) { return m->source->authority->name == *name; });
  }
  if (auto country = most_frequent(chosen, field(&AuthorityRef::country))) {
    event.country = *country;
    if (event.authority_name.empty())
      chosen = where(chosen, [&](const Item* m) { return m->source->authority->country == *country; });
  }
  if (auto text = most_frequent(chosen, field(&AuthorityRef::text))) event.authority = *text;
}

void choose_date(const std::vector<const Item*>& members, Event& event) {
  // The most precise date a source states, the earliest of them; a publication date only when
  // no source states one.
  const Item* best = nullptr;
  auto before = [](const DateParts& a, const DateParts& b) {
    return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
  };
  for (const Item* m : members) {
    if (!m->date) continue;
    if (best == nullptr) { best = m; continue; }
    const DateParts &d = *m->date, &b = *best->date;
    if (d.bound != b.bound ? !d.bound
                           : d.precision() != b.precision() ? d.precision() > b.precision() : before(d, b))
      best = m;
  }
  if (best != nullptr) event.date = best->source->date->value;
}

Event event_of(const std::vector<const Item*>& members, const std::vector<std::string>& documents) {
  Event event;
  const Fine& first = *members.front()->source;
  event.kind = first.kind;
  if (first.amount) {
    event.currency = first.amount->currency;
    const auto value = most_frequent(members, [](const Item& m) { return std::optional(m.source->amount->value.normalized().to_string()); });
    for (const Item* m : members)
      if (m->source->amount->value.normalized().to_string() == *value) {
        event.amount = m->source->amount->value;
        break;
      }
  }
  choose_party(members, event);
  choose_authority(members, event);
  choose_date(members, event);
  for (const Item* m : members) event.sources.push_back({documents[m->document], m->fine, m->source->confidence});
  return event;
}

}  // namespace

std::vector<Event> aggregate(std::span<const Result> results) {
  std::vector<Item> items;
  std::vector<std::string> documents;
  std::unordered_map<std::string, std::size_t> document_number;
  for (std::size_t r = 0; r < results.size(); ++r) {
    if (!results[r].ok() || results[r].fines.empty()) continue;
    const auto [it, inserted] = document_number.try_emplace(results[r].document, documents.size());
    if (inserted) documents.push_back(results[r].document);
    for (std::size_t f = 0; f < results[r].fines.size(); ++f) {
      const Fine& fine = results[r].fines[f];
      Item item{r, f, it->second, &fine, std::nullopt, {}, date_parts(fine.date), 0};
      if (fine.amount) item.amount = fine.amount->value.to_double();
      if (fine.entity) item.party = organisation_words(fine.entity->text);
      item.filled = !item.party.empty() + fine.authority.has_value() + (item.date ? item.date->precision() : 0);
      items.push_back(std::move(item));
    }
  }

  std::vector<std::size_t> order(items.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (items[a].filled != items[b].filled) return items[a].filled > items[b].filled;
    return items[a].source->confidence > items[b].source->confidence;
  });

  std::vector<std::vector<std::size_t>> groups;  // item numbers
  // Events by kind and currency, the only slots that must be equal.
  std::map<std::pair<FineKind, std::string>, std::vector<std::size_t>> by_kind;
  for (const std::size_t i : order) {
    const Item& item = items[i];
    auto& candidates = by_kind[{item.source->kind, item.source->amount ? item.source->amount->currency : ""}];
    std::size_t chosen = groups.size();
    for (const std::size_t g : candidates) {
      const auto& members = groups[g];
      if (chosen != groups.size() && members.size() <= groups[chosen].size()) continue;
      const Item& front = items[members.front()];
      if (item.amount && front.amount && !close_amounts(*item.amount, *front.amount, kAmountTolerance)) continue;
      const bool fits = std::all_of(members.begin(), members.end(), [&](std::size_t m) {
        return items[m].document != item.document && agree(item, items[m]);
      });
      if (fits) chosen = g;
    }
    if (chosen == groups.size()) {
      candidates.push_back(groups.size());
      groups.emplace_back();
    }
    groups[chosen].push_back(i);
  }

  // Sources in input order, events in the order of their first source.
  for (auto& g : groups) std::sort(g.begin(), g.end());
  std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.front() < b.front(); });
  std::vector<Event> events;
  events.reserve(groups.size());
  for (const auto& g : groups) {
    std::vector<const Item*> members;
    for (const std::size_t i : g) members.push_back(&items[i]);
    events.push_back(event_of(members, documents));
  }
  return events;
}

}  // namespace finex
