#pragma once
// Hard-wrapped text: e-mails and text copied from PDFs carry a line break every 60 to 100
// columns, so an amount, a name or a date may stand on two lines ("€390\nmillion"). In such
// text a single line break inside a paragraph is where a line was full and reads as a space;
// a break after a line that still had room for the next word is the writer's own (a headline,
// the end of a paragraph), and so is a break before a bullet or around a table row (a dash
// opens an item after a colon or under another dashed line); a row
// ("| a | b |") wrapped before its closing '|' goes on in the next line.
//
// The normaliser writes every single line break as '\n' and tells this class about it; once the
// whole text is seen, finish() turns the breaks of a wrapped text into spaces in place (one
// byte for one, so the offset map stays as it is). Cost: a few counters per character, one
// record per line break; no second pass over the text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace finex::normalize_detail {

class WrappedLines {
 public:
  // Lines longer than this are paragraphs written on one line: a text with more than
  // kLongLineShare of them is not hard-wrapped (typewriter and e-mail widths are 60 to 80
  // columns, PDF lines rarely above 110).
  static constexpr std::size_t kMaxWidth = 120;
  static constexpr double kLongLineShare = 0.1;
  // Below this width the lines are too short to tell a wrapped text from a list of short lines:
  // only a line that goes on in lowercase is joined. Below kMinWidth nothing is.
  static constexpr std::size_t kNarrowWidth = 30;
  static constexpr std::size_t kMinWidth = 20;
  // Columns the widest line may fall short of the wrapping width (collapsed double spaces,
  // composed accents).
  static constexpr std::size_t kSlack = 2;

  // Characters of the current line; a '|' or a tab in a line makes it a table row.
  void add_character(char32_t c);
  void add_ascii(std::string_view bytes);
  void add_space(bool tab);
  // The current line ends with a single line break written at `offset` of the text; `next`
  // is the first character of the next line.
  void break_line(std::size_t offset, char32_t next);
  // The current line ends where no single line break was written (a paragraph edge, or a word
  // hyphenated across the break).
  void end_line();
  // Ends the last line; in a hard-wrapped text, turns each break inside a paragraph into a space.
  // Returns how many it turned.
  std::size_t finish(std::string& text);

 private:
  // 32-bit, like the offset map (normalize() writes less than 4 GiB): a record per line.
  struct Break {
    std::uint32_t offset, before;  // where the '\n' is; columns of the line before it
    std::uint32_t next_word = 0;   // columns of the first word after it
    bool next_lowercase = false;  // the next line goes on in lowercase (or a number after a word)
    bool structural = false;     // a bullet or a table row on either side
    bool open_row = false;       // the line before is a table row not closed yet
  };
  void close_line();
  bool is_soft(const Break& b) const;

  std::vector<Break> breaks_;
  std::size_t columns_ = 0;
  bool row_ = false;        // a tab in the line: columns of a table
  bool pipe_row_ = false;   // the line starts with '|'
  char32_t last_ = 0;       // the line's last character
  char32_t opener_ = 0;     // the line's first character, when a break began it
  bool measuring_ = false;                 // the first word after the last break is being counted
  std::size_t opening_break_ = SIZE_MAX;   // the break that began the current line
  std::size_t lines_ = 0, long_lines_ = 0, width_ = 0;
};

}  // namespace finex::normalize_detail
