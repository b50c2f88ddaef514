#!/usr/bin/env bash
# End-to-end: ingest the seed articles, check idempotence, extract from the
# store and score against the hand-made gold with the minimum F1 per field.
# Usage: seeds_score.sh SITREP SHARED_DIR
set -euo pipefail
SITREP=$1
SHARED=$2
if [ ! -d "$SHARED/seeds" ]; then echo "no $SHARED/seeds; skipping"; exit 0; fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$SITREP" ingest -v --db "$T/x.db" "$SHARED"/seeds/*.txt 2> "$T/ingest1.err"
grep -q "5 stored" "$T/ingest1.err" || { cat "$T/ingest1.err"; echo "FAIL: first ingest did not store 5"; exit 1; }
"$SITREP" ingest -v --db "$T/x.db" "$SHARED"/seeds/*.txt 2> "$T/ingest2.err"
grep -q "0 stored, 5 skipped as duplicates" "$T/ingest2.err" || { cat "$T/ingest2.err"; echo "FAIL: second ingest added documents"; exit 1; }
"$SITREP" extract --db "$T/x.db" --format jsonl > "$T/out.jsonl"
test "$(wc -l < "$T/out.jsonl")" -eq 5 || { echo "FAIL: expected 5 records"; exit 1; }
"$SITREP" rewrites --db "$T/x.db" --format json > "$T/rewrites.json"
python3 "$SHARED/eval/score.py" --gold "$SHARED/gold/seeds.jsonl" --pred "$T/out.jsonl" \
  --rewrites-gold "$SHARED/gold/seeds_rewrites.json" --rewrites-pred "$T/rewrites.json" \
  ${SITREP_SCORE_MIN:---min places=0.90 --min speakers=0.85 --min outlets=0.85 --min dates=0.85 --min claims=0.85 --min quantities=0.85 --min sourcing=0.85 --min rewrite_pairs=1.0 --min rewrite_added=0.7 --min rewrite_quotes=0.8}
