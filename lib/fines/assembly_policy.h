#pragma once
// Every window, threshold and confidence weight by which fines are assembled, in one place.
// Distances between two things in running text are in words (text/word_starts.h: a word as
// written, so "S.r.l." or "1.560.000" is one), so that a window means the same in Greek as in
// English; each was set to the words an English text holds in the bytes it used to count (some
// six bytes a word, measured on English news). The length of a phrase or a line stays in bytes,
// and a few reaches count sentences; each field says which. The tests in
// tests/assembly_policy_test.cpp put a sentence on each side of the main windows.
#include <cstddef>

namespace finex {

struct AssemblyPolicy {
  // --- Which amounts are fines ---
  // How many words may stand between a fine word and the amount it makes a fine: "a fine of
  // twenty million euros", "€20m penalty", "fined ... €30.5 million by ...".
  std::size_t max_trigger_gap = 16;
  // A legal-maximum cue ("up to", "jusqu'à") directly before an amount, at most this many words
  // between, makes it no fine.
  std::size_t max_cap_gap = 2;
  // The longest phrase naming the price of one day-fine, in bytes ("stawek dziennych po").
  std::size_t longest_unit_price = 48;
  // A restating word ("adică") this many words after an amount restates it: "613.912 lei, adică
  // ...", and the amount at most max_restating_gap words after the word is the restatement.
  std::size_t max_restated_gap = 1;
  std::size_t max_restating_gap = 3;
  // A periodic penalty named this many words before a cap is itself capped ("a penalty payment
  // of up to €5.1 million"), which does not make it a legal maximum.
  std::size_t max_periodic_cap_gap = 6;
  // A non-fine word nearer the amount than the fine word, within this many words: "turnover of
  // around $3.5m".
  std::size_t max_not_fine_gap = 6;
  // A negation this many words before a fine word, in the same clause, denies it: "decided not
  // to fine", "kein Bußgeld", "non ha inflitto alcuna multa".
  std::size_t max_negation_gap = 2;
  // A hypothesis this many words before an amount, in the same clause, makes it no imposed fine:
  // "would have faced around €30 million", "set aside €200 million for possible fines".
  std::size_t max_hypothesis_gap = 6;
  // A verb that changes a fine this many words before a range makes it a change of amount, not
  // the law's bounds: "raised the fine imposed on X from €1m to €2m".
  std::size_t max_change_gap = 12;
  // A verb that changes a fine this many words from an amount with no fine word in reach makes
  // it the changed fine: "auf 120.000 Euro herabgesetzt", "reduced to £850,000", "reduzierte
  // die Summe im Februar auf 420.000 Euro".
  std::size_t max_change_word_gap = 5;
  // A verb of paying ties an amount it stands right beside, no word between: "will pay £11.2m",
  // "400.000 euro betalen"; further away it may pay anything.
  std::size_t max_payment_gap = 0;
  // After the amount, a modal verb may stand between, where the verb ends the clause: "dat
  // € 112.500 moet betalen".
  std::size_t max_payment_after_gap = 1;
  // A word naming the highest of the fines the sentence before speaks of ties an amount this
  // many words from it: "Den Spitzenwert markieren 80.000 Euro", "Den Rekord hält X mit 1 Mrd. Euro".
  std::size_t max_record_gap = 6;
  // A word right after the amount that says what the money is, at most this many words between
  // in the same clause: "€5m in damages".
  std::size_t max_description_gap = 1;
  // The same before the amount, joined by a preposition and maybe an approximation: "una
  // perdita di circa 45.000 euro", "a loss of about €3m" (in words).
  std::size_t max_description_before_gap = 2;
  // A word of other money, at most max_relative_noun_gap words (its complement) and a comma
  // before a relative pronoun, says what an amount at most max_relative_clause_gap words after
  // the pronoun is: "den Umsatz des Unternehmens, der im vergangenen Geschäftsjahr bei rund 310
  // Millionen Euro lag".
  std::size_t max_relative_noun_gap = 4;
  std::size_t max_relative_clause_gap = 8;
  // A total over many fines ("all fines together") before the amount, within this many words,
  // blocks it.
  std::size_t max_aggregate_gap = 12;
  // A fine word in the plural within this many words of the amount, in a sentence that names a
  // period and no party, makes the amount a total over the period: "Bußgelder von 2,4 Mio. Euro
  // hat die Behörde im vergangenen Jahr festgesetzt", "in der Saison summierten sich die
  // Geldstrafen gegen die Vereine der drei Profiligen auf 6 Mio. Euro".
  std::size_t max_period_total_gap = 8;
  // An article with at least this many fine words may list fines without one on each line
  // ("TikTok – 530 Mio. EUR").
  std::size_t min_triggers_for_lists = 3;
  // A list line: at most this long up to its amount, with at most this much lowercase text
  // around the name, and an aside in parentheses of at most this length ("(Italien)"); lengths
  // of a line and its pieces, in bytes.
  std::size_t max_list_line = 100;
  std::size_t max_list_lowercase = 40;
  std::size_t max_list_aside = 24;

  // --- Kinds ---
  // A periodic cue ("per day", "astreinte") before the amount within this many words, or right
  // after it.
  std::size_t max_periodic_before = 6;
  std::size_t max_periodic_after = 2;
  // A proposal cue ("intends to impose") within this many words of the amount, or of its fine
  // word.
  std::size_t max_proposed_gap = 19;
  std::size_t max_proposed_trigger_gap = 9;
  // Words between a proposal after an amount and a fine word of its own ("as Ofwat proposes
  // further penalty"): the proposal is that other fine's, not the amount's.
  std::size_t max_own_proposal_gap = 2;

  // --- Slots ---
  // A date more than this many words from the amount belongs to something else in a long
  // sentence.
  std::size_t max_date_gap = 24;
  // Words between the word of an announcement and the day it names ("announced on Wednesday",
  // "anunciou esta quarta-feira").
  std::size_t max_announcement_gap = 2;
  // The same when the announcement names its body first, however far the day then stands from
  // the amount in a long sentence ("..., according to an announcement by the Interministerial
  // Market Control Unit (DIMEA) on Tuesday 5 December 2023").
  std::size_t max_announcement_body_gap = 8;
  // Words between a word naming the decision and the date it is given ("décision du 12 juin",
  // "Il provvedimento, adottato il 27 marzo", "Decizia a fost adoptată pe 20 noiembrie"): that
  // date dates the fines of its sentence however far they stand, and beats a day said relative
  // to publication ("rendue publique mardi", "reso noto oggi").
  std::size_t max_decision_date_gap = 4;
  // The same for a fine word right before a day ("condenó el pasado martes al administrador ...
  // a una multa de 2.880 euros", "sanzionato ieri"): the day the fine was given. A year alone
  // after it may name an older fine ("la sanción de 2019").
  std::size_t max_fine_word_date_gap = 2;
  // The same in the sentence after a fine's, which reports no money: a sentence about the
  // decision ("The decision was taken by the board on 7 March", "Οι σχετικές αποφάσεις
  // ελήφθησαν από την Ολομέλεια της Αρχής στις 7 Μαρτίου") dates the fine before it.
  std::size_t max_next_decision_date_gap = 8;
  // The same for a day after a fine word that says the fine again, which must be the fine's own
  // ("The penalty was imposed on Tuesday"); a day before it may be this far
  // (max_next_decision_date_gap): "Justice Moran on Tuesday ordered the airline to pay the penalty".
  std::size_t max_next_fine_word_date_gap = 3;
  // Words between an appeal word and the body the appeal goes to: before it ("recours devant
  // le Conseil d'État") and after it ("ans Bundesgericht in Lausanne weitergezogen").
  std::size_t max_appeal_gap = 2;
  std::size_t max_appeal_after_gap = 3;
  // Words between a body and a verb after it that says it reported the case to the police
  // ("Finanstilsynet i 2022 politianmeldte banken").
  std::size_t max_reporter_after_gap = 3;
  // Words between a word that opens the offence ("over", "durante") and a date that dates it.
  std::size_t max_offence_gap = 8;
  // How many sentences back an authority may be named for an amount that names none.
  std::size_t authority_look_back = 2;
  // Words between a company reference and the name it introduces, all lowercase ("the company
  // X").
  std::size_t max_apposition_gap = 9;
  // How many words from "respectively" the amounts it pairs with names may stand, and how many
  // may stand between the cue and the first of them.
  std::size_t max_respectively_gap = 9;
  std::size_t max_respectively_lead = 3;
  // How many sentences apart decisions of one authority reported together may be: a lead that
  // dates the decision, then a paragraph or a list of the fines it imposed.
  std::size_t shared_date_reach = 7;
  // A party with a cue starting this many words from a counted fine word ("two fines") makes
  // the count one fine.
  std::size_t cued_party_near_count = 4;
  // In words: a name within this after another amount closes that amount ("€36m for Facebook").
  std::size_t name_after_amount = 2;
  // A name within this before an amount of its own is that amount's ("Y €6.5m", "Y πρόστιμο €3m").
  std::size_t name_before_own_amount = 5;
  // A cued name this close before its amount is tied to it ("fined Apple €5m").
  std::size_t cued_name_before_amount = 3;
  // A name its cue puts after the amount is tied to it within this ("€5m to Acme", "una multa
  // de 3.000 euros al club X"), not across a clause about something else ("fined £25,000 and
  // handed a ban that starts with Saturday's trip to Millbrook").
  std::size_t cued_name_after_amount = 8;

  // --- Merging ---
  // A total ("totalling £168m") is the sum of the fines listed beside it, within this share
  // (parts are often rounded), when its cue stands this many words away.
  double total_tolerance = 0.005;
  std::size_t max_total_gap = 6;
  // Two mentions of one fine: amounts equal within this share; a rounded mention ("nearly 5
  // million") within the wider one.
  double same_amount_tolerance = 0.01;
  double approximate_tolerance = 0.1;
  // A headline's amount given to fewer digits ("1.8 billion" for 1.84) within this share.
  double headline_rounding_tolerance = 0.05;

  // --- Confidence ---
  // A fine word this many words from the amount, or up to the next band, or further within the
  // trigger gap.
  std::size_t close_trigger_gap = 3;
  std::size_t near_trigger_gap = 9;
  double close_trigger_confidence = 0.95;
  double near_trigger_confidence = 0.85;
  double far_trigger_confidence = 0.7;
  // A line of a list of fines, with no fine word of its own.
  double list_confidence = 0.7;
  // What a slot taken from elsewhere costs: the authority of an earlier sentence or of the
  // article, the article's main party, a date of the same decision in another sentence.
  double inherited_authority_cost = 0.1;
  double inherited_party_cost = 0.1;
  double shared_date_cost = 0.05;
  // What a slot the record could not fill costs, or one filled from weaker evidence: no
  // authority, a court known only as written, no date at all, only the publication date, a
  // month or season placed in a year from context, no party, a party more than `far_party_gap`
  // words from the amount, a fine not imposed outright (proposed, periodic). Set so
  // that fines of confidence 0.8 and more are right in every slot nine times in ten
  // (README: Confidence).
  double missing_authority_cost = 0.3;
  double unnamed_authority_cost = 0.2;
  double missing_date_cost = 0.2;
  double publication_date_cost = 0.1;
  double context_date_cost = 0.15;
  double missing_party_cost = 0.15;
  double far_party_cost = 0.1;
  std::size_t far_party_gap = 43;
  double not_imposed_cost = 0.1;
};

// The policy the library uses.
inline constexpr AssemblyPolicy kAssemblyPolicy{};

}  // namespace finex
