#pragma once
// Finds the names of parties that can be fined: capitalised name sequences and organisation
// names with a legal-form suffix ("Google Ireland Limited", "Santander UK plc"), and the cues
// around them that mark a fined party ("fined X", "X was fined", "à l'encontre de X").
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "entities/party_phrases.h"
#include "text/phrase_matcher.h"
#include "text/word_set.h"
#include "finex/result.h"

#include "language/language_pack.h"

namespace finex {

enum class PartyCue { none, before, after };

// Whether `gap` sets off a person's age: ", de 52 anos, ", ", 43 ans, ", " (51) ". The aside holds
// a number of at most three digits and lowercase words, and no more than a few words.
bool is_age_aside(std::string_view gap);
// The bytes of a person's age in brackets that opens `text` (" (52)" of " (52), received"), or 0.
std::size_t bracketed_age(std::string_view text);

struct PartyMention {
  Span span;  // the name only, in the normalised text
  PartyCue cue = PartyCue::none;
  bool has_suffix = false;  // ends in a legal form (Ltd, GmbH, S.A.)
  // A country's name ("Italien", "Ελλάδα"): the party only where a cue marks it so ("the Court
  // fined Greece"), elsewhere where a fine was imposed.
  bool country = false;
  // Followed by a verb that imposes ("Cade condena", "CVM multa"): the body that fines, and
  // so no party wherever the text names it.
  bool imposer = false;
  // A party named by what it is and how many ("seis constructoras", "vier Lkw-Hersteller")
  // where a cue marks the fined party: reported as written.
  bool description = false;
  // Completes a noun or follows a word of place ("un restaurante de Coimbra", "in Berlin"):
  // a name that only its cue can make the party.
  bool complement = false;
  // Where a person lives, after the person's age ("Dover" of "Neil Ash, 52, of Dover"): no
  // person a pronoun stands for.
  bool residence = false;
  // A pronoun of a language whose pronouns stand for persons only ("he", "hij"): never for a
  // company with a legal form.
  bool person = false;
  // Says whose role the name after it holds ("Wrexford" of "Wrexford manager Dean Holt"): the
  // party only where a cue marks it so.
  bool holds_role = false;
};

// The language's cue phrases before and after a party's name, found once in a text and read by
// both find() and cued_pronouns(); with where the words of that text open, when known, for the
// other phrase lists they look for in it (it must outlive the cues).
struct PartyCues {
  std::vector<PhraseMatch> before, after;
  const WordOpenings* openings = nullptr;
  // Where the openings were known, the other phrase lists too, found in the same walk
  // (entities/party_phrases.h): references back to a company, verbs that impose, pronouns.
  bool others_found = false;
  std::vector<PhraseMatch> references, imposers, pronouns;
};

class PartyRecognizer {
 public:
  explicit PartyRecognizer(const std::vector<std::string>& languages = {},
                           const LanguagePacks& packs = LanguagePacks::compiled());
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // Names in text order, skipping the `taken` spans (authorities, dates, amounts), which must
  // be sorted. A text longer than an article is read in pieces (text/text_pieces.h).
  std::vector<PartyMention> find(std::string_view text, std::string_view language,
                                 const std::vector<Span>& taken) const;
  // The same with the cues of `text` found before by cues().
  std::vector<PartyMention> find(std::string_view text, std::string_view language,
                                 const std::vector<Span>& taken, const PartyCues& cues) const;
  // `openings`: where the words of `text` open (text/word_starts.h), or null to find them here.
  PartyCues cues(std::string_view text, std::string_view language,
                 const WordOpenings* openings = nullptr) const;
  // "the company", "la société": references back to the party named before.
  std::vector<Span> company_references(std::string_view text, std::string_view language,
                                       const WordOpenings* openings = nullptr) const;
  // The same with the cues of `text` found before by cues().
  std::vector<Span> company_references(std::string_view text, std::string_view language,
                                       const PartyCues& cues) const;
  // "fined him", "Soud mu uložil", "hän sai": a personal pronoun where a cue puts the fined
  // party, which stands for a person named before. Only pronouns with a cue are returned.
  std::vector<PartyMention> cued_pronouns(std::string_view text, std::string_view language) const;
  std::vector<PartyMention> cued_pronouns(std::string_view text, std::string_view language,
                                          const PartyCues& cues) const;
  // Whether `word` is `base` with a case ending of the language ("Widzewa" of "Widzew"), for
  // languages that decline names (party_cues.tsv, case_ending).
  bool declined_form(std::string_view word, std::string_view base, std::string_view language) const;
  // Whether `text` opens with a relative pronoun of the language and a space ("qui exploite",
  // "which runs", not "die Augusta GmbH"): the start of a relative clause (party_cues.tsv, relative).
  bool opens_relative_clause(std::string_view text, std::string_view language) const;
  // Whether `word` is a relative pronoun of the language (party_cues.tsv, relative), whatever
  // follows it: "som" in "som Finansinspektionen beslutade".
  bool is_relative_pronoun(std::string_view word, std::string_view language) const;
  // Whether `text` writes `name` somewhere right after a word of place of the language ("i
  // Svartån", "do Labe"; party_cues.tsv, place_before): the name of a place.
  bool written_as_place(std::string_view text, std::string_view name, std::string_view language) const;

 private:
  // `cues`: those of `text`, or null to find them here.
  std::vector<PartyMention> find_in_piece(std::string_view text, std::string_view language,
                                          const std::vector<Span>& taken,
                                          const PartyCues* cues = nullptr) const;
  struct Language {
    // One list per role: a phrase such as "fined" can cue both ("fined X", "X (fined").
    PartyPhrases phrases;
    WordSet stop_words;
    WordSet stop_alone;  // no name alone, may open one
    std::vector<std::string_view> relatives;          // "which" in "X, which was fined"
    std::vector<std::string_view> noun_endings;       // German nouns are capitalised too
    WordSet places;  // "i" of "i Västerås": a place follows
    std::vector<std::string_view> lead_noun_endings;  // "-bolaget" of "Gruvbolaget X AB"
    WordSet connectors;  // "i" of "Bygg i Norr AB"
    // Capitalised words that open a sentence but, between two words of a person's name, are
    // part of it: "Le" of "Patrick Le Goff"
    WordSet surname_particles;
    // Particles that open a name even at the start of a sentence, which they open no other way
    // ("Van der Wiel Wegenbouw kreeg ...")
    WordSet opening_particles;
    // Articles that the shared list takes for connectors ("den" of "van den"): German "hat den
    // FC X verurteilt" names the party, not a complement of a noun.
    WordSet articles;
    bool openers_are_nouns = false;  // a lone capitalised sentence opener is no name
    bool pronouns_are_persons = false;  // "he", not German "er" for "der Konzern"
    bool lowercase_to_form = false;  // "Brněnské komunikace a.s.": a name runs on to its legal form
    std::vector<std::string_view> appositions;        // "," in "the director, X, was fined"
    std::vector<std::string_view> genitives;          // "s" in Danish "Danske Banks bøde"
    // What joins an owner's name to the name of what it owns: "'s" of "Alphabet Inc's Google".
    std::vector<std::string_view> owner_marks;
    // Case endings of the receiver ("Oy:lle", "Korhoselle"): the name receives what follows.
    std::vector<std::string_view> recipient_endings;
    WordSet place_words;  // "do Labe", "v Kladně": no party follows
    // Right after a legal form, the word that names the company's seat: "srl di Bologna", "Ltd of
    // Leeds". Alone it joins names ("Banca di Roma").
    WordSet seat_words;
    // Shared connectors that join no name alone in this language: German "den" ("kurz vor
    // Schluss den Vierten Offiziellen"); two small words still do ("Jan van den Berg").
    WordSet no_connectors;
    // "wegen", "wegen des": no party follows, nor after adjectives ("wegen unerlaubten Umgangs").
    WordSet reason_words;
    // Location words of authority_context.tsv ("in", "din"): a name right after one is a place.
    std::vector<std::string_view> locations;
    std::vector<std::string_view> case_endings;       // "Widzewa", "Orlenowi": the name declined
    // Words that are never a party on their own, case-folded (party_non_names.tsv, and the
    // pack's months, weekdays, currencies, number words, countries and nationalities):
    // "USD", "Montag", "DSGVO", "Italien".
    WordSet non_names;
    // Common nouns written with a capital ("Millionen", "Spiele"): no name alone, none made
    // of them only, and one before a longer name is a title ("Verteidiger Jonas Kirchhoff").
    WordSet nouns;
    // "Tribunal", "Ley": opens the name of a body that fines or of a law, which is no party.
    WordSet non_party_openers;
    // Words that open or end the name of a stadium or an arena ("Stade de France", "Brøndby
    // Stadion"): such a name is where a match was played, no party.
    WordSet venue_words;
    // Words that end the name of a law ("Environmental Protection Act"): such a name is no party.
    WordSet law_endings;
    // Endings of a street's name written as one word ("Hilledijk", "Storgatan"): such a word
    // alone is an address, no party.
    std::vector<std::string> street_endings;
    // A part joined by hyphens inside a place's name ("-sur-" of "Boulogne-sur-Mer"): a name
    // that holds it, without a legal form, is a place, no party.
    std::vector<std::string> place_infixes;
    // Words that introduce a story's writer on a line of their own ("By", "di", "Autor"): the
    // name after them is the writer, no party.
    std::vector<std::string> bylines;
    // Words before a road's number ("on the A1", "na S7", "auf der A7"): a code of capitals and
    // digits after them is where something happened, no party.
    std::vector<std::string> road_words;
    WordSet law_openers;  // of them, the words that open a law's title ("Loi", "Gesetz")
    std::vector<std::string> inflections;  // case endings a listed noun may take ("-n", "-en")
    // For descriptions: number words from two up (money_number_words.tsv), the function words
    // that end a description (stopwords.txt) and units of time ("condenado a 30 días").
    WordSet counts, function_words, time_units;
    std::vector<std::string> description_nouns;  // "empresas", "hersteller": who a count describes
    WordSet description_words;  // the same, looked up whole ("builder" of "A Leeds builder")
    // "-er" of "Augsburger": before a description noun, where the party is from, not its name
    std::vector<std::string_view> adjective_suffixes;  // "-based" of "the Cork-based broker"
    std::vector<std::string_view> place_adjective_endings;
    // "se" of "de Amsterdamse ticketverkoper": a capitalised adjective of place before a
    // lowercase noun, no name.
    std::vector<std::string_view> place_adjective_before_noun_endings;
    std::vector<std::string> institution_nouns;
    // "Moravská záložna", "Hanácké bance": where a name capitalises only its first word, an
    // adjective (by its ending) and a lowercase noun of an institution (by its stem) make one name.
    std::vector<std::string_view> name_adjective_endings;
    std::vector<std::string_view> name_nouns;
    WordSet possessives;  // "seiner" of "seiner Roten Karte": a noun follows
    // "die" of "die Rheinländer": before one word of a place adjective's ending, the people of a place
    WordSet plural_articles;
    WordSet roles;  // "manager" of "Wrexford manager Dean Holt"
    std::vector<std::string_view> role_modifiers;  // "former" of "Ardmore's former finance director"
    std::vector<std::string_view> role_connectors;  // "of" of "the director of Acme, Jane Roe"
    // "spiel" and "gegen" of "Heimspiel gegen den VfB": the name after them is the opponent
    std::vector<std::pair<std::string, std::string>> opponents;
    WordSet opponent_articles;  // "el" of "partido contra el Betis"
    WordSet singular_articles;  // "einen" of "gegen einen Baukonzern": a count of one
    WordSet countries;  // authority_countries.tsv, case-folded
  };

  void read_vocabulary(const LanguagePacks& packs, const std::string& lang, Language& language);
  // "a cinco aerolíneas": a count and a noun right after a cue that marks the fined party.
  // `cues`: the language's `before` phrases in `text`, as find_in_piece found them.
  // The steps of find_in_piece: the capitalised names of the text (`lang`: null for a language
  // without party words), then the cues before and after them.
  std::vector<PartyMention> capitalised_names(std::string_view text, const Language* lang,
                                              const std::vector<Span>& taken,
                                              const std::vector<PhraseMatch>& before,
                                              const std::vector<PhraseMatch>& after) const;
  void attach_cues_before(std::string_view text, const Language& lang, const std::vector<PhraseMatch>& before,
                          std::vector<PartyMention>& names) const;
  void attach_cues_after(std::string_view text, const Language& lang, const std::vector<PhraseMatch>& after,
                         std::vector<PartyMention>& names) const;
  void add_descriptions(std::string_view text, const Language& language, const std::vector<PhraseMatch>& cues,
                        const std::vector<Span>& taken, std::vector<PartyMention>& names) const;
  std::map<std::string, Language, std::less<>> languages_;
  WordSet suffixes_;
  WordSet connectors_;  // "of" of "Bank of America" (name_connectors.txt)
  std::vector<std::string_view> multiword_suffixes_;  // "sp. z o.o.": matched on the text after a name
  std::string error_;
};

}  // namespace finex
