#pragma once
// Every window, threshold and confidence weight by which fines are assembled, in one place.
// Distances are in bytes of the normalised text unless they say otherwise; the tests in
// tests/assembly_policy_test.cpp put a sentence on each side of the main windows.
#include <cstddef>

namespace finex {

struct AssemblyPolicy {
  // --- Which amounts are fines ---
  // How far a fine word may stand from the amount it makes a fine: "a fine of twenty million
  // euros", "€20m penalty", "fined ... €30.5 million by ...".
  std::size_t max_trigger_gap = 100;
  // A legal-maximum cue ("up to", "jusqu'à") directly before an amount makes it no fine.
  std::size_t max_cap_gap = 12;
  // The longest phrase naming the price of one day-fine, in bytes ("stawek dziennych po").
  std::size_t longest_unit_price = 48;
  // A restating word ("adică") this close after an amount restates it: "613.912 lei, adică ...",
  // and the amount at most max_restating_gap after the word is the restatement.
  std::size_t max_restated_gap = 4;
  std::size_t max_restating_gap = 24;
  // A periodic penalty named this close before a cap is itself capped ("a penalty payment of up
  // to €5.1 million"), which does not make it a legal maximum.
  std::size_t max_periodic_cap_gap = 40;
  // A non-fine word nearer the amount than the fine word, within this: "turnover of around $3.5m".
  std::size_t max_not_fine_gap = 40;
  // A negation this close before a fine word, in the same clause, denies it: "decided not to
  // fine", "kein Bußgeld", "non ha inflitto alcuna multa".
  std::size_t max_negation_gap = 12;
  // A hypothesis this close before an amount, in the same clause, makes it no imposed fine:
  // "would have faced around €30 million", "set aside €200 million for possible fines".
  std::size_t max_hypothesis_gap = 40;
  // A verb that changes a fine this close before a range makes it a change of amount, not the
  // law's bounds: "raised the fine imposed on X from €1m to €2m".
  std::size_t max_change_gap = 80;
  // A verb that changes a fine this close to an amount with no fine word in reach makes it the
  // changed fine: "auf 120.000 Euro herabgesetzt", "reduced to £850,000".
  std::size_t max_change_word_gap = 20;
  // A verb of paying ties an amount it stands right beside: "will pay £11.2m", "400.000 euro
  // betalen"; further away it may pay anything.
  std::size_t max_payment_gap = 2;
  // A word right after the amount that says what the money is: "€5m in damages".
  std::size_t max_description_gap = 4;
  // The same before the amount, joined by a preposition and maybe an approximation: "una
  // perdita di circa 45.000 euro", "a loss of about €3m".
  std::size_t max_description_before_gap = 12;
  // A total over many fines ("all fines together") before the amount, within this, blocks it.
  std::size_t max_aggregate_gap = 80;
  // An article with at least this many fine words may list fines without one on each line
  // ("TikTok – 530 Mio. EUR").
  std::size_t min_triggers_for_lists = 3;
  // A list line: at most this long up to its amount, with at most this much lowercase text
  // around the name, and an aside in parentheses of at most this length ("(Italien)").
  std::size_t max_list_line = 100;
  std::size_t max_list_lowercase = 40;
  std::size_t max_list_aside = 24;

  // --- Kinds ---
  // A periodic cue ("per day", "astreinte") before the amount within this, or right after it.
  std::size_t max_periodic_before = 40;
  std::size_t max_periodic_after = 12;
  // A proposal cue ("intends to impose") within this of the amount, or of its fine word.
  std::size_t max_proposed_gap = 120;
  std::size_t max_proposed_trigger_gap = 60;

  // --- Slots ---
  // A date further than this from the amount belongs to something else in a long sentence.
  std::size_t max_date_gap = 150;
  // How many sentences back an authority may be named for an amount that names none.
  std::size_t authority_look_back = 2;
  // Lowercase words between a company reference and the name it introduces ("the company X").
  std::size_t max_apposition_gap = 60;
  // How far from "respectively" the amounts it pairs with names may stand, and how much text
  // may stand between the cue and the first of them.
  std::size_t max_respectively_gap = 60;
  std::size_t max_respectively_lead = 20;
  // How many sentences apart decisions of one authority reported together may be: a lead that
  // dates the decision, then a paragraph or a list of the fines it imposed.
  std::size_t shared_date_reach = 7;
  // A party with a cue this close to a counted fine word ("two fines") makes the count one fine.
  std::size_t cued_party_near_count = 30;
  // A name within this after another amount closes that amount ("€36m for Facebook").
  std::size_t name_after_amount = 15;
  // A name within this before an amount of its own is that amount's ("Y €6.5m", "Y πρόστιμο €3m").
  std::size_t name_before_own_amount = 20;
  // A cued name this close before its amount is tied to it ("fined Apple €5m").
  std::size_t cued_name_before_amount = 20;

  // --- Merging ---
  // A total ("totalling £168m") is the sum of the fines listed beside it, within this share
  // (parts are often rounded), when its cue stands this close.
  double total_tolerance = 0.005;
  std::size_t max_total_gap = 40;
  // Two mentions of one fine: amounts equal within this share; a rounded mention ("nearly 5
  // million") within the wider one.
  double same_amount_tolerance = 0.01;
  double approximate_tolerance = 0.1;

  // --- Confidence ---
  // A fine word this close to the amount, or up to the next band, or further within the trigger gap.
  std::size_t close_trigger_gap = 20;
  std::size_t near_trigger_gap = 60;
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
  // month or season placed in a year from context, no party, a party further from the amount
  // than `far_party_gap` bytes, a fine not imposed outright (proposed, periodic). Set so
  // that fines of confidence 0.8 and more are right in every slot nine times in ten
  // (README: Confidence).
  double missing_authority_cost = 0.3;
  double unnamed_authority_cost = 0.2;
  double missing_date_cost = 0.2;
  double publication_date_cost = 0.1;
  double context_date_cost = 0.15;
  double missing_party_cost = 0.15;
  double far_party_cost = 0.1;
  std::size_t far_party_gap = 250;
  double not_imposed_cost = 0.1;
};

// The policy the library uses.
inline constexpr AssemblyPolicy kAssemblyPolicy{};

}  // namespace finex
