#pragma once
// Sentence segmentation for news text: ICU's sentence rules, corrected for abbreviations
// ("Mio.", "Art.", "S.A.") and numbers ("17. Oktober") that do not end a sentence, and for
// headlines (a first line with no final stop) that do.
#include <string_view>
#include <vector>

#include "finex/result.h"

namespace finex {

class SentenceSplitter {
 public:
  SentenceSplitter();
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // Sentence spans over normalised text, in order, covering every non-space byte.
  std::vector<Span> split(std::string_view text, std::string_view language) const;

 private:
  std::string error_;
};

}  // namespace finex
