#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finex {

struct Options {
  // Languages the extractor may identify and process (ISO 639-1, any case). Empty: every bundled
  // language. An unknown code makes the extractor not ok(), with an error naming the known ones.
  std::vector<std::string> languages;
  // Documents larger than this are refused with the error code "too_large"; so is any document
  // over 390 MB, whatever this says (offsets inside the extractor are 32-bit).
  std::size_t max_document_bytes = 64u << 20;
  // At most this many money mentions are considered per document; the rest are dropped with a
  // warning, which bounds the work on pathological input (a million digits).
  std::size_t max_mentions = 10000;
  // A run of text with no sentence end longer than this (a 20 MB line, a table flattened to one
  // line) is cut into pieces of at most this size, at a space when one is near, with a warning:
  // fines are assembled by comparing the mentions of a sentence with each other, so an unbounded
  // sentence would make the work grow with the cube of its length.
  std::size_t max_sentence_bytes = 8192;
  // Folders of language packs read at construction, after the compiled ones: a folder holding
  // manifest.tsv is one pack, named by the folder (ISO 639-1); otherwise each sub-folder that
  // holds one is. A pack replaces the compiled pack of its language. A broken pack makes the
  // extractor not ok(), with an error naming the file and line. See "Adding a language" in
  // the README.
  std::vector<std::string> extra_language_dirs;
  // Adds to every fine its Evidence: the sentence's text, the fine word that tied the amount
  // and the name of the rule that produced it. Off by default: the output stays as it was.
  bool evidence = false;
  // A text in which no currency can be written (one scan of its raw bytes) gets its language
  // and nothing more, without normalising the rest of it. Turning this off changes no result,
  // only the time taken: it is there to check exactly that.
  bool prefilter = true;
};

enum class InputFormat {
  text,  // plain text (Markdown included)
  html,  // an HTML page: only its visible text is read (see "Input" in the README)
};

// What the caller knows about one document. Every field is optional.
// A value that is not empty must be valid: otherwise the document comes back with the error
// "invalid_input" instead of results built on a wrong date or a language never processed.
struct DocumentInfo {
  std::string id;  // echoed as Result::document
  // A calendar date ("2022-10-20"), or an ISO 8601 timestamp cut to its date; relative dates
  // resolve against it. See publication_date().
  std::string published;
  // ISO 639-1 (any case), one the extractor processes; overrides language identification.
  std::string language;
  // The document's encoding, any name ICU knows ("windows-1252", "ISO-8859-2", "UTF-16");
  // empty: UTF-8 when the bytes are valid UTF-8, else detected. Text in another encoding is
  // decoded; spans stay byte offsets into the input as given, and texts are decoded.
  std::string encoding{};
  InputFormat format = InputFormat::text;
};

// The date DocumentInfo::published stands for, as "YYYY-MM-DD": a calendar date of that form, or
// an ISO 8601 timestamp ("2022-10-20T09:30:00+02:00") cut to its date. nullopt for anything else
// ("2022-02-30", "2022-10", "yesterday").
std::optional<std::string> publication_date(std::string_view text);

}  // namespace finex
