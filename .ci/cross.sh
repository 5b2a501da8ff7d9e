#!/usr/bin/env bash
# CI stage for the code other machines run: the warta tool built for aarch64, 32-bit ARM
# (armhf) and big-endian s390x by Debian's cross compilers, run under qemu-user, must print
# the JSON that the x86-64 build prints, byte for byte, for every text the repository
# holds: the samples, the real pages, the benchmark corpus and the fuzz corpora. The
# x86-64 build runs its SSE2 and AVX2 steps; the others run the portable eight-byte steps,
# with the 64-bit trailing-zero count (aarch64, s390x) or the multiply (armhf), and s390x
# the big-endian load.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -t files < <(find examples tests/corpus bench/corpus fuzz/corpus -type f | LC_ALL=C sort)
sources=(tools/warta.c tools/json.c lib/*.c)
flags=(-std=c99 -O2 -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror -Iinclude -Ilib -Itools -pthread)

gcc "${flags[@]}" "${sources[@]}" -o "$work/warta-x86_64"
"$work/warta-x86_64" -- "${files[@]}" >"$work/x86_64.json"
echo "x86-64: ${#files[@]} files, $(wc -c <"$work/x86_64.json") bytes of JSON"

for pair in aarch64-linux-gnu:qemu-aarch64 arm-linux-gnueabihf:qemu-arm s390x-linux-gnu:qemu-s390x; do
    triple=${pair%%:*}
    qemu=${pair##*:}
    "$triple-gcc" "${flags[@]}" -static "${sources[@]}" -o "$work/warta-$triple"
    "$qemu" "$work/warta-$triple" -- "${files[@]}" >"$work/$triple.json"
    if ! cmp "$work/x86_64.json" "$work/$triple.json"; then
        echo "$triple: the JSON differs from x86-64's" >&2
        exit 1
    fi
    echo "$triple: the same JSON"
done
