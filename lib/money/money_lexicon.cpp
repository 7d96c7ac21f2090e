#include "money/money_lexicon.h"

#include "text/code_points.h"

#include <re2/re2.h>
#include <utf8proc.h>

#include <algorithm>
#include <charconv>
#include <set>

#include "data/data_files.h"

namespace finex::money {
namespace {

struct FileSpec {
  const char* name;
  Role role;
};

// Each language's files, in the order they are read.
constexpr FileSpec kLanguageFiles[] = {
    {"money_currencies.tsv", Role::currency}, {"money_scales.tsv", Role::scale},
    {"money_number_words.tsv", Role::number_word}, {"money_particles.tsv", Role::particle},
    {"money_periods.tsv", Role::period}, {"money_ranges.tsv", Role::range_close},
    {"money_followers.tsv", Role::follower},   {"money_conversions.tsv", Role::conversion},
    {"money_countries.tsv", Role::country},
};

bool has_flag(std::string_view flags, std::string_view flag) {
  while (!flags.empty()) {
    const auto comma = flags.find(',');
    std::string_view f = flags.substr(0, comma);
    while (!f.empty() && f.front() == ' ') f.remove_prefix(1);
    while (!f.empty() && f.back() == ' ') f.remove_suffix(1);
    if (f == flag) return true;
    if (comma == std::string_view::npos) break;
    flags.remove_prefix(comma + 1);
  }
  return false;
}

std::optional<Period> parse_period(std::string_view s) {
  if (s == "day") return Period::day;
  if (s == "week") return Period::week;
  if (s == "month") return Period::month;
  if (s == "year") return Period::year;
  return std::nullopt;
}

// The word in capitals, code point by code point ("kč" -> "KČ").
std::string upper_case(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size();) {
    std::size_t length = 0;
    const std::int32_t cp = code_point_at(word, i, length);
    if (cp == 0xFFFD && length == 1) return std::string(word);  // not UTF-8: leave it be
    utf8proc_uint8_t buf[4];
    const auto m = utf8proc_encode_char(utf8proc_toupper(cp), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(m));
    i += length;
  }
  return out;
}

// The tokens of a phrase of the packs; the buffers are reused, as the packs hold thousands.
const TokenizedText& tokens_of(std::string_view phrase) {
  thread_local TokenizedText t;
  tokenize(phrase, t);
  return t;
}

std::vector<std::string> folded_words(std::string_view phrase, std::vector<bool>* glued) {
  const TokenizedText& t = tokens_of(phrase);
  std::vector<std::string> words;
  for (const Token& token : t.tokens) {
    words.emplace_back(t.lower(token));
    if (glued) glued->push_back(token.glued);
  }
  return words;
}

// The words of a run of the sorted `words` [lo, hi), which share their first `depth` bytes, as
// alternatives after those bytes; grouped unless there is one.
void append_branches(const std::vector<std::string>& words, std::size_t lo, std::size_t hi,
                     std::size_t depth, std::string& out) {
  std::size_t branches = 0;
  for (std::size_t i = lo; i < hi; ++i)
    if (words[i].size() == depth || i == lo || words[i - 1].size() == depth ||
        words[i][depth] != words[i - 1][depth])
      ++branches;
  if (branches > 1) out += "(?:";
  const char* separator = "";
  if (words[lo].size() == depth) {  // a word ends here: the empty branch (sorted first)
    separator = "|";
    ++lo;
  }
  while (lo < hi) {
    std::size_t run_end = lo + 1;
    while (run_end < hi && words[run_end][depth] == words[lo][depth]) ++run_end;
    out += separator;
    separator = "|";
    out += RE2::QuoteMeta(std::string_view(words[lo]).substr(depth, 1));
    append_branches(words, lo, run_end, depth + 1, out);
    lo = run_end;
  }
  if (branches > 1) out += ')';
}

// Words as one alternation whose branches share their starts ("EU(?:R|RO)"): it matches what
// the flat list does, and RE2 compiles it in two thirds of the time.
std::string shared_start_alternation(const std::set<std::string>& words) {
  const std::vector<std::string> sorted(words.begin(), words.end());
  std::string out;
  if (!sorted.empty()) append_branches(sorted, 0, sorted.size(), 0, out);
  return out;
}

// A word's place in Lexicon::first_word_sketch_; inline in the loop over a text's words.
std::size_t sketch(std::string_view word) {
  if (word.empty()) return 0;
  const auto first = static_cast<unsigned char>(word.front());
  const auto last = static_cast<unsigned char>(word.back());
  return (std::min<std::size_t>(word.size(), 15) * 257 + first * 31 + last) % 4096;
}

}  // namespace

std::string Lexicon::add_entry(LexiconEntry entry, std::string_view written,
                               bool override_existing) {
  entry.words = folded_words(written, &entry.glued);
  if (entry.words.empty()) return "empty phrase";
  entry.raw_words = std::string(written);
  if (entry.role == Role::currency) entry.symbol = tokens_of(written).tokens.back().kind == TokenKind::symbol;
  WordEntries& bucket = by_first_word_[entry.words.front()];
  for (std::uint32_t index : bucket.indexes) {
    const LexiconEntry& other = entries_[index];
    if (other.role == entry.role && other.words == entry.words) {
      if (entry.role == Role::range_close) {  // one closer, several openers: "to" of "from"/"between"
        LexiconEntry& closer = entries_[index];
        closer.any_opener = closer.any_opener || entry.any_opener;
        closer.any_opener_list = closer.any_opener_list || entry.any_opener_list;
        closer.backward = closer.backward && entry.backward;
        for (auto& opener : entry.openers) closer.openers.push_back(std::move(opener));
        closer.opener_changes.insert(closer.opener_changes.end(), entry.opener_changes.begin(),
                                     entry.opener_changes.end());
        closer.opener_lists.insert(closer.opener_lists.end(), entry.opener_lists.begin(), entry.opener_lists.end());
        return "";
      }
      if (entry.role == Role::currency && entry.raw_words != other.raw_words)
        other_spellings_.push_back(entry);
      // A language's own entry wins over the shared table ("kr" is DKK in Danish).
      if (override_existing) entries_[index] = std::move(entry);
      return "";
    }
  }
  bucket.indexes.push_back(static_cast<std::uint32_t>(entries_.size()));
  bucket.roles |= static_cast<std::uint16_t>(1u << static_cast<unsigned>(entry.role));
  entries_.push_back(std::move(entry));
  return "";
}

std::string Lexicon::add_file(std::string_view contents, std::string_view path, Role role,
                              bool override_existing) {
  std::string error;
  data::for_each_line(contents, [&](std::string_view line) {
    if (!error.empty()) return;
    const auto fields = data::split_tabs(line);
    const auto field = [&](std::size_t k) { return k < fields.size() ? fields[k] : ""; };
    LexiconEntry e;
    e.role = role;
    const std::string_view flags = field(2);
    switch (role) {
      case Role::currency:
        e.iso = std::string(field(1));
        if (e.iso.size() != 3) error = "missing ISO 4217 code";
        e.exact_case = has_flag(flags, "exact");
        e.bare_dollar = has_flag(flags, "bare_dollar");
        e.named_dollar = has_flag(flags, "named_dollar");
        e.dollar_sign = has_flag(flags, "dollar_sign");
        e.before = has_flag(flags, "before");
        e.change_from = has_flag(flags, "change_from");
        e.change_to = has_flag(flags, "change_to");
        break;
      case Role::scale: {
        const std::string_view p = field(1);
        if (std::from_chars(p.data(), p.data() + p.size(), e.power).ec != std::errc{} ||
            e.power <= 0 || e.power > 15)
          error = "bad power of ten";
        e.abbreviation = has_flag(flags, "abbreviation");
        // "currency=SEK": the word names the currency too ("34 mnkr", "410 MSEK").
        for (std::string_view rest = flags; !rest.empty();) {
          const auto comma = rest.find(',');
          std::string_view f = rest.substr(0, comma);
          while (!f.empty() && f.front() == ' ') f.remove_prefix(1);
          if (f.substr(0, 9) == "currency=") {
            e.iso = std::string(f.substr(9, 3));
            if (e.iso.size() != 3) error = "bad currency code";
          }
          rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        }
        break;
      }
      case Role::number_word: {
        const std::string_view kind = field(2).empty() ? "unit" : field(2);
        if (kind == "joiner") {
          e.role = Role::joiner;
          break;
        }
        const auto value = Decimal::parse(field(1));
        if (!value) error = "bad number";
        else e.value = *value;
        if (kind == "hundred") e.number_kind = NumberWordKind::hundred;
        else if (kind == "before_scale") e.number_kind = NumberWordKind::before_scale;
        else if (kind != "unit") error = "unknown kind '" + std::string(kind) + "'";
        break;
      }
      case Role::country:
        e.iso = std::string(field(1));
        if (e.iso.size() != 3) error = "missing ISO 4217 code";
        break;
      case Role::period:
        if (auto p = parse_period(field(1))) e.period = *p;
        else error = "period must be day, week, month or year";
        break;
      case Role::range_close:
        if (field(1).empty()) {
          e.any_opener = true;
          e.any_opener_list = has_flag(flags, "list");
        } else {
          e.openers.push_back(folded_words(field(1), nullptr));
          e.opener_changes.push_back(has_flag(flags, "change"));
          e.opener_lists.push_back(has_flag(flags, "list"));
        }
        e.backward = has_flag(flags, "backward");
        break;
      default:
        break;
    }
    if (error.empty()) error = add_entry(std::move(e), field(0), override_existing);
    if (!error.empty()) error = std::string(path) + ": " + error + " in line '" + std::string(line) + "'";
  });
  return error;
}

std::string Lexicon::load(std::string_view language, const LanguagePacks& packs) {
  std::vector<std::string> languages;
  if (!language.empty()) {
    languages.emplace_back(language);
  } else {
    // Every language together; English first so its reading of shared words wins.
    languages = packs.providing(Capability::money);
    std::stable_partition(languages.begin(), languages.end(),
                          [](const std::string& l) { return l == "en"; });
  }
  bool first = true;
  for (const std::string& lang : languages) {
    for (const FileSpec& spec : kLanguageFiles) {
      std::string error =
          add_file(packs.file(lang, spec.name), lang + "/" + std::string(spec.name), spec.role, first);
      if (!error.empty()) return error;
    }
    if (first) {
      data::for_each_line(packs.file(lang, "money_format.tsv"), [&](std::string_view line) {
        const auto fields = data::split_tabs(line);
        if (fields.size() >= 2 && fields[0] == "decimal_mark" && fields[1].size() == 1)
          decimal_mark_ = fields[1][0];
      });
    }
    first = false;
  }
  std::string error =
      add_file(packs.shared_file("money_symbols.tsv"), "money_symbols.tsv", Role::currency, false);
  if (!error.empty()) return error;
  only_first_word_.assign(kSketches, nullptr);
  for (const auto& entry : by_first_word_) {
    const std::size_t s = sketch(entry.first);
    only_first_word_[s] = first_word_sketch_.test(s) ? nullptr : &entry;
    first_word_sketch_.set(s);
  }
  // Joined numbers end with a word of thousands or hundreds written out in full.
  for (const LexiconEntry& e : entries_) {
    const bool thousands = e.role == Role::scale && e.power == 3 && !e.abbreviation;
    const bool hundreds = e.role == Role::number_word && e.number_kind == NumberWordKind::hundred;
    if (e.words.size() == 1 && e.words[0].size() >= 3 && (thousands || hundreds) &&
        std::none_of(compound_tails_.begin(), compound_tails_.end(), [&](const CompoundTail& t) { return t.word == e.words[0]; }))
      compound_tails_.push_back({e.words[0], thousands ? 3 : 2});
  }
  compound_entries_.roles = static_cast<std::uint16_t>(1u << static_cast<unsigned>(Role::number_word));
  // Longest phrase first, so "pounds sterling" beats "pounds" and "mil millones" beats "mil".
  for (auto& [word, bucket] : by_first_word_)
    std::stable_sort(bucket.indexes.begin(), bucket.indexes.end(), [&](std::uint32_t a, std::uint32_t b) {
      return entries_[a].words.size() > entries_[b].words.size();
    });
  return "";
}

void Lexicon::look_up_words(TokenizedText& text) const {
  text.entries.assign(text.tokens.size(), nullptr);
  for (std::size_t i = 0; i < text.tokens.size(); ++i) {
    if (text.tokens[i].kind == TokenKind::number) continue;
    const std::string_view word = text.lower(text.tokens[i]);
    const std::size_t s = sketch(word);
    if (first_word_sketch_.test(s)) {
      if (const FirstWords::value_type* only = only_first_word_[s]) {
        if (only->first == word) text.entries[i] = &only->second;
      } else if (const auto it = by_first_word_.find(word); it != by_first_word_.end()) {
        text.entries[i] = &it->second;
      }
    }
    if (text.entries[i] == nullptr && compound_number(word)) text.entries[i] = &compound_entries_;
  }
}

bool Lexicon::may_be_compound(std::string_view word) const {
  for (const CompoundTail& tail : compound_tails_)
    if (word.size() > tail.word.size() && word.back() == tail.word.back() && word.ends_with(tail.word)) return true;
  return false;
}

std::optional<Decimal> Lexicon::compound_number(std::string_view word) const {
  if (!may_be_compound(word)) return std::nullopt;
  for (const CompoundTail& tail : compound_tails_) {
    if (word.size() <= tail.word.size() || !word.ends_with(tail.word)) continue;
    const auto head = compound_head(word.substr(0, word.size() - tail.word.size()), Decimal{});
    if (!head || !(Decimal{} < *head)) continue;
    if (auto value = head->scaled(tail.power)) return value;
  }
  return std::nullopt;
}

// The value of `head` read as number words written together, added to `value`: the longest
// word first, and a shorter one where the rest cannot be read ("fünf|und|zwanzig",
// "due|cento|cinquanta"). A word of hundreds multiplies what comes before it.
std::optional<Decimal> Lexicon::compound_head(std::string_view head, Decimal value) const {
  if (head.empty()) return value;
  for (std::size_t length = head.size(); length > 0; --length) {
    const auto it = by_first_word_.find(head.substr(0, length));
    if (it == by_first_word_.end()) continue;
    for (const std::uint32_t index : it->second.indexes) {
      const LexiconEntry& e = entries_[index];
      if (e.words.size() != 1 || (e.role != Role::number_word && e.role != Role::joiner)) continue;
      std::optional<Decimal> next = value;
      if (e.role == Role::number_word && e.number_kind == NumberWordKind::hundred)
        next = (value == Decimal{} ? Decimal{1, 0} : value).times(100);
      else if (e.role == Role::number_word)
        next = value.plus(e.value);
      if (!next) continue;
      if (auto rest = compound_head(head.substr(length), *next)) return rest;
    }
  }
  return std::nullopt;
}

std::optional<LexiconMatch> Lexicon::match_entries(const WordEntries& words, const TokenizedText& text,
                                                   std::size_t i, Role role) const {
  for (std::uint32_t index : words.indexes) {
    const LexiconEntry& e = entries_[index];
    if (e.role != role) continue;
    const std::size_t n = e.words.size();
    if (i + n > text.tokens.size()) continue;
    // The first word is the one looked up: only the others are compared.
    bool ok = true;
    for (std::size_t k = 1; k < n && ok; ++k) {
      const Token& t = text.tokens[i + k];
      if (t.after_break || (e.glued[k] && !t.glued)) ok = false;
      else if (text.lower(t) != e.words[k]) ok = false;
    }
    if (ok && e.exact_case) {
      const std::string_view written =
          text.text.substr(text.tokens[i].begin, text.tokens[i + n - 1].end - text.tokens[i].begin);
      ok = written == e.raw_words;
    }
    if (ok) return LexiconMatch{&e, i + n};
  }
  return std::nullopt;
}

bool Lexicon::phrase_ends_at(const TokenizedText& text, std::size_t end,
                             const std::vector<std::string>& phrase) {
  if (phrase.empty() || end < phrase.size()) return false;
  const std::size_t start = end - phrase.size();
  for (std::size_t k = 0; k < phrase.size(); ++k)
    if (text.lower(text.tokens[start + k]) != phrase[k]) return false;
  return true;
}

std::string Lexicon::currency_evidence_pattern() const {
  std::set<std::string> exact, any_case, symbols;
  std::vector<const LexiconEntry*> all;
  for (const LexiconEntry& e : entries_) all.push_back(&e);
  for (const LexiconEntry& e : other_spellings_) all.push_back(&e);
  for (const LexiconEntry* entry : all) {
    const LexiconEntry& e = *entry;
    // A scale word that names its currency ("mnkr") is currency evidence too.
    if ((e.role != Role::currency && !(e.role == Role::scale && !e.iso.empty())) || e.raw_words.empty())
      continue;
    // The last word: every word of an entry must be written for it to match, and the last one
    // tells more ("New Zealand dollar": "dollar", not "new").
    const std::string first = e.raw_words.substr(e.raw_words.rfind(' ') + 1);
    auto ascii_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    // A word has letters (some ASCII: "zł" is a word, "€" and "¥" are symbols) and nothing else.
    const bool word = std::any_of(first.begin(), first.end(), ascii_letter) &&
                      std::all_of(first.begin(), first.end(), [&](char c) {
                        return ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80;
                      });
    if (!word) symbols.insert(first);
    else if (e.exact_case) exact.insert(first);
    else any_case.insert(first), any_case.insert(upper_case(first));
  }
  // Matched byte-wise (Latin-1 mode) so the automaton stays small (with Unicode classes and
  // folding it outgrows RE2's DFA memory): any byte of a multi-byte character counts as a
  // letter, and case folding covers ASCII letters; a word's capitals are listed beside it
  // ("ZŁOTYCH", "KČ"), since their non-ASCII letters differ from the small ones byte-wise.
  std::string words = shared_start_alternation(exact);
  if (!any_case.empty())
    words += (words.empty() ? "" : "|") + ("(?i:" + shared_start_alternation(any_case) + ")");
  // A word stands at word edges ("eur" in "Europe", "us" in "bonus" are no currency); before
  // it, an apostrophe may glue it to an article ("d'euros", "d’euros", whose last byte is
  // \x99). The filter may let text through, never miss.
  std::string pattern = "(?:^|[^A-Za-z\\x80-\\xff]|\\x99)(?:" + words + ")(?:[^A-Za-z\\x80-\\xff]|$)";
  if (!symbols.empty()) pattern += "|" + shared_start_alternation(symbols);
  return pattern;
}

}  // namespace finex::money
