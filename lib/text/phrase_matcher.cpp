#include "text/phrase_matcher.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include "text/case_fold.h"
#include "text/code_points.h"
#include "text/word_starts.h"

namespace finex {

namespace {

// Trie edges that stand for a class of text rather than one character.
constexpr std::int32_t kSpace = -1;           // ' ' in a phrase: one or more spaces or breaks
constexpr std::int32_t kApostrophe = -2;      // '\'' in a phrase: ' or ’
constexpr std::int32_t kOptionalHyphen = -3;  // '-' in a phrase: -, ‐, ‑ or nothing
constexpr std::int32_t kLetters = -4;         // '*' in a phrase: any further letters
constexpr int kMaxCategories = 64;             // categories are bits of a node's mask

constexpr bool is_ascii_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// is_ascii_word as a table, for the loops that skip the rest of a word.
constexpr std::array<bool, 256> kAsciiWord = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 128; ++c) table[static_cast<std::size_t>(c)] = is_ascii_word(static_cast<char>(c));
  return table;
}();

}  // namespace

bool is_word_char(std::int32_t c) {
  if (c < 0x80) return is_ascii_word(static_cast<char>(c));
  return is_word_category(category_of(c));
}

namespace {

// is_word_char of the character at `pos`, ASCII answered inline: the scans ask it of every
// character.
inline bool word_char_at(std::string_view text, std::size_t pos, std::size_t& length) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {
    length = 1;
    return is_ascii_word(static_cast<char>(byte));
  }
  return is_word_category(category_of(code_point_at(text, pos, length)));
}

// What "sanction*" may continue with: letters and the combining marks of decomposed letters.
bool is_letter_or_mark(std::int32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  const auto category = category_of(c);
  return (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
         category == UTF8PROC_CATEGORY_MN;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

std::int32_t fold(std::int32_t c, bool case_sensitive) {
  if (case_sensitive) return c;
  return fold_code_point(c);
}

// fold_code_point of every code point below U+0800, made once for all matchers.
const std::array<std::int32_t, 0x800>& folded_two_byte() {
  static const std::array<std::int32_t, 0x800> folded = [] {
    std::array<std::int32_t, 0x800> table{};
    for (std::int32_t c = 0; c < 0x800; ++c) table[static_cast<std::size_t>(c)] = fold_code_point(c);
    return table;
  }();
  return folded;
}

// The code points below U+0800 themselves, the keys of a case-sensitive matcher.
const std::array<std::int32_t, 0x800>& two_byte_code_points() {
  static const std::array<std::int32_t, 0x800> code_points = [] {
    std::array<std::int32_t, 0x800> table{};
    for (std::int32_t c = 0; c < 0x800; ++c) table[static_cast<std::size_t>(c)] = c;
    return table;
  }();
  return code_points;
}

// The first bytes of the two-byte characters that `keys` gives each key below U+0800, one bit
// per byte from 0xC0 on; and the characters whose key is beyond. What freeze() asks of every
// phrase list's next keys, worked out once per table.
struct LeadBytesOfKeys {
  std::array<std::uint32_t, 0x800> by_key{};
  std::vector<std::int32_t> beyond;
};
LeadBytesOfKeys lead_bytes_of(const std::array<std::int32_t, 0x800>& keys) {
  LeadBytesOfKeys out;
  for (std::int32_t c = 0x80; c < 0x800; ++c) {
    const std::int32_t key = keys[static_cast<std::size_t>(c)];
    if (key >= 0 && key < 0x800) out.by_key[static_cast<std::size_t>(key)] |= std::uint32_t{1} << (c >> 6);
    else out.beyond.push_back(c);
  }
  return out;
}
const LeadBytesOfKeys& lead_bytes_of_keys(bool case_sensitive) {
  static const LeadBytesOfKeys folded = lead_bytes_of(folded_two_byte());
  static const LeadBytesOfKeys exact = lead_bytes_of(two_byte_code_points());
  return case_sensitive ? exact : folded;
}

}  // namespace

bool at_word_start(std::string_view text, std::size_t pos) {
  if (pos == 0) return true;
  std::size_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  std::size_t length = 0;
  return !word_char_at(text.substr(0, pos), p, length);
}

bool at_word_end(std::string_view text, std::size_t end) {
  if (end >= text.size()) return true;
  // A phrase that ends in an elision ("all'", "d'") ends its word at the apostrophe.
  if (end > 0 && (text[end - 1] == '\'' || (end >= 3 && text.substr(end - 3, 3) == "\u2019"))) return true;
  std::size_t length = 0;
  return !word_char_at(text, end, length);
}

bool letter_or_digit_at(std::string_view text, std::size_t pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return is_ascii_word(static_cast<char>(byte));
  std::size_t length = 0;
  const auto category = category_of(code_point_at(text, pos, length));
  return (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
         (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO);
}

// A trie over the phrases' characters (case-folded unless the matcher is case-sensitive). From
// each word start the text walks down it; the deepest phrase end that is also a word end wins.
namespace {

// A set of 32-bit hashes as bits, which may hold a hash it was not given but never misses one:
// the top bits of a hash pick its bit. Eight bits or more per hash keep one in eight wrong
// answers at most, in a table that grows with the set: most phrase lists are short, and every
// language has several.
class HashedBits {
 public:
  void fill(const std::vector<std::uint32_t>& hashes) {
    constexpr unsigned kMinBits = 6, kMaxBits = 16;
    unsigned bits = kMinBits;
    while (bits < kMaxBits && (std::size_t{1} << bits) < 8 * hashes.size()) ++bits;
    shift_ = 32 - bits;
    words_.assign((std::size_t{1} << bits) / 64, 0);
    for (const std::uint32_t hash : hashes) words_[(hash >> shift_) >> 6] |= std::uint64_t{1} << ((hash >> shift_) & 63);
  }
  bool may_hold(std::uint32_t hash) const {
    const std::uint32_t bit = hash >> shift_;
    return (words_[bit >> 6] >> (bit & 63) & 1) != 0;
  }

 private:
  unsigned shift_ = 26;
  std::vector<std::uint64_t> words_ = std::vector<std::uint64_t>(1, 0);
};

}  // namespace

struct PhraseMatcher::Impl {
  struct Edge {
    std::int32_t key;
    std::uint32_t child;
  };
  // Eight bytes, so that a walk reads a node in one load and tests its two rare cases at once.
  struct Node {
    std::uint32_t first_edge = 0;   // its plain edges are edges[first_edge, +plain_edges),
    std::uint16_t plain_edges = 0;  // sorted by key; its class edges (keys < 0) come just before
    std::uint8_t class_edges = 0;
    std::uint8_t ends = 0;  // a phrase ends here: categories[node] says of which categories
  };
  // The phrases as added, each a run of keys in `keys`; freeze() sorts them and lays the trie
  // out from them, each node's edges in one run sorted by key (class edges, < 0, first), with
  // no allocation per node.
  struct Added {
    std::uint32_t begin, end;  // in keys
    std::uint64_t categories;
  };
  std::vector<std::int32_t> keys;
  std::vector<Added> added;
  std::vector<Node> nodes;
  std::vector<Edge> edges;
  std::vector<std::uint64_t> categories;  // per node, bit c: a phrase of category c ends here
  // The key of each ASCII byte (lowercased where case is ignored), and the root's child for it
  // or 0.
  std::array<std::uint8_t, 128> ascii_keys{};
  std::array<std::uint32_t, 128> root_by_byte{};
  // The keys of the characters below U+0800 (folded where case is ignored), so that a walk
  // reads a Latin, Greek or Cyrillic letter's key with one lookup.
  const std::array<std::int32_t, 0x800>* two_byte_keys = nullptr;
  // Bit (b << 8 | next): whether a phrase may start with byte `b` followed by `next` (0 at the
  // end of the text). Clear when the first character leads nowhere or the second byte cannot
  // follow it on the way to a phrase; set for every `next` when the first character's node
  // ends a phrase or may be left by a hyphen or letters that can be absent, and for first
  // bytes of characters longer than two bytes (then the walk is the test).
  std::vector<std::uint64_t> opening_pairs;
  // For two ASCII letters or digits (folded), the third ones after which a phrase may go on, as
  // bits: a word start whose first three characters are such letters and lead nowhere costs no
  // walk. All bits when a phrase ends within the two or may take any letters after them.
  std::vector<std::uint64_t> third_chars;
  // For a first character below U+0800 beyond ASCII or followed by one: whether the phrases
  // that start with it may take any second character (one ends there, or takes any letters),
  // and the pairs of first and second keys they start with, hashed into bits. Greek, Cyrillic
  // and accented words are so passed over without a walk as ASCII ones are by the tables
  // above.
  std::array<std::uint64_t, 0x800 / 64> open_firsts{};
  HashedBits key_pairs;
  // For three ASCII letters or digits (folded) within which no phrase ends or takes any
  // letters, the fourth characters a phrase may go on with (letters, digits, or a space for
  // all of them), hashed with the three into bits.
  HashedBits fourth_chars;
  std::array<std::int8_t, 256> fourth_index{};  // alphabet_index, and alphabet_size for a space
  // The index of each byte among the letters and digits third_chars counts (lowercase letters
  // only for a matcher that ignores case), or -1.
  std::array<std::int8_t, 256> alphabet_index{};
  int alphabet_size = 0;
  bool case_sensitive = false;

  static char alphabet_char(int i) {
    return static_cast<char>(i < 10 ? '0' + i : i < 36 ? 'a' + (i - 10) : 'A' + (i - 36));
  }

  std::string add(int category, std::string_view phrase) {
    const auto begin = static_cast<std::uint32_t>(keys.size());
    for (std::size_t i = 0; i < phrase.size();) {
      std::size_t length = 0;
      const std::int32_t c = code_point_at(phrase, i, length);
      if (i == 0 && !is_word_char(c)) return "phrase '" + std::string(phrase) + "' must start with a letter";
      std::int32_t key = fold(c, case_sensitive);
      if (c == ' ') key = kSpace;
      else if (c == '\'') key = kApostrophe;
      else if (c == '-') key = kOptionalHyphen;
      else if (c == '*') key = kLetters;
      keys.push_back(key);
      i += length;
    }
    const auto end = static_cast<std::uint32_t>(keys.size());
    if (end == begin) return "empty phrase";
    if (category < 0 || category >= kMaxCategories) return "category out of range";
    added.push_back({begin, end, std::uint64_t{1} << category});
    return {};
  }

  // All edges of `node`, class edges first.
  std::span<const Edge> edges_of(std::uint32_t node) const {
    const Node& n = nodes[node];
    return {edges.data() + n.first_edge - n.class_edges, std::size_t{n.class_edges} + n.plain_edges};
  }

  // Lays out the node for the phrases order[lo, hi), which share their first `depth` keys, and
  // its subtree.
  void lay_out(std::uint32_t node, const std::vector<std::uint32_t>& order, std::size_t lo,
               std::size_t hi, std::uint32_t depth) {
    const auto length = [&](std::size_t i) { return added[order[i]].end - added[order[i]].begin; };
    const auto key = [&](std::size_t i) { return keys[added[order[i]].begin + depth]; };
    // Phrases that end here sort before those that go on.
    for (; lo < hi && length(lo) == depth; ++lo) categories[node] |= added[order[lo]].categories;
    // One edge for each run of phrases with the same next key, together; then each child and
    // its subtree in turn (depth first), so that a walk down a phrase reads on in memory.
    const auto first_edge = static_cast<std::uint32_t>(edges.size());
    for (std::size_t i = lo; i < hi; ++i)
      if (i == lo || key(i) != key(i - 1)) edges.push_back({key(i), 0});
    const auto class_edges = static_cast<std::uint32_t>(std::count_if(
        edges.begin() + first_edge, edges.end(), [](const Edge& e) { return e.key < 0; }));
    Node& n = nodes[node];
    n.first_edge = first_edge + class_edges;
    n.class_edges = static_cast<std::uint8_t>(class_edges);
    n.plain_edges = static_cast<std::uint16_t>(edges.size() - first_edge - class_edges);
    n.ends = categories[node] != 0;
    for (std::uint32_t e = first_edge; lo < hi; ++e) {
      std::size_t run_end = lo + 1;
      while (run_end < hi && key(run_end) == key(lo)) ++run_end;
      const auto child = static_cast<std::uint32_t>(nodes.size());
      edges[e].child = child;
      nodes.emplace_back();
      categories.push_back(0);
      lay_out(child, order, lo, run_end, depth + 1);
      lo = run_end;
    }
  }

  void freeze() {
    std::vector<std::uint32_t> order(added.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
      return std::lexicographical_compare(keys.begin() + added[x].begin, keys.begin() + added[x].end,
                                          keys.begin() + added[y].begin, keys.begin() + added[y].end);
    });
    nodes.emplace_back();
    categories.push_back(0);
    lay_out(0, order, 0, order.size(), 0);
    // The tables grew by doubling: a list that just passed a power of two would keep up to
    // twice what it holds for as long as the process runs.
    nodes.shrink_to_fit();
    edges.shrink_to_fit();
    categories.shrink_to_fit();
    keys = {};
    added = {};
    two_byte_keys = case_sensitive ? &two_byte_code_points() : &folded_two_byte();
    for (std::size_t byte = 0; byte < 128; ++byte) {
      const auto key = static_cast<std::int32_t>(case_sensitive ? byte : fold_code_point(static_cast<std::int32_t>(byte)));
      ascii_keys[byte] = static_cast<std::uint8_t>(key);
      root_by_byte[byte] = child_of(0, key);
    }
    // For each ASCII first key, the bytes of the text that may follow it on the way to a phrase,
    // as bits.
    std::array<std::array<std::uint64_t, 4>, 128> second_bytes{};
    for (std::size_t first = 0; first < 128; ++first) {
      const std::uint32_t child = root_by_byte[first];
      if (child == 0 || ascii_keys[first] != first) continue;
      const std::span<const Edge> next = edges_of(child);
      auto& bytes = second_bytes[first];
      const bool open = nodes[child].ends != 0 || std::any_of(next.begin(), next.end(), [](const Edge& e) {
                          return e.key == kOptionalHyphen || e.key == kLetters;
                        });
      if (open) {
        bytes.fill(~std::uint64_t{0});
        continue;
      }
      auto set = [&](unsigned c) { bytes[c >> 6] |= std::uint64_t{1} << (c & 63); };
      // Characters of three bytes or more may fold to any key (K, the kelvin sign, to k).
      for (unsigned c = 0xE0; c < 0x100; ++c) set(c);
      for (const Edge& e : next) {
        if (e.key == kSpace) {
          for (const char c : {' ', '\n', '\t', '\r', '\f'}) set(static_cast<unsigned char>(c));
        } else if (e.key == kApostrophe) {
          set('\'');
        } else if (e.key >= 0x800) {
          for (unsigned c = 0x80; c < 0x100; ++c) set(c);  // and U+FFFD, an invalid byte's key
        } else if (e.key < 128) {
          set(static_cast<unsigned>(e.key));
          if (!case_sensitive && e.key >= 'a' && e.key <= 'z') set(static_cast<unsigned>(e.key - 'a' + 'A'));
        }
      }
      // Two-byte characters by their first byte, when one folds to a key.
      const LeadBytesOfKeys& leads = lead_bytes_of_keys(case_sensitive);
      std::uint32_t lead_bits = 0;
      for (const Edge& e : next)
        if (e.key >= 0 && e.key < 0x800) lead_bits |= leads.by_key[static_cast<std::size_t>(e.key)];
      for (const std::int32_t c : leads.beyond) {
        const std::int32_t key = (*two_byte_keys)[static_cast<std::size_t>(c)];
        if (std::any_of(next.begin(), next.end(), [&](const Edge& e) { return e.key == key; }))
          lead_bits |= std::uint32_t{1} << (c >> 6);
      }
      for (; lead_bits != 0; lead_bits &= lead_bits - 1)
        set(0xC0 | static_cast<unsigned>(std::countr_zero(lead_bits)));
    }
    // A row of four words per first byte, each word sixty-four second bytes.
    opening_pairs.assign(256 * 256 / 64, 0);
    constexpr std::uint64_t kAll = ~std::uint64_t{0};
    for (unsigned first = 0; first < 256; ++first) {
      std::uint64_t* row = &opening_pairs[first * 4];
      if (first < 0x80) {
        if (root_by_byte[first] != 0) std::copy_n(second_bytes[ascii_keys[first]].begin(), 4, row);
      } else if (first < 0xC2 || first > 0xDF) {
        std::fill_n(row, 4, kAll);  // not a two-byte character: left to the walk
      } else {
        // A second byte that continues no character is left to the walk; one that does makes a
        // two-byte character (Latin, Greek, Cyrillic), with which a phrase may start or not.
        row[0] = row[1] = row[3] = kAll;
        for (unsigned second = 0x80; second < 0xC0; ++second) {
          const auto c = static_cast<std::int32_t>((first & 0x1F) << 6 | (second & 0x3F));
          if (child_of(0, (*two_byte_keys)[static_cast<std::size_t>(c)]) != 0)
            row[2] |= std::uint64_t{1} << (second & 63);
        }
      }
    }
    find_third_chars();
    find_key_pairs();
  }

  static std::uint32_t key_pair_hash(std::int32_t first, std::int32_t second) {
    const auto hash = static_cast<std::uint32_t>(first) * 0x9E3779B1u ^ static_cast<std::uint32_t>(second) * 0x85EBCA77u;
    return hash * 0xC2B2AE3Du;
  }
  void find_key_pairs() {
    std::vector<std::uint32_t> hashes;
    std::vector<std::uint32_t> after_first;
    for (const Edge& e : edges_of(0)) {
      if (e.key < 0 || e.key >= 0x800) continue;
      after_first.clear();
      add_closure(e.child, after_first);
      if (open_at(after_first)) {
        open_firsts[static_cast<std::size_t>(e.key) >> 6] |= std::uint64_t{1} << (e.key & 63);
        continue;
      }
      for (const std::uint32_t node : after_first)
        for (const Edge& next : edges_of(node))
          if (next.key >= 0) hashes.push_back(key_pair_hash(e.key, next.key));
    }
    key_pairs.fill(hashes);
  }

  // The nodes `node` leads to without a character of the text: itself, and those its optional
  // hyphens lead to.
  void add_closure(std::uint32_t node, std::vector<std::uint32_t>& out) const {
    const std::size_t from = out.size();
    out.push_back(node);
    for (std::size_t i = from; i < out.size(); ++i)
      for (const Edge& e : edges_of(out[i]))
        if (e.key == kOptionalHyphen) out.push_back(e.child);
  }
  // Whether a walk at these nodes takes any text: a phrase ends there, or its letters run on.
  bool open_at(const std::vector<std::uint32_t>& nodes_at) const {
    for (const std::uint32_t node : nodes_at) {
      if (nodes[node].ends != 0) return true;
      for (const Edge& e : edges_of(node))
        if (e.key == kLetters) return true;
    }
    return false;
  }
  int key_index(std::int32_t key) const { return key >= 0 && key < 128 ? alphabet_index[static_cast<std::size_t>(key)] : -1; }

  // Read from the trie's first three levels of plain edges (keys are folded: lowercase letters
  // stand for both cases where case is ignored).
  void find_third_chars() {
    alphabet_size = case_sensitive ? 62 : 36;
    alphabet_index.fill(-1);
    for (int i = 0; i < alphabet_size; ++i) {
      const auto c = static_cast<unsigned char>(alphabet_char(i));
      alphabet_index[c] = static_cast<std::int8_t>(i);
      if (!case_sensitive && c >= 'a' && c <= 'z') alphabet_index[c - 'a' + 'A'] = static_cast<std::int8_t>(i);
    }
    const auto size = static_cast<std::size_t>(alphabet_size);
    third_chars.assign(size * size, 0);
    std::vector<std::uint32_t> fourth_hashes;
    fourth_index = alphabet_index;
    for (const char c : {' ', '\n', '\t', '\r', '\f'}) fourth_index[static_cast<unsigned char>(c)] = static_cast<std::int8_t>(alphabet_size);
    // The nodes after each first and each second character.
    std::vector<std::vector<std::uint32_t>> after_first(size), after_second(size);
    for (const Edge& e : edges_of(0))
      if (const int x = key_index(e.key); x >= 0) add_closure(e.child, after_first[static_cast<std::size_t>(x)]);
    for (std::size_t x = 0; x < size; ++x) {
      const std::vector<std::uint32_t>& first = after_first[x];
      if (first.empty()) continue;
      const bool first_open = open_at(first);
      for (auto& nodes_at : after_second) nodes_at.clear();
      for (const std::uint32_t node : first)
        for (const Edge& e : edges_of(node))
          if (const int y = key_index(e.key); y >= 0) add_closure(e.child, after_second[static_cast<std::size_t>(y)]);
      for (std::size_t y = 0; y < size; ++y) {
        std::uint64_t& bits = third_chars[x * size + y];
        const std::vector<std::uint32_t>& second = after_second[y];
        if (first_open || open_at(second)) {
          bits = ~std::uint64_t{0};
          continue;
        }
        if (second.empty()) continue;  // no phrase starts with the two: no third, no fourth
        for (const std::uint32_t node : second)
          for (const Edge& e : edges_of(node))
            if (const int z = key_index(e.key); z >= 0) bits |= std::uint64_t{1} << z;
        find_fourth_chars(x, y, second, fourth_hashes);
      }
    }
    fourth_chars.fill(fourth_hashes);
  }

  static std::uint32_t fourth_char_hash(int x, int y, int z, int w, int size) {
    const auto index = static_cast<std::uint32_t>(((x * size + y) * size + z) * (size + 1) + w);
    return index * 0x9E3779B1u;
  }
  // The fourth characters after x y and each third character z, from the nodes after x y.
  void find_fourth_chars(std::size_t x, std::size_t y, const std::vector<std::uint32_t>& second,
                         std::vector<std::uint32_t>& hashes) {
    const int size = alphabet_size;
    const auto add = [&](int z, int w) {
      hashes.push_back(fourth_char_hash(static_cast<int>(x), static_cast<int>(y), z, w, size));
    };
    std::vector<std::uint32_t> third;
    for (int z = 0; z < size; ++z) {
      third.clear();
      for (const std::uint32_t node : second)
        for (const Edge& e : edges_of(node))
          if (key_index(e.key) == z) add_closure(e.child, third);
      if (third.empty()) continue;
      if (open_at(third)) {
        for (int w = 0; w <= size; ++w) add(z, w);
        continue;
      }
      for (const std::uint32_t node : third)
        for (const Edge& e : edges_of(node)) {
          if (e.key == kSpace) add(z, size);
          else if (const int w = key_index(e.key); w >= 0) add(z, w);
        }
    }
  }

  // The child of `node` for a character key, or 0.
  std::uint32_t child_of(std::uint32_t node, std::int32_t key) const {
    const Node& n = nodes[node];
    const Edge* first = edges.data() + n.first_edge;
    const Edge* last = first + n.plain_edges;
    if (n.plain_edges <= 8) {  // most nodes have a child or two: a scan beats a search
      for (; first != last; ++first)
        if (first->key == key) return first->child;
      return 0;
    }
    const Edge* it = std::lower_bound(first, last, key, [](const Edge& e, std::int32_t k) { return e.key < k; });
    return it != last && it->key == key ? it->child : 0;
  }

  // The key of the character at `pos`, a byte of 0x80 or above, and its length.
  [[gnu::always_inline]] std::int32_t key_beyond_ascii(std::string_view text, std::size_t pos, std::size_t& length) const {
    const std::int32_t c = code_point_at(text, pos, length);
    if (case_sensitive) return c;
    return c < 0x800 ? (*two_byte_keys)[static_cast<std::size_t>(c)] : fold_code_point(c);
  }

  // False when no phrase can start at `pos`: its first two bytes begin none, its first two
  // characters (the first of two bytes) begin none, or its first three or four characters are
  // ASCII letters or digits (the fourth may be a space) no phrase begins with. Such a word start
  // then costs no walk. (The root ends no phrase and has no class edges: every phrase starts with a letter.)
  // Inline in the loops over word starts, which ask it of nearly every word (matches_at() asks
  // only the first test inline; all_at() asks the rest).
  [[gnu::always_inline]] bool may_start(std::string_view text, std::size_t pos) const {
    const auto first = static_cast<unsigned char>(text[pos]);
    const auto second = pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0u;
    return pair_may_start(first << 8 | second) && may_start_past_pair(text, pos, first, second);
  }
  // The first test of may_start(), on the first byte shifted left by 8 and the next.
  bool pair_may_start(unsigned pair) const { return (opening_pairs[pair >> 6] >> (pair & 63) & 1) != 0; }
  // The rest, where the pair passed.
  [[gnu::always_inline]] bool may_start_past_pair(std::string_view text, std::size_t pos, unsigned first,
                                                  unsigned second) const {
    if (first >= 0x80) return key_pair_may_start(text, pos);
    const auto third = pos + 2 < text.size() ? static_cast<unsigned char>(text[pos + 2]) : 0u;
    const int x = alphabet_index[first], y = alphabet_index[second], z = alphabet_index[third];
    if ((x | y | z) < 0) return true;
    const std::uint64_t thirds = third_chars[static_cast<std::size_t>(x * alphabet_size + y)];
    if ((thirds >> z & 1) == 0) return false;
    if (thirds == ~std::uint64_t{0}) return true;  // a phrase ends within the two, or takes any letters
    const int w = pos + 3 < text.size() ? fourth_index[static_cast<unsigned char>(text[pos + 3])] : -1;
    if (w < 0) return true;
    return fourth_chars.may_hold(fourth_char_hash(x, y, z, w, alphabet_size));
  }

  // may_start() where the first character is of two bytes: the keys of the first two
  // characters, when both are below U+0800 and the second is no ASCII space or punctuation
  // (which class edges may take), must be a pair some phrase starts with.
  [[gnu::noinline]] bool key_pair_may_start(std::string_view text, std::size_t pos) const {
    if (pos + 1 >= text.size()) return true;
    const auto lead = static_cast<unsigned char>(text[pos]);
    const auto trail = static_cast<unsigned char>(text[pos + 1]);
    if (lead < 0xC2 || lead > 0xDF || (trail & 0xC0) != 0x80) return true;
    const std::int32_t first = (*two_byte_keys)[(lead & 0x1Fu) << 6 | (trail & 0x3Fu)];
    if (first >= 0x800 || (open_firsts[static_cast<std::size_t>(first) >> 6] >> (first & 63) & 1) != 0) return true;
    if (pos + 2 >= text.size()) return true;
    const auto next = static_cast<unsigned char>(text[pos + 2]);
    std::int32_t second = 0;
    if (next < 0x80) {
      if (!is_ascii_word(static_cast<char>(next))) return true;
      second = ascii_keys[next];
    } else {
      if (next < 0xC2 || next > 0xDF || pos + 3 >= text.size()) return true;
      const auto next_trail = static_cast<unsigned char>(text[pos + 3]);
      if ((next_trail & 0xC0) != 0x80) return true;
      second = (*two_byte_keys)[(next & 0x1Fu) << 6 | (next_trail & 0x3Fu)];
      if (second >= 0x800) return true;
    }
    return key_pairs.may_hold(key_pair_hash(first, second));
  }

  // Out of line, so that their callers' quick tests of may_start() need no frame of theirs.
  [[gnu::noinline]] bool longest_at(std::string_view text, std::size_t pos, PhraseMatch& found) const;
  [[gnu::noinline]] std::size_t all_at(std::string_view text, std::size_t pos, std::span<PhraseMatch> out) const;

  // Calls accept(end, categories) for every phrase end of the trie that `text` spells from
  // `pos`, with the categories of the phrases ending there as bits.
  template <typename Accept>
  [[gnu::always_inline]] void walk_from_root(std::string_view text, std::size_t pos, Accept& accept) const {
    const auto byte = static_cast<unsigned char>(text[pos]);
    std::size_t length = 1;
    const std::uint32_t child = byte < 0x80 ? root_by_byte[byte] : child_of(0, key_beyond_ascii(text, pos, length));
    if (child != 0) walk(text, child, pos + length, accept);
  }

  // The walk below the root. Plain characters are followed in a loop; only the class edges
  // (spaces, apostrophes...) branch, out of the loop's way.
  template <typename Accept>
  [[gnu::always_inline]] void walk(std::string_view text, std::uint32_t node, std::size_t pos, Accept& accept) const {
    for (;;) {
      const Node n = nodes[node];
      if ((n.ends | n.class_edges) != 0) {
        if (n.ends != 0) accept(pos, categories[node]);
        if (n.class_edges != 0) walk_class_edges(text, n, pos, accept);
      }
      if (n.plain_edges == 0 || pos >= text.size()) return;
      const auto byte = static_cast<unsigned char>(text[pos]);
      std::size_t length = 1;
      const std::int32_t key = byte < 0x80 ? ascii_keys[byte] : key_beyond_ascii(text, pos, length);
      node = child_of(node, key);
      if (node == 0) return;
      pos += length;
    }
  }

  template <typename Accept>
  [[gnu::noinline]] void walk_class_edges(std::string_view text, Node n, std::size_t pos, Accept& accept) const {
    for (std::uint32_t e = n.first_edge - n.class_edges; e < n.first_edge; ++e) {
      const std::uint32_t next = edges[e].child;
      std::size_t q = pos;
      switch (edges[e].key) {
        case kSpace:
          while (q < text.size() && is_space(text[q])) ++q;
          if (q > pos) walk(text, next, q, accept);
          break;
        case kApostrophe:
          if (text.substr(q, 1) == "'") walk(text, next, q + 1, accept);
          else if (text.substr(q, 3) == "\u2019") walk(text, next, q + 3, accept);
          break;
        case kOptionalHyphen:
          walk(text, next, q, accept);
          if (text.substr(q, 1) == "-") walk(text, next, q + 1, accept);
          else if (text.substr(q, 3) == "\u2010" || text.substr(q, 3) == "\u2011")
            walk(text, next, q + 3, accept);
          break;
        case kLetters:
          while (q < text.size()) {
            std::size_t length = 0;
            if (!is_letter_or_mark(code_point_at(text, q, length))) break;
            q += length;
          }
          walk(text, next, q, accept);
          break;
      }
    }
  }
};

PhraseMatcher::PhraseMatcher(const std::vector<std::pair<int, std::string>>& phrases,
                             bool case_sensitive) {
  if (phrases.empty()) return;
  auto impl = std::make_unique<Impl>();
  impl->case_sensitive = case_sensitive;
  for (const auto& [category, phrase] : phrases) {
    error_ = impl->add(category, phrase);
    if (!error_.empty()) return;
  }
  impl->freeze();
  impl_ = std::move(impl);
}

PhraseMatcher::PhraseMatcher() = default;
PhraseMatcher::~PhraseMatcher() = default;
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;

// The longest phrase that starts at `pos`, a word start where may_start() holds, if one does and
// ends a word.
bool PhraseMatcher::Impl::longest_at(std::string_view text, std::size_t pos, PhraseMatch& found) const {
  std::size_t best_end = 0;
  int best_category = -1;
  // Two lists may hold the same phrase: the first category (the lowest index) wins.
  auto longest = [&](std::size_t end, std::uint64_t categories) {
    const int first = std::countr_zero(categories);
    if ((end > best_end || (end == best_end && first < best_category)) && at_word_end(text, end))
      best_end = end, best_category = first;
  };
  walk_from_root(text, pos, longest);
  if (best_category < 0) return false;
  found = {{pos, best_end}, best_category};
  return true;
}

std::vector<PhraseMatch> PhraseMatcher::find_all(std::string_view text) const {
  std::vector<PhraseMatch> out;
  if (!impl_) return out;
  const std::size_t size = text.size();
  bool after_word = false;
  PhraseMatch found;
  for (std::size_t pos = 0; pos < size;) {
    // Only a word start can open a phrase; everything else is skipped, the letters and digits
    // of ASCII words in one tight run.
    const char byte = text[pos];
    std::size_t length = 1;
    const bool ascii = static_cast<unsigned char>(byte) < 0x80;
    const bool word = ascii ? is_ascii_word(byte) : word_char_at(text, pos, length);
    if (word && !after_word && impl_->may_start(text, pos) && impl_->longest_at(text, pos, found)) {
      out.push_back(found);
      pos = found.span.end;
      after_word = !at_word_start(text, pos);  // a phrase may end in an apostrophe
      continue;
    }
    after_word = word;
    pos += length;
    if (word)
      while (pos < size && kAsciiWord[static_cast<unsigned char>(text[pos])]) ++pos;
  }
  return out;
}

std::vector<PhraseMatch> PhraseMatcher::find_all(std::string_view text, const WordOpenings* openings) const {
  if (openings == nullptr || !openings->of(text)) return find_all(text);
  std::vector<PhraseMatch> out;
  if (!impl_) return out;
  // The same word starts as the scan above: a match ends before a character that is no word
  // character, so the next word start at or after its end is the next one the scan would try.
  // Most word starts open no phrase: the test for it is inline, the walk is not.
  // The tables are read through locals, which the growth of `out` cannot change.
  const Impl& impl = *impl_;
  const std::uint64_t* const pairs = impl.opening_pairs.data();
  PhraseMatch found;
  openings->each([&](std::size_t pos) -> std::size_t {
    const auto first = static_cast<unsigned char>(text[pos]);
    const auto second = pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0u;
    const unsigned pair = first << 8 | second;
    if ((pairs[pair >> 6] >> (pair & 63) & 1) == 0 || !impl.may_start_past_pair(text, pos, first, second) ||
        !impl.longest_at(text, pos, found))
      return 0;
    out.push_back(found);
    return found.span.end;
  });
  return out;
}

// Every phrase that starts at `pos`, where the first test of may_start() passed.
std::size_t PhraseMatcher::Impl::all_at(std::string_view text, std::size_t pos, std::span<PhraseMatch> out) const {
  const auto first = static_cast<unsigned char>(text[pos]);
  const auto second = pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0u;
  if (!may_start_past_pair(text, pos, first, second)) return 0;
  std::size_t count = 0;
  auto collect = [&](std::size_t end, std::uint64_t categories) {
    for (; categories != 0 && count < out.size(); categories &= categories - 1)
      out[count++] = {{pos, end}, std::countr_zero(categories)};
  };
  walk_from_root(text, pos, collect);
  return count;
}

std::size_t PhraseMatcher::matches_at(std::string_view text, std::size_t pos,
                                      std::span<PhraseMatch> out) const {
  // Most positions open no phrase: the first test for it is all they cost.
  if (!impl_ || pos >= text.size()) return 0;
  const auto first = static_cast<unsigned char>(text[pos]);
  const auto second = pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0u;
  if (!impl_->pair_may_start(first << 8 | second)) return 0;
  return impl_->all_at(text, pos, out);
}

}  // namespace finex
