#pragma once
// Documents in two languages: an English report followed by a German cookie notice, a French
// story under English boilerplate. Each paragraph (a line of the normalised text) is identified
// on its own; where a stretch of paragraphs clearly reads as another language than the rest, it
// becomes a region of its own, so that each part is read with its own words. Short paragraphs
// (headlines, captions) and paragraphs without a clear answer belong to the region around them.
//
// Cost: one more reading of every word of the text (a table lookup each); nothing when the text
// is a single paragraph.
// THREAD SAFETY: a pure function of its arguments.
#include <string>
#include <string_view>
#include <vector>

#include "finex/result.h"
#include "segment/language_identifier.h"

namespace finex {

struct LanguageRegion {
  std::string language;  // ISO 639-1
  Span span;             // byte offsets into the text, the line breaks between regions outside
};

// A stretch in another language needs this many function words of it to stand apart: a quoted
// sentence or a name in the document's language stays with it.
inline constexpr int kRegionMinWords = 30;
// A paragraph speaks for a language only with this confidence.
inline constexpr double kRegionMinConfidence = 0.5;

// The regions of `text` in order, covering it; a single region of `language` when the
// paragraphs do not clearly disagree.
std::vector<LanguageRegion> language_regions(std::string_view text, std::string_view language,
                                             const LanguageIdentifier& identifier);

}  // namespace finex
