// Text as it arrives from e-mails and PDFs: lines broken every few dozen columns, words
// hyphenated at a line end, and documents with a part in another language.
#include <doctest/doctest.h>

#include <string>

#include "finex/finex.h"
#include "language/language_pack.h"
#include "normalize/hyphen_rules.h"
#include "normalize/normalizer.h"
#include "segment/language_regions.h"

using finex::normalize;

TEST_CASE("a hard-wrapped paragraph reads as one line: headlines, bullets and rows keep theirs") {
  struct Case { const char* input; const char* expected; };
  const Case cases[] = {
      {"The CNIL fined Acme \u20ac390\nmillion for tracking users.",
       "The CNIL fined Acme \u20ac390 million for tracking users."},
      // Wrapped at 50 columns: each line was full when the next word came.
      {"The data protection authority imposed a fine of\n"
       "2.5 million euros on the retailer on 3 May 2024,\n"
       "saying it had tracked customers without consent.",
       "The data protection authority imposed a fine of 2.5 million euros on the retailer on 3 May "
       "2024, saying it had tracked customers without consent."},
      // Wrapped by hand, short of the width: a number after a lowercase word goes on the
      // sentence as a lowercase word does.
      {"La sentencia condena tambi\u00e9n, como persona jur\u00eddica, a la sociedad Inversiones\n"
       "Costa SL, a la que el tribunal de Madrid impone una multa de\n"
       "1,1 millones de euros, y al asesor fiscal del empresario una\n"
       "multa de 3.600 euros por cooperar en los delitos fiscales.",
       "La sentencia condena tambi\u00e9n, como persona jur\u00eddica, a la sociedad Inversiones "
       "Costa SL, a la que el tribunal de Madrid impone una multa de 1,1 millones de euros, y al "
       "asesor fiscal del empresario una multa de 3.600 euros por cooperar en los delitos fiscales."},
      // A headline had room for the next word: the break is the writer's.
      {"Retailer fined\nThe data protection authority imposed a fine of\n"
       "2.5 million euros on the retailer on 3 May 2024.",
       "Retailer fined\nThe data protection authority imposed a fine of 2.5 million euros on the "
       "retailer on 3 May 2024."},
      // Bullets and table rows keep their lines; a row wrapped before its closing bar goes on.
      {"The authority imposed the following fines this year:\n"
       "\u2022 Acme, 2 million euros\n\u2022 Beta, 1 million euros",
       "The authority imposed the following fines this year:\n"
       "\u2022 Acme, 2 million euros\n\u2022 Beta, 1 million euros"},
      // A dash opens an item after a colon, and under a line a dash opens.
      {"The authority published the following overview of the fines imposed in 2024:\n"
       "\u2013 Acme Stores Ltd: 2 million euros \u2013 tracking customers in its stores without consent\n"
       "\u2013 Beta Holdings plc: 1 million euros \u2013 late reporting",
       "The authority published the following overview of the fines imposed in 2024:\n"
       "- Acme Stores Ltd: 2 million euros - tracking customers in its stores without consent\n"
       "- Beta Holdings plc: 1 million euros - late reporting"},
      {"| Company | Authority | Fine |\n| Acme Stores | Data Protection Authority | 2.5\n"
       "million euros |\n| Beta | Authority | 1 million euros |",
       "| Company | Authority | Fine |\n| Acme Stores | Data Protection Authority | 2.5 million "
       "euros |\n| Beta | Authority | 1 million euros |"},
      // Paragraphs written on one line each are no wrapped text.
      {"Retailer fined over tracking of its customers' locations in stores\n"
       "The data protection authority imposed a fine of 2.5 million euros on the retailer on "
       "Tuesday, saying that it had tracked the location of its customers without consent.",
       "Retailer fined over tracking of its customers' locations in stores\n"
       "The data protection authority imposed a fine of 2.5 million euros on the retailer on "
       "Tuesday, saying that it had tracked the location of its customers without consent."},
      // Lines too short to tell a wrapped text from a list stay as they are.
      {"Fines\nAcme\nBeta", "Fines\nAcme\nBeta"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    const finex::NormalizedText norm = normalize(c.input);
    CHECK(norm.text == c.expected);
    CHECK(norm.text.size() == norm.map.normalized_size());
  }
}

TEST_CASE("a hyphen at a line end: each language's rules") {
  const auto rules = finex::hyphen_rules_by_language(finex::LanguagePacks::compiled());
  REQUIRE(rules.size() == 14);
  struct Case { const char* language; const char* input; const char* expected; };
  const Case cases[] = {
      // Compounds written solid: the hyphen only split the word.
      {"de", "die Aufsichts-\nbeh\u00f6rde verh\u00e4ngte", "die Aufsichtsbeh\u00f6rde verh\u00e4ngte"},
      {"nl", "de toezicht-\nhouder legde", "de toezichthouder legde"},
      {"sv", "tillsyns-\nmyndigheten", "tillsynsmyndigheten"},
      {"da", "datatilsyn-\net", "datatilsynet"},
      {"fi", "tietosuoja-\nvaltuutettu", "tietosuojavaltuutettu"},
      // A capital after the hyphen is a hyphenated compound or name, in every language.
      {"de", "die Datenschutz-\nGrundverordnung", "die Datenschutz-Grundverordnung"},
      {"fr", "Jean-\nPierre Dupont", "Jean-Pierre Dupont"},
      {"en", "the COVID-\n19 rules", "the COVID-19 rules"},
      // A word left out before "und", "and", "og": the hyphen stays and the break is a space.
      {"de", "Bu\u00dfgeld-\nund Zwangsgeldverfahren", "Bu\u00dfgeld- und Zwangsgeldverfahren"},
      {"da", "data-\nog forbrugerbeskyttelse", "data- og forbrugerbeskyttelse"},
      {"en", "pre-\nand post-merger", "pre- and post-merger"},
      // Where hyphenated lowercase words are common, the hyphen stays when unsure.
      {"en", "a well-\nknown retailer", "a well-known retailer"},
      {"fr", "c'est-\n\u00e0-dire", "c'est-\u00e0-dire"},
      {"pt", "aplicou-\nse a coima", "aplicou-se a coima"},
      {"ro", "s-\na aplicat", "s-a aplicat"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    const finex::NormalizedText norm = normalize(c.input, &rules.at(c.language));
    CHECK(norm.text == c.expected);
  }
}

TEST_CASE("the command line's first example, wrapped, and a German word hyphenated at a line end") {
  const finex::Extractor extractor;
  REQUIRE(extractor.ok());
  const std::string en = "The CNIL fined Acme \u20ac390\nmillion for tracking users.\n";
  finex::Result r = extractor.extract(en);
  REQUIRE(r.fines.size() == 1);
  CHECK(r.fines[0].amount->value.to_string() == "390000000");
  CHECK(r.fines[0].amount->text == "\u20ac390\nmillion");
  CHECK(en.substr(r.fines[0].amount->span.begin, r.fines[0].amount->span.size()) == "\u20ac390\nmillion");

  const std::string de =
      "Die Datenschutzbeh\u00f6rde verh\u00e4ngte gegen die Beispiel GmbH ein Buß-\n"
      "geld in H\u00f6he von 300.000 Euro, weil das Unternehmen Kundendaten ohne\n"
      "Einwilligung an Dritte weitergegeben hatte.";
  r = extractor.extract(de, {"", "2024-06-14", "de"});
  REQUIRE(r.fines.size() == 1);
  CHECK(r.fines[0].amount->value.to_string() == "300000");
  REQUIRE(r.fines[0].entity);
  CHECK(r.fines[0].entity->text == "Beispiel GmbH");
}

TEST_CASE("a document in two languages gives the fines of both") {
  const std::string text =
      "Regulator fines retailer over tracking\n\n"
      "The Dutch Data Protection Authority fined the retailer Acme Stores 2.5 million euros on "
      "Tuesday for tracking the location of its customers without their consent. The company said "
      "it would appeal the decision, which the authority took after a complaint by a consumer "
      "group. The fine is one of the largest the authority has imposed on a retailer.\n\n"
      "Datenschutzhinweis\n\n"
      "Die Aufsichtsbeh\u00f6rde hat gegen die Beispiel GmbH ein Bu\u00dfgeld in H\u00f6he von "
      "300.000 Euro verh\u00e4ngt, weil das Unternehmen die Daten seiner Kunden ohne deren "
      "Einwilligung an Dritte weitergegeben hatte. Wir verwenden Cookies, um die Nutzung unserer "
      "Website zu analysieren und Ihnen ein besseres Angebot zu machen. Mit der Nutzung dieser "
      "Website erkl\u00e4ren Sie sich damit einverstanden, dass wir Cookies verwenden. Sie k\u00f6nnen "
      "Ihre Einwilligung jederzeit in den Einstellungen widerrufen.\n";
  const finex::Extractor extractor;
  const finex::Result r = extractor.extract(text);
  REQUIRE(r.languages.size() == 2);
  CHECK(r.languages[0].language == "en");
  CHECK(r.languages[1].language == "de");
  CHECK(r.languages[0].span.begin == 0);
  CHECK(r.languages[0].span.end < r.languages[1].span.begin);
  CHECK(text.substr(r.languages[1].span.begin, 18) == "Datenschutzhinweis");
  REQUIRE(r.fines.size() == 2);
  CHECK(r.fines[0].amount->value.to_string() == "2500000");
  CHECK(r.fines[0].entity->text == "Acme Stores");
  CHECK(r.fines[1].amount->value.to_string() == "300000");
  CHECK(r.fines[1].entity->text == "Beispiel GmbH");
  const std::string json = finex::to_json(r);
  CHECK(json.find("\"languages\":[{\"language\":\"en\",\"start\":0,") != std::string::npos);
  const auto back = finex::result_from_json(json);
  REQUIRE(back);
  CHECK(back->languages.size() == 2);
  CHECK(back->languages[1].span == r.languages[1].span);

  // One language with a short quotation in another stays one region.
  const finex::LanguageIdentifier identifier;
  const std::string quoted =
      "La CNIL a inflig\u00e9 une amende de 2 millions d'euros \u00e0 la soci\u00e9t\u00e9 Acme, "
      "qui n'avait pas recueilli le consentement des utilisateurs avant de d\u00e9poser des "
      "cookies sur leurs terminaux.\n\"We will appeal the decision\", the company said.";
  CHECK(finex::language_regions(quoted, "fr", identifier).size() == 1);
}
