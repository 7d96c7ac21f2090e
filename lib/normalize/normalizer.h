#pragma once
// Normalisation: raw bytes in, one canonical UTF-8 string out, with a map back to the original
// bytes so every span found in the normalised text can be reported against the caller's input.
//
// What the canonical text looks like:
//   - valid UTF-8: each invalid sequence (stray byte, overlong form, encoded surrogate, truncated
//     sequence, byte above F4) becomes one U+FFFD per maximal ill-formed subpart and is counted;
//   - a leading byte order mark is dropped;
//   - NFKC (ligatures, fullwidth digits and signs, compatibility spaces);
//   - curly quotes, primes and low-9 quotes → ' or "; « » and ‹ › are kept, because they say which
//     side of the quotation they stand on and French or German text relies on that;
//   - every dash and minus sign → '-';
//   - soft hyphens, zero-width spaces and joiners, word joiners, BOMs inside text and direction
//     marks (every Default_Ignorable_Code_Point except variation selectors) are deleted;
//   - control characters other than line breaks count as spaces;
//   - a whitespace run becomes one ' ', or one '\n' when it holds a line break (CR LF, LF, CR,
//     NEL, LS, PS, VT, FF); several line breaks also give a single '\n', so a sentence splitter
//     sees every headline and paragraph edge without blank-line noise;
//   - in hard-wrapped text a single line break inside a paragraph becomes a space, so "€390\n
//     million" is one amount; headlines, paragraph edges, bullets and table rows keep their '\n'
//     (wrapped_lines.h says how a wrapped text and its paragraphs are told);
//   - a word broken after a hyphen at a line end ("Jean-\nPierre", "COVID-\n19", "well-\nknown")
//     keeps its hyphen and loses the break; between lowercase letters the language's rules
//     (HyphenRules) may say the hyphen only marked the break ("Aufsichts-\nbehörde" in German)
//     or that it stands for a word left out ("Bußgeld-\nund Zwangsgeld"); a soft hyphen before
//     the break joins when letters stand on both sides; a run with two line breaks is a
//     paragraph edge and never joins;
//   - leading and trailing whitespace is trimmed.
//
// Normalising the canonical text again changes nothing, except that its single '\n's (paragraph
// edges and lines alike) are read anew as the lines of a possibly wrapped text.
//
// THREAD SAFETY: normalize() is a pure function of its argument; call it from any thread.
// COST: linear in the input; ASCII runs are copied in bulk. The map holds one piece per place
// where the text changed, so its size follows the number of edits, not the length of the text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "finex/result.h"

namespace finex {

// Maps byte offsets of the normalised text back to byte offsets of the original input.
// Lookups are binary searches over the runs: O(log runs).
class OffsetMap {
 public:
  // One piece of the text: `norm_len` bytes at `norm_begin` came from `orig_len` bytes at
  // `orig_begin`. A piece copied unchanged maps byte for byte; a rewritten piece (a ligature,
  // a fullwidth digit, a collapsed space run) maps only as a whole. Bytes of the original that
  // lie between two pieces were deleted (soft hyphens, zero-width characters, trimmed spaces).
  struct Piece {
    std::size_t norm_begin, orig_begin, norm_len, orig_len;
    bool copied;
  };
  // Appends a piece after the last one; merges with it when the two continue each other.
  void add(std::size_t norm_len, std::size_t orig_begin, std::size_t orig_len, bool copied);
  // Forgets the last `norm_len` bytes of the normalised text (they were taken back).
  void remove_suffix(std::size_t norm_len);
  // Gives back the room reserved for runs that never came.
  void shrink_to_fit() { runs_.shrink_to_fit(); }

  // The original offset where the character starting at `norm_offset` begins; an offset inside
  // a rewritten piece widens to the start of that piece.
  std::size_t original_begin(std::size_t norm_offset) const;
  // The original offset where the character ending at `norm_offset` ends; an offset inside a
  // rewritten piece widens to the end of that piece. Deleted characters after it are excluded.
  std::size_t original_end(std::size_t norm_offset) const;
  Span to_original(Span normalized) const;
  std::size_t normalized_size() const { return size_; }
  // The pieces, in order (made on demand: the map keeps runs).
  std::vector<Piece> pieces() const;

 private:
  // Offsets are kept in 32 bits, as the runs are most of the map's memory: normalize() reads
  // at most kMaxNormalizedInput bytes, so neither text passes 4 GiB.
  using Offset = std::uint32_t;
  // A rewritten piece (`edit_norm` bytes from `edit_orig`, none when edit_norm is 0) and the
  // copied piece that follows it up to the next run, from the original byte right after it.
  // Text changes at every curly quote and paragraph edge: one record for the change and the
  // copy after it halves the map.
  struct Run {
    Offset norm_begin, orig_begin, edit_norm, edit_orig;
  };
  std::size_t copy_norm_begin(const Run& r) const { return std::size_t{r.norm_begin} + r.edit_norm; }
  std::size_t copy_orig_begin(const Run& r) const { return std::size_t{r.orig_begin} + r.edit_orig; }
  std::size_t run_end(std::size_t i) const {
    return i + 1 < runs_.size() ? runs_[i + 1].norm_begin : size_;
  }
  // The run holding byte `n` of the normalised text (n < size_).
  std::size_t run_at(std::size_t n) const;

  std::vector<Run> runs_;
  std::size_t size_ = 0;
};

// How one language reads a hyphen between lowercase letters at the end of a line
// (lib/data/<lang>/line_breaks.tsv). Without rules the hyphen stays: "well-\nknown" is more
// common in wrapped English than "regu-\nlator".
struct HyphenRules {
  // Compounds are written solid, so a hyphen there only splits a word: "regu-\nlator".
  bool join_lowercase = false;
  // Words after which the hyphen stands for a word left out ("Daten- und Verbraucherschutz"):
  // the break reads as a space. Lowercase.
  std::vector<std::string> suspension_words;

  bool is_suspension_word(std::string_view word) const;
};

struct NormalizedText {
  std::string text;  // NFKC, folded variants, single spaces; always valid UTF-8
  OffsetMap map;
  std::size_t invalid_sequences = 0;  // invalid UTF-8 sequences replaced by U+FFFD
  bool dropped_bom = false;
  std::size_t joined_lines = 0;  // line breaks of a hard-wrapped text read as spaces
  // Hyphens at a line end before a lowercase letter: how each reads depends on the HyphenRules.
  std::size_t hyphens_by_rule = 0;

  Span to_original(Span normalized) const { return map.to_original(normalized); }
};

// The most normalize() reads of its input (390 MB): NFKC writes at most 11 bytes for one byte
// (U+FDFA, 3 bytes, is 18 characters, 33 bytes), so the text and its map stay within 32-bit
// offsets. Far above Options::max_document_bytes; the extractor refuses longer documents.
constexpr std::size_t kMaxNormalizedInput = UINT32_MAX / 11;

// `hyphens`: the rules of the text's language, or none (every hyphen stays).
NormalizedText normalize(std::string_view input, const HyphenRules* hyphens = nullptr);

// Whether `input` is valid UTF-8 in the sense of normalize(): true when normalising it would
// replace nothing. Cost: one pass, ASCII eight bytes at a time.
bool is_valid_utf8(std::string_view input);

// The first offset at or after `at` where `input` may be cut so that normalising the part
// before the cut gives the beginning of what normalising the whole gives (the input's size when
// there is none): a printable ASCII character other than a hyphen stands before it and ASCII
// after it, so no pending space, joined hyphenation or composing mark crosses the cut. Line
// breaks aside: whether a text is hard-wrapped is decided on the whole, so a single line break
// may be a space in one and a '\n' in the other.
std::size_t prefix_cut(std::string_view input, std::size_t at);

}  // namespace finex
