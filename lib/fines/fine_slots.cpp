// Fills the party, authority and date of one fine from its sentence, or its neighbours: the
// three steps (fine_authority_slot.cpp, fine_date_slot.cpp, fine_party_slot.cpp) and what they
// share.
#include <algorithm>
#include <optional>
#include <span>

#include "fines/document_context.h"
#include "fines/slot_rules.h"
#include "fines/slot_steps.h"

namespace finex {
namespace slot_steps {

using namespace slot_rules;

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

}  // namespace slot_steps

void fill_slots(const DocumentContext& ctx, FineRecord& record) {
  // Read once for both steps that weigh the sentence's bodies.
  const std::span<const AuthorityMention> bodies = slot_steps::bodies_of(ctx, record);
  const std::optional<Span> receiver_body = slot_steps::fill_authority(ctx, record, bodies);
  slot_steps::fill_date(ctx, record, bodies);
  slot_steps::fill_party(ctx, record, receiver_body);
}

}  // namespace finex
