#pragma once
// THREAD SAFETY: an Extractor is immutable once constructed; one instance may be shared by any
// number of threads calling extract() at once.
//
// COST: construction compiles every pattern and word list (tens of milliseconds); build one and
// reuse it. extract() is linear in the size of the document.
#include <memory>
#include <string>
#include <string_view>

#include "finex/options.h"
#include "finex/result.h"

namespace finex {

class Extractor {
 public:
  // Never throws: a bad pattern in the bundled data leaves ok() false with error() saying why.
  explicit Extractor(Options options = {});
  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;

  bool ok() const;
  const std::string& error() const;
  const Options& options() const;

  // Extracts the fines of one document. `text` is raw bytes: UTF-8 is read as it is; bytes that
  // are not (UTF-16, windows-1252, ISO-8859-2, ...) are read in the encoding ICU's detection
  // finds, or in DocumentInfo::encoding, and a warning names it; UTF-8 with a few invalid
  // sequences has them replaced, with a warning. DocumentInfo::format html reads an HTML page
  // for its visible text. An unusable document comes back with Result::error set.
  Result extract(std::string_view text, const DocumentInfo& info = {}) const;

 private:
  struct Impl;
  std::unique_ptr<const Impl> impl_;
};

}  // namespace finex
