#pragma once
// Finds where a text names an authority, and the parts of each mention, without deciding which
// authority it is (AuthorityRecognizer does that). A mention is one of:
//   [nationality] name [adjective]      "Ireland's Data Protection Commission", "Cnil grecque"
//   name of-word country                "Επιτροπή Ανταγωνισμού της Ιταλίας"
//   nationality description             "the Dutch data protection authority"
//   description adjective [complement]  "l'autorité irlandaise de protection des données"
//   description of-word country         "αρχή προστασίας δεδομένων της Ιρλανδίας"
//   location country                    "fined in Italy", "par l'Italie"
//   country agent-verb                  "The UK has imposed" (only the country is kept)
// where a nationality is an adjective or a country with a possessive ending ("Italy's").
// A language uses the orders its pack lists (lib/data/<lang>/authority_orders.txt), all of them
// when it lists none.
// Names come from the gazetteer, the other words from the language's lexicon; both are held in
// phrase tries, so that finding mentions is one walk per word start.
#include <array>
#include <string_view>

#include "text/phrase_matcher.h"
#include "entities/authority_gazetteer.h"
#include "entities/authority_lexicon.h"
#include "entities/authority_prefixes.h"

namespace finex::authority {

enum MentionPart {
  name_nationality_before,  // "Greek" Cnil, "Ireland's" Data Protection Commission
  name,
  name_nationality_after,   // Cnil "grecque"
  nationality_before,       // "Dutch" data protection authority
  description_after,
  description_before,       // "autorité" irlandaise
  nationality_after,
  complement,               // autorité irlandaise "de protection des données"
  location,                 // "in " Italy
  country,
  acting_country,           // "The UK" has imposed
  part_count
};

// The text of each part; a part the mention lacks has a null data().
using MentionParts = std::array<std::string_view, part_count>;

// The gazetteer's surface forms as tries: built once and shared by the finders of every
// language, since the gazetteer is the largest word list and the same for all.
struct GazetteerTries {
  explicit GazetteerTries(const Gazetteer& gazetteer);
  PhraseMatcher any_case;  // forms matched ignoring case
  PhraseMatcher exact;     // forms matched as written (acronyms, one-word names)
  PhrasePrefixes prefixes;  // of both
  std::string error;
};

class MentionFinder {
 public:
  // Both must outlive the finder.
  MentionFinder(const GazetteerTries& names, const Lexicon& lexicon);
  const std::string& error() const { return error_; }

  // The first mention that starts after `from` (or at 0 when `from` is 0) and follows a
  // character that is not a letter or digit; of those starting at one place, the longest.
  bool next(std::string_view text, std::size_t from, MentionParts& parts) const;
  // The longest mention that starts exactly at `begin`.
  bool at(std::string_view text, std::size_t begin, MentionParts& parts) const;
  // ", Greece" or " and Greece" right at `pos`: the country.
  std::string_view continuation(std::string_view text, std::size_t pos) const;

 private:
  // `form` is 0: the category of every phrase of the gazetteer's tries.
  enum Category { form = 0, adjective, country_name, description, complement_words, location_words, verb, of_word };
  static constexpr std::size_t kMaxMatches = 16;  // per trie and position: far more than any prefix chain
  // Filled at every word start, so left uninitialised: only the first `count` are ever read.
  struct Matches {
    PhraseMatchBuffer<4 * kMaxMatches> buffer;
    std::size_t count = 0;
  };

  // Every phrase of the tries that starts at `pos`; returns their count. A category is held by
  // one pair of tries: the gazetteer's (forms), the language's words that may open a mention
  // (nationalities, countries, descriptions, locations) or those that only follow one
  // (complements, verbs, of-words). Most words of a text are none of them; the commonest of
  // those that are ("de", "of", "has") open no mention, and are not looked for at every word.
  enum class Tries { opening, gazetteer, opening_words, following_words };
  // at(), where opening_prefixes_ let `begin` pass.
  bool mention_at(std::string_view text, std::size_t begin, MentionParts& parts) const;
  std::size_t matches_at(std::string_view text, std::size_t pos, Matches& all,
                         Tries tries = Tries::opening) const;
  static Tries tries_of(Category category);
  // visit(end) for each phrase of `category` among `all`, or starting at `pos`.
  template <typename Visit>
  void each(const Matches& all, Category category, Visit visit) const;
  template <typename Visit>
  void each(std::string_view text, std::size_t pos, Category category, Visit visit) const;
  // visit(end) for each nationality among `all`: adjectives, and countries with a possessive.
  template <typename Visit>
  void each_nationality(std::string_view text, const Matches& all, Visit visit) const;
  // visit(end) for each " <of-word> <country>" right at `pos` (the space included).
  template <typename Visit>
  void each_country_of(std::string_view text, std::size_t pos, Visit visit) const;

  const Lexicon& lexicon_;
  const GazetteerTries& names_;
  // The language's words, matched ignoring case or (in capitals) as written.
  PhraseMatcher opening_any_case_, opening_exact_;
  PhraseMatcher following_any_case_, following_exact_;
  // Those of the gazetteer's tries and of the opening ones: where none starts, no mention does.
  PhrasePrefixes opening_prefixes_;
  std::string error_;
};

}  // namespace finex::authority
