// End to end: the bundled seed articles reproduce their gold annotations, and the development
// articles beside the project (../shared/dev, when present) stay above the quality floor.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "finex/finex.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// A predicted name agrees with a gold name when one contains the other as whole words.
bool name_matches(const std::string& predicted, const json& gold_names) {
  const std::string p = lower(predicted);
  for (const json& g : gold_names) {
    if (!g.is_string()) continue;
    const std::string n = lower(g.get<std::string>());
    const std::string& shorter = p.size() < n.size() ? p : n;
    const std::string& longer = p.size() < n.size() ? n : p;
    if (shorter.size() >= 3 && longer.find(shorter) != std::string::npos) return true;
  }
  return false;
}

struct Tally {
  int gold = 0, predicted = 0, matched = 0, strict = 0;
  double lenient_f1() const { return 2.0 * matched / std::max(1, gold + predicted); }
  double strict_f1() const { return 2.0 * strict / std::max(1, gold + predicted); }
};

// How many of the slots the gold gives (kind, entity, authority, date) the prediction gets
// right, and how many there are.
std::pair<int, int> slots(const finex::Fine& f, const json& g) {
  int right = 0, total = 0;
  auto count = [&](bool ok) { ++total, right += ok; };
  count(std::string(finex::to_string(f.kind)) == g["kind"].get<std::string>());
  if (!g["entity"].is_null()) {
    json names = g.value("entity_aliases", json::array());
    names.push_back(g["entity"]);
    count(f.entity && name_matches(f.entity->text, names));
  }
  if (!g["authority"].is_null() || !g["authority_country"].is_null()) {
    json names = g.value("authority_aliases", json::array());
    if (!g["authority"].is_null()) names.push_back(g["authority"]);
    bool ok = f.authority && (name_matches(f.authority->text, names) || name_matches(f.authority->name, names));
    if (!ok && g["authority"].is_null())
      ok = f.authority && f.authority->country == g["authority_country"].get<std::string>();
    count(ok);
  }
  if (!g["date"].is_null()) count(f.date && f.date->value.rfind(g["date"].get<std::string>(), 0) == 0);
  return {right, total};
}

// Scores one folder of <id>.txt + <id>.gold.json pairs the way the annotation format defines:
// amounts match within 0.5 % in the same currency, best-agreeing pairs first; optional gold
// fines neither count nor penalise.
std::map<std::string, Tally> score_folder_by_language(const fs::path& folder) {
  const finex::Extractor extractor;
  std::map<std::string, Tally> by_language;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() != ".txt") continue;
    fs::path gold_path = entry.path();
    gold_path.replace_extension(".gold.json");
    const json gold = json::parse(read_file(gold_path));
    Tally& t = by_language[gold["language"].get<std::string>()];
    const finex::Result r = extractor.extract(read_file(entry.path()));
    std::vector<json> required, optional;
    for (const json& g : gold["fines"])
      if (!g["amount"].is_null()) (g.value("optional", false) ? optional : required).push_back(g);
    auto amount_matches = [](const finex::Fine& f, const json& g) {
      const double amount = g["amount"].get<double>();
      return f.amount && f.amount->currency == g["currency"].get<std::string>() &&
             std::fabs(f.amount->value.to_double() - amount) <= 0.005 * amount;
    };
    struct Pair { int right, total; std::size_t p, g; };
    std::vector<Pair> pairs;
    for (std::size_t p = 0; p < r.fines.size(); ++p)
      for (std::size_t g = 0; g < required.size(); ++g)
        if (amount_matches(r.fines[p], required[g])) {
          const auto [right, total] = slots(r.fines[p], required[g]);
          pairs.push_back({right, total, p, g});
        }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.right > b.right; });
    std::vector<bool> used_p(r.fines.size()), used_g(required.size());
    for (const Pair& pair : pairs) {
      if (used_p[pair.p] || used_g[pair.g]) continue;
      used_p[pair.p] = used_g[pair.g] = true;
      ++t.matched;
      t.strict += pair.right == pair.total;
    }
    t.gold += static_cast<int>(required.size());
    for (std::size_t p = 0; p < r.fines.size(); ++p) {
      const bool counts = used_p[p] || std::none_of(optional.begin(), optional.end(), [&](const json& g) {
                                         return amount_matches(r.fines[p], g);
                                       });
      t.predicted += counts && r.fines[p].amount;
    }
  }
  return by_language;
}

Tally score_folder(const fs::path& folder) {
  Tally all;
  for (const auto& [language, t] : score_folder_by_language(folder)) {
    all.gold += t.gold, all.predicted += t.predicted;
    all.matched += t.matched, all.strict += t.strict;
  }
  return all;
}

struct Floor {
  double lenient = 0, strict = 0;
};

// tests/data/dev_floors.tsv: language <TAB> lenient F1 floor <TAB> strict F1 floor.
std::map<std::string, Floor> read_floors() {
  std::map<std::string, Floor> floors;
  std::istringstream in(read_file(FINEX_TEST_DATA_DIR "/dev_floors.tsv"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string language;
    Floor f;
    fields >> language >> f.lenient >> f.strict;
    floors[language] = f;
  }
  return floors;
}

}  // namespace

TEST_CASE("the seed articles reproduce their gold") {
  const Tally t = score_folder(FINEX_CORPUS_DIR "/seeds");
  CAPTURE(t.gold);
  CAPTURE(t.predicted);
  CAPTURE(t.matched);
  CAPTURE(t.strict);
  CHECK(t.gold == 17);
  CHECK(t.matched == t.gold);
  CHECK(t.lenient_f1() == doctest::Approx(1.0));
  CHECK(t.strict_f1() >= 0.9);
}

// Each language of the development articles holds its own floor, so a gain in one language
// cannot hide a loss in another. A floor is only ever raised.
TEST_CASE("the development articles stay above each language's quality floor") {
  const fs::path dev = FINEX_SHARED_DIR "/dev";
  if (!fs::is_directory(dev)) {
    MESSAGE("no development articles beside the project: skipped");
    return;
  }
  const std::map<std::string, Floor> floors = read_floors();
  for (const auto& [language, t] : score_folder_by_language(dev)) {
    CAPTURE(language);
    CAPTURE(t.gold);
    CAPTURE(t.predicted);
    CAPTURE(t.matched);
    CAPTURE(t.strict);
    MESSAGE(language << ": lenient " << t.lenient_f1() << ", strict " << t.strict_f1());
    const auto floor = floors.find(language);
    REQUIRE_MESSAGE(floor != floors.end(), "no floor for language " << language);
    CHECK(t.lenient_f1() >= floor->second.lenient);
    CHECK(t.strict_f1() >= floor->second.strict);
  }
}
