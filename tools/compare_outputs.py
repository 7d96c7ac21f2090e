#!/usr/bin/env python3
"""Compares the JSON Lines of two finex runs over the same documents, record by record.

    python3 tools/compare_outputs.py before.jsonl after.jsonl

Records are matched by their "document" id. Prints each document whose record differs, with
the fields that differ, and a summary; exits 0 when the two runs are identical, 1 otherwise.
Use it to show that a change of structure left every output as it was.
"""
import json
import sys


def records(path):
    by_id = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                record = json.loads(line)
                by_id[record.get("document") or f"line:{number}"] = record
    return by_id


def differing_fields(a, b):
    return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    before, after = records(argv[1]), records(argv[2])
    changed = 0
    for doc in sorted(set(before) | set(after)):
        if doc not in before or doc not in after:
            print(f"{doc}: only in {'the first' if doc in before else 'the second'} run")
            changed += 1
        elif before[doc] != after[doc]:
            print(f"{doc}: {', '.join(differing_fields(before[doc], after[doc]))} differ")
            changed += 1
    print(f"{len(set(before) | set(after))} documents, {changed} differ")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
