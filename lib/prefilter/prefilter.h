#pragma once
// One scan of the raw bytes, before normalisation, for what makes a text worth reading further:
// anything that can become a currency in the money recogniser (lib/money), and the fine words
// without which no amount is a fine (the fine assembler's triggers). Most news names no
// currency, and most news with prices names no fine: such a text needs no more than its
// language. The patterns come from the packs: currency words and symbols
// (money_currencies.tsv, money_symbols.tsv), scale words that name a currency
// (money_scales.tsv), fine words (the trigger, periodic and unit_trigger phrases of
// fine_cues.tsv); one pattern per language, so that an Italian "lei" (she) is no Romanian lei.
//
// The scan may let text through, never miss: every character that normalisation turns into a
// character of a word (fullwidth forms, "…", other cases, accents the case fold drops) stands
// in the pattern beside it, and a character that can join or change words (a deleted character,
// a composing mark, a ligature, a hyphen before a line break) lets everything through.
//
// THREAD SAFETY: immutable after construction; scan() may be called from many threads at once.
// Cost: one pass of an RE2::Set's DFA over the bytes.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "language/language_pack.h"

namespace finex {

class Prefilter {
 public:
  // What one scan found.
  struct Hits {
    bool anything = false;  // something that may become any word: nothing is ruled out
    bool money_symbols = false;  // a symbol or code shared by every language
    std::vector<bool> money;  // per language with money data
    std::vector<bool> fine_words;  // per language whose fine words are looked for
  };

  // `languages` as given to the extractor (empty: every language). The money recogniser reads
  // a language outside them with every language's words, and the fine assembler not at all.
  explicit Prefilter(const std::vector<std::string>& languages = {},
                     const LanguagePacks& packs = LanguagePacks::compiled());
  ~Prefilter();
  bool ok() const;
  const std::string& error() const;

  Hits scan(std::string_view raw) const;
  // Whether the money recogniser may find an amount in a text of `language` with these hits.
  bool may_hold_money(const Hits& hits, std::string_view language) const;
  // Whether the fine assembler may find a fine word in a text of `language` with these hits.
  bool may_hold_fine_words(const Hits& hits, std::string_view language) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace finex
