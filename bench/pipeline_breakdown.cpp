#include "pipeline_breakdown.h"

#include <chrono>
#include <cstdio>
#include <vector>

#include "date/date_recognizer.h"
#include "entities/authority_recognizer.h"
#include "fines/fine_assembler.h"
#include "measure.h"
#include "money/money_recognizer.h"
#include "normalize/normalizer.h"
#include "prefilter/prefilter.h"
#include "segment/language_identifier.h"
#include "segment/sentence_splitter.h"

namespace finex::bench {

namespace {

enum Step { prefilter, normalise, identify, money, cues, reference, split, dates, assemble, steps };
constexpr const char* kStepNames[steps] = {"prefilter", "normalise", "language", "money", "fine words",
                                           "publication date", "sentences", "dates",
                                           "authorities and assembly"};

class StepClock {
 public:
  template <typename Work>
  auto run(Step step, const Work& work) {
    const auto start = std::chrono::steady_clock::now();
    auto result = work();
    seconds_[step] += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
  }
  double seconds(int step) const { return seconds_[step]; }

 private:
  double seconds_[steps] = {};
};

// The language from as little of the text's start as tells it, as Extractor::extract finds it
// for a text the prefilter rules out.
std::string language_from_start(std::string_view input, bool same_words,
                                const LanguageIdentifier& identifier) {
  constexpr std::size_t window = LanguageIdentifier::kWindowBytes;
  if (same_words) {
    if (input.size() <= window) return identifier.identify(input).code;
    if (auto guess = identifier.identify_early(input)) return guess->code;
  }
  for (std::size_t want = 4096;; want *= 4) {
    const std::size_t cut = prefix_cut(input, want);
    if (cut >= input.size()) return identifier.identify(normalize(input).text).code;
    const std::string start = normalize(input.substr(0, cut)).text;
    if (auto guess = identifier.identify_early(start)) return guess->code;
    if (start.size() >= window) return identifier.identify(start).code;
  }
}

}  // namespace

std::string pipeline_breakdown(const Corpus& corpus, std::size_t max_bytes) {
  const LanguageIdentifier identifier;
  const SentenceSplitter splitter;
  const MoneyRecognizer money_recognizer;
  const Prefilter prefilter_scan;
  const DateRecognizer date_recognizer;
  const AuthorityRecognizer authority_recognizer;
  const PartyRecognizer party_recognizer;
  const FineAssembler assembler;
  StepClock clock;
  std::size_t found = 0, bytes = 0;
  for (const Document& document : corpus.documents) {
    if (bytes >= max_bytes) break;
    bytes += document.text.size();
    const bool ruled_out = clock.run(prefilter, [&] {
      const Prefilter::Traits traits = prefilter_scan.read(document.text);
      if (traits.anything) return false;
      const std::string language = language_from_start(document.text, traits.same_words, identifier);
      return !prefilter_scan.may_hold_money(document.text, language) ||
             !prefilter_scan.may_hold_fine_words(document.text, language);
    });
    if (ruled_out) continue;
    const NormalizedText norm = clock.run(normalise, [&] { return normalize(document.text); });
    const std::string_view text = norm.text;
    const std::string language = clock.run(identify, [&] { return identifier.identify(text).code; });
    DocumentAnalysis doc;
    doc.text = text;
    doc.language = language;
    doc.money = clock.run(money, [&] { return money_recognizer.find(text, language); });
    if (doc.money.empty()) continue;  // as Extractor::extract does
    const bool may_report = clock.run(cues, [&] {
      doc.cues = assembler.find_cues(text, language);
      return assembler.may_report_fines(doc);
    });
    if (!may_report) continue;
    const std::string published =
        clock.run(reference, [&] { return date_recognizer.find_reference(text, language); });
    doc.sentences = clock.run(split, [&] { return splitter.split(text, language); });
    doc.dates = clock.run(dates, [&] { return date_recognizer.find(text, language, published); });
    found += clock.run(assemble, [&] {
                   const PartyCues party_cues = party_recognizer.cues(text, language);
                   doc.pronouns = party_recognizer.cued_pronouns(text, language, party_cues);
                   doc.company_references = party_recognizer.company_references(text, language);
                   doc.authorities = authority_recognizer.find(text, language, FineLexicon::topic(doc.cues));
                   doc.parties = party_recognizer.find(text, language, taken_spans(doc), party_cues);
                   return assembler.assemble(doc, party_recognizer);
                 }).size();
  }
  keep(found);
  double total = 0;
  for (int s = 0; s < steps; ++s) total += clock.seconds(s);
  std::string out;
  for (int s = 0; s < steps; ++s) {
    char part[96];
    std::snprintf(part, sizeof part, "%s%s %.0f%% (%s MB/s)", out.empty() ? "" : ", ",
                  kStepNames[s], 100 * clock.seconds(s) / total,
                  megabytes_per_second(bytes, clock.seconds(s)).c_str());
    out += part;
  }
  return out;
}

}  // namespace finex::bench
