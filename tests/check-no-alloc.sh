#!/bin/sh
# The library may call memchr, memcmp, memcpy and memset and nothing else from
# outside: any other undefined symbol of its objects (malloc, calloc, realloc,
# free, printf...) fails. _GLOBAL_OFFSET_TABLE_ is the linker's, for PIC;
# __cpu_model is the compiler runtime's word of CPU features (libgcc or
# compiler-rt, filled in before main), read on x86-64 to choose AVX2. bcmp is
# clang's name for a memcmp compared only with 0, emitted where the C library has one.
# Usage: check-no-alloc.sh LIBWARTA.a [SANITIZERS]
lib=$1
allowed='memchr|memcmp|bcmp|memcpy|memset|_GLOBAL_OFFSET_TABLE_|__cpu_model'
if [ -n "$2" ]; then
    echo "skipped: the sanitizer runtimes ($2) add their own undefined symbols"
    echo "0 passed, 0 failed"
    exit 0
fi
if ! command -v nm >/dev/null 2>&1; then
    echo "nm (binutils) is missing"
    echo "0 passed, 1 failed"
    exit 1
fi
defined=$(mktemp) || exit 1
trap 'rm -f "$defined"' EXIT
nm -g --defined-only "$lib" | awk 'NF == 3 { print $3 }' | sort -u >"$defined"
external=$(nm -u "$lib" | awk 'NF == 2 { print $2 }' | sort -u | comm -23 - "$defined")
if [ -z "$external" ] && [ ! -s "$defined" ]; then
    echo "no symbols read from $lib"
    echo "0 passed, 1 failed"
    exit 1
fi
echo "libwarta needs from outside:" $external
forbidden=$(printf '%s\n' "$external" | grep -v -x -E "$allowed|")
if [ -n "$forbidden" ]; then
    echo "forbidden:" $forbidden
    echo "0 passed, 1 failed"
    exit 1
fi
echo "1 passed, 0 failed"
