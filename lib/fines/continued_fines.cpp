// Amounts that continue a fine written before them (continued_fines.h).
#include "fines/continued_fines.h"

#include <algorithm>
#include <optional>

#include "fines/assembly_policy.h"
#include "fines/list_items.h"
#include "text/case_fold.h"
#include "text/word_forms.h"

namespace finex {

namespace {

constexpr const AssemblyPolicy& policy = kAssemblyPolicy;

// The bytes of the mark that opens a line of a list ("- ", "* ", "• ", "– "), 0 when none does.
std::size_t list_mark_length(std::string_view line) {
  for (const std::string_view mark : {"- ", "* ", "\u2022 ", "\u2013 ", "\u2014 "})
    if (line.starts_with(mark)) return mark.size();
  return 0;
}

// The sentence that introduces the list holding sentence `s` ("The proposed amounts are:"),
// if `s` is a list line under one.
std::optional<Span> lead_in(const DocumentContext& ctx, std::size_t s) {
  const auto& sentences = ctx.doc.sentences;
  for (std::size_t back = s; back-- > 0;) {
    std::string_view line = ctx.text_of(sentences[back]);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\n')) line.remove_suffix(1);
    if (line.empty()) continue;
    if (line.back() == ':') return sentences[back];
    auto list_line = [](std::string_view l) { return list_mark_length(l) > 0 || l.starts_with("|"); };
    if (list_line(line)) continue;
    // The lead-in and the list's first line may make one sentence: "... the fines:\n- A: £1m"
    // (a line break inside a paragraph reads as a space).
    for (std::size_t colon = line.rfind(':'); colon != std::string_view::npos && colon > 0;
         colon = line.rfind(':', colon - 1)) {
      const std::size_t next = line.find_first_not_of(" \n", colon + 1);
      if (next != std::string_view::npos && next > colon + 1 && list_line(line.substr(next)))
        return Span{sentences[back].begin, sentences[back].begin + colon + 1};
    }
    break;
  }
  return std::nullopt;
}

// Whether the list holding sentence `s` is introduced as one of fines ("The fines:", "Die
// Bußgelder im Überblick:"), which makes each of its lines one in a short article too.
bool introduced_as_fines(const DocumentContext& ctx, std::size_t s) {
  const std::optional<Span> head = lead_in(ctx, s);
  if (!head) return false;
  for (const Cue& c : ctx.cues_in(*head))
    if (c.kind == CueKind::trigger || c.kind == CueKind::unit_trigger || c.kind == CueKind::periodic) return true;
  return false;
}

// "– Moravská spořitelní banka, a.s.: 18 mil. Kč", "• Giulio Marchetti, ex amministratore
// delegato: 300.000 euro", "– Investiční společnost Vltava, a.s.: 2,5 mil. Kč": on a bulleted
// line that opens with a capitalised word at `begin`, the words up to the mark that sets off
// the amount name the item, but for a role set off by a comma; empty when no mark does.
Span bulleted_line_name(const DocumentContext& ctx, std::size_t begin, Span money) {
  std::string_view head = ctx.text_of({begin, money.begin});
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  for (const std::string_view joint : {":", " -", " \u2013", " \u2014"}) {
    if (!head.ends_with(joint)) continue;
    head.remove_suffix(joint.size());
    // A role opens in lowercase ("sócio da Nutrifort", "ehemaliger Händler"); so does a short
    // legal form, which holds a dot ("a.s.", "sp. z o.o.") and stays.
    constexpr std::size_t kMaxLegalForm = 12;  // bytes: "spol. s r.o."
    const std::size_t comma = head.find(", ");
    const std::string_view aside = comma == std::string_view::npos ? std::string_view{} : head.substr(comma + 2);
    const bool legal_form = aside.size() <= kMaxLegalForm && aside.find('.') != std::string_view::npos;
    if (!aside.empty() && aside.front() >= 'a' && aside.front() <= 'z' && !legal_form) head = head.substr(0, comma);
    if (head.find_first_of(":;()0123456789") != std::string_view::npos) return {};
    return {begin, begin + head.size()};
  }
  return {};
}

}  // namespace

FineKind lead_in_kind(const DocumentContext& ctx, std::size_t s) {
  const std::optional<Span> head = lead_in(ctx, s);
  return head && ctx.has_cue(*head, CueKind::proposed) ? FineKind::proposed : FineKind::fine;
}

int lead_in_date(const DocumentContext& ctx, std::size_t s) {
  const std::optional<Span> head = lead_in(ctx, s);
  if (!head) return -1;
  for (const DateMention& d : ctx.dates_in(*head))
    if (!d.dateline && !d.period && !d.future && d.resolution != DateResolution::unresolved)
      return static_cast<int>(&d - ctx.doc.dates.data());
  return -1;
}

bool next_party_of_list(const DocumentContext& ctx, const std::vector<FineRecord>& records, const MoneyMention& money,
                        Span sentence, std::size_t s) {
  // The fine before may be one sentence further back, past a sentence without money that says
  // why ("Die Unternehmen sollen sich abgestimmt haben").
  constexpr std::size_t kMaxSentencesBack = 2;
  if (records.empty() || !records.back().entity) return false;
  const std::size_t previous_sentence = ctx.sentence_of(records.back().sentence.begin);
  // Or the clause before in the sentence: "X a fost amendată cu 400.000 de lei, iar Y va plăti
  // o sută de mii de lei".
  const Span before = ctx.doc.money[static_cast<std::size_t>(records.back().money)].span;
  const bool clause_before = previous_sentence == s && before.end <= money.span.begin &&
                             ctx.text_of({before.end, money.span.begin}).find(", ") != std::string_view::npos;
  if (!clause_before && (s == 0 || previous_sentence >= s || s - previous_sentence > kMaxSentencesBack)) return false;
  for (std::size_t k = previous_sentence; k < s; ++k)
    for (const MoneyMention& m : ctx.money_in(ctx.doc.sentences[k]))
      if (m.equivalent_of < 0 && std::none_of(records.begin(), records.end(), [&](const FineRecord& r) {
            return ctx.doc.money[static_cast<std::size_t>(r.money)].span == m.span;
          }))
        return false;
  const auto names = ctx.parties_in({sentence.begin, money.span.begin});
  if (names.empty()) return false;
  const Span previous = *records.back().entity;
  const auto group = ctx.parties_in({previous.begin, previous.begin + 1});
  if (std::any_of(group.begin(), group.end(), [&](const PartyMention& p) { return p.description && p.span == previous; }))
    return !names.back().description;
  return !ctx.same_party(names.back().span, previous);
}

bool share_of_total(const DocumentContext& ctx, const std::vector<FineRecord>& records, const MoneyMention& money,
                    std::size_t s) {
  if (records.empty()) return false;
  const FineRecord& last = records.back();
  const std::size_t previous_sentence = ctx.sentence_of(last.sentence.begin);
  if (previous_sentence >= s || s - previous_sentence > 1) return false;
  // The last fine may be a share itself, tied by the total's fine word: the total is the fine
  // of that word's sentence ("Den größten Anteil trägt die X AG mit 12,4 Mio. Euro. Auf die Y
  // GmbH entfallen 8,1 Mio. Euro").
  const FineRecord* of_total = &last;
  if (last.trigger && !(last.sentence.begin <= last.trigger->begin && last.trigger->end <= last.sentence.end))
    for (const FineRecord& r : records)
      if (r.sentence.begin <= last.trigger->begin && last.trigger->end <= r.sentence.end) of_total = &r;
  const MoneyMention& total = ctx.doc.money[static_cast<std::size_t>(of_total->money)];
  if (total.currency != money.currency || money.value.to_double() >= total.value.to_double()) return false;
  for (const Cue& c : ctx.cues_in(of_total->sentence))
    if (c.kind == CueKind::total || (c.kind == CueKind::trigger && ctx.lexicon.is_plural_fine(ctx.doc.text, c.span, ctx.doc.language)))
      return true;
  return false;
}

const Cue* named_share(const DocumentContext& ctx, const std::vector<FineRecord>& records, const MoneyMention& money,
                               Span sentence, std::size_t s) {
  constexpr std::size_t kMaxSentencesBack = 3;
  if (records.empty() || !records.back().trigger) return nullptr;
  const FineRecord& last = records.back();
  const std::size_t previous_sentence = ctx.sentence_of(last.sentence.begin);
  if (previous_sentence >= s || s - previous_sentence > kMaxSentencesBack) return nullptr;
  const MoneyMention& total = ctx.doc.money[static_cast<std::size_t>(last.money)];
  if (total.currency != money.currency || money.value.to_double() >= total.value.to_double()) return nullptr;
  const std::string_view text = ctx.doc.text;
  const auto names = ctx.parties_in({sentence.begin, money.span.begin});
  if (names.empty()) return nullptr;
  const std::string_view joint = ctx.text_of({names.back().span.end, money.span.begin});
  const bool in_parentheses = joint == " (" && money.span.end < text.size() && text[money.span.end] == ')';
  // The joint word may follow where the party is from: "die X AG aus Andernach mit 12,4 Mio.".
  // A comma may set the joint off: "Seguono Luce&Gas Adriatica Srl, con 980mila euro".
  const auto joint_word = [&] {
    const std::size_t lead = joint.starts_with(", ") ? 2 : 1;
    if (joint.size() < lead + 2 || joint[lead - 1] != ' ' || joint.back() != ' ') return false;
    const std::string_view words = joint.substr(lead, joint.size() - lead - 1);
    const std::size_t space = words.rfind(' ');
    const std::string_view word = space == std::string_view::npos ? words : words.substr(space + 1);
    if (space != std::string_view::npos) {
      constexpr std::ptrdiff_t kMaxPlaceWords = 4;
      const std::string_view place = words.substr(0, space);
      if (std::count(place.begin(), place.end(), ' ') >= kMaxPlaceWords || !lowercase_word(place.substr(0, place.find(' '))) ||
          place.find_first_of(".,;:()0123456789") != std::string_view::npos)
        return false;
    }
    return lowercase_word(word) && ctx.lexicon.is_item_joint(word, ctx.doc.language);
  };
  if (!in_parentheses && !joint_word()) return nullptr;
  for (std::size_t k = previous_sentence + 1; k < s; ++k)
    if (!ctx.money_in(ctx.doc.sentences[k]).empty()) return nullptr;
  const Cue* tie = nullptr;
  bool as_total = false;
  // The fine before may be the largest share itself ("La multa più pesante, pari a 1,75 milioni,
  // riguarda X. Seguono Y, con 980mila euro, ..."), which says there are more.
  for (const Cue& c : ctx.cues_in(last.sentence)) {
    if (c.span == *last.trigger) tie = &c;
    if (c.kind == CueKind::total || c.kind == CueKind::record ||
        (c.kind == CueKind::trigger && ctx.lexicon.is_plural_fine(ctx.doc.text, c.span, ctx.doc.language)))
      as_total = true;
  }
  return as_total ? tie : nullptr;
}

namespace {

// "- Garante privacy: 1,8 milioni di euro a TeleSud S.p.A. per telemarketing", "– UODO: 350 tys.
// zł dla Centrum Medycznego Vitalis": a list line opened by the body that fines and a colon,
// then the amount and the name a word or two after it.
Span body_line_name(const DocumentContext& ctx, Span sentence, Span money) {
  constexpr std::size_t kMaxCueWords = 2;  // "a", "dla", "to the"
  const std::string_view before = ctx.text_of({sentence.begin, money.begin});
  const auto bodies = ctx.authorities_in({sentence.begin, money.begin});
  if (list_mark_length(before) == 0 || !before.ends_with(": ") || bodies.empty() || before.find_first_of(".;()0123456789") != std::string_view::npos)
    return {};
  for (const PartyMention& p : ctx.parties_in({money.end, sentence.end}))
    if (!p.country && !p.description && !ctx.names_authority(p))
      return ctx.word_gap(money, p.span) <= kMaxCueWords &&
                     ctx.text_of({money.end, p.span.begin}).find_first_of(",;:()") == std::string_view::npos
                 ? p.span
                 : Span{};
  return {};
}

}  // namespace

Span list_item(const DocumentContext& ctx, Span sentence, Span money) {
  if (money.end - sentence.begin > policy.max_list_line) return {};
  if (ctx.triggers < policy.min_triggers_for_lists && !introduced_as_fines(ctx, ctx.sentence_of(sentence.begin)))
    return {};
  const auto names = ctx.parties_in(sentence);
  if (names.empty()) return {};
  if (names.front().span.end > money.begin) return body_line_name(ctx, sentence, money);
  const Span name = names.front().span;
  auto lowercase_words = [](std::string_view t) {
    for (const char c : t)
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || std::string_view(".,;:()\n").find(c) != std::string_view::npos)
        return false;
    return true;
  };
  // Before the name: a list mark ("- ", "* ", "• "), the year of a table of past fines ("2021 –
  // Rakennus Hirvonen Oy – 25 000 euroa") and at most a short lowercase description.
  std::string_view before = ctx.text_of({sentence.begin, name.begin});
  const std::size_t mark_bytes = list_mark_length(before);
  const bool bulleted = mark_bytes > 0;
  before.remove_prefix(mark_bytes);
  // What the lines below read more closely comes first.
  const bool capitalised = before.empty() || !(before.front() >= 'a' && before.front() <= 'z');
  const Span bulleted_item = bulleted && capitalised && before.find_first_of(".,;:()0123456789") == std::string_view::npos
                                 ? bulleted_line_name(ctx, name.begin - before.size(), money)
                                 : Span{};
  if (before.size() > 4 && std::all_of(before.begin(), before.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
    for (const std::string_view joint : {" - ", " \u2013 ", " \u2014 ", ": "})
      if (before.substr(4) == joint) {
        before = {};
        break;
      }
  if (before.size() > 4 && (before.size() > policy.max_list_lowercase || !lowercase_words(before))) return bulleted_item;
  std::size_t name_end = name.end;
  // A name holding a small joining word is one name on a line of the list: "Viajes y Rutas del
  // Órbigo, S.L.: 1.980.000 euros".
  constexpr std::size_t kMaxJoint = 5;  // " und ", with its spaces
  for (std::size_t k = 1; k < names.size() && names[k].span.end <= money.begin; ++k) {
    const std::string_view joint = ctx.text_of({name_end, names[k].span.begin});
    if (joint.size() < 3 || joint.size() > kMaxJoint || joint.front() != ' ' || joint.back() != ' ' ||
        !lowercase_words(joint) || joint.find(' ', 1) != joint.size() - 1)
      break;
    name_end = names[k].span.end;
  }
  std::string_view between = ctx.text_of({name_end, money.begin});
  // A place set off by a comma may follow the name: "Kessler GmbH, Mannheim: 9,8 Mio. Euro".
  if (between.starts_with(", ")) {
    const std::size_t mark = std::min({between.find(':'), between.find('|'), between.find(" \u2013"), between.find(" - ")});
    const std::string_view place = between.substr(2, mark == std::string_view::npos ? 0 : mark - 2);
    if (mark != std::string_view::npos && mark <= policy.max_list_aside && !place.empty() &&
        !(place.front() >= 'a' && place.front() <= 'z') && place.find_first_of(",;()0123456789") == std::string_view::npos)
      between = between.substr(mark);
  }
  // An aside in parentheses may follow the name: "(Italien)".
  if (const auto open = between.find('('); open != std::string_view::npos) {
    const auto close = between.find(')', open);
    if (close == std::string_view::npos || close - open > policy.max_list_aside ||
        between.substr(0, open).find_first_not_of(' ') != std::string_view::npos)
      return bulleted_item;
    between = between.substr(close + 1);
  } else if (const auto mark = between.find(" - ") != std::string_view::npos ? between.find(" - ") + 1
                                                                          : between.find_first_of(":|");
             mark != std::string_view::npos && mark > 4 && mark <= policy.max_list_lowercase &&
             lowercase_words(between.substr(0, mark))) {
    // Lowercase words that end the name: "Moravská družstevní záložna – 4,5 mil. Kč".
    std::size_t end = mark;
    while (end > 0 && between[end - 1] == ' ') --end;
    name_end += end;
    between = between.substr(mark);
  }
  if (between.size() > 4) return bulleted_item;
  if (between.find_first_of("-:|") == std::string_view::npos && between.find("\u2013") == std::string_view::npos &&
      between.find("\u2014") == std::string_view::npos)
    return bulleted_item;
  return {name.begin, name_end};
}

bool parallel_clause(const DocumentContext& ctx, Span previous, Span money) {
  if (previous.end > money.begin) return false;
  const std::string_view text = ctx.doc.text;
  // The word right before an amount: a lowercase preposition of at most four letters.
  auto word_before = [&](std::size_t pos) -> std::string_view {
    if (pos < 2 || text[pos - 1] != ' ') return {};
    const std::size_t space = text.rfind(' ', pos - 2);
    if (space == std::string_view::npos) return {};
    const std::string_view word = text.substr(space + 1, pos - 2 - space);
    constexpr std::size_t kMaxWord = 4;
    if (word.size() > kMaxWord || !lowercase_word(word))
      return {};
    return word;
  };
  const std::string_view prep = word_before(previous.begin);
  if (prep.empty() || word_before(money.begin) != prep) return false;
  // What stands before the repeated preposition ends with the conjunction (", y ", " et ").
  const std::size_t head_end = money.begin - prep.size() - 1;
  if (head_end <= previous.end + 1) return false;
  const std::string_view head = text.substr(previous.end, head_end - previous.end);
  if (head.find_first_of(";:!?()\n") != std::string_view::npos) return false;
  // A full stop ends the clause unless it ends an abbreviation inside it ("S.p.A., piattaforma").
  for (std::size_t dot = head.find('.'); dot != std::string_view::npos; dot = head.find('.', dot + 1))
    if (dot + 2 < head.size() && head[dot + 1] == ' ' && head[dot + 2] >= 'A' && head[dot + 2] <= 'Z') return false;
  // The conjunction is the last word or the last few ("y otra de 250.000 euros", "et une autre
  // de"); the comma before it may be written or not (", y ", " y ").
  constexpr int kLongestConjunction = 3;  // words
  std::size_t space = head.size() - 1;
  for (int words = 0; words < kLongestConjunction; ++words) {
    space = head.rfind(' ', space - 1);
    if (space == std::string_view::npos || space == 0) return false;
    if (ctx.lexicon.is_coordination(head.substr(space), ctx.doc.language) ||
        (head[space - 1] == ',' && ctx.lexicon.is_coordination(head.substr(space - 1), ctx.doc.language)))
      return true;
  }
  return false;
}

bool parallel_party(const DocumentContext& ctx, const FineRecord& previous, Span money) {
  const Span before_amount = ctx.doc.money[static_cast<std::size_t>(previous.money)].span;
  if (!previous.entity || previous.entity_inherited || previous.entity->end > before_amount.begin ||
      before_amount.end > money.begin)
    return false;
  const std::string_view text = ctx.doc.text;
  // The one or two lowercase words before the party ("auf die", "a").
  constexpr int kMaxWords = 2;
  std::size_t opening = previous.entity->begin;
  for (int words = 0; words < kMaxWords; ++words) {
    if (opening < 2 || text[opening - 1] != ' ') break;
    const std::size_t space = text.rfind(' ', opening - 2);
    const std::size_t start = space == std::string_view::npos ? 0 : space + 1;
    const std::string_view word = text.substr(start, opening - 1 - start);
    if (word.empty() || !std::all_of(word.begin(), word.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
        }))
      break;
    opening = start;
  }
  if (opening == previous.entity->begin) return false;
  const std::size_t length = previous.entity->begin - opening;  // the words and the space after them
  const std::string_view after = text.substr(before_amount.end, money.begin - before_amount.end);
  const std::size_t name_at = before_amount.end + 2 + length;
  if (!after.starts_with(", ") || name_at >= money.begin ||
      fold_case(text.substr(before_amount.end + 2, length)) != fold_case(text.substr(opening, length)))
    return false;
  const auto names = ctx.parties_in({name_at, money.begin});
  if (names.empty() || names.front().span.begin != name_at) return false;
  const std::string_view rest = ctx.text_of({names.front().span.end, money.begin});
  constexpr std::ptrdiff_t kMaxWordsAfterName = 5;
  return rest.find_first_of(".,;:()0123456789") == std::string_view::npos &&
         std::count(rest.begin(), rest.end(), ' ') <= kMaxWordsAfterName;
}

}  // namespace finex
