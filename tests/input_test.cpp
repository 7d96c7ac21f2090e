// The input stage: other encodings and HTML pages become UTF-8 text whose spans map back to the
// caller's bytes, and the extractor reports every span in those bytes.
#include <doctest/doctest.h>
#include <unicode/ucnv.h>

#include <string>
#include <string_view>
#include <vector>

#include "finex/extractor.h"
#include "input/charset_decoding.h"
#include "input/decoded_input.h"
#include "input/html_text.h"
#include "input/source_map.h"
#include "input/utf8_scan.h"

using finex::DocumentInfo;
using finex::InputFormat;
using finex::Span;

namespace {

const finex::Extractor& extractor() {
  static const finex::Extractor instance;
  return instance;
}

// `utf8` in `charset`, by ICU's encoder (the stage under test only decodes).
std::string encoded(std::string_view utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 8, '\0');
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

std::string_view at(std::string_view s, Span span) { return s.substr(span.begin, span.size()); }

struct EncodedCase {
  const char* charset;  // what the file is written in
  const char* bom;      // written before it
  const char* expected_encoding;
  const char* text;     // UTF-8
  const char* amount;
  const char* entity;
};

const EncodedCase kEncodedCases[] = {
    {"UTF-16LE", "\xFF\xFE", "UTF-16LE",
     "La Commission a infligé à Société Nordique une amende de 3 millions d'euros en mars 2023.",
     "3 millions d'euros", "Société Nordique"},
    {"UTF-16BE", "\xFE\xFF", "UTF-16BE",
     "La Commission a infligé à Société Nordique une amende de 3 millions d'euros en mars 2023.",
     "3 millions d'euros", "Société Nordique"},
    {"UTF-16LE", "", "UTF-16LE",
     "The regulator fined Northwind Traders €4.5 million on 3 May 2023 for selling user data.",
     "€4.5 million", "Northwind Traders"},
    {"UTF-16BE", "", "UTF-16BE",
     "The regulator fined Northwind Traders €4.5 million on 3 May 2023 for selling user data.",
     "€4.5 million", "Northwind Traders"},
    {"UTF-16LE", "", "UTF-16LE",
     "Η Αρχή επέβαλε πρόστιμο 150.000 ευρώ στην εταιρεία Θαλασσινή Ναυτιλία για παραβίαση "
     "δεδομένων.",
     "150.000 ευρώ", "Θαλασσινή Ναυτιλία"},
    {"windows-1252", "", "windows-1252",
     "Die Datenschutzbehörde verhängte gegen die Müller Städtebau GmbH ein Bußgeld von "
     "1,2 Millionen Euro, weil sie Kundendaten ungeschützt gespeichert hatte.",
     "1,2 Millionen Euro", "Müller Städtebau GmbH"},
    {"windows-1252", "", "windows-1252",
     "L'autorité a infligé une amende de 800 000 € à la société Crème Brûlée Frères pour "
     "démarchage téléphonique abusif, a-t-elle annoncé jeudi.",
     "800 000 €", "Crème Brûlée Frères"},
    {"ISO-8859-2", "", "ISO-8859-2",
     "Úřad pro ochranu osobních údajů uložil společnosti Žlutý Kůň pokutu ve výši "
     "3 milionů korun za nevyžádaná obchodní sdělení. Společnost se může odvolat.",
     "3 milionů korun", "Žlutý Kůň"},
    {"ISO-8859-2", "", "ISO-8859-2",
     "Prezes Urzędu Ochrony Danych Osobowych nałożył na spółkę Zielone Łąki karę w wysokości "
     "1,5 mln zł za naruszenie przepisów o ochronie danych osobowych.",
     "1,5 mln zł", "Zielone Łąki"},
    {"ISO-8859-7", "", "ISO-8859-7",
     "Η Αρχή Προστασίας Δεδομένων επέβαλε πρόστιμο 200.000 ευρώ στην εταιρεία Θαλασσινή "
     "Ναυτιλία για την παράνομη επεξεργασία δεδομένων των πελατών της.",
     "200.000 ευρώ", "Θαλασσινή Ναυτιλία"},
};

}  // namespace

TEST_CASE("a source map maps runs of units and widens inside a unit") {
  finex::SourceMap map;
  map.add(0, 1, 2, 5);   // five ASCII letters read from UTF-16: out 0..5 ← in 0..10
  map.add(10, 2, 1, 3);  // three Greek letters from ISO-8859-7: out 5..11 ← in 10..13
  map.add(13, 2, 0);     // a break that came from no bytes: out 11..13
  map.add(13, 3, 6);     // "&euro;": out 13..16 ← in 13..19
  CHECK(map.decoded_size() == 16);
  CHECK(map.to_original({1, 3}) == Span{2, 6});
  CHECK(map.to_original({5, 9}) == Span{10, 12});
  CHECK(map.to_original({4, 7}) == Span{8, 11});
  CHECK(map.to_original({6, 7}) == Span{10, 11});  // inside a unit: the whole unit
  CHECK(map.to_original({13, 16}) == Span{13, 19});
  CHECK(map.to_original({14, 15}) == Span{13, 19});
  CHECK(map.to_original({11, 13}) == Span{13, 13});
  CHECK(map.pieces().size() == 4);
  map.add(19, 3, 6);  // another reference right after: the same piece
  CHECK(map.pieces().size() == 4);
}

TEST_CASE("clean UTF-8 is told apart from everything else in one pass") {
  using namespace std::string_view_literals;
  CHECK(finex::is_clean_utf8("plain ASCII text, long enough for whole words"));
  CHECK(finex::is_clean_utf8("Geldbuße über 5 Mio. € — ΠΡΟΣΤΙΜΟ"));
  CHECK_FALSE(finex::is_clean_utf8("a NUL\0 in the middle of a long ASCII line"sv));
  CHECK_FALSE(finex::is_clean_utf8("Stra\xdf" "e"));
  CHECK_FALSE(finex::is_clean_utf8("\xed\xa0\x80 surrogate"));
  CHECK_FALSE(finex::is_clean_utf8("cut \xe2\x82"));
  const finex::Utf8Counts counts = finex::count_utf8("déjà vu \xff à côté");
  CHECK(counts.multibyte == 5);
  CHECK(counts.invalid == 1);
}

TEST_CASE("the encoding of text that is not UTF-8 is found") {
  using namespace std::string_view_literals;
  const std::string french = "Le régulateur a infligé une amende à l'opérateur de télécoms.";
  CHECK(finex::detect_charset(encoded(french, "windows-1252"), false).name == "windows-1252");
  CHECK(finex::detect_charset("\xFF\xFE" + encoded(french, "UTF-16LE"), false).how ==
        "byte order mark");
  // UTF-8 cut inside its last character stays UTF-8.
  CHECK(finex::detect_charset(french.substr(0, french.rfind("é") + 1), false).name == "UTF-8");
  // Binary files hold NUL bytes and control characters: not UTF-16.
  CHECK(finex::detect_charset("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff"sv, false).name == "");
  CHECK(finex::detect_charset("PK\x03\x04\x14\0\0\0\x08\0fined 20 million euros"sv, false).name == "");
  // Text with a few NUL bytes in it is no UTF-16 either.
  CHECK(finex::detect_charset("fined\0\0\x01 10 million euros"sv, false).name == "");
  CHECK(finex::detect_charset("The CNIL\0 fined Clearview AI 20 million euros."sv, false).name == "");
}

TEST_CASE("documents in other encodings give the spans of their own bytes") {
  for (const EncodedCase& c : kEncodedCases) {
    CAPTURE(std::string(c.charset));
    CAPTURE(std::string(c.text));
    const std::string file = std::string(c.bom) + encoded(c.text, c.charset);
    const finex::Result result = extractor().extract(file);
    REQUIRE(result.ok());
    CHECK(result.encoding == c.expected_encoding);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].code == "encoding");
    CHECK(result.warnings[0].message.find(c.expected_encoding) != std::string::npos);
    REQUIRE(result.fines.size() == 1);
    const finex::Fine& fine = result.fines[0];
    REQUIRE(fine.amount);
    CHECK(fine.amount->text == c.amount);
    CHECK(at(file, fine.amount->span) == encoded(c.amount, c.charset));
    CHECK(fine.amount->span.begin == file.find(encoded(c.amount, c.charset)));
    REQUIRE(fine.entity);
    CHECK(fine.entity->text == c.entity);
    CHECK(at(file, fine.entity->span) == encoded(c.entity, c.charset));
    CHECK(fine.sentence.end <= file.size());
  }
}

TEST_CASE("an encoding given by the caller wins over detection") {
  const std::string text =
      "Úřad uložil společnosti Žlutý Kůň pokutu ve výši 3 milionů korun za nevyžádaná sdělení.";
  const std::string file = encoded(text, "ISO-8859-2");
  DocumentInfo info;
  info.encoding = "ISO-8859-2";
  const finex::Result given = extractor().extract(file, info);
  CHECK(given.encoding == "ISO-8859-2");
  REQUIRE(given.warnings.size() == 1);
  CHECK(given.warnings[0] == finex::Warning{"encoding", "read as ISO-8859-2 (given)"});
  info.encoding = "no-such-encoding";
  const finex::Result unknown = extractor().extract(file, info);
  REQUIRE(unknown.error);
  CHECK(unknown.error->code == "invalid_input");
  // UTF-8 read as UTF-8: nothing to say.
  info.encoding = "utf-8";
  const finex::Result utf8 = extractor().extract(text, info);
  CHECK(utf8.encoding.empty());
  CHECK(utf8.warnings.empty());
}

TEST_CASE("UTF-8 is read where it lies, without a copy") {
  const std::string text = "The regulator fined Northwind Traders €4.5 million.";
  const finex::DecodedInput decoded = finex::decode_input(text, {});
  CHECK(decoded.is_input());
  CHECK(decoded.text().data() == text.data());
  CHECK(decoded.warnings.empty());
}

TEST_CASE("an HTML page is read for its visible text") {
  const std::string page =
      "<!DOCTYPE html><html><head><title>Fines &amp; more</title>"
      "<script>var x = 'fined 9 million euros';</script><style>p{color:red}</style></head>"
      "<body><noscript>Enable scripts</noscript><h1>Privacy  news</h1>"
      "<p>The regulator fined\n  Northwind&nbsp;Traders &euro;4 million.<br>New line</p>"
      "<template><p>hidden</p></template>"
      "<ul><li>first</li><li>second &#8364;1</li></ul>"
      "<table><tr><th>Company</th><th>Fine</th></tr><tr><td>A &lt;B&gt;</td><td></td></tr>"
      "</table><p>Unclosed <b>bold <i>text</body></html>";
  const finex::HtmlText html = finex::html_visible_text(page);
  CHECK(html.text ==
        "Privacy news\n\nThe regulator fined Northwind\xc2\xa0Traders \xe2\x82\xac" "4 million.\n"
        "New line\n\n- first\n- second \xe2\x82\xac" "1\n\nCompany | Fine\nA <B> | \n\n"
        "Unclosed bold text");
  CHECK(html.title == "Fines & more");
  // Every visible character maps back to the bytes that wrote it.
  const std::size_t euro = html.text.find("\xe2\x82\xac" "4");
  CHECK(at(page, html.map.to_original({euro, euro + 3})) == "&euro;");
  const std::size_t name = html.text.find("Northwind");
  CHECK(at(page, html.map.to_original({name, name + 18})) == "Northwind&nbsp;Traders");
  const std::size_t lt = html.text.find("A <B>");
  CHECK(at(page, html.map.to_original({lt, lt + 5})) == "A &lt;B&gt;");
  const std::size_t fined = html.text.find("fined Northwind");
  CHECK(at(page, html.map.to_original({fined, fined + 15})) == "fined\n  Northwind");
}

TEST_CASE("an HTML page's publication date comes from its markup") {
  const std::string meta =
      "<html><head><meta property=\"article:published_time\" content=\"2024-03-05T09:30:00Z\">"
      "</head><body><p>x <time datetime=\"2023-01-02\">2 January</time></p></body></html>";
  CHECK(finex::html_visible_text(meta).published_time == "2024-03-05");
  const std::string time_only =
      "<p>Posted <time datetime=\"2023-01-02T08:00\">Monday</time></p>";
  CHECK(finex::html_visible_text(time_only).published_time == "2023-01-02");
  CHECK(finex::html_visible_text("<time datetime=\"soon\">x</time>").published_time.empty());
}

TEST_CASE("fines of an HTML page point into the page") {
  const std::string page =
      "<html><head><title>Regulator news</title>"
      "<script>document.write('fined 99 million euros')</script></head><body>"
      "<div class=\"cookies\">We use cookies to improve your experience. <a>Accept</a></div>"
      "<article><p>Published <time datetime=\"2024-05-16\">Thursday</time></p>"
      "<p>The data protection authority fined Northwind&nbsp;Traders &euro;4&nbsp;million on "
      "Tuesday for selling the data of its customers.</p>"
      "<p>Earlier fines:</p><table><tr><th>Company</th><th>Fine</th></tr>"
      "<tr><td>Contoso Bank</td><td>&#8364;2 million</td></tr>"
      "<tr><td>Fabrikam Foods</td><td>&euro;750,000</td></tr></table></article></body></html>";
  DocumentInfo info;
  info.format = InputFormat::html;
  const finex::Result result = extractor().extract(page, info);
  REQUIRE(result.ok());
  CHECK(result.published == "2024-05-16");
  REQUIRE(result.fines.size() == 3);
  const finex::Fine& first = result.fines[0];
  REQUIRE(first.amount);
  CHECK(first.amount->text == "\xe2\x82\xac" "4\xc2\xa0million");
  CHECK(at(page, first.amount->span) == "&euro;4&nbsp;million");
  REQUIRE(first.entity);
  CHECK(at(page, first.entity->span) == "Northwind&nbsp;Traders");
  REQUIRE(first.date);
  CHECK(first.date->value == "2024-05-14");
  std::vector<std::string> parties, amounts;
  for (const finex::Fine& f : result.fines) {
    if (f.entity) parties.push_back(std::string(at(page, f.entity->span)));
    if (f.amount) amounts.push_back(std::string(at(page, f.amount->span)));
  }
  CHECK(parties == std::vector<std::string>{"Northwind&nbsp;Traders", "Contoso Bank", "Fabrikam Foods"});
  CHECK(amounts == std::vector<std::string>{"&euro;4&nbsp;million", "&#8364;2 million", "&euro;750,000"});
  // The script's amount is not text.
  for (const finex::Fine& f : result.fines) CHECK(f.amount->value.to_string() != "99000000");
}

TEST_CASE("an HTML page in windows-1252 is decoded, then read") {
  const std::string page = encoded(
      "<html><body><p>Die Behörde verhängte gegen die Müller Städtebau GmbH ein Bußgeld von "
      "1,2 Millionen Euro, weil sie Kundendaten ungeschützt gespeichert hatte.</p></body></html>",
      "windows-1252");
  DocumentInfo info;
  info.format = InputFormat::html;
  const finex::Result result = extractor().extract(page, info);
  REQUIRE(result.ok());
  CHECK(result.encoding == "windows-1252");
  REQUIRE(result.fines.size() == 1);
  REQUIRE(result.fines[0].entity);
  CHECK(result.fines[0].entity->text == "Müller Städtebau GmbH");
  CHECK(at(page, result.fines[0].entity->span) == encoded("Müller Städtebau GmbH", "windows-1252"));
}

TEST_CASE("broken markup and pages without text") {
  DocumentInfo info;
  info.format = InputFormat::html;
  const std::string broken =
      "<p>The regulator fined <b>Northwind Traders <i>&euro;4 million</b> for <table><td>spam"
      "</i></p><div><div><div>";
  const finex::Result result = extractor().extract(broken, info);
  REQUIRE(result.ok());
  REQUIRE(result.fines.size() == 1);
  CHECK(at(broken, result.fines[0].amount->span) == "&euro;4 million");
  const finex::Result empty = extractor().extract("<html><head><script>x()</script></head></html>", info);
  REQUIRE(empty.error);
  CHECK(empty.error->code == "empty");
  // Deep nesting is walked without recursion.
  std::string deep;
  for (int k = 0; k < 2000; ++k) deep += "<div>";
  deep += "fined 3 million euros";
  CHECK(finex::html_visible_text(deep).text == "fined 3 million euros");
}
