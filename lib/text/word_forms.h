#pragma once
// Whether two words are forms of one word: a name declined in another case ("Tomasza" /
// "Tomasz", "Kaamokselle" / "Kaamos"), and what a case ending may hold.
#include <cstddef>
#include <string_view>

namespace finex {

// Whether `w` is one word of lowercase letters (letters beyond ASCII pass: their case is not
// known here).
bool lowercase_word(std::string_view w);

// Two words of one name in two grammatical cases: equal, or a common stem of at least four
// letters and endings of at most two letters of any case ("Ελλάδα" / "Ελλάδας",
// "Παναθηναϊκός" / "Παναθηναϊκό").
bool same_word_inflected(std::string_view x, std::string_view y);

// A word of a name, `base`, and the same word in another case, `form`: equal, or a common stem
// of at least `min_stem` letters, an ending of at most two lowercase letters in `base` and
// six in `form` ("Kaamos" / "Kaamokselle", "Jan" / "Janu").
bool declined_word(std::string_view base, std::string_view form, std::size_t min_stem);

}  // namespace finex
