#pragma once
// Identifies the language of a document from per-language word lists (lib/data/<lang>/).
#include <string>
#include <string_view>
#include <vector>

namespace finex {

struct LanguageGuess {
  std::string code;  // ISO 639-1, empty when nothing is recognised
  double confidence = 0.0;
};

class LanguageIdentifier {
 public:
  // `languages` restricts the candidates; empty means every bundled language.
  explicit LanguageIdentifier(const std::vector<std::string>& languages = {});
  LanguageGuess identify(std::string_view text) const;
  const std::vector<std::string>& languages() const { return languages_; }

 private:
  std::vector<std::string> languages_;
};

}  // namespace finex
