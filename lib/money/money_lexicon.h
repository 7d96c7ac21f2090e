#pragma once
// The words and symbols of money in one language, loaded from lib/data/<lang>/money_*.tsv and the
// language-independent lib/data/money_symbols.tsv. Every entry is a phrase of tokens ("pounds
// sterling", "d'", "Mio.", "US$", "mil millones"), matched against TokenizedText longest first.
#include <bitset>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "finex/decimal.h"
#include "money/money_recognizer.h"
#include "money/money_tokens.h"

namespace finex::money {

enum class Role : std::uint8_t {
  currency,     // "€", "EUR", "euros"
  scale,        // "million", "Mrd.", "m"
  number_word,  // "twenty", "un", "hundred"
  joiner,       // "and" in "hundred and twenty", "e" in "1 milione e 800mila"
  particle,     // "d'" in "millions d'euros"
  period,       // "per day"
  range_close,  // "and" of "between ... and", "to" of "from ... to"
  follower,     // words that may follow an amount whose currency is implied: "for", "pour"
  conversion,   // words after an amount that introduce the same sum in another currency
  country,      // a place whose peso a bare "pesos" or "$" means: "Bogotá", "chilenos"
};

enum class NumberWordKind : std::uint8_t { unit, hundred, before_scale };

struct LexiconEntry {
  Role role = Role::currency;
  std::vector<std::string> words;  // folded tokens
  std::vector<bool> glued;         // glued[k]: token k touches token k-1 in the data
  bool exact_case = false;         // ISO codes: "EUR" yes, "eur"/"Eur" no
  std::string raw_words;           // the entry as written, for exact-case comparison
  // currency; also a scale word that names its currency ("mnkr": million kronor), and the
  // peso of a country
  std::string iso;
  bool bare_dollar = false;  // "$" alone: the document may say which dollar
  bool named_dollar = false;  // "A$", "Australian dollars": tells what a bare "$" means
  bool dollar_sign = false;  // "pesos": a currency written "$" where it is used; a bare "$" beside it is it
  bool symbol = false;  // a symbol ("€", "$") binds to the number after it first
  bool before = false;  // a word written before its number like a symbol: "Fr. 5 Mio."
  // A case form that says where a change starts or ends, with no word between the two amounts:
  // Finnish "62 000 eurosta 38 000 euroon" (from ... to ...).
  bool change_from = false;
  bool change_to = false;
  // scale
  int power = 0;
  bool abbreviation = false;  // "m", "bn", "k": only next to a number with a currency
  // number word
  Decimal value;
  NumberWordKind number_kind = NumberWordKind::unit;
  // period
  Period period = Period::none;
  // range_close: the openers one of which must stand before the first end ("between"); none
  // needed when `any_opener`
  std::vector<std::vector<std::string>> openers;
  std::vector<bool> opener_changes;  // per opener: "z 3,2 mln do 1,9 mln" changes an amount
  // per opener, and for an entry needing none: the two amounts are a list ("henholdsvis 20.000
  // og 15.000 kr.", "35.000, respectiv 20.000 de lei"), each an amount of its own
  std::vector<bool> opener_lists;
  bool any_opener = false;
  bool any_opener_list = false;
  // range_close: only the first end may take the currency of the second ("1 000 ja 800 euron"),
  // never the reverse, since after a whole amount the word starts something else.
  bool backward = false;
};

// The entries that start with one word: indexes into the lexicon, longest phrase first.
struct WordEntries {
  std::vector<std::uint32_t> indexes;
  // Bit 1 << role for every role among them: most questions about a word are answered by it,
  // without reading an entry.
  std::uint16_t roles = 0;
  bool has(Role role) const { return (roles >> static_cast<unsigned>(role) & 1) != 0; }
};

struct LexiconMatch {
  const LexiconEntry* entry = nullptr;
  std::size_t end = 0;  // token index after the match
};

class Lexicon {
 public:
  Lexicon() = default;
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Loads `language` (may be empty: every language together). Returns an error message or "".
  std::string load(std::string_view language, const LanguagePacks& packs);

  // Looks every token of `text` up once (TokenizedText::entries), before match() is asked.
  void look_up_words(TokenizedText& text) const;
  // Whether an amount may start at token `i`: a number, a currency or a number word. Inline:
  // it is asked of every token.
  bool may_open_amount(const TokenizedText& text, std::size_t i) const {
    if (text.tokens[i].kind == TokenKind::number) return true;
    const WordEntries* words = i < text.entries.size() ? text.entries[i] : nullptr;
    return words != nullptr && (words->has(Role::currency) || words->has(Role::number_word));
  }
  // The longest entry of `role` starting at token `i`. Inline up to the word's roles, which
  // turn away most questions.
  std::optional<LexiconMatch> match(const TokenizedText& text, std::size_t i, Role role) const {
    const WordEntries* words = i < text.entries.size() ? text.entries[i] : nullptr;  // not looked up
    if (words == nullptr || !words->has(role)) return std::nullopt;
    return match_entries(*words, text, i, role);
  }
  // Whether `phrase` ends right before token `end`.
  static bool phrase_ends_at(const TokenizedText& text, std::size_t end,
                             const std::vector<std::string>& phrase);

  char decimal_mark() const { return decimal_mark_; }

  // A number written as one word of the number words before a word of hundreds or thousands
  // ("duemila", "fünfhunderttausend", "tretusen", "viisituhatta"), as Italian, German, Dutch
  // and the Nordic languages join them: its value, or nothing. `word` is folded.
  std::optional<Decimal> compound_number(std::string_view word) const;

  // A regular expression that matches wherever a currency of this lexicon may be written (the
  // first word of every currency entry, at word edges): text without a match holds no money.
  std::string currency_evidence_pattern() const;

 private:
  std::string add_file(std::string_view contents, std::string_view path, Role role,
                       bool override_existing);
  std::string add_entry(LexiconEntry entry, std::string_view written, bool override_existing);
  std::optional<LexiconMatch> match_entries(const WordEntries& words, const TokenizedText& text,
                                            std::size_t i, Role role) const;

  std::vector<LexiconEntry> entries_;
  // Currency entries that fold to one already listed but are written otherwise ("ΕΥΡΩ" beside
  // "ευρώ"): the byte filter of currency_evidence_pattern must see them too.
  std::vector<LexiconEntry> other_spellings_;
  // Looked up with string_views of the text, without building a std::string per token.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using FirstWords = std::unordered_map<std::string, WordEntries, WordHash, std::equal_to<>>;
  FirstWords by_first_word_;
  // A cheap sketch of the first words (length, first and last byte): most words of a text are
  // ruled out by it before any hashing.
  static constexpr std::size_t kSketches = 4096;
  std::bitset<kSketches> first_word_sketch_;
  // Per sketch, the one first word that has it, or null when several do: most words of a text
  // that pass the sketch are then told by one comparison, without hashing. Points into
  // by_first_word_, hence a lexicon is not copied.
  std::vector<const FirstWords::value_type*> only_first_word_;
  char decimal_mark_ = '.';
  // The words a joined number ends with ("mila", "tausend", "hundert") and their power of ten;
  // a word that ends with none of them is no joined number.
  struct CompoundTail {
    std::string word;
    int power = 0;
  };
  std::vector<CompoundTail> compound_tails_;
  // Stands for the entries of a joined number, which no entry lists: its role says that an
  // amount may open there.
  WordEntries compound_entries_;
  bool may_be_compound(std::string_view word) const;
  std::optional<Decimal> compound_head(std::string_view head, Decimal value) const;
};

}  // namespace finex::money
