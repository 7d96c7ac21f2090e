// The ground layer: the one case fold every word list and phrase is compared in.
#include <doctest/doctest.h>

#include <string>

#include "text/case_fold.h"
#include "text/phrase_matcher.h"
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
