#include "segment/function_words.h"

#include <utf8proc.h>

#include <algorithm>

#include "data/data_files.h"
#include "language/language_pack.h"
#include "text/case_fold.h"
#include "text/code_points.h"

namespace finex {

namespace {

constexpr std::string_view kFileName = "stopwords.txt";

bool is_letter_or_mark(std::int32_t c) {
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::uint64_t hash_word(std::string_view word) {
  if (word.size() <= kMaxFoldedWord) {
    std::array<char, kMaxFoldedWord + 8> padded{};
    std::memcpy(padded.data(), word.data(), word.size());
    return hash_padded_word(padded.data(), word.size());
  }
  std::string padded(word);
  padded.append(8, '\0');
  return hash_padded_word(padded.data(), word.size());
}

FunctionWords::FunctionWords(const LanguagePacks& packs) {
  languages_ = packs.providing(Capability::identification);
  std::sort(languages_.begin(), languages_.end());
  if (languages_.size() > 32) languages_.resize(32);  // LanguageMask has 32 bits

  // The lists are folded as the text's words are (fold_word), so "Το" and "το", "όπως" and
  // "ΟΠΩΣ" meet. The table's views point into `folded_`, which is complete before they are taken.
  std::vector<LanguageMask> masks;
  for (std::size_t i = 0; i < languages_.size(); ++i) {
    const LanguageMask bit = LanguageMask{1} << i;
    data::for_each_line(packs.file(languages_[i], kFileName), [&](std::string_view word) {
      folded_.push_back(fold_case(word));
      masks.push_back(bit);
    });
  }
  std::size_t size = 64;
  while (size < 2 * folded_.size()) size *= 2;
  slots_.assign(size, Slot{});
  for (std::size_t w = 0; w < folded_.size(); ++w) {
    const std::string_view word = folded_[w];
    const std::uint64_t hash = hash_word(word);
    std::size_t i = hash & (size - 1);
    while (!slots_[i].word.empty() && slots_[i].word != word) i = (i + 1) & (size - 1);
    slots_[i].word = word;
    std::memcpy(&slots_[i].head, word.data(), std::min<std::size_t>(word.size(), 8));
    slots_[i].hash = static_cast<std::uint32_t>(hash);
    longest_ = std::max(longest_, word.size());
    slots_[i].languages |= masks[w];
  }
}

LanguageMask FunctionWords::mask_of(std::string_view code) const {
  for (std::size_t i = 0; i < languages_.size(); ++i)
    if (languages_[i] == code) return LanguageMask{1} << i;
  return 0;
}

LanguageMask FunctionWords::find(std::string_view word) const {
  return find(word, hash_word(word));
}

LanguageMask FunctionWords::find(std::string_view word, std::uint64_t hash) const {
  if (word.size() > longest_) return 0;
  if (word.size() > kMaxFoldedWord) {
    std::string padded(word);
    padded.append(8, '\0');
    return find_padded(padded.data(), word.size(), hash);
  }
  std::array<char, kMaxFoldedWord + 8> padded{};
  std::memcpy(padded.data(), word.data(), word.size());
  return find_padded(padded.data(), word.size(), hash);
}

LanguageMask FunctionWords::find_padded(const char* padded, std::size_t size, std::uint64_t hash) const {
  if (size == 0) return 0;
  std::uint64_t head = 0;
  std::memcpy(&head, padded, 8);
  const std::size_t mask = slots_.size() - 1;
  const auto short_hash = static_cast<std::uint32_t>(hash);
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.word.empty()) return 0;
    // The hash first: most words of a text are in no list, and their bytes need no comparing.
    if (slot.hash == short_hash && slot.head == head && slot.word.size() == size &&
        (size <= 8 || std::memcmp(slot.word.data() + 8, padded + 8, size - 8) == 0))
      return slot.languages;
  }
}

std::string_view fold_word(std::string_view word, FoldBuffer& buffer) {
  std::size_t out = 0;
  for (std::size_t i = 0; i < word.size();) {
    const char c = word[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      if (out == buffer.size()) return {};
      buffer[out++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
      ++i;
      continue;
    }
    if (const std::int32_t short_cp = two_byte_code_point(word, i); short_cp >= 0) {
      const ShortLetter& entry = short_letters()[static_cast<std::size_t>(short_cp)];
      if (out + entry.fold_length > buffer.size()) return {};
      for (std::size_t k = 0; k < entry.fold_length; ++k) buffer[out++] = entry.fold[k];
      i += 2;
      continue;
    }
    std::size_t length = 0;
    const std::int32_t cp = code_point_at(word, i, length);
    utf8proc_uint8_t encoded[4];
    const auto m = utf8proc_encode_char(fold_code_point(cp), encoded);
    if (out + static_cast<std::size_t>(m) > buffer.size()) return {};
    for (utf8proc_ssize_t k = 0; k < m; ++k) buffer[out++] = static_cast<char>(encoded[k]);
    i += length;
  }
  return {buffer.data(), out};
}

std::size_t non_ascii_letter_length(std::string_view text, std::size_t i) {
  std::size_t length = 0;
  return is_letter_or_mark(code_point_at(text, i, length)) ? length : 0;
}

const std::array<ShortLetter, 0x800>& short_letters() {
  static const std::array<ShortLetter, 0x800> table = [] {
    std::array<ShortLetter, 0x800> out{};
    for (std::int32_t c = 0x80; c < 0x800; ++c) {
      ShortLetter& entry = out[static_cast<std::size_t>(c)];
      entry.letter = is_letter_or_mark(c);
      utf8proc_uint8_t encoded[4];
      const auto n = utf8proc_encode_char(fold_code_point(c), encoded);
      entry.fold_length = static_cast<std::uint8_t>(n);
      for (utf8proc_ssize_t k = 0; k < n; ++k) entry.fold[static_cast<std::size_t>(k)] = static_cast<char>(encoded[k]);
    }
    return out;
  }();
  return table;
}

}  // namespace finex
