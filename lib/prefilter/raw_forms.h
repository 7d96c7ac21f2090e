#pragma once
// What normalisation (lib/normalize) makes of single characters, read backwards: which raw
// characters become a given character (a fullwidth "Ｅ" becomes "E", "…" becomes "..."), and
// which raw characters can change the text around them in ways a character-by-character
// reading cannot follow (deleted characters, combining marks that compose, ligatures).
//
// THREAD SAFETY: built once per process on first use, read-only afterwards.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace finex::prefilter {

struct RawForms {
  // Raw characters that normalise to the key alone, or to a run of it ("…" to "...").
  std::unordered_map<char32_t, std::vector<char32_t>> becoming;
  // Of those, the ones that give a run of several ("…"): one of them may stand for two
  // neighbouring characters of a word.
  std::unordered_map<char32_t, std::vector<char32_t>> becoming_several;
  // Characters normalised to several different characters ("ﬁ" to "fi", "™" to "TM"), each with
  // what it becomes.
  std::vector<std::pair<char32_t, std::u32string>> expanding;
  // Characters deleted (soft hyphen, zero-width characters) or composed with the character
  // before them (combining marks): they can join or change any word.
  std::vector<char32_t> joining;
  // Characters whose normal form takes more bytes than they do ("½" to "1⁄2").
  std::vector<char32_t> lengthening;
  // Characters beyond ASCII that are, or normalise to something holding, a space or a line
  // break: what may stand between two words of a phrase.
  std::vector<char32_t> spacing;
};

const RawForms& raw_forms();

// Whether normalising `raw` (valid UTF-8) leaves its words, the runs of letters and marks that
// identify its language, as they are: nothing in it is deleted, composed, or turned into or out
// of a letter, and no hyphen ends a line (normalisation joins the word it splits); nothing
// takes more bytes either, so that every word stands at most as far into the normal form.
// It is read_traits() with nothing marked.
bool same_words_when_normalised(std::string_view raw);

// The characters that make same_words_when_normalised() false, by code point.
const std::vector<bool>& word_changing_characters();

// What one pass over raw bytes tells: whether they are valid UTF-8 (as normalize() sees it;
// reading stops at the first invalid sequence) and hold a NUL byte, whether their words survive
// normalisation, and whether they hold a marked character (a byte order mark at the start is
// dropped, not read) or a hyphen at a line end (reading stops there).
struct RawTraits {
  bool valid_utf8 = true;
  bool same_words = true;
  bool marked = false;
  bool nul = false;    // a NUL byte was read
  bool whole = false;  // reading went to the end: with valid_utf8 and no NUL, the bytes are
                       // clean UTF-8 (input/utf8_scan.h)
};

// What read_traits asks of each character beyond ASCII: whether it changes words
// (word_changing_characters) and whether it is marked. The characters of two bytes, most of
// them in text, are answered from one small table.
class CharTraits {
 public:
  static constexpr std::uint8_t kChanging = 1, kMarked = 2;
  // `marked`, by code point (fewer entries: the rest are not marked).
  explicit CharTraits(std::vector<bool> marked);
  std::uint8_t of_short(char32_t c) const { return short_[c]; }  // c < 0x800
  std::uint8_t of(char32_t c) const;

 private:
  std::array<std::uint8_t, 0x800> short_{};
  const std::vector<bool>& changing_;
  std::vector<bool> marked_;
};

RawTraits read_traits(std::string_view raw, const CharTraits& traits);

// Whether the whitespace after a hyphen at `hyphen_end` holds a line break, so that
// normalisation may join the words around it ("regu-\nlator"). Spaces other than ASCII ones
// count as a line break: they are rare after a hyphen.
bool line_break_after_hyphen(std::string_view raw, std::size_t hyphen_end);

}  // namespace finex::prefilter
