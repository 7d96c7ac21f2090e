#pragma once
// Amounts that continue a fine written before them, without a fine word of their own within
// reach: the lines of a list of fines, the next party of a decision reported party by party,
// the shares of a total, and a clause that repeats the one before it without its verb.
#include <cstddef>
#include <vector>

#include "fines/document_context.h"
#include "fines/fine_assembler.h"

namespace finex {

// The kind a list of fines takes from the sentence that introduces it: "The proposed amounts
// are:" heads proposed fines. `s` is the sentence of one of the list's lines.
FineKind lead_in_kind(const DocumentContext& ctx, std::size_t s);

// The day the sentence that introduces the list holding sentence `s` gives ("The central bank
// announced on 4 March 2024 the following fines:"): the day of each of its lines that gives none;
// -1 when there is none.
int lead_in_date(const DocumentContext& ctx, std::size_t s);

// An article that speaks of fines throughout may list them without a fine word on each line.
// A line of such a list: a name, a separator and the amount ("TikTok – 530 Mio. EUR",
// "Replika (Italien): 5 Mio. EUR"). The name may follow a lowercase description ("- the insurer
// Pojistka Plus – 620,000") and end in lowercase words ("Moravská družstevní záložna – 4.5m",
// languages that capitalise only a name's first word): the listed name runs up to the separator.
// Returns the span of the listed name, or an empty span.
Span list_item(const DocumentContext& ctx, Span sentence, Span money);

// "Cea mai mare amendă, de 21,5 milioane de lei, a fost aplicată companiei X. Firma Y trebuie să
// plătească 11,3 milioane de lei": the fines of a decision listed party by party, where the
// sentence before reported a fine of another party and no other money. "The CMA fined three
// firms £18.6m. Ardent Ltd will pay £9.1m", "Auf die X GmbH entfallen 9,1 Mio. Euro": after a
// total fined to a group, a named party takes its share.
bool next_party_of_list(const DocumentContext& ctx, const std::vector<FineRecord>& records, const MoneyMention& money,
                        Span sentence, std::size_t s);

// "Bußgelder von insgesamt 11,4 Mio. Euro verhängt. Von der Gesamtsumme entfallen 6,2 Mio. Euro
// auf die X GmbH, 3,1 Mio. Euro auf ...": a smaller amount right after a fine reported as a total
// (a word of a total or a fine word in the plural) is a share of it, whatever else the sentence
// holds.
bool share_of_total(const DocumentContext& ctx, const std::vector<FineRecord>& records, const MoneyMention& money,
                    std::size_t s);

// "Geldbußen von insgesamt 21,4 Mio. Euro verhängt. Die Firmen sollen ... Betroffen sind die X
// GmbH (12,8 Mio. Euro), die Y AG (6,1 Mio. Euro) ...": a smaller amount in parentheses right
// after a named party, or joined to it by the word that joins a listed name to its amount ("Den
// grössten Anteil trägt die X AG mit 6,3 Mio. Franken"), shortly after a fine reported as a
// total, is that party's share, tied by the total's fine word. The total may stand a sentence
// further back, past one without money that says why.
const Cue* named_share(const DocumentContext& ctx, const std::vector<FineRecord>& records, const MoneyMention& money,
                               Span sentence, std::size_t s);

// "con 3.000 euros a X ..., y con 50.000 euros": the amount follows a conjunction and the same
// short preposition that stands before the amount of the clause before it.
bool parallel_clause(const DocumentContext& ctx, Span previous, Span money);

// "Auf die X GmbH entfallen 8,1 Mio. Euro, auf die Y AG aus Weilheim 3,1 Mio. Euro", "a Google
// le impuso 150 millones, a Facebook 60 millones": the words that introduced the party of the
// amount before, repeated after its comma before another name, repeat its clause without the verb;
// the amount after that name is the next party's.
bool parallel_party(const DocumentContext& ctx, const FineRecord& previous, Span money);

}  // namespace finex
