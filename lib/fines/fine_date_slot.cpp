// The date of one fine: the day of its decision, from its sentence or one near it.
#include <algorithm>
#include <optional>
#include <span>

#include "fines/document_context.h"
#include "fines/slot_rules.h"
#include "fines/slot_steps.h"

namespace finex::slot_steps {

using namespace slot_rules;

// The date of the fine's decision, from its sentence, or one before it.
void fill_date(const DocumentContext& ctx, FineRecord& record, std::span<const AuthorityMention> here) {
  const DocumentAnalysis& doc = ctx.doc;
  const Span money = doc.money[static_cast<std::size_t>(record.money)].span;
  const Span sentence = record.sentence;

  // The nearest date, but not one beyond another amount, and in a sentence of several amounts
  // the one that follows the amount: in "€8.85m in the UK last May, then €20m by the Greek
  // regulator this summer", May belongs to the first. A resolved date beats an unresolved one.
  const auto amounts = ctx.money_in(sentence);
  const bool several = std::count_if(amounts.begin(), amounts.end(),
                                     [](const MoneyMention& m) { return m.equivalent_of < 0; }) > 1;
  const DateMention* date = nullptr;
  // A date nearer another amount of the sentence belongs to that one: in "in 2021 X accepted
  // €1.2m, and Y was fined €0.4m in 2019", 2019 is Y's. Between two amounts, a date belongs to
  // the one of its clause: in "fined X £4m in October, and last year Y was fined £85,000", "last
  // year" is Y's, however near X's amount it stands.
  auto nearer_other = [&](const DateMention& d) {
    if (!several) return false;
    for (const MoneyMention& other : amounts) {
      if (other.equivalent_of >= 0 || other.span == money) continue;
      if (gap(d.span, other.span) < gap(d.span, money)) return true;
      const bool between = (money.end <= d.span.begin && d.span.end <= other.span.begin) ||
                           (other.span.end <= d.span.begin && d.span.end <= money.begin);
      if (between && has_clause_break(ctx, d.span, money) && !has_clause_break(ctx, d.span, other.span)) return true;
    }
    return false;
  };
  // A cue of `kind` in the sentence at most `max_gap` words before `target`, with none of `stops`
  // between them.
  auto cue_in_reach = [&](CueKind kind, Span target, std::size_t max_gap, std::string_view stops) {
    for (const Cue& c : ctx.cues_in(sentence))
      if (c.kind == kind && c.span.end <= target.begin && ctx.word_gap(c.span, target) <= max_gap &&
          ctx.text_of({c.span.end, target.begin}).find_first_of(stops) == std::string_view::npos)
        return true;
    return false;
  };
  // "fined £240,000 and ordered to pay costs of £8,600 at a hearing on 21 January": money that
  // its own words describe as no fine does not stand between a fine and its date.
  auto beyond_other_fine = [&](const DateMention& d) {
    if (!crosses_amount(ctx, d.span, money, sentence)) return false;
    const Span between{std::min(d.span.end, money.end), std::max(d.span.begin, money.begin)};
    for (const MoneyMention& m : amounts)
      if (m.equivalent_of < 0 && !(m.span == money) && between.begin <= m.span.begin && m.span.end <= between.end &&
          !described_as_other_money(ctx, m))
        return true;
    return false;
  };
  // "condenou, na terça-feira, um empresário de 52 anos, ..., a uma pena de 320 dias de multa":
  // a day set off by commas right after the fine word is the day of the fine, as without them.
  auto set_off_after_fine_word = [&](const DateMention& d) {
    if (!ctx.text_of({d.span.end, sentence.end}).starts_with(',')) return false;
    for (const Cue& c : ctx.cues_in(sentence)) {
      if (c.kind != CueKind::trigger || c.span.end > d.span.begin ||
          ctx.word_gap(c.span, d.span) > policy.max_fine_word_date_gap)
        continue;
      const std::string_view between = ctx.text_of({c.span.end, d.span.begin});
      if (between.starts_with(',') && between.find_first_of(",;:()", 1) == std::string_view::npos) return true;
    }
    return false;
  };
  // "Il provvedimento, adottato il 27 marzo e reso noto oggi": a date given to the decision.
  auto decision_dated = [&](const DateMention& d) {
    if (d.resolution == DateResolution::unresolved || d.dateline || d.period || d.future) return false;
    return cue_in_reach(CueKind::decision, d.span, policy.max_decision_date_gap, ";:()") ||
           (d.value.size() > 4 && (cue_in_reach(CueKind::trigger, d.span, policy.max_fine_word_date_gap, ",;:()") ||
                                   set_off_after_fine_word(d)));
  };
  // "Mercredi soir, la commission ... a infligé ... une amende de 40 000 euros", "Réunie
  // mercredi, la commission ...": a day that opens the sentence, set off by a comma, frames all
  // of it however long it runs.
  auto frames_sentence = [&](const DateMention& d) {
    if (d.resolution == DateResolution::unresolved || d.dateline || ctx.words().between(sentence.begin, d.span.begin) > 1)
      return false;
    const std::size_t comma = ctx.text_of({d.span.end, money.begin}).find(',');
    return comma != std::string_view::npos && ctx.words().between(d.span.end, d.span.end + comma) <= 1;
  };
  const auto dates_here = ctx.dates_in(sentence);
  const bool decision_day = std::any_of(dates_here.begin(), dates_here.end(), decision_dated);
  // A word naming the decision, in the sentence of `cues`, a few words before the day `d`
  // ("The decision was taken by the board on 7 March").
  auto decision_before = [&](std::span<const Cue> cues, const DateMention& d) {
    return std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
      return c.kind == CueKind::decision && c.span.end <= d.span.begin &&
             ctx.word_gap(c.span, d.span) <= policy.max_next_decision_date_gap &&
             ctx.text_of({c.span.end, d.span.begin}).find_first_of(";:()") == std::string_view::npos;
    });
  };
  // The day, or the month, a sentence gives a decision ("Het besluit dateert van 27 september",
  // "A decisão foi tomada em dezembro"), if it gives one.
  auto decision_day_in = [&](Span s) -> const DateMention* {
    const auto cues = ctx.cues_in(s);
    for (const DateMention& d : ctx.dates_in(s))
      if (!d.dateline && !d.period && !d.future && d.value.size() > 4 && d.resolution != DateResolution::unresolved &&
          !is_time_limit(ctx, d) && !dates_offence(ctx, d) && decision_before(cues, d))
        return &d;
    return nullptr;
  };
  // The day one of the two sentences after sentence `s` gives the decision, before another
  // fine is reported.
  auto decision_day_after = [&](std::size_t s) -> const DateMention* {
    constexpr std::size_t kMaxDecisionLookAhead = 2;  // sentences
    for (std::size_t k = s + 1; k <= s + kMaxDecisionLookAhead && k < doc.sentences.size(); ++k) {
      const auto cues = ctx.cues_in(doc.sentences[k]);
      const auto money_there = ctx.money_in(doc.sentences[k]);
      if (std::any_of(cues.begin(), cues.end(), [](const Cue& c) { return c.kind == CueKind::trigger; }) &&
          std::any_of(money_there.begin(), money_there.end(),
                      [&](const MoneyMention& m) { return !described_as_other_money(ctx, m); }))
        return nullptr;  // another fine's report
      if (const DateMention* decided = decision_day_in(doc.sentences[k])) return decided;
    }
    return nullptr;
  };
  auto date_score = [&](const DateMention& d) {
    const bool relative = d.resolution == DateResolution::weekday || d.resolution == DateResolution::reference;
    return ctx.word_gap(d.span, money) + (d.resolution == DateResolution::unresolved ? 10000 : 0) +
           (several && d.span.end <= money.begin ? 1000 : 0) + (nearer_other(d) ? 2000 : 0) +
           (decision_day && relative && !decision_dated(d) ? 500 : 0);
  };
  // "a redus luni de la 500.000 la 200.000 de lei amenda aplicată de GNM ... în august 2023": a
  // date after the body named beside the new amount of a change dates that body's fine.
  const bool change_end = doc.money[static_cast<std::size_t>(record.money)].change_end;
  // But a decision dated in a clause of its own after that body's ("..., según una sentencia
  // fechada el 9 de abril", "..., potrivit unei hotărâri din 17 septembrie") is the change's.
  auto of_changed_fine = [&](const DateMention& d) {
    if (!change_end || d.span.begin < money.end) return false;
    return std::any_of(here.begin(), here.end(), [&](const AuthorityMention& a) {
      return a.span.begin >= money.end && a.span.end <= d.span.begin &&
             !(decision_dated(d) && ctx.text_of({a.span.end, d.span.begin}).find(',') != std::string_view::npos);
    });
  };
  const auto names_here = ctx.parties_in(sentence);
  auto inside_name = [&](Span d) {
    const std::string_view written = ctx.text_of(d);
    const bool bare_year = written.size() == 4 && std::all_of(written.begin(), written.end(), [](char c) {
      return c >= '0' && c <= '9';
    });
    return std::any_of(names_here.begin(), names_here.end(), [&](const PartyMention& p) {
      return (p.span.begin < d.begin && d.end <= p.span.end) ||
             (bare_year && p.span.end + 1 == d.begin && ctx.doc.text[p.span.end] == ' ');
    });
  };
  // "Πρόστιμο 1 εκατ. ευρώ επέβαλε ... σύμφωνα με ανακοίνωση της ΔΙΜΕΑ την Τρίτη 5 Δεκεμβρίου
  // 2023": the day of the announcement of the sentence's only amount, after a body it names, is
  // that fine's however long the sentence. So is the day before the body, where the verb comes
  // first ("..., según comunicó este martes la AESA", "..., a annoncé mardi la Cnil").
  auto announced_far = [&](const DateMention& d) {
    if (several || d.span.begin < money.end) return false;
    constexpr std::size_t kMaxDayBeforeBody = 2;  // words
    const auto bodies = ctx.authorities_in(sentence);
    for (const Cue& c : ctx.cues_in(sentence))
      if (c.kind == CueKind::announcement && money.end <= c.span.begin && c.span.end <= d.span.begin &&
          ctx.word_gap(c.span, d.span) <= policy.max_announcement_body_gap &&
          std::any_of(bodies.begin(), bodies.end(), [&](const AuthorityMention& a) {
            return (c.span.end <= a.span.begin && a.span.end <= d.span.begin) ||
                   (d.span.end <= a.span.begin && ctx.word_gap(d.span, a.span) <= kMaxDayBeforeBody &&
                    ctx.text_of({d.span.end, a.span.begin}).find_first_of(",;:()") == std::string_view::npos);
          }))
        return true;
    return false;
  };
  for (const DateMention& d : ctx.dates_in(sentence)) {
    // "Porto, 3 de março de 2023 – A ASAE aplicou ...": the dateline says when the article
    // appeared; the decision may be dated elsewhere, else the fine takes that day anyway.
    if (d.dateline) continue;
    // A span of years dates the infringement; a date after publication, what is to come.
    if (d.period || d.future) continue;
    if (dates_offence(ctx, d) || dates_other_money(ctx, d) || names_law(ctx, d)) continue;
    // "SV Elbtal 1911": a year that is part of a name, or a bare year right after one, dates nothing.
    if (inside_name(d.span)) continue;
    if ((ctx.word_gap(d.span, money) > policy.max_date_gap && !announced_far(d) && !decision_dated(d) && !frames_sentence(d)) ||
        beyond_other_fine(d) ||
        is_time_limit(ctx, d) || of_changed_fine(d))
      continue;
    if (date == nullptr || date_score(d) < date_score(*date)) date = &d;
  }
  // "a redus luni amenda aplicată în 2022 ... la 7,5 milioane", "réduit mardi l'amende infligée
  // en 2022": the day beside the verb of the change dates the new amount; the year the fine was
  // imposed dates the old one.
  if (change_end)
    for (const Cue& c : ctx.cues_in(sentence))
      if (c.kind == CueKind::change && c.span.end <= money.begin)
        for (const DateMention& d : ctx.dates_in(sentence))
          if (!d.dateline && !d.period && !d.future && d.resolution != DateResolution::unresolved &&
              ctx.word_gap(c.span, d.span) <= 1 && !is_time_limit(ctx, d))
            date = &d;
  // "obniżył z 14,6 mln zł do 9 mln zł karę, którą prezes UOKiK nałożył w 2023 r.": a date
  // after the body named beside the new amount dates the old one, however far it stands.
  const std::size_t after_old = static_cast<std::size_t>(record.money) + 1;
  const bool old_of_change = after_old < doc.money.size() && doc.money[after_old].change_end &&
                             doc.money[after_old].span.end <= sentence.end && doc.money[after_old].range_with == record.money;
  if (old_of_change) {
    const Span new_amount = doc.money[after_old].span;
    for (const DateMention& d : ctx.dates_in(sentence)) {
      if (d.dateline || d.period || d.future || d.resolution == DateResolution::unresolved ||
          d.span.begin < new_amount.end || is_time_limit(ctx, d) || inside_name(d.span))
        continue;
      if (std::any_of(here.begin(), here.end(), [&](const AuthorityMention& a) {
            return a.span.begin >= new_amount.end && a.span.end <= d.span.begin &&
                   !(decision_dated(d) && ctx.text_of({a.span.end, d.span.begin}).find(',') != std::string_view::npos);
          })) {
        date = &d;
        break;
      }
    }
  }
  // "in March this year": a year right after the month it places says less than the month.
  if (date != nullptr && date > doc.dates.data()) {
    const DateMention& before = date[-1];
    if (before.span.end < date->span.begin && date->span.begin - before.span.end <= 1 &&
        before.value.size() > date->value.size() && before.value.starts_with(date->value))
      date = &before;
  }
  // "... a Embutidos Sierra de Babia, cuyos productos provocaron el pasado verano un brote. La
  // resolución, firmada el pasado viernes, ...": a year or a season of what the party did gives
  // way to the day the next sentence gives the decision.
  if (date != nullptr && date->value.size() == 4 && !several && !decision_dated(*date) && !old_of_change && !change_end &&
      !cue_in_reach(CueKind::trigger, date->span, policy.max_fine_word_date_gap, ",;:()")) {
    const std::size_t s = ctx.sentence_of(money.begin);
    if (s + 1 < doc.sentences.size() && ctx.money_in(doc.sentences[s + 1]).empty())
      if (const DateMention* decided = decision_day_in(doc.sentences[s + 1])) date = decided;
  }
  // "... de acordo com a decisão divulgada na terça-feira. [...] A decisão foi tomada em
  // dezembro": the day the decision was made known gives way to the day a sentence shortly
  // after gives the decision itself.
  if (date != nullptr && !old_of_change && !change_end &&
      (date->resolution == DateResolution::weekday || date->resolution == DateResolution::reference)) {
    const auto own_cues = ctx.cues_in(sentence);
    // The verb may come after the day: "wie die Kreisbehörde am Mittwoch auf Anfrage mitteilte".
    constexpr std::size_t kMaxDayBeforeVerb = 4;  // words
    const bool made_known = std::any_of(own_cues.begin(), own_cues.end(), [&](const Cue& c) {
      if (c.kind != CueKind::announcement) return false;
      if (c.span.end <= date->span.begin) return ctx.word_gap(c.span, date->span) <= policy.max_announcement_gap;
      return date->span.end <= c.span.begin && ctx.word_gap(date->span, c.span) <= kMaxDayBeforeVerb &&
             ctx.text_of({date->span.end, c.span.begin}).find_first_of(",;:()") == std::string_view::npos;
    });
    if (made_known)
      if (const DateMention* decided = decision_day_after(ctx.sentence_of(money.begin))) date = decided;
  }
  // "A supermarket chain has been ordered to pay a £1.2m fine ... The company was sentenced at
  // Leicester Crown Court on Wednesday": a fine its sentence leaves undated takes that day too.
  if (date == nullptr && !old_of_change && !change_end)
    date = decision_day_after(ctx.sentence_of(money.begin));
  if (date == nullptr && old_of_change) {
    // "La cour a ramené de 31 à 24,5 millions l'amende ... L'arrêt a été rendu le 15 janvier":
    // the day the report gives is the change's. The old fine is dated where the text names
    // again the body that imposed it ("L'Autorité avait sanctionné ... en juin 2024"), else
    // nowhere.
    constexpr std::size_t kMaxOldFineLookAhead = 3;  // sentences
    const std::size_t s = ctx.sentence_of(money.begin);
    const AuthorityMention* changer = changing_body(ctx, sentence, doc.money[after_old].span, money, here);
    if (record.authority && !record.authority->place && (changer == nullptr || !same_authority(ctx, *changer, *record.authority)))
      for (std::size_t k = s + 1; k <= s + kMaxOldFineLookAhead && k < doc.sentences.size() && date == nullptr; ++k) {
        const auto bodies = ctx.authorities_in(doc.sentences[k]);
        if (std::none_of(bodies.begin(), bodies.end(), [&](const AuthorityMention& b) { return same_authority(ctx, b, *record.authority); }))
          continue;
        for (const DateMention& d : ctx.dates_in(doc.sentences[k]))
          if (!d.dateline && !d.period && !d.future && d.resolution != DateResolution::unresolved && !is_time_limit(ctx, d) &&
              !dates_offence(ctx, d)) {
            date = &d;
            break;
          }
      }
  } else if (date == nullptr) {
    const std::size_t s = ctx.sentence_of(money.begin);
    // A year alone there dates something else ("Det oplyser Finanstilsynet, der i 2022
    // politianmeldte banken"): the report gives a day.
    if (followed_up(ctx, s))  // its first date, a resolved one if any
      for (const DateMention& d : ctx.dates_in(doc.sentences[s + 1]))
        if (!is_time_limit(ctx, d) && !d.period && !d.future && d.value.size() > 4 && (date == nullptr || (date->resolution == DateResolution::unresolved &&
                                                   d.resolution != DateResolution::unresolved)))
          date = &d;
    // "Acme was fined €1.2m. The decision was taken on 7 March.": a next sentence that reports
    // no money of its own dates the fine by the day it gives the decision, or the day it says
    // the fine again ("Justice Moran on Tuesday ordered the airline to pay the penalty").
    if (date == nullptr && s + 1 < doc.sentences.size() && ctx.money_in(doc.sentences[s + 1]).empty()) {
      const Span next = doc.sentences[s + 1];
      const auto cues = ctx.cues_in(next);
      // "De ACM maakte de boetes maandag bekend; het besluit dateert van 27 september": the day
      // the decision names beats the day the fine was made known.
      date = decision_day_in(next);
      for (const DateMention& d : ctx.dates_in(next)) {
        if (date != nullptr) break;
        if (d.dateline || d.period || d.future || d.value.size() <= 4 || is_time_limit(ctx, d) || dates_offence(ctx, d)) continue;
        if (decision_before(cues, d) || std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
              // After the fine word, only as far as its verb ("The fine was imposed on Tuesday"):
              // further on, a day may date anything ("The fine follows a warning issued on 3 May").
              const bool after = c.span.end <= d.span.begin;
              if (c.kind != CueKind::trigger ||
                  ctx.word_gap(c.span, d.span) > (after ? policy.max_next_fine_word_date_gap : policy.max_next_decision_date_gap))
                return false;
              return ctx.text_of(after ? Span{c.span.end, d.span.begin} : Span{d.span.end, c.span.begin})
                         .find_first_of(",;:()") == std::string_view::npos;
            })) {
          date = &d;
          break;
        }
      }
    }
  }
  // "Enligt IMY:s beslut, som fattades den 6 februari, har bolaget brutit mot förordningen.
  // Sanktionsavgiften på 2,5 miljoner kronor ...": the sentence before, in the paragraph, that
  // reports no money and dates the decision, dates the fine it goes on to give.
  if (date == nullptr && !old_of_change && !doc.sentences.empty()) {
    const std::size_t s = ctx.sentence_of(money.begin);
    if (s > 0 && ctx.money_in(doc.sentences[s - 1]).empty() &&
        ctx.text_of({doc.sentences[s - 1].end, sentence.begin}).find('\n') == std::string_view::npos) {
      const Span previous = doc.sentences[s - 1];
      const auto cues = ctx.cues_in(previous);
      for (const DateMention& d : ctx.dates_in(previous)) {
        if (d.dateline || d.period || d.future || d.value.size() <= 4 || d.resolution == DateResolution::unresolved ||
            is_time_limit(ctx, d) || dates_offence(ctx, d))
          continue;
        // The day it was published ("la délibération publiée mercredi") is not the decision's.
        const bool published_day = std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
          return c.kind == CueKind::announcement && c.span.end <= d.span.begin &&
                 ctx.word_gap(c.span, d.span) <= policy.max_announcement_gap;
        });
        // "Πρόστιμα ... μοίρασε την Τρίτη ο Αθλητικός Δικαστής. [...] επέβαλε πρόστιμο 45.000
        // ευρώ": a sentence of fine words without an amount gives the day of the fines that follow.
        const bool fines_given = std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
          return c.kind == CueKind::trigger && c.span.end <= d.span.begin &&
                 ctx.word_gap(c.span, d.span) <= policy.max_next_decision_date_gap &&
                 ctx.text_of({c.span.end, d.span.begin}).find_first_of(",;:()") == std::string_view::npos;
        });
        if (!published_day && (decision_before(cues, d) || fines_given)) {
          date = &d;
          break;
        }
      }
    }
  }
  if (date != nullptr) record.date = static_cast<int>(date - doc.dates.data());
}

}  // namespace finex::slot_steps
