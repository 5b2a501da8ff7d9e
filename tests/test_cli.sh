#!/usr/bin/env bash
# The warta command line: options, files, standard input, errors, output shape.
# Usage: tests/test_cli.sh path/to/warta
set -u

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 path/to/warta" >&2
    exit 2
fi
WARTA=$1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
passed=0
failed=0

check() { # name, then a command that succeeds when the check holds
    local name=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "ok - $name"
    else
        failed=$((failed + 1))
        echo "FAIL - $name"
    fi
}

# Runs warta with the given arguments; fills $TMP/out, $TMP/err and $rc.
run() {
    "$WARTA" "$@" >"$TMP/out" 2>"$TMP/err"
    rc=$?
}

# Runs warta with standard input from the file named first.
run_stdin() {
    local input=$1
    shift
    "$WARTA" "$@" <"$input" >"$TMP/out" 2>"$TMP/err"
    rc=$?
}

lines() { wc -l <"$TMP/out" | tr -d ' '; }
empty_err() { [ ! -s "$TMP/err" ]; }
err_has() { grep -qF -- "$1" "$TMP/err"; }

# Every line is one JSON object (strict UTF-8) whose keys follow OUTPUT.md.
json_lines_ok() {
    python3 - "$TMP/out" <<'EOF'
import json, sys
KEYS = ["version", "title", "published", "updated", "outlet", "dateline", "authors",
        "editors", "author_code", "sources", "body", "captions", "read_also", "related",
        "quotes", "dates", "warnings"]
data = open(sys.argv[1], "rb").read().decode("utf-8")
assert data.endswith("\n"), "no final newline"
for line in data[:-1].split("\n"):
    obj = json.loads(line)
    assert list(obj) == KEYS, list(obj)
    assert obj["version"] == 1
EOF
}

# Pretty output is a sequence of objects, each laid out as spec/golden
# (Python's json.dumps with indent=2) and followed by a newline.
pretty_ok() {
    python3 - "$TMP/out" "$1" <<'EOF'
import json, sys
data = open(sys.argv[1], "rb").read().decode("utf-8")
want, pos, count = int(sys.argv[2]), 0, 0
while pos < len(data):
    obj, end = json.JSONDecoder().raw_decode(data, pos)
    assert data[pos:end] == json.dumps(obj, indent=2, ensure_ascii=False), "layout"
    assert data[end] == "\n", "no newline after an object"
    pos, count = end + 1, count + 1
assert count == want, count
EOF
}

cat >"$TMP/a.txt" <<'EOF'
ISIS Kekurangan Tenaga IT dan Media

Sabtu, 30 April 2016 – 15:24 WIB

MOSUL - Puluhan ahli "information technology" (IT) asing melarikan diri.

"Warga di Mosul harus merayakan sekarang," ujar sumber itu. (adk/jpnn)
EOF
printf 'Judul\n\nIsi berita\xc2\xa0dengan\tspasi.\n' >"$TMP/b.txt"
printf 'Rusak \xff\xfe\xc3( dan \x00 NUL \x01\x1f "kutip" \\ garis\n' >"$TMP/bad.txt"
: >"$TMP/empty.txt"
cp "$TMP/b.txt" "$TMP/-x"

run --help
check "--help exits 0 with usage on stdout" [ "$rc" -eq 0 ]
check "--help prints usage" grep -q '^usage: warta \[--pretty\] \[-j N\] \[FILE\.\.\.\]' "$TMP/out"
check "--help explains -j" grep -q '^  -j N ' "$TMP/out"
check "--help writes nothing on stderr" empty_err

run --version
check "--version exits 0" [ "$rc" -eq 0 ]
check "--version prints warta 0.1.0" [ "$(cat "$TMP/out")" = "warta 0.1.0" ]

run --bogus "$TMP/a.txt"
check "unknown option exits 2" [ "$rc" -eq 2 ]
check "unknown option is named on stderr" err_has "--bogus"
check "unknown option prints usage on stderr" err_has "usage: warta"
check "unknown option prints nothing on stdout" [ ! -s "$TMP/out" ]

run "$TMP/a.txt" "$TMP/b.txt" "$TMP/bad.txt" "$TMP/empty.txt"
check "good files exit 0" [ "$rc" -eq 0 ]
check "one line per file" [ "$(lines)" -eq 4 ]
check "good files write nothing on stderr" empty_err
check "every line is a JSON object with the contract's keys" json_lines_ok

run "$TMP/a.txt" "$TMP/missing.txt" "$TMP/b.txt"
check "a missing file exits 1" [ "$rc" -eq 1 ]
check "the missing file is named on stderr" err_has "warta: $TMP/missing.txt: "
check "the other files are still printed" [ "$(lines)" -eq 2 ]
check "output around a missing file is valid" json_lines_ok

run "$TMP" "$TMP/a.txt"
check "a directory exits 1" [ "$rc" -eq 1 ]
check "the directory is named on stderr" err_has "warta: $TMP: "
check "the file after a directory is printed" [ "$(lines)" -eq 1 ]

run_stdin "$TMP/a.txt"
check "no file reads standard input" [ "$rc" -eq 0 ]
check "standard input gives one line" [ "$(lines)" -eq 1 ]
check "standard input gives valid JSON" json_lines_ok

run_stdin "$TMP/bad.txt" -
check "- reads standard input" [ "$rc" -eq 0 ]
check "- gives one line" [ "$(lines)" -eq 1 ]
check "invalid UTF-8 and NUL bytes still give valid JSON" json_lines_ok

run_stdin "$TMP/a.txt" "$TMP/b.txt" - "$TMP/b.txt"
check "- between files exits 0" [ "$rc" -eq 0 ]
check "- between files gives a line each" [ "$(lines)" -eq 3 ]
check "files and standard input are parsed alike" \
    [ "$(sed -n 1p "$TMP/out")" = "$(sed -n 3p "$TMP/out")" ]

(cd "$TMP" && "$WARTA" -- -x >"$TMP/out" 2>"$TMP/err")
rc=$?
check "-- ends options" [ "$rc" -eq 0 ]
check "a file named like an option after -- is printed" [ "$(lines)" -eq 1 ]

run --pretty "$TMP/a.txt" "$TMP/bad.txt"
check "--pretty exits 0" [ "$rc" -eq 0 ]
check "--pretty lays out each object as the golden files" pretty_ok 2

run "$TMP/b.txt" --pretty
check "an option after a file still applies" pretty_ok 1

# -j N: many files of different lengths, some failing, standard input among them;
# every thread count must give the sequential run's output, errors and status.
mkdir "$TMP/many"
for i in $(seq 1 60); do
    f="$TMP/many/$(printf '%02d' "$i").txt"
    case $((i % 4)) in
        0) cat "$TMP/a.txt" >"$f" ;;
        1) cat "$TMP/b.txt" "$TMP/bad.txt" >"$f" ;;
        2) : >"$f" ;;
        3) for _ in $(seq 1 "$i"); do cat "$TMP/a.txt"; done >"$f" ;;
    esac
    printf 'Paragraf %d untuk berkas ini.\n' "$i" >>"$f"
done
many=("$TMP"/many/*.txt)
with_errors=("${many[@]:0:20}" "$TMP/missing.txt" "${many[@]:20:20}" - "$TMP" "${many[@]:40}")
"$WARTA" "${many[@]}" >"$TMP/seq.out" 2>"$TMP/seq.err"
seq_rc=$?
"$WARTA" "${with_errors[@]}" <"$TMP/a.txt" >"$TMP/seq-errors.out" 2>"$TMP/seq-errors.err"
seq_errors_rc=$?
"$WARTA" --pretty "${many[@]}" >"$TMP/seq-pretty.out" 2>/dev/null
check "the sequential run over many files exits 0" [ "$seq_rc" -eq 0 ]
check "the sequential run prints one line per file" [ "$(wc -l <"$TMP/seq.out")" -eq 60 ]
check "the sequential run with errors exits 1" [ "$seq_errors_rc" -eq 1 ]
for j in 1 2 3 8 256; do
    run -j "$j" "${many[@]}"
    check "-j $j exits 0" [ "$rc" -eq 0 ]
    check "-j $j prints what the sequential run prints" cmp -s "$TMP/out" "$TMP/seq.out"
    check "-j $j writes nothing on stderr" empty_err
    "$WARTA" -j "$j" "${with_errors[@]}" <"$TMP/a.txt" >"$TMP/out" 2>"$TMP/err"
    rc=$?
    check "-j $j with a missing file, a directory and - exits as the sequential run" \
        [ "$rc" -eq "$seq_errors_rc" ]
    check "-j $j with errors prints the same objects" cmp -s "$TMP/out" "$TMP/seq-errors.out"
    check "-j $j with errors gives the same messages, in order" cmp -s "$TMP/err" "$TMP/seq-errors.err"
done
run --pretty -j2 "${many[@]}"
check "-jN with --pretty prints what the sequential run prints" cmp -s "$TMP/out" "$TMP/seq-pretty.out"
run "${many[@]}" -j 2
check "-j after the files applies too" cmp -s "$TMP/out" "$TMP/seq.out"
run_stdin "$TMP/a.txt" -j 2
check "-j with no file reads standard input" [ "$rc" -eq 0 ]
check "-j with no file prints one line" [ "$(lines)" -eq 1 ]
(cd "$TMP" && "$WARTA" -j 2 -- -x a.txt >"$TMP/out" 2>"$TMP/err")
rc=$?
check "-j with -- exits 0" [ "$rc" -eq 0 ]
check "-j with -- prints a file named like an option" [ "$(lines)" -eq 2 ]

for bad in 0 -1 257 99999999999999999999 2x x ""; do
    run -j "$bad" "$TMP/a.txt"
    check "-j '$bad' exits 2" [ "$rc" -eq 2 ]
    check "-j '$bad' is named on stderr" \
        err_has "warta: -j needs a number of threads from 1 to 256, not '$bad'"
    check "-j '$bad' prints nothing on stdout" [ ! -s "$TMP/out" ]
done
run "$TMP/a.txt" -j
check "-j without a value exits 2" [ "$rc" -eq 2 ]
check "-j without a value is reported" err_has "warta: -j needs a number of threads from 1 to 256, not ''"

if [ -w /dev/full ]; then
    "$WARTA" "$TMP/a.txt" >/dev/full 2>"$TMP/err"
    rc=$?
    check "a failing standard output exits 1" [ "$rc" -eq 1 ]
    check "a failing standard output is reported" err_has "warta: standard output: "
    "$WARTA" -j 2 "${many[@]}" >/dev/full 2>"$TMP/err"
    rc=$?
    check "-j 2 with a failing standard output exits 1" [ "$rc" -eq 1 ]
    check "-j 2 reports a failing standard output" err_has "warta: standard output: "
fi

# Sparse, so it costs no disk; the tool must refuse it without reading it all.
if truncate -s 4294967297 "$TMP/huge.txt" 2>/dev/null; then
    run "$TMP/huge.txt" "$TMP/b.txt"
    check "a file over 4 GiB exits 1" [ "$rc" -eq 1 ]
    check "a file over 4 GiB is reported as too large" err_has "warta: $TMP/huge.txt: input too large"
    check "the file after a too large one is printed" [ "$(lines)" -eq 1 ]
    rm -f "$TMP/huge.txt"
fi
# UINT32_MAX bytes, 4 GiB - 1, is the first length the library refuses.
if truncate -s 4294967295 "$TMP/huge.txt" 2>/dev/null; then
    run "$TMP/huge.txt"
    check "a file of 4 GiB - 1 bytes exits 1" [ "$rc" -eq 1 ]
    check "a file of 4 GiB - 1 bytes is reported as too large" err_has "warta: $TMP/huge.txt: input too large"
    rm -f "$TMP/huge.txt"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
