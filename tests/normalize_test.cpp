#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "normalize/normalizer.h"

using finex::normalize;
using finex::NormalizedText;
using finex::Span;

namespace {

// The original bytes behind the first occurrence of `needle` in the normalised text.
std::string original_of(std::string_view input, const NormalizedText& norm, std::string_view needle) {
  const std::size_t at = norm.text.find(needle);
  if (at == std::string::npos) return "<not found: " + std::string(needle) + ">";
  const Span span = norm.to_original({at, at + needle.size()});
  return std::string(input.substr(span.begin, span.size()));
}

// An independent UTF-8 checker (strict: no overlongs, surrogates or values past U+10FFFF), so the
// test does not trust the decoder it is testing. Returns the offsets where characters start.
bool valid_utf8(std::string_view s, std::vector<std::size_t>* starts = nullptr) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (starts) starts->push_back(i);
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                    : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    std::uint32_t cp = len == 1 ? b : len == 2 ? b & 0x1Fu : len == 3 ? b & 0x0Fu : b & 0x07u;
    for (std::size_t k = 1; k < len; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3Fu);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return false;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    i += len;
  }
  if (starts) starts->push_back(s.size());
  return true;
}

}  // namespace

TEST_CASE("normalised text: NFKC, folded variants and whitespace") {
  struct Case { const char* input; const char* expected; };
  const Case cases[] = {
      // ASCII passes through unchanged.
      {"The SEC fined Acme $5 million on 3 May 2021.", "The SEC fined Acme $5 million on 3 May 2021."},
      // Composed and decomposed accents end up alike (NFKC composes).
      {"La CNIL a inflig\u00e9 une amende", "La CNIL a inflig\u00e9 une amende"},
      {"La CNIL a inflige\u0301 une amende", "La CNIL a inflig\u00e9 une amende"},
      {"cafe\u0301 cre\u0300me", "caf\u00e9 cr\u00e8me"},
      // Ligatures and fullwidth digits and signs.
      {"\ufb01ne of \ufb02at \u20ac\uff12\uff10", "fine of flat \u20ac20"},
      {"\uff0b\uff15\uff05 \uff08\uff41\uff09", "+5% (a)"},
      // Space variants between digit groups become one ASCII space.
      {"800\u202f000 \u20ac", "800 000 \u20ac"},
      {"1\u00a0200\u00a0000 euros", "1 200 000 euros"},
      {"2\u2009500\u2007000 CHF", "2 500 000 CHF"},
      {"12\u3000000", "12 000"},
      // Quotes, apostrophes and primes.
      {"l\u2019amende de la \u201cCNIL\u201d", "l'amende de la \"CNIL\""},
      {"\u201eBundeskartellamt\u201c und \u201aBaFin\u2018", "\"Bundeskartellamt\" und 'BaFin'"},
      {"l\u00b4Autorit\u00e0 e l\u02bcAGCM", "l'Autorit\u00e0 e l'AGCM"},
      {"6\u2032 2\u2033", "6' 2\""},
      // « » are kept: they say on which side of a quotation they stand.
      {"\u00ab amende \u00bb et \u2039 astreinte \u203a", "\u00ab amende \u00bb et \u2039 astreinte \u203a"},
      // Romanian s and t with cedilla are the letters with comma below, also when decomposed.
      {"Consiliul Concuren\u0163ei \u015Fi \u0162ara \u015Ei", "Consiliul Concuren\u021Bei \u0219i \u021Aara \u0218i"},
      {"s\u0327i t\u0327", "\u0219i \u021B"},
      // Every dash and minus sign becomes '-'.
      {"2019\u20132020 \u2014 fine \u2212 5 \u2010 \u2011 \u2012 \u2015", "2019-2020 - fine - 5 - - - -"},
      {"a\ufe58b\ufe63c\uff0dd", "a-b-c-d"},
      // Invisible characters are deleted.
      {"Acme\u200b Corp\u200c\u200d \u2060x\ufeffy", "Acme Corp xy"},
      {"\u202bamende\u202c \u200ex\u200f \u2066y\u2069 \u202az\u202d\u202e", "amende x y z"},
      {"regu\u00adlator", "regulator"},
      // Whitespace runs: one space, or one line break when the run holds any.
      {"a \t  b", "a b"},
      {"  lead and trail \n ", "lead and trail"},
      {"Title\r\n\r\nBody text.\r\nMore.", "Title\nBody text.\nMore."},
      {"One\n\n\n\nTwo\rThree\u2028Four\u2029Five\fSix\vSeven", "One\nTwo\nThree\nFour\nFive\nSix\nSeven"},
      {"a \n b", "a\nb"},
      // Controls separate words like spaces; NEL is a line break.
      {"a\x01" "b\x7f" "c\u0090d", "a b c d"},
      {"a\u0085b", "a\nb"},
      // A hyphen at a line end keeps the word whole; without a language's rules it stays.
      {"the regu-\nlator said", "the regu-lator said"},
      {"the regu-\r\nlator said", "the regu-lator said"},
      {"die Aufsichts-\n  beh\u00f6rde", "die Aufsichts-beh\u00f6rde"},
      {"l\u2019autorit\u00e9 de r\u00e9gu-\nlation", "l'autorit\u00e9 de r\u00e9gu-lation"},
      {"regu\u00ad\nlator", "regulator"},
      {"Jean-\nPierre", "Jean-Pierre"},
      {"COVID-\n19", "COVID-19"},
      {"regu-\n\nlator", "regu-\nlator"},
      {"fined\u2014\nwhich", "fined-\nwhich"},
      {"end -\nnext", "end -\nnext"},
      // Emoji and their variation selectors survive; joiners inside them are deleted.
      {"Fine \U0001F4B6 \u2696\ufe0f ok", "Fine \U0001F4B6 \u2696\ufe0f ok"},
      {"\U0001F469\u200d\u2696\ufe0f", "\U0001F469\u2696\ufe0f"},
      {"", ""},
      {" \n\t ", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    const NormalizedText norm = normalize(c.input);
    CHECK(norm.text == c.expected);
    CHECK(norm.invalid_sequences == 0);
    CHECK_FALSE(norm.dropped_bom);
  }
}

TEST_CASE("invalid UTF-8 becomes U+FFFD, one per maximal ill-formed subpart") {
  struct Case { std::string input; const char* expected; std::size_t invalid; };
  const Case cases[] = {
      {"\xff" "abc", "\ufffd" "abc", 1},
      {"ab\x80" "cd", "ab\ufffd" "cd", 1},
      {"abc\xe2\x82", "abc\ufffd", 1},           // truncated at the end
      {"\xe2\x82" "x", "\ufffd" "x", 1},          // truncated before ASCII
      {"a\xc0\xaf" "b", "a\ufffd\ufffd" "b", 2},  // overlong '/'
      {"a\xe0\x80\xaf" "b", "a\ufffd\ufffd\ufffd" "b", 3},
      {"a\xed\xa0\x80" "b", "a\ufffd\ufffd\ufffd" "b", 3},  // encoded surrogate
      {"a\xf5\xf8\xfe" "b", "a\ufffd\ufffd\ufffd" "b", 3},  // bytes above F4
      {"a\xf4\x90\x80\x80" "b", "a\ufffd\ufffd\ufffd\ufffd" "b", 4},  // past U+10FFFF
      {"a\xf0\x9f\x92" "b", "a\ufffd" "b", 1},    // truncated emoji
      {"\xc3" "\xa9t\xc3", "\u00e9t\ufffd", 1},
      {std::string("a\0b", 3), "a b", 0},         // NUL is a control: a space
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    const NormalizedText norm = normalize(c.input);
    CHECK(norm.text == c.expected);
    CHECK(norm.invalid_sequences == c.invalid);
    CHECK(valid_utf8(norm.text));
  }
}

TEST_CASE("a leading byte order mark is dropped and offsets still point into the input") {
  const std::string input = "\xef\xbb\xbf" "Fine of \u20ac5";
  const NormalizedText norm = normalize(input);
  CHECK(norm.dropped_bom);
  CHECK(norm.text == "Fine of \u20ac5");
  CHECK(norm.to_original({0, 4}) == Span{3, 7});
  CHECK(original_of(input, norm, "\u20ac5") == "\u20ac5");
  // A BOM later in the text is a zero-width no-break space: deleted, not a "dropped BOM".
  const NormalizedText inner = normalize("ab\ufeffcd");
  CHECK(inner.text == "abcd");
  CHECK_FALSE(inner.dropped_bom);
}

TEST_CASE("spans map back to exactly the original characters") {
  struct Case { std::string input; const char* token; std::string original; };
  const Case cases[] = {
      {"Die BaFin verh\u00e4ngte 5 Mio. \u20ac", "verh\u00e4ngte", "verh\u00e4ngte"},
      {"Die BaFin verh\u00e4ngte 5 Mio. \u20ac", "\u20ac", "\u20ac"},
      {"un caf\u00e9 cafe\u0301 fort", "caf\u00e9 fort", "cafe\u0301 fort"},
      {"un cafe\u0301 fort", "caf\u00e9", "cafe\u0301"},
      {"un cafe\u0301 fort", "fort", "fort"},
      {"a \ufb01ne of \u20ac20", "fine", "\ufb01ne"},
      {"a \ufb01ne of \u20ac20", "ine", "\ufb01ne"},  // inside a ligature: widens to all of it
      {"fine of \uff12\uff10 million", "20", "\uff12\uff10"},
      {"fine of \uff12\uff10 million", "million", "million"},
      {"800\u202f000 \u20ac", "800 000", "800\u202f000"},
      {"800\u202f000 \u20ac", "000 \u20ac", "000 \u20ac"},
      {"amende de 1\u00a0200\u00a0000\u00a0euros", "1 200 000 euros", "1\u00a0200\u00a0000\u00a0euros"},
      {"Fine \U0001F4B6 of 5", "\U0001F4B6", "\U0001F4B6"},
      {"Fine \U0001F4B6 of 5", "of 5", "of 5"},
      {"\xff" "Acme paid", "Acme", "Acme"},
      {"Acme\x80 paid", "paid", "paid"},
      {"Acme\x80 paid", "\ufffd", "\x80"},
      {"Acme paid\xe2\x82", "\ufffd", "\xe2\x82"},
      {"x\xc0\xaf" "y", "y", "y"},
      {"x\xed\xa0\x80" "y", "\ufffd\ufffd\ufffd", "\xed\xa0\x80"},
      {"the regu\u00adlator fined", "regulator", "regu\u00adlator"},
      {"the fine\u00ad of", "fine", "fine"},  // a deleted trailing soft hyphen stays outside
      {"the fine\u00ad of", "of", "of"},
      {"Acme\u200b Corp", "Acme", "Acme"},
      {"Acme\u200b Corp", "Acme Corp", "Acme\u200b Corp"},
      {"\u202bamende\u202c ici", "amende", "amende"},
      {"the regu-\nlator said", "regu-lator", "regu-\nlator"},
      {"the regu-\nlator said", "regu", "regu"},
      {"the regu-\nlator said", "lator said", "lator said"},
      {"Title\r\n\r\nBody", "Body", "Body"},
      {"Title\r\n\r\nBody", "Title\nBody", "Title\r\n\r\nBody"},
      {"Title\r\n\r\nBody", "\n", "\r\n\r\n"},
      {"l\u2019amende de la \u201cCNIL\u201d", "\"CNIL\"", "\u201cCNIL\u201d"},
      {"l\u2019amende de la \u201cCNIL\u201d", "CNIL", "CNIL"},
      {"l\u2019amende de la \u201cCNIL\u201d", "l'amende", "l\u2019amende"},
      {"2019\u20132020 period", "2019-2020", "2019\u20132020"},
      {"a \u22125 change", "-5", "\u22125"},
      {"\u2014 Acme", "Acme", "Acme"},
      {"  lead and trail  \n", "lead", "lead"},
      {"  lead and trail  \n", "trail", "trail"},
      {"\xef\xbb\xbf\u00ab Fine \u00bb", "\u00ab Fine \u00bb", "\u00ab Fine \u00bb"},
      {"a  b\t\tc", "b c", "b\t\tc"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CAPTURE(c.token);
    const NormalizedText norm = normalize(c.input);
    CHECK(original_of(c.input, norm, c.token) == c.original);
  }
}

TEST_CASE("offset map lookups at piece edges") {
  // "a\u00adb" → "ab": the soft hyphen (bytes 1..3) lies between two pieces.
  const NormalizedText norm = normalize("a\u00adb");
  REQUIRE(norm.text == "ab");
  CHECK(norm.map.original_end(1) == 1);    // 'a' ends before the soft hyphen
  CHECK(norm.map.original_begin(1) == 3);  // 'b' starts after it
  CHECK(norm.to_original({0, 0}) == Span{0, 0});
  CHECK(norm.to_original({1, 1}) == Span{3, 3});  // an empty span never comes out inverted
  CHECK(norm.to_original({2, 2}) == Span{4, 4});
  CHECK(norm.to_original({0, 2}) == Span{0, 4});
  // Plain ASCII is one copied piece, whatever its length.
  const NormalizedText plain = normalize("The authority fined the bank 3 million euros.");
  REQUIRE(plain.map.pieces().size() == 1);
  CHECK(plain.map.pieces()[0].copied);
  // Pieces follow the edits, not the length: four curly quotes, four rewritten pieces
  // between five copied ones.
  const NormalizedText quoted = normalize("He said \u201cno\u201d and \u2018yes\u2019 twice.");
  CHECK(quoted.map.pieces().size() == 9);
  const NormalizedText empty = normalize("");
  CHECK(empty.to_original({0, 0}) == Span{0, 0});
}

namespace {

// Every character boundary of the normalised text maps inside the input and in order, and
// copied pieces really are copies.
void check_map_properties(std::string_view input) {
  const NormalizedText norm = normalize(input);
  std::vector<std::size_t> starts;
  REQUIRE(valid_utf8(norm.text, &starts));
  REQUIRE(norm.map.normalized_size() == norm.text.size());
  std::size_t previous_begin = 0, previous_end = 0;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    const std::size_t b = starts[i];
    const std::size_t begin = norm.map.original_begin(b), end = norm.map.original_end(b);
    CHECK(begin <= input.size());
    CHECK(end <= input.size());
    CHECK(begin >= previous_begin);
    CHECK(end >= previous_end);
    previous_begin = begin;
    previous_end = end;
    if (i + 1 < starts.size()) {
      const Span span = norm.to_original({b, starts[i + 1]});
      CHECK(span.begin < span.end);  // every character comes from at least one byte
    }
  }
  for (const auto& piece : norm.map.pieces()) {
    if (!piece.copied) continue;
    CHECK(piece.norm_len == piece.orig_len);
    CHECK(norm.text.substr(piece.norm_begin, piece.norm_len) ==
          input.substr(piece.orig_begin, piece.orig_len));
  }
}

}  // namespace

TEST_CASE("property: tricky strings map monotonically into the input") {
  const std::string tricky[] = {
      "",
      "\xef\xbb\xbf",
      "\xef\xbb\xbf\xef\xbb\xbf" "a",
      "e\u0301\u0301\u0327 \u1e9b\u0323 \u0041\u030a \u212b \uac00\u11a8",
      "\u00a8 \u00b4a \u0301start with a mark",
      "\ufb03\ufb04 \u2460 \u00bd \u2126 \u3392 \u33a1",
      "\xc0\xaf\xed\xa0\x80\xe2\x82\xf4\x90\x80\x80\xff\xfe",
      "\xe2\x82" "e\u0301",
      "a\u00ad\u00ad\n\u00ad b",
      "-\n-\n-\na-\n",
      "x-\nb\u0301",
      "\u200b\u200b\u200b",
      " \u00a0\u202f\u2009\u3000\r\n\r\n\t",
      "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F flag",
      "\U0001F468\u200d\U0001F469\u200d\U0001F467 family",
      "\ud55c\uad6d\uc5b4 \u65e5\u672c\u8a9e \u0627\u0644\u0639\u0631\u0628\u064a\u0629",
      "\u0915\u094d\u0937 \u0e01\u0e34\u0e48",
      "a\x85" "b\xc2\x85" "c",
      "trail\u00ad",
      "e\u200b\u0301",
      std::string(1000, 'a') + "\u0301" + std::string(1000, ' ') + "\u0301",
      std::string(300, '\xcc'),
      "\u0301\u0301\u0301\u0301",
  };
  // A base letter under 100000 marks of alternating combining classes: must stay linear.
  std::string marks = "a";
  for (int i = 0; i < 50000; ++i) marks += "\u0301\u0316";
  const NormalizedText piled = normalize(marks);
  CHECK(piled.text.size() == marks.size() - 1);  // "a" + U+0301 composes to one 2-byte "á"
  CHECK(piled.text.rfind("\u00e1\u0316", 0) == 0);
  CHECK(piled.to_original({0, piled.text.size()}) == Span{0, marks.size()});
  for (const std::string& s : tricky) {
    CAPTURE(s);
    check_map_properties(s);
  }
  // Random mixtures of the same ingredients, from a fixed seed.
  const char* fragments[] = {"a", "Z", " ", "  ", "\n", "\r\n", "-", "-\n", "\u00ad", "\u200b",
                             "\u0301", "e", "\ufb01", "\uff12", "\u202f", "\u00a0", "\u2019",
                             "\u2014", "\U0001F4B6", "\xc0", "\xaf", "\xe2\x82", "\xed\xa0\x80",
                             "\xef\xbb\xbf", "\x01", "\t", "\u00e9", "\u2060", "\u0327", "\ufe0f"};
  std::mt19937 random(20240611);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(fragments) - 1), length(0, 24);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    for (std::size_t n = length(random); n > 0; --n) s += fragments[pick(random)];
    CAPTURE(s);
    check_map_properties(s);
  }
  // Raw random bytes: mostly invalid UTF-8.
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 1000; ++round) {
    std::string s;
    for (std::size_t n = length(random); n > 0; --n) s += static_cast<char>(byte(random));
    CAPTURE(s);
    check_map_properties(s);
  }
}

TEST_CASE("normalising again changes nothing") {
  const char* texts[] = {
      "Titre\r\n\r\nL\u2019Autorit\u00e9 a inflig\u00e9 800\u202f000 \u20ac \u00e0 \u201cAcme\u201d.",
      "cafe\u0301 \ufb01ne \uff12\uff10 regu-\nlator \u2014 Jean-\nPierre",
      "\xff\xc0\xaf bytes \xe2\x82",
  };
  for (const char* text : texts) {
    CAPTURE(text);
    const std::string once = normalize(text).text;
    CHECK(normalize(once).text == once);
  }
}

TEST_CASE("normalize can run on many threads at once") {
  const std::string input = "L\u2019amende de 1\u00a0200\u00a0000\u00a0\u20ac inflig\u00e9e par la CNIL.\n"
                            "Die Beh\u00f6rde verh\u00e4ngte \uff15 Mio. \u20ac \u2014 \ufb01ne.";
  const std::string expected = normalize(input).text;
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i)
        if (normalize(input).text != expected) ++mismatches[static_cast<std::size_t>(t)];
    });
  for (std::thread& thread : threads) thread.join();
  for (int m : mismatches) CHECK(m == 0);
  // Two lines nearly as long as each other read as one wrapped paragraph.
  CHECK(expected == "L'amende de 1 200 000 \u20ac inflig\u00e9e par la CNIL. "
                    "Die Beh\u00f6rde verh\u00e4ngte 5 Mio. \u20ac - fine.");
}
