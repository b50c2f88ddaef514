#!/usr/bin/env bash
# The main job on the bundled examples: set up, ingest examples/, print the
# claims table, list rewrite families, and write out/report.html.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD=${SITREP_BUILD_DIR:-build}
mkdir -p out
rm -f out/examples.db out/examples.db-wal out/examples.db-shm
"$BUILD/sitrep" ingest -v --db out/examples.db examples/
"$BUILD/sitrep" extract --db out/examples.db --format table
"$BUILD/sitrep" rewrites --db out/examples.db --format table || true
"$BUILD/sitrep" report --db out/examples.db -o out/report.html && echo "wrote out/report.html"
