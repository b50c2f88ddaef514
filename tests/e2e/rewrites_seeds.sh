#!/usr/bin/env bash
# Rewrites on the seeds: the pair 000-001 and no other, scored by score.py
# (rewrite_pairs F1 1.00, rewrite_added F1 >= 0.7, rewrite_quotes F1 >= 0.8).
set -euo pipefail
SITREP=$1
SHARED=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$SITREP" ingest --db "$tmp/s.db" "$SHARED"/seeds/*.txt 2>/dev/null || true
"$SITREP" rewrites --db "$tmp/s.db" --format json > "$tmp/rw.json"
"$SITREP" extract --db "$tmp/s.db" > "$tmp/ex.jsonl"
python3 "$SHARED/eval/score.py" --gold "$SHARED/gold/seeds.jsonl" --pred "$tmp/ex.jsonl" \
  --rewrites-gold "$SHARED/gold/seeds_rewrites.json" --rewrites-pred "$tmp/rw.json" > "$tmp/score.txt"
cat "$tmp/score.txt" | grep '^rewrite_'
f1() { grep "^$1 " "$tmp/score.txt" | sed -E 's/.*F1 ([0-9.]+).*/\1/'; }
python3 -c "import sys; p,a,q=map(float,sys.argv[1:]); sys.exit(0 if p==1.0 and a>=0.7 and q>=0.8 else 1)" \
  "$(f1 rewrite_pairs)" "$(f1 rewrite_added)" "$(f1 rewrite_quotes)"
"$SITREP" rewrites --db "$tmp/s.db" --format table > /dev/null
"$SITREP" rewrites --db "$tmp/s.db" --format pairs | grep -q 000_fea27827a26d298b
