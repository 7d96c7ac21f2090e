// Lists of fines in one sentence: "respectively", "each", coordinated names and places.
#include <algorithm>
#include <cmath>

#include "entities/party_recognizer.h"
#include "fines/document_context.h"
#include "fines/slot_rules.h"
#include "text/word_forms.h"

namespace finex {

using namespace slot_rules;

namespace {

// A byte of a word: an ASCII letter or any byte of a multi-byte character (whatever the host's
// locale says).
bool letter_byte(char c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || static_cast<unsigned char>(c) >= 0x80;
}

// Coordination, also with an article or a preposition after the conjunction: "X e à Y",
// "die X und die Y", "X și Y".
bool loosely_coordinated(const DocumentContext& ctx, std::string_view between) {
  if (ctx.lexicon.is_coordination(between, ctx.doc.language)) return true;
  const std::string_view whole = between;
  constexpr std::size_t kMaxWord = 4;
  auto short_lowercase = [&](std::string_view word) {
    return word.size() <= kMaxWord && lowercase_word(word);
  };
  // "X aus Bremen und die Y", "X uit Delft en Y": a place of origin after the first name, a short
  // preposition (and article) and capitalised words that name no party, comes before the conjunction.
  // So may one set off by commas: "Northside Motor Sales Ltd, of Finglas, and its director Y".
  const bool comma = between.starts_with(", ");
  if (between.size() > 1 && (between.front() == ' ' || comma)) {
    std::size_t pos = comma ? 2 : 1;
    for (int words = 0; words < 2; ++words) {
      const std::size_t space = between.find(' ', pos);
      if (space == std::string_view::npos || !short_lowercase(between.substr(pos, space - pos))) break;
      pos = space + 1;
    }
    std::size_t after = pos;
    while (pos > (comma ? 2u : 1u) && after < between.size() && between[after] >= 'A' && between[after] <= 'Z') {
      const std::size_t space = between.find(' ', after);
      if (space == std::string_view::npos) break;
      after = space + 1;
      if (comma && between[space - 1] == ',') break;
    }
    if (after > pos && (!comma || between[after - 2] == ',') && loosely_coordinated(ctx, between.substr(after - 1)))
      return true;
  }
  for (int words = 0; words < 2; ++words) {
    if (between.size() < 2 || between.back() != ' ') break;
    const std::size_t space = between.rfind(' ', between.size() - 2);
    if (space == std::string_view::npos) break;
    const std::string_view word = between.substr(space + 1, between.size() - space - 2);
    if (word.size() > kMaxWord || !lowercase_word(word))
      break;
    between = between.substr(0, space + 1);
    if (ctx.lexicon.is_coordination(between, ctx.doc.language)) return true;
  }
  // A title before the second name, after a conjunction that is a word: "X e o ex-diretor de
  // Relações com Investidores Y", "X y la directora financiera Y".
  constexpr int kMaxTitleWords = 7;
  between = whole;
  for (int words = 0; words < kMaxTitleWords; ++words) {
    if (between.size() < 2 || between.back() != ' ') return false;
    const std::size_t space = between.rfind(' ', between.size() - 2);
    if (space == std::string_view::npos) return false;
    std::string_view word = between.substr(space + 1, between.size() - space - 2);
    // "X, et son beau-frère, Y": the title may be set off by a comma before the name.
    if (words == 0 && word.ends_with(',')) word.remove_suffix(1);
    if (word.empty() || !std::all_of(word.begin(), word.end(), [](char c) {
          return letter_byte(c) || c == '-' || c == '\'';
        }))
      return false;
    between = between.substr(0, space + 1);
    const bool word_conjunction = std::any_of(between.begin(), between.end(), [](char c) {
      return letter_byte(c);
    });
    if (word_conjunction && (ctx.lexicon.is_coordination(between, ctx.doc.language) ||
                             (between.starts_with(',') && ctx.lexicon.is_coordination(between.substr(1), ctx.doc.language))))
      return true;
  }
  return false;
}

// Whether `between` joins two amounts as items of one list: a conjunction or a comma, with
// nothing else than dates and short lowercase words ("€4.34bn in 2018 and €2.42bn in 2017"), so
// no other party ("and its chief executive") comes between.
bool joins_amounts(const DocumentContext& ctx, Span between) {
  std::string rest;
  std::size_t at = between.begin;
  for (const DateMention& d : ctx.dates_in(between)) {
    if (d.span.begin < at || d.span.end > between.end) return false;
    rest.append(ctx.text_of({at, d.span.begin})).push_back(' ');
    at = d.span.end;
  }
  rest.append(ctx.text_of({at, between.end}));
  bool joined = false;
  for (std::size_t i = 0; i < rest.size();) {
    const std::size_t end = std::min(rest.find(' ', i), rest.size());
    std::string_view word = std::string_view(rest).substr(i, end - i);
    i = end + 1;
    if (word.ends_with(',')) {
      joined = true;
      word.remove_suffix(1);
    }
    if (word.empty()) continue;
    if (ctx.lexicon.is_coordination(spaced(word), ctx.doc.language)) {
      joined = true;
      continue;
    }
    const bool short_lowercase = word.size() <= 3 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!short_lowercase) return false;
  }
  return joined;
}

}  // namespace

void share_coordinated_parties(const DocumentContext& ctx, std::vector<FineRecord>& records) {
  for (std::size_t i = 1; i < records.size(); ++i) {
    const FineRecord& previous = records[i - 1];
    FineRecord& r = records[i];
    if (!r.entity_inherited || !previous.entity || previous.entity_inherited || !(previous.sentence == r.sentence))
      continue;
    const Span before = ctx.doc.money[static_cast<std::size_t>(previous.money)].span;
    const Span here = ctx.doc.money[static_cast<std::size_t>(r.money)].span;
    if (here.begin <= before.end) continue;
    const Span between{before.end, here.begin};
    if (!ctx.parties_in(between).empty() || !ctx.money_in(between).empty()) continue;
    // "fined Lakeside Haulage £2.7m, although the regulator had sought £5m": a later amount of
    // the sentence that names no party is the sentence's party's, not the article's main one.
    // Not across a word of contrast ("..., mens salgschefen slap med 50.000 kr."), which sets
    // another party against the first.
    const auto cues = ctx.cues_in(between);
    const bool other_main_party = r.entity && !ctx.same_party(*r.entity, *previous.entity) &&
                                  std::none_of(cues.begin(), cues.end(), [](const Cue& c) { return c.kind == CueKind::contrast; });
    if (!joins_amounts(ctx, between) && !other_main_party) continue;
    r.entity = previous.entity;
    r.entity_inherited = false;
    r.confidence += policy.inherited_party_cost;
  }
}

void distribute_lists(const DocumentContext& ctx, std::vector<FineRecord>& records) {
  std::vector<FineRecord> out;
  for (std::size_t i = 0; i < records.size();) {
    std::size_t j = i;
    while (j < records.size() && records[j].sentence == records[i].sentence) ++j;
    const Span sentence = records[i].sentence;
    const Span first_money = ctx.doc.money[static_cast<std::size_t>(records[i].money)].span;

    // Places after the first amount, one per country: "in the United Kingdom and Italy"; when
    // they do not pair up, every place of the sentence ("in Spanien und Italien mit 4 Millionen
    // beziehungsweise 6 Millionen Euro").
    auto places_from = [&](std::size_t from) {
      std::vector<const AuthorityMention*> places;
      for (const AuthorityMention& a : ctx.authorities_in(sentence)) {
        if (a.span.begin < from) continue;
        const bool seen = std::any_of(places.begin(), places.end(), [&](const AuthorityMention* p) {
          return country_of(*p) == country_of(a) && p->authority == a.authority;
        });
        if (!seen) places.push_back(&a);
      }
      return places;
    };
    std::vector<const AuthorityMention*> places = places_from(first_money.begin);
    if (places.size() != j - i) places = places_from(sentence.begin);
    const std::size_t count = j - i;
    if (count >= 2 && ctx.has_cue(sentence, CueKind::respectively) && places.size() == count) {
      // "... in the UK and Italy in 2022, respectively": the date is shared too.
      int shared_date = -1;
      for (std::size_t k = 0; k < count; ++k) shared_date = std::max(shared_date, records[i + k].date);
      for (std::size_t k = 0; k < count; ++k) {
        records[i + k].authority = *places[k];
        records[i + k].authority_inherited = false;
        records[i + k].rule = "respectively_list";
        if (records[i + k].date < 0) records[i + k].date = shared_date;
      }
    }
    bool paired_names = false;
    // "X and Y were fined 40,000 and 25,000 respectively": as many names before the first
    // amount as amounts pair up in order. "Ilvekselle ja SJK:lle ... 1 000 ja 800 euron sakot":
    // coordinated amounts that share one currency go to coordinated parties in order.
    if (count >= 2) {
      // Only a list of names and then a list of amounts: no name among the amounts.
      const Span last_money = ctx.doc.money[static_cast<std::size_t>(records[j - 1].money)].span;
      std::vector<Span> names, cued;
      bool interleaved = false;
      for (const PartyMention& p : ctx.parties_in(sentence)) {
        if (p.span.end <= first_money.begin) {
          names.push_back(p.span);
          if (p.cue != PartyCue::none) cued.push_back(p.span);
        } else if (p.span.begin < last_money.end) {
          interleaved = true;
        }
      }
      // "Kieran Doyle, 34, and Marek Zielinski, 41, ...", "Kevin Morel, 34 ans, et ...": a
      // person's age set off after the name; what follows its closing comma joins the names.
      // So may one in brackets ("Declan Moran (52) were fined").
      auto past_age = [&](Span name) {
        const std::string_view after = ctx.text_of({name.end, sentence.end});
        if (const std::size_t age = bracketed_age(after)) return name.end + age;
        const std::size_t close = after.find(", ", 2);
        if (close == std::string_view::npos || !is_age_aside(after.substr(0, close + 2))) return name.end;
        return name.end + close + 1;
      };
      // No other number between the names and the amounts ("9,8 e 7,5 milioni": one amount
      // was not read, so the amounts do not pair up).
      const bool adjacent =
          !names.empty() && ctx.text_of({past_age(names.back()), first_money.begin}).find_first_of("0123456789") ==
                                std::string_view::npos;
      bool listed = ctx.has_cue(sentence, CueKind::respectively) && names.size() == count && adjacent &&
                    !interleaved;
      for (std::size_t k = 0; listed && k + 1 < names.size(); ++k)  // "X and Y", "X, Y and Z"
        listed = loosely_coordinated(ctx, ctx.text_of({past_age(names[k]), names[k + 1].begin}));
      bool chained = !listed;
      for (std::size_t k = i; k + 1 < j && chained; ++k)
        chained = ctx.doc.money[static_cast<std::size_t>(records[k].money)].range_with == records[k + 1].money;
      bool coordinated = chained && cued.size() == count;
      for (std::size_t k = 0; coordinated && k + 1 < cued.size(); ++k) {
        std::string_view between = ctx.text_of({cued[k].end, cued[k + 1].begin});
        if (between.starts_with(":")) between.remove_prefix(std::min(between.size(), between.find(' ')));
        coordinated = ctx.lexicon.is_coordination(between, ctx.doc.language);
      }
      if (coordinated) names = cued;
      // "Le groupe X et la société Y ont écopé de 12,5 et 9,8 millions d'euros": coordinated
      // names, then amounts that share the currency of the last, pair up in order; of more
      // names, the coordinated ones the cue of the last closes.
      // The amounts share one currency written after the last: "12,5 et 9,8 millions d'euros".
      bool shared_currency = true;
      for (std::size_t k = i; k + 1 < j && shared_currency; ++k) {
        const Span m = ctx.doc.money[static_cast<std::size_t>(records[k].money)].span;
        const Span next = ctx.doc.money[static_cast<std::size_t>(records[k + 1].money)].span;
        const std::string_view amount = ctx.text_of(m);
        shared_currency = !amount.empty() && amount.back() >= '0' && amount.back() <= '9' && m.end <= next.begin &&
                          ctx.lexicon.is_coordination(ctx.text_of({m.end, next.begin}), ctx.doc.language);
      }
      if (shared_currency && !coordinated && adjacent && !interleaved && names.size() >= count &&
          (names.size() == count || (!cued.empty() && cued.back() == names.back()))) {
        const std::vector<Span> last(names.end() - static_cast<std::ptrdiff_t>(count), names.end());
        bool joined = true;
        for (std::size_t k = 0; joined && k + 1 < last.size(); ++k)
          joined = loosely_coordinated(ctx, ctx.text_of({last[k].end, last[k + 1].begin}));
        if (joined) names = last, coordinated = true;
      }
      if (listed || coordinated) {
        paired_names = true;
        for (std::size_t k = 0; k < count; ++k) {
          records[i + k].entity = names[k];
          records[i + k].entity_inherited = false;
          records[i + k].rule = listed ? "respectively_list" : "coordinated_list";
        }
      }
    }
    // Otherwise, "fined COSMOTE and OTE €6m and €3.25m respectively": coordinated amounts pair
    // up in order with coordinated names after the first amount, or anywhere in the sentence;
    // the date is shared.
    bool amounts_coordinated = count >= 2;
    for (std::size_t k = i; amounts_coordinated && k + 1 < j; ++k) {
      const Span left = ctx.doc.money[static_cast<std::size_t>(records[k].money)].span;
      const Span right = ctx.doc.money[static_cast<std::size_t>(records[k + 1].money)].span;
      // "35.000, respectiv 20.000 de lei", "24.000 bzw. 61.750 Euro": the cue itself joins them.
      bool cue_between = false;
      for (const Cue& c : ctx.cues_in({left.end, right.begin}))
        cue_between = cue_between || (c.kind == CueKind::respectively &&
                                      ctx.text_of({left.end, c.span.begin}).find_first_not_of(", ") == std::string_view::npos &&
                                      ctx.text_of({c.span.end, right.begin}).find_first_not_of(", ") == std::string_view::npos);
      amounts_coordinated = left.end <= right.begin &&
                            (cue_between || ctx.lexicon.is_coordination(ctx.text_of({left.end, right.begin}), ctx.doc.language));
    }
    if (!paired_names && amounts_coordinated && ctx.has_cue(sentence, CueKind::respectively)) {
      auto chain_from = [&](std::size_t from, Span within) {
        std::vector<Span> chain;
        const auto names = ctx.parties_in(within);
        for (std::size_t a = 0; a < names.size(); ++a) {
          if (names[a].span.begin < from) continue;
          if (!chain.empty() &&
              !loosely_coordinated(ctx, ctx.text_of({chain.back().end, std::max(chain.back().end, names[a].span.begin)}))) {
            if (chain.size() >= count) break;
            chain.clear();
          }
          chain.push_back(names[a].span);
        }
        return chain;
      };
      std::vector<Span> chain = chain_from(first_money.begin, sentence);
      if (chain.size() != count) chain = chain_from(sentence.begin, sentence);
      // "ha sanzionato X ed Y ... Le multe ammontano rispettivamente a 4,2 e 1,8 milioni": a
      // sentence that names nobody lists the amounts of the names the sentence before joins.
      const std::size_t s = ctx.sentence_of(sentence.begin);
      if (chain.size() != count && ctx.parties_in(sentence).empty() && s > 0 &&
          ctx.text_of({ctx.doc.sentences[s - 1].begin, sentence.begin}).find('\n') == std::string_view::npos) {
        const Span previous = ctx.doc.sentences[s - 1];
        chain = chain_from(previous.begin, previous);
        if (chain.size() > count) chain.clear();
      }
      // The amounts share the date whether or not their names pair up ("gegen das Unternehmen
      // und einen seiner früheren Händler ... 2,5 Mio. € beziehungsweise 45.000 €, wie sie am
      // Dienstag mitteilte").
      int shared_date = -1;
      for (std::size_t k = 0; k < count; ++k) shared_date = std::max(shared_date, records[i + k].date);
      for (std::size_t k = 0; k < count; ++k) {
        if (records[i + k].date < 0) records[i + k].date = shared_date;
        if (chain.size() != count) continue;
        records[i + k].entity = chain[k];
        records[i + k].entity_inherited = false;
        records[i + k].rule = "respectively_list";
      }
    }
    // "X and Y must pay 3.5 million and 2 million respectively": the coordinated names after
    // the amounts before the cue pair up in order with the amounts after it, as many as they.
    if (count >= 2)
      for (const Cue& cue : ctx.cues_in(sentence)) {
        if (cue.kind != CueKind::respectively) continue;
        auto money_of = [&](std::size_t k) { return ctx.doc.money[static_cast<std::size_t>(records[k].money)].span; };
        std::size_t first = i;  // the first record after the cue
        while (first < j && money_of(first).begin < cue.span.end) ++first;
        if (first == j) break;
        // The listed amounts follow the cue at once and one another with only a conjunction
        // between: "respectively 3.5 million and 2 million".
        const std::string_view lead = ctx.text_of({cue.span.end, money_of(first).begin});
        if (ctx.word_gap(cue.span, money_of(first)) > policy.max_respectively_lead || lead.find_first_of("0123456789") != std::string_view::npos) break;
        std::size_t last = first + 1;
        while (last < j && ctx.lexicon.is_coordination(ctx.text_of({money_of(last - 1).end, money_of(last).begin}),
                                                       ctx.doc.language))
          ++last;
        const std::size_t from = first == i ? sentence.begin : money_of(first - 1).end;
        std::vector<Span> chain;
        for (const PartyMention& p : ctx.parties_in(sentence)) {
          if (p.span.begin < from) continue;
          if (p.span.end > cue.span.begin) break;
          if (!chain.empty() &&
              !ctx.lexicon.is_coordination(ctx.text_of({chain.back().end, p.span.begin}), ctx.doc.language))
            chain.clear();
          chain.push_back(p.span);
        }
        if (chain.size() >= 2 && chain.size() == last - first)
          for (std::size_t k = 0; k < chain.size(); ++k) {
            records[first + k].entity = chain[k];
            records[first + k].entity_inherited = false;
            records[first + k].rule = "respectively_list";
          }
        break;
      }
    // "X and Y were fined €8.7m and €5.3m respectively": the names listed before the first
    // amount pair up with the first amounts in order.
    if (count >= 2 && ctx.has_cue(sentence, CueKind::respectively)) {
      std::vector<const PartyMention*> names;
      for (const PartyMention& p : ctx.parties_in(sentence))
        if (p.span.end <= first_money.begin) names.push_back(&p);
      std::size_t listed = names.empty() ? 0 : 1;  // the coordinated names that end the run
      while (listed < names.size()) {
        const PartyMention& left = *names[names.size() - listed - 1];
        const PartyMention& right = *names[names.size() - listed];
        const std::string_view between = ctx.text_of({left.span.end, right.span.begin});
        // "zwei Vertriebspartner, die X bzw. die Y": the names spell out the description before them.
        if ((left.description && between.starts_with(',')) || !loosely_coordinated(ctx, between)) break;
        // "le directeur financier de X, Y, et ...": a name that completes a title is no item.
        if (left.complement) break;
        ++listed;
      }
      // Every paired amount stands by the cue: an amount missed in the list would shift them.
      const auto near_cue = [&](std::size_t k) {
        const Span m = ctx.doc.money[static_cast<std::size_t>(records[i + k].money)].span;
        for (const Cue& c : ctx.cues_in(sentence))
          if (c.kind == CueKind::respectively && ctx.word_gap(c.span, m) <= policy.max_respectively_gap) return true;
        return false;
      };
      bool paired = listed >= 2 && listed <= count;
      for (std::size_t k = 0; paired && k < listed; ++k) paired = near_cue(k);
      if (paired)
        for (std::size_t k = 0; k < listed; ++k) {
          records[i + k].entity = names[names.size() - listed + k]->span;
          records[i + k].entity_inherited = false;
          records[i + k].rule = "respectively_list";
        }
    }
    // "multas de 60.000 y 40.000 euros a dos directivos, A y B": coordinated amounts, then right
    // after them a description of the parties and, set off by a comma, as many coordinated names
    // that close the clause: they pair up in order, as with "respectively".
    if (!paired_names && amounts_coordinated && !ctx.has_cue(sentence, CueKind::respectively)) {
      const Span last_money = ctx.doc.money[static_cast<std::size_t>(records[j - 1].money)].span;
      const auto after = ctx.parties_in({last_money.end, sentence.end});
      if (after.size() == count + 1 && after[0].description &&
          ctx.word_gap(last_money, after[0].span) <= policy.name_after_amount &&
          ctx.text_of({last_money.end, after[0].span.begin}).find_first_of(",;:()") == std::string_view::npos &&
          ctx.text_of({after[0].span.end, after[1].span.begin}) == ", ") {
        bool chain = true;
        for (std::size_t k = 1; chain && k < after.size(); ++k)
          chain = !after[k].description && !after[k].country && !ctx.names_authority(after[k]) &&
                  (k + 1 == after.size() || loosely_coordinated(ctx, ctx.text_of({after[k].span.end, after[k + 1].span.begin})));
        const std::string_view rest = ctx.text_of({after.back().span.end, sentence.end});
        chain = chain && (rest.empty() || std::string_view(",.;").find(rest.front()) != std::string_view::npos);
        if (chain)
          for (std::size_t k = 0; k < count; ++k) {
            records[i + k].entity = after[k + 1].span;
            records[i + k].entity_inherited = false;
            records[i + k].rule = "coordinated_list";
          }
      }
    }
    for (std::size_t k = i; k < j; ++k) out.push_back(records[k]);

    // One amount, several coordinated places: each place imposed it.
    if (count == 1 && records[i].authority && !records[i].authority_inherited) {
      const auto all = ctx.authorities_in(sentence);
      for (std::size_t a = 0; a + 1 < all.size(); ++a) {
        const std::string_view between =
            ctx.text_of({all[a].span.end, std::max(all[a].span.end, all[a + 1].span.begin)});
        const bool coordinated = ctx.lexicon.is_coordination(between, ctx.doc.language);
        const bool ours = all[a].span == records[i].authority->span || all[a + 1].span == records[i].authority->span;
        if (!coordinated || !ours || country_of(all[a]) == country_of(all[a + 1])) continue;
        FineRecord other = records[i];
        other.authority = all[a].span == records[i].authority->span ? all[a + 1] : all[a];
        other.rule = "coordinated_places";
        out.push_back(std::move(other));
        break;
      }
    }
    // "Jorge Albiñana, y la responsable comercial, Marta Quiles": the next name may follow the
    // conjunction in apposition to a few lowercase words of its role.
    // So may a role written right before each name ("l'ex direttore generale Marco Santilli,
    // l'ex responsabile antiriciclaggio Paola Di Cesare e l'ex amministratore delegato Franco
    // Ruggieri").
    auto coordinated = [&](auto left, auto right) {
      std::string_view between = ctx.text_of({left->span.end, right->span.begin});
      if (ctx.lexicon.is_coordination(between, ctx.doc.language)) return true;
      const bool comma = between.starts_with(",");
      if (comma) between.remove_prefix(1);
      std::size_t joint = ctx.lexicon.coordination_length(between, ctx.doc.language);
      const bool role_first = !between.ends_with(", ");
      if (joint == 0 && comma && role_first && between.starts_with(" ")) joint = 1;
      if (joint == 0 || !between.ends_with(" ")) return false;
      constexpr std::ptrdiff_t kMaxRoleWords = 5;
      const std::string_view role = between.substr(joint, between.size() - joint - (role_first ? 1 : 2));
      return !role.empty() && std::count(role.begin(), role.end(), ' ') < kMaxRoleWords &&
             role.find_first_of(",;:()0123456789") == std::string_view::npos &&
             std::all_of(role.begin(), role.end(), [](char c) { return !(c >= 'A' && c <= 'Z'); });
    };
    auto each_after = [&](const FineRecord& r) {
      const Span m = ctx.doc.money[static_cast<std::size_t>(r.money)].span;
      const auto cues = ctx.cues_in({m.end, sentence.end});
      return std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
        return c.kind == CueKind::each && ctx.word_gap(m, c.span) <= policy.max_description_gap;
      });
    };
    // "fined Apple and Google €10 million each", "Acme, Beta and Gamma": one fine per party of
    // the coordinated names that holds the fine's own. Of several amounts in the sentence, the
    // one the word of "each" follows ("X deberá pagar 250.000 euros, mientras que Y y Z, con
    // 100.000 euros cada uno").
    for (std::size_t k = i; k < j; ++k) {
      const FineRecord& record = records[k];
      if (!record.entity || record.entity_inherited ||
          !(count == 1 ? ctx.has_cue(sentence, CueKind::each) : each_after(record)))
        continue;
      const auto names = ctx.parties_in(sentence);
      const auto own = std::find_if(names.begin(), names.end(),
                                    [&](const PartyMention& p) { return p.span == *record.entity; });
      if (own == names.end()) continue;
      auto first = own, last = own;
      while (first != names.begin() && coordinated(first - 1, first)) --first;
      while (last + 1 != names.end() && coordinated(last, last + 1)) ++last;
      for (auto name = first; name <= last; ++name) {
        if (name == own) continue;
        FineRecord other = record;
        other.entity = name->span;
        other.rule = "each_party";
        out.push_back(std::move(other));
      }
    }
    i = j;
  }
  records = std::move(out);
}

}  // namespace finex
