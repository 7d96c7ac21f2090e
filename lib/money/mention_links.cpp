#include "money/mention_links.h"

#include <algorithm>
#include <array>
#include <cstdlib>

#include "money/column_currency.h"

namespace finex::money {
namespace {

constexpr std::size_t kMaxOpenerGap = 1;   // "da oltre un miliardo a ...": one word between
constexpr std::size_t kMaxParenthesis = 30;  // tokens searched for the ")" of a conversion
constexpr std::size_t kMaxConversionGap = 2;  // words between a conversion phrase and its amount
constexpr double kMaxRangeRatio = 1000;  // how many times one end of a range may exceed the other

bool has_currency(const AmountCandidate& c) { return !c.iso.empty(); }

// What a range connector makes of two amounts: the bounds of one amount ("between €10m and
// €20m"), a change from one to the other ("z 3,2 mln zł do 1,9 mln zł"), or a list of two
// amounts written in parallel ("henholdsvis 20.000 og 15.000 kr.").
enum class RangeKind { bounds, change, list };

// "between" (or "from") before the first end, allowing one word such as "oltre", "about".
bool opener_before(const TokenizedText& text, const AmountCandidate& first,
                   const LexiconEntry& closer, RangeKind& kind) {
  kind = RangeKind::bounds;
  for (std::size_t k = 0; k < closer.openers.size(); ++k)
    for (std::size_t gap = 0; gap <= kMaxOpenerGap && gap <= first.first_token; ++gap)
      if (Lexicon::phrase_ends_at(text, first.first_token - gap, closer.openers[k])) {
        if (k < closer.opener_changes.size() && closer.opener_changes[k]) kind = RangeKind::change;
        if (k < closer.opener_lists.size() && closer.opener_lists[k]) kind = RangeKind::list;
        return true;
      }
  if (closer.any_opener_list) kind = RangeKind::list;
  return closer.any_opener;
}

// The one currency written in the document, or "" when it writes several or none.
std::string_view single_written_currency(const std::vector<AmountCandidate>& cands) {
  std::string_view iso;
  for (const AmountCandidate& c : cands) {
    if (!c.currency) continue;
    if (!iso.empty() && iso != c.currency->iso) return "";
    iso = c.currency->iso;
  }
  return iso;
}

void link_ranges(const TokenizedText& text, const Lexicon& lexicon,
                 std::vector<AmountCandidate>& cands, std::vector<int>& range_with) {
  for (std::size_t k = 0; k + 1 < cands.size(); ++k) {
    AmountCandidate& a = cands[k];
    AmountCandidate& b = cands[k + 1];
    if (a.end_token >= text.tokens.size() || text.tokens[a.end_token].after_break) continue;
    // "4,2 miljoonasta eurosta 2,8 miljoonaan euroon": the currency's case forms alone say
    // from which amount to which the fine changed.
    if (a.currency != nullptr && a.currency->change_from && b.currency != nullptr && b.currency->change_to &&
        a.after_token == b.first_token && a.currency->iso == b.currency->iso) {
      range_with[k] = static_cast<int>(k + 1);
      range_with[k + 1] = static_cast<int>(k);
      b.change_end = true;
      continue;
    }
    auto closer = lexicon.match(text, a.end_token, Role::range_close);
    if (!closer || closer->end != b.first_token) continue;
    RangeKind kind = RangeKind::bounds;
    if (!opener_before(text, a, *closer->entry, kind)) continue;
    if (closer->entry->backward) kind = RangeKind::list;
    if (!has_currency(a) && !has_currency(b)) {
      // "rebajó de 3 millones a 1,2 millones la multa": two scaled ends in the one currency the
      // text writes elsewhere; a plain number may count anything.
      const std::string_view single = a.power > 0 && b.power > 0 ? single_written_currency(cands) : "";
      if (single.empty()) continue;
      a.iso = b.iso = single;
    }
    if (closer->entry->backward && (has_currency(a) || !has_currency(b))) continue;
    // "multas de 18,85 millones de euros a cuatro empresas": a bare number far below the other
    // end counts something else.
    if (!has_currency(b) && b.value.to_double() * kMaxRangeRatio < a.value.to_double()) continue;
    // "una multa de 3.600 euros —seis meses con una cuota diaria de 20 euros—": a dash before a
    // smaller bare number opens an aside; a range written with a dash runs upwards.
    const Token& dash = text.tokens[a.end_token];
    const std::string_view joint = text.raw(dash);
    const bool is_dash = joint == "-" || joint == "\u2013" || joint == "\u2014";
    if (!has_currency(b) && b.value < a.value && is_dash) continue;
    // "una cuota diaria de 10 euros —1.800 euros en total—": a dash set apart from the amount
    // before it and glued to the one after opens an aside, as it does between words.
    if (is_dash && !dash.glued && a.end_token + 1 < text.tokens.size() && text.tokens[a.end_token + 1].glued) continue;
    if (!has_currency(a)) {
      a.iso = b.iso;
      // "entre 10 et 20 millions" shares the scale; "mellan 100 000 och en miljon kronor" does
      // not: a number of thousands is written whole.
      if (a.power == 0 && b.power > 0 && a.value.to_double() < 1000)
        if (auto scaled = a.number.scaled(b.power)) {
          a.value = *scaled;
          a.power = b.power;
        }
    } else if (!has_currency(b)) {
      b.iso = a.iso;
    }
    if (a.period == Period::none) a.period = b.period;
    range_with[k] = static_cast<int>(k + 1);
    range_with[k + 1] = static_cast<int>(k);
    // Bounds run upwards: "da 8 a 5,5 milioni", "de 60.000 a 35.000 euros" go from an amount
    // to a smaller one that replaced it.
    if (kind == RangeKind::bounds && b.value < a.value) kind = RangeKind::change;
    b.change_end = kind == RangeKind::change;
    a.bounds = b.bounds = kind == RangeKind::bounds;
  }
}

// Whether the amount `c` ends a line of a list, right after the item it belongs to and a colon,
// a bar or a dash ("Norvia Air: 9,1 millones", "SkyVela – 29,7 millones"); not a headline's
// last words after its colon ("..., il Tar taglia la multa: da 5 a 3,5 milioni").
bool ends_list_line(const TokenizedText& text, const AmountCandidate& c) {
  constexpr std::size_t kMaxItemTokens = 12;  // a name of a few words
  if (c.first_token < 2) return false;
  const Token& mark = text.tokens[c.first_token - 1];
  const std::string_view written = text.raw(mark);
  if (mark.kind != TokenKind::punct || mark.after_break ||
      !(written == ":" || written == "|" || written == "-" || written == "\u2013"))
    return false;
  for (std::size_t k = c.first_token - 1; k-- > 0;) {
    if (text.tokens[k].after_break || k == 0) return c.first_token - 1 - k <= kMaxItemTokens;
    if (c.first_token - 1 - k > kMaxItemTokens) return false;
  }
  return false;
}

// What follows an amount with no written currency must not be a noun it counts.
bool may_take_currency(const TokenizedText& text, const Lexicon& lexicon,
                       const AmountCandidate& c) {
  if (c.power == 0) return false;
  if (c.after_token >= text.tokens.size()) return true;
  const Token& next = text.tokens[c.after_token];
  if (next.after_break && ends_list_line(text, c)) return true;
  if (next.kind == TokenKind::punct) return text.raw(next) != "%";
  if (next.kind == TokenKind::word) return lexicon.match(text, c.after_token, Role::follower).has_value();
  return false;
}

void imply_currencies(const TokenizedText& text, const Lexicon& lexicon,
                      std::vector<AmountCandidate>& cands, const std::vector<int>& range_with) {
  const std::string_view single_currency = single_written_currency(cands);
  for (std::size_t k = 0; k < cands.size(); ++k) {
    AmountCandidate& c = cands[k];
    if (has_currency(c) || range_with[k] >= 0) continue;
    // "40.000 και 15.000 ευρώ", "40,000 and 15,000 euros", "24.000 bzw. 61.750 Euro": a plain
    // number joined by one follower phrase to the next amount takes its currency (and its
    // scale, for a small number: "3 and 4 million euros"). Not a year, nor a small count.
    const auto joiner = c.after_token < text.tokens.size() && text.tokens[c.after_token].kind == TokenKind::word
                            ? lexicon.match(text, c.after_token, Role::follower)
                            : std::nullopt;
    if (c.power == 0 && k + 1 < cands.size() && cands[k + 1].currency &&
        cands[k + 1].sentence == c.sentence && joiner && cands[k + 1].first_token == joiner->end) {
      const double v = c.value.to_double();
      const AmountCandidate& b = cands[k + 1];
      // Below 100 a number may count something ("24 and 30,000 euros"), but not before a
      // scaled amount: "rispettivamente 4,2 e 3,6 milioni di euro" are two amounts in millions.
      const bool scaled_pair = b.power > 0 && v > 0;
      if ((v >= 100 || scaled_pair) && !(v >= 1900 && v <= 2100 && c.value.is_integer())) {
        c.iso = b.currency->iso;
        if (b.power > 0 && v < 1000)
          if (auto scaled = c.number.scaled(b.power)) {
            c.value = *scaled;
            c.power = b.power;
          }
        continue;
      }
    }
    if (!may_take_currency(text, lexicon, c)) continue;
    const AmountCandidate* best = nullptr;
    std::size_t best_distance = 0;
    for (const AmountCandidate& other : cands) {
      if (!other.currency) continue;  // only a written currency is evidence
      const bool same = other.sentence == c.sentence;
      const bool previous = other.sentence + 1 == c.sentence;
      if (!same && !previous) continue;
      const std::size_t distance = other.first_token > c.first_token
                                       ? other.first_token - c.first_token
                                       : c.first_token - other.first_token;
      const bool better = !best || (same && best->sentence != c.sentence) ||
                          ((same == (best->sentence == c.sentence)) && distance < best_distance);
      if (better) {
        best = &other;
        best_distance = distance;
      }
    }
    if (best) c.iso = best->currency->iso;
    else if (!single_currency.empty()) c.iso = single_currency;
  }
  // "deberán pagar 1,9 y 1,3 millones, respectivamente": a plain number joined to a scaled amount
  // whose currency the text implies takes that scale and currency too, once the second has one.
  for (std::size_t k = cands.size(); k-- > 1;) {
    AmountCandidate& c = cands[k - 1];
    const AmountCandidate& b = cands[k];
    if (has_currency(c) || range_with[k - 1] >= 0 || c.power != 0 || b.currency || !has_currency(b) ||
        b.power == 0 || b.sentence != c.sentence || c.after_token >= text.tokens.size() ||
        text.tokens[c.after_token].kind != TokenKind::word)
      continue;
    const auto joiner = lexicon.match(text, c.after_token, Role::follower);
    const double v = c.value.to_double();
    if (!joiner || b.first_token != joiner->end || v <= 0 || v >= 1000) continue;
    if (auto scaled = c.number.scaled(b.power)) {
      c.iso = b.iso;
      c.value = *scaled;
      c.power = b.power;
    }
  }
}

// "multas de 400.000, 180.000 y 120.000 euros": a plain number before a comma and a number that
// took the currency of a list's last amount (imply_currencies) is an item of that list too.
void list_currencies(const TokenizedText& text, std::vector<AmountCandidate>& cands,
                     const std::vector<int>& range_with) {
  for (std::size_t k = cands.size(); k-- > 1;) {
    AmountCandidate& c = cands[k - 1];
    const AmountCandidate& b = cands[k];
    if (has_currency(c) || range_with[k - 1] >= 0 || c.power != 0 || b.currency || !has_currency(b) ||
        b.power != 0 || b.sentence != c.sentence || c.after_token + 1 != b.first_token ||
        c.after_token >= text.tokens.size() || text.raw(text.tokens[c.after_token]) != ",")
      continue;
    const double v = c.value.to_double();
    if (v < 100 || (v >= 1900 && v <= 2100 && c.value.is_integer())) continue;  // a count, a year
    c.iso = b.iso;
  }
}

// The money of the country the text names most often (the first named on a tie), by the places
// of money_countries.tsv, if it names it `at_least` times; empty when it names none so often.
std::string_view named_country_money(const TokenizedText& text, const Lexicon& lexicon, int at_least) {
  struct Count {
    std::string_view iso;
    int times = 0;
  };
  std::array<Count, 8> counts{};  // a text names a few countries at most
  std::size_t named = 0;
  for (std::size_t i = 0; i < text.tokens.size();) {
    const auto place = lexicon.match(text, i, Role::country);
    if (!place) {
      ++i;
      continue;
    }
    i = place->end;
    std::size_t k = 0;
    while (k < named && counts[k].iso != place->entry->iso) ++k;
    if (k == counts.size()) continue;
    if (k == named) counts[named++].iso = place->entry->iso;
    ++counts[k].times;
  }
  const Count* most = nullptr;
  for (std::size_t k = 0; k < named; ++k)
    if (most == nullptr || counts[k].times > most->times) most = &counts[k];
  return most && most->times >= at_least ? most->iso : std::string_view();
}

// A bare "$" is the dollar the document names, when it names one ("A$", "Canadian dollars").
// Where a country's press writes its own money "$" (the peso, the Australian dollar), it is the
// money of the country the text names most: once will do beside a word for the money
// ("pesos") or a dollar written with its name ("US$", which a bare "$" then is not); a "$"
// alone needs the country named twice ("ACCC ... Brisbane"), as a story from elsewhere may name
// a country once in passing.
void resolve_dollars(const TokenizedText& text, const Lexicon& lexicon, std::vector<AmountCandidate>& cands) {
  std::string_view named;
  for (const AmountCandidate& c : cands)
    if (c.currency && c.currency->named_dollar) {
      named = c.currency->iso;
      break;
    }
  for (AmountCandidate& c : cands)
    if (!named.empty() && c.currency && c.currency->bare_dollar) c.iso = named;
  // Where the peso is the money, "$" is the peso ("una multa de $4,850,000 ... millones de
  // pesos"), whatever dollar the text names for foreign sums. A peso that names its country
  // ("pesos chilenos") says which one, for the bare "pesos" too; else the country the text
  // names most ("Bogotá", "la Superintendencia de Industria y Comercio"), which makes a bare
  // "$" its peso even where the text never writes "pesos" (its dollars are "US$").
  const AmountCandidate* peso = nullptr;
  for (const AmountCandidate& c : cands)
    if (c.currency && c.currency->dollar_sign && (!peso || peso->currency->words.size() < c.currency->words.size()))
      peso = &c;
  std::string_view iso = peso ? std::string_view(peso->currency->iso) : std::string_view();
  const bool bare_sign = std::any_of(cands.begin(), cands.end(), [](const AmountCandidate& c) {
    return c.currency && c.currency->symbol && c.currency->bare_dollar;
  });
  if ((peso != nullptr && peso->currency->words.size() == 1) || (peso == nullptr && bare_sign))
    if (const std::string_view place = named_country_money(text, lexicon, peso != nullptr || !named.empty() ? 1 : 2); !place.empty())
      iso = place;
  if (iso.empty()) return;
  for (AmountCandidate& c : cands)
    if (c.currency && ((c.currency->symbol && c.currency->bare_dollar) || c.currency->dollar_sign)) c.iso = iso;
}

}  // namespace

std::vector<MoneyMention> link_mentions(const TokenizedText& text, const Lexicon& lexicon,
                                        std::vector<AmountCandidate>& cands) {
  imply_column_currencies(text, lexicon, cands);
  std::vector<int> range_with(cands.size(), -1);
  link_ranges(text, lexicon, cands, range_with);
  imply_currencies(text, lexicon, cands, range_with);
  list_currencies(text, cands, range_with);
  resolve_dollars(text, lexicon, cands);

  std::vector<MoneyMention> out;
  std::vector<int> index_of(cands.size(), -1);
  std::vector<std::size_t> source;  // candidate index of each mention
  for (std::size_t k = 0; k < cands.size(); ++k) {
    const AmountCandidate& c = cands[k];
    if (!has_currency(c)) continue;
    MoneyMention m;
    m.span = Span{text.tokens[c.first_token].begin, text.tokens[c.end_token - 1].end};
    m.value = c.value;
    m.currency = std::string(c.iso);
    m.period = c.period;
    m.change_end = c.change_end;
    m.bounds = c.bounds;
    index_of[k] = static_cast<int>(out.size());
    source.push_back(k);
    out.push_back(std::move(m));
  }
  for (std::size_t m = 0; m < out.size(); ++m) {
    const int other = range_with[source[m]];
    if (other >= 0) out[m].range_with = index_of[static_cast<std::size_t>(other)];
  }
  // Conversions: every amount inside the parenthesis that opens right after an amount.
  for (std::size_t m = 0; m < out.size(); ++m) {
    if (out[m].equivalent_of >= 0) continue;
    const std::size_t open = cands[source[m]].after_token;
    if (open >= text.tokens.size() || text.raw(text.tokens[open]) != "(") continue;
    std::size_t close = open + 1;
    while (close < text.tokens.size() && close < open + kMaxParenthesis &&
           !text.tokens[close].after_break && text.raw(text.tokens[close]) != ")")
      ++close;
    for (std::size_t n = m + 1; n < out.size(); ++n) {
      const AmountCandidate& c = cands[source[n]];
      if (c.first_token >= close) break;
      // Another sum in the same currency is no conversion: "300 stawek po 150 zł (45 000 zł)"
      // gives the total of a day-fine's price.
      if (c.currency && (out[n].currency != out[m].currency || out[n].value == out[m].value))
        out[n].equivalent_of = static_cast<int>(m);
    }
  }
  // Conversions introduced by a phrase: "€1.2bn, equivalent to about 9bn kroner". The next
  // amount restates this one when it stands right after the phrase in another currency.
  for (std::size_t m = 0; m + 1 < out.size(); ++m) {
    if (out[m].equivalent_of >= 0 || out[m + 1].equivalent_of >= 0) continue;
    // Only a comma or a dash stands between ("€5m; about $3m of it" goes on to other money).
    std::size_t k = cands[source[m]].after_token;
    while (k < text.tokens.size() && text.tokens[k].kind == TokenKind::punct && !text.tokens[k].after_break &&
           (text.raw(text.tokens[k]) == "," || text.raw(text.tokens[k]) == "-" ||
            text.raw(text.tokens[k]) == "\u2013" || text.raw(text.tokens[k]) == "\u2014"))
      ++k;
    if (k >= text.tokens.size() || text.tokens[k].after_break) continue;
    const auto phrase = lexicon.match(text, k, Role::conversion);
    if (!phrase) continue;
    const AmountCandidate& next = cands[source[m + 1]];
    if (next.first_token < phrase->end || next.first_token > phrase->end + kMaxConversionGap) continue;
    if (!next.currency || out[m + 1].currency == out[m].currency) continue;
    out[m + 1].equivalent_of = static_cast<int>(m);
  }
  return out;
}

}  // namespace finex::money
