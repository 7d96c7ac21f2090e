#pragma once
// Assembles fines from what the recognisers found: ties each amount to a fine trigger in its
// sentence, decides the kind, and fills party, authority and date from the sentence or its
// neighbours. Repeated mentions of one fine merge into one record. It recognises nothing but
// its own cues: amounts, dates, authorities and names come in a DocumentAnalysis.
//
// THREAD SAFETY: immutable after construction; every const member may be called from many
// threads at once.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date/date_recognizer.h"
#include "entities/authority_recognizer.h"
#include "entities/party_recognizer.h"
#include "finex/result.h"
#include "fines/fine_lexicon.h"
#include "money/money_recognizer.h"
#include "text/word_starts.h"

namespace finex {

// Everything recognised in one normalised document; all spans are normalised offsets.
struct DocumentAnalysis {
  std::string_view text;
  std::string_view language;
  std::vector<Span> sentences;
  std::vector<MoneyMention> money;
  std::vector<DateMention> dates;
  std::vector<Cue> cues;  // FineAssembler::find_cues
  std::vector<AuthorityMention> authorities;
  std::vector<PartyMention> parties;     // names, outside the spans of everything above
  std::vector<Span> company_references;  // "the company": a name named before
  std::vector<PartyMention> pronouns;    // "fined him": a person named before
  std::vector<Span> party_cues_before;   // "fined", "gegen": the fined party follows (in text order)
  bool published = false;                // the publication date is known: undated fines take it
  const WordStarts* words = nullptr;     // where the words of `text` start; null: counted when needed
};

// The spans a name cannot overlap: the authorities, dates and amounts of `doc`, in text order.
std::vector<Span> taken_spans(const DocumentAnalysis& doc);

struct FineRecord {
  FineKind kind = FineKind::fine;
  int money = -1;  // index into DocumentAnalysis::money
  int date = -1;   // index into DocumentAnalysis::dates, -1 when none
  // No date in the text: the fine dates from the article's publication (when known).
  bool date_from_reference = false;
  std::optional<AuthorityMention> authority;  // its span is empty when inferred
  std::optional<Span> entity;
  bool authority_inherited = false;  // taken from another sentence, not the amount's own
  bool authority_of_article = false;  // inherited from no sentence near: the article's main body
  bool entity_inherited = false;
  Span sentence;
  double confidence = 0.0;
  // Why the record exists (Evidence in the result): the fine word that tied the amount, none
  // when a list's structure alone did, and the stable name of the rule.
  std::optional<Span> trigger;
  std::string_view rule = "fine_word";
};

class FineAssembler {
 public:
  // `languages`: empty means every language of `packs` with fine words.
  explicit FineAssembler(const std::vector<std::string>& languages = {},
                         const LanguagePacks& packs = LanguagePacks::compiled());
  ~FineAssembler();
  bool ok() const;
  const std::string& error() const;

  // The words that make an amount a fine or qualify it, in text order.
  // `openings`: where the words of `text` open (text/word_starts.h), or null.
  std::vector<Cue> find_cues(std::string_view text, std::string_view language,
                             const WordOpenings* openings = nullptr) const;
  // False when no amount of doc.money can become a fine: none has a fine word near enough and
  // the article lists no fines. Sentences, dates and authorities need not be looked for then.
  bool may_report_fines(const DocumentAnalysis& doc) const;
  // The fines of a document whose every field is filled. `names` answers questions of the
  // language about names (is "Widzewa" a form of "Widzew"?); it recognises nothing here.
  std::vector<FineRecord> assemble(const DocumentAnalysis& doc, const PartyRecognizer& names) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace finex
