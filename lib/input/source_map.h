#pragma once
// Maps byte offsets of a decoded text (UTF-8 made from another encoding, or the visible text of
// an HTML page) back to byte offsets of the bytes it was read from.
//
// A piece is a run of equal units: each `out_unit` bytes of the decoded text came from
// `orig_unit` bytes of the source. ASCII read from UTF-16 is a run of (1, 2) units, Greek read
// from ISO-8859-7 a run of (2, 1); a character reference ("&euro;") is one unit of (3, 6); a
// line break put between two HTML blocks is a unit that came from no bytes at all. Runs of the
// same shape that continue each other are one piece, so the map grows with the number of
// changes of shape, not with the length of the text.
//
// THREAD SAFETY: const methods only read. COST: lookups are binary searches over the pieces.
#include <cstddef>
#include <vector>

#include "finex/result.h"

namespace finex {

class SourceMap {
 public:
  struct Piece {
    std::size_t out_begin, orig_begin, out_len, orig_len, out_unit, orig_unit;
  };
  // Appends `units` units of `out_unit` decoded bytes, each read from `orig_unit` source bytes
  // starting at `orig_begin`, after the last piece.
  void add(std::size_t orig_begin, std::size_t out_unit, std::size_t orig_unit,
           std::size_t units = 1);

  // The source offset where the decoded character starting at `out` begins.
  std::size_t original_begin(std::size_t out) const;
  // The source offset where the decoded character ending at `out` ends.
  std::size_t original_end(std::size_t out) const;
  Span to_original(Span decoded) const;
  std::size_t decoded_size() const;
  const std::vector<Piece>& pieces() const { return pieces_; }

 private:
  std::vector<Piece> pieces_;
};

}  // namespace finex
