#!/usr/bin/env bash
# Line coverage of lib/ by the committed corpus: builds the replay programs
# with clang's source-based coverage, replays fuzz/corpus/TARGET (and
# fuzz/regressions/TARGET) through each, and prints llvm-cov's report.
#   fuzz/coverage.sh [OUTDIR]          (default build-fuzz/coverage)
#   COVERAGE_MISSING=1 fuzz/coverage.sh   also lists every line never run
# WARTA_SRC as for build.sh; LLVM_SUFFIX (default -14) picks llvm-profdata/llvm-cov.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$(dirname "$here")/build-fuzz/coverage}
src=${WARTA_SRC:-$(dirname "$here")}
suffix=${LLVM_SUFFIX:--14}
targets=(parse dates json capacity options paths)

WARTA_SRC=$src "$here/build.sh" coverage "$out" >/dev/null
rm -f "$out"/*.profraw
objects=()
for t in "${targets[@]}"; do
    dirs=("$here/corpus/$t")
    [ -d "$here/regressions/$t" ] && dirs+=("$here/regressions/$t")
    LLVM_PROFILE_FILE="$out/$t.profraw" "$out/fuzz_${t}_replay" "${dirs[@]}" >/dev/null
    objects+=(-object "$out/fuzz_${t}_replay")
done
"llvm-profdata$suffix" merge -sparse "$out"/*.profraw -o "$out/corpus.profdata"
# The first binary is llvm-cov's positional argument, the rest follow -object.
cov=("$out/fuzz_${targets[0]}_replay" "${objects[@]:2}" -instr-profile="$out/corpus.profdata")
# lib/*.inc are templates the .c files include: their lines count on their own.
shopt -s nullglob
sources=("$src"/lib/*.c "$src"/lib/*.inc)
"llvm-cov$suffix" report "${cov[@]}" "${sources[@]}"
if [ "${COVERAGE_MISSING:-0}" = 1 ]; then
    echo "== lines of lib/ no corpus input runs"
    "llvm-cov$suffix" show "${cov[@]}" -show-line-counts "${sources[@]}" |
        awk '/^\/.*:$/ { file = $0; next } /^ *[0-9]+\| *0\|/ { print file " " $0 }'
fi
