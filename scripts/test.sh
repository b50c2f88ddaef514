#!/usr/bin/env bash
# Sets everything up (including Chromium for the browser test) and runs every
# test: unit tests, the scorer on the seeds, the crash and hostile-input
# scripts, the browser test.
set -euo pipefail
cd "$(dirname "$0")/.."
SITREP_WITH_BROWSER=1 bash scripts/setup.sh
BUILD=${SITREP_BUILD_DIR:-build}
cd "$BUILD"
ctest --output-on-failure -j2 "$@"
