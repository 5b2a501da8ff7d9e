#!/usr/bin/env bash
# CI stage for the fuzz targets (issue 3), about 4 minutes on 2 cores:
# 1. libFuzzer with ASan+UBSan: every target 60 s from the committed corpus,
#    two at a time; any crash, leak, timeout or broken invariant fails the stage.
# 2. MemorySanitizer: the replay programs over the committed corpus.
# Work goes to build-fuzz-ci/; the committed corpus is only read.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_CI_SECONDS:-60}
work=$PWD/build-fuzz-ci
rm -rf "$work"
mkdir -p "$work"
export FUZZ_WORK=$work

echo "-- building the libFuzzer targets (clang, -fsanitize=fuzzer,address,undefined)"
fuzz/build.sh libfuzzer "$work/libfuzzer" >/dev/null

failed=0
# Two campaigns at a time: the machine has two cores.
run_pair() {
    local pids=() t
    for t in "$@"; do
        FUZZ_NO_BUILD=1 fuzz/run-libfuzzer.sh "$t" "$seconds" &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || failed=1
    done
}
run_pair parse dates
run_pair json capacity
run_pair options paths

echo "-- MemorySanitizer: replay programs over the committed corpus"
fuzz/build.sh msan "$work/msan" >/dev/null
for t in parse dates json capacity options paths; do
    dirs=("fuzz/corpus/$t")
    [ -d "fuzz/regressions/$t" ] && dirs+=("fuzz/regressions/$t")
    "$work/msan/fuzz_${t}_replay" "${dirs[@]}" || failed=1
done

if [ "$failed" -ne 0 ]; then
    echo "fuzzing found a problem: see $work/*/findings and the logs in $work/*/" >&2
    exit 1
fi
