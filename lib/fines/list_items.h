#pragma once
// Items of a list of fines written in one sentence: "Harbor Bank (£4m), Ridge Credit (£2.5m) and
// Vale Finance (£1m)", "Mostorem musi zapłacić 9,2 mln zł, Drogostal – 6,1 mln zł, a Asfaltex –
// 2,9 mln zł". The first item is a fine by its fine word; each next one, by following it with
// only a separator and its own name, is one too, and every item is its own name's.
#include <optional>

#include "fines/document_context.h"
#include "text/word_forms.h"

namespace finex {

// "στην «Αγρόγαλα Α.Ε.», 6,1 εκατ. ευρώ", "spółce „Polmetrix”": quotation marks around a name
// stand outside it. `s` before a name without the marks that open it; `s` after one without
// those that close it.
std::string_view before_quoted(std::string_view s);
std::string_view after_quoted(std::string_view s);

// The name of the item whose amount is `money`, when it continues the list whose previous
// amount is `previous`: a comma or a conjunction, the name, then the amount, maybe after "(",
// ":" or a dash. With `previous_name`, the previous amount's name may stand after it, before the
// separator ("de 41,2 milhões, foi aplicada ao X, seguindo-se a Y, com 28,5 milhões").
std::optional<Span> continued_item(const DocumentContext& ctx, Span previous, Span money,
                                   std::optional<Span> previous_name = std::nullopt);

// The name of the item whose amount is `money`, when the list gives each name after its amount
// ("entfallen 6,2 Mio. Euro auf die X GmbH, 3,1 Mio. Euro auf die Y AG"): the previous amount
// `previous` led to its name `previous_name` by a few small words, and the same first word leads
// from `money` to a name of its own.
std::optional<Span> continued_trailing_item(const DocumentContext& ctx, Span previous, Span previous_name, Span money);

// Whether `money` continues a list whose items give the amount first and the name after it:
// "€6.1m on Alpha, €2.9m on Beta and €800,000 on Gamma" (the previous amount `previous`, a
// preposition, one name, then a comma or a conjunction). The name of `money` follows it.
bool trailing_item(const DocumentContext& ctx, Span previous, Span money);

// "Ridge Credit (£2.5m": the name a parenthesis gives its amount to.
std::optional<Span> parenthesis_owner(const DocumentContext& ctx, Span money);

}  // namespace finex
