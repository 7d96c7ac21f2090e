#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "date/calendar.h"
#include "date/date_recognizer.h"

using finex::DateMention;
using finex::DateRecognizer;
using R = finex::DateResolution;

namespace {

const DateRecognizer& recognizer() {
  static const DateRecognizer instance;
  return instance;
}

// One date the recogniser must find: the text it spans, its ISO value and how it was decided.
struct Case {
  const char* language;
  const char* text;
  const char* reference;
  const char* mention;
  const char* value;
  R resolution;
};

void check(const Case& c) {
  const std::string_view text = c.text;
  CAPTURE(text);
  const auto mentions = recognizer().find(text, c.language, c.reference);
  const DateMention* found = nullptr;
  for (const DateMention& m : mentions)
    if (text.substr(m.span.begin, m.span.size()) == c.mention) found = &m;
  std::string all;
  for (const DateMention& m : mentions)
    all += "[" + std::string(text.substr(m.span.begin, m.span.size())) + "=" + m.value + "] ";
  CAPTURE(all);
  REQUIRE(found != nullptr);
  CHECK(found->value == c.value);
  CHECK(found->resolution == c.resolution);
}

// Text in which nothing is a date.
struct Negative {
  const char* language;
  const char* text;
};

void check(const Negative& c) {
  const std::string_view text = c.text;
  CAPTURE(text);
  std::string all;
  for (const DateMention& m : recognizer().find(text, c.language, "2022-10-20"))
    all += "[" + std::string(text.substr(m.span.begin, m.span.size())) + "=" + m.value + "] ";
  CHECK(all == "");
}

}  // namespace

TEST_CASE("the recogniser builds for every language") {
  REQUIRE(recognizer().ok());
  CHECK(recognizer().error().empty());
}

TEST_CASE("calendar arithmetic") {
  using namespace finex::calendar;
  CHECK(iso_weekday(2022, 10, 17) == 1);
  CHECK(iso_weekday(2024, 9, 3) == 2);
  CHECK(iso_weekday(1970, 1, 1) == 4);
  CHECK(is_valid(2024, 2, 29));
  CHECK_FALSE(is_valid(2023, 2, 29));
  CHECK(month_of_week({2022, 10, 17}) == "2022-10");
  CHECK(month_of_week({2021, 1, 3}) == "2020-12");  // a Sunday: the week of Thursday 31 December
  const CivilDate d = add_days({2022, 3, 1}, -1);
  CHECK(iso_day(d.year, d.month, d.day) == "2022-02-28");
  const CivilDate m = add_months({2022, 1, 31}, 1);
  CHECK(iso_day(m.year, m.month, m.day) == "2022-02-28");
  CHECK(parse_iso("2022-10").precision == 2);
  CHECK(parse_iso("2022-10-20T08:00:00Z").precision == 3);
  CHECK(parse_iso("20221020").precision == 0);
  CHECK(parse_iso("").precision == 0);
}

TEST_CASE("English dates") {
  const Case cases[] = {
      {"en", "The fine was imposed on 17 October 2022 by the CNIL.", "", "17 October 2022", "2022-10-17", R::explicit_date},
      {"en", "The fine was imposed on October 17, 2022 by the CNIL.", "", "October 17, 2022", "2022-10-17", R::explicit_date},
      {"en", "The ruling of Oct. 17 was published.", "2022-10-20", "Oct. 17", "2022-10-17", R::reference},
      {"en", "The ruling of 17/10/2022 stands.", "", "17/10/2022", "2022-10-17", R::explicit_date},
      {"en", "The ruling of 10/17/2022 stands.", "", "10/17/2022", "2022-10-17", R::explicit_date},
      {"en", "Decision 2022-10-17 was final.", "", "2022-10-17", "2022-10-17", R::explicit_date},
      {"en", "It ended in 2021. The CNIL decided on Monday, October 17 to impose a fine. Plans for 2023 differ.", "", "Monday, October 17", "2022-10-17", R::weekday},
      {"en", "Fines in 2022 and 2023. It was fined on Tuesday, September 3, for scraping.", "", "Tuesday, September 3", "2024-09-03", R::weekday},
      {"en", "The regulator acted on Thursday 20 October.", "2022-10-25", "Thursday 20 October", "2022-10-20", R::weekday},
      {"en", "It was fined in May 2022 in the UK.", "", "May 2022", "2022-05", R::explicit_date},
      {"en", "It was fined in the United Kingdom last May.", "2022-10-20", "last May", "2022-05", R::reference},
      {"en", "The watchdog announced it in October.", "2023-02-10", "October", "2022-10", R::reference},
      {"en", "The company was fined 20 million euros in 2022.", "", "2022", "2022", R::explicit_date},
      {"en", "The Greek authority acted this summer.", "2022-10-20", "this summer", "2022", R::reference},
      {"en", "Revenue fell in Q3 2023.", "", "Q3 2023", "2023-Q3", R::explicit_date},
      {"en", "The fine came in the third quarter of 2021.", "", "third quarter of 2021", "2021-Q3", R::explicit_date},
      {"en", "The board resigned last month.", "2022-10-20", "last month", "2022-09", R::reference},
      {"en", "The deal was signed this week.", "2022-10-20", "this week", "2022-10", R::reference},
      {"en", "The regulator said yesterday it would appeal.", "2022-10-20", "yesterday", "2022-10-19", R::reference},
      {"en", "The regulator said on Monday it would appeal.", "2022-10-20", "Monday", "2022-10-17", R::reference},
      {"en", "The probe opened two years ago.", "2022-10-20", "two years ago", "2020", R::reference},
      // A year alone often dates background ("the probe opened in 2019", "already in 2022"): it places
      // no yearless date; the year the text names as its subject does.
      {"en", "The probe opened in 2019. A second fine followed on 3 March.", "", "3 March", "XXXX-03-03", R::unresolved},
      {"en", "In the year 2019 the probe opened. A second fine followed on 3 March.", "", "3 March", "2019-03-03", R::context},
      {"en", "The fine was decided on December 9.", "", "December 9", "XXXX-12-09", R::unresolved},
      // The years of a span of time date the conduct, not the story: no year for a later month.
      {"en", "It sold the policies between 2015 and 2021. In June it fined a broker.", "", "June", "XXXX-06", R::unresolved},
      {"en", "In the year 2019 the probe opened. It covered 2014-2018. On 3 March it fined Acme.", "", "3 March", "2019-03-03", R::context},
      {"en", "Inspections ran from May to July 2019.", "", "May", "2019-05", R::context},
      {"en", "It happened in the summer of 2020.", "", "summer of 2020", "2020", R::explicit_date},
      {"en", "The inquiry began in mid-October.", "2022-12-01", "October", "2022-10", R::reference},
      {"en", "The order dates from the 17th of October 2022.", "", "17th of October 2022", "2022-10-17", R::explicit_date},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("English non-dates") {
  const Negative cases[] = {
      {"en", "The fine was 20.5 million euros."},
      {"en", "Under Art. 5 (1) and Article 83 of the GDPR."},
      {"en", "The hearing is at 14:30 sharp."},
      {"en", "Version v2.1.3 fixed the leak."},
      {"en", "In Case AT.40099 and in C-311/18 the court ruled."},
      {"en", "See No. 2022/123 for details."},
      {"en", "They paid 2022 euros for it."},
      {"en", "The share grew by 2019% overall."},
      {"en", "They may 2 times appeal."},
      {"en", "It cost $2022 in total."},
      {"en", "The price was 1,200 euros or 2,25 millions."},
      {"en", "The company said it may appeal."},
  };
  for (const Negative& c : cases) check(c);
}

// A number opens a numeric date only when a month of one or two digits and a year's first digit
// follow, each after a separator; an amount such as "8.85 million" beside it opens nothing.
TEST_CASE("numeric dates beside amounts written with dots, slashes and dashes") {
  const Case dates[] = {
      {"en", "It paid 8.85 million on 17/10/2022.", "", "17/10/2022", "2022-10-17", R::explicit_date},
      {"de", "Am 3.5.22 zahlte sie 1.5 Mio. Euro.", "", "3.5.22", "2022-05-03", R::explicit_date},
      {"nl", "Boete van 2.5-3 miljoen op 17-10-2022.", "", "17-10-2022", "2022-10-17", R::explicit_date},
      {"cs", "Dne 15. 2. 2024 uložil pokutu 2.5 mil. Kč.", "", "15. 2. 2024", "2024-02-15", R::explicit_date},
  };
  for (const Case& c : dates) check(c);
  const Negative non_dates[] = {
      {"en", "The fine of 8.85 million was cut to 5.2 million."},
      {"en", "About 1/2 of the 3.5 million went to 12.30 pm, 4-5 times more."},
      {"de", "Es ging um 15. 2 Punkte und 3.50 Euro."},
  };
  for (const Negative& c : non_dates) check(c);
}

// A number and a unit open a date only when a template goes on after the unit ("3 years ago",
// "6 Monate nach dem"); "in 41 weeks" or "seit 21 Jahren" is a span of time, no date.
TEST_CASE("a number and its unit open a date only with the rest of a template") {
  const Case dates[] = {
      {"en", "It paid in 41 weeks, 3 years ago.", "2022-10-20", "3 years ago", "2019", R::reference},
      {"nl", "Binnen 12 weken, 2 jaar geleden.", "2017-06-27", "2 jaar geleden", "2015", R::reference},
  };
  for (const Case& c : dates) check(c);
  const Negative non_dates[] = {
      {"en", "The firm had two months to comply, and 41 weeks later nothing."},
      {"de", "Er lebt seit 21 Jahren in Bremen, nach 23 Monaten Umbau."},
  };
  for (const Negative& c : non_dates) check(c);
}

TEST_CASE("French dates") {
  const Case cases[] = {
      {"fr", "La Cnil a sanctionné la société le 17 octobre 2022.", "", "17 octobre 2022", "2022-10-17", R::explicit_date},
      {"fr", "La décision du lundi 17 octobre a été publiée.", "2022-10-20", "lundi 17 octobre", "2022-10-17", R::weekday},
      {"fr", "Fin 2021 la Cnil avait mis en demeure. La sanction a été prononcée le lundi 17 octobre.", "", "lundi 17 octobre", "2022-10-17", R::weekday},
      {"fr", "Le texte entre en vigueur le 1er janvier 2024.", "", "1er janvier 2024", "2024-01-01", R::explicit_date},
      {"fr", "Le texte entre en vigueur le 1er janvier.", "2023-11-02", "1er janvier", "2023-01-01", R::reference},
      {"fr", "L'amende date du 17/10/2022.", "", "17/10/2022", "2022-10-17", R::explicit_date},
      {"fr", "Elle avait été sanctionnée en mai 2022.", "", "mai 2022", "2022-05", R::explicit_date},
      {"fr", "L'amende infligée en juillet 2014 reste un record.", "", "juillet 2014", "2014-07", R::explicit_date},
      {"fr", "Google avait été sanctionné en décembre 2020.", "", "décembre 2020", "2020-12", R::explicit_date},
      {"fr", "La sanction a été prononcée en 2023.", "", "2023", "2023", R::explicit_date},
      {"fr", "La Cnil l'avait déjà sanctionnée il y a deux ans.", "2022-10-20", "il y a deux ans", "2020", R::reference},
      {"fr", "La Cnil a annoncé hier une amende.", "2022-10-20", "hier", "2022-10-19", R::reference},
      {"fr", "Mercredi dernier, la Commission a frappé Google.", "2019-03-27", "Mercredi dernier", "2019-03-20", R::reference},
      {"fr", "Le gendarme a sanctionné Amazon le mois dernier.", "2022-10-20", "le mois dernier", "2022-09", R::reference},
      {"fr", "L'an dernier, l'autorité a infligé trois amendes.", "2022-10-20", "L'an dernier", "2021", R::reference},
      {"fr", "Cette année, les amendes ont doublé.", "2022-10-20", "Cette année", "2022", R::reference},
      {"fr", "Le 23 novembre dernier, Amazon avait été condamné.", "", "23 novembre dernier", "XXXX-11-23", R::unresolved},
      {"fr", "Le 23 novembre dernier, Amazon avait été condamné.", "2021-12-10", "23 novembre dernier", "2021-11-23", R::reference},
      {"fr", "Sanctionné ce jeudi 9 décembre pour abus de position dominante.", "", "ce jeudi 9 décembre", "XXXX-12-09", R::unresolved},
      {"fr", "Les contrôles ont eu lieu entre mai et juillet 2019.", "", "mai", "2019-05", R::context},
      {"fr", "Le cartel a duré de 2016 à 2020. Le 12 mars, l'Autorité l'a sanctionné.", "", "12 mars", "XXXX-03-12", R::unresolved},
      {"fr", "Une première condamnation en novembre dernier.", "2021-12-10", "novembre dernier", "2021-11", R::reference},
      {"fr", "L'autorité grecque a agi cet été.", "2022-10-20", "cet été", "2022", R::reference},
      {"fr", "Les résultats du troisième trimestre 2023 sont tombés.", "", "troisième trimestre 2023", "2023-Q3", R::explicit_date},
      {"fr", "Depuis 2018, la Cnil a prononcé dix amendes.", "", "2018", "2018", R::explicit_date},
      {"fr", "La décision du 17.10.2022 est définitive.", "", "17.10.2022", "2022-10-17", R::explicit_date},
  };
  for (const Case& c : cases) check(c);
  const Negative negatives[] = {
      {"fr", "Une amende de 2,25 millions d'euros et de 1.200 euros."},
      {"fr", "En vertu de l'article 83 du RGPD."},
      {"fr", "Un montant de 2022 euros a été versé."},
      {"fr", "La planète mars est loin."},
  };
  for (const Negative& c : negatives) check(c);
}

TEST_CASE("German dates") {
  const Case cases[] = {
      {"de", "Die Behörde verhängte am 17. Oktober 2022 ein Bußgeld.", "", "17. Oktober 2022", "2022-10-17", R::explicit_date},
      {"de", "Der Bescheid vom 17.10.2022 ist rechtskräftig.", "", "17.10.2022", "2022-10-17", R::explicit_date},
      {"de", "Am 13.08.19 erging der Bescheid.", "", "13.08.19", "2019-08-13", R::explicit_date},
      {"de", "Die Strafe wurde im Mai 2022 verhängt.", "", "Mai 2022", "2022-05", R::explicit_date},
      {"de", "Das Bundeskartellamt verhängte im Jahr 2018 Bußgelder.", "", "2018", "2018", R::explicit_date},
      {"de", "Firmen wurden 2018 härter belangt.", "", "2018", "2018", R::explicit_date},
      {"de", "Die Behörde teilte gestern mit, dass sie Einspruch einlegt.", "2022-10-20", "gestern", "2022-10-19", R::reference},
      {"de", "Das Verfahren begann vor zwei Jahren.", "2022-10-20", "vor zwei Jahren", "2020", R::reference},
      {"de", "Das teilte die Behörde am Donnerstag in Bonn mit.", "2018-12-14", "Donnerstag", "2018-12-13", R::reference},
      {"de", "Im vergangenen Jahr stiegen die Bußgelder.", "2022-10-20", "vergangenen Jahr", "2021", R::reference},
      {"de", "Die Entscheidung fiel letzte Woche.", "2022-10-20", "letzte Woche", "2022-10", R::reference},
      {"de", "Die Entscheidung fiel am Montag, den 17. Oktober.", "2022-10-20", "Montag, den 17. Oktober", "2022-10-17", R::weekday},
      {"de", "Bis Ende 2021 galt die Frist. Am Montag, 17. Oktober fiel die Entscheidung. Für 2023 ist mehr geplant.", "", "Montag, 17. Oktober", "2022-10-17", R::weekday},
      {"de", "Die Aufsicht griff im Oktober ein.", "2023-02-01", "Oktober", "2022-10", R::reference},
      {"de", "Die Prüfung lief im letzten Mai.", "2022-10-20", "letzten Mai", "2022-05", R::reference},
      {"de", "Im Sommer 2020 begann die Prüfung.", "", "Sommer 2020", "2020", R::explicit_date},
      // A season without a year takes the year a noun named, not a bare year written to compare.
      {"de", "Im Jahr 2021 stiegen die Bußgelder, 2019 waren es weniger. Im Herbst traf es eine Bank.", "", "Herbst", "2021", R::context},
      {"de", "Die Bußgelder stiegen, 2019 waren es weniger. Im Herbst traf es eine Bank.", "", "Herbst", "2019", R::context},
      {"de", "Der Umsatz im dritten Quartal 2023 sank.", "", "dritten Quartal 2023", "2023-Q3", R::explicit_date},
      {"de", "Die Strafe vom 3. März wurde bestätigt.", "", "3. März", "XXXX-03-03", R::unresolved},
      {"de", "Seit 2019 ermittelt die Behörde. Am 3. März kam der Bescheid.", "", "3. März", "XXXX-03-03", R::unresolved},
      {"de", "Im Jahr 2019 ermittelte die Behörde. Am 3. März kam der Bescheid.", "", "3. März", "2019-03-03", R::context},
      {"de", "Das Kartell bestand von 2016 bis 2020. Am 3. März kam der Bescheid.", "", "3. März", "XXXX-03-03", R::unresolved},
      {"de", "Die Behörde verhängte heute ein Bußgeld.", "2022-10-20", "heute", "2022-10-20", R::reference},
      {"de", "Die Entscheidung von 2022-10-17 gilt.", "", "2022-10-17", "2022-10-17", R::explicit_date},
      {"de", "Am Dienstag, 3. September 2024 verhängte die Behörde die Strafe.", "", "Dienstag, 3. September 2024", "2024-09-03", R::explicit_date},
      {"de", "Die Geldbuße wurde Anfang Juli 2014 verhängt.", "", "Juli 2014", "2014-07", R::explicit_date},
      {"de", "Im Januar wurde das Bußgeld bestätigt.", "2023-04-13", "Januar", "2023-01", R::reference},
      {"de", "Die Behörde hat vorgestern entschieden.", "2022-10-20", "vorgestern", "2022-10-18", R::reference},
      {"de", "Die Entscheidung vom 1. Januar 2020 gilt weiter.", "", "1. Januar 2020", "2020-01-01", R::explicit_date},
  };
  for (const Case& c : cases) check(c);
  const Negative negatives[] = {
      {"de", "Das Bußgeld betrug 1.200 Euro und 2,5 Millionen Euro."},
      {"de", "Nach Art. 83 Abs. 5 DSGVO."},
      {"de", "Es wurden 2022 Euro gezahlt."},
      {"de", "Um 14:30 Uhr begann die Sitzung."},
      {"de", "Die Quote lag bei 20,5 Prozent."},
  };
  for (const Negative& c : negatives) check(c);
}

TEST_CASE("Dutch dates") {
  const Case cases[] = {
      {"nl", "De AP legde op 3 september 2024 een boete op.", "", "3 september 2024", "2024-09-03", R::explicit_date},
      {"nl", "De boete werd in juli 2020 opgelegd.", "", "juli 2020", "2020-07", R::explicit_date},
      {"nl", "De hoogste boete kreeg Intel in 2009.", "", "2009", "2009", R::explicit_date},
      {"nl", "De toezichthouder maakte gisteren de boete bekend.", "2020-07-15", "gisteren", "2020-07-14", R::reference},
      {"nl", "Ruim twee jaar geleden werd de zoekgigant beschuldigd.", "2017-06-27", "twee jaar geleden", "2015", R::reference},
      {"nl", "Vorig jaar legde ze vijf truckmakers een boete op.", "2017-06-27", "Vorig jaar", "2016", R::reference},
      {"nl", "Volgens ingewijden die vrijdag spraken.", "2017-06-27", "vrijdag", "2017-06-23", R::reference},
      {"nl", "Het besluit van 17.10.2022 is definitief.", "", "17.10.2022", "2022-10-17", R::explicit_date},
      {"nl", "Het besluit van 17/10/2022 is definitief.", "", "17/10/2022", "2022-10-17", R::explicit_date},
      {"nl", "Het besluit van 17.10.2022 is definitief.", "", "17.10.2022", "2022-10-17", R::explicit_date},
      {"nl", "De ACM besloot op maandag 17 oktober tot een boete.", "2022-10-20", "maandag 17 oktober", "2022-10-17", R::weekday},
      {"nl", "Eind 2021 kwam er een last. Op maandag 17 oktober volgde de boete. In 2023 volgt meer.", "", "maandag 17 oktober", "2022-10-17", R::weekday},
      {"nl", "De boete volgde in oktober.", "2023-01-10", "oktober", "2022-10", R::reference},
      {"nl", "De boete volgde vorige maand.", "2022-10-20", "vorige maand", "2022-09", R::reference},
      {"nl", "Het onderzoek liep deze week af.", "2022-10-20", "deze week", "2022-10", R::reference},
      {"nl", "De sanctie volgde afgelopen zomer.", "2022-10-20", "afgelopen zomer", "2022", R::reference},
      {"nl", "De omzet daalde in het derde kwartaal van 2023.", "", "derde kwartaal van 2023", "2023-Q3", R::explicit_date},
      {"nl", "De zaak begon op 1 mei.", "", "1 mei", "XXXX-05-01", R::unresolved},
      {"nl", "De zaak begon in 2019. De boete volgde op 1 mei.", "", "1 mei", "XXXX-05-01", R::unresolved},
      {"nl", "In het jaar 2019 begon de zaak. De boete volgde op 1 mei.", "", "1 mei", "2019-05-01", R::context},
      {"nl", "In het jaar 2018 steeg het aantal boetes.", "", "2018", "2018", R::explicit_date},
      {"nl", "De boete van 3 september is hoog.", "2024-09-10", "3 september", "2024-09-03", R::reference},
      {"nl", "Op dinsdag 3 september 2024 maakte de AP de boete bekend.", "", "dinsdag 3 september 2024", "2024-09-03", R::explicit_date},
      {"nl", "De ACM besloot op 17-10-2022 tot een boete.", "", "17-10-2022", "2022-10-17", R::explicit_date},
      {"nl", "Het besluit van 1 januari 2020 blijft staan.", "", "1 januari 2020", "2020-01-01", R::explicit_date},
      {"nl", "De toezichthouder maakte het besluit gisteren bekend.", "2022-10-20", "gisteren", "2022-10-19", R::reference},
      {"nl", "In maart 2021 volgde een tweede boete.", "", "maart 2021", "2021-03", R::explicit_date},
  };
  for (const Case& c : cases) check(c);
  const Negative negatives[] = {
      {"nl", "Ajax won met 3-1-2 in de competitie."},
      {"nl", "Een boete van ruim 80 miljoen euro en 1.200 euro."},
      {"nl", "Op grond van artikel 83 van de AVG."},
      {"nl", "Een bedrag van 2022 euro werd betaald."},
      {"nl", "Het is hier niet toegestaan."},
  };
  for (const Negative& c : negatives) check(c);
}

TEST_CASE("Italian dates") {
  const Case cases[] = {
      {"it", "Il Garante ha sanzionato la società il 3 settembre 2024.", "", "3 settembre 2024", "2024-09-03", R::explicit_date},
      {"it", "La multa risale a luglio 2014.", "", "luglio 2014", "2014-07", R::explicit_date},
      {"it", "La sanzione è stata inflitta nel 2022.", "", "2022", "2022", R::explicit_date},
      {"it", "Il Garante ha comunicato ieri la sanzione.", "2024-02-08", "ieri", "2024-02-07", R::reference},
      {"it", "L'istruttoria è iniziata due anni fa.", "2024-02-08", "due anni fa", "2022", R::reference},
      {"it", "L'anno scorso le sanzioni sono raddoppiate.", "2024-02-08", "anno scorso", "2023", R::reference},
      {"it", "La decisione di lunedì 17 ottobre è definitiva.", "2022-10-20", "lunedì 17 ottobre", "2022-10-17", R::weekday},
      {"it", "Alla fine del 2021 c'era una diffida. Lunedì 17 ottobre è arrivata la multa. Nel 2023 altro.", "", "Lunedì 17 ottobre", "2022-10-17", R::weekday},
      {"it", "La sanzione del 17/10/2022 è stata pagata.", "", "17/10/2022", "2022-10-17", R::explicit_date},
      {"it", "L'Antitrust ha deciso a ottobre.", "2023-01-10", "ottobre", "2022-10", R::reference},
      {"it", "L'Antitrust ha deciso lo scorso maggio.", "2022-10-20", "scorso maggio", "2022-05", R::reference},
      {"it", "L'Antitrust ha deciso a maggio scorso.", "2022-10-20", "maggio scorso", "2022-05", R::reference},
      {"it", "Il procedimento si è chiuso il mese scorso.", "2022-10-20", "mese scorso", "2022-09", R::reference},
      {"it", "La sanzione è arrivata quest'estate.", "2022-10-20", "quest'estate", "2022", R::reference},
      {"it", "Nel terzo trimestre 2023 il fatturato è sceso.", "", "terzo trimestre 2023", "2023-Q3", R::explicit_date},
      {"it", "La decisione del 1° gennaio 2024.", "", "1° gennaio 2024", "2024-01-01", R::explicit_date},
      {"it", "Il Garante ha deciso il 9 dicembre.", "", "9 dicembre", "XXXX-12-09", R::unresolved},
      {"it", "Nel 2019 si aprì il caso. Il 9 dicembre arrivò la multa.", "", "9 dicembre", "XXXX-12-09", R::unresolved},
      {"it", "Nell'anno 2019 si aprì il caso. Il 9 dicembre arrivò la multa.", "", "9 dicembre", "2019-12-09", R::context},
      {"it", "Il Garante si è espresso mercoledì.", "2024-02-08", "mercoledì", "2024-02-07", R::reference},
      {"it", "Il Garante si è espresso questa settimana.", "2024-02-08", "questa settimana", "2024-02", R::reference},
      {"it", "La multa è del dicembre 2021.", "", "dicembre 2021", "2021-12", R::explicit_date},
      {"it", "Martedì 3 settembre 2024 il Garante ha sanzionato la società.", "", "Martedì 3 settembre 2024", "2024-09-03", R::explicit_date},
      {"it", "La sanzione del 17/10/2022 è stata confermata.", "", "17/10/2022", "2022-10-17", R::explicit_date},
      {"it", "Il provvedimento del 1 gennaio 2020 resta valido.", "", "1 gennaio 2020", "2020-01-01", R::explicit_date},
      {"it", "L'Antitrust ha deciso ieri.", "2022-10-20", "ieri", "2022-10-19", R::reference},
      {"it", "Nel marzo 2021 è arrivata una seconda multa.", "", "marzo 2021", "2021-03", R::explicit_date},
  };
  for (const Case& c : cases) check(c);
  const Negative negatives[] = {
      {"it", "Una sanzione di 79.107.101 euro e di 878,2 milioni di euro."},
      {"it", "Ai sensi dell'articolo 83 del GDPR."},
      {"it", "Un importo di 2022 euro è stato pagato."},
      {"it", "Il tasso era del 2,5 per cento."},
  };
  for (const Negative& c : negatives) check(c);
}

TEST_CASE("Spanish dates") {
  const Case cases[] = {
      {"es", "La AEPD impuso la multa el 3 de septiembre de 2024.", "", "3 de septiembre de 2024", "2024-09-03", R::explicit_date},
      {"es", "La sanción se impuso en abril de 2019.", "", "abril de 2019", "2019-04", R::explicit_date},
      {"es", "La sanción se impuso en enero del 2018.", "", "enero del 2018", "2018-01", R::explicit_date},
      {"es", "La CNMC multó a Telefónica en 2018.", "", "2018", "2018", R::explicit_date},
      {"es", "La CNMC anunció ayer la sanción.", "2019-04-10", "ayer", "2019-04-09", R::reference},
      {"es", "La investigación empezó hace dos años.", "2019-04-10", "hace dos años", "2017", R::reference},
      {"es", "El año pasado la CNMC multó más.", "2019-04-10", "año pasado", "2018", R::reference},
      {"es", "La decisión del lunes 17 de octubre es firme.", "2022-10-20", "lunes 17 de octubre", "2022-10-17", R::weekday},
      {"es", "A finales de 2021 hubo un requerimiento. El lunes 17 de octubre llegó la multa. En 2023 habrá más.", "", "lunes 17 de octubre", "2022-10-17", R::weekday},
      {"es", "La resolución del 17/10/2022 es firme.", "", "17/10/2022", "2022-10-17", R::explicit_date},
      {"es", "La CNMC decidió en octubre.", "2023-01-10", "octubre", "2022-10", R::reference},
      {"es", "La CNMC decidió el pasado mes de mayo.", "2022-10-20", "mayo", "2022-05", R::reference},
      {"es", "La CNMC decidió el pasado 3 de mayo.", "2022-10-20", "pasado 3 de mayo", "2022-05-03", R::reference},
      {"es", "La sanción llegó el mes pasado.", "2022-10-20", "mes pasado", "2022-09", R::reference},
      {"es", "La sanción llegó esta semana.", "2022-10-20", "esta semana", "2022-10", R::reference},
      {"es", "La sanción llegó el martes.", "2022-10-20", "martes", "2022-10-18", R::reference},
      {"es", "La sanción llegó este verano.", "2022-10-20", "este verano", "2022", R::reference},
      {"es", "En el tercer trimestre de 2023 cayeron las ventas.", "", "tercer trimestre de 2023", "2023-Q3", R::explicit_date},
      {"es", "La multa es del 9 de diciembre.", "", "9 de diciembre", "XXXX-12-09", R::unresolved},
      {"es", "En 2019 se abrió el caso. El 9 de diciembre llegó la multa.", "", "9 de diciembre", "XXXX-12-09", R::unresolved},
      {"es", "En el año 2019 se abrió el caso. El 9 de diciembre llegó la multa.", "", "9 de diciembre", "2019-12-09", R::context},
      {"es", "Las ventas cayeron en 2022. La resolución se adoptó el pasado 29 de abril.", "", "pasado 29 de abril", "XXXX-04-29", R::unresolved},
      {"es", "De enero a abril de 2019 impuso siete sanciones.", "", "enero", "2019-01", R::context},
      {"es", "El 1º de enero de 2024 entra en vigor.", "", "1º de enero de 2024", "2024-01-01", R::explicit_date},
      {"es", "El martes 3 de septiembre de 2024 la AEPD impuso la multa.", "", "martes 3 de septiembre de 2024", "2024-09-03", R::explicit_date},
      {"es", "La resolución del 17/10/2022 es firme.", "", "17/10/2022", "2022-10-17", R::explicit_date},
      {"es", "La sanción del 1 de enero de 2020 sigue vigente.", "", "1 de enero de 2020", "2020-01-01", R::explicit_date},
      {"es", "La CNMC lo anunció ayer.", "2022-10-20", "ayer", "2022-10-19", R::reference},
      {"es", "En marzo de 2021 llegó una segunda multa.", "", "marzo de 2021", "2021-03", R::explicit_date},
  };
  for (const Case& c : cases) check(c);
  const Negative negatives[] = {
      {"es", "Una multa de 8,5 millones de euros y 660.000 euros."},
      {"es", "Vulneró el artículo 6 del RGPD."},
      {"es", "Se pagaron 2022 euros."},
      {"es", "Lo que equivale al 80% de lo que multó."},
  };
  for (const Negative& c : negatives) check(c);
}

TEST_CASE("Portuguese dates") {
  const Case cases[] = {
      {"pt", "A CNPD aplicou a coima a 3 de setembro de 2024.", "", "3 de setembro de 2024", "2024-09-03", R::explicit_date},
      {"pt", "A CNPD atingiu em 2021 números inéditos.", "", "2021", "2021", R::explicit_date},
      {"pt", "A coima foi aplicada em maio de 2022.", "", "maio de 2022", "2022-05", R::explicit_date},
      {"pt", "As empresas repartiram clientes entre 2014 e 2020. A decisão, adotada a 28 de fevereiro, foi hoje divulgada.", "", "28 de fevereiro", "XXXX-02-28", R::unresolved},
      {"pt", "A CNPD anunciou ontem a coima.", "2022-05-23", "ontem", "2022-05-22", R::reference},
      {"pt", "A investigação começou há dois anos.", "2022-05-23", "há dois anos", "2020", R::reference},
      {"pt", "No ano passado chegaram às 60 coimas.", "2022-05-23", "ano passado", "2021", R::reference},
      {"pt", "A decisão de segunda-feira, 17 de outubro, é final.", "2022-10-20", "segunda-feira, 17 de outubro", "2022-10-17", R::weekday},
      {"pt", "A decisão de 17/10/2022 é final.", "", "17/10/2022", "2022-10-17", R::explicit_date},
      {"pt", "A coima foi de 1,25 milhões de euros em 2021.", "", "2021", "2021", R::explicit_date},
  };
  for (const Case& c : cases) check(c);
  const Negative negatives[] = {
      {"pt", "Uma coima de 1,25 milhões de euros."},
      {"pt", "Nos termos do artigo 83 do RGPD."},
  };
  for (const Negative& c : negatives) check(c);
}

TEST_CASE("offsets counted from the date written after them") {
  const Case cases[] = {
      {"en", "The decision, adopted on April 13, comes six months after October 17, 2022, which imposed a fine.", "", "six months after", "2023-04", R::context},
      {"en", "The decision, adopted on April 13, comes six months after October 17, 2022, which imposed a fine.", "", "October 17, 2022", "2022-10-17", R::explicit_date},
      {"en", "The rules were drafted two years before 2020.", "", "two years before", "2018", R::context},
      {"en", "The firm paid 30 days after 17 October 2022.", "", "30 days after", "2022-11-16", R::context},
      {"en", "It was fined two weeks after 3 March 2022.", "", "two weeks after", "2022-03-17", R::context},
      {"en", "It was fined a year prior to May 2021.", "", "a year prior to", "2020", R::context},
      {"en", "The fine came three months after October 17.", "2023-01-20", "three months after", "2023-01", R::reference},
      {"en", "The probe opened two years ago, on 3 March.", "2022-10-20", "two years ago", "2020", R::reference},
      {"fr", "Adoptée le 13 avril, la décision intervient six mois après le 17 octobre 2022.", "", "six mois après", "2023-04", R::context},
      {"fr", "Adoptée le 13 avril, la décision intervient six mois après le 17 octobre 2022.", "", "17 octobre 2022", "2022-10-17", R::explicit_date},
      {"fr", "La loi a été votée deux ans avant 2020.", "", "deux ans avant", "2018", R::context},
      {"fr", "La Cnil l'avait déjà sanctionnée il y a deux ans.", "2022-10-20", "il y a deux ans", "2020", R::reference},
      {"de", "Der Bescheid vom 13. April kam sechs Monate nach dem 17. Oktober 2022.", "", "sechs Monate nach dem", "2023-04", R::context},
      {"de", "Der Bescheid vom 13. April kam sechs Monate nach dem 17. Oktober 2022.", "", "17. Oktober 2022", "2022-10-17", R::explicit_date},
      {"de", "Das Gesetz trat zwei Jahre vor 2020 in Kraft.", "", "zwei Jahre vor", "2018", R::context},
      {"de", "Die Zahlung kam ein Jahr nach dem 1. Januar 2020.", "", "ein Jahr nach dem", "2021", R::context},
      {"de", "Das Verfahren begann vor zwei Jahren.", "2022-10-20", "vor zwei Jahren", "2020", R::reference},
      {"nl", "Het besluit van 13 april kwam zes maanden na 17 oktober 2022.", "", "zes maanden na", "2023-04", R::context},
      {"nl", "Het besluit van 13 april kwam zes maanden na 17 oktober 2022.", "", "17 oktober 2022", "2022-10-17", R::explicit_date},
      {"nl", "De wet kwam twee jaar voor 2020.", "", "twee jaar voor", "2018", R::context},
      {"nl", "Ruim twee jaar geleden werd de zoekgigant beschuldigd.", "2017-06-27", "twee jaar geleden", "2015", R::reference},
      {"it", "La decisione del 13 aprile arriva sei mesi dopo il 17 ottobre 2022.", "", "sei mesi dopo", "2023-04", R::context},
      {"it", "La decisione del 13 aprile arriva sei mesi dopo il 17 ottobre 2022.", "", "17 ottobre 2022", "2022-10-17", R::explicit_date},
      {"it", "La legge è stata approvata due anni prima del 2020.", "", "due anni prima", "2018", R::context},
      {"it", "L'istruttoria è iniziata due anni fa.", "2024-02-08", "due anni fa", "2022", R::reference},
      {"es", "La resolución del 13 de abril llega seis meses después del 17 de octubre de 2022.", "", "seis meses después", "2023-04", R::context},
      {"es", "La resolución del 13 de abril llega seis meses después del 17 de octubre de 2022.", "", "17 de octubre de 2022", "2022-10-17", R::explicit_date},
      {"es", "La ley se aprobó dos años antes de 2020.", "", "dos años antes", "2018", R::context},
      {"es", "La investigación empezó hace dos años.", "2019-04-10", "hace dos años", "2017", R::reference},
      {"pt", "A decisão de 13 de abril chega seis meses depois de 17 de outubro de 2022.", "", "seis meses depois", "2023-04", R::context},
      {"pt", "A decisão de 13 de abril chega seis meses depois de 17 de outubro de 2022.", "", "17 de outubro de 2022", "2022-10-17", R::explicit_date},
      {"pt", "A lei foi aprovada dois anos antes de 2020.", "", "dois anos antes", "2018", R::context},
      {"pt", "A investigação começou há dois anos.", "2022-05-23", "há dois anos", "2020", R::reference},
  };
  for (const Case& c : cases) check(c);
  const Negative negatives[] = {
      {"en", "The fine came six months after the decision."},
      {"en", "It paid 20 million euros after the audit."},
      {"en", "Three months after, the firm paid."},
      {"fr", "Six mois après la décision, la société a payé."},
      {"fr", "Elle a payé 20 millions d'euros après le contrôle."},
      {"de", "Sechs Monate nach der Entscheidung zahlte die Firma."},
      {"de", "Sie zahlte 20 Millionen Euro nach der Prüfung."},
      {"nl", "Zes maanden na de uitspraak betaalde het bedrijf."},
      {"nl", "Het bedrijf betaalde 20 miljoen euro na de controle."},
      {"it", "Sei mesi dopo la decisione l'azienda ha pagato."},
      {"it", "Ha pagato 20 milioni di euro dopo il controllo."},
      {"es", "Seis meses después de la decisión la empresa pagó."},
      {"es", "Pagó 20 millones de euros después de la inspección."},
      {"pt", "Seis meses depois da decisão a empresa pagou."},
      {"pt", "Pagou 20 milhões de euros depois da inspeção."},
  };
  for (const Negative& c : negatives) check(c);
}

TEST_CASE("a chain of offsets counts only the last one, from its date") {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "one day after ";
  text += "3 March 2022.";
  const auto mentions = recognizer().find(text, "en", "");
  REQUIRE(mentions.size() == 2);
  CHECK(text.substr(mentions[0].span.begin, mentions[0].span.size()) == "one day after");
  CHECK(mentions[0].span.begin == 4999 * 14);
  CHECK(mentions[0].value == "2022-03-04");
  CHECK(mentions[1].value == "2022-03-03");
}

TEST_CASE("a yearless day takes the year of a dated mention of its month in its sentence") {
  const Case cases[] = {
      {"en", "The decision, adopted on April 13, comes six months after October 17, 2022, which imposed a fine.", "", "April 13", "2023-04-13", R::context},
      // The same month in the sentence outweighs an earlier year.
      {"en", "The probe began in 2019. The fine of April 13 came six months after October 17, 2022.", "", "April 13", "2023-04-13", R::context},
      {"en", "The fine was imposed on April 13 under the plan of April 2021.", "", "April 13", "2021-04-13", R::context},
      // Another month, or the same month in another sentence, gives no year.
      {"en", "The fine of April 13 came after the ruling of October 17, 2022.", "", "April 13", "XXXX-04-13", R::unresolved},
      {"en", "The fine was imposed on April 13. The plan of April 2021 was older.", "", "April 13", "XXXX-04-13", R::unresolved},
      // A reference date still decides first.
      {"en", "The fine was imposed on April 13 under the plan of April 2021.", "2023-05-02", "April 13", "2023-04-13", R::reference},
      {"fr", "Adoptée le 13 avril, la décision intervient six mois après le 17 octobre 2022.", "", "13 avril", "2023-04-13", R::context},
      {"fr", "L'amende du 13 avril s'inscrit dans le plan d'avril 2021.", "", "13 avril", "2021-04-13", R::context},
      {"fr", "L'amende date du 13 avril. Le plan d'avril 2021 est plus ancien.", "", "13 avril", "XXXX-04-13", R::unresolved},
      {"de", "Der Bescheid vom 13. April kam sechs Monate nach dem 17. Oktober 2022.", "", "13. April", "2023-04-13", R::context},
      {"de", "Das Bußgeld vom 13. April folgte dem Plan vom April 2021.", "", "13. April", "2021-04-13", R::context},
      {"nl", "Het besluit van 13 april kwam zes maanden na 17 oktober 2022.", "", "13 april", "2023-04-13", R::context},
      {"nl", "De boete van 13 april volgde op het plan van april 2021.", "", "13 april", "2021-04-13", R::context},
      {"it", "La decisione del 13 aprile arriva sei mesi dopo il 17 ottobre 2022.", "", "13 aprile", "2023-04-13", R::context},
      {"it", "La multa del 13 aprile segue il piano di aprile 2021.", "", "13 aprile", "2021-04-13", R::context},
      {"es", "La resolución del 13 de abril llega seis meses después del 17 de octubre de 2022.", "", "13 de abril", "2023-04-13", R::context},
      {"es", "La multa del 13 de abril sigue al plan de abril de 2021.", "", "13 de abril", "2021-04-13", R::context},
      {"pt", "A decisão de 13 de abril chega seis meses depois de 17 de outubro de 2022.", "", "13 de abril", "2023-04-13", R::context},
      {"pt", "A coima de 13 de abril segue o plano de abril de 2021.", "", "13 de abril", "2021-04-13", R::context},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("relative expressions without a reference are left out") {
  const auto mentions = recognizer().find("The watchdog said yesterday and last week it would act.", "en", "");
  CHECK(mentions.empty());
  // A month keeps its unknown year.
  const std::string_view text = "The fine was imposed in October.";
  const auto months = recognizer().find(text, "en", "");
  REQUIRE(months.size() == 1);
  CHECK(months[0].value == "XXXX-10");
  CHECK(months[0].resolution == R::unresolved);
  CHECK(text.substr(months[0].span.begin, months[0].span.size()) == "October");
}

TEST_CASE("a month-precision reference still anchors relative years") {
  const std::string_view text = "Im vergangenen Jahr stiegen die Bußgelder.";
  const auto mentions = recognizer().find(text, "de", "2018-12");
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].value == "2017");
}

TEST_CASE("mentions come in text order") {
  const std::string_view text = "In 2021 the probe began; on 3 March 2022 a fine followed, and in May 2023 another.";
  const auto mentions = recognizer().find(text, "en", "");
  REQUIRE(mentions.size() == 3);
  CHECK(mentions[0].value == "2021");
  CHECK(mentions[1].value == "2022-03-03");
  CHECK(mentions[2].value == "2023-05");
  CHECK(mentions[0].span.begin < mentions[1].span.begin);
  CHECK(mentions[1].span.begin < mentions[2].span.begin);
}

TEST_CASE("an unknown language still finds numeric dates and years") {
  const std::string_view text = "Beslutet 2022-10-17 och 17.10.2022 under 2021.";
  const auto mentions = recognizer().find(text, "xx", "");
  REQUIRE(mentions.size() == 3);
  CHECK(mentions[0].value == "2022-10-17");
  CHECK(mentions[1].value == "2022-10-17");
  CHECK(mentions[2].value == "2021");
}

TEST_CASE("publication dates stated by the text") {
  struct Reference {
    const char* language;
    const char* text;
    const char* expected;
  };
  const Reference cases[] = {
      // A dateline without its year: a year the story names is of what it reports, not of the day.
      {"en", "PARIS, Oct 20 (Reuters) - The French regulator fined the firm. It was warned in 2022.", ""},
      {"en", "PARIS, Oct 20, 2022 (Reuters) - The French regulator fined the firm. It was warned in 2021.", "2022-10-20"},
      {"en", "Published 2023-04-13\nThe CNIL fined Clearview.", "2023-04-13"},
      {"en", "The Biggest Fines\n\nWritten by\n\nMatt Green\n\n04 Jan 2023\n\nAs 2022 went on.", "2023-01-04"},
      {"en", "The regulator fined the firm on 3 March 2022.", ""},
      {"fr", "Mise à jour le 2026-01-26\nLa Cnil a infligé une amende.", "2026-01-26"},
      {"fr", "Publié le 13 avril 2023 à 10h15\nLa Cnil a infligé une amende.", "2023-04-13"},
      {"fr", "27 mars 2019\n\nÇa se chiffre\n\nAbus de position dominante.", "2019-03-27"},
      {"de", "Veröffentlicht am 14.12.2018\nDas Bundeskartellamt verhängte Bußgelder.", "2018-12-14"},
      {"nl", "Gepubliceerd op 15 juli 2020\nDe ACM legde een boete op.", "2020-07-15"},
      {"it", "Pubblicato il 8 febbraio 2024\nIl Garante ha sanzionato Enel.", "2024-02-08"},
      {"es", "Publicado el 10 de abril de 2019\nLa CNMC ha multado.", "2019-04-10"},
      {"es", " date 2019-04 La Comisión de los Mercados ha multado.", "2019-04"},
      {"pt", "CNPD bate recordes em 2021\n\n • Lusa\n • 23 Maio 2022\n\nQuatro anos depois.", "2022-05-23"},
      {"pt", "A CNPD aplicou coimas em 2021.", ""},
      // A time stamp whose line goes on to say when the page was updated.
      {"pt", "Procon multa operadora\n\n11/03/2025 14h32 Atualizado há 2 horas\n\nO Procon-SP anunciou.", "2025-03-11"},
      {"en", "Bank fined\n\nMarch 3, 2025 10:05 Updated 2 hours ago\n\nThe regulator fined the bank.", "2025-03-03"},
      {"pt", "Procon multa operadora\n\nPor Mariana Teixeira \u2014 S\u00e3o Paulo\n14/03/2024 07h12 \u00b7 Atualizado h\u00e1 2 horas\n\n"
             "O Procon-SP aplicou multa.", "2024-03-14"},
      // A byline after the time stamp, set off by a bar; a sentence there makes the line no time stamp.
      {"cs", "Kartel na Vysočině\n\n14. 5. 2025 9:32 | Lucie Horáková\n\nÚOHS uložil pokutu.", "2025-05-14"},
      {"en", "Bank fined\n\n12 May 2025 | The bank was fined in 2021 for the same failings.\n\nThe FCA fined it.", ""},
      // A short note of the page after a bar or a dot, the section after the time.
      {"de", "Rekord-Bußgeld\n\n19.02.2025, 14:07 Uhr | Lesedauer: 3 Min.\n\nDie Bundesnetzagentur verhängte ein Bußgeld.",
       "2025-02-19"},
      {"da", "Landsret nedsætter bøde\n\nRitzau\n17. februar 2025 kl. 11.48 \u00b7 Opdateret kl. 13.10\n\nLandsretten nedsatte bøden.",
       "2025-02-17"},
      {"nl", "NVWA beboet fabrikant\n\n30 sep 2025, 11:15 Binnenland\n\nDe NVWA legde een boete op.", "2025-09-30"},
      {"en", "Bank fined\n\n3 March 2025, 10:05 The FCA fined the bank for failings.", ""},
      {"da", "Bøde til pølsefabrik\n\n27. mar. 2025 kl. 06.00 \u2013 Opdateret kl. 09.41\n\nFødevarestyrelsen gav en bøde.",
       "2025-03-27"},
      {"el", "Πρόστιμο\n\n15.05.2025 | 08:32 - Τελευταία ενημέρωση: 10:47\n\nΗ ΑΑΔΕ επέβαλε πρόστιμο.", "2025-05-15"},
      {"pt", "Coima\n\n26 de setembro de 2024, 09:41 \u2014 Atualizado às 11:58\n\nA ERSE aplicou uma coima.", "2024-09-26"},
      {"en", "Bank fined\n\nThursday 13 March 2025 07.42 GMT | Last modified on Thursday 13 March 2025 11.15 GMT\n\nThe FCA fined it.",
       "2025-03-13"},
      {"es", "Multa\n\nRedacción | Madrid | 09/04/2025 - 13:15 h.\n\nAESA propone una multa.", "2025-04-09"},
      {"nl", "Boete\n\n22 januari 2025 | Joost van der Veen | Leestijd 4 minuten\n\nDe ACM legde een boete op.", "2025-01-22"},
      // A dateline closed by the end of its sentence or by a dash, when its date is full.
      {"es", "Multas récord\n\nMadrid, 22 de noviembre de 2024. El ministerio ha multado.", "2024-11-22"},
      {"pl", "Warszawa, 12 marca 2024 \u2013 UOKiK nałożył karę.", "2024-03-12"},
      // A press release that opens with its full date alone before a dash.
      {"ro", "Amenzi pentru producători\n\n19.12.2024 \u2013 Consiliul Concurenței a amendat trei firme.", "2024-12-19"},
      {"fr", "Lyon, 3 mars. La Cnil a infligé une amende.", ""},
      // A wire dateline without its year: the years the story names are of other events.
      {"es", "Sevilla, 7 may (EFE).- La CNMC ha multado a la constructora por hechos de 2019 y 2021.", ""},
      {"de", "Bonn, 4. März (dpa) - Das Kartellamt verhängte Bußgelder wegen Absprachen von 2018 bis 2022.", ""},
      // ... unless a time stamp above it names the same day with its year.
      {"en", "March 5, 2025 11:02 AM GMT\n\nLONDON, March 5 (Reuters) - The FCA fined the bank for failings in 2022.", "2025-03-05"},
      {"nl", "12 april 2024, 09:14\n\nDEN HAAG, 12 april (ANP) - De ACM legde boetes op voor afspraken uit 2021.", "2024-04-12"},
      {"en", "March 5, 2025 11:02 AM GMT Updated 2 hours ago\n\nLONDON, March 5 (Reuters) - The FCA fined the bank.", "2025-03-05"},
      // A press release's line of place and full date, with an article before the day.
      {"fr", "Communiqué de presse\n\nParis, le 8 juillet 2025\n\nLa Cnil a infligé une amende.", "2025-07-08"},
      {"es", "Málaga, 2 de octubre de 2024\n\nEl juzgado ha condenado al acusado.", "2024-10-02"},
      {"fr", "Paris, le 8 juillet\n\nLa Cnil a infligé une amende.", ""},
      // The weekday after the article, and a period closing the dateline's line.
      {"fr", "Lyon, le mardi 4 juin 2024.\n\nLe tribunal a prononcé une amende.", "2024-06-04"},
      {"fr", "Lyon, le mardi 4 juin.\n\nLe tribunal a prononcé une amende.", ""},
      {"pt", "Publicado: 18/03/2025 - 19:45\nO Conselho de Disciplina multou o clube.", "2025-03-18"},
      {"de", "Kartellamt verhängt Bußgeld\n\n18.09.2024, 11:42 Uhr\n\nDas Bundeskartellamt hat Geldbußen verhängt.", "2024-09-18"},
      // A place or a word and a full date alone on their line, without a comma; a middle dot before
      // the agency after the time.
      {"cs", "SZPI uložila pokutu\n\nPraha 3. července 2023\n\nSZPI uložila společnosti pokutu.", "2023-07-03"},
      {"fi", "Lehdistötiedote 11.3.2025 | Seuraamukset\n\nFinanssivalvonta on määrännyt seuraamusmaksun.", "2025-03-11"},
      {"de", "Weko büsst Firmen\n\nMontag, 04.09.2023, 10:42 Uhr \u00b7 sda\n\nDie Weko hat drei Firmen gebüsst.", "2023-09-04"},
      {"cs", "SZPI uložila pokutu\n\nPraha 3. července\n\nSZPI uložila společnosti pokutu.", ""},
      // A press release's place and full date on a line of their own; a time zone after the time.
      {"de", "Pressemitteilung\n\nKiel, 3. Juni 2025\n\nDer Landesbeauftragte verhängte ein Bußgeld.", "2025-06-03"},
      {"de", "Kiel, 3. Juni\nDer Landesbeauftragte verhängte ein Bußgeld.", ""},
      {"en", "August 8, 2024 3:25 PM GMT+1\n\nDUBLIN (Reuters) - The regulator fined the firm.", "2024-08-08"},
      {"en", "12 March 2024 The FCA fined Orbex Ltd after it failed to check its clients.", ""},
      {"de", "Aktualisiert: 20.03.2025, 16:40 Uhr\nDie Bafin verhängte ein Bußgeld.", "2025-03-20"},
      {"nl", "Boete voor webwinkel\n\nBijgewerkt: 26 september 2024 14:05\n\nDe AP legde een boete op.", "2024-09-26"},
      // A time of day with its zone after a date line; a year abbreviation after a dateline.
      {"en", "Regulator fines lender\n\nJune 3, 2024 9:10 AM GMT+2\n\nThe regulator fined the lender.", "2024-06-03"},
      {"pl", "Komunikat\n\nKraków, 7 lutego 2024 r.\n\nPrezes urzędu nałożył karę.", "2024-02-07"},
      {"pl", "Kara dla banku\n\nPoznań, 9 października 2023 r. (PAP) – KNF nałożyła karę na bank.", "2023-10-09"},
      {"pl", "Kara dla banku\n\nPoznań, 9 października 2023 r. – KNF nałożyła karę na bank.", "2023-10-09"},
      // A short word before the date, a time word with an accent after it.
      {"fr", "Amende pour une banque\n\nLe 12 mars 2025 à 09h40\n\nL'ACPR a sanctionné la banque.", "2025-03-12"},
      // An agency's name before the place.
      {"it", "(AGI) - MILANO, 4 MAR - L'Autorità ha sanzionato la banca. Lo ha deciso nel 2024.", ""},
      {"it", "(AGI) - MILANO, 4 MAR 2024 - L'Autorità ha sanzionato la banca.", "2024-03-04"},
      // Bylines that end on a full date.
      {"en", "Bank fined\n\nBy Tom Hale | Lisbon | 9 May 2024\n\nThe central bank fined the lender.", "2024-05-09"},
      {"es", "Multa a un banco\n\nPor Ana Ruiz | Sevilla | 4 de febrero de 2025\n\nEl Banco de España ha multado.", "2025-02-04"},
      {"ro", "Amendă pentru o bancă\n\nde Mihai Ionescu, 12 noiembrie 2024\n\nBNR a amendat banca.", "2024-11-12"},
      {"de", "Bußgeld für Bank\n\nVon Eva Roth, 05.11.2024, 09:30 Uhr\n\nDie BaFin verhängte ein Bußgeld.", "2024-11-05"},
      {"fr", "Amende pour une banque\n\nPar Luc Morel \u00b7 21 octobre 2024\n\nL'ACPR a sanctionné la banque.", "2024-10-21"},
      // A sentence that opens a paragraph with lowercase words before a full date is no dateline
      // ("Hintergrund ist die Gewinnwarnung vom 7. November 2022."): the date line above dates it.
      {"de", "Bußgeld\n\n14.08.2024, 15:32 Uhr\n\nDie BaFin verhängte ein Bußgeld.\n\nHintergrund ist die Gewinnwarnung vom 7. November 2022. Damals sank die Prognose.", "2024-08-14"},
      {"da", "Dommen blev afsagt fredag den 1. december 2023. Retten idømte bøder.", ""},
      {"cs", "Praha 12. března 2024 (ČTK) - ÚOHS uložil pokutu.", "2024-03-12"},
      // A lead sentence that ends on a date is no byline.
      {"en", "Bank fined\n\nThe central bank of the country fined the lender, a unit of a larger group, on Friday, 9 May 2024.\n\nIt may appeal.", ""},
      // Cues that stand alone before the date.
      {"nl", "Boete voor bank\n\nBijgewerkt: 14 mei 2024 10:05\n\nDe toezichthouder legde een boete op.", "2024-05-14"},
      {"de", "Bußgeld\n\nAktualisiert: 14.05.2024\n\nDie Behörde verhängte ein Bußgeld.", "2024-05-14"},
      {"it", "Multa\n\nAggiornato: 14 maggio 2024\n\nL'Autorità ha multato la società.", "2024-05-14"},
      {"fr", "Amende\n\nMis à jour 14 mai 2024\n\nLa Cnil a infligé une amende.", "2024-05-14"},
      {"el", "Πρόστιμο\n\nΕνημέρωση: 14 Μαΐου 2024\n\nΗ ΕΕΤΤ επέβαλε πρόστιμο.", "2024-05-14"},
      // A publication line in every language, with a time after the date.
      {"en", "Fine\n\nPublished: 14 May 2024, 10:05\n\nThe regulator fined the bank.", "2024-05-14"},
      {"fr", "Amende\n\nPublié le 14 mai 2024 à 10h05\n\nLa Cnil a infligé une amende.", "2024-05-14"},
      {"de", "Bußgeld\n\nVeröffentlicht am 14. Mai 2024, 10:05 Uhr\n\nDie Behörde verhängte ein Bußgeld.", "2024-05-14"},
      {"nl", "Boete\n\nGepubliceerd: 14 mei 2024 10:05\n\nDe AP legde een boete op.", "2024-05-14"},
      {"it", "Multa\n\nPubblicato il 14 maggio 2024 alle 10:05\n\nIl Garante ha multato la società.", "2024-05-14"},
      {"es", "Multa\n\nPublicado: 14/05/2024 10:05\n\nLa AEPD ha multado a la empresa.", "2024-05-14"},
      {"pt", "Coima\n\nPublicado em 14 de maio de 2024\n\nA CNPD aplicou uma coima.", "2024-05-14"},
      {"el", "Πρόστιμο\n\nΔημοσίευση: 14/05/2024 10:05\n\nΗ ΕΕΤΤ επέβαλε πρόστιμο.", "2024-05-14"},
      {"pl", "Kara\n\nOpublikowano: 14 maja 2024, 10:05\n\nPrezes UODO nałożył karę.", "2024-05-14"},
      {"sv", "Böter\n\nPublicerad 14 maj 2024 kl. 10.05\n\nIMY har beslutat om en avgift.", "2024-05-14"},
      {"da", "Bøde\n\nUdgivet 14. maj 2024 kl. 10.05\n\nDatatilsynet har indstillet en bøde.", "2024-05-14"},
      {"fi", "Sakko\n\nJulkaistu 14.5.2024 10:05\n\nTietosuojavaltuutettu määräsi sakon.", "2024-05-14"},
      {"cs", "Pokuta\n\nPublikováno: 14. 5. 2024 10:05\n\nÚOOÚ uložil pokutu.", "2024-05-14"},
      {"ro", "Amendă\n\nPublicat: 14 mai 2024, 10:05\n\nANSPDCP a amendat compania.", "2024-05-14"},
  };
  for (const Reference& c : cases) {
    const std::string_view text = c.text;
    CAPTURE(text);
    CHECK(recognizer().find_reference(c.text, c.language) == c.expected);
  }
  // At the foot of the article too; but not in the middle of a long paragraph, where "updated
  // on" speaks of something else.
  CHECK(recognizer().find_reference("The CNIL fined Orbex.\nIt may appeal.\nPublished 13 April 2023",
                                    "en") == "2023-04-13");
  // A cue that starts a few bytes before the end of the head searched and runs past it.
  for (std::size_t pad = 990; pad <= 1000; ++pad) {
    const std::string foot = "IMY beslutade om en avgift. " + std::string(pad - 28, 'x') + "\nPublicerad 2024-10-08";
    CAPTURE(pad);
    CHECK(recognizer().find_reference(foot, "sv") == "2024-10-08");
  }
  // A press release's or a wire's signature on the last line, below more lines than the head.
  const std::string body = "Rubrik\n\nFI ger banken en avgift.\n\nBanken har brustit.\n\nBanken kan överklaga.\n\n"
                           "FI har granskat banken.\n\nBanken har samarbetat.\n\n";
  CHECK(recognizer().find_reference(body + "Stockholm den 15 april 2025\n", "sv") == "2025-04-15");
  CHECK(recognizer().find_reference(body + "(ANP, 21 januari 2025)", "nl") == "2025-01-21");
  CHECK(recognizer().find_reference(body + "Aabenraa, 14. juni 2024\n", "da") == "2024-06-14");
  // A page copied from the web may end on the date alone.
  CHECK(recognizer().find_reference(body + "24.01.2024\n", "de") == "2024-01-24");
  CHECK(recognizer().find_reference(body + "\n3 de octubre de 2024\n\n", "es") == "2024-10-03");
  // A bare year or a day without its year says too little.
  CHECK(recognizer().find_reference(body + "2024\n", "de").empty());
  CHECK(recognizer().find_reference(body + "24. Januar\n", "de").empty());
  // A last sentence that ends on a date is no signature.
  CHECK(recognizer().find_reference(body + "Banken fick en varning den 15 april 2025.", "sv").empty());
  const std::string filler(1200, 'x');
  const std::string paragraph = "Orbex " + filler + " rules updated on 3 May 2021 " + filler + " end.";
  CHECK(recognizer().find_reference(paragraph, "en").empty());
}

TEST_CASE("a span of years or days is a period: a date after the reference is to come") {
  struct Span {
    const char* language;
    const char* text;
    const char* mention;
    bool period;
  };
  const Span cases[] = {
      {"en", "The bank failed to check clients between 2017 and 2022.", "2017", true},
      {"en", "The bank failed to check clients between 2017 and 2022.", "2022", true},
      {"en", "The failings ran in 2018\u20132020 at the bank.", "2018", true},
      {"pt", "Combinaram preços entre 2017 e 2022.", "2022", true},
      {"de", "Die Firma sprach von 2019 bis 2021 Preise ab.", "2019", true},
      {"fr", "Les manquements ont duré de 2021 à 2023.", "2021", true},
      {"it", "Le violazioni sono avvenute dal 2017 al 2022.", "2017", true},
      {"es", "Las empresas se repartieron obras entre 2016 y 2019.", "2016", true},
      {"nl", "Het bedrijf rekende van 2021 tot 2023 te veel.", "2023", true},
      {"sv", "Bolaget brast mellan 2018 och 2020.", "2018", true},
      {"ro", "Firma a încălcat regulile între 2019 și 2021.", "2019", true},
      {"pl", "Spółka naruszała przepisy w latach 2017-2022.", "2017", true},
      {"en", "Inspections ran from 1 June \u2013 15 August.", "1 June", true},
      // Two days joined by a word may be two decisions; a year alone is no span.
      {"en", "The board met on 3 and 5 May 2022.", "5 May 2022", false},
      {"en", "The regulator fined the bank in 2022 for failings.", "2022", false},
      {"en", "In 2021, after a year of talks, it was fined in 2022.", "2022", false},
  };
  for (const Span& c : cases) {
    const std::string_view text = c.text;
    CAPTURE(text);
    CAPTURE(c.mention);
    const DateMention* found = nullptr;
    const auto mentions = recognizer().find(text, c.language, "2025-03-12");
    std::string all;
    for (const DateMention& m : mentions) {
      if (text.substr(m.span.begin, m.span.size()) == c.mention) found = &m;
      all += "[" + std::string(text.substr(m.span.begin, m.span.size())) + "=" + m.value + "] ";
    }
    CAPTURE(all);
    REQUIRE(found != nullptr);
    CHECK(found->period == c.period);
  }

  // Against Wednesday 12 March 2025: a hearing in June is to come, December was last year's.
  const std::string_view text = "It was fined in December; the appeal will be heard on 3 June 2025, not on 1 March 2025.";
  const auto mentions = recognizer().find(text, "en", "2025-03-12");
  REQUIRE(mentions.size() == 3);
  CHECK(mentions[0].value == "2024-12");
  CHECK_FALSE(mentions[0].future);
  CHECK(mentions[1].future);
  CHECK_FALSE(mentions[2].future);
  // Without a reference nothing is known to come.
  for (const DateMention& m : recognizer().find(text, "en", "")) CHECK_FALSE(m.future);
}

TEST_CASE("a yearless month or weekday is the last one before the reference") {
  const Case cases[] = {
      {"pt", "A coima foi aplicada em dezembro.", "2025-03-12", "dezembro", "2024-12", R::reference},
      {"de", "Das Bußgeld wurde im Dezember verhängt.", "2025-03-12", "Dezember", "2024-12", R::reference},
      {"fr", "La sanction a été prononcée en novembre.", "2025-03-12", "novembre", "2024-11", R::reference},
      {"it", "La multa è stata inflitta a febbraio.", "2025-03-12", "febbraio", "2025-02", R::reference},
      {"es", "La sanción se impuso el martes.", "2025-03-12", "martes", "2025-03-11", R::reference},
      {"nl", "De boete werd vrijdag opgelegd.", "2025-03-12", "vrijdag", "2025-03-07", R::reference},
      {"pl", "Kara została nałożona w poniedziałek.", "2025-03-12", "poniedziałek", "2025-03-10", R::reference},
      {"sv", "Böterna utdömdes i december.", "2025-03-12", "december", "2024-12", R::reference},
      {"da", "Bøden blev givet i torsdags.", "2025-03-12", "torsdags", "2025-03-06", R::reference},
      {"cs", "Pokutu uložil úřad v prosinci.", "2025-03-12", "prosinci", "2024-12", R::reference},
      {"ro", "Amenda a fost aplicată în decembrie.", "2025-03-12", "decembrie", "2024-12", R::reference},
      {"fi", "Seuraamusmaksu määrättiin joulukuussa.", "2025-03-12", "joulukuussa", "2024-12", R::reference},
      // A yearless month after a paragraph of background takes the year the story had reached.
      {"pl", "Sąd utrzymał karę 4 kwietnia 2024 r. Urząd wydał decyzję w listopadzie 2021 r. W lutym nałożył "
             "kolejną karę.", "", "lutym", "2024-02", R::context},
      {"fi", "KHO antoi ratkaisunsa 3. huhtikuuta 2024. Markkinaoikeus päätti asiasta lokakuussa 2021. Virasto "
             "asetti uhkasakon tammikuussa.", "", "tammikuussa", "2024-01", R::context},
      // ... and a month later in the year than that day is of the year before.
      {"pl", "Sąd utrzymał karę 4 kwietnia 2024 r. Urząd wydał decyzję w listopadzie 2021 r. W październiku "
             "nałożył kolejną karę.", "", "październiku", "2023-10", R::context},
      {"el", "Το πρόστιμο επιβλήθηκε τον Δεκέμβριο.", "2025-03-12", "Δεκέμβριο", "2024-12", R::reference},
      // No reference and no year in the text: the year stays unknown.
      {"en", "The decision was taken on 14 May.", "", "14 May", "XXXX-05-14", R::unresolved},
      {"it", "Il provvedimento è stato adottato il 30 gennaio.", "", "30 gennaio", "XXXX-01-30", R::unresolved},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("a month followed by the year said relatively is that month of that year") {
  // Against Wednesday 12 March 2025.
  const Case cases[] = {
      {"en", "The fine was imposed in August last year.", "2025-03-12", "August last year", "2024-08", R::reference},
      {"fr", "L'amende a été infligée en août de l'année dernière.", "2025-03-12", "août de l'année dernière", "2024-08", R::reference},
      {"de", "Das Bußgeld wurde im August vergangenen Jahres verhängt.", "2025-03-12", "August vergangenen Jahres", "2024-08", R::reference},
      {"nl", "De boete werd in oktober vorig jaar opgelegd.", "2025-03-12", "oktober vorig jaar", "2024-10", R::reference},
      {"it", "La multa è stata inflitta ad agosto dello scorso anno.", "2025-03-12", "agosto dello scorso anno", "2024-08", R::reference},
      {"es", "La multa se impuso en febrero del año pasado.", "2025-03-12", "febrero del año pasado", "2024-02", R::reference},
      {"pt", "A multa foi aplicada em agosto do ano passado.", "2025-03-12", "agosto do ano passado", "2024-08", R::reference},
      {"el", "Το πρόστιμο επιβλήθηκε τον Αύγουστο του περασμένου έτους.", "2025-03-12", "Αύγουστο του περασμένου έτους", "2024-08", R::reference},
      {"pl", "Kara została nałożona w sierpniu ubiegłego roku.", "2025-03-12", "sierpniu ubiegłego roku", "2024-08", R::reference},
      {"sv", "Böterna utdömdes i augusti förra året.", "2025-03-12", "augusti förra året", "2024-08", R::reference},
      {"da", "Bøden blev givet i januar sidste år.", "2025-03-12", "januar sidste år", "2024-01", R::reference},
      {"fi", "Seuraamusmaksu määrättiin elokuussa viime vuonna.", "2025-03-12", "elokuussa viime vuonna", "2024-08", R::reference},
      {"cs", "Pokutu úřad uložil v srpnu minulého roku.", "2025-03-12", "srpnu minulého roku", "2024-08", R::reference},
      {"ro", "Amenda a fost aplicată în august anul trecut.", "2025-03-12", "august anul trecut", "2024-08", R::reference},
  };
  for (const Case& c : cases) check(c);
  // A comma parts them: the month is of its own clause.
  const auto mentions = recognizer().find("La multa se impuso en agosto, el año pasado.", "es", "2025-03-12");
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].value == "2024-08");
}
