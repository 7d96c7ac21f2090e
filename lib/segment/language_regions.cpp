#include "segment/language_regions.h"

#include <vector>

namespace finex {
namespace {

struct Paragraph {
  Span span;
  std::string language;  // empty: no clear answer of its own
  int words = 0;
};

std::vector<Paragraph> identify_paragraphs(std::string_view text, const LanguageIdentifier& identifier) {
  std::vector<Paragraph> paragraphs;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    Paragraph p{{begin, end}, {}, 0};
    const LanguageGuess guess = identifier.identify(text.substr(begin, end - begin));
    if (guess.confidence >= kRegionMinConfidence) {
      p.language = guess.code;
      p.words = guess.recognised;
    }
    paragraphs.push_back(std::move(p));
    begin = end + 1;
  }
  return paragraphs;
}

}  // namespace

std::vector<LanguageRegion> language_regions(std::string_view text, std::string_view language,
                                             const LanguageIdentifier& identifier) {
  const std::vector<LanguageRegion> whole{{std::string(language), {0, text.size()}}};
  if (language.empty() || text.find('\n') == std::string_view::npos) return whole;
  std::vector<Paragraph> paragraphs = identify_paragraphs(text, identifier);

  // Runs of paragraphs in one language; paragraphs without an answer of their own (headlines,
  // captions) do not break a run.
  struct Run {
    std::string language;
    std::vector<std::size_t> members;
    int words = 0;
  };
  std::vector<Run> runs;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const Paragraph& p = paragraphs[i];
    if (p.language.empty()) continue;
    if (runs.empty() || runs.back().language != p.language) runs.push_back({p.language, {}, 0});
    runs.back().members.push_back(i);
    runs.back().words += p.words;
  }
  // A run too short to stand apart reads as the document's language.
  for (const Run& run : runs)
    for (const std::size_t i : run.members)
      paragraphs[i].language = run.words < kRegionMinWords ? std::string(language) : run.language;
  // A paragraph without an answer belongs to the paragraph after it (a headline introduces
  // what follows), a trailing one to the paragraph before it.
  std::string following;
  for (auto p = paragraphs.rbegin(); p != paragraphs.rend(); ++p) {
    if (p->language.empty()) p->language = following;
    following = p->language;
  }
  std::string previous(language);
  for (Paragraph& p : paragraphs) {
    if (p.language.empty()) p.language = previous;
    previous = p.language;
  }
  std::vector<LanguageRegion> regions;
  for (const Paragraph& p : paragraphs) {
    if (!regions.empty() && regions.back().language == p.language) regions.back().span.end = p.span.end;
    else regions.push_back({p.language, p.span});
  }
  return regions.size() > 1 ? regions : whole;
}

}  // namespace finex
