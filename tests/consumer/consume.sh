#!/usr/bin/env bash
# Builds tests/consumer, a project outside warta's tree, against warta every way
# a user can take it, runs each program on a sample article and checks its line:
#   1. the installed CMake package: find_package(warta CONFIG), warta::warta and warta::warta_shared
#   2. the installed warta.pc: pkg-config --cflags --libs (shared), and its libdir's libwarta.a
#   3. add_subdirectory(checkout), and FetchContent from an archive of the checkout (a file:// URL)
#   4. the two-file drop-in: cc main.c warta.c, with gcc and clang, with and without WARTA_NO_LIBC
# Usage: consume.sh SOURCE PREFIX DROPIN WORK
#   SOURCE the warta checkout; PREFIX where it was installed (cmake --install);
#   DROPIN the directory of tools/amalgamate.sh; WORK an empty scratch directory.
set -euo pipefail

[ $# -eq 4 ] || { echo "usage: $0 SOURCE PREFIX DROPIN WORK" >&2; exit 2; }
source_dir=$(cd "$1" && pwd)
prefix=$(cd "$2" && pwd)
dropin=$(cd "$3" && pwd)
work=$4
mkdir -p "$work"
work=$(cd "$work" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
article=$source_dir/examples/000_a8c4865092a0d7f6.txt
version=$(sed -n 's/^#define WARTA_VERSION_STRING "\(.*\)"/\1/p' "$source_dir/include/warta.h")
expected="warta $version: ISIS Kekurangan Tenaga IT dan Media"
strict=(-std=c99 -Wall -Wextra -Wpedantic -Werror)
failures=0

# Runs a consumer program and compares its one line with the expected one.
check() {
    local way=$1 program=$2 got
    if got=$("$program" "$article") && [ "$got" = "$expected" ]; then
        echo "ok   $way"
    else
        echo "FAIL $way: got '${got:-}', expected '$expected'"
        failures=$((failures + 1))
    fi
}

# Compiles a program ($3...) and checks it; a compiler error is a failure of this way only.
compile_check() {
    local way=$1 program=$2
    shift 2
    if "$@" -o "$program"; then
        check "$way" "$program"
    else
        echo "FAIL $way: does not compile"
        failures=$((failures + 1))
    fi
}

# Configures and builds tests/consumer one way; $1 names the build, the rest are cmake -D options.
cmake_consumer() {
    local name=$1
    shift
    cmake -S "$here" -B "$work/$name" "$@" >"$work/$name.log" 2>&1 &&
        cmake --build "$work/$name" -j 2 >>"$work/$name.log" 2>&1 ||
        { echo "FAIL $name: the consumer does not build (log follows)"; cat "$work/$name.log"; return 1; }
}

if cmake_consumer package -DWARTA_CONSUME=package -DCMAKE_PREFIX_PATH="$prefix"; then
    check "find_package(warta CONFIG): warta::warta" "$work/package/consumer"
    check "find_package(warta CONFIG): warta::warta_shared" "$work/package/consumer_shared"
else
    failures=$((failures + 1))
fi

pc=$(find "$prefix" -name warta.pc -print -quit)
if [ -z "$pc" ]; then
    echo "FAIL pkg-config: no warta.pc under $prefix"
    failures=$((failures + 1))
else
    export PKG_CONFIG_PATH
    PKG_CONFIG_PATH=$(dirname "$pc")
    libdir=$(pkg-config --variable=libdir warta)
    modversion=$(pkg-config --modversion warta)
    [ "$modversion" = "$version" ] || { echo "FAIL pkg-config --modversion: $modversion, not $version"; failures=$((failures + 1)); }
    # shellcheck disable=SC2046 # pkg-config prints several flags
    compile_check "pkg-config --cflags --libs warta (shared)" "$work/pc_shared" \
        cc "${strict[@]}" "$here/main.c" $(pkg-config --cflags --libs warta) -Wl,-rpath,"$libdir"
    # shellcheck disable=SC2046
    compile_check "pkg-config --cflags warta, and libdir's libwarta.a (static)" "$work/pc_static" \
        cc "${strict[@]}" "$here/main.c" $(pkg-config --cflags warta) "$libdir/libwarta.a"
fi

if cmake_consumer subdirectory -DWARTA_CONSUME=subdirectory -DWARTA_SOURCE="$source_dir"; then
    check "add_subdirectory(warta): warta::warta" "$work/subdirectory/consumer"
else
    failures=$((failures + 1))
fi

# An archive of the checkout as it is (build directories and .git left out), fetched by URL.
tar -C "$source_dir" --exclude=./.git --exclude='./build*' -czf "$work/warta-src.tar.gz" .
if cmake_consumer fetchcontent -DWARTA_CONSUME=fetchcontent -DWARTA_SOURCE="file://$work/warta-src.tar.gz"; then
    check "FetchContent (URL file://...tar.gz): warta::warta" "$work/fetchcontent/consumer"
else
    failures=$((failures + 1))
fi

for compiler in gcc clang; do
    for libc in "" -DWARTA_NO_LIBC; do
        compile_check "drop-in: $compiler main.c warta.c $libc" "$work/dropin_$compiler${libc:+_nolibc}" \
            "$compiler" "${strict[@]}" -Wconversion -Wshadow $libc -I"$dropin" "$here/main.c" "$dropin/warta.c"
    done
done

echo "$failures failed"
[ "$failures" -eq 0 ]
