// Fine assembly, end to end through the public API, on sentences written for the test in every
// supported language: triggers, kinds, non-fines, authorities, parties, lists and merging.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "finex/finex.h"
#include "fine_cases.h"

using finex_test::Case;
using finex_test::check;
using finex_test::extractor;

TEST_CASE("English fines") {
  const Case cases[] = {
      {"en", "Acme Bank Ltd was fined £12.5 million by the Financial Conduct Authority on 3 March 2021.",
       {{"12500000", "GBP", "fine", "Acme Bank Ltd", "GB", "2021-03-03"}}},
      {"en", "The Irish Data Protection Commission imposed a fine of €45 million on Northwind Games.",
       {{"45000000", "EUR", "fine", "Northwind Games", "IE", ""}}},
      {"en", "Regulators said Orbex could face a fine of $2 billion over the breach.",
       {{"2000000000", "USD", "proposed", "Orbex", "", ""}}},
      {"en", "The CNIL ordered Pixelia to comply within two months or pay a penalty of €50,000 per day of delay.",
       {{"50000", "EUR", "periodic_penalty", "Pixelia", "FR", ""}}},
      // Legal maximum, turnover and deal values are not fines.
      {"en", "Under the GDPR, companies can be fined up to €20 million or 4% of their turnover.", {}},
      {"en", "Pixelia reported a turnover of €3.5 million last year.", {}},
      {"en", "Biogen will pay $7.3 billion for the acquisition.", {}},
      // Respectively: two fines, two places.
      {"en", "Orbex was fined €8 million and €12 million in Spain and Italy in 2022, respectively.",
       {{"8000000", "EUR", "fine", "Orbex", "ES", "2022"}, {"12000000", "EUR", "fine", "Orbex", "IT", "2022"}}},
      // The headline and the body report one fine.
      {"en", "Orbex fined €5 million\nThe Dutch Data Protection Authority fined Orbex €5 million on Tuesday.",
       {{"5000000", "EUR", "fine", "Orbex", "NL", ""}}},
      // A conversion in parentheses is the same fine.
      {"en", "The ICO fined Tellar Ltd £7.5 million (€8.64 million) for the breach.",
       {{"7500000", "GBP", "fine", "Tellar Ltd", "GB", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("French fines") {
  const Case cases[] = {
      {"fr", "La Cnil a infligé à Pixelia une amende de 3 millions d'euros le 12 mars 2021.",
       {{"3000000", "EUR", "fine", "Pixelia", "FR", "2021-03-12"}}},
      {"fr", "L'Autorité de la concurrence a prononcé une sanction de 150 millions d'euros contre Orbex SA.",
       {{"150000000", "EUR", "fine", "Orbex SA", "FR", ""}}},
      {"fr", "La société devra payer une astreinte de 20 000 euros par jour de retard, a décidé la Cnil.",
       {{"20000", "EUR", "periodic_penalty", "", "FR", ""}}},
      {"fr", "Le RGPD prévoit des amendes pouvant aller jusqu'à 20 millions d'euros.", {}},
      {"fr", "Le chiffre d'affaires de Pixelia atteint 12 millions d'euros.", {}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("German fines") {
  const Case cases[] = {
      {"de", "Das Bundeskartellamt hat gegen die Orbex GmbH ein Bußgeld von 12,5 Millionen Euro verhängt.",
       {{"12500000", "EUR", "fine", "Orbex GmbH", "DE", ""}}},
      {"de", "Die irische Datenschutzbehörde verhängte eine Strafe von 1,2 Mrd. EUR gegen Pixelia.",
       {{"1200000000", "EUR", "fine", "Pixelia", "IE", ""}}},
      {"de", "Die Behörde droht mit einem Zwangsgeld von 10.000 Euro pro Tag.",
       {{"10000", "EUR", "periodic_penalty", "", "", ""}}},
      {"de", "Der Rahmen laut Gesetz: bis zu 20 Mio. EUR oder 4% Jahresumsatz.", {}},
      {"de", "Der Umsatz stieg auf vier Milliarden Euro.", {}},
      // Swiss usage: "Busse", francs written "Fr." before the number, apostrophes that group.
      {"de", "Die Wettbewerbskommission bestätigte die Busse von Fr. 1'240'000 gegen die Orbex AG.",
       {{"1240000", "CHF", "fine", "Orbex AG", "CH", ""}}},
      {"de", "Die Verkehrsbetriebe kaufen 40 neue Busse für 20 Millionen Euro.", {}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("Dutch fines") {
  const Case cases[] = {
      {"nl", "De Autoriteit Persoonsgegevens heeft Orbex een boete van 30,5 miljoen euro opgelegd.",
       {{"30500000", "EUR", "fine", "Orbex", "NL", ""}}},
      {"nl", "De ACM legde Pixelia een last onder dwangsom op van 50.000 euro per dag.",
       {{"50000", "EUR", "periodic_penalty", "Pixelia", "NL", ""}}},
      {"nl", "De omzet van het bedrijf bedroeg 2 miljard euro.", {}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("Italian fines") {
  const Case cases[] = {
      {"it", "Il Garante privacy ha inflitto a Orbex una sanzione di 5 milioni di euro.",
       {{"5000000", "EUR", "fine", "Orbex", "IT", ""}}},
      {"it", "L'Antitrust ha multato Pixelia per 1 milione e 800mila euro.",
       {{"1800000", "EUR", "fine", "Pixelia", "IT", ""}}},
      {"it", "Il fatturato della società è di 80 milioni di euro.", {}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("Spanish fines") {
  const Case cases[] = {
      {"es", "La AEPD ha impuesto una multa de seis millones de euros a Orbex.",
       {{"6000000", "EUR", "fine", "Orbex", "ES", ""}}},
      {"es", "Pixelia fue sancionada con 8,5 millones de euros por la CNMC.",
       {{"8500000", "EUR", "fine", "Pixelia", "ES", ""}}},
      {"es", "La ley permite multas de hasta 20 millones de euros.", {}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("Portuguese fines") {
  const Case cases[] = {
      {"pt", "A CNPD aplicou uma coima de 1,25 milhões de euros à Orbex.",
       {{"1250000", "EUR", "fine", "Orbex", "PT", ""}}},
      {"pt", "Em 2020 foram aplicadas 15 coimas, no valor de 47 mil euros.", {}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a country acting through its regulator and a decision dated elsewhere") {
  const Case cases[] = {
      {"en", "The UK has also imposed a penalty of £7.5 million on Orbex.",
       {{"7500000", "GBP", "fine", "Orbex", "GB", ""}}},
      // The amount's sentence says only "this week"; the decision is dated to the day.
      {"en", "The CNIL imposed a fine of €2 million this week on Orbex. The CNIL decided on Monday, "
             "October 17, 2022 to impose the fine.",
       {{"2000000", "EUR", "fine", "Orbex", "FR", "2022-10-17"}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("names, relative clauses and amounts shared by several parties") {
  const Case cases[] = {
      {"en", "The ICO said it intends to fine British Airways £183 million.",
       {{"183000000", "GBP", "proposed", "British Airways", "GB", ""}}},
      {"en", "Facebook, which was fined $5 billion by the FTC in 2019, said it would appeal.",
       {{"5000000000", "USD", "fine", "Facebook", "US", "2019"}}},
      {"en", "The SEC ordered Orbex to pay a $2.5 million penalty and $1.1 million in disgorgement.",
       {{"2500000", "USD", "fine", "Orbex", "US", ""}}},
      {"it", "L'Agcm ha multato Apple e Google per 10 milioni di euro ciascuna.",
       {{"10000000", "EUR", "fine", "Apple", "IT", ""}, {"10000000", "EUR", "fine", "Google", "IT", ""}}},
      {"fr", "La Cnil a sanctionné Orbex et Pixelia d'une amende de 50 000 euros chacune.",
       {{"50000", "EUR", "fine", "Orbex", "FR", ""}, {"50000", "EUR", "fine", "Pixelia", "FR", ""}}},
      {"nl", "De AP legde Orbex een dwangsom op van 100.000 euro per week.",
       {{"100000", "EUR", "periodic_penalty", "Orbex", "NL", ""}}},
      {"pt", "A Autoridade da Concorrência multou a Orbex em 84 milhões de euros.",
       {{"84000000", "EUR", "fine", "Orbex", "PT", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("coreference and respectively-lists in several languages") {
  const Case cases[] = {
      // "the company" refers back to the party the article is about.
      {"en", "Orbex Ltd was fined €2 million by the CNIL. Orbex Ltd appealed. Last year the company "
             "had also been fined €500,000 by the Italian data protection authority.",
       {{"2000000", "EUR", "fine", "Orbex Ltd", "FR", ""}, {"500000", "EUR", "fine", "Orbex Ltd", "IT", ""}}},
      {"fr", "Pixelia a été condamnée par la Cnil. La société avait déjà écopé d'une amende de 3 millions "
             "d'euros en Espagne et de 2 millions d'euros en Italie, respectivement.",
       {{"3000000", "EUR", "fine", "Pixelia", "", ""}, {"2000000", "EUR", "fine", "Pixelia", "", ""}}},
      {"de", "Orbex wurde in Spanien und Italien mit Bußgeldern von 4 Millionen Euro beziehungsweise 6 Millionen Euro bestraft.",
       {{"4000000", "EUR", "fine", "Orbex", "ES", ""}, {"6000000", "EUR", "fine", "Orbex", "IT", ""}}},
      {"es", "Orbex fue multada con 4 millones de euros y 6 millones de euros en Francia e Italia, respectivamente.",
       {{"4000000", "EUR", "fine", "Orbex", "FR", ""}, {"6000000", "EUR", "fine", "Orbex", "IT", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("lines of a list of fines") {
  const Case cases[] = {
      {"de", "Die größten Bußgelder des Jahres.\nOrbex – 530 Mio. EUR\nDie irische Datenschutzbehörde ahndete "
             "damit Verstöße. Auch andere Bußgelder folgten. Weitere Strafen sind möglich.",
       {{"530000000", "EUR", "fine", "Orbex", "IE", ""}}},
      // Without an article about fines around it, a name and an amount are not a fine.
      {"en", "Orbex - €530 million", {}},
      // A column of money that is no fine is read as none.
      {"de", "Das Bundeskartellamt verhängte Bußgelder.\n| Unternehmen | Umsatz |\n| Orbex GmbH | 410 Mio. Euro |", {}},
      // A place after the name, set off by a comma: "Name, Ort: Betrag".
      {"de", "Das Bundeskartellamt verhängte Bußgelder gegen zwei Hersteller. Die Bußgelder im Einzelnen:\n"
             "- Orbex GmbH, Kassel: 3 Mio. Euro\n- Tellar AG, Bad Hersfeld: 2 Mio. Euro\n",
       {{"3000000", "EUR", "fine", "Orbex GmbH", "DE", ""}, {"2000000", "EUR", "fine", "Tellar AG", "DE", ""}}},
      // A name that holds a joining word is one name.
      {"es", "La CNMC ha multado a dos empresas de transporte. Las multas impuestas son las siguientes:\n\n"
             "Autocares Duero, S.L.: 4.210.000 euros\nViajes y Rutas del Órbigo, S.L.: 1.980.000 euros\n",
       {{"4210000", "EUR", "fine", "Autocares Duero, S.L.", "ES", ""},
        {"1980000", "EUR", "fine", "Viajes y Rutas del Órbigo, S.L.", "ES", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("the lines of one list share the body that the sentence before the list names") {
  const char* text =
      "La Dirección General de Consumo de la Junta de Extremadura ha impuesto multas a cinco empresas de "
      "alquiler de coches.\n\nLas multas, una por una:\n- Rodamax: 2.400.000 euros\n- Autoviaje: 1.100.000 "
      "euros\n- Coches Sur: 640.000 euros\n- Alquila Ya: 95.000 euros\n- Movilis: 40.000 euros\n";
  const finex::Result r = extractor().extract(text, {.id = "t", .published = "", .language = "es"});
  REQUIRE(r.fines.size() == 5);
  for (const finex::Fine& f : r.fines) {
    CAPTURE(f.entity.value_or(finex::EntityRef{}).text);
    CHECK(f.authority.value_or(finex::AuthorityRef{}).text == "Dirección General de Consumo de la Junta de Extremadura");
  }
}

TEST_CASE("amounts with no fine word within reach stop the extraction early") {
  // The publication date is only looked for when an amount may be a fine.
  const finex::Result revenue =
      extractor().extract("Published 2023-04-13\nOrbex said revenue rose to €5 million.", {.id = "t", .published = "", .language = "en"});
  REQUIRE(revenue.ok());
  CHECK(revenue.fines.empty());
  CHECK_FALSE(revenue.published.has_value());

  const finex::Result fined =
      extractor().extract("Published 2023-04-13\nThe CNIL fined Orbex €5 million.", {.id = "t", .published = "", .language = "en"});
  REQUIRE(fined.fines.size() == 1);
  CHECK(fined.published == "2023-04-13");
  CHECK(fined.fines[0].amount->value.to_string() == "5000000");
  CHECK(fined.fines[0].date->value == "2023-04-13");

  // A fine word more than 100 bytes from the amount does not make it a fine.
  const std::string far = "The CNIL fined Orbex last year. " + std::string(120, ' ') +
                          "Separately, Orbex reported revenue of €5 million in its annual report.";
  CHECK(extractor().extract(far, {.id = "t", .published = "", .language = "en"}).fines.empty());
}

TEST_CASE("a denied fine word, a hypothesis or a proposal is no imposed fine") {
  const Case cases[] = {
      {"en", "The regulator decided not to fine Orbex Ltd, which made €2 million from the scheme.", {}},
      {"en", "Orbex escaped a fine; it would have faced around €30 million.", {}},
      {"en", "Pixelia has set aside €200 million for possible fines.", {}},
      {"en", "Analysts expect a fine of between €1 billion and €2 billion.", {}},
      {"en", "The fine wines sold for £2.3 million at auction.", {}},
      {"en", "Prosecutors had sought a fine of €2 million for Orbex.", {{"2000000", "EUR", "proposed", "Orbex", "", ""}}},
      // A negation further from the fine word denies something else.
      {"en", "Orbex chose not to appeal the €5 million fine imposed by the CNIL.", {{"5000000", "EUR", "fine", "", "FR", ""}}},
      {"fr", "La Cnil n'a pas infligé d'amende à Pixelia, qui a gagné 2 millions d'euros.", {}},
      {"fr", "Le rapporteur a proposé une amende de 2 millions d'euros contre Pixelia.",
       {{"2000000", "EUR", "proposed", "Pixelia", "", ""}}},
      {"de", "Die Behörde verhängte kein Bußgeld gegen Orbex, die 3 Millionen Euro Gewinn machte.", {}},
      {"de", "Die Staatsanwaltschaft hatte eine Geldstrafe von 40.000 Euro beantragt.", {{"40000", "EUR", "proposed", "", "", ""}}},
      {"nl", "De rechter legde geen boete op aan Orbex, dat 2 miljoen euro verdiende.", {}},
      {"it", "Il tribunale non ha inflitto alcuna multa a Orbex, che ha guadagnato 2 milioni di euro.", {}},
      {"es", "La instrucción propone una multa de 2 millones de euros a Orbex.", {{"2000000", "EUR", "proposed", "Orbex", "", ""}}},
      {"es", "La Inspección de Trabajo levantó actas con propuestas de sanción por 2,38 millones de euros contra Orbex SL.",
       {{"2380000", "EUR", "proposed", "Orbex SL", "", ""}}},
      {"es", "La CNMC no impuso ninguna multa a Orbex, que ganó 2 millones de euros.", {}},
      {"pt", "A CNPD não aplicou qualquer coima à Orbex, que faturou 2 milhões de euros.", {}},
      // The law's maximum, and money owed under a contract, are no fines.
      {"nl", "De ACM kan boetes opleggen tot 900.000 euro per overtreding.", {}},
      {"nl", "De gemeente moet de aannemer 2,3 miljoen euro betalen voor extra werk.", {}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a fine not paid, not appealed or set beside other words is still a fine") {
  const Case cases[] = {
      {"en", "Orbex said it would have to pay the €5 million fine imposed by the CNIL.",
       {{"5000000", "EUR", "fine", "", "FR", ""}}},
      {"en", "Shares in Orbex dropped after the €5 million fine imposed by the CNIL.",
       {{"5000000", "EUR", "fine", "", "FR", ""}}},
      {"en", "Orbex sought to overturn the €5 million fine imposed by the CNIL.", {{"5000000", "EUR", "fine", "", "FR", ""}}},
      {"fr", "Pixelia n'a pas contesté l'amende de 5 millions d'euros infligée par la Cnil.",
       {{"5000000", "EUR", "fine", "", "FR", ""}}},
      {"fr", "Sans compter l'amende de 5 millions d'euros infligée par la Cnil, Pixelia a perdu gros.",
       {{"5000000", "EUR", "fine", "", "FR", ""}}},
      {"it", "Orbex non ha pagato la multa di 5 milioni di euro inflitta dall'Antitrust.",
       {{"5000000", "EUR", "fine", "", "IT", ""}}},
      {"es", "Sin embargo la multa de 5 millones de euros impuesta por la CNMC a Orbex sigue en pie.",
       {{"5000000", "EUR", "fine", "Orbex", "ES", ""}}},
      {"pt", "Sem contar a coima de 5 milhões de euros aplicada pela CNPD, a Orbex perdeu muito.",
       {{"5000000", "EUR", "fine", "", "PT", ""}}},
      {"nl", "Afgezien van de boete van 5 miljoen euro die de AP oplegde, kreeg Orbex een waarschuwing.",
       {{"5000000", "EUR", "fine", "Orbex", "NL", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("table rows under a header that names the fine, dated by the decision reported before") {
  const Case cases[] = {
      {"es",
       "Madrid, 23 de mayo de 2024. La CNMC ha impuesto multas a tres empresas de limpieza. El Consejo aprobó la "
       "resolución el pasado martes.\n\n| Empresa | Multa (euros) |\n| Limpiezas Norte SA | 1.250.000 |\n"
       "| Brillo Sur SL | 830.500 |\n",
       {{"1250000", "EUR", "fine", "Limpiezas Norte SA", "ES", "2024-05-21"},
        {"830500", "EUR", "fine", "Brillo Sur SL", "ES", "2024-05-21"}}},
      {"de",
       "Das Bundeskartellamt hat Bußgelder gegen zwei Hersteller verhängt.\n\n| Unternehmen | Bußgeld (Mio. Euro) |\n"
       "| Ostwerk GmbH | 4,2 |\n| Nordbau AG | 1,5 |\n",
       {{"4200000", "EUR", "fine", "Ostwerk GmbH", "DE", ""}, {"1500000", "EUR", "fine", "Nordbau AG", "DE", ""}}},
      // A bare number far below the amount before it is no end of a range.
      {"es", "La CNMC ha impuesto multas de 2 millones de euros a cuatro empresas.",
       {{"2000000", "EUR", "fine", "", "ES", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a list takes its kind from the sentence that introduces it: a time limit dates nothing") {
  const Case cases[] = {
      {"en",
       "Ofgem said on Tuesday that three suppliers had overcharged customers, the largest penalties it has\n"
       "proposed for fines of this kind. The proposed penalties are:\n"
       "- Brightline Energy: £4m\n- Coastal Power: £2.5m\n- Vale Gas: £1m\n"
       "The companies have until early September to respond before a final decision.\n\nPublished 7 August 2024",
       {{"4000000", "GBP", "proposed", "Brightline Energy", "GB", "2024-08-06"},
        {"2500000", "GBP", "proposed", "Coastal Power", "GB", "2024-08-06"},
        {"1000000", "GBP", "proposed", "Vale Gas", "GB", "2024-08-06"}}},
      {"de", "Das Landratsamt verhängte am 3. Mai 2024 ein Bußgeld von 8.000 Euro gegen die Nordbau GmbH. Sie muss bis Ende Juni zahlen.",
       {{"8000", "EUR", "fine", "Nordbau GmbH", "", "2024-05-03"}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a total beside its parts is not reported: two fines of one party that add up are") {
  const Case cases[] = {
      {"en",
       "The regulator imposed penalties totalling £7m on two lenders: Harbor Bank was fined £4m and "
       "Ridge Credit was fined £3m.",
       {{"4000000", "GBP", "fine", "Harbor Bank", "", ""}, {"3000000", "GBP", "fine", "Ridge Credit", "", ""}}},
      {"de",
       "Das Bundeskartellamt verhängte Bußgelder gegen zwei Hersteller: 2,5 Millionen Euro gegen die "
       "Ostwerk GmbH und 1,5 Millionen Euro gegen die Nordbau AG, zusammen 4 Millionen Euro.",
       {{"2500000", "EUR", "fine", "", "DE", ""}, {"1500000", "EUR", "fine", "Nordbau AG", "DE", ""}}},
      // The shares follow the total past two sentences without money, after where the party is
      // from, and in a clause that repeats "auf die" without its verb.
      {"de",
       "Das Bundeskartellamt hat gegen drei Hersteller Geldbußen von insgesamt 23,6 Millionen Euro verhängt. Wie die "
       "Behörde mitteilte, hatten sich die Unternehmen abgestimmt. Auftraggeber waren Kommunen. Den größten Anteil "
       "trägt die Rheinfels Beton AG aus Andernach mit 12,4 Mio. Euro. Auf die Lindner GmbH entfallen 8,1 Mio. Euro, "
       "auf die Oberland Fertigteile GmbH aus dem bayerischen Weilheim 3,1 Mio. Euro.",
       {{"12400000", "EUR", "fine", "Rheinfels Beton AG", "DE", ""},
        {"8100000", "EUR", "fine", "Lindner GmbH", "DE", ""},
        {"3100000", "EUR", "fine", "Oberland Fertigteile GmbH", "DE", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("refunds and money paid back are no fines") {
  const Case cases[] = {
      {"en", "The airline was fined $2m and has already paid back $40m to passengers.", {{"2000000", "USD", "fine", "", "", ""}}},
      {"en", "The carrier was ordered to pay $12.5m in refunds on top of its penalty.", {}},
      {"es", "La aerolínea deberá hacer reembolsos por 3 millones de euros a sus clientes.", {}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a fine raised or cut on appeal is a change of amount, not the law's bounds") {
  const Case cases[] = {
      {"en", "The Court of Appeal raised the fine imposed on Orbex Ltd from £1.4 million to £2 million.",
       {{"1400000", "GBP", "fine", "", "", ""}, {"2000000", "GBP", "fine", "", "", ""}}},
      {"es", "El Supremo elevó la multa a Orbex de 1,2 millones a 2 millones de euros.",
       {{"1200000", "EUR", "fine", "", "", ""}, {"2000000", "EUR", "fine", "", "", ""}}},
      {"fr", "La cour d'appel a porté l'amende de Pixelia de 1,2 million à 2 millions d'euros.",
       {{"1200000", "EUR", "fine", "", "", ""}, {"2000000", "EUR", "fine", "", "", ""}}},
      {"en", "The regulator can impose fines of between €1,000 and €50,000 per breach.", {}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("the day a body announced its decision dates the fines reported with it") {
  const Case cases[] = {
      {"de",
       "Bußgelder gegen Ziegelhersteller\n\n18.09.2024, 11:42 Uhr\n\nDas Bundeskartellamt hat gegen die Ostwerk GmbH "
       "eine Geldbuße von 4,2 Millionen Euro verhängt. Das Unternehmen habe Preise abgesprochen, teilte die Behörde "
       "am Dienstag mit.",
       {{"4200000", "EUR", "fine", "Ostwerk GmbH", "DE", "2024-09-17"}}},
      {"es",
       "Madrid, 23 de mayo de 2024. La CNMC ha multado con 2 millones de euros a Limpiezas Norte SA. Así lo "
       "anunció el pasado martes el organismo.",
       {{"2000000", "EUR", "fine", "Limpiezas Norte SA", "ES", "2024-05-21"}}},
      // A dateline without its year dates the fines by its day and month alone.
      {"de",
       "Bonn, 4. März (dpa) - Das Bundeskartellamt hat gegen die Westkran GmbH eine Geldbuße von 3,1 Millionen "
       "Euro verhängt. Die Absprachen liefen von 2018 bis 2022.",
       {{"3100000", "EUR", "fine", "Westkran GmbH", "DE", "XXXX-03-04"}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("the sentence before a restated fine dates it when it dates the decision") {
  const Case cases[] = {
      {"sv",
       "IMY ger vårdappen Vårdapp Sverige en sanktionsavgift på 2,5 miljoner kronor. Bolaget skickade uppgifter till "
       "Meta. Det gällde bokningar. Det gällde symtom. Det gällde besök. Det pågick i två år. Felet upptäcktes sent. "
       "Bolaget har bett om ursäkt. Pixeln är nu borttagen.\n\nEnligt IMY:s beslut, som fattades den 6 februari, har "
       "bolaget brutit mot dataskyddsförordningen. Sanktionsavgiften på 2,5 miljoner kronor ska betalas inom en månad.",
       {{"2500000", "SEK", "fine", "Vårdapp Sverige", "SE", "2024-02-06"}}},
  };
  for (const Case& c : cases) check(c, "2024-06-14");
}

TEST_CASE("day-fines: a total stated is the fine, else the count times the price of one day") {
  const Case cases[] = {
      {"sv", "Tingsrätten dömde honom den 12 september till 80 dagsböter à 150 kronor, totalt 12 000 kronor.",
       {{"12000", "SEK", "fine", "", "", "XXXX-09-12"}}},
      {"de", "Das Amtsgericht verurteilte ihn zu 90 Tagessätzen zu je 50 Euro, insgesamt 4.500 Euro.",
       {{"4500", "EUR", "fine", "", "", ""}}},
      {"de", "Das Amtsgericht verurteilte ihn zu 90 Tagessätzen zu je 500 Euro.", {{"45000", "EUR", "fine", "", "", ""}}},
      {"sv", "Han dömdes till 80 dagsböter à 1 000 kronor.", {{"80000", "SEK", "fine", "", "", ""}}},
      {"pl", "Prokurator wnioskował o grzywnę w wysokości 200 stawek dziennych po 30 zł.", {{"6000", "PLN", "proposed", "", "", ""}}},
      // A count that is no count: part of a larger number.
      {"de", "Das Amtsgericht verurteilte ihn zu 1.090 Tagessätzen zu je 5 Euro.", {}},
      {"da", "Retten idømte ham 20 dagbøder á 1.000 kr., i alt 20.000 kr.", {{"20000", "DKK", "fine", "", "", ""}}},
      {"fi", "Käräjäoikeus tuomitsi hänet 40 päiväsakkoon, yhteensä 2 400 euroa.", {{"2400", "EUR", "fine", "", "", ""}}},
      {"fi", "Käräjäoikeus tuomitsi hänet 40 päiväsakkoon à 25 euroa, yhteensä 1 000 euroa.",
       {{"1000", "EUR", "fine", "", "", ""}}},
      {"pl", "Sąd Rejonowy w Kutnie skazał go na 200 stawek dziennych po 50 zł, łącznie 10 tys. zł.",
       {{"10000", "PLN", "fine", "", "PL", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a decision dated to a day of an unknown year, in the next sentence, dates the fine") {
  const Case cases[] = {
      {"sv", "IMY har beslutat att Vårdhem Norr AB ska betala en sanktionsavgift på 2 miljoner kronor. Beslutet fattades "
             "den 9 maj.",
       {{"2000000", "SEK", "fine", "Vårdhem Norr AB", "SE", "XXXX-05-09"}}},
      {"cs", "Český telekomunikační úřad uložil firmě Netlink s.r.o. pokutu 2 miliony korun. Rozhodnutí vydal 3. června.",
       {{"2000000", "CZK", "fine", "Netlink s.r.o.", "CZ", "XXXX-06-03"}}},
      {"el", "Η ΕΕΤΤ επέβαλε πρόστιμο 500.000 ευρώ στην Δέλτα Τηλεπικοινωνίες Α.Ε. Η απόφαση ελήφθη στις 14 Μαΐου.",
       {{"500000", "EUR", "fine", "Δέλτα Τηλεπικοινωνίες Α.Ε.", "GR", "XXXX-05-14"}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a fine its sentence leaves undated takes the day a decision is given two sentences after") {
  const Case cases[] = {
      {"de", "Wien – Das Kartellgericht hat über die Drogeriekette Bellamo eine Geldbuße von 2,1 Millionen Euro verhängt. "
             "Das Unternehmen soll sich zwischen 2018 und 2022 mit mehreren Herstellern über die Endverkaufspreise in "
             "seinen rund 220 Filialen abgestimmt haben. Der Beschluss vom 26. Februar 2025 ist rechtskräftig, wie die "
             "Bundeswettbewerbsbehörde (BWB) mitteilte.",
       {{"2100000", "EUR", "fine", "Drogeriekette Bellamo", "AT", "2025-02-26"}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a headline that names neither party nor body, or names it by what it is, repeats the fine of the text") {
  const Case cases[] = {
      {"da", "Bank vedtager bøde på 45 millioner\n\nFjordbanken A/S har vedtaget en bøde på 45 millioner kroner fra NSK "
             "for brud på hvidvaskloven. Sagen blev anmeldt af Finanstilsynet.",
       {{"45000000", "DKK", "fine", "Fjordbanken A/S", "DK", ""}}},
      {"da", "Datatilsynet indstiller kommune til bøde på 200.000 kroner\n\nDatatilsynet har politianmeldt Sønderå Kommune "
             "og indstiller til en bøde på 200.000 kroner.",
       {{"200000", "DKK", "proposed", "Sønderå Kommune", "DK", ""}}},
      // A headline that opens with its place, and names the party by what it is.
      {"fr", "Lyon. Fraude : un restaurateur condamné à 20 000 euros d'amende\n\nLe tribunal correctionnel de Lyon a "
             "condamné Marc T., 48 ans, à 20 000 euros d'amende pour travail dissimulé.",
       {{"20000", "EUR", "fine", "Marc T.", "", ""}}},
      {"it", "Consob, multa da 300mila euro per Aurora Capitale\n\nLa Consob ha sanzionato per 300mila euro la Sim "
             "torinese Aurora Capitale per violazioni delle regole di trasparenza.",
       {{"300000", "EUR", "fine", "Aurora Capitale", "IT", ""}}},
      // A headline rounds the amount the body gives to the złoty: the body's amount is reported.
      {"pl", "UOKiK: 2,3 mln zł kary dla Zetmet\n\nPrezes UOKiK nałożył na spółkę Zetmet SA karę w wysokości "
             "2 312 450 zł za wprowadzanie konsumentów w błąd.",
       {{"2312450", "PLN", "fine", "Zetmet SA", "PL", ""}}},
      // A headline that names the party by another name (its former employer) repeats the body's fine
      // of the same amount.
      {"fr", "Manipulation de cours : la FSMA inflige 180 000 euros d'amende à l'ex-patron de Veldmaere\n\n"
             "La commission des sanctions de la FSMA a infligé une amende de 180 000 euros à Luc Dethier, ancien "
             "administrateur délégué du groupe Veldmaere, pour manipulation de marché.",
       {{"180000", "EUR", "fine", "Luc Dethier", "BE", ""}}},
      {"de", "Mitarbeiter per Kamera überwacht: 2,4 Millionen Euro Bußgeld für Hamburger Versandhändler\n\n"
             "Die Datenschutzbehörde hat gegen die Nordkontor Versand GmbH ein Bußgeld in Höhe von 2,4 Millionen "
             "Euro verhängt.",
       {{"2400000", "EUR", "fine", "Nordkontor Versand GmbH", "", ""}}},
      // A headline's verb may not tell the kind the body tells: the body's proposal.
      {"en", "Watchdog warns pharmacy chain of £2.4m penalty\n\nThe regulator said it had issued a notice of intent "
             "to Medway Pharmacy Group, proposing a fine of £2.4m after a ransomware attack.",
       {{"2400000", "GBP", "proposed", "Medway Pharmacy Group", "", ""}}},
      // The press's word for a heavy fine, in quotes, names no party.
      {"el", "ΑΑΔΕ: «Καμπάνα» 1,1 εκατ. σε καφετέριες\n\nΠρόστιμα ύψους 1,1 εκατ. ευρώ επέβαλε η ΑΑΔΕ στην εταιρεία "
             "Άρωμα Espresso Α.Ε., σύμφωνα με ανακοίνωση.",
       {{"1100000", "EUR", "fine", "Άρωμα Espresso Α.Ε.", "GR", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a headline that rounds the body's fine, or gives it in the currency of its conversion, repeats it") {
  const Case cases[] = {
      // "casi medio millón": a word of rounding widens what the headline may round.
      {"es",
       "Seguridad Aérea impone a Air Levante una multa de casi medio millón por volar con reparaciones sin certificar\n\n"
       "La Agencia Estatal de Seguridad Aérea (AESA) ha impuesto a la aerolínea Air Levante una multa de 480.000 euros "
       "por operar dos aviones con reparaciones no certificadas.",
       {{"480000", "EUR", "fine", "Air Levante", "ES", ""}}},
      {"en", "South Korea fines Larkspur $177 million over app store rules\n\nSEOUL - South Korea's antitrust "
             "regulator said on Tuesday it had fined Larkspur Inc 207.4 billion won ($176.64 million) for abusing "
             "its dominant position.",
       {{"207400000000", "KRW", "fine", "Larkspur Inc", "", ""}}},
      // A headline gives the body's amount to fewer digits.
      {"en", "Larkspur hit with 1.8 billion euro EU fine\n\nLarkspur Inc was fined 1.84 billion euros by the "
             "European Commission on Monday.",
       {{"1840000000", "EUR", "fine", "Larkspur Inc", "EU", ""}}},
      {"sv", "Eklunda Bank får sanktionsavgift på 12 miljoner kronor\n\nFinansinspektionen har beslutat om en "
             "sanktionsavgift på 11,79 miljoner kronor för Eklunda Bank.",
       {{"11790000", "SEK", "", "", "", ""}}},
      // A headline amount that is no rounding of the conversion is a fine of its own.
      {"en", "Regulator fines Larkspur $5 million\n\nThe regulator fined Larkspur Inc $5 million. It also fined "
             "Dunmore Ltd 207.4 billion won ($176.64 million).",
       {{"5000000", "USD", "fine", "Larkspur Inc", "", ""}, {"207400000000", "KRW", "fine", "Dunmore Ltd", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a name marked as the party of a later amount of its sentence is not the party of an earlier one") {
  const Case c{"en",
               "Regulator fines Harwell Bank $249 million over block trading\n\nHarwell Bank and a former executive "
               "have agreed to pay $249 million to settle charges, the regulator said on Friday.\n\nThe bank will pay "
               "about $153 million in disgorgement and $28 million in civil penalties to the regulator, while Tom "
               "Vale, its former head of equity syndicate desk, agreed to pay a $250,000 civil penalty.",
               {{"249000000", "USD", "fine", "Harwell Bank", "", ""},
                {"28000000", "USD", "fine", "Harwell Bank", "", ""},
                {"250000", "USD", "fine", "Tom Vale", "", ""}}};
  check(c);
}

TEST_CASE("a fine takes the date of its own decision, never of another event") {
  const Case cases[] = {
      // The decision dated in the next sentence, which also reports money that is no fine.
      {"en", "Published 10 July 2025\nThe Financial Conduct Authority fined Brightwater Capital Ltd £2 million. "
             "In its decision of 4 July, the regulator found that funds worth £300 million were mismanaged.",
       {{"2000000", "GBP", "fine", "Brightwater Capital Ltd", "GB", "2025-07-04"}}},
      {"fr", "Publié le 10 juillet 2025\nL'Autorité de la concurrence a infligé une amende de 3 millions d'euros "
             "à la société Verdane. Dans sa décision du 4 juillet, l'Autorité relève un chiffre d'affaires de "
             "80 millions d'euros.",
       {{"3000000", "EUR", "fine", "Verdane", "FR", "2025-07-04"}}},
      {"de", "Veröffentlicht am 20.03.2025\nDie BaFin hat gegen die Nordbank AG ein Bußgeld von 400.000 Euro "
             "verhängt. Der Bescheid vom 3. März ist noch nicht rechtskräftig.",
       {{"400000", "EUR", "fine", "Nordbank AG", "DE", "2025-03-03"}}},
      // The day it was made known gives way to the day of the decision reported after it.
      {"it", "Pubblicato il 10 febbraio 2025\nIl Garante per la protezione dei dati personali ha inflitto una "
             "sanzione di 200mila euro alla società Orvieto Dati. Lo ha reso noto oggi l'Autorità. Secondo il "
             "provvedimento, adottato lo scorso 30 gennaio, la società ha collaborato.",
       {{"200000", "EUR", "fine", "Orvieto Dati", "IT", "2025-01-30"}}},
      // A span of years is the infringement's: the fine takes the day of publication.
      {"pt", "Publicado a 27 de março de 2025\nA Autoridade da Concorrência aplicou uma coima de 2 milhões de "
             "euros à empresa Sabores do Tejo por ter combinado preços entre 2017 e 2022.",
       {{"2000000", "EUR", "fine", "Sabores do Tejo", "PT", "2025-03-27"}}},
      {"de", "Veröffentlicht am 20.03.2025\nDas Bundeskartellamt hat gegen die Zementwerk Süd GmbH eine "
             "Geldbuße von 5 Millionen Euro verhängt, weil sie von 2019 bis 2021 Preise abgesprochen hatte.",
       {{"5000000", "EUR", "fine", "Zementwerk Süd GmbH", "DE", "2025-03-20"}}},
      {"en", "Published 12 March 2025\nThe FCA fined Orbex Ltd £1 million for failings in 2018\u20132020.",
       {{"1000000", "GBP", "fine", "Orbex Ltd", "GB", "2025-03-12"}}},
      // A hearing to come dates no fine.
      {"en", "Published 12 March 2025\nThe FCA fined Orbex Ltd £1 million, which the firm will challenge at a "
             "hearing on 3 June 2025.",
       {{"1000000", "GBP", "fine", "Orbex Ltd", "GB", "2025-03-12"}}},
      // A day set for what is to come dates nothing; the final notice dates the fine.
      {"en", "Published 6 February 2025\nThe FCA fined Marlow Payments Ltd £1.6 million. In its final notice, "
             "dated 30 January, the regulator said the firm held £90 million of client money. A tribunal "
             "hearing on its former director is scheduled for 10 April.",
       {{"1600000", "GBP", "fine", "Marlow Payments Ltd", "GB", "2025-01-30"}}},
      {"es", "Publicado el 12 de noviembre de 2024\nLa CNMC ha impuesto una multa de 900.000 euros a la "
             "empresa Aguas del Turia. La vista en la Audiencia Nacional está prevista para el 20 de enero.",
       {{"900000", "EUR", "fine", "Aguas del Turia", "ES", "2024-11-12"}}},
      // Between two amounts, a date belongs to its own clause.
      {"en", "Published 5 March 2025\nIn October, the FCA fined Quaybank Ltd £4.1 million, and last year a "
             "former trader, Dan Ross, was fined £85,000.",
       {{"4100000", "GBP", "fine", "Quaybank Ltd", "GB", "2024-10"}, {"85000", "GBP", "fine", "Dan Ross", "", "2024"}}},
      // Costs between the fine and its hearing do not part them.
      {"en", "Kestrel Builders Ltd was fined £90,000 and ordered to pay costs of £4,200 at a hearing on "
             "14 January 2025.",
       {{"90000", "GBP", "fine", "Kestrel Builders Ltd", "", "2025-01-14"}}},
      // A periodic penalty comes with the decision of the fine reported before it.
      {"fr", "Publié le 12 mars 2025\nLa CNIL a prononcé mardi une amende de 1 million d'euros à l'encontre de "
             "la société Ardelle. Selon la délibération publiée mercredi, la société n'informait pas ses "
             "clients. La CNIL a également assorti sa décision d'une astreinte de 5 000 euros par jour de retard.",
       {{"1000000", "EUR", "fine", "Ardelle", "FR", "2025-03-11"}, {"5000", "EUR", "periodic_penalty", "", "FR", "2025-03-11"}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("yearless dates of fines: the past one, or an unknown year") {
  const Case cases[] = {
      {"en", "Published 12 March 2025\nThe FCA fined Orbex Ltd £3 million in December.",
       {{"3000000", "GBP", "fine", "Orbex Ltd", "GB", "2024-12"}}},
      {"pt", "Publicado a 12 de março de 2025\nA CMVM aplicou em dezembro uma coima de 300 mil euros ao "
             "Banco Tejo.",
       {{"300000", "EUR", "fine", "Banco Tejo", "PT", "2024-12"}}},
      // 12 March 2025 is a Wednesday.
      {"en", "Published 12 March 2025\nThe FCA fined Orbex Ltd £1 million on Friday.",
       {{"1000000", "GBP", "fine", "Orbex Ltd", "GB", "2025-03-07"}}},
      // No publication date and no year: the year stays unknown.
      {"sv", "Integritetsskyddsmyndigheten har beslutat att vårdbolaget Norrsken AB ska betala en "
             "sanktionsavgift på 2 miljoner kronor. Beslutet fattades den 9 maj.",
       {{"2000000", "SEK", "fine", "Norrsken AB", "SE", "XXXX-05-09"}}},
      {"cs", "Česká obchodní inspekce uložila firmě Elektro Luna s.r.o. pokutu 400 tisíc korun. Rozhodnutí "
             "padlo 3. června.",
       {{"400000", "CZK", "fine", "Elektro Luna s.r.o.", "CZ", "XXXX-06-03"}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a body the paragraph names before a fine imposed it, rather than the article's main body") {
  const Case cases[] = {
      {"nl", "De NVWA heeft slachterij Weidegoud een boete van 90.000 euro opgelegd. Volgens de NVWA werden dieren "
             "slecht verdoofd.\n\nOok de Nederlandse Arbeidsinspectie deed onderzoek bij het bedrijf. Die legde een boete "
             "van 18.000 euro op, omdat schoonmakers zonder beschermende kleding werkten.",
       {{"90000", "EUR", "fine", "Weidegoud", "NL", ""}, {"18000", "EUR", "fine", "", "NL", ""}}},
  };
  for (const Case& c : cases) check(c);
  const finex::Result r = extractor().extract(cases[0].text, {.id = "t", .published = "", .language = "nl"});
  REQUIRE(r.fines.size() == 2);
  CHECK(r.fines[1].authority.value_or(finex::AuthorityRef{}).name == "Nederlandse Arbeidsinspectie");
}

TEST_CASE("a body acting on a day in the fine's paragraph dates it, rather than a decision of a paragraph before") {
  const Case cases[] = {
      {"de", "Die BaFin hat gegen die Ostend Bank AG ein Bußgeld von 80.000 Euro verhängt. "
             "Der Bescheid sei am 2. Mai ergangen, teilte die Behörde am Montag mit.\n\nVor dem Amtsgericht Trier "
             "stand am Dienstag ein Gastwirt. Das Gericht verurteilte Paul Weber zu einer Geldstrafe von 6.000 Euro.",
       {{"80000", "EUR", "fine", "Ostend Bank AG", "DE", "2024-05-02"},
        {"6000", "EUR", "fine", "Paul Weber", "", "2024-06-11"}}},
  };
  for (const Case& c : cases) check(c, "2024-06-14");
}

TEST_CASE("a court that sentenced in the paragraph before imposed the fine, rather than the article's main body") {
  const Case cases[] = {
      {"sv", "Arbetsmiljöverket inspekterade bygget i mars. Falu tingsrätt dömde på onsdagen arbetsledaren för "
             "arbetsmiljöbrott.\n\nByggföretaget Dalbygg Entreprenad AB ska betala en företagsbot på 400 000 kronor. "
             "Arbetsmiljöverket har tidigare kritiserat bolaget.",
       {{"400000", "SEK", "fine", "Dalbygg Entreprenad AB", "", "2024-06-12"}}},
      {"de", "Das Gewerbeaufsichtsamt hatte die Baustelle im März kontrolliert. Das Amtsgericht Hannover verurteilte "
             "am Montag den Geschäftsführer wegen Schwarzarbeit.\n\nDie Firma Krawinkel Trockenbau GmbH muss eine "
             "Geldbuße von 40.000 Euro zahlen. Das Gewerbeaufsichtsamt begrüßte das Urteil.",
       {{"40000", "EUR", "fine", "Krawinkel Trockenbau GmbH", "", "2024-06-10"}}},
  };
  for (const Case& c : cases) check(c, "2024-06-14");
  CHECK(extractor().extract(cases[0].text, {.id = "t", .published = "2024-06-14", .language = "sv"}).fines.at(0).authority->text ==
        "Falu tingsrätt");
  CHECK(extractor().extract(cases[1].text, {.id = "t", .published = "2024-06-14", .language = "de"}).fines.at(0).authority->text ==
        "Amtsgericht Hannover");
}

TEST_CASE("a headline's amount that the body writes as it stands is that fine, not a larger total the body gives later") {
  const Case cases[] = {
      {"da", "Slagteri idømt bøde på 1,8 mio. kr.\n\nRetten i Herning har idømt Vestjysk Slagteri A/S en bøde på "
             "1,8 mio. kr. for overtrædelse af miljøbeskyttelsesloven. Driftslederen fik 20 dagbøder à 1.500 kr.\n\n"
             "Samlet skal slagteriet og driftslederen betale 1,83 mio. kr. i bøder.",
       {{"1800000", "DKK", "fine", "Vestjysk Slagteri A/S", "DK", ""}, {"30000", "DKK", "fine", "", "", ""}}},
  };
  for (const Case& c : cases) check(c, "2024-06-14");
}

TEST_CASE("a quotation that restates a fine's amount is that fine, whoever it quotes") {
  const Case cases[] = {
      {"cs", "Ministerstvo životního prostředí snížilo pokutu firmě Moravchem Rájec a.s. na 9 milionů korun.\n\n"
             "\u201EDevět milionů je stále citelný trest a jasný signál ostatním provozovatelům,\u201C uvedl ředitel ČIŽP.",
       {{"9000000", "CZK", "fine", "Moravchem Rájec a.s.", "CZ", ""}}},
  };
  for (const Case& c : cases) check(c, "2024-06-14");
}

TEST_CASE("a menu's words, joined by normalisation, name no party") {
  const Case cases[] = {
      {"it", "CALCIO  |  Serie A   Serie B   Serie C   Calciomercato   Coppe europee\n\n"
             "Il giudice sportivo ha inflitto un'ammenda di 2.000 euro al centrocampista.",
       {{"2000", "EUR", "fine", "", "", ""}}},
  };
  for (const Case& c : cases) check(c, "2024-06-14");
  const finex::Result r = extractor().extract(cases[0].text, {.id = "t", .published = "2024-06-14", .language = "it"});
  REQUIRE(r.fines.size() == 1);
  CHECK_FALSE(r.fines[0].entity.has_value());
}

TEST_CASE("a page's menus before the headline: the headline is the first line with an amount") {
  const Case cases[] = {
      {"it", "Home | Economia | Mercati\n\nQuesto sito utilizza cookie tecnici. Accetta | Rifiuta\n\n"
             "Consob, sanzione da 150mila euro all'ex ad di Valtellina Energia\n\n"
             "La Consob ha inflitto una sanzione amministrativa pecuniaria di 150.000 euro a Marco Ferretti, "
             "ex amministratore delegato di Valtellina Energia.",
       {{"150000", "EUR", "fine", "Marco Ferretti", "IT", ""}}},
  };
  for (const Case& c : cases) check(c, "2024-06-14");
}

TEST_CASE("a page's breadcrumb names sections, not the article's party") {
  const Case cases[] = {
      {"fr", "Football > Europe > Conference League\n\nSanctions disciplinaires de l'UEFA après les quarts de finale "
             "de la Conference League. L'UEFA a infligé une amende de 18 000 euros au club pour des fumigènes.",
       {{"18000", "EUR", "fine", "", "", ""}}},
  };
  for (const Case& c : cases) check(c, "2024-06-14");
  const finex::Result r = extractor().extract(cases[0].text, {.id = "t", .published = "2024-06-14", .language = "fr"});
  REQUIRE(r.fines.size() == 1);
  CHECK_FALSE(r.fines[0].entity.has_value());
}
