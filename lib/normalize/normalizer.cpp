#include "normalize/normalizer.h"

namespace finex {

void OffsetMap::add(std::size_t norm_len, std::size_t orig_begin, std::size_t orig_len, bool copied) {
  pieces_.push_back({normalized_size(), orig_begin, norm_len, orig_len, copied});
}
std::size_t OffsetMap::normalized_size() const {
  return pieces_.empty() ? 0 : pieces_.back().norm_begin + pieces_.back().norm_len;
}
std::size_t OffsetMap::original_begin(std::size_t n) const { return n; }
std::size_t OffsetMap::original_end(std::size_t n) const { return n; }
Span OffsetMap::to_original(Span s) const { return {original_begin(s.begin), original_end(s.end)}; }

NormalizedText normalize(std::string_view input) {
  NormalizedText out;
  out.text.assign(input);
  out.map.add(input.size(), 0, input.size(), true);
  return out;
}

}  // namespace finex
