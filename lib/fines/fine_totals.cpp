// Totals reported beside their parts: "penalties totalling £168m ... Thames Water: £104m,
// Yorkshire Water: £47m, Northumbrian Water: £17m" reports three fines, not four.
#include <cmath>
#include <cstddef>
#include <vector>

#include "fines/document_context.h"
#include "fines/slot_rules.h"

namespace finex {

using namespace slot_rules;

namespace {

// Whether the amount of `records[i]` is the sum of two or more records next to it (after it,
// or before it: "zusammen 650.000 Euro" closes a list), in one currency, split among parties:
// two fines of one party that add up ("two penalties totalling €6m") are a fine of their own.
// Other mentions of the same amount (a headline's) are passed over.
// `parts` receives the indices of the records that add up to it.
bool sums_neighbours(const DocumentContext& ctx, const std::vector<FineRecord>& records, std::size_t i,
                     std::vector<std::size_t>& parts_found) {
  const MoneyMention& total = ctx.doc.money[static_cast<std::size_t>(records[i].money)];
  const double value = total.value.to_double();
  for (const int step : {1, -1}) {
    double sum = 0;
    int parts = 0;
    const FineRecord* first_part = nullptr;
    bool several_parties = false;
    parts_found.clear();
    const auto count = static_cast<std::ptrdiff_t>(records.size());
    for (std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + step; j >= 0 && j < count; j += step) {
      const MoneyMention& part = ctx.doc.money[static_cast<std::size_t>(records[static_cast<std::size_t>(j)].money)];
      if (part.currency != total.currency) break;
      if (close_values(part.value, total.value)) continue;
      sum += part.value.to_double();
      ++parts;
      parts_found.push_back(static_cast<std::size_t>(j));
      const FineRecord& r = records[static_cast<std::size_t>(j)];
      if (first_part == nullptr) first_part = &r;
      else if (r.entity && first_part->entity && !ctx.same_party(*r.entity, *first_part->entity)) several_parties = true;
      if (parts >= 2 && several_parties && std::abs(sum - value) <= policy.total_tolerance * value) return true;
      if (sum > value) break;
    }
  }
  return false;
}

}  // namespace

void drop_totals(const DocumentContext& ctx, std::vector<FineRecord>& records) {
  std::vector<bool> total(records.size(), false);
  for (std::size_t i = 0; i < records.size(); ++i) {
    const Span money = ctx.doc.money[static_cast<std::size_t>(records[i].money)].span;
    bool cued = false;
    for (const Cue& c : ctx.cues_in(records[i].sentence))
      cued = cued || (c.kind == CueKind::total && ctx.word_gap(c.span, money) <= policy.max_total_gap);
    std::vector<std::size_t> parts;
    total[i] = cued && sums_neighbours(ctx, records, i, parts);
    // "Konkurrensverket yrkar att två bolag ska betala sammanlagt 62 miljoner kronor. Enligt
    // myndigheten ska X betala 41 miljoner kronor och Y 21 miljoner kronor": the parts of a
    // proposed total, told in a sentence of their own that names no body, are proposed too.
    if (total[i] && records[i].kind == FineKind::proposed)
      for (const std::size_t j : parts)
        if (records[j].kind == FineKind::fine && records[j].sentence.begin >= records[i].sentence.end &&
            ctx.authorities_in(records[j].sentence).empty())
          records[j].kind = FineKind::proposed;
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (total[i]) continue;
    if (kept != i) records[kept] = std::move(records[i]);  // a self-move would empty the strings
    ++kept;
  }
  records.resize(kept);
}

void drop_headline_totals(const DocumentContext& ctx, std::vector<FineRecord>& records, const std::vector<int>& totals) {
  const std::size_t first_line_end = ctx.doc.text.find('\n');
  if (totals.empty() || first_line_end == std::string_view::npos) return;
  std::erase_if(records, [&](const FineRecord& r) {
    if (r.sentence.begin >= first_line_end) return false;
    const MoneyMention& m = ctx.doc.money[static_cast<std::size_t>(r.money)];
    // A headline rounds ("přes 80 milionů", "38 de milioane" for 38,2).
    const double tolerance = approximate(ctx, m, r.sentence) ? policy.approximate_tolerance : policy.same_amount_tolerance;
    for (const int t : totals) {
      const MoneyMention& total = ctx.doc.money[static_cast<std::size_t>(t)];
      if (total.span.begin >= first_line_end && total.currency == m.currency &&
          (close_values(total.value, m.value, tolerance) || leading_digits_of(m.value.to_double(), total.value.to_double())))
        return true;
    }
    return false;
  });
}

void drop_headline_conversions(const DocumentContext& ctx, std::vector<FineRecord>& records) {
  const std::size_t first_line_end = ctx.doc.text.find('\n');
  if (first_line_end == std::string_view::npos) return;
  const std::vector<MoneyMention>& money = ctx.doc.money;
  std::vector<bool> reported(money.size(), false);
  for (const FineRecord& r : records) reported[static_cast<std::size_t>(r.money)] = true;
  std::erase_if(records, [&](const FineRecord& r) {
    const MoneyMention& m = money[static_cast<std::size_t>(r.money)];
    if (r.sentence.begin >= first_line_end || m.equivalent_of >= 0) return false;
    for (const MoneyMention& conversion : money)
      if (conversion.equivalent_of >= 0 && conversion.span.begin >= first_line_end &&
          reported[static_cast<std::size_t>(conversion.equivalent_of)] && conversion.currency == m.currency &&
          (close_values(conversion.value, m.value) || leading_digits_of(m.value.to_double(), conversion.value.to_double())))
        return true;
    return false;
  });
}

}  // namespace finex
