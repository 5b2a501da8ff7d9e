#!/bin/sh
# The warta tool on the bundled examples: exit 0 and one JSON object per file.
# Usage: check-examples.sh path/to/warta EXAMPLE.txt...
warta=$1
shift
out=$("$warta" "$@") || { echo "warta exited with $? on $*"; echo "0 passed, 1 failed"; exit 1; }
lines=$(printf '%s\n' "$out" | wc -l)
if [ "$lines" -ne $# ]; then
    echo "expected $# JSON lines for $# files, got $lines"
    echo "0 passed, 1 failed"
    exit 1
fi
if command -v python3 >/dev/null 2>&1 &&
    ! printf '%s\n' "$out" | python3 -c 'import json, sys; [json.loads(line) for line in sys.stdin]'; then
    echo "the output is not JSON Lines"
    echo "0 passed, 1 failed"
    exit 1
fi
echo "1 passed, 0 failed"
