#include "input/source_map.h"

#include <algorithm>

namespace finex {

void SourceMap::add(std::size_t orig_begin, std::size_t out_unit, std::size_t orig_unit,
                    std::size_t units) {
  if (out_unit == 0 || units == 0) return;
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.out_unit == out_unit && last.orig_unit == orig_unit &&
        last.orig_begin + last.orig_len == orig_begin) {
      last.out_len += units * out_unit;
      last.orig_len += units * orig_unit;
      return;
    }
  }
  pieces_.push_back({decoded_size(), orig_begin, units * out_unit, units * orig_unit, out_unit,
                     orig_unit});
}

std::size_t SourceMap::decoded_size() const {
  return pieces_.empty() ? 0 : pieces_.back().out_begin + pieces_.back().out_len;
}

std::size_t SourceMap::original_begin(std::size_t out) const {
  if (pieces_.empty()) return 0;
  if (out >= decoded_size()) return pieces_.back().orig_begin + pieces_.back().orig_len;
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), out,
                             [](std::size_t v, const Piece& p) { return v < p.out_begin; });
  const Piece& p = *std::prev(it);
  return p.orig_begin + (out - p.out_begin) / p.out_unit * p.orig_unit;
}

std::size_t SourceMap::original_end(std::size_t out) const {
  if (pieces_.empty()) return 0;
  if (out == 0) return pieces_.front().orig_begin;
  auto it = std::lower_bound(pieces_.begin(), pieces_.end(), out,
                             [](const Piece& p, std::size_t v) { return p.out_begin < v; });
  const Piece& p = *std::prev(it);
  const std::size_t within = std::min(out - p.out_begin, p.out_len);
  // A unit counts whole: an offset inside one widens to its end.
  return p.orig_begin + (within + p.out_unit - 1) / p.out_unit * p.orig_unit;
}

Span SourceMap::to_original(Span s) const {
  const std::size_t begin = original_begin(s.begin);
  if (s.end <= s.begin) return {begin, begin};
  return {begin, std::max(begin, original_end(s.end))};
}

}  // namespace finex
