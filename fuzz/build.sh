#!/usr/bin/env bash
# Builds every fuzz target for one engine into OUTDIR:
#   fuzz/build.sh libfuzzer|afl|replay|msan|coverage OUTDIR
#   libfuzzer  clang -fsanitize=fuzzer,address,undefined      -> OUTDIR/fuzz_<target>
#   afl        afl-clang-fast persistent mode, three builds:    -> OUTDIR/fuzz_<target>.afl (ASan+UBSan),
#              OUTDIR/fuzz_<target>.fast (no sanitizer), OUTDIR/fuzz_<target>.cmplog (AFL_LLVM_CMPLOG=1)
#   replay     $CC (default cc) plain replay program            -> OUTDIR/fuzz_<target>_replay
#   msan       clang -fsanitize=memory replay program           -> OUTDIR/fuzz_<target>_replay
#   coverage   clang source-based coverage replay program       -> OUTDIR/fuzz_<target>_replay
# WARTA_SRC (default: this checkout) names the tree whose lib/, include/ and
# tools/ are built, e.g. an export of one commit; the harnesses are always these.
# WARTA_FUZZ_DEFINES adds flags to the library's compile, e.g. -DWARTA_NO_AVX2 to
# fuzz the SSE2 line counter on a CPU that runs AVX2.
# Target paths also links the library built each other way (fuzz/path-variants.txt),
# each joined into one object by fuzz/join-variant.sh (LD, OBJCOPY).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
engine=${1:?usage: fuzz/build.sh libfuzzer|afl|replay|msan|coverage OUTDIR}
out=${2:?usage: fuzz/build.sh ENGINE OUTDIR}
src=${WARTA_SRC:-$(dirname "$here")}
targets=(parse dates json capacity options paths)
warnings=(-std=c99 -Wall -Wextra -Wpedantic -Wconversion -Wshadow)

mkdir -p "$out"
out=$(cd "$out" && pwd)

# build_variants SUFFIX COMPILER FLAGS...: for target paths, the library built each other
# way. They check, not guide: no coverage instrumentation, or libFuzzer's entropic
# schedule spends most of a run on the features of five more copies of the library.
build_variants() {
    local suffix=$1 cc=$2
    shift 2
    local name definition dir
    while read -r name definition; do
        dir=$out/variants$suffix/$name
        rm -rf "$dir"
        mkdir -p "$dir"
        for c in "$src"/lib/*.c; do
            "$cc" "$@" -D"$definition" -std=c99 -I"$src/include" -c "$c" -o "$dir/$(basename "$c" .c).o"
        done
        "$here/join-variant.sh" "$dir.o" "$name" "$dir"/*.o
    done < <(grep -v '^#' "$here/path-variants.txt")
}

# build_all SUFFIX COMPILER FLAGS...: the library once, then every target linked to it
# (paths also to build_variants' objects of the same SUFFIX).
build_all() {
    local suffix=$1 cc=$2
    shift 2
    local objects=$out/obj$suffix
    rm -rf "$objects"
    mkdir -p "$objects"
    local defines
    read -r -a defines <<<"${WARTA_FUZZ_DEFINES:-}"
    for c in "$src"/lib/*.c; do
        "$cc" "$@" "${defines[@]}" -std=c99 -I"$src/include" -c "$c" -o "$objects/$(basename "$c" .c).o"
    done
    for t in "${targets[@]}"; do
        local extra=()
        [ "$t" = json ] && extra=("$src/tools/json.c")
        [ "$t" = paths ] && extra=("$out/variants$suffix"/*.o)
        "$cc" "$@" "${warnings[@]}" -I"$src/include" -I"$src/lib" -I"$src/tools" -I"$here" \
            "$here/fuzz_$t.c" "$here/common.c" "${extra[@]}" "$objects"/*.o -o "$out/fuzz_$t$suffix"
    done
}

case $engine in
libfuzzer)
    build_variants "" "${CC:-clang}" -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
        -fno-sanitize-recover=all
    build_all "" "${CC:-clang}" -O1 -g -fno-omit-frame-pointer \
        -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
    ;;
afl)
    # AFL++'s persistent-mode macros are GNU C: no -Wpedantic for them.
    warnings=(-std=c99 -Wall -Wextra -Wno-gnu-statement-expression)
    build_variants .afl "${CC:-clang}" -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all
    AFL_USE_ASAN=1 AFL_USE_UBSAN=1 AFL_QUIET=1 build_all .afl afl-clang-fast -O1 -g -DWARTA_FUZZ_AFL
    build_variants .fast "${CC:-clang}" -O2 -g
    AFL_QUIET=1 build_all .fast afl-clang-fast -O2 -g -DWARTA_FUZZ_AFL
    build_variants .cmplog "${CC:-clang}" -O2 -g
    AFL_LLVM_CMPLOG=1 AFL_QUIET=1 build_all .cmplog afl-clang-fast -O2 -g -DWARTA_FUZZ_AFL
    ;;
replay)
    build_variants _replay "${CC:-cc}" -O1 -g
    build_all _replay "${CC:-cc}" -O1 -g -DWARTA_FUZZ_REPLAY
    ;;
msan)
    # MemorySanitizer needs every object instrumented.
    build_variants _replay "${CC:-clang}" -O1 -g -fno-omit-frame-pointer -fsanitize=memory \
        -fsanitize-memory-track-origins=2 -fno-sanitize-recover=all
    build_all _replay "${CC:-clang}" -O1 -g -fno-omit-frame-pointer -fsanitize=memory \
        -fsanitize-memory-track-origins=2 -fno-sanitize-recover=all -DWARTA_FUZZ_REPLAY
    ;;
coverage)
    build_variants _replay "${CC:-clang}" -O0 -g
    build_all _replay "${CC:-clang}" -O0 -g -fprofile-instr-generate -fcoverage-mapping -DWARTA_FUZZ_REPLAY
    ;;
*)
    echo "unknown engine: $engine (libfuzzer, afl, replay, msan, coverage)" >&2
    exit 2
    ;;
esac
