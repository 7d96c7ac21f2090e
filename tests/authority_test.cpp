#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "entities/authority_recognizer.h"

using finex::AuthorityMention;
using finex::AuthorityRecognizer;
using finex::Field;

namespace {

const AuthorityRecognizer& recognizer() {
  static const AuthorityRecognizer r;
  return r;
}

struct Expected {
  const char* language;
  Field field;       // what the article is about
  const char* text;
  const char* surface;  // the mention as written
  const char* name;     // canonical name, "" when only the country is known
  const char* country;
};

// The mention whose span covers exactly `surface`, or null.
const AuthorityMention* mention_of(const std::vector<AuthorityMention>& mentions, std::string_view text,
                                   std::string_view surface) {
  for (const AuthorityMention& m : mentions)
    if (text.substr(m.span.begin, m.span.size()) == surface) return &m;
  return nullptr;
}

void check_table(const std::vector<Expected>& table) {
  REQUIRE(recognizer().ok());
  for (const Expected& e : table) {
    const std::string_view text = e.text;
    const auto mentions = recognizer().find(text, e.language, e.field);
    const std::string language = e.language, sentence = e.text, surface = e.surface;
    CAPTURE(language);
    CAPTURE(sentence);
    CAPTURE(surface);
    const AuthorityMention* m = mention_of(mentions, text, e.surface);
    REQUIRE(m != nullptr);
    CHECK(m->country == e.country);
    if (*e.name == '\0') {
      CHECK(m->authority == nullptr);
    } else {
      REQUIRE(m->authority != nullptr);
      CHECK(m->authority->name == e.name);
    }
  }
}

const char* const kCnil = "Commission nationale de l'informatique et des libertés";
const char* const kGarante = "Garante per la protezione dei dati personali";
const char* const kAgcm = "Autorità Garante della Concorrenza e del Mercato";
const char* const kDpc = "Data Protection Commission";
const char* const kAp = "Autoriteit Persoonsgegevens";
const char* const kIco = "Information Commissioner's Office";
const char* const kHdpa = "Hellenic Data Protection Authority";
const char* const kCommission = "European Commission";
const char* const kSec = "Securities and Exchange Commission";

}  // namespace

TEST_CASE("names and acronyms in every language") {
  const Field dp = Field::data_protection;
  const Field comp = Field::competition;
  const Field fin = Field::financial;
  check_table({
      {"en", dp, "The CNIL fined the company on Monday.", "CNIL", kCnil, "FR"},
      {"en", dp, "It was fined by the UK Information Commissioner's office.", "UK Information Commissioner's office", kIco, "GB"},
      {"en", dp, "Ireland's Data Protection Commission imposed the fine.", "Ireland's Data Protection Commission", kDpc, "IE"},
      {"en", fin, "The U.S. Securities and Exchange Commission charged the bank.", "U.S. Securities and Exchange Commission", kSec, "US"},
      {"en", fin, "The SEC said the firm misled investors.", "SEC", kSec, "US"},
      {"en", fin, "The FCA fined the lender £10m.", "FCA", "Financial Conduct Authority", "GB"},
      {"en", comp, "The Federal Trade Commission sued the company.", "Federal Trade Commission", "Federal Trade Commission", "US"},
      {"en", dp, "The EDPB adopted a binding decision.", "EDPB", "European Data Protection Board", "EU"},
      {"fr", dp, "La Cnil a infligé une amende à la société.", "Cnil", kCnil, "FR"},
      {"fr", dp, "La Commission nationale de l'informatique et des libertés a sanctionné Google.",
       "Commission nationale de l'informatique et des libertés", kCnil, "FR"},
      {"fr", comp, "L'Autorité de la concurrence a sanctionné Apple.", "Autorité de la concurrence", "Autorité de la concurrence", "FR"},
      {"fr", fin, "La commission des sanctions de l'AMF a prononcé une amende.", "commission des sanctions de l'AMF", "Autorité des marchés financiers", "FR"},
      {"de", comp, "Das Bundeskartellamt verhängte Bußgelder.", "Bundeskartellamt", "Bundeskartellamt", "DE"},
      {"de", comp, "Die EU-Kommission verhängte eine Strafe.", "EU-Kommission", kCommission, "EU"},
      {"de", fin, "Die BaFin verhängte ein Bußgeld gegen die Bank.", "BaFin", "Bundesanstalt für Finanzdienstleistungsaufsicht", "DE"},
      {"de", dp, "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit verhängte ein Bußgeld.",
       "Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
       "Hamburgischer Beauftragter für Datenschutz und Informationsfreiheit", "DE"},
      {"de", dp, "Die Berliner Datenschutzbeauftragte verhängte ein Bußgeld.", "Berliner Datenschutzbeauftragte",
       "Berliner Beauftragte für Datenschutz und Informationsfreiheit", "DE"},
      {"nl", comp, "De Autoriteit Consument & Markt legt een boete op.", "Autoriteit Consument & Markt", "Autoriteit Consument & Markt", "NL"},
      {"nl", comp, "Volgens de ACM hebben de bedrijven afspraken gemaakt.", "ACM", "Autoriteit Consument & Markt", "NL"},
      {"nl", dp, "De Autoriteit Persoonsgegevens legt een boete op.", "Autoriteit Persoonsgegevens", kAp, "NL"},
      {"nl", comp, "De Europese Commissie legt Google een boete op.", "Europese Commissie", kCommission, "EU"},
      {"nl", Field::other, "In 2019 legde het FAVV de slagerij een boete van 12.500 euro op.", "FAVV",
       "Federaal Agentschap voor de Veiligheid van de Voedselketen", "BE"},
      {"fr", Field::other, "L'AFSCA a infligé une amende administrative à la boucherie.", "AFSCA",
       "Federaal Agentschap voor de Veiligheid van de Voedselketen", "BE"},
      {"it", dp, "Il Garante privacy ha inflitto una sanzione.", "Garante privacy", kGarante, "IT"},
      {"it", dp, "Secondo il garante della privacy la società ha violato le norme.", "garante della privacy", kGarante, "IT"},
      {"it", comp, "L'Antitrust ha multato Amazon.", "Antitrust", kAgcm, "IT"},
      {"it", fin, "La Consob ha sanzionato la banca.", "Consob", "Commissione Nazionale per le Società e la Borsa", "IT"},
      {"es", dp, "La Agencia Española de Protección de Datos (AEPD) multa al banco.",
       "Agencia Española de Protección de Datos", "Agencia Española de Protección de Datos", "ES"},
      {"es", comp, "La CNMC ha impuesto una multa.", "CNMC", "Comisión Nacional de los Mercados y la Competencia", "ES"},
      {"es", comp, "La Comisión Europea multó a Google.", "Comisión Europea", kCommission, "EU"},
      {"pt", dp, "A Comissão Nacional de Proteção de Dados (CNPD) aplicou coimas.", "Comissão Nacional de Proteção de Dados",
       "Comissão Nacional de Proteção de Dados", "PT"},
      {"pt", comp, "A Autoridade da Concorrência multou a empresa.", "Autoridade da Concorrência", "Autoridade da Concorrência", "PT"},
      {"pt", comp, "A Comissão Europeia multou a Google.", "Comissão Europeia", kCommission, "EU"},
  });
}

TEST_CASE("descriptions resolve through the nationality they name") {
  const Field dp = Field::data_protection;
  const Field comp = Field::competition;
  const Field fin = Field::financial;
  check_table({
      {"en", dp, "It was fined by the Dutch data protection authority.", "Dutch data protection authority", kAp, "NL"},
      {"en", comp, "The Italian regulator said the fine was final.", "Italian regulator", kAgcm, "IT"},
      {"en", dp, "The Italian regulator said the fine was final.", "Italian regulator", kGarante, "IT"},
      {"en", dp, "The Greek watchdog fined the firm.", "Greek watchdog", kHdpa, "GR"},
      {"en", comp, "The French privacy regulator fined the firm.", "French privacy regulator", kCnil, "FR"},
      {"en", fin, "The UK financial watchdog fined the bank.", "UK financial watchdog", "Financial Conduct Authority", "GB"},
      {"en", dp, "Then 20 million euros by the Greek Cnil this summer.", "Greek Cnil", kHdpa, "GR"},
      {"en", dp, "The Dutch DPA said the database was illegal.", "Dutch DPA", kAp, "NL"},
      {"en", comp, "Italy's competition watchdog fined Amazon.", "Italy's competition watchdog", kAgcm, "IT"},
      {"en", comp, "The Italian Antitrust fined Amazon.", "Italian Antitrust", kAgcm, "IT"},
      {"en", dp, "Spain's data protection agency fined the bank.", "Spain's data protection agency",
       "Agencia Española de Protección de Datos", "ES"},
      {"en", comp, "The Spanish competition authority fined the firms.", "Spanish competition authority",
       "Comisión Nacional de los Mercados y la Competencia", "ES"},
      {"fr", comp, "Le régulateur italien a infligé une amende.", "régulateur italien", kAgcm, "IT"},
      {"fr", dp, "Le dossier a été renvoyé à l'autorité irlandaise de protection des données.",
       "autorité irlandaise de protection des données", kDpc, "IE"},
      {"fr", comp, "L'autorité irlandaise de la concurrence enquête.", "autorité irlandaise de la concurrence",
       "Competition and Consumer Protection Commission", "IE"},
      {"fr", comp, "Le gendarme de la concurrence italien réclame 1 milliard.", "gendarme de la concurrence italien", kAgcm, "IT"},
      {"fr", dp, "La Cnil grecque a infligé une amende.", "Cnil grecque", kHdpa, "GR"},
      {"fr", comp, "L'Antitrust italien reprochait aux groupes leur entente.", "Antitrust italien", kAgcm, "IT"},
      {"de", dp, "Die irische Datenschutzbehörde verhängte eine Strafe.", "irische Datenschutzbehörde", kDpc, "IE"},
      {"de", dp, "Die britische Datenschutzbehörde verhängte eine Strafe.", "britische Datenschutzbehörde", kIco, "GB"},
      {"de", comp, "Die italienische Wettbewerbsbehörde verhängte eine Strafe.", "italienische Wettbewerbsbehörde", kAgcm, "IT"},
      {"de", dp, "Die Strafe der irischen Aufsichtsbehörde ist hoch.", "irischen Aufsichtsbehörde", kDpc, "IE"},
      {"de", comp, "Das italienische Kartellamt verhängte eine Strafe.", "italienische Kartellamt", kAgcm, "IT"},
      {"nl", dp, "De Nederlandse toezichthouder legt een boete op.", "Nederlandse toezichthouder", kAp, "NL"},
      {"nl", dp, "De Ierse privacytoezichthouder legt een boete op.", "Ierse privacytoezichthouder", kDpc, "IE"},
      {"nl", comp, "De Italiaanse mededingingsautoriteit legt een boete op.", "Italiaanse mededingingsautoriteit", kAgcm, "IT"},
      {"it", dp, "Il Garante irlandese ha multato Meta.", "Garante irlandese", kDpc, "IE"},
      {"it", comp, "L'autorità francese ha multato Google.", "autorità francese", "Autorité de la concurrence", "FR"},
      {"it", dp, "Il regolatore britannico ha multato la compagnia.", "regolatore britannico", kIco, "GB"},
      {"es", dp, "La autoridad francesa multó a Google.", "autoridad francesa", kCnil, "FR"},
      {"es", dp, "La agencia italiana de protección de datos multó a la empresa.",
       "agencia italiana de protección de datos", kGarante, "IT"},
      {"es", fin, "El regulador británico multó al banco.", "regulador británico", "Financial Conduct Authority", "GB"},
      {"pt", dp, "A autoridade francesa multou a Google.", "autoridade francesa", kCnil, "FR"},
      {"pt", dp, "O regulador irlandês multou a Meta.", "regulador irlandês", kDpc, "IE"},
      {"pt", comp, "A autoridade da concorrência italiana multou a Amazon.", "autoridade da concorrência italiana", kAgcm, "IT"},
  });
}

TEST_CASE("a description without a known field keeps the country") {
  check_table({
      {"en", Field::unknown, "The Greek watchdog fined the firm.", "Greek watchdog", "", "GR"},
      {"fr", Field::unknown, "L'autorité italienne a sanctionné la société.", "autorité italienne", "", "IT"},
  });
}

TEST_CASE("country phrases name the country's data protection authority") {
  const Field dp = Field::data_protection;
  check_table({
      {"en", dp, "It was fined 8.85 million euros in the United Kingdom last May.", "United Kingdom", kIco, "GB"},
      {"en", dp, "Fines have been imposed by the authorities in Italy and Greece.", "Italy", kGarante, "IT"},
      {"en", dp, "Fines have been imposed by the authorities in Italy and Greece.", "Greece", kHdpa, "GR"},
      {"en", dp, "The company was also fined by Italy.", "Italy", kGarante, "IT"},
      {"en", dp, "The Italian authorities fined the company.", "Italian authorities", kGarante, "IT"},
      {"fr", dp, "Elle a déjà été condamnée en Italie et au Royaume-Uni.", "Italie", kGarante, "IT"},
      {"fr", dp, "Elle a déjà été condamnée en Italie et au Royaume-Uni.", "Royaume-Uni", kIco, "GB"},
      {"fr", dp, "Une amende infligée par l'Italie.", "Italie", kGarante, "IT"},
      {"de", dp, "Das Unternehmen wurde in Italien bestraft.", "Italien", kGarante, "IT"},
      {"de", dp, "Das Unternehmen wurde in den Niederlanden bestraft.", "Niederlanden", kAp, "NL"},
      {"nl", dp, "Het bedrijf kreeg eerder boetes in Italië.", "Italië", kGarante, "IT"},
      {"it", dp, "La società è stata multata in Francia e nel Regno Unito.", "Regno Unito", kIco, "GB"},
      {"es", dp, "La empresa fue multada en Italia.", "Italia", kGarante, "IT"},
      {"es", dp, "La empresa fue multada en el Reino Unido.", "Reino Unido", kIco, "GB"},
      {"pt", dp, "A empresa foi multada na Itália.", "Itália", kGarante, "IT"},
      {"pt", dp, "A empresa foi multada no Reino Unido.", "Reino Unido", kIco, "GB"},
  });
  // Outside data protection a country has several authorities (and courts): only the country.
  check_table({
      {"en", Field::competition, "The company was fined in Italy.", "Italy", "", "IT"},
      {"en", Field::data_protection, "Companies fined in the EU must pay.", "EU", "", "EU"},
  });
}

TEST_CASE("ordinary words are not authorities") {
  REQUIRE(recognizer().ok());
  const struct {
    const char* language;
    const char* text;
  } negatives[] = {
      {"en", "Wait a sec, the ico file and the acm paper are here."},
      {"en", "French people and an Italian company met in a Dutch cafe."},
      {"en", "The Federal Maritime Commission met in Brussels."},
      {"en", "Antitrust regulators are watching."},
      {"en", "Norway's largest bank DNB reported profits."},
      {"fr", "Les Français aiment la cuisine italienne."},
      {"de", "Die Firma ACMÉ und die italienische Küche."},
      {"it", "Le autorità antitrust osservano il mercato."},
      {"es", "La gente francesa y una empresa italiana."},
      {"nl", "De Franse keuken en een Italiaans bedrijf."},
      {"pt", "O povo francês e uma empresa italiana."},
  };
  for (const auto& n : negatives) {
    const std::string sentence = n.text;
    CAPTURE(sentence);
    const auto found = recognizer().find(n.text, n.language, Field::data_protection);
    std::string matched;
    for (const AuthorityMention& m : found) matched += "[" + sentence.substr(m.span.begin, m.span.size()) + "]";
    CAPTURE(matched);
    CHECK(found.empty());
  }
}

TEST_CASE("the longest name wins") {
  const std::string text = "L'Autorità Garante della Concorrenza e del Mercato e il Garante.";
  const auto found = recognizer().find(text, "it", Field::competition);
  REQUIRE(found.size() == 2);
  CHECK(text.substr(found[0].span.begin, found[0].span.size()) == "Autorità Garante della Concorrenza e del Mercato");
  REQUIRE(found[0].authority != nullptr);
  CHECK(found[0].authority->name == kAgcm);
  CHECK(text.substr(found[1].span.begin, found[1].span.size()) == "Garante");
}

TEST_CASE("mentions come in text order with exact byte spans") {
  const std::string text = "Après la CNIL, l'autorité grecque et la Commission européenne ont agi.";
  const auto found = recognizer().find(text, "fr", Field::data_protection);
  REQUIRE(found.size() == 3);
  CHECK(found[0].span == finex::Span{10, 14});  // "è" takes two bytes
  CHECK(text.substr(found[1].span.begin, found[1].span.size()) == "autorité grecque");
  CHECK(found[1].country == "GR");
  CHECK(text.substr(found[2].span.begin, found[2].span.size()) == "Commission européenne");
  CHECK(found[2].country == "EU");
}

TEST_CASE("one acronym, several countries: the document language decides") {
  check_table({
      {"pt", Field::data_protection, "A CNPD aplicou uma coima.", "CNPD", "Comissão Nacional de Proteção de Dados", "PT"},
      {"fr", Field::data_protection, "La CNPD a infligé une amende.", "CNPD", "Commission nationale pour la protection des données", "LU"},
      {"en", Field::data_protection, "Luxembourg's CNPD fined Amazon.", "Luxembourg's CNPD",
       "Commission nationale pour la protection des données", "LU"},
      {"en", Field::data_protection, "The Norwegian Datatilsynet fined Grindr.", "Norwegian Datatilsynet", "Datatilsynet", "NO"},
  });
}

TEST_CASE("generic words refer back to the body named before") {
  check_table({
      {"fr", Field::data_protection,
       "La Commission nationale de l'informatique et des libertés a enquêté. La Commission a relevé des manquements.",
       "Commission", kCnil, "FR"},
      {"en", Field::competition, "Google appealed. The Commission said it would defend its decision.", "Commission",
       kCommission, "EU"},
      {"en", Field::competition, "Brussels fined Google again.", "Brussels", kCommission, "EU"},
  });
}

TEST_CASE("lookup gives a country's authority of a field") {
  const AuthorityRecognizer& r = recognizer();
  REQUIRE(r.ok());
  const struct {
    const char* country;
    Field field;
    const char* name;
  } rows[] = {
      {"FR", Field::data_protection, kCnil},
      {"FR", Field::competition, "Autorité de la concurrence"},
      {"FR", Field::financial, "Autorité des marchés financiers"},
      {"DE", Field::data_protection, "Bundesbeauftragter für den Datenschutz und die Informationsfreiheit"},
      {"IT", Field::competition, kAgcm},
      {"GB", Field::financial, "Financial Conduct Authority"},
      {"US", Field::financial, kSec},
      {"EU", Field::competition, kCommission},
      {"DK", Field::data_protection, "Datatilsynet"},
      {"CH", Field::data_protection, "Federal Data Protection and Information Commissioner"},
  };
  for (const auto& row : rows) {
    const std::string country = row.country;
    CAPTURE(country);
    const finex::Authority* a = r.lookup(row.country, row.field);
    REQUIRE(a != nullptr);
    CHECK(a->name == row.name);
    CHECK(a->country == row.country);
  }
  CHECK(r.lookup("FR", Field::unknown) == nullptr);
  CHECK(r.lookup("ZZ", Field::data_protection) == nullptr);
}

TEST_CASE("every EU and EEA country has a data protection authority") {
  for (const char* country : {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
                              "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
                              "LI", "NO"}) {
    const std::string code = country;
    CAPTURE(code);
    CHECK(recognizer().lookup(country, Field::data_protection) != nullptr);
  }
}

TEST_CASE("a language without word lists still finds names") {
  const std::string text = "Integritetsskyddsmyndigheten (IMY) har beslutat.";
  const auto found = recognizer().find(text, "sv", Field::data_protection);
  REQUIRE(found.size() == 2);
  REQUIRE(found[1].authority != nullptr);
  CHECK(found[1].authority->country == "SE");
  CHECK(text.substr(found[1].span.begin, found[1].span.size()) == "IMY");
}

TEST_CASE("courts and inspectorates are reported as written, with the place that names them") {
  REQUIRE(recognizer().ok());
  struct Body {
    const char* language;
    const char* text;
    const char* surface;  // the whole mention
  };
  const Body bodies[] = {
      {"en", "Yesterday Southwark Crown Court fined the builder £40,000.", "Southwark Crown Court"},
      {"en", "The court-appointed monitor said the court fined the firm.", "court"},
      {"de", "Das Amtsgericht Augsburg verhängte eine Geldstrafe.", "Amtsgericht Augsburg"},
      {"de", "Das DFB-Sportgericht belegte den Verein mit einer Strafe.", "DFB-Sportgericht"},
      {"de", "Wie das Landgericht Köln am Montag mitteilte, muss die Firma zahlen.", "Landgericht Köln"},
      {"fr", "Le tribunal correctionnel de Lyon a infligé une amende.", "tribunal correctionnel de Lyon"},
      {"nl", "De rechtbank Rotterdam legde een boete op.", "rechtbank Rotterdam"},
      {"it", "Il Tribunale di Latina ha inflitto una multa.", "Tribunale di Latina"},
      {"es", "El Juzgado de lo Penal número 2 de Sevilla impuso una multa.", "Juzgado de lo Penal número 2 de Sevilla"},
      {"pt", "O Tribunal da Relação do Porto confirmou a coima.", "Tribunal da Relação do Porto"},
      {"el", "Το Πρωτοδικείο Θεσσαλονίκης επέβαλε πρόστιμο.", "Πρωτοδικείο Θεσσαλονίκης"},
      {"pl", "Sąd Rejonowy w Lublinie wymierzył grzywnę.", "Sąd Rejonowy w Lublinie"},
      {"sv", "Uppsala tingsrätt dömde bolaget till företagsbot.", "Uppsala tingsrätt"},
      {"da", "Retten i Odense idømte virksomheden en bøde.", "Retten i Odense"},
      {"fi", "Tampereen käräjäoikeus määräsi yhtiölle sakon.", "Tampereen käräjäoikeus"},
      {"cs", "Okresní soud v Táboře uložil pokutu.", "Okresní soud v Táboře"},
      {"ro", "Tribunalul Cluj a aplicat o amendă.", "Tribunalul Cluj"},
  };
  for (const Body& b : bodies) {
    const std::string_view text = b.text;
    CAPTURE(text);
    const auto mentions = recognizer().find(text, b.language, Field::other);
    const AuthorityMention* m = mention_of(mentions, text, b.surface);
    REQUIRE(m != nullptr);
    CHECK(m->body);
  }
}

TEST_CASE("a body that belongs to a named one keeps its name: one inside a name is the name") {
  const std::string text = "Die Disziplinarkommission der UEFA verhängte eine Strafe.";
  const auto found = recognizer().find(text, "de", Field::other);
  REQUIRE(found.size() == 1);
  CHECK(text.substr(found[0].span.begin, found[0].span.size()) == "Disziplinarkommission der UEFA");
  REQUIRE(found[0].authority != nullptr);
  CHECK(found[0].authority->name == "Union of European Football Associations");
  const std::string court = "The European Court of Justice ruled.";
  for (const AuthorityMention& m : recognizer().find(court, "en", Field::other)) CHECK_FALSE(m.body);
}

TEST_CASE("sports bodies, US agencies and inspectorates that fine") {
  const Field other = Field::other;
  check_table({
      {"de", other, "Das DFB-Sportgericht verhängte eine Geldstrafe gegen den Verein.", "DFB-Sportgericht",
       "Deutscher Fußball-Bund", "DE"},
      {"de", other, "Der Zoll kontrollierte die Baustelle und verhängte Bußgelder.", "Zoll", "Finanzkontrolle Schwarzarbeit", "DE"},
      {"es", other, "El Comité de Competición multó al club con 3.000 euros.", "Comité de Competición",
       "Real Federación Española de Fútbol", "ES"},
      {"es", other, "La Inspección de Trabajo impuso una sanción a la empresa.", "Inspección de Trabajo",
       "Inspección de Trabajo y Seguridad Social", "ES"},
      {"it", other, "Il Giudice sportivo ha inflitto un'ammenda alla società.", "Giudice sportivo",
       "Federazione Italiana Giuoco Calcio", "IT"},
      {"fr", other, "La DGCCRF a infligé une amende au distributeur.", "DGCCRF",
       "Direction générale de la concurrence, de la consommation et de la répression des fraudes", "FR"},
      {"fr", other, "La LFP a sanctionné le club d'une amende.", "LFP", "Ligue de football professionnel", "FR"},
      {"es", other, "La LFP denunció los cánticos.", "LFP", "Liga Nacional de Fútbol Profesional", "ES"},
      {"nl", other, "De NVWA legde de slager een boete op.", "NVWA", "Nederlandse Voedsel- en Warenautoriteit", "NL"},
      {"nl", other, "De Nederlandse Arbeidsinspectie beboette het uitzendbureau.", "Nederlandse Arbeidsinspectie",
       "Nederlandse Arbeidsinspectie", "NL"},
      {"pt", other, "A ASAE aplicou uma coima ao restaurante.", "ASAE", "Autoridade de Segurança Alimentar e Económica", "PT"},
      {"pt", other, "A ACT multou a empresa de construção.", "ACT", "Autoridade para as Condições do Trabalho", "PT"},
      {"en", other, "The EPA fined the refinery for air pollution.", "EPA", "United States Environmental Protection Agency", "US"},
      {"en", other, "The FAA proposed a civil penalty against the airline.", "FAA", "Federal Aviation Administration", "US"},
      {"en", Field::financial, "FinCEN assessed a penalty against the casino.", "FinCEN", "Financial Crimes Enforcement Network", "US"},
      {"en", other, "The FA fined the club for failing to control its players.", "FA", "The Football Association", "GB"},
      {"en", other, "UEFA's Control, Ethics and Disciplinary Body fined the club.", "UEFA's Control, Ethics and Disciplinary Body",
       "Union of European Football Associations", "CH"},
      {"en", other, "The Danish Environmental Protection Agency fined the farm.", "Danish Environmental Protection Agency",
       "Miljøstyrelsen", "DK"},
      {"en", other, "The Danish Football Association fined the club.", "Danish Football Association", "Dansk Boldspil-Union", "DK"},
      {"pl", other, "Komisja Dyscyplinarna PZPN ukarała klub grzywną.", "Komisja Dyscyplinarna PZPN", "Polski Związek Piłki Nożnej", "PL"},
  });
}

TEST_CASE("a league named before a club is not the body that fines") {
  const std::string text = "The FA fined Premier League side Arsenal £40,000.";
  const auto found = recognizer().find(text, "en", Field::other);
  REQUIRE(found.size() == 1);
  CHECK(text.substr(found[0].span.begin, found[0].span.size()) == "FA");
}

TEST_CASE("an acronym that names a body in one language only") {
  check_table({
      {"en", Field::other, "The builder was fined £1.4m after an investigation by the HSE.", "HSE",
       "Health and Safety Executive", "GB"},
  });
}

TEST_CASE("regulators outside Europe whose fines the European press reports") {
  const Field competition = Field::competition;
  check_table({
      {"en", competition, "The KFTC fined the chipmaker 1 trillion won.", "KFTC", "Korea Fair Trade Commission", "KR"},
      {"en", competition, "South Korea's Fair Trade Commission fined the platform.", "South Korea's Fair Trade Commission",
       "Korea Fair Trade Commission", "KR"},
      {"fr", competition, "La Commission japonaise du commerce équitable a sanctionné le groupe.",
       "Commission japonaise du commerce équitable", "Japan Fair Trade Commission", "JP"},
      {"de", competition, "Die Staatliche Verwaltung für Marktregulierung verhängte eine Rekordstrafe.",
       "Staatliche Verwaltung für Marktregulierung", "State Administration for Market Regulation", "CN"},
      {"en", competition, "The CCI imposed a penalty on the search company.", "CCI", "Competition Commission of India", "IN"},
      {"es", competition, "La Autoridad de la Competencia de Turquía multó al buscador.",
       "Autoridad de la Competencia de Turquía", "Turkish Competition Authority", "TR"},
      {"it", Field::other, "Roskomnadzor ha multato la piattaforma.", "Roskomnadzor", "Roskomnadzor", "RU"},
      {"en", competition, "The ACCC took the retailer to court.", "ACCC", "Australian Competition and Consumer Commission", "AU"},
      {"en", Field::financial, "The UK Serious Fraud Office fined the bank.", "UK Serious Fraud Office", "Serious Fraud Office", "GB"},
  });
  // "CCI" names the Indian body in English only: a French chamber of commerce is none.
  const std::string text = "La CCI de Lyon a organisé un salon.";
  const auto found = recognizer().find(text, "fr", Field::competition);
  for (const AuthorityMention& m : found)
    CHECK(text.substr(m.span.begin, m.span.size()) != "CCI");
}
