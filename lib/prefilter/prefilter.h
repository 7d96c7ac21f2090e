#pragma once
// One scan of the raw bytes, before normalisation, for what makes a text worth reading further:
// anything that can become a currency in the money recogniser (lib/money), and the fine words
// without which no amount is a fine (the fine assembler's triggers). Most news names no
// currency, and most news with prices names no fine: such a text needs no more than its
// language. The patterns come from the packs: currency words and symbols
// (money_currencies.tsv, money_symbols.tsv), scale words that name a currency
// (money_scales.tsv), fine words (the trigger, periodic and unit_trigger phrases of
// fine_cues.tsv, whole: "hit with", not every "with"); one pattern per language, so that an
// Italian "lei" (she) is no Romanian lei.
//
// The scan may let text through, never miss: every character that normalisation turns into a
// character of a word (fullwidth forms, "…", other cases, accents the case fold drops) stands
// in the pattern beside it, and a character that can join or change words (a deleted character,
// a composing mark, a ligature, a hyphen before a line break) lets everything through.
//
// THREAD SAFETY: immutable after construction; scan() may be called from many threads at once.
// Cost: one pass over the bytes with a table of code points, then for fine words a look at the
// first letters of each word (phrase_starts.h) confirmed by one RE2 anchored there (one RE2 over
// the text in a language of another script), then one RE2 per language for money, each
// stopping at its first hit. Each pattern is compiled when a text first needs it (once, from any
// thread), and one RE2 cannot take lets every text through. (One RE2::Set over every language at
// once, which can scan before the language is known, cost five times as much: its automaton,
// built while it reads, kept growing from text to text.)
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "language/language_pack.h"

namespace finex {

class Prefilter {
 public:
  // What one pass over the raw bytes tells, before any word is looked for.
  struct Traits {
    bool anything = false;  // something that may become any word (or invalid UTF-8, which
                            // normalisation counts in a warning): nothing is ruled out
    bool valid_utf8 = true;
    bool same_words = true;  // normalisation leaves the words as they are (raw_forms.h)
    // All of the bytes were read and are UTF-8 without a NUL byte: what decode_input() would
    // otherwise check in a pass of its own (input/utf8_scan.h).
    bool clean_utf8 = false;
  };

  // `languages` as given to the extractor (empty: every language). The money recogniser reads
  // a language outside them with every language's words, and the fine assembler not at all.
  explicit Prefilter(const std::vector<std::string>& languages = {},
                     const LanguagePacks& packs = LanguagePacks::compiled());
  ~Prefilter();

  Traits read(std::string_view raw) const;
  // Whether the money recogniser may find an amount in `raw`, a text of `language`, when
  // read() found nothing that may become any word. One scan, which stops at the first hit.
  bool may_hold_money(std::string_view raw, std::string_view language) const;
  // Whether the fine assembler may find a fine word in it, likewise.
  bool may_hold_fine_words(std::string_view raw, std::string_view language) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace finex
