#pragma once
// Whether raw bytes can be read as UTF-8 as they are: the question that decides between the
// fast path (the caller's bytes, no copy) and charset detection.
#include <cstddef>
#include <string_view>

namespace finex {

// True when `input` is strict UTF-8 (no overlong form, surrogate or value above U+10FFFF) and
// holds no NUL byte. COST: one pass, ASCII eight bytes at a time; it replaces the search for NUL
// bytes that every document needed anyway.
bool is_clean_utf8(std::string_view input);

struct Utf8Counts {
  std::size_t multibyte = 0;  // valid sequences of two bytes or more
  std::size_t invalid = 0;    // bytes that start no valid sequence
  bool nul = false;
};
// What a full pass finds, for input that is not clean: text in UTF-8 with a stray byte or a cut
// last character holds many valid multi-byte sequences and few invalid ones; text in a legacy
// 8-bit encoding holds almost none.
Utf8Counts count_utf8(std::string_view input);

// Length of the valid UTF-8 sequence at `pos` (pos < input.size()), 0 when there is none.
std::size_t utf8_sequence_length(std::string_view input, std::size_t pos);

}  // namespace finex
