#!/usr/bin/env bash
# CI version of scripts/kill_test.sh: SIGKILL during ingest of a small
# gen_corpus run (3000 documents, 5 kills); the store must stay consistent and
# a re-run must end with exactly the documents of an uninterrupted run.
# usage: kill_test.sh SITREP SHARED_DIR
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
exec bash "$ROOT/scripts/kill_test.sh" --sitrep "$1" --shared "$2" \
  --docs "${SITREP_KILL_DOCS:-3000}" --kills "${SITREP_KILL_KILLS:-5}"
