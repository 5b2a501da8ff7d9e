#!/usr/bin/env bash
# How much faster `warta -j N` parses many files than `warta -j 1`, measured in pairs:
# each pair runs -j 1 and -j N right after each other (in turn first), so a drift of
# the host's speed, which on a shared machine can reach 2x within minutes, hits both
# commands of a pair alike. Prints each pair, then the medians and the median of the
# pairs' ratios, which is the figure to quote.
#
#   bench/threads.sh [--pairs P] [--threads N] [--warta path/to/warta] [FILE...]
#
# Defaults: 15 pairs, N = the number of online CPUs, the warta tool of build-bench/
# (configured Release when missing), and the bundled corpus ten times over (340 files).
# Output goes to /dev/null: what is timed is reading, parsing and writing the JSON.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
. "$here/build-bench.sh"
pairs=15
threads=$(getconf _NPROCESSORS_ONLN)
warta=
while [ $# -gt 0 ]; do
    case $1 in
    --pairs) pairs=$2; shift 2 ;;
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

echo "$warta: ${#files[@]} files, $(cat "${files[@]}" | wc -c) bytes; -j 1 against -j $threads," \
    "$pairs pairs; $(getconf _NPROCESSORS_ONLN) CPUs online"
run 1 >/dev/null # warm the page cache
rows=
for p in $(seq "$pairs"); do
    if [ $((p % 2)) -eq 1 ]; then
        a=$(run 1)
        b=$(run "$threads")
    else
        b=$(run "$threads")
        a=$(run 1)
    fi
    rows+="$a $b"$'\n'
    awk -v p="$p" -v a="$a" -v b="$b" -v n="$threads" \
        'BEGIN { printf "pair %2d: -j 1 %7.1f ms, -j %d %7.1f ms, %.2fx\n", p, a / 1e6, n, b / 1e6, a / b }'
done
printf '%s' "$rows" | awk -v n="$threads" '
    { a[NR] = $1; b[NR] = $2; r[NR] = $1 / $2 }
    function median(v, k,   t, i, j, x) {
        for (i = 1; i <= k; i++) t[i] = v[i]
        for (i = 2; i <= k; i++)
            for (j = i; j > 1 && t[j - 1] > t[j]; j--) { x = t[j]; t[j] = t[j - 1]; t[j - 1] = x }
        return k % 2 ? t[(k + 1) / 2] : (t[k / 2] + t[k / 2 + 1]) / 2
    }
    END {
        printf "median: -j 1 %.1f ms, -j %d %.1f ms; median of the pairs: %.2fx faster with -j %d\n",
            median(a, NR) / 1e6, n, median(b, NR) / 1e6, median(r, NR), n
    }'
