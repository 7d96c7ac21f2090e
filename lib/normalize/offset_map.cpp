#include <algorithm>

#include "normalize/normalizer.h"

namespace finex {

void OffsetMap::add(std::size_t norm_len, std::size_t orig_begin, std::size_t orig_len, bool copied) {
  if (norm_len == 0) return;
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    const auto n = static_cast<Offset>(norm_len), o = static_cast<Offset>(orig_len);
    // Copied text that continues the previous copy in both texts stays one piece, so plain text
    // costs one piece per stretch between edits.
    if (copied && last.copied && last.orig_begin + last.orig_len == orig_begin) {
      last.norm_len += n;
      last.orig_len += o;
      return;
    }
    // Several characters rewritten from the same original stretch ("ﬁ" → "fi") map as one.
    if (!copied && !last.copied && last.orig_begin == orig_begin && last.orig_len == o) {
      last.norm_len += n;
      return;
    }
  }
  pieces_.push_back({static_cast<Offset>(normalized_size()), static_cast<Offset>(orig_begin),
                     static_cast<Offset>(norm_len), static_cast<Offset>(orig_len), copied});
}

void OffsetMap::remove_suffix(std::size_t norm_len) {
  while (norm_len > 0 && !pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.norm_len <= norm_len) {
      norm_len -= last.norm_len;
      pieces_.pop_back();
    } else {
      const auto n = static_cast<Offset>(norm_len);
      last.norm_len -= n;
      if (last.copied) last.orig_len -= n;
      norm_len = 0;
    }
  }
}

std::size_t OffsetMap::normalized_size() const {
  return pieces_.empty() ? 0 : std::size_t{pieces_.back().norm_begin} + pieces_.back().norm_len;
}

std::size_t OffsetMap::original_begin(std::size_t n) const {
  if (pieces_.empty()) return 0;
  if (n >= normalized_size()) return std::size_t{pieces_.back().orig_begin} + pieces_.back().orig_len;
  // The piece holding byte n: the last one that starts at or before it.
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), n,
                             [](std::size_t v, const Piece& p) { return v < p.norm_begin; });
  const Piece& p = *std::prev(it);
  return p.copied ? std::size_t{p.orig_begin} + (n - p.norm_begin) : p.orig_begin;
}

std::size_t OffsetMap::original_end(std::size_t n) const {
  if (pieces_.empty()) return 0;
  if (n == 0) return pieces_.front().orig_begin;
  // The piece holding byte n-1: the last one that starts before n.
  auto it = std::lower_bound(pieces_.begin(), pieces_.end(), n,
                             [](const Piece& p, std::size_t v) { return p.norm_begin < v; });
  const Piece& p = *std::prev(it);
  const std::size_t end = std::min(n, std::size_t{p.norm_begin} + p.norm_len);
  return p.copied ? std::size_t{p.orig_begin} + (end - p.norm_begin)
                  : std::size_t{p.orig_begin} + p.orig_len;
}

Span OffsetMap::to_original(Span s) const {
  const std::size_t begin = original_begin(s.begin);
  if (s.end <= s.begin) return {begin, begin};
  return {begin, std::max(begin, original_end(s.end))};
}

}  // namespace finex
