// Repeated mentions of one fine merge into one record; fines of one decision share its date.
#include <algorithm>
#include <cmath>
#include <span>
#include <unordered_map>
#include <vector>

#include "fines/document_context.h"
#include "fines/slot_rules.h"
#include "fines/slot_steps.h"
#include "text/case_fold.h"
#include "text/word_forms.h"

namespace finex {

using namespace slot_rules;

namespace {

// Whether two names share a word's first letters ("Vleesbedrijf Van Damme" and "Van Damme Vlees
// nv", "Banku Nadwiślańskiego" and "Bank Nadwiślański S.A."): the same company, in another case
// or with what it is before it, as a headline shortens it.
bool share_a_word_stem(std::string_view a, std::string_view b) {
  constexpr std::size_t kStemBytes = 5;
  std::string folded_a, folded_b;
  const std::string_view fa = fold_case(a, folded_a), fb = fold_case(b, folded_b);
  auto words = [](std::string_view text, auto&& each) {
    std::size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '.' || text[i] == '-')) ++i;
      const std::size_t begin = i;
      while (i < text.size() && text[i] != ' ' && text[i] != ',' && text[i] != '.' && text[i] != '-') ++i;
      if (i - begin >= kStemBytes && each(text.substr(begin, kStemBytes))) return true;
    }
    return false;
  };
  return words(fa, [&](std::string_view stem_a) {
    return words(fb, [&](std::string_view stem_b) { return stem_a == stem_b; });
  });
}

// Whether `before`, the words of a sentence before an amount, open a quotation: „ “ « " ”.
bool quoted(std::string_view before) {
  for (const std::string_view mark : {"\u201E", "\u201C", "\u00AB", "\"", "\u201D"})
    if (before.find(mark) != std::string_view::npos) return true;
  return false;
}

}  // namespace

void merge_repeated(const DocumentContext& ctx, std::vector<FineRecord>& records) {
  // The headline: the first line of a text of several lines, which may open with a place
  // ("Rennes. Travail dissimulé : ..."), else the first sentence. A page's menus, cookie
  // notice and section names may come first: then it is the first line of the first few that
  // holds an amount and ends with no stop.
  constexpr std::size_t kMaxHeadlineLine = 8;
  const std::string_view text = ctx.doc.text;
  std::size_t headline_begin = 0, first_line_end = text.find('\n');
  for (std::size_t begin = 0, line = 0; line < kMaxHeadlineLine && begin < text.size(); ++line) {
    const std::size_t end = std::min(text.find('\n', begin), text.size());
    const std::string_view written = text.substr(begin, end - begin);
    if (!ctx.money_in({begin, end}).empty() && !written.empty() && std::string_view(".!?").find(written.back()) == std::string_view::npos) {
      if (begin > 0) headline_begin = begin, first_line_end = end;
      break;
    }
    begin = end + 1;
  }
  auto in_headline = [&](const FineRecord& x) {
    return first_line_end != std::string_view::npos
               ? x.sentence.begin >= headline_begin && x.sentence.begin < first_line_end
               : ctx.sentence_of(x.sentence.begin) == 0;
  };
  // "Apple hit with 1.8 billion euro EU fine" over "fined 1.84 billion euros": a headline gives
  // the body's amount to fewer digits, two at least (a headline's "5 million" may be a fine of
  // its own beside the body's 5.2 million).
  // A body that writes the headline's amount as it stands has the fine the headline reports:
  // "bøde på 1,8 mio. kr." in the body, then "1,83 mio. kr." for fine and day-fines together.
  auto written_in_body = [&](const FineRecord& h, const MoneyMention& hm) {
    return std::any_of(records.begin(), records.end(), [&](const FineRecord& x) {
      const MoneyMention& xm = ctx.doc.money[static_cast<std::size_t>(x.money)];
      return &x != &h && !in_headline(x) && xm.currency == hm.currency && xm.value == hm.value;
    });
  };
  auto headline_rounds = [&](const FineRecord& h, const MoneyMention& hm, const FineRecord& b, const MoneyMention& bm) {
    return in_headline(h) && !in_headline(b) && significant_digits(hm.value) >= 2 &&
           leading_digits_of(hm.value.to_double(), bm.value.to_double()) &&
           close_values(hm.value, bm.value, policy.headline_rounding_tolerance) && !written_in_body(h, hm);
  };
  std::vector<FineRecord> kept;
  for (FineRecord& r : records) {
    const MoneyMention& m = ctx.doc.money[static_cast<std::size_t>(r.money)];
    FineRecord* same = nullptr;
    for (FineRecord& k : kept) {
      const MoneyMention& km = ctx.doc.money[static_cast<std::size_t>(k.money)];
      const bool rounded = approximate(ctx, km, k.sentence) || approximate(ctx, m, r.sentence);
      // A headline's terse verb may miss the kind the body tells ("warns pharmacy chain of £2.4m
      // penalty" over "proposing a fine of £2.4m"): an amount it writes as the body does, to
      // two significant digits or more, is the body's fine whatever kind each reads as.
      const bool headline_amount = in_headline(k) != in_headline(r) && km.value == m.value &&
                                   significant_digits(m.value) >= 2;
      if (km.currency != m.currency || (k.kind != r.kind && !headline_amount) ||
          !(close_values(km.value, m.value, rounded ? policy.approximate_tolerance : policy.same_amount_tolerance) ||
            headline_rounds(k, km, r, m) || headline_rounds(r, m, k, km)))
        continue;
      // A headline that names neither party nor body ("Bank fined 45 million") repeats the
      // body's fine: what it guessed from elsewhere does not make it another fine.
      auto headline_guess = [&](const FineRecord& x, bool inherited) {
        return inherited && in_headline(x);
      };
      // So does a headline that names the party by what it is ("un transporteur condamné à
      // 15 000 euros d'amende"), which the body names.
      auto headline_description = [&](const FineRecord& x) {
        if (!in_headline(x) || !x.entity || x.entity_inherited) return false;
        for (const PartyMention& p : ctx.parties_in({x.entity->begin, x.entity->begin + 1}))
          if (p.span == *x.entity) return p.description;
        return false;
      };
      // Nor does a party guessed from elsewhere for an amount written as another's, to two
      // significant digits or more, that a sentence names its own party for ("400 000 euros à
      // son dirigeant" and "Son président, Laurent Brissac, ... est sanctionné à hauteur de
      // 400 000 euros").
      const bool same_written = km.value == m.value && significant_digits(m.value) >= 2;
      const bool party_guessed = headline_guess(k, k.entity_inherited) || headline_guess(r, r.entity_inherited) ||
                                 headline_description(k) || headline_description(r) ||
                                 (same_written && k.entity_inherited != r.entity_inherited);
      // A headline's amount written as the body writes it, to a party whose name shares a word
      // with the body's, is the body's fine however the headline shortens the name.
      auto text_of = [&](Span s) { return ctx.doc.text.substr(s.begin, s.size()); };
      // So is one of the same amount to two significant digits or more, whatever name each
      // gives ("FSMA inflige 180 000 euros d'amende à l'ex-patron de Veldmaere" over "180 000
      // euros à Luc Dethier"): a headline reports the article's fine.
      // So is one the headline rounds in words ("Fast 1,3 Millionen Euro Bußgeld" over "1.274.500
      // Euro"), whatever noun it names the party by.
      const bool headline_rounded = in_headline(k) != in_headline(r) && rounded && km.value != m.value;
      const bool headline_repeat = k.entity && r.entity && (headline_amount || headline_rounded || (in_headline(k) != in_headline(r) &&
                                   km.value == m.value && share_a_word_stem(text_of(*k.entity), text_of(*r.entity))));
      if (k.entity && r.entity && !ctx.same_party(*k.entity, *r.entity) && !party_guessed && !headline_repeat) continue;
      // Different authorities are different fines, unless one was only guessed from elsewhere
      // and both name the same party in their own sentence.
      const bool named_party = k.entity && r.entity && !k.entity_inherited && !r.entity_inherited;
      const bool guessed = k.authority_inherited || r.authority_inherited;
      // A headline's guessed body gives way to one of the same country (or a court named as
      // written), not to a foreign one of a background fine; nor to the body of an amount that
      // a court changed, which two bodies may claim.
      const bool body_guessed = (headline_guess(k, k.authority_inherited) || headline_guess(r, r.authority_inherited)) &&
                                k.authority && r.authority && !km.change_end && !m.change_end &&
                                (k.authority->country.empty() || r.authority->country.empty() ||
                                 k.authority->country == r.authority->country);
      // A later quotation of the same amount that names no party of its own restates the fine,
      // whoever it quotes ("„Devět milionů je stále citelný trest,“ uvedl ředitel ČIŽP").
      const bool restated = km.value == m.value && r.entity_inherited && !k.entity_inherited &&
                            quoted(ctx.text_of({r.sentence.begin, m.span.begin}));
      // A headline's body named by a word of its kind ("Bundesamt verhängt 86.500 Euro Bußgeld",
      // "El Gobierno multa con 1,8 millones") is the one the body names, for the amount the body
      // writes as it does.
      const FineRecord& headline = in_headline(k) ? k : r;
      const FineRecord& body = in_headline(k) ? r : k;
      const bool headline_body_word = headline_amount && k.authority && r.authority &&
                                      headline.authority->authority == nullptr &&
                                      (body.authority->authority != nullptr ||
                                       (headline.authority->body && body.authority->body));
      if (k.authority && r.authority && !same_authority(ctx, *k.authority, *r.authority) && !(named_party && guessed) &&
          !body_guessed && !restated && !headline_body_word)
        continue;
      same = &k;
      break;
    }
    if (same == nullptr) {
      kept.push_back(std::move(r));
      continue;
    }
    // The first mention stays; the repeat completes what it lacks. A rounded first mention
    // gives way to the exact one.
    // So does one written to fewer digits: a headline's "1,4 mln zł" over the body's "1 408 520 zł".
    const MoneyMention& first = ctx.doc.money[static_cast<std::size_t>(same->money)];
    if ((approximate(ctx, first, same->sentence) && !approximate(ctx, m, r.sentence)) ||
        (!(first.value == m.value) && significant_digits(m.value) > significant_digits(first.value)))
      std::swap(*same, r);
    // A body named in or near the repeat's sentence beats the article's main body, which a
    // headline takes for want of any ("Yorkshire water firm fined £2.1m").
    // So does a headline's word of a body's kind ("Tribunal confirma coima") the body it names.
    const bool body_over_headline_word = r.authority && same->authority && in_headline(*same) && !in_headline(r) &&
                                         same->authority->authority == nullptr &&
                                         (r.authority->authority != nullptr || (same->authority->body && r.authority->body));
    if (r.authority && (!same->authority || (same->authority_inherited && !r.authority_inherited) ||
                        (same->authority_of_article && !r.authority_of_article) || body_over_headline_word)) {
      same->authority = r.authority;
      same->authority_inherited = r.authority_inherited;
      same->authority_of_article = r.authority_of_article;
    }
    // A name with its legal form beats one marked as fined by a cue only, which beats a bare
    // one, which beats a description ("six airlines"): the body's "Posti Group Oyj:lle" over the headline's "Postille"; a name in its base
    // form beats the same name with a case ending ("TikTok", "TikToku").
    auto marked = [&](const std::optional<Span>& entity) {
      if (!entity) return 0;
      for (const PartyMention& p : ctx.parties_in({entity->begin, entity->begin + 1}))
        if (p.span == *entity) return p.description ? -1 : (p.has_suffix ? 2 : 0) + (p.cue != PartyCue::none ? 1 : 0);
      return 0;
    };
    const bool base_form = r.entity && same->entity && !r.entity_inherited &&
                           r.entity->size() < same->entity->size() && ctx.inflected(*r.entity, *same->entity);
    // The body's name beats the headline's, which shortens it.
    const bool body_name = r.entity && same->entity && !r.entity_inherited && in_headline(*same) &&
                           !in_headline(r);
    // A headline's description ("a una cadena de gimnasios") gives way to the name the body
    // gives its fine, even one the body takes from the article.
    const bool described_headline = r.entity && in_headline(*same) && !in_headline(r) && marked(same->entity) < 0 &&
                                    marked(r.entity) >= 0;
    if (r.entity && (!same->entity || (same->entity_inherited && !r.entity_inherited) ||
                     (!r.entity_inherited && marked(r.entity) > marked(same->entity)) || base_form || body_name ||
                     described_headline)) {
      same->entity = r.entity;
      same->entity_inherited = r.entity_inherited;
    }
    // The body tells the kind the headline may not.
    if (same->kind != r.kind && in_headline(*same) && !in_headline(r)) same->kind = r.kind;
    if (date_rank(ctx, r.date) > date_rank(ctx, same->date)) same->date = r.date;
    same->confidence = std::max(same->confidence, r.confidence);
  }
  records = std::move(kept);
}

void inherit_dates(const DocumentContext& ctx, std::vector<FineRecord>& records) {
  const DocumentAnalysis& doc = ctx.doc;
  // A fine whose authority is only the article's most named one takes the authority of a later
  // sentence that reports who imposed a fine, without an amount ("The fine was issued by the
  // prosecutor's unit NSK").
  for (FineRecord& r : records) {
    if (!r.authority || !r.authority_inherited || r.authority->span.size() == 0) continue;
    const std::size_t own = ctx.sentence_of(r.sentence.begin);
    const std::size_t from = ctx.sentence_of(r.authority->span.begin);
    if (from <= own && own - from <= policy.authority_look_back) continue;  // named just before
    for (std::size_t s = own + 1; s < doc.sentences.size() && s <= own + 6; ++s) {
      const Span sentence = doc.sentences[s];
      if (!ctx.money_in(sentence).empty()) continue;
      const Cue* trigger = nullptr;
      for (const Cue& c : ctx.cues_in(sentence))
        if (c.kind == CueKind::trigger && trigger == nullptr) trigger = &c;
      // Where an appeal would go ("über Einsprüche würde das Oberlandesgericht entscheiden")
      // imposed nothing, nor did a body that reported the case to the police; a country named as
      // a place ("die Sanktionen in Deutschland") says where.
      std::vector<AuthorityMention> named;
      for (const AuthorityMention& a : ctx.authorities_in(sentence))
        if (!ctx.appeal_venue(a) && !ctx.reported_case(a) && !a.place) named.push_back(a);
      if (trigger == nullptr || named.empty()) continue;
      r.authority = slot_steps::named_in_full(ctx, *nearest(std::span<const AuthorityMention>(named), trigger->span, span_of_authority));
      break;
    }
  }
  // Sentences that report a decision without an amount ("the Cnil decided on Monday, October
  // 17 to impose an administrative fine", "The 2022 FCA fines ranked", "the decision was
  // issued on 6 June 2024"), with the date nearest their fine or decision word.
  struct Event {
    std::size_t sentence;
    int date;
    bool heading;  // a period for what follows only
    bool acting;   // an authority acting on a day, without a fine word: used when no other fits
    bool unresolved;  // a day whose year is unknown ("the ruling came on 3 June"): for undated fines only
    bool announcement;  // dated by the word of its announcement ("made it known today"), not of the decision
    bool proposal;  // a fine proposed, not imposed ("said on Tuesday it had proposed"): dates proposed fines only
    bool decided;   // dated by a fine word or a word naming the decision ("Beslutet fattades den 26 februari 2024")
  };
  // A sentence that reports a fine dates that fine; other money (a turnover, a provision, a legal
  // maximum) does not keep a sentence from dating the decision ("In its decision of 4 July, it
  // found that the funds, worth €340m, ...").
  // A fine reported twice counts in both sentences: its amount names it.
  std::vector<bool> reports_fine(doc.sentences.size(), false);
  auto mark = [&](std::size_t pos) {
    if (const std::size_t s = ctx.sentence_of(pos); s < reports_fine.size()) reports_fine[s] = true;
  };
  auto before = [](const MoneyMention* a, const MoneyMention* b) {
    return a->currency != b->currency ? a->currency < b->currency : a->value < b->value;
  };
  std::vector<const MoneyMention*> fined;
  for (const FineRecord& r : records) {
    mark(r.sentence.begin);
    if (r.money >= 0) fined.push_back(&doc.money[static_cast<std::size_t>(r.money)]);
  }
  std::sort(fined.begin(), fined.end(), before);
  for (const MoneyMention& m : doc.money)
    if (std::binary_search(fined.begin(), fined.end(), &m, before)) mark(m.span.begin);
  std::vector<Event> events;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Span sentence = doc.sentences[s];
    if (reports_fine[s]) continue;
    const bool proposal = ctx.has_cue(sentence, CueKind::proposed);
    // A fine word, or a word naming the decision or the inspection ("the ruling, delivered on
    // 3 June", "an inspection in February").
    const Cue* trigger = nullptr;
    // A fine word, or a word for the decision itself ("the decision was taken on 5 March"); the
    // word of an announcement only when the sentence has neither: in "a anunțat joi că a finalizat
    // în luna februarie investigații în urma cărora a aplicat amenzi", February dates the fines.
    for (const Cue& c : ctx.cues_in(sentence))
      if ((c.kind == CueKind::trigger || c.kind == CueKind::unit_trigger || c.kind == CueKind::decision ||
           c.kind == CueKind::announcement) &&
          (trigger == nullptr || (trigger->kind == CueKind::announcement && c.kind != CueKind::announcement)))
        trigger = &c;
    const auto dates = ctx.dates_in(sentence);
    // Without a fine word, an authority acting on a day also dates what follows: "The
    // disciplinary committee dealt with the cases on Thursday."
    const auto acting = ctx.authorities_in(sentence);
    if ((trigger == nullptr && acting.empty()) || dates.empty()) continue;
    const Span anchor = trigger != nullptr ? trigger->span : acting.front().span;
    // The nearest date, but a time limit ("until early September") dates no decision, and a
    // dateline gives the day of publication, not of a decision.
    const DateMention* d = nullptr;
    for (const DateMention& x : dates)
      if (!is_time_limit(ctx, x) && !x.dateline && !x.period && !x.future && !names_law(ctx, x) &&
          (d == nullptr || gap(x.span, anchor) < gap(d->span, anchor)))
        d = &x;
    // A date as precise in the word's own clause comes first: in "the inspection took place last
    // autumn, the fine was imposed on 15 January", the autumn dates the inspection; while in
    // "On 5 March, it decided to fine X for failures of 2021" the day is nearer and says more.
    auto other_clause = [&](const DateMention& x) {
      const Span between{std::min(x.span.end, anchor.end), std::max(x.span.begin, anchor.begin)};
      return between.end > between.begin && ctx.text_of(between).find_first_of(",;") != std::string_view::npos;
    };
    if (d != nullptr && other_clause(*d))
      for (const DateMention& x : dates)
        if (&x != d && !is_time_limit(ctx, x) && !x.dateline && !x.period && !x.future && !other_clause(x) &&
            x.value.size() >= d->value.size() && x.resolution != DateResolution::unresolved) {
          d = &x;
          break;
        }
    if (d == nullptr) continue;
    // "minulý týden ve čtvrtek" (last week, on Thursday): a day right after a vaguer date says
    // which day it was.
    constexpr std::size_t kRefiningGap = 4;
    if (d->value.size() != 10 && d + 1 < doc.dates.data() + doc.dates.size() && d[1].span.begin >= d->span.end &&
        d[1].span.begin - d->span.end <= kRefiningGap && d[1].value.size() == 10 &&
        d[1].resolution != DateResolution::unresolved && !d[1].future)
      d = d + 1;
    // A decision is dated to the day ("decided on Monday, October 17"), or it is a heading that
    // sets the period of what follows ("The 2022 FCA fines ranked"); a year inside a sentence
    // ("sanctions up 43% on 2017") compares rather than dates, unless a noun names it as the
    // year ("decided in the year 2023", "rozhodl v roce 2023").
    const std::string_view line = ctx.text_of(sentence);
    const bool heading = std::string_view(".!?\"'").find(line.back()) == std::string_view::npos;
    // A day whose year is unknown ("on Wednesday 20 September the committee imposed the
    // following fines:") still dates the list it heads.
    // An unresolved date ("in March", no publication date) still sets the period of a
    // heading ("on Wednesday 20 September the committee imposed the following fines:").
    // A decision's day with no year ("Der Bescheid erging am 3. Juni") dates a fine that has no
    // date at all: its year stays unknown.
    const bool unresolved_day = d->resolution == DateResolution::unresolved && trigger != nullptr &&
                                !heading && d->value.size() == 10;
    if (d->resolution == DateResolution::unresolved && (trigger == nullptr || !heading) && !unresolved_day) continue;
    const bool to_the_day = d->value.size() == 10 && d->value.find('X') == std::string::npos;
    // A month that a fine or decision word dates ("the sanction was decided in April", "an
    // inspection in February") is an event too.
    const bool decided_month = trigger != nullptr && d->value.size() == 7 && d->value.find('X') == std::string::npos;
    if (!to_the_day && !decided_month && !unresolved_day && (!heading || trigger == nullptr) &&
        !(d->year_word && trigger != nullptr))
      continue;
    // Dated by the word of its announcement: the anchor, or a day right beside such a word.
    const auto cues_here = ctx.cues_in(sentence);
    const bool announced_day =
        trigger != nullptr && (trigger->kind == CueKind::announcement ||
                               std::any_of(cues_here.begin(), cues_here.end(), [&](const Cue& c) {
                                 return c.kind == CueKind::announcement &&
                                        ctx.word_gap(c.span, d->span) <= policy.max_announcement_gap;
                               }));
    events.push_back({s, static_cast<int>(d - doc.dates.data()), heading && !to_the_day && !decided_month,
                      trigger == nullptr, unresolved_day, announced_day, proposal,
                      trigger != nullptr && trigger->kind != CueKind::announcement});
  }

  // "this week", "Q3", an unresolved day: a decision dated to the day may say more.
  auto vague = [&](int index) {
    if (index < 0) return true;
    const DateMention& d = doc.dates[static_cast<std::size_t>(index)];
    return d.resolution == DateResolution::unresolved || d.week || d.value.find('Q') != std::string::npos;
  };
  // "X was fined €5m. The authority announced it today.": the day of the announcement, from the
  // sentence after the fine, gives way to a decision dated to the day.
  auto announced = [&](const FineRecord& r) {
    if (r.date < 0) return false;
    const DateMention& d = doc.dates[static_cast<std::size_t>(r.date)];
    const std::size_t own = ctx.sentence_of(r.sentence.begin);
    return d.resolution == DateResolution::reference && followed_up(ctx, own) &&
           ctx.sentence_of(d.span.begin) == own + 1;
  };
  // "X was fined €1.75m, the regulator announced on Wednesday. The decision, taken in April,
  // ...": the day beside the word of an announcement gives way to the decision's date in the
  // sentence after it, even a month. The sentence of the announced day, or none.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  auto announcement_sentence = [&](const FineRecord& r) {
    if (r.date < 0 || doc.sentences.empty()) return kNone;
    const DateMention& d = doc.dates[static_cast<std::size_t>(r.date)];
    if (d.resolution != DateResolution::reference) return kNone;
    const std::size_t s = ctx.sentence_of(d.span.begin);
    const auto cues = ctx.cues_in(doc.sentences[s]);
    const bool beside = std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
      return c.kind == CueKind::announcement && ctx.word_gap(c.span, d.span) <= policy.max_announcement_gap;
    });
    return beside ? s : kNone;
  };
  auto to_the_day = [&](int index) { return doc.dates[static_cast<std::size_t>(index)].value.size() == 10; };

  // The old amount of a change ("ramené de 31 à 24,5 millions") is the fine of an earlier
  // decision: the change's day, and the days of the decisions reported beside it, are not its own.
  auto old_of_change = [&](const FineRecord& r) {
    if (r.money < 0) return false;
    const std::size_t next = static_cast<std::size_t>(r.money) + 1;
    return next < doc.money.size() && doc.money[next].change_end && doc.money[next].range_with == r.money &&
           doc.money[next].span.end <= r.sentence.end;
  };

  for (std::size_t i = 0; i < records.size(); ++i) {
    FineRecord& r = records[i];
    if (old_of_change(r)) continue;
    const bool from_announcement = announced(r);
    const std::size_t announced_in = from_announcement ? kNone : announcement_sentence(r);
    if ((!vague(r.date) && !from_announcement && announced_in == kNone) || !r.authority) continue;
    const bool dated = r.date >= 0;
    const std::size_t own = ctx.sentence_of(r.sentence.begin);
    int announced_date = -1;
    // Decisions reported together share their date: "la sanction que lui avait infligée la Cnil
    // en décembre 2020 ... deux amendes (60 millions ... et 40 millions)".
    for (std::size_t k = i; !dated && k-- > 0;) {
      const FineRecord& earlier = records[k];
      // Measured from where the earlier fine is dated: a headline's fine takes the date of the
      // body's report of it.
      std::size_t s = ctx.sentence_of(earlier.sentence.begin);
      if (earlier.date >= 0) {
        const Span dated = doc.dates[static_cast<std::size_t>(earlier.date)].span;
        if (dated.end > dated.begin && dated.begin < r.sentence.begin) s = std::max(s, ctx.sentence_of(dated.begin));
      }
      if (own - std::min(s, own) > policy.shared_date_reach) break;
      // "In 2023 X had to pay €400,000" recalls an earlier decision: a year alone, stated in
      // another sentence, dates that fine only.
      if (earlier.date >= 0 && doc.dates[static_cast<std::size_t>(earlier.date)].value.size() == 4 &&
          ctx.sentence_of(doc.dates[static_cast<std::size_t>(earlier.date)].span.begin) != own)
        continue;
      // A periodic penalty comes with the decision that imposed the fine before it ("assorti sa
      // décision d'une astreinte"); proposals made together share their day too.
      if (earlier.date >= 0 && earlier.authority && same_authority(ctx, *earlier.authority, *r.authority) &&
          ((earlier.kind == FineKind::fine && (r.kind == FineKind::fine || r.kind == FineKind::periodic_penalty)) ||
           (earlier.kind == FineKind::proposed && r.kind == FineKind::proposed))) {
        // The day a body announced the fines ("O Procon-SP aplicou multas que somam R$ 18,7
        // milhões ..., informou nesta sexta-feira") gives way to the decision's own day, if
        // one follows the fine.
        if (announcement_sentence(earlier) != kNone) announced_date = earlier.date;
        else r.date = earlier.date;
        break;
      }
    }
    // ... and a decision dated to the day in the next sentence dates the fine reported just
    // before it ("X was fined €450,000. By the same decision, dated 14 May, its director ...";
    // "In the decision, taken on 3 July, it also set a penalty of €5,000 a day").
    // A headline's fine is reported again in the body: measured from its last report.
    std::size_t reported = own;
    if (r.money >= 0) {
      const MoneyMention& mine = doc.money[static_cast<std::size_t>(r.money)];
      const std::size_t next = i + 1 < records.size() ? records[i + 1].sentence.begin : doc.text.size();
      for (const MoneyMention& m : doc.money)
        if (m.span.begin < next && m.currency == mine.currency && m.value == mine.value)
          reported = std::max(reported, ctx.sentence_of(m.span.begin));
    }
    for (std::size_t k = i + 1; !dated && r.date < 0 && k < records.size(); ++k) {
      const FineRecord& later = records[k];
      if (ctx.sentence_of(later.sentence.begin) > reported + 1) break;
      if (later.date >= 0 && to_the_day(later.date) && later.authority &&
          same_authority(ctx, *later.authority, *r.authority) &&
          (later.kind == FineKind::fine || later.kind == FineKind::periodic_penalty) &&
          r.kind == FineKind::fine) {
        r.date = later.date;
        break;
      }
    }
    if (r.date >= 0 && !dated) continue;
    // The nearest event before the amount (a section heading, the decision just reported), else
    // the nearest one shortly after it.
    const Event* chosen = nullptr;
    // The day a decision was announced, after the fine, unless the decision's own day follows.
    const Event* announcement = nullptr;
    // "Vor dem Amtsgericht musste sich am Montag X verantworten. Das Gericht verurteilte ihn zu
    // ...": a body acting on a day earlier in the fine's own paragraph dates it, rather than a
    // decision of a paragraph before, which told another story.
    const std::size_t paragraph = ctx.text_of({0, r.sentence.begin}).rfind('\n');
    auto earlier_paragraph = [&](const Event& e) {
      return paragraph != std::string_view::npos && doc.sentences[e.sentence].begin < paragraph;
    };
    const bool acting_in_paragraph = std::any_of(events.begin(), events.end(), [&](const Event& e) {
      return e.acting && e.sentence < own && !earlier_paragraph(e) && !(e.unresolved && dated);
    });
    for (const bool acting : {false, true}) {
      for (const Event& e : events) {
        if (e.sentence > reported + 6) break;
        if (e.acting != acting || (e.unresolved && dated)) continue;
        if (!acting && acting_in_paragraph && e.sentence < own && earlier_paragraph(e)) continue;
        if (e.proposal && r.kind != FineKind::proposed) continue;
        if (from_announcement && (e.acting || e.sentence <= own + 1)) continue;
        if (announced_in != kNone && (e.acting || e.announcement || e.sentence != announced_in + 1)) continue;
        // Where the decision may be appealed ("Hotărârea ... poate fi atacată cu recurs la Înalta
        // Curte", "susceptible de recours devant le Conseil d'État") decided nothing yet.
        std::vector<AuthorityMention> authorities;
        for (const AuthorityMention& a : ctx.authorities_in(doc.sentences[e.sentence]))
          if (!ctx.appeal_venue(a)) authorities.push_back(a);
        // The decision of the fine's body, or of another body its own sentence names ("the
        // court reduced the fee the Border Guard imposed ... The court gave its decision on 12
        // June").
        const auto own_bodies = ctx.authorities_in(r.sentence);
        // A court named only by what it is ("filed with the market court on Monday") is where
        // the decision goes, not another body's decision.
        const bool same = std::all_of(authorities.begin(), authorities.end(),
                                      [](const AuthorityMention& a) { return a.body && a.authority == nullptr; }) ||
                          std::any_of(authorities.begin(), authorities.end(), [&](const AuthorityMention& a) {
                            return same_authority(ctx, a, *r.authority) ||
                                   std::any_of(own_bodies.begin(), own_bodies.end(),
                                               [&](const AuthorityMention& b) { return same_authority(ctx, a, b); });
                          });
        if (!same) continue;
        // "Il Nas ha elevato sanzioni ... Intanto la Consob ha applicato una sanzione ... La
        // delibera è del 24 luglio": a later decision that names no body is the one of the fine
        // reported just before it, not of a fine of another body before that one.
        if (e.sentence > own && authorities.empty() &&
            std::any_of(records.begin(), records.end(), [&](const FineRecord& o) {
              const std::size_t at = ctx.sentence_of(o.sentence.begin);
              return at > own && at <= e.sentence && o.authority && !same_authority(ctx, *o.authority, *r.authority);
            }))
          continue;
        if (e.sentence < own) {
          // "El BOE publica este lunes las sanciones ... Las sanciones fueron acordadas el pasado
          // 18 de diciembre": the day a decision was made known gives way to its own day after.
          if (e.announcement && !e.heading) announcement = &e;
          else chosen = &e;
        } else if (e.announcement && chosen == nullptr && !e.heading) {
          if (announcement == nullptr) announcement = &e;
        } else if (!e.heading) {
          // A decision dated in the very next sentence ("... cut the fine to €90,000. The
          // judgment, of 4 March, ...") is this fine's, rather than one reported sentences before.
          if (chosen == nullptr || (e.sentence == own + 1 && !chosen->heading && own - chosen->sentence > 1))
            chosen = &e;
          break;
        }
      }
      if (chosen == nullptr) chosen = announcement;
      if (chosen != nullptr) break;
    }
    if (announced_date >= 0) {
      if (chosen == nullptr || chosen->sentence <= own || !to_the_day(chosen->date)) {
        r.date = announced_date;
        continue;
      }
    }
    // "Beslutet fattades av FI:s styrelse den 26 februari 2024." at a press release's end: the
    // one decision the text dates to the day, however far from the fine, if the fine has no date.
    if (chosen == nullptr && !dated && announced_date < 0) {
      const Event* only = nullptr;
      std::size_t decided = 0;
      for (const Event& e : events)
        if (e.decided && !e.heading && !e.acting && !e.unresolved && !e.announcement && !e.proposal && to_the_day(e.date)) {
          ++decided;
          only = &e;
        }
      if (decided == 1 && only->sentence > own) {
        bool same = true;
        for (const AuthorityMention& a : ctx.authorities_in(doc.sentences[only->sentence]))
          if (!ctx.appeal_venue(a) && !same_authority(ctx, a, *r.authority)) same = false;
        // Not past a fine of another body ("Il Nas ha inflitto ... Intanto la Consob ha
        // applicato ... La delibera è del 4 giugno").
        for (const FineRecord& o : records) {
          const std::size_t at = ctx.sentence_of(o.sentence.begin);
          if (at > own && at <= only->sentence && o.authority && !same_authority(ctx, *o.authority, *r.authority)) same = false;
        }
        if (same) chosen = only;
      }
    }
    if (chosen != nullptr && (!dated || to_the_day(chosen->date) || announced_in != kNone)) {
      r.date = chosen->date;
      r.confidence -= policy.shared_date_cost;
    }
  }
  // A periodic penalty comes with the original decision: the earliest dated fine of the same
  // authority on the same party (not one it imposed on a competitor).
  // A year alone, stated in another sentence, dates its own fine only ("In 2021 legde de AP het
  // bedrijf al een boete op"): an earlier case the article recalls, not this decision.
  auto recalled_year = [&](const FineRecord& other, const FineRecord& r) {
    const DateMention& d = doc.dates[static_cast<std::size_t>(other.date)];
    return d.value.size() == 4 && ctx.sentence_of(d.span.begin) != ctx.sentence_of(r.sentence.begin);
  };
  for (FineRecord& r : records) {
    if (r.date >= 0 || r.kind != FineKind::periodic_penalty || !r.authority) continue;
    for (const FineRecord& other : records)
      if (other.kind == FineKind::fine && other.date >= 0 && other.authority && !recalled_year(other, r) &&
          same_authority(ctx, *other.authority, *r.authority) &&
          (!r.entity || !other.entity || ctx.same_party(*r.entity, *other.entity)) &&
          (r.date < 0 || doc.dates[static_cast<std::size_t>(other.date)].value <
                             doc.dates[static_cast<std::size_t>(r.date)].value))
        r.date = other.date;
  }
  for (FineRecord& r : records)
    if (r.date < 0) r.date_from_reference = true;
}

void name_parties_in_full(const DocumentContext& ctx, std::vector<FineRecord>& records) {
  // The names as written, each at its first mention: a name with a case ending is looked up
  // without it, a few letters at a time, rather than against every name of a long text.
  std::unordered_map<std::string_view, Span> written;
  for (const PartyMention& p : ctx.parties)
    if (!p.country && !p.description && !p.imposer && !ctx.names_authority(p)) written.try_emplace(ctx.text_of(p.span), p.span);
  auto base_form = [&](Span name) -> std::optional<Span> {
    constexpr std::size_t kMaxEnding = 4;  // bytes, as DocumentContext::inflected() allows
    const std::string_view form = ctx.text_of(name);
    for (std::size_t cut = 1; cut <= kMaxEnding && cut < form.size(); ++cut) {
      const auto found = written.find(form.substr(0, form.size() - cut));
      if (found != written.end() && ctx.inflected(found->second, name)) return found->second;
    }
    return std::nullopt;
  };
  // "Tomasza Gradowskiego" written elsewhere "Tomasz Gradowski": a name of several words in
  // another case, word by word a stem and a short ending, is given in its shortest form.
  constexpr std::size_t kMinStem = 3;  // letters: "Jan" / "Janu"
  auto shortest_form = [&](Span name) -> std::optional<Span> {
    const std::string_view form = ctx.text_of(name);
    if (form.find(' ') == std::string_view::npos) return std::nullopt;
    std::optional<Span> best;
    std::size_t best_size = form.size();
    for (const auto& [written_name, span] : written) {
      if (written_name.size() >= best_size || std::count(written_name.begin(), written_name.end(), ' ') !=
                                                   std::count(form.begin(), form.end(), ' '))
        continue;
      std::string_view b = written_name, f = form;
      bool same = true;
      while (same && !b.empty()) {
        const std::size_t eb = std::min(b.find(' '), b.size()), ef = std::min(f.find(' '), f.size());
        same = declined_word(b.substr(0, eb), f.substr(0, ef), kMinStem);
        b.remove_prefix(std::min(eb + 1, b.size()));
        f.remove_prefix(std::min(ef + 1, f.size()));
      }
      if (same) best = span, best_size = written_name.size();
    }
    return best;
  };
  for (FineRecord& r : records)
    if (r.entity) {
      if (const std::optional<Span> full = ctx.full_name_before(*r.entity)) r.entity = full;
      else if (const std::optional<Span> base = base_form(*r.entity)) r.entity = base;
      else if (const std::optional<Span> shortest = shortest_form(*r.entity)) r.entity = shortest;
    }
}

// "Em 2022, este tribunal reduziu a coima", "el juzgado le impuso": a body written as its
// lowercase head word alone means the one last named in full with that head ("Tribunal da
// Concorrência, Regulação e Supervisão", "Juzgado de lo Penal número 3 de Murcia").
void name_bodies_in_full(const DocumentContext& ctx, std::vector<FineRecord>& records) {
  for (FineRecord& r : records) {
    if (!r.authority || !r.authority->body || r.authority->authority != nullptr || r.authority->span.size() == 0) continue;
    const std::string_view head = ctx.text_of(r.authority->span);
    if (head.find(' ') != std::string_view::npos) continue;
    // German writes the head as a capitalised noun and the full name as a compound ending in
    // it: "das Gericht" is the "Bundesverwaltungsgericht" named before.
    std::size_t length = 0;
    const std::int32_t initial = code_point_at(head, 0, length);
    const bool capital = lower_of(initial) != initial;
    const std::string key = fold_case(head) + (capital ? "" : " ");
    for (const AuthorityMention& m : ctx.authorities_in({0, r.authority->span.begin})) {
      const std::string_view full = ctx.text_of(m.span);
      if (!m.body || full.size() <= key.size() || ctx.appeal_venue(m)) continue;
      const std::string first = fold_case(full.substr(0, full.find(' ')));
      // Czech, Polish and Finnish may put the head after the words that name the court
      // ("Krajský soud v Ústí nad Labem", "Helsingin käräjäoikeus"): "soud" in a later sentence
      // is that court too; in the same one it may be another ("at X Crown Court, and a court").
      auto opens_a_word_of = [&](std::string_view name) {
        std::string word_start = spaced(key);
        word_start.pop_back();  // " soud": the key where a word of the name starts
        return spaced(fold_case(name)).find(word_start) != std::string::npos;
      };
      const bool head_inside = !capital && ctx.sentence_of(m.span.begin) < ctx.sentence_of(r.authority->span.begin) &&
                               opens_a_word_of(full);
      if (capital ? first.size() > key.size() && first.ends_with(key) : fold_case(full.substr(0, key.size())) == key || head_inside)
        r.authority = m;
    }
    // "Curtea de Apel Cluj a redus amenda ... Instanța a menținut amenda de 3,1 milioane": a
    // head that opens its sentence, naming no body before, is the subject of the sentence just
    // before, a body named in full that opens it.
    if (!capital || !r.authority->body || r.authority->authority != nullptr || ctx.text_of(r.authority->span) != head)
      continue;
    const std::size_t own = ctx.sentence_of(r.authority->span.begin);
    if (own == 0 || ctx.doc.sentences[own].begin != r.authority->span.begin) continue;
    const Span previous = ctx.doc.sentences[own - 1];
    const auto bodies = ctx.authorities_in(previous);
    if (!bodies.empty() && bodies.front().span.begin == previous.begin && !bodies.front().place &&
        ctx.text_of(bodies.front().span).find(' ') != std::string_view::npos)
      r.authority = bodies.front();
  }
}

}  // namespace finex
