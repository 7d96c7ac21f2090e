#pragma once
// The HyphenRules of every language pack, read from lib/data/<lang>/line_breaks.tsv.
#include <map>
#include <string>
#include <string_view>

#include "language/language_pack.h"
#include "normalize/normalizer.h"

namespace finex {

// Rules of one language from the contents of its line_breaks.tsv (checked by the pack schema).
HyphenRules read_hyphen_rules(std::string_view contents);

// The rules of each language of `packs` that has a line_breaks.tsv, by ISO 639-1 code.
std::map<std::string, HyphenRules, std::less<>> hyphen_rules_by_language(const LanguagePacks& packs);

}  // namespace finex
