#!/usr/bin/env bash
# One build of the library as one object for target paths:
#   fuzz/join-variant.sh OUT.o NAME OBJECT...
# joins the objects (ld -r), makes every symbol local but the entry points fuzz_paths.c
# compares, then renames each X to X_NAME: two objcopy steps, as GNU and LLVM objcopy
# apply the two options in opposite orders. LD and OBJCOPY name the tools (default ld,
# objcopy).
set -euo pipefail
out=${1:?usage: fuzz/join-variant.sh OUT.o NAME OBJECT...}
name=${2:?usage: fuzz/join-variant.sh OUT.o NAME OBJECT...}
shift 2
entries=(warta_parse warta_find_date)
keep=() rename=()
for e in "${entries[@]}"; do
    keep+=(--keep-global-symbol="$e")
    rename+=(--redefine-sym "$e=${e}_$name")
done
"${LD:-ld}" -r -o "$out.joined" "$@"
"${OBJCOPY:-objcopy}" "${keep[@]}" "$out.joined"
"${OBJCOPY:-objcopy}" "${rename[@]}" "$out.joined" "$out"
rm -f "$out.joined"
