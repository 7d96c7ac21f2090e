#pragma once
// A language is one object: the data files of lib/data/<lang>/, read once, checked against the
// declared schemas (pack_schema.h), and passed to every stage. A pack's folder holds a
// manifest.tsv that names the language and says what it provides; every other file belongs to
// one of those capabilities, and a file the schemas do not know is an error, so a misspelt file
// name fails loudly instead of being ignored.
//
// Packs are compiled into the library (cmake/EmbedData.cmake); folders given at run time
// (Options::extra_language_dirs) add languages or replace a compiled one entirely.
//
// THREAD SAFETY: immutable after construction; every const member may be called from many
// threads at once. Cost: construction reads every file once and checks every line of the packs
// read at run time. The compiled packs' lines were checked when the library was built
// (check_compiled(), run by the build), so a process does not pay for it again.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace finex {

// What a pack may provide; each capability has its files (pack_schema.cpp).
enum class Capability {
  sentences,       // abbreviations.txt: sentence splitting
  identification,  // stopwords.txt: language identification
  money,           // money_*.tsv: amounts, currencies, number words
  dates,           // date_*.tsv: months, weekdays, relative dates
  authorities,     // authority_*.tsv: descriptions, nationalities, countries; authorities.tsv
  fines,           // fine_cues.tsv: fine words, kinds, money that is no fine
  parties,         // party_cues.tsv: the words around a fined party
};

std::string_view to_string(Capability c);

class LanguagePack {
 public:
  const std::string& code() const { return code_; }      // ISO 639-1, the folder's name
  const std::string& name() const { return name_; }      // "French"
  const std::string& source() const { return source_; }  // where it was read from, for errors
  bool provides(Capability c) const { return (capabilities_ >> static_cast<int>(c)) & 1u; }
  // The contents of one of the pack's files ("fine_cues.tsv"), or an empty view.
  std::string_view file(std::string_view name) const;

 private:
  friend class LanguagePacks;
  std::string code_, name_, source_;
  unsigned capabilities_ = 0;
  std::map<std::string, std::string_view, std::less<>> files_;
  std::vector<std::unique_ptr<std::string>> owned_;  // contents of files read at run time
};

class LanguagePacks {
 public:
  // The compiled packs, then the packs found in `extra_dirs` (a folder holding manifest.tsv is
  // one pack; otherwise each of its sub-folders that holds one is). A pack read at run time
  // replaces the compiled pack of its language.
  explicit LanguagePacks(const std::vector<std::string>& extra_dirs = {});
  ~LanguagePacks();
  LanguagePacks(LanguagePacks&&) noexcept;
  LanguagePacks& operator=(LanguagePacks&&) noexcept;

  // Every compiled pack: what a stage reads when it is built on its own.
  static const LanguagePacks& compiled();
  // Checks every line of every compiled file against its schema, as packs read at run time are
  // checked: the first problem, or an empty string. The build runs it (finex_check_packs) and
  // fails on a problem, so a broken line in lib/data/ never reaches a library.
  static std::string check_compiled();

  bool ok() const { return error_.empty(); }
  // The first problem found, naming the file and line: "lib/data/fr/fine_cues.tsv:12: ...".
  const std::string& error() const { return error_; }

  const LanguagePack* find(std::string_view code) const;
  // Every pack's code, sorted.
  std::vector<std::string> codes() const;
  // Codes of the packs that provide `c`, sorted.
  std::vector<std::string> providing(Capability c) const;
  // The codes in `wanted` (every code when empty) whose pack provides `c`, sorted.
  std::vector<std::string> providing(Capability c, const std::vector<std::string>& wanted) const;
  // A file of one language, or an empty view when the language or the file is absent.
  std::string_view file(std::string_view code, std::string_view name) const;
  // A file shared by all languages (authorities.tsv, money_symbols.tsv, ...).
  std::string_view shared_file(std::string_view name) const;
  // Each pack's own authorities.tsv (the bodies of its countries), in code order.
  std::vector<std::string_view> pack_authority_files() const;

 private:
  LanguagePacks(const std::vector<std::string>& extra_dirs, bool check_compiled_lines);

  std::string error_;
  std::map<std::string, LanguagePack, std::less<>> packs_;
  std::map<std::string, std::string_view, std::less<>> shared_;
};

}  // namespace finex
