// Forms of one word (word_forms.h).
#include "text/word_forms.h"

#include <utf8proc.h>

#include <cstdint>

#include "text/code_points.h"

namespace finex {

bool lowercase_word(std::string_view w) {
  if (w.empty()) return false;
  for (const char c : w)
    if (!((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80)) return false;
  return true;
}

namespace {

// The code points two words share at their start, and where each word's ending begins.
struct CommonStem {
  std::size_t letters = 0, end_x = 0, end_y = 0;
};
CommonStem common_stem(std::string_view x, std::string_view y) {
  CommonStem stem;
  while (stem.end_x < x.size() && stem.end_y < y.size()) {
    std::size_t lx = 0, ly = 0;
    if (code_point_at(x, stem.end_x, lx) != code_point_at(y, stem.end_y, ly)) break;
    stem.end_x += lx, stem.end_y += ly, ++stem.letters;
  }
  return stem;
}

// The letters of a word's ending whose categories lie in [first, last], or SIZE_MAX when one
// does not: a digit or a sign is no ending.
std::size_t ending_letters(std::string_view ending, utf8proc_category_t first, utf8proc_category_t last) {
  std::size_t n = 0;
  for (std::size_t pos = 0, len = 0; pos < ending.size(); pos += len, ++n) {
    const utf8proc_category_t category = utf8proc_category(code_point_at(ending, pos, len));
    if (category < first || category > last) return SIZE_MAX;
  }
  return n;
}

// Whether `x` and `y` are equal, or share a stem of at least `min_stem` letters and end in at
// most `max_x` and `max_y` letters of the categories [first, last].
bool stem_and_endings(std::string_view x, std::string_view y, std::size_t min_stem, std::size_t max_x,
                      std::size_t max_y, utf8proc_category_t first, utf8proc_category_t last) {
  if (x == y) return true;
  const CommonStem stem = common_stem(x, y);
  return stem.letters >= min_stem && ending_letters(x.substr(stem.end_x), first, last) <= max_x &&
         ending_letters(y.substr(stem.end_y), first, last) <= max_y;
}

}  // namespace

bool same_word_inflected(std::string_view x, std::string_view y) {
  constexpr std::size_t kMinStem = 4, kMaxEnding = 2;
  return stem_and_endings(x, y, kMinStem, kMaxEnding, kMaxEnding, UTF8PROC_CATEGORY_LU, UTF8PROC_CATEGORY_LO);
}

bool declined_word(std::string_view base, std::string_view form, std::size_t min_stem) {
  constexpr std::size_t kMaxBaseEnding = 2, kMaxFormEnding = 6;
  return stem_and_endings(base, form, min_stem, kMaxBaseEnding, kMaxFormEnding, UTF8PROC_CATEGORY_LL,
                          UTF8PROC_CATEGORY_LL);
}

}  // namespace finex
