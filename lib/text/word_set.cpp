#include "text/word_set.h"

#include <cstring>

namespace finex {

// Eight bytes at a time, the last one to seven read in at most two loads that may overlap (the
// length is hashed first, so the same bytes read twice tell no two words apart): a lookup per
// word of a text costs a multiplication per eight bytes, not per byte.
std::uint64_t WordSet::hash_of(std::string_view word) {
  constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
  std::uint64_t hash = word.size() * kMultiplier;
  auto mix = [&](std::uint64_t eight) {
    hash = (hash ^ eight) * kMultiplier;
    hash ^= hash >> 29;  // the table's slot is the low bits: let every byte reach them
  };
  std::size_t i = 0;
  for (; i + 8 <= word.size(); i += 8) {
    std::uint64_t eight;
    std::memcpy(&eight, word.data() + i, 8);
    mix(eight);
  }
  const std::size_t rest = word.size() - i;
  const char* tail = word.data() + i;
  if (rest >= 4) {
    std::uint32_t first, last;
    std::memcpy(&first, tail, 4);
    std::memcpy(&last, tail + rest - 4, 4);
    mix(first | std::uint64_t{last} << 32);
  } else if (rest > 0) {
    auto byte = [&](std::size_t k) { return std::uint64_t{static_cast<unsigned char>(tail[k])}; };
    mix(byte(0) | byte(rest / 2) << 8 | byte(rest - 1) << 16);
  }
  return hash ^ (hash >> 32);
}

std::size_t WordSet::slot_for(std::string_view word, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  const auto short_hash = static_cast<std::uint32_t>(hash);
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.word == 0 || (slot.hash == short_hash && words_[slot.word - 1] == word)) return i;
  }
}

bool WordSet::contains(std::string_view word) const {
  if (words_.empty()) return false;
  return slots_[slot_for(word, hash_of(word))].word != 0;
}

void WordSet::insert(std::string_view word) {
  if (2 * (words_.size() + 1) > slots_.size()) grow();
  const std::uint64_t hash = hash_of(word);
  Slot& slot = slots_[slot_for(word, hash)];
  if (slot.word != 0) return;
  words_.emplace_back(word);
  slot = {static_cast<std::uint32_t>(hash), static_cast<std::uint32_t>(words_.size())};
}

void WordSet::grow() {
  slots_.assign(slots_.empty() ? 16 : 2 * slots_.size(), Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t w = 0; w < words_.size(); ++w) {
    const std::uint64_t hash = hash_of(words_[w]);
    std::size_t i = hash & mask;
    while (slots_[i].word != 0) i = (i + 1) & mask;
    slots_[i] = {static_cast<std::uint32_t>(hash), static_cast<std::uint32_t>(w + 1)};
  }
}

}  // namespace finex
