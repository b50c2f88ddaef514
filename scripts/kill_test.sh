#!/usr/bin/env bash
# Crash safety of `sitrep ingest`: kills it with SIGKILL at random moments of a
# gen_corpus run and checks that the store survives and a re-run completes the
# work exactly.
#
#   scripts/kill_test.sh [--docs N] [--kills K] [--seed S] [--sitrep PATH]
#                        [--shared DIR] [--keep]
#
# 1. Generates N documents with ../shared/bench/gen_corpus.py.
# 2. Reference: one uninterrupted ingest into ref.db (its time T is measured).
# 3. K times: starts an ingest into killed.db and sends SIGKILL after a random
#    delay within the work still left (estimated from T and the documents
#    already stored); a kill only counts when the process was still running.
#    After each kill: `PRAGMA integrity_check` is ok, no id is stored twice,
#    every stored id belongs to the corpus, every document has its record.
# 4. A final ingest without a kill; then killed.db must hold exactly the ids
#    of ref.db (sorted lists compared) and the same row count in every table.
# Exit 0 when every check held.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DOCS=3000 KILLS=5 SEED=7 KEEP=0
SITREP=$ROOT/build/sitrep SHARED=$ROOT/../shared
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) DOCS=$2; shift 2 ;;
    --kills) KILLS=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --sitrep) SITREP=$2; shift 2 ;;
    --shared) SHARED=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "usage: $0 [--docs N] [--kills K] [--seed S] [--sitrep PATH] [--shared DIR] [--keep]" >&2; exit 2 ;;
  esac
done
SITREP=$(realpath "$SITREP")
WORK=$(mktemp -d)
[ "$KEEP" = 1 ] && echo "kill_test: work directory $WORK" || trap 'rm -rf "$WORK"' EXIT
RANDOM=$SEED
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
now() { date +%s.%N; }
q() {  # q DB SQL: first column of every row
  python3 -c '
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for row in c.execute(sys.argv[2]): print(row[0])' "$1" "$2"
}

python3 "$SHARED/bench/gen_corpus.py" --docs "$DOCS" --seed "$SEED" --out "$WORK/c.jsonl" \
  --truth "$WORK/t.jsonl" || exit 1
CORPUS=$WORK/c.jsonl

t0=$(now)
"$SITREP" ingest --db "$WORK/ref.db" "$CORPUS" 2>"$WORK/ref.err"
rc=$?
T=$(python3 -c "print($(now) - $t0)")
ref_n=$(q "$WORK/ref.db" 'select count(*) from documents')
printf "kill_test: reference ingest of %s documents: exit %s, %s stored, %.1f s\n" "$DOCS" "$rc" "$ref_n" "$T"
[ "$rc" = 0 ] || { fail "reference ingest exit status $rc"; tail -n 5 "$WORK/ref.err"; }
q "$WORK/ref.db" 'select id from documents order by id' >"$WORK/ref.ids"
python3 -c '
import json, sys
for line in open(sys.argv[1]): print(json.loads(line)["id"])' "$CORPUS" | sort >"$WORK/corpus.ids"

DB=$WORK/killed.db
kills=0 attempts=0
while [ $kills -lt "$KILLS" ] && [ $attempts -lt $((KILLS * 5)) ]; do
  attempts=$((attempts + 1))
  stored=$( [ -f "$DB" ] && q "$DB" 'select count(*) from documents' 2>/dev/null || echo 0)
  # A random moment within the work left (plus start-up), in milliseconds.
  left_ms=$(python3 -c "print(max(50, int(1000 * $T * (1 - $stored / max(1, $ref_n)) * 0.9)))")
  delay_ms=$(( (RANDOM * 32768 + RANDOM) % left_ms ))
  "$SITREP" ingest --db "$DB" "$CORPUS" 2>"$WORK/kill.err" &
  pid=$!
  sleep "$(python3 -c "print($delay_ms / 1000)")"
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid"
    echo "kill_test: attempt $attempts: ingest finished before the kill at ${delay_ms} ms; not counted"
    # The reference time overestimated a run (the machine got less loaded):
    # a whole run fits in delay_ms, so aim within that from now on.
    T=$(python3 -c "print(min($T, $delay_ms / 1000))")
    # Start over on a fresh store so the remaining kills hit real work.
    rm -f "$DB" "$DB-wal" "$DB-shm"
    continue
  fi
  kill -KILL "$pid"
  wait "$pid" 2>/dev/null
  kills=$((kills + 1))
  tables=$(q "$DB" "select count(*) from sqlite_master where type = 'table'" 2>&1)
  if [ "$tables" = 0 ]; then
    # Killed before the schema's one transaction committed: an empty store,
    # which the next run completes. Some tables without the rest would fail
    # below (no such table).
    ic=$(q "$DB" 'pragma integrity_check' 2>&1 | head -n 3 | tr '\n' ' ')
    printf "kill_test: kill %d at %6d ms: before the schema was created, integrity_check: %s\n" "$kills" "$delay_ms" "$ic"
    [ "$ic" = "ok " ] || fail "kill $kills: integrity_check: $ic"
    continue
  fi
  n=$(q "$DB" 'select count(*) from documents' 2>&1)
  ic=$(q "$DB" 'pragma integrity_check' 2>&1 | head -n 3 | tr '\n' ' ')
  printf "kill_test: kill %d at %6d ms: %s documents stored, integrity_check: %s\n" "$kills" "$delay_ms" "$n" "$ic"
  [ "$ic" = "ok " ] || fail "kill $kills: integrity_check: $ic"
  dup=$(q "$DB" 'select count(*) - count(distinct id) from documents')
  [ "$dup" = 0 ] || fail "kill $kills: $dup duplicate ids"
  q "$DB" 'select id from documents order by id' >"$WORK/now.ids"
  extra=$(comm -23 "$WORK/now.ids" "$WORK/corpus.ids" | wc -l)
  [ "$extra" = 0 ] || fail "kill $kills: $extra stored ids are not in the corpus"
  orphans=$(q "$DB" 'select count(*) from documents d where not exists (select 1 from records r where r.doc = d.rowid)')
  [ "$orphans" = 0 ] || fail "kill $kills: $orphans documents without their record (half-stored)"
done
[ $kills -eq "$KILLS" ] || fail "only $kills of $KILLS kills landed while ingest ran"

"$SITREP" ingest --db "$DB" "$CORPUS" 2>"$WORK/final.err"
rc=$?
[ "$rc" = 0 ] || { fail "final ingest exit status $rc"; tail -n 5 "$WORK/final.err"; }
echo "kill_test: final run: $(tail -n 1 "$WORK/final.err")"
q "$DB" 'select id from documents order by id' >"$WORK/killed.ids"
if cmp -s "$WORK/ref.ids" "$WORK/killed.ids"; then
  echo "kill_test: ids identical to the uninterrupted run ($(wc -l <"$WORK/ref.ids") documents)"
else
  fail "ids differ from the uninterrupted run: $(comm -23 "$WORK/ref.ids" "$WORK/killed.ids" | wc -l) missing, $(comm -13 "$WORK/ref.ids" "$WORK/killed.ids" | wc -l) extra"
fi
[ "$(q "$DB" 'pragma integrity_check')" = ok ] || fail "final integrity_check"
for t in $(q "$WORK/ref.db" "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name"); do
  a=$(q "$WORK/ref.db" "select count(*) from \"$t\"")
  b=$(q "$DB" "select count(*) from \"$t\"" 2>&1)
  [ "$a" = "$b" ] || fail "table $t: $b rows after the kills, $a in the uninterrupted run"
done

if [ $failures -gt 0 ]; then
  echo "kill_test: $failures failure(s) ($kills kills)"
  exit 1
fi
echo "kill_test: passed: $kills of $KILLS kills, store consistent after each, final store identical"
