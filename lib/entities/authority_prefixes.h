#pragma once
// The first characters of the phrases that may open a mention, so that a word start which
// begins none of them is passed over without walking the phrase tries. Most word starts of a
// text begin the first word of some name ("de", "the", "in" before "De Nederlandsche Bank",
// "The Pensions Regulator", "in Italy") but not its first two words, which a trie finds out
// only by a walk of its own, and there are four tries.
//
// Text and phrases are read as the tries read them, a character at a time, case folded (but for
// the first two characters of a phrase a trie matches as written, which are read so), with a
// run of spaces and line breaks as one (a space in a phrase matches such a run), ' and ’ as one
// (as an apostrophe in a phrase does), and so the hyphens. Where a phrase may match text of any
// kind (at its end, or "*") it is open. The longer prefixes are kept hashed as bits, so that one
// no phrase has may still read as held: this is a filter only, and such a prefix costs no more
// than the walks it would have saved.
//
// THREAD SAFETY: immutable after construction.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace finex::authority {

class PhrasePrefixes {
 public:
  // Lets nothing pass.
  PhrasePrefixes() : PhrasePrefixes(std::vector<std::string_view>{}) {}
  // The prefixes of `phrases`, those of tries in the syntax of text/phrase_matcher.h, and of
  // `also`'s, which must outlive this (the gazetteer's, kept once for every language). Read
  // folded, whether a trie ignores case or not: a phrase matched as written then lets more text
  // pass, never less.
  explicit PhrasePrefixes(const std::vector<std::string_view>& phrases, const PhrasePrefixes* also = nullptr)
      : PhrasePrefixes(phrases, {}, also) {}
  // The same with `as_written`, the phrases of a trie that matches them as written: their first
  // two characters are read so ("AT" and "OM" let no "at" or "om" of a text pass), the rest
  // folded. `also`'s are read the same way.
  PhrasePrefixes(const std::vector<std::string_view>& phrases, const std::vector<std::string_view>& as_written,
                 const PhrasePrefixes* also);

  // False only when no phrase can start at `pos`. Two ASCII characters, where most starts are
  // told, are answered from a table here; a reading that goes on is not inline.
  bool may_start(std::string_view text, std::size_t pos) const {
    if (pos + 1 < text.size()) {
      const auto first = static_cast<unsigned char>(text[pos]);
      const auto second = static_cast<unsigned char>(text[pos + 1]);
      if ((first | second) < 0x80) {
        const auto reading = static_cast<Reading>(first_two_[first << 7 | second]);
        if (reading == Reading::none || reading == Reading::some) return reading == Reading::some;
        if (reading == Reading::further) return read_after_two(text, pos);
      }
    }
    return read(text, pos, 0, 0);
  }

 private:
  // Characters read past this depth are not told apart: the first two words of most phrases.
  static constexpr int kDepth = 12;
  // Slots per prefix held: some one in thirty is taken, so that a prefix no phrase has seldom
  // reads as held.
  static constexpr std::size_t kSlotsPerPrefix = 32;
  // What two ASCII characters tell: no phrase starts so, some may, or the reading goes on
  // (`unread`: from the first, a space run, which may take the second).
  enum class Reading : std::uint8_t { none, some, further, unread };

  // Adds the prefixes of phrase[from...] read after `prefix`, of `depth` characters, to `held`
  // and those after which it is open to `open`.
  // Read as written when not `fold`.
  static void add(std::string_view phrase, std::size_t from, int depth, std::uint64_t prefix,
                  std::vector<std::uint64_t>& held, std::vector<std::uint64_t>& open, bool fold = true);
  // The Reading of each two ASCII characters by these prefixes alone, each ASCII character read
  // as `ascii` says.
  static std::vector<std::uint8_t> two_character_readings(const std::vector<std::uint64_t>& held,
                                                          const std::vector<std::uint64_t>& open,
                                                          const std::int32_t* ascii);
  // may_start() read on from `pos`, after `depth` characters read as `prefix`.
  bool read(std::string_view text, std::size_t pos, int depth, std::uint64_t prefix) const;
  bool read_after_two(std::string_view text, std::size_t pos) const;
  // What the sets say of a prefix: kHeld, and kOpen when some phrase is open after it.
  static constexpr unsigned kHeld = 1, kOpen = 2;
  unsigned marks(std::uint64_t prefix) const {
    const std::uint64_t h = hash(prefix);
    return marks_here(h) | (also_ != nullptr ? also_->marks_here(h) : 0u);
  }
  unsigned marks_here(std::uint64_t h) const {
    const auto s = static_cast<std::size_t>(h >> shift_);
    return static_cast<unsigned>(bits_[s >> 5] >> (2 * (s & 31))) & 3u;
  }
  static std::uint64_t hash(std::uint64_t prefix) { return prefix * 0x9E3779B97F4A7C15u; }

  // The marks of the prefixes, two bits in each slot: a power of two of slots, a prefix's the top
  // bits of its hash.
  std::vector<std::uint64_t> bits_;
  int shift_ = 0;
  // The Reading of each two ASCII characters, the first times 128 plus the second.
  std::vector<std::uint8_t> first_two_;
  // The same for this object's phrases alone, those read folded and those read as written,
  // told exactly: first_two_ joins them with also_'s.
  std::vector<std::uint8_t> own_folded_, own_as_written_;
  const PhrasePrefixes* also_ = nullptr;  // its marks are read with these
};

}  // namespace finex::authority
