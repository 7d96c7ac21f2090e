#include "prefilter/prefilter.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <mutex>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "prefilter/needles.h"
#include "prefilter/phrase_starts.h"
#include "prefilter/raw_forms.h"
#include "text/case_fold.h"

namespace finex {
namespace {

using prefilter::add_fine_phrases;
using prefilter::add_needles;
using prefilter::Needle;

// A character as the pattern writes it: letters and digits as themselves, which RE2 parses in
// less time than an escape (the patterns hold tens of thousands of characters, parsed in every
// process that reads a text of their language), anything else escaped.
std::string escaped(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
    return std::string(1, static_cast<char>(c));
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

// The characters below U+20000 the case fold changes, with their folds; once per process, as
// it depends on Unicode alone.
const std::vector<std::pair<std::int32_t, char32_t>>& changed_by_fold() {
  static const std::vector<std::pair<std::int32_t, char32_t>> changed = [] {
    std::vector<std::pair<std::int32_t, char32_t>> out;
    for (std::int32_t c = 0; c < 0x20000; ++c) {
      if (c >= 0xD800 && c <= 0xDFFF) continue;
      if (const std::int32_t f = fold_code_point(c); f != c) out.push_back({f, static_cast<char32_t>(c)});
    }
    return out;
  }();
  return changed;
}

// Raw characters by what the case fold makes of them, for the folded characters asked for.
class CaseVariants {
 public:
  explicit CaseVariants(const std::unordered_set<std::int32_t>& folded) {
    for (const std::int32_t f : folded)  // a character the fold leaves is its own variant
      if (f < 0x20000 && (f < 0xD800 || f > 0xDFFF) && fold_code_point(f) == f)
        by_fold_[f].insert(static_cast<char32_t>(f));
    for (const auto& [f, c] : changed_by_fold())
      if (folded.count(f)) by_fold_[f].insert(c);
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
// A pattern that never matches.
constexpr const char* kNever = "[^\\x00-\\x{10FFFF}]";
// Characters of a needle looked for at most.
constexpr std::size_t kLongestNeedle = 6;
// Letters of a word of a fine-word phrase looked for at most: enough to tell "miljoenenboete"
// from "miljoen", "straffavgift" from "straffspark".
constexpr std::size_t kLongestPhraseWord = 8;

// The class of raw characters that can stand for one character of a needle.
class CharClasses {
 public:
  CharClasses(const CaseVariants& cases, const prefilter::RawForms& forms,
              std::set<char32_t>& joining)
      : cases_(cases), forms_(forms), joining_(joining) {}

  const std::string& of(char32_t c, bool exact_case) {
    auto [it, added] = classes_.try_emplace({c, exact_case});
    if (!added) return it->second;
    std::set<char32_t>& raw = sets_[{c, exact_case}];
    raw.insert(c);
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
  // The characters of the class of(c, exact_case) returns.
  const std::set<char32_t>& raw_of(char32_t c, bool exact_case) {
    of(c, exact_case);
    return sets_[{c, exact_case}];
  }

 private:
  // Latin, Greek and Cyrillic letters and the general punctuation block; not the long s and the
  // modifier letters (U+02B0-U+02FF), which stand for ASCII letters in no news.
  static bool is_common(char32_t c) {
    return (c < 0x590 && c != 0x17F && (c < 0x2B0 || c >= 0x300)) || (c >= 0x2000 && c < 0x2070);
  }

  const CaseVariants& cases_;
  const prefilter::RawForms& forms_;
  std::set<char32_t>& joining_;
  std::map<std::pair<char32_t, bool>, std::string> classes_;
  std::map<std::pair<char32_t, bool>, std::set<char32_t>> sets_;
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

// What the phrase matcher's classes (text/phrase_matcher.h) may match in raw text.
struct PhraseClasses {
  std::string space;       // ' ': any run of what normalises to spaces or line breaks
  std::set<char32_t> space_chars;  // the characters of `space`, empty when it takes anything
  std::string apostrophe;  // '\'': ' or ’, as written or as normalisation makes them
  std::string hyphen;      // '-': a dash of any kind (or nothing)
};

// Any letter of a word, as raw bytes may write it: an ASCII letter, or any other character.
constexpr const char* kAnyLetter = "[A-Za-z\\x{80}-\\x{10FFFF}]";

// Spaces beyond ASCII that text uses between words: no-break, fixed-width and line and paragraph
// separators. The other characters that normalise to spaces are rare and left to `joining`.
bool is_common_space(char32_t c) {
  return c == 0x85 || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F;
}

PhraseClasses phrase_classes(CharClasses& classes, const prefilter::RawForms& forms,
                             std::set<char32_t>& joining) {
  PhraseClasses out;
  std::set<char32_t> spaces;
  for (char32_t c = 0; c <= 0x20; ++c) spaces.insert(c);
  spaces.insert(0x7F);
  for (char32_t c : forms.spacing) {
    if (is_common_space(c)) spaces.insert(c);
    else joining.insert(c);
  }
  out.space = char_class(spaces) + "+";
  out.space_chars = spaces;
  if (forms.spacing.empty()) {  // the forms are unknown
    out.space = "[\\x{0}-\\x{20}\\x{7F}-\\x{10FFFF}]+";
    out.space_chars.clear();
  }
  out.apostrophe = "(?:" + classes.of(U'\'', true) + "|" + classes.of(U'\u2019', true) + ")";
  out.hyphen = "(?:" + classes.of(U'-', true) + "|\\x{2010}|\\x{2011})?";
  return out;
}

// The pattern of a whole phrase of the fine words, read as the phrase matcher reads it, as its
// pieces (one per character or class); a word longer than kLongestPhraseWord letters is looked
// for by its start. `word_end`: the phrase ends with a whole word, so that no letter may follow.
std::vector<std::string> phrase_pieces(const std::u32string& phrase, CharClasses& classes,
                                       const PhraseClasses& between,
                                       const prefilter::RawForms& forms,
                                       std::set<char32_t>& joining, bool& word_end) {
  const std::string any_letters = std::string(kAnyLetter) + "*";
  std::vector<std::string> out;
  std::size_t letters = 0;  // of the current word
  word_end = true;
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    const char32_t c = phrase[i];
    word_end = false;
    if (c == U' ') out.push_back(between.space), letters = 0;
    else if (c == U'\'') out.push_back(between.apostrophe), letters = 0;
    else if (c == U'-') out.push_back(between.hyphen), letters = 0;
    else if (c == U'*') out.push_back(any_letters);
    else if (letters == kLongestPhraseWord) {
      out.push_back(any_letters);  // the rest of the word
      while (i + 1 < phrase.size() && phrase[i + 1] != U' ' && phrase[i + 1] != U'\'' &&
             phrase[i + 1] != U'-')
        ++i;
    } else {
      out.push_back(classes.of(c, false));
      ++letters;
      word_end = letters < kLongestPhraseWord || i + 1 == phrase.size();
      // "…" standing for two dots of the word is beyond a class: any "…" counts then.
      if (i + 1 < phrase.size() && phrase[i + 1] == c)
        if (auto it = forms.becoming_several.find(c); it != forms.becoming_several.end())
          joining.insert(it->second.begin(), it->second.end());
    }
  }
  // Any letters at the end add nothing to an ending that is free: "kar*" is "kar".
  while (!word_end && !out.empty() && out.back() == any_letters) out.pop_back();
  return out;
}

// Phrases by their pieces, written as one pattern whose alternatives share their starts
// ("kar(?:a|y|ze)"): RE2 compiles a list of a few hundred inflected forms in a fraction of the
// time the flat list takes. A phrase that may end anywhere makes every longer phrase that
// begins with it redundant: only whether one occurs is asked.
class PhraseTrie {
 public:
  void add(const std::vector<std::string>& pieces, bool word_end) {
    std::size_t node = 0;
    for (const std::string& piece : pieces) {
      auto [it, added] = nodes_[node].next.try_emplace(piece, nodes_.size());
      const std::size_t next = it->second;  // read before nodes_ grows
      if (added) nodes_.emplace_back();
      node = next;
    }
    (word_end ? nodes_[node].ends_word : nodes_[node].ends) = true;
  }
  bool empty() const { return nodes_[0].next.empty(); }
  std::string pattern() const {
    std::string out = "(?:";
    group(0, out);
    return out + ")";
  }

 private:
  struct Node {
    std::map<std::string, std::size_t> next;
    bool ends = false, ends_word = false;
  };
  // Appends the alternation of what may follow node `id`, grouped unless it is one branch.
  // Written into one string: the tries of every language hold thousands of phrases.
  void group(std::size_t id, std::string& out) const {
    const Node& n = nodes_[id];
    if (n.ends) return;
    const bool grouped = n.next.size() + (n.ends_word ? 1 : 0) != 1;
    if (grouped) out += "(?:";
    const char* separator = "";
    if (n.ends_word) {
      out += kAfter;
      separator = "|";
    }
    for (const auto& [piece, child] : n.next) {
      out += separator;
      separator = "|";
      out += piece;
      group(child, out);
    }
    if (grouped) out += ')';
  }
  std::vector<Node> nodes_{1};
};

// Needles (word_start, word_end, pattern) as one alternation; needles that share their edges
// share one group, so that the automaton starts every word at a word edge once, not once per word.
using Needles = std::set<std::tuple<bool, bool, std::string>>;
std::string alternation(const Needles& needles) {
  std::map<std::pair<bool, bool>, std::string> by_edges;
  for (const auto& [start, end, body] : needles) {
    std::string& joined = by_edges[{start, end}];
    joined += (joined.empty() ? "" : "|") + body;
  }
  std::string out;
  for (const auto& [edges, joined] : by_edges)
    out += (out.empty() ? "" : "|") + std::string(edges.first ? kBefore : "") + "(?:" + joined +
           ")" + (edges.second ? kAfter : "");
  return out.empty() ? kNever : out;
}

// Phrases that all start with a word (word_end, pieces), as one pattern whose alternatives share
// their starts.
std::string phrase_alternation(const std::set<std::pair<bool, std::vector<std::string>>>& phrases) {
  PhraseTrie trie;
  for (const auto& [end, pieces] : phrases) trie.add(pieces, end);
  return trie.empty() ? kNever : trie.pattern();
}

// The symbols a phrase's start is looked for by (phrase_starts.h): its letters and the spaces
// between its words, up to the first '*'. Apostrophes and hyphens inside it ("s'est vu", "l-a
// amendat") are passed over, in the phrase as in the text (kSkip): a start that stopped there
// would be one letter long, and every word with that letter would be looked at. Each
// character's class is admitted for its symbol (once: `admitted`), letters numbered by their
// fold. Empty when the phrase opens with none of them.
std::vector<prefilter::StartSymbols::Symbol> start_symbols(
    const std::u32string& phrase, CharClasses& classes, const PhraseClasses& between,
    prefilter::StartSymbols& symbols, std::map<std::int32_t, prefilter::StartSymbols::Symbol>& by_fold,
    std::set<char32_t>& admitted) {
  using prefilter::StartSymbols;
  std::vector<StartSymbols::Symbol> out;
  for (const char32_t c : phrase) {
    if (out.size() == prefilter::PhraseStarts::kLength || c == U'*') break;
    if (c == U'\'' || c == U'-') {
      if (out.empty()) break;
      if (admitted.insert(c).second) {
        // As phrase_classes() writes them: ' or ’, as written or as normalisation makes them;
        // a dash of any kind.
        const std::vector<char32_t> written =
            c == U'-' ? std::vector<char32_t>{U'-', U'\u2010', U'\u2011'} : std::vector<char32_t>{U'\'', U'\u2019'};
        for (const char32_t w : written)
          for (const char32_t raw : classes.raw_of(w, true)) symbols.admit(raw, StartSymbols::kSkip);
      }
      continue;
    }
    if (c == U' ') {
      if (out.empty()) break;
      if (admitted.insert(U' ').second)
        for (const char32_t raw : between.space_chars) symbols.admit(raw, StartSymbols::kSpace);
      out.push_back(StartSymbols::kSpace);
      continue;
    }
    const std::int32_t folded = fold_code_point(static_cast<std::int32_t>(c));
    const StartSymbols::Symbol symbol =
        by_fold.try_emplace(folded, static_cast<StartSymbols::Symbol>(symbols.count())).first->second;
    if (admitted.insert(c).second)
      for (const char32_t raw : classes.raw_of(c, false)) symbols.admit(raw, symbol);
    out.push_back(symbol);
  }
  return out;
}

}  // namespace

struct Prefilter::Impl {
  // Characters that may become any word, by code point, with those that change words.
  std::unique_ptr<const prefilter::CharTraits> anything;
  // A pattern compiled when a text first needs it: a language's currencies and fine words, every
  // language's currencies (for the text of a language without its own, the largest pattern).
  // Most texts are ruled out before, and a reader of a few languages does not wait for the others.
  struct Lazy {
    std::string pattern;
    mutable std::once_flag once;
    mutable std::unique_ptr<RE2> re;
  };
  // Per language the money recogniser has words for: its currencies and the shared symbols.
  std::map<std::string, Lazy, std::less<>> money;
  Lazy any_money;
  // Per language whose fine words are looked for: the phrases, after a byte that is no ASCII
  // letter (or at the text's start).
  std::map<std::string, Lazy, std::less<>> fine_words;
  // Per language whose phrases all open with a letter, most of them one an ASCII letter stands
  // for: the phrases by their starts, and their pattern anchored at a start found.
  prefilter::StartSymbols start_symbols;
  struct FineWordStarts {
    explicit FineWordStarts(const prefilter::StartSymbols& symbols) : starts(symbols) {}
    prefilter::PhraseStarts starts;
    Lazy at_start;
  };
  std::map<std::string, std::unique_ptr<FineWordStarts>, std::less<>> fine_word_starts;

  // Whether `lazy` matches in `raw`, compiling it first if no text has needed it yet. A pattern
  // RE2 could not take rules nothing out.
  static bool may_match(std::string_view raw, const Lazy& lazy) {
    return !compiled(lazy).ok() || RE2::PartialMatch(raw, *lazy.re);
  }
  static const RE2& compiled(const Lazy& lazy) {
    std::call_once(lazy.once, [&] { lazy.re = std::make_unique<RE2>(lazy.pattern, options()); });
    return *lazy.re;
  }

  static RE2::Options options() {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(16 << 20);
    return options;
  }
};

Prefilter::Prefilter(const std::vector<std::string>& languages, const LanguagePacks& packs)
    : impl_(std::make_unique<Impl>()) {
  const prefilter::RawForms& forms = prefilter::raw_forms();
  std::vector<Needle> symbols;
  add_needles(packs.shared_file("money_symbols.tsv"), false, symbols);
  std::map<std::string, std::vector<Needle>> money;
  // Every language with money data, since a language without its own words is read with all.
  for (const std::string& code : packs.providing(Capability::money)) {
    add_needles(packs.file(code, "money_currencies.tsv"), false, money[code]);
    add_needles(packs.file(code, "money_scales.tsv"), true, money[code]);
  }
  std::map<std::string, std::vector<std::u32string>> fine_phrases;
  for (const std::string& code : packs.providing(Capability::fines, languages))
    add_fine_phrases(packs.file(code, "fine_cues.tsv"), fine_phrases[code]);

  std::unordered_set<std::int32_t> folded;
  auto fold_all = [&](const std::vector<Needle>& needles) {
    for (const Needle& n : needles)
      for (char32_t c : n.run) folded.insert(fold_code_point(static_cast<std::int32_t>(c)));
  };
  fold_all(symbols);
  for (const auto& [code, needles] : money) fold_all(needles);
  for (const auto& [code, phrases] : fine_phrases)
    for (const std::u32string& phrase : phrases)
      for (char32_t c : phrase) folded.insert(fold_code_point(static_cast<std::int32_t>(c)));
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
  auto patterns = [&](const std::vector<Needle>& needles, Needles& out) {
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
  Needles shared, all_money;
  patterns(symbols, shared);
  all_money = shared;
  const std::vector<std::string> own = packs.providing(Capability::money, languages);
  for (const auto& [code, needles] : money) {
    Needles mine = shared;
    patterns(needles, mine);
    all_money.insert(mine.begin(), mine.end());
    if (std::find(own.begin(), own.end(), code) != own.end())
      impl_->money[code].pattern = alternation(mine);
  }
  impl_->any_money.pattern = alternation(all_money);
  const PhraseClasses between = phrase_classes(classes, forms, joining);
  std::map<std::int32_t, prefilter::StartSymbols::Symbol> by_fold;
  std::set<char32_t> admitted;  // phrase characters whose class is admitted
  for (const auto& [code, phrases] : fine_phrases) {
    std::set<std::pair<bool, std::vector<std::string>>> mine;
    std::vector<std::vector<prefilter::StartSymbols::Symbol>> starts;
    std::size_t latin = 0;  // phrases that open with a letter an ASCII letter stands for
    for (const std::u32string& phrase : phrases) {
      if (!phrase.empty() && *classes.raw_of(phrase[0], false).begin() < 0x80) ++latin;
      bool word_end = false;
      std::vector<std::string> pieces = phrase_pieces(phrase, classes, between, forms, joining, word_end);
      mine.insert({word_end, std::move(pieces)});
      starts.push_back(start_symbols(phrase, classes, between, impl_->start_symbols, by_fold, admitted));
    }
    const std::string pattern = phrase_alternation(mine);
    impl_->fine_words[code].pattern = pattern == kNever ? pattern : kBefore + pattern;
    // Without the characters of a space, or with a phrase that opens with no letter, the
    // phrases are looked for everywhere; so are those of a language written mostly in another
    // script than ASCII's, where every character would be a place to look (the automaton
    // reads such text faster).
    const bool by_starts = pattern != kNever && !between.space_chars.empty() && 2 * latin >= phrases.size() &&
                           std::none_of(starts.begin(), starts.end(), [](const auto& s) { return s.empty(); });
    if (!by_starts) continue;
    auto& found = impl_->fine_word_starts[code] = std::make_unique<Impl::FineWordStarts>(impl_->start_symbols);
    for (const auto& start : starts) found->starts.add(start);
    found->at_start.pattern = pattern;
  }
  for (auto& [code, found] : impl_->fine_word_starts) found->starts.freeze();
  // What may turn into any word: a character that joins or changes words (the classes above
  // added those they leave out); see read_traits for the byte order mark and hyphens at line ends.
  std::vector<bool> anything(0x110000, false);
  for (char32_t c : joining) anything[c] = true;
  impl_->anything = std::make_unique<const prefilter::CharTraits>(std::move(anything));
}

Prefilter::~Prefilter() = default;

Prefilter::Traits Prefilter::read(std::string_view raw) const {
  const prefilter::RawTraits traits = prefilter::read_traits(raw, *impl_->anything);
  Traits out;
  out.valid_utf8 = traits.valid_utf8;
  out.same_words = traits.same_words;
  out.anything = traits.marked || !traits.valid_utf8;
  out.clean_utf8 = traits.whole && traits.valid_utf8 && !traits.nul;
  return out;
}

bool Prefilter::may_hold_money(std::string_view raw, std::string_view language) const {
  const auto it = impl_->money.find(language);
  return Impl::may_match(raw, it != impl_->money.end() ? it->second : impl_->any_money);
}

bool Prefilter::may_hold_fine_words(std::string_view raw, std::string_view language) const {
  if (const auto by_start = impl_->fine_word_starts.find(language);
      by_start != impl_->fine_word_starts.end()) {
    const Impl::FineWordStarts& found = *by_start->second;
    const RE2* at_start = nullptr;
    for (std::size_t i = found.starts.next(raw, 0); i != std::string_view::npos;
         i = found.starts.next(raw, i + 1)) {
      if (at_start == nullptr) {
        at_start = &Impl::compiled(found.at_start);
        if (!at_start->ok()) return true;
      }
      if (at_start->Match(raw, i, raw.size(), RE2::ANCHOR_START, nullptr, 0)) return true;
    }
    return false;
  }
  const auto it = impl_->fine_words.find(language);
  return it != impl_->fine_words.end() && Impl::may_match(raw, it->second);
}

}  // namespace finex
