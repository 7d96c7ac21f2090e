#include "text/word_set.h"

namespace finex {

std::uint64_t WordSet::hash_of(std::string_view word) {
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a
  for (const char c : word) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
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
