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
//   - a word hyphenated across a line break is joined: "regu-\nlator" when a lowercase letter
//     stands on both sides (so "Jean-\nPierre" and "COVID-\n19" keep their hyphen), a soft
//     hyphen before the break when letters stand on both sides; a run with two line breaks is a
//     paragraph edge and never joins;
//   - leading and trailing whitespace is trimmed.
//
// THREAD SAFETY: normalize() is a pure function of its argument; call it from any thread.
// COST: linear in the input; ASCII runs are copied in bulk. The map holds one piece per place
// where the text changed, so its size follows the number of edits, not the length of the text.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "finex/result.h"

namespace finex {

// Maps byte offsets of the normalised text back to byte offsets of the original input.
// Lookups are binary searches over the pieces: O(log pieces).
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

  // The original offset where the character starting at `norm_offset` begins; an offset inside
  // a rewritten piece widens to the start of that piece.
  std::size_t original_begin(std::size_t norm_offset) const;
  // The original offset where the character ending at `norm_offset` ends; an offset inside a
  // rewritten piece widens to the end of that piece. Deleted characters after it are excluded.
  std::size_t original_end(std::size_t norm_offset) const;
  Span to_original(Span normalized) const;
  std::size_t normalized_size() const;
  const std::vector<Piece>& pieces() const { return pieces_; }

 private:
  std::vector<Piece> pieces_;
};

struct NormalizedText {
  std::string text;  // NFKC, folded variants, single spaces; always valid UTF-8
  OffsetMap map;
  std::size_t invalid_sequences = 0;  // invalid UTF-8 sequences replaced by U+FFFD
  bool dropped_bom = false;

  Span to_original(Span normalized) const { return map.to_original(normalized); }
};

NormalizedText normalize(std::string_view input);

// Whether `input` is valid UTF-8 in the sense of normalize(): true when normalising it would
// replace nothing. Cost: one pass, ASCII eight bytes at a time.
bool is_valid_utf8(std::string_view input);

// The first offset at or after `at` where `input` may be cut so that normalising the part
// before the cut gives the beginning of what normalising the whole gives (the input's size when
// there is none): a printable ASCII character other than a hyphen stands before it and ASCII
// after it, so no pending space, joined hyphenation or composing mark crosses the cut.
std::size_t prefix_cut(std::string_view input, std::size_t at);

}  // namespace finex
