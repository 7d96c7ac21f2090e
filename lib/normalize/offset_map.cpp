#include <algorithm>

#include "normalize/normalizer.h"

namespace finex {

void OffsetMap::add(std::size_t norm_len, std::size_t orig_begin, std::size_t orig_len, bool copied) {
  if (norm_len == 0) return;
  if (!runs_.empty()) {
    Run& last = runs_.back();
    const std::size_t copy_len = size_ - copy_norm_begin(last);
    if (copied) {
      // Copied text that continues the copy in both texts stays in the run, so plain text costs
      // one run per stretch between edits.
      if (copy_orig_begin(last) + copy_len == orig_begin) {
        size_ += norm_len;
        return;
      }
    } else if (copy_len == 0 && last.edit_norm > 0 && last.orig_begin == orig_begin &&
               last.edit_orig == orig_len) {
      // Several characters rewritten from the same original stretch ("ﬁ" → "fi") map as one.
      last.edit_norm += static_cast<Offset>(norm_len);
      size_ += norm_len;
      return;
    }
  }
  runs_.push_back({static_cast<Offset>(size_), static_cast<Offset>(orig_begin),
                   static_cast<Offset>(copied ? 0 : norm_len), static_cast<Offset>(copied ? 0 : orig_len)});
  size_ += norm_len;
}

void OffsetMap::remove_suffix(std::size_t norm_len) {
  while (norm_len > 0 && !runs_.empty()) {
    Run& last = runs_.back();
    const std::size_t copy_len = size_ - copy_norm_begin(last);
    if (copy_len > 0) {
      const std::size_t taken = std::min(norm_len, copy_len);
      size_ -= taken;
      norm_len -= taken;
      if (taken == copy_len && last.edit_norm == 0) runs_.pop_back();
    } else if (last.edit_norm <= norm_len) {
      norm_len -= last.edit_norm;
      size_ -= last.edit_norm;
      runs_.pop_back();
    } else {
      last.edit_norm -= static_cast<Offset>(norm_len);
      size_ -= norm_len;
      norm_len = 0;
    }
  }
}

std::size_t OffsetMap::run_at(std::size_t n) const {
  // The last run that starts at or before n.
  const auto it = std::upper_bound(runs_.begin(), runs_.end(), n,
                                   [](std::size_t v, const Run& r) { return v < r.norm_begin; });
  return static_cast<std::size_t>(std::prev(it) - runs_.begin());
}

std::size_t OffsetMap::original_begin(std::size_t n) const {
  if (runs_.empty()) return 0;
  if (n >= size_) {
    const Run& last = runs_.back();
    return copy_orig_begin(last) + (size_ - copy_norm_begin(last));
  }
  const Run& r = runs_[run_at(n)];
  if (n < copy_norm_begin(r)) return r.orig_begin;
  return copy_orig_begin(r) + (n - copy_norm_begin(r));
}

std::size_t OffsetMap::original_end(std::size_t n) const {
  if (runs_.empty()) return 0;
  if (n == 0) return runs_.front().orig_begin;
  // The run holding byte n-1.
  const std::size_t i = run_at(std::min(n, size_) - 1);
  const Run& r = runs_[i];
  const std::size_t end = std::min(n, run_end(i));
  if (end <= copy_norm_begin(r)) return copy_orig_begin(r);
  return copy_orig_begin(r) + (end - copy_norm_begin(r));
}

Span OffsetMap::to_original(Span s) const {
  const std::size_t begin = original_begin(s.begin);
  if (s.end <= s.begin) return {begin, begin};
  return {begin, std::max(begin, original_end(s.end))};
}

std::vector<OffsetMap::Piece> OffsetMap::pieces() const {
  std::vector<Piece> out;
  for (std::size_t i = 0; i < runs_.size(); ++i) {
    const Run& r = runs_[i];
    if (r.edit_norm > 0) out.push_back({r.norm_begin, r.orig_begin, r.edit_norm, r.edit_orig, false});
    const std::size_t copy_len = run_end(i) - copy_norm_begin(r);
    if (copy_len > 0) out.push_back({copy_norm_begin(r), copy_orig_begin(r), copy_len, copy_len, true});
  }
  return out;
}

}  // namespace finex
