#pragma once
// The result of extracting one document: plain structs, every offset a byte offset into the
// caller's original input, so that input.substr(begin, end - begin) == text for UTF-8 text.
// For input in another encoding (Result::encoding) a text is those bytes decoded; for an HTML
// page (InputFormat::html) it is the visible text of those bytes.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "finex/decimal.h"

namespace finex {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class FineKind { fine, periodic_penalty, proposed };
const char* to_string(FineKind kind);

struct EntityRef {
  std::string text;  // the name as written, e.g. "Clearview AI"
  Span span;
};

struct AuthorityRef {
  std::string text;     // as written: "CNIL", "the Greek watchdog"
  std::string name;     // canonical name from the gazetteer, empty when unknown
  std::string country;  // ISO 3166-1 alpha-2, "EU" for EU bodies, empty when unknown
  Span span;            // empty (0,0) when the authority was inferred, not written
};

struct AmountRef {
  std::string text;      // "twenty million euros"
  Decimal value;         // exact: 20000000
  std::string currency;  // ISO 4217
  Span span;
};

// How a date's value was decided, so a caller can judge it.
enum class DateResolution { explicit_date, weekday, reference, context, unresolved };
const char* to_string(DateResolution resolution);

struct DateRef {
  std::string text;   // "Monday, October 17"
  std::string value;  // ISO 8601, partial allowed: "2022-10-17", "2022-10", "2022", "XXXX-10-17"
  DateResolution resolution = DateResolution::explicit_date;
  Span span;  // empty (0,0) with empty text when the date is the publication date, not written
};

struct TriggerRef {
  std::string text;  // as written: "fined", "Geldbuße"
  Span span;
};

// Why a fine was reported, for a reader who checks it against the text (Options::evidence).
struct Evidence {
  std::string sentence;  // the text of Fine::sentence
  // The fine word that tied the amount ("fined", "amende", the "Bußgeld" heading a table's
  // column); none when the structure alone did (a line of a list of fines).
  std::optional<TriggerRef> trigger;
  // A short stable name of what produced the record: fine_word, table_row, list_line,
  // list_item, respectively_list, coordinated_list, coordinated_places, each_party.
  std::string rule;
};

struct Fine {
  FineKind kind = FineKind::fine;
  std::optional<EntityRef> entity;
  std::optional<AuthorityRef> authority;
  std::optional<AmountRef> amount;
  std::optional<DateRef> date;
  Span sentence;
  double confidence = 0.0;
  std::optional<Evidence> evidence;  // only with Options::evidence
};

// A document that could not be processed: code is one of "unreadable", "empty", "binary",
// "too_large", "invalid_input", and from the command line "not_a_file" (a named pipe, socket or
// device found in a folder).
struct Error {
  std::string code;
  std::string message;
};

// A stretch of a document in one language, when the document holds several.
struct LanguageSpan {
  std::string language;  // ISO 639-1
  Span span;             // byte offsets into the input
};

// Something repaired or dropped in a document that was processed all the same. `code` is stable,
// for programs to test; `message` is for people and may change.
//   invalid_utf8          bytes that are no UTF-8 were each replaced by U+FFFD
//   too_many_amounts      more than Options::max_mentions amounts: the rest were ignored
//   long_sentences_cut    runs without a sentence end longer than Options::max_sentence_bytes
//                         were cut into pieces
//   language_not_enabled  the text reads as a language outside Options::languages, so its
//                         fines were looked for with another language's words
//   encoding              the bytes were no UTF-8 and were read in the encoding the message names
struct Warning {
  std::string code;
  std::string message;
  friend bool operator==(const Warning&, const Warning&) = default;
};

struct Result {
  std::string document;
  std::string language;  // ISO 639-1; of most of the text when it holds several
  double language_confidence = 0.0;
  // When parts of the document clearly read as different languages: each part, in order, read
  // with its own language's words. Empty for a document in one language.
  std::vector<LanguageSpan> languages;
  // ISO date given by the caller, or stated by the text (looked for only in documents whose
  // amounts of money may be fines, since only fines need it)
  std::optional<std::string> published;
  std::vector<Fine> fines;
  // The encoding the input was read in when it was not UTF-8 ("UTF-16LE", "windows-1252").
  std::string encoding;
  std::vector<Warning> warnings;
  std::optional<Error> error;

  bool ok() const { return !error.has_value(); }
};

}  // namespace finex
