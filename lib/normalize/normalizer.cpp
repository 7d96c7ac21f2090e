// Division of labour between the two Unicode libraries:
//   - utf8proc decodes and validates the raw bytes (utf8proc_iterate rejects overlong forms,
//     encoded surrogates and truncated sequences with an error the caller can count; ICU's
//     converters would substitute U+FFFD silently), encodes code points, and answers general
//     category questions (lowercase letter?) from its flat tables.
//   - ICU supplies NFKC through Normalizer2, because Normalizer2 exposes what an offset map needs
//     and utf8proc_map does not: hasBoundaryBefore() cuts the text into normalisation segments
//     (a base letter and the combining marks that may merge into it), isInert() and quickCheck()
//     tell whether a segment is already normal and can be copied with exact offsets. ICU also
//     provides the binary properties (Default_Ignorable_Code_Point, White_Space, Dash).
#include "normalize/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

#include "normalize/char_folding.h"
#include "normalize/text_builder.h"
#include "normalize/utf8_decoding.h"

namespace finex {
namespace {

using normalize_detail::decode_utf8;
using normalize_detail::fold_variant;
using normalize_detail::is_deleted;
using normalize_detail::space_kind;
using normalize_detail::SpaceKind;
using normalize_detail::TextBuilder;

struct SourceChar {
  char32_t code_point;
  std::size_t orig_begin, orig_end;
  bool copied;  // the code point's UTF-8 bytes are the original bytes
};

// Collects one NFKC normalisation segment at a time and sends its normal form on to the builder.
// A segment that is already normal keeps per-character offsets; a segment that changes (a
// ligature, "e" + U+0301 composing to "é") maps as one piece onto its whole original stretch.
class SegmentNormalizer {
 public:
  // Reordering combining marks costs quadratic time in the length of a segment, and a segment
  // is unbounded ("a" followed by a million accents). Real text stays far below this bound
  // (UAX #15's stream-safe format allows 30 marks in a row); beyond it a segment is cut.
  static constexpr std::size_t kMaxSegment = 32;

  SegmentNormalizer(const icu::Normalizer2* nfkc, TextBuilder& builder)
      : nfkc_(nfkc), builder_(builder) {}

  void add(const SourceChar& c) {
    if (nfkc_ == nullptr || segment_.size() >= kMaxSegment ||
        nfkc_->hasBoundaryBefore(static_cast<UChar32>(c.code_point)))
      flush();
    segment_.push_back(c);
  }

  // A character known to be a normal segment on its own (ASCII; a Latin-1 letter before ASCII).
  void pass(char32_t c, std::size_t begin, std::size_t end) {
    flush();
    forward(c, begin, end, true);
  }

  void flush() {
    if (segment_.empty()) return;
    if (nfkc_ == nullptr || is_already_normal()) {
      for (const SourceChar& c : segment_) forward(c.code_point, c.orig_begin, c.orig_end, c.copied);
    } else {
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString normal = nfkc_->normalize(utf16_, status);
      const std::size_t begin = segment_.front().orig_begin, end = segment_.back().orig_end;
      if (U_FAILURE(status)) {
        for (const SourceChar& c : segment_) forward(c.code_point, c.orig_begin, c.orig_end, c.copied);
      } else {
        for (int32_t i = 0; i < normal.length();) {
          const UChar32 c = normal.char32At(i);
          forward(fold_variant(static_cast<char32_t>(c)), begin, end, false);
          i += U16_LENGTH(c);
        }
      }
    }
    segment_.clear();
  }

 private:
  bool is_already_normal() {
    if (segment_.size() == 1 && nfkc_->isInert(static_cast<UChar32>(segment_.front().code_point)))
      return true;
    utf16_.remove();
    for (const SourceChar& c : segment_) utf16_.append(static_cast<UChar32>(c.code_point));
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizationCheckResult check = nfkc_->quickCheck(utf16_, status);
    if (U_FAILURE(status)) return true;
    if (check == UNORM_YES) return true;
    if (check == UNORM_NO) return false;
    status = U_ZERO_ERROR;
    return nfkc_->isNormalized(utf16_, status) || U_FAILURE(status);
  }

  void forward(char32_t c, std::size_t begin, std::size_t end, bool copied) {
    switch (space_kind(c)) {
      case SpaceKind::line_break:
        builder_.whitespace(true, c == U'\r', begin, end);
        break;
      case SpaceKind::space:
        builder_.whitespace(false, false, begin, end);
        break;
      case SpaceKind::none:
        builder_.character(c, begin, end, copied);
        break;
    }
  }

  const icu::Normalizer2* nfkc_;
  TextBuilder& builder_;
  std::vector<SourceChar> segment_;
  icu::UnicodeString utf16_;  // reused: one buffer per call, not one per segment
};

bool is_printable_ascii(unsigned char b) { return b > 0x20 && b < 0x7F; }

// The end of the run of printable ASCII starting at `pos`, single spaces included: the bytes
// that pass through normalisation unchanged, so they can be copied in one piece.
std::size_t ascii_run_end(std::string_view input, std::size_t pos) {
  const std::size_t n = input.size();
  while (pos < n) {
    const auto b = static_cast<unsigned char>(input[pos]);
    if (is_printable_ascii(b)) {
      ++pos;
    } else if (b == ' ' && pos + 1 < n && is_printable_ascii(static_cast<unsigned char>(input[pos + 1]))) {
      pos += 2;
    } else {
      break;
    }
  }
  return pos;
}

// Two-byte characters (Latin, Greek, Cyrillic letters...) that nothing here deletes or folds,
// that start a normalisation segment and that are normal on their own: followed by ASCII or by
// another such character, each is a segment of its own and already normal, as
// SegmentNormalizer would find, with no need to ask ICU. Worked out once from ICU itself.
class PlainTwoByte {
 public:
  static const PlainTwoByte& get(const icu::Normalizer2* nfkc) {
    static const PlainTwoByte table(nfkc);
    return table;
  }
  // The character at `pos` when it is one of them, else 0.
  char32_t at(std::string_view input, std::size_t pos) const {
    const auto b0 = static_cast<unsigned char>(input[pos]);
    if (b0 < 0xC2 || b0 > 0xDF || pos + 1 >= input.size()) return 0;
    const auto b1 = static_cast<unsigned char>(input[pos + 1]);
    if ((b1 & 0xC0) != 0x80) return 0;
    const auto c = static_cast<char32_t>((b0 & 0x1Fu) << 6 | (b1 & 0x3Fu));
    return plain_[c] ? c : 0;
  }

 private:
  explicit PlainTwoByte(const icu::Normalizer2* nfkc) {
    if (nfkc == nullptr) return;
    for (char32_t c = 0x80; c < 0x800; ++c)
      plain_[c] = !is_deleted(c) && fold_variant(c) == c &&
                  nfkc->hasBoundaryBefore(static_cast<UChar32>(c)) && normal_alone(nfkc, c);
  }
  // SegmentNormalizer::is_already_normal() for a segment of one character.
  static bool normal_alone(const icu::Normalizer2* nfkc, char32_t c) {
    if (nfkc->isInert(static_cast<UChar32>(c))) return true;
    icu::UnicodeString text;
    text.append(static_cast<UChar32>(c));
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizationCheckResult check = nfkc->quickCheck(text, status);
    if (U_FAILURE(status) || check == UNORM_YES) return true;
    if (check == UNORM_NO) return false;
    status = U_ZERO_ERROR;
    return nfkc->isNormalized(text, status) || U_FAILURE(status);
  }
  std::array<bool, 0x800> plain_{};
};

}  // namespace

NormalizedText normalize(std::string_view input, const HyphenRules* hyphens) {
  input = input.substr(0, kMaxNormalizedInput);
  NormalizedText out;
  out.text.reserve(input.size());
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) nfkc = nullptr;  // no ICU data: text passes through unnormalised

  TextBuilder builder(input, out, hyphens);
  SegmentNormalizer segments(nfkc, builder);
  const PlainTwoByte& plain = PlainTwoByte::get(nfkc);
  std::size_t pos = 0;
  while (pos < input.size()) {
    if (nfkc != nullptr)
      if (const char32_t c = plain.at(input, pos)) {
        const std::size_t next = pos + 2;
        if (next == input.size() || static_cast<unsigned char>(input[next]) < 0x80 || plain.at(input, next) != 0) {
          segments.pass(c, pos, next);
          pos = next;
          continue;
        }
      }
    if (is_printable_ascii(static_cast<unsigned char>(input[pos]))) {
      std::size_t end = ascii_run_end(input, pos);
      // The last ASCII letter may still take a combining mark ("e" + U+0301): leave it to the
      // segment path when non-ASCII follows.
      if (end < input.size() && static_cast<unsigned char>(input[end]) >= 0x80) --end;
      if (end > pos) {
        segments.flush();
        builder.ascii_run(input.substr(pos, end - pos), pos);
        pos = end;
        continue;
      }
    }
    const auto decoded = decode_utf8(input, pos);
    const std::size_t begin = pos;
    pos += decoded.length;
    if (!decoded.valid) ++out.invalid_sequences;
    char32_t c = decoded.code_point;
    if (begin == 0 && c == 0xFEFF) {
      out.dropped_bom = true;
      continue;
    }
    if (is_deleted(c)) {
      if (c == 0xAD) {
        segments.flush();  // keeps the hyphenation point in order with the text around it
        builder.soft_hyphen();
      }
      continue;
    }
    // ASCII (line breaks, tabs) and Latin-1 letters (é, ü, ß...) followed by ASCII are
    // normalisation segments of their own and already normal: no need to ask ICU. A combining
    // mark after them could compose with them ("e" + U+0301).
    const bool ascii_follows = pos == input.size() || static_cast<unsigned char>(input[pos]) < 0x80;
    if (decoded.valid && ascii_follows && (c < 0x80 || (c >= 0xC0 && c <= 0xFF))) {
      segments.pass(c, begin, pos);
      continue;
    }
    const char32_t folded = fold_variant(c);
    segments.add({folded, begin, pos, decoded.valid && folded == c});
  }
  segments.flush();
  builder.finish();
  out.map.shrink_to_fit();  // the map lives as long as the text; its growth room need not
  return out;
}

bool is_valid_utf8(std::string_view input) {
  std::size_t pos = 0;
  while (pos < input.size()) {
    if (pos + 8 <= input.size()) {
      std::uint64_t eight = 0;
      std::memcpy(&eight, input.data() + pos, 8);
      if ((eight & 0x8080808080808080ull) == 0) {
        pos += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(input[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const auto decoded = decode_utf8(input, pos);
    if (!decoded.valid) return false;
    pos += decoded.length;
  }
  return true;
}

std::size_t prefix_cut(std::string_view input, std::size_t at) {
  for (std::size_t p = std::max<std::size_t>(at, 1); p < input.size(); ++p) {
    const auto before = static_cast<unsigned char>(input[p - 1]);
    if (is_printable_ascii(before) && before != '-' && static_cast<unsigned char>(input[p]) < 0x80)
      return p;
  }
  return input.size();
}

}  // namespace finex
