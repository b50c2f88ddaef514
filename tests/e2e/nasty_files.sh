#!/usr/bin/env bash
# Hostile input: runs `sitrep ingest` and `sitrep extract` on every file that
# scripts/nasty_files.py writes and checks, for each one:
#   - no crash and no hang: exit status 0 or 1 (never >= 124: timeout/signal),
#     within a time limit;
#   - bounded memory: peak RSS (from /usr/bin/time, or the ulimit -v cap when it
#     is missing) under a limit;
#   - the expected outcome of the manifest: exit status, a message that names
#     the file, and how many documents were stored;
#   - nothing already stored is lost and the store passes integrity_check.
# usage: nasty_files.sh SITREP SHARED_DIR
#   SITREP_NASTY_BIG_MB  size of the single-line file (default 200)
#   SITREP_NASTY_KEEP=1  keep the work directory
set -uo pipefail
SITREP=$(realpath "$1")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
[ "${SITREP_NASTY_KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
FILES=$WORK/files
DB=$WORK/nasty.db
TIME_LIMIT=${SITREP_NASTY_TIMEOUT:-300}
RSS_LIMIT_MB=${SITREP_NASTY_RSS_MB:-1536}
export SITREP_MAX_DECOMPRESSED_MB=512
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

python3 "$ROOT/scripts/nasty_files.py" --out "$FILES" --manifest "$WORK/manifest.tsv" \
  --big-mb "${SITREP_NASTY_BIG_MB:-200}" || exit 1

sql() { python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(sys.argv[2]).fetchone()[0])' "$DB" "$1"; }

# Runs "$@" with a time limit and measures peak RSS into $WORK/rss (MB).
measure() {
  local out=$1 err=$2
  shift 2
  if [ -x /usr/bin/time ]; then
    ( ulimit -v $((8 * 1024 * 1024)); /usr/bin/time -f "%M" -o "$WORK/time" timeout -s KILL "$TIME_LIMIT" "$@" >"$out" 2>"$err" )
    local rc=$?
    echo $(( $(tail -n 1 "$WORK/time" | grep -Eo '^[0-9]+' || echo 0) / 1024 )) >"$WORK/rss"
    return $rc
  fi
  ( ulimit -v $(((RSS_LIMIT_MB + 512) * 1024)); timeout -s KILL "$TIME_LIMIT" "$@" >"$out" 2>"$err" )
  local rc=$?
  echo 0 >"$WORK/rss"
  return $rc
}

# Documents stored before the hostile files: they must survive everything.
python3 - "$WORK/base.jsonl" <<'EOF'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(3):
        f.write(json.dumps({"id": "base-%d" % i, "title": "Base %d" % i,
                            "text": "Base document %d. Officials said a bridge was repaired on day %d." % (i, i)}) + "\n")
EOF
"$SITREP" ingest --db "$DB" "$WORK/base.jsonl" 2>/dev/null
[ "$(sql 'select count(*) from documents')" = 3 ] || { echo "FAIL: baseline ingest"; exit 1; }

printf "%-22s %-7s %4s %6s %7s %6s  %s\n" file expect rc stored rss_mb secs message
while IFS=$'\t' read -r name expect stored message; do
  f=$FILES/$name
  before=$(sql 'select count(*) from documents')
  start=$(date +%s.%N)
  measure "$WORK/out" "$WORK/err" "$SITREP" ingest --db "$DB" "$f"
  rc=$?
  secs=$(python3 -c "import time; print('%.1f' % (time.time() - $start))")
  rss=$(cat "$WORK/rss")
  after=$(sql 'select count(*) from documents')
  added=$((after - before))
  first_msg=$(grep -v "gazetteer" "$WORK/err" | head -n 1 | cut -c1-110)
  printf "%-22s %-7s %4s %6s %7s %6s  %s\n" "$name" "$expect" "$rc" "$added" "$rss" "$secs" "$first_msg"
  if [ $rc -ge 124 ] || [ $rc -gt 1 ]; then
    fail "$name: ingest exit status $rc (crash, signal or timeout)"; sed -n 1,20p "$WORK/err"
  fi
  [ "$rss" -le "$RSS_LIMIT_MB" ] || fail "$name: ingest peak RSS ${rss} MB > ${RSS_LIMIT_MB} MB"
  if [ "$expect" = ok ] && [ $rc -ne 0 ]; then fail "$name: expected exit 0, got $rc"; fi
  if [ "$expect" = error ]; then
    [ $rc -eq 1 ] || fail "$name: expected exit 1, got $rc"
    grep -qF "$name" "$WORK/err" || fail "$name: no message names the file"
  fi
  if [ "$message" != - ] && ! grep -qF -- "$message" "$WORK/err"; then
    fail "$name: stderr lacks '$message'"
  fi
  if [ "$stored" != - ] && [ "$added" != "$stored" ]; then
    fail "$name: $added documents stored, expected $stored"
  fi
  [ "$(sql "select count(*) from documents where id like 'base-%'")" = 3 ] || fail "$name: earlier documents lost"
  [ "$(sql 'pragma integrity_check')" = ok ] || fail "$name: integrity_check failed"

  # The same file through `sitrep extract` (no store).
  measure "$WORK/xout" "$WORK/xerr" "$SITREP" extract --format jsonl "$f"
  xrc=$?
  xrss=$(cat "$WORK/rss")
  if [ $xrc -ge 124 ] || [ $xrc -gt 1 ]; then
    fail "$name: extract exit status $xrc (crash, signal or timeout)"; sed -n 1,20p "$WORK/xerr"
  fi
  [ "$xrss" -le "$RSS_LIMIT_MB" ] || fail "$name: extract peak RSS ${xrss} MB > ${RSS_LIMIT_MB} MB"
  if [ "$expect" = error ] && [ $xrc -ne 1 ]; then fail "$name: extract expected exit 1, got $xrc"; fi
  if [ "$expect" = ok ] && [ $xrc -ne 0 ]; then fail "$name: extract expected exit 0, got $xrc"; fi
  if [ "$stored" != - ]; then
    n=$(grep -c . "$WORK/xout")
    [ "$n" = "$stored" ] || fail "$name: extract printed $n records, expected $stored"
  fi
done <"$WORK/manifest.tsv"

# The cp1251 page was converted: its Cyrillic text is stored as UTF-8.
[ "$(sql "select count(*) from documents where text like '%обстрел повредил%'")" -ge 1 ] ||
  fail "cp1251.html: Cyrillic text not converted"
# A second pass over everything adds nothing and still never crashes.
before=$(sql 'select count(*) from documents')
measure "$WORK/out" "$WORK/err" "$SITREP" ingest --db "$DB" "$FILES"
rc=$?
[ $rc -le 1 ] || fail "directory re-run: exit status $rc"
after=$(sql 'select count(*) from documents')
[ "$after" = "$before" ] || fail "directory re-run stored $((after - before)) more documents"
[ "$(sql 'pragma integrity_check')" = ok ] || fail "final integrity_check failed"

if [ $failures -gt 0 ]; then
  echo "nasty_files: $failures failure(s)"
  exit 1
fi
echo "nasty_files: all files handled"
