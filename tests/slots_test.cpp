// The slots of a fine in sentences whose structure news uses in every language: a person named
// beside a company, asides and relative clauses between a name and its fine.
#include <doctest/doctest.h>

#include "fine_cases.h"

using finex_test::Case;
using finex_test::check;

TEST_CASE("a person set off by commas beside a company takes the person's fine") {
  const Case cases[] = {
      // An aside that describes the name before it: the name is fined, not the company inside.
      {"en", "The FCA fined Harlow Bank plc £3 million. Peter Lang, a former director of Harlow Bank, was fined £60,000.",
       {{"3000000", "GBP", "fine", "Harlow Bank plc", "", ""}, {"60000", "GBP", "fine", "Peter Lang", "", ""}}},
      {"pl", "UOKiK nałożył karę na Budmax SA. Jan K., prezes zarządu Budmaksu, ma zapłacić 80 tys. zł.",
       {{"80000", "PLN", "fine", "Jan K.", "", ""}}},
      {"fr", "L'AMF a sanctionné Orbex SA. Paul D., ancien dirigeant de Orbex, a été condamné à une amende de 50 000 euros.",
       {{"50000", "EUR", "fine", "Paul D.", "", ""}}},
      {"es", "La CNMV multó a Orbex SA. Luis G., consejero delegado de Orbex, deberá pagar una multa de 40.000 euros.",
       {{"40000", "EUR", "fine", "Luis G.", "", ""}}},
      {"it", "La Consob ha sanzionato Orbex SpA. Marco R., amministratore delegato di Orbex, dovrà pagare una multa di 30.000 euro.",
       {{"30000", "EUR", "fine", "Marco R.", "", ""}}},
      // A person apposed to the noun the cue governs: "the director of X, Name, ...".
      {"en", "The FCA fined the former chairman of Harlow Bank, Peter Lang, £60,000.",
       {{"60000", "GBP", "fine", "Peter Lang", "", ""}}},
      {"da", "Retten dømte Nordbyg A/S. Desuden fik en tidligere direktør i Nordbyg, Ole P., en bøde på 100.000 kroner.",
       {{"100000", "DKK", "fine", "Ole P.", "", ""}}},
      // The noun the cue governs is completed by a company and a place before the person.
      {"ro", "Judecătoria Buzău l-a condamnat pe directorul fabricii de mobilă Lemnex SRL din comuna Vernești, Vasile Tudor, la o amendă penală de 18.000 de lei.",
       {{"18000", "RON", "fine", "Vasile Tudor", "", ""}}},
      {"pt", "O tribunal condenou o antigo gerente da empresa Alvora, Rui Santos, ao pagamento de uma multa de 12.000 euros.",
       {{"12000", "EUR", "fine", "Rui Santos", "", ""}}},
      // Names set off by commas in a list are no apposition.
      {"en", "The court fined Acme Ltd, Beta Holdings and Gamma plc £1m each.",
       {{"1000000", "GBP", "fine", "Acme Ltd", "", ""}, {"1000000", "GBP", "fine", "Beta Holdings", "", ""},
        {"1000000", "GBP", "fine", "Gamma plc", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a fine cut or raised on appeal is the new amount, with the party of the fine it changes") {
  const Case cases[] = {
      // The verb stands after the amount, with the fine word in the sentence before.
      {"de", "Die FMA verhängte gegen die Alpenbank AG eine Strafe von 90.000 Euro. Diese wurde vom Gericht später auf 60.000 Euro herabgesetzt.",
       {{"90000", "EUR", "fine", "Alpenbank AG", "", ""}, {"60000", "EUR", "fine", "Alpenbank AG", "", ""}}},
      {"en", "The FCA fined Harlow Bank plc £3 million in 2021. On appeal, the tribunal later reduced it to £1.8 million.",
       {{"3000000", "GBP", "fine", "Harlow Bank plc", "", ""}, {"1800000", "GBP", "fine", "Harlow Bank plc", "", ""}}},
      {"pl", "KNF nałożyła na Bank Polna SA karę 2 mln zł. Sąd obniżył ją później do 1,2 mln zł.",
       {{"2000000", "PLN", "fine", "Bank Polna SA", "", ""}, {"1200000", "PLN", "fine", "Bank Polna SA", "", ""}}},
      // The fine word stands between the verb and a range far after it.
      {"ro", "Curtea de Apel a redus amenda aplicată de ANPC societății Retail Max SRL de la 300.000 de lei la 120.000 de lei.",
       {{"300000", "RON", "fine", "Retail Max SRL", "", ""}, {"120000", "RON", "fine", "Retail Max SRL", "", ""}}},
      // A time between the verb and the fine word it changes; a headline names another party.
      {"da", "Retten straffer Nordhavn Fisk\n\nRetten idømte Nordhavn Fisk A/S en bøde. Vestjysk Tag A/S fik en bøde på 3,5 mio. kr. af byretten. "
             "Landsretten nedsatte i december bøden til 2,8 mio. kr.",
       {{"3500000", "DKK", "fine", "Vestjysk Tag A/S", "", ""}, {"2800000", "DKK", "fine", "Vestjysk Tag A/S", "", ""}}},
      {"nl", "ACM beboet Duinzicht Energie\n\nDe ACM beboette Duinzicht Energie B.V. Het CBb gaf Polder Vlees B.V. eerder een boete van 18.000 euro. "
             "De rechter verlaagde vorig jaar de boete tot 12.000 euro.",
       {{"18000", "EUR", "fine", "Polder Vlees B.V.", "", ""}, {"12000", "EUR", "fine", "Polder Vlees B.V.", "", ""}}},
      // A verb of change with no fine in sight changes no fine.
      {"en", "Acme reported a loss of £3m. It cut its costs to £2 million last year.", {}},
      {"de", "Der Konzern hat seine Kosten auf 2 Millionen Euro gesenkt.", {}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a fine recalled from another year lends its year to no later fine") {
  const Case cases[] = {
      {"nl", "De Kansspelautoriteit heeft Gokhuis B.V. op 5 februari 2025 een boete opgelegd van 300.000 euro. In 2022 kreeg Gokhuis al een boete van 150.000 euro. Ook Luckyspel kreeg een boete: 80.000 euro.",
       {{"300000", "EUR", "fine", "Gokhuis B.V.", "", "2025-02-05"}, {"150000", "EUR", "fine", "Gokhuis", "", "2022"},
        {"80000", "EUR", "fine", "Luckyspel", "", "2025-02-05"}}},
      {"en", "The FCA fined Harlow Bank plc £3m on 4 March 2024. In 2021 the bank was fined £1m for similar failings. Its rival Northwind Bank was fined £500,000.",
       {{"3000000", "GBP", "fine", "Harlow Bank plc", "", "2024-03-04"}, {"1000000", "GBP", "fine", "", "", "2021"},
        {"500000", "GBP", "fine", "Northwind Bank", "", "2024-03-04"}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("paying with no fine word is a fine only where the text around it speaks of one") {
  const Case cases[] = {
      // The headline names the fine; the body says who pays what.
      {"en", "Northgate Water fined for sewage spills\nNorthgate Water will pay £4.5m after a court found it had polluted rivers for three years.",
       {{"4500000", "GBP", "fine", "Northgate Water", "", ""}}},
      // "Not its first fine": the fine of the sentence after is the amount paid.
      {"nl", "De Kansspelautoriteit heeft Gokhuis B.V. een boete opgelegd van 300.000 euro. Het is niet de eerste boete voor het bedrijf. In 2022 moest Gokhuis al 150.000 euro betalen.",
       {{"300000", "EUR", "fine", "Gokhuis B.V.", "", ""}, {"150000", "EUR", "fine", "Gokhuis", "", "2022"}}},
      {"ro", "ANPC a amendat firma Electro Max SRL cu 50.000 de lei. Nu este prima amendă pentru firmă: anul trecut, Electro Max a plătit 20.000 de lei pentru aceleași încălcări.",
       {{"50000", "RON", "fine", "Electro Max SRL", "", ""}, {"20000", "RON", "fine", "Electro Max", "", ""}}},
      {"cs", "Česká obchodní inspekce uložila firmě Alfa pokutu 200 000 Kč. Není to první pokuta pro firmu. Loni firma Alfa zaplatila 80 000 Kč za podobné porušení.",
       {{"200000", "CZK", "fine", "Alfa", "", ""}, {"80000", "CZK", "fine", "Alfa", "", ""}}},
      // A fine with its own amount before: the money paid after it is something else.
      {"en", "The ICO fined Acme Ltd £3m. Acme will pay £2bn for its rival Beta.",
       {{"3000000", "GBP", "fine", "Acme Ltd", "", ""}}},
      // Money paid that its own words call no fine.
      {"en", "The court ordered Acme to pay £30,000 in compensation to the victims.", {}},
      {"en", "Acme will pay £5m to buy Beta, the company said.", {}},
      // The fines of one decision listed party by party: the next party pays its own fine.
      {"ro", "Consiliul Concurenței a amendat două firme. Cea mai mare amendă, de 4 milioane de lei, a fost aplicată companiei Alfa Grup SRL. Firma Beta Trans SA trebuie să plătească 1,5 milioane de lei.",
       {{"4000000", "RON", "fine", "Alfa Grup SRL", "", ""}, {"1500000", "RON", "fine", "Beta Trans SA", "", ""}}},
      // The fined party paying again is something else.
      {"ro", "ANPC a amendat firma Electro Max SRL cu 50.000 de lei. Electro Max va plăti 300.000 de lei pentru noul sediu.",
       {{"50000", "RON", "fine", "Electro Max SRL", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a headline's amount that the body gives as a total over several fines is no fine of its own") {
  const Case cases[] = {
      // Rounded ("přes", over) ...
      {"cs", "Stavební firmy zaplatí přes 40 milionů korun\nÚOHS uložil třem firmám pokuty v celkové výši 41,5 mil. Kč. Společnost Alfa Stavby a.s. dostala pokutu 30 mil. Kč, firma Beta Silnice s.r.o. 8 mil. Kč a firma Gama Asfalt s.r.o. 3,5 mil. Kč.",
       {{"30000000", "CZK", "fine", "Alfa Stavby a.s.", "", ""}, {"8000000", "CZK", "fine", "Beta Silnice s.r.o.", "", ""},
        {"3500000", "CZK", "fine", "Gama Asfalt s.r.o.", "", ""}}},
      // ... or cut short without a word for it.
      {"ro", "Consiliul Concurenței a amendat doi producători cu 12 milioane de lei\nConsiliul Concurenței a aplicat amenzi totale de 12,1 milioane de lei. Alfa Lapte SA a primit o amendă de 8 milioane de lei, iar Beta Lact SRL o amendă de 4,1 milioane de lei.",
       {{"8000000", "RON", "fine", "Alfa Lapte SA", "", ""}, {"4100000", "RON", "fine", "Beta Lact SRL", "", ""}}},
      // ... to its last written digit, further than a rounding of one per cent.
      {"pt", "AdC aplica coimas de 9 milhões a duas seguradoras\nA AdC aplicou coimas no valor total de 9,4 milhões de euros. A Seguros Alfa foi condenada a uma coima de 6,1 milhões de euros e a Beta Seguros a uma coima de 3,3 milhões de euros.",
       {{"6100000", "EUR", "fine", "Seguros Alfa", "", ""}, {"3300000", "EUR", "fine", "Beta Seguros", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a headline's first word that the text never writes again is no name") {
  const Case cases[] = {
      {"en", "Builder fined after worker fell through roof\nA construction company has been fined £240,000 at Carlisle Crown Court.",
       {{"240000", "GBP", "fine", "", "", ""}}},
      {"en", "Ryanair fined €1m over refunds\nRyanair was fined €1m by the Italian competition authority on Tuesday.",
       {{"1000000", "EUR", "fine", "Ryanair", "IT", ""}}},
      // Written again only inside a longer word ("Airlines"): still a common noun, and the
      // headline's fine is the body's.
      {"en", "Airline fined $2.4m over delays\nThe Department of Transportation fined Bluesky Air $2.4 million. Airlines must plan for snow.",
       {{"2400000", "USD", "fine", "Bluesky Air", "US", ""}}},
  };
  for (const Case& c : cases) check(c);
  // The party is left unnamed rather than given the headline's noun.
  const finex::Result r = finex_test::extractor().extract(
      "Builder fined after worker fell through roof\nA construction company has been fined £240,000 at Carlisle Crown Court.",
      {.id = "t", .published = "", .language = "en"});
  REQUIRE(r.fines.size() == 1);
  CHECK_FALSE(r.fines[0].entity.has_value());
}

TEST_CASE("a headline's body named by its kind is the body the article names for the same amount") {
  struct Headlined {
    const char* language;
    const char* text;
    const char* entity;
    const char* authority;
  };
  for (const Headlined& h : {
           Headlined{"en", "Court of Appeal cuts £1.4m fine on haulier\n\nFenwold Logistics Ltd was fined £1.4m at Lincoln Crown Court in March last year.",
                     "Fenwold Logistics Ltd", "Lincoln Crown Court"},
           Headlined{"es", "El Gobierno multa con 1,8 millones a un casino de Marbella\n\nEl Consejo de Ministros aprobó este martes imponer una multa de 1,8 millones de euros a Casino Mirador del Sol, S.A., la sociedad que explota el casino.",
                     "Casino Mirador del Sol, S.A.", "Consejo de Ministros"},
       }) {
    INFO(h.text);
    const finex::Result r = finex_test::extractor().extract(h.text, {.id = "t", .published = "", .language = h.language});
    REQUIRE(r.fines.size() == 1);
    CHECK(r.fines[0].entity.value_or(finex::EntityRef{}).text == h.entity);
    CHECK(r.fines[0].authority.value_or(finex::AuthorityRef{}).text == h.authority);
  }
}

TEST_CASE("the place of a dateline is no party") {
  // The body names no party the recognizer can take: the fine stays unnamed rather than given
  // the place the story was filed from.
  for (const auto& [language, text] : {
           std::pair{"nl", "Den Haag, 3 juni 2024\n\nVolgens de AFM is er een boete van 200.000 euro opgelegd."},
           std::pair{"en", "New York, 3 June 2024\n\nA penalty of $200,000 was imposed by the SEC."},
       }) {
    INFO(text);
    const finex::Result r = finex_test::extractor().extract(text, {.id = "t", .published = "", .language = language});
    REQUIRE(r.fines.size() == 1);
    CHECK_FALSE(r.fines[0].entity.has_value());
  }
}

TEST_CASE("the article's party first named beside a later paragraph's amount is no earlier unnamed fine's") {
  const char* text =
      "ÚOOÚ uložil krajské nemocnici pokutu 400 tisíc korun za únik dat pacientů.\n\n"
      "Inspektorát práce v dubnu uložil firmě Stavby Novák s.r.o. pokutu 1 milion korun.";
  const finex::Result r = finex_test::extractor().extract(text, {.id = "t", .published = "2024-05-05", .language = "cs"});
  REQUIRE(r.ok());
  REQUIRE(r.fines.size() == 2);
  CHECK(r.fines[0].amount->value.to_string() == "400000");
  CHECK_FALSE(r.fines[0].entity.has_value());
  CHECK(r.fines[1].entity.value_or(finex::EntityRef{}).text == "Stavby Novák s.r.o.");
}

TEST_CASE("a lead that names no body takes the court of the sentences after it, and so does its headline") {
  struct Told {
    const char* language;
    const char* text;
    const char* authority;
  };
  const Told cases[] = {
      // The body that brought the case, the article's most named one, gives way to the court.
      {"en",
       "Water firm fined £2.1m over sewage leak\nA water company has been fined £2.1m after a sewage leak killed "
       "thousands of fish. Northvale Water Ltd had pleaded guilty to two offences. Sentencing the company at Leeds "
       "Crown Court, the judge said the failure was foreseeable. The Environment Agency, which brought the case, "
       "welcomed the sentence.",
       "Leeds Crown Court"},
      {"de",
       "Spedition muss 8.000 Euro zahlen\nEine Spedition muss ein Bußgeld von 8.000 Euro zahlen. Die Firma hatte die "
       "Verstöße eingeräumt. Das Amtsgericht Erding verurteilte das Unternehmen am Montag. Das Bundesamt für Logistik "
       "und Mobilität hatte die Kontrollen durchgeführt.",
       "Amtsgericht Erding"},
  };
  for (const Told& c : cases) {
    CAPTURE(c.text);
    const finex::Result r = finex_test::extractor().extract(c.text, {.id = "t", .published = "", .language = c.language});
    REQUIRE(r.fines.size() == 1);
    REQUIRE(r.fines[0].authority.has_value());
    CHECK(r.fines[0].authority->text == c.authority);
  }
}

TEST_CASE("a headline's noun after its kicker and colon is no name, and the headline's fine is the body's") {
  const Case cases[] = {
      {"da",
       "Listeria-sag: Slagteri får bøde på 250.000 kr.\nFødevarestyrelsen har udstedt et bødeforelæg på 250.000 kr. til "
       "Vestjysk Kød A/S. Bøden er givet, fordi slagteriet ikke havde fulgt op på prøverne.",
       {{"250000", "DKK", "fine", "Vestjysk Kød A/S", "DK", ""}}},
      {"en",
       "Sewage leak: Builder fined £40,000\nHarlow Homes Ltd was fined £40,000 by the Environment Agency. The builder "
       "admitted the offence.",
       {{"40000", "GBP", "fine", "Harlow Homes Ltd", "GB", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a place that completes a noun is never the article's main party") {
  const Case cases[] = {
      // The headline's place, named again in the body, would otherwise take the headline's fine
      // from the body's party and keep it apart.
      {"it",
       "Discarica abusiva nel Pontino, il gestore condannato a 20mila euro\nIl Tribunale di Latina ha condannato Franco "
       "Desideri al pagamento di un'ammenda di 20.000 euro. Desideri gestiva la discarica nel Pontino.",
       {{"20000", "EUR", "fine", "Franco Desideri", "", ""}}},
      {"pt",
       "Coima de 20 mil euros a restaurante de Coimbra\nA ASAE aplicou a Rui Santos uma coima de 20.000 euros. Santos "
       "explora o restaurante de Coimbra há dez anos.",
       {{"20000", "EUR", "fine", "Rui Santos", "PT", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a name the text also writes as a place is not the article's main party") {
  // The headline's "till Svartån" looks like a party; "i Svartån" in the body says it is a river.
  const finex::Result r = finex_test::extractor().extract(
      "Återvinningsföretag döms till företagsbot efter läckage till Svartån\nÖrebro tingsrätt har dömt Bergslagens "
      "Återvinning AB att betala en företagsbot på 1,5 miljoner kronor efter att vatten läckt ut i Svartån. Det är inte "
      "första gången. Länsstyrelsen beslutade i fjol om en miljösanktionsavgift på 25 000 kronor för att bolaget lämnat "
      "sin rapport för sent.",
      {.id = "t", .published = "2024-06-14", .language = "sv"});
  REQUIRE(r.fines.size() == 2);
  REQUIRE(r.fines[0].entity.has_value());
  CHECK(r.fines[0].entity->text == "Bergslagens Återvinning AB");
  CHECK(r.fines[1].amount->value.to_string() == "25000");
  CHECK_FALSE(r.fines[1].entity.has_value());
}

TEST_CASE("a noun that refers back to the company fined ('the lender', 'das Institut') keeps a later name from its fine") {
  const Case cases[] = {
      {"en", "The FCA fined Northwall Bank plc £2m on Tuesday. Trouble is not new: in 2022 the regulator had fined "
             "the lender £380,000. The subsidiary Northwall Capital Ltd was also threatened with a penalty.",
       {{"2000000", "GBP", "fine", "Northwall Bank plc", "", ""}, {"380000", "GBP", "fine", "Northwall Bank plc", "", ""}}},
      {"de", "Die BaFin hat gegen die Nordwall Bank AG ein Bußgeld von 2,45 Millionen Euro verhängt. Bereits 2022 "
             "hatte die BaFin gegen das Institut 380.000 Euro verhängt. Zudem drohte die Behörde der Tochter "
             "Nordwall Capital GmbH ein Zwangsgeld an.",
       {{"2450000", "EUR", "fine", "Nordwall Bank AG", "", ""}, {"380000", "EUR", "fine", "Nordwall Bank AG", "", ""}}},
      // The noun after a preposition fused with its article ("al club", "au groupe", "ao clube").
      {"it", "Cori razzisti, multa al Calcio Vallesina\n\nIl Giudice sportivo ha inflitto al club marchigiano un'ammenda di "
             "6.000 euro per i cori rivolti al portiere ospite Marco Ferri.",
       {{"6000", "EUR", "fine", "Calcio Vallesina", "", ""}}},
      {"fr", "Amende pour Transports Morvan SAS\n\nLa DGCCRF a infligé au groupe breton une amende de 90 000 euros "
             "après la plainte de Jean Le Goff.",
       {{"90000", "EUR", "fine", "Transports Morvan SAS", "", ""}}},
      {"es", "Multa al CD Ribera por los insultos\n\nCompetición impuso al club riojano una multa de 3.000 euros "
             "por los insultos al árbitro Pablo Sanz.",
       {{"3000", "EUR", "fine", "CD Ribera", "", ""}}},
      {"pt", "Coima para a Frutas Mondego\n\nA ASAE aplicou à empresa de Coimbra uma coima de 7.500 euros "
             "após a denúncia de Rui Matos.",
       {{"7500", "EUR", "fine", "Frutas Mondego", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a headline's amount written as the body's, to a shortened name of the body's party, is the body's fine") {
  const Case cases[] = {
      {"nl", "Vleesbedrijf Van Damme krijgt 400.000 euro boete voor sjoemelen met etiketten\n\nGENT - De Gentse "
             "correctionele rechtbank heeft woensdag het vleesverwerkend bedrijf Van Damme Vlees nv uit Eeklo "
             "veroordeeld tot een geldboete van 400.000 euro.",
       {{"400000", "EUR", "fine", "Van Damme Vlees", "", ""}}},
      {"pl", "UOKiK: 28,6 mln zł kary dla Banku Nadwiślańskiego za zmiany opłat\n\nPrezes Urzędu Ochrony Konkurencji "
             "i Konsumentów nałożył na Bank Nadwiślański S.A. karę w wysokości 28,6 mln zł.",
       {{"28600000", "PLN", "fine", "Bank Nadwiślański S.A.", "PL", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("amounts listed with a word of 'respectively' share the date said after the last, whatever names they pair with") {
  const Case cases[] = {
      {"de", "14.05.2025, 11:20 Uhr\n\nGegen das Unternehmen und einen seiner früheren Händler setzte die Behörde "
             "Geldbußen in Höhe von 2,5 Mio. € beziehungsweise 45.000 € fest, wie sie am Dienstag mitteilte.",
       {{"2500000", "EUR", "fine", "", "", "2025-05-13"}, {"45000", "EUR", "fine", "", "", "2025-05-13"}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a headline that rounds the body's amount in words reports the body's fine, whatever it names the party by") {
  const Case cases[] = {
      {"de", "Datenpanne bei Klinikverbund: Fast 1,3 Millionen Euro Bußgeld\n\nDie Landesbeauftragte für den "
             "Datenschutz Niedersachsen hat gegen die Ammerland Kliniken GmbH ein Bußgeld in Höhe von 1.274.500 Euro "
             "verhängt.",
       {{"1274500", "EUR", "fine", "Ammerland Kliniken GmbH", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a site's name at the top of its page, or a section in its menu, is no party") {
  const Case cases[] = {
      {"it",
       "Cronaca \u203a Ostia\n\nControlli sul lungomare\n\nI carabinieri del Nas hanno elevato una sanzione di 4.000 euro "
       "a un ristorante per gravi carenze igieniche. I controlli continueranno.",
       {{"4000", "EUR", "fine", "", "IT", ""}}},
      {"pl",
       "PULS TRANSPORTU\nKolej | Lotnictwo | Drogi\n\nKara dla przewoźnika\n\nPrezes Urzędu Transportu Kolejowego "
       "nałożył karę w wysokości 100 tys. zł za naruszenie przepisów.",
       {{"100000", "PLN", "fine", "", "PL", ""}}},
      {"da",
       "TV SYD | Nyheder | Sport | Vejret\n\nBøde for snavs i køkkenet\n\nFødevarestyrelsen har givet en bøde på 750.000 kr. "
       "for mangler i hygiejnen.",
       {{"750000", "DKK", "fine", "", "DK", ""}}},
      {"el",
       "Αρχική / Οικονομία / Αγορά\n\nΠρόστιμο για παραπλανητικές εκπτώσεις\n\nΗ Διυπουργική Μονάδα Ελέγχου Αγοράς "
       "επέβαλε πρόστιμο 20.000 ευρώ σε κατάστημα ηλεκτρικών ειδών για παραπλανητικές εκπτώσεις.",
       {{"20000", "EUR", "fine", "", "", ""}}},
      {"de", "14.05.2025, 11:20 Uhr\n\nDie Behörde setzte gegen den Händler eine Geldbuße in Höhe von 45.000 € fest.",
       {{"45000", "EUR", "fine", "", "", ""}}},
      {"da",
       "Indland | Trekantområdet\n\nBøde for snyd med moms\n\nRetten i Kolding har idømt en 58-årig mand en bøde på "
       "300.000 kr. for momssvindel.",
       {{"300000", "DKK", "fine", "", "", ""}}},
  };
  for (const Case& c : cases) {
    check(c);
    const finex::Result r = finex_test::extractor().extract(c.text, {.id = "t", .published = "", .language = c.language});
    REQUIRE(r.fines.size() == 1);
    CHECK_FALSE(r.fines[0].entity.has_value());
  }
}

TEST_CASE("a road's number is no party") {
  const Case cases[] = {
      {"en",
       "Lorry stopped on the A1 near Grantham\n\nExaminers stopped a lorry on the A1 on Monday. It was weighed on the "
       "A1 southbound and was 38 per cent overweight. The driver was fined £300 at the roadside.",
       {{"300", "GBP", "fine", "", "", ""}}},
      {"pl",
       "Autokar zatrzymany na S7\n\nInspektorzy zatrzymali autokar na S7 pod Kielcami. Kontrola na S7 trwała dwie "
       "godziny. Kierowca został ukarany mandatem w wysokości 2 tys. zł.",
       {{"2000", "PLN", "fine", "", "", ""}}},
      {"de",
       "Lkw auf der A7 gestoppt\n\nDie Polizei stoppte am Montag einen Lkw auf der A7 bei Hamburg. Auf der A7 staute "
       "sich der Verkehr. Der Fahrer muss ein Bußgeld von 400 Euro zahlen.",
       {{"400", "EUR", "fine", "", "", ""}}},
  };
  for (const Case& c : cases) {
    check(c);
    const finex::Result r = finex_test::extractor().extract(c.text, {.id = "t", .published = "", .language = c.language});
    REQUIRE(r.fines.size() == 1);
    CHECK_FALSE(r.fines[0].entity.has_value());
  }
}

TEST_CASE("'the company' right after a sentence that names one company by its legal form is that company") {
  const Case cases[] = {
      {"en", "On Monday, Northfield Freight Ltd admitted the offences. The company was fined £8,000.",
       {{"8000", "GBP", "fine", "Northfield Freight Ltd", "", ""}}},
      {"de", "Am Montag räumte die Nordhafen Logistik GmbH die Verstöße ein. Die Firma muss ein Bußgeld von 8.000 Euro zahlen.",
       {{"8000", "EUR", "fine", "Nordhafen Logistik GmbH", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a place after a person's age is where the person lives, whatever stands before the fine") {
  const Case cases[] = {
      {"en", "Gary Pettifer, 52, of Balderton, pleaded guilty to permitting the offences and was fined £3,000.",
       {{"3000", "GBP", "fine", "Gary Pettifer", "", ""}}},
      {"pt", "João Silva, de 52 anos, de Braga, confessou os factos e foi condenado a pagar uma multa de 3.000 euros.",
       {{"3000", "EUR", "fine", "João Silva", "", ""}}},
      {"es", "Juan Pérez, de 52 años, de Sevilla, reconoció los hechos y fue condenado a pagar una multa de 3.000 euros.",
       {{"3000", "EUR", "fine", "Juan Pérez", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a body the article names most, but only after a fine, did not impose it: the body named before did") {
  struct Imposed {
    const char* language;
    const char* text;
    const char* value;
    const char* authority;
  };
  const Imposed cases[] = {
      // A court three sentences back, in a sentence of its ruling.
      {"pt",
       "O Juízo Central Criminal de Aveiro condenou esta sexta-feira o empresário Armando Teixeira a três anos de "
       "prisão por fraude fiscal.\n\nSegundo o acórdão, a empresa usou faturas falsas durante quatro anos. O esquema "
       "lesou o Estado em cerca de um milhão de euros. A defesa vai recorrer.\n\nA sucateira Ferrovar foi condenada a "
       "600 dias de multa à taxa diária de 50 euros, num total de 30 mil euros.\n\nA investigação começou após uma "
       "inspeção da Autoridade Tributária e Aduaneira. A Autoridade Tributária e Aduaneira já tinha aplicado à empresa "
       "uma coima de 15 mil euros em 2021.",
       "30000", "Juízo Central Criminal de Aveiro"},
      // A court in the fine's paragraph, in a sentence without a fine word.
      {"en",
       "Lorry firm fined\n\nAt Lincoln Magistrates' Court on Monday, Northfield Freight Ltd admitted using an "
       "overloaded vehicle. The company was fined £8,000.\n\nThe Health and Safety Executive said the Health and "
       "Safety Executive would review the case.",
       "8000", "Lincoln Magistrates' Court"},
      // A court named in full paragraphs before, in a sentence of a plea.
      {"en",
       "Haulier fined\n\nCalderline Freight Ltd pleaded guilty at Teesside Magistrates' Court on Friday to six "
       "offences.\n\nThe case was brought after examiners stopped one of its lorries.\n\nThe company was fined "
       "£12,000.\n\nThe Traffic Commissioner is expected to review its licence, the Traffic Commissioner said.",
       "12000", "Teesside Magistrates' Court"},
  };
  for (const Imposed& c : cases) {
    CAPTURE(c.text);
    const finex::Result r = finex_test::extractor().extract(c.text, {.id = "t", .published = "", .language = c.language});
    REQUIRE(!r.fines.empty());
    REQUIRE(r.fines[0].amount);
    CHECK(r.fines[0].amount->value.to_string() == c.value);
    REQUIRE(r.fines[0].authority);
    CHECK(r.fines[0].authority->text == c.authority);
  }
}

TEST_CASE("a headline's total does not keep the body's sentence of that total from dating the fines after it") {
  const Case cases[] = {
      {"ro",
       "Garda de Mediu a dat amenzi de 250.000 de lei într-o singură zi în Ilfov\n\nComisarii Gărzii Naționale de Mediu "
       "au aplicat, miercuri, amenzi în valoare totală de 250.000 de lei. Cea mai mare amendă, de 100.000 de lei, a "
       "primit-o societatea Eco Recycling SRL. Firma Metal Colect SRL a fost sancționată cu 150.000 de lei.",
       {{"100000", "RON", "fine", "Eco Recycling SRL", "", "2024-06-12"},
        {"150000", "RON", "fine", "Metal Colect SRL", "", "2024-06-12"}}},
  };
  for (const Case& c : cases) check(c, "2024-06-14");
}

TEST_CASE("a headline's description of the party gives way to the name the body gives the same fine") {
  const Case cases[] = {
      {"es",
       "La AEPD multa con 120.000 euros a una cadena de gimnasios\n\nLa AEPD ha sancionado a Fitness Iberia Group, S.L. "
       "por usar reconocimiento facial. El acuerdo de inicio fijaba una multa de 200.000 euros. La empresa pagó de forma "
       "voluntaria, de manera que el importe final ha quedado en 120.000 euros.",
       {{"120000", "EUR", "fine", "Fitness Iberia Group, S.L.", "ES", ""}, {"200000", "EUR", "", "Fitness Iberia Group, S.L.", "ES", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("the day a decision was made public gives way to the month it was taken, and where an appeal goes imposed nothing") {
  const Case cases[] = {
      {"fr",
       "Retards de paiement : la DGCCRF inflige 1,9 million d'euros d'amendes à trois entreprises\n\nPar la rédaction – "
       "Publié le 16 janvier 2024 à 11h20\n\nLa DGCCRF a rendu publiques lundi trois sanctions pour non-respect des délais "
       "de paiement. Les décisions, prononcées en décembre, visent des entreprises de secteurs très différents.\n\nLa plus "
       "lourde, une amende administrative de 1 150 000 euros, frappe le distributeur Batimax SAS.",
       {{"1900000", "EUR", "fine", "", "FR", "2023-12"}, {"1150000", "EUR", "fine", "Batimax SAS", "FR", "2023-12"}}},
      {"fr",
       "La DGCCRF a sanctionné trois entreprises.\n\nLa plus lourde, une amende de 1 150 000 euros, frappe Batimax SAS. Les "
       "enquêteurs ont relevé de nombreux retards.\n\nLe groupe Convivia Services est sanctionné à hauteur de 540 000 "
       "euros.\n\nLes entreprises sanctionnées peuvent contester ces décisions devant le tribunal administratif.",
       {{"1150000", "EUR", "fine", "Batimax SAS", "FR", ""}, {"540000", "EUR", "fine", "Convivia Services", "FR", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a name joined to its amount by a comma and the word that joins a listed name to its amount is that amount's") {
  const Case cases[] = {
      {"pt",
       "O Banco de Portugal condenou o Banco Atlântico Invest, S.A. a uma coima de 2,6 milhões de euros. No mesmo processo "
       "foram também condenados dois antigos administradores: o ex-presidente executivo João Mendes Ferreira, com uma coima "
       "de 300 mil euros, e a ex-administradora Ana Paula Rocha, com 180 mil euros.",
       {{"2600000", "EUR", "fine", "Banco Atlântico Invest, S.A.", "PT", ""},
        {"300000", "EUR", "fine", "João Mendes Ferreira", "PT", ""},
        {"180000", "EUR", "fine", "Ana Paula Rocha", "PT", ""}}},
      {"es",
       "La CNMC ha multado a Asfaltos del Sur, S.A. con 2 millones de euros. También ha sancionado a dos directivos: el "
       "director comercial Ramón Escudero, con una multa de 24.000 euros, y la directora Pilar Monzó, con una multa de "
       "18.000 euros.",
       {{"2000000", "EUR", "fine", "Asfaltos del Sur, S.A.", "ES", ""},
        {"24000", "EUR", "fine", "Ramón Escudero", "ES", ""},
        {"18000", "EUR", "fine", "Pilar Monzó", "ES", ""}}},
      // A role written with a capital before the name is no part of it.
      {"de",
       "Das Bundeskartellamt hat gegen die Nordbau AG ein Bußgeld von 2 Mio. Euro verhängt. Auch zwei Manager wurden "
       "belangt: der Vertriebschef Jan Krüger, mit einer Geldbuße von 24.000 Euro, und die Prokuristin Eva Lenz, mit einer "
       "Geldbuße von 18.000 Euro.",
       {{"2000000", "EUR", "fine", "Nordbau AG", "DE", ""},
        {"24000", "EUR", "fine", "Jan Krüger", "DE", ""},
        {"18000", "EUR", "fine", "Eva Lenz", "DE", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a name in brackets right after a name on a line of a list says where that one belongs") {
  const Case cases[] = {
      {"it",
       "Il Giudice sportivo ha inflitto al Sorrento un'ammenda di 6.000 euro per il lancio di fumogeni.\n\n"
       "I provvedimenti in sintesi:\n"
       "- Sorrento: ammenda di 6.000 euro\n"
       "- Luca Bassi (Sorrento): 2 giornate e 1.000 euro di ammenda\n",
       {{"6000", "EUR", "fine", "Sorrento", "", ""}, {"1000", "EUR", "fine", "Luca Bassi", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a row of a table that gives a year's figure and names nobody is no fine") {
  const Case cases[] = {
      {"de",
       "Die Bundesnetzagentur verhängte gegen die VoxDirekt GmbH ein Bußgeld von 840.000 Euro. Es ist das höchste "
       "Bußgeld des Jahres; weitere Bußgelder sollen folgen.\n\n"
       "Bußgelder wegen Telefonwerbung\nJahr | Summe\n2022 | 1,2 Mio. €\n2023 | 1,6 Mio. €\n",
       {{"840000", "EUR", "fine", "VoxDirekt GmbH", "DE", ""}}},
      // A row that names its party is a fine of that year.
      {"de",
       "Das Bundeskartellamt hat Bußgelder verhängt. Die größten Bußgelder:\n\n"
       "Jahr | Unternehmen | Bußgeld\n2022 | Nordbau AG | 1,2 Mio. €\n2023 | Südbau GmbH | 1,6 Mio. €\n",
       {{"1200000", "EUR", "fine", "Nordbau AG", "", ""}, {"1600000", "EUR", "fine", "Südbau GmbH", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("an acronym of a name's initials is that name: a list that repeats the fine under the name is the same fine") {
  const Case cases[] = {
      {"fr",
       "L'Autorité de la concurrence a sanctionné trois négociants mardi. Le groupe Barnier Matériaux écope de la "
       "sanction la plus lourde, 14,35 millions d'euros. Distrisol devra payer dix millions d'euros, et le Comptoir "
       "atlantique des matériaux (CAM) 2,75 millions.\n\nDistrisol et CAM n'avaient pas réagi jeudi.\n\n"
       "Les montants en bref :\n"
       "• Barnier Matériaux : 14 350 000 €\n"
       "• Distrisol : 10 000 000 €\n"
       "• Comptoir atlantique des matériaux : 2 750 000 €\n",
       {{"14350000", "EUR", "fine", "Barnier Matériaux", "FR", ""},
        {"10000000", "EUR", "fine", "Distrisol", "FR", ""},
        {"2750000", "EUR", "fine", "", "FR", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("related-article headlines that end with an amount are no table of fines") {
  const Case cases[] = {
      {"cs",
       "Krajský soud v Brně uložil společnosti Naftis Morava s.r.o. peněžitý trest 25 milionů korun. Účetní firmy "
       "Jana Vrbová dostala peněžitý trest 400 tisíc korun. Kromě toho musí ředitel zaplatit peněžitý trest 3 mil. Kč.\n\n"
       "Související články\n"
       "› Karuselový podvod s naftou: policie obvinila čtyři lidi, zadržela 30 milionů\n"
       "› Finanční správa loni odhalila daňové úniky za 9 miliard\n",
       {{"25000000", "CZK", "fine", "Naftis Morava s.r.o.", "CZ", ""},
        {"400000", "CZK", "fine", "Jana Vrbová", "CZ", ""},
        {"3000000", "CZK", "fine", "", "CZ", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("the name that opens a line of a list, set off by a dash or a colon, is the party of the line's fine") {
  const Case cases[] = {
      {"cs",
       "Disciplinární komise Fotbalové asociace projednala na svém zasedání přestupky z utkání 9. kola krajského přeboru a rozhodla o uložení následujících trestů:\n"
       "- TJ Sokol Velká Lhota, z. s. – za hanlivé pokřiky části příznivců vůči rozhodčímu v utkání proti FK Jiskra Horní Ves (přestupek podle § 70 Disciplinárního řádu): pokuta ve výši 40 000 Kč;\n"
       "- 2. FC Dolní Les, z. s. – za opakované použití pyrotechniky v průběhu utkání a zdržování hry (§ 64 Disciplinárního řádu): pokuta ve výši 25 000 Kč;",
       {{"40000", "CZK", "fine", "TJ Sokol Velká Lhota", "", ""}, {"25000", "CZK", "fine", "FC Dolní Les", "", ""}}},
      {"pl",
       "Wojewódzki inspektor wydał w ubiegłym kwartale decyzje administracyjne nakładające kary pieniężne na następujące podmioty gospodarcze z regionu:\n"
       "1. Piekarnia Złoty Kłos Sp. z o.o. – pieczywo z zawyżoną zawartością soli wykrytą w badaniach laboratoryjnych próbek pobranych w sklepach (decyzja nr 12/2024): kara w wysokości 18 000 zł;\n"
       "2. Tłocznia Owoców Jabłonka S.A. – sok jabłkowy rozcieńczony wodą i dosładzany cukrem, sprzedawany jako sok tłoczony (decyzja nr 15/2024): kara w wysokości 56 000 zł.",
       {{"18000", "PLN", "fine", "Piekarnia Złoty Kłos Sp. z o.o.", "", ""}, {"56000", "PLN", "fine", "Tłocznia Owoców Jabłonka S.A.", "", ""}}},
      {"en",
       "The league's disciplinary panel met on Thursday to consider incidents from the last round of matches and imposed the following sanctions on clubs:\n"
       "- Harbour Town FC – for the misconduct of its supporters, who threw objects onto the pitch during the match against Rovers United: a fine of £12,000;\n"
       "- Eastfield Athletic – for failing to control its players after the final whistle, when a melee broke out near the tunnel: a fine of £7,500.",
       {{"12000", "GBP", "fine", "Harbour Town FC", "", ""}, {"7500", "GBP", "fine", "Eastfield Athletic", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a headline's kicker and the price an offender charged are no party and no fine") {
  const Case cases[] = {
      // "Place: headline": the word before the colon is where the story is filed, and the
      // headline repeats the body's fine.
      {"en", "Local news | Suffolk\n\nFelixstowe: haulier fined £8,000 after overloaded lorry caught on A14\n\n"
             "Ipswich Magistrates' Court fined Harbour Haulage Ltd £8,000 on Tuesday after one of its lorries was found to be 30 per cent overweight.",
       {{"8000", "GBP", "fine", "Harbour Haulage Ltd", "", ""}}},
      // The price charged ("fait payer") is what the offence was, towards a place ("vers").
      {"fr", "Faits divers | Rhône\n\nSaint-Exupéry : un faux taxi condamné à 5 000 euros d'amende après avoir fait payer 420 euros un trajet vers Lyon\n\n"
             "Le tribunal correctionnel de Lyon a condamné jeudi Malik R., 35 ans, à 5 000 euros d'amende pour exercice illégal de l'activité de taxi.",
       {{"5000", "EUR", "fine", "Malik R.", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a table of past fines, one line each opened by the year, lists fines without a fine word on the line") {
  const Case cases[] = {
      {"fi",
       "Tietosuojavaltuutetun toimiston seuraamuskollegio määräsi maanantaina Kuljetus-Kaleva Oy:lle 440 000 euron seuraamusmaksun.\n\n"
       "Suurimpia seuraamuskollegion määräämiä seuraamusmaksuja\n\n"
       "2021 – Rakennus Hirvonen Oy – 25 000 euroa – työmaiden kameravalvonta\n"
       "2023 – Lääkärikeskus Aurora Oy – 230 000 euroa – potilastietojen käsittely",
       {{"440000", "EUR", "fine", "Kuljetus-Kaleva Oy", "FI", ""},
        {"25000", "EUR", "fine", "Rakennus Hirvonen Oy", "", "2021"},
        {"230000", "EUR", "fine", "Lääkärikeskus Aurora Oy", "", "2023"}}},
      {"el",
       "Η Αρχή Προστασίας Δεδομένων επέβαλε χθες πρόστιμο 1.100.000 ευρώ στην Ενεργειακή Αιγαίου Α.Ε.\n\n"
       "Τα μεγαλύτερα πρόστιμα της Αρχής: η σύγκριση\n\n"
       "• 2022 – Hellas Telecom Α.Ε.: 6.000.000 ευρώ (διαρροή δεδομένων κίνησης συνδρομητών)\n"
       "• 2021 – Κλινική Ευεξία Α.Ε.: 75.000 ευρώ (ανεξέλεγκτη πρόσβαση σε ιατρικούς φακέλους)",
       {{"1100000", "EUR", "fine", "Ενεργειακή Αιγαίου Α.Ε.", "GR", ""},
        {"6000000", "EUR", "fine", "Hellas Telecom Α.Ε.", "", "2022"},
        {"75000", "EUR", "fine", "Κλινική Ευεξία Α.Ε.", "", "2021"}}},
  };
  for (const Case& c : cases) check(c, "2025-03-11");
}

TEST_CASE("the writer a byline names, and a place before the noun of a firm, are no party") {
  const Case cases[] = {
      {"it", "VERONA, 18 giugno 2024 \u2014 di Francesca Zanetti\n\nControlli sul Garda\n\n"
             "I carabinieri del Nas hanno elevato sanzioni per 4.000 euro a carico di un ristorante.",
       {{"4000", "EUR", "fine", "-", "", ""}}},
      {"en", "Takeaway fined over hygiene\n\nBy Laura Pennington, Court Reporter\n\n"
             "A takeaway has been fined £6,400 by magistrates after mouse droppings were found.",
       {{"6400", "GBP", "fine", "-", "", ""}}},
      {"fr", "Un abattoir sanctionné\n\nPar Camille Le Goff.\n\n"
             "Le préfet a infligé une amende administrative de 15 000 euros à l'abattoir.",
       {{"15000", "EUR", "fine", "-", "", ""}}},
      {"de", "Pyro-Show wird teuer\n\nVon Torsten Mühlberg\n\n"
             "Das Sportgericht verurteilte den Verein zu einer Geldstrafe von 18.500 Euro.",
       {{"18500", "EUR", "fine", "-", "", ""}}},
      {"pl", "Kara dla przewoźnika\n\nAutor: Marek Zieliński\n\n"
             "Inspekcja nałożyła na przewoźnika karę w wysokości 20 tys. zł.",
       {{"20000", "PLN", "fine", "-", "", ""}}},
      {"el", "Πρόστιμο σε beach bar\n\nΤης Μαρίας Κωνσταντινίδου\n\n"
             "Πρόστιμο ύψους 40.000 ευρώ επέβαλε η ΑΑΔΕ σε επιχείρηση της Μυκόνου.",
       {{"40000", "EUR", "fine", "-", "", ""}}},
      // Two nouns joined by "and" between the place and the noun of a firm.
      {"en", "A Keighley waste and recycling company has been fined £180,000 after an employee was injured.",
       {{"180000", "GBP", "fine", "-", "", ""}}},
      // A preposition right after a name starts no such noun phrase.
      {"es", "La CNMC multa con 7,15 millones de euros a Iberluz por cambiar de compañía a clientes sin su consentimiento.",
       {{"7150000", "EUR", "fine", "Iberluz", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a sentence of fine words without an amount gives the day of the fines that follow it") {
  const Case cases[] = {
      {"el", "Πρόστιμα και κεκλεισμένων των θυρών αναμετρήσεις μοίρασε την Τρίτη ο Αθλητικός Δικαστής της Super League. "
             "Για τα επεισόδια, ο Αθλητικός Δικαστής επέβαλε πρόστιμο 45.000 ευρώ στην ΠΑΕ Αστέρας Αιγαίου.",
       {{"45000", "EUR", "fine", "ΠΑΕ Αστέρας Αιγαίου", "", "2025-03-04"}}},
      {"en", "Fines and stadium bans were handed out on Tuesday by the league's disciplinary panel. "
             "For the crowd trouble, the panel fined Harbour Town FC £45,000.",
       {{"45000", "GBP", "fine", "Harbour Town FC", "", "2025-03-04"}}},
      // A day the fines were made known is not theirs.
      {"en", "The fines were announced on Tuesday. Harbour Town FC was fined £45,000.",
       {{"45000", "GBP", "fine", "Harbour Town FC", "", "2025-03-05"}}},
  };
  for (const Case& c : cases) check(c, "2025-03-05");
}

TEST_CASE("a person named in another case is given in the case the text also writes, the shortest") {
  const Case cases[] = {
      {"pl", "KNF nałożyła karę 150 tys. zł na Andrzeja Kalinowskiego. Andrzej Kalinowski był wcześniej prezesem spółki.",
       {{"150000", "PLN", "fine", "Andrzej Kalinowski", "", ""}}},
      {"cs", "Soud uložil Janu Novákovi pokutu 20 000 Kč. Jan Novák se proti rozsudku odvolal.",
       {{"20000", "CZK", "fine", "Jan Novák", "", ""}}},
      // No other form written: the name as it stands.
      {"pl", "KNF nałożyła karę 150 tys. zł na Andrzeja Kalinowskiego.",
       {{"150000", "PLN", "fine", "Andrzeja Kalinowskiego", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a kicker of several words is no party, and a headline's body named by its kind is the body's fine") {
  const Case cases[] = {
      {"de", "Manipulierte Tachografen: Bundesamt verhängt 64.500 Euro Bußgeld gegen Spedition\n\n"
             "Das Bundesamt für Logistik und Mobilität (BALM) hat gegen die Kruse Logistik GmbH aus Meppen ein Bußgeld in "
             "Höhe von 64.500 Euro verhängt.",
       {{"64500", "EUR", "fine", "Kruse Logistik GmbH", "DE", ""}}},
      {"pt", "Tribunal confirma coima de 1,6 milhões de euros à Solartejo\n\n"
             "O Tribunal da Concorrência, Regulação e Supervisão confirmou a coima de 1,6 milhões de euros que a Entidade "
             "Reguladora dos Serviços Energéticos aplicou à Solartejo.",
       {{"1600000", "EUR", "fine", "Solartejo", "PT", ""}}},
      // French sets a space before the colon; the town after the plant's noun is a place.
      {"fr", "Pollution de l'Aulne : l'abattoir de Châteauneuf-du-Faou de nouveau épinglé\n\n"
             "L'abattoir de Châteauneuf-du-Faou a rejeté des eaux souillées dans l'Aulne. L'entreprise avait déjà été "
             "condamnée en 2021 à une amende de 8 000 euros.",
       {{"8000", "EUR", "fine", "-", "", "2021"}}},
      // A kicker the body writes again is a name.
      {"de", "Kruse Logistik: Bußgeld von 64.500 Euro\n\nDas Bundesamt für Logistik und Mobilität verhängte gegen "
             "Kruse Logistik ein Bußgeld von 64.500 Euro.",
       {{"64500", "EUR", "fine", "Kruse Logistik", "DE", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a news agency in a dateline and a side of a match are no party") {
  const Case cases[] = {
      {"es", "La Junta propone una sanción de 24.000 euros por el orujo\n\n"
             "Jaén (EFE).- La Junta de Andalucía ha abierto un expediente por el almacenamiento irregular de orujo, según "
             "informó la agencia.",
       {{"24000", "EUR", "proposed", "-", "", ""}}},
      {"cs", "Trestu se nevyhnul ani Tábor. Hosté zaplatí pokutu 10 000 Kč, protože jejich tým házel na led lahve.",
       {{"10000", "CZK", "fine", "-", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a list line opened by the body that fines gives the name after its amount") {
  const Case cases[] = {
      {"it", "Settimana intensa per le autorità di vigilanza. Ecco i principali provvedimenti:\n\n"
             "- AGCM: l'Autorità ha inflitto una sanzione di 3,5 milioni di euro a Ristora Delivery S.r.l. per pratiche scorrette.\n"
             "- Garante privacy: 1,8 milioni di euro a TeleSud S.p.A. per telemarketing aggressivo.\n"
             "- ARERA: sanzione da 420 mila euro per Energia Chiara S.p.A., che non aveva rispettato i tempi.",
       {{"3500000", "EUR", "fine", "Ristora Delivery S.r.l.", "", ""},
        {"1800000", "EUR", "fine", "TeleSud S.p.A.", "", ""},
        {"420000", "EUR", "fine", "Energia Chiara S.p.A.", "", ""}}},
      {"pl", "Regulatorzy nałożyli w styczniu kilka kar:\n\n"
             "– UOKiK: kara 2 mln zł dla spółki Meblomax za wprowadzanie klientów w błąd;\n"
             "– UODO: 350 tys. zł dla Centrum Medycznego Vitalis sp. z o.o. za wysłanie wyników badań do niewłaściwych pacjentów;\n"
             "– KNF: kara 1,5 mln zł dla Domu Maklerskiego Wisła S.A. za naruszenia.",
       {{"2000000", "PLN", "fine", "", "", ""},
        {"350000", "PLN", "fine", "Centrum Medycznego Vitalis sp. z o.o.", "", ""},
        {"1500000", "PLN", "fine", "", "", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a headline's noun for what the party is, under a line of publication, is no name") {
  const Case cases[] = {
      {"sv", "Publicerad 2024-04-09\n\nGruventreprenör döms till företagsbot efter dödsolyckan\n\n"
             "Gällivare tingsrätt dömde i måndags företaget att betala en företagsbot på 400 000 kronor.",
       {{"400000", "SEK", "fine", "-", "SE", ""}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a headline's generic word for a body is the body the article names with it, and dates as its report") {
  const Case cases[] = {
      {"cs", "Inspekce napařila řetězci Potraviny Lipka pokutu 2,4 milionu korun\n\n"
             "Státní zemědělská a potravinářská inspekce (SZPI) uložila obchodnímu řetězci Potraviny Lipka "
             "pokutu ve výši 2,4 milionu korun. Inspektoři v prodejnách opakovaně nacházeli potraviny po datu "
             "použitelnosti. Kontroly proběhly ve 37 prodejnách. Inspektoři zjistili celkem 84 porušení předpisů. "
             "Řetězec se k věci vyjádřil stroze. Nedostatky podle něj odstranil.\n\n"
             "Rozhodnutí vydal inspektorát SZPI v Brně v srpnu a zatím není pravomocné.",
       {{"2400000", "CZK", "fine", "Potraviny Lipka", "CZ", "2024-08"}}},
  };
  for (const Case& c : cases) check(c, "2024-09-12");
}
