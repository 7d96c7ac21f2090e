#pragma once
// Finds bodies named by what they are rather than by a name the gazetteer knows: courts,
// tribunals, disciplinary bodies, inspectorates ("Amtsgericht Augsburg", "Okresní soud v Kladně",
// "Stockholms tingsrätt", "the court"). Their heads and connectors are one language's data
// (lib/data/<lang>/authority_bodies.tsv); the place or organisation that completes a head is
// read from capitalisation, so no list of places is needed.
#include <string>
#include <string_view>
#include <vector>

#include "finex/result.h"
#include "language/language_pack.h"
#include "text/phrase_matcher.h"
#include "text/word_set.h"

namespace finex::authority {

// A body found, and whether its line marks it `asks`: a prosecutor, who asks for fines.
struct Body {
  Span span;
  bool asks = false;
};

class BodyFinder {
 public:
  // No bodies when `language` is empty or its pack has no authority_bodies.tsv.
  BodyFinder(std::string_view language, const LanguagePacks& packs);
  const std::string& error() const { return error_; }

  // Every body in text order, without overlaps; each span covers the head and the name that
  // completes it.
  // `openings`: where the words of `text` open (text/word_starts.h), or null.
  std::vector<Body> find(std::string_view text, const WordOpenings* openings = nullptr) const;

 private:
  // The end of the capitalised name that follows a head ending at `end`, or `end`; with
  // `connected`, only a name past a connector.
  std::size_t name_after(std::string_view text, std::size_t end, bool connected = false) const;
  // The start of the capitalised word right before a head starting at `begin`, or `begin`.
  std::size_t name_before(std::string_view text, std::size_t begin) const;
  // The start of a capitalised word joined by a hyphen to a head at `begin`, or `begin`.
  std::size_t hyphen_prefix(std::string_view text, std::size_t begin) const;
  // The end of a capitalised word starting at `pos` that can be part of a name, or `pos`.
  std::size_t capitalised_word(std::string_view text, std::size_t pos) const;

  PhraseMatcher heads_;       // category: bit 0 `after`, bit 1 `before`, bit 2 `connected`, bit 3 `asks`
  PhraseMatcher connectors_;
  PhraseMatcher place_tails_;  // "am Main" of "Frankfurt am Main"
  WordSet not_names_;  // folded function words, months, weekdays
  WordSet openers_;    // folded words that open a sentence and never a name (party_cues.tsv `stop`)
  std::string error_;
};

}  // namespace finex::authority
