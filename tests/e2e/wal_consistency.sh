#!/usr/bin/env bash
# `serve` answers consistently while an ingest writes (WAL): no reader sees
# half a document.
#   1. Ingests 300 gen_corpus documents, starts `sitrep serve` on the store.
#   2. Starts an ingest of 12,000 more (batches of 200) and, while it runs,
#      polls the API:
#      /api/documents pages and /api/document?id= for the documents listed.
#   3. After the ingest: every document a reader saw during the writes must
#      look exactly as it does now (same claims count in the list, same record
#      JSON), every listed document has its record, and the total never went
#      down; the server never failed a request.
# usage: wal_consistency.sh SITREP SHARED_DIR
set -uo pipefail
SITREP=$(realpath "$1")
SHARED=$2
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
DB=$WORK/wal.db

python3 "$SHARED/bench/gen_corpus.py" --docs 12300 --seed 11 --out "$WORK/all.jsonl" --truth "$WORK/t.jsonl" || exit 1
head -n 300 "$WORK/all.jsonl" >"$WORK/first.jsonl"
tail -n +301 "$WORK/all.jsonl" >"$WORK/rest.jsonl"
"$SITREP" ingest --db "$DB" "$WORK/first.jsonl" 2>/dev/null || { echo "FAIL: first ingest"; exit 1; }

"$SITREP" serve --db "$DB" --port 0 >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVER_PID=$!
for _ in $(seq 1 100); do
  grep -q "serving http" "$WORK/serve.out" 2>/dev/null && break
  sleep 0.1
done
URL=$(grep -o "http://[^ ]*" "$WORK/serve.out" | head -n 1)
[ -n "$URL" ] || { echo "FAIL: server did not start: $(cat "$WORK/serve.err")"; exit 1; }

"$SITREP" ingest --batch 200 --db "$DB" "$WORK/rest.jsonl" 2>"$WORK/ingest.err" &
INGEST_PID=$!

python3 - "$URL" "$INGEST_PID" <<'EOF'
import json, os, random, sys, time, urllib.request, urllib.parse
url, ingest_pid = sys.argv[1].rstrip("/"), int(sys.argv[2])
rnd = random.Random(5)
def get(path):
    with urllib.request.urlopen(url + path, timeout=30) as r:
        return json.loads(r.read())
def running():
    try:
        os.kill(ingest_pid, 0)
        return os.path.exists(f"/proc/{ingest_pid}") and open(f"/proc/{ingest_pid}/stat").read().split()[2] != "Z"
    except OSError:
        return False
seen = {}       # id -> (claims count in the list, record json) as seen during writes
last_total, polls, errors, during = 0, 0, [], 0
while True:
    live = running()
    try:
        page = get("/api/documents?limit=50&offset=0")
        total = page["total"]
        if total < last_total:
            errors.append(f"total went down: {last_total} -> {total}")
        last_total = total
        off = rnd.randrange(0, max(1, total - 20))
        page = get(f"/api/documents?limit=20&offset={off}")
        for d in page["documents"]:
            doc = get("/api/document?id=" + urllib.parse.quote(d["id"]))
            if "record" not in doc:
                errors.append(f"{d['id']}: listed but has no record (half a document)")
                continue
            seen.setdefault(d["id"], (d["claims"], json.dumps(doc["record"], sort_keys=True)))
        polls += 1
        if live: during += 1
    except Exception as e:  # a failed request is a failure too
        errors.append(f"request failed: {e}")
    if not live:
        break
    time.sleep(0.05)
# Now quiescent: everything seen during the writes must be as it is now.
for i, (claims, rec) in seen.items():
    doc = get("/api/document?id=" + urllib.parse.quote(i))
    if json.dumps(doc.get("record"), sort_keys=True) != rec:
        errors.append(f"{i}: record seen during the ingest differs from the final one")
final = get("/api/documents?limit=1&offset=0")["total"]
print(f"wal_consistency: {polls} polls ({during} while the ingest ran), {len(seen)} documents checked, "
      f"final total {final}")
if during < 3:
    errors.append(f"only {during} polls overlapped the ingest; the test proved nothing")
for e in errors[:20]:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
EOF
rc=$?
wait "$INGEST_PID"
irc=$?
[ $irc -le 1 ] || { echo "FAIL: ingest exit status $irc"; rc=1; }
kill -0 "$SERVER_PID" 2>/dev/null || { echo "FAIL: server died: $(tail -n 5 "$WORK/serve.err")"; rc=1; }
[ $rc -eq 0 ] && echo "wal_consistency: passed"
exit $rc
