#pragma once
// Identifies the language of a document from per-language word lists
// (lib/data/<lang>/stopwords.txt): each language scores the frequent function words it shares
// with the first ~20 KB of text, a word used by several languages counting less for each.
// Cost: one table lookup per word, no allocation per word.
//
// The answer is the best-scoring candidate's ISO 639-1 code and a confidence in [0,1] that grows
// with its margin over the best other language (candidate or not: a text that fits an excluded
// language better gets a low confidence), with the share of words it recognises and with the
// number of recognised words. When no word of any candidate is found (empty text, numbers,
// an unsupported language) the code is empty and the confidence 0.
//
// THREAD SAFETY: immutable after construction; identify() is safe from many threads at once.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "segment/function_words.h"

namespace finex {

struct LanguageGuess {
  std::string code;  // ISO 639-1, empty when nothing is recognised
  double confidence = 0.0;
  int recognised = 0;  // words of the text found in the answer's word list
  // A language outside the candidates that the text fits better than `code`, if any: the text
  // is most likely in a language the caller did not enable.
  std::string better_fit;
};

class LanguageIdentifier {
 public:
  // `languages` restricts the candidates; empty means every language with a word list.
  // A requested language without a word list can never be the answer.
  explicit LanguageIdentifier(const std::vector<std::string>& languages = {},
                              const LanguagePacks& packs = LanguagePacks::compiled());
  LanguageGuess identify(std::string_view text) const;
  // The answer identify() gives for any text that begins with the words of `start`, when
  // reading stops before the end of `start` (one language leads clearly). nullopt otherwise.
  std::optional<LanguageGuess> identify_early(std::string_view start) const;
  // Bytes read at most, enough for a clear answer on any article: a text that begins with so
  // many bytes of another is read as that one.
  static constexpr std::size_t kWindowBytes = 20000;
  // The candidates: the restriction as given, or every language with a word list.
  const std::vector<std::string>& languages() const { return languages_; }

 private:
  // `stopped` tells whether reading stopped before the end of the window.
  LanguageGuess read(std::string_view text, bool& stopped) const;

  std::vector<std::string> languages_;
  FunctionWords words_;
  LanguageMask candidates_ = 0;
};

}  // namespace finex
