// Structures that hold several fines, end to end through the public API on texts written for
// the test: lists of names with their amounts, tables whose header names the currency,
// "respectively" on either side of the names.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "finex/finex.h"
#include "fine_cases.h"

using finex_test::Case;

// Relative dates resolve against one publication day.
void check_published(const Case& c) { finex_test::check(c, "2024-06-14"); }

TEST_CASE("lists of names with their amounts give one fine per name") {
  const Case cases[] = {
      {"en",
       "The watchdog fined three lenders: Harbor Bank (£4m), Ridge Credit (£2.5m) and Vale Finance (£1m).",
       {{"4000000", "GBP", "", "Harbor Bank", "", ""}, {"2500000", "GBP", "", "Ridge Credit", "", ""}, {"1000000", "GBP", "", "Vale Finance", "", ""}}},
      {"de",
       "Das Bundeskartellamt verhängte Bußgelder gegen Ostwerk GmbH (2,5 Mio. Euro), Nordbau AG (1,2 Mio. Euro) "
       "und Kessler KG (800.000 Euro).",
       {{"2500000", "EUR", "", "Ostwerk GmbH", "", ""}, {"1200000", "EUR", "", "Nordbau AG", "", ""}, {"800000", "EUR", "", "Kessler KG", "", ""}}},
      {"fr",
       "L'Autorité de la concurrence a sanctionné trois laboratoires : Médilab (12 millions d'euros), Pharmavie "
       "(8 millions d'euros) et Biosanté (3 millions d'euros).",
       {{"12000000", "EUR", "", "Médilab", "", ""}, {"8000000", "EUR", "", "Pharmavie", "", ""}, {"3000000", "EUR", "", "Biosanté", "", ""}}},
      {"es",
       "La CNMC ha multado a tres constructoras: Obras Levante SA (4,2 millones de euros), Grupo Tajo SL (1,8 "
       "millones de euros) y Cimientos Sur SA (900.000 euros).",
       {{"4200000", "EUR", "", "Obras Levante SA", "", ""}, {"1800000", "EUR", "", "Grupo Tajo SL", "", ""}, {"900000", "EUR", "", "Cimientos Sur SA", "", ""}}},
      {"it",
       "L'Antitrust ha sanzionato tre compagnie: Navimare S.p.A. (6 milioni di euro), Golfo Linee S.r.l. (2,4 "
       "milioni di euro) e Traghetti Blu (900.000 euro).",
       {{"6000000", "EUR", "", "Navimare S.p.A.", "", ""}, {"2400000", "EUR", "", "Golfo Linee S.r.l.", "", ""}, {"900000", "EUR", "", "Traghetti Blu", "", ""}}},
      {"pt",
       "A Autoridade da Concorrência multou três distribuidoras: Bebidas Tejo, S.A. (3,1 milhões de euros), "
       "Vinhos Douro, S.A. (1,2 milhões de euros) e Sumos Minho, S.A. (450 mil euros).",
       {{"3100000", "EUR", "", "Bebidas Tejo, S.A.", "", ""}, {"1200000", "EUR", "", "Vinhos Douro, S.A.", "", ""}, {"450000", "EUR", "", "Sumos Minho, S.A.", "", ""}}},
      {"nl",
       "De ACM legde boetes op aan drie bouwbedrijven: Polderbouw B.V. (2,4 miljoen euro), Dijkstra Infra B.V. "
       "(1,1 miljoen euro) en Wegenbouw Loon B.V. (600.000 euro).",
       {{"2400000", "EUR", "", "Polderbouw B.V.", "", ""}, {"1100000", "EUR", "", "Dijkstra Infra B.V.", "", ""}, {"600000", "EUR", "", "Wegenbouw Loon B.V.", "", ""}}},
      {"pl",
       "UOKiK nałożył kary na trzy spółki: Mostorem SA (9,2 mln zł), Drogostal SA (6,1 mln zł) oraz "
       "Asfaltex SA (2,9 mln zł).",
       {{"9200000", "PLN", "", "Mostorem SA", "", ""}, {"6100000", "PLN", "", "Drogostal SA", "", ""}, {"2900000", "PLN", "", "Asfaltex SA", "", ""}}},
      {"ro",
       "Consiliul Concurenței a amendat trei companii: Agroprod SA (38,2 milioane de lei), Uleiuri Sud SRL (21,6 "
       "milioane de lei) și Semintex SRL (4,3 milioane de lei).",
       {{"38200000", "RON", "", "Agroprod SA", "", ""}, {"21600000", "RON", "", "Uleiuri Sud SRL", "", ""}, {"4300000", "RON", "", "Semintex SRL", "", ""}}},
      // A verb of paying with the names and amounts that follow it.
      {"de",
       "Das Landgericht verurteilte drei Firmen zu Geldbußen: Die Ostwerk GmbH muss 2 Millionen Euro zahlen, die "
       "Nordbau AG 1,5 Millionen Euro und die Kessler KG 500.000 Euro.",
       {{"2000000", "EUR", "", "Ostwerk GmbH", "", ""}, {"1500000", "EUR", "", "Nordbau AG", "", ""}, {"500000", "EUR", "", "Kessler KG", "", ""}}},
      {"pl",
       "Prezes UOKiK nałożył kary na trzy spółki. Mostorem SA musi zapłacić 9,2 mln zł, Drogostal SA – 6,1 mln zł, "
       "a Asfaltex SA – 2,9 mln zł.",
       {{"9200000", "PLN", "", "Mostorem SA", "", ""}, {"6100000", "PLN", "", "Drogostal SA", "", ""}, {"2900000", "PLN", "", "Asfaltex SA", "", ""}}},
  };
  for (const Case& c : cases) check_published(c);
}

TEST_CASE("table rows under a header that names the currency give one fine per row") {
  const Case cases[] = {
      {"ro",
       "Consiliul Concurenței a amendat trei producători de ulei.\n\nCompanie\tAmendă (lei)\nAgroprod SA\t38.200.000\n"
       "Uleiuri Sud SRL\t21.600.000\nSemintex SRL\t4.300.000\n",
       {{"38200000", "RON", "", "Agroprod SA", "", ""}, {"21600000", "RON", "", "Uleiuri Sud SRL", "", ""}, {"4300000", "RON", "", "Semintex SRL", "", ""}}},
      {"de",
       "Das Bundeskartellamt hat Bußgelder gegen drei Hersteller verhängt.\n\nUnternehmen\tBußgeld (EUR)\n"
       "Ostwerk GmbH\t4.200.000\nNordbau AG\t1.500.000\nKessler KG\t750.000\n",
       {{"4200000", "EUR", "", "Ostwerk GmbH", "", ""}, {"1500000", "EUR", "", "Nordbau AG", "", ""}, {"750000", "EUR", "", "Kessler KG", "", ""}}},
      {"en",
       "The Financial Conduct Authority fined three brokers.\n\nFirm                 Fine (£)\nHarbor Securities    "
       "1,200,000\nRidge Capital        640,000\nVale Brokers         95,000\n",
       {{"1200000", "GBP", "", "Harbor Securities", "", ""}, {"640000", "GBP", "", "Ridge Capital", "", ""}, {"95000", "GBP", "", "Vale Brokers", "", ""}}},
      {"fr",
       "L'Autorité de la concurrence a sanctionné trois distributeurs.\n\n| Entreprise | Amende (euros) |\n"
       "| Médilab | 12 000 000 |\n| Pharmavie | 8 500 000 |\n| Biosanté | 3 000 000 |\n",
       {{"12000000", "EUR", "", "Médilab", "", ""}, {"8500000", "EUR", "", "Pharmavie", "", ""}, {"3000000", "EUR", "", "Biosanté", "", ""}}},
      {"es",
       "La CNMC ha multado a tres empresas de mudanzas.\n\nEmpresa\tMulta (euros)\nMudanzas Norte SA\t1.250.000\n"
       "Traslados Sur SL\t830.500\nCajas Rápidas SL\t95.000\n",
       {{"1250000", "EUR", "", "Mudanzas Norte SA", "", ""}, {"830500", "EUR", "", "Traslados Sur SL", "", ""}, {"95000", "EUR", "", "Cajas Rápidas SL", "", ""}}},
      {"it",
       "L'Antitrust ha sanzionato tre compagnie di traghetti.\n\nSocietà\tSanzione (euro)\nNavimare S.p.A.\t6.000.000\n"
       "Golfo Linee S.r.l.\t2.400.000\nTraghetti Blu\t900.000\n",
       {{"6000000", "EUR", "", "Navimare S.p.A.", "", ""}, {"2400000", "EUR", "", "Golfo Linee S.r.l.", "", ""}, {"900000", "EUR", "", "Traghetti Blu", "", ""}}},
      {"pt",
       "A Autoridade da Concorrência multou três distribuidoras.\n\n| Empresa | Coima (euros) |\n| Bebidas Tejo, S.A. | "
       "3.100.000 |\n| Vinhos Douro, S.A. | 1.200.000 |\n",
       {{"3100000", "EUR", "", "Bebidas Tejo, S.A.", "", ""}, {"1200000", "EUR", "", "Vinhos Douro, S.A.", "", ""}}},
      {"nl",
       "De ACM heeft boetes opgelegd aan drie bouwbedrijven.\n\nBedrijf\tBoete (euro)\nPolderbouw B.V.\t2.400.000\n"
       "Dijkstra Infra B.V.\t1.100.000\nVan Loon Wegen B.V.\t600.000\n",
       {{"2400000", "EUR", "", "Polderbouw B.V.", "", ""}, {"1100000", "EUR", "", "Dijkstra Infra B.V.", "", ""}, {"600000", "EUR", "", "Van Loon Wegen B.V.", "", ""}}},
      {"pl",
       "UOKiK nałożył kary na trzy spółki budowlane.\n\nSpółka\tKara (zł)\nMostorem Sp. z o.o.\t9 200 000\n"
       "Drogostal SA\t6 100 000\nAsfaltex SA\t2 900 000\n",
       {{"9200000", "PLN", "", "Mostorem Sp. z o.o.", "", ""}, {"6100000", "PLN", "", "Drogostal SA", "", ""}, {"2900000", "PLN", "", "Asfaltex SA", "", ""}}},
  };
  for (const Case& c : cases) check_published(c);
}

TEST_CASE("respectively pairs amounts with names on either side") {
  const Case cases[] = {
      {"it",
       "L'Antitrust ha inflitto sanzioni rispettivamente di 6 milioni, 2,4 milioni e 900.000 euro a Navimare SpA, "
       "Golfo Linee S.r.l. e Traghetti Blu.",
       {{"6000000", "EUR", "", "Navimare SpA", "", ""}, {"2400000", "EUR", "", "Golfo Linee S.r.l.", "", ""}, {"900000", "EUR", "", "Traghetti Blu", "", ""}}},
      {"es",
       "La CNMC impuso multas de 4 millones y 2 millones de euros a Obras Levante SA y Grupo Tajo SL, respectivamente.",
       {{"4000000", "EUR", "", "Obras Levante SA", "", ""}, {"2000000", "EUR", "", "Grupo Tajo SL", "", ""}}},
      {"fr",
       "L'Autorité a infligé des amendes de 12 millions et 8 millions d'euros à Médilab et Pharmavie respectivement.",
       {{"12000000", "EUR", "", "Médilab", "", ""}, {"8000000", "EUR", "", "Pharmavie", "", ""}}},
      {"pt",
       "A AdC aplicou coimas de 3 milhões e 1 milhão de euros à Bebidas Tejo e à Vinhos Douro, respetivamente.",
       {{"3000000", "EUR", "", "Bebidas Tejo", "", ""}, {"1000000", "EUR", "", "Vinhos Douro", "", ""}}},
      {"nl",
       "De ACM legde boetes van 2,4 miljoen en 1,1 miljoen euro op aan Polderbouw en Dijkstra Infra, respectievelijk.",
       {{"2400000", "EUR", "", "Polderbouw", "", ""}, {"1100000", "EUR", "", "Dijkstra Infra", "", ""}}},
      {"de",
       "Gegen die Ostwerk GmbH und die Nordbau AG verhängte das Amt Bußgelder von 24.000 bzw. 61.750 Euro.",
       {{"24000", "EUR", "", "Ostwerk GmbH", "", ""}, {"61750", "EUR", "", "Nordbau AG", "", ""}}},
      {"pl",
       "UOKiK nałożył kary w wysokości odpowiednio 9,2 mln zł i 6,1 mln zł na Mostorem i Drogostal.",
       {{"9200000", "PLN", "", "Mostorem", "", ""}, {"6100000", "PLN", "", "Drogostal", "", ""}}},
      {"ro",
       "Consiliul Concurenței a aplicat amenzi de 35.000, respectiv 20.000 de lei firmelor Agroprod SA și Semintex SRL.",
       {{"35000", "RON", "", "Agroprod SA", "", ""}, {"20000", "RON", "", "Semintex SRL", "", ""}}},
      {"en",
       "The regulator imposed penalties of £8.7m and £5.3m on Harbor Bank and Ridge Credit respectively.",
       {{"8700000", "GBP", "", "Harbor Bank", "", ""}, {"5300000", "GBP", "", "Ridge Credit", "", ""}}},
  };
  for (const Case& c : cases) check_published(c);
}

TEST_CASE("a list introduced as one of fines gives one fine per line in a short article") {
  const std::vector<Case> cases = {
      {"en",
       "The central bank announced on 4 March 2024 the following fines:\n- Northgate Bank: £1.2m\n"
       "- Eastwell Savings: £800,000\n- Riverbank Credit: £450,000\n",
       {{"1200000", "GBP", "", "Northgate Bank", "", "2024-03-04"},
        {"800000", "GBP", "", "Eastwell Savings", "", ""},
        {"450000", "GBP", "", "Riverbank Credit", "", ""}}},
      {"nl",
       "De AFM maakte op 4 maart 2024 deze boetes bekend:\n- Noordbank N.V.: 1,2 miljoen euro\n"
       "- Oostzorg B.V.: 800.000 euro\n",
       {{"1200000", "EUR", "", "Noordbank N.V.", "", "2024-03-04"}, {"800000", "EUR", "", "Oostzorg B.V.", "", "2024-03-04"}}},
      {"it",
       "Il Garante ha comunicato il 4 marzo 2024 le sanzioni:\n- Banca Aurora S.p.A.: 1,2 milioni di euro\n"
       "- Credito Sole: 800.000 euro\n",
       {{"1200000", "EUR", "", "", "", "2024-03-04"}, {"800000", "EUR", "", "Credito Sole", "", "2024-03-04"}}},
      {"pl",
       "Urząd nałożył 4 marca 2024 r. następujące kary:\n- Bank Północny SA: 1,2 mln zł\n"
       "- Kasa Wschodnia: 800 tys. zł\n",
       {{"1200000", "PLN", "", "Bank Północny SA", "", "2024-03-04"}, {"800000", "PLN", "", "Kasa Wschodnia", "", "2024-03-04"}}},
      // Lines opened by a dash, a role set off after a name, a legal form after a comma, what the
      // fine was for after a dash; each line takes the body and the day of the line above.
      {"cs",
       "Přehled pokut, které ČNB uložila 14. května 2024:\n"
       "– Horácká spořitelna, a.s.: 18 mil. Kč – nedostatky ve vnitřním kontrolním systému\n"
       "– Investiční společnost Horizont, a.s.: 2,5 mil. Kč – porušení pravidel pro oceňování majetku fondů\n"
       "– Jan Novotný, bývalý obchodník s cennými papíry: 120 000 Kč – manipulace s trhem\n",
       {{"18000000", "CZK", "", "Horácká spořitelna, a.s.", "CZ", "2024-05-14"},
        {"2500000", "CZK", "", "Investiční společnost Horizont, a.s.", "CZ", "2024-05-14"},
        {"120000", "CZK", "", "Jan Novotný", "CZ", "2024-05-14"}}},
      {"it",
       "La Consob ha irrogato il 19 marzo 2024 sanzioni per complessivi 1,25 milioni di euro:\n\n"
       "\u2022 Banca Ferretti S.p.A.: 800.000 euro;\n"
       "\u2022 Giulio Marchetti, ex amministratore delegato: 300.000 euro;\n"
       "\u2022 Laura Bassi, ex responsabile della funzione compliance: 150.000 euro.\n",
       {{"800000", "EUR", "", "Banca Ferretti S.p.A.", "IT", "2024-03-19"},
        {"300000", "EUR", "", "Giulio Marchetti", "IT", "2024-03-19"},
        {"150000", "EUR", "", "Laura Bassi", "IT", "2024-03-19"}}},
      {"pt",
       "O Cade aplicou as seguintes multas:\n- Nutrimesa Ltda.: R$ 10,4 milhões\n"
       "- Rogério Lima, sócio da Nutrimesa: R$ 1,1 milhão\n",
       {{"10400000", "BRL", "", "Nutrimesa Ltda", "", ""}, {"1100000", "BRL", "", "Rogério Lima", "", ""}}},
      // A list introduced as something else holds no fines.
      {"en", "The bank reported its results on 4 March 2024:\n- Northgate Bank: £1.2m\n- Eastwell Savings: £800,000\n",
       {}},
  };
  for (const Case& c : cases) check_published(c);
}
