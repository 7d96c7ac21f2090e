#pragma once
// Finds the authorities that impose fines: names and acronyms from a gazetteer kept as data
// (lib/data/authorities.tsv), and descriptions that resolve through the nationality they name
// ("the Dutch data protection authority", "le régulateur italien").
//
// What find() reports, in text order, without overlaps:
//   - a name or acronym from the gazetteer ("CNIL", "Autorità Garante della Concorrenza e del
//     Mercato"; the longest name wins), also with a nationality attached: "Ireland's Data
//     Protection Commission", "the Greek Cnil" (another country's body of the same field);
//   - a description with a nationality ("the Italian regulator", "die irische
//     Datenschutzbehörde"): the authority of that country for the field the words name, or for
//     the article's field when they name none;
//   - a country after a location or agent word ("fined in Italy", "par l'Italie") or "the
//     Italian authorities": the country, and its authority when the article is about data
//     protection (one authority per country under the GDPR). The span is the country name;
//   - a body named by what it is, a court or an inspectorate with the place or organisation
//     that completes it ("Landgericht München", "Stockholms tingsrätt"): as written.
// Words per language come from lib/data/<lang>/authority_*.tsv; other languages get names only.
//
// THREAD SAFETY: immutable after construction; one instance serves many threads. Construction
// builds one pair of phrase tries per language; find() walks them once per word start.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "finex/result.h"
#include "text/word_starts.h"

#include "language/language_pack.h"

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
  const Authority* authority = nullptr;  // null when only a country is known, or for a body
  std::string country;                  // ISO code, also set when authority is null
  // Named by what it is ("Amtsgericht Augsburg", "the court"): reported as written. Its
  // authority is the gazetteer body it belongs to, if it names one ("Sportgericht des DFB").
  bool body = false;
  // A prosecutor (authority_bodies.tsv `asks`): the body of a fine it asks for, not of one a
  // court imposes.
  bool asks = false;
  // A country named as a place ("fined in Italy"): it stands for the authority of its own
  // sentence only; "in Deutschland" elsewhere in the article says where, not who.
  bool place = false;
  // Written in the case of whom a proposal or an appeal goes to ("markkinaoikeudelle"): it
  // imposed nothing.
  bool addressed = false;
};

class AuthorityRecognizer {
 public:
  // `languages`: empty means every language of `packs` with authority words.
  explicit AuthorityRecognizer(const std::vector<std::string>& languages = {},
                               const LanguagePacks& packs = LanguagePacks::compiled());
  ~AuthorityRecognizer();
  bool ok() const;
  const std::string& error() const;

  // `field`: what the article is about, used to resolve descriptions. `openings`: where the
  // words of `text` open (text/word_starts.h), or null to find them here.
  std::vector<AuthorityMention> find(std::string_view text, std::string_view language,
                                     Field field, const WordOpenings* openings = nullptr) const;
  // The authority of a field in a country, or null.
  const Authority* lookup(std::string_view country, Field field) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace finex
