#pragma once
// Day-fines written as a count and the price of one: "90 Tagessätze zu je 60 Euro", "80
// dagsböter à 1 000 kronor", "200 stawek dziennych po 30 zł". The fine is the count times the
// price, and its amount is written from the count to the price. Where the text states the total
// right after ("..., totalt 16 000 kronor", "insgesamt also 9900 Euro"), that total is the
// fine and the price stays a price (slot_rules.h, unit_price).
#include "fines/fine_assembler.h"

namespace finex {

// Turns each amount that is the price of one day-fine after a count into the whole fine, in
// place: its value the product, its span from the count on. Needs doc.cues.
void total_day_fines(DocumentAnalysis& doc);

}  // namespace finex
