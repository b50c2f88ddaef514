#!/usr/bin/env bash
# Browser test of the analyst views: ingests small articles into a temporary
# store, writes report.html, starts `sitrep serve` on a free loopback port and
# drives headless Chromium (Debian's /usr/bin/chromium) with playwright-core:
# click a place, see its timeline, save a screenshot; open report.html and
# check it logs no console errors and makes no network request.
# Usage: bash tests/e2e/browser_test.sh <sitrep binary> <../shared dir>
# Needs: node, /usr/bin/chromium (apt-get install chromium), and
# tests/browser/node_modules (cd tests/browser && npm install); the set-up
# installs them with SITREP_WITH_BROWSER=1.
set -euo pipefail
SITREP=$(realpath "$1")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${SITREP_SCREENSHOT_DIR:-$(dirname "$SITREP")}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

missing=""
command -v node >/dev/null || missing="$missing node (apt-get install nodejs)"
[ -x "$CHROMIUM" ] || missing="$missing chromium (apt-get install chromium)"
if ! (cd "$ROOT/tests/browser" && node -e "require.resolve('playwright-core')" >/dev/null 2>&1); then
  missing="$missing playwright-core (cd tests/browser && npm install)"
fi
if [ -n "$missing" ]; then
  echo "browser_test: cannot run, missing:$missing; run scripts/setup.sh with SITREP_WITH_BROWSER=1" >&2
  exit 1
fi

T=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$T"
}
trap cleanup EXIT

inputs=("$ROOT"/tests/browser/fixtures/*.txt)
if compgen -G "$ROOT/examples/*.txt" >/dev/null; then inputs+=("$ROOT"/examples/*.txt); fi
"$SITREP" ingest --db "$T/s.db" "${inputs[@]}" >/dev/null
"$SITREP" report --db "$T/s.db" -o "$T/report.html"
test -s "$T/report.html"
cp "$T/report.html" "$OUT/browser_test_report.html" 2>/dev/null || true

"$SITREP" serve --db "$T/s.db" --port 0 >"$T/serve.log" 2>&1 &
SERVER_PID=$!
URL=""
for _ in $(seq 1 100); do
  URL=$(sed -n 's/^sitrep: serving \(http:[^ ]*\)$/\1/p' "$T/serve.log")
  [ -n "$URL" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$T/serve.log" >&2; echo "browser_test: serve exited" >&2; exit 1; }
  sleep 0.1
done
[ -n "$URL" ] || { echo "browser_test: serve did not start" >&2; exit 1; }
echo "browser_test: server at $URL"

# The first place with claims, so the click has a timeline to show.
places=$(node -e "
  fetch('${URL}api/places').then(r=>r.json()).then(g=>{
    console.log(g.features.filter(f=>f.properties.claims>0).length);
  }).catch(e=>{console.error(e);process.exit(1);});")
if [ "$places" = "0" ]; then
  echo "browser_test: FAIL: the store has no place with claims (are the gazetteer and the claims stage in place?)" >&2
  exit 1
fi

cd "$ROOT/tests/browser"
CHROMIUM="$CHROMIUM" node browser_test.js "$URL" "$T/report.html" "$OUT"
