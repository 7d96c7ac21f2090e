#include "templates.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace finex::bench {

std::uint64_t Random::next() {
  std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

int Random::between(int low, int high) {
  return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
}

namespace {

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    parts.emplace_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

const std::string& pick(const std::vector<std::string>& items, Random& random) {
  return items[random.next() % items.size()];
}

// Sentences in the files may open with a slot that yields a lower-case article ("the CNIL").
void capitalise_ascii(std::string& text, std::size_t at) {
  if (at < text.size() && text[at] >= 'a' && text[at] <= 'z') text[at] = static_cast<char>(text[at] - 'a' + 'A');
}

}  // namespace

TextTemplates::TextTemplates(const std::string& folder, const std::vector<std::string>& only) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    if (entry.path().extension() != ".tsv") continue;
    const std::string code = entry.path().stem().string();
    if (!only.empty() && std::find(only.begin(), only.end(), code) == only.end()) continue;
    Language lang;
    std::ifstream in(entry.path());
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.empty() || line[0] == '#') continue;
      const std::size_t tab = line.find('\t');
      if (tab == std::string::npos) {
        error_ = entry.path().string() + ":" + std::to_string(number) + ": no TAB";
        return;
      }
      const std::string kind = line.substr(0, tab);
      const std::string text = line.substr(tab + 1);
      if (kind[0] == '=') lang.words[kind.substr(1)] = split(text, '|');
      else lang.sentences[kind].push_back(text);
    }
    for (const char* kind : {"headline", "news", "business", "fine_headline", "fine"})
      if (lang.sentences.find(kind) == lang.sentences.end()) {
        error_ = entry.path().string() + ": no '" + kind + "' templates";
        return;
      }
    by_language_.emplace(code, std::move(lang));
    languages_.push_back(code);
  }
  if (ec) error_ = folder + ": " + ec.message();
  else if (languages_.empty()) error_ = folder + ": no templates";
  std::sort(languages_.begin(), languages_.end());
}

const TextTemplates::Language& TextTemplates::language(std::string_view code) const {
  return by_language_.find(code)->second;
}

void TextTemplates::append_sentence(const Language& lang, std::string_view kind,
                                    const Fixed& fixed, Random& random, std::string& out) const {
  const std::string& pattern = pick(lang.sentences.find(kind)->second, random);
  const std::size_t start = out.size();
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t open = pattern.find('{', i);
    const std::size_t close = open == std::string::npos ? open : pattern.find('}', open);
    if (close == std::string::npos) {
      out.append(pattern, i);
      break;
    }
    out.append(pattern, i, open - i);
    const std::string_view slot = std::string_view(pattern).substr(open + 1, close - open - 1);
    if (slot == "n") out += std::to_string(random.between(2, 99));
    else if (slot == "n3") out += std::to_string(random.between(100, 999));
    else if (slot == "day") out += std::to_string(random.between(1, 28));
    else if (slot == "year") out += std::to_string(random.between(2016, 2024));
    else if (auto f = fixed.find(slot); f != fixed.end()) out += f->second;
    else if (auto w = lang.words.find(slot); w != lang.words.end()) out += pick(w->second, random);
    else out.append(pattern, open, close - open + 1);  // unknown slot: kept, visible in output
    i = close + 1;
  }
  capitalise_ascii(out, start);
}

void TextTemplates::paragraphs(const Language& lang, int count, bool with_money,
                               const Fixed& fixed, Random& random, std::string& out) const {
  for (int p = 0; p < count; ++p) {
    out += "\n\n";
    const int sentences = random.between(3, 5);
    for (int s = 0; s < sentences; ++s) {
      if (s > 0) out += ' ';
      const bool business = with_money && random.between(0, 5) == 0;
      append_sentence(lang, business ? "business" : "news", fixed, random, out);
    }
  }
}

std::string TextTemplates::news_article(std::string_view code, bool with_money,
                                        Random& random) const {
  const Language& lang = language(code);
  std::string out;
  append_sentence(lang, "headline", {}, random, out);
  paragraphs(lang, random.between(8, 14), with_money, {}, random, out);
  out += '\n';
  return out;
}

std::string TextTemplates::fine_article(std::string_view code, Random& random) const {
  const Language& lang = language(code);
  Fixed fixed;
  for (const char* slot : {"company", "regulator"})
    if (auto w = lang.words.find(slot); w != lang.words.end()) fixed[slot] = pick(w->second, random);
  std::string out;
  append_sentence(lang, "fine_headline", fixed, random, out);
  out += "\n\n";
  append_sentence(lang, "fine", fixed, random, out);
  out += ' ';
  append_sentence(lang, "fine", fixed, random, out);
  paragraphs(lang, random.between(1, 3), false, fixed, random, out);
  out += "\n\n";
  append_sentence(lang, "fine", fixed, random, out);
  paragraphs(lang, random.between(1, 3), true, fixed, random, out);
  out += '\n';
  return out;
}

}  // namespace finex::bench
