#!/usr/bin/env bash
# sizeof(warta_article) at the default capacities and at the small profile that
# include/warta.h documents, for one compiler, a cross compiler too (nothing
# runs: the size is a symbol's, read with nm). Fails when either is over its budget.
# Usage: article-size.sh CC NM [CFLAG...]
set -euo pipefail

DEFAULT_BUDGET=32768 # bytes at the default capacities (issue 5)
SMALL_BUDGET=4096    # bytes at the documented small profile (issue 5)

[ $# -ge 2 ] || { echo "usage: $0 CC NM [CFLAG...]" >&2; exit 2; }
cc=$1
nm=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
include=$here/../../include
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The profile is read from the header's comment, so the check follows the documentation.
mapfile -t small < <(grep -o -- '-DWARTA_MAX_[A-Z_]*=[0-9][0-9]*' "$include/warta.h")
[ ${#small[@]} -gt 0 ] || { echo "include/warta.h documents no small profile (-DWARTA_MAX_...=N)" >&2; exit 1; }

# Prints the size and fails (the compiler's message) when it is over the budget.
measure() {
    local name=$1 budget=$2
    shift 2
    if ! "$cc" -std=c11 "$@" -DWARTA_ARTICLE_BUDGET="$budget" -I"$include" \
        -c "$here/article_size.c" -o "$work/$name.o"; then
        echo "$name: does not compile, or sizeof(warta_article) is over $budget bytes" >&2
        return 1
    fi
    local hex
    hex=$("$nm" -S "$work/$name.o" | awk '$4 == "warta_article_bytes" { print $2 }')
    [ -n "$hex" ] || { echo "$name: $nm did not list warta_article_bytes" >&2; return 1; }
    printf '%-14s sizeof(warta_article) = %5d bytes (budget %d)\n' "$name:" "$((16#$hex))" "$budget"
}

status=0
measure default "$DEFAULT_BUDGET" "$@" || status=1
measure small-profile "$SMALL_BUDGET" "$@" "${small[@]}" || status=1
echo "small profile: ${small[*]}"
exit $status
