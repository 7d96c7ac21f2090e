#pragma once
// Tables name their currency once, in the header: "| Empresa | Multa (euros) |" over rows of
// bare numbers ("| Alerta Levante, S.L. | 418.000 |"), "Geldbuße (Mio. Euro)" over "14,2". A
// number that fills a cell of a row (a line cut into cells by '|', or a line that ends in the
// number, as aligned columns read once their spacing is gone) takes the currency and the scale
// of its column's header: the cell above it in the block's first line when the rows have cells,
// else the header line when it names exactly one currency.
#include <vector>

#include "money/amount_parser.h"

namespace finex::money {

// Gives a currency (and scale) to the candidates without one that stand in such a column.
void imply_column_currencies(const TokenizedText& text, const Lexicon& lexicon,
                             std::vector<AmountCandidate>& candidates);

}  // namespace finex::money
