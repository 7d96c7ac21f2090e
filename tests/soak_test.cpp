// A soak run: 10,000 generated documents mixing ordinary news, hostile bytes and huge but allowed
// texts, through a folder with -j 2 and through --stream, each giving exactly one record per
// input, in input order, with the peak resident size of the run under a bound (a tenth of the
// documents under sanitizers). Its time is reported, not checked: speed is the benchmark's to
// measure, and CTest stops a run that hangs.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "command_line.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace command_line_testing;

namespace {

constexpr int kDocuments = kSanitized ? 1000 : 10000;
// Two 4 MB documents may be in work at once (-j 2), on top of the ~30 MB of language data.
constexpr long kPeakBoundKb = 128 * 1024;

struct Document {
  std::string text;
  std::string error;  // the error code expected, "" for a document processed
};

std::string repeated(const std::string& piece, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + piece.size());
  while (out.size() < bytes) out += piece;
  return out;
}

// The i-th document: mostly short news with or without a fine, one in ten hostile, two huge.
Document document(int i) {
  const std::string n = std::to_string(i);
  if (i == 123) {
    return {repeated("The regulator fined Northwind Ltd " + n + " million euros on 3 May 2021. "
                     "The company said it would appeal.\n",
                     4'000'000),
            ""};
  }
  if (i == 777) return {repeated("the committee met again on Monday and said little more ", 4'000'000), ""};
  switch (i % 20) {
    case 0: return {"", "empty"};
    case 1: return {" \n\t\r\n", "empty"};
    case 2: return {std::string("PK\x03\x04\0\0binary ", 12) + n, "binary"};
    case 3: return {"The watchdog fined Acme \xff\xfe " + n + " million euros.\n", ""};
    case 4: return {"Fine " + std::string(2'000, '9') + " EUR " + n, ""};
    case 5: return {repeated("\xe2\x82\xac$\xc2\xa3", 600) + n, ""};
    case 6: return {"Quotes \" and \\ backslashes \\u0000 {\"id\": \"x\"} " + n, ""};
    case 7: return {"e" + repeated("\xcc\x81", 500) + " fined " + n + " euros", ""};
    case 8: return {repeated("fined 10 euros, ", 2'000) + n, ""};  // no sentence end
    case 9:
      return {"La CNIL a infligé une amende de " + n + " 000 euros à la société Dupont SA le 4 mars 2022.", ""};
    case 10:
      return {"Die Behörde verhängte gegen die Muster GmbH ein Bußgeld von " + n + " Euro.", ""};
    default:
      return {"The Authority fined Example Corp " + n + " million euros on Thursday, it said.\n\n"
              "Shares of the company fell " + std::to_string(i % 7) + " per cent.",
              ""};
  }
}

std::string name_of(int i) {
  char name[32];
  std::snprintf(name, sizeof name, "d%05d.txt", i);
  return name;
}

void check_records(const std::vector<json>& records, const std::vector<std::string>& documents,
                   const std::vector<std::string>& errors) {
  REQUIRE(records.size() == documents.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    CAPTURE(i);
    REQUIRE(records[i].at("document") == documents[i]);  // in input order
    if (errors[i].empty()) CHECK_FALSE(records[i].contains("error"));
    else CHECK(records[i].at("error").at("code") == errors[i]);
  }
}

// Standard error holds one line per document with an error ("finex: DOCUMENT: CODE: MESSAGE"),
// and nothing else, even with -q.
void check_error_lines(const std::string& err, const std::vector<std::string>& errors) {
  const auto expected = std::count_if(errors.begin(), errors.end(), [](const std::string& e) { return !e.empty(); });
  CHECK(std::count(err.begin(), err.end(), '\n') == expected);
  for (std::size_t at = 0; at < err.size();) {
    CHECK(err.compare(at, 7, "finex: ") == 0);
    const std::size_t end = err.find('\n', at);
    at = end == std::string::npos ? err.size() : end + 1;
  }
}

}  // namespace

TEST_CASE("soak: 10,000 mixed documents from a folder with -j 2, one record each, in order") {
  TempDir dir;
  std::vector<std::string> documents, errors;
  for (int i = 0; i < kDocuments; ++i) {
    const Document d = document(i);
    write_file(dir / name_of(i), d.text);
    documents.push_back(dir / name_of(i));
    errors.push_back(d.error);
  }
  const Run run = shell("finex extract -q -j 2 '" + dir.path.string() + "'");
  MESSAGE("folder: " << kDocuments << " documents in " << run.seconds << " s, peak RSS "
                     << run.peak_rss_kb / 1024 << " MB");
  CHECK(run.status == 1);  // the empty and binary ones
  check_error_lines(run.err, errors);
  check_records(records_of(run.out), documents, errors);
  if (!kSanitized) CHECK(run.peak_rss_kb < kPeakBoundKb);
}

TEST_CASE("soak: the same documents through --stream -j 2, with blank and broken lines") {
  std::string input;
  std::vector<std::string> documents, errors;
  for (int i = 0; i < kDocuments; ++i) {
    const Document d = document(i);
    const std::string id = "s" + std::to_string(i);
    // Text with invalid UTF-8 cannot be written as JSON: dump() replaces it, as a producer would.
    input += json{{"id", id}, {"text", d.text}}.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
    documents.push_back(id);
    errors.push_back(d.error);
    if (i % 1000 == 500) input += "\n";  // a blank line: no record
    if (i % 1000 == 900) {
      input += "{\"id\": \"broken" + std::to_string(i) + "\", \"text\": \"cut short\n";
      documents.push_back("broken" + std::to_string(i));
      errors.push_back("invalid_input");
    }
  }
  const Run run = shell("finex extract --stream -q -j 2", input);
  MESSAGE("stream: " << documents.size() << " records in " << run.seconds << " s, peak RSS "
                     << run.peak_rss_kb / 1024 << " MB");
  CHECK(run.status == 1);
  check_error_lines(run.err, errors);
  check_records(records_of(run.out), documents, errors);
  if (!kSanitized) CHECK(run.peak_rss_kb < kPeakBoundKb);
}
