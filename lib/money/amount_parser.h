#pragma once
// Reads one amount expression starting at a token: an optional currency before the number, the
// number (digits or words), scale words ("million", "Mrd.", "mil millones", "1 milione e
// 800mila"), a particle and a currency after it ("millions d'euros"), and a period ("per day").
#include <cstddef>
#include <optional>
#include <string_view>

#include "finex/decimal.h"
#include "money/money_lexicon.h"
#include "money/money_tokens.h"

namespace finex::money {

struct AmountCandidate {
  std::size_t first_token = 0, end_token = 0;  // tokens [first, end) of the amount
  std::size_t after_token = 0;  // first token after the amount and its period phrase
  Decimal number;               // as written, before any scale word
  Decimal value;                // exact value with the scale applied
  int power = 0;                // power of ten of the scale word, 0 when none
  const LexiconEntry* currency = nullptr;  // as written; nullptr when none
  std::string_view iso;  // resolved currency (written, inherited or implied by a range)
  Period period = Period::none;
  std::uint32_t sentence = 0;
  bool change_end = false;  // the new amount of a change ("z 3,2 mln zł do 1,9 mln zł")
  bool bounds = false;      // an end of a range that bounds one amount ("between €10m and €20m")
};

// The amount that starts at token `i`, or nullopt. A candidate without currency is returned too
// (it may be a range's first end or take the currency of a neighbour); the caller decides.
std::optional<AmountCandidate> parse_amount_at(const TokenizedText& text, const Lexicon& lexicon,
                                               std::size_t i);

}  // namespace finex::money
