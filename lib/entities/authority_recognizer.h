#pragma once
// Finds the authorities that impose fines: names and acronyms from a gazetteer kept as data
// (lib/data/authorities.tsv), and descriptions that resolve through the nationality they name
// ("the Dutch data protection authority", "le régulateur italien").
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "finex/result.h"

namespace finex {

// Which kind of regulator: a description ("the Greek watchdog") resolves to the authority of
// the field the article is about.
enum class Field { unknown, data_protection, competition, financial, other };

struct Authority {
  std::string name;     // canonical name
  std::string country;  // ISO 3166-1 alpha-2, "EU" for EU bodies
  Field field = Field::unknown;
};

struct AuthorityMention {
  Span span;                            // in the normalised text
  const Authority* authority = nullptr;  // null when only a country is known
  std::string country;                  // ISO code, also set when authority is null
};

class AuthorityRecognizer {
 public:
  explicit AuthorityRecognizer(const std::vector<std::string>& languages = {});
  ~AuthorityRecognizer();
  bool ok() const;
  const std::string& error() const;

  // `field`: what the article is about, used to resolve descriptions.
  std::vector<AuthorityMention> find(std::string_view text, std::string_view language,
                                     Field field) const;
  // The authority of a field in a country, or null.
  const Authority* lookup(std::string_view country, Field field) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace finex
