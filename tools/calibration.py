#!/usr/bin/env python3
"""What `confidence` means: the share of reported fines right in every slot, per confidence band.

    python3 tools/calibration.py GOLD_DIR... --pred OUT.jsonl [--scorer PATH/score.py]

A fine is right when it matches an annotated fine's amount and currency and every slot the
annotation gives (party, authority, date, kind); a fine that matches no annotation is wrong; a
fine that matches only an optional one (a total of parts, a fine without amount) is not counted.
Matching is the annotation scorer's own (tools/score.py beside the annotated articles).
"""
import argparse
import importlib.util
import os
import sys

BANDS = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def judged_fines(scorer, gold, pred):
    """(confidence, right) for every reported fine the annotations judge."""
    out = []
    for doc, g in gold.items():
        fines = [x for x in g["fines"] if x.get("amount") is not None]
        required = [x for x in fines if not x.get("optional")]
        optional = [x for x in fines if x.get("optional")]
        reported = [x for x in pred.get(doc, []) if (x.get("amount") or {}).get("value") is not None]
        # The scorer's pairing: best slot agreement first, each side used once.
        pairs = sorted(((sum(scorer.slots(p, r).values()), i, j)
                        for i, p in enumerate(reported) for j, r in enumerate(required)
                        if scorer.amount_match(p, r)), key=lambda t: -t[0])
        used_p, used_g, right = set(), set(), {}
        for _, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i), used_g.add(j)
            right[i] = all(scorer.slots(reported[i], required[j]).values())
        for i, p in enumerate(reported):
            if i not in right and any(scorer.amount_match(p, o) for o in optional):
                continue
            out.append((float(p.get("confidence") or 0.0), right.get(i, False)))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--pred", required=True)
    ap.add_argument("--scorer", default=os.path.join(here, "..", "..", "shared", "tools", "score.py"))
    a = ap.parse_args()
    if not os.path.exists(a.scorer):
        sys.exit(f"no scorer at {a.scorer} (give --scorer)")
    scorer = load_scorer(a.scorer)
    fines = judged_fines(scorer, scorer.load_gold(a.gold), scorer.load_pred(a.pred))
    print("| confidence | fines | right in every slot |")
    print("|---|---:|---:|")
    for low, high in BANDS:
        band = [ok for c, ok in fines if low <= c < high]
        label = f"{low:.1f}–{min(high, 1.0):.1f}"
        share = f"{sum(band) / len(band):.0%}" if band else "–"
        print(f"| {label} | {len(band)} | {share} |")
    high = [ok for c, ok in fines if c >= 0.8]
    if high:
        print(f"\n>= 0.8: {sum(high)} of {len(high)} right ({sum(high) / len(high):.0%})")


if __name__ == "__main__":
    main()
