#!/usr/bin/env python3
"""Writes bench/corpus/, the default corpus of warta-bench, from the repository's
real texts: copies of the sample articles (examples/) and of the eleven real page
texts (tests/corpus/), concatenations of those pages for the larger sizes, and one
file per hard construct, built from pieces of the real texts.

    python3 bench/make-corpus.py           # (re)write bench/corpus/
    python3 bench/make-corpus.py --check   # exit 1 unless bench/corpus/ is what it writes

The output depends on nothing but the input files: no randomness, no clock.
"""
import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
PAGES = ROOT / "tests" / "corpus"
OUT = ROOT / "bench" / "corpus"

# How many of each hard construct a file holds (the figures).
BYLINE_NAMES = 500
PARAGRAPHS = 500
READ_ALSO_LINES = 1000
READ_ALSO_PER_PARAGRAPH = 10
QUOTES = 1000
DATES = 1000
DATES_PER_PARAGRAPH = 5
MENU_BLOCKS = 60
MENU_LINES_PER_BLOCK = 40
# Where a dateline paragraph has its " - " by.
DATELINE_BYTES = 40
# A menu line: a few words, no sentence mark, no digits.
MENU_MAX_WORDS = 4

# Names for the long byline and the speakers: people named in the sample articles
# and common Indonesian given names and family names.
GIVEN = ["Ayad", "Raafat", "Peter", "Yon", "Budi", "Siti", "Dewi", "Agus", "Rina", "Hendra",
         "Wahyu", "Putri", "Fajar", "Indah", "Rizki", "Nur", "Andi", "Lestari", "Yusuf", "Ratna"]
FAMILY = ["Allawi", "al-Zarari", "Dutton", "Dema", "Setya", "Rahayu", "Santoso", "Wibowo",
          "Kurniawan", "Saputra", "Hidayat", "Nugroho", "Pratama", "Siregar", "Simanjuntak",
          "Harahap", "Wijaya", "Gunawan", "Sitompul", "Lubis", "Nasution", "Putra", "Halim",
          "Tanjung", "Sembiring"]
VERBS = ["kata", "ujar", "ungkap", "jelas", "tutur", "tandas", "papar", "terang", "tegas",
         "imbuh"]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
DAYS_IN_MONTH = 28  # every month has day 1..28, so no date is impossible
YEAR_FIRST = 2014
YEARS = 5


def read(path):
    return path.read_bytes()


def text(path):
    return path.read_text(encoding="utf-8")


def paragraphs(body):
    return [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]


def real_parts():
    """The head, body paragraphs, sentences and headlines of the sample articles."""
    first = text(EXAMPLES / "000_a8c4865092a0d7f6.txt")
    parts = paragraphs(first)
    # Title, date line and caption, then the dateline paragraph.
    head = "\n\n".join(parts[:3])
    tail = "(adk/jpnn)\n\nRedaktur : Tim Redaksi"
    body = []
    headlines = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        lines = text(path).split("\n")
        for i, line in enumerate(lines):
            m = re.match(r"(?i)baca juga:\s*(.+)", line.strip())
            if m:
                headlines.append(m.group(1).strip())
            # A related list gives each title before an age line ("11 hari lalu").
            if re.fullmatch(r"\d+ hari lalu", line.strip()):
                headlines.append(lines[i - 2].strip())
        for p in paragraphs(text(path)):
            # Body paragraphs: long, ending as sentences do, one line, no dateline
            # ("jpnn.com - MOSUL - ...", "TEMPO.CO, Baghdad - ...").
            if len(p) > 150 and p[-1] in '.")' and "\n" not in p and " - " not in p[:DATELINE_BYTES]:
                body.append(p)
    sentences = []
    for p in body:
        for s in re.split(r"(?<=[.!?])\s+", p):
            s = s.strip().strip('"\u201c\u201d')
            if 40 <= len(s) <= 200 and '"' not in s and "\u201c" not in s:
                sentences.append(s.rstrip("."))
    return head, tail, body, sentences, headlines


def name(i):
    return f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // len(GIVEN) + i) % len(FAMILY)]}"


def article(head, middle, tail):
    return head + "\n\n" + "\n\n".join(middle) + "\n\n" + tail + "\n"


def long_byline(head, tail, body):
    """The byline goes where pages put it: after the title and date, before the body."""
    title_and_date, dateline = head.rsplit("\n\n", 1)
    byline = "Penulis: " + ", ".join(name(i) for i in range(BYLINE_NAMES))
    return article(title_and_date, [byline, dateline] + body, tail)


def many_paragraphs(head, tail, body):
    return article(head, [body[i % len(body)] for i in range(PARAGRAPHS)], tail)


def many_read_also(head, tail, body, headlines):
    middle = []
    for i in range(READ_ALSO_LINES):
        if i % READ_ALSO_PER_PARAGRAPH == 0:
            middle.append(body[(i // READ_ALSO_PER_PARAGRAPH) % len(body)])
        middle.append("Baca juga: " + headlines[i % len(headlines)])
    return article(head, middle, tail)


def many_quotes(head, tail, sentences):
    middle = []
    for i in range(QUOTES):
        s, speaker = sentences[i % len(sentences)], name(i)
        if i % 2 == 0:
            middle.append(f'"{s}," {VERBS[i % len(VERBS)]} {speaker}.')
        else:
            middle.append(f'{speaker} mengatakan, "{s}."')
    return article(head, middle, tail)


def date_mention(i):
    day = i % DAYS_IN_MONTH + 1
    month = (i // DAYS_IN_MONTH) % len(MONTHS) + 1
    year = YEAR_FIRST + (i // (DAYS_IN_MONTH * len(MONTHS))) % YEARS
    weekday = WEEKDAYS[i % len(WEEKDAYS)]
    forms = [f"{weekday} ({day}/{month})",
             f"{day} {MONTHS[month - 1]} {year}",
             f"{weekday}, {day} {MONTHS[month - 1]} {year} pukul {i % 24:02d}:{i % 60:02d} WIB",
             f"({day}/{month}/{year})",
             f"{weekday} malam ({day}/{month})"]
    return forms[i % len(forms)]


def many_dates(head, tail, sentences):
    middle = []
    for p in range(DATES // DATES_PER_PARAGRAPH):
        clauses = []
        for k in range(DATES_PER_PARAGRAPH):
            i = p * DATES_PER_PARAGRAPH + k
            clauses.append(f"{sentences[i % len(sentences)]} pada {date_mention(i)}.")
        middle.append(" ".join(clauses))
    return article(head, middle, tail)


def menu_lines():
    """Navigation lines of the real page texts: a few words, no sentence mark, no digits."""
    seen, lines = set(), []
    for path in sorted(PAGES.glob("[0-9][0-9][0-9].txt")):
        for line in text(path).split("\n"):
            line = line.strip()
            words = line.split()
            if (0 < len(words) <= MENU_MAX_WORDS and line[-1] not in ".?!:\"" and
                    not re.search(r"\d", line) and line not in seen):
                seen.add(line)
                lines.append(line)
    return lines


def mostly_menus(head, tail, body):
    menus = menu_lines()
    blocks = []
    for b in range(MENU_BLOCKS):
        start = b * MENU_LINES_PER_BLOCK
        blocks.append("\n".join(menus[(start + k) % len(menus)]
                                for k in range(MENU_LINES_PER_BLOCK)))
    half = MENU_BLOCKS // 2
    story = article(head, body[:4], tail)
    return "\n\n".join(blocks[:half]) + "\n\n" + story + "\n" + "\n\n".join(blocks[half:]) + "\n"


def concatenation(paths):
    return b"".join(read(p) if read(p).endswith(b"\n") else read(p) + b"\n" for p in paths)


def corpus():
    """Every file of bench/corpus/ as name -> bytes."""
    files = {}
    for path in sorted(EXAMPLES.glob("*.txt")):
        files["example-" + path.name] = read(path)
    pages = sorted(PAGES.glob("[0-9][0-9][0-9].txt"))
    dumps = sorted(PAGES.glob("[0-9][0-9][0-9].w3m.txt"))
    for path in pages + dumps:
        files["page-" + path.name] = read(path)
    files["concat-11-pages.txt"] = concatenation(pages)
    files["concat-11-pages.w3m.txt"] = concatenation(dumps)
    files["concat-11-pages-and-11-w3m.txt"] = concatenation(pages + dumps)

    head, tail, body, sentences, headlines = real_parts()
    synthetic = {
        "hard-byline-500-names.txt": long_byline(head, tail, body),
        "hard-paragraphs-500.txt": many_paragraphs(head, tail, body),
        "hard-baca-juga-1000.txt": many_read_also(head, tail, body, headlines),
        "hard-quotes-1000.txt": many_quotes(head, tail, sentences),
        "hard-dates-1000.txt": many_dates(head, tail, sentences),
        "hard-mostly-menus.txt": mostly_menus(head, tail, body),
    }
    for key, value in synthetic.items():
        files[key] = value.encode("utf-8")
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="compare bench/corpus/ with what would be written")
    args = parser.parse_args()
    files = corpus()
    present = {p.name for p in OUT.glob("*.txt")}
    if args.check:
        stale = sorted(n for n, data in files.items()
                       if not (OUT / n).is_file() or (OUT / n).read_bytes() != data)
        extra = sorted(present - set(files))
        for n in stale:
            print(f"bench/corpus/{n}: differs from make-corpus.py's output", file=sys.stderr)
        for n in extra:
            print(f"bench/corpus/{n}: not written by make-corpus.py", file=sys.stderr)
        return 1 if stale or extra else 0
    OUT.mkdir(exist_ok=True)
    for n in sorted(present - set(files)):
        (OUT / n).unlink()
    for n, data in sorted(files.items()):
        (OUT / n).write_bytes(data)
        print(f"{len(data):8d}  bench/corpus/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
