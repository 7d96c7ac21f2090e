#!/usr/bin/env python3
"""Hard-wraps annotated articles at a fixed width, as text copied from e-mails and PDFs arrives.

    python3 tools/wrap_corpus.py OUT_DIR DIR... [--width 72]

Every <id>.txt of each DIR is written to OUT_DIR with each paragraph (a line of the input)
wrapped greedily at WIDTH columns by Python's textwrap: words are never cut, a hyphenated word
may be broken after its hyphen, blank lines stay. The <id>.gold.json beside it is copied with
each "evidence" rewritten to the wrapped form of the same words, so it is still an exact
substring of the text; the values the scorer matches on are unchanged.

Then score the wrapped folder as the original:
    finex extract -q OUT_DIR > wrapped.jsonl
    python3 score.py OUT_DIR --pred wrapped.jsonl
"""
import argparse
import json
import pathlib
import re
import sys
import textwrap


def wrap(text, width):
    wrapper = textwrap.TextWrapper(width=width, break_long_words=False, break_on_hyphens=True)
    lines = []
    for line in text.split("\n"):
        if not line.strip():
            lines.append(line)
        else:
            lines.extend(wrapper.wrap(line))
    return "\n".join(lines)


def wrapped_evidence(evidence, wrapped_text):
    """The substring of `wrapped_text` holding the words of `evidence` (None if absent)."""
    parts = []
    for token in re.split(r"(\s+)", evidence):
        if not token:
            continue
        if token.isspace():
            parts.append(r"\s+")
        else:
            # textwrap may break a word after any of its hyphens.
            parts.append("-\n?".join(re.escape(p) for p in token.split("-")))
    match = re.search("".join(parts), wrapped_text)
    return match.group(0) if match else None


def wrap_pair(txt, out_dir, width):
    text = txt.read_text(encoding="utf-8")
    wrapped = wrap(text, width)
    (out_dir / txt.name).write_text(wrapped, encoding="utf-8")
    gold_path = txt.with_name(txt.name[: -len(".txt")] + ".gold.json")
    if not gold_path.exists():
        return 0
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    lost = 0
    for fine in gold.get("fines", []):
        evidence = fine.get("evidence")
        if evidence:
            found = wrapped_evidence(evidence, wrapped)
            if found is None:
                lost += 1
            else:
                fine["evidence"] = found
    (out_dir / gold_path.name).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                          encoding="utf-8")
    return lost


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("dirs", nargs="+")
    parser.add_argument("--width", type=int, default=72)
    args = parser.parse_args(argv)
    out_dir = pathlib.Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = lost = 0
    for d in args.dirs:
        for txt in sorted(pathlib.Path(d).glob("*.txt")):
            lost += wrap_pair(txt, out_dir, args.width)
            files += 1
    print(f"{files} articles wrapped at {args.width} columns into {out_dir}", file=sys.stderr)
    if lost:
        print(f"{lost} evidence string(s) not found in the wrapped text", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
