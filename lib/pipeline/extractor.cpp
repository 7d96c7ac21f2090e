#include "finex/extractor.h"

#include <algorithm>
#include <future>
#include <map>
#include <memory>

#include "date/date_recognizer.h"
#include "entities/authority_recognizer.h"
#include "fines/day_fines.h"
#include "fines/fine_assembler.h"
#include "input/decoded_input.h"
#include "language/language_pack.h"
#include "money/money_recognizer.h"
#include "normalize/hyphen_rules.h"
#include "normalize/normalizer.h"
#include "prefilter/prefilter.h"
#include "segment/language_identifier.h"
#include "segment/language_regions.h"
#include "segment/sentence_splitter.h"
#include "text/word_starts.h"

namespace finex {

namespace {

std::string lowercase(std::string_view code) {
  std::string out(code);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Codes are compared in lower case everywhere: "EN" is "en".
Options with_lowercase_languages(Options options) {
  for (std::string& code : options.languages) code = lowercase(code);
  return options;
}

std::string joined(const std::vector<std::string>& codes) {
  std::string out;
  for (const std::string& c : codes) out += (out.empty() ? "" : " ") + c;
  return out;
}

}  // namespace

struct Extractor::Impl {
  explicit Impl(Options o)
      : options(with_lowercase_languages(std::move(o))),
        own_packs(options.extra_language_dirs.empty()
                      ? nullptr
                      : std::make_unique<const LanguagePacks>(options.extra_language_dirs)),
        packs(own_packs ? *own_packs : LanguagePacks::compiled()),
        // Deferred as well: where no thread can be started, they are built on this one.
        side(std::async(std::launch::async | std::launch::deferred,
                        [this] { return SideStages(options.languages, packs); })),
        languages(options.languages, packs),
        sentences(packs),
        prefilter(options.languages, packs),
        money(options.languages, packs),
        dates(options.languages, packs),
        fines(options.languages, packs),
        hyphens(hyphen_rules_by_language(packs)),
        built_aside(side.get()),
        authorities(*built_aside.authorities),
        parties(*built_aside.parties) {
    for (const std::string& code : options.languages)
      if (error.empty() && !packs.find(code))
        error = "unknown language '" + code + "' (supported: " + joined(packs.codes()) + ")";
    if (!error.empty()) return;
    enabled = options.languages.empty() ? packs.codes() : options.languages;
    if (!packs.ok()) error = "language packs: " + packs.error();
    else if (!sentences.ok()) error = "sentences: " + sentences.error();
    else if (!money.ok()) error = "money: " + money.error();
    else if (!dates.ok()) error = "dates: " + dates.error();
    else if (!authorities.ok()) error = "authorities: " + authorities.error();
    else if (!parties.ok()) error = "parties: " + parties.error();
    else if (!fines.ok()) error = "fines: " + fines.error();
  }

  Options options;
  std::string error;
  std::vector<std::string> enabled;  // the languages processed, in lower case
  // The compiled packs are read and checked once per process; packs read at run time belong
  // to this extractor. Both come before every stage, which reads them while it is built.
  std::unique_ptr<const LanguagePacks> own_packs;
  const LanguagePacks& packs;
  // The authority and party recognisers, the largest word lists, are built on a second thread
  // while the other stages are built on this one: the two threads do about as much, and
  // construction takes about half the time where two cores are free.
  struct SideStages {
    SideStages(const std::vector<std::string>& languages, const LanguagePacks& packs)
        : authorities(std::make_unique<const AuthorityRecognizer>(languages, packs)),
          parties(std::make_unique<const PartyRecognizer>(languages, packs)) {}
    std::unique_ptr<const AuthorityRecognizer> authorities;
    std::unique_ptr<const PartyRecognizer> parties;
  };
  std::future<SideStages> side;
  LanguageIdentifier languages;
  SentenceSplitter sentences;
  Prefilter prefilter;
  MoneyRecognizer money;
  DateRecognizer dates;
  FineAssembler fines;
  std::map<std::string, HyphenRules, std::less<>> hyphens;
  const SideStages built_aside;
  const AuthorityRecognizer& authorities;
  const PartyRecognizer& parties;

  void read(const DecodedInput& decoded, const NormalizedText& norm, const LanguageRegion& region,
            Result& result) const;

  const HyphenRules* hyphen_rules(std::string_view language) const {
    const auto it = hyphens.find(language);
    return it == hyphens.end() ? nullptr : &it->second;
  }
};

namespace {

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

std::optional<Error> check_input(std::string_view text, const Options& options) {
  // Whatever the option says, no more than the normaliser reads.
  const std::size_t limit = std::min(options.max_document_bytes, kMaxNormalizedInput);
  if (text.size() > limit)
    return Error{"too_large", "document has " + std::to_string(text.size()) +
                                  " bytes, more than the limit of " + std::to_string(limit)};
  if (is_blank(text)) return Error{"empty", "document is empty"};
  return std::nullopt;
}

// Cuts every sentence longer than `max` bytes into pieces of at most `max` bytes, each ending after
// a space or line break in its second half when there is one, else at a character boundary.
// Returns how many sentences were cut.
std::size_t bound_sentences(std::vector<Span>& sentences, std::string_view text, std::size_t max) {
  max = std::max<std::size_t>(max, 8);
  std::size_t cut = 0;
  std::vector<Span> bounded;
  for (const Span& s : sentences) {
    if (s.size() <= max) {
      bounded.push_back(s);
      continue;
    }
    ++cut;
    std::size_t begin = s.begin;
    while (s.end - begin > max) {
      std::size_t end = begin + max;
      const std::string_view second_half = text.substr(begin + max / 2, max - max / 2);
      const std::size_t space = second_half.find_last_of(" \n");
      if (space != std::string_view::npos) {
        end = begin + max / 2 + space + 1;
      } else {
        while (end > begin + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
      }
      bounded.push_back({begin, end});
      begin = end;
    }
    bounded.push_back({begin, s.end});
  }
  if (cut > 0) sentences = std::move(bounded);
  return cut;
}

// The language of `input` (valid UTF-8) as identify() finds it in the whole normalised text,
// from as little of the text as tells it; `whole` keeps the normalised text when all of it was
// needed.
LanguageGuess identify_from_start(std::string_view input, bool same_words,
                                  const LanguageIdentifier& languages,
                                  std::optional<NormalizedText>& whole) {
  constexpr std::size_t window = LanguageIdentifier::kWindowBytes;
  // Most text has the same words before and after normalisation: it is read as it is.
  // A text within the window is read once: identify() stops early as identify_early() does.
  if (same_words) {
    if (input.size() <= window) return languages.identify(input);
    if (auto guess = languages.identify_early(input)) return *guess;
  }
  // Otherwise from a normalised start; most articles name their language within a few hundred
  // words.
  for (std::size_t want = 4096;; want *= 4) {
    const std::size_t cut = prefix_cut(input, want);
    if (cut >= input.size()) {
      whole = normalize(input);
      return languages.identify(whole->text);
    }
    const std::string start = normalize(input.substr(0, cut)).text;
    if (auto guess = languages.identify_early(start)) return *guess;
    if (start.size() >= window) return languages.identify(start);
  }
}

// The identified language into `result`, with a warning when the text reads better as a
// language that is not enabled: its fines would be looked for with the wrong words.
void note_language(const LanguageGuess& guess, Result& result) {
  result.language = guess.code;
  result.language_confidence = guess.confidence;
  if (!guess.better_fit.empty())
    result.warnings.push_back({"language_not_enabled",
                               "the text reads as '" + guess.better_fit +
                                   "', a language that is not enabled"});
}

std::string slice(std::string_view input, Span span) {
  return std::string(input.substr(span.begin, span.end - span.begin));
}

// The date of a dateline that does not name its year ("Madrid, 12 mar (EFE)"), or null.
const DateMention* yearless_dateline(const std::vector<DateMention>& dates) {
  for (const DateMention& d : dates)
    if (d.dateline && d.value.starts_with("XXXX-")) return &d;
  return nullptr;
}

// Room in `fines` for `more` fines found in the text read up to `read` of `total` bytes, and for
// those the rest of the text will give at the same rate. A long text gives fines by the hundred
// thousand: growing their vector by doubling would hold the old and the new copy at once when
// it is largest, while room reserved and never written costs no memory. At least doubling keeps
// the growth amortised; foretelling at most sixteen times as many keeps a dense first paragraph
// from reserving much; a quarter more leaves room for a rate that rises.
void reserve_by_rate(std::vector<Fine>& fines, std::size_t more, std::size_t read, std::size_t total) {
  const std::size_t need = fines.size() + more;
  if (need <= fines.capacity()) return;
  const std::size_t rate = read == 0 ? need : need / read * total + need % read * total / read;
  const std::size_t foretold = std::min(rate, 16 * need);
  fines.reserve(std::max(foretold + foretold / 4, 2 * need));
}

// A full date an HTML page's title states ("… – 12 March 2024"), or empty.
std::string date_of_title(const std::string& title, const DateRecognizer& dates,
                          std::string_view language) {
  if (title.empty()) return {};
  for (const DateMention& d : dates.find(normalize(title).text, language, ""))
    if (d.resolution == DateResolution::explicit_date && d.value.size() == 10 &&
        d.value.find('X') == std::string::npos)
      return d.value;
  return {};
}

}  // namespace

Extractor::Extractor(Options options) : impl_(std::make_unique<const Impl>(std::move(options))) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

bool Extractor::ok() const { return impl_->error.empty(); }
const std::string& Extractor::error() const { return impl_->error; }
const Options& Extractor::options() const { return impl_->options; }

// Reads one region of the normalised text in its own language and adds its fines to `result`.
void Extractor::Impl::read(const DecodedInput& decoded, const NormalizedText& norm,
                           const LanguageRegion& region, Result& result) const {
  const std::string_view input = decoded.text();
  const std::string_view text =
      std::string_view(norm.text).substr(region.span.begin, region.span.size());
  const std::string_view language = region.language;
  // A span of the region: where it lies in the decoded text, and so in the caller's bytes.
  struct Located {
    std::string text;
    Span span;
  };
  const auto locate = [&](Span s) -> Located {
    const Span in_input = norm.to_original({s.begin + region.span.begin, s.end + region.span.begin});
    return {slice(input, in_input), decoded.to_original(in_input)};
  };

  DocumentAnalysis doc;
  doc.text = text;
  doc.language = language;
  doc.money = money.find(text, language);
  if (doc.money.size() > options.max_mentions) {
    result.warnings.push_back({"too_many_amounts", "more than " + std::to_string(options.max_mentions) +
                                                       " amounts of money: the rest were ignored"});
    doc.money.resize(options.max_mentions);
  }
  // Most news reports no fine: without an amount of money, or without a fine word near one,
  // there is nothing more to do, not even looking for the publication date.
  if (doc.money.empty()) return;
  // Where the words open, found once for every phrase list looked for in the text below, and
  // where they start, for the windows of assembly; both in one pass.
  const WordIndex words(text);
  const WordOpenings& openings = words.openings;
  doc.words = &words.starts;
  doc.cues = fines.find_cues(text, language, &openings);
  total_day_fines(doc);
  if (!fines.may_report_fines(doc)) return;
  // A page's markup dates it more surely than a date its text seems to state; its title less.
  if (!result.published && !decoded.published_time.empty()) result.published = decoded.published_time;
  // What the search for the publication date read of the dateline, which dates.find() needs too.
  std::optional<DateRecognizer::ReferenceSearch> reference_search;
  if (!result.published) {
    reference_search = dates.find_reference_search(norm.text, result.language);
    std::string stated = reference_search->value;
    if (stated.empty()) stated = date_of_title(decoded.title, dates, result.language);
    if (!stated.empty()) result.published = std::move(stated);
  }
  // On a long text each stage holds working lists of its own while it runs: the stages whose
  // lists are largest against what they keep run first, while little else is held.
  const PartyCues party_cues = parties.cues(text, language, &openings);
  doc.pronouns = parties.cued_pronouns(text, language, party_cues);
  doc.party_cues_before.reserve(party_cues.before.size());
  for (const PhraseMatch& cue : party_cues.before) doc.party_cues_before.push_back(cue.span);
  doc.company_references = parties.company_references(text, language, party_cues);
  doc.dates = dates.find(text, language, result.published.value_or(""),
                         reference_search ? &*reference_search : nullptr);
  doc.published = result.published.has_value();

  // Authorities are resolved by what the article is about ("the Greek watchdog"), which its
  // fine words tell; names are looked for outside everything recognised before them.
  doc.authorities = authorities.find(text, language, FineLexicon::topic(doc.cues), &openings);
  doc.parties = parties.find(text, language, taken_spans(doc), party_cues);
  doc.sentences = sentences.split(text, language);
  if (const std::size_t cut =
          bound_sentences(doc.sentences, text, options.max_sentence_bytes))
    result.warnings.push_back({"long_sentences_cut", std::to_string(cut) + " sentence(s) longer than " +
                                                         std::to_string(options.max_sentence_bytes) +
                                                         " bytes cut into pieces"});

  const std::vector<FineRecord> records = fines.assemble(doc, parties);
  reserve_by_rate(result.fines, records.size(), region.span.end, norm.text.size());
  for (const FineRecord& record : records) {
    Fine fine;
    fine.kind = record.kind;
    fine.confidence = record.confidence;
    Located sentence = locate(record.sentence);
    fine.sentence = sentence.span;
    if (record.money >= 0) {
      const MoneyMention& m = doc.money[static_cast<std::size_t>(record.money)];
      Located written = locate(m.span);
      fine.amount = AmountRef{std::move(written.text), m.value, m.currency, written.span};
    }
    if (record.date >= 0) {
      const DateMention& d = doc.dates[static_cast<std::size_t>(record.date)];
      Located written = locate(d.span);
      fine.date = DateRef{std::move(written.text), d.value, d.resolution, written.span};
    } else if (record.date_from_reference && result.published) {
      // The article reports the fine without dating it: it dates from the publication.
      fine.date = DateRef{{}, *result.published, DateResolution::reference, {}};
    } else if (const DateMention* d = record.date_from_reference ? yearless_dateline(doc.dates) : nullptr) {
      // "Madrid, 12 mar (EFE).-": the day of publication without its year.
      Located written = locate(d->span);
      fine.date = DateRef{std::move(written.text), d->value, d->resolution, written.span};
    }
    if (record.authority) {
      const AuthorityMention& a = *record.authority;
      AuthorityRef ref;
      if (a.span.size() > 0) {
        Located written = locate(a.span);
        ref.text = std::move(written.text);
        ref.span = written.span;
      }
      if (a.authority) ref.name = a.authority->name;
      ref.country = a.authority ? a.authority->country : a.country;
      fine.authority = std::move(ref);
    }
    if (record.entity) {
      // A name never spans the columns of a menu or a table ("Serie B   Serie C   Coppe"),
      // which normalisation joined with single spaces.
      Located written = locate(*record.entity);
      if (written.text.find("   ") == std::string::npos && written.text.find('\t') == std::string::npos)
        fine.entity = EntityRef{std::move(written.text), written.span};
    }
    if (options.evidence) {
      Evidence evidence;
      evidence.sentence = std::move(sentence.text);
      if (record.trigger) {
        Located written = locate(*record.trigger);
        evidence.trigger = TriggerRef{std::move(written.text), written.span};
      }
      evidence.rule = record.rule;
      fine.evidence = std::move(evidence);
    }
    result.fines.push_back(std::move(fine));
  }
}

const std::vector<std::string>& Extractor::languages() const { return impl_->enabled; }

std::optional<std::string> Extractor::check_language(std::string_view code) const {
  const std::string language = lowercase(code);
  const std::vector<std::string>& enabled = impl_->enabled;
  if (std::find(enabled.begin(), enabled.end(), language) != enabled.end()) return std::nullopt;
  if (impl_->packs.find(language))
    return "language '" + std::string(code) + "' is not enabled (enabled: " + joined(enabled) + ")";
  return "unknown language '" + std::string(code) + "' (supported: " + joined(enabled) + ")";
}

Result Extractor::extract(std::string_view bytes, const DocumentInfo& given) const {
  Result result;
  result.document = given.id;
  if (!ok()) {
    result.error = Error{"invalid_input", "extractor is not usable: " + impl_->error};
    return result;
  }
  // A wrong date would date the fines wrongly; a language never processed would find nothing.
  DocumentInfo info = given;
  if (!info.published.empty()) {
    result.published = publication_date(info.published);
    if (!result.published) {
      result.error = Error{"invalid_input", "published date '" + info.published +
                                                "' is not a calendar date (YYYY-MM-DD)"};
      return result;
    }
  }
  if (!info.language.empty()) {
    if (auto why = check_language(info.language)) {
      result.error = Error{"invalid_input", std::move(*why)};
      return result;
    }
    info.language = lowercase(info.language);
  }
  if (auto error = check_input(bytes, impl_->options)) {
    result.error = std::move(error);
    return result;
  }
  // Plain text is read once before it is decoded: the prefilter's pass tells whether it is
  // clean UTF-8 as well, which decoding would otherwise check in a pass of its own.
  std::optional<Prefilter::Traits> raw_traits;
  if (impl_->options.prefilter && info.encoding.empty() && info.format != InputFormat::html)
    raw_traits = impl_->prefilter.read(bytes);
  const DecodedInput decoded = decode_input(bytes, info, raw_traits && raw_traits->clean_utf8);
  if (decoded.error) {
    result.error = decoded.error;
    return result;
  }
  result.encoding = decoded.encoding;
  for (const std::string& message : decoded.warnings) result.warnings.push_back({"encoding", message});
  // UTF-8 from here on: the caller's bytes themselves, or what they were decoded into.
  const std::string_view input = decoded.text();
  if (!decoded.is_input() && is_blank(input)) {
    result.error = Error{"empty", "document has no text"};
    return result;
  }

  // Most news names no currency, and most news with prices no fine word: the result of such a
  // text is its language alone (as below, when no amount is found or none may be a fine).
  std::optional<NormalizedText> normalized;
  std::optional<LanguageGuess> identified;
  if (impl_->options.prefilter) {
    const Prefilter& prefilter = impl_->prefilter;
    const Prefilter::Traits traits = raw_traits && decoded.is_input() ? *raw_traits : prefilter.read(input);
    if (!traits.anything) {
      std::string_view language = info.language;
      if (language.empty()) {
        identified = identify_from_start(input, traits.same_words, impl_->languages, normalized);
        language = identified->code;
      }
      // Fine words are rarer than currencies: they are looked for first. A surfeit of amounts
      // (one byte each at least) is counted in a warning: such a text takes the long way.
      if ((input.size() <= impl_->options.max_mentions &&
           !prefilter.may_hold_fine_words(input, language)) ||
          !prefilter.may_hold_money(input, language)) {
        if (identified) {
          note_language(*identified, result);
        } else {
          result.language = info.language;
          result.language_confidence = 1.0;
        }
        return result;
      }
    }
  }

  if (!normalized) normalized = normalize(input);
  if (normalized->invalid_sequences > 0)
    result.warnings.push_back({"invalid_utf8", "invalid UTF-8: " +
                                                   std::to_string(normalized->invalid_sequences) +
                                                   " sequence(s) replaced by U+FFFD"});

  if (!info.language.empty()) {
    result.language = info.language;
    result.language_confidence = 1.0;
  } else {
    note_language(identified ? *identified : impl_->languages.identify(normalized->text), result);
  }
  // The language decided, hyphens at line ends are read by its rules.
  if (normalized->hyphens_by_rule > 0)
    if (const HyphenRules* rules = impl_->hyphen_rules(result.language)) {
      normalized.reset();  // one normalised copy at a time
      normalized = normalize(input, rules);
    }
  const NormalizedText& norm = *normalized;
  const std::string_view text = norm.text;

  const std::vector<LanguageRegion> regions =
      info.language.empty()
          ? language_regions(text, result.language, impl_->languages)
          : std::vector<LanguageRegion>{{result.language, {0, text.size()}}};
  if (regions.size() > 1) {
    // The record's language is the language of most of the text.
    std::map<std::string_view, std::size_t> share;
    for (const LanguageRegion& region : regions) share[region.language] += region.span.size();
    const auto most = std::max_element(share.begin(), share.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    result.language = std::string(most->first);
    for (const LanguageRegion& region : regions)
      result.languages.push_back({region.language, decoded.to_original(norm.to_original(region.span))});
  }
  for (const LanguageRegion& region : regions) impl_->read(decoded, norm, region, result);
  return result;
}

}  // namespace finex
