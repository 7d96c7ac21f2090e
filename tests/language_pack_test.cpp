// Language packs: the compiled ones pass their schemas, a pack read at run time extracts a fine
// in its own language, and a broken pack is refused with its file and line.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "finex/finex.h"
#include "language/language_pack.h"
#include "language/pack_schema.h"

namespace fs = std::filesystem;

namespace {

// A copy of the toy Esperanto pack (tests/packs/eo) in a fresh temporary folder, to be read
// as it is or broken first.
struct ToyPack {
  fs::path root;
  fs::path pack;
  explicit ToyPack(const std::string& name) {
    root = fs::temp_directory_path() / ("finex-pack-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(root);
    pack = root / "eo";
    fs::create_directories(root);
    fs::copy(FINEX_TEST_PACKS_DIR "/eo", pack, fs::copy_options::recursive);
  }
  ~ToyPack() { fs::remove_all(root); }
  void write(const std::string& file, const std::string& contents) const {
    std::ofstream(pack / file, std::ios::binary) << contents;
  }
};

finex::Options with_packs(const fs::path& dir) {
  finex::Options options;
  options.extra_language_dirs = {dir.string()};
  return options;
}

}  // namespace

TEST_CASE("every compiled pack passes its schemas") {
  // Every line, as the build checks them; a process reading the packs trusts their lines.
  const std::string lines = finex::LanguagePacks::check_compiled();
  CHECK_MESSAGE(lines.empty(), lines);
  const finex::LanguagePacks& packs = finex::LanguagePacks::compiled();
  CHECK_MESSAGE(packs.ok(), packs.error());
  for (const char* code : {"en", "fr", "de", "nl", "it", "es", "pt"}) {
    const finex::LanguagePack* pack = packs.find(code);
    REQUIRE(pack != nullptr);
    CHECK(!pack->name().empty());
    for (auto c : {finex::Capability::money, finex::Capability::dates, finex::Capability::fines,
                   finex::Capability::authorities, finex::Capability::parties})
      CHECK(pack->provides(c));
  }
  CHECK(packs.find("eo") == nullptr);
}

TEST_CASE("a pack read at run time extracts a fine in its language") {
  const ToyPack toy("read");
  const finex::Extractor extractor(with_packs(toy.root));
  REQUIRE_MESSAGE(extractor.ok(), extractor.error());
  const std::string text =
      "La Datuma Oficejo monpunis Verda Kompanio S.A. per 2 milionoj da eŭroj la 12 de marto 2024.";
  const finex::Result r = extractor.extract(text, {"", "", "eo"});
  REQUIRE(r.fines.size() == 1);
  const finex::Fine& f = r.fines[0];
  REQUIRE(f.amount);
  CHECK(f.amount->value.to_string() == "2000000");
  CHECK(f.amount->currency == "EUR");
  CHECK(f.amount->text == "2 milionoj da eŭroj");
  REQUIRE(f.authority);
  CHECK(f.authority->text == "Datuma Oficejo");
  CHECK(f.authority->name == "Datuma Oficejo de Malto");
  CHECK(f.authority->country == "MT");
  REQUIRE(f.entity);
  CHECK(f.entity->text == "Verda Kompanio S.A.");
  REQUIRE(f.date);
  CHECK(f.date->value == "2024-03-12");
  CHECK(f.date->text == "12 de marto 2024");
  // The language identifier knows the new language too, given a few of its function words.
  CHECK(extractor.extract(text + " Ĝi ne protektis la datumojn de siaj klientoj, ĉar ili ne estis ĉifritaj.")
            .language == "eo");
  // The folder itself may be given as well as its parent.
  CHECK(finex::Extractor(with_packs(toy.pack)).ok());
}

TEST_CASE("a pack read at run time replaces the compiled pack of its language") {
  const ToyPack toy("override");
  fs::rename(toy.pack, toy.root / "en");
  const finex::Extractor extractor(with_packs(toy.root));
  REQUIRE_MESSAGE(extractor.ok(), extractor.error());
  // English words are gone: an English report gives no fine.
  const finex::Result r = extractor.extract("The regulator fined Acme Ltd €2 million on Monday.",
                                            {"", "", "en"});
  CHECK(r.fines.empty());
}

TEST_CASE("a broken pack is refused with its file and line") {
  struct Case {
    const char* file;
    const char* contents;
    const char* error;  // the end of the message, after the pack's folder
  };
  const Case cases[] = {
      {"fine_cues.tsv", "# fine words\ntrigger\tmonpun*\npunishment\tpun*\n",
       "/fine_cues.tsv:3: 'punishment' is not one of: "},
      {"fine_cues.tsv", "trigger monpun*\n", "/fine_cues.tsv:1: expected 2 tab-separated columns, found 1"},
      {"date_months.tsv", "marto\t13\n", "/date_months.tsv:1: expected a whole number from 1 to 12, not '13'"},
      {"money_currencies.tsv", "eŭroj\teur\n", "/money_currencies.tsv:1: expected an ISO 4217 code, not 'eur'"},
      {"fine_cue.tsv", "trigger\tmonpun*\n", "/fine_cue.tsv: no language pack file has this name"},
      {"manifest.tsv", "name\tEsperanto\nprovides\tmoney weather\n",
       "/manifest.tsv:2: unknown capability 'weather'"},
      {"party_cues.tsv", "before\tal**\n", "/party_cues.tsv:1: '*' must end a word"},
      {"authority_orders.txt", "location_country\nadjective_name\n",
       "/authority_orders.txt:2: 'adjective_name' is not one of: nationality_name "},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    const ToyPack toy("broken");
    toy.write(c.file, c.contents);
    const finex::Extractor extractor(with_packs(toy.root));
    CHECK(!extractor.ok());
    const std::string expected = toy.pack.string() + c.error;
    CHECK_MESSAGE(extractor.error().find(expected) != std::string::npos,
                  extractor.error() << "\ndoes not hold\n" << expected);
  }
  // A pack without a file its capabilities need.
  const ToyPack toy("missing");
  fs::remove(toy.pack / "date_months.tsv");
  const finex::Extractor extractor(with_packs(toy.root));
  CHECK(extractor.error().find("provides dates but has no date_months.tsv") != std::string::npos);
}

TEST_CASE("a pack's word orders decide how its language names an authority without its name") {
  // The English pack, with "in <country>" left out of its orders.
  const fs::path root = fs::temp_directory_path() / ("finex-orders-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  fs::copy(FINEX_CORPUS_DIR "/../lib/data/en", root / "en", fs::copy_options::recursive);
  std::ofstream(root / "en" / "authority_orders.txt", std::ios::binary)
      << "nationality_name\nname_adjective\nname_of_country\nnationality_description\n"
         "description_adjective\ndescription_of_country\ncountry_verb\n";
  const std::string text = "Acme Ltd was fined €2 million in Italy on 3 March 2024.";
  const finex::Result with_all = finex::Extractor().extract(text, {"", "", "en"});
  const finex::Extractor without_location(with_packs(root));
  REQUIRE(without_location.ok());
  const finex::Result without = without_location.extract(text, {"", "", "en"});
  fs::remove_all(root);
  REQUIRE(with_all.fines.size() == 1);
  REQUIRE(with_all.fines[0].authority);
  CHECK(with_all.fines[0].authority->country == "IT");
  REQUIRE(without.fines.size() == 1);
  CHECK(!without.fines[0].authority);
}

TEST_CASE("language folders that do not exist, or hold no pack, are errors") {
  CHECK(finex::Extractor(with_packs("/nonexistent/finex/packs")).error().find("not a folder") !=
        std::string::npos);
  const fs::path empty = fs::temp_directory_path() / "finex-no-packs";
  fs::create_directories(empty);
  CHECK(finex::Extractor(with_packs(empty)).error().find("holds no language pack") != std::string::npos);
  fs::remove_all(empty);
}

TEST_CASE("an unknown language code is refused, naming the supported ones") {
  finex::Options options;
  options.languages = {"xx"};
  const finex::Extractor extractor(options);
  CHECK(!extractor.ok());
  CHECK(extractor.error().find("unknown language 'xx' (supported: ") != std::string::npos);
  CHECK(extractor.error().find(" fr ") != std::string::npos);
}
