/* Splitting input into blocks: a line, or several lines a text dump wrapped. */
#ifndef WARTA_LINES_H
#define WARTA_LINES_H

#include <stddef.h>
#include <stdint.h>

#include "text.h"

/* A wrapped line is at least this long, so shorter lines are never joined. */
#define WARTA_WRAP_MIN_BYTES 60
/* ...and has at least this many words. */
#define WARTA_WRAP_MIN_WORDS 8

/* What a block holds, noted while its words are counted. */
#define WARTA_HOLDS_DIGIT 1u     /* an ASCII digit */
#define WARTA_HOLDS_NON_ASCII 2u /* a byte >= 0x80 not of a multi-byte space */
/* A ':' or a '|', where captions and credit lines split: a hint that spares them a memchr.
 * Exact where the SIMD steps or the byte loop read the block; the eight-byte steps (the
 * portable code, and spans shorter than sixteen bytes at the input's start) set it. */
#define WARTA_HOLDS_COLON_OR_BAR 4u

typedef struct warta_block_s {
    size_t start;          /* first non-blank byte */
    size_t end;            /* one past the last non-blank byte */
    uint32_t words;        /* white-space separated tokens */
    uint32_t lower_words;  /* tokens starting with a lower-case ASCII letter */
    uint32_t lines;        /* physical lines joined into this block */
    uint8_t holds;         /* WARTA_HOLDS_* bits: what the checks that scan a block look for */
    uint8_t blank_before;  /* a blank line (or the input's start) precedes it */
    uint8_t terminal;      /* ends with . ! ? ) or a closing quote */
    uint8_t stop;          /* ends with '.', '."' or '.”': a finished sentence */
} warta_block;

/* A wrapped line reads as prose: this share of its words is lower case. */
#define WARTA_WRAP_LOWER_PERCENT 40

struct warta_block_s;

/* Says whether a line stands on its own (a date, a label) and so cannot
 * continue the wrapped line before it. */
typedef int (*warta_line_stands_alone)(const char *s, const struct warta_block_s *line);

typedef struct {
    const char *s;
    size_t len;
    size_t pos;            /* start of the next physical line */
    uint8_t blank_pending; /* a blank line was skipped before pos */
    warta_line_stands_alone alone;
} warta_blocks;

void warta_blocks_init(warta_blocks *it, const char *s, size_t len, size_t from,
                       warta_line_stands_alone alone);

/* Goes on after the block that ends at block_end, as if it had just been read. */
void warta_blocks_resume(warta_blocks *it, const char *s, size_t len, size_t block_end,
                         warta_line_stands_alone alone);

/* Reads the next non-blank block; returns 0 at the end of the input. */
int warta_blocks_next(warta_blocks *it, warta_block *out);

/* Counts words of s[start..end) as warta_block does (for sub-spans), and those starting
 * with an upper-case ASCII letter, which a block does not count. s is the
 * input's first byte: a span's last bytes are read as one chunk from s[end - 32]
 * (AVX2), s[end - 16] (SSE2) or s[end - 8] (portable), or one at a time when end is
 * smaller. */
void warta_count_words(const char *s, size_t start, size_t end, uint32_t *words,
                       uint32_t *lower_words, uint32_t *upper_words);

/* The words of s[start..end) as warta_count_words counts them, but no more than limit:
 * reads only as far as the limit-th word's first byte, for tests against a bound. */
static WARTA_FOLDED uint32_t warta_words_upto(const char *s, size_t start, size_t end, uint32_t limit)
{
    uint32_t words = 0;
    for (size_t i = warta_skip_space(s, end, start); i < end && words < limit;
         i = warta_skip_space(s, end, i)) {
        if (++words == limit)
            break;
        /* To the word's end: no multi-byte space opens on a continuation byte. */
        while (i < end && warta_space_len(s, end, i) == 0)
            i++;
    }
    return words;
}

#endif
