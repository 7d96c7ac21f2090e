#pragma once
// The shapes of one language's date expressions, declared once as a small grammar built from its
// DateVocabulary: the matcher walks it (date_shape_matcher.cpp) and the decoder reads the parts
// it marks (date_pattern_decode.cpp), by the group ids below. It replaces one RE2 alternation of
// some 5,000 instructions whose submatch engines cost microseconds per date and whose
// compilation cost most of the extractor's construction.
//
// Matching follows the rules of a backtracking regular expression: alternatives, optional parts
// and the words of a list are tried in the order they are declared (words longest first), and
// the first way through that reaches the end wins. Words are compared as FoldedWords.
// Immutable after construction; match() is safe to call from many threads at once.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "date/date_vocabulary.h"
#include "date/folded_words.h"

namespace finex::dates {

// The fixed groups of the shapes, by name. The decoder asks for them by index, fixed at compile
// time.
inline constexpr std::array<std::string_view, 52> kGroupNames = {
    "span", "cue", "iso", "iso_y", "iso_m", "iso_d", "num", "num_a",
    "num_b", "num_y", "num_y4", "dmy", "dmy_pre", "dmy_wd", "dmy_d", "dmy_m",
    "dmy_y", "dmy_post", "mdy", "mdy_wd", "mdy_m", "mdy_d", "mdy_y", "q",
    "q_n", "q_y", "q_y2", "q_n2", "q_pre", "q_p", "q_y3", "my",
    "my_m", "my_y", "sea", "sea_pre", "sea_s", "sea_post", "sea_y", "mon",
    "mon_pre", "mon_m", "mon_post", "wd", "wd_pre", "wd_d", "wd_post", "rel",
    "yr", "yr_w", "yr_y", "num_wd",
};

consteval std::size_t group_id(std::string_view name) {
  for (std::size_t i = 0; i < kGroupNames.size(); ++i)
    if (kGroupNames[i] == name) return i;
  throw "unknown date group";  // a compile error: every name used must be listed above
}

// Where a part of a match lies; begin == npos for a part the match did not take.
struct GroupSpan {
  std::size_t begin = std::string_view::npos, end = std::string_view::npos;
};

class DateShapes {
 public:
  DateShapes() = default;
  explicit DateShapes(const DateVocabulary& vocabulary);

  // Groups of the templates ("{n} {unit} ago"): the whole template, its number and its unit.
  struct TemplateGroups {
    int whole = -1, number = -1, unit = -1;
  };
  const std::vector<TemplateGroups>& anchored() const { return anchored_; }
  const std::vector<TemplateGroups>& ago() const { return ago_; }
  std::size_t group_count() const { return group_count_; }

  // Matches the shapes at `start` (the character before the date, which the leading boundary
  // takes, or the text's start); fills `groups` (group_count() entries) and returns whether a
  // date was read.
  bool match(std::string_view text, std::size_t start, std::vector<GroupSpan>& groups) const;

 private:
  enum class Op : std::uint8_t {
    sequence,     // the kids one after the other
    alternative,  // the first kid that leads to a match
    optional,     // the kid, else nothing
    group,        // the kid, its span recorded as `group`
    byte,         // one byte of `bytes`
    words,        // one word of the list `words`, in its order
    lead_edge,    // the text's start or one character that is no letter or digit
    trail_edge,   // one character that is no letter or digit or the text's end
  };
  struct Node {
    Op op = Op::sequence;
    int group = -1;
    int words = -1;
    std::uint32_t first_kid = 0, kid_count = 0;  // into kids_
    std::array<std::uint64_t, 4> bytes{};
    // The bytes a match of the node can start with, and whether it can match nothing: a node
    // that must take a byte is not tried where the text's byte cannot start it.
    std::array<std::uint64_t, 4> first{};
    bool nullable = false;
    // A node that reads digits only, where what follows it must start with a byte that is no
    // digit: its match takes the whole run of digits where it starts, so a run too long or too
    // short for it fails at once, untried ("2022" is no day, and no number of "{n} days ago").
    bool whole_digit_run = false;
    std::uint8_t min_digits = 0, max_digits = 0;
  };
  class Builder;
  struct Run;
  void find_first_bytes();
  void find_digit_runs();

  std::vector<Node> nodes_;
  std::vector<int> kids_;
  std::vector<FoldedWords> words_;
  int root_ = -1;
  std::vector<TemplateGroups> anchored_, ago_;
  std::size_t group_count_ = kGroupNames.size();
};

}  // namespace finex::dates
