#pragma once
#include <algorithm>
#include <optional>
// What the fine assembler knows about one document: the recognisers' mentions plus the cues and
// party names, with the lookups the assembly needs (which sentence, what is near what).
#include <span>
#include <vector>

#include "entities/party_recognizer.h"
#include "fines/fine_assembler.h"
#include "fines/fine_lexicon.h"
#include "text/word_starts.h"

namespace finex {

// Bytes between two spans; 0 when they touch or overlap.
inline std::size_t gap(Span a, Span b) {
  if (a.end <= b.begin) return b.begin - a.end;
  if (b.end <= a.begin) return a.begin - b.end;
  return 0;
}

class DocumentContext {
 public:
  DocumentContext(const DocumentAnalysis& doc, const FineLexicon& lexicon,
                  const PartyRecognizer& parties);

  const DocumentAnalysis& doc;
  const FineLexicon& lexicon;
  const std::vector<Cue>& cues;  // doc.cues
  const std::vector<PartyMention>& parties;  // doc.parties
  const std::vector<Span>& company_references;  // doc.company_references
  int main_party = -1;                 // index into parties: the most salient fined party
  const AuthorityMention* main_authority = nullptr;  // the authority the article is about
  // Without one: the only body no gazetteer knows that the article names in full where it
  // speaks of fines ("Regierungspräsidium Darmstadt"), or null.
  const AuthorityMention* main_body = nullptr;
  std::size_t triggers = 0;            // fine words in the text (trigger and unit_trigger cues)

  std::size_t sentence_of(std::size_t pos) const;
  std::span<const Cue> cues_in(Span s) const;
  std::span<const PartyMention> parties_in(Span s) const;
  std::span<const AuthorityMention> authorities_in(Span s) const;
  std::span<const DateMention> dates_in(Span s) const;
  std::span<const MoneyMention> money_in(Span s) const;

  bool inside_date(std::size_t pos) const;
  // A name marked as fined within a few words of `span`: "dos sanciones a CaixaBank"; or one
  // party described without a count: "gegen ein Unternehmen zwei Bußgeldbescheide".
  bool has_cued_party_near(Span span) const;
  bool has_cue(Span s, CueKind kind) const;
  // A body named as where an appeal goes ("may appeal to the Court of Appeal"): it imposed no
  // fine reported in another sentence.
  bool appeal_venue(const AuthorityMention& a) const;
  // Whether `a` only reported the case to the police or a prosecutor, said after it ("at
  // Finanstilsynet i 2022 politianmeldte banken"): it imposed none of the fines.
  bool reported_case(const AuthorityMention& a) const;
  // Whether the body or name at `s` is whom an offence harmed ("delitos contra la Hacienda
  // Pública", "une fraude au préjudice de l'Urssaf") or where a party's shares trade ("notowana
  // na GPW"): it neither imposed nor paid a fine.
  bool uninvolved(Span s) const;
  // "la société Valchimie, qui exploite une usine à Saint-Quentin-Fallavier, à une amende": a
  // name inside a relative clause that closes before `money` says where or what, not whom.
  bool inside_closed_relative(Span name, Span money) const;
  // "de boete die de NVWA oplegde", "the fine that the Commission imposed": a name in a relative
  // clause that opens right after a fine word of its sentence names who imposed that fine.
  // Returns the fine word, or null.
  const Cue* fine_word_of_relative(Span name, Span sentence) const;
  std::string_view text_of(Span s) const { return doc.text.substr(s.begin, s.size()); }
  // Words between two spans (0 when they touch or overlap): the measure of the policy's
  // windows, the same in every script (text/word_starts.h).
  std::size_t word_gap(Span a, Span b) const {
    return words_.between(std::min(a.end, b.end), std::max(a.begin, b.begin));
  }
  const WordStarts& words() const { return words_; }
  // The kind of fine an amount is, from its period and the cues of its sentence.
  FineKind kind_of(const MoneyMention& money, const Cue& trigger, Span sentence) const;
  // Whether a name was seen as a fined party anywhere (by its text).
  bool is_known_party(const PartyMention& name) const;
  // Whether a name is a body that fines: written as an authority the text names, the initials
  // of one ("CNMC"), or seen imposing ("Cade condena"). Such a name is never the party.
  bool names_authority(const PartyMention& name) const;
  // Same party: equal texts, or one name starts with the other ("Clearview" / "Clearview AI"),
  // also with a case ending ("TikTok" / "TikToku", "Widzewa" / "Widzew Łódź") or in another
  // grammatical case (words with a common stem and short endings: "Ελλάδα" / "Ελλάδας"); a
  // description ("six airlines") may be any party.
  bool same_party(Span a, Span b) const;
  // Whether one name is the other with a case ending glued to it ("TikToku", "TikTok").
  bool inflected(Span a, Span b) const;
  // The name as the text gave it in full before `name`, with its legal form, when `name` is it
  // in another case: "Pesula Lumivalko Oy" for "Pesula Lumivalkolle", "Tekstiilihuolto Kaamos
  // Oy" for "Tekstiilihuolto Kaamokselle". Null when there is none.
  std::optional<Span> full_name_before(Span name) const;

 private:
  // Whether `name` stands right before a bracket that holds an authority (names_authority()).
  bool before_bracketed_authority(Span name) const;
  const PartyRecognizer& party_recognizer_;
  std::optional<WordStarts> own_words_;  // when the analysis brings none
  const WordStarts& words_;
  std::vector<std::string> authority_names_;  // sorted: the texts names_authority() rejects
  void collect_authority_names();
  void choose_main_party();
  void choose_main_authority();
  void choose_main_body();
};

// Fills authority, party and date of a record from its sentence, its neighbours or the
// document's main actors.
void fill_slots(const DocumentContext& ctx, FineRecord& record);
// "€8.85m and €20m in the UK and Italy, respectively"; "authorities in Italy and Greece issued
// fines of €20 million": one fine per place.
void distribute_lists(const DocumentContext& ctx, std::vector<FineRecord>& records);
// "Google's penalties of €4.34bn in 2018 and €2.42bn in 2017": an amount listed after another
// of its sentence, with no party between, is fined to the same party.
void share_coordinated_parties(const DocumentContext& ctx, std::vector<FineRecord>& records);
// One record per distinct fine: the headline and the body report the same one.
void merge_repeated(const DocumentContext& ctx, std::vector<FineRecord>& records);
// A fine whose sentence gives no date takes it from the decision it belongs to.
void inherit_dates(const DocumentContext& ctx, std::vector<FineRecord>& records);
// A total reported beside its parts is no fine of its own.
void drop_totals(const DocumentContext& ctx, std::vector<FineRecord>& records);
// A headline's amount that the body gives as a total over several fines ("Firmy zaplatí přes 80
// milionů korun" over "pokuty v celkové výši 81,6 mil. Kč") is that total, no fine of its own.
void drop_headline_totals(const DocumentContext& ctx, std::vector<FineRecord>& records, const std::vector<int>& totals);
// Drops a headline's fine given in the currency the body converts a fine into ("South Korea fines
// Google $177 million" over "207.4 billion won ($176.64 million)"): it is the body's fine.
void drop_headline_conversions(const DocumentContext& ctx, std::vector<FineRecord>& records);
// A court named by its head word alone ("este tribunal") is the one named in full before it.
void name_bodies_in_full(const DocumentContext& ctx, std::vector<FineRecord>& records);
// A party named in another case than the one the text gave it in full before, with its legal
// form ("Pesula Lumivalkolle" after "Pesula Lumivalko Oy"), is reported as first given; else
// as the text writes it without a case ending anywhere ("FC Pohjola" for "FC Pohjolalle").
void name_parties_in_full(const DocumentContext& ctx, std::vector<FineRecord>& records);
// Lowers each record's confidence for the slots it could not fill from its own words.
void rate_confidence(const DocumentContext& ctx, std::vector<FineRecord>& records);

}  // namespace finex
