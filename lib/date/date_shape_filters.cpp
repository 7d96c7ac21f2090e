// What the matcher may skip, worked out once from the shapes: the bytes each node can start
// with, and the runs of digits a node must take whole. Both only spare the matcher ways that
// cannot lead to a match; which match it finds stays the same.
#include "date/date_shapes.h"

#include <algorithm>

namespace finex::dates {

void DateShapes::find_first_bytes() {
  // Kids are declared before their parents, so one pass in declaration order sees every kid
  // done.
  for (Node& n : nodes_) {
    const auto kid = [&](std::uint32_t i) -> const Node& {
      return nodes_[static_cast<std::size_t>(kids_[n.first_kid + i])];
    };
    const auto add = [&](const Node& k) {
      for (std::size_t i = 0; i < n.first.size(); ++i) n.first[i] |= k.first[i];
    };
    switch (n.op) {
      case Op::byte:
        n.first = n.bytes;
        break;
      case Op::words:
        n.first = words_[static_cast<std::size_t>(n.words)].first_bytes();
        break;
      case Op::lead_edge:
      case Op::trail_edge:  // one character, or nothing at the text's start or end
        n.first.fill(~std::uint64_t{0});
        n.nullable = true;
        break;
      case Op::optional:
      case Op::group:
        add(kid(0));
        n.nullable = n.op == Op::optional || kid(0).nullable;
        break;
      case Op::alternative:
        for (std::uint32_t i = 0; i < n.kid_count; ++i) {
          add(kid(i));
          n.nullable = n.nullable || kid(i).nullable;
        }
        break;
      case Op::sequence:
        n.nullable = true;
        for (std::uint32_t i = 0; i < n.kid_count && n.nullable; ++i) {
          add(kid(i));
          n.nullable = kid(i).nullable;
        }
        break;
    }
  }
}

void DateShapes::find_digit_runs() {
  using Bytes = std::array<std::uint64_t, 4>;
  constexpr std::uint64_t kDigits = std::uint64_t{0x3FF} << '0';  // bits of the first word
  const auto kid_of = [&](const Node& n, std::uint32_t k) {
    return static_cast<std::size_t>(kids_[n.first_kid + k]);
  };
  // The nodes that read digits only, and how many at least and at most. Kids are declared
  // before their parents.
  std::vector<bool> digits_only(nodes_.size(), false);
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    Node& n = nodes_[i];
    bool only = false;
    int low = 0, high = 0;
    if (n.op == Op::byte) {
      only = n.bytes[0] != 0 && (n.bytes[0] & ~kDigits) == 0 && n.bytes[1] == 0 && n.bytes[2] == 0 &&
             n.bytes[3] == 0;
      low = high = 1;
    } else if (n.kid_count > 0 && (n.op == Op::sequence || n.op == Op::alternative ||
                                   n.op == Op::optional || n.op == Op::group)) {
      only = true;
      for (std::uint32_t k = 0; k < n.kid_count && only; ++k) {
        const Node& kid = nodes_[kid_of(n, k)];
        only = digits_only[kid_of(n, k)];
        if (n.op == Op::sequence) {
          low += kid.min_digits;
          high += kid.max_digits;
        } else {
          low = k == 0 ? kid.min_digits : std::min<int>(low, kid.min_digits);
          high = std::max<int>(high, kid.max_digits);
        }
      }
      if (n.op == Op::optional) low = 0;
    }
    digits_only[i] = only && high <= 0xFF;
    if (digits_only[i]) {
      n.min_digits = static_cast<std::uint8_t>(low);
      n.max_digits = static_cast<std::uint8_t>(high);
    }
  }
  // The bytes that may follow each node, or anything at all (the text's end too, past the
  // trailing edge). Parents are declared after their kids: in reverse order, each node has heard
  // from all its parents before it tells its kids.
  std::vector<Bytes> follow(nodes_.size(), Bytes{});
  std::vector<bool> follow_any(nodes_.size(), false);
  if (root_ >= 0) follow_any[static_cast<std::size_t>(root_)] = true;
  // A run of digits tested by every parent needs no test of its own.
  std::vector<int> parents(nodes_.size(), 0), testing_parents(nodes_.size(), 0);
  for (std::size_t i = nodes_.size(); i-- > 0;) {
    Node& n = nodes_[i];
    const bool tested_above = parents[i] > 0 && testing_parents[i] == parents[i];
    n.whole_digit_run = digits_only[i] && !tested_above && !follow_any[i] && (follow[i][0] & kDigits) == 0;
    const bool tests_kids = n.whole_digit_run || (digits_only[i] && tested_above);
    for (std::uint32_t k = 0; k < n.kid_count; ++k) {
      const std::size_t kid = kid_of(n, k);
      ++parents[kid];
      if (tests_kids) ++testing_parents[kid];
      bool rest_nullable = true;
      if (n.op == Op::sequence)
        for (std::uint32_t next = k + 1; next < n.kid_count && rest_nullable; ++next) {
          const Node& after = nodes_[kid_of(n, next)];
          for (std::size_t w = 0; w < follow[kid].size(); ++w) follow[kid][w] |= after.first[w];
          rest_nullable = after.nullable;
        }
      if (!rest_nullable) continue;
      for (std::size_t w = 0; w < follow[kid].size(); ++w) follow[kid][w] |= follow[i][w];
      if (follow_any[i]) follow_any[kid] = true;
    }
  }
}

}  // namespace finex::dates
