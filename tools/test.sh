#!/bin/sh
# Builds warta with its tests in BUILD_DIR (default build-test) and runs them all.
# Extra arguments go to cmake, e.g. tools/test.sh build-asan -DWARTA_SANITIZE="address;undefined"
set -e
cd "$(dirname "$0")/.."
dir=${1:-build-test}
[ $# -gt 0 ] && shift
tools/deps.sh cmake make gcc python3 libcriterion-dev
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWARTA_BUILD_TESTS=ON -DWARTA_WERROR=ON "$@" >/dev/null
cmake --build "$dir" -j "$(nproc)"
ctest --test-dir "$dir" --output-on-failure
