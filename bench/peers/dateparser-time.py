#!/usr/bin/python3
"""Times dateparser's search_dates(text, languages=['id']) on each FILE, as warta-bench
times warta: the text read before the clock starts, one call untimed first (dateparser
loads its language data then), then RUNS timed calls; prints one line per file:
path, median ms per article, fastest ms, dates found.

    /usr/bin/python3 dateparser-time.py [--runs N] FILE...

Debian's python3-dateparser is installed for /usr/bin/python3, not for other pythons."""
import argparse
import statistics
import sys
import time
import warnings

from dateparser.search import search_dates

# dateparser 1.1 calls pytz's localize(); the deprecation notice is noise here.
warnings.filterwarnings("ignore", message="The localize method is no longer necessary")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    for path in args.files:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        found = search_dates(text, languages=["id"]) or []
        seconds = []
        for _ in range(args.runs):
            start = time.perf_counter()
            search_dates(text, languages=["id"])
            seconds.append(time.perf_counter() - start)
        print(f"{path}\t{statistics.median(seconds) * 1e3:.3f}\t{min(seconds) * 1e3:.3f}\t{len(found)}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
