#pragma once
// The words that decide whether an amount is a fine and of which kind, per language
// (lib/data/<lang>/fine_cues.tsv).
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "text/phrase_matcher.h"
#include "entities/authority_recognizer.h"

#include "language/language_pack.h"

namespace finex {

enum class CueKind {
  trigger,        // fine, amende, Bußgeld...
  periodic,       // astreinte, Zwangsgeld: a periodic penalty by name
  rate,           // per day, par jour
  proposed,       // intends to, could face
  cap,            // up to: a legal maximum follows
  not_fine,       // turnover, damages, price
  aggregate,      // all fines, Summe aller: a total over many fines
  respectively,   // parallel lists
  count,          // "seven" in "seven fines"
  each,           // "€10m each": the amount applies to every party named
  decision,       // decision, ruling, inspection: a sentence naming one with a date dates the
                  // fines reported nearby; it makes no amount a fine
  deadline,       // until, by: the date right after it is a time limit, not the fine's date
  deadline_after, // a postposition ("30. syyskuuta mennessä"): the date right before it is one
  topic_data_protection,
  topic_competition,
  topic_financial,
  follow_up,      // opens a sentence that says who or when of the one before: "Det oplyste ..."
  unit_trigger,   // a fine counted in units by nature ("20 päiväsakkoa"): a trigger whose
                  // number before it is no count of fines
  approximate,    // "nearly", "more than": a rounded amount (a headline's) of a fine stated exactly
  negation,       // "no", "not to", "escaped": the fine word right after it was not imposed
  hypothesis,     // "would have", "analysts expect", "set aside": the amount after it is no
                  // imposed fine
  total,          // "totalling", "insgesamt": the amount may be the sum of fines listed beside it
  change,         // "raised", "gesenkt": a range after it runs from an old fine to a new one
  announcement,   // "announced", "teilte mit": a day beside it dates the decision the article
                  // reports, though it makes no body the one that imposed a fine
  unit_price,     // "zu je", "à": the amount right after it is the price of one day-fine, not
                  // the fine ("90 Tagessätze zu je 50 Euro")
  payment,        // "pay", "betalen": a verb of paying right beside an amount, which is a fine only
                  // where the text around it speaks of a fine and a body that imposes one
  restates,       // "adică", "echivalentul a": the amount right after it restates the amount of
                  // money right before it, so it is no fine of its own; after a share of
                  // turnover ("0,2% din cifra de afaceri, adică 310.000 de lei") it is the fine
  equivalent,     // "odpowiada równowartości", "corresponds to": the amount right after it is a
                  // sum already told, in another currency, so it is no fine of its own
  difference,     // "by", "um", "κατά": after a verb that changes a fine, the amount right after it
                  // is by how much the fine changed ("cuts the fine by €12.3 million"), no fine
  part,           // "dont", "waarvan": the amount right after it is a part of the fine before it
  part_after,     // "da coima", "of the fine": the amount right before it is a part of a fine
  suspended,      // "avec sursis", "voorwaardelijk": after a part, the part suspended, no fine of its own
  appeal,         // "appeal to", "recours devant": the body right after it is where an appeal goes,
                  // which imposed none of the fines of other sentences
  appeal_after,   // "weitergezogen": the same, said after the body
  offence,        // "over", "durante": opens what the fine was for; a date a few words after it,
                  // in the same clause, dates the offence, not the decision
  period,         // "im vergangenen Jahr", "in der Saison": a span of time fines are counted over
  record,         // "Spitzenwert", "Rekord": the highest of the fines the sentence before speaks of
  reporter,       // "anmeldt af", "reported by": the body right after it brought the case to the
                  // court or prosecutor that imposed the fine, and imposed none itself
  job_title,      // "head of sales", "sales director": names a person; read whole, so that the word
                  // of other money inside it ("sales") says nothing of an amount beside it
  offence_name,   // "investment fraud", "Steuerhinterziehung": names what a fine is for; read whole,
                  // so that the word of other money inside it says nothing of an amount
  contrast,       // "while", "mentre", "tandis que": opens a clause set against the one before, so
                  // a name beyond it is no party of an amount on this side
  plain,          // "à risque", "facteurs de risque": a phrase read whole so that a cue word inside
                  // it ("risque", a threatened fine) says nothing; never reported as a cue
  agent,          // "by", "door": the body right after it, beyond the amount and a fine word,
                  // is the passive's agent, which imposed the fine ("a fine imposed on X by Y")
  reporter_after, // "politianmeldte": the body a few words before it reported the case to the
                  // police or a prosecutor, and imposed none of the fines
  asks_for,       // "is seeking a": asks for the amount right after it ("is seeking a $10m
                  // penalty"), a proposed fine; further from it, what is sought may be anything
                  // else ("is seeking a reduction of its $10m fine")
  victim,         // "delitos contra", "zum Nachteil": the body right after it is whom the offence
                  // harmed ("la Hacienda Pública"), which imposed none of the fines
  venue,          // "listed on", "notowana na": the body right after it is where the party's
                  // shares trade ("the Warsaw Stock Exchange"), which imposed none of the fines
  since,          // "since", "desde": the date right after it starts a state that lasts ("land
                  // embargoed since 2019"), not the fine's date
  relative,       // "which", "der", "które": after a word of other money and a comma, opens a clause
                  // that says how much that money was ("den Umsatz, der bei 310 Millionen Euro
                  // lag"), so an amount inside it is no fine
  law,            // "loi du", "Gesetz vom", "Act": a date right after it names a law ("la loi du 6
                  // janvier 1978", "the Data Protection Act 2018"), not a decision
  maximum,        // "maximum", "máxima": right beside the fine word that ties an amount, in a
                  // sentence that names no body or party before it, makes the amount the law's
                  // maximum ("The maximum fine the regulator can impose is £17.5m"); unlike a
                  // cap, it leaves an amount right after it alone ("fined the maximum £500,000")
};

struct Cue {
  Span span;
  CueKind kind;
};

// " word ": a word between spaces, as the conjunction lists hold them. (Appended, not
// concatenated: GCC 12 warns wrongly about `" " + std::string(word)` at -O3.)
inline std::string spaced(std::string_view word) {
  std::string out;
  out.reserve(word.size() + 2);
  out.append(1, ' ').append(word).append(1, ' ');
  return out;
}

class FineLexicon {
 public:
  explicit FineLexicon(const std::vector<std::string>& languages = {},
                       const LanguagePacks& packs = LanguagePacks::compiled());
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // Every cue of the language in the text, in order. `openings`: where the words of `text` open
  // (text/word_starts.h), or null.
  std::vector<Cue> scan(std::string_view text, std::string_view language,
                        const WordOpenings* openings = nullptr) const;
  // Whether `between` joins two coordinated names or places: ", " or " and ".
  bool is_coordination(std::string_view between, std::string_view language) const;
  // The length of the conjunction " und " or " gefolgt von " that `text` opens with, or 0.
  std::size_t coordination_length(std::string_view text, std::string_view language) const;
  // Whether `word` joins a listed name to its amount ("Y mit 870'000 Franken").
  bool is_item_joint(std::string_view word, std::string_view language) const;
  // Whether `word`, right after an amount, gives it to what follows ("all'", "a la"): a body
  // named there receives the fine rather than imposing it.
  bool is_receiver(std::string_view word, std::string_view language) const;
  // Whether the fine word at `word` in `text` opens with one in the plural ("Bußgelder", "Geldstrafen"),
  // which may count many fines. Plural forms are a list of their own: as cues they would hide
  // the fine words they overlap.
  bool is_plural_fine(std::string_view text, Span word, std::string_view language) const;
  // The field the cues point to most, or Field::unknown.
  static Field topic(const std::vector<Cue>& cues);

 private:
  // Adds the fine word a phrase holds from a word start at or after `from` ("could be fined",
  // "dagsböter om"), if any; with `opening_only`, only one that opens at `from`.
  static void add_fine_word_inside(const PhraseMatcher& matcher, std::string_view text, Span phrase,
                                   std::size_t from, std::vector<Cue>& cues,
                                   bool opening_only = false);

  std::map<std::string, PhraseMatcher, std::less<>> matchers_;
  std::map<std::string, std::vector<std::string>, std::less<>> conjunctions_;
  std::map<std::string, std::vector<std::string>, std::less<>> item_joints_;
  std::map<std::string, std::vector<std::string>, std::less<>> receivers_;
  std::map<std::string, PhraseMatcher, std::less<>> plural_fines_;
  std::string error_;
};

}  // namespace finex
