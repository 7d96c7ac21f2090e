#include "money/amount_parser.h"

#include <algorithm>

#include "money/number_format.h"

namespace finex::money {
namespace {

struct NumberRead {
  Decimal value;
  std::size_t end = 0;
  bool needs_scale = false;  // "a", "un", "half a": a number only before "million"
};

bool continues(const TokenizedText& text, std::size_t k) {
  return k < text.tokens.size() && !text.tokens[k].after_break;
}

// Spelled-out numbers as news writes them: "twenty", "vingt-cinq", "treinta y cinco",
// "two hundred", "un". Parts join only downwards ("vingt et un", never "dix et vingt": that is
// a range), which keeps "between ten and twenty million" two numbers.
std::optional<NumberRead> read_spelled(const TokenizedText& text, const Lexicon& lexicon,
                                       std::size_t i) {
  auto first = lexicon.match(text, i, Role::number_word);
  if (!first) return std::nullopt;
  NumberRead out;
  out.value = first->entry->value;
  out.end = first->end;
  if (first->entry->number_kind == NumberWordKind::before_scale) {
    out.needs_scale = true;
    return out;
  }
  Decimal last = out.value;
  while (continues(text, out.end)) {
    std::size_t next = out.end;
    if (text.raw(text.tokens[next]) == "-" && text.tokens[next].glued) {
      ++next;
    } else if (auto joiner = lexicon.match(text, next, Role::joiner)) {
      next = joiner->end;
    }
    if (!continues(text, next)) break;
    // "vingt et un": after the first word even "un" is a plain unit.
    auto word = lexicon.match(text, next, Role::number_word);
    if (!word) break;
    if (word->entry->number_kind == NumberWordKind::hundred) {
      auto times = (out.value == Decimal{} ? Decimal{1, 0} : out.value).times(100);
      if (!times) break;
      out.value = *times;
      last = *times;
    } else {
      if (!(word->entry->value < last)) break;
      auto sum = out.value.plus(word->entry->value);
      if (!sum) break;
      out.value = *sum;
      last = word->entry->value;
    }
    out.end = word->end;
  }
  return out;
}

std::optional<NumberRead> read_number(const TokenizedText& text, const Lexicon& lexicon,
                                      std::size_t i) {
  if (i >= text.tokens.size()) return std::nullopt;
  const Token& t = text.tokens[i];
  if (t.kind == TokenKind::number) {
    // "1234" glued to a letter before it ("A320", "COM2022") is a name, not a number; but not
    // to a currency code ("EUR5m", "USD1.2bn", as wires write them).
    if (t.glued && i > 0 && text.tokens[i - 1].kind == TokenKind::word) {
      const auto code = lexicon.match(text, i - 1, Role::currency);
      if (!code || !code->entry->exact_case || code->end != i) return std::nullopt;
    }
    const std::string_view raw = text.raw(t);
    // "415,000 dólares" in Spanish from Mexico, "2.500 dollars": a lone decimal mark before
    // three digits, with no scale word after, groups thousands; money has no third decimal.
    // With a scale word it stays a decimal mark: "1,250 millones".
    const char mark = lexicon.decimal_mark();
    const bool lone_mark = std::count(raw.begin(), raw.end(), mark) == 1 && raw.size() > 4 &&
                           raw[raw.size() - 4] == mark && raw.front() != '0' &&
                           raw.find_first_of(".,' ") == raw.size() - 4;
    const bool scaled = continues(text, i + 1) && lexicon.match(text, i + 1, Role::scale).has_value();
    auto value = parse_written_number(raw, lone_mark && !scaled ? (mark == ',' ? '.' : ',') : mark);
    if (!value) return std::nullopt;
    return NumberRead{*value, i + 1, false};
  }
  if (t.kind != TokenKind::word) return std::nullopt;
  if (auto spelled = read_spelled(text, lexicon, i)) return spelled;
  if (auto joined = lexicon.compound_number(text.lower(t))) return NumberRead{*joined, i + 1, false};
  return std::nullopt;
}

// A scale word right after the number; abbreviations ("m", "bn") only glued to it or after a
// currency symbol, since "20 m" alone is a length.
std::optional<LexiconMatch> read_scale(const TokenizedText& text, const Lexicon& lexicon,
                                       std::size_t k, bool has_prefix) {
  if (!continues(text, k)) return std::nullopt;
  auto scale = lexicon.match(text, k, Role::scale);
  if (!scale) return std::nullopt;
  // French writes "20 M€", "2 Mds €": a currency right after the abbreviation vouches for it.
  if (scale->entry->abbreviation && !text.tokens[k].glued && !has_prefix &&
      !(continues(text, scale->end) && lexicon.match(text, scale->end, Role::currency)))
    return std::nullopt;
  return scale;
}

bool number_follows(const TokenizedText& text, std::size_t k) {
  return continues(text, k) && text.tokens[k].kind == TokenKind::number;
}

// A day of the month: one or two digits and a full stop ("5."), or a day and month ("12.05").
bool day_of_month_at(const TokenizedText& text, std::size_t k) {
  const std::string_view raw = text.raw(text.tokens[k]);
  const bool dotted = k + 1 < text.tokens.size() && text.tokens[k + 1].glued && text.raw(text.tokens[k + 1]) == ".";
  if (raw.size() <= 2) return dotted;
  return raw.size() <= 5 && raw.find('.') != std::string_view::npos && raw.find('.') <= 2 &&
         raw.size() - raw.find('.') == 3;
}

// "Euro 2024", "Fr. 1998": a word written before its number, before a bare year, names a
// tournament or a date.
bool year_at(const TokenizedText& text, std::size_t k) {
  const std::string_view raw = text.raw(text.tokens[k]);
  return raw.size() == 4 && (raw.starts_with("19") || raw.starts_with("20"));
}

}  // namespace

std::optional<AmountCandidate> parse_amount_at(const TokenizedText& text, const Lexicon& lexicon,
                                               std::size_t i) {
  AmountCandidate c;
  c.first_token = i;
  std::size_t k = i;
  if (auto prefix = lexicon.match(text, i, Role::currency)) {
    // Only symbols and ISO codes stand before a number: "paid in euros 5 years ago" is no amount.
    if (!(prefix->entry->symbol || prefix->entry->exact_case || prefix->entry->before)) return std::nullopt;
    if (!number_follows(text, prefix->end)) return std::nullopt;
    // "Fr. 5. Mai", "Fr. 12.05.": a weekday written like the franc, before a day of the month.
    if (prefix->entry->before && !prefix->entry->symbol &&
        (day_of_month_at(text, prefix->end) || year_at(text, prefix->end)))
      return std::nullopt;
    c.currency = prefix->entry;
    k = prefix->end;
  }
  auto number = read_number(text, lexicon, k);
  if (!number) return std::nullopt;
  c.number = number->value;
  c.value = number->value;
  k = number->end;

  bool abbreviated = false;
  if (auto scale = read_scale(text, lexicon, k, c.currency != nullptr)) {
    c.power = scale->entry->power;
    abbreviated = scale->entry->abbreviation;
    auto scaled = c.number.scaled(c.power);
    if (!scaled) return std::nullopt;
    c.value = *scaled;
    k = scale->end;
    // "34 mnkr", "410 MSEK": the scale word carries the currency.
    if (!c.currency && !scale->entry->iso.empty()) c.currency = scale->entry;
    // "1 milione e 800mila", "1 million 800 thousand": a smaller scaled part adds on; not to
    // a number with decimals ("1,7 milhões e 800 mil euros" lists two amounts).
    std::size_t next = c.number.is_integer() ? k : text.tokens.size();
    if (auto joiner = continues(text, next) ? lexicon.match(text, next, Role::joiner) : std::nullopt)
      next = joiner->end;
    if (auto part = continues(text, next) ? read_number(text, lexicon, next) : std::nullopt) {
      if (auto part_scale = read_scale(text, lexicon, part->end, false);
          part_scale && part_scale->entry->power < c.power && !part->needs_scale) {
        auto part_value = part->value.scaled(part_scale->entry->power);
        auto sum = part_value ? c.value.plus(*part_value) : std::nullopt;
        if (sum) {
          c.value = *sum;
          k = part_scale->end;
        }
      } else if (part->needs_scale && part->value < Decimal{1, 0} && next != k) {
        // "un millón y medio", "deux millions et demi", "două milioane și jumătate": a fraction
        // after the scale and a joiner is a fraction of that scale.
        auto part_value = part->value.scaled(c.power);
        auto sum = part_value ? c.value.plus(*part_value) : std::nullopt;
        if (sum) {
          c.value = *sum;
          k = part->end;
        }
      } else if (next != k && !part->needs_scale && text.tokens[next].kind == TokenKind::word &&
                 !(part->value < Decimal{1000, 0})) {
        // "un milione e duecentomila euro": thousands written as one word, after the scale and
        // a joiner, add on when they are less than one of the scale ("cinque milioni e due
        // sanzioni" is no amount of five million and two).
        const auto unit = Decimal{1, 0}.scaled(c.power);
        auto sum = unit && part->value < *unit ? c.value.plus(part->value) : std::nullopt;
        if (sum) {
          c.value = *sum;
          k = part->end;
        }
      }
    }
  } else if (number->needs_scale) {
    return std::nullopt;
  }

  // "$850 millones de pesos": the word after a bare "$" says which money it is.
  const bool bare_sign = c.currency && c.currency->symbol && c.currency->bare_dollar;
  if ((!c.currency || bare_sign) && continues(text, k)) {
    std::size_t at = k;
    // "4.000.000 di euro", "1.000.000 de euros": millions written in digits are read with their
    // scale word, and take its particle.
    constexpr std::int64_t kMillion = 1'000'000;
    const std::optional<std::int64_t> whole = c.number.is_integer() ? c.number.to_integer() : std::nullopt;
    const bool read_as_millions = whole && *whole >= kMillion && *whole % kMillion == 0;
    if (c.power > 0 || read_as_millions)
      if (auto particle = lexicon.match(text, k, Role::particle))
        if (continues(text, particle->end) && lexicon.match(text, particle->end, Role::currency))
          at = particle->end;
    if (auto suffix = lexicon.match(text, at, Role::currency)) {
      // "in 2022 €5m": a symbol belongs to the number it precedes.
      if (!(suffix->entry->symbol && number_follows(text, suffix->end)) && (!bare_sign || suffix->entry->dollar_sign)) {
        c.currency = suffix->entry;
        k = suffix->end;
      }
    }
  }
  if (abbreviated && !c.currency) return std::nullopt;
  c.end_token = k;
  c.after_token = k;
  if (continues(text, k))
    if (auto period = lexicon.match(text, k, Role::period)) {
      c.period = period->entry->period;
      c.after_token = period->end;
    }
  if (c.currency) c.iso = c.currency->iso;
  c.sentence = text.tokens[i].sentence;
  return c;
}

}  // namespace finex::money
