#include "entities/authority_gazetteer.h"

#include <algorithm>

#include "data/data_files.h"

namespace finex::authority {

Field parse_field(std::string_view name) {
  if (name == "data_protection") return Field::data_protection;
  if (name == "competition") return Field::competition;
  if (name == "financial") return Field::financial;
  if (name == "other") return Field::other;
  return Field::unknown;
}

namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  while (true) {
    const auto at = text.find(separator);
    std::string_view part = text.substr(0, at);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) parts.push_back(part);
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + 1);
  }
  return parts;
}

bool is_country_code(std::string_view code) {
  return code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';
}

}  // namespace

Gazetteer::Gazetteer(const LanguagePacks& packs) {
  const std::string_view contents = packs.shared_file("authorities.tsv");
  if (contents.empty()) {
    error_ = "authorities.tsv is missing";
    return;
  }
  // The shared gazetteer first, then the bodies each language pack brings.
  std::vector<std::string_view> files{contents};
  for (const std::string_view f : packs.pack_authority_files()) files.push_back(f);
  for (const std::string_view f : files)
    data::for_each_line(f, [this](std::string_view line) {
      if (error_.empty()) parse_line(line);
    });
  data::for_each_line(packs.shared_file("authority_country_languages.tsv"), [this](std::string_view line) {
    const auto fields = data::split_tabs(line);
    if (fields.size() < 2) return;
    for (std::string_view language : split(fields[1], ' '))
      country_languages_.emplace_back(fields[0], language);
  });
  std::sort(country_languages_.begin(), country_languages_.end());
}

void Gazetteer::parse_line(std::string_view line) {
  const auto columns = data::split_tabs(line);
  if (columns.size() < 3 || !is_country_code(columns[1])) {
    error_ = "authorities.tsv: expected name, country code, fields: " + std::string(line);
    return;
  }
  std::vector<Field> fields;
  for (std::string_view name : split(columns[2], ',')) {
    const Field field = parse_field(name);
    if (field == Field::unknown) {
      error_ = "authorities.tsv: unknown field '" + std::string(name) + "' in: " + std::string(line);
      return;
    }
    fields.push_back(field);
  }
  if (fields.empty()) {
    error_ = "authorities.tsv: no field in: " + std::string(line);
    return;
  }
  // A line that repeats an earlier body's name and country adds forms (and fields) to that
  // body, so each language can append its own forms ("Konkurrensverkets") at the end.
  int index = -1;
  for (std::size_t i = 0; i < authorities_.size(); ++i)
    if (authorities_[i].name == columns[0] && authorities_[i].country == columns[1]) index = static_cast<int>(i);
  if (index >= 0) {
    auto& known = fields_[static_cast<std::size_t>(index)];
    for (Field field : fields)
      if (std::find(known.begin(), known.end(), field) == known.end()) known.push_back(field);
  } else {
    index = static_cast<int>(authorities_.size());
    authorities_.push_back(Authority{std::string(columns[0]), std::string(columns[1]), fields.front()});
    fields_.push_back(std::move(fields));
  }

  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i == 1 || i == 2) continue;
    std::string_view form = columns[i];
    SurfaceForm info;
    info.authority = index;
    if (!form.empty() && form.front() == '?') info.generic = true, form.remove_prefix(1);
    if (!form.empty() && form.front() == '@') info.place = true, form.remove_prefix(1);
    if (!form.empty() && form.back() == '}') {
      const auto open = form.rfind('{');
      if (open == std::string_view::npos) {
        error_ = "authorities.tsv: unbalanced '}' in form: " + std::string(columns[i]);
        return;
      }
      for (std::string_view language : split(form.substr(open + 1, form.size() - open - 2), ','))
        info.languages.emplace_back(language);
      form = form.substr(0, open);
    }
    if (form.empty()) continue;
    if (info.generic) {
      if (generic_forms_.size() <= static_cast<std::size_t>(index)) generic_forms_.resize(static_cast<std::size_t>(index) + 1);
      generic_forms_[static_cast<std::size_t>(index)].emplace_back(form);
    }
    // One word is an acronym or a proper noun that must keep its capitals ("Garante" is a name,
    // "garante" a common noun); several words are a name whose capitals vary between papers.
    const bool exact = form.find(' ') == std::string_view::npos || is_all_capitals(form);
    forms_.add(form, exact, std::move(info));
  }
}

const std::vector<std::string>& Gazetteer::generic_forms(int authority) const {
  static const std::vector<std::string> none;
  if (authority < 0 || static_cast<std::size_t>(authority) >= generic_forms_.size()) return none;
  return generic_forms_[static_cast<std::size_t>(authority)];
}

bool Gazetteer::has_field(int authority, Field field) const {
  if (authority < 0 || static_cast<std::size_t>(authority) >= fields_.size()) return false;
  const auto& fields = fields_[static_cast<std::size_t>(authority)];
  return std::find(fields.begin(), fields.end(), field) != fields.end();
}

int Gazetteer::lookup(std::string_view country, Field field) const {
  if (field == Field::unknown) return -1;
  // Main fields first, so that the national competition authority wins over a body that also
  // handles competition among other duties.
  for (std::size_t i = 0; i < authorities_.size(); ++i)
    if (authorities_[i].country == country && authorities_[i].field == field) return static_cast<int>(i);
  for (std::size_t i = 0; i < authorities_.size(); ++i)
    if (authorities_[i].country == country && has_field(static_cast<int>(i), field)) return static_cast<int>(i);
  return -1;
}

bool Gazetteer::speaks(std::string_view country, std::string_view language) const {
  // Asked for every form of a name the text holds: a search of the sorted pairs, not a scan.
  using Pair = std::pair<std::string_view, std::string_view>;
  const auto as_views = [](const auto& entry) { return Pair(entry.first, entry.second); };
  const Pair wanted(country, language);
  const auto it = std::lower_bound(country_languages_.begin(), country_languages_.end(), wanted,
                                   [&](const auto& entry, const Pair& key) { return as_views(entry) < key; });
  return it != country_languages_.end() && as_views(*it) == wanted;
}

}  // namespace finex::authority
