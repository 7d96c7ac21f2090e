// Walks the date shapes over the text by backtracking: each node takes what it can at a
// position and hands the rest of the way to what follows it (a chain of frames on the stack),
// so the first way through in declaration order wins, as in a backtracking regular expression.
// The shapes are small and tried only where a date can start, so the walk is short.
#include "date/date_shapes.h"
#include "text/code_points.h"

namespace finex::dates {

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

  // Whether the node can match at `pos`, judged by the byte there.
  bool may_match(const Node& n, std::size_t pos) const {
    if (n.nullable) return true;
    if (pos >= text.size()) return false;
    const auto b = static_cast<unsigned char>(text[pos]);
    return (n.first[b >> 6] >> (b & 63) & 1) != 0;
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

  // Whether the run of digits at `pos` is as long as the node may read.
  bool fits_digit_run(const Node& n, std::size_t pos) const {
    std::size_t run = 0;
    while (run <= n.max_digits && pos + run < text.size() && text[pos + run] >= '0' && text[pos + run] <= '9')
      ++run;
    return run >= n.min_digits && run <= n.max_digits;
  }

  bool match(int index, std::size_t pos, const Frame* up) {
    const Node& n = at(index);
    if (n.whole_digit_run && !fits_digit_run(n, pos)) return false;
    switch (n.op) {
      case Op::sequence:
        return sequence(index, 0, pos, up);
      case Op::alternative:
        for (std::size_t i = 0; i < n.kid_count; ++i)
          if (may_match(at(kid(n, i)), pos) && match(kid(n, i), pos, up)) return true;
        return false;
      case Op::optional:
        return (may_match(at(kid(n, 0)), pos) && match(kid(n, 0), pos, up)) || resume(up, pos);
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
        return shapes.words_[static_cast<std::size_t>(n.words)].each_at(
            text, pos, [&](std::size_t length) { return resume(up, pos + length); });
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
