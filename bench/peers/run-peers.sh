#!/usr/bin/env bash
# warta beside the tools people use today, on the same eleven real pages: time per article
# of warta_parse (warta-bench) and of dateparser's search_dates(text, languages=['id']) on
# each page's text, and of Mozilla Readability with jsdom on the page's HTML; medians of
# several runs, and how many times faster warta is. warta and dateparser take each page in
# turn; Readability then takes them all in one process. Then the same with each page new:
# every run takes each page once, the pages in turn, and warta's paired call comes just
# after dateparser's, its code, tables and branch history displaced as in a crawler.
#
#   bench/peers/run-peers.sh [--runs N] [path/to/warta-bench]
#
# Without a warta-bench, builds (or brings up to date) the one of build-bench/ (Release);
# dateparser's calls are paired with libwarta.so of warta-bench's build directory. Needs /usr/bin/python3 with
# Debian's python3-dateparser, and node with `npm ci` run in bench/peers.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
. "$repo/bench/build-bench.sh"
runs=5
warta_runs=21
# Each page new: runs through all the pages, each page once a run.
turn_runs=11
if [ "${1:-}" = "--runs" ]; then
    runs=$2
    shift 2
fi
bench=${1:-}
if [ -z "$bench" ]; then
    bench=$repo/build-bench/bench/warta-bench
    # Both brought up to date: warta-bench and the library dateparser's calls are paired with.
    build_bench warta-bench
    build_bench warta_shared
fi
[ -x "$bench" ] || { echo "run-peers.sh: no warta-bench at $bench" >&2; exit 1; }
# The script runs in bench/peers: the path is made absolute.
bench=$(cd "$(dirname "$bench")" && pwd)/$(basename "$bench")
# dateparser's calls are paired with the shared library of warta-bench's build.
shared=$(cd "$(dirname "$bench")/.." && pwd)/libwarta.so
[ -f "$shared" ] || { echo "run-peers.sh: no libwarta.so beside $bench (in $(dirname "$shared"))" >&2; exit 1; }
[ -d "$here/node_modules/@mozilla/readability" ] && [ -d "$here/node_modules/jsdom" ] ||
    { echo "run-peers.sh: run 'npm ci' in $here first" >&2; exit 1; }
/usr/bin/python3 -c 'import dateparser' 2>/dev/null ||
    { echo "run-peers.sh: /usr/bin/python3 lacks dateparser (apt-get install python3-dateparser)" >&2; exit 1; }

cd "$here"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The pages, in order: name, its text (warta, dateparser), its HTML (Readability), HTML bytes.
texts=()
htmls=()
for html in pages/[0-9][0-9][0-9].html; do
    page=$(basename "$html" .html)
    texts+=("../corpus/page-$page.txt")
    htmls+=("$html")
    printf '%s\t%s\t%s\t%s\n' "$page" "../corpus/page-$page.txt" "$html" "$(wc -c <"$html")"
done >"$tmp/pages.tsv"

# Page by page, warta-bench and then dateparser, each dateparser call paired with warta
# (libwarta.so) in its process: the host's speed drifts (2x within seconds, bench/README.md),
# and a pair's times are taken milliseconds apart.
for k in "${!texts[@]}"; do
    nice -n 19 "$bench" --runs "$warta_runs" "${texts[$k]}" >>"$tmp/warta.txt"
    nice -n 19 /usr/bin/python3 dateparser-time.py --runs "$runs" --warta "$shared" "${texts[$k]}" \
        >>"$tmp/dateparser.tsv"
done
# Readability in one process over every page, its JIT warm as in a crawler that runs on.
nice -n 19 node readability-time.js --runs "$runs" "${htmls[@]}" >"$tmp/readability.tsv"

sed -n '1,3p' "$tmp/warta.txt"
echo "python3: $(/usr/bin/python3 --version 2>&1 | cut -d' ' -f2), dateparser $(/usr/bin/python3 -c 'import dateparser; print(dateparser.__version__)')"
echo "node: $(node --version), jsdom $(node -p 'require("jsdom/package.json").version'), @mozilla/readability $(node -p 'require("@mozilla/readability/package.json").version')"
echo "per article: median of $warta_runs runs (warta-bench), of $runs runs after an untimed one (peers);"
echo "paired: warta_parse (libwarta.so, through ctypes) just after each dateparser call, in its"
echo "process; dateparser / warta is the median over those pairs. Readability's time includes"
echo "jsdom's parse of the page, shown apart; Readability / warta is over warta-bench's time"
echo
awk -F'\t' '
    FILENAME ~ /pages/ { n++; page[n] = $1; text[n] = $2; html[n] = $3; hbytes[n] = $4; next }
    FILENAME ~ /warta/ { split($0, w, " +"); ns[w[1]] = w[6]; bytes[w[1]] = w[2]; next }
    FILENAME ~ /dateparser/ { dp[$1] = $2; pw[$1] = $5; pr[$1] = $6; next }
    { rd[$1] = $2; jd[$1] = $3 }
    END {
        format = "%-5s %7s %7s %11s %11s %9s %10s %12s %9s %11s\n"
        row = "%-5s %7d %7d %11.0f %11.2f %9.2f %10.0f %12.2f %9.2f %11.0f\n"
        printf format, "page", "text", "HTML", "warta", "dateparser", "paired", "dateparser", "Readability", "of which", "Readability"
        printf format, "", "bytes", "bytes", "ns/article", "ms/article", "warta us", "/ warta", "ms/article", "jsdom ms", "/ warta"
        for (i = 1; i <= n; i++) {
            t = text[i]; h = html[i]
            if (!(t in ns) || !(t in dp) || !(h in rd)) { print "run-peers.sh: no time for " page[i] > "/dev/stderr"; exit 1 }
            r_rd = rd[h] * 1e6 / ns[t]
            printf row, page[i], bytes[t], hbytes[i], ns[t], dp[t], pw[t], pr[t], rd[h], jd[h], r_rd
            sum_ns += ns[t]; sum_dp += dp[t]; sum_pw += pw[t]; sum_rd += rd[h]; sum_jd += jd[h]
            sum_b += bytes[t]; sum_h += hbytes[i]
            if (i == 1 || pr[t] < worst_dp) worst_dp = pr[t]
            if (i == 1 || r_rd < worst_rd) worst_rd = r_rd
        }
        printf row, "all", sum_b, sum_h, sum_ns, sum_dp, sum_pw, sum_dp * 1e3 / sum_pw, sum_rd, sum_jd, sum_rd * 1e6 / sum_ns
        printf "\nall: sums over the %d pages. Smallest speed-up on one page: %.0fx over dateparser (paired), %.0fx over Readability with jsdom\n", n, worst_dp, worst_rd
    }
' "$tmp/pages.tsv" "$tmp/warta.txt" "$tmp/dateparser.tsv" "$tmp/readability.tsv"

# Each page new: dateparser and Readability with --turns, warta's paired call (one parse)
# just after each dateparser call. (warta-bench --once is no measure of this on eleven
# pages: its runs through their 60 KB teach the branch predictor all of them.)
nice -n 19 /usr/bin/python3 dateparser-time.py --turns --runs "$turn_runs" --warta "$shared" \
    "${texts[@]}" >"$tmp/dateparser-turns.tsv"
nice -n 19 node readability-time.js --turns --runs "$turn_runs" "${htmls[@]}" \
    >"$tmp/readability-turns.tsv"

echo
echo "Each page new: every run takes each page once, the pages in turn (--turns); medians of"
echo "$turn_runs runs. warta: one warta_parse (libwarta.so, through ctypes) just after each dateparser"
echo "call on the same page, in its process, so after 13-120 ms of other work; dateparser / warta"
echo "is the median over those pairs, Readability / warta is over warta's median time; a ctypes"
echo "call: one call of warta_capacity, which does no work, timed the same way after another"
echo "dateparser call on the page: what the call through ctypes alone costs there"
echo
awk -F'\t' '
    FILENAME ~ /pages/ { n++; page[n] = $1; text[n] = $2; html[n] = $3; next }
    FILENAME ~ /dateparser/ { dp[$1] = $2; pw[$1] = $5; pr[$1] = $6; bare[$1] = $7; next }
    { rd[$1] = $2 }
    END {
        format = "%-5s %11s %9s %11s %10s %12s %11s\n"
        row = "%-5s %11.2f %9.2f %11.2f %10.0f %12.2f %11.0f\n"
        printf format, "page", "warta", "a ctypes", "dateparser", "dateparser", "Readability", "Readability"
        printf format, "", "us/article", "call us", "ms/article", "/ warta", "ms/article", "/ warta"
        for (i = 1; i <= n; i++) {
            t = text[i]; h = html[i]
            if (!(t in dp) || !(h in rd)) { print "run-peers.sh: no time for " page[i] > "/dev/stderr"; exit 1 }
            r_rd = rd[h] * 1e3 / pw[t]
            printf row, page[i], pw[t], bare[t], dp[t], pr[t], rd[h], r_rd
            sum_dp += dp[t]; sum_pw += pw[t]; sum_bare += bare[t]; sum_rd += rd[h]
            if (i == 1 || pr[t] < worst_dp) worst_dp = pr[t]
            if (i == 1 || r_rd < worst_rd) worst_rd = r_rd
        }
        printf row, "all", sum_pw, sum_bare, sum_dp, sum_dp * 1e3 / sum_pw, sum_rd, sum_rd * 1e3 / sum_pw
        printf "\neach page new: smallest speed-up on one page: %.0fx over dateparser (paired), %.0fx over Readability with jsdom\n", worst_dp, worst_rd
    }
' "$tmp/pages.tsv" "$tmp/dateparser-turns.tsv" "$tmp/readability-turns.tsv"
