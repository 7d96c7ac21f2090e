// The party of one fine: the name its cues tie to the amount, a pronoun or a reference back,
// or the article's main party.
#include <algorithm>
#include <optional>
#include <span>

#include "fines/document_context.h"
#include "fines/list_items.h"
#include "fines/slot_rules.h"
#include "fines/slot_steps.h"
#include "text/code_points.h"

namespace finex::slot_steps {

using namespace slot_rules;

namespace {

// Whether the text first names `party` past the end of the paragraph holding `sentence`, in a
// sentence with an amount of its own.
bool first_named_after_paragraph(const DocumentContext& ctx, Span party, Span sentence) {
  std::size_t first = party.begin;
  for (const PartyMention& p : ctx.parties)
    if (p.span.begin < first && ctx.same_party(p.span, party)) first = p.span.begin;
  if (first < sentence.end || ctx.text_of({sentence.end, first}).find('\n') == std::string_view::npos) return false;
  if (ctx.doc.sentences.empty()) return false;
  return !ctx.money_in(ctx.doc.sentences[ctx.sentence_of(first)]).empty();
}

// "- FC Baník Dolní Město, a. s. – za rasistické projevy příznivců: pokuta ve výši 350 000 Kč",
// "1. Piekarnia Złoty Kłos Sp. z o.o. – ...: kara 18 000 zł": the name that opens a bulleted or
// numbered line, set off by a dash or a colon (maybe after a legal form it was read without),
// is the party of the line's amount `money`; nullptr when the line is no such item.
const PartyMention* list_line_head(const DocumentContext& ctx, Span money) {
  const std::string_view text = ctx.doc.text;
  const std::size_t line = text.rfind('\n', money.begin);
  std::size_t at = line == std::string_view::npos ? 0 : line + 1;
  auto skip_blanks = [&] {
    while (at < money.begin && (text[at] == ' ' || text[at] == '\t')) ++at;
  };
  skip_blanks();
  bool bullet = false;
  if (text.substr(at).starts_with("\u2022") || text.substr(at).starts_with("\u2013")) {
    at += 3, bullet = true;
  } else if (at < money.begin && (text[at] == '-' || text[at] == '*')) {
    ++at, bullet = true;
  } else {
    std::size_t digits = at;
    while (digits < money.begin && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits > at && digits < money.begin && (text[digits] == '.' || text[digits] == ')')) at = digits + 1, bullet = true;
  }
  if (!bullet) return nullptr;
  skip_blanks();
  // "1. FK Slavoj Horní Brod": a number may open the name, outside the name found.
  std::size_t name_at = at;
  while (name_at < money.begin && text[name_at] >= '0' && text[name_at] <= '9') ++name_at;
  name_at = name_at > at && text.substr(name_at, 2) == ". " ? name_at + 2 : at;
  const auto names = ctx.parties_in({at, money.begin});
  if (names.empty() || names.front().span.begin != name_at || names.front().description || ctx.names_authority(names.front()))
    return nullptr;
  const std::string_view rest = text.substr(names.front().span.end, 24);
  std::size_t mark = std::string_view::npos;
  for (const std::string_view m : {" \u2013 ", " - ", " \u2014 ", ":"}) mark = std::min(mark, rest.find(m));
  if (mark == 0) return &names.front();
  if (mark == std::string_view::npos || mark < 3 || !rest.starts_with(", ")) return nullptr;
  const std::string_view form = rest.substr(2, mark - 2);  // ", a. s." read apart from the name
  const bool lowercase_form =
      std::all_of(form.begin(), form.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '.' || c == ' '; });
  return lowercase_form ? &names.front() : nullptr;
}

}  // namespace

// The fined party: a name its cue ties to the amount, a pronoun or a reference back to a name, or
// the article's main party. `receiver_body`: a body the amount is given to.
void fill_party(const DocumentContext& ctx, FineRecord& record, std::optional<Span> receiver_body) {
  const DocumentAnalysis& doc = ctx.doc;
  const Span money = doc.money[static_cast<std::size_t>(record.money)].span;
  const Span sentence = record.sentence;

  // A name whose cue stands between it and the amount ("X was fined €Y", "€Y contre X") is
  // tied to it; then other names marked as fined; then names known from elsewhere. Never a
  // name beyond another amount.
  auto amount_just_before = [&](Span name) {
    for (const MoneyMention& m : ctx.money_in(sentence))
      if (m.equivalent_of < 0 && m.span.end <= name.begin && ctx.word_gap(m.span, name) <= policy.name_after_amount) return true;
    return false;
  };
  // "X must pay €12m, Y €6.5m and Z €3.5m": a name right before an amount of its own is that
  // amount's party, not the party of the amount before it.
  // But "une amende de 150 millions d'euros à Google et de 60 millions à Facebook": "and" with
  // the word that opened this amount repeats its construction for the next.
  auto repeats_construction = [&](std::string_view between) {
    const std::size_t joint = ctx.lexicon.coordination_length(between, ctx.doc.language);
    if (joint == 0) return false;
    const std::string_view word = between.substr(joint);
    const std::string_view before = ctx.text_of({sentence.begin, money.begin});
    return word.size() > 1 && word.back() == ' ' && word.find(' ') == word.size() - 1 &&
           before.ends_with(word) && before.size() > word.size() && before[before.size() - word.size() - 1] == ' ';
  };
  auto opens_own_amount = [&](Span name) {
    for (const MoneyMention& m : ctx.money_in(sentence)) {
      if (m.equivalent_of >= 0 || m.span.begin < name.end || ctx.word_gap(name, m.span) > policy.name_before_own_amount)
        continue;
      const std::string_view between = after_quoted(ctx.text_of({name.end, m.span.begin}));
      // "e Gas Valpadana Srl, con 370mila euro": a comma, then the word that joins a listed
      // name to its amount.
      if (between.starts_with(", ")) {
        const std::string_view rest = between.substr(2);
        return rest.find_first_of(",;.0123456789") == std::string_view::npos &&
               ctx.lexicon.is_item_joint(rest.substr(0, rest.find(' ')), ctx.doc.language);
      }
      return between.find_first_of(",;.0123456789") == std::string_view::npos &&
             !ctx.lexicon.is_coordination(between, ctx.doc.language) && !repeats_construction(between);
    }
    return false;
  };
  // A fine word that ends inside `clause`.
  auto fine_word_in = [&](Span clause) {
    const auto cues = ctx.cues_in(clause);
    return std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
      return (c.kind == CueKind::trigger || c.kind == CueKind::periodic) && c.span.end <= clause.end;
    });
  };
  // "X must pay €3.2m and Y, €1.3m": the verb left out after "and", a name and a comma before
  // an amount, right after another amount, is that amount's party.
  // So with the fine word repeated and a description before the name: "Marc D. écope d'une
  // amende de 6.000 euros, et la société qui exploite le commerce, la SRL Boucherie Delvaux,
  // d'une amende de 12.000 euros".
  auto gapped_before = [&](Span name, Span amount) {
    if (name.end > amount.begin) return false;
    const std::string_view between = ctx.text_of({name.end, amount.begin});
    constexpr std::ptrdiff_t kMaxWords = 4;  // "d'une amende de"
    if (between != ", " &&
        !(between.starts_with(", ") && between.find_first_of(",;:()", 2) == std::string_view::npos &&
          std::count(between.begin(), between.end(), ' ') <= kMaxWords && fine_word_in({name.end, amount.begin})))
      return false;
    for (const MoneyMention& m : ctx.money_in(sentence)) {
      if (m.equivalent_of >= 0 || m.span.end > name.begin) continue;
      std::string_view joint = ctx.text_of({m.span.end, name.begin});
      if (ctx.lexicon.is_coordination(joint, ctx.doc.language)) return true;
      // The conjunction, then lowercase words that describe the party, an apposition's comma
      // among them.
      if (joint.starts_with(",")) joint.remove_prefix(1);
      const std::size_t conjunction = ctx.lexicon.coordination_length(joint, ctx.doc.language);
      constexpr std::ptrdiff_t kMaxDescriptionWords = 10;
      if (between != ", " && conjunction > 0 && joint.find_first_of(";:()0123456789") == std::string_view::npos &&
          std::count(joint.begin(), joint.end(), ' ') <= kMaxDescriptionWords &&
          std::none_of(joint.begin(), joint.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        return true;
    }
    return false;
  };
  auto opens_gapped_amount = [&](Span name) {
    const auto after = ctx.money_in({name.end, sentence.end});
    return !after.empty() && gapped_before(name, after.front().span);
  };
  // "Het zwaarst getroffen wordt Van Gestel Transport uit Oss, dat € 112.500 moet betalen", "X,
  // which must pay £5m": a name whose relative clause, opened right after it (or after the place
  // it is from), holds the amount is that clause's subject.
  auto relative_subject = [&](const PartyMention& p) {
    if (p.span.end > money.begin || p.complement || p.residence) return false;
    for (const Cue& c : ctx.cues_in({p.span.end, money.begin})) {
      if (c.kind != CueKind::relative) continue;
      std::string_view before = ctx.text_of({p.span.end, c.span.begin});
      if (!before.ends_with(", ")) return false;
      before.remove_suffix(2);
      // " uit Oss", " aus Köln": a short lowercase word and one or two capitalised ones.
      if (!before.empty()) {
        constexpr std::size_t kMaxPreposition = 4;  // bytes
        const std::size_t place = before.find(' ', 1);
        if (before.front() != ' ' || place == std::string_view::npos || place - 1 > kMaxPreposition ||
            !lowercase_word(before.substr(1, place - 1)) || place + 1 >= before.size() ||
            !(before[place + 1] >= 'A' && before[place + 1] <= 'Z') ||
            std::count(before.begin(), before.end(), ' ') > 3 || before.find_first_of(",;:()0123456789") != std::string_view::npos)
          return false;
      }
      // A capital after the pronoun makes it an article ("fanden Schimmel, die Backhaus KG muss").
      const std::string_view clause = ctx.text_of({c.span.end, money.begin});
      std::size_t len = 0;
      return clause.find_first_of(",;:.()") == std::string_view::npos &&
             !(clause.size() > 1 && clause[0] == ' ' && category_of(code_point_at(clause, 1, len)) == UTF8PROC_CATEGORY_LU);
    }
    return false;
  };
  // "Son président, Laurent Brissac, qui avait validé le communiqué, est sanctionné à hauteur
  // de 400 000 euros", "Direktør for X, Henrik Mølgaard, blev idømt en bøde på 100.000 kr.": a
  // name that opens its clause, set off by a comma, is the subject of the fine word after the
  // clause's last comma, whatever aside stands between.
  auto subject_across_aside = [&](const PartyMention& p) {
    if (p.span.end > money.begin) return false;
    std::string_view before = ctx.text_of({sentence.begin, p.span.begin});
    // "..., directeur Ruud van der Meulen, persoonlijk een boete": one noun of the person's role
    // (not a short word such as "of") may open the clause before a name of several words.
    constexpr std::size_t kMinRoleNoun = 5;  // bytes
    if (const std::size_t space = before.size() >= 2 ? before.rfind(' ', before.size() - 2) : std::string_view::npos;
        space != std::string_view::npos && before.ends_with(" ") && !before.ends_with(", ") &&
        before.substr(0, space + 1).ends_with(", ") && before.size() - space - 2 >= kMinRoleNoun &&
        lowercase_word(before.substr(space + 1, before.size() - space - 2)) &&
        ctx.text_of(p.span).find(' ') != std::string_view::npos)
      before = before.substr(0, space + 1);
    const std::string_view between = ctx.text_of({p.span.end, money.begin});
    if (!between.starts_with(", ") || between.find(';') != std::string_view::npos ||
        (!before.empty() && !before.ends_with(", ")) || before.find_first_of(";:()") != std::string_view::npos)
      return false;
    // One capitalised word that opens the sentence may be any word ("Επιπλέον, ..."), unless it
    // is a name given before ("Dean Pallister ... Pallister, who was dealt with at the same
    // hearing, was fined").
    if (before.empty() && !p.has_suffix && ctx.text_of(p.span).find(' ') == std::string_view::npos &&
        std::none_of(ctx.parties.begin(), ctx.parties.end(), [&](const PartyMention& q) {
          return !q.description && q.span.end <= p.span.begin && ctx.same_party(q.span, p.span);
        }))
      return false;
    const auto between_names = ctx.parties_in({p.span.end, money.begin});
    if (std::any_of(between_names.begin(), between_names.end(), [](const PartyMention& q) { return !q.complement; }) ||
        !ctx.money_in({p.span.end, money.begin}).empty())
      return false;
    const Span clause{p.span.end + between.rfind(", ") + 2, money.begin};
    // "Outre Lemarchand TP, l'Autorité avait infligé une amende de ... à la société Sotravo": a
    // clause opened by the body that fines (after an article at most) has a subject of its own.
    const auto bodies = ctx.authorities_in(clause);
    constexpr std::size_t kMaxArticle = 4;  // bytes: "the ", "l'", "die "
    if (!bodies.empty()) {
      const std::string_view opening = ctx.text_of({clause.begin, bodies.front().span.begin});
      if (opening.size() <= kMaxArticle && (opening.empty() || lowercase_word(opening.substr(0, opening.size() - 1))))
        return false;
    }
    return fine_word_in(clause);
  };
  // "Matteo Ferri (Valdarno): 2.000 euro": a name in brackets right after a name says where
  // that one belongs; the party is the name before it.
  auto bracketed_after_name = [&](const PartyMention& p) {
    if (p.span.begin < 2 || ctx.text_of({p.span.begin - 2, p.span.begin}) != " (" || !ctx.text_of({p.span.end, sentence.end}).starts_with(")"))
      return false;
    const auto before = ctx.parties_in({sentence.begin, p.span.begin});
    return !before.empty() && before.back().span.end + 2 == p.span.begin;
  };
  // "Roissy : un faux taxi condamné à 8 000 euros d'amende": one word that opens a line before a
  // colon is the place or the topic a headline is filed under.
  auto kicker = [&](const PartyMention& p) {
    const std::string_view after = ctx.text_of({p.span.end, std::min(p.span.end + 3, doc.text.size())});
    return (p.span.begin == 0 || doc.text[p.span.begin - 1] == '\n') && !p.has_suffix &&
           ctx.text_of(p.span).find(' ') == std::string_view::npos && (after.starts_with(": ") || after.starts_with(" : "));
  };
  // "et bødeforelæg på 30.000 kr. for mangelfuld bogføring, og Aarhus Kommune politianmeldte
  // …": a name after the amount, after a comma and a word of coordination and before a
  // lowercase word, is the subject of a clause of its own.
  auto opens_coordinated_clause = [&](Span name) {
    if (name.begin < money.end) return false;
    const std::string_view before = ctx.text_of({money.end, name.begin});
    const std::size_t comma = before.rfind(", ");
    if (comma == std::string_view::npos || comma + 2 >= before.size() ||
        !ctx.lexicon.is_coordination(before.substr(comma + 1), ctx.doc.language))
      return false;
    const std::string_view after = ctx.text_of({name.end, sentence.end});
    std::size_t len = 0;
    return after.size() > 1 && after[0] == ' ' && category_of(code_point_at(after, 1, len)) == UTF8PROC_CATEGORY_LL;
  };
  const PartyMention* party = nullptr;
  std::size_t party_score = SIZE_MAX;
  const PartyMention* fined_subject = nullptr;  // tied to the amount by a cue after the name
  for (const PartyMention& p : ctx.parties_in(sentence)) {
    if (kicker(p)) continue;
    const bool gapped = gapped_before(p.span, money);
    // "Their manager, Gary Kerslake, who admitted ..., was fined £25,000"
    const bool subject = !p.description && !ctx.names_authority(p) && (subject_across_aside(p) || relative_subject(p));
    if (p.description || !(ctx.is_known_party(p) || subject || (gapped && !ctx.names_authority(p))) ||
        crosses_amount(ctx, p.span, money, sentence) || (p.country && p.cue == PartyCue::none) ||
        (p.cue == PartyCue::none && bracketed_after_name(p)) ||
        (p.holds_role && p.cue == PartyCue::none) || ctx.inside_closed_relative(p.span, money) || ctx.uninvolved(p.span) ||
        (money.end <= p.span.begin && (opens_own_amount(p.span) || opens_gapped_amount(p.span) ||
                                       opens_coordinated_clause(p.span))))
      continue;
    // "nałożył na X karę Y": a cued name right before its amount is tied to it as well.
    const bool tied = gapped || (p.cue == PartyCue::after && p.span.end <= money.begin) ||
                      (p.cue == PartyCue::before && money.end <= p.span.begin &&
                       ctx.word_gap(money, p.span) <= policy.cued_name_after_amount) ||
                      subject ||
                      // "uložil firmě Alfa pokutu 5 mil. Kč", "fined Apple €5m": the cued name and
                      // then the amount, a few words apart, unless the name closes an amount of
                      // its own ("€36m for Facebook and €23m for Instagram").
                      (p.cue == PartyCue::before && p.span.end <= money.begin && ctx.word_gap(p.span, money) <= policy.cued_name_before_amount &&
                       !amount_just_before(p.span));
    // "a €5m fine against Poland": a country after the amount is fined only right after it;
    // further on it is where the offence went ("for breaching sanctions against Iran").
    constexpr std::size_t kMaxCountryAfterAmount = 2;  // words
    if (p.country && money.end <= p.span.begin && ctx.word_gap(money, p.span) > kMaxCountryAfterAmount) continue;
    // "X was fined" after the amount points to a later amount, not back to this one; nor is a
    // name beyond a semicolon tied to it ("€1.1m against X; against Y it imposed €0.3m").
    const bool turned_away = p.cue == PartyCue::after && money.end <= p.span.begin;
    // "... $28m in civil penalties, while X agreed to pay a $250,000 penalty": the later amount's.
    if (turned_away && !ctx.money_in({p.span.end, sentence.end}).empty()) continue;
    const Span between{std::min(p.span.end, money.end), std::max(p.span.begin, money.begin)};
    const bool other_clause = between.end > between.begin && ctx.text_of(between).find(';') != std::string_view::npos;
    // "a X è stata comminata una multa di 300 mila euro, mentre a Y sono state irrogate ...": a
    // name across a word of contrast belongs to the clause set against the amount's.
    if (between.end > between.begin) {
      // cues_in() gives the cues that start inside; the word must end there too.
      const auto across = ctx.cues_in(between);
      if (std::any_of(across.begin(), across.end(),
                      [&](const Cue& c) { return c.kind == CueKind::contrast && c.span.end <= between.end; }))
        continue;
    }
    // The subject of the fine word comes before any name a cue ties to the amount.
    const std::size_t score =
        subject ? 0 : gap(p.span, money) + (tied && !other_clause ? 0 : p.cue != PartyCue::none && !turned_away ? 1000 : 2000);
    if (score < party_score) party = &p, party_score = score;
    if (tied && !other_clause && p.cue == PartyCue::after && p.span.end <= money.begin) fined_subject = &p;
  }
  // "Transalpine Airways a été sanctionnée d'une amende de 80 000 euros pour deux décollages
  // tardifs à Orly": a name the fine word makes its subject, before the amount, comes before a
  // name after it that only a preposition ties to it.
  if (party != nullptr && fined_subject != nullptr && party->cue == PartyCue::before && money.end <= party->span.begin)
    party = fined_subject;
  if (party == nullptr || party_score >= 1000)
    if (const PartyMention* head = list_line_head(ctx, money)) party = head, party_score = 0;
  // "fined London brokerage Harrowgate Securities £4.8m", "gegen den Münchner Versicherer Allianz
  // 2 Mio. Euro": a cued word that only qualifies the noun after it; the name right before the
  // amount is the party.
  if (party != nullptr && party->cue == PartyCue::before && party->span.end <= money.begin) {
    constexpr std::size_t kMaxNounWords = 2;
    for (const PartyMention& p : ctx.parties_in({party->span.end, money.begin})) {
      if (p.span.begin <= party->span.end || ctx.text_of({p.span.end, money.begin}) != " " || p.country ||
          p.description || ctx.names_authority(p))
        continue;
      const std::string_view between = ctx.text_of({party->span.end, p.span.begin});
      const auto words = std::count(between.begin(), between.end(), ' ') - 1;
      if (between.size() <= 2 || between.front() != ' ' || between.back() != ' ' || words < 1 ||
          static_cast<std::size_t>(words) > kMaxNounWords || ctx.lexicon.is_coordination(between, ctx.doc.language))
        continue;
      // Nouns, not the short words that join names ("fined Meta over Instagram £5m").
      constexpr std::size_t kMinNoun = 5;  // bytes
      bool nouns = true;
      for (std::size_t at = 1; at + 1 < between.size() && nouns;) {
        const std::size_t end = between.find(' ', at);
        nouns = end - at >= kMinNoun && lowercase_word(between.substr(at, end - at));
        at = end + 1;
      }
      if (nouns) party = &p;
    }
  }
  // "fined him", "Soud mu uložil", "He admitted the offence and was fined": a pronoun cued as
  // the fined party, before the amount with no name between, stands for a person or body named
  // before it, in its sentence or the one before, when no name is tied to the amount.
  // A lone capitalised word that opens a sentence may be any word ("Smrt", "Finally").
  auto opens_sentence_alone = [&](const PartyMention& p) {
    return doc.sentences[ctx.sentence_of(p.span.begin)].begin == p.span.begin &&
           ctx.text_of(p.span).find(' ') == std::string_view::npos;
  };
  const PartyMention* antecedent = nullptr;
  bool person_pronoun = false;
  if (party == nullptr || party_score >= 1000)
    for (const PartyMention& pronoun : ctx.doc.pronouns) {
      if (pronoun.span.begin < sentence.begin || pronoun.span.end > sentence.end) continue;
      // "a £148,000 penalty and a prohibition order against him": after the amount, in its clause.
      constexpr std::size_t kMaxAfterAmount = 6;  // words
      const bool after = money.end <= pronoun.span.begin;
      if (after && (ctx.word_gap(money, pronoun.span) > kMaxAfterAmount ||
                    ctx.text_of({money.end, pronoun.span.begin}).find_first_of(",;:()") != std::string_view::npos ||
                    !ctx.parties_in({money.end, pronoun.span.begin}).empty()))
        continue;
      if (!after && pronoun.span.end > money.begin) continue;
      const auto parties_between = after ? std::span<const PartyMention>{} : ctx.parties_in({pronoun.span.end, money.begin});
      if (!parties_between.empty() || (!after && ctx.text_of({pronoun.span.end, money.begin}).find(';') != std::string_view::npos))
        continue;
      person_pronoun = pronoun.person;
      const std::size_t here = ctx.sentence_of(pronoun.span.begin);
      std::size_t earliest = doc.sentences[here >= 1 ? here - 1 : 0].begin;
      // "Soud v úterý uznal Jana Nováka vinným. Podle obžaloby vylákal ... Soud mu uložil": a
      // sentence between that names nobody keeps the person named before it, in one paragraph.
      if (here >= 2 && ctx.parties_in(doc.sentences[here - 1]).empty() &&
          ctx.text_of({doc.sentences[here - 2].begin, doc.sentences[here].begin}).find('\n') == std::string_view::npos)
        earliest = doc.sentences[here - 2].begin;
      // A person's first mention gives the whole name ("the trial of Jan Novák"), a place or a
      // club often one word ("a landlord from Augsburg"): the last name of two words or more,
      // else the last name.
      const PartyMention* last_name = nullptr;
      for (auto p = ctx.parties.rbegin(); p != ctx.parties.rend() && antecedent == nullptr; ++p) {
        if (p->span.end > pronoun.span.begin) continue;
        if (p->span.begin < earliest) break;
        const bool several_words = ctx.text_of(p->span).find(' ') != std::string_view::npos;
        if (p->country || (p->complement && !several_words) || p->residence || p->description || p->imposer ||
            (person_pronoun && p->has_suffix) ||
            ctx.names_authority(*p) || opens_sentence_alone(*p))
          continue;
        if (several_words) antecedent = &*p;
        else if (last_name == nullptr) last_name = &*p;
      }
      if (antecedent == nullptr) antecedent = last_name;
      break;
    }
  if (antecedent != nullptr) party = antecedent, party_score = 0;
  // Between a company noun and the name it introduces: nothing but words, or a comma and an
  // article at most ("prezes zarządu operatora, Marek Zawadzki", "la società, la Edilrota
  // Costruzioni srl").
  auto introduces = [](std::string_view between) {
    constexpr std::size_t kMaxArticle = 3;  // bytes: "la", "the", "die"
    if (between.starts_with(", ")) {
      between.remove_prefix(2);
      return between.empty() || (between.size() <= kMaxArticle + 1 && between.back() == ' ' &&
                                  lowercase_word(between.substr(0, between.size() - 1)));
    }
    return between.find_first_of(".,;:()\n0123456789") == std::string_view::npos;
  };
  // "pour le géant de l'e-commerce", "the company": a reference nearer the amount than any name
  // points back to the main party; but a reference followed by a name is that name's
  // apposition ("la société Dupont Services", "firmě Eurovia", "societatea de servicii de
  // investiții Prime Capital Invest SA"), not a reference back.
  const auto parties_here = ctx.parties_in(sentence);
  auto apposition = [&](const Span& ref) {
    for (const PartyMention& p : parties_here) {
      if (p.span.begin < ref.end) continue;
      const std::string_view between = ctx.text_of({ref.end, p.span.begin});
      // "prezes zarządu operatora, Marek Zawadzki – 36 tys. zł": a name set off by a comma
      // right after the reference is its apposition too.
      return ctx.word_gap(ref, p.span) <= policy.max_apposition_gap && introduces(between);
    }
    return false;
  };
  // "…, og Aarhus Kommune politianmeldte restauranten": a reference in the clause of a name
  // after the amount is that clause's.
  auto in_coordinated_clause = [&](const Span& ref) {
    if (ref.begin < money.end) return false;
    const auto between = ctx.parties_in({money.end, ref.begin});
    return std::any_of(between.begin(), between.end(), [&](const PartyMention& q) { return opens_coordinated_clause(q.span); });
  };
  // A name tied to the amount by its cue keeps it; a name with a cue keeps it from a reference
  // after the amount ("ordered X to pay €5,000 a day until the company complies").
  bool referenced = false;
  const Span* reference = nullptr;
  // "ha inflitto al club marchigiano un'ammenda di 6.000 euro per i cori rivolti al portiere
  // Marco Ferri": a reference right between the fine word and the amount stands where the cue
  // puts the fined party; a name after the amount gives way to it.
  constexpr std::size_t kMaxReferenceAmountGap = 4;  // words: "club riojano una multa de"
  auto after_fine_word = [&](const Span& ref) {
    if (ref.end > money.begin || ctx.word_gap(ref, money) > kMaxReferenceAmountGap ||
        !ctx.parties_in({ref.end, money.begin}).empty())
      return false;
    const auto cues = ctx.cues_in(sentence);
    return std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
      return c.kind == CueKind::trigger && c.span.end <= ref.begin && ctx.word_gap(c.span, ref) <= 1;
    });
  };
  // Looked for only when a name after the amount could give way to it.
  const bool tied_party =
      party != nullptr && party_score < 1000 &&
      !(party->span.begin >= money.end &&
        std::any_of(ctx.company_references.begin(), ctx.company_references.end(),
                    [&](const Span& ref) { return ref.begin >= sentence.begin && after_fine_word(ref); }));
  const bool cued_party = party != nullptr && party_score < 2000;
  for (const Span& ref : ctx.company_references)
    if (!tied_party && !(cued_party && ref.begin >= money.end) && ref.begin >= sentence.begin &&
        ref.end <= sentence.end && (party == nullptr || gap(ref, money) < gap(party->span, money)) &&
        !apposition(ref) && !in_coordinated_clause(ref)) {
      referenced = true;
      if (reference == nullptr) reference = &ref;
    }
  // "na spółdzielnię Mleczarnia Nadwiślańska ... spółdzielnia zapłaci", "wobec operatora
  // Kasownik24 ... firma nie przekazała": within a paragraph, a reference points back to the last
  // name a company noun introduced, before it points to the article's main party.
  const PartyMention* introduced = nullptr;
  if (reference != nullptr)
    for (const Span& intro : ctx.company_references) {
      if (intro.end > reference->begin) break;
      // The first name after the noun (the parties are in text order).
      const auto next = std::lower_bound(ctx.parties.begin(), ctx.parties.end(), intro.end,
                                         [](const PartyMention& p, std::size_t at) { return p.span.begin < at; });
      if (next != ctx.parties.end()) {
        const PartyMention& p = *next;
        if (p.span.end <= reference->begin && ctx.word_gap(intro, p.span) <= policy.max_apposition_gap &&
            introduces(ctx.text_of({intro.end, p.span.begin})) &&
            !p.country && !p.description && !ctx.names_authority(p) &&
            ctx.text_of({p.span.end, reference->begin}).find('\n') == std::string_view::npos)
          introduced = &p;
      }
    }
  // A name of the fine's own clause that nothing marks as fined, nearest the amount: the party
  // when no cue names one there, rather than the article's main party, which an article about
  // several parties would otherwise give to every fine.
  // Failing a name, a description where a cue marks the fined party ("para las 15 empresas").
  // A lone capitalised word that opens the sentence ("Finalmente", "Zusätzlich") is a name only
  // if the text also writes it so inside a sentence.
  auto lone_opener = [&](const PartyMention& p) {
    const std::string_view name = ctx.text_of(p.span);
    if (p.has_suffix || name.find(' ') != std::string_view::npos ||
        ctx.text_of({sentence.begin, p.span.begin}).find_first_not_of(" \n\"'-\xe2\x80\x9c\x9e\x93\x94\xc2\xab") != std::string_view::npos)
      return false;
    for (const PartyMention& other : ctx.parties)
      if (&other != &p && ctx.text_of(other.span) == name && other.span.begin != doc.sentences[ctx.sentence_of(other.span.begin)].begin)
        return false;
    return true;
  };
  // "dat zij Snelpay een boete heeft opgelegd, van 375.000 euro": the amount set off by a comma
  // and one small word after the fine word completes that fine word; the comma opens no clause.
  auto amount_after_fine_word = [&](Span name) {
    const std::string_view between = ctx.text_of({name.end, money.begin});
    const std::size_t comma = between.find(", ");
    if (comma == std::string_view::npos || between.find_first_of(",;", comma + 1) != std::string_view::npos)
      return false;
    const std::string_view rest = between.substr(comma + 2);
    if (rest.size() < 2 || rest.back() != ' ' || !lowercase_word(rest.substr(0, rest.size() - 1))) return false;
    return fine_word_in({name.end, name.end + comma});
  };
  // "o ex-presidente João Mendes Ferreira, com uma coima de 300 mil euros", "Marek Zawadzki – 36
  // tys. zł": a name joined to its amount by a comma and the word that joins a listed name to its
  // amount, or by a dash, is that amount's.
  auto listed_with_amount = [&](Span name) {
    if (name.end > money.begin) return false;
    const std::string_view between = ctx.text_of({name.end, money.begin});
    if (between == " \u2013 " || between == " - " || between == " \u2014 ") return true;
    // "el consejero delegado, Andrés Villalba, deberá pagar 60.000 euros, y la directora, Lucía
    // Ferrer, 35.000 euros": a name and its amount after the amount of a clause whose verb they
    // leave out.
    if (between == ", ") {
      const auto amounts = ctx.money_in(sentence);
      return std::any_of(amounts.begin(), amounts.end(), [&](const MoneyMention& m) { return m.span.end <= name.begin; });
    }
    if (!between.starts_with(", ") || between.find_first_of(",;", 2) != std::string_view::npos) return false;
    const std::string_view rest = between.substr(2);
    constexpr std::ptrdiff_t kMaxWords = 5;  // "com uma coima de"
    return ctx.lexicon.is_item_joint(rest.substr(0, rest.find(' ')), ctx.doc.language) &&
           std::count(rest.begin(), rest.end(), ' ') <= kMaxWords;
  };
  // "muss Thomas Brenning eine Geldstrafe von 180 Tagessätzen zu je 1.000 Euro zahlen,
  // insgesamt also 180.000 Euro": the sum of the clause before, after a comma and a word of a
  // total, is the fine of that clause's party.
  auto total_of_clause_before = [&](Span name) {
    if (name.end > money.begin) return false;
    const std::string_view between = ctx.text_of({name.end, money.begin});
    const std::size_t comma = between.rfind(", ");
    if (comma == std::string_view::npos || between.find_first_of(";:") != std::string_view::npos ||
        !fine_word_in({name.end, name.end + comma}))
      return false;
    const auto cues = ctx.cues_in({name.end + comma, money.begin});
    return std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
      return c.kind == CueKind::total && ctx.word_gap(c.span, money) <= policy.max_description_gap;
    });
  };
  // "verhängte über den Geschäftsführer der Hallwanger Bau GmbH, Gerald Pichler,
  // Verwaltungsstrafen von 54.000 Euro": the holder of a role set off by commas after the name
  // whose role it is stands where that name does in the clause; its closing comma parts nothing.
  auto holder_of_role = [&](const PartyMention& p) {
    if (p.span.end > money.begin || p.span.begin < 2 || ctx.text_of({p.span.begin - 2, p.span.begin}) != ", ") return false;
    const std::string_view between = ctx.text_of({p.span.end, money.begin});
    if (!between.starts_with(", ") || between.find_first_of(",;:", 2) != std::string_view::npos) return false;
    const auto before = ctx.parties_in({sentence.begin, p.span.begin});
    return !before.empty() && before.back().holds_role && before.back().span.end + 2 == p.span.begin;
  };
  const PartyMention* own = nullptr;
  if (party == nullptr && !referenced)
    for (const bool descriptions : {false, true})
      for (const PartyMention& p : ctx.parties_in(sentence)) {
        if (own != nullptr && own->description != descriptions) break;
        if (p.description != descriptions || p.country || p.complement || lone_opener(p) || kicker(p) || ctx.names_authority(p) ||
            crosses_amount(ctx, p.span, money, sentence))
          continue;
        // Its own clause: no comma between ("X, which the court also fined, paid €5m" aside). A
        // description stands where a cue puts the fined party, so only a semicolon parts it from
        // the amount ("legde ze vijf truckmakers een boete op, van 3 miljard euro").
        const Span between{std::min(p.span.end, money.end), std::max(p.span.begin, money.begin)};
        if (between.end > between.begin &&
            ctx.text_of(between).find_first_of(p.description ? ";" : ",;") != std::string_view::npos &&
            !(p.span.end <= money.begin && amount_after_fine_word(p.span)) && !(!p.description && subject_across_aside(p)) &&
            !(!p.description && listed_with_amount(p.span)) && !(!p.description && total_of_clause_before(p.span)) &&
            !(!p.description && holder_of_role(p)))
          continue;
        if (own == nullptr || gap(p.span, money) < gap(own->span, money)) own = &p;
      }
  // "against another carrier, Pacific Crest Air", "against a Texas flight school, Lone Star
  // Aviation Academy": a description, or a name and the lowercase nouns it qualifies, right
  // before a comma and a name that ends the clause: that name is the party, set in apposition.
  auto apposed_name = [&](const PartyMention* m) {
    if (m == nullptr || m->has_suffix) return m;
    for (const PartyMention& p : ctx.parties_in({m->span.end, sentence.end})) {
      const std::string_view between = ctx.text_of({m->span.end, p.span.begin});
      if (!between.ends_with(", ")) break;
      const std::string_view nouns = between.substr(0, between.size() - 2);
      constexpr std::ptrdiff_t kMaxNouns = 3;
      const bool qualified = !nouns.empty() && nouns.front() == ' ' &&
                             std::count(nouns.begin(), nouns.end(), ' ') <= kMaxNouns &&
                             std::all_of(nouns.begin() + 1, nouns.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == ' ' || c == '-'; });
      const std::string_view after = ctx.text_of({p.span.end, std::min(p.span.end + 1, sentence.end)});
      const bool ends_clause = after.empty() || std::string_view(".,;").find(after.front()) != std::string_view::npos;
      if ((nouns.empty() ? m->description : qualified) && ends_clause && !p.description && !p.country &&
          !ctx.names_authority(p))
        return &p;
      break;
    }
    return m;
  };
  own = apposed_name(own);
  if (party != nullptr && party->cue == PartyCue::before) party = apposed_name(party);
  auto named_by_initial = [&](Span name) {
    const std::string_view t = ctx.text_of(name);
    return t.size() >= 3 && t.back() == '.' && t[t.size() - 2] >= 'A' && t[t.size() - 2] <= 'Z' && t[t.size() - 3] == ' ';
  };
  // "ein 52 Jahre alter Gastronom ... zu 12.000 Euro verurteilt. ... Thomas R. betreibt": a
  // person named by the initial of the surname in the next two sentences, with no other amount
  // between, is the one the fine's sentence described without a name.
  const PartyMention* named_after = nullptr;
  if (party == nullptr && own == nullptr && !referenced) {
    const std::size_t here = ctx.sentence_of(money.begin);
    for (const PartyMention& p : ctx.parties) {
      if (p.span.begin < sentence.end || ctx.sentence_of(p.span.begin) > here + 2) continue;
      const std::span<const MoneyMention> between = ctx.money_in({money.end, p.span.begin});
      if (named_by_initial(p.span) && !p.country && !ctx.names_authority(p) && between.empty()) {
        named_after = &p;
        break;
      }
    }
  }
  // "the company" never stands for a person named by the initial of the surname ("Markus T."):
  // when the main party is one, the reference points to the last name with a legal form before.
  const PartyMention* referred_company = nullptr;
  if (referenced && ctx.main_party >= 0 && named_by_initial(ctx.parties[static_cast<std::size_t>(ctx.main_party)].span))
    for (const PartyMention& p : ctx.parties)
      if (p.span.end <= money.begin && p.has_suffix && !p.country && !p.description && !ctx.names_authority(p))
        referred_company = &p;
  // "ASF a amendat compania X cu 500.000 de lei. ASF a mai dispus ca societatea să plătească
  // penalități": a reference in the sentence after a fine points back to the party that fine's
  // sentence names with a cue, before the article's main party.
  // Past one sentence between that names no money and no party by a cue or a legal form
  // ("Beslutet meddelades den 4 juni. Bolaget har tidigare fått ...").
  const PartyMention* previous_party = nullptr;
  if (referenced && referred_company == nullptr && !doc.sentences.empty()) {
    const std::size_t here = ctx.sentence_of(money.begin);
    std::size_t k = here > 0 ? here - 1 : 0;
    // A capitalised word alone opening the sentence ("Beslutet") names no one, unless the text
    // also writes it so inside a sentence ("Gulfmark has until October to respond").
    auto names_none = [&](Span between) {
      const auto names = ctx.parties_in(between);
      auto opener = [&](const PartyMention& p) {
        const std::string_view name = ctx.text_of(p.span);
        if (p.span.begin != between.begin || p.has_suffix || name.find(' ') != std::string_view::npos) return false;
        return std::none_of(ctx.parties.begin(), ctx.parties.end(), [&](const PartyMention& other) {
          return &other != &p && ctx.text_of(other.span).starts_with(name) &&
                 other.span.begin != doc.sentences[ctx.sentence_of(other.span.begin)].begin;
        });
      };
      return ctx.money_in(between).empty() && std::all_of(names.begin(), names.end(), [&](const PartyMention& p) {
               return p.country || p.description || ctx.names_authority(p) || opener(p);
             });
    };
    if (k > 0 && names_none(doc.sentences[k])) --k;
    // Of several names with a cue, the one nearest that sentence's money is its fine's party, not
    // a place named in what the fine was for ("... στην εταιρεία X για διάθεση αποβλήτων σε ρέμα
    // της Χαλκιδικής"); but a company is the name with a legal form, not a bare name the cue
    // marks ("ha condannato Sergio B., amministratore delegato della Metalcromo S.r.l. ... La
    // società dovrà pagare").
    const auto amounts = ctx.money_in(doc.sentences[k]);
    auto to_money = [&](const PartyMention& p) {
      std::size_t best = SIZE_MAX;
      for (const MoneyMention& m : amounts) best = std::min(best, gap(p.span, m.span));
      return best;
    };
    const PartyMention* company = nullptr;
    if (here > 0 && !amounts.empty())
      for (const PartyMention& p : ctx.parties_in(doc.sentences[k])) {
        if (p.country || p.description || p.imposer || ctx.names_authority(p)) continue;
        if (p.cue != PartyCue::none && (previous_party == nullptr || to_money(p) <= to_money(*previous_party)))
          previous_party = &p;
        if (p.has_suffix && company == nullptr) company = &p;
      }
    if (previous_party != nullptr && !previous_party->has_suffix && company != nullptr) previous_party = company;
  }
  // "Finanstilsynet gav Vestkyst Sparekasse et påbud, og banken har vedtaget en bøde": a
  // reference after the one name of its own sentence points back to that name, not to an earlier
  // fine's party ("Amazon ... avec Apple ... pour le géant": of two names, neither is sure).
  const PartyMention* named_before_reference = nullptr;
  if (referenced && reference != nullptr) {
    // Capitalised words that open the sentence are a name only with a legal form ("Wegen
    // Verstößen"), or where the text writes them inside a sentence too ("FC København").
    // Looked for near it only: a long text would be read again for every fine.
    auto written_inside_sentence = [&](Span name) {
      constexpr std::size_t kReach = 20000;  // bytes either side, a long article's length
      const std::size_t from = name.begin > kReach ? name.begin - kReach : 0;
      const std::string_view near = doc.text.substr(from, std::min(doc.text.size() - from, name.end - from + kReach));
      const std::string_view written = ctx.text_of(name);
      for (std::size_t at = near.find(written); at != std::string_view::npos; at = near.find(written, at + 1)) {
        std::size_t before = from + at;
        while (before > 0 && doc.text[before - 1] == ' ') --before;
        if (from + at != name.begin && before > 0 && std::string_view(".!?\n").find(doc.text[before - 1]) == std::string_view::npos)
          return true;
      }
      return false;
    };
    std::size_t names_before = 0;
    for (const PartyMention& p : ctx.parties_in({sentence.begin, reference->begin}))
      if (!p.country && !p.description && !p.imposer && !p.complement && !ctx.names_authority(p) &&
          (p.has_suffix || p.span.begin > sentence.begin + 1 || written_inside_sentence(p.span))) {
        named_before_reference = &p;
        ++names_before;
      }
    if (names_before != 1) named_before_reference = nullptr;
  }
  // "On Monday, Northfield Freight Ltd admitted the offences. The company was fined £8,000": a
  // reference points back to the one company, by its legal form, of the sentence just before in
  // its paragraph, rather than to the article's main party.
  const PartyMention* company_before = nullptr;
  if (referenced && reference != nullptr && previous_party == nullptr && named_before_reference == nullptr) {
    const std::size_t here = ctx.sentence_of(money.begin);
    const Span before = here > 0 ? doc.sentences[here - 1] : Span{};
    // The body that fines may stand before the reference ("Judge Alan Priestley fined the
    // company £240,000"): it is no other party the reference could mean.
    const auto named_here = ctx.parties_in({sentence.begin, reference->begin});
    if (here > 0 && ctx.text_of({before.end, reference->begin}).find('\n') == std::string_view::npos &&
        std::all_of(named_here.begin(), named_here.end(),
                    [&](const PartyMention& p) { return p.imposer || ctx.names_authority(p); })) {
      std::size_t companies = 0, names = 0;
      const PartyMention* subject = nullptr;
      for (const PartyMention& p : ctx.parties_in(before)) {
        if (p.country || p.description || p.imposer || ctx.names_authority(p)) continue;
        ++names;
        if (p.span.begin == before.begin) subject = &p;
        if (p.has_suffix && (company_before == nullptr || !ctx.same_party(p.span, company_before->span))) {
          company_before = &p;
          ++companies;
        }
      }
      if (companies != 1) company_before = nullptr;
      // "Olimpia Sędziszów również nie uniknęła w tym sezonie kar. W lutym Komisja Odwoławcza
      // obniżyła ... karę nałożoną na klub": or the one name, the subject that opens it, of a
      // sentence that reports no money.
      if (companies == 0 && names == 1 && subject != nullptr && ctx.text_of(subject->span).find(' ') != std::string_view::npos &&
          ctx.money_in(before).empty())
        company_before = subject;
    }
  }
  // "ASIC said it was seeking penalties against QuickCash Finance. ASIC is asking the court to
  // impose a penalty of A$5 million": the sentence before in the paragraph, with a fine word and
  // no amount, names the party by a cue; the proposal is that party's rather than the article's.
  // (An imposed fine keeps the article's party: its sentence before may announce another case.)
  const PartyMention* announced_party = nullptr;
  if (!record.entity && record.kind == FineKind::proposed && !doc.sentences.empty()) {
    const std::size_t here = ctx.sentence_of(money.begin);
    const Span before = here > 0 ? doc.sentences[here - 1] : Span{};
    const auto cues = ctx.cues_in(before);
    if (here > 0 && ctx.money_in(before).empty() &&
        ctx.text_of({before.end, sentence.begin}).find('\n') == std::string_view::npos &&
        std::any_of(cues.begin(), cues.end(), [](const Cue& c) { return c.kind == CueKind::trigger; }))
      for (const PartyMention& p : ctx.parties_in(before))
        if (p.cue != PartyCue::none && !p.country && !p.description && !p.imposer && !ctx.names_authority(p)) {
          announced_party = &p;
          break;
        }
  }
  const bool named_already = record.entity.has_value();
  if (record.entity) {
    // already named by the construction that made the record a fine
  } else if (receiver_body) {
    record.entity = receiver_body;
  } else if (named_before_reference != nullptr) {
    record.entity = named_before_reference->span;
  } else if (previous_party != nullptr) {
    record.entity = previous_party->span;
  } else if (referred_company != nullptr) {
    record.entity = referred_company->span;
  } else if (company_before != nullptr) {
    record.entity = company_before->span;
  } else if (referenced && introduced != nullptr &&
             (ctx.main_party < 0 ||
              ctx.text_of(introduced->span) != ctx.text_of(ctx.parties[static_cast<std::size_t>(ctx.main_party)].span))) {
    record.entity = introduced->span;
  } else if (party != nullptr && !(referenced && ctx.main_party >= 0)) {
    record.entity = party->span;
  } else if (own != nullptr) {
    record.entity = own->span;
  } else if (named_after != nullptr) {
    record.entity = named_after->span;
  } else if (announced_party != nullptr) {
    record.entity = announced_party->span;
  } else if (ctx.main_party >= 0 &&
             // "He paid €60,000": a pronoun for a person never stands for a company with a legal form
             !(person_pronoun && ctx.parties[static_cast<std::size_t>(ctx.main_party)].has_suffix) &&
             // The article's party first named beside an amount of a later paragraph is that
             // paragraph's fine's ("... uložil Nemocnici ... pokutu. ¶ Oblastní inspektorát
             // uložil agentuře Work Plus s.r.o. pokutu 2 miliony"), not an earlier unnamed one's.
             !first_named_after_paragraph(ctx, ctx.parties[static_cast<std::size_t>(ctx.main_party)].span, sentence)) {
    record.entity = ctx.parties[static_cast<std::size_t>(ctx.main_party)].span;
    record.entity_inherited = true;
    record.confidence -= policy.inherited_party_cost;
  }
  // "Operatorul a fost sancționat ... Totodată, ... societății X": a word that refers back to a
  // company never means one the text names only after the fine.
  if (referenced && !named_already && record.entity && record.entity->begin >= sentence.end &&
      std::none_of(ctx.parties.begin(), ctx.parties.end(), [&](const PartyMention& p) {
        return p.span.end <= money.begin && ctx.same_party(p.span, *record.entity);
      })) {
    record.entity.reset();
    record.entity_inherited = false;
  }
}

}  // namespace finex::slot_steps
