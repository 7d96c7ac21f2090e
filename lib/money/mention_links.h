#pragma once
// Relations between amounts found in one document:
// - columns of a table whose header names the currency (column_currency.h);
// - ranges: "between €10m and €20m", "entre 10 et 20 millions d'euros" (the first end takes the
//   scale and currency of the second);
// - implied currency: a scaled amount written without currency ("331 millions", "118 millones",
//   "un miliardo") takes the currency of the nearest amount with a written currency in the same
//   sentence or the one before (or, when the document writes only one currency, that one),
//   but only when what follows it is punctuation or a function word
//   listed in money_followers.tsv, so "20 billion images" and "10 million people" stay counts;
// - a bare "$" takes the dollar the document names elsewhere ("A$", "Australian dollars"), or
//   the peso or dollar of the country it names most ("Bogotá", "ACCC"; money_countries.tsv);
// - conversions in parentheses after an amount: "£7.5m (€8.64m / $8.49m)" (another currency, or
//   the same sum written out; another sum of the same currency is money of its own: "po 150 zł
//   (45 000 zł)"), or introduced by a phrase of money_conversions.tsv: "1,2 mia. euro, svarende
//   til knap 9 mia. kr.".
#include <vector>

#include "money/amount_parser.h"
#include "money/money_recognizer.h"

namespace finex::money {

// Turns raw candidates (text order) into the mentions of MoneyRecognizer::find.
std::vector<MoneyMention> link_mentions(const TokenizedText& text, const Lexicon& lexicon,
                                        std::vector<AmountCandidate>& candidates);

}  // namespace finex::money
