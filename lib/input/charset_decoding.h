#pragma once
// Text that is not UTF-8: which encoding it is in, and its UTF-8 form with a map back to the
// source bytes.
#include <string>
#include <string_view>

#include "input/source_map.h"

namespace finex {

struct CharsetChoice {
  std::string name;  // an ICU converter name: "UTF-16LE", "windows-1252"; empty: not text
  std::string how;   // "byte order mark" or "detected"
};

// The encoding of `input`, which is not clean UTF-8 (see is_clean_utf8), in this order:
//   - a byte order mark (UTF-8, UTF-16 or UTF-32) decides;
//   - NUL bytes are UTF-16 without a mark when the 16-bit units read one way are all text
//     (no control characters, surrogates in pairs) and nine in ten of them in the Latin, Greek,
//     Cyrillic, punctuation and symbol blocks; otherwise the input is binary (empty name);
//   - many valid multi-byte sequences against few invalid bytes are UTF-8 with faults
//     (a file cut inside its last character, a stray byte): "UTF-8";
//   - otherwise ICU's charset detection (byte and n-gram statistics), with ISO-8859-1 read as
//     its superset windows-1252; "UTF-8" when it has no answer.
// `markup`: the input is HTML, whose tags the detection skips.
// THREAD SAFETY: pure; COST: one pass, plus ICU's detection over at most the first 256 KB.
CharsetChoice detect_charset(std::string_view input, bool markup);

// Decodes `input` from `charset` (any name ICU knows) into UTF-8 `text`, bytes that are not
// valid in that encoding as U+FFFD, and the map from `text` back to `input`. Returns false when
// ICU knows no such encoding.
bool decode_charset(std::string_view input, const std::string& charset, std::string& text,
                    SourceMap& map);

}  // namespace finex
