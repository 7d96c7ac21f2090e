#pragma once
// The two corpora the benchmark measures:
//   mixed  news as a wire service sends it: about one article in twenty reports a fine, the
//          rest are sport, weather, local and business news (some with prices and revenue) in
//          every language of the templates;
//   dense  only articles that report a fine: the bundled articles and templated fine reports.
// Both are deterministic: the same bytes on every run and every machine.
#include <cstddef>
#include <string>
#include <vector>

#include "templates.h"

namespace finex::bench {

struct Document {
  std::string text;
  std::string language;  // ISO 639-1, as written by the generator or identified for a real article
};

struct Corpus {
  std::vector<Document> documents;
  std::size_t bytes = 0;
  std::size_t largest = 0;  // bytes of the largest document
  std::size_t fine_documents = 0;

  void add(Document document, bool reports_fine);
};

// The same documents as text arrives from e-mails and PDFs: every paragraph hard-wrapped at
// `width` columns (words never cut).
Corpus wrapped_corpus(const Corpus& corpus, std::size_t width);
// The same documents as pages of a news site: a head with a script and a style sheet, a cookie
// banner, each paragraph a <p>, the characters "&", "<" and ">" as references.
Corpus html_corpus(const Corpus& corpus);

// Real articles: every *.txt of each folder that exists (a missing folder is skipped).
std::vector<Document> load_articles(const std::vector<std::string>& folders);

// Yields the documents of a corpus one at a time, so that memory can be measured without the
// corpus itself being resident.
class ArticleStream {
 public:
  enum class Kind { mixed, dense };
  ArticleStream(const TextTemplates& templates, const std::vector<Document>& articles, Kind kind,
                std::size_t min_bytes);
  // False once `min_bytes` have been produced.
  bool next(Document& document, bool& reports_fine);

 private:
  const TextTemplates& templates_;
  const std::vector<Document>& articles_;
  Kind kind_;
  std::size_t min_bytes_;
  std::size_t bytes_ = 0;
  std::size_t index_ = 0;
  std::size_t fines_ = 0;
  Random random_;
};

Corpus mixed_corpus(const TextTemplates& templates, const std::vector<Document>& articles,
                    std::size_t min_bytes);
Corpus dense_corpus(const TextTemplates& templates, const std::vector<Document>& articles,
                    std::size_t min_bytes);

// Writes the first `count` documents as numbered files; returns their total size in bytes.
std::size_t write_files(const Corpus& corpus, std::size_t count, const std::string& folder);

}  // namespace finex::bench
