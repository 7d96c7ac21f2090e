#include "money/money_tokens.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>

#include "text/case_fold.h"
#include "text/code_points.h"

namespace finex::money {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

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

bool ends_sentence(std::string_view mark) { return mark == "." || mark == "!" || mark == "?"; }

}  // namespace

void tokenize(std::string_view text, TokenizedText& out) {
  out.text = text;
  out.folded.clear();
  out.tokens.clear();
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
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      if (c == '\n') after_break = true;
      glued = false;
      ++i;
      continue;
    }
    // Filled in place: a Token built aside and copied in cost a store-forwarding stall per token.
    const bool first = out.tokens.empty();
    Token& t = out.tokens.emplace_back();
    t.begin = static_cast<std::uint32_t>(i);
    std::size_t length = 0;
    if (is_digit(c)) {
      t.kind = TokenKind::number;
      i = number_end(text, i);
    } else {
      const utf8proc_int32_t cp = code_point_at(text, i, length);
      if (is_letter(cp)) {
        t.kind = TokenKind::word;
        i += length;
        while (i < text.size()) {
          if (is_ascii_letter(text[i])) {  // most letters: no decoding
            ++i;
            continue;
          }
          std::size_t l = 0;
          if (!is_letter(code_point_at(text, i, l))) break;
          i += l;
        }
      } else {
        t.kind = is_currency_symbol(cp) ? TokenKind::symbol : TokenKind::punct;
        i += length;
      }
    }
    t.end = static_cast<std::uint32_t>(i);
    t.glued = glued && !first;
    t.after_break = after_break;
    if (!first) {
      const Token& prev = out.tokens[out.tokens.size() - 2];
      const bool lower_start = text[t.begin] >= 'a' && text[t.begin] <= 'z';
      if (after_break || (!t.glued && !lower_start && t.kind == TokenKind::word &&
                          ends_sentence(out.raw(prev))))
        ++sentence;
    }
    t.sentence = sentence;
    // Fold case code point by code point; the folded copy keeps token boundaries. The token is
    // copied at once and its ASCII head lower-cased in place, through a pointer (writes through
    // the string's operator[] reload its size at every byte); the rest, from the first longer
    // character, goes code point by code point.
    t.folded_begin = static_cast<std::uint32_t>(out.folded.size());
    const std::string_view raw = text.substr(t.begin, t.end - t.begin);
    out.folded.append(raw);
    char* const copy = out.folded.data() + t.folded_begin;
    std::size_t head = 0;
    for (; head < raw.size(); ++head) {
      const auto a = static_cast<unsigned char>(raw[head]);
      if (a >= 0x80) break;
      copy[head] = static_cast<char>(kLower[a]);
    }
    if (head < raw.size()) out.folded.resize(t.folded_begin + head);
    for (std::size_t k = t.begin + head; k < t.end;) {
      const char a = text[k];
      if (static_cast<unsigned char>(a) < 0x80) {
        out.folded.push_back(a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a);
        ++k;
        continue;
      }
      std::size_t l = 0;
      const utf8proc_int32_t cp = code_point_at(text, k, l);
      if (cp == 0x2019) {
        out.folded.push_back('\'');  // "d’euros" reads as "d'euros" even before normalisation
      } else if (const std::int32_t f = fold_code_point(cp); f >= 0x80 && f < 0x800) {
        // Latin, Greek and Cyrillic letters fold to two bytes, written here.
        const char two[2] = {static_cast<char>(0xC0 | f >> 6), static_cast<char>(0x80 | (f & 0x3F))};
        out.folded.append(two, 2);
      } else {
        utf8proc_uint8_t buf[4];
        const auto n = utf8proc_encode_char(f, buf);
        out.folded.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
      }
      k += l;
    }
    t.folded_end = static_cast<std::uint32_t>(out.folded.size());
    glued = true;
    after_break = false;
  }
}

}  // namespace finex::money
