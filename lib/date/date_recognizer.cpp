#include "date/date_recognizer.h"

#include "date/date_context.h"
#include "date/date_pattern.h"
#include "date/date_reference.h"
#include "date/date_resolution.h"

namespace finex {

struct DateRecognizer::Impl {
  std::vector<std::unique_ptr<dates::DatePattern>> patterns;
  std::vector<std::unique_ptr<dates::ReferenceFinder>> references;  // parallel to `patterns`
  std::string error;

  // The language's pattern, or the language-neutral one (numeric and ISO dates, years) last.
  std::size_t index_of(std::string_view language) const {
    for (std::size_t i = 0; i + 1 < patterns.size(); ++i)
      if (patterns[i]->vocabulary().language == language) return i;
    return patterns.size() - 1;
  }

  void add(std::string_view language, const LanguagePacks& packs) {
    dates::DateVocabulary vocabulary;
    if (!dates::load_vocabulary(language, packs, vocabulary, error)) return;
    auto pattern = std::make_unique<dates::DatePattern>(std::move(vocabulary));
    if (!pattern->ok()) {
      error = pattern->error();
      return;
    }
    auto reference = std::make_unique<dates::ReferenceFinder>(*pattern);
    if (!reference->ok()) {
      error = reference->error();
      return;
    }
    patterns.push_back(std::move(pattern));
    references.push_back(std::move(reference));
  }
};

namespace {

// Whether `gap` is at most two short words in lower case, such as those that join a month to
// the year it belongs to ("do", "del", "de l'", "dello"), or nothing but a space.
bool joins_month_to_year(std::string_view gap) {
  constexpr std::size_t kMaxLetters = 5;
  int words = 0;
  std::size_t letters = 0;
  for (const char c : gap) {
    if (c >= 'a' && c <= 'z') {
      if (letters++ == 0 && ++words > 2) return false;
      if (letters > kMaxLetters) return false;
    } else if (c == ' ' || c == '\'') {
      letters = 0;
    } else {
      return false;
    }
  }
  return !gap.empty();
}

// A month named without its year, then the year said relatively ("em agosto do ano passado",
// "en agosto del año pasado", "in August last year"): one date, the month of that year.
void join_months_to_relative_years(std::string_view text, std::vector<DateMention>& mentions) {
  for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
    DateMention& month = mentions[i];
    const DateMention& year = mentions[i + 1];
    const bool month_alone = month.resolution != DateResolution::explicit_date && month.value.size() == 7 &&
                             !month.week && !month.period;
    const bool relative_year = year.resolution == DateResolution::reference && year.value.size() == 4 &&
                               year.value.find('X') == std::string::npos && !year.week;
    if (!month_alone || !relative_year || year.span.begin <= month.span.end ||
        !joins_month_to_year(text.substr(month.span.end, year.span.begin - month.span.end)))
      continue;
    month.value = year.value + month.value.substr(4);
    month.resolution = DateResolution::reference;
    month.span.end = year.span.end;
    month.future = year.future;
    mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(i + 1));
  }
}

}  // namespace

DateRecognizer::DateRecognizer(const std::vector<std::string>& languages,
                               const LanguagePacks& packs)
    : impl_(std::make_unique<Impl>()) {
  for (const std::string& language : packs.providing(Capability::dates, languages)) {
    impl_->add(language, packs);
    if (!impl_->error.empty()) return;
  }
  impl_->add("", packs);
}

DateRecognizer::~DateRecognizer() = default;
bool DateRecognizer::ok() const { return impl_->error.empty(); }
const std::string& DateRecognizer::error() const { return impl_->error; }

std::vector<DateMention> DateRecognizer::find(std::string_view text, std::string_view language,
                                              std::string_view reference, const ReferenceSearch* search) const {
  if (!ok()) return {};
  const std::size_t index = impl_->index_of(language);
  const dates::DatePattern& pattern = *impl_->patterns[index];
  std::vector<DateMention> mentions = dates::resolve(text, pattern.scan(text), calendar::parse_iso(reference));
  join_months_to_relative_years(text, mentions);
  const bool dateline_known = search != nullptr && search->dateline_read && search->language == index &&
                              search->text.data() == text.data() && search->text.size() == text.size();
  if (const auto dateline = dateline_known ? search->dateline : impl_->references[index]->dateline_begin(text))
    for (DateMention& d : mentions)
      if (d.span.begin == *dateline) d.dateline = true;
  // Joined by a word, the second end of a span writes its year ("between 2017 and 2022", "from
  // May to July 2022"): "on 3 and 5 May" may be two days. A dash always makes a span.
  for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
    DateMention& first = mentions[i];
    DateMention& second = mentions[i + 1];
    if (second.span.begin < first.span.end) continue;
    const std::string_view gap = text.substr(first.span.end, second.span.begin - first.span.end);
    if (dates::joins_period(gap) &&
        (dates::dash_only(gap) || (second.resolution == DateResolution::explicit_date &&
                                   first.value.find('X') == std::string::npos)))
      first.period = second.period = true;
  }
  if (!reference.empty())
    for (DateMention& d : mentions) d.future = dates::after_reference(d.value, reference);
  return mentions;
}

std::string DateRecognizer::find_reference(std::string_view text, std::string_view language) const {
  if (!ok()) return {};
  return impl_->references[impl_->index_of(language)]->find(text);
}

DateRecognizer::ReferenceSearch DateRecognizer::find_reference_search(std::string_view text,
                                                                      std::string_view language) const {
  ReferenceSearch search;
  if (!ok()) return search;
  search.text = text;
  search.language = impl_->index_of(language);
  dates::ReferenceFinder::Dateline dateline;
  search.value = impl_->references[search.language]->find(text, &dateline);
  search.dateline_read = dateline.read;
  search.dateline = dateline.begin;
  return search;
}

}  // namespace finex
