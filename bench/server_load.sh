#!/usr/bin/env bash
# Load test of `sitrep serve`: wrk against the claims endpoint on loopback.
# Builds a store from gen_corpus documents (default 2000) plus the examples,
# starts the server on a free port, runs wrk (default 30 s, 2 threads, 32
# connections) on /api/claims pages and on a filtered query, and writes the
# figures to bench/results/server.md.
#   bench/server_load.sh [SITREP] [SHARED]
#   env: DOCS=2000 DURATION=30s CONNECTIONS=32 THREADS=2 DB=existing.db
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SITREP=$(realpath "${1:-$ROOT/build/sitrep}")
SHARED=$(realpath "${2:-$ROOT/../shared}")
DOCS=${DOCS:-2000}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
OUT=$ROOT/bench/results/server.md
command -v wrk >/dev/null || { echo "server_load: wrk missing (apt-get install -y wrk)" >&2; exit 1; }

T=$(mktemp -d)
PID=""
trap 'if [ -n "$PID" ]; then kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; fi; rm -rf "$T"' EXIT
DB=${DB:-}
if [ -z "$DB" ]; then
  DB=$T/load.db
  python3 "$SHARED/bench/gen_corpus.py" --docs "$DOCS" --seed 7 --out "$T/corpus.jsonl" --truth "$T/truth.jsonl"
  "$SITREP" ingest --db "$DB" "$T/corpus.jsonl" "$ROOT"/examples/*.txt >/dev/null 2>&1 || true
fi
ndocs=$(sqlite3 "$DB" "SELECT count(*) FROM documents")
nclaims=$(sqlite3 "$DB" "SELECT count(*) FROM claims")

"$SITREP" serve --db "$DB" --port 0 >"$T/serve.log" 2>&1 &
PID=$!
URL=""
for _ in $(seq 1 100); do
  URL=$(sed -n 's/^sitrep: serving \(http:[^ ]*\)$/\1/p' "$T/serve.log"); [ -n "$URL" ] && break; sleep 0.1
done
[ -n "$URL" ] || { cat "$T/serve.log" >&2; exit 1; }

run() {  # name path
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${URL%/}$2" >"$T/$1.txt" 2>&1
  local rps p50 p99 non2xx sock
  rps=$(awk '/Requests\/sec/ {print $2}' "$T/$1.txt")
  p50=$(awk '$1=="50%" {print $2}' "$T/$1.txt")
  p99=$(awk '$1=="99%" {print $2}' "$T/$1.txt")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$T/$1.txt"); non2xx=${non2xx:-0}
  sock=$(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' "$T/$1.txt"); sock=${sock:-0}
  echo "| \`$2\` | $rps | $p50 | $p99 | $non2xx | $sock |"
}
rows=$(run page "/api/claims?limit=50&offset=100"; run filtered "/api/claims?place=Kostiantynivka&kind=fighting&limit=20")
{
  echo "# sitrep serve under load"
  echo
  echo "\`bench/server_load.sh\`: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency on loopback against \`sitrep serve\`"
  echo "(8 worker threads, read-only store), store of $ndocs documents / $nclaims claims"
  echo "(gen_corpus --docs $DOCS --seed 7, plus examples/)."
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), shared with the"
  echo "wrk client and any other work on it. Commit $(cd "$ROOT" && git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ)."
  echo
  echo "| endpoint | requests/s | p50 | p99 | non-2xx | socket errors |"
  echo "|---|---|---|---|---|---|"
  echo "$rows"
} >"$OUT"
cat "$OUT"
