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
const std::string kPlain = "The regulator fined Northwind Ltd £3 million on 4 March 2024.\n";

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
  // The page's own two scripts and nothing else; the article's tags are text.
  CHECK(count(page, "<script") == 2);
  CHECK(count(page, "</script>") == 2);
  CHECK(page.find("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("&lt;/textarea&gt;&lt;/pre&gt;&lt;/article&gt;&lt;img") != std::string::npos);
  CHECK(page.find("onerror=&quot;document.body") != std::string::npos);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("</textarea>") == std::string::npos);
  // The table's data holds no '<' at all.
  const std::size_t data = page.find("<script type=\"application/json\" id=\"finex-data\">");
  REQUIRE(data != std::string::npos);
  const std::size_t data_end = page.find("</script>", data);
  const std::string json = page.substr(data + 48, data_end - data - 48);
  CHECK(json.find('<') == std::string::npos);
  CHECK(json.find("odd \\u003cscript> & \\\"q\\\" name.txt") != std::string::npos);
  CHECK(page.find("odd &lt;script&gt; &amp; &quot;q&quot; name.txt") != std::string::npos);
  // An invalid byte is replaced; the error and the document without fines are listed.
  CHECK(page.find("\xff") == std::string::npos);
  CHECK(page.find("<li><b>empty</b> ") != std::string::npos);
  CHECK(page.find("<li><b>invalid_utf8</b> ") != std::string::npos);  // the warning's code
  CHECK(page.find("quiet.txt</li>") != std::string::npos);
  // Spans are highlighted by role, and each fine's sentence has its anchor.
  CHECK(page.find("<a class=\"anchor\" id=\"d0-f0\"></a>") != std::string::npos);
  CHECK(page.find("<span class=\"s h-amount\">20 million euros</span>") != std::string::npos);
  CHECK(page.find("<span class=\"s h-trigger\">fined</span>") != std::string::npos);
  CHECK(page.find("<span class=\"s h-party\">Northwind Ltd</span>") != std::string::npos);
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
  CHECK(dom.find("<td class=\"num\">3000000</td><td>GBP</td><td>2024-03-04</td>") != std::string::npos);
  CHECK(dom.find("<option value=\"en\">en</option>") != std::string::npos);
  // The highlights are in the document the browser built.
  CHECK(dom.find("<span class=\"s h-amount\">20 million euros</span>") != std::string::npos);
  CHECK(dom.find("<span class=\"s h-party\">Northwind Ltd</span>") != std::string::npos);
  // Nothing of the article ran or became an element.
  CHECK(dom.find("<title>finex review</title>") != std::string::npos);
  CHECK(dom.find("data-pwned=") == std::string::npos);
  CHECK(dom.find("odd &lt;script&gt; &amp; \"q\" name.txt</a></td>") != std::string::npos);
  CHECK(dom.find("<img") == std::string::npos);
  const std::string screenshot = std::string(FINEX_TEST_OUTPUT_DIR) + "/review_page.png";
  const Run shot = shell("rm -f '" + screenshot + "'; timeout 120 " + browser +
                         "--window-size=1200,900 --screenshot='" + screenshot + "' 'file://" + (dir / "review.html") +
                         "' >/dev/null 2>&1");
  CHECK(shot.status == 0);
  CHECK(read_file(screenshot).starts_with("\x89PNG"));
}
