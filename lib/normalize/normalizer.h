#pragma once
// Normalisation: raw bytes in, one canonical UTF-8 string out, with a map back to the original
// bytes so every span found in the normalised text can be reported against the caller's input.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "finex/result.h"

namespace finex {

// Maps byte offsets of the normalised text back to byte offsets of the original input.
class OffsetMap {
 public:
  // One piece of the text: `norm_len` bytes at `norm_begin` came from `orig_len` bytes at
  // `orig_begin`. A piece copied unchanged maps byte for byte; a rewritten piece (a ligature,
  // a fullwidth digit, a collapsed space run) maps only as a whole.
  struct Piece {
    std::size_t norm_begin, orig_begin, norm_len, orig_len;
    bool copied;
  };
  void add(std::size_t norm_len, std::size_t orig_begin, std::size_t orig_len, bool copied);
  std::size_t original_begin(std::size_t norm_offset) const;
  std::size_t original_end(std::size_t norm_offset) const;
  Span to_original(Span normalized) const;
  std::size_t normalized_size() const;

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

}  // namespace finex
