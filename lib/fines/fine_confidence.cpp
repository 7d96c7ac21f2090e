// What `confidence` means: how much of a fine its own words establish. Assembly sets it from
// how the amount was tied to a fine (a fine word next to it, further away, a row of a list) and
// from the slots taken from elsewhere; this pass lowers it for slots left empty or filled from
// weak evidence. The costs are in AssemblyPolicy.
#include <algorithm>

#include "fines/document_context.h"
#include "fines/slot_rules.h"

namespace finex {

using namespace slot_rules;

void rate_confidence(const DocumentContext& ctx, std::vector<FineRecord>& records) {
  for (FineRecord& r : records) {
    const Span money = ctx.doc.money[static_cast<std::size_t>(r.money)].span;
    double cost = 0;
    if (!r.authority) cost += policy.missing_authority_cost;
    else if (r.authority->body && r.authority->authority == nullptr) cost += policy.unnamed_authority_cost;
    if (r.date >= 0) {
      if (ctx.doc.dates[static_cast<std::size_t>(r.date)].resolution == DateResolution::context)
        cost += policy.context_date_cost;
    } else {
      cost += ctx.doc.published ? policy.publication_date_cost : policy.missing_date_cost;
    }
    if (!r.entity) cost += policy.missing_party_cost;
    else if (ctx.word_gap(*r.entity, money) > policy.far_party_gap) cost += policy.far_party_cost;
    if (r.kind != FineKind::fine) cost += policy.not_imposed_cost;
    r.confidence = std::clamp(r.confidence - cost, 0.0, 1.0);
  }
}

}  // namespace finex
