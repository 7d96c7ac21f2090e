#include "segment/language_identifier.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace finex {

namespace {

// Function words are typically 30-50% of the words of news prose: a language that recognises a
// fifth of them fits fully.
constexpr double kFullFitShare = 0.2;
// Recognised words needed before the count stops limiting the confidence (1 - e^-n/k).
constexpr double kEvidenceScale = 4.0;
// Reading stops early once the leader has this many recognised words and this many times the
// runner-up's score: the rest of the article would not change the answer.
constexpr int kDecisiveHits = 40;
constexpr double kDecisiveLead = 3.0;

// An ASCII letter in lowercase, 0 for any other ASCII character.
constexpr std::array<char, 128> kAsciiLower = [] {
  std::array<char, 128> out{};
  for (int c = 'a'; c <= 'z'; ++c) out[static_cast<std::size_t>(c)] = out[static_cast<std::size_t>(c - 'a' + 'A')] = static_cast<char>(c);
  return out;
}();

// The ASCII letters that open the word at text[i], at most sixteen, written in lower case to
// `out` (sixteen bytes written); `whole` when a byte of ASCII other than a letter ends the word
// after them. The rest of a word is read letter by letter.
std::size_t ascii_letters_at(std::string_view text, std::size_t i, char* out, bool& whole) {
  whole = false;
#if defined(__SSE2__)
  if (i + 16 > text.size()) return 0;
  const __m128i sixteen = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
  const __m128i lower = _mm_or_si128(sixteen, _mm_set1_epi8(0x20));
  // (b | 0x20) - 'a' < 26, unsigned, as a signed comparison shifted by 128.
  const __m128i letters = _mm_cmplt_epi8(_mm_sub_epi8(lower, _mm_set1_epi8(static_cast<char>('a' + 128))),
                                         _mm_set1_epi8(static_cast<char>(26 - 128)));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), lower);
  const auto others = ~static_cast<unsigned>(_mm_movemask_epi8(letters)) & 0xFFFFu;
  if (others == 0) return 16;
  const auto run = static_cast<std::size_t>(__builtin_ctz(others));
  whole = static_cast<unsigned char>(text[i + run]) < 0x80;  // else a letter may follow
  return run;
#else
  (void)text, (void)i, (void)out;
  return 0;
#endif
}

}  // namespace

LanguageIdentifier::LanguageIdentifier(const std::vector<std::string>& languages,
                                       const LanguagePacks& packs)
    : languages_(languages), words_(packs) {
  // words_ is declared after languages_, so the default is filled in once it is built.
  if (languages_.empty()) languages_ = words_.languages();
  for (const std::string& code : languages_) candidates_ |= words_.mask_of(code);
}

LanguageGuess LanguageIdentifier::identify(std::string_view text) const {
  bool stopped = false;
  return read(text, stopped);
}

std::optional<LanguageGuess> LanguageIdentifier::identify_early(std::string_view start) const {
  bool stopped = false;
  LanguageGuess guess = read(start, stopped);
  if (stopped) return guess;
  return std::nullopt;
}

LanguageGuess LanguageIdentifier::read(std::string_view text, bool& stopped) const {
  if (candidates_ == 0) return {};
  text = text.substr(0, kWindowBytes);  // a cut character is no letter: it ends the last word

  std::array<double, 32> score{};
  std::array<int, 32> hits{};
  int words = 0;
  FoldBuffer buffer_one;
  auto decided = [&] {
    double first = 0.0, second = 0.0;
    int first_hits = 0;
    for (std::size_t b = 0; b < score.size(); ++b) {
      if (score[b] > first) second = first, first = score[b], first_hits = hits[b];
      else second = std::max(second, score[b]);
    }
    return first_hits >= kDecisiveHits && first >= kDecisiveLead * second;
  };
  // Each word is folded into `word` as it is read, then hashed eight bytes at a time (what
  // fold_word and FunctionWords::find do one after the other). A fold longer than the longest
  // listed word is in no list: it is not kept, only read to its end. Most words are a few ASCII
  // letters, folded sixteen at a time where SSE2 is at hand.
  const std::array<ShortLetter, 0x800>& short_table = short_letters();
  const std::size_t keep = std::min(kMaxFoldedWord, words_.longest());
  std::array<char, kMaxFoldedWord + 8> word{};  // the fold, then zeros for the hash
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    const auto first = static_cast<unsigned char>(text[i]);
    if (first < 0x80 ? kAsciiLower[first] == 0 : letter_length(text, i) == 0) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    bool whole = false;
    const std::size_t run = ascii_letters_at(text, i, word.data(), whole);
    std::size_t folded = std::min(run, keep);  // bytes of the fold in `word`
    bool fits = run <= keep;
    i += run;
    if (!whole) {
      auto append = [&](const char* bytes, std::size_t count) {
        if (folded + count > keep) {
          fits = false;
          return;
        }
        for (std::size_t k = 0; k < count; ++k) word[folded++] = bytes[k];
      };
      while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
          const char lower = kAsciiLower[c];
          if (lower == 0) break;
          if (folded < keep) word[folded++] = lower;
          else fits = false;
          ++i;
        } else if (const std::int32_t cp = two_byte_code_point(text, i); cp >= 0) {
          const ShortLetter& entry = short_table[static_cast<std::size_t>(cp)];
          if (!entry.letter) break;
          if (fits) append(entry.fold.data(), entry.fold_length);
          i += 2;
        } else {
          const std::size_t length = non_ascii_letter_length(text, i);
          if (length == 0) break;
          // One code point: its fold always fits the buffer.
          if (fits) {
            const std::string_view piece = fold_word(text.substr(i, length), buffer_one);
            append(piece.data(), piece.size());
          }
          i += length;
        }
      }
    }
    if (++words % 64 == 0 && decided()) {
      stopped = true;
      break;
    }
    if (i - begin > words_.longest() || !fits) continue;
    // Every language scores, candidates or not, so that the confidence can tell when the text
    // fits a language outside the restriction better.
    std::memset(word.data() + folded, 0, 8);
    const LanguageMask found = words_.find_padded(word.data(), folded, hash_padded_word(word.data(), folded));
    if (found == 0) continue;
    // A word shared by k languages tells less: "de" is French, Spanish, Portuguese and Dutch.
    int sharing = 0;
    for (LanguageMask m = found; m != 0; m &= m - 1) ++sharing;
    const double weight = 1.0 / sharing;
    for (LanguageMask m = found; m != 0; m &= m - 1) {
      const int bit = std::countr_zero(m);
      score[static_cast<std::size_t>(bit)] += weight;
      ++hits[static_cast<std::size_t>(bit)];
    }
  }

  std::size_t best = 0;
  double best_score = 0.0;
  for (std::size_t b = 0; b < score.size(); ++b) {
    if (((candidates_ >> b) & 1) != 0 && score[b] > best_score) best = b, best_score = score[b];
  }
  std::size_t rival = best;
  double rival_score = 0.0;
  for (std::size_t b = 0; b < score.size(); ++b)
    if ((b != best || best_score <= 0.0) && score[b] > rival_score)
      rival = b, rival_score = score[b];
  std::string better_fit;
  if (rival_score > best_score && ((candidates_ >> rival) & 1) == 0)
    better_fit = words_.languages()[rival];
  if (best_score <= 0.0) return {{}, 0.0, 0, std::move(better_fit)};

  const double margin = std::max(0.0, (best_score - rival_score) / best_score);
  const double fit = std::min(1.0, hits[best] / (kFullFitShare * words));
  const double evidence = 1.0 - std::exp(-hits[best] / kEvidenceScale);
  return {words_.languages()[best], std::clamp(margin * fit * evidence, 0.0, 1.0), hits[best],
          std::move(better_fit)};
}

}  // namespace finex
