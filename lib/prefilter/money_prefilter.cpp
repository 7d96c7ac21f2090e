#include "prefilter/money_prefilter.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <unordered_map>
#include <set>
#include <unordered_set>

#include "data/data_files.h"
#include "money/money_tokens.h"
#include "prefilter/raw_forms.h"
#include "text/case_fold.h"
#include "text/code_points.h"

namespace finex {
namespace {

// A phrase of the packs as the scan looks for it: its longest run of tokens written together
// ("US$" of "US$", "sterling" of "pounds sterling"), which the phrase cannot match without.
struct Needle {
  std::u32string run;
  bool word_start = false, word_end = false;  // the run begins or ends with a word
  bool exact_case = false;
};

std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t length = 0;
    out.push_back(static_cast<char32_t>(code_point_at(s, i, length)));
    i += length;
  }
  return out;
}

std::optional<Needle> needle_of(std::string_view phrase, bool exact_case) {
  money::TokenizedText t;
  money::tokenize(phrase, t);
  if (t.tokens.empty()) return std::nullopt;
  std::size_t best_begin = 0, best_end = 0, begin = 0;
  for (std::size_t k = 0; k <= t.tokens.size(); ++k) {
    if (k > 0 && (k == t.tokens.size() || !t.tokens[k].glued)) {
      const auto bytes = [&](std::size_t b, std::size_t e) {
        return t.tokens[e - 1].end - t.tokens[b].begin;
      };
      if (best_end == 0 || bytes(begin, k) > bytes(best_begin, best_end)) best_begin = begin, best_end = k;
      begin = k;
    }
  }
  Needle n;
  n.run = code_points(phrase.substr(t.tokens[best_begin].begin,
                                    t.tokens[best_end - 1].end - t.tokens[best_begin].begin));
  n.word_start = t.tokens[best_begin].kind == money::TokenKind::word;
  n.word_end = t.tokens[best_end - 1].kind == money::TokenKind::word;
  n.exact_case = exact_case;
  return n;
}

bool has_flag(std::string_view flags, std::string_view flag) {
  for (std::string_view rest = flags; !rest.empty();) {
    const auto comma = rest.find(',');
    std::string_view f = rest.substr(0, comma);
    while (!f.empty() && f.front() == ' ') f.remove_prefix(1);
    while (!f.empty() && f.back() == ' ') f.remove_suffix(1);
    if (f == flag || (flag.back() == '=' && f.substr(0, flag.size()) == flag)) return true;
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  return false;
}

// Currency phrases of one file: every line of money_currencies.tsv and money_symbols.tsv, the
// lines of money_scales.tsv that name a currency ("mnkr").
void add_needles(std::string_view contents, bool scales, std::vector<Needle>& out) {
  data::for_each_line(contents, [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    if (fields.empty() || fields[0].empty()) return;
    const std::string_view flags = fields.size() > 2 ? fields[2] : "";
    if (scales && !has_flag(flags, "currency=")) return;
    if (auto n = needle_of(fields[0], !scales && has_flag(flags, "exact"))) out.push_back(*n);
  });
}

std::string escaped(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x{%X}", static_cast<unsigned>(c));
  return buf;
}

std::string char_class(const std::set<char32_t>& chars) {
  std::string out = "[";
  for (char32_t c : chars) out += escaped(c);
  return out + "]";
}

// Raw characters by what the case fold makes of them, for the folded characters asked for.
class CaseVariants {
 public:
  explicit CaseVariants(const std::unordered_set<std::int32_t>& folded) {
    for (std::int32_t c = 0; c < 0x20000; ++c) {
      if (c >= 0xD800 && c <= 0xDFFF) continue;
      const std::int32_t f = fold_code_point(c);
      if (folded.count(f)) by_fold_[f].insert(static_cast<char32_t>(c));
    }
  }
  const std::set<char32_t>& of(char32_t c) const {
    static const std::set<char32_t> none;
    const auto it = by_fold_.find(fold_code_point(static_cast<std::int32_t>(c)));
    return it == by_fold_.end() ? none : it->second;
  }

 private:
  std::unordered_map<std::int32_t, std::set<char32_t>> by_fold_;
};

// Byte edges of a word: no ASCII letter next to it. A letter of another script passes, which
// lets text through but never misses.
constexpr const char* kBefore = "(?:^|[^A-Za-z])";
constexpr const char* kAfter = "(?:[^A-Za-z]|$)";

std::string needle_pattern(const Needle& n, const CaseVariants& cases,
                           const prefilter::RawForms& forms, std::set<char32_t>& joining) {
  std::string out = n.word_start ? kBefore : "";
  for (std::size_t i = 0; i < n.run.size(); ++i) {
    const char32_t c = n.run[i];
    std::set<char32_t> raw{c};
    if (!n.exact_case) {
      const auto& variants = cases.of(c);
      raw.insert(variants.begin(), variants.end());
    }
    for (char32_t target : std::set<char32_t>(raw)) {
      if (auto it = forms.becoming.find(target); it != forms.becoming.end())
        raw.insert(it->second.begin(), it->second.end());
      // "…" standing for two dots of the run is beyond a class: any "…" counts then.
      if (i + 1 < n.run.size() && n.run[i + 1] == target)
        if (auto it = forms.becoming_several.find(target); it != forms.becoming_several.end())
          joining.insert(it->second.begin(), it->second.end());
    }
    out += char_class(raw);
  }
  if (n.word_end) out += kAfter;
  return out;
}

}  // namespace

struct MoneyPrefilter::Impl {
  std::string error;
  std::vector<std::string> languages;  // one pattern each, in Set order after the shared one
  std::vector<bool> own_lexicon;       // the money recogniser reads it with its own words
  std::unique_ptr<RE2::Set> set;
};

MoneyPrefilter::MoneyPrefilter(const std::vector<std::string>& languages,
                               const LanguagePacks& packs)
    : impl_(std::make_unique<Impl>()) {
  const prefilter::RawForms& forms = prefilter::raw_forms();
  // Every language with money data, since a language without its own words is read with all.
  impl_->languages = packs.providing(Capability::money);
  const std::vector<std::string> own = packs.providing(Capability::money, languages);
  std::vector<std::vector<Needle>> needles(impl_->languages.size() + 1);
  add_needles(packs.shared_file("money_symbols.tsv"), false, needles[0]);
  for (std::size_t l = 0; l < impl_->languages.size(); ++l) {
    const std::string& code = impl_->languages[l];
    impl_->own_lexicon.push_back(std::find(own.begin(), own.end(), code) != own.end());
    add_needles(packs.file(code, "money_currencies.tsv"), false, needles[l + 1]);
    add_needles(packs.file(code, "money_scales.tsv"), true, needles[l + 1]);
  }

  std::unordered_set<std::int32_t> folded;
  for (const auto& group : needles)
    for (const Needle& n : group)
      for (char32_t c : n.run) folded.insert(fold_code_point(static_cast<std::int32_t>(c)));
  const CaseVariants cases(folded);

  std::set<char32_t> joining(forms.joining.begin(), forms.joining.end());
  joining.erase(0xFEFF);  // dropped at the start of the text, deleted elsewhere: see below
  // A ligature or other expansion that writes a letter of some currency word may complete one.
  for (const auto& [raw, to] : forms.expanding)
    for (char32_t c : to)
      if (folded.count(fold_code_point(static_cast<std::int32_t>(c)))) {
        joining.insert(raw);
        break;
      }

  std::vector<std::string> patterns(needles.size());
  for (std::size_t g = 0; g < needles.size(); ++g) {
    std::set<std::string> alternatives;
    for (const Needle& n : needles[g]) alternatives.insert(needle_pattern(n, cases, forms, joining));
    for (const std::string& a : alternatives) patterns[g] += (patterns[g].empty() ? "" : "|") + a;
  }
  // What may turn into a currency of any language: a character that joins or changes words; a
  // hyphen at a line end, which normalisation removes between two lowercase letters.
  std::string& shared = patterns[0];
  if (!joining.empty()) shared += (shared.empty() ? "" : "|") + char_class(joining);
  shared += (shared.empty() ? "" : "|");
  shared += "(?s:.)\\x{FEFF}";
  shared += "|[-\\x{2010}\\x{2011}][\\pZ\\pC]*[\\n\\r\\x{0B}\\x{0C}\\x{85}\\x{2028}\\x{2029}]";

  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  impl_->set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (std::size_t g = 0; g < patterns.size(); ++g) {
    std::string error;
    // A language without currency words gets a pattern that never matches.
    const std::string& p = patterns[g].empty() ? std::string("[^\\x00-\\x{10FFFF}]") : patterns[g];
    if (impl_->set->Add(p, &error) < 0) {
      impl_->error = "money prefilter pattern " + std::to_string(g) + ": " + error;
      return;
    }
  }
  if (!impl_->set->Compile()) impl_->error = "money prefilter: out of memory";
}

MoneyPrefilter::~MoneyPrefilter() = default;
bool MoneyPrefilter::ok() const { return impl_->error.empty(); }
const std::string& MoneyPrefilter::error() const { return impl_->error; }

MoneyPrefilter::Hits MoneyPrefilter::scan(std::string_view raw) const {
  Hits hits;
  hits.languages.assign(impl_->languages.size(), false);
  if (!ok()) {
    hits.shared = true;
    return hits;
  }
  std::vector<int> matched;
  RE2::Set::ErrorInfo info;
  if (!impl_->set->Match(raw, &matched, &info) && info.kind != RE2::Set::kNoError) {
    hits.shared = true;  // the DFA ran out of memory: assume the worst
    return hits;
  }
  for (int g : matched) {
    if (g == 0) hits.shared = true;
    else hits.languages[static_cast<std::size_t>(g - 1)] = true;
  }
  return hits;
}

bool MoneyPrefilter::may_hold_money(const Hits& hits, std::string_view language) const {
  if (hits.shared) return true;
  const auto& codes = impl_->languages;
  const auto it = std::find(codes.begin(), codes.end(), language);
  if (it != codes.end() && impl_->own_lexicon[static_cast<std::size_t>(it - codes.begin())])
    return hits.languages[static_cast<std::size_t>(it - codes.begin())];
  return std::find(hits.languages.begin(), hits.languages.end(), true) != hits.languages.end();
}

}  // namespace finex
