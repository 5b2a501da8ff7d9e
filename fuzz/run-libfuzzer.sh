#!/usr/bin/env bash
# One libFuzzer campaign on one core, at the lowest priority:
#   fuzz/run-libfuzzer.sh TARGET SECONDS
# TARGET is parse, dates, json, capacity, options or paths. Builds the targets from
# WARTA_SRC (default: this checkout) into $FUZZ_WORK/libfuzzer, fuzzes from
# fuzz/corpus/TARGET into $FUZZ_WORK/TARGET/corpus (new inputs go there, the
# committed corpus and AFL++'s queue from run-afl.sh are only read), and appends one line to $FUZZ_WORK/campaigns.tsv:
# engine, target, commit, CPU seconds, executions, execs/s, corpus files, new findings.
# Findings (crash-*, leak-*, timeout-*, oom-*) land in $FUZZ_WORK/TARGET/findings/;
# the script exits 1 when there is one.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
target=${1:?usage: fuzz/run-libfuzzer.sh TARGET SECONDS}
seconds=${2:?usage: fuzz/run-libfuzzer.sh TARGET SECONDS}
work=${FUZZ_WORK:-$(dirname "$here")/build-fuzz}
src=${WARTA_SRC:-$(dirname "$here")}
max_len=${FUZZ_MAX_LEN:-65536}
[ -f "$here/fuzz_$target.c" ] || { echo "no target $target (fuzz/fuzz_$target.c)" >&2; exit 2; }

commit=$(cat "$src/COMMIT" 2>/dev/null || git -C "$src" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ ! -f "$src/COMMIT" ] && ! git -C "$src" diff --quiet HEAD -- lib include tools 2>/dev/null; then
    commit=$commit-dirty
fi
if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
    WARTA_SRC=$src nice -n 19 "$here/build.sh" libfuzzer "$work/libfuzzer" >/dev/null
fi
mkdir -p "$work/$target/corpus" "$work/$target/findings"
findings_before=$(find "$work/$target/findings" -type f | wc -l)
log=$work/$target/libfuzzer-$(date -u +%Y%m%dT%H%M%S).log

# AFL++'s queue for the same target, when there is one, is read as more seeds.
extra=()
[ -d "$work/$target/afl/main/queue" ] && extra=("$work/$target/afl/main/queue")

status=0
/usr/bin/time -f '%U %S' -o "$work/$target/cpu" \
    nice -n 19 "$work/libfuzzer/fuzz_$target" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -dict="$here/warta.dict" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$work/$target/findings/" "$work/$target/corpus" "$here/corpus/$target" "${extra[@]}" \
    >"$log" 2>&1 || status=$?

cpu=$(tail -n 1 "$work/$target/cpu" | awk '{ printf "%.0f", $1 + $2 }')
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
files=$(find "$work/$target/corpus" "$here/corpus/$target" -type f | wc -l)
findings=$(($(find "$work/$target/findings" -type f | wc -l) - findings_before))
printf 'libfuzzer\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$commit" "$cpu" "${execs:-0}" \
    "${rate:-0}" "$files" "$findings" | tee -a "$work/campaigns.tsv"
if [ "$status" -ne 0 ] || [ "$findings" -gt 0 ]; then
    echo "finding: see $log and $work/$target/findings/" >&2
    grep -m1 -A3 -E 'ERROR|invariant broken|runtime error' "$log" >&2 || true
    exit 1
fi
