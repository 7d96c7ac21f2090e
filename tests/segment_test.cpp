#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "segment/sentence_splitter.h"

using finex::SentenceSplitter;
using finex::Span;

namespace {

const SentenceSplitter& splitter() {
  static const SentenceSplitter instance;
  return instance;
}

std::vector<std::string> sentences(std::string_view text, std::string_view language) {
  std::vector<std::string> out;
  for (const Span& s : splitter().split(text, language))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\n'; }

// Spans are in order, do not overlap, are trimmed and cover every non-space byte.
void check_spans(std::string_view text, const std::vector<Span>& spans) {
  std::size_t covered_until = 0;
  for (const Span& s : spans) {
    REQUIRE(s.begin < s.end);
    REQUIRE(s.end <= text.size());
    CHECK(s.begin >= covered_until);
    CHECK_FALSE(is_space(text[s.begin]));
    CHECK_FALSE(is_space(text[s.end - 1]));
    for (std::size_t i = covered_until; i < s.begin; ++i) CHECK(is_space(text[i]));
    covered_until = s.end;
  }
  for (std::size_t i = covered_until; i < text.size(); ++i) CHECK(is_space(text[i]));
}

struct Case {
  const char* language;
  const char* text;
  std::vector<std::string> expected;
};

// Sentences joined by " | ", so that a failure shows them.
std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : " | ") + p;
  return out;
}

void run(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::string language = c.language;
    CAPTURE(language);
    CHECK(joined(sentences(c.text, c.language)) == joined(c.expected));
    check_spans(c.text, splitter().split(c.text, c.language));
  }
}

}  // namespace

TEST_CASE("the splitter builds") {
  CHECK(splitter().ok());
  CHECK(splitter().error().empty());
}

TEST_CASE("English: abbreviations, initials, numbers and company suffixes") {
  run({
      {"en", "Mr. Smith said the fine was € 1.2 bn. in total. The company will appeal.",
       {"Mr. Smith said the fine was € 1.2 bn. in total.", "The company will appeal."}},
      {"en", "Dr. Jones cited Art. 83 and Regulation No. 2019/1150 in her ruling.",
       {"Dr. Jones cited Art. 83 and Regulation No. 2019/1150 in her ruling."}},
      {"en", "The fine was imposed on Acme Inc. The company said it would appeal.",
       {"The fine was imposed on Acme Inc.", "The company said it would appeal."}},
      {"en", "The U.S. Federal Trade Commission fined Acme Inc. on Monday.",
       {"The U.S. Federal Trade Commission fined Acme Inc. on Monday."}},
      {"en", "Most of its clients are in the U.S. The regulator disagreed.",
       {"Most of its clients are in the U.S.", "The regulator disagreed."}},
      {"en", "It covered cookies, tracking, profiling etc. The decision is final.",
       {"It covered cookies, tracking, profiling etc.", "The decision is final."}},
      {"en", "The conduct lasted from Jan. 2020 to Dec. 2021, the agency said.",
       {"The conduct lasted from Jan. 2020 to Dec. 2021, the agency said."}},
      {"en", "J. R. Smith, a director of Samsung Co. Ltd. in St. Louis, was fined. He paid.",
       {"J. R. Smith, a director of Samsung Co. Ltd. in St. Louis, was fined.", "He paid."}},
      {"en", "The bank ranked No. 3. The fine was the largest this year.",
       {"The bank ranked No. 3.", "The fine was the largest this year."}},
      {"en", "The Commission fined Acme Inc. \u20ac4.5 million. It will appeal.",
       {"The Commission fined Acme Inc. \u20ac4.5 million.", "It will appeal."}},
  });
}

TEST_CASE("English: quotes, question marks and headlines") {
  run({
      {"en", "The regulator said: \"The breach was serious.\" The company disagreed.",
       {"The regulator said: \"The breach was serious.\"", "The company disagreed."}},
      {"en", "Will Meta pay? Nobody knows! The deadline is in May.",
       {"Will Meta pay?", "Nobody knows!", "The deadline is in May."}},
      {"en", "Regulator fines Acme Inc. $5m\nThe watchdog acted on Monday.",
       {"Regulator fines Acme Inc. $5m", "The watchdog acted on Monday."}},
      {"en", "Fines in 2023\n\n1. Meta Platforms\n2. TikTok\n11. The Example Partnership Ltd",
       {"Fines in 2023", "1. Meta Platforms", "2. TikTok", "11. The Example Partnership Ltd"}},
      {"en", "  Leading and trailing spaces are trimmed.  \n\n", {"Leading and trailing spaces are trimmed."}},
  });
}

TEST_CASE("German: Mio., Mrd., ordinal dates and legal references") {
  run({
      {"de", "Die Behörde verhängte am 17. Oktober 2023 ein Bußgeld von 5 Mio. Euro. Das Unternehmen will klagen.",
       {"Die Behörde verhängte am 17. Oktober 2023 ein Bußgeld von 5 Mio. Euro.",
        "Das Unternehmen will klagen."}},
      {"de", "Gemäß Art. 83 Abs. 5 DSGVO sind bis zu 20 Mio. EUR möglich, z. B. bei schweren Verstößen. Am 3. März folgte die Entscheidung.",
       {"Gemäß Art. 83 Abs. 5 DSGVO sind bis zu 20 Mio. EUR möglich, z. B. bei schweren Verstößen.",
        "Am 3. März folgte die Entscheidung."}},
      {"de", "Insgesamt 1,2 Mrd. EUR zahlte der Konzern bzw. seine Tochter. Nr. 3 der Liste ist ca. 40 Mio. Euro schwer.",
       {"Insgesamt 1,2 Mrd. EUR zahlte der Konzern bzw. seine Tochter.",
        "Nr. 3 der Liste ist ca. 40 Mio. Euro schwer."}},
      {"de", "Betroffen sind Plattformen wie z. B. TikTok und z.B. Meta. Zum 1. Januar gilt die Regel.",
       {"Betroffen sind Plattformen wie z. B. TikTok und z.B. Meta.", "Zum 1. Januar gilt die Regel."}},
      {"de", "Der Konzern landete auf Platz 3. Die Behörde prüft weiter.",
       {"Der Konzern landete auf Platz 3.", "Die Behörde prüft weiter."}},
      {"de", "Vodafone - 45 Mio. EUR\nDie Strafe ist die höchste in Deutschland.",
       {"Vodafone - 45 Mio. EUR", "Die Strafe ist die höchste in Deutschland."}},
  });
}

TEST_CASE("French, Dutch, Italian, Spanish, Portuguese, Swedish, Polish") {
  run({
      {"fr", "La Cnil a infligé une amende à Amazon France Logistique S.A. le 27 janvier. Le montant atteint 32 millions d'euros.",
       {"La Cnil a infligé une amende à Amazon France Logistique S.A. le 27 janvier.",
        "Le montant atteint 32 millions d'euros."}},
      {"fr", "M. Dupont, président de la société, a réagi. Il conteste p. ex. le calcul selon l'art. 83 du RGPD.",
       {"M. Dupont, président de la société, a réagi.",
        "Il conteste p. ex. le calcul selon l'art. 83 du RGPD."}},
      {"fr", "Amende record pour Google\nLa Cnil a sanctionné Google LLC.",
       {"Amende record pour Google", "La Cnil a sanctionné Google LLC."}},
      {"nl", "De ACM legde Philips N.V. een boete op van 5 mln. euro. Het bedrijf gaat in beroep.",
       {"De ACM legde Philips N.V. een boete op van 5 mln. euro.", "Het bedrijf gaat in beroep."}},
      {"nl", "Volgens dhr. Jansen en prof. De Vries ging het o.a. om Booking.com B.V. Het bedrijf betaalt.",
       {"Volgens dhr. Jansen en prof. De Vries ging het o.a. om Booking.com B.V.", "Het bedrijf betaalt."}},
      {"it", "Il Garante ha multato Enel Energia S.p.A. per 79 milioni di euro. La società ricorrerà.",
       {"Il Garante ha multato Enel Energia S.p.A. per 79 milioni di euro.", "La società ricorrerà."}},
      {"it", "Secondo l'art. 83 del GDPR, il Dott. Rossi ha ragione su dati, cookie ecc. Non è la prima volta.",
       {"Secondo l'art. 83 del GDPR, il Dott. Rossi ha ragione su dati, cookie ecc.",
        "Non è la prima volta."}},
      {"es", "La AEPD multó a CaixaBank S.A. con seis millones de euros. El banco recurrirá.",
       {"La AEPD multó a CaixaBank S.A. con seis millones de euros.", "El banco recurrirá."}},
      {"es", "El Sr. García dijo que EE. UU. también investiga. Según el art. 83, p. ej. una multa de 20 mill. EUR es posible.",
       {"El Sr. García dijo que EE. UU. también investiga.",
        "Según el art. 83, p. ej. una multa de 20 mill. EUR es posible."}},
      {"pt", "O Sr. Silva, da Meo S.A., recorreu. A Dra. Costa confirmou a coima de 4,3 milhões de euros.",
       {"O Sr. Silva, da Meo S.A., recorreu.", "A Dra. Costa confirmou a coima de 4,3 milhões de euros."}},
      {"sv", "Bolaget fick bl.a. en sanktionsavgift på 5 milj. kr. Beslutet kan överklagas.",
       {"Bolaget fick bl.a. en sanktionsavgift på 5 milj. kr.", "Beslutet kan överklagas."}},
      {"pl", "Prezes UODO nałożył m.in. karę na spółkę Virgin Mobile Polska sp. z o.o. Decyzja jest nieprawomocna.",
       {"Prezes UODO nałożył m.in. karę na spółkę Virgin Mobile Polska sp. z o.o.",
        "Decyzja jest nieprawomocna."}},
      // "r." (rok) goes on before the noun that names who fined, ends before a function word.
      {"pl", "W 2019 r. Prezes UODO nałożył karę na sklep Morele.net. Kara wyniosła 2,8 mln zł w 2019 r. W tym roku kar było więcej.",
       {"W 2019 r. Prezes UODO nałożył karę na sklep Morele.net.", "Kara wyniosła 2,8 mln zł w 2019 r.",
        "W tym roku kar było więcej."}},
  });
}

TEST_CASE("offsets are UTF-8 byte offsets into the text") {
  const std::string_view text = "Ärger über die Geldbuße: 5 Mio. € für Zürich. Éric Dupont zahlt.\nÇa coûte.";
  const std::vector<Span> spans = splitter().split(text, "de");
  REQUIRE(spans.size() == 3);
  CHECK(spans[0] == Span{0, 52});  // Ä ü ß € ü: five 2- or 3-byte characters
  CHECK(text.substr(spans[0].begin, spans[0].size()) == "Ärger über die Geldbuße: 5 Mio. € für Zürich.");
  CHECK(text.substr(spans[1].begin, spans[1].size()) == "Éric Dupont zahlt.");
  CHECK(text.substr(spans[2].begin, spans[2].size()) == "Ça coûte.");
  check_spans(text, spans);
}

TEST_CASE("characters beyond two UTF-16 units, and bytes that are no UTF-8, keep their offsets") {
  // A character outside the Basic Multilingual Plane is two UTF-16 units but one break position.
  const std::string_view wide = "Η αρχή 𝐀 επέβαλε πρόστιμο 😀. Το 𝕏 πλήρωσε.";
  CHECK(sentences(wide, "el") ==
        std::vector<std::string>{"Η αρχή 𝐀 επέβαλε πρόστιμο 😀.", "Το 𝕏 πλήρωσε."});
  check_spans(wide, splitter().split(wide, "el"));
  // Text that is not valid UTF-8 is still split, each bad byte one character.
  const std::string bad = "The firm \xff paid. It was \xc3 fined \xed\xa0\x80 again.";
  CHECK(sentences(bad, "en") == std::vector<std::string>{"The firm \xff paid.", "It was \xc3 fined \xed\xa0\x80 again."});
}

TEST_CASE("empty, blank and unpunctuated text") {
  CHECK(splitter().split("", "en").empty());
  CHECK(splitter().split("  \n \n", "en").empty());
  CHECK(sentences("no stop at all", "en") == std::vector<std::string>{"no stop at all"});
  CHECK(sentences("one\ntwo\n\nthree", "") == std::vector<std::string>{"one", "two", "three"});
  // An unknown language still gets every language's abbreviations.
  CHECK(sentences("Es kostet 5 Mio. Euro.", "xx") == std::vector<std::string>{"Es kostet 5 Mio. Euro."});
}

TEST_CASE("a long single line is split throughout") {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Mr. Smith paid 5 Mio. Euro. ";
  const std::vector<Span> spans = splitter().split(text, "en");
  CHECK(spans.size() == 2000);
  CHECK(text.substr(spans[1999].begin, spans[1999].size()) == "Mr. Smith paid 5 Mio. Euro.");
  check_spans(text, spans);
}

TEST_CASE("one splitter serves several threads at once") {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "Die Behörde verhängte am 3. März 5 Mio. Euro. Le groupe Engie S.A. a payé.\n";
  const std::vector<Span> expected = splitter().split(text, "de");
  REQUIRE(expected.size() == 600);
  std::vector<std::vector<Span>> results(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t)
    threads.emplace_back([&, t] { results[t] = splitter().split(text, "de"); });
  for (std::thread& thread : threads) thread.join();
  for (const std::vector<Span>& result : results) CHECK(result == expected);
}
