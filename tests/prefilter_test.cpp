// The money prefilter: a text it rules out gets exactly the result the whole pipeline gives it,
// on every article at hand, on the benchmark's generated news and on text that normalisation
// changes (other widths and cases, hyphenation, invisible characters, decomposed accents).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "finex/finex.h"
#include "input/utf8_scan.h"
#include "language/language_pack.h"
#include "normalize/normalizer.h"
#include "prefilter/prefilter.h"
#include "prefilter/raw_forms.h"
#include "segment/language_identifier.h"
#include "text/phrase_matcher.h"
#include "text/word_starts.h"
#include "templates.h"

namespace fs = std::filesystem;

namespace {

const finex::Extractor& with_prefilter() {
  static const finex::Extractor e;
  return e;
}

const finex::Extractor& without_prefilter() {
  static const finex::Extractor e([] {
    finex::Options o;
    o.prefilter = false;
    return o;
  }());
  return e;
}

// The results of both extractors, as the command line writes them; empty when they agree.
std::string difference(std::string_view text, const finex::DocumentInfo& info = {}) {
  const std::string fast = finex::to_json(with_prefilter().extract(text, info));
  const std::string full = finex::to_json(without_prefilter().extract(text, info));
  return fast == full ? std::string() : "prefilter: " + fast + "\nfull:      " + full;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<fs::path> articles(const std::vector<std::string>& folders) {
  std::vector<fs::path> out;
  for (const std::string& folder : folders) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
      if (entry.path().extension() == ".txt") out.push_back(entry.path());
  }
  return out;
}

}  // namespace

TEST_CASE("articles: the same result with and without the prefilter") {
  REQUIRE(with_prefilter().ok());
  const auto paths = articles({FINEX_CORPUS_DIR, FINEX_SHARED_DIR "/seeds", FINEX_SHARED_DIR "/dev"});
  CHECK(paths.size() > 0);
  for (const fs::path& path : paths) {
    const std::string text = read_file(path);
    CHECK_MESSAGE(difference(text).empty(), path.string() << "\n" << difference(text));
    finex::DocumentInfo info;
    info.language = path.filename().string().substr(0, 2);
    info.published = "2023-05-04";
    CHECK_MESSAGE(difference(text, info).empty(), path.string() << "\n" << difference(text, info));
  }
}

TEST_CASE("generated news: the same result with and without the prefilter") {
  const finex::bench::TextTemplates templates(FINEX_BENCH_TEMPLATES);
  REQUIRE(templates.ok());
  const auto real = finex::bench::load_articles({FINEX_CORPUS_DIR "/seeds", FINEX_SHARED_DIR "/dev"});
  const auto mixed = finex::bench::mixed_corpus(templates, real, 20000000);
  const auto dense = finex::bench::dense_corpus(templates, real, 2000000);
  std::size_t differing = 0;
  for (const auto* corpus : {&mixed, &dense})
    for (const auto& d : corpus->documents) {
      const std::string diff = difference(d.text);
      if (!diff.empty() && ++differing <= 3) FAIL_CHECK(diff);
    }
  CHECK(differing == 0);
}

TEST_CASE("text that normalisation changes: the same result with and without the prefilter") {
  const std::vector<std::string> texts = {
      "The regulator fined the bank ＥＵＲ ５ million on Tuesday.",
      "The regulator fined the bank ５ ｅｕｒｏｓ on Tuesday, a record.",
      "Die Behörde verhängte ein Bußgeld von 5 Mio. Eu\u00ADro gegen die Firma.",
      "The watchdog fined the company 3 million eu-\nros for the breach.",
      "The watchdog fined the company 3 million eu\u2010\u2028ros for the breach.",
      "The watchdog fined the company 3 million eu- \u00A0\r\nros for the breach.",
      "Úřad uložil pokutu 2 miliony Kc\u030C společnosti.",
      "Η Αρχή επέβαλε πρόστιμο 50.000 ΕΥΡΩ στην εταιρεία.",
      "Η Αρχή επέβαλε πρόστιμο 50.000 ευρω στην εταιρεία.",
      "Die Kommission büsste die Bank mit Fr… 5 Mio.",
      "La CNIL a infligé une amende de 20 millions d\u2019euros à la société.",
      "The firm paid 7\u00A0EUR per share and was fined 2 million\u00A0EUR.",
      "Autoritatea a aplicat o amendă de 200.000 de lei societății.",
      "Autoritatea a aplicat o amendă de 200.000 de LEI societăţii.",
      "Η εταιρεία τιμωρήθηκε με πρόστιμο 50.000 Ευρώ.",
      "\xEF\xBB\xBFThe council met on Monday to talk about the new school.",
      "The council met on Monday\u200B to talk about the new school.",
      "Invalid \xFF bytes and a fine of 5 million euros for the bank.",
      "Invalid \xFF bytes and nothing about money at all in this text.",
      "Il sindaco ha detto che lei non sapeva nulla della riunione di ieri sera.",
      "The REGULATOR FINED the bank €5m on Tuesday.",
      "The regulator ﬁned the bank €5m on Tuesday.",
      "The regulator fi\u00ADned the bank €5m on Tuesday.",
      "Η ΑΡΧΗ ΕΠΕΒΑΛΕ ΠΡΟΣΤΙΜΟ 50.000 ΕΥΡΩ ΣΤΗΝ ΕΤΑΙΡΕΙΑ.",
      "La autoridad impuso una MULTA de 2 millones de euros a la empresa.",
      "The ticket costs 20 euros and the show starts at eight.",
      "The ticket costs 20 euros; the club was fined last year.",
      // Phrases of several words, whatever stands between them.
      "The bank was ordered\u00A0to\npay €5 million by the regulator.",
      "The bank was ordered\u2003to  pay €5 million by the regulator.",
      "The bank was ordered\u3000to pay €5 million by the regulator.",
      "The bank was ordered\u1680to pay €5 million by the regulator.",
      "The bank was ordered to\r\n\r\npay €5 million by the regulator.",
      "Datatilsynet gav en GDPR\u2010bøde på 5 mio. kr. til firmaet.",
      "Datatilsynet gav en GDPR–bøde på 5 mio. kr. til firmaet.",
      "Datatilsynet gav en GDPRbøde på 5 mio. kr. til firmaet.",
      "Die Behörde verhängte eine DSGVO\u2011Strafe von 5 Mio. Euro.",
      "Η Αρχή επέβαλε κατ\u2019 αποκοπή ποσό 50.000 ευρώ στην εταιρεία.",
      "Η Αρχή επέβαλε ΚΑΤ' ΑΠΟΚΟΠΗ ΠΟΣΟ 50.000 ευρώ στην εταιρεία.",
      "Η Αρχή επέβαλε κατ\u1FBD αποκοπή ποσό 50.000 ευρώ στην εταιρεία.",
      "The firm was ſanctioned with €5m by the regulator.",
      "Spółka zapłaciła 2 mln zł, bo urząd nałożył\u00A0na nią karę.",
      "De spits scoorde uit een strafschop; de club kreeg een straf van 5.000 euro.",
      "De spits scoorde uit een strafschop en het stadion kostte 5 miljoen euro.",
  };
  for (const std::string& t : texts) CHECK_MESSAGE(difference(t).empty(), t << "\n" << difference(t));
}

TEST_CASE("language of a long text without money: read from its start as from the whole") {
  // Two languages in turn, so that neither leads clearly and the whole window is read.
  std::string text;
  for (int i = 0; text.size() < 60000; ++i)
    text += i % 2 ? "The mayor said that the new school would open in the spring of next year. "
                  : "Le maire a dit que la nouvelle école ouvrirait au printemps de l'année prochaine. ";
  CHECK(difference(text).empty());
  const finex::LanguageIdentifier identifier;
  const auto whole = identifier.identify(finex::normalize(text).text);
  const std::size_t cut = finex::prefix_cut(text, 25000);
  const std::string start = finex::normalize(text.substr(0, cut)).text;
  REQUIRE(start.size() >= finex::LanguageIdentifier::kWindowBytes);
  CHECK_FALSE(identifier.identify_early(start));
  CHECK(identifier.identify(start).code == whole.code);
  CHECK(identifier.identify(start).confidence == whole.confidence);
  // One language: it leads clearly long before the end.
  std::string one;
  while (one.size() < 30000) one += "The mayor said that the new school would open in the spring of next year. ";
  const auto early = identifier.identify_early(one.substr(0, 3000));
  REQUIRE(early);
  CHECK(early->code == identifier.identify(one).code);
  CHECK(early->confidence == identifier.identify(one).confidence);
  CHECK(difference(one).empty());
}

TEST_CASE("the raw pass tells clean UTF-8 as the input's own check does") {
  // Overlong forms, surrogates, code points past U+10FFFF, cut sequences, stray continuation
  // bytes and NUL bytes, each alone and after sixteen ASCII bytes and an accented word.
  const finex::Prefilter prefilter;
  const std::vector<std::string> pieces = {
      "plain", "\xC3\xA9t\xC3\xA9", "\xCE\xB1\xCE\xB2", "\xE2\x82\xAC", "\xF0\x9F\x98\x80",
      std::string("a\0b", 3), "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xED\xA0\x80",
      "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xC3", "\xE2\x82", "\x80", "\xBF\xBF", "\xFF",
      "\xEF\xBB\xBF" "bom"};
  for (const std::string& piece : pieces)
    for (const std::string& before : {std::string(), std::string(16, 'x'), std::string("caf\xC3\xA9 ")}) {
      const std::string text = before + piece + " end";
      const finex::Prefilter::Traits traits = prefilter.read(text);
      CAPTURE(text);
      if (traits.clean_utf8) CHECK(finex::is_clean_utf8(text));
      // Read to the end, the pass tells every text the check passes.
      if (!traits.anything) CHECK(traits.clean_utf8 == finex::is_clean_utf8(text));
    }
}

TEST_CASE("words that normalisation changes are told apart from those it leaves") {
  using finex::prefilter::same_words_when_normalised;
  CHECK(same_words_when_normalised("Plain words, “quotes”, dashes – and an ellipsis…"));
  CHECK(same_words_when_normalised("Zürich, Łódź, Αθήνα, Praha-Brno"));
  CHECK_FALSE(same_words_when_normalised("a soft\u00ADhyphen"));
  CHECK_FALSE(same_words_when_normalised("a decomposed e\u0301"));
  CHECK_FALSE(same_words_when_normalised("a ligature: ﬁne"));
  CHECK_FALSE(same_words_when_normalised("a word split at the line's end: regu-\nlator"));
  CHECK_FALSE(same_words_when_normalised("a half that grows: ½"));
}

TEST_CASE("normalising up to a prefix cut gives the start of the whole text's normal form") {
  const std::string text = "Zahl-\nungen und \u00E9\u0301t\u00E9 \u2014 regu-\nlator\r\n\r\nNext  line ﬁne";
  const std::string whole = finex::normalize(text).text;
  for (std::size_t at = 0; at <= text.size(); ++at) {
    const std::size_t cut = finex::prefix_cut(text, at);
    const std::string start = finex::normalize(text.substr(0, cut)).text;
    CHECK_MESSAGE(whole.compare(0, start.size(), start) == 0, "cut at " << cut);
  }
}

TEST_CASE("a currency word counts in its own language only") {
  const finex::Prefilter prefilter;
  const std::string lei = "Il sindaco ha detto che lei non sapeva nulla.";
  CHECK_FALSE(prefilter.read(lei).anything);
  CHECK_FALSE(prefilter.may_hold_money(lei, "it"));
  CHECK(prefilter.may_hold_money(lei, "ro"));
  CHECK(prefilter.may_hold_money(lei, ""));  // read with every language's words
  const std::string none = "The council met on Monday to talk about the new school.";
  CHECK_FALSE(prefilter.may_hold_money(none, "en"));
  CHECK_FALSE(prefilter.may_hold_money(none, ""));
  CHECK(prefilter.read("It cost 5 ＄ in all.").anything);  // fullwidth: rare, lets all through
  CHECK(prefilter.may_hold_money("Sie zahlten 5 Mio. EURO.", "de"));
  CHECK(prefilter.read("Sie zahlten 5 Mio. Eu\u00ADro.").anything);
  CHECK(prefilter.read("Zaplatili 5 mil. Kc\u030C.").anything);
  CHECK(prefilter.may_hold_money("Πλήρωσαν 5 ΕΥΡΩ.", "el"));
  CHECK(prefilter.may_hold_money("Betalade 34 MNKR.", "sv"));
  CHECK(prefilter.read("Invalid \xFF" " byte").anything);
  CHECK_FALSE(prefilter.read("\xEF\xBB\xBF" "A byte order mark first").anything);
  CHECK(prefilter.read("A byte order mark \xEF\xBB\xBF" "inside").anything);
  CHECK(prefilter.read("eu\u2010\nros").anything);
  CHECK_FALSE(prefilter.read("a list:\n- one\n- two").anything);
}

TEST_CASE("an amount without a fine word is ruled out") {
  const finex::Prefilter prefilter;
  const std::string price = "The ticket costs 20 euros and the show starts at eight.";
  CHECK(prefilter.may_hold_money(price, "en"));
  CHECK_FALSE(prefilter.may_hold_fine_words(price, "en"));
  CHECK_FALSE(prefilter.may_hold_fine_words(price, ""));  // no fine words are looked for
  CHECK(prefilter.may_hold_fine_words("The club was FINED 20,000 euros.", "en"));
  CHECK(prefilter.may_hold_fine_words("Der Verein muss ein Bußgeld zahlen.", "de"));
  CHECK(prefilter.may_hold_fine_words("Ο σύλλογος πλήρωσε ΠΡΟΣΤΙΜΟ.", "el"));
}

TEST_CASE("fine words are looked for whole, not by a piece") {
  const finex::Prefilter prefilter;
  // "straf" is a fine word, "strafschop" (a penalty kick) is not; nor is "miljoen" the start of
  // "miljoenenboete", nor "with" without "hit" before it.
  CHECK_FALSE(prefilter.may_hold_fine_words("De spits scoorde uit een strafschop.", "nl"));
  CHECK(prefilter.may_hold_fine_words("De club kreeg een straf.", "nl"));
  CHECK_FALSE(prefilter.may_hold_fine_words("Het kostte 5 miljoen euro.", "nl"));
  CHECK(prefilter.may_hold_fine_words("Een miljoenenboete voor de bank.", "nl"));
  CHECK_FALSE(prefilter.may_hold_fine_words("The mayor met with the council.", "en"));
  CHECK(prefilter.may_hold_fine_words("The bank was hit\u00A0with\na fine.", "en"));
  CHECK(prefilter.may_hold_fine_words("The bank was ordered to\r\n\r\npay.", "en"));
  CHECK(prefilter.may_hold_fine_words("Firmaet fik en GDPR\u2010bøde.", "da"));
  CHECK(prefilter.may_hold_fine_words("Firmaet fik en GDPRbøde.", "da"));
  // Every language's pattern compiles (one that did not would let everything through).
  for (const std::string& code : finex::LanguagePacks::compiled().codes())
    CHECK_MESSAGE(!prefilter.may_hold_fine_words("12 34 56", code), code);
  // Spaces that news does not use between words are left to the whole pipeline.
  CHECK(prefilter.read("ordered\u3000to pay").anything);
  CHECK_FALSE(prefilter.read("ordered\u00A0to pay").anything);
}

TEST_CASE("a fine word glued to a letter or digit before it starts no word, and is not looked for") {
  const finex::Prefilter prefilter;
  CHECK(prefilter.may_hold_fine_words("De club kreeg een straf.", "nl"));
  CHECK(prefilter.may_hold_fine_words("De club kreeg \u00ABstraf\u00BB.", "nl"));
  CHECK_FALSE(prefilter.may_hold_fine_words("De club kreeg 12straf.", "nl"));
  CHECK_FALSE(prefilter.may_hold_fine_words("De club kreeg \u00E9straf.", "nl"));
  CHECK_FALSE(prefilter.may_hold_fine_words("Klub dosta\u0142kar\u0119.", "pl"));
  CHECK(prefilter.may_hold_fine_words("Klub dosta\u0142 kar\u0119.", "pl"));
}

TEST_CASE("a word character of two bytes stays one in the normal form, where the scan reads it") {
  // The scan passes over the place after a letter, mark or digit of two bytes because the
  // phrase matcher opens no word there in the normal form. A character normalisation would
  // change so (into a space, or out of a word) must let the text through to the pipeline.
  const finex::Prefilter prefilter;
  for (std::int32_t c = 0x80; c < 0x800; ++c) {
    if (!finex::is_word_char(c)) continue;
    char utf8[2] = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    const std::string text = "a" + std::string(utf8, 2) + "b";
    if (prefilter.read(text).anything) continue;
    const std::string normal = finex::normalize(text).text;
    std::size_t openings = 0;
    finex::WordOpenings(normal).each([&](std::size_t) {
      ++openings;
      return std::size_t{0};
    });
    CHECK_MESSAGE(openings == 1, "U+" << std::hex << c << ": '" << normal << "'");
  }
}

TEST_CASE("every fine word of every language is found wherever it stands") {
  // The scan looks for fine words at the starts of words, sixteen bytes at a time: each phrase
  // of the packs (its '*' dropped), in other cases and spacings, after a run of bytes of every
  // length across that width, after a sign beyond ASCII and at the very end.
  const finex::Prefilter prefilter;
  const finex::LanguagePacks& packs = finex::LanguagePacks::compiled();
  for (const std::string& code : packs.codes()) {
    std::istringstream lines{std::string(packs.file(code, "fine_cues.tsv"))};
    for (std::string line; std::getline(lines, line);) {
      const std::size_t tab = line.find('\t');
      if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos) continue;
      const std::string category = line.substr(0, tab);
      if (category != "trigger" && category != "periodic" && category != "unit_trigger") continue;
      std::string phrase;
      for (const char c : line.substr(tab + 1))
        if (c != '*') phrase += c;
      std::string upper = phrase, spaced, broken, nbsp;
      for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      for (const char c : phrase) {
        spaced += c == ' ' ? std::string("  ") : std::string(1, c);
        broken += c == ' ' ? std::string(" \n") : std::string(1, c);
        nbsp += c == ' ' ? std::string("\u00A0") : std::string(1, c);
      }
      for (const std::string& written : {phrase, upper, spaced, broken, nbsp})
        for (std::size_t before : {0, 1, 7, 15, 16, 17, 30}) {
          const std::string text = std::string(before, '.') + written + " 12.";
          CHECK_MESSAGE(prefilter.may_hold_fine_words(text, code), code << ": " << text);
          CHECK_MESSAGE(prefilter.may_hold_fine_words(std::string(before, '.') + written, code),
                        code << ": " << written << " at the end");
        }
      CHECK_MESSAGE(prefilter.may_hold_fine_words("12 \u00AB" + phrase + "\u00BB 12", code), code << ": " << phrase);
    }
    CHECK_MESSAGE(!prefilter.may_hold_fine_words(std::string(40, '.') + " 12, 34 .", code), code);
  }
}
