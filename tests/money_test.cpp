#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "money/money_recognizer.h"

using finex::MoneyMention;
using finex::MoneyRecognizer;
using finex::Period;

namespace {

const MoneyRecognizer& recognizer() {
  static const MoneyRecognizer r;
  return r;
}

std::string_view slice(std::string_view text, const MoneyMention& m) {
  return text.substr(m.span.begin, m.span.end - m.span.begin);
}

// One amount per sentence: the span's text, its exact value and its currency.
struct Case {
  const char* language;
  const char* sentence;
  const char* span;
  const char* value;
  const char* currency;
};

void check_single(const Case& c) {
  const std::string sentence = c.sentence;
  CAPTURE(sentence);
  const auto mentions = recognizer().find(c.sentence, c.language);
  REQUIRE(mentions.size() == 1);
  CHECK(slice(c.sentence, mentions[0]) == c.span);
  CHECK(mentions[0].value.to_string() == c.value);
  CHECK(mentions[0].currency == c.currency);
}

// Sentences holding numbers that are not money.
struct NotMoney {
  const char* language;
  const char* sentence;
};

void check_none(const NotMoney& c) {
  const std::string sentence = c.sentence;
  CAPTURE(sentence);
  const auto mentions = recognizer().find(c.sentence, c.language);
  const std::string first = mentions.empty() ? "" : std::string(slice(c.sentence, mentions[0]));
  CAPTURE(first);
  CHECK(mentions.empty());
}

}  // namespace

TEST_CASE("the recogniser loads every bundled language") {
  CHECK(recognizer().ok());
  CHECK(recognizer().error().empty());
  MoneyRecognizer only_french({"fr"});
  CHECK(only_french.ok());
}

TEST_CASE("English amounts") {
  const Case cases[] = {
      {"en", "The regulator imposed a fine of €20m on the firm.", "€20m", "20000000", "EUR"},
      {"en", "It must pay € 30.5 million within a month.", "€ 30.5 million", "30500000", "EUR"},
      {"en", "The bank was fined £17million last year.", "£17million", "17000000", "GBP"},
      {"en", "The bank was fined £ 17million last year.", "£ 17million", "17000000", "GBP"},
      {"en", "The group paid US$5bn to settle.", "US$5bn", "5000000000", "USD"},
      {"en", "The group paid $5 billion to settle.", "$5 billion", "5000000000", "USD"},
      {"en", "A penalty of A$2.5m was imposed.", "A$2.5m", "2500000", "AUD"},
      {"en", "The Toronto firm paid C$750,000.", "C$750,000", "750000", "CAD"},
      {"en", "The broker paid HK$12m to the commission.", "HK$12m", "12000000", "HKD"},
      {"en", "Zurich authorities ordered CHF 1.2 million to be paid.", "CHF 1.2 million", "1200000", "CHF"},
      {"en", "The agency fined it ¥300 million.", "¥300 million", "300000000", "JPY"},
      {"en", "The watchdog levied ₹1,337.76 crore on the company.", "₹1,337.76 crore", "13377600000", "INR"},
      {"en", "Authorities fined the company EUR 20 million.", "EUR 20 million", "20000000", "EUR"},
      {"en", "The fine was 5 billion dollars.", "5 billion dollars", "5000000000", "USD"},
      {"en", "It paid 17 million pounds sterling to the FCA.", "17 million pounds sterling", "17000000", "GBP"},
      {"en", "The court ordered 1,234,567.89 euros to be repaid.", "1,234,567.89 euros", "1234567.89", "EUR"},
      {"en", "A fine of 1,234 euros was imposed.", "1,234 euros", "1234", "EUR"},
      {"en", "A fine of €1.234m was imposed.", "€1.234m", "1234000", "EUR"},
      {"en", "It imposed a fine of twenty million euros.", "twenty million euros", "20000000", "EUR"},
      {"en", "The club must pay a million pounds.", "a million pounds", "1000000", "GBP"},
      {"en", "He was fined half a million dollars.", "half a million dollars", "500000", "USD"},
      {"en", "The fine reached twenty-five million euros.", "twenty-five million euros", "25000000", "EUR"},
      {"en", "The fine was two hundred thousand pounds.", "two hundred thousand pounds", "200000", "GBP"},
      {"en", "It received a 1 million 800 thousand euros penalty.", "1 million 800 thousand euros", "1800000", "EUR"},
      {"en", "The total came to €8.85 million.", "€8.85 million", "8850000", "EUR"},
      {"en", "A fine of £811k followed.", "£811k", "811000", "GBP"},
      {"en", "Regulators fined the bank $1.2 bn.", "$1.2 bn", "1200000000", "USD"},
      {"en", "The fine of 250 000 euros was confirmed.", "250 000 euros", "250000", "EUR"},
      {"en", "The fine was 50 million Swedish kronor.", "50 million Swedish kronor", "50000000", "SEK"},
      {"en", "It was fined 3 million zlotys.", "3 million zlotys", "3000000", "PLN"},
      {"en", "The fine, €1.5bn, is a record.", "€1.5bn", "1500000000", "EUR"},
      {"en", "The FTC fined it $5 billion.", "$5 billion", "5000000000", "USD"},
  };
  for (const Case& c : cases) check_single(c);
}

TEST_CASE("French amounts") {
  const Case cases[] = {
      {"fr", "La CNIL a infligé une amende de 20 millions d'euros.", "20 millions d'euros", "20000000", "EUR"},
      {"fr", "Une amende de vingt millions d'euros a été prononcée.", "vingt millions d'euros", "20000000", "EUR"},
      {"fr", "La société devra payer trois millions d'euros.", "trois millions d'euros", "3000000", "EUR"},
      {"fr", "Le montant atteint 1,5 milliard d'euros.", "1,5 milliard d'euros", "1500000000", "EUR"},
      {"fr", "L'amende s'élève à 2,25 millions d'euros.", "2,25 millions d'euros", "2250000", "EUR"},
      {"fr", "Une sanction de 800.000 euros a été prononcée.", "800.000 euros", "800000", "EUR"},
      {"fr", "Une sanction de 800 000 euros a été prononcée.", "800 000 euros", "800000", "EUR"},
      {"fr", "Le total est de 1 234 567,89 euros.", "1 234 567,89 euros", "1234567.89", "EUR"},
      {"fr", "Elle a payé 1,234 million d'euros.", "1,234 million d'euros", "1234000", "EUR"},
      {"fr", "L'amende est de 1.234 euros.", "1.234 euros", "1234", "EUR"},
      {"fr", "Une amende de 30,5 millions d'euros a été infligée.", "30,5 millions d'euros", "30500000", "EUR"},
      {"fr", "L'entreprise a payé 20 M€ au Trésor.", "20 M€", "20000000", "EUR"},
      {"fr", "Le groupe a été condamné à 150 000 €.", "150 000 €", "150000", "EUR"},
      {"fr", "Une amende de 5 millions de dollars a été imposée.", "5 millions de dollars", "5000000", "USD"},
      {"fr", "Elle paiera 2 millions de livres sterling.", "2 millions de livres sterling", "2000000", "GBP"},
      {"fr", "La banque paiera 4 millions de francs suisses.", "4 millions de francs suisses", "4000000", "CHF"},
      {"fr", "Le montant s'élève à un million d'euros.", "un million d'euros", "1000000", "EUR"},
      {"fr", "Il s'agit de vingt-cinq millions d'euros.", "vingt-cinq millions d'euros", "25000000", "EUR"},
      {"fr", "Soit vingt et un millions d'euros au total.", "vingt et un millions d'euros", "21000000", "EUR"},
      {"fr", "Une amende de quatre-vingts millions d'euros.", "quatre-vingts millions d'euros", "80000000", "EUR"},
      {"fr", "La somme atteint deux cents millions d'euros.", "deux cents millions d'euros", "200000000", "EUR"},
      {"fr", "Le montant est de 1 billion d'euros.", "1 billion d'euros", "1000000000000", "EUR"},
      {"fr", "L'amende de 50 000 euros est confirmée.", "50 000 euros", "50000", "EUR"},
      {"fr", "Elle a reçu 2 Mds € d'amende.", "2 Mds €", "2000000000", "EUR"},
      {"fr", "Un montant de 7,5 millions de livres sterling a été fixé.", "7,5 millions de livres sterling", "7500000", "GBP"},
      {"fr", "Google devra verser 500 millions d’euros.", "500 millions d’euros", "500000000", "EUR"},
      {"fr", "Une amende de 10 000 € a été infligée au maire.", "10 000 €", "10000", "EUR"},
      {"fr", "Le régulateur a fixé la sanction à 35 millions d'euros.", "35 millions d'euros", "35000000", "EUR"},
      {"fr", "Amazon a payé 746 millions d'euros au Luxembourg.", "746 millions d'euros", "746000000", "EUR"},
      {"fr", "Une pénalité de 1,2 million d'euros a été décidée.", "1,2 million d'euros", "1200000", "EUR"},
  };
  for (const Case& c : cases) check_single(c);
}

TEST_CASE("German amounts") {
  const Case cases[] = {
      {"de", "Die Behörde verhängte ein Bußgeld von 20 Millionen Euro.", "20 Millionen Euro", "20000000", "EUR"},
      {"de", "Meta muss 1,2 Mrd. EUR zahlen.", "1,2 Mrd. EUR", "1200000000", "EUR"},
      {"de", "Das Bußgeld beträgt 530 Mio. EUR.", "530 Mio. EUR", "530000000", "EUR"},
      {"de", "Das Bußgeld beträgt 80.000 Euro.", "80.000 Euro", "80000", "EUR"},
      {"de", "Es wurden 1.234.567,89 Euro fällig.", "1.234.567,89 Euro", "1234567.89", "EUR"},
      {"de", "Die Strafe liegt bei 1.234 Euro.", "1.234 Euro", "1234", "EUR"},
      {"de", "Die Strafe liegt bei 2,5 Millionen Euro.", "2,5 Millionen Euro", "2500000", "EUR"},
      {"de", "Die Firma zahlt zwei Millionen Euro.", "zwei Millionen Euro", "2000000", "EUR"},
      {"de", "Die Bank zahlt eine Million Euro.", "eine Million Euro", "1000000", "EUR"},
      {"de", "Das Unternehmen zahlte 5,6 Milliarden Euro.", "5,6 Milliarden Euro", "5600000000", "EUR"},
      {"de", "Die Strafe betrug CHF 1,2 Mio.", "CHF 1,2 Mio.", "1200000", "CHF"},
      {"de", "Die Bank zahlte 3 Mio. Franken.", "3 Mio. Franken", "3000000", "CHF"},
      {"de", "Die Strafe beträgt 1'234.50 Franken.", "1'234.50 Franken", "1234.5", "CHF"},
      {"de", "Der Konzern zahlte 5 Milliarden US-Dollar.", "5 Milliarden US-Dollar", "5000000000", "USD"},
      {"de", "Die Aufsicht verhängte 300.000 Pfund.", "300.000 Pfund", "300000", "GBP"},
      {"de", "Ein Bußgeld von 14,5 Mio. Euro wurde verhängt.", "14,5 Mio. Euro", "14500000", "EUR"},
      {"de", "Insgesamt sind es rund 205 Millionen Euro.", "205 Millionen Euro", "205000000", "EUR"},
      {"de", "Es drohen 1 Billion Euro Schaden.", "1 Billion Euro", "1000000000000", "EUR"},
      {"de", "Die Strafe beträgt 20 € pro Verstoß.", "20 €", "20", "EUR"},
      {"de", "Das Bußgeld von 35.000 € ist rechtskräftig.", "35.000 €", "35000", "EUR"},
      {"de", "Es wurden 100 Tsd. Euro verhängt.", "100 Tsd. Euro", "100000", "EUR"},
      {"de", "Ein Bußgeld über 9,55 Millionen Euro wurde verhängt.", "9,55 Millionen Euro", "9550000", "EUR"},
      {"de", "Die Kartellstrafe lag bei 3,2 Mrd. Euro.", "3,2 Mrd. Euro", "3200000000", "EUR"},
      {"de", "Der Händler muss 10,4 Mio. € zahlen.", "10,4 Mio. €", "10400000", "EUR"},
      {"de", "Die Bank zahlt drei Milliarden Euro.", "drei Milliarden Euro", "3000000000", "EUR"},
      {"de", "Das Amt verlangte 50.000 Euro.", "50.000 Euro", "50000", "EUR"},
      {"de", "Die Geldbuße beträgt 1,1 Millionen Euro.", "1,1 Millionen Euro", "1100000", "EUR"},
      {"de", "Der Betrag beläuft sich auf 725.000 Euro.", "725.000 Euro", "725000", "EUR"},
      {"de", "Eine Strafe von 900 Millionen Dollar droht.", "900 Millionen Dollar", "900000000", "USD"},
      {"de", "Die Geldbuße von 12,50 Euro ist gering.", "12,50 Euro", "12.5", "EUR"},
  };
  for (const Case& c : cases) check_single(c);
}

TEST_CASE("Dutch amounts") {
  const Case cases[] = {
      {"nl", "De toezichthouder legde een boete op van 30,5 miljoen euro.", "30,5 miljoen euro", "30500000", "EUR"},
      {"nl", "Het bedrijf kreeg een boete van € 30,5 miljoen.", "€ 30,5 miljoen", "30500000", "EUR"},
      {"nl", "Intel kreeg een bedrag van exact 1 miljard euro.", "1 miljard euro", "1000000000", "EUR"},
      {"nl", "De boete komt boven de miljard euro uit.", "de miljard euro", "1000000000", "EUR"},
      {"nl", "Het gaat om een miljard euro.", "een miljard euro", "1000000000", "EUR"},
      {"nl", "De boete bedraagt 80 miljoen euro.", "80 miljoen euro", "80000000", "EUR"},
      {"nl", "De boete bedraagt 725.000 euro.", "725.000 euro", "725000", "EUR"},
      {"nl", "De boete bedraagt 1.234 euro.", "1.234 euro", "1234", "EUR"},
      {"nl", "Er werd 1.234.567,89 euro betaald.", "1.234.567,89 euro", "1234567.89", "EUR"},
      {"nl", "De bank betaalt twee miljoen euro.", "twee miljoen euro", "2000000", "EUR"},
      {"nl", "De boete van €475.000 is definitief.", "€475.000", "475000", "EUR"},
      {"nl", "De ACM legde 3 mln euro op.", "3 mln euro", "3000000", "EUR"},
      {"nl", "Het bedrijf betaalde 2,5 mld euro.", "2,5 mld euro", "2500000000", "EUR"},
      {"nl", "De boete is 10 miljoen dollar.", "10 miljoen dollar", "10000000", "USD"},
      {"nl", "Er werd 5 miljoen pond betaald.", "5 miljoen pond", "5000000", "GBP"},
      {"nl", "De boete bedraagt € 150.000.", "€ 150.000", "150000", "EUR"},
      {"nl", "Het ging om anderhalf miljoen euro.", "anderhalf miljoen euro", "1500000", "EUR"},
      {"nl", "De AP legde een boete op van 525.000 euro.", "525.000 euro", "525000", "EUR"},
      {"nl", "De maximale boete is 20 miljoen euro.", "20 miljoen euro", "20000000", "EUR"},
      {"nl", "Er is 2,75 miljoen euro betaald.", "2,75 miljoen euro", "2750000", "EUR"},
      {"nl", "Uber kreeg een boete van 290 miljoen euro.", "290 miljoen euro", "290000000", "EUR"},
      {"nl", "Het bedrijf moest vijf miljoen euro betalen.", "vijf miljoen euro", "5000000", "EUR"},
      {"nl", "De bank kreeg een boete van 775 miljoen euro.", "775 miljoen euro", "775000000", "EUR"},
      {"nl", "Het totaal komt op 3 miljard euro.", "3 miljard euro", "3000000000", "EUR"},
      {"nl", "De boete van 600.000 euro blijft staan.", "600.000 euro", "600000", "EUR"},
      {"nl", "Het gaat om 12,5 miljoen euro.", "12,5 miljoen euro", "12500000", "EUR"},
      {"nl", "Er moest 10.000 euro worden betaald.", "10.000 euro", "10000", "EUR"},
      {"nl", "De boete bedroeg 460.000 euro.", "460.000 euro", "460000", "EUR"},
      {"nl", "Het kost 1 biljoen euro.", "1 biljoen euro", "1000000000000", "EUR"},
      {"nl", "De bank betaalde 40 miljoen Zwitserse frank.", "40 miljoen Zwitserse frank", "40000000", "CHF"},
  };
  for (const Case& c : cases) check_single(c);
}

TEST_CASE("Italian amounts") {
  const Case cases[] = {
      {"it", "Il Garante ha inflitto una sanzione di 20 milioni di euro.", "20 milioni di euro", "20000000", "EUR"},
      {"it", "Una sanzione di 79.107.101 euro è stata inflitta.", "79.107.101 euro", "79107101", "EUR"},
      {"it", "La multa è di 1 milione e 800mila euro.", "1 milione e 800mila euro", "1800000", "EUR"},
      {"it", "La società pagherà 800mila euro.", "800mila euro", "800000", "EUR"},
      {"it", "La multa scende a 878,2 milioni di euro.", "878,2 milioni di euro", "878200000", "EUR"},
      {"it", "La sanzione arriva a due milioni di euro.", "due milioni di euro", "2000000", "EUR"},
      {"it", "Il totale è un miliardo di euro.", "un miliardo di euro", "1000000000", "EUR"},
      {"it", "La multa è di 1,5 miliardi di euro.", "1,5 miliardi di euro", "1500000000", "EUR"},
      {"it", "La sanzione è di 1.234 euro.", "1.234 euro", "1234", "EUR"},
      {"it", "Il costo è di 1.234.567,89 euro.", "1.234.567,89 euro", "1234567.89", "EUR"},
      {"it", "La multa è di 5 milioni di dollari.", "5 milioni di dollari", "5000000", "USD"},
      {"it", "La banca pagherà 3 milioni di sterline.", "3 milioni di sterline", "3000000", "GBP"},
      {"it", "L'Antitrust ha multato la società per 10 mln di euro.", "10 mln di euro", "10000000", "EUR"},
      {"it", "La sanzione di 2 mld di euro è record.", "2 mld di euro", "2000000000", "EUR"},
      {"it", "La multa è di 15mila euro.", "15mila euro", "15000", "EUR"},
      {"it", "Una sanzione da 500.000 euro è stata comminata.", "500.000 euro", "500000", "EUR"},
      {"it", "La sanzione ammonta a 3,5 milioni di euro.", "3,5 milioni di euro", "3500000", "EUR"},
      {"it", "La società dovrà pagare tre milioni di euro.", "tre milioni di euro", "3000000", "EUR"},
      {"it", "La multa è di mezzo milione di euro.", "mezzo milione di euro", "500000", "EUR"},
      {"it", "Sono stati versati € 4.500.000 allo Stato.", "€ 4.500.000", "4500000", "EUR"},
      {"it", "La sanzione di 60.000 euro è confermata.", "60.000 euro", "60000", "EUR"},
      {"it", "Il Garante ha sanzionato l'azienda per 26,5 milioni di euro.", "26,5 milioni di euro", "26500000", "EUR"},
      {"it", "L'importo è di 1,128 miliardi di euro.", "1,128 miliardi di euro", "1128000000", "EUR"},
      {"it", "La multa di 7 milioni di euro è stata ridotta.", "7 milioni di euro", "7000000", "EUR"},
      {"it", "Una multa di 102 milioni di euro è stata inflitta.", "102 milioni di euro", "102000000", "EUR"},
      {"it", "La società ha pagato 1 milione di euro.", "1 milione di euro", "1000000", "EUR"},
      {"it", "Pagherà venti milioni di euro.", "venti milioni di euro", "20000000", "EUR"},
      {"it", "La multa era di 200mila euro.", "200mila euro", "200000", "EUR"},
      {"it", "Il conto è di 4 milioni di franchi svizzeri.", "4 milioni di franchi svizzeri", "4000000", "CHF"},
      {"it", "La multa è di 10 miliardi di euro.", "10 miliardi di euro", "10000000000", "EUR"},
  };
  for (const Case& c : cases) check_single(c);
}

TEST_CASE("Spanish amounts") {
  const Case cases[] = {
      {"es", "La AEPD impuso una multa de 20 millones de euros.", "20 millones de euros", "20000000", "EUR"},
      {"es", "Telefónica fue sancionada con 8,5 millones de euros.", "8,5 millones de euros", "8500000", "EUR"},
      {"es", "La sanción suma seis millones de euros.", "seis millones de euros", "6000000", "EUR"},
      {"es", "Recibe una sanción leve de dos millones de euros.", "dos millones de euros", "2000000", "EUR"},
      {"es", "Los directivos pagarán 660.000 euros.", "660.000 euros", "660000", "EUR"},
      {"es", "Los directivos pagarán 660 mil euros.", "660 mil euros", "660000", "EUR"},
      {"es", "La multa asciende a 1.000 millones de euros.", "1.000 millones de euros", "1000000000", "EUR"},
      {"es", "La multa asciende a mil millones de euros.", "mil millones de euros", "1000000000", "EUR"},
      {"es", "La multa asciende a 2 mil millones de euros.", "2 mil millones de euros", "2000000000", "EUR"},
      {"es", "El daño se estima en un billón de euros.", "un billón de euros", "1000000000000", "EUR"},
      {"es", "La sanción es de 1.234 euros.", "1.234 euros", "1234", "EUR"},
      {"es", "El importe es de 1.234.567,89 euros.", "1.234.567,89 euros", "1234567.89", "EUR"},
      {"es", "La multa fue de 5 millones de dólares.", "5 millones de dólares", "5000000", "USD"},
      {"es", "Pagará 3 millones de libras esterlinas.", "3 millones de libras esterlinas", "3000000", "GBP"},
      {"es", "La CNMC impuso 128,8 millones de euros.", "128,8 millones de euros", "128800000", "EUR"},
      {"es", "La sanción es de un millón de euros.", "un millón de euros", "1000000", "EUR"},
      {"es", "La sanción es de medio millón de euros.", "medio millón de euros", "500000", "EUR"},
      {"es", "La multa es de treinta y cinco millones de euros.", "treinta y cinco millones de euros", "35000000", "EUR"},
      {"es", "El banco pagará 40.000 €.", "40.000 €", "40000", "EUR"},
      {"es", "La sanción es de 75.000 euros.", "75.000 euros", "75000", "EUR"},
      {"es", "Se impuso una multa de 1,5 millones de euros.", "1,5 millones de euros", "1500000", "EUR"},
      {"es", "La empresa pagará cuatro millones de euros.", "cuatro millones de euros", "4000000", "EUR"},
      {"es", "El total es de 12 millones de euros.", "12 millones de euros", "12000000", "EUR"},
      {"es", "La sanción alcanza 300.000 euros.", "300.000 euros", "300000", "EUR"},
      {"es", "La multa es de 10 M€.", "10 M€", "10000000", "EUR"},
      {"es", "La multa es de 2 millones de francos suizos.", "2 millones de francos suizos", "2000000", "CHF"},
      {"es", "La AEPD impuso 6,1 millones de euros.", "6,1 millones de euros", "6100000", "EUR"},
      {"es", "El importe llega a 250.000 euros.", "250.000 euros", "250000", "EUR"},
      {"es", "La empresa abonará 3.000 euros.", "3.000 euros", "3000", "EUR"},
      {"es", "La multa es de 1 millón de euros.", "1 millón de euros", "1000000", "EUR"},
  };
  for (const Case& c : cases) check_single(c);
}

TEST_CASE("Portuguese amounts") {
  const Case cases[] = {
      {"pt", "A CNPD aplicou uma coima no valor de 1,25 milhões de euros.", "1,25 milhões de euros", "1250000", "EUR"},
      {"pt", "A multa foi de 600 mil euros.", "600 mil euros", "600000", "EUR"},
      {"pt", "A empresa pagará dois milhões de euros.", "dois milhões de euros", "2000000", "EUR"},
      {"pt", "A coima é de 1.234 euros.", "1.234 euros", "1234", "EUR"},
      {"pt", "O valor é de 1.234.567,89 euros.", "1.234.567,89 euros", "1234567.89", "EUR"},
      {"pt", "A multa chega a R$ 5 milhões.", "R$ 5 milhões", "5000000", "BRL"},
      {"pt", "A multa chega a R$5 mi.", "R$5 mi", "5000000", "BRL"},
      {"pt", "A empresa pagará 3 milhões de reais.", "3 milhões de reais", "3000000", "BRL"},
      {"pt", "A coima foi de um milhão de euros.", "um milhão de euros", "1000000", "EUR"},
      {"pt", "A coima foi de mil milhões de euros.", "mil milhões de euros", "1000000000", "EUR"},
      {"pt", "O banco pagou 2 bilhões de dólares.", "2 bilhões de dólares", "2000000000", "USD"},
      {"pt", "A coima ascende a 4,5 milhões de euros.", "4,5 milhões de euros", "4500000", "EUR"},
      {"pt", "A multa foi de 47 mil euros.", "47 mil euros", "47000", "EUR"},
      {"pt", "A multa foi de 10.000 euros.", "10.000 euros", "10000", "EUR"},
      {"pt", "A coima é de três milhões de euros.", "três milhões de euros", "3000000", "EUR"},
      {"pt", "O total chega a 2 mil milhões de euros.", "2 mil milhões de euros", "2000000000", "EUR"},
      {"pt", "A sanção foi de 20 milhões de euros.", "20 milhões de euros", "20000000", "EUR"},
      {"pt", "A empresa foi multada em 5 milhões de libras.", "5 milhões de libras", "5000000", "GBP"},
      {"pt", "A coima é de 250.000 euros.", "250.000 euros", "250000", "EUR"},
      {"pt", "O regulador aplicou 400 mil euros.", "400 mil euros", "400000", "EUR"},
      {"pt", "A coima é de meio milhão de euros.", "meio milhão de euros", "500000", "EUR"},
      {"pt", "A coima foi fixada em 2,54 milhões de euros.", "2,54 milhões de euros", "2540000", "EUR"},
      {"pt", "A multa atinge 8 milhões de euros.", "8 milhões de euros", "8000000", "EUR"},
      {"pt", "O valor é de 30 mil euros.", "30 mil euros", "30000", "EUR"},
      {"pt", "A multa é de 1 milhão de euros.", "1 milhão de euros", "1000000", "EUR"},
      {"pt", "O banco pagou 12,5 milhões de dólares.", "12,5 milhões de dólares", "12500000", "USD"},
      {"pt", "A coima foi de 7.500 euros.", "7.500 euros", "7500", "EUR"},
      {"pt", "A empresa pagou vinte milhões de euros.", "vinte milhões de euros", "20000000", "EUR"},
      {"pt", "A multa foi de € 90.000.", "€ 90.000", "90000", "EUR"},
      {"pt", "A coima foi de 1,49 milhões de euros.", "1,49 milhões de euros", "1490000", "EUR"},
  };
  for (const Case& c : cases) check_single(c);
}

TEST_CASE("Swedish and Polish amounts") {
  const Case cases[] = {
      {"sv", "Bolaget fick betala 50 miljoner kronor.", "50 miljoner kronor", "50000000", "SEK"},
      {"sv", "Avgiften är 75 000 kr.", "75 000 kr", "75000", "SEK"},
      {"pl", "Urząd nałożył karę 2,8 mln zł.", "2,8 mln zł", "2800000", "PLN"},
      {"pl", "Kara wynosi 100 tys. złotych.", "100 tys. złotych", "100000", "PLN"},
  };
  for (const Case& c : cases) check_single(c);
}

TEST_CASE("numbers that are not money") {
  const NotMoney cases[] = {
      {"en", "Fines can reach 4% of global turnover."},
      {"en", "The decision was taken in 2022 under Article 83."},
      {"en", "The company scraped 20 billion images from the web."},
      {"en", "About 10.5 million people were affected."},
      {"en", "The app has 1 million users in France."},
      {"en", "Call +33 1 23 45 67 89 for details."},
      {"en", "The hearing took place on 17.10.2022."},
      {"en", "Version 2.5 of the app fixed the flaw."},
      {"en", "The match ended 3-1 after 90 minutes."},
      {"en", "The runners covered 20m in two seconds."},
      {"en", "It was paid in euros 5 years ago."},
      {"fr", "Plus de 2 millions d'utilisateurs sont concernés."},
      {"fr", "L'article 83 du RGPD prévoit jusqu'à 4 % du chiffre d'affaires."},
      {"de", "Rund 5 Millionen Menschen nutzen den Dienst."},
      {"de", "Das Gesetz von 2018 sieht in Artikel 83 Strafen vor."},
      {"nl", "Ruim 3 miljoen klanten zijn getroffen."},
      {"it", "Sono coinvolti 12 milioni di utenti."},
      {"es", "Más de 3 millones de personas usan la aplicación."},
      {"es", "Un millón de clientes fueron afectados en 2021."},
      {"pt", "Cerca de 2 milhões de pessoas foram afetadas."},
      {"en", "Twenty firms were inspected in 2021."},
  };
  for (const NotMoney& c : cases) check_none(c);
}

TEST_CASE("a scaled amount without currency takes the currency of a neighbour") {
  struct Implied {
    const char* language;
    const char* text;
    const char* span;
    const char* value;
  };
  const Implied cases[] = {
      {"fr", "L'amende a été ramenée de 331 millions à 228 millions d'euros.", "331 millions", "331000000"},
      {"es", "Una multa de seis millones de euros, de ellos cuatro millones al banco.", "cuatro millones", "4000000"},
      {"it", "La multa scende da oltre un miliardo a 878 milioni di euro.", "un miliardo", "1000000000"},
      {"es", "La multa suma 20 millones de euros. La mayor, 118 millones para Adif.", "118 millones", "118000000"},
      {"fr", "Une amende de 200 millions d'euros (dont 68,7 millions pour Amazon).", "68,7 millions", "68700000"},
  };
  for (const Implied& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto mentions = recognizer().find(c.text, c.language);
    REQUIRE(mentions.size() == 2);
    bool seen = false;
    for (const auto& m : mentions)
      if (slice(c.text, m) == c.span) {
        seen = true;
        CHECK(m.value.to_string() == c.value);
        CHECK(m.currency == "EUR");
      }
    CHECK(seen);
  }
  // No written currency anywhere: a scaled number stays a number.
  CHECK(recognizer().find("La multa asciende a 118 millones para las empresas.", "es").empty());
  // A count keeps its noun even next to money.
  const std::string text = "A fine of €5m was imposed; 20 million users were affected.";
  CHECK(recognizer().find(text, "en").size() == 1);
}

TEST_CASE("an amount of a list takes the currency the list writes once") {
  struct Listed {
    const char* language;
    const char* text;
    const char* span;
    const char* value;
    const char* currency;
  };
  const Listed cases[] = {
      {"es", "Las sanciones quedan así:\nVolaria: 41,2 millones de euros\nSkyVela: 29,7 millones\n", "29,7 millones",
       "29700000", "EUR"},
      {"de", "Die Bußgelder im Überblick:\nAlpha AG: 4,2 Mio. Euro\nBeta GmbH \u2013 1,8 Mio.\n", "1,8 Mio.", "1800000",
       "EUR"},
      {"it", "Le sanzioni:\nAlfa S.p.A.: 3,2 milioni di euro\nBeta S.r.l.: 1,1 milioni\nIl ricorso", "1,1 milioni",
       "1100000", "EUR"},
      {"pl", "Kary nałożone przez UOKiK:\nAlfa sp. z o.o. | 2,5 mln zł\nBeta S.A. | 1,2 mln\n", "1,2 mln", "1200000",
       "PLN"},
  };
  for (const Listed& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto mentions = recognizer().find(c.text, c.language);
    REQUIRE(mentions.size() == 2);
    CHECK(slice(c.text, mentions[1]) == c.span);
    CHECK(mentions[1].value.to_string() == c.value);
    CHECK(mentions[1].currency == c.currency);
  }
  // The first items of a list written with its currency once, after the last.
  const std::string listed = "Multas de 400.000, 180.000 y 120.000 euros, respectivamente.";
  const auto items = recognizer().find(listed, "es");
  REQUIRE(items.size() == 3);
  CHECK(slice(listed, items[0]) == "400.000");
  CHECK(items[0].value.to_string() == "400000");
  CHECK(items[0].currency == "EUR");
  const std::string german = "Bußgelder von 400.000, 180.000 und 120.000 Euro.";
  const auto german_items = recognizer().find(german, "de");
  REQUIRE(german_items.size() == 3);
  CHECK(german_items[0].currency == "EUR");
  // Not a year, nor a small count, before the list.
  CHECK(recognizer().find("En 2023, 180.000 y 120.000 euros.", "es").size() == 2);
  // A headline's last words after its colon are no item of a list.
  CHECK(recognizer().find("Il Tar taglia la multa: da 5 a 3,5 milioni\nMarta Ferrandi\nLa multa era di 5 milioni di euro.", "it")
            .size() == 1);
  // A count at a line's end, after no mark of a list item, keeps its noun on the next line.
  const std::string wrapped = "Ein Bußgeld von 5 Mio. Euro wurde verhängt. Betroffen waren 2 Millionen\nKunden der Bank.";
  CHECK(recognizer().find(wrapped, "de").size() == 1);
}

TEST_CASE("per-period amounts") {
  struct Rate {
    const char* language;
    const char* text;
    const char* span;
    Period period;
  };
  const Rate cases[] = {
      {"en", "A penalty of 100,000 euros per day of delay.", "100,000 euros", Period::day},
      {"en", "It must pay €50,000 a day until it complies.", "€50,000", Period::day},
      {"en", "It must pay €1m per month.", "€1m", Period::month},
      {"fr", "Une astreinte de 100 000 euros par jour de retard.", "100 000 euros", Period::day},
      {"de", "Ein Zwangsgeld von 10.000 Euro pro Tag wurde verhängt.", "10.000 Euro", Period::day},
      {"nl", "Een dwangsom van 50.000 euro per dag.", "50.000 euro", Period::day},
      {"it", "Una penalità di 10.000 euro al giorno.", "10.000 euro", Period::day},
      {"es", "Una multa coercitiva de 6.000 euros por día.", "6.000 euros", Period::day},
      {"pt", "Uma sanção de 5.000 euros por dia.", "5.000 euros", Period::day},
      {"en", "The fine of €20m was imposed.", "€20m", Period::none},
  };
  for (const Rate& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto mentions = recognizer().find(c.text, c.language);
    REQUIRE(mentions.size() == 1);
    CHECK(slice(c.text, mentions[0]) == c.span);
    CHECK(mentions[0].period == c.period);
  }
}

TEST_CASE("ranges give both ends") {
  struct Range {
    const char* language;
    const char* text;
    const char* first_span;
    const char* first_value;
    const char* second_value;
    const char* currency;
  };
  const Range cases[] = {
      {"en", "Fines between €10m and €20m are expected.", "€10m", "10000000", "20000000", "EUR"},
      {"en", "Penalties ranging from $66,000 to $200,000 each.", "$66,000", "66000", "200000", "USD"},
      {"en", "A fine between 10 and 20 million euros is likely.", "10", "10000000", "20000000", "EUR"},
      {"fr", "Une amende entre 10 et 20 millions d'euros.", "10", "10000000", "20000000", "EUR"},
      {"de", "Ein Bußgeld zwischen 5 und 10 Millionen Euro droht.", "5", "5000000", "10000000", "EUR"},
      {"nl", "Een boete tussen 2 en 4 miljoen euro.", "2", "2000000", "4000000", "EUR"},
      {"it", "Una multa tra 1 e 3 milioni di euro.", "1", "1000000", "3000000", "EUR"},
      {"es", "Una multa entre 5 y 10 millones de euros.", "5", "5000000", "10000000", "EUR"},
      {"pt", "Uma coima entre 2 e 4 milhões de euros.", "2", "2000000", "4000000", "EUR"},
      {"de", "Es drohen 5-10 Millionen Euro.", "5", "5000000", "10000000", "EUR"},
  };
  for (const Range& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto mentions = recognizer().find(c.text, c.language);
    REQUIRE(mentions.size() == 2);
    CHECK(slice(c.text, mentions[0]) == c.first_span);
    CHECK(mentions[0].value.to_string() == c.first_value);
    CHECK(mentions[1].value.to_string() == c.second_value);
    CHECK(mentions[0].currency == c.currency);
    CHECK(mentions[1].currency == c.currency);
    CHECK(mentions[0].range_with == 1);
    CHECK(mentions[1].range_with == 0);
  }
  // Two fines joined by "and" without "between" are not a range.
  const auto two = recognizer().find("It fined A €5m and B €3m.", "en");
  REQUIRE(two.size() == 2);
  CHECK(two[0].range_with == -1);
}

TEST_CASE("conversions point at the amount they convert") {
  const std::string text = "A penalty of £7.5 million (€8.64 million / $8.49 million) was imposed.";
  const auto m = recognizer().find(text, "en");
  REQUIRE(m.size() == 3);
  CHECK(m[0].currency == "GBP");
  CHECK(m[0].equivalent_of == -1);
  CHECK(m[1].currency == "EUR");
  CHECK(m[1].value.to_string() == "8640000");
  CHECK(m[1].equivalent_of == 0);
  CHECK(m[2].currency == "USD");
  CHECK(m[2].equivalent_of == 0);

  const std::string text2 = "It was fined more than 1 billion euros ($1.1 billion) on Monday.";
  const auto m2 = recognizer().find(text2, "en");
  REQUIRE(m2.size() == 2);
  CHECK(slice(text2, m2[0]) == "1 billion euros");
  CHECK(m2[1].equivalent_of == 0);

  const std::string text3 = "Une amende de 20 millions d'euros (21,5 millions de dollars).";
  const auto m3 = recognizer().find(text3, "fr");
  REQUIRE(m3.size() == 2);
  CHECK(m3[1].currency == "USD");
  CHECK(m3[1].equivalent_of == 0);
}

TEST_CASE("a bare dollar follows the dollar the document names") {
  const std::string text = "The court fined it A$10m. The $10m penalty is the largest.";
  const auto m = recognizer().find(text, "en");
  REQUIRE(m.size() == 2);
  CHECK(m[0].currency == "AUD");
  CHECK(m[1].currency == "AUD");
  const auto usd = recognizer().find("The SEC fined it $10m.", "en");
  REQUIRE(usd.size() == 1);
  CHECK(usd[0].currency == "USD");
  CHECK(recognizer().find("Boten var 20 000 kr.", "sv").at(0).currency == "SEK");
}

TEST_CASE("false friends between languages") {
  CHECK(recognizer().find("It paid 1 billion euros.", "en").at(0).value.to_string() == "1000000000");
  CHECK(recognizer().find("Il a payé 1 billion d'euros.", "fr").at(0).value.to_string() ==
        "1000000000000");
  CHECK(recognizer().find("Er zahlte 1 Billion Euro.", "de").at(0).value.to_string() ==
        "1000000000000");
  CHECK(recognizer().find("Pagó mil millones de euros.", "es").at(0).value.to_string() ==
        "1000000000");
  CHECK(recognizer().find("Pagó un billón de euros.", "es").at(0).value.to_string() ==
        "1000000000000");
  // A lone mark with three digits after it groups thousands, whatever the language: money has
  // no third decimal ("415,000 dólares" in Mexican Spanish, "1.234 euros" in English); before a
  // scale word it is the decimal mark of the language.
  CHECK(recognizer().find("It paid 1.234 euros.", "en").at(0).value.to_string() == "1234");
  CHECK(recognizer().find("Er zahlte 1.234 Euro.", "de").at(0).value.to_string() == "1234");
  CHECK(recognizer().find("Pagó 415,000 dólares.", "es").at(0).value.to_string() == "415000");
  CHECK(recognizer().find("Pagó 1,250 millones de euros.", "es").at(0).value.to_string() == "1250000");
  CHECK(recognizer().find("It paid 2.5 euros.", "en").at(0).value.to_string() == "2.5");
}

TEST_CASE("Swiss francs in German, French and Italian") {
  const Case cases[] = {
      {"de", "Die Firma muss nur noch Fr. 5 Mio. bezahlen.", "Fr. 5 Mio.", "5000000", "CHF"},
      {"de", "Die Busse von Fr. 1'240'000 bleibt bestehen.", "Fr. 1'240'000", "1240000", "CHF"},
      {"de", "Die Busse von Fr. 1’240’000 bleibt bestehen.", "Fr. 1’240’000", "1240000", "CHF"},
      {"de", "Ihre Busse von 380'000 Franken ist rechtskräftig.", "380'000 Franken", "380000", "CHF"},
      {"de", "Die Bank zahlte sFr. 2,5 Mio. an die Aufsicht.", "sFr. 2,5 Mio.", "2500000", "CHF"},
      {"fr", "La société devra payer Fr. 250'000 d'amende.", "Fr. 250'000", "250000", "CHF"},
      {"fr", "L'amende de 90 000 francs est confirmée.", "90 000 francs", "90000", "CHF"},
      {"it", "La multa di fr. 40'000 è stata confermata.", "fr. 40'000", "40000", "CHF"},
      {"it", "Una sanzione di 120'000 franchi è stata inflitta.", "120'000 franchi", "120000", "CHF"},
  };
  for (const Case& c : cases) check_single(c);
  // "Fr." before a day of the month is Friday.
  const NotMoney dates[] = {
      {"de", "Die Anhörung ist am Fr. 5. Mai."},
      {"de", "Termin: Fr. 12.05. um 10 Uhr."},
  };
  for (const NotMoney& c : dates) check_none(c);
}

TEST_CASE("a table names the currency of its column in the header") {
  struct Column {
    const char* language;
    const char* text;
    std::vector<std::pair<const char*, const char*>> amounts;  // value, currency
  };
  const Column cases[] = {
      {"es", "| Empresa | Multa (euros) |\n| Alfa Seguridad, S.L. | 9.870.000 |\n| Beta Vigilancia, S.A. | 418.000 |",
       {{"9870000", "EUR"}, {"418000", "EUR"}}},
      // The scale of the header applies to the bare numbers under it.
      {"de", "| Unternehmen | Sitz | Geldbuße (Mio. Euro) |\n| Orbex GmbH | Hamm | 14,2 |\n| Lindner AG | Kassel | 3,1 |",
       {{"14200000", "EUR"}, {"3100000", "EUR"}}},
      // Only the column whose header names the currency: the year column stays a year.
      {"en", "| Company | Year | Penalty (GBP) |\n| Orbex Ltd | 2021 | 250,000 |", {{"250000", "GBP"}}},
      // Aligned columns, once their spacing is gone: the number that ends each line.
      {"de", "Bußgelder in Euro\nOrbex GmbH 120.000\nLindner AG 80.000", {{"120000", "EUR"}, {"80000", "EUR"}}},
  };
  for (const Column& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto mentions = recognizer().find(text, c.language);
    REQUIRE(mentions.size() == c.amounts.size());
    for (std::size_t k = 0; k < mentions.size(); ++k) {
      CHECK(mentions[k].value.to_string() == c.amounts[k].first);
      CHECK(mentions[k].currency == c.amounts[k].second);
    }
  }
  // A number that shares its cell with words is no column's number.
  CHECK(recognizer().find("| Firma | Betrag (EUR) |\n| Orbex | etwa 500 Kunden |", "de").empty());
}

TEST_CASE("an amount without currency before 'respectively' takes the currency of the next") {
  const struct {
    const char* language;
    const char* text;
    const char* first;
  } cases[] = {
      {"de", "Die Vereine zahlen 24.000 bzw. 61.750 Euro.", "24000"},
      {"en", "They pay 40,000 respectively 25,000 euros.", "40000"},
      {"fr", "Ils paient 30 000 respectivement 20 000 euros.", "30000"},
      {"it", "Pagano 15.000 rispettivamente 9.000 euro.", "15000"},
      {"pl", "Zapłacą 50 000 odpowiednio 30 000 zł.", "50000"},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto mentions = recognizer().find(text, c.language);
    REQUIRE(mentions.size() == 2);
    CHECK(mentions[0].value.to_string() == c.first);
    CHECK(mentions[0].currency == mentions[1].currency);
  }
}
