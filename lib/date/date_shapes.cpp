// The date shapes of one language, built from its vocabulary: ISO and numeric dates, day-month
// and month-day dates, quarters, month-year, seasons, months and weekdays alone, offsets counted
// from a date ("six months after"), "two years ago", relative phrases and years. The order of
// the alternatives is the order in which they are tried.
#include "date/date_shapes.h"

#include <algorithm>

namespace finex::dates {

namespace {

// Longest first, so that an abbreviation never shadows the full word.
std::vector<std::string> sorted(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

template <typename T>
std::vector<std::string> keys(const WordMap<T>& map) {
  std::vector<std::string> out;
  out.reserve(map.size());
  for (const auto& [key, value] : map) out.push_back(key);
  return out;
}

std::vector<std::string> modifier_words(const DateVocabulary& v, bool before) {
  std::vector<std::string> out;
  for (const auto& [word, m] : v.modifiers)
    if (before ? m.before : m.after) out.push_back(word);
  return out;
}

}  // namespace

// Declares nodes bottom up; every method returns the new node's index.
class DateShapes::Builder {
 public:
  explicit Builder(DateShapes& shapes) : s_(shapes) {}

  int node(Op op, std::vector<int> kids, int group = -1, int words = -1) {
    Node n;
    n.op = op;
    n.group = group;
    n.words = words;
    n.first_kid = static_cast<std::uint32_t>(s_.kids_.size());
    n.kid_count = static_cast<std::uint32_t>(kids.size());
    s_.kids_.insert(s_.kids_.end(), kids.begin(), kids.end());
    s_.nodes_.push_back(n);
    return static_cast<int>(s_.nodes_.size()) - 1;
  }
  int seq(std::vector<int> kids) { return node(Op::sequence, std::move(kids)); }
  int alt(std::vector<int> kids) { return node(Op::alternative, std::move(kids)); }
  int opt(int kid) { return node(Op::optional, {kid}); }
  int group(std::size_t id, int kid) { return node(Op::group, {kid}, static_cast<int>(id)); }
  // A group of its own, numbered after the fixed ones.
  int new_group(int kid) { return node(Op::group, {kid}, static_cast<int>(s_.group_count_++)); }
  int edge(Op op) { return node(op, {}); }

  // One byte of `chars` (ASCII).
  int any_of(std::string_view chars) {
    const int n = node(Op::byte, {});
    for (char c : chars) {
      const auto b = static_cast<unsigned char>(c);
      s_.nodes_[static_cast<std::size_t>(n)].bytes[b >> 6] |= std::uint64_t{1} << (b & 63);
    }
    return n;
  }
  int range(char from, char to) {
    std::string chars;
    for (char c = from; c <= to; ++c) chars += c;
    return any_of(chars);
  }
  int digit() { return range('0', '9'); }
  int ch(char c) { return any_of(std::string_view(&c, 1)); }

  // `words` in the order given, each taking its following space when `spaced`, unless it glues
  // to the next word.
  int words(const std::vector<std::string>& list, bool spaced = false) {
    s_.words_.emplace_back(list, spaced);
    return node(Op::words, {}, -1, static_cast<int>(s_.words_.size()) - 1);
  }
  int sorted_words(const std::vector<std::string>& list, bool spaced = false) {
    return words(sorted(list), spaced);
  }
  int text(const std::string& literal) { return words({literal}); }

  // The words, then `after`, or nothing; nothing at all for an empty list.
  void optional_words(std::vector<int>& into, const std::vector<std::string>& list, const char* after) {
    if (list.empty()) return;
    std::vector<int> kids{sorted_words(list)};
    if (*after != '\0') kids.push_back(text(after));
    into.push_back(opt(seq(std::move(kids))));
  }
  // `before` group(`words`), or nothing; nothing at all for an empty list.
  void optional_group(std::vector<int>& into, std::size_t id, const std::vector<std::string>& list,
                      bool spaced, const char* before) {
    if (list.empty()) return;
    std::vector<int> kids;
    if (*before != '\0') kids.push_back(text(before));
    kids.push_back(group(id, sorted_words(list, spaced)));
    into.push_back(opt(seq(std::move(kids))));
  }

 private:
  DateShapes& s_;
};

DateShapes::DateShapes(const DateVocabulary& v) {
  Builder b(*this);
  // Day of month, two digits first so that "17" is not read as "1".
  const auto day = [&] {
    return b.alt({b.seq({b.ch('3'), b.any_of("01")}), b.seq({b.any_of("12"), b.digit()}),
                  b.seq({b.opt(b.ch('0')), b.range('1', '9')})});
  };
  // A year in a written date: 1800-2099.
  const auto year = [&] {
    return b.alt({b.seq({b.ch('1'), b.any_of("89"), b.digit(), b.digit()}),
                  b.seq({b.ch('2'), b.ch('0'), b.digit(), b.digit()})});
  };
  const auto group_year = [&](std::size_t id) { return b.group(id, year()); };
  const auto year_joiner = [&](std::vector<int>& into) { b.optional_words(into, v.year_joiners, " "); };
  const auto comma_space = [&](std::vector<int>& into) {
    into.push_back(b.opt(b.ch(',')));
    into.push_back(b.ch(' '));
  };

  const std::vector<std::string> months = keys(v.months), weekdays = keys(v.weekdays);
  const std::vector<std::string> pre = modifier_words(v, true), post = modifier_words(v, false);

  std::vector<int> alts;
  {
    const auto month = b.alt({b.seq({b.ch('0'), b.range('1', '9')}), b.seq({b.ch('1'), b.any_of("012")})});
    const auto dom = b.alt({b.seq({b.ch('0'), b.range('1', '9')}), b.seq({b.any_of("12"), b.digit()}),
                            b.seq({b.ch('3'), b.any_of("01")})});
    alts.push_back(b.group(group_id("iso"), b.seq({group_year(group_id("iso_y")), b.ch('-'),
                                                   b.group(group_id("iso_m"), month), b.ch('-'),
                                                   b.group(group_id("iso_d"), dom)})));
  }
  {
    // "17/10/2022", "17.10.22", and with hyphens ("17-10-2022", Dutch style) only with a full
    // year, since "3-1-22" is more often a score or a range than a date. A space may follow each
    // dot before a full year ("15. 2. 2024", Czech and Slovak style).
    const auto number = [&] { return b.seq({b.opt(b.range('0', '3')), b.digit()}); };
    const int dot_space = b.seq({b.ch('.'), b.ch(' ')});
    const int short_year = b.seq({b.any_of("./"), b.group(group_id("num_y"), b.alt({year(), b.seq({b.digit(), b.digit()})}))});
    const int long_year = b.seq({b.alt({b.ch('-'), b.seq({b.ch('.'), b.ch(' ')})}), group_year(group_id("num_y4"))});
    std::vector<int> num;
    // A weekday may head a numeric date as it heads a written one ("torstai 20.3.2025",
    // "pondělí 10. 2. 2025"), most often in a dateline.
    if (!weekdays.empty()) {
      std::vector<int> part{b.group(group_id("num_wd"), b.sorted_words(weekdays))};
      comma_space(part);
      num.push_back(b.opt(b.seq(std::move(part))));
    }
    num.insert(num.end(), {b.group(group_id("num_a"), number()), b.alt({b.any_of("./-"), dot_space}),
                           b.group(group_id("num_b"), number()), b.alt({short_year, long_year})});
    alts.push_back(b.group(group_id("num"), b.seq(std::move(num))));
  }
  if (!months.empty()) {
    std::vector<int> dmy;
    b.optional_group(dmy, group_id("dmy_pre"), pre, true, "");
    if (!weekdays.empty()) {
      std::vector<int> part{b.group(group_id("dmy_wd"), b.sorted_words(weekdays))};
      comma_space(part);
      b.optional_words(part, v.weekday_joiners, " ");
      dmy.push_back(b.opt(b.seq(std::move(part))));
    }
    dmy.push_back(b.group(group_id("dmy_d"), day()));
    b.optional_words(dmy, v.ordinals, "");
    dmy.push_back(b.ch(' '));
    b.optional_words(dmy, v.day_joiners, " ");
    dmy.push_back(b.group(group_id("dmy_m"), b.sorted_words(months)));
    dmy.push_back(b.opt(b.ch('.')));
    std::vector<int> with_year;
    comma_space(with_year);
    year_joiner(with_year);
    with_year.push_back(group_year(group_id("dmy_y")));
    std::vector<int> after{b.seq(std::move(with_year))};
    if (!post.empty()) after.push_back(b.seq({b.ch(' '), b.group(group_id("dmy_post"), b.sorted_words(post))}));
    dmy.push_back(b.opt(b.alt(std::move(after))));
    alts.push_back(b.group(group_id("dmy"), b.seq(std::move(dmy))));

    if (v.month_first) {
      std::vector<int> mdy;
      if (!weekdays.empty()) {
        std::vector<int> part{b.group(group_id("mdy_wd"), b.sorted_words(weekdays))};
        comma_space(part);
        mdy.push_back(b.opt(b.seq(std::move(part))));
      }
      mdy.push_back(b.group(group_id("mdy_m"), b.sorted_words(months)));
      mdy.push_back(b.opt(b.ch('.')));
      mdy.push_back(b.ch(' '));
      mdy.push_back(b.group(group_id("mdy_d"), day()));
      b.optional_words(mdy, v.ordinals, "");
      std::vector<int> with_year;
      comma_space(with_year);
      with_year.push_back(group_year(group_id("mdy_y")));
      mdy.push_back(b.opt(b.seq(std::move(with_year))));
      alts.push_back(b.group(group_id("mdy"), b.seq(std::move(mdy))));
    }
  }
  {
    std::vector<int> quarter{
        b.seq({b.any_of("qQ"), b.group(group_id("q_n"), b.range('1', '4')), b.opt(b.any_of(" /-")),
               group_year(group_id("q_y"))}),
        b.seq({group_year(group_id("q_y2")), b.opt(b.ch(' ')), b.any_of("qQ"),
               b.group(group_id("q_n2"), b.range('1', '4'))})};
    if (!v.quarters.empty()) {
      std::vector<int> named;
      b.optional_group(named, group_id("q_pre"), pre, true, "");
      named.push_back(b.group(group_id("q_p"), b.sorted_words(keys(v.quarters))));
      std::vector<int> with_year{b.ch(' ')};
      year_joiner(with_year);
      with_year.push_back(group_year(group_id("q_y3")));
      named.push_back(b.opt(b.seq(std::move(with_year))));
      quarter.push_back(b.seq(std::move(named)));
    }
    alts.push_back(b.group(group_id("q"), b.alt(std::move(quarter))));
  }
  if (!months.empty()) {
    std::vector<int> my{b.group(group_id("my_m"), b.sorted_words(months)), b.opt(b.ch('.'))};
    comma_space(my);
    year_joiner(my);
    my.push_back(group_year(group_id("my_y")));
    alts.push_back(b.group(group_id("my"), b.seq(std::move(my))));
  }
  if (!v.seasons.empty()) {
    std::vector<int> sea;
    b.optional_group(sea, group_id("sea_pre"), pre, true, "");
    sea.push_back(b.group(group_id("sea_s"), b.sorted_words(keys(v.seasons))));
    b.optional_group(sea, group_id("sea_post"), post, false, " ");
    std::vector<int> with_year;
    comma_space(with_year);
    year_joiner(with_year);
    with_year.push_back(group_year(group_id("sea_y")));
    sea.push_back(b.opt(b.seq(std::move(with_year))));
    alts.push_back(b.group(group_id("sea"), b.seq(std::move(sea))));
  }
  // "last March", "am Dienstag": a month or a weekday alone, with its modifiers before and after.
  auto modified_word = [&](std::size_t whole, std::size_t before, std::size_t word, std::size_t after,
                           const auto& words) {
    std::vector<int> shape;
    b.optional_group(shape, before, pre, true, "");
    shape.push_back(b.group(word, b.sorted_words(words)));
    b.optional_group(shape, after, post, false, " ");
    alts.push_back(b.group(whole, b.seq(std::move(shape))));
  };
  if (!months.empty())
    modified_word(group_id("mon"), group_id("mon_pre"), group_id("mon_m"), group_id("mon_post"), months);
  if (!weekdays.empty())
    modified_word(group_id("wd"), group_id("wd_pre"), group_id("wd_d"), group_id("wd_post"), weekdays);
  if (!v.units.empty()) {
    // "{n} {unit} ago": the template's words, its number (digits or a number word) and unit.
    const auto template_shape = [&](const std::string& tmpl, TemplateGroups& groups) {
      std::vector<int> parts;
      std::size_t pos = 0;
      while (pos < tmpl.size()) {
        const std::size_t brace = tmpl.find('{', pos);
        const std::string literal = tmpl.substr(pos, brace - pos);
        if (!literal.empty()) parts.push_back(b.text(literal));
        if (brace == std::string::npos) break;
        if (tmpl.compare(brace, 3, "{n}") == 0) {
          std::vector<int> number{b.seq({b.digit(), b.opt(b.seq({b.digit(), b.opt(b.digit())}))})};
          if (!v.numbers.empty()) number.push_back(b.sorted_words(keys(v.numbers)));
          groups.number = static_cast<int>(group_count_);
          parts.push_back(b.new_group(b.alt(std::move(number))));
          pos = brace + 3;
        } else if (tmpl.compare(brace, 6, "{unit}") == 0) {
          groups.unit = static_cast<int>(group_count_);
          parts.push_back(b.new_group(b.sorted_words(keys(v.units))));
          pos = brace + 6;
        } else {
          parts.push_back(b.ch('{'));
          pos = brace + 1;
        }
      }
      groups.whole = static_cast<int>(group_count_);
      return b.new_group(b.seq(std::move(parts)));
    };
    // Longest template first: "nach dem" must be tried before "nach", since a match that ends
    // before the anchor date is rejected rather than retried.
    std::vector<std::size_t> order(v.anchored_templates.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t c) {
      return v.anchored_templates[a].text.size() > v.anchored_templates[c].text.size();
    });
    anchored_.resize(v.anchored_templates.size());
    for (std::size_t i : order)
      alts.push_back(template_shape(v.anchored_templates[i].text, anchored_[i]));
    ago_.resize(v.ago_templates.size());
    for (std::size_t i = 0; i < v.ago_templates.size(); ++i)
      alts.push_back(template_shape(v.ago_templates[i], ago_[i]));
  }
  if (!v.phrases.empty()) alts.push_back(b.group(group_id("rel"), b.sorted_words(keys(v.phrases))));
  {
    std::vector<int> yr;
    if (!v.year_words.empty())
      yr.push_back(b.opt(b.seq({b.group(group_id("yr_w"), b.sorted_words(v.year_words)), b.ch(' ')})));
    yr.push_back(b.group(group_id("yr_y"), b.seq({b.alt({b.seq({b.ch('1'), b.ch('9')}), b.seq({b.ch('2'), b.ch('0')})}),
                                                  b.digit(), b.digit()})));
    alts.push_back(b.group(group_id("yr"), b.seq(std::move(yr))));
  }

  // Words before a date that are not part of it ("on", "le"), at most two; the boundaries
  // around the date are characters of their own, read but not part of the span.
  std::vector<int> whole{b.edge(Op::lead_edge)};
  if (!v.cues.empty()) {
    const int cue = b.sorted_words(v.cues, true);
    whole.push_back(b.group(group_id("cue"), b.opt(b.seq({cue, b.opt(cue)}))));
  }
  whole.push_back(b.group(group_id("span"), b.alt(std::move(alts))));
  whole.push_back(b.edge(Op::trail_edge));
  root_ = b.seq(std::move(whole));
  find_first_bytes();
  find_digit_runs();
}

}  // namespace finex::dates
