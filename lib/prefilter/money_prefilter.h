#pragma once
// One scan of the raw bytes, before normalisation, for anything that can become a currency in
// the money recogniser (lib/money): most news names none, and such a text needs no more than
// its language. The patterns come from the packs' currency words and symbols
// (money_currencies.tsv, money_symbols.tsv) and the scale words that name a currency
// (money_scales.tsv), one pattern per language and one for the shared symbols, so that an
// Italian "lei" (she) does not count as Romanian lei.
//
// The scan may let text through, never miss: every character that normalisation turns into a
// letter of a currency word (fullwidth forms, "…", other cases, accents the case fold drops)
// stands in the pattern beside it, and a character that can join or change words (a deleted
// character, a composing mark, a ligature with such letters, a hyphen before a line break)
// counts as a possible currency in every language.
//
// THREAD SAFETY: immutable after construction; scan() may be called from many threads at once.
// Cost: one pass of an RE2::Set's DFA over the bytes.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "language/language_pack.h"

namespace finex {

class MoneyPrefilter {
 public:
  // What one scan found: the patterns that matched.
  struct Hits {
    bool shared = false;  // a shared symbol, or something that may turn into any currency
    std::vector<bool> languages;  // per pattern language (index in the prefilter's list)
  };

  // `languages`: those the money recogniser has a lexicon for (empty: every language with
  // money data); any other language is read with every language's words, as there.
  explicit MoneyPrefilter(const std::vector<std::string>& languages = {},
                          const LanguagePacks& packs = LanguagePacks::compiled());
  ~MoneyPrefilter();
  bool ok() const;
  const std::string& error() const;

  Hits scan(std::string_view raw) const;
  // Whether the money recogniser may find an amount in a text of `language` with these hits.
  bool may_hold_money(const Hits& hits, std::string_view language) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace finex
