// Items of a list of fines written in one sentence (list_items.h).
#include "fines/list_items.h"

#include <algorithm>
#include <limits>
#include <span>

#include "fines/assembly_policy.h"

namespace finex {

namespace {

// Quotation marks, straight and typographic: « » of French, Italian and Greek, „ “ of German,
// Polish, Czech and Romanian, “ ” of English.
constexpr std::string_view kOpeningQuotes[] = {"\"", "\u00ab", "\u201c", "\u201e", "\u2039", "\u201a"};
constexpr std::string_view kClosingQuotes[] = {"\"", "\u00bb", "\u201d", "\u201c", "\u203a", "\u2019"};

// `s` without any of `marks` at its end (`at_end`) or at its start.
std::string_view without_marks(std::string_view s, std::span<const std::string_view> marks, bool at_end) {
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (const std::string_view m : marks)
      if (at_end ? s.ends_with(m) : s.starts_with(m)) {
        s = at_end ? s.substr(0, s.size() - m.size()) : s.substr(m.size());
        trimmed = true;
      }
  }
  return s;
}

}  // namespace

std::string_view before_quoted(std::string_view s) { return without_marks(s, kOpeningQuotes, true); }

std::string_view after_quoted(std::string_view s) { return without_marks(s, kClosingQuotes, false); }

namespace {

// How many words `s` holds when it is " w1 w2 ... " (a space before each word and after the
// last), each word lowercase and at most `max_letters` bytes, and at most `max_words` of them;
// else 0.
int lowercase_words(std::string_view s, int max_words,
                    std::size_t max_letters = std::numeric_limits<std::size_t>::max()) {
  int words = 0;
  while (!s.empty()) {
    if (!s.starts_with(' ')) return 0;
    s.remove_prefix(1);
    if (s.empty()) break;
    const std::size_t end = s.find(' ');
    if (end == std::string_view::npos) return 0;
    const std::string_view word = s.substr(0, end);
    if (word.size() > max_letters || !lowercase_word(word) || ++words > max_words) return 0;
    s.remove_prefix(end);
  }
  return words;
}

constexpr const AssemblyPolicy& policy = kAssemblyPolicy;


// What joins two items: ", ", "), ", " and ", ", a ", ", und die ", and before it the verb that
// closes the first item ("muss 2 Millionen Euro zahlen, die Nordbau AG ...").
bool item_separator(const DocumentContext& ctx, std::string_view s) {
  if (s.starts_with(")")) s.remove_prefix(1);
  // French sets a space before a semicolon ("12 millions d'euros ; Y, 4 millions").
  if (s.starts_with(" ;")) s.remove_prefix(1);
  if (s.starts_with(" ")) {
    const std::size_t comma = s.find_first_of(",;");
    // One lowercase word before the comma: the verb of the first item.
    if (comma != std::string_view::npos && lowercase_word(s.substr(1, comma - 1))) s.remove_prefix(comma);
  }
  if (ctx.lexicon.is_coordination(s, ctx.doc.language)) return true;
  if (s.starts_with(",") || s.starts_with(";")) s.remove_prefix(1);
  else if (!s.starts_with(" ")) return false;
  // ", seguida de ", ", gefolgt von ": the next of a ranking, maybe with an article (", gefolgt
  // von der Y AG").
  if (ctx.lexicon.is_coordination(s, ctx.doc.language)) return true;
  if (const std::size_t n = ctx.lexicon.coordination_length(s, ctx.doc.language); n > 0) s.remove_prefix(n - 1);
  // Up to two short words: a conjunction, an article or a preposition ("und die", "et à", "a"),
  // maybe with the common noun the name is of ("du groupe", "de la société", "und der Firma").
  constexpr std::size_t kMaxWord = 4;
  if (s == " " || lowercase_words(s, 2, kMaxWord) > 0) return true;
  const std::size_t noun = s.find_last_of(' ', s.size() - 2);
  return noun != std::string_view::npos && noun > 0 && lowercase_words(s.substr(0, noun + 1), 2, kMaxWord) > 0 &&
         lowercase_words(s.substr(noun), 1) > 0;
}

// What stands between an item's name and its amount: a space, "(", ":", a dash or a word of the
// language ("Y mit 870'000 Franken").
bool item_joint(const DocumentContext& ctx, std::string_view s) {
  // "Vitalrota, Lda. (1,3 milhões": the point of a legal form the name was read without.
  if (s.starts_with(". ")) s.remove_prefix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.empty() || s == "(" || s == ":" || s == "-" || s == "\u2013" || s == "\u2014" ||
      ctx.lexicon.is_item_joint(s, ctx.doc.language))
    return true;
  // "seguida da Y, com 2,5 milhões": the word set off by a comma.
  if (s.size() > 2 && s.starts_with(", ")) return ctx.lexicon.is_item_joint(s.substr(2), ctx.doc.language);
  return false;
}

}  // namespace

std::optional<Span> continued_item(const DocumentContext& ctx, Span previous, Span money,
                                   std::optional<Span> previous_name) {
  if (previous.end > money.begin || money.begin - previous.end > policy.max_list_line) return std::nullopt;
  const Span between{previous.end, money.begin};
  auto names = ctx.parties_in(between);
  // "a Pinturas Técnicas de Carretera (Pintecar), 2,5 millones": a name's short form in
  // parentheses right after it is the same party; the joint to the amount follows it.
  std::size_t joint_from = 0;
  if (names.size() >= 2) {
    const Span last = names.back().span, before = names[names.size() - 2].span;
    if (ctx.text_of({before.end, last.begin}) == " (" && last.end < money.begin && ctx.doc.text[last.end] == ')') {
      names = names.first(names.size() - 1);
      joint_from = last.end + 1;
    }
  }
  // "de 41,2 milhões de euros, foi aplicada ao X, seguindo-se a Y, com 28,5 milhões": the
  // previous amount's own name after it, then the next item.
  const bool after_own = names.size() == 2 && previous_name && names.front().span == *previous_name;
  if ((names.size() != 1 && !after_own) || names.back().description) return std::nullopt;
  // "1,16 milioni a Linkmobile, 870mila euro a Fibracom": the one name between is the previous
  // amount's own, led to by a small word or two, as the list gives each name after its amount.
  constexpr std::size_t kMaxLeadWord = 4;  // letters
  if (!after_own && previous_name && names.back().span == *previous_name &&
      lowercase_words(ctx.text_of({previous.end, names.back().span.begin}), 2, kMaxLeadWord) > 0)
    return std::nullopt;
  const Span name = names.back().span;
  if (ctx.names_authority(names.back())) return std::nullopt;
  const std::size_t from = after_own ? names.front().span.end : previous.end;
  if (!item_separator(ctx, before_quoted(ctx.text_of({from, name.begin}))) ||
      !item_joint(ctx, after_quoted(ctx.text_of({std::max(name.end, joint_from), money.begin}))))
    return std::nullopt;
  // After the previous amount's own name, only a word of ranking or a conjunction leads on: a
  // mere comma would read the next clause's subject as an item.
  if (after_own && !ctx.lexicon.is_coordination(ctx.text_of({from, name.begin}), ctx.doc.language) &&
      ctx.lexicon.coordination_length(ctx.text_of({from, name.begin}).substr(1), ctx.doc.language) == 0)
    return std::nullopt;
  return name;
}

std::optional<Span> continued_trailing_item(const DocumentContext& ctx, Span previous, Span previous_name, Span money) {
  if (previous_name.begin < previous.end || previous_name.end > money.begin) return std::nullopt;
  // The small words that lead from the first amount to its name ("auf die", "for", "à"): up to
  // two short lowercase words.
  constexpr std::size_t kMaxWord = 4;
  constexpr int kMaxWords = 2;
  auto short_words = [&](std::string_view s) { return lowercase_words(s, kMaxWords, kMaxWord); };
  const std::string_view joint = ctx.text_of({previous.end, previous_name.begin});
  if (short_words(joint) == 0) return std::nullopt;
  if (!item_separator(ctx, after_quoted(ctx.text_of({previous_name.end, money.begin})))) return std::nullopt;
  const std::string_view lead = joint.substr(0, joint.find(' ', 1) + 1);  // " auf "
  const auto names = ctx.parties_in({money.end, std::min(money.end + joint.size() + 2 * kMaxWord + 8, ctx.doc.text.size())});
  if (names.empty() || names.front().description || ctx.names_authority(names.front())) return std::nullopt;
  const std::string_view after = ctx.text_of({money.end, names.front().span.begin});
  if (!after.starts_with(lead) || short_words(after) == 0) return std::nullopt;
  return names.front().span;
}

bool trailing_item(const DocumentContext& ctx, Span previous, Span money) {
  if (previous.end > money.begin || money.begin - previous.end > policy.max_list_line) return false;
  const Span between{previous.end, money.begin};
  const auto names = ctx.parties_in(between);
  if (names.size() != 1 || names.front().description || ctx.names_authority(names.front())) return false;
  const Span name = names.front().span;
  if (!item_separator(ctx, after_quoted(ctx.text_of({name.end, money.begin})))) return false;
  // Between the first amount and its name: a preposition, maybe with a common noun ("on",
  // "στην εταιρεία", "na spółkę"), all lowercase and unpunctuated.
  constexpr int kMaxWords = 3;
  return lowercase_words(before_quoted(ctx.text_of({previous.end, name.begin})), kMaxWords) > 0;
}

std::optional<Span> parenthesis_owner(const DocumentContext& ctx, Span money) {
  constexpr std::size_t kReach = 120;
  const Span before{money.begin > kReach ? money.begin - kReach : 0, money.begin};
  const auto names = ctx.parties_in(before);
  if (names.empty()) return std::nullopt;
  const PartyMention& name = names.back();
  if (name.span.end > money.begin || ctx.names_authority(name)) return std::nullopt;
  // The rest of a legal form the name was read without may stand between ("Navimare S.p.A. (").
  constexpr std::size_t kMaxRest = 12;
  const std::string_view between = ctx.text_of({name.span.end, money.begin});
  if (!between.ends_with(" (") || between.size() > kMaxRest + 2 ||
      between.find_first_of(",;()0123456789", 0) < between.size() - 1)
    return std::nullopt;
  return name.span;
}

}  // namespace finex
