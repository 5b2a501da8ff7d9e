#!/usr/bin/python3
"""Times dateparser's search_dates(text, languages=['id']) on each FILE, as warta-bench
times warta: the text read before the clock starts, one call untimed first (dateparser
loads its language data then), then RUNS timed calls; prints one line per file:
path, median ms per article, fastest ms, dates found.

With --warta LIB (warta's shared library), each timed call is paired with warta_parse on
the same text in this process just after it (as many calls as fill WARTA_MIN_SECONDS,
through ctypes, whose call costs count against warta), and two more columns follow:
warta's median us per article and the median over the pairs of dateparser's time over
warta's. A pair's two times are taken milliseconds apart, so the host's drift (up to 2x
within seconds, bench/README.md) falls on both alike.

With --turns, the files take turns instead: each run calls search_dates once on every file
in order, and warta_parse (with --warta) once just after each call, so neither meets a
text it has just read (as a crawler meets new pages); the columns are as above, and one
more: the median us of a ctypes call that does no work (warta_capacity) timed the same way
after a second, untimed search_dates on the file: what the call alone costs in that place.

    /usr/bin/python3 dateparser-time.py [--runs N] [--turns] [--warta LIB] FILE...

Debian's python3-dateparser is installed for /usr/bin/python3, not for other pythons."""
import argparse
import ctypes
import statistics
import sys
import time
import warnings

from dateparser.search import search_dates

# dateparser 1.1 calls pytz's localize(); the deprecation notice is noise here.
warnings.filterwarnings("ignore", message="The localize method is no longer necessary")

# warta_parse writes one warta_article (30,536 bytes at the defaults on x86-64): room to spare.
ARTICLE_BYTES = 1 << 20
# Each pair times warta over at least this long.
WARTA_MIN_SECONDS = 0.002


def warta_timer(path):
    """Two functions: one timing warta_parse on a text (seconds per call over calls filling
    WARTA_MIN_SECONDS, or of one call), one timing a single call of warta_capacity."""
    lib = ctypes.CDLL(path)
    parse = lib.warta_parse
    parse.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_void_p]
    parse.restype = ctypes.c_int
    capacity = lib.warta_capacity
    capacity.argtypes = [ctypes.c_int]
    capacity.restype = ctypes.c_uint32
    article = ctypes.create_string_buffer(ARTICLE_BYTES)

    def timed(data, calls):
        start = time.perf_counter()
        for _ in range(calls):
            if parse(data, len(data), None, article) != 0:
                sys.exit("dateparser-time.py: warta_parse failed")
        return (time.perf_counter() - start) / calls

    def per_call(data, once=False):
        if once:
            return timed(data, 1)
        calls = max(1, int(WARTA_MIN_SECONDS / timed(data, 1)))
        return timed(data, calls)

    def bare_call():
        start = time.perf_counter()
        capacity(0)
        return time.perf_counter() - start

    return per_call, bare_call


def print_line(path, seconds, found, warta_seconds, ratios, bare_seconds=None):
    """One file's line: path, median and fastest ms, dates found[, warta us, ratio[, bare
    call us]]."""
    line = f"{path}\t{statistics.median(seconds) * 1e3:.3f}\t{min(seconds) * 1e3:.3f}\t{found}"
    if warta_seconds:
        line += f"\t{statistics.median(warta_seconds) * 1e6:.3f}\t{statistics.median(ratios):.0f}"
    if bare_seconds:
        line += f"\t{statistics.median(bare_seconds) * 1e6:.3f}"
    print(line)
    sys.stdout.flush()


def turns(args, warta, bare_call):
    """Each run, every file once, in order: dateparser, then warta just after it; then
    dateparser again, untimed, and a bare ctypes call just after it."""
    texts, datas, found = [], [], []
    for path in args.files:
        with open(path, encoding="utf-8", errors="replace") as f:
            texts.append(f.read())
        with open(path, "rb") as f:
            datas.append(f.read())
    # The untimed pass: dateparser loads its language data.
    for k, text in enumerate(texts):
        found.append(len(search_dates(text, languages=["id"]) or []))
        if warta:
            warta(datas[k], once=True)
    seconds = [[] for _ in texts]
    warta_seconds = [[] for _ in texts]
    ratios = [[] for _ in texts]
    bare_seconds = [[] for _ in texts]
    for _ in range(args.runs):
        for k, text in enumerate(texts):
            start = time.perf_counter()
            search_dates(text, languages=["id"])
            seconds[k].append(time.perf_counter() - start)
            if warta:
                warta_seconds[k].append(warta(datas[k], once=True))
                ratios[k].append(seconds[k][-1] / warta_seconds[k][-1])
                search_dates(text, languages=["id"])
                bare_seconds[k].append(bare_call())
    for k, path in enumerate(args.files):
        print_line(path, seconds[k], found[k], warta_seconds[k], ratios[k], bare_seconds[k])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warta", metavar="LIB")
    parser.add_argument("--turns", action="store_true")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    warta, bare_call = warta_timer(args.warta) if args.warta else (None, None)
    if args.turns:
        turns(args, warta, bare_call)
        return
    for path in args.files:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        with open(path, "rb") as f:
            data = f.read()
        found = search_dates(text, languages=["id"]) or []
        if warta:
            warta(data)
        seconds, warta_seconds, ratios = [], [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            search_dates(text, languages=["id"])
            seconds.append(time.perf_counter() - start)
            if warta:
                warta_seconds.append(warta(data))
                ratios.append(seconds[-1] / warta_seconds[-1])
        print_line(path, seconds, len(found), warta_seconds, ratios)


if __name__ == "__main__":
    main()
