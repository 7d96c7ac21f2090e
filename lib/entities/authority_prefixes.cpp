#include "entities/authority_prefixes.h"

#include <algorithm>
#include <array>
#include <bit>

#include "text/case_fold.h"
#include "text/code_points.h"

namespace finex::authority {

namespace {

// What a character reads as, beside its folded code point.
constexpr std::int32_t kSpaceRun = -1;
constexpr std::int32_t kApostrophe = -2;  // ' or ’
constexpr std::int32_t kHyphen = -3;      // -, ‐ or ‑

// The spaces and line breaks a space in a phrase matches.
constexpr bool is_space(std::int32_t c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// ASCII as the reading sees it: letters folded (or as written), a space run, an apostrophe, a
// hyphen.
constexpr std::array<std::int32_t, 128> ascii_symbols(bool fold) {
  std::array<std::int32_t, 128> table{};
  for (std::int32_t c = 0; c < 128; ++c)
    table[static_cast<std::size_t>(c)] = is_space(c) ? kSpaceRun : c == '\'' ? kApostrophe : c == '-' ? kHyphen
                                         : fold && c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
  return table;
}
constexpr std::array<std::int32_t, 128> kAscii = ascii_symbols(true);
constexpr std::array<std::int32_t, 128> kAsciiAsWritten = ascii_symbols(false);

// Where the run of spaces and line breaks that `pos` is in, or follows, ends.
std::size_t after_space_run(std::string_view text, std::size_t pos) {
  while (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80 &&
         kAscii[static_cast<unsigned char>(text[pos])] == kSpaceRun)
    ++pos;
  return pos;
}

// A folded character as the reading sees it: the other forms of an apostrophe or hyphen match
// where the phrase's do.
std::int32_t symbol_of_folded(std::int32_t folded) {
  if (folded < 0x80) return kAscii[static_cast<std::size_t>(folded)];
  if (folded == 0x2019) return kApostrophe;
  if (folded == 0x2010 || folded == 0x2011) return kHyphen;
  return folded;
}

// The key of a prefix one character longer. Different prefixes may share a key; that only
// makes the filter pass more.
std::uint64_t extended(std::uint64_t prefix, std::int32_t symbol) {
  const std::uint64_t key = (prefix ^ static_cast<std::uint64_t>(static_cast<std::uint32_t>(symbol))) * 0xD6E8FEB86659FD93u;
  return key ^ (key >> 32);
}

// Prefix keys in one open-addressed table: built with no allocation per key, asked in a few
// instructions (the keys are hashes already).
class FlatSet {
 public:
  explicit FlatSet(const std::vector<std::uint64_t>& keys)
      : slots_(std::bit_ceil(std::max<std::size_t>(16, 2 * keys.size())), 0) {
    const std::size_t mask = slots_.size() - 1;
    for (const std::uint64_t key : keys) {
      if (key == 0) {
        has_zero_ = true;
        continue;
      }
      std::size_t i = key & mask;
      while (slots_[i] != 0 && slots_[i] != key) i = (i + 1) & mask;
      slots_[i] = key;
    }
  }
  bool holds(std::uint64_t key) const {
    if (key == 0) return has_zero_;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = key & mask;; i = (i + 1) & mask) {
      if (slots_[i] == key) return true;
      if (slots_[i] == 0) return false;
    }
  }

 private:
  std::vector<std::uint64_t> slots_;
  bool has_zero_ = false;
};

}  // namespace

PhrasePrefixes::PhrasePrefixes(const std::vector<std::string_view>& phrases,
                               const std::vector<std::string_view>& as_written, const PhrasePrefixes* also)
    : first_two_(128 * 128), also_(also) {
  std::vector<std::uint64_t> held, open;
  for (const std::string_view phrase : phrases) add(phrase, 0, 0, 0, held, open);
  // The first two characters of each group on their own, before the groups are joined.
  std::vector<std::uint64_t> held_as_written, open_as_written;
  for (const std::string_view phrase : as_written) add(phrase, 0, 0, 0, held_as_written, open_as_written, false);
  own_folded_ = two_character_readings(held, open, kAscii.data());
  own_as_written_ = two_character_readings(held_as_written, open_as_written, kAsciiAsWritten.data());
  held_as_written.clear();
  open_as_written.clear();
  for (const std::string_view phrase : as_written) add(phrase, 0, 0, 0, held, open);
  // Phrases share their first words ("in Italy", "in Irland"): the table is sized by the
  // prefixes that differ.
  std::sort(held.begin(), held.end());
  held.erase(std::unique(held.begin(), held.end()), held.end());
  const std::size_t slots = std::bit_ceil(std::max<std::size_t>(1024, held.size() * kSlotsPerPrefix));
  bits_.assign(slots / 32, 0);
  shift_ = 64 - std::countr_zero(slots);
  const auto mark = [&](std::uint64_t prefix, unsigned bit) {
    const auto s = static_cast<std::size_t>(hash(prefix) >> shift_);
    bits_[s >> 5] |= std::uint64_t{bit} << (2 * (s & 31));
  };
  for (const std::uint64_t prefix : held) mark(prefix, kHeld);
  for (const std::uint64_t prefix : open) mark(prefix, kOpen);
  // A start passes the first two characters when either group, here or in also_, lets it;
  // what is read further is read folded.
  // Unread over some over further over none, as a table: the join runs for every pair of
  // characters.
  static constexpr auto kJoin = [] {
    constexpr std::array<int, 4> rank = {0, 2, 1, 3};  // by Reading: none, some, further, unread
    std::array<std::array<std::uint8_t, 4>, 4> table{};
    for (std::size_t x = 0; x < 4; ++x)
      for (std::size_t y = 0; y < 4; ++y) table[x][y] = static_cast<std::uint8_t>(rank[x] >= rank[y] ? x : y);
    return table;
  }();
  for (std::size_t i = 0; i < first_two_.size(); ++i) {
    std::uint8_t reading = kJoin[own_folded_[i]][own_as_written_[i]];
    if (also_ != nullptr) reading = kJoin[reading][kJoin[also_->own_folded_[i]][also_->own_as_written_[i]]];
    first_two_[i] = reading;
  }
}

std::vector<std::uint8_t> PhrasePrefixes::two_character_readings(const std::vector<std::uint64_t>& held,
                                                                 const std::vector<std::uint64_t>& open,
                                                                 const std::int32_t* ascii) {
  const FlatSet held_set(held), open_set(open);
  const auto step = [&](std::uint64_t prefix) {
    return !held_set.holds(prefix) ? Reading::none : open_set.holds(prefix) ? Reading::some : Reading::further;
  };
  std::vector<std::uint8_t> readings(128 * 128);
  for (std::size_t first = 0; first < 128; ++first) {
    const std::uint64_t prefix = extended(0, ascii[first]);
    const Reading after_first = ascii[first] == kSpaceRun ? Reading::unread : step(prefix);
    std::uint8_t* row = &readings[first << 7];
    if (after_first != Reading::further) {
      std::fill_n(row, 128, static_cast<std::uint8_t>(after_first));
      continue;
    }
    for (std::size_t second = 0; second < 128; ++second)
      row[second] = static_cast<std::uint8_t>(step(extended(prefix, ascii[second])));
  }
  return readings;
}

void PhrasePrefixes::add(std::string_view phrase, std::size_t from, int depth, std::uint64_t prefix,
                         std::vector<std::uint64_t>& held, std::vector<std::uint64_t>& open, bool fold) {
  for (std::size_t i = from; i < phrase.size(); ++depth) {
    if (depth == kDepth) return;  // the text's reading stops here too, and passes
    std::size_t length = 0;
    const std::int32_t c = code_point_at(phrase, i, length);
    i += length;
    if (c == '*') break;  // any letters, or none: open
    std::int32_t symbol = kHyphen;
    if (c == '-') {
      add(phrase, i, depth, prefix, held, open, fold);  // the hyphen left out
    } else if (c == ' ') {
      symbol = kSpaceRun;
    } else if (c == '\'') {
      symbol = kApostrophe;
    } else {
      symbol = !fold && c < 0x80 ? kAsciiAsWritten[static_cast<std::size_t>(c)]
                                 : symbol_of_folded(fold ? fold_code_point(c) : c);
      // A space or line break written as such, not as the phrase's space: the text's run of
      // them reads as one, which it alone would not match; left to the tries.
      if (symbol == kSpaceRun) break;
    }
    prefix = extended(prefix, symbol);
    held.push_back(prefix);
  }
  open.push_back(prefix);
}

bool PhrasePrefixes::read_after_two(std::string_view text, std::size_t pos) const {
  const auto first = static_cast<unsigned char>(text[pos]);
  const auto second = static_cast<unsigned char>(text[pos + 1]);
  pos += 2;
  if (kAscii[second] == kSpaceRun) pos = after_space_run(text, pos);
  return read(text, pos, 2, extended(extended(0, kAscii[first]), kAscii[second]));
}

bool PhrasePrefixes::read(std::string_view text, std::size_t pos, int depth, std::uint64_t prefix) const {
  for (; depth < kDepth; ++depth) {
    if (pos >= text.size()) return true;
    std::int32_t symbol;
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      symbol = kAscii[byte];
      ++pos;
      if (symbol == kSpaceRun) pos = after_space_run(text, pos);
    } else {
      std::size_t length = 0;
      symbol = symbol_of_folded(fold_code_point(code_point_at(text, pos, length)));
      pos += length;
    }
    prefix = extended(prefix, symbol);
    // An open prefix is also held: one not held rules out every phrase.
    const unsigned m = marks(prefix);
    if ((m & kHeld) == 0) return false;
    if ((m & kOpen) != 0) return true;
  }
  return true;
}

}  // namespace finex::authority
