#include "fines/slot_rules.h"

#include <algorithm>
#include <cmath>

#include "entities/party_letters.h"
#include "text/code_points.h"

namespace finex::slot_rules {

const Span& span_of_authority(const AuthorityMention& a) { return a.span; }

namespace {

// A name rather than a description: a capital after its first word ("Consejo de Ministros",
// "Amtsgericht Augsburg"), which "the court" at a sentence's start does not have.
bool written_as_name(std::string_view text) {
  for (std::size_t space = text.find(' '); space != std::string_view::npos; space = text.find(' ', space + 1)) {
    std::size_t length = 0;
    if (space + 1 < text.size() && party_letters::is_upper(code_point_at(text, space + 1, length))) return true;
  }
  return false;
}

}  // namespace

bool same_authority(const DocumentContext& ctx, const AuthorityMention& a, const AuthorityMention& b) {
  if (a.authority != nullptr && b.authority != nullptr) return a.authority == b.authority;
  if (a.body || b.body) {
    // A court known only as written is its mention, or another mention of the same name.
    if (a.span == b.span) return true;
    const std::string_view name = ctx.text_of(a.span);
    // "la Confederación Hidrográfica del Guadalquivir (CHG)" and "la CHG": the short form the
    // text gives in brackets after the name.
    auto short_form = [&](const AuthorityMention& full, const AuthorityMention& short_one) {
      const std::string_view written = ctx.text_of(short_one.span);
      const std::string_view after = ctx.doc.text.substr(full.span.end);
      return !written.empty() && after.size() > written.size() + 2 && after.starts_with(" (") &&
             after.substr(2, written.size()) == written && after[written.size() + 2] == ')';
    };
    if (short_form(a, b) || short_form(b, a)) return true;
    return a.body && b.body && a.authority == b.authority && name == ctx.text_of(b.span) && written_as_name(name);
  }
  return !a.country.empty() && a.country == b.country;
}

std::string_view country_of(const AuthorityMention& a) {
  return a.authority != nullptr ? std::string_view(a.authority->country) : std::string_view(a.country);
}

// How much a date says: a resolved full date beats a month, a year or an unresolved date.
int date_rank(const DocumentContext& ctx, int index) {
  if (index < 0) return -1;
  const DateMention& d = ctx.doc.dates[static_cast<std::size_t>(index)];
  const int known = static_cast<int>(std::count_if(d.value.begin(), d.value.end(),
                                                   [](char c) { return c >= '0' && c <= '9'; }));
  return (d.resolution == DateResolution::unresolved ? 0 : 100) + known;
}

bool is_time_limit(const DocumentContext& ctx, const DateMention& d) {
  const Span sentence = ctx.doc.sentences.empty() ? Span{0, ctx.doc.text.size()}
                                                  : ctx.doc.sentences[ctx.sentence_of(d.span.begin)];
  for (const Cue& c : ctx.cues_in(sentence))
    // "since last year, when X agreed to pay ...": a day counted from publication after "since"
    // may date what the clause after it reports; a year written out starts a state.
    if (((c.kind == CueKind::deadline || c.kind == CueKind::cap ||
          (c.kind == CueKind::since && d.resolution == DateResolution::explicit_date)) &&
         c.span.end <= d.span.begin &&
         d.span.begin - c.span.end <= 2) ||
        (c.kind == CueKind::deadline_after && c.span.begin >= d.span.end && c.span.begin - d.span.end <= 2))
      return true;
  return false;
}

bool names_law(const DocumentContext& ctx, const DateMention& d) {
  const std::size_t sentence = ctx.sentence_of(d.span.begin);
  const Span in = ctx.doc.sentences.empty() ? Span{0, ctx.doc.text.size()} : ctx.doc.sentences[sentence];
  for (const Cue& c : ctx.cues_in({in.begin, d.span.begin}))
    if (c.kind == CueKind::law && c.span.end + 1 == d.span.begin && ctx.doc.text[c.span.end] == ' ') return true;
  return false;
}

bool dates_offence(const DocumentContext& ctx, const DateMention& d) {
  const std::size_t sentence = ctx.sentence_of(d.span.begin);
  const std::size_t reach = ctx.words().reach_before(d.span.begin, policy.max_offence_gap);
  const auto cues = ctx.cues_in({reach, d.span.begin});
  for (const Cue& c : cues)
    if (c.kind == CueKind::offence && c.span.end <= d.span.begin && ctx.sentence_of(c.span.begin) == sentence &&
        ctx.text_of({c.span.end, d.span.begin}).find_first_of(",;:()") == std::string_view::npos &&
        // "lors de sa séance du 16 janvier": a word naming the decision between opens no offence.
        std::none_of(cues.begin(), cues.end(), [&](const Cue& x) {
          return x.kind == CueKind::decision && x.span.begin >= c.span.end && x.span.end <= d.span.begin;
        }))
      return true;
  return false;
}

bool in_relative_clause_of(const DocumentContext& ctx, std::span<const Cue> cues, const Cue& noun, Span target) {
  for (const Cue& r : cues) {
    if (r.kind != CueKind::relative || r.span.begin < noun.span.end || r.span.end > target.begin) continue;
    const std::string_view before = ctx.text_of({noun.span.end, r.span.begin});
    const std::size_t comma = before.find(',');
    if (comma == std::string_view::npos || before.find_first_not_of(' ', comma + 1) != std::string_view::npos ||
        before.find_first_of(".;:!?()\n") != std::string_view::npos ||
        ctx.word_gap(noun.span, r.span) > policy.max_relative_noun_gap)
      continue;
    if (ctx.text_of({r.span.end, target.begin}).find_first_of(",;:!?()\n") != std::string_view::npos ||
        ctx.word_gap(r.span, target) > policy.max_relative_clause_gap)
      continue;
    return std::none_of(cues.begin(), cues.end(), [&](const Cue& c) {
      return (c.kind == CueKind::trigger || c.kind == CueKind::periodic) && c.span.begin >= noun.span.end &&
             c.span.end <= target.begin;
    });
  }
  return false;
}

bool described_as_other_money(const DocumentContext& ctx, const MoneyMention& m) {
  const Span sentence = ctx.doc.sentences.empty() ? Span{0, ctx.doc.text.size()}
                                                  : ctx.doc.sentences[ctx.sentence_of(m.span.begin)];
  constexpr std::string_view kStops = ".,;:!?()\n";
  for (const Cue& c : ctx.cues_in(sentence)) {
    if (c.kind != CueKind::not_fine) continue;
    if (c.span.end <= m.span.begin && ctx.word_gap(c.span, m.span) <= policy.max_description_before_gap &&
        ctx.text_of({c.span.end, m.span.begin}).find_first_of(kStops) == std::string_view::npos)
      return true;
    if (m.span.end <= c.span.begin && ctx.word_gap(m.span, c.span) <= policy.max_description_gap &&
        ctx.text_of({m.span.end, c.span.begin}).find_first_of(kStops) == std::string_view::npos)
      return true;
  }
  return false;
}

bool dates_other_money(const DocumentContext& ctx, const DateMention& d) {
  const Span sentence = ctx.doc.sentences.empty() ? Span{0, ctx.doc.text.size()}
                                                  : ctx.doc.sentences[ctx.sentence_of(d.span.begin)];
  const auto cues = ctx.cues_in(sentence);
  for (const Cue& c : cues) {
    if (c.kind != CueKind::not_fine || c.span.end > d.span.begin) continue;
    // A year only: "damages on 12 March" may well date the decision.
    if (d.value.size() == 4 && ctx.word_gap(c.span, d.span) <= policy.max_description_before_gap &&
        ctx.text_of({c.span.end, d.span.begin}).find_first_of(".,;:!?()\n") == std::string_view::npos)
      return true;
    if (in_relative_clause_of(ctx, cues, c, d.span)) return true;
  }
  return false;
}

bool announced_item(const DocumentContext& ctx, Span fine_word, Span money) {
  return fine_word.end <= money.begin && ctx.text_of({fine_word.end, money.begin}).find(':') != std::string_view::npos;
}

bool unit_price(const DocumentContext& ctx, const MoneyMention& m) {
  // A phrase may be long ("stawek dziennych po"): what counts is how near its end is.
  const std::size_t near = ctx.words().reach_before(m.span.begin, policy.max_cap_gap);
  const std::size_t reach = near > policy.longest_unit_price ? near - policy.longest_unit_price : 0;
  const auto cues = ctx.cues_in({reach, m.span.begin});
  for (const Cue& c : cues)
    if (c.kind == CueKind::unit_price && c.span.end <= m.span.begin &&
        ctx.word_gap(c.span, m.span) <= policy.max_cap_gap &&
        // "po 150 zł (45 000 zł)": the price is the amount right after the phrase, not the total
        // that follows it.
        ctx.money_in({c.span.end, m.span.begin}).empty() &&
        // "60 dagsböter om sammanlagt 15 000 kronor": a word of a total between gives the fine.
        std::none_of(cues.begin(), cues.end(), [&](const Cue& t) {
          return t.kind == CueKind::total && t.span.begin >= c.span.end && t.span.end <= m.span.begin;
        }))
      return true;
  return false;
}

namespace {

// Fines in the plural near the amount, and no one party marked as fined in its clause.
bool plural_without_party(const DocumentContext& ctx, const MoneyMention& m, Span sentence) {
  const auto cues = ctx.cues_in(sentence);
  const bool plural = std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
    return c.kind == CueKind::trigger && ctx.word_gap(c.span, m.span) <= policy.max_period_total_gap &&
           ctx.lexicon.is_plural_fine(ctx.doc.text, c.span, ctx.doc.language) &&
           !crosses_amount(ctx, c.span, m.span, sentence) && !announced_item(ctx, c.span, m.span);
  });
  if (!plural) return false;
  // A clause that follows the amount's own says something else of it: "setzte die FKS 2024
  // fest, ein erheblicher Teil davon in der Kurierbranche".
  const std::size_t comma = ctx.doc.text.find(", ", m.span.end);
  const Span clause{sentence.begin, std::min(sentence.end, comma)};
  // A word "Bußgelder" or "Allein" opening a sentence is no party: only a name known as fined, or
  // one a cue marks ("gegen die X GmbH", "gegen ein Unternehmen"), makes the fines one party's.
  const auto names = ctx.parties_in(clause);
  return !ctx.has_cued_party_near(m.span) &&
         std::none_of(names.begin(), names.end(), [&](const PartyMention& p) { return ctx.is_known_party(p); });
}

Span sentence_at(const DocumentContext& ctx, std::size_t pos) {
  return ctx.doc.sentences.empty() ? Span{0, ctx.doc.text.size()} : ctx.doc.sentences[ctx.sentence_of(pos)];
}

}  // namespace

bool period_total(const DocumentContext& ctx, const MoneyMention& m, Span sentence) {
  if (!plural_without_party(ctx, m, sentence)) return false;
  if (ctx.has_cue(sentence, CueKind::period)) return true;
  // "Insgesamt seien Bußgelder von 376 Mio. Euro festgesetzt worden": the total of a period
  // stated again, without its period.
  for (const MoneyMention& e : ctx.doc.money) {
    if (e.span.end > sentence.begin) break;
    if (e.currency != m.currency || !close_values(e.value, m.value)) continue;
    const Span earlier = sentence_at(ctx, e.span.begin);
    if (ctx.has_cue(earlier, CueKind::period) && plural_without_party(ctx, e, earlier)) return true;
  }
  return false;
}

bool crosses_amount(const DocumentContext& ctx, Span a, Span money, Span sentence) {
  const Span between{std::min(a.end, money.end), std::max(a.begin, money.begin)};
  const auto amounts = ctx.money_in(sentence);
  // Amounts are in text order: only the first one starting inside `between` needs a look.
  auto it = std::lower_bound(amounts.begin(), amounts.end(), between.begin,
                             [](const MoneyMention& m, std::size_t pos) { return m.span.begin < pos; });
  // The other end of the amount's own range is no other amount: "1 000 ja 800 euron sakot".
  int partner = -1;
  for (const MoneyMention& m : amounts)
    if (m.span == money) partner = m.range_with;
  for (; it != amounts.end() && it->span.end <= between.end; ++it)
    if (it->equivalent_of < 0 && !(it->span == money) && !unit_price(ctx, *it) &&
        !(partner >= 0 && static_cast<std::size_t>(partner) < ctx.doc.money.size() &&
          &*it == &ctx.doc.money[static_cast<std::size_t>(partner)]))
      return true;
  return false;
}

bool leading_digits_of(double headline, double exact) {
  if (headline < 1 || exact < 1) return false;
  double unit = 1;
  while (std::fmod(headline, unit * 10) == 0) unit *= 10;
  return exact - headline < unit && headline - exact < unit / 2;
}

int significant_digits(const Decimal& value) {
  int digits = 0;
  for (std::int64_t x = value.normalized().mantissa; x != 0; x /= 10) ++digits;
  return digits;
}

bool close_values(const Decimal& a, const Decimal& b, double tolerance) {
  const double x = a.to_double(), y = b.to_double();
  return std::fabs(x - y) <= tolerance * std::max(std::fabs(x), std::fabs(y));
}


bool approximate(const DocumentContext& ctx, const MoneyMention& m, Span sentence) {
  for (const Cue& c : ctx.cues_in(sentence))
    if (c.kind == CueKind::approximate && c.span.end <= m.span.begin && m.span.begin - c.span.end <= 2) return true;
  return false;
}

// The sentence after sentence `s` opens with a phrase that reports who decided, or when, what
// sentence `s` said ("... en bøde på 9 mio. kr. Det oplyste sparekassen tirsdag.").
bool followed_up(const DocumentContext& ctx, std::size_t s) {
  if (s + 1 >= ctx.doc.sentences.size()) return false;
  const Span next = ctx.doc.sentences[s + 1];
  for (const Cue& c : ctx.cues_in(next))
    if (c.kind == CueKind::follow_up && c.span.begin <= next.begin + 3) return true;
  return false;
}

}  // namespace finex::slot_rules
