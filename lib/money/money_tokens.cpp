#include "money/money_tokens.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>

#include "text/case_fold.h"
#include "text/code_points.h"

namespace finex::money {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_letter(utf8proc_int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  const auto cat = category_of(cp);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME);
}

bool is_currency_symbol(utf8proc_int32_t cp) {
  return cp == '$' || (cp >= 0x80 && category_of(cp) == UTF8PROC_CATEGORY_SC);
}

std::size_t digit_run(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && is_digit(s[j])) ++j;
  return j - i;
}

// End of a number starting at `i`. Separators stay inside only when a digit follows, so "2022."
// ends before the full stop. A space joins exactly-three-digit groups ("1 234 567") only while
// the number so far is plain groups, since "in 2021 500 firms" must stay two numbers.
std::size_t number_end(std::string_view s, std::size_t i) {
  std::size_t j = i + digit_run(s, i);
  const bool short_head = j - i <= 3;
  bool spaced_groups_only = true;
  while (j + 1 < s.size()) {
    const char c = s[j];
    if ((c == '.' || c == ',' || c == '\'') && is_digit(s[j + 1])) {
      if (c != '\'') spaced_groups_only = false;
      j += 1 + digit_run(s, j + 1);
    } else if (s.compare(j, 3, "\xE2\x80\x99") == 0 && j + 3 < s.size() && is_digit(s[j + 3])) {
      j += 3 + digit_run(s, j + 3);  // "1’240’000": the Swiss apostrophe, typeset
    } else if (c == ' ' && short_head && spaced_groups_only && digit_run(s, j + 1) == 3 &&
               (j + 4 >= s.size() || !is_digit(s[j + 4]))) {
      j += 4;
    } else {
      break;
    }
  }
  // "10 000,- Kč", "500.- Fr.": a dash in place of the decimals ends the number.
  if (j + 1 < s.size() && (s[j] == ',' || s[j] == '.') && s[j + 1] == '-' &&
      (j + 2 == s.size() || !is_digit(s[j + 2])))
    j += 2;
  return j;
}

// ASCII lower case as a table, for the byte loop that folds tokens.
constexpr std::array<unsigned char, 128> kLower = [] {
  std::array<unsigned char, 128> table{};
  for (int c = 0; c < 128; ++c) table[static_cast<std::size_t>(c)] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return table;
}();

// What a byte starts, answered from a table: most of the text is ASCII, which needs no decoding.
enum class ByteKind : std::uint8_t { space, line_break, digit, small_letter, capital, mark, multibyte };

constexpr std::array<ByteKind, 256> kByteKind = [] {
  std::array<ByteKind, 256> table{};
  for (int c = 0; c < 256; ++c) {
    ByteKind k = ByteKind::mark;
    if (c >= 0x80) k = ByteKind::multibyte;
    else if (c == ' ' || c == '\t' || c == '\r') k = ByteKind::space;
    else if (c == '\n') k = ByteKind::line_break;
    else if (c >= '0' && c <= '9') k = ByteKind::digit;
    else if (c >= 'a' && c <= 'z') k = ByteKind::small_letter;
    else if (c >= 'A' && c <= 'Z') k = ByteKind::capital;
    table[static_cast<std::size_t>(c)] = k;
  }
  return table;
}();

ByteKind kind_of(char c) { return kByteKind[static_cast<unsigned char>(c)]; }

bool ends_sentence(std::string_view mark) { return mark == "." || mark == "!" || mark == "?"; }

// End of the word whose first letter ends at `i`: letters, ASCII ones without decoding.
// `folds` tells whether the word has a capital or a letter beyond ASCII, whose fold may differ.
std::size_t word_end(std::string_view text, std::size_t i, bool& folds) {
  while (i < text.size()) {
    const ByteKind k = kind_of(text[i]);
    if (k == ByteKind::small_letter) {
      ++i;
    } else if (k == ByteKind::capital) {
      folds = true;
      ++i;
    } else if (k == ByteKind::multibyte) {
      std::size_t l = 0;
      if (!is_letter(code_point_at(text, i, l))) break;
      folds = true;
      i += l;
    } else {
      break;
    }
  }
  return i;
}

// Appends the case fold of `raw` to `folded`, code point by code point. Its ASCII head is
// copied at once and lower-cased in place, through a pointer (writes through the string's
// operator[] reload its size at every byte); the rest, from the first longer character, goes
// code point by code point.
void append_fold(std::string_view raw, std::string& folded) {
  const std::size_t begin = folded.size();
  folded.append(raw);
  char* const copy = folded.data() + begin;
  std::size_t head = 0;
  for (; head < raw.size(); ++head) {
    const auto a = static_cast<unsigned char>(raw[head]);
    if (a >= 0x80) break;
    copy[head] = static_cast<char>(kLower[a]);
  }
  if (head == raw.size()) return;
  folded.resize(begin + head);
  for (std::size_t k = head; k < raw.size();) {
    const char a = raw[k];
    if (static_cast<unsigned char>(a) < 0x80) {
      folded.push_back(static_cast<char>(kLower[static_cast<unsigned char>(a)]));
      ++k;
      continue;
    }
    std::size_t l = 0;
    const utf8proc_int32_t cp = code_point_at(raw, k, l);
    if (cp == 0x2019) {
      folded.push_back('\'');  // "d’euros" reads as "d'euros" even before normalisation
    } else if (const std::int32_t f = fold_code_point(cp); f >= 0x80 && f < 0x800) {
      // Latin, Greek and Cyrillic letters fold to two bytes, written here.
      const char two[2] = {static_cast<char>(0xC0 | f >> 6), static_cast<char>(0x80 | (f & 0x3F))};
      folded.append(two, 2);
    } else {
      utf8proc_uint8_t buf[4];
      const auto n = utf8proc_encode_char(f, buf);
      folded.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    }
    k += l;
  }
}

bool has_multibyte(std::string_view s) {
  for (const char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

}  // namespace

void tokenize(std::string_view text, TokenizedText& out) {
  out.text = text;
  out.folded.clear();
  out.tokens.clear();
  out.lines.clear();
  out.entries.clear();
  out.folded.reserve(text.size());
  // Room for a token in three bytes, reserved rather than grown: a long text's tokens are never
  // copied into a larger buffer (which held three times their size for a moment), and pages
  // not filled take no memory.
  out.tokens.reserve(text.size() / 3 + 1);
  std::uint32_t sentence = 0;
  bool glued = false, after_break = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const ByteKind kind = kind_of(text[i]);
    if (kind == ByteKind::space || kind == ByteKind::line_break) {
      if (kind == ByteKind::line_break) after_break = true;
      glued = false;
      ++i;
      continue;
    }
    // Filled in place: a Token built aside and copied in cost a store-forwarding stall per token.
    const bool first = out.tokens.empty();
    Token& t = out.tokens.emplace_back();
    t.begin = static_cast<std::uint32_t>(i);
    if (first || after_break) {
      const auto index = static_cast<std::uint32_t>(out.tokens.size() - 1);
      if (!first) out.lines.back().end = index;
      out.lines.push_back({index, index, false});
    }
    // Whether the token's fold may differ from it: a capital, or a character beyond ASCII.
    bool folds = false;
    if (kind == ByteKind::digit) {
      t.kind = TokenKind::number;
      i = number_end(text, i);
      folds = has_multibyte(text.substr(t.begin, i - t.begin));  // "1’240’000"
    } else if (kind == ByteKind::small_letter || kind == ByteKind::capital) {
      t.kind = TokenKind::word;
      folds = kind == ByteKind::capital;
      i = word_end(text, i + 1, folds);
    } else if (kind == ByteKind::mark) {
      t.kind = text[i] == '$' ? TokenKind::symbol : TokenKind::punct;
      if (text[i] == '|') out.lines.back().has_bar = true;
      ++i;
    } else {
      std::size_t length = 0;
      const utf8proc_int32_t cp = code_point_at(text, i, length);
      folds = true;
      if (is_letter(cp)) {
        t.kind = TokenKind::word;
        i = word_end(text, i + length, folds);
      } else {
        t.kind = is_currency_symbol(cp) ? TokenKind::symbol : TokenKind::punct;
        i += length;
      }
    }
    t.end = static_cast<std::uint32_t>(i);
    t.glued = glued;
    t.after_break = after_break;
    if (!first) {
      const Token& prev = out.tokens[out.tokens.size() - 2];
      if (after_break || (!t.glued && kind != ByteKind::small_letter && t.kind == TokenKind::word &&
                          ends_sentence(out.raw(prev))))
        ++sentence;
    }
    t.sentence = sentence;
    // Most tokens (small words, numbers, marks) fold to themselves: their fold is the text.
    t.lower_is_raw = !folds;
    if (folds) {
      t.folded_begin = static_cast<std::uint32_t>(out.folded.size());
      append_fold(out.raw(t), out.folded);
      t.folded_end = static_cast<std::uint32_t>(out.folded.size());
    }
    glued = true;
    after_break = false;
  }
  if (!out.lines.empty()) out.lines.back().end = static_cast<std::uint32_t>(out.tokens.size());
}

}  // namespace finex::money
