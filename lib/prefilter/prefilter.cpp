#include "prefilter/prefilter.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "prefilter/needles.h"
#include "prefilter/raw_forms.h"
#include "text/case_fold.h"

namespace finex {
namespace {

using prefilter::add_fine_word_needles;
using prefilter::add_needles;
using prefilter::Needle;

std::string escaped(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x{%X}", static_cast<unsigned>(c));
  return buf;
}

std::string char_class(const std::set<char32_t>& chars) {
  if (chars.size() == 1) return escaped(*chars.begin());
  std::string out = "[";
  for (auto it = chars.begin(); it != chars.end();) {
    const char32_t first = *it;
    char32_t last = first;
    for (++it; it != chars.end() && *it == last + 1; ++it) ++last;
    out += escaped(first);
    if (last != first) out += "-" + escaped(last);
  }
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
// Characters of a needle looked for at most.
constexpr std::size_t kLongestNeedle = 6;

// The class of raw characters that can stand for one character of a needle.
class CharClasses {
 public:
  CharClasses(const CaseVariants& cases, const prefilter::RawForms& forms,
              std::set<char32_t>& joining)
      : cases_(cases), forms_(forms), joining_(joining) {}

  const std::string& of(char32_t c, bool exact_case) {
    auto [it, added] = classes_.try_emplace({c, exact_case});
    if (!added) return it->second;
    std::set<char32_t> raw{c};
    if (!exact_case) {
      const auto& variants = cases_.of(c);
      raw.insert(variants.begin(), variants.end());
    }
    for (char32_t target : std::vector<char32_t>(raw.begin(), raw.end()))
      if (auto b = forms_.becoming.find(target); b != forms_.becoming.end())
        raw.insert(b->second.begin(), b->second.end());
    // Characters of other blocks (mathematical letters, polytonic Greek, fullwidth forms) are
    // rare in news: any of them counts as a possible currency, which keeps the automaton small.
    for (auto r = raw.begin(); r != raw.end();) {
      if (*r == c || is_common(*r)) {
        ++r;
      } else {
        joining_.insert(*r);
        r = raw.erase(r);
      }
    }
    it->second = char_class(raw);
    return it->second;
  }

 private:
  // Latin, Greek and Cyrillic letters and the general punctuation block.
  static bool is_common(char32_t c) { return c < 0x590 || (c >= 0x2000 && c < 0x2070); }

  const CaseVariants& cases_;
  const prefilter::RawForms& forms_;
  std::set<char32_t>& joining_;
  std::map<std::pair<char32_t, bool>, std::string> classes_;
};

// The pattern of a needle's characters, without the word edges around it.
std::string needle_pattern(const Needle& n, CharClasses& classes, const prefilter::RawForms& forms,
                           std::set<char32_t>& joining) {
  std::string out;
  for (std::size_t i = 0; i < n.run.size(); ++i) {
    const char32_t c = n.run[i];
    out += classes.of(c, n.exact_case);
    // "…" standing for two dots of the run is beyond a class: any "…" counts then.
    if (i + 1 < n.run.size() && n.run[i + 1] == c)
      if (auto it = forms.becoming_several.find(c); it != forms.becoming_several.end())
        joining.insert(it->second.begin(), it->second.end());
  }
  return out;
}

// One alternation of needles; needles that share their edges share one group, so that the
// automaton starts every word at a word edge once, not once per word.
std::string alternation(const std::set<std::tuple<bool, bool, std::string>>& needles) {
  std::map<std::pair<bool, bool>, std::string> by_edges;
  for (const auto& [start, end, body] : needles) {
    std::string& joined = by_edges[{start, end}];
    joined += (joined.empty() ? "" : "|") + body;
  }
  std::string out;
  for (const auto& [edges, joined] : by_edges)
    out += (out.empty() ? "" : "|") + std::string(edges.first ? kBefore : "") + "(?:" + joined +
           ")" + (edges.second ? kAfter : "");
  return out.empty() ? "[^\\x00-\\x{10FFFF}]" : out;  // no needle: never matches
}

}  // namespace

struct Prefilter::Impl {
  std::string error;
  // Characters that may become any word, by code point.
  std::vector<bool> anything;
  // Per language the money recogniser has words for: its currencies and the shared symbols.
  std::map<std::string, std::unique_ptr<RE2>, std::less<>> money;
  // Every language's currencies, for the text of any other language.
  std::unique_ptr<RE2> any_money;
  // Per language whose fine words are looked for.
  std::map<std::string, std::unique_ptr<RE2>, std::less<>> fine_words;

  std::unique_ptr<RE2> compile(const std::string& pattern) {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(16 << 20);
    auto re = std::make_unique<RE2>(pattern, options);
    if (!re->ok() && error.empty()) error = "prefilter pattern: " + re->error();
    return re;
  }
};

Prefilter::Prefilter(const std::vector<std::string>& languages, const LanguagePacks& packs)
    : impl_(std::make_unique<Impl>()) {
  const prefilter::RawForms& forms = prefilter::raw_forms();
  std::vector<Needle> symbols;
  add_needles(packs.shared_file("money_symbols.tsv"), false, symbols);
  std::map<std::string, std::vector<Needle>> money, fine_words;
  // Every language with money data, since a language without its own words is read with all.
  for (const std::string& code : packs.providing(Capability::money)) {
    add_needles(packs.file(code, "money_currencies.tsv"), false, money[code]);
    add_needles(packs.file(code, "money_scales.tsv"), true, money[code]);
  }
  for (const std::string& code : packs.providing(Capability::fines, languages))
    add_fine_word_needles(packs.file(code, "fine_cues.tsv"), fine_words[code]);

  std::unordered_set<std::int32_t> folded;
  auto fold_all = [&](const std::vector<Needle>& needles) {
    for (const Needle& n : needles)
      for (char32_t c : n.run) folded.insert(fold_code_point(static_cast<std::int32_t>(c)));
  };
  fold_all(symbols);
  for (const auto& [code, needles] : money) fold_all(needles);
  for (const auto& [code, needles] : fine_words) fold_all(needles);
  const CaseVariants cases(folded);

  std::set<char32_t> joining(forms.joining.begin(), forms.joining.end());
  // A ligature or other expansion that writes a letter of some needle may complete one.
  for (const auto& [raw, to] : forms.expanding)
    for (char32_t c : to)
      if (folded.count(fold_code_point(static_cast<std::int32_t>(c)))) {
        joining.insert(raw);
        break;
      }

  CharClasses classes(cases, forms, joining);
  using Patterns = std::set<std::tuple<bool, bool, std::string>>;
  auto patterns = [&](const std::vector<Needle>& needles, Patterns& out) {
    for (Needle n : needles) {
      // The start of a long word says enough ("amerykańskich", "dollareista"), and the
      // automaton stays small when words share their starts.
      if (n.run.size() > kLongestNeedle) {
        n.run.resize(kLongestNeedle);
        n.word_end = false;
      }
      out.insert({n.word_start, n.word_end, needle_pattern(n, classes, forms, joining)});
    }
  };
  Patterns shared, all_money;
  patterns(symbols, shared);
  all_money = shared;
  const std::vector<std::string> own = packs.providing(Capability::money, languages);
  for (const auto& [code, needles] : money) {
    Patterns mine = shared;
    patterns(needles, mine);
    all_money.insert(mine.begin(), mine.end());
    if (std::find(own.begin(), own.end(), code) != own.end())
      impl_->money[code] = impl_->compile(alternation(mine));
  }
  impl_->any_money = impl_->compile(alternation(all_money));
  for (const auto& [code, needles] : fine_words) {
    Patterns mine;
    patterns(needles, mine);
    impl_->fine_words[code] = impl_->compile(alternation(mine));
  }
  // What may turn into any word: a character that joins or changes words (the classes above
  // added those they leave out); see read_traits for the byte order mark and hyphens at line ends.
  impl_->anything.assign(0x110000, false);
  for (char32_t c : joining) impl_->anything[c] = true;
}

Prefilter::~Prefilter() = default;
bool Prefilter::ok() const { return impl_->error.empty(); }
const std::string& Prefilter::error() const { return impl_->error; }

Prefilter::Traits Prefilter::read(std::string_view raw) const {
  const prefilter::RawTraits traits = prefilter::read_traits(raw, impl_->anything);
  Traits out;
  out.valid_utf8 = traits.valid_utf8;
  out.same_words = traits.same_words;
  out.anything = !ok() || traits.marked || !traits.valid_utf8;
  return out;
}

bool Prefilter::may_hold_money(std::string_view raw, std::string_view language) const {
  const auto it = impl_->money.find(language);
  return RE2::PartialMatch(raw, it != impl_->money.end() ? *it->second : *impl_->any_money);
}

bool Prefilter::may_hold_fine_words(std::string_view raw, std::string_view language) const {
  const auto it = impl_->fine_words.find(language);
  return it != impl_->fine_words.end() && RE2::PartialMatch(raw, *it->second);
}

}  // namespace finex
