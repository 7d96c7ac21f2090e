#include "segment/abbreviation_table.h"

#include <algorithm>

#include "data/data_files.h"

namespace finex {

namespace {
constexpr std::string_view kFileName = "abbreviations.txt";
}  // namespace

AbbreviationTable::AbbreviationTable(const LanguagePacks& packs) {
  languages_ = packs.providing(Capability::sentences);
  std::sort(languages_.begin(), languages_.end());
  if (languages_.size() > 32) languages_.resize(32);  // one bit per language
  for (std::size_t i = 0; i < languages_.size(); ++i) {
    const std::string path = languages_[i] + "/" + std::string(kFileName);
    const std::string_view contents = packs.file(languages_[i], kFileName);
    const std::uint32_t bit = std::uint32_t{1} << i;
    data::for_each_line(contents, [&](std::string_view line) {
      const std::vector<std::string_view> fields = data::split_tabs(line);
      const std::string_view written = fields[0];
      const std::string_view rule = fields.size() > 1 ? fields[1] : "always";
      if (written.empty() || written.back() != '.') {
        if (error_.empty()) error_ = path + ": \"" + std::string(written) + "\" does not end with '.'";
        return;
      }
      AbbreviationRule parsed;
      if (rule == "always") parsed = AbbreviationRule::never_ends;
      else if (rule == "stop") parsed = AbbreviationRule::ends_before_function_word;
      else if (rule == "lower") parsed = AbbreviationRule::ends_before_capital;
      else {
        if (error_.empty()) error_ = path + ": unknown rule \"" + std::string(rule) + "\"";
        return;
      }
      add(std::string(written), parsed, bit);
      // A lowercase entry also stands for its capitalised form at the start of a sentence;
      // but a capital letter alone is an initial ("R. Smith"), whatever "r." means.
      if (written.front() >= 'a' && written.front() <= 'z' && written.size() > 2) {
        std::string capital(written);
        capital.front() = static_cast<char>(capital.front() - ('a' - 'A'));
        add(std::move(capital), parsed, bit);
      }
    });
  }
}

void AbbreviationTable::add(std::string written, AbbreviationRule rule, std::uint32_t bit) {
  longest_ = std::max(longest_, written.size());
  Rules& rules = entries_[std::move(written)];
  switch (rule) {
    case AbbreviationRule::never_ends: rules.never_ends |= bit; break;
    case AbbreviationRule::ends_before_function_word: rules.ends_before_function_word |= bit; break;
    case AbbreviationRule::ends_before_capital: rules.ends_before_capital |= bit; break;
  }
}

int AbbreviationTable::language_index(std::string_view code) const {
  for (std::size_t i = 0; i < languages_.size(); ++i)
    if (languages_[i] == code) return static_cast<int>(i);
  return -1;
}

std::optional<AbbreviationRule> AbbreviationTable::find(std::string_view written,
                                                        int language) const {
  // Most candidates around a break are no abbreviation: reject them before hashing.
  if (written.size() > longest_ || written.empty() || written.back() != '.') return std::nullopt;
  const auto it = entries_.find(written);
  if (it == entries_.end()) return std::nullopt;
  const Rules& r = it->second;
  const std::uint32_t own = language >= 0 ? std::uint32_t{1} << language : 0;
  if (r.ends_before_capital & own) return AbbreviationRule::ends_before_capital;
  if (r.ends_before_function_word & own) return AbbreviationRule::ends_before_function_word;
  if (r.never_ends & own) return AbbreviationRule::never_ends;
  if (r.ends_before_capital) return AbbreviationRule::ends_before_capital;
  if (r.ends_before_function_word) return AbbreviationRule::ends_before_function_word;
  return AbbreviationRule::never_ends;
}

}  // namespace finex
