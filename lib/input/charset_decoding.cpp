#include "input/charset_decoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bitset>
#include <cstring>
#include <memory>
#include <vector>

#include "input/utf8_scan.h"

namespace finex {
namespace {

constexpr std::size_t kDetectionBytes = 256 * 1024;

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), prefix.size()) == 0;
}

std::string charset_of_bom(std::string_view s) {
  using namespace std::string_view_literals;
  if (starts_with(s, "\xEF\xBB\xBF"sv)) return "UTF-8";
  if (starts_with(s, "\xFF\xFE\0\0"sv)) return "UTF-32LE";
  if (starts_with(s, "\0\0\xFE\xFF"sv)) return "UTF-32BE";
  if (starts_with(s, "\xFF\xFE"sv)) return "UTF-16LE";
  if (starts_with(s, "\xFE\xFF"sv)) return "UTF-16BE";
  return {};
}

// Whether a UTF-16 code unit's high byte is one of the blocks the text of the languages finex
// reads is written in: Latin (with its extensions), Greek, Cyrillic, general punctuation,
// currency signs and symbols, surrogates (emoji), byte order marks and fullwidth forms.
bool european_block(unsigned high) {
  return high <= 0x05 || (high >= 0x1E && high <= 0x2B) || (high >= 0xD8 && high <= 0xDF) ||
         high >= 0xFE;
}

// The share of the 16-bit units of `s`, read in this byte order, that are in those blocks, or
// -1 when they are not text: a control character other than a line break or tab (binary files
// are full of 0x0000), an unpaired surrogate, or a noncharacter.
double utf16_text_share(std::string_view s, bool little_endian) {
  std::size_t units = 0, european = 0;
  bool expect_low_surrogate = false;
  for (std::size_t i = 0; i + 1 < s.size(); i += 2) {
    const auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
    const unsigned unit = little_endian ? (b << 8 | a) : (a << 8 | b);
    const bool low = unit >= 0xDC00 && unit <= 0xDFFF;
    if (expect_low_surrogate != low) return -1;
    expect_low_surrogate = unit >= 0xD800 && unit <= 0xDBFF;
    if (unit < 0x20 && unit != '\t' && unit != '\n' && unit != '\r' && unit != '\f') return -1;
    if (unit == 0xFFFE || unit == 0xFFFF) return -1;
    ++units;
    european += european_block(unit >> 8) ? 1 : 0;
  }
  if (expect_low_surrogate || units == 0) return -1;
  return static_cast<double>(european) / static_cast<double>(units);
}

// Read the wrong way, the letters' low bytes become high bytes: ASCII letters there stand for
// CJK ideographs, which no text of these languages is made of.
std::string utf16_by_structure(std::string_view s) {
  if (s.size() < 4) return {};
  constexpr double kMinShare = 0.9;
  const double le = utf16_text_share(s, true), be = utf16_text_share(s, false);
  if (le >= kMinShare && le >= be) return "UTF-16LE";
  if (be >= kMinShare) return "UTF-16BE";
  return {};
}

std::string detected_by_icu(std::string_view s, bool markup) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                      &ucsdet_close);
  if (U_FAILURE(status)) return {};
  const std::size_t n = std::min(s.size(), kDetectionBytes);
  ucsdet_setText(detector.get(), s.data(), static_cast<int32_t>(n), &status);
  ucsdet_enableInputFilter(detector.get(), markup);
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &found, &status);
  if (U_FAILURE(status)) return {};
  for (int32_t k = 0; k < found; ++k) {
    const char* name = ucsdet_getName(matches[k], &status);
    if (U_FAILURE(status) || name == nullptr) return {};
    const std::string_view candidate(name);
    // Without NUL bytes the input is no UTF-16 or UTF-32 of any text finex reads; EBCDIC
    // (IBM420, IBM424) is never what a news page is saved in.
    if (starts_with(candidate, "UTF-16") || starts_with(candidate, "UTF-32") ||
        starts_with(candidate, "IBM"))
      continue;
    if (candidate == "ISO-8859-1") return "windows-1252";
    return std::string(candidate);
  }
  return {};
}

}  // namespace

CharsetChoice detect_charset(std::string_view input, bool markup) {
  if (std::string bom = charset_of_bom(input); !bom.empty()) return {std::move(bom), "byte order mark"};
  const Utf8Counts counts = count_utf8(input);
  if (counts.nul) return {utf16_by_structure(input), "detected"};
  if (counts.multibyte > 0 && counts.multibyte >= 4 * counts.invalid) return {"UTF-8", "detected"};
  std::string name = detected_by_icu(input, markup);
  return {name.empty() ? "UTF-8" : std::move(name), "detected"};
}

bool decode_charset(std::string_view input, const std::string& charset, std::string& text,
                    SourceMap& map) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset.c_str(), &status),
                                                               &ucnv_close);
  if (U_FAILURE(status) || !converter) return false;
  text.clear();
  text.reserve(input.size() + input.size() / 2);
  map = SourceMap();

  // A code point is written once the next one's source offset tells how many bytes it took.
  UChar32 pending = U_SENTINEL;
  std::size_t pending_offset = 0;
  auto emit = [&](std::size_t source_end) {
    if (pending == U_SENTINEL) return;
    char bytes[4];
    std::size_t len = 0;
    U8_APPEND_UNSAFE(bytes, len, pending);
    text.append(bytes, len);
    map.add(pending_offset, len, source_end > pending_offset ? source_end - pending_offset : 0);
    pending = U_SENTINEL;
  };

  constexpr std::size_t kChunk = 1 << 14;
  std::vector<UChar> units(kChunk);
  std::vector<int32_t> offsets(kChunk);
  const char* source = input.data();
  const char* const source_end = input.data() + input.size();
  UChar high = 0;  // a lead surrogate waiting for its trail across two chunks
  std::size_t high_offset = 0;
  std::size_t last_offset = 0;
  for (;;) {
    const std::size_t base = static_cast<std::size_t>(source - input.data());
    UChar* target = units.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source, source_end,
                   offsets.data(), true, &status);
    const std::size_t produced = static_cast<std::size_t>(target - units.data());
    for (std::size_t k = 0; k < produced; ++k) {
      // -1: a unit made from bytes of an earlier call; it belongs where the last one did.
      const std::size_t offset =
          offsets[k] >= 0 ? base + static_cast<std::size_t>(offsets[k]) : last_offset;
      last_offset = offset;
      const UChar u = units[k];
      UChar32 c = u;
      std::size_t at = offset;
      if (high != 0) {
        if (U16_IS_TRAIL(u)) {
          c = U16_GET_SUPPLEMENTARY(high, u);
          at = high_offset;
        } else {
          emit(high_offset);
          pending = 0xFFFD, pending_offset = high_offset;
        }
        high = 0;
      } else if (U16_IS_LEAD(u)) {
        high = u, high_offset = offset;
        continue;
      }
      if (U16_IS_SURROGATE(c)) c = 0xFFFD;
      emit(at);
      pending = c, pending_offset = at;
    }
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
  }
  if (high != 0) {
    emit(high_offset);
    pending = 0xFFFD, pending_offset = high_offset;
  }
  emit(input.size());
  return true;
}

}  // namespace finex
