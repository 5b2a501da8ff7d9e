#!/bin/bash -eu
# ClusterFuzzLite / OSS-Fuzz build: the same fuzz/fuzz_*.c harnesses as
# fuzz/build.sh, linked with whatever engine $LIB_FUZZING_ENGINE names
# (libFuzzer, AFL++, honggfuzz), each with its seed corpus, dictionary and options.
cd "$SRC/warta"
targets=(parse dates json capacity options paths)

mkdir -p "$WORK/warta-lib"
for c in lib/*.c; do
    $CC $CFLAGS -std=c99 -Iinclude -c "$c" -o "$WORK/warta-lib/$(basename "$c" .c).o"
done
# Target paths: the library built each other way (fuzz/path-variants.txt), as
# fuzz/build.sh's build_variants does; without libFuzzer's coverage flag, so that they
# check and do not guide.
variant_flags=${CFLAGS//-fsanitize=fuzzer-no-link/}
while read -r name definition; do
    mkdir -p "$WORK/warta-$name"
    for c in lib/*.c; do
        $CC $variant_flags -D"$definition" -std=c99 -Iinclude -c "$c" -o "$WORK/warta-$name/$(basename "$c" .c).o"
    done
    fuzz/join-variant.sh "$WORK/variant-$name.o" "$name" "$WORK/warta-$name"/*.o
done < <(grep -v '^#' fuzz/path-variants.txt)
for t in "${targets[@]}"; do
    sources=("fuzz/fuzz_$t.c" fuzz/common.c)
    [ "$t" = json ] && sources+=(tools/json.c)
    objects=()
    for s in "${sources[@]}"; do
        o=$WORK/fuzz-$t-$(basename "$s" .c).o
        $CC $CFLAGS -std=c99 -Iinclude -Ilib -Itools -Ifuzz -c "$s" -o "$o"
        objects+=("$o")
    done
    [ "$t" = paths ] && objects+=("$WORK"/variant-*.o)
    # The engine's runtime is C++: link with $CXX.
    $CXX $CXXFLAGS "${objects[@]}" "$WORK"/warta-lib/*.o $LIB_FUZZING_ENGINE -o "$OUT/fuzz_$t"
    zip -jq "$OUT/fuzz_${t}_seed_corpus.zip" "fuzz/corpus/$t"/*
    cp fuzz/warta.dict "$OUT/fuzz_$t.dict"
    printf '[libfuzzer]\nmax_len = 65536\ndict = fuzz_%s.dict\n' "$t" >"$OUT/fuzz_$t.options"
done
