#pragma once
// Long texts read in pieces. A stage whose working data takes several times the bytes it reads
// (a token per word) reads a text longer than an article piece by piece, so that its memory is
// a fixed amount rather than a multiple of the text. Pieces end at a line break, which no amount
// or name crosses; what a piece cannot see is the context of the piece before it, a matter of
// texts far longer than any article (an article is one piece, read as before).
#include <cstddef>
#include <string_view>

namespace finex {

inline constexpr std::size_t kTextPieceBytes = std::size_t{1} << 20;

// The end of the piece of `text` that starts at `begin`: just after the first line break at
// least kTextPieceBytes on, or the end of the text.
inline std::size_t text_piece_end(std::string_view text, std::size_t begin) {
  if (text.size() - begin <= kTextPieceBytes) return text.size();
  const std::size_t line_break = text.find('\n', begin + kTextPieceBytes);
  return line_break == std::string_view::npos ? text.size() : line_break + 1;
}

}  // namespace finex
