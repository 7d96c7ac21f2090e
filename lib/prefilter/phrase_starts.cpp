#include "prefilter/phrase_starts.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/code_points.h"
#include "text/phrase_matcher.h"

namespace finex::prefilter {
namespace {

using Symbol = StartSymbols::Symbol;

bool is_ascii_letter(unsigned char b) { return static_cast<unsigned char>((b | 0x20) - 'a') < 26; }

// ASCII letters by their place in the alphabet, case aside, then the space: the bytes of most
// words' starts. kOther for any other byte.
constexpr unsigned kLetters = 27, kOther = 27;
constexpr std::array<std::uint8_t, 256> kLetterIndex = [] {
  std::array<std::uint8_t, 256> out{};
  for (unsigned b = 0; b < 256; ++b) out[b] = kOther;
  for (unsigned l = 0; l < 26; ++l) out['a' + l] = out['A' + l] = static_cast<std::uint8_t>(l);
  out[' '] = 26;
  return out;
}();

// The symbol of the character at raw[i] and its length; an invalid byte (a one-byte U+FFFD)
// is kAny: the pattern decides.
Symbol symbol_at(const StartSymbols& symbols, std::string_view raw, std::size_t i, std::size_t& length) {
  const std::int32_t c = code_point_at(raw, i, length);
  return c == 0xFFFD && length == 1 ? StartSymbols::kAny : symbols.of(static_cast<char32_t>(c));
}

// The characters of two bytes that are word characters (is_word_char): letters, marks and
// digits of Latin, Greek and Cyrillic, by code point.
const std::array<bool, 0x800>& two_byte_word_chars() {
  static const std::array<bool, 0x800> table = [] {
    std::array<bool, 0x800> out{};
    for (std::int32_t c = 0x80; c < 0x800; ++c) out[static_cast<std::size_t>(c)] = is_word_char(c);
    return out;
  }();
  return table;
}

}  // namespace

void StartSymbols::admit(char32_t raw, Symbol symbol) {
  Symbol& slot = raw < kShort ? short_[raw] : long_[raw];
  slot = slot == kNone || slot == symbol ? symbol : kAny;
  if (symbol >= count_) count_ = symbol + 1u;
}

namespace {

std::uint64_t child_key(std::int32_t node, Symbol s) { return (std::uint64_t(node + 1) << 16) | s; }
std::size_t child_hash(std::uint64_t key) { return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32); }

}  // namespace

void PhraseStarts::add(const std::vector<Symbol>& start) {
  if (start.empty()) return;
  if (root_.size() < symbols_.count()) root_.resize(symbols_.count(), -1);
  std::int32_t node = -1;
  for (const Symbol s : start) {
    std::int32_t& next = node < 0 ? root_[s] : children_.try_emplace(child_key(node, s), -1).first->second;
    if (next < 0) {
      next = static_cast<std::int32_t>(complete_.size());
      complete_.push_back(false);
    }
    node = next;
  }
  complete_[static_cast<std::size_t>(node)] = true;
}

std::int32_t PhraseStarts::child(std::int32_t node, Symbol s) const {
  if (node < 0) return s < root_.size() ? root_[s] : -1;
  const std::uint64_t key = child_key(node, s);
  const std::size_t mask = child_slots_.size() - 1;
  for (std::size_t i = child_hash(key) & mask;; i = (i + 1) & mask) {
    if (child_slots_[i].first == key) return child_slots_[i].second;
    if (child_slots_[i].first == 0) return -1;
  }
}

void PhraseStarts::freeze() {
  std::size_t size = 16;
  while (size < 2 * children_.size()) size *= 2;
  child_slots_.assign(size, {0, -1});
  for (const auto& [key, node] : children_) {
    std::size_t i = child_hash(key) & (size - 1);
    while (child_slots_[i].first != 0) i = (i + 1) & (size - 1);
    child_slots_[i] = {key, node};
  }
  word_chars_ = &two_byte_word_chars();
  root_.resize(symbols_.count(), -1);
  first_.assign(root_.size(), 0);
  for (std::size_t s = 0; s < root_.size(); ++s) first_[s] = root_[s] >= 0;
  first_[StartSymbols::kAny] = 1;
  for (unsigned b = 0; b < 128; ++b) {
    ascii_first_[b] = first_[symbols_.of(b)] != 0;
    if (ascii_first_[b] && !is_ascii_letter(static_cast<unsigned char>(b))) ascii_other_first_ = true;
  }
  fill_letter_tables();
}

void PhraseStarts::fill_letter_tables() {
  letter_triples_.assign((kLetters * kLetters * kLetters + 63) / 64, 0);
  letter_quads_.assign((kLetters * kLetters * kLetters * kLetters + 63) / 64, 0);
  const auto set = [](std::vector<std::uint64_t>& bits, unsigned index) {
    bits[index / 64] |= std::uint64_t{1} << (index % 64);
  };
  // Each letter in both cases, which the classes may count as different symbols.
  std::array<std::vector<Symbol>, kLetters> cases;
  for (unsigned l = 0; l < 26; ++l) {
    cases[l] = {symbols_.of('a' + l)};
    if (symbols_.of('A' + l) != cases[l][0]) cases[l].push_back(symbols_.of('A' + l));
  }
  cases[26] = {StartSymbols::kSpace};
  const auto symbols_of = [&](unsigned l) -> const std::vector<Symbol>& { return cases[l]; };
  // A start that may be whole after fewer symbols (kAny, or complete) is `open`: any bytes may
  // follow. A space after a space stays where the first one led: the pattern takes a run.
  constexpr std::int32_t open = -2;
  const auto step = [&](std::int32_t node, Symbol before, Symbol s) {
    if (node == open || s == StartSymbols::kAny) return open;
    if (s == StartSymbols::kSpace && before == StartSymbols::kSpace) return node;
    const std::int32_t next = child(node, s);
    return next >= 0 && complete_[static_cast<std::size_t>(next)] ? open : next;
  };
  for (unsigned l0 = 0; l0 < 26; ++l0)
    for (const Symbol s0 : symbols_of(l0)) {
      const std::int32_t n1 = step(-1, StartSymbols::kNone, s0);
      if (n1 == -1) continue;
      for (unsigned l1 = 0; l1 < kLetters; ++l1)
        for (const Symbol s1 : symbols_of(l1)) {
          const std::int32_t n2 = step(n1, s0, s1);
          if (n2 == -1) continue;
          for (unsigned l2 = 0; l2 < kLetters; ++l2)
            for (const Symbol s2 : symbols_of(l2)) {
              const std::int32_t n3 = step(n2, s1, s2);
              if (n3 == -1) continue;
              const unsigned triple = (l0 * kLetters + l1) * kLetters + l2;
              set(letter_triples_, triple);
              for (unsigned l3 = 0; l3 < kLetters; ++l3)
                for (const Symbol s3 : symbols_of(l3))
                  if (step(n3, s2, s3) != -1) set(letter_quads_, triple * kLetters + l3);
            }
        }
    }
}

// Inline in next(): the look-up of most words.
inline bool PhraseStarts::ascii_may_open(std::string_view raw, std::size_t i) const {
  if (!ascii_first_[static_cast<unsigned char>(raw[i])]) return false;
  if (i + 3 > raw.size()) return true;
  const unsigned l0 = kLetterIndex[static_cast<unsigned char>(raw[i])];
  const unsigned l1 = kLetterIndex[static_cast<unsigned char>(raw[i + 1])];
  const unsigned l2 = kLetterIndex[static_cast<unsigned char>(raw[i + 2])];
  if (l0 == kOther || l1 == kOther || l2 == kOther) return true;  // looked at whole
  const unsigned triple = (l0 * kLetters + l1) * kLetters + l2;
  if (((letter_triples_[triple / 64] >> (triple % 64)) & 1) == 0) return false;
  const unsigned l3 = i + 3 < raw.size() ? kLetterIndex[static_cast<unsigned char>(raw[i + 3])] : kOther;
  if (l3 == kOther) return true;
  const unsigned quad = triple * kLetters + l3;
  return ((letter_quads_[quad / 64] >> (quad % 64)) & 1) != 0;
}

bool PhraseStarts::may_begin_at(std::string_view raw, std::size_t i) const {
  const auto b = static_cast<unsigned char>(raw[i]);
  if (b < 0x80) {
    if (!ascii_may_open(raw, i)) return false;
  } else {
    std::size_t length = 0;
    if (!first_[symbol_at(symbols_, raw, i, length)]) return false;
  }
  return may_continue_at(raw, i);
}

bool PhraseStarts::may_continue_at(std::string_view raw, std::size_t i) const {
  std::int32_t node = -1;
  for (std::size_t depth = 0; depth < kLength;) {
    if (i >= raw.size()) return false;
    std::size_t length = 1;
    const auto b = static_cast<unsigned char>(raw[i]);
    const Symbol s = b < 0x80 ? symbols_.of(b) : symbol_at(symbols_, raw, i, length);
    if (s == StartSymbols::kAny) return true;
    i += length;
    if (s == StartSymbols::kSkip && node >= 0) continue;  // "s'est", "l-a": as the start was made
    node = child(node, s);
    if (node < 0) return false;
    if (complete_[static_cast<std::size_t>(node)]) return true;
    ++depth;
    // The pattern takes any run of spaces between two words.
    if (s == StartSymbols::kSpace)
      while (i < raw.size() && symbol_at(symbols_, raw, i, length) == StartSymbols::kSpace) i += length;
  }
  return true;  // no start is longer than kLength: not reached
}

// Whether the character that ends just before raw[i] (i >= 1) is a word character of two bytes
// or an ASCII digit: a phrase starts no word there (the phrase matcher opens words after a
// character that is no word character), however the scan's first look counted it.
inline bool PhraseStarts::inside_word(std::string_view raw, std::size_t i) const {
  const auto last = static_cast<unsigned char>(raw[i - 1]);
  if (last < 0x80) return last >= '0' && last <= '9';
  if ((last & 0xC0) != 0x80 || i < 2) return false;
  const auto lead = static_cast<unsigned char>(raw[i - 2]);
  return lead >= 0xC2 && lead <= 0xDF && (*word_chars_)[((lead & 0x1Fu) << 6) | (last & 0x3Fu)];
}

std::size_t PhraseStarts::next(std::string_view raw, std::size_t i) const {
  const std::size_t n = raw.size();
  if (first_.empty() || i >= n) return std::string_view::npos;
  if (i == 0) {
    if (may_begin_at(raw, 0)) return 0;
    i = 1;
    if (i == n) return std::string_view::npos;
  }
#if defined(__SSE2__)
  // Sixteen bytes at a time, the places where a word may start: an ASCII letter or the first
  // byte of any other character, not after an ASCII letter.
  if (!ascii_other_first_) {
    const __m128i case_bit = _mm_set1_epi8(0x20), a = _mm_set1_epi8(static_cast<char>('a' + 128));
    const __m128i letters = _mm_set1_epi8(static_cast<char>(26 - 128));
    const __m128i lead = _mm_set1_epi8(static_cast<char>(0xC0));
    const auto letter = [&](__m128i v) {
      // (v | 0x20) - 'a' < 26, unsigned, as a signed comparison shifted by 128.
      return _mm_cmplt_epi8(_mm_sub_epi8(_mm_or_si128(v, case_bit), a), letters);
    };
    while (i + 16 <= n) {
      const __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i*>(raw.data() + i));
      const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i*>(raw.data() + i - 1));
      const __m128i opens = _mm_or_si128(letter(here), _mm_cmpeq_epi8(_mm_and_si128(here, lead), lead));
      auto starts = static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(letter(before), opens)));
      for (; starts != 0; starts &= starts - 1) {
        const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(starts));
        if (inside_word(raw, at)) continue;
        if (static_cast<unsigned char>(raw[at]) < 0x80 ? ascii_may_open(raw, at) && may_continue_at(raw, at)
                                                        : may_begin_at(raw, at))
          return at;
      }
      i += 16;
    }
  }
#endif
  bool after_letter = is_ascii_letter(static_cast<unsigned char>(raw[i - 1]));
  for (; i < n; ++i) {
    const auto b = static_cast<unsigned char>(raw[i]);
    const bool opens = !after_letter && (b < 0x80 ? ascii_first_[b] : (b & 0xC0) != 0x80);
    if (opens && !inside_word(raw, i) && may_begin_at(raw, i)) return i;
    after_letter = is_ascii_letter(b);
  }
  return std::string_view::npos;
}

}  // namespace finex::prefilter
