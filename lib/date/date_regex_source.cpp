#include "date/date_regex_source.h"

#include <re2/re2.h>

#include <algorithm>

namespace finex::dates {

namespace {

// Day of month, two digits first so that "17" is not read as "1".
constexpr const char* kDay = "3[01]|[12][0-9]|0?[1-9]";
// A year in a written date: 1800-2099.
constexpr const char* kYear = "1[89][0-9]{2}|20[0-9]{2}";

bool glues_to_next(const std::string& word) {
  // "mid-October", "l'été", "quest'anno": no space after the word.
  return !word.empty() && (word.back() == '-' || word.back() == '\'');
}

// Longest first, so that an abbreviation never shadows the full word.
std::vector<std::string> sorted(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// `spaced`: each word takes its following space, unless it glues to the next word.
std::string alternation(const std::vector<std::string>& words, bool spaced = false) {
  std::string out;
  for (const std::string& w : sorted(words)) {
    if (!out.empty()) out += '|';
    out += folded_pattern(w);
    if (spaced && !glues_to_next(w)) out += ' ';
  }
  return out;
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

std::string group(const std::string& name, const std::string& body) {
  return "(?P<" + name + ">" + body + ")";
}

// "(?:a|b)" or, for an empty list, a pattern that never matches what follows it optionally.
std::string optional_words(const std::vector<std::string>& words, const char* after) {
  if (words.empty()) return "";
  return "(?:(?:" + alternation(words) + ")" + after + ")?";
}

// "{n} {unit} ago" as a group named `name`, with `name`_n and `name`_u around the number and
// the unit.
std::string template_alternative(const DateVocabulary& v, const std::string& tmpl,
                                 const std::string& name) {
  std::string number = "[0-9]{1,3}";
  if (!v.numbers.empty()) number.append("|").append(alternation(keys(v.numbers)));
  std::string body;
  std::size_t pos = 0;
  while (pos < tmpl.size()) {
    const std::size_t brace = tmpl.find('{', pos);
    body += folded_pattern(std::string(tmpl.substr(pos, brace - pos)));
    if (brace == std::string::npos) break;
    if (tmpl.compare(brace, 3, "{n}") == 0) {
      body += group(name + "_n", number);
      pos = brace + 3;
    } else if (tmpl.compare(brace, 6, "{unit}") == 0) {
      body += group(name + "_u", alternation(keys(v.units)));
      pos = brace + 6;
    } else {
      body += RE2::QuoteMeta("{");
      pos = brace + 1;
    }
  }
  return group(name, body);
}

}  // namespace

std::string ago_group(std::size_t template_index, const char* suffix) {
  return "ago" + std::to_string(template_index) + suffix;
}

std::string anchored_group(std::size_t template_index, const char* suffix) {
  return "anc" + std::to_string(template_index) + suffix;
}

std::string build_date_regex(const DateVocabulary& v) {
  const std::string year = std::string("(?:") + kYear + ")";
  const std::string months = alternation(keys(v.months));
  const std::string weekdays = alternation(keys(v.weekdays));
  const std::string pre = alternation(modifier_words(v, true), true);
  const std::string post = alternation(modifier_words(v, false));
  const std::string ordinal = optional_words(v.ordinals, "");
  const std::string day_joiner = optional_words(v.day_joiners, " ");
  const std::string year_joiner = optional_words(v.year_joiners, " ");
  const std::string weekday_joiner = optional_words(v.weekday_joiners, " ");
  const auto opt_group = [](const std::string& name, const std::string& words, const char* sep_before,
                            const char* sep_after) {
    if (words.empty()) return std::string();
    return std::string("(?:") + sep_before + group(name, words) + sep_after + ")?";
  };

  std::vector<std::string> alts;
  alts.push_back(group("iso", group("iso_y", year) + "-" + group("iso_m", "0[1-9]|1[0-2]") + "-" +
                                  group("iso_d", "0[1-9]|[12][0-9]|3[01]")));
  // "17/10/2022", "17.10.22", and with hyphens ("17-10-2022", Dutch style) only with a full
  // year, since "3-1-22" is more often a score or a range than a date. A space may follow each
  // dot before a full year ("15. 2. 2024", Czech and Slovak style).
  alts.push_back(group("num", group("num_a", "[0-3]?[0-9]") + "(?:[./-]|\\. )" +
                                  group("num_b", "[0-3]?[0-9]") + "(?:[./]" +
                                  group("num_y", year + "|[0-9]{2}") + "|(?:-|\\. )" +
                                  group("num_y4", year) + ")"));
  if (!months.empty()) {
    const std::string weekday_part =
        weekdays.empty() ? "" : "(?:" + group("dmy_wd", weekdays) + ",? " + weekday_joiner + ")?";
    alts.push_back(group(
        "dmy", opt_group("dmy_pre", pre, "", "") + weekday_part + group("dmy_d", kDay) + ordinal +
                   " " + day_joiner + group("dmy_m", months) + "\\.?" + "(?:,? " + year_joiner +
                   group("dmy_y", year) + (post.empty() ? "" : "| " + group("dmy_post", post)) +
                   ")?"));
    if (v.month_first) {
      const std::string mdy_weekday =
          weekdays.empty() ? "" : "(?:" + group("mdy_wd", weekdays) + ",? )?";
      alts.push_back(group("mdy", mdy_weekday + group("mdy_m", months) + "\\.? " +
                                      group("mdy_d", kDay) + ordinal + "(?:,? " +
                                      group("mdy_y", year) + ")?"));
    }
  }
  {
    std::string quarter = "q" + group("q_n", "[1-4]") + "[ /-]?" + group("q_y", year) + "|" +
                          group("q_y2", year) + " ?q" + group("q_n2", "[1-4]");
    if (!v.quarters.empty())
      quarter += "|" + opt_group("q_pre", pre, "", "") + group("q_p", alternation(keys(v.quarters))) +
                 "(?: " + year_joiner + group("q_y3", year) + ")?";
    alts.push_back(group("q", quarter));
  }
  if (!months.empty()) {
    alts.push_back(group("my", group("my_m", months) + "\\.?,? " + year_joiner + group("my_y", year)));
  }
  if (!v.seasons.empty()) {
    alts.push_back(group("sea", opt_group("sea_pre", pre, "", "") +
                                    group("sea_s", alternation(keys(v.seasons))) +
                                    opt_group("sea_post", post, " ", "") + "(?:,? " + year_joiner +
                                    group("sea_y", year) + ")?"));
  }
  if (!months.empty()) {
    alts.push_back(group("mon", opt_group("mon_pre", pre, "", "") + group("mon_m", months) +
                                    opt_group("mon_post", post, " ", "")));
  }
  if (!weekdays.empty()) {
    alts.push_back(group("wd", opt_group("wd_pre", pre, "", "") + group("wd_d", weekdays) +
                                   opt_group("wd_post", post, " ", "")));
  }
  if (!v.units.empty()) {
    // Longest template first: "nach dem" must be tried before "nach", since a match that ends
    // before the anchor date is rejected rather than retried.
    std::vector<std::size_t> order(v.anchored_templates.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return v.anchored_templates[a].text.size() > v.anchored_templates[b].text.size();
    });
    for (std::size_t i : order)
      alts.push_back(template_alternative(v, v.anchored_templates[i].text, anchored_group(i, "")));
    for (std::size_t i = 0; i < v.ago_templates.size(); ++i)
      alts.push_back(template_alternative(v, v.ago_templates[i], ago_group(i, "")));
  }
  if (!v.phrases.empty()) alts.push_back(group("rel", alternation(keys(v.phrases))));
  alts.push_back(group("yr", (v.year_words.empty() ? "" : "(?:" + group("yr_w", alternation(v.year_words)) + " )?") +
                                 group("yr_y", "(?:19|20)[0-9]{2}")));

  std::string body;
  for (const std::string& alt : alts) {
    if (!body.empty()) body += '|';
    body += alt;
  }
  const std::string cues = v.cues.empty() ? "" : group("cue", "(?:" + alternation(v.cues, true) + "){0,2}");
  // The boundaries are consumed, not asserted (RE2 has no look-around): the caller reads the
  // span group and restarts the search at its end.
  return "(?i)(?:^|[^\\p{L}\\p{N}])" + cues + group("span", body) + "(?:[^\\p{L}\\p{N}]|$)";
}

}  // namespace finex::dates
