#pragma once
// One language's words for naming an authority without its name: nationality adjectives,
// country names, description words and the small words around them
// (lib/data/<lang>/authority_*.tsv). Immutable after construction.
#include <string>
#include <string_view>
#include <vector>

#include "entities/authority_phrases.h"
#include "entities/authority_recognizer.h"

#include "language/language_pack.h"

namespace finex::authority {

struct Description {
  Field field = Field::unknown;  // unknown: the field the article is about
  bool whole_country = false;    // "the Italian authorities": the country, not one body
  bool complement = false;       // follows "<head> <adjective>" to set the field
};

// The word orders in which a language names an authority without its name
// (lib/data/<lang>/authority_orders.txt; the examples are in entities/authority_mentions.h).
enum class MentionOrder {
  nationality_name,         // "Ireland's Data Protection Commission"
  name_adjective,           // "Cnil grecque"
  name_of_country,          // "Επιτροπή Ανταγωνισμού της Ιταλίας"
  nationality_description,  // "the Dutch data protection authority"
  description_adjective,    // "l'autorité irlandaise de protection des données"
  description_of_country,   // "Datenschutzbehörde von Frankreich"
  location_country,         // "fined in Italy", "par l'Italie"
  country_verb,             // "The UK has imposed"
};

class Lexicon {
 public:
  // An empty lexicon (no words) when `language` is empty.
  Lexicon(std::string_view language, const LanguagePacks& packs);
  const std::string& error() const { return error_; }

  const PhraseTable<std::string>& nationalities() const { return nationalities_; }
  const PhraseTable<std::string>& countries() const { return countries_; }
  const PhraseTable<Description>& descriptions() const { return descriptions_; }
  const PhraseTable<Description>& complements() const { return complements_; }
  const std::vector<std::string>& locations() const { return locations_; }
  const std::vector<std::string>& possessives() const { return possessives_; }
  const std::vector<std::string>& conjunctions() const { return conjunctions_; }
  const std::vector<std::string>& agent_verbs() const { return agent_verbs_; }
  const std::vector<std::string>& of_words() const { return of_words_; }
  // Whether the language names authorities in `order`; a pack that lists no order writes all.
  bool writes(MentionOrder order) const { return (orders_ >> static_cast<unsigned>(order) & 1u) != 0; }

  // The country a nationality names: an adjective ("Italian"), a country name with a
  // possessive ending ("Italy's", "Italiens") or after an of-word ("της Ιταλίας"); empty when
  // none.
  std::string nationality(std::string_view text) const;
  // True when a body's name as written ends with a case ending of whom something is addressed
  // to ("markkinaoikeudelle").
  bool addressed(std::string_view name) const;
  // True when `text` ends with a location word and a space ("... in ").
  bool ends_with_location(std::string_view text) const;

 private:
  std::string error_;
  PhraseTable<std::string> nationalities_;
  PhraseTable<std::string> countries_;
  PhraseTable<Description> descriptions_;
  PhraseTable<Description> complements_;
  std::vector<std::string> locations_;
  std::vector<std::string> possessives_;
  std::vector<std::string> conjunctions_;
  std::vector<std::string> agent_verbs_;
  std::vector<std::string> of_words_;
  std::vector<std::string> addressee_endings_;
  unsigned orders_ = ~0u;
};

}  // namespace finex::authority
