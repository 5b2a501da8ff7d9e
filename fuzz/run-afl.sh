#!/usr/bin/env bash
# One AFL++ campaign at the lowest priority:
#   fuzz/run-afl.sh TARGET SECONDS [JOBS]
# JOBS instances (default 1) share the sync directory $FUZZ_WORK/TARGET/afl:
# "main" (-M) runs the ASan+UBSan build with the CMPLOG build beside it (-c),
# the others (-S) run the uninstrumented fast build; all use fuzz/warta.dict.
# Seeds are fuzz/corpus/TARGET, and main imports run-libfuzzer.sh's corpus (-F);
# a second run resumes the queue (AFL_AUTORESUME).
# Appends one line to $FUZZ_WORK/campaigns.tsv: engine, target, commit,
# CPU seconds, executions, execs/s, queue size of main, new findings; exits 1 on a finding.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
target=${1:?usage: fuzz/run-afl.sh TARGET SECONDS [JOBS]}
seconds=${2:?usage: fuzz/run-afl.sh TARGET SECONDS [JOBS]}
jobs=${3:-1}
work=${FUZZ_WORK:-$(dirname "$here")/build-fuzz}
src=${WARTA_SRC:-$(dirname "$here")}
max_len=${FUZZ_MAX_LEN:-65536}
[ -f "$here/fuzz_$target.c" ] || { echo "no target $target (fuzz/fuzz_$target.c)" >&2; exit 2; }

commit=$(cat "$src/COMMIT" 2>/dev/null || git -C "$src" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ ! -f "$src/COMMIT" ] && ! git -C "$src" diff --quiet HEAD -- lib include tools 2>/dev/null; then
    commit=$commit-dirty
fi
if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
    WARTA_SRC=$src nice -n 19 "$here/build.sh" afl "$work/afl" >/dev/null
fi
sync=$work/$target/afl
mkdir -p "$sync"

# Shared machines: no CPU pinning, no core_pattern or governor demands, no UI.
export AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_UI=1 AFL_AUTORESUME=1 AFL_IMPORT_FIRST=1
common=(-i "$here/corpus/$target" -o "$sync" -G "$max_len" -t 2000 -x "$here/warta.dict" -V "$seconds")
bin=$work/afl/fuzz_$target

# stat NAME KEY: a number from an instance's fuzzer_stats (0 before its first run);
# a resumed instance carries its totals on, so this run is the difference.
stat() {
    awk -F': *' -v key="$2" '$1 ~ "^" key " *$" { print $2 + 0; found = 1 } END { if (!found) print 0 }' \
        "$sync/$1/fuzzer_stats" 2>/dev/null || echo 0
}
instance_name() { if [ "$1" -eq 0 ]; then echo main; else echo "sec$1"; fi; }
# findings_of NAME: crash and hang files an instance saved in this run. A resumed
# afl-fuzz clears its crashes/ and hangs/ directories, so files are counted by age,
# not by the difference of two counts (which went negative once).
mkdir -p "$sync"
mark=$sync/.run-start
touch "$mark"
findings_of() {
    { find "$sync/$1/crashes" "$sync/$1/hangs" -type f ! -name README.txt -newer "$mark" \
        2>/dev/null || true; } | wc -l
}
declare -A execs_before runtime_before
for ((k = 0; k < jobs; k++)); do
    name=$(instance_name "$k")
    execs_before[$name]=$(stat "$name" execs_done)
    runtime_before[$name]=$(stat "$name" run_time)
done

pids=()
for ((k = 0; k < jobs; k++)); do
    if [ "$k" -eq 0 ]; then
        name=main
        args=(-M main -c "$bin.cmplog")
        # libFuzzer's corpus from run-libfuzzer.sh, when there is one, is synced in.
        [ -d "$work/$target/corpus" ] && args+=(-F "$work/$target/corpus")
        args+=(-- "$bin.afl")
    else
        name=sec$k
        args=(-S "$name" -- "$bin.fast")
    fi
    # Its own process group: a CMPLOG fork server left stopped behind it is ended with it.
    setsid /usr/bin/time -f '%U %S' -o "$sync/$name.cpu" \
        nice -n 19 afl-fuzz "${common[@]}" "${args[@]}" >"$sync/$name.log" 2>&1 &
    pids+=($!)
done
status=0
for pid in "${pids[@]}"; do
    wait "$pid" || status=$?
    kill -CONT -- "-$pid" 2>/dev/null && kill -- "-$pid" 2>/dev/null || true
done
# The fork server calls setsid, so a target it left stopped escapes the group kill and
# keeps the instance's directory locked ("is in use" on the next run): end every
# process still reading an instance's input file.
sync_real=$(readlink -f "$sync")
for fd in /proc/[0-9]*/fd/0; do
    case $(readlink "$fd" 2>/dev/null) in
    "$sync_real"/*/.cur_input) pid=${fd#/proc/}; kill -KILL "${pid%%/*}" 2>/dev/null || true ;;
    esac
done

# Totals over the instances; exec/s is executions over the instances' run time.
cpu=0 execs=0 runtime=0 findings=0
for ((k = 0; k < jobs; k++)); do
    name=$(instance_name "$k")
    [ -f "$sync/$name/fuzzer_stats" ] || { echo "afl-fuzz $name did not start: see $sync/$name.log" >&2; status=1; continue; }
    cpu=$(tail -n 1 "$sync/$name.cpu" | awk -v c="$cpu" '{ printf "%.0f", c + $1 + $2 }')
    execs=$((execs + $(stat "$name" execs_done) - ${execs_before[$name]}))
    runtime=$((runtime + $(stat "$name" run_time) - ${runtime_before[$name]}))
    findings=$((findings + $(findings_of "$name")))
done
rate=$(awk -v e="$execs" -v r="$runtime" 'BEGIN { printf "%.0f", (r > 0 ? e / r : 0) }')
queue=$(find "$sync/main/queue" -maxdepth 1 -type f 2>/dev/null | wc -l)
printf 'afl\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$commit" "$cpu" "$execs" "$rate" "$queue" \
    "$findings" | tee -a "$work/campaigns.tsv"
if [ "$status" -ne 0 ] || [ "$findings" -gt 0 ]; then
    echo "finding or failure: see $sync/*/crashes, $sync/*/hangs and $sync/*.log" \
        "(copy the inputs out first: the next run on this target clears them)" >&2
    exit 1
fi
