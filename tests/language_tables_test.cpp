// Table tests written by linguists, one folder per language: tests/data/<lang>/{money,dates,
// fines}.tsv. Adding a row needs no C++. Every sentence is read as the folder's language, and
// relative dates resolve against a publication date of Friday 2024-06-14.
//
//   money.tsv   sentence <TAB> amount as written <TAB> exact value <TAB> ISO 4217
//               (amount "-": the sentence holds no amount of money)
//   dates.tsv   sentence <TAB> date as written <TAB> ISO value ("2024-03", "XXXX-09-12")
//               (date "-": the sentence holds no date)
//   fines.tsv   sentence <TAB> kind <TAB> amount <TAB> currency <TAB> party <TAB> authority <TAB> date
//               one row per fine the sentence reports (rows of one sentence stay together);
//               amount "-": the sentence reports no fine; an empty party, authority or date
//               must be null, "?" is not checked; the authority matches its text or its name.
//               Rows of one amount ("€5,000 each") are told apart by their party.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "date/date_recognizer.h"
#include "normalize/normalizer.h"
#include "finex/finex.h"
#include "money/money_recognizer.h"

namespace fs = std::filesystem;

namespace {

constexpr const char* kPublished = "2024-06-14";

struct Row {
  std::string where;  // file:line, for the failure message
  std::vector<std::string> fields;
};

std::vector<Row> read_table(const fs::path& path, std::size_t columns) {
  std::vector<Row> rows;
  std::ifstream in(path);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    Row row{path.parent_path().filename().string() + "/" + path.filename().string() + ":" +
                std::to_string(number),
            {}};
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = line.find('\t', start);
      row.fields.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    INFO(row.where);
    REQUIRE_MESSAGE(row.fields.size() == columns, "expected " << columns << " columns");
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<fs::path> language_folders() {
  std::vector<fs::path> folders;
  for (const auto& entry : fs::directory_iterator(FINEX_TEST_DATA_DIR))
    if (entry.is_directory()) folders.push_back(entry.path());
  std::sort(folders.begin(), folders.end());
  return folders;
}

std::string_view slice(std::string_view text, finex::Span span) {
  return text.substr(span.begin, span.end - span.begin);
}

// An expected name agrees with the extracted one when it is the same, ignoring case.
bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

}  // namespace

// Every row of `file` in every language folder: `find(sentence, language)` must give a mention
// spanning the second column (or none at all when it is "-"), which `check` compares with the
// rest of the row.
template <typename Find, typename Check>
void check_mention_tables(const char* file, std::size_t columns, Find find, Check check) {
  for (const fs::path& folder : language_folders()) {
    if (!fs::exists(folder / file)) continue;
    const std::string language = folder.filename().string();
    for (const Row& row : read_table(folder / file, columns)) {
      INFO(row.where << ": " << row.fields[0]);
      const std::string& sentence = row.fields[0];
      const auto mentions = find(sentence, language);
      if (row.fields[1] == "-") {
        CHECK(mentions.empty());
        continue;
      }
      bool found = false;
      for (const auto& m : mentions) {
        if (slice(sentence, m.span) != row.fields[1]) continue;
        found = true;
        check(m, row);
      }
      CHECK_MESSAGE(found, "nothing spans '" << row.fields[1] << "'");
    }
  }
}

TEST_CASE("money tables") {
  const finex::MoneyRecognizer money;
  REQUIRE(money.ok());
  check_mention_tables(
      "money.tsv", 4, [&](const std::string& s, const std::string& lang) { return money.find(s, lang); },
      [](const finex::MoneyMention& m, const Row& row) {
        CHECK(m.value.to_string() == row.fields[2]);
        CHECK(m.currency == row.fields[3]);
      });
}

TEST_CASE("date tables") {
  const finex::DateRecognizer dates;
  REQUIRE(dates.ok());
  check_mention_tables(
      "dates.tsv", 3,
      [&](const std::string& s, const std::string& lang) { return dates.find(s, lang, kPublished); },
      [](const finex::DateMention& m, const Row& row) { CHECK(m.value == row.fields[2]); });
}

TEST_CASE("fine tables") {
  const finex::Extractor extractor;
  REQUIRE(extractor.ok());
  for (const fs::path& folder : language_folders()) {
    if (!fs::exists(folder / "fines.tsv")) continue;
    const std::string language = folder.filename().string();
    const std::vector<Row> rows = read_table(folder / "fines.tsv", 7);
    for (std::size_t first = 0; first < rows.size();) {
      std::size_t last = first + 1;
      while (last < rows.size() && rows[last].fields[0] == rows[first].fields[0]) ++last;
      const std::string& sentence = rows[first].fields[0];
      INFO(rows[first].where << ": " << sentence);
      const finex::Result result = extractor.extract(sentence, {"", kPublished, language});
      REQUIRE(!result.error);
      if (rows[first].fields[2] == "-") {
        CHECK(result.fines.empty());
        first = last;
        continue;
      }
      CHECK(result.fines.size() == last - first);
      for (std::size_t r = first; r < last; ++r) {
        const auto& f = rows[r].fields;
        INFO(rows[r].where);
        const finex::Fine* fine = nullptr;
        // The fine of this amount; of several ("€5,000 each"), the one of this row's party.
        for (const finex::Fine& candidate : result.fines)
          if (candidate.amount && candidate.amount->value.to_string() == f[2] &&
              candidate.amount->currency == f[3] &&
              (fine == nullptr || (candidate.entity && candidate.entity->text == f[4])))
            fine = &candidate;
        REQUIRE_MESSAGE(fine != nullptr, "no fine of " << f[2] << " " << f[3]);
        CHECK(finex::to_string(fine->kind) == f[1]);
        if (f[4] != "?") CHECK(fine->entity.has_value() == !f[4].empty());
        if (f[4] != "?" && fine->entity) CHECK(fine->entity->text == f[4]);
        if (f[5] != "?") CHECK(fine->authority.has_value() == !f[5].empty());
        if (f[5] != "?" && fine->authority)
          CHECK_MESSAGE((fine->authority->text == f[5] || same_name(fine->authority->name, f[5])),
                        "authority '" << fine->authority->text << "' (" << fine->authority->name << ")");
        if (f[6] != "?") CHECK(fine->date.has_value() == !f[6].empty());
        if (f[6] != "?" && fine->date) CHECK(fine->date->value == f[6]);
      }
      first = last;
    }
  }
}

namespace {

// `sentence` wrapped greedily at `width` columns, as an e-mail client or textwrap would: a word
// goes to the next line when it does not fit on this one.
std::string hard_wrapped(const std::string& sentence, std::size_t width) {
  const auto columns = [](std::string_view s) {
    std::size_t n = 0;
    for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  };
  std::string out;
  std::size_t line = 0;
  std::istringstream words(sentence);
  for (std::string word; words >> word;) {
    const std::size_t w = columns(word);
    if (line > 0 && line + 1 + w > width) {
      out += '\n';
      line = 0;
    } else if (line > 0) {
      out += ' ';
      ++line;
    }
    out += word;
    line += w;
  }
  return out;
}

std::string unwrapped(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

}  // namespace

TEST_CASE("fine tables, hard-wrapped at every width from 40 to 72 columns") {
  // Each sentence of the fine tables, broken into lines: amounts, names, dates and fine words
  // fall across line breaks somewhere, and every fine must come out as from the one-line text.
  const finex::Extractor extractor;
  REQUIRE(extractor.ok());
  for (const fs::path& folder : language_folders()) {
    if (!fs::exists(folder / "fines.tsv")) continue;
    const std::string language = folder.filename().string();
    int split_amounts = 0, split_names = 0;
    for (const Row& row : read_table(folder / "fines.tsv", 7)) {
      const std::string& sentence = row.fields[0];
      const finex::Result flat = extractor.extract(sentence, {"", kPublished, language});
      for (std::size_t width = 40; width <= 72; width += 2) {
        const std::string text = hard_wrapped(sentence, width);
        if (text.find('\n') == std::string::npos) break;
        INFO(row.where << " at " << width << " columns:\n" << text);
        const finex::Result wrapped = extractor.extract(text, {"", kPublished, language});
        REQUIRE(wrapped.fines.size() == flat.fines.size());
        for (std::size_t i = 0; i < flat.fines.size(); ++i) {
          const finex::Fine &a = flat.fines[i], &b = wrapped.fines[i];
          CHECK(finex::to_string(a.kind) == finex::to_string(b.kind));
          CHECK(a.amount.has_value() == b.amount.has_value());
          if (a.amount && b.amount) {
            CHECK(a.amount->value.to_string() == b.amount->value.to_string());
            CHECK(a.amount->text == unwrapped(b.amount->text));
            split_amounts += b.amount->text.find('\n') != std::string::npos;
          }
          CHECK(a.entity.has_value() == b.entity.has_value());
          if (a.entity && b.entity) {
            CHECK(a.entity->text == unwrapped(b.entity->text));
            split_names += b.entity->text.find('\n') != std::string::npos;
          }
          CHECK(a.date.has_value() == b.date.has_value());
          if (a.date && b.date) {
            CHECK(a.date->value == b.date->value);
          }
          CHECK(a.authority.has_value() == b.authority.has_value());
          if (a.authority && b.authority) CHECK(a.authority->name == b.authority->name);
        }
      }
    }
    // The widths did split what they are meant to test.
    INFO(language);
    CHECK(split_amounts > 0);
    CHECK(split_names > 0);
  }
}

TEST_CASE("date tables, hard-wrapped at every width from 20 to 72 columns") {
  // A date broken across lines ("3\nMay 2024") is the same date, its span the original bytes.
  const finex::DateRecognizer dates;
  REQUIRE(dates.ok());
  for (const fs::path& folder : language_folders()) {
    if (!fs::exists(folder / "dates.tsv")) continue;
    const std::string language = folder.filename().string();
    int split = 0;
    for (const Row& row : read_table(folder / "dates.tsv", 3)) {
      if (row.fields[1] == "-" || row.fields[1].find(' ') == std::string::npos) continue;
      for (std::size_t width = 20; width <= 72; ++width) {
        const std::string text = hard_wrapped(row.fields[0], width);
        const finex::NormalizedText norm = finex::normalize(text);
        if (norm.text != unwrapped(text)) continue;  // too short to read as wrapped
        INFO(row.where << " at " << width << " columns:\n" << text);
        bool found = false;
        for (const auto& m : dates.find(norm.text, language, kPublished)) {
          const finex::Span span = norm.to_original(m.span);
          const std::string written = text.substr(span.begin, span.size());
          if (unwrapped(written) != row.fields[1]) continue;
          found = true;
          CHECK(m.value == row.fields[2]);
          split += written.find('\n') != std::string::npos;
        }
        CHECK_MESSAGE(found, "nothing spans '" << row.fields[1] << "'");
      }
    }
    INFO(language);
    CHECK(split > 0);
  }
}
