#include "money/money_recognizer.h"

#include <re2/re2.h>

#include <map>

#include "money/amount_parser.h"
#include "money/mention_links.h"
#include "money/money_lexicon.h"
#include "money/money_tokens.h"
#include "text/text_pieces.h"

namespace finex {

struct MoneyRecognizer::Impl {
  std::string error;
  std::map<std::string, money::Lexicon, std::less<>> by_language;
  money::Lexicon any_language;  // for a language without its own money data
  // Most news mentions no currency at all: one search rules such text out before tokenising.
  std::unique_ptr<RE2> evidence;
};

MoneyRecognizer::MoneyRecognizer(const std::vector<std::string>& languages,
                                 const LanguagePacks& packs)
    : impl_(std::make_unique<Impl>()) {
  for (const std::string& language : packs.providing(Capability::money, languages)) {
    std::string error = impl_->by_language[language].load(language, packs);
    if (!error.empty()) {
      impl_->error = error;
      return;
    }
  }
  impl_->error = impl_->any_language.load("", packs);
  if (!impl_->error.empty()) return;
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(32 << 20);
  options.set_encoding(RE2::Options::EncodingLatin1);  // see currency_evidence_pattern()
  impl_->evidence = std::make_unique<RE2>(impl_->any_language.currency_evidence_pattern(), options);
  if (!impl_->evidence->ok()) impl_->error = "currency evidence pattern: " + impl_->evidence->error();
}

MoneyRecognizer::~MoneyRecognizer() = default;
bool MoneyRecognizer::ok() const { return impl_->error.empty(); }
const std::string& MoneyRecognizer::error() const { return impl_->error; }

std::vector<MoneyMention> MoneyRecognizer::find(std::string_view text,
                                                std::string_view language) const {
  std::vector<MoneyMention> mentions;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = text_piece_end(text, begin);  // see text/text_pieces.h
    std::vector<MoneyMention> found = find_in_piece(text.substr(begin, end - begin), language);
    if (begin == 0 && end == text.size()) return found;  // an article: one piece
    const int first = static_cast<int>(mentions.size());
    for (MoneyMention& m : found) {
      m.span = {m.span.begin + begin, m.span.end + begin};
      if (m.equivalent_of >= 0) m.equivalent_of += first;
      if (m.range_with >= 0) m.range_with += first;
      mentions.push_back(std::move(m));
    }
    begin = end;
  }
  return mentions;
}

std::vector<MoneyMention> MoneyRecognizer::find_in_piece(std::string_view text,
                                                         std::string_view language) const {
  if (!ok()) return {};
  const auto it = impl_->by_language.find(language);
  const money::Lexicon& lexicon =
      it != impl_->by_language.end() ? it->second : impl_->any_language;

  if (!RE2::PartialMatch(text, *impl_->evidence)) return {};

  // The token and candidate buffers stay with the thread: a document's tokens are many small
  // pieces, and allocating them afresh for every document cost more than tokenising.
  thread_local money::TokenizedText tokens;
  money::tokenize(text, tokens);
  lexicon.look_up_words(tokens);
  // One pass over the tokens: an amount can start only where a number, a number word or a
  // currency stands.
  thread_local std::vector<money::AmountCandidate> candidates;
  candidates.clear();
  for (std::size_t i = 0; i < tokens.tokens.size();) {
    if (!lexicon.may_open_amount(tokens, i)) {
      ++i;
    } else if (auto c = money::parse_amount_at(tokens, lexicon, i)) {
      i = c->end_token;
      candidates.push_back(*c);
    } else {
      ++i;
    }
  }
  std::vector<MoneyMention> mentions = money::link_mentions(tokens, lexicon, candidates);
  constexpr std::size_t kKeptTokens = 1 << 16;  // a huge document's buffers are not kept
  if (tokens.tokens.capacity() > kKeptTokens) tokens = {}, candidates = {};
  return mentions;
}

}  // namespace finex
