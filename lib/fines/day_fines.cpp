#include "fines/day_fines.h"

#include <algorithm>

namespace finex {
namespace {

// Bytes of spaces at most between a count, the day-fine word, its price phrase and the amount.
constexpr std::size_t kMaxJoint = 2;
// The total stated after the price stands this near it, in bytes ("…, totalt 16 000 kronor").
constexpr std::size_t kMaxTotalDistance = 40;
// More day-fines than this are no count (a year, a sum): German law allows at most 720.
constexpr std::int64_t kMaxCount = 3600;

bool spaces_only(std::string_view text, std::size_t from, std::size_t to) {
  return from <= to && to - from <= kMaxJoint &&
         text.substr(from, to - from).find_first_not_of(' ') == std::string_view::npos;
}

// The cue of `kind` that ends right before `at`, spaces aside, or nullptr.
const Cue* cue_ending_at(const std::vector<Cue>& cues, CueKind kind, std::string_view text, std::size_t at) {
  for (const Cue& c : cues)
    if (c.kind == kind && c.span.end <= at && spaces_only(text, c.span.end, at)) return &c;
  return nullptr;
}

}  // namespace

void total_day_fines(DocumentAnalysis& doc) {
  const std::string_view text = doc.text;
  // From the prices, which few texts hold, to their amounts: no pass over every amount.
  for (const Cue& price : doc.cues) {
    if (price.kind != CueKind::unit_price) continue;
    const auto m = std::lower_bound(doc.money.begin(), doc.money.end(), price.span.end,
                                    [](const MoneyMention& mention, std::size_t pos) { return mention.span.begin < pos; });
    if (m == doc.money.end() || !spaces_only(text, price.span.end, m->span.begin)) continue;
    // The word of the day-fines may stand apart ("Tagessätzen zu je") or inside the phrase
    // ("stawek dziennych po").
    std::size_t at = price.span.begin;
    if (const Cue* unit = cue_ending_at(doc.cues, CueKind::unit_trigger, text, at)) at = unit->span.begin;
    // The count: digits alone before it, no part of a larger number.
    if (at < 2 || text[at - 1] != ' ') continue;
    std::size_t begin = at - 1;
    while (begin > 0 && text[begin - 1] >= '0' && text[begin - 1] <= '9') --begin;
    if (begin == at - 1 || at - 1 - begin > 4) continue;
    if (begin > 0 && std::string_view(".,'").find(text[begin - 1]) != std::string_view::npos) continue;
    std::int64_t count = 0;
    for (std::size_t k = begin; k < at - 1; ++k) count = count * 10 + (text[k] - '0');
    if (count < 1 || count > kMaxCount) continue;
    // A total stated right after in the same currency is the fine.
    const auto next = std::next(m);
    if (next != doc.money.end() && next->currency == m->currency && next->span.begin - m->span.end <= kMaxTotalDistance &&
        text.substr(m->span.end, next->span.begin - m->span.end).find('\n') == std::string_view::npos)
      continue;
    const std::optional<Decimal> total = m->value.times(count);
    if (!total) continue;
    m->value = *total;
    m->span.begin = begin;
  }
}

}  // namespace finex
