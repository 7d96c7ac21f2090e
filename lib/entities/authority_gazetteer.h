#pragma once
// The language-independent list of authorities (lib/data/authorities.tsv): canonical names,
// countries, fields and every surface form, parsed once. Immutable after construction.
#include <string>
#include <string_view>
#include <vector>

#include "entities/authority_phrases.h"
#include "entities/authority_recognizer.h"

#include "language/language_pack.h"

namespace finex::authority {

// How one surface form may be used (see the header of authorities.tsv).
struct SurfaceForm {
  int authority = 0;                    // index into Gazetteer::authorities()
  bool generic = false;                 // '?': not after another capitalised word
  bool place = false;                   // '@': not after a location word
  std::vector<std::string> languages;   // {it,fr}: elsewhere only with a nationality attached
};

class Gazetteer {
 public:
  explicit Gazetteer(const LanguagePacks& packs);
  const std::string& error() const { return error_; }

  const std::vector<Authority>& authorities() const { return authorities_; }
  const PhraseTable<SurfaceForm>& forms() const { return forms_; }
  // The generic ('?') forms of one authority, as written ("Επιτροπή", "Επιτροπής").
  const std::vector<std::string>& generic_forms(int authority) const;

  bool has_field(int authority, Field field) const;
  // The first authority of the country with this field, or -1.
  int lookup(std::string_view country, Field field) const;
  // True when the press of this country writes in this language.
  bool speaks(std::string_view country, std::string_view language) const;

 private:
  void parse_line(std::string_view line);

  std::string error_;
  std::vector<Authority> authorities_;
  std::vector<std::vector<Field>> fields_;  // every field of each authority, main one first
  std::vector<std::vector<std::string>> generic_forms_;  // by authority
  PhraseTable<SurfaceForm> forms_;
  std::vector<std::pair<std::string, std::string>> country_languages_;
};

// "data_protection" → Field::data_protection; Field::unknown for anything else.
Field parse_field(std::string_view name);

}  // namespace finex::authority
