#pragma once
// Sentence segmentation for news text: ICU's sentence rules, corrected for abbreviations
// ("Mio.", "Art.", "S.A.", lib/data/<lang>/abbreviations.txt), initials ("J. Smith") and
// ordinal numbers ("17. Oktober") that do not end a sentence. A line break always ends one, so a
// headline (a line with no final stop) is a sentence of its own.
//
// Cost: linear in the text; one ICU iterator is cloned per call.
// THREAD SAFETY: immutable after construction; split() is safe from many threads at once.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "finex/result.h"

#include "language/language_pack.h"

namespace finex {

class SentenceSplitter {
 public:
  explicit SentenceSplitter(const LanguagePacks& packs = LanguagePacks::compiled());
  ~SentenceSplitter();
  SentenceSplitter(SentenceSplitter&&) noexcept;
  SentenceSplitter& operator=(SentenceSplitter&&) noexcept;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // Sentence spans (byte offsets) over normalised text, in order, trimmed of spaces and line
  // breaks, covering every other byte. `language` (ISO 639-1) decides between abbreviation
  // lists that disagree; every language's list applies. When ICU fails (or the splitter is not
  // ok()), the text is split at line breaks only.
  std::vector<Span> split(std::string_view text, std::string_view language) const;

 private:
  struct Rules;
  std::unique_ptr<const Rules> rules_;
  std::string error_;
};

}  // namespace finex
