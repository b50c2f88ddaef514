#!/usr/bin/env python3
"""Score `sitrep rewrites` output against gen_corpus.py's truth file.

  score_rewrites.py --truth truth.jsonl --pred pairs.tsv|rewrites.json

pred: `sitrep rewrites --format pairs` (a<TAB>b<TAB>similarity lines), or
`--format json` / `jsonl` (objects with "a" and "b").
A predicted pair is correct when both documents belong to one truth family.
Recall is reported per rewrite (parent, child) pair, split into light
rewrites (word paraphrase) and restated ones (ops holds "restate"):
  direct  the pair itself was predicted;
  family  the child ends in the same predicted family (connected component)
          as its parent.
Standard library only.
"""
import argparse
import collections
import json
import sys


def load_pred(path):
    with open(path, encoding="utf-8") as f:
        head = f.read(1)
        f.seek(0)
        if head == "[":
            return [(x["a"], x["b"]) for x in json.load(f)]
        pairs = []
        for line in f:
            line = line.strip()
            if not line:
                continue
            if line.startswith("{"):
                x = json.loads(line)
                pairs.append((x["a"], x["b"]))
            else:
                a, b = line.split("\t")[:2]
                pairs.append((a, b))
        return pairs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--pred", required=True)
    a = ap.parse_args()
    fam, parent, ops = {}, {}, {}
    with open(a.truth, encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            fam[t["id"]] = t["family"]
            parent[t["id"]] = t["parent"]
            ops[t["id"]] = t["ops"]
    pred = {frozenset(p) for p in load_pred(a.pred) if p[0] != p[1]}
    tp = sum(1 for p in pred if len({fam.get(x) for x in p}) == 1)
    fp = len(pred) - tp
    # Predicted families.
    up = {}

    def root(x):
        up.setdefault(x, x)
        while up[x] != x:
            up[x] = up[up[x]]
            x = up[x]
        return x
    for p in pred:
        x, y = tuple(p)
        up[root(x)] = root(y)
    kinds = collections.Counter()
    direct = collections.Counter()
    family = collections.Counter()
    for d, par in parent.items():
        if not par:
            continue
        k = "restated" if "restate" in ops[d] else "light"
        kinds[k] += 1
        if frozenset((d, par)) in pred:
            direct[k] += 1
        if d in up and par in up and root(d) == root(par):
            family[k] += 1
    # All within-family pairs (siblings too).
    members = collections.Counter(fam.values())
    true_pairs = sum(n * (n - 1) // 2 for n in members.values())
    prec = tp / len(pred) if pred else 0.0
    print(f"predicted pairs {len(pred)}  correct {tp}  wrong {fp}  precision {prec:.4f}")
    print(f"true within-family pairs {true_pairs}  recall (all pairs) {tp / true_pairs if true_pairs else 0:.4f}")
    for k in ("light", "restated"):
        n = kinds[k] or 1
        print(f"{k:9s} rewrites {kinds[k]:7d}  recall direct {direct[k] / n:.4f}  family {family[k] / n:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
