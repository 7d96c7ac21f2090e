#include "language/pack_schema.h"

#include <array>
#include <charconv>

#include "data/data_files.h"

namespace finex::pack_schema {
namespace {

enum class Kind {
  text,      // anything non-empty
  optional,  // anything, possibly empty
  phrase,    // phrase syntax of text/phrase_matcher.h: words, a final '*' on a word
  integer,   // a whole number in [low, high]
  currency,  // ISO 4217: three capitals
  country,   // ISO 3166-1 alpha-2, or EU
  one_of,    // one of the space-separated `values`
  flags,     // a comma-separated list of `values`, possibly empty; "currency=" takes a value
};

struct Column {
  Kind kind = Kind::text;
  std::string_view values = {};
  int low = 0, high = 0;
};

struct Schema {
  std::string_view file;
  std::optional<Capability> capability;  // none: a file shared by all languages
  bool required;
  std::size_t min_columns, max_columns;
  std::array<Column, 4> columns;  // rules for the first columns; later ones are free text
};

constexpr Column text{Kind::text};
constexpr Column optional_text{Kind::optional};
constexpr Column phrase{Kind::phrase};
constexpr Column currency{Kind::currency};
constexpr Column country{Kind::country};
constexpr Column one_of(std::string_view values) { return {Kind::one_of, values}; }
constexpr Column flags(std::string_view values) { return {Kind::flags, values}; }
constexpr Column integer(int low, int high) { return {Kind::integer, {}, low, high}; }

constexpr std::string_view kFields = "data_protection competition financial other";
constexpr std::string_view kCurrencyFlags = "exact bare_dollar named_dollar before dollar_sign change_from change_to";

using C = Capability;
constexpr std::array kSchemas = {
    Schema{"abbreviations.txt", C::sentences, true, 1, 2, {text, one_of("always lower stop")}},
    Schema{"stopwords.txt", C::identification, true, 1, 1, {text}},
    Schema{"line_breaks.tsv", C::sentences, false, 2, 2,
           {one_of("lowercase_after_hyphen suspension"), text}},
    Schema{"money_currencies.tsv", C::money, true, 2, 3, {phrase, currency, flags(kCurrencyFlags)}},
    Schema{"money_scales.tsv", C::money, true, 2, 3,
           {phrase, integer(1, 15), flags("abbreviation currency=")}},
    Schema{"money_format.tsv", C::money, true, 2, 2, {one_of("decimal_mark"), text}},
    Schema{"money_number_words.tsv", C::money, false, 2, 3,
           {phrase, text, one_of("unit hundred before_scale joiner")}},
    Schema{"money_particles.tsv", C::money, false, 1, 1, {phrase}},
    Schema{"money_periods.tsv", C::money, false, 2, 2, {phrase, one_of("day week month year")}},
    Schema{"money_ranges.tsv", C::money, false, 1, 3, {phrase, optional_text, flags("backward change list")}},
    Schema{"money_followers.tsv", C::money, false, 1, 1, {text}},
    Schema{"money_conversions.tsv", C::money, false, 1, 1, {phrase}},
    Schema{"money_countries.tsv", C::money, false, 2, 2, {phrase, currency}},
    Schema{"date_months.tsv", C::dates, true, 2, 3, {text, integer(1, 12), flags("alone ambiguous")}},
    Schema{"date_weekdays.tsv", C::dates, true, 2, 3, {text, integer(1, 7), flags("word")}},
    Schema{"date_grammar.tsv", C::dates, true, 2, 2,
           {one_of("order capitalized_months capitalized_weekdays ordinal day_joiner year_joiner "
                   "weekday_joiner cue year_word not_before_year not_after_year month_cue"),
            text}},
    Schema{"date_relative.tsv", C::dates, false, 2, 4,
           {one_of("phrase anaphoric ago after before unit number modifier"), text}},
    Schema{"date_seasons.tsv", C::dates, false, 3, 4,
           {one_of("season quarter"), text, text, flags("alone")}},
    Schema{"date_reference_cues.tsv", C::dates, false, 1, 1, {text}},
    Schema{"fine_cues.tsv", C::fines, true, 2, 2,
           {one_of("trigger periodic rate proposed cap not_fine aggregate respectively count each "
                   "and item_joint receiver follow_up decision deadline deadline_after unit_trigger approximate negation hypothesis total change announcement unit_price restates equivalent difference part part_after suspended payment appeal appeal_after offence plural_fine period record job_title offence_name reporter contrast plain agent reporter_after asks_for victim venue relative since law maximum "
                   "topic_data_protection "
                   "topic_competition topic_financial"),
            phrase}},
    Schema{"party_cues.tsv", C::parties, true, 2, 2,
           {one_of("before after aside imposer description company_ref pronoun subject stop stop_alone relative noun_ending openers connector article "
                   "one pronouns names place place_before seat_after_form no_connector reason_before lead_noun_ending apposition genitive owner recipient_ending case_ending place_adjective_ending place_adjective_before_noun adjective_suffix institution name_adjective_ending name_noun possessive plural_article opponent opponent_article role role_modifier role_connector surname_particle opening_particle company_pronoun"),
            phrase}},
    Schema{"party_non_names.tsv", C::parties, false, 2, 2, {one_of("law law_word law_ending noun word inflection body venue road street_ending place_infix byline"), text}},
    Schema{"authority_descriptions.tsv", C::authorities, true, 2, 3,
           {phrase, one_of("data_protection competition financial other any country"),
            one_of("head complement")}},
    Schema{"authority_nationalities.tsv", C::authorities, true, 2, 2, {text, country}},
    Schema{"authority_countries.tsv", C::authorities, false, 2, 2, {text, country}},
    Schema{"authority_context.tsv", C::authorities, false, 2, 2,
           {one_of("location possessive and agent_verb of addressee_ending"), text}},
    Schema{"authority_orders.txt", C::authorities, false, 1, 1,
           {one_of("nationality_name name_adjective name_of_country nationality_description "
                   "description_adjective description_of_country location_country country_verb")}},
    Schema{"authority_bodies.tsv", C::authorities, false, 2, 3,
           {one_of("body connector place_tail"), phrase, flags("after before connected asks named")}},
    // The bodies of the language's countries, in the format of the shared gazetteer: one line
    // a body with its forms in every language, declined ones included (the European Commission
    // has some eighty).
    Schema{"authorities.tsv", std::nullopt, false, 3, 200, {text, country, flags(kFields)}},
    Schema{"corporate_suffixes.txt", std::nullopt, false, 1, 1, {text}},
    Schema{"name_connectors.txt", std::nullopt, false, 1, 1, {text}},
    Schema{"money_symbols.tsv", std::nullopt, false, 2, 3, {text, currency, flags(kCurrencyFlags)}},
    Schema{"authority_country_languages.tsv", std::nullopt, false, 2, 2, {country, text}},
};

const Schema* find_schema(std::string_view file_name) {
  for (const Schema& s : kSchemas)
    if (s.file == file_name) return &s;
  return nullptr;
}

bool contains_word(std::string_view list, std::string_view word) {
  while (!list.empty()) {
    const std::size_t space = list.find(' ');
    if (list.substr(0, space) == word) return true;
    if (space == std::string_view::npos) break;
    list.remove_prefix(space + 1);
  }
  return false;
}

bool is_capitals(std::string_view s, std::size_t size) {
  if (s.size() != size) return false;
  for (const char c : s)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

// Why `value` does not fit `column`, or an empty string.
std::string problem(const Column& column, std::string_view value) {
  switch (column.kind) {
    case Kind::optional:
      return "";
    case Kind::text:
      return value.empty() ? "empty column" : "";
    case Kind::phrase:
      if (value.empty()) return "empty phrase";
      if (value.find("  ") != std::string_view::npos) return "two spaces in a phrase";
      for (std::size_t star = value.find('*'); star != std::string_view::npos;
           star = value.find('*', star + 1))
        if (star == 0 || (star + 1 < value.size() && value[star + 1] != ' '))
          return "'*' must end a word";
      return "";
    case Kind::integer: {
      int n = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
      if (ec != std::errc{} || end != value.data() + value.size() || n < column.low || n > column.high)
        return "expected a whole number from " + std::to_string(column.low) + " to " +
               std::to_string(column.high) + ", not '" + std::string(value) + "'";
      return "";
    }
    case Kind::currency:
      return is_capitals(value, 3) ? "" : "expected an ISO 4217 code, not '" + std::string(value) + "'";
    case Kind::country:
      return is_capitals(value, 2) ? "" : "expected an ISO 3166 country code, not '" + std::string(value) + "'";
    case Kind::one_of:
      if (contains_word(column.values, value)) return "";
      // Appended, not concatenated: GCC 12 warns wrongly about the concatenation at -O3.
      return std::string("'").append(value).append("' is not one of: ").append(column.values);
    case Kind::flags:
      while (!value.empty()) {
        const std::size_t comma = value.find(',');
        std::string_view flag = value.substr(0, comma);
        while (!flag.empty() && flag.front() == ' ') flag.remove_prefix(1);
        const std::size_t eq = flag.find('=');
        if (eq != std::string_view::npos) flag = flag.substr(0, eq + 1);
        if (!contains_word(column.values, flag))
          return "unknown flag '" + std::string(flag) + "' (known: " + std::string(column.values) + ")";
        if (comma == std::string_view::npos) break;
        value.remove_prefix(comma + 1);
      }
      return "";
  }
  return "";
}

}  // namespace

std::optional<Capability> capability_of(std::string_view file_name) {
  const Schema* s = find_schema(file_name);
  return s ? s->capability : std::nullopt;
}

bool known(std::string_view file_name) { return find_schema(file_name) != nullptr; }

std::vector<std::string_view> required_files(Capability c) {
  std::vector<std::string_view> out;
  for (const Schema& s : kSchemas)
    if (s.capability == c && s.required) out.push_back(s.file);
  return out;
}

std::string check(std::string_view file_name, std::string_view contents, std::string_view path) {
  const Schema* schema = find_schema(file_name);
  if (!schema) return std::string(path) + ": no language pack file has this name";
  std::size_t line_number = 0;
  while (!contents.empty()) {
    ++line_number;
    const std::size_t nl = contents.find('\n');
    std::string_view line = contents.substr(0, nl);
    contents = nl == std::string_view::npos ? std::string_view{} : contents.substr(nl + 1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> fields = data::split_tabs(line);
    std::string why;
    if (fields.size() < schema->min_columns || fields.size() > schema->max_columns)
      why = "expected " + std::to_string(schema->min_columns) +
            (schema->max_columns != schema->min_columns
                 ? " to " + std::to_string(schema->max_columns)
                 : std::string()) +
            " tab-separated columns, found " + std::to_string(fields.size());
    for (std::size_t k = 0; why.empty() && k < fields.size() && k < schema->columns.size(); ++k)
      why = problem(schema->columns[k], fields[k]);
    if (!why.empty()) return std::string(path) + ":" + std::to_string(line_number) + ": " + why;
  }
  return "";
}

}  // namespace finex::pack_schema
