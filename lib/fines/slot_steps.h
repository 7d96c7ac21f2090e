#pragma once
// The steps of fill_slots (document_context.h), a file each, and what more than one of them asks:
// the body that changed a fine, where a clause breaks, the bodies a fine's sentence names.
#include <optional>
#include <span>

#include "fines/document_context.h"

namespace finex::slot_steps {

// The body that changed a fine, the subject of the change verb: the last body named before a
// verb that precedes the amount `money` ("La Audiencia Nacional ha rebajado de 3 a 1,8
// millones"); with the verb after the amounts ("hat das Bußgeld von 5 auf 3 Millionen Euro
// herabgesetzt"), the first body of the sentence, if it stands before `old_amount`. Null when the
// sentence has neither.
const AuthorityMention* changing_body(const DocumentContext& ctx, Span sentence, Span money, Span old_amount,
                                      std::span<const AuthorityMention> bodies);
// Whether a clause opens between `a` and `b`: at a semicolon, or at a comma and a conjunction.
bool has_clause_break(const DocumentContext& ctx, Span a, Span b);
// The bodies the fine's sentence names that may have imposed it: after the body that changed
// it, for the old amount of a change.
std::span<const AuthorityMention> bodies_of(const DocumentContext& ctx, const FineRecord& record);

// A body named by its bare noun ("the tribunal", "des Regierungspräsidiums") as the last body
// named in full before it whose name holds that noun; a known body named by one word of its
// name as its last mention in several words. The mention itself when none fits.
const AuthorityMention& named_in_full(const DocumentContext& ctx, const AuthorityMention& mention);
// Sets the record's authority, from `bodies` (bodies_of) and the sentences around. Returns a
// body the amount is given to, which is then the party.
std::optional<Span> fill_authority(const DocumentContext& ctx, FineRecord& record,
                                   std::span<const AuthorityMention> bodies);
// Sets the record's date; reads `bodies` and the authority fill_authority set.
void fill_date(const DocumentContext& ctx, FineRecord& record, std::span<const AuthorityMention> bodies);
// Sets the record's party.
void fill_party(const DocumentContext& ctx, FineRecord& record, std::optional<Span> receiver_body);

}  // namespace finex::slot_steps
