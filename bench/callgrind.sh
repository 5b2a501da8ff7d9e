#!/usr/bin/env bash
# Instructions executed inside warta_parse per byte of input, counted by valgrind's
# callgrind: a profile that does not depend on the machine's load, and where they go.
#
#   bench/callgrind.sh [--top N] [--warta path/to/warta] [FILE...]
#
# FILEs default to bench/corpus/*.txt; the warta command-line tool to
# build-bench/warta (configured Release when missing, then brought up to date). Only warta_parse and what it calls
# are counted (--toggle-collect), not reading files or writing JSON. Needs valgrind.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
. "$here/build-bench.sh"
top=15
warta=
while [ $# -gt 0 ]; do
    case $1 in
    --top) top=$2; shift 2 ;;
    --warta) warta=$2; shift 2 ;;
    *) break ;;
    esac
done
[ -n "$warta" ] || warta=$(bench_warta)
[ -x "$warta" ] || { echo "callgrind.sh: no warta at $warta" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "callgrind.sh: valgrind is missing (apt-get install valgrind)" >&2; exit 1; }
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$here"/corpus/*.txt)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
valgrind --tool=callgrind --toggle-collect=warta_parse --callgrind-out-file="$tmp/out" \
    "$warta" "${files[@]}" >/dev/null 2>"$tmp/log"
instructions=$(grep -o 'refs: *[0-9,]*' "$tmp/log" | tr -dc '0-9')
bytes=$(cat "${files[@]}" | wc -c)
echo "$warta on ${#files[@]} files, $bytes bytes"
echo "instructions in warta_parse: $instructions, per byte: $(awk -v i="$instructions" -v b="$bytes" 'BEGIN { printf "%.1f", i / b }')"
echo
echo "self cost by function (instructions, inlined helpers under their own file):"
callgrind_annotate "$tmp/out" 2>/dev/null | sed -n '/file:function/,$p' | sed -n "3,$((top + 2))p"
