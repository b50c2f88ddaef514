#!/usr/bin/env bash
# Short fuzz runs for CI (ctest entries fuzz_build and fuzz_<target>).
#   run_short.sh build DIR          configure and build the instrumented tree
#   run_short.sh run DIR TARGET     run DIR/fuzz/TARGET for SITREP_FUZZ_SECONDS
#                                   (default 30) on tests/fuzz/<name> seeds
# Exits 77 (ctest: skipped) when clang, its libFuzzer runtime or the built
# target is missing, so CI without clang passes cleanly, and when
# SITREP_FUZZ_SECONDS=0 (skip fuzzing, e.g. for a quick local ctest).
set -uo pipefail
if [ "${SITREP_FUZZ_SECONDS:-30}" = 0 ]; then echo "fuzz: SITREP_FUZZ_SECONDS=0; skipped"; exit 77; fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
mode=$1 dir=$2
have_clang() {
  command -v clang >/dev/null && command -v clang++ >/dev/null || return 1
  echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' \
    > "${TMPDIR:-/tmp}/sitrep_fuzz_probe.cc"
  clang++ -fsanitize=fuzzer,address,undefined "${TMPDIR:-/tmp}/sitrep_fuzz_probe.cc" \
    -o "${TMPDIR:-/tmp}/sitrep_fuzz_probe" >/dev/null 2>&1
}
case "$mode" in
  build)
    if ! have_clang; then echo "fuzz: clang with libFuzzer not found; skipped"; exit 77; fi
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DSITREP_BUILD_FUZZERS=ON -DSITREP_BUILD_TESTS=OFF -DSITREP_BUILD_BENCHMARKS=OFF >/dev/null || exit 1
    cmake --build "$dir" -j2 --target fuzzers 2>&1 | grep -E "error|Error" ; exit "${PIPESTATUS[0]}"
    ;;
  run)
    target=$3
    bin="$dir/fuzz/$target"
    if [ ! -x "$bin" ]; then echo "fuzz: $bin not built (no clang?); skipped"; exit 77; fi
    name=${target%_fuzzer}
    seeds="$ROOT/tests/fuzz/$name"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    args=("$work")
    [ -d "$seeds" ] && args+=("$seeds")
    dict="$ROOT/tests/fuzz/$name.dict"
    [ -f "$dict" ] && args+=("-dict=$dict")
    # Findings are written to the working directory: keep them beside the build.
    mkdir -p "$dir/findings"
    cd "$dir/findings" || exit 1
    # -error_exitcode: libFuzzer's default for a finding is 77, ctest's "skipped".
    "$bin" "${args[@]}" -max_total_time="${SITREP_FUZZ_SECONDS:-30}" -rss_limit_mb=2048 \
      -max_len=65536 -timeout=25 -print_final_stats=1 -error_exitcode=1 2>"$work/log"
    rc=$?
    grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)|ERROR|SUMMARY|Test unit written" "$work/log"
    tail -n 3 "$work/log" | grep -E "cov:" || true
    [ $rc -ne 0 ] && tail -n 60 "$work/log"
    exit $rc
    ;;
  *) echo "usage: run_short.sh build DIR | run DIR TARGET" >&2; exit 2 ;;
esac
