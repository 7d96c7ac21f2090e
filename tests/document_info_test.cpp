// What the caller says about a document (DocumentInfo) and which languages it enables
// (Options::languages) are checked: a bad value is refused with a message instead of flowing
// into the results. What went wrong in a document processed anyway is a warning with a code.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "finex/extractor.h"
#include "finex/json.h"

namespace {

const std::string kFineSentence = "The CNIL fined Clearview AI 20 million euros on Thursday.";
const std::string kGermanFine =
    "Die Datenschutzbehörde hat gegen das Unternehmen eine Geldbuße von 20 Millionen Euro "
    "verhängt, weil es die Daten seiner Kunden ohne deren Einwilligung an Dritte weitergegeben "
    "hat. Das Unternehmen will gegen die Entscheidung vorgehen.";

const finex::Extractor& extractor() {
  static const finex::Extractor instance;
  return instance;
}

finex::Options only(std::vector<std::string> languages) {
  finex::Options options;
  options.languages = std::move(languages);
  return options;
}

finex::Result with_published(const std::string& published) {
  finex::DocumentInfo info;
  info.published = published;
  return extractor().extract(kFineSentence, info);
}

}  // namespace

TEST_CASE("publication_date accepts calendar dates and timestamps, nothing else") {
  CHECK(finex::publication_date("2022-10-20") == "2022-10-20");
  CHECK(finex::publication_date("2024-02-29") == "2024-02-29");
  CHECK(finex::publication_date("2022-10-20T09:30:00+02:00") == "2022-10-20");
  CHECK(finex::publication_date("2022-10-20 09:30") == "2022-10-20");
  for (const char* bad : {"2024-13-45", "2022-02-30", "2023-02-29", "yesterday", "2022", "2022-10",
                          "20-10-2022", "2022-10-20 noon", "2022-10-20T", ""}) {
    CAPTURE(bad);
    CHECK(!finex::publication_date(bad));
  }
}

TEST_CASE("a published date that is no calendar date is refused as invalid_input") {
  for (const char* bad : {"2024-13-45", "2022-02-30", "yesterday"}) {
    CAPTURE(bad);
    const finex::Result result = with_published(bad);
    REQUIRE(result.error);
    CHECK(result.error->code == "invalid_input");
    CHECK(result.error->message.find(bad) != std::string::npos);
    CHECK(result.fines.empty());
  }
  const finex::Result timestamp = with_published("2022-10-20T09:30:00Z");
  CHECK(timestamp.ok());
  CHECK(timestamp.published == "2022-10-20");
  REQUIRE(!timestamp.fines.empty());
  REQUIRE(timestamp.fines[0].date);
  CHECK(timestamp.fines[0].date->value == "2022-10-20");  // Thursday, that day
}

TEST_CASE("a document's language must be one the extractor processes: case does not matter") {
  finex::DocumentInfo info;
  info.language = "EN";
  const finex::Result upper = extractor().extract(kFineSentence, info);
  CHECK(upper.ok());
  CHECK(upper.language == "en");
  CHECK(!upper.fines.empty());
  for (const char* bad : {"xx", "zh", "french"}) {
    CAPTURE(bad);
    info.language = bad;
    const finex::Result result = extractor().extract(kFineSentence, info);
    REQUIRE(result.error);
    CHECK(result.error->code == "invalid_input");
    CHECK(result.error->message.find("supported: cs da de el en") != std::string::npos);
  }
  const finex::Extractor english_only(only({"en"}));
  info.language = "de";
  const finex::Result not_enabled = english_only.extract(kGermanFine, info);
  REQUIRE(not_enabled.error);
  CHECK(not_enabled.error->message == "language 'de' is not enabled (enabled: en)");
}

TEST_CASE("Options::languages: codes in any case, an unknown one names the supported ones") {
  const finex::Extractor upper(only({"EN", "Fr"}));
  REQUIRE(upper.ok());
  CHECK(upper.languages() == std::vector<std::string>{"en", "fr"});
  CHECK(!upper.extract(kFineSentence).fines.empty());
  for (const char* bad : {"xx", "zh", "french"}) {
    CAPTURE(bad);
    const finex::Extractor unknown(only({"en", bad}));
    CHECK(!unknown.ok());
    CHECK(unknown.error().find(std::string("unknown language '") + bad + "'") != std::string::npos);
    CHECK(unknown.error().find("supported: cs da de el en es fi fr it nl pl pt ro sv") !=
          std::string::npos);
  }
}

TEST_CASE("a text in a language that is not enabled is processed with a warning that says so") {
  const finex::Extractor english_only(only({"en"}));
  const finex::Result result = english_only.extract(kGermanFine);
  CHECK(result.ok());
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0].code == "language_not_enabled");
  CHECK(result.warnings[0].message.find("'de'") != std::string::npos);
  // Enabled, German is German and no warning is given.
  const finex::Result all = extractor().extract(kGermanFine);
  CHECK(all.language == "de");
  CHECK(all.warnings.empty());
  CHECK(english_only.extract(kFineSentence).warnings.empty());
}

TEST_CASE("warnings are objects with a code and a message in JSON, and read back") {
  const finex::Result result = extractor().extract("“The CNIL” — Paris — fined Acme \xff 2 million euros.");
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0].code == "invalid_utf8");
  const std::string json = finex::to_json(result);
  CHECK(json.find(R"("warnings":[{"code":"invalid_utf8","message":"invalid UTF-8: 1 sequence(s))") !=
        std::string::npos);
  const std::optional<finex::Result> back = finex::result_from_json(json);
  REQUIRE(back);
  CHECK(back->warnings == result.warnings);
  // A record of schema 1 held the message alone.
  const auto old = finex::result_from_json(R"({"document":"a","fines":[],"warnings":["x"]})");
  REQUIRE(old);
  CHECK(old->warnings == std::vector<finex::Warning>{{"", "x"}});
}
