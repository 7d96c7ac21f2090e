#!/usr/bin/env python3
"""Saves text articles as the HTML pages a news site would serve, to check that reading a page
finds what reading its text finds.

usage: html_corpus.py OUT_DIR DIR [DIR ...]

Every DIR/<name>.txt becomes OUT_DIR/<name>.html: a head with a title, metadata, a script and a
style sheet (none of it shown), a cookie banner and a navigation bar above the article, each
line of the text a <p> (the first an <h1>), a run of lines that start with "|" a <table>,
lines that start with "- " or "* " a <ul>, and the characters a page often writes as references written so (&amp;, &lt;, &euro;, &nbsp;, &#8217;).
"""
import html
import os
import re
import sys

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>
  window.dataLayer = window.dataLayer || [];
  function track(event) {{ if (event && event.amount > 1000000) dataLayer.push({{fine: "EUR 5 million"}}); }}
  document.addEventListener("DOMContentLoaded", function () {{ track({{amount: 2}}); }});
</script>
<style>body {{ font-family: serif; }} .cookie-banner {{ position: fixed; bottom: 0; }}</style>
</head>
<body>
<div class="cookie-banner" role="dialog">
  <p>We use cookies to improve your experience and to show you relevant content.
  <button>Accept all</button> <button>Manage settings</button></p>
</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/tech">Technology</a></li></ul></nav>
<main><article>
"""

TAIL = """</article></main>
<footer><p>&copy; News Site. All rights reserved.</p></footer>
</body>
</html>
"""


def inline(text):
    """Escapes text for HTML and writes a few characters as references, as pages do."""
    out = html.escape(text, quote=False)
    return (out.replace("\u20ac", "&euro;").replace("\u00a0", "&nbsp;")
            .replace("\u2019", "&#8217;"))


def table(lines):
    rows = []
    for line in lines:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            continue  # the Markdown rule under the header
        tag = "th" if not rows else "td"
        rows.append("<tr>" + "".join(f"<{tag}>{inline(c)}</{tag}>" for c in cells) + "</tr>")
    return "<table>\n" + "\n".join(rows) + "\n</table>\n"


def page(text):
    lines = [l.strip() for l in text.strip().splitlines() if l.strip()]
    title = lines[0] if lines else ""
    body = []
    n = 0
    while n < len(lines):
        line = lines[n]
        if line.startswith("|") or re.match(r"[-*] ", line):
            kind = "|" if line.startswith("|") else "-"
            run = []
            while n < len(lines) and ((lines[n].startswith("|")) if kind == "|"
                                      else re.match(r"[-*] ", lines[n])):
                run.append(lines[n])
                n += 1
            if kind == "|":
                body.append(table(run))
            else:
                items = "".join("<li>" + inline(l[2:]) + "</li>\n" for l in run)
                body.append("<ul>\n" + items + "</ul>\n")
            continue
        tag = "h1" if n == 0 else "p"
        body.append(f"<{tag}>{inline(line)}</{tag}>\n")
        n += 1
    return HEAD.format(title=inline(title)) + "".join(body) + TAIL


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for folder in sys.argv[2:]:
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as fh:
                text = fh.read()
            with open(os.path.join(out_dir, name[:-4] + ".html"), "w", encoding="utf-8") as fh:
                fh.write(page(text))


if __name__ == "__main__":
    main()
