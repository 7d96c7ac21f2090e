#include "bench_corpus.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>

#include "segment/language_identifier.h"

namespace finex::bench {

void Corpus::add(Document document, bool reports_fine) {
  bytes += document.text.size();
  largest = std::max(largest, document.text.size());
  if (reports_fine) ++fine_documents;
  documents.push_back(std::move(document));
}

std::vector<Document> load_articles(const std::vector<std::string>& folders) {
  const LanguageIdentifier identifier;
  std::vector<Document> articles;
  for (const std::string& folder : folders) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) continue;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
      if (entry.path().extension() == ".txt") paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());  // directory order differs between file systems
    for (const auto& path : paths) {
      std::ifstream in(path, std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      Document document{text.str(), {}};
      document.language = identifier.identify(document.text).code;
      articles.push_back(std::move(document));
    }
  }
  return articles;
}

ArticleStream::ArticleStream(const TextTemplates& templates, const std::vector<Document>& articles,
                             Kind kind, std::size_t min_bytes)
    : templates_(templates),
      articles_(articles),
      kind_(kind),
      min_bytes_(min_bytes),
      random_(kind == Kind::mixed ? 20240101 : 20240202) {}

bool ArticleStream::next(Document& document, bool& reports_fine) {
  if (bytes_ >= min_bytes_) return false;
  const std::vector<std::string>& languages = templates_.languages();
  const std::size_t i = index_++;
  if (kind_ == Kind::dense || i % 20 == 7) {
    // Alternate real and templated fine reports so that real prose is part of the mix.
    if (!articles_.empty() && fines_ % 2 == 0) {
      document = articles_[(fines_ / 2) % articles_.size()];
    } else {
      const std::string& language = languages[(fines_ / 2) % languages.size()];
      document = {templates_.fine_article(language, random_), language};
    }
    ++fines_;
    reports_fine = true;
  } else {
    const std::string& language = languages[i % languages.size()];
    const bool with_money = i % 4 == 1;  // a quarter of the news quotes prices or revenue
    document = {templates_.news_article(language, with_money, random_), language};
    reports_fine = false;
  }
  bytes_ += document.text.size();
  return true;
}

namespace {

Corpus collect(ArticleStream stream) {
  Corpus corpus;
  Document document;
  bool reports_fine = false;
  while (stream.next(document, reports_fine)) corpus.add(std::move(document), reports_fine);
  return corpus;
}

}  // namespace

Corpus mixed_corpus(const TextTemplates& templates, const std::vector<Document>& articles,
                    std::size_t min_bytes) {
  return collect(ArticleStream(templates, articles, ArticleStream::Kind::mixed, min_bytes));
}

Corpus dense_corpus(const TextTemplates& templates, const std::vector<Document>& articles,
                    std::size_t min_bytes) {
  return collect(ArticleStream(templates, articles, ArticleStream::Kind::dense, min_bytes));
}

namespace {

// Applies `paragraph` to each line of `text` (a paragraph of the generators and the articles),
// keeping blank lines.
template <typename Paragraph>
std::string by_paragraph(const std::string& text, Paragraph&& paragraph) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    paragraph(std::string_view(text).substr(begin, end - begin), out);
    out += '\n';
    begin = end + 1;
  }
  return out;
}

// Columns as a reader counts them: one per character, not per byte.
std::size_t columns(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

Corpus wrapped_corpus(const Corpus& corpus, std::size_t width) {
  Corpus out;
  for (const Document& d : corpus.documents) {
    std::string text = by_paragraph(d.text, [&](std::string_view line, std::string& to) {
      std::size_t used = 0;
      for (std::size_t pos = 0; pos < line.size();) {
        std::size_t end = line.find(' ', pos);
        if (end == std::string_view::npos) end = line.size();
        const std::string_view word = line.substr(pos, end - pos);
        if (used > 0 && used + 1 + columns(word) > width) to += '\n', used = 0;
        else if (used > 0) to += ' ', ++used;
        to += word;
        used += columns(word);
        pos = end + 1;
      }
    });
    out.add({std::move(text), d.language}, false);
  }
  out.fine_documents = corpus.fine_documents;
  return out;
}

Corpus html_corpus(const Corpus& corpus) {
  Corpus out;
  for (const Document& d : corpus.documents) {
    std::string page =
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>News</title>"
        "<script>window.track = function (e) { return e && e.amount > 1000000; };</script>"
        "<style>p { margin: 0 0 1em; }</style></head>\n<body>\n"
        "<div class=\"cookies\">We use cookies to improve your experience. <a href=\"#\">Accept</a></div>\n"
        "<article>\n";
    page += by_paragraph(d.text, [](std::string_view line, std::string& to) {
      if (line.empty()) return;
      to += "<p>";
      for (const char c : line) {
        if (c == '&') to += "&amp;";
        else if (c == '<') to += "&lt;";
        else if (c == '>') to += "&gt;";
        else to += c;
      }
      to += "</p>";
    });
    page += "</article>\n</body></html>\n";
    out.add({std::move(page), d.language}, false);
  }
  out.fine_documents = corpus.fine_documents;
  return out;
}

std::size_t write_files(const Corpus& corpus, std::size_t count, const std::string& folder) {
  std::filesystem::create_directories(folder);
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < count && i < corpus.documents.size(); ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "/%05zu.txt", i);
    std::ofstream out(folder + name, std::ios::binary);
    out << corpus.documents[i].text;
    bytes += corpus.documents[i].text.size();
  }
  return bytes;
}

}  // namespace finex::bench
