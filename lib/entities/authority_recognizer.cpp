#include "entities/authority_recognizer.h"

#include "text/code_points.h"

#include <utf8proc.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <tuple>
#include <utility>

#include "data/data_files.h"
#include "entities/authority_bodies.h"
#include "entities/authority_gazetteer.h"
#include "entities/authority_lexicon.h"
#include "entities/authority_mentions.h"
#include "text/phrase_matcher.h"

namespace finex {

using authority::BodyFinder;
using authority::Description;
using authority::Gazetteer;
using authority::GazetteerTries;
using authority::Lexicon;
using authority::MentionFinder;
using authority::MentionParts;
using authority::SurfaceForm;
using enum authority::MentionPart;

namespace {

bool is_word_byte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool starts_with_capital(std::string_view word) {
  if (word.empty()) return false;
  std::size_t length = 0;
  const auto category = utf8proc_category(code_point_at(word, 0, length));
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

// True when a capitalised word that does not open a sentence stands right before `begin`:
// a generic form ("Commission") is then the tail of another name ("Federal Maritime Commission").
bool ends_longer_name(std::string_view text, std::size_t begin) {
  if (begin < 2 || text[begin - 1] != ' ') return false;
  std::size_t start = begin - 1;
  while (start > 0 && is_word_byte(static_cast<unsigned char>(text[start - 1]))) --start;
  if (start == begin - 1 || !starts_with_capital(text.substr(start, begin - 1 - start))) return false;
  std::size_t before = start;
  while (before > 0 && text[before - 1] == ' ') --before;
  if (before == 0) return false;
  const char c = text[before - 1];
  return std::string_view(".!?:;\n\"'(").find(c) == std::string_view::npos;
}

// True when `name` holds `word` as a whole word, ignoring case.
bool name_has_word(std::string_view name, std::string_view word) {
  const std::string folded_name = fold_case(name);
  const std::string folded_word = fold_case(word);
  for (auto at = folded_name.find(folded_word); at != std::string::npos; at = folded_name.find(folded_word, at + 1)) {
    const std::size_t end = at + folded_word.size();
    if ((at == 0 || !is_word_byte(static_cast<unsigned char>(folded_name[at - 1]))) &&
        (end == folded_name.size() || !is_word_byte(static_cast<unsigned char>(folded_name[end]))))
      return true;
  }
  return false;
}

// The span the parts cover.
Span covered(std::string_view text, const MentionParts& parts) {
  std::size_t begin = text.size();
  std::size_t end = 0;
  for (const std::string_view part : parts) {
    if (part.data() == nullptr) continue;
    begin = std::min(begin, static_cast<std::size_t>(part.data() - text.data()));
    end = std::max(end, static_cast<std::size_t>(part.data() - text.data()) + part.size());
  }
  return {begin, end};
}

std::size_t offset(std::string_view text, std::string_view part) {
  return static_cast<std::size_t>(part.data() - text.data());
}

// Adds the bodies to the named mentions, in text order. A body that holds a named mention
// replaces it and belongs to it ("Sportgericht des DFB" is the DFB's); one that a named
// mention holds or crosses is part of a name ("European Court of Justice") and is dropped.
void add_bodies(const std::vector<authority::Body>& bodies, std::vector<AuthorityMention>& mentions) {
  if (bodies.empty()) return;
  std::vector<AuthorityMention> merged;
  merged.reserve(mentions.size() + bodies.size());
  auto named = mentions.begin();
  for (const authority::Body& found : bodies) {
    Span body = found.span;
    while (named != mentions.end() && named->span.end <= body.begin) merged.push_back(std::move(*named++));
    // "giudice sportivo della Lega Serie A": a name that opens inside the body's own name and
    // runs past it completes that name.
    for (auto it = named; it != mentions.end() && it->span.begin < body.end; ++it)
      if (it->span.begin > body.begin && it->span.end > body.end && it->authority != nullptr) body.end = it->span.end;
    bool part_of_name = false;
    for (auto it = named; it != mentions.end() && it->span.begin < body.end; ++it)
      part_of_name = part_of_name || it->span.begin < body.begin || it->span.end > body.end;
    if (part_of_name) continue;
    AuthorityMention mention{body, nullptr, {}, true};
    mention.asks = found.asks;
    for (; named != mentions.end() && named->span.begin < body.end; ++named)
      if (mention.authority == nullptr && mention.country.empty()) {
        mention.authority = named->authority;
        mention.country = named->country;
      }
    merged.push_back(std::move(mention));
  }
  std::move(named, mentions.end(), std::back_inserter(merged));
  mentions = std::move(merged);
}

}  // namespace

// The names of laws of several words (party_non_names.tsv `law`): a body's name inside one
// ("Reglamento General de Protección de Datos") is the law's, and names no body.
PhraseMatcher law_names(std::string_view language, const LanguagePacks& packs) {
  std::vector<std::pair<int, std::string>> laws;
  if (!language.empty())
    data::for_each_line(packs.file(language, "party_non_names.tsv"), [&](std::string_view line) {
      const auto fields = data::split_tabs(line);
      if (fields.size() >= 2 && fields[0] == "law" && fields[1].find(' ') != std::string_view::npos)
        laws.emplace_back(0, std::string(fields[1]));
    });
  return laws.empty() ? PhraseMatcher() : PhraseMatcher(laws);
}

// Drops the mentions that lie inside a law's name.
void drop_inside_laws(const std::vector<PhraseMatch>& laws, std::vector<AuthorityMention>& mentions) {
  if (laws.empty()) return;
  std::erase_if(mentions, [&](const AuthorityMention& a) {
    return std::any_of(laws.begin(), laws.end(), [&](const PhraseMatch& law) {
      return law.span.begin <= a.span.begin && a.span.end <= law.span.end;
    });
  });
}

struct LanguageMatcher {
  LanguageMatcher(std::string code, const GazetteerTries& names, const LanguagePacks& packs)
      : language(std::move(code)),
        lexicon(language, packs),
        mentions(names, lexicon),
        bodies(language, packs),
        laws(law_names(language, packs)) {}
  std::string language;
  Lexicon lexicon;
  MentionFinder mentions;
  BodyFinder bodies;
  PhraseMatcher laws;
};

struct AuthorityRecognizer::Impl {
  explicit Impl(const LanguagePacks& p) : packs(p), gazetteer(p), names(gazetteer) {}
  const LanguagePacks& packs;
  std::string error;
  Gazetteer gazetteer;
  GazetteerTries names;  // shared by the matchers of every language
  std::vector<std::unique_ptr<LanguageMatcher>> languages;  // the last one has no words
  const LanguageMatcher* any_language = nullptr;

  const LanguageMatcher& matcher(std::string_view language) const {
    for (const auto& m : languages)
      if (m->language == language) return *m;
    return *any_language;
  }
  const Authority* authority(int index) const {
    return index < 0 ? nullptr : &gazetteer.authorities()[static_cast<std::size_t>(index)];
  }

  void add_language(const std::string& code);
  std::optional<AuthorityMention> resolve(std::string_view text, const MentionParts& g,
                                          const LanguageMatcher& m, Field field,
                                          const std::vector<AuthorityMention>& earlier) const;
  std::optional<AuthorityMention> resolve_name(std::string_view text, const MentionParts& g,
                                               const LanguageMatcher& m, Field field,
                                               const std::vector<AuthorityMention>& earlier) const;
  void resolve_headline_generics(std::string_view text, std::vector<AuthorityMention>& mentions) const;
  AuthorityMention country_mention(Span span, std::string country, Field field) const {
    // A data protection fine "in Italy" can only come from the Italian authority (one per
    // country under the GDPR); for other fields a country may have several, or a court.
    // The EU is no such country: its bodies do not fine "in the EU".
    const bool one_authority = field == Field::data_protection && country != "EU";
    const Authority* a = one_authority ? authority(gazetteer.lookup(country, field)) : nullptr;
    return AuthorityMention{span, a, std::move(country)};
  }
};

void AuthorityRecognizer::Impl::add_language(const std::string& code) {
  auto m = std::make_unique<LanguageMatcher>(code, names, packs);
  if (!m->lexicon.error().empty()) {
    error = m->lexicon.error();
    return;
  }
  if (!m->mentions.error().empty()) {
    error = "authority words for '" + code + "': " + m->mentions.error();
    return;
  }
  if (!m->bodies.error().empty()) {
    error = m->bodies.error();
    return;
  }
  languages.push_back(std::move(m));
}

std::optional<AuthorityMention> AuthorityRecognizer::Impl::resolve_name(
    std::string_view text, const MentionParts& g, const LanguageMatcher& m, Field field,
    const std::vector<AuthorityMention>& earlier) const {
  const auto* forms = gazetteer.forms().find((g[name]));
  if (forms == nullptr) return std::nullopt;
  std::string nationality;
  if (g[name_nationality_before].data()) nationality = m.lexicon.nationality((g[name_nationality_before]));
  else if (g[name_nationality_after].data()) nationality = m.lexicon.nationality((g[name_nationality_after]));
  const auto begin = static_cast<std::size_t>(g[name].data() - text.data());

  int best = -1;
  int best_score = -1;
  bool generic = false;
  for (const SurfaceForm& form : *forms) {
    generic = generic || form.generic;
    if (nationality.empty()) {
      if (form.generic && ends_longer_name(text, begin)) continue;
      if (form.place && m.lexicon.ends_with_location(text.substr(0, begin))) continue;
      if (!form.languages.empty() &&
          std::find(form.languages.begin(), form.languages.end(), m.language) == form.languages.end())
        continue;
    }
    const std::string& country = gazetteer.authorities()[static_cast<std::size_t>(form.authority)].country;
    const int score = (country == nationality ? 4 : 0) + (gazetteer.speaks(country, m.language) ? 2 : 0) +
                      (gazetteer.has_field(form.authority, field) ? 1 : 0);
    if (score > best_score) best = form.authority, best_score = score;
  }
  if (best < 0) return std::nullopt;

  const Span span{};  // set by the caller
  // The word, or another case of it that the gazetteer lists ("της Επιτροπής" after "η
  // Επιτροπή Κεφαλαιαγοράς"): a form that differs from it only in its last letters.
  auto holds_word = [&](std::string_view mention) {
    if (name_has_word(mention, g[name])) return true;
    const std::string_view word = g[name];
    for (const SurfaceForm& form : *forms) {
      if (!form.generic) continue;
      for (const std::string& other : gazetteer.generic_forms(form.authority)) {
        const std::size_t shorter = std::min(other.size(), word.size());
        std::size_t common = 0;
        while (common < shorter && other[common] == word[common]) ++common;
        if (other != word && common + 4 >= shorter && common >= 4 && name_has_word(mention, other)) return true;
      }
    }
    return false;
  };
  if (generic && nationality.empty())
    for (auto it = earlier.rbegin(); it != earlier.rend(); ++it)
      if (it->authority && (holds_word(it->authority->name) ||
                            (it->span.end <= text.size() && holds_word(text.substr(it->span.begin, it->span.size())))))
        return AuthorityMention{span, it->authority, it->authority->country};
  const Authority* named = authority(best);
  if (nationality.empty() || nationality == named->country) return AuthorityMention{span, named, named->country};
  // "the Greek Cnil": another country's body named after the one the reader knows.
  const Field same_field = gazetteer.has_field(best, field) ? field : named->field;
  return AuthorityMention{span, authority(gazetteer.lookup(nationality, same_field)), nationality};
}

// "Inspekce napařila řetězci Potraviny Lipka pokutu" over a lead that names the "Státní
// zemědělská a potravinářská inspekce": a headline's generic word ('?' in the gazetteer) that no
// body named before it explains is the body the article names with that word first after it.
void AuthorityRecognizer::Impl::resolve_headline_generics(std::string_view text,
                                                          std::vector<AuthorityMention>& mentions) const {
  const std::size_t headline_end = text.find('\n');
  if (headline_end == std::string_view::npos) return;
  for (AuthorityMention& h : mentions) {
    if (h.span.begin >= headline_end || h.authority == nullptr || h.body) continue;
    const std::string_view word = text.substr(h.span.begin, h.span.size());
    const auto* forms = gazetteer.forms().find(word);
    if (forms == nullptr || std::none_of(forms->begin(), forms->end(), [](const SurfaceForm& f) { return f.generic; }))
      continue;
    const AuthorityMention* named = nullptr;
    bool explained = false;
    for (const AuthorityMention& other : mentions) {
      if (other.authority == nullptr || &other == &h || !name_has_word(other.authority->name, word)) continue;
      if (other.span.begin < h.span.begin) explained = true;
      else if (other.span.begin >= headline_end && (named == nullptr || other.span.begin < named->span.begin)) named = &other;
    }
    if (explained || named == nullptr) continue;
    h.authority = named->authority;
    h.country = named->authority->country;
  }
}

std::optional<AuthorityMention> AuthorityRecognizer::Impl::resolve(
    std::string_view text, const MentionParts& g, const LanguageMatcher& m, Field field,
    const std::vector<AuthorityMention>& earlier) const {
  if (g[name].data()) return resolve_name(text, g, m, field, earlier);
  const Span span{};  // set by the caller
  if (g[country].data() || g[acting_country].data()) {
    const auto* countries = m.lexicon.countries().find((g[g[country].data() ? country : acting_country]));
    if (countries == nullptr) return std::nullopt;
    return country_mention(span, countries->front(), field);
  }
  const bool before = g[nationality_before].data() != nullptr;
  const std::string nationality = before ? m.lexicon.nationality((g[nationality_before]))
                                         : m.lexicon.nationality((g[nationality_after]));
  const auto* descriptions = m.lexicon.descriptions().find((g[before ? description_after : description_before]));
  if (nationality.empty() || descriptions == nullptr) return std::nullopt;
  Description description = descriptions->front();
  if (description.whole_country) return country_mention(span, nationality, field);
  if (description.field == Field::unknown && g[complement].data())
    if (const auto* complements = m.lexicon.complements().find((g[complement])))
      description.field = complements->front().field;
  const Field wanted = description.field == Field::unknown ? field : description.field;
  return AuthorityMention{span, authority(gazetteer.lookup(nationality, wanted)), nationality};
}

AuthorityRecognizer::AuthorityRecognizer(const std::vector<std::string>& languages,
                                         const LanguagePacks& packs)
    : impl_(std::make_unique<Impl>(packs)) {
  Impl& impl = *impl_;
  impl.error = impl.gazetteer.error();
  if (impl.error.empty() && !impl.names.error.empty()) impl.error = "gazetteer forms: " + impl.names.error;
  if (!impl.error.empty()) return;
  for (const std::string& code : packs.providing(Capability::authorities, languages)) {
    impl.add_language(code);
    if (!impl.error.empty()) return;
  }
  impl.add_language("");
  if (impl.error.empty()) impl.any_language = impl.languages.back().get();
}

AuthorityRecognizer::~AuthorityRecognizer() = default;
bool AuthorityRecognizer::ok() const { return impl_->error.empty(); }
const std::string& AuthorityRecognizer::error() const { return impl_->error; }

std::vector<AuthorityMention> AuthorityRecognizer::find(std::string_view text, std::string_view language,
                                                        Field field, const WordOpenings* openings) const {
  std::vector<AuthorityMention> out;
  if (!ok()) return out;
  const LanguageMatcher& m = impl_->matcher(language);
  MentionParts g;
  std::size_t pos = 0;
  while (pos < text.size() && m.mentions.next(text, pos, g)) {
    Span span = covered(text, g);
    // "by the UK Information Commissioner's office": the country opens a longer name or
    // description, which is the better reading.
    MentionParts longer;
    if (g[country].data() && m.mentions.at(text, offset(text, g[country]), longer) &&
        !longer[country].data() && covered(text, longer).end > span.end) {
      g = longer;
      span = covered(text, g);
    }
    std::optional<AuthorityMention> mention = impl_->resolve(text, g, m, field, out);
    if (!mention) {
      pos = span.begin + 1;  // a shorter reading may start inside the rejected one
      continue;
    }
    // Location phrases span only the country name: "in" is not part of the authority.
    if (g[country].data()) span.begin = offset(text, g[country]);
    mention->span = span;
    mention->place = g[country].data() != nullptr;
    out.push_back(std::move(*mention));
    pos = span.end;
    if (!g[country].data()) continue;
    for (std::string_view next = m.mentions.continuation(text, pos); next.data();
         next = m.mentions.continuation(text, pos)) {
      const auto* countries = m.lexicon.countries().find(next);
      if (countries == nullptr) break;
      const std::size_t at = offset(text, next);
      out.push_back(impl_->country_mention(Span{at, at + next.size()}, countries->front(), field));
      out.back().place = true;
      pos = at + next.size();
    }
  }
  if (!m.laws.empty()) drop_inside_laws(m.laws.find_all(text, openings), out);
  add_bodies(m.bodies.find(text, openings), out);
  impl_->resolve_headline_generics(text, out);
  for (AuthorityMention& mention : out) mention.addressed = m.lexicon.addressed(text.substr(mention.span.begin, mention.span.size()));
  return out;
}

const Authority* AuthorityRecognizer::lookup(std::string_view country, Field field) const {
  if (!ok()) return nullptr;
  return impl_->authority(impl_->gazetteer.lookup(country, field));
}

}  // namespace finex
