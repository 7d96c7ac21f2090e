// The compact JSON is written straight from the result's structs, the pretty JSON through
// nlohmann's tree: both must say the same, the compact one byte for byte as nlohmann would
// print it.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "finex/json.h"

namespace {

// What nlohmann prints for the record of the pretty style, compacted.
std::string compacted_pretty(const finex::Result& result) {
  return nlohmann::ordered_json::parse(finex::to_json(result, finex::JsonStyle::pretty)).dump();
}

finex::Fine full_fine() {
  finex::Fine fine;
  fine.kind = finex::FineKind::periodic_penalty;
  fine.entity = finex::EntityRef{"Müller \"Bau\" GmbH", {10, 29}};
  fine.authority = finex::AuthorityRef{"the watchdog", "Datatilsynet", "NO", {40, 52}};
  fine.amount = finex::AmountRef{"NOK 2,5\nmillioner", finex::Decimal::parse("2500000").value(), "NOK", {60, 78}};
  fine.date = finex::DateRef{"mandag", "2024-03-04", finex::DateResolution::weekday, {80, 86}};
  fine.sentence = {0, 90};
  fine.confidence = 0.8500001;
  return fine;
}

}  // namespace

TEST_CASE("compact JSON is what nlohmann prints of the same record") {
  finex::Result result;
  result.document = "dir/article \\ one.txt";
  result.language = "nb";
  result.published = "2024-03-05";
  result.fines.push_back(full_fine());

  finex::Fine inferred = full_fine();
  inferred.kind = finex::FineKind::proposed;
  inferred.entity.reset();
  inferred.authority = finex::AuthorityRef{"", "", "IT", {}};  // "fined in Italy": no place in the text
  inferred.amount->value = finex::Decimal::parse("9954.6").value();
  inferred.amount->text = "tab\there, bell\x07, quote \" and \u20ac";
  inferred.date = finex::DateRef{"", "2024-03-05", finex::DateResolution::reference, {}};
  inferred.confidence = 1.0;
  result.fines.push_back(inferred);

  finex::Fine bare;
  bare.confidence = 0.004;
  bare.evidence = finex::Evidence{"A sentence.\r\nOn two lines.", std::nullopt, "list_line"};
  result.fines.push_back(bare);

  finex::Fine evidenced = full_fine();
  evidenced.evidence = finex::Evidence{"Fined.", finex::TriggerRef{"fined", {3, 8}}, "fine_word"};
  result.fines.push_back(evidenced);

  result.languages = {{"nb", {0, 50}}, {"en", {50, 90}}};
  result.warnings = {{"invalid_utf8", "invalid UTF-8: 1 sequence(s) replaced by U+FFFD"},
                     {"encoding", "read as windows-1252"}};
  const std::string compact = finex::to_json(result);
  CHECK(compact == compacted_pretty(result));
  // An authority or a date without a place in the text: "end" comes first, as the tree has it.
  CHECK(compact.find(R"("country":"IT","end":null,"start":null})") != std::string::npos);
  CHECK(compact.find(R"("value":9954.6,)") != std::string::npos);
  CHECK(compact.find(R"("confidence":0.85})") != std::string::npos);
  CHECK(compact.find(R"("confidence":1.0})") != std::string::npos);
  CHECK(compact.find(R"(bell\u0007)") != std::string::npos);

  // A record without fines, and one without a language or a publication date.
  finex::Result empty;
  empty.document = "x";
  CHECK(finex::to_json(empty) == compacted_pretty(empty));
  CHECK(finex::to_json(empty) == R"({"document":"x","language":null,"published":null,"fines":[],"warnings":[]})");
}

TEST_CASE("compact JSON of an error record and of names that are no UTF-8") {
  finex::Result error;
  error.document = "bad\xff\xfe name\xc3";  // a file name need not be UTF-8
  error.error = finex::Error{"unreadable", "cannot open \xe2\x82"};
  CHECK(finex::to_json(error) == compacted_pretty(error));
  CHECK(finex::to_json(error).find("\xef\xbf\xbd") != std::string::npos);

  finex::Result overlong;
  overlong.document = "\xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80 ok \xf0\x9f\x98\x80";
  overlong.language = "en";
  CHECK(finex::to_json(overlong) == compacted_pretty(overlong));

  // Pieces: one before the fines, one per fine, one after them.
  finex::Result two;
  two.document = "two";
  two.fines = {full_fine(), full_fine()};
  std::vector<std::string> pieces;
  finex::write_json(two, finex::JsonStyle::compact, [&](std::string_view piece) { pieces.emplace_back(piece); });
  CHECK(pieces.size() == 3);
  std::string joined;
  for (const std::string& piece : pieces) joined += piece;
  CHECK(joined == compacted_pretty(two));
}
