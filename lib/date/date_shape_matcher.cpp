// Walks the date shapes over the text by backtracking: each node takes what it can at a
// position and hands the rest of the way to what follows it (a chain of frames on the stack),
// so the first way through in declaration order wins, as in a backtracking regular expression.
// The shapes are small and tried only where a date can start, so the walk is short.
#include <utf8proc.h>

#include "date/date_shapes.h"
#include "text/code_points.h"

namespace finex::dates {

namespace {

bool letter_or_digit(std::int32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  const auto category = utf8proc_category(c);
  return (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
         (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO);
}

// The accented and final forms an unaccented Greek letter of a folded word also stands for.
std::int32_t greek_variant(std::int32_t c) {
  switch (c) {
    case 0x03B1: return 0x03AC;  // α ά
    case 0x03B5: return 0x03AD;  // ε έ
    case 0x03B7: return 0x03AE;  // η ή
    case 0x03BF: return 0x03CC;  // ο ό
    case 0x03C9: return 0x03CE;  // ω ώ
    case 0x03C3: return 0x03C2;  // σ ς
    default: return -1;
  }
}

// Whether the text's character `c` is the word's letter `w`, case aside (Unicode simple case
// folding; the Turkish dotted and dotless i are no other letter's case).
bool same_letter(std::int32_t c, std::int32_t w) {
  if (c == w) return true;
  if (c < 0x80 && w < 0x80) {
    const auto lower = [](std::int32_t x) { return x >= 'A' && x <= 'Z' ? x + 32 : x; };
    return lower(c) == lower(w);
  }
  if (c == 0x0130 || c == 0x0131 || w == 0x0130 || w == 0x0131) return false;
  const std::int32_t lower = utf8proc_tolower(c);
  if (lower == w || lower == utf8proc_tolower(w) || utf8proc_toupper(c) == utf8proc_toupper(w)) return true;
  // ι and υ stand for three accented forms each, the other vowels and σ for one.
  switch (w) {
    case 0x03B9: return lower == 0x03AF || lower == 0x03CA || lower == 0x0390;  // ί ϊ ΐ
    case 0x03C5: return lower == 0x03CD || lower == 0x03CB || lower == 0x03B0;  // ύ ϋ ΰ
    default: {
      const std::int32_t variant = greek_variant(w);
      return variant >= 0 && (lower == variant || utf8proc_toupper(c) == utf8proc_toupper(variant));
    }
  }
}

}  // namespace

// One attempt to match: the text, the groups found so far, and what follows each node.
struct DateShapes::Run {
  // What remains after a node: the rest of a sequence, or the end of a group.
  struct Frame {
    int node;
    std::size_t value;  // the next kid of a sequence, or where a group began
    const Frame* up;
  };

  const DateShapes& shapes;
  std::string_view text;
  std::vector<GroupSpan>& groups;

  const Node& at(int index) const { return shapes.nodes_[static_cast<std::size_t>(index)]; }
  int kid(const Node& n, std::size_t i) const { return shapes.kids_[n.first_kid + i]; }

  // The length of `word` at `pos`, or 0.
  std::size_t word_at(const Word& word, std::size_t pos) const {
    std::size_t p = pos;
    for (std::int32_t w : word) {
      if (p >= text.size()) return 0;
      std::size_t length = 1;
      const std::int32_t c = code_point_at(text, p, length);
      if (!same_letter(c, w)) return 0;
      p += length;
    }
    return p - pos;
  }

  bool edge_at(std::size_t pos, std::size_t& length) const {
    return pos < text.size() && !letter_or_digit(code_point_at(text, pos, length));
  }

  bool sequence(int index, std::size_t next, std::size_t pos, const Frame* up) {
    const Node& n = at(index);
    if (next == n.kid_count) return resume(up, pos);
    const Frame frame{index, next + 1, up};
    return match(kid(n, next), pos, &frame);
  }

  bool resume(const Frame* frame, std::size_t pos) {
    if (frame == nullptr) return true;
    const Node& n = at(frame->node);
    if (n.op == Op::sequence) return sequence(frame->node, frame->value, pos, frame->up);
    // The end of a group.
    GroupSpan& group = groups[static_cast<std::size_t>(n.group)];
    const GroupSpan before = group;
    group = {frame->value, pos};
    if (resume(frame->up, pos)) return true;
    group = before;
    return false;
  }

  bool match(int index, std::size_t pos, const Frame* up) {
    const Node& n = at(index);
    switch (n.op) {
      case Op::sequence:
        return sequence(index, 0, pos, up);
      case Op::alternative:
        for (std::size_t i = 0; i < n.kid_count; ++i)
          if (match(kid(n, i), pos, up)) return true;
        return false;
      case Op::optional:
        return match(kid(n, 0), pos, up) || resume(up, pos);
      case Op::group: {
        const Frame frame{index, pos, up};
        return match(kid(n, 0), pos, &frame);
      }
      case Op::byte: {
        if (pos >= text.size()) return false;
        const auto b = static_cast<unsigned char>(text[pos]);
        return (n.bytes[b >> 6] >> (b & 63) & 1) != 0 && resume(up, pos + 1);
      }
      case Op::words:
        for (const Word& word : shapes.words_[static_cast<std::size_t>(n.words)]) {
          const std::size_t length = word_at(word, pos);
          if (length > 0 && resume(up, pos + length)) return true;
        }
        return false;
      case Op::lead_edge: {
        if (pos == 0 && resume(up, pos)) return true;
        std::size_t length = 1;
        return edge_at(pos, length) && resume(up, pos + length);
      }
      case Op::trail_edge: {
        std::size_t length = 1;
        if (edge_at(pos, length) && resume(up, pos + length)) return true;
        return pos == text.size() && resume(up, pos);
      }
    }
    return false;
  }
};

bool DateShapes::match(std::string_view text, std::size_t start, std::vector<GroupSpan>& groups) const {
  groups.assign(group_count_, GroupSpan{});
  if (root_ < 0) return false;
  Run run{*this, text, groups};
  return run.match(root_, start, nullptr);
}

}  // namespace finex::dates
