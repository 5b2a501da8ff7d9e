#!/usr/bin/env bash
# Writes the two-file drop-in of warta into DIR: warta.h (include/warta.h as it
# is) and warta.c (every lib/*.h, each after the lib/ headers it includes, then
# every lib/*.c in name order, without their #include "..." lines but with the
# lib/*.inc templates they include copied in at each place). Compile
# warta.c with any C99 compiler; define WARTA_NO_LIBC to need no C library.
#
# One translation unit joins what were separate files, so file-scope names
# must be distinct across lib/: a static function, table, type, enumerator or
# macro of the same name in two files would collide. Macros a .c file defines
# are #undef'd after it; everything else is checked, and the script fails and
# names each collision: static data by nm on each file's object, the rest by
# compiling warta.c (with #line markers, so errors name lib/ files) as C99
# with -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror.
#
# Usage: tools/amalgamate.sh DIR    (CC, default cc, compiles; NM, default nm)
set -euo pipefail
export LC_ALL=C # the same file order everywhere

[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
out=$1
cc=${CC:-cc}
nm=${NM:-nm}
strict=(-std=c99 -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

shopt -s nullglob
headers=(lib/*.h)
sources=(lib/*.c)
[ ${#sources[@]} -gt 0 ] || { echo "no lib/*.c under $root" >&2; exit 1; }

# The local headers a file includes, by file name, one a line.
local_includes() {
    sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$1"
}

# Every local include must be a lib/ header or the public warta.h.
for f in "${headers[@]}" "${sources[@]}"; do
    while read -r inc; do
        [ "$inc" = warta.h ] || [ -f "lib/$inc" ] ||
            { echo "$f includes \"$inc\", which is neither lib/$inc nor warta.h" >&2; exit 1; }
    done < <(local_includes "$f")
done

# Headers in dependency order: tsort reads "before after" pairs; "h h" lists a lone header.
order=$(for h in "${headers[@]}"; do
    echo "$h $h"
    local_includes "$h" | while read -r inc; do
        [ "$inc" = warta.h ] || echo "lib/$inc $h"
    done
done | tsort) || { echo "the lib/ headers include each other in a loop" >&2; exit 1; }

# A file without its local includes; with marks, a #line so diagnostics name it.
emit() {
    local f=$1 marks=$2
    printf '\n/* ---- %s ---- */\n' "$f"
    [ "$marks" = yes ] && printf '#line 1 "%s"\n' "$f"
    awk -v marks="$marks" -v self="$f" '
        # A template (lib/*.inc) goes in where it is included, as often as it is.
        /^[[:space:]]*#[[:space:]]*include[[:space:]]*"[^"]*\.inc"/ {
            split($0, quoted, "\""); inc = "lib/" quoted[2]
            if (marks == "yes") printf "#line 1 \"%s\"\n", inc
            while ((getline line < inc) > 0) print line
            close(inc)
            if (marks == "yes") printf "#line %d \"%s\"\n", FNR + 1, self
            next
        }
        /^[[:space:]]*#[[:space:]]*include[[:space:]]*"/ { print ""; next }
        { print }' "$f"
}

# The macros a .c file defines, undone after it so that they cannot reach the next file.
undefine() {
    sed -n 's/^[[:space:]]*#[[:space:]]*define[[:space:]]\{1,\}\([A-Za-z_][A-Za-z0-9_]*\).*/\1/p' "$1" |
        sort -u | sed 's/^/#undef /'
}

version=$(sed -n 's/^#define WARTA_VERSION_STRING "\(.*\)"/\1/p' include/warta.h)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)

# Writes warta.c to stdout; $1 = yes adds #line markers.
amalgamate() {
    printf '/* warta %s: the two-file drop-in (warta.c and warta.h), made by\n' "$version"
    printf ' * tools/amalgamate.sh from lib/ at commit %s. Do not edit: edit lib/. */\n' "$commit"
    printf '#include "warta.h"\n'
    for h in $order; do
        emit "$h" "$1"
    done
    for c in "${sources[@]}"; do
        emit "$c" "$1"
        undefine "$c"
    done
}

# Static data of the same name in two files: nm lists each object's local data symbols.
for c in "${sources[@]}"; do
    obj=$work/$(basename "$c" .c).o
    "$cc" -std=c99 -O0 -Iinclude -Ilib -c "$c" -o "$obj"
    "$nm" "$obj" | awk -v f="$c" 'NF == 3 && $2 ~ /^[bdgrsv]$/ && $3 !~ /\./ { print $3, f }'
done | sort >"$work/data"
collisions=$(awk '{ files[$1] = files[$1] " " $2; n[$1]++ } END { for (s in n) if (n[s] > 1) print s ":" files[s] }' \
    "$work/data" | sort)

# Everything else: compile the amalgamation, with and without WARTA_NO_LIBC.
amalgamate yes >"$work/warta.c"
cp include/warta.h "$work/warta.h"
compile_errors=""
for mode in "" -DWARTA_NO_LIBC; do
    if ! "$cc" "${strict[@]}" $mode -I"$work" -c "$work/warta.c" -o "$work/check.o" 2>"$work/errors"; then
        compile_errors=$(cat "$work/errors")$'\n'
        break
    fi
done

if [ -n "$collisions" ] || [ -n "$compile_errors" ]; then
    echo "amalgamate: lib/ does not join into one translation unit" >&2
    [ -z "$collisions" ] || printf 'static data defined in more than one file: %s\n' "$collisions" >&2
    if [ -n "$compile_errors" ]; then
        names=$(printf '%s' "$compile_errors" |
            grep -E 'redefinition|redeclaration|conflicting types|shadows|previous' |
            grep -oE "[‘'][A-Za-z_][A-Za-z0-9_ ]*[’']" | tr -d "‘’'" | sort -u | tr '\n' ' ')
        [ -z "$names" ] || echo "names defined in more than one file (rename one of each): $names" >&2
        printf '%s' "$compile_errors" >&2
    fi
    exit 1
fi

mkdir -p "$out"
amalgamate no >"$out/warta.c"
cp include/warta.h "$out/warta.h"
echo "$out/warta.c: $(wc -l <"$out/warta.c") lines, $(wc -c <"$out/warta.c") bytes, from ${#headers[@]} headers and ${#sources[@]} sources"
echo "$out/warta.h: $(wc -l <"$out/warta.h") lines, $(wc -c <"$out/warta.h") bytes"
