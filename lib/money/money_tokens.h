#pragma once
// Splits normalised text into the tokens the money grammar works on: digit runs with their
// grouping separators ("1.234.567,89", "1 234 567", "1'234.50"), words, currency symbols and
// single punctuation marks. Each token remembers whether it touches the previous one, because
// "€20m" and "20 m" mean different things.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace finex::money {

struct WordEntries;  // see money_lexicon.h

enum class TokenKind : std::uint8_t { number, word, symbol, punct };

struct Token {
  std::uint32_t begin = 0, end = 0;          // bytes in the text
  std::uint32_t folded_begin = 0, folded_end = 0;  // bytes in TokenizedText::folded, unless lower_is_raw
  std::uint32_t sentence = 0;  // rough sentence index: enough to bound currency inheritance
  TokenKind kind = TokenKind::punct;
  bool glued = false;       // no space between this token and the previous one
  bool after_break = false;  // a line break separates it from the previous token
  bool lower_is_raw = false;  // no capital nor character beyond ASCII: the token is its own fold
};

// A line of the text as a run of tokens: tables and aligned columns are read line by line.
struct TokenLine {
  std::uint32_t begin = 0, end = 0;  // tokens
  bool has_bar = false;  // a "|" cuts it into cells
};

struct TokenizedText {
  std::string_view text;
  std::string folded;  // lower-cased copy of every token that is not its own fold, back to back
  std::vector<Token> tokens;
  std::vector<TokenLine> lines;  // every line that holds a token, in order
  // Per token, the lexicon entries that start with it, or null; filled by Lexicon::look_up_words
  // so that each word is hashed once, not once per question asked.
  std::vector<const WordEntries*> entries;

  std::string_view raw(const Token& t) const { return text.substr(t.begin, t.end - t.begin); }
  std::string_view lower(const Token& t) const {
    if (t.lower_is_raw) return raw(t);
    return std::string_view(folded).substr(t.folded_begin, t.folded_end - t.folded_begin);
  }
};

// Tokenises `text` into `out` (its buffers are reused). Linear in the text's length.
void tokenize(std::string_view text, TokenizedText& out);

}  // namespace finex::money
