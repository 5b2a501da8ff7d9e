#!/usr/bin/env bash
# Where a parse's time goes against the memchr baseline, pass by pass. Builds warta-bench
# three times, from copies of this tree in a temporary directory:
#   library  the library as it is;
#   pass1    warta_parse stops after pass 1: every block read, classified and scored to
#            find the body, its stamp's time read, nothing taken out of it (the body's
#            span is kept as the title);
#   blocks   pass 1 only reads the blocks (what they hold is added up, so none is skipped).
# Then runs the three in rounds, the order turning, so a drift of the host's speed hits
# them alike, and prints each round, the medians, and what each pass costs a byte.
#
#   bench/stages.sh [--rounds R] [--runs N] [FILE...]
#
# Defaults: 8 rounds of `warta-bench --runs 11` on the bundled corpus. The two cut builds
# are made by editing lib/parse.c at three places; when it no longer has them, the script
# stops and says which.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
rounds=8
runs=11
while [ $# -gt 0 ]; do
    case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) break ;;
    esac
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
builds=(library pass1 blocks)
for b in "${builds[@]}"; do
    mkdir -p "$work/$b"
    tar -C "$repo" --exclude='./build*' --exclude=./.git --exclude=./bench/peers \
        --exclude=./fuzz/corpus -cf - . | tar -C "$work/$b" -xf -
done

python3 - "$work" <<'EOF'
import sys
from pathlib import Path

work = Path(sys.argv[1])

def edit(build, old, new):
    path = work / build / "lib" / "parse.c"
    text = path.read_text()
    if text.count(old) != 1:
        sys.exit(f"stages.sh: lib/parse.c no longer holds, once:\n{old}")
    path.write_text(text.replace(old, new))

stop_after_pass_1 = (
    "    extract(&c, &r, footer_outlet, line_outlet);\n",
    "    article->title.off = (uint32_t)r.start;\n"
    "    article->title.len = (uint32_t)(r.end - r.start);\n"
    "    if (r.score < 0)\n"
    "        extract(&c, &r, footer_outlet, line_outlet);\n",
)
blocks_only = (
    "    warta_blocks_init(&it, s, len, 0, stands_alone);\n"
    "    while (warta_blocks_next(&it, &b)) {\n",
    "    warta_blocks_init(&it, s, len, 0, stands_alone);\n"
    "    while (warta_blocks_next(&it, &b))\n"
    "        best->end += b.end - b.start + b.words + b.lower_words + b.lines + b.holds +\n"
    "                     b.terminal + b.stop + b.blank_before;\n"
    "    return;\n"
    "    while (warta_blocks_next(&it, &b)) {\n",
)
edit("pass1", *stop_after_pass_1)
edit("blocks", *stop_after_pass_1)
edit("blocks", *blocks_only)
EOF

for b in "${builds[@]}"; do
    cmake -S "$work/$b" -B "$work/$b/build" -DCMAKE_BUILD_TYPE=Release -DWARTA_BUILD_BENCH=ON \
        -DWARTA_BUILD_TESTS=OFF >/dev/null
    cmake --build "$work/$b/build" --target warta-bench -j 2 >/dev/null
done

# One run of a build: "total: X MB/s, baseline: Y MB/s, ratio: Z", the last line printed.
results=$work/results.txt
echo "round build MB/s baseline ratio"
for r in $(seq 1 "$rounds"); do
    for k in 0 1 2; do
        b=${builds[$(((r - 1 + k) % 3))]}
        line=$("$work/$b/build/bench/warta-bench" --runs "$runs" "$@" | tail -1)
        read -r mbs base ratio < <(echo "$line" | awk '$1 == "total:" { print $2, $5, $8 }')
        [ -n "$ratio" ] || { echo "stages.sh: warta-bench printed: $line" >&2; exit 1; }
        echo "$r $b $mbs $base $ratio" | tee -a "$results"
    done
done

python3 - "$results" <<'EOF'
import statistics
import sys

rows = [line.split() for line in open(sys.argv[1])]
by_build = {}
for _, build, mbs, base, ratio in rows:
    by_build.setdefault(build, []).append((float(mbs), float(base), float(ratio)))
print()
print(f"{'build':8} {'MB/s':>17} {'median':>8} {'ratio':>13} {'ns/B':>7}")
ns = {}
for build in ("library", "pass1", "blocks"):
    runs = by_build[build]
    speeds = [s for s, _, _ in runs]
    ratios = [q for _, _, q in runs]
    ns[build] = 1000.0 / statistics.median(speeds)
    print(f"{build:8} {min(speeds):8.1f}-{max(speeds):8.1f} {statistics.median(speeds):8.1f} "
          f"{min(ratios):6.3f}-{max(ratios):6.3f} {ns[build]:7.3f}")
baseline = statistics.median([b for runs in by_build.values() for _, b, _ in runs])
print()
print(f"ns a byte: reading the blocks {ns['blocks']:.3f}, pass 1's decisions "
      f"{ns['pass1'] - ns['blocks']:.3f}, pass 2 {ns['library'] - ns['pass1']:.3f}; "
      f"0.25 of the baseline's median ({baseline:.1f} MB/s) is {1000.0 / (0.25 * baseline):.3f}")
EOF
