#pragma once
// A set of words for the lookups the recognisers make at every token: open addressing in a
// power-of-two table with each word's hash kept beside it, looked up by a string_view. A lookup
// allocates nothing, divides by nothing and reads one slot per probe; most words of a text are
// in no list and are turned away by the hash alone.
//
// THREAD SAFETY: built by one thread, then read by any number at once.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace finex {

class WordSet {
 public:
  // Adds `word`; a word already there is kept once.
  void insert(std::string_view word);
  bool contains(std::string_view word) const;
  // 1 or 0, as std::unordered_set says it.
  std::size_t count(std::string_view word) const { return contains(word) ? 1 : 0; }
  bool empty() const { return words_.empty(); }
  std::size_t size() const { return words_.size(); }
  // The words in the order they were added.
  std::vector<std::string>::const_iterator begin() const { return words_.begin(); }
  std::vector<std::string>::const_iterator end() const { return words_.end(); }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t word = 0;  // 1 + index into words_; 0: empty
  };
  static std::uint64_t hash_of(std::string_view word);
  // The index of the slot that holds `word`, or of the empty slot where it would go.
  std::size_t slot_for(std::string_view word, std::uint64_t hash) const;
  void grow();

  std::vector<std::string> words_;
  std::vector<Slot> slots_;  // empty, or a power of two at most half full
};

}  // namespace finex
