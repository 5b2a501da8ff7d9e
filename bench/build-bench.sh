# Sourced by the scripts of bench/. build_bench TARGET: configures build-bench/ (Release,
# the benchmark on, tests off) when it is missing, then brings TARGET up to date in it.
build_bench() {
    local repo
    repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    [ -f "$repo/build-bench/CMakeCache.txt" ] || cmake -S "$repo" -B "$repo/build-bench" \
        -DCMAKE_BUILD_TYPE=Release -DWARTA_BUILD_BENCH=ON -DWARTA_BUILD_TESTS=OFF >/dev/null
    cmake --build "$repo/build-bench" --target "$1" -j 2 >/dev/null
}

# bench_warta: the warta tool of build-bench/, brought up to date; prints its path.
bench_warta() {
    build_bench warta_cli
    echo "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build-bench/warta"
}
