#!/usr/bin/env bash
# How much faster `warta -j N` parses many files than `warta -j 1`, measured in rounds:
# each round runs -j 1, -j N and N processes side by side (each `warta -j 1` on every
# N-th file: the most the machine gives N workers that share nothing) right after each
# other, the order turning, so a drift of the host's speed, which on a shared machine
# can reach 2x within minutes, hits the three alike. Prints each round, then the medians
# and the median of the rounds' ratios to -j 1, which are the figures to quote.
#
#   bench/threads.sh [--rounds R] [--threads N] [--warta path/to/warta] [FILE...]
#
# Defaults: 15 rounds, N = the number of online CPUs, the warta tool of build-bench/
# (configured Release when missing), and the bundled corpus ten times over (340 files).
# Output goes to /dev/null: what is timed is reading, parsing and writing the JSON.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
. "$here/build-bench.sh"
rounds=15
threads=$(getconf _NPROCESSORS_ONLN)
warta=
while [ $# -gt 0 ]; do
    case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --warta) warta=$2; shift 2 ;;
    *) break ;;
    esac
done
[ -n "$warta" ] || warta=$(bench_warta)
[ -x "$warta" ] || { echo "threads.sh: no warta at $warta" >&2; exit 1; }
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
    for _ in $(seq 10); do files+=("$here"/corpus/*.txt); done
fi

# Wall time of one run in nanoseconds.
run() {
    local t0 t1
    t0=$(date +%s%N)
    "$warta" -j "$1" "${files[@]}" >/dev/null
    t1=$(date +%s%N)
    echo $((t1 - t0))
}

# Wall time of $threads processes side by side, process k on files k, k + N, k + 2N...
split_run() {
    local t0 t1 k i part
    t0=$(date +%s%N)
    for ((k = 0; k < threads; k++)); do
        part=()
        for ((i = k; i < ${#files[@]}; i += threads)); do part+=("${files[i]}"); done
        "$warta" "${part[@]}" >/dev/null &
    done
    wait
    t1=$(date +%s%N)
    echo $((t1 - t0))
}

echo "$warta: ${#files[@]} files, $(cat "${files[@]}" | wc -c) bytes; -j 1 against -j $threads" \
    "and $threads processes, $rounds rounds; $(getconf _NPROCESSORS_ONLN) CPUs online"
run 1 >/dev/null # warm the page cache
rows=
for p in $(seq "$rounds"); do
    case $((p % 3)) in
    1) a=$(run 1); b=$(run "$threads"); c=$(split_run) ;;
    2) b=$(run "$threads"); c=$(split_run); a=$(run 1) ;;
    0) c=$(split_run); a=$(run 1); b=$(run "$threads") ;;
    esac
    rows+="$a $b $c"$'\n'
    awk -v p="$p" -v a="$a" -v b="$b" -v c="$c" -v n="$threads" \
        'BEGIN { printf "round %2d: -j 1 %7.1f ms, -j %d %7.1f ms (%.2fx), %d processes %7.1f ms (%.2fx)\n",
                        p, a / 1e6, n, b / 1e6, a / b, n, c / 1e6, a / c }'
done
printf '%s' "$rows" | awk -v n="$threads" '
    { a[NR] = $1; b[NR] = $2; c[NR] = $3; r[NR] = $1 / $2; q[NR] = $1 / $3 }
    function median(v, k,   t, i, j, x) {
        for (i = 1; i <= k; i++) t[i] = v[i]
        for (i = 2; i <= k; i++)
            for (j = i; j > 1 && t[j - 1] > t[j]; j--) { x = t[j]; t[j] = t[j - 1]; t[j - 1] = x }
        return k % 2 ? t[(k + 1) / 2] : (t[k / 2] + t[k / 2 + 1]) / 2
    }
    END {
        printf "median: -j 1 %.1f ms, -j %d %.1f ms, %d processes %.1f ms\n",
            median(a, NR) / 1e6, n, median(b, NR) / 1e6, n, median(c, NR) / 1e6
        printf "median of the rounds: %.2fx faster with -j %d, %.2fx with %d processes\n",
            median(r, NR), n, median(q, NR), n
    }'
