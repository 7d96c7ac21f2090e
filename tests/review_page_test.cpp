// The review page (finex extract --format html): self-contained, everything from the input
// escaped, and, in Debian's headless Chromium, a table of every fine and the texts with their
// spans highlighted. The browser's screenshot is kept as build/tests/review_page.png.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "command_line.h"

using namespace command_line_testing;

namespace {

// An article that tries every way out of its place in the page.
const std::string kHostile =
    "The CNIL fined <script>document.title='pwned'</script> Clearview AI 20 million euros on 17 "
    "October 2022.\n\nQuote \" and ' and </textarea></pre></article><img src=x "
    "onerror=\"document.body.setAttribute('data-pwned', 1)\"> and <!-- and ]]> and \xff.\n";
// A file name is input too.
const std::string kHostileName = "odd <script> & \"q\" name.txt";
// Characters of two, three and four bytes (one and two UTF-16 units) before the spans.
const std::string kPlain = "Größe — 📈 report. The regulator fined Northwind Ltd £3 million on 4 March 2024.\n";

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string review_page(const TempDir& dir) {
  write_file(dir / kHostileName, kHostile);
  write_file(dir / "plain.txt", kPlain);
  write_file(dir / "empty.txt", "");
  write_file(dir / "quiet.txt", "Nothing to see here.\n");
  const Run run = shell("'" + kCli + "' extract -q --lang en --format html -o '" + (dir / "review.html") + "' '" +
                        (dir / kHostileName) + "' '" + (dir / "plain.txt") + "' '" + (dir / "empty.txt") + "' '" +
                        (dir / "quiet.txt") + "'");
  CHECK(run.status == 1);  // the empty document is an error
  return read_file(dir / "review.html");
}

}  // namespace

TEST_CASE("review page: self-contained, and nothing from the input is markup") {
  TempDir dir;
  const std::string page = review_page(dir);
  REQUIRE(page.starts_with("<!DOCTYPE html>"));
  CHECK(page.ends_with("</html>\n"));
  // No network: nothing is fetched from anywhere.
  CHECK(page.find("http://") == std::string::npos);
  CHECK(page.find("https://") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
  // The page's own two scripts, the table's data and one element of data per document with fines;
  // the article's tags are text.
  CHECK(count(page, "<script") == 5);
  CHECK(count(page, "</script>") == 5);
  CHECK(count(page, "<script type=\"application/json\"") == 3);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("</textarea>") == std::string::npos);
  // The data holds no '<' at all.
  for (std::size_t at = page.find("<script type=\"application/json\""); at != std::string::npos;
       at = page.find("<script type=\"application/json\"", at + 1)) {
    const std::size_t begin = page.find('>', at) + 1, end = page.find("</script>", at);
    CHECK(page.substr(begin, end - begin).find('<') == std::string::npos);
  }
  CHECK(page.find("fined \\u003cscript>document.title='pwned'\\u003c/script> Clearview AI") != std::string::npos);
  CHECK(page.find("odd \\u003cscript> & \\\"q\\\" name.txt") != std::string::npos);
  // An invalid byte is replaced; the error and the document without fines are listed.
  CHECK(page.find("\xff") == std::string::npos);
  CHECK(page.find("<li><b>empty</b> ") != std::string::npos);
  // The warning of the stray byte, by its code: a text otherwise ASCII reads as windows-1252.
  CHECK(page.find("<li><b>encoding</b> ") != std::string::npos);
  CHECK(page.find("quiet.txt</li>") != std::string::npos);
  // Spans are marked by role, in pieces the page's script renders.
  CHECK(page.find("\"s h-amount\"") != std::string::npos);
  CHECK(page.find("\"s h-trigger\"") != std::string::npos);
  CHECK(page.find("\"s h-party\"") != std::string::npos);
}

#ifdef FINEX_CHROMIUM
TEST_CASE("review page: in headless Chromium, one row per fine, highlights, no script of the input ran") {
#else
TEST_CASE("review page: in headless Chromium (not installed: Debian's chromium)" * doctest::skip()) {
#endif
  TempDir dir;
  review_page(dir);
  const std::string browser = std::string("'") +
#ifdef FINEX_CHROMIUM
                              FINEX_CHROMIUM +
#endif
                              "' --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir='" +
                              (dir / "profile") + "' ";
  const Run dump = shell("timeout 120 " + browser + "--dump-dom 'file://" + (dir / "review.html") + "' 2>/dev/null");
  REQUIRE(dump.status == 0);
  const std::string& dom = dump.out;
  // The script ran: the table has one row per fine (two), each linking to its sentence.
  CHECK(count(dom, "<tr><td><a href=\"#d") == 2);
  CHECK(dom.find("<a href=\"#d1-f0\">") != std::string::npos);
  CHECK(dom.find("2 of 2 fines, page 1 of 1") != std::string::npos);
  CHECK(dom.find("<td class=\"num\">3000000</td><td>GBP</td><td class=\"nowrap\">2024-03-04</td>") != std::string::npos);
  CHECK(dom.find("<option value=\"en\">en</option>") != std::string::npos);
  // The highlights are in the document the browser built.
  CHECK(dom.find("<span class=\"s h-amount\">20 million euros</span>") != std::string::npos);
  CHECK(dom.find("<span class=\"s h-trigger\">fined</span>") != std::string::npos);
  CHECK(dom.find("<a class=\"anchor\" id=\"d0-f0\"></a>") != std::string::npos);
  // Offsets count the browser's UTF-16 units past characters of two, three and four bytes.
  CHECK(dom.find("📈 report. <a class=\"anchor\" id=\"d1-f0\"></a><span class=\"s\">The regulator </span>") !=
        std::string::npos);
  CHECK(dom.find("<span class=\"s h-party\">Northwind Ltd</span>") != std::string::npos);
  CHECK(dom.find("<span class=\"s h-amount\">£3 million</span>") != std::string::npos);
  CHECK(dom.find("2 documents, page 1 of 1") != std::string::npos);
  // Nothing of the article ran or became an element.
  CHECK(dom.find("<title>finex review</title>") != std::string::npos);
  CHECK(dom.find("data-pwned=") == std::string::npos);
  CHECK(dom.find("odd &lt;script&gt; &amp; \"q\" name.txt</a></td>") != std::string::npos);
  CHECK(dom.find("odd &lt;script&gt; &amp; \"q\" name.txt <span class=\"lang\">en, 1 fine</span></h3>") !=
        std::string::npos);
  CHECK(dom.find("&lt;script&gt;document.title='pwned'&lt;/script&gt;") != std::string::npos);
  CHECK(dom.find("&lt;/textarea&gt;&lt;/pre&gt;&lt;/article&gt;&lt;img src=x onerror=\"document.body") !=
        std::string::npos);
  CHECK(dom.find("<img") == std::string::npos);
  const std::string screenshot = std::string(FINEX_TEST_OUTPUT_DIR) + "/review_page.png";
  const Run shot = shell("rm -f '" + screenshot + "'; timeout 120 " + browser +
                         "--window-size=1200,900 --screenshot='" + screenshot + "' 'file://" + (dir / "review.html") +
                         "' >/dev/null 2>&1");
  CHECK(shot.status == 0);
  CHECK(read_file(screenshot).starts_with("\x89PNG"));
}

namespace {

// Three reports of one fine and one of another, as `finex extract` writes them.
std::string events_page(const TempDir& dir) {
  write_file(dir / "a.txt", "The CNIL fined Clearview AI 20 million euros on 17 October 2022.\n");
  write_file(dir / "b.txt", "France's CNIL has fined Clearview AI €20 million, it said on 17 October 2022.\n");
  write_file(dir / "c <i>.txt", "Clearview AI was fined 20 million euros by the CNIL in October 2022.\n");
  write_file(dir / "d.txt", "The regulator fined Northwind Ltd £3 million on 4 March 2024.\n");
  const Run extract = shell("'" + kCli + "' extract -q --lang en '" + (dir / "a.txt") + "' '" + (dir / "b.txt") +
                            "' '" + (dir / "c <i>.txt") + "' '" + (dir / "d.txt") + "' > '" + (dir / "r.jsonl") + "'");
  CHECK(extract.status == 0);
  const Run run = shell("'" + kCli + "' aggregate -q --format html -o '" + (dir / "events.html") + "' '" +
                        (dir / "r.jsonl") + "'");
  CHECK(run.status == 0);
  return read_file(dir / "events.html");
}

}  // namespace

TEST_CASE("events page: finex aggregate --format html is one page of the real-world fines") {
  TempDir dir;
  const std::string page = events_page(dir);
  REQUIRE(page.starts_with("<!DOCTYPE html>"));
  CHECK(page.ends_with("</html>\n"));
  CHECK(page.find("http") == std::string::npos);
  CHECK(page.find("<title>finex events</title>") != std::string::npos);
  CHECK(page.find("<div><b>2</b>real-world fines</div><div><b>4</b>reports of them</div>"
                  "<div><b>4</b>documents</div><div><b>1</b>reported more than once</div>") != std::string::npos);
  const std::size_t data = page.find("<script type=\"application/json\" id=\"finex-data\">");
  REQUIRE(data != std::string::npos);
  const std::string json = page.substr(data, page.find("</script>", data) - data);
  CHECK(json.find('<', 1) == std::string::npos);
  CHECK(json.find("\"entity\":\"Clearview AI\"") != std::string::npos);
  CHECK(json.find("\"amount\":\"20000000\",\"value\":20000000.0,\"currency\":\"EUR\"") != std::string::npos);
  CHECK(json.find("\"sources\":3") != std::string::npos);
  CHECK(json.find("c \\u003ci>.txt") != std::string::npos);
  // The same command without --format html: the events as JSON Lines, one per line.
  CHECK(count(shell("'" + kCli + "' aggregate -q '" + (dir / "r.jsonl") + "'").out, "\n") == 2);
  CHECK(shell("'" + kCli + "' extract -q --lang en --aggregate --format html '" + (dir / "a.txt") + "'").out.find(
            "<div><b>1</b>real-world fines</div>") != std::string::npos);

#ifdef FINEX_CHROMIUM
  const std::string browser = std::string("'") + FINEX_CHROMIUM +
                              "' --headless --no-sandbox --disable-gpu --user-data-dir='" + (dir / "profile") + "' ";
  const Run dump = shell("timeout 120 " + browser + "--dump-dom 'file://" + (dir / "events.html") + "' 2>/dev/null");
  REQUIRE(dump.status == 0);
  const std::string& dom = dump.out;
  CHECK(dom.find("2 of 2 events, page 1 of 1") != std::string::npos);
  CHECK(dom.find("<td>Clearview AI</td><td>CNIL</td><td>FR</td><td class=\"num\">20000000</td><td>EUR</td>") !=
        std::string::npos);
  CHECK(dom.find("<td class=\"num\">3</td>") != std::string::npos);
  CHECK(dom.find("c &lt;i&gt;.txt") != std::string::npos);
  CHECK(dom.find("<i>") == std::string::npos);
  CHECK(dom.find("<option value=\"EUR\">EUR</option>") != std::string::npos);
#endif
}
