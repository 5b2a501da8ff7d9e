#!/usr/bin/env bash
# One build of the library as one object for target paths:
#   fuzz/join-variant.sh OUT.o NAME OBJECT...
# joins the objects (ld -r), makes every symbol but warta_parse local, then renames it
# warta_parse_NAME: two objcopy steps, as GNU and LLVM objcopy apply the two options in
# opposite orders. LD and OBJCOPY name the tools (default ld, objcopy).
set -euo pipefail
out=${1:?usage: fuzz/join-variant.sh OUT.o NAME OBJECT...}
name=${2:?usage: fuzz/join-variant.sh OUT.o NAME OBJECT...}
shift 2
"${LD:-ld}" -r -o "$out.joined" "$@"
"${OBJCOPY:-objcopy}" --keep-global-symbol=warta_parse "$out.joined"
"${OBJCOPY:-objcopy}" --redefine-sym warta_parse="warta_parse_$name" "$out.joined" "$out"
rm -f "$out.joined"
