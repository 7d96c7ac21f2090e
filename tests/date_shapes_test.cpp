// The date shapes and the word lists they are made of, on a small vocabulary written here.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "date/date_shapes.h"
#include "date/folded_words.h"

using finex::dates::DateShapes;
using finex::dates::DateVocabulary;
using finex::dates::FoldedWords;
using finex::dates::GroupSpan;
using finex::dates::group_id;

namespace {

DateVocabulary toy_vocabulary() {
  DateVocabulary v;
  v.language = "xx";
  v.months = {{"march", 3}, {"mar", 3}, {"may", 5}};
  v.weekdays = {{"monday", 1}};
  v.modifiers = {{"last", {-1, true, false}}};
  v.units = {{"years", finex::dates::TimeUnit::year}};
  v.numbers = {{"two", 2}};
  v.ago_templates = {"{n} {unit} ago"};
  v.cues = {"on"};
  v.ordinals = {"th"};
  v.month_first = true;
  return v;
}

// The text of each group the shapes took at `start`, by group number; empty when none matched.
std::vector<std::string> groups_at(const DateShapes& shapes, std::string_view text, std::size_t start) {
  std::vector<GroupSpan> spans;
  if (!shapes.match(text, start, spans)) return {};
  std::vector<std::string> out(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i)
    if (spans[i].begin != std::string_view::npos)
      out[i] = std::string(text.substr(spans[i].begin, spans[i].end - spans[i].begin));
  return out;
}

}  // namespace

TEST_CASE("folded words are found ignoring case, in the order of the list") {
  const FoldedWords words({"march", "mar"});
  CHECK(words.first_at("MARCH 2022", 0) == 5);
  CHECK(words.first_at("Mar. 2022", 0) == 3);
  CHECK(words.first_at("marzo", 0) == 3);  // a word end is the shapes' business, not the list's
  CHECK(words.first_at("April", 0) == 0);
  std::vector<std::size_t> lengths;
  words.each_at("march", 0, [&](std::size_t length) {
    lengths.push_back(length);
    return false;
  });
  CHECK(lengths == std::vector<std::size_t>{5, 3});
}

// The second character parts most words of a list before they are compared; a character of
// the text beyond ASCII may still be the word's ASCII letter in another case.
TEST_CASE("folded words are told apart by their second character in either case") {
  const FoldedWords words({"mars", "mai", "m", "k\u00e4rz", "ka"});
  CHECK(words.first_at("MAI 2022", 0) == 3);
  CHECK(words.first_at("mAi", 0) == 3);
  CHECK(words.first_at("mx", 0) == 1);
  CHECK(words.first_at("K\u00c4RZ", 0) == std::string_view("K\u00c4RZ").size());
  CHECK(words.first_at("k\u212a", 0) == 0);
  const FoldedWords kelvin({"kk"});
  CHECK(kelvin.first_at("k\u212a", 0) == std::string_view("k\u212a").size());  // KELVIN SIGN folds to k
}

TEST_CASE("folded Greek words match their accented, capital and final forms") {
  const FoldedWords words({"μαρτιου", "τρεις"});
  CHECK(words.first_at("Μαρτίου", 0) == std::string_view("Μαρτίου").size());
  CHECK(words.first_at("ΜΑΡΤΙΟΥ", 0) == std::string_view("ΜΑΡΤΙΟΥ").size());
  CHECK(words.first_at("τρεις", 0) == std::string_view("τρεις").size());
  CHECK(words.first_at("τρεισ", 0) == std::string_view("τρεισ").size());
  CHECK(words.first_at("ΤΡΕΙΣ", 0) == std::string_view("ΤΡΕΙΣ").size());
}

TEST_CASE("spaced folded words take the space after them, unless they glue to the next word") {
  const FoldedWords words({"mid-", "on"}, true);
  CHECK(words.first_at("mid-March", 0) == 4);
  CHECK(words.first_at("on March", 0) == 3);
  CHECK(words.first_at("on", 0) == 0);
}

TEST_CASE("the shapes read a day date's parts") {
  const DateShapes shapes(toy_vocabulary());
  const auto g = groups_at(shapes, " on 17th March 2022.", 0);
  REQUIRE(!g.empty());
  CHECK(g[group_id("cue")] == "on ");
  CHECK(g[group_id("span")] == "17th March 2022");
  CHECK(g[group_id("dmy_d")] == "17");
  CHECK(g[group_id("dmy_m")] == "March");
  CHECK(g[group_id("dmy_y")] == "2022");
  CHECK(g[group_id("mdy")].empty());
}

TEST_CASE("the shapes try the longest word first and go back to a shorter one") {
  const DateShapes shapes(toy_vocabulary());
  // "Mar." is read as the abbreviation with its dot, before a year.
  auto g = groups_at(shapes, "Mar. 2022", 0);
  REQUIRE(!g.empty());
  CHECK(g[group_id("my_m")] == "Mar");
  CHECK(g[group_id("my_y")] == "2022");
  // "Marcha" is no month: "march" and "mar" both stop inside a word.
  CHECK(groups_at(shapes, "Marcha", 0).empty());
  g = groups_at(shapes, "last May", 0);
  REQUIRE(!g.empty());
  CHECK(g[group_id("mon_pre")] == "last ");
  CHECK(g[group_id("mon_m")] == "May");
}

TEST_CASE("the shapes need a boundary on both sides") {
  const DateShapes shapes(toy_vocabulary());
  CHECK(groups_at(shapes, "x2022", 0).empty());
  CHECK(groups_at(shapes, "20221", 0).empty());
  const auto g = groups_at(shapes, "(2022)", 0);
  REQUIRE(!g.empty());
  CHECK(g[group_id("yr_y")] == "2022");
  CHECK(g[group_id("span")] == "2022");
}

TEST_CASE("the shapes read a template's number and unit") {
  const DateShapes shapes(toy_vocabulary());
  REQUIRE(shapes.ago().size() == 1);
  const auto& t = shapes.ago()[0];
  auto g = groups_at(shapes, "two years ago", 0);
  REQUIRE(!g.empty());
  CHECK(g[static_cast<std::size_t>(t.whole)] == "two years ago");
  CHECK(g[static_cast<std::size_t>(t.number)] == "two");
  CHECK(g[static_cast<std::size_t>(t.unit)] == "years");
  g = groups_at(shapes, " 12 years ago", 0);
  REQUIRE(!g.empty());
  CHECK(g[static_cast<std::size_t>(t.number)] == "12");
}

TEST_CASE("a run of digits is read whole, by the shapes whose length it has") {
  const DateShapes shapes(toy_vocabulary());
  const auto& t = shapes.ago()[0];
  // One to three digits may be a template's number; four are a year, never part of one.
  for (const char* number : {"7", "12", "120"}) {
    const auto g = groups_at(shapes, std::string(" ") + number + " years ago", 0);
    REQUIRE(!g.empty());
    CHECK(g[static_cast<std::size_t>(t.number)] == number);
  }
  auto g = groups_at(shapes, " 2022 years ago", 0);
  REQUIRE(!g.empty());
  CHECK(g[group_id("yr_y")] == "2022");
  CHECK(g[static_cast<std::size_t>(t.whole)].empty());
  // A day takes one or two digits, before its month.
  g = groups_at(shapes, " 7 March", 0);
  REQUIRE(!g.empty());
  CHECK(g[group_id("dmy_d")] == "7");
  CHECK(groups_at(shapes, " 117 March", 0).empty());
  g = groups_at(shapes, " 17/03/2022", 0);
  REQUIRE(!g.empty());
  CHECK(g[group_id("num_a")] == "17");
  CHECK(g[group_id("num_y")] == "2022");
}
