#pragma once
// Abbreviations whose final period need not end a sentence, from every language's
// lib/data/<lang>/abbreviations.txt (the file's header explains its columns).
//
// THREAD SAFETY: immutable after construction; lookups are safe from many threads at once.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "language/language_pack.h"

namespace finex {

// When the period of an abbreviation still ends a sentence, from least to most often.
enum class AbbreviationRule {
  never_ends,                 // "Mr.", "Mio.", "z. B."
  ends_before_function_word,  // "U.S.": "the U.S. Treasury" goes on, "the U.S. The firm" ends
  ends_before_capital,        // "etc.", "Inc.", "S.A.": only a lowercase word or a digit goes on
};

class AbbreviationTable {
 public:
  explicit AbbreviationTable(const LanguagePacks& packs = LanguagePacks::compiled());
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // Index of a language among those with a list, -1 when it has none.
  int language_index(std::string_view code) const;

  // The rule for `written` (e.g. "S.A.", "z. B.") in a document of `language` (an index from
  // language_index, or -1), or nothing when it is no abbreviation. When languages disagree the
  // document's language decides, else the rule that ends sentences most often.
  std::optional<AbbreviationRule> find(std::string_view written, int language) const;

 private:
  struct Rules {
    std::uint32_t never_ends = 0;  // one bit per language, as languages_
    std::uint32_t ends_before_function_word = 0;
    std::uint32_t ends_before_capital = 0;
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  void add(std::string written, AbbreviationRule rule, std::uint32_t bit);

  std::vector<std::string> languages_;
  std::unordered_map<std::string, Rules, Hash, std::equal_to<>> entries_;
  std::size_t longest_ = 0;  // bytes of the longest entry
  std::string error_;
};

}  // namespace finex
