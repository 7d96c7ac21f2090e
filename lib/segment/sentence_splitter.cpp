#include "segment/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <utf8proc.h>

#include <climits>
#include <cstdint>
#include <memory>

#include "segment/abbreviation_table.h"
#include "text/code_points.h"
#include "segment/function_words.h"

namespace finex {

namespace {

// No abbreviation is longer; scans around a candidate break stop here, so that a huge
// unbroken token cannot make the work quadratic.
constexpr std::size_t kMaxToken = 24;

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'; }
bool is_opening(char c) { return c == '(' || c == '[' || c == '"' || c == '\''; }

// [begin, end) with surrounding spaces and line breaks removed (begin == end when blank).
Span trim(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return {begin, end};
}

// The code point at `i`, U+FFFD for an invalid byte (see text/code_points.h).
utf8proc_int32_t code_point_at(std::string_view text, std::size_t i) {
  std::size_t length = 0;
  return finex::code_point_at(text, i, length);
}

// Start of the space-delimited token that ends at `end`, or npos when it is too long to matter.
std::size_t token_start(std::string_view text, std::size_t end) {
  std::size_t i = end;
  while (i > 0 && !is_space(text[i - 1])) {
    if (end - i >= kMaxToken) return std::string_view::npos;
    --i;
  }
  return i;
}

// End of the space-delimited token that starts at `begin` (capped, as token_start).
std::size_t token_end(std::string_view text, std::size_t begin) {
  std::size_t i = begin;
  while (i < text.size() && !is_space(text[i]) && i - begin < kMaxToken) ++i;
  return i;
}

// A break the ICU rules found, with the words on either side, as the correction needs them.
struct Break {
  std::string_view text;
  std::size_t before_begin;  // first byte of the sentence before the break
  std::size_t before_end;  // one past the '.' that ends the text before the break
  std::size_t after;       // first byte of the text after the break
};

// Valid UTF-8 as UTF-16 code units, with the byte where each unit's character starts.
struct Utf16Text {
  std::unique_ptr<char16_t[]> units;
  std::unique_ptr<std::uint32_t[]> bytes;
  int32_t length = -1;  // -1: the text is no valid UTF-8 (or too long), nothing was converted

  // Strict UTF-8 (no overlong forms, surrogates or code points above U+10FFFF), as ICU reads it.
  // Six bytes for each byte of text: a long text is read as UTF-8, so that memory stays linear
  // with a small factor.
  bool assign(std::string_view text) {
    constexpr std::size_t kMaxBytes = std::size_t{1} << 20;
    if (text.size() > kMaxBytes) return false;
    units.reset(new char16_t[text.size()]);
    bytes.reset(new std::uint32_t[text.size()]);
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    const auto tail = [&](std::size_t i) { return i < n && (p[i] & 0xC0) == 0x80; };
    int32_t k = 0;
    for (std::size_t i = 0; i < n;) {
      const unsigned char c = p[i];
      std::uint32_t cp;
      std::size_t size;
      if (c < 0x80) {
        cp = c, size = 1;
      } else if (c >= 0xC2 && c <= 0xDF && tail(i + 1)) {
        cp = (c & 0x1Fu) << 6 | (p[i + 1] & 0x3Fu), size = 2;
      } else if (c >= 0xE0 && c <= 0xEF && tail(i + 1) && tail(i + 2) && !(c == 0xE0 && p[i + 1] < 0xA0) &&
                 !(c == 0xED && p[i + 1] > 0x9F)) {
        cp = (c & 0x0Fu) << 12 | (p[i + 1] & 0x3Fu) << 6 | (p[i + 2] & 0x3Fu), size = 3;
      } else if (c >= 0xF0 && c <= 0xF4 && tail(i + 1) && tail(i + 2) && tail(i + 3) &&
                 !(c == 0xF0 && p[i + 1] < 0x90) && !(c == 0xF4 && p[i + 1] > 0x8F)) {
        cp = (c & 0x07u) << 18 | (p[i + 1] & 0x3Fu) << 12 | (p[i + 2] & 0x3Fu) << 6 | (p[i + 3] & 0x3Fu), size = 4;
      } else {
        return false;
      }
      if (cp >= 0x10000) {
        bytes[k] = static_cast<std::uint32_t>(i);
        units[k++] = static_cast<char16_t>(0xD7C0 + (cp >> 10));
        cp = 0xDC00 | (cp & 0x3FF);
      }
      bytes[k] = static_cast<std::uint32_t>(i);
      units[k++] = static_cast<char16_t>(cp);
      i += size;
    }
    length = k;
    return true;
  }
  // The byte of unit `unit`, a character's first (or the text's end).
  std::size_t byte_of(int32_t unit, std::size_t end) const {
    return unit >= length ? end : bytes[static_cast<std::size_t>(unit)];
  }
};

}  // namespace

struct SentenceSplitter::Rules {
  explicit Rules(const LanguagePacks& packs) : abbreviations(packs), function_words(packs) {}
  std::unique_ptr<icu::BreakIterator> prototype;
  AbbreviationTable abbreviations;
  FunctionWords function_words;

  bool continues(const Break& b, int language) const;
  bool applies(AbbreviationRule rule, const Break& b) const;
  bool next_is_function_word(const Break& b) const;
};

bool SentenceSplitter::Rules::next_is_function_word(const Break& b) const {
  std::size_t i = b.after;
  const std::size_t limit = std::min(b.text.size(), b.after + kMaxToken);
  while (i < limit && is_opening(b.text[i])) ++i;
  const std::size_t begin = i;
  for (std::size_t n; i < limit && (n = letter_length(b.text, i)) > 0;) i += n;
  FoldBuffer buffer;
  return begin < i && function_words.find(fold_word(b.text.substr(begin, i - begin), buffer)) != 0;
}

bool SentenceSplitter::Rules::applies(AbbreviationRule rule, const Break& b) const {
  switch (rule) {
    case AbbreviationRule::never_ends:
      return true;
    case AbbreviationRule::ends_before_function_word:
      return !next_is_function_word(b);
    case AbbreviationRule::ends_before_capital: {
      const char c = b.text[b.after];
      if ((c >= '0' && c <= '9') || c == '(') return true;
      const utf8proc_int32_t cp = code_point_at(b.text, b.after);
      // "fined Acme Inc. €4.5 million": an amount goes on with its sign, as with its digits.
      if (cp >= 0 && (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL || utf8proc_category(cp) == UTF8PROC_CATEGORY_SC))
        return true;
      // "Samsung Co. Ltd. said": an abbreviation goes on into the next one.
      const std::size_t end = token_end(b.text, b.after);
      return abbreviations.find(b.text.substr(b.after, end - b.after), -1).has_value();
    }
  }
  return false;
}

// Whether the sentence goes on across an ICU break that follows a '.'.
bool SentenceSplitter::Rules::continues(const Break& b, int language) const {
  const std::string_view text = b.text;
  // Starts of the last three tokens before the break, the nearest first, opening marks skipped.
  std::size_t starts[3];
  int n_starts = 0;
  for (std::size_t end = b.before_end; n_starts < 3;) {
    std::size_t start = token_start(text, end);
    if (start == std::string_view::npos) break;
    const std::size_t raw = start;
    while (start < end && is_opening(text[start])) ++start;
    starts[n_starts++] = start;
    if (raw == 0 || text[raw - 1] != ' ' || raw != start) break;
    end = raw - 1;
  }
  if (n_starts == 0) return false;

  // The break falls inside a multi-word abbreviation: "z. | B.", "p. | ex.".
  std::size_t end = b.after;
  for (int k = 0; k < 2; ++k) {
    end = token_end(text, end);
    std::size_t trimmed = end;
    while (trimmed > b.after && (text[trimmed - 1] == ',' || text[trimmed - 1] == ';' ||
                                 text[trimmed - 1] == ':' || text[trimmed - 1] == ')'))
      --trimmed;
    for (int s = 0; s < n_starts; ++s)
      if (abbreviations.find(text.substr(starts[s], trimmed - starts[s]), language)) return true;
    if (end >= text.size() || text[end] != ' ') break;
    ++end;
  }

  // The break follows an abbreviation, the longest written form first.
  for (int s = n_starts - 1; s >= 0; --s)
    if (auto rule = abbreviations.find(text.substr(starts[s], b.before_end - starts[s]), language))
      return applies(*rule, b);

  // An initial ("J. Smith") or an ordinal number ("17. Oktober", "3. Senat"); either can end a
  // sentence too, and then the next word is most likely a function word ("... Plan B. The ...").
  const std::string_view core = text.substr(starts[0], b.before_end - 1 - starts[0]);
  if (core.empty()) return false;
  bool digits = core.size() <= 3;
  for (const char c : core) digits = digits && c >= '0' && c <= '9';
  // "R.J. Verhoef": initials are capital letters each followed by a point.
  bool initial = true;
  for (std::size_t pos = 0; initial && pos < core.size();) {
    const utf8proc_int32_t cp = code_point_at(core, pos);
    const std::size_t len = letter_length(core, pos);
    initial = cp >= 0 && len > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU &&
              (pos + len == core.size() || (pos + len + 1 < core.size() && core[pos + len] == '.'));
    pos += len + 1;
  }
  if (!digits && !initial) return false;
  // A number or letter alone before the break is a list marker ("11. The TJM Partnership").
  if (starts[0] == b.before_begin) return true;
  return !next_is_function_word(b);
}

SentenceSplitter::SentenceSplitter(const LanguagePacks& packs) {
  auto rules = std::make_unique<Rules>(packs);
  UErrorCode status = U_ZERO_ERROR;
  // The root rules: abbreviations come from our own lists, for every language at once.
  rules->prototype.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !rules->prototype) {
    error_ = std::string("ICU sentence break iterator: ") + u_errorName(status);
    rules->prototype.reset();
  }
  if (error_.empty() && !rules->abbreviations.ok()) error_ = rules->abbreviations.error();
  rules_ = std::move(rules);
}

SentenceSplitter::~SentenceSplitter() = default;
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter& SentenceSplitter::operator=(SentenceSplitter&&) noexcept = default;

std::vector<Span> SentenceSplitter::split(std::string_view text, std::string_view language) const {
  std::vector<Span> out;
  const int language_index = rules_->abbreviations.language_index(language);
  const auto add_piece = [&](std::size_t begin, std::size_t end, bool corrected) {
    const Span piece = trim(text, begin, end);
    if (piece.begin == piece.end) return;
    if (corrected && !out.empty()) {
      const std::size_t before_end = out.back().end;
      const bool same_line = text.substr(before_end, piece.begin - before_end).find('\n') ==
                             std::string_view::npos;
      if (same_line && text[before_end - 1] == '.' &&
          rules_->continues(Break{text, out.back().begin, before_end, piece.begin}, language_index)) {
        out.back().end = piece.end;
        return;
      }
    }
    out.push_back(piece);
  };

  std::unique_ptr<icu::BreakIterator> iterator;
  if (rules_->prototype && text.size() <= static_cast<std::size_t>(INT32_MAX))
    iterator.reset(rules_->prototype->clone());
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  // The iterator reads UTF-16 text in place, where UTF-8 it reads through chunks converted on
  // the way at twice the cost; its indexes are then read back as bytes. Text that is no valid
  // UTF-8 (normalised text always is), or longer than a megabyte, is read as UTF-8.
  Utf16Text units;
  if (iterator) {
    if (units.assign(text)) utext_openUChars(&utext, units.units.get(), units.length, &status);
    else utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
    iterator->setText(&utext, status);
  }
  if (iterator && U_SUCCESS(status)) {
    const auto to_byte = [&](int32_t b) {
      return units.length < 0 ? static_cast<std::size_t>(b) : units.byte_of(b, text.size());
    };
    std::size_t begin = 0;
    for (int32_t b = iterator->next(); b != icu::BreakIterator::DONE; b = iterator->next()) {
      const std::size_t end = to_byte(b);
      add_piece(begin, end, true);
      begin = end;
    }
    add_piece(begin, text.size(), true);
  } else {
    out.clear();
    for (std::size_t begin = 0; begin < text.size();) {
      const std::size_t nl = std::min(text.find('\n', begin), text.size());
      add_piece(begin, nl, false);
      begin = nl + 1;
    }
  }
  iterator.reset();
  utext_close(&utext);
  return out;
}

}  // namespace finex
