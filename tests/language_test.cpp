#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "segment/language_identifier.h"

using finex::LanguageGuess;
using finex::LanguageIdentifier;

namespace {

const LanguageIdentifier& identifier() {
  static const LanguageIdentifier instance;
  return instance;
}

struct Case {
  const char* language;
  const char* text;
};

// Short news-like sentences, each identified on its own.
const Case kSentences[] = {
    {"en", "The regulator fined the bank 20 million euros for failing to protect its customers."},
    {"en", "The company said it would appeal against the decision of the authority."},
    {"en", "Shares of the group fell by 3% after the watchdog announced the penalty on Monday."},
    {"en", "It was the largest fine ever imposed by the commission on a social media company."},
    {"en", "The investigation found that the data had been shared without consent for years."},
    {"en", "Prices rose again in March, and the central bank is expected to act."},
    {"fr", "La Cnil a infligé une amende de 20 millions d'euros à la société Clearview AI."},
    {"fr", "L'entreprise a annoncé qu'elle ferait appel de cette décision devant le Conseil d'État."},
    {"fr", "Le gendarme des données personnelles reproche au groupe de ne pas avoir respecté la loi."},
    {"fr", "Selon le régulateur, les manquements ont duré plusieurs années sans être corrigés."},
    {"fr", "Les prix de l'énergie ont encore augmenté au mois de mars dans toute la zone euro."},
    {"de", "Die Datenschutzbehörde verhängte gegen das Unternehmen ein Bußgeld von 5 Millionen Euro."},
    {"de", "Der Konzern kündigte an, gegen die Entscheidung der Aufsicht vorzugehen."},
    {"de", "Nach Angaben der Behörde wurden die Daten über Jahre hinweg ohne Einwilligung verarbeitet."},
    {"de", "Es ist das höchste Bußgeld, das bisher in Deutschland verhängt wurde."},
    {"de", "Die Preise für Energie sind im März erneut gestiegen, teilte das Amt mit."},
    {"nl", "De toezichthouder heeft het bedrijf een boete van 2 miljoen euro opgelegd."},
    {"nl", "Het bedrijf laat weten dat het in beroep gaat tegen de beslissing van de ACM."},
    {"nl", "Volgens de autoriteit werden de gegevens jarenlang zonder toestemming verwerkt."},
    {"nl", "Het is de hoogste boete die ooit door de toezichthouder is uitgedeeld."},
    {"nl", "De prijzen van energie zijn in maart opnieuw gestegen, meldt het CBS."},
    {"it", "Il Garante per la privacy ha inflitto alla società una sanzione di 5 milioni di euro."},
    {"it", "L'azienda ha annunciato che presenterà ricorso contro la decisione dell'Autorità."},
    {"it", "Secondo l'Antitrust, le violazioni sono durate per diversi anni senza essere corrette."},
    {"it", "Si tratta della multa più alta mai applicata dal Garante a una società italiana."},
    {"it", "I prezzi dell'energia sono aumentati ancora nel mese di marzo, secondo l'Istat."},
    {"es", "La Agencia Española de Protección de Datos ha multado al banco con seis millones de euros."},
    {"es", "La empresa ha anunciado que recurrirá la sanción ante la Audiencia Nacional."},
    {"es", "Según la CNMC, las infracciones se prolongaron durante varios años sin ser corregidas."},
    {"es", "Es la multa más alta que ha impuesto el regulador a una compañía de este sector."},
    {"es", "Los precios de la energía volvieron a subir en marzo, según el INE."},
    {"pt", "A Comissão Nacional de Proteção de Dados aplicou uma coima de 4,3 milhões de euros."},
    {"pt", "A empresa anunciou que vai recorrer da decisão junto do tribunal."},
    {"pt", "Segundo o regulador, as infrações prolongaram-se durante vários anos sem serem corrigidas."},
    {"pt", "É a coima mais elevada que a autoridade já aplicou a uma empresa do setor."},
    {"pt", "Os preços da energia voltaram a subir em março, segundo o INE."},
    {"sv", "Integritetsskyddsmyndigheten har gett bolaget en sanktionsavgift på 5 miljoner kronor."},
    {"sv", "Företaget meddelar att det kommer att överklaga beslutet till domstolen."},
    {"pl", "Prezes Urzędu nałożył na spółkę karę w wysokości 5 mln zł za naruszenie przepisów."},
    {"pl", "Spółka zapowiedziała, że odwoła się od decyzji do sądu."},
    // Headlines in capitals: Greek drops its accents there, Czech and Polish keep theirs.
    {"el", "Η ΕΠΙΤΡΟΠΗ ΑΝΤΑΓΩΝΙΣΜΟΥ ΕΠΕΒΑΛΕ ΠΡΟΣΤΙΜΟ ΣΤΗΝ ΕΤΑΙΡΕΙΑ ΓΙΑ ΤΗΝ ΠΑΡΑΒΑΣΗ"},
    {"el", "Το πρόστιμο επιβλήθηκε από την Αρχή για την προστασία των δεδομένων."},
};

}  // namespace

TEST_CASE("every bundled language is a candidate by default") {
  const std::vector<std::string>& languages = identifier().languages();
  for (const char* code : {"de", "en", "es", "fr", "it", "nl", "pl", "pt", "sv"}) {
    CAPTURE(code);
    CHECK(std::find(languages.begin(), languages.end(), code) != languages.end());
  }
}

TEST_CASE("short news sentences are identified in each language") {
  for (const Case& c : kSentences) {
    CAPTURE(c.text);
    const LanguageGuess guess = identifier().identify(c.text);
    CHECK(guess.code == c.language);
    CHECK(guess.confidence > 0.2);
    CHECK(guess.confidence <= 1.0);
  }
}

TEST_CASE("a paragraph is identified with high confidence") {
  std::string text;
  for (const Case& c : kSentences)
    if (std::string_view(c.language) == "es") text += std::string(c.text) + "\n";
  const LanguageGuess guess = identifier().identify(text);
  CHECK(guess.code == "es");
  CHECK(guess.confidence > 0.6);
  // Portuguese shares many words with Spanish: a Spanish paragraph still scores clearly lower.
  const LanguageGuess as_portuguese = LanguageIdentifier({"pt"}).identify(text);
  CHECK(as_portuguese.code == "pt");
  CHECK(as_portuguese.confidence < guess.confidence);
}

TEST_CASE("the languages option restricts the candidates") {
  const LanguageIdentifier romance({"pt", "it"});
  CHECK(romance.languages() == std::vector<std::string>{"pt", "it"});
  const char* spanish = "La empresa ha anunciado que recurrirá la sanción ante la Audiencia Nacional.";
  CHECK(identifier().identify(spanish).code == "es");
  const LanguageGuess restricted = romance.identify(spanish);
  CHECK((restricted.code == "pt" || restricted.code == "it"));
  // Spanish fits better than either: the restricted answer is not trusted.
  CHECK(restricted.confidence < 0.1);

  const LanguageIdentifier english_only({"en"});
  CHECK(english_only.identify("The fine was paid on time.").code == "en");
  // No English word at all: nothing is recognised.
  const LanguageGuess none = english_only.identify("Die Strafe wurde bezahlt.");
  CHECK(none.code == "");
  CHECK(none.confidence == 0.0);

  // A language without a word list can never be the answer.
  const LanguageIdentifier unknown({"xx"});
  CHECK(unknown.identify("The fine was paid on time.").code == "");
}

TEST_CASE("empty and garbage text give no language") {
  for (const char* text : {"", "   \n ", "12345 67.89 € 2023-10-17", "!!! ??? ---", "zzzz qqqq xxxx kkk",
                           "\xff\xfe\xfd"}) {
    CAPTURE(text);
    const LanguageGuess guess = identifier().identify(text);
    CHECK(guess.code == "");
    CHECK(guess.confidence == 0.0);
  }
}

TEST_CASE("case and accents are folded before lookup") {
  CHECK(identifier().identify("DIE BEHÖRDE VERHÄNGTE EIN BUSSGELD GEGEN DAS UNTERNEHMEN.").code == "de");
  CHECK(identifier().identify("É A COIMA MAIS ELEVADA QUE A AUTORIDADE JÁ APLICOU.").code == "pt");
}
