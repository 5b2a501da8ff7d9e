#!/usr/bin/env python3
"""Score the warta command-line tool against a corpus of real pages.

For every page NNN with a truth file NNN.json, runs warta on NNN.txt and on
NNN.w3m.txt (one process per file, with a timeout) and compares its JSON with
the truth: title, published (to the minute), outlet, a bag-of-words F1 of the
body, and (for information only) the author. Prints a Markdown table per
rendering and a summary line; --check turns the summary into an exit status.
"""

import argparse
import collections
import json
import re
import signal
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_WARTA = REPO_ROOT / "build" / "warta"
DEFAULT_CORPUS = REPO_ROOT / "tests" / "corpus"

# A page that takes longer than this is a failure, not a slow success.
RUN_TIMEOUT_SECONDS = 5

# Input file suffix for each rendering, in the order they are reported.
RENDERINGS = (("txt", ".txt"), ("w3m", ".w3m.txt"))

# --check: how many pages may miss each exact field, and the least mean body F1.
CHECK_TITLE_MISSES = 1
CHECK_PUBLISHED_MISSES = 1
CHECK_OUTLET_MISSES = 0
CHECK_MIN_MEAN_F1 = 0.90

# Characters of a failure message kept in the table; the full text follows it.
TABLE_NOTE_CHARS = 60

WORD_RE = re.compile(r"\w+")
PUNCT_RE = re.compile(r"[^\w\s]|_")
SPACE_RE = re.compile(r"\s+")
# YYYY-MM-DD, then optionally Thh:mm[:ss[.fff]], then optionally Z or ±hh[:]mm.
ISO_RE = re.compile(
    r"^(\d{4}-\d{2}-\d{2})"
    r"(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?"
    r"(Z|[+-]\d{2}:?\d{2})?$"
)


def fold(text):
    """Trims and folds every run of white space (NBSP and Unicode spaces too)."""
    return SPACE_RE.sub(" ", text).strip()


def normalise_title(text):
    """Case and punctuation ignored, for the 'title norm' column."""
    return fold(PUNCT_RE.sub(" ", text.casefold()))


def parse_iso(text):
    """(date, 'hh:mm' or None, '+hh:mm' or None), or None when not ISO 8601."""
    match = ISO_RE.match(text.strip()) if isinstance(text, str) else None
    if not match:
        return None
    date, minute, zone = match.groups()
    if zone == "Z":
        zone = "+00:00"
    elif zone and ":" not in zone:
        zone = zone[:3] + ":" + zone[3:]
    return date, minute, zone


def published_ok(got, expected):
    """Right to the minute; the date only when the truth has no time; zones
    compared when both sides give one; a null or unreadable output is wrong."""
    want = parse_iso(expected)
    have = parse_iso(got)
    if want is None or have is None:
        return False
    if have[0] != want[0]:
        return False
    if want[1] is None:
        return True
    if have[1] != want[1]:
        return False
    return have[2] is None or want[2] is None or have[2] == want[2]


def words(text):
    return collections.Counter(WORD_RE.findall(text.lower()))


def bag_f1(got_text, want_text):
    """Multiset F1 of lower-cased \\w+ tokens; 1 when both are empty, 0 when one is."""
    got, want = words(got_text), words(want_text)
    if not got and not want:
        return 1.0
    overlap = sum((got & want).values())
    if overlap == 0:
        return 0.0
    precision = overlap / sum(got.values())
    recall = overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def run_warta(warta, path):
    """The one JSON object warta prints for path, or (None, message)."""
    try:
        proc = subprocess.run(
            [str(warta), str(path)],
            capture_output=True,
            timeout=RUN_TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        return None, f"timeout: no answer within {RUN_TIMEOUT_SECONDS} s"
    except OSError as err:
        return None, f"cannot run {warta}: {err.strerror}"
    stderr = fold(proc.stderr.decode("utf-8", "replace"))
    if proc.returncode < 0:
        try:
            name = signal.Signals(-proc.returncode).name
        except ValueError:
            name = f"signal {-proc.returncode}"
        return None, f"crash: killed by {name}" + (f" ({stderr})" if stderr else "")
    if proc.returncode != 0:
        return None, f"exit status {proc.returncode}" + (f": {stderr}" if stderr else "")
    try:
        text = proc.stdout.decode("utf-8")
    except UnicodeDecodeError as err:
        return None, f"invalid UTF-8 in output at byte {err.start}"
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) != 1:
        return None, f"expected one JSON line, got {len(lines)}"
    try:
        obj = json.loads(lines[0])
    except json.JSONDecodeError as err:
        return None, f"invalid JSON: {err.msg} at column {err.colno}"
    if not isinstance(obj, dict):
        return None, f"invalid JSON: top level is {type(obj).__name__}, not an object"
    return obj, None


def score_page(page_id, truth, obj):
    """The figures for one page from warta's object (None after a failure)."""
    want_body = truth.get("body") or ""
    want_author = truth.get("author")
    row = {
        "id": page_id,
        "outlet": truth.get("outlet"),
        "error": None,
        "title": None,
        "title_ok": False,
        "title_norm_ok": False,
        "published": None,
        "published_expected": truth.get("date_iso"),
        "published_ok": False,
        "outlet_got": None,
        "outlet_ok": False,
        "body_f1": 0.0,
        "authors": [],
        "author_expected": want_author,
        "author_ok": False if want_author else None,
    }
    if obj is None:
        return row
    title = obj.get("title")
    if isinstance(title, str):
        row["title"] = title
        row["title_ok"] = fold(title) == fold(truth["title"])
        row["title_norm_ok"] = normalise_title(title) == normalise_title(truth["title"])
    published = obj.get("published")
    row["published"] = published if isinstance(published, str) else None
    row["published_ok"] = published_ok(row["published"], truth["date_iso"])
    outlet = obj.get("outlet")
    row["outlet_got"] = outlet if isinstance(outlet, str) else None
    row["outlet_ok"] = row["outlet_got"] == truth["outlet"]
    body = obj.get("body")
    paragraphs = [p for p in body if isinstance(p, str)] if isinstance(body, list) else []
    row["body_f1"] = bag_f1("\n".join(paragraphs), want_body)
    authors = obj.get("authors")
    row["authors"] = [a for a in authors if isinstance(a, str)] if isinstance(authors, list) else []
    if want_author:
        row["author_ok"] = any(fold(a) == fold(want_author) for a in row["authors"])
    return row


def evaluate(warta, corpus, suffix):
    rows = []
    for truth_path in sorted(corpus.glob("[0-9][0-9][0-9].json")):
        page_id = truth_path.stem
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        input_path = corpus / (page_id + suffix)
        if input_path.is_file():
            obj, error = run_warta(warta, input_path)
        else:
            obj, error = None, f"missing input {input_path.name}"
        row = score_page(page_id, truth, obj)
        row["error"] = error
        rows.append(row)
    return rows


def summarise(rows):
    pages = len(rows)
    return {
        "pages": pages,
        "title_exact": sum(r["title_ok"] for r in rows),
        "title_normalised": sum(r["title_norm_ok"] for r in rows),
        "published": sum(r["published_ok"] for r in rows),
        "outlet": sum(r["outlet_ok"] for r in rows),
        "mean_body_f1": sum(r["body_f1"] for r in rows) / pages if pages else 0.0,
        "author": sum(bool(r["author_ok"]) for r in rows),
        "author_pages": sum(r["author_ok"] is not None for r in rows),
        "failures": sum(r["error"] is not None for r in rows),
    }


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def yes_no(flag):
    return "yes" if flag else "**no**"


def print_report(name, rows, summary):
    print(f"## {name}\n")
    print("| id | outlet | title ok | title norm ok | published ok (got / expected) "
          "| outlet ok | body F1 | author ok |")
    print("| --- | --- | --- | --- | --- | --- | ---: | --- |")
    for r in rows:
        if r["error"]:
            note = r["error"][:TABLE_NOTE_CHARS]
            print(f"| {r['id']} | {cell(r['outlet'])} | FAILED: {cell(note)} | | | | 0.000 | |")
            continue
        published = f"{yes_no(r['published_ok'])} ({r['published'] or 'null'} / {r['published_expected']})"
        outlet = "yes" if r["outlet_ok"] else f"**no** ({r['outlet_got'] or 'null'})"
        if r["author_ok"] is None:
            author = "–"
        elif r["author_ok"]:
            author = "yes"
        else:
            author = f"**no** ({'; '.join(r['authors'])} / {r['author_expected']})"
        print(f"| {r['id']} | {cell(r['outlet'])} | {yes_no(r['title_ok'])} "
              f"| {yes_no(r['title_norm_ok'])} | {cell(published)} | {cell(outlet)} "
              f"| {r['body_f1']:.3f} | {cell(author)} |")
    print()
    for r in rows:
        if r["error"]:
            print(f"- {r['id']}: {r['error']}")
        elif not r["title_ok"]:
            print(f"- {r['id']} title: got {json.dumps(r['title'], ensure_ascii=False)}")
    n = summary["pages"]
    print(f"\n{name}: title exact {summary['title_exact']}/{n}, "
          f"published {summary['published']}/{n}, outlet {summary['outlet']}/{n}, "
          f"mean body F1 {summary['mean_body_f1']:.3f} "
          f"(title normalised {summary['title_normalised']}/{n}, "
          f"author {summary['author']}/{summary['author_pages']}, "
          f"failures {summary['failures']})\n")


def check_failures(name, summary):
    """The --check thresholds this rendering misses, as messages."""
    n = summary["pages"]
    misses = []
    if summary["title_exact"] < n - CHECK_TITLE_MISSES:
        misses.append(f"{name}: title exact {summary['title_exact']}/{n} < {n - CHECK_TITLE_MISSES}")
    if summary["published"] < n - CHECK_PUBLISHED_MISSES:
        misses.append(f"{name}: published {summary['published']}/{n} < {n - CHECK_PUBLISHED_MISSES}")
    if summary["outlet"] < n - CHECK_OUTLET_MISSES:
        misses.append(f"{name}: outlet {summary['outlet']}/{n} < {n - CHECK_OUTLET_MISSES}")
    if summary["mean_body_f1"] < CHECK_MIN_MEAN_F1:
        misses.append(f"{name}: mean body F1 {summary['mean_body_f1']:.3f} < {CHECK_MIN_MEAN_F1:.2f}")
    return misses


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warta", type=Path, default=DEFAULT_WARTA,
                        help=f"the warta binary (default: {DEFAULT_WARTA})")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help=f"directory of NNN.json, NNN.txt, NNN.w3m.txt (default: {DEFAULT_CORPUS})")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 unless the .txt rendering meets the thresholds")
    parser.add_argument("--check-w3m", action="store_true",
                        help="with --check, hold the w3m rendering to the same thresholds")
    parser.add_argument("--json", type=Path, metavar="FILE",
                        help="also write the figures as JSON to FILE ('-' for standard output)")
    args = parser.parse_args()

    if not args.warta.is_file():
        parser.error(f"no warta binary at {args.warta} (build it, or pass --warta)")
    if not any(args.corpus.glob("[0-9][0-9][0-9].json")):
        parser.error(f"no NNN.json truth files in {args.corpus}")

    report = {"warta": str(args.warta), "corpus": str(args.corpus), "renderings": {}}
    misses = []
    for name, suffix in RENDERINGS:
        rows = evaluate(args.warta, args.corpus, suffix)
        summary = summarise(rows)
        print_report(name, rows, summary)
        report["renderings"][name] = {"summary": summary, "pages": rows}
        if name == "txt" or args.check_w3m:
            misses += check_failures(name, summary)

    if args.json:
        text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
        if str(args.json) == "-":
            sys.stdout.write(text)
        else:
            args.json.write_text(text, encoding="utf-8")

    if args.check:
        for miss in misses:
            print(f"check failed: {miss}", file=sys.stderr)
        return 1 if misses else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
