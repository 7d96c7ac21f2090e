#include "normalize/hyphen_rules.h"

#include <algorithm>

#include "data/data_files.h"

namespace finex {

bool HyphenRules::is_suspension_word(std::string_view word) const {
  return !word.empty() &&
         std::find(suspension_words.begin(), suspension_words.end(), word) != suspension_words.end();
}

HyphenRules read_hyphen_rules(std::string_view contents) {
  HyphenRules rules;
  data::for_each_line(contents, [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    if (fields.size() != 2) return;
    if (fields[0] == "lowercase_after_hyphen") rules.join_lowercase = fields[1] == "join";
    else if (fields[0] == "suspension") rules.suspension_words.emplace_back(fields[1]);
  });
  return rules;
}

std::map<std::string, HyphenRules, std::less<>> hyphen_rules_by_language(const LanguagePacks& packs) {
  std::map<std::string, HyphenRules, std::less<>> rules;
  for (const std::string& code : packs.codes()) {
    const std::string_view file = packs.file(code, "line_breaks.tsv");
    if (!file.empty()) rules.emplace(code, read_hyphen_rules(file));
  }
  return rules;
}

}  // namespace finex
