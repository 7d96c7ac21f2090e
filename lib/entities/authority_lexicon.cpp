#include "entities/authority_lexicon.h"

#include <algorithm>
#include <iterator>

#include "data/data_files.h"
#include "entities/authority_gazetteer.h"

namespace finex::authority {

namespace {

bool is_letter_or_digit_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return false;
  const unsigned char c = static_cast<unsigned char>(text[pos - 1]);
  // Any byte of a multi-byte character counts as a letter: the words compared here are
  // preceded by ASCII punctuation or spaces when they start a word.
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool ends_with_ignoring_case(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  return fold_case(text.substr(text.size() - suffix.size())) == fold_case(suffix);
}

}  // namespace

Lexicon::Lexicon(std::string_view language, const LanguagePacks& packs) {
  if (language.empty()) return;
  const std::string dir = std::string(language) + "/";
  const auto load_countries = [&](std::string_view file, PhraseTable<std::string>& table) {
    data::for_each_line(packs.file(language, file), [&](std::string_view line) {
      const auto fields = data::split_tabs(line);
      if (fields.size() < 2 || fields[1].size() != 2) {
        if (error_.empty()) error_ = dir + std::string(file) + ": expected form and country: " + std::string(line);
        return;
      }
      table.add(fields[0], is_all_capitals(fields[0]), std::string(fields[1]));
    });
  };
  load_countries("authority_nationalities.tsv", nationalities_);
  load_countries("authority_countries.tsv", countries_);

  data::for_each_line(packs.file(language, "authority_descriptions.tsv"), [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    Description d;
    const std::string_view field = fields.size() > 1 ? fields[1] : std::string_view{};
    d.field = parse_field(field);
    d.whole_country = field == "country";
    d.complement = fields.size() > 2 && fields[2] == "complement";
    if (d.field == Field::unknown && field != "any" && !d.whole_country) {
      if (error_.empty()) error_ = dir + "authority_descriptions.tsv: unknown field in: " + std::string(line);
      return;
    }
    (d.complement ? complements_ : descriptions_).add(fields[0], is_all_capitals(fields[0]), d);
  });

  data::for_each_line(packs.file(language, "authority_context.tsv"), [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    if (fields.size() < 2) return;
    if (fields[0] == "location") locations_.emplace_back(fields[1]);
    else if (fields[0] == "possessive") possessives_.emplace_back(fields[1]);
    else if (fields[0] == "and") conjunctions_.emplace_back(fields[1]);
    else if (fields[0] == "agent_verb") agent_verbs_.emplace_back(fields[1]);
    else if (fields[0] == "of") of_words_.emplace_back(fields[1]);
    else if (fields[0] == "addressee_ending") addressee_endings_.emplace_back(fields[1]);
    else if (error_.empty()) error_ = dir + "authority_context.tsv: unknown kind in: " + std::string(line);
  });

  // The names are those of the schema (language/pack_schema.cpp), in the order of MentionOrder.
  static constexpr std::string_view kOrders[] = {
      "nationality_name",        "name_adjective",         "name_of_country",  "nationality_description",
      "description_adjective",   "description_of_country", "location_country", "country_verb"};
  unsigned listed = 0;
  data::for_each_line(packs.file(language, "authority_orders.txt"), [&](std::string_view line) {
    const auto fields = data::split_tabs(line);
    const auto* found = std::find(std::begin(kOrders), std::end(kOrders), fields.empty() ? line : fields[0]);
    if (found != std::end(kOrders)) listed |= 1u << (found - std::begin(kOrders));
    else if (error_.empty()) error_ = dir + "authority_orders.txt: unknown order: " + std::string(line);
  });
  if (listed != 0) orders_ = listed;
}

std::string Lexicon::nationality(std::string_view text) const {
  if (const auto* found = nationalities_.find(text)) return found->front();
  for (const std::string& ending : possessives_) {
    if (text.size() <= ending.size() || text.substr(text.size() - ending.size()) != ending) continue;
    if (const auto* found = countries_.find(text.substr(0, text.size() - ending.size())))
      return found->front();
  }
  for (const std::string& of : of_words_) {  // "της Ιταλίας": the word, a space, the country
    if (text.size() <= of.size() + 1 || text[of.size()] != ' ' || fold_case(text.substr(0, of.size())) != fold_case(of))
      continue;
    if (const auto* found = countries_.find(text.substr(of.size() + 1))) return found->front();
  }
  return {};
}

bool Lexicon::addressed(std::string_view name) const {
  return std::any_of(addressee_endings_.begin(), addressee_endings_.end(), [&](const std::string& ending) {
    return name.size() > ending.size() && name.ends_with(ending);
  });
}

bool Lexicon::ends_with_location(std::string_view text) const {
  for (const std::string& word : locations_) {
    const bool joined = !word.empty() && word.back() == '\'';
    std::string_view before = text;
    if (!joined) {
      if (before.empty() || before.back() != ' ') continue;
      before.remove_suffix(1);
    }
    if (!ends_with_ignoring_case(before, word)) continue;
    if (!is_letter_or_digit_before(before, before.size() - word.size())) return true;
  }
  return false;
}

}  // namespace finex::authority
