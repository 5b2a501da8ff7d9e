#!/bin/sh
# The library may call memchr, memcmp, memcpy and memset and nothing else:
# any other symbol its objects need from outside (malloc, free, printf...) fails.
# Usage: check-no-alloc.sh LIBWARTA.a [SANITIZERS]
lib=$1
if [ -n "$2" ]; then
    echo "skipped: sanitizer runtimes add their own symbols ($2)"
    echo "0 passed, 0 failed"
    exit 0
fi
defined=$(mktemp)
trap 'rm -f "$defined"' EXIT
nm -g --defined-only "$lib" | awk 'NF == 3 { print $3 }' | sort -u > "$defined"
external=$(nm -u "$lib" | awk 'NF == 2 { print $2 }' | sort -u | comm -23 - "$defined")
bad=$(printf '%s\n' "$external" | grep -v -x -E 'memchr|memcmp|memcpy|memset|')
echo "libwarta needs from outside: $(echo $external)"
if [ -n "$bad" ]; then
    echo "forbidden: $(echo $bad)"
    echo "0 passed, 1 failed"
    exit 1
fi
echo "1 passed, 0 failed"
