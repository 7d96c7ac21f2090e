#pragma once
// News-like text generated from sentence templates (bench/templates/<lang>.tsv), so that the
// benchmark corpus is large, deterministic and in every supported language without shipping
// megabytes of articles. The same seed gives the same bytes on every machine.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace finex::bench {

// splitmix64: tiny, fast and identical everywhere (std:: distributions are not).
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next();
  // Uniform in [low, high].
  int between(int low, int high);

 private:
  std::uint64_t state_;
};

class TextTemplates {
 public:
  // Reads every <lang>.tsv of `folder`, or only those of `only` when it is not empty. ok() is
  // false when a file is missing or malformed.
  explicit TextTemplates(const std::string& folder, const std::vector<std::string>& only = {});
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  const std::vector<std::string>& languages() const { return languages_; }

  // An article with no fine: a headline and paragraphs of sport, weather and local news;
  // `with_money` adds business sentences whose amounts are prices, revenue or budgets.
  std::string news_article(std::string_view language, bool with_money, Random& random) const;
  // An article that reports a fine: the same kind of paragraphs around fine sentences, one
  // company and one regulator per article.
  std::string fine_article(std::string_view language, Random& random) const;

 private:
  struct Language {
    std::map<std::string, std::vector<std::string>, std::less<>> words;      // "=name" lists
    std::map<std::string, std::vector<std::string>, std::less<>> sentences;  // by kind
  };
  using Fixed = std::map<std::string, std::string, std::less<>>;

  const Language& language(std::string_view code) const;
  void append_sentence(const Language& lang, std::string_view kind, const Fixed& fixed,
                       Random& random, std::string& out) const;
  void paragraphs(const Language& lang, int count, bool with_money, const Fixed& fixed,
                  Random& random, std::string& out) const;

  std::map<std::string, Language, std::less<>> by_language_;
  std::vector<std::string> languages_;
  std::string error_;
};

}  // namespace finex::bench
