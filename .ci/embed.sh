#!/usr/bin/env bash
# CI stage for embedding warta (issue 5): install to a scratch prefix, list it
# and check what libwarta.so exports; build tests/consumer against the CMake
# package, pkg-config, add_subdirectory, FetchContent and the two-file drop-in;
# run every test against the drop-in, with the C library and without
# (WARTA_NO_LIBC); the drop-in compiled at every optimisation level; the
# header's compile tests, the version test and the examples; a Cortex-M4 cross
# build with cmake/arm-none-eabi.cmake; and tools/footprint.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
start=$SECONDS
jobs=$(nproc)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strict=(-DWARTA_WERROR=ON -DCMAKE_BUILD_TYPE=Release)

step() { echo "-- $* ($((SECONDS - start)) s)"; }

step "build with tests, install to a scratch prefix"
cmake -S . -B "$work/build" "${strict[@]}" -DWARTA_BUILD_TESTS=ON >/dev/null
cmake --build "$work/build" -j "$jobs" >/dev/null
cmake --install "$work/build" --prefix "$work/prefix" >/dev/null
(cd "$work/prefix" && find . \( -type f -o -type l \) | sort | sed 's/^\./  <prefix>/')

step "libwarta.so exports the header's WARTA_API functions and nothing else"
exported=$(nm -D --defined-only "$work"/prefix/lib*/libwarta.so | awk '$2 == "T" { print $3 }' | sort)
declared=$(sed -n 's/^WARTA_API .*[ *]\(warta_[a-z_]*\)(.*/\1/p' include/warta.h | sort)
[ -n "$declared" ] && [ "$exported" = "$declared" ] ||
    { echo "exported:"; echo "$exported"; echo "declared:"; echo "$declared"; exit 1; }
echo "$exported" | tr '\n' ' '; echo

step "the header as C99/C11/C17/C++11/C++17 with gcc and clang, sizeof(warta_article), versions, examples"
ctest --test-dir "$work/build" --output-on-failure -R '^(header_|article_size$|version$|example_)'

step "the two-file drop-in"
tools/amalgamate.sh "$work/dropin"

step "the drop-in's warta.c at -O0, -O1, -O2, -O3, -Os and -Og: gcc and clang with each line counter, arm-none-eabi-gcc; warnings as errors"
warnings=(-std=c99 -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror)
for level in -O0 -O1 -O2 -O3 -Os -Og; do
    for compiler in gcc clang; do
        for simd in "" -DWARTA_NO_AVX2 -DWARTA_NO_SIMD; do
            # $simd unquoted: the default build passes no switch at all.
            $compiler $level $simd "${warnings[@]}" -c "$work/dropin/warta.c" -o "$work/level.o" ||
                { echo "failed: $compiler $level $simd"; exit 1; }
        done
    done
    arm-none-eabi-gcc -mcpu=cortex-m4 -mthumb -ffreestanding $level "${warnings[@]}" \
        -c "$work/dropin/warta.c" -o "$work/level.o" || { echo "failed: arm-none-eabi-gcc $level"; exit 1; }
done

step "a project outside the tree: CMake package, pkg-config, add_subdirectory, FetchContent, drop-in"
tests/consumer/consume.sh "$root" "$work/prefix" "$work/dropin" "$work/consumer"

for libc in OFF ON; do
    step "every test against the drop-in's warta.c (WARTA_NO_LIBC=$libc)"
    cmake -S . -B "$work/dropin-$libc" "${strict[@]}" -DWARTA_BUILD_TESTS=ON \
        -DWARTA_AMALGAMATION="$work/dropin" -DWARTA_NO_LIBC=$libc >/dev/null
    cmake --build "$work/dropin-$libc" -j "$jobs" >/dev/null
    ctest --test-dir "$work/dropin-$libc" --output-on-failure -j "$jobs" | tail -n 3
done

step "libwarta.a for a Cortex-M4 with cmake/arm-none-eabi.cmake"
cmake -S . -B "$work/m4" -DCMAKE_TOOLCHAIN_FILE=cmake/arm-none-eabi.cmake -DCMAKE_BUILD_TYPE=MinSizeRel \
    -DWARTA_WERROR=ON -DWARTA_BUILD_TOOLS=OFF -DWARTA_BUILD_TESTS=OFF >/dev/null
cmake --build "$work/m4" -j "$jobs" >/dev/null
arm-none-eabi-size -t "$work/m4/libwarta.a" | tail -n 1

step "footprint on a Cortex-M4: code+rodata <= 40 KB, no data or bss, stack <= 1 KB, nothing from libc with WARTA_NO_LIBC"
tools/footprint.sh --check

step "done in $((SECONDS - start)) s"
