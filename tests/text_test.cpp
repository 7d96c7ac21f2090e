// The ground layer: the one case fold every word list and phrase is compared in.
#include <doctest/doctest.h>

#include <utf8proc.h>

#include <cstdint>
#include <string>
#include <vector>

#include "text/case_fold.h"
#include "text/phrase_matcher.h"
#include "text/word_forms.h"
#include "text/word_set.h"

TEST_CASE("the case fold lowers every script and folds Greek accents and final sigma") {
  struct Case {
    const char* text;
    const char* folded;
  };
  const Case cases[] = {
      {"Amende", "amende"},
      {"ÉTÉ", "été"},
      {"Března", "března"},           // Czech capital with a caron
      {"ŁÓDŹ", "łódź"},               // Polish capitals outside Latin-1
      {"ÎNCHISOARE Și ȚARĂ", "închisoare și țară"},
      {"ΠΡΟΣΤΙΜΟ", "προστιμο"},       // Greek capitals carry no tonos
      {"πρόστιμο", "προστιμο"},       // ... so the accented form folds to the same word
      {"Μαρτίου", "μαρτιου"},
      {"νόμος", "νομοσ"},             // final sigma is sigma
      {"ΝΌΜΟΣ", "νομοσ"},
      {"ΐ ΰ ϊ ϋ", "ι υ ι υ"},
      {"fined €20m", "fined €20m"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(finex::fold_case(c.text) == c.folded);
  }
  // An invalid byte is kept as it is, not lost.
  CHECK(finex::fold_case("A\xff" "B") == "a\xff" "b");
  // Folded over a buffer, word after word, each fold is the same and the last replaces the one before.
  std::string buffer;
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(finex::fold_case(c.text, buffer) == c.folded);
  }
  CHECK(finex::fold_case("Ab", buffer) == "ab");
  CHECK(finex::fold_case("", buffer).empty());
}

TEST_CASE("a text folds as its code points fold one by one, whatever their length") {
  // Every code point, alone and between ASCII capitals, against its fold_code_point in UTF-8.
  std::string buffer;
  for (std::int32_t c = 1; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    utf8proc_uint8_t encoded[4], folded[4];
    const auto n = utf8proc_encode_char(c, encoded);
    const auto m = utf8proc_encode_char(finex::fold_code_point(c), folded);
    const std::string text(reinterpret_cast<const char*>(encoded), static_cast<std::size_t>(n));
    const std::string fold(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(m));
    if (finex::fold_case(text, buffer) != fold || finex::fold_case("A" + text + "B") != "a" + fold + "b") {
      CAPTURE(c);
      FAIL("fold differs");
    }
  }
  // Invalid bytes and cut sequences stay as they are, between folded letters.
  CHECK(finex::fold_case("\xc3\xc3\x89T\xe2\x80\xce\xa3", buffer) == "\xc3\xc3\xa9t\xe2\x80\xcf\x83");
  CHECK(finex::fold_code_point('Q') == 'q');
  CHECK(finex::fold_code_point(0x03A3) == 0x03C3);  // Σ
}

TEST_CASE("a phrase in capitals or without accents matches the written word") {
  const finex::PhraseMatcher matcher({{0, "πρόστιμο"}, {1, "kara"}});
  REQUIRE(matcher.ok());
  const std::string text = "ΠΡΟΣΤΙΜΟ ΚΑΙ ΚΑΡΑ, KARA i Kara";
  const auto matches = matcher.find_all(text);
  REQUIRE(matches.size() == 3);
  CHECK(text.substr(matches[0].span.begin, matches[0].span.size()) == "ΠΡΟΣΤΙΜΟ");
  CHECK(matches[1].category == 1);
  CHECK(text.substr(matches[2].span.begin, matches[2].span.size()) == "Kara");
}

TEST_CASE("a word set finds each word added, once, and nothing else") {
  finex::WordSet words;
  CHECK(words.empty());
  CHECK_FALSE(words.contains("sp."));
  // Enough words to make the table grow several times, in several scripts.
  const std::string listed[] = {"sp.", "z o.o.", "a.s.", "Oyj", "A/S", "ΑΕ", "Α.Ε.", "s.r.l.", ""};
  for (int round = 0; round < 2; ++round)
    for (const std::string& w : listed) words.insert(w);
  for (int i = 0; i < 200; ++i) words.insert("word" + std::to_string(i));
  CHECK(words.size() == std::size(listed) + 200);
  for (const std::string& w : listed) CHECK(words.contains(w));
  CHECK(words.count("word199") == 1);
  CHECK(words.count("word200") == 0);
  CHECK_FALSE(words.contains("Sp."));  // as written: callers fold first
  CHECK_FALSE(words.contains("ae"));
  CHECK(*words.begin() == "sp.");  // in the order added
}

TEST_CASE("a word set tells apart words of every length that differ in one byte") {
  // Words are hashed eight bytes at a time with a tail of up to seven: every length up to 24,
  // each with one byte changed at every place, and with a zero byte added.
  finex::WordSet words;
  std::vector<std::string> listed;
  for (std::size_t length = 0; length <= 24; ++length) {
    const std::string base(length, 'a');
    listed.push_back(base);
    for (std::size_t at = 0; at < length; ++at) {
      std::string changed = base;
      changed[at] = 'b';
      listed.push_back(changed);
    }
  }
  for (std::size_t k = 0; k < listed.size(); k += 2) words.insert(listed[k]);
  for (std::size_t k = 0; k < listed.size(); ++k) {
    CAPTURE(listed[k]);
    CHECK(words.contains(listed[k]) == (k % 2 == 0));
    CHECK_FALSE(words.contains(listed[k] + std::string(1, '\0')));
  }
}

TEST_CASE("a declined name is its base form with a short lowercase ending") {
  using finex::declined_word;
  CHECK(declined_word("Tomasz", "Tomasza", 3));
  CHECK(declined_word("Kaamos", "Kaamokselle", 4));  // stem "Kaamo", endings "s" and "kselle"
  CHECK(declined_word("Jan", "Janu", 3));
  CHECK_FALSE(declined_word("Jan", "Janu", 4));         // a stem shorter than asked
  CHECK_FALSE(declined_word("Kaamos", "Kaamokselle2", 4));  // a digit is no ending
  CHECK_FALSE(declined_word("Nowak", "NowakSA", 3));     // capitals are no ending
  CHECK_FALSE(declined_word("Kowalski", "Kowalskiemuxyzw", 3));  // seven letters are too many
  CHECK(finex::same_word_inflected("Ελλάδα", "Ελλάδας"));
  CHECK_FALSE(finex::same_word_inflected("Ελλάδα", "Ελλάδαστικός"));
  CHECK(finex::lowercase_word("și"));
  CHECK(finex::lowercase_word("Și"));  // a letter beyond ASCII passes, whatever its case
  CHECK_FALSE(finex::lowercase_word(""));
  CHECK_FALSE(finex::lowercase_word("ab1"));
}
