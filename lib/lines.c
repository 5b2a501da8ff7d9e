#include "lines.h"

#include "simd.h"
#include "text.h"

#include "libc.h"

/* LF and CR end a line. */
static int is_break(char c)
{
    return c == '\n' || c == '\r';
}

/* Start of the line after the break at `end` (CRLF counts once). */
static size_t after_break(const char *s, size_t len, size_t end)
{
    if (end >= len)
        return len;
    if (s[end] == '\r' && end + 1 < len && s[end + 1] == '\n')
        return end + 2;
    return end + 1;
}

/* 1 when c may open a quote mark or a multi-byte space: the only bytes that need a closer look. */
static int may_be_mark(unsigned char c)
{
    return c == '"' || c == '(' || c == '\'' || c >= 0x80;
}

/* What a span's word count has gathered so far. */
typedef struct {
    uint32_t words, lower;
    uint32_t upper; /* read by warta_count_words only: the line reader's chunk steps leave it short */
    uint8_t holds;
    uint8_t after_space; /* the byte before the next one is white space */
} word_tally;

/* A tally's counts and notes into the block whose words it counted. */
static inline void take_tally(warta_block *b, const word_tally *t)
{
    b->words = t->words;
    b->lower_words = t->lower;
    b->holds = t->holds;
}

/* Counts the word starting at i, its case being its first letter's, past opening marks. */
static void count_word_at(const char *s, size_t end, size_t i, word_tally *t)
{
    size_t j = i;
    for (int k = 0; k < 2 && j < end && may_be_mark((unsigned char)s[j]); k++) {
        size_t q = warta_quote_len(s, end, j);
        if (q == 0 && (s[j] == '(' || s[j] == '\''))
            q = 1;
        if (q == 0)
            break;
        j += q;
    }
    unsigned char c = j < end ? (unsigned char)s[j] : 0;
    t->words++;
    t->lower += warta_is_lower(c) ? 1u : 0u;
    t->upper += warta_is_upper(c) ? 1u : 0u;
}

/* The eight-byte steps take ASCII bytes only (WARTA_ONES, WARTA_HIGHS in text.h). */

static inline uint64_t equal_to(uint64_t x, unsigned c)
{
    return ~warta_bytes_at_least(x ^ (WARTA_ONES * c), 1) & WARTA_HIGHS;
}

static inline uint32_t marked_count(uint64_t m)
{
    return (uint32_t)(((m >> 7) * WARTA_ONES) >> 56);
}

#ifdef WARTA_SIMD_BYTES
/* A lane counts at most one word per step: add the lanes up before they wrap. */
#define SIMD_LANE_STEPS 255

/* The chunk loops' constants, a row each, as wide as the widest chunk. */
enum {
    ROW_SPACE, ROW_LETTER, ROW_LF, ROW_CR, ROW_FC, ROW_E0, ROW_C2, ROW_EF,
    /* warta_lanes_between's two constants for '"'..'(', '\t'..'\r', digits, letters */
    ROW_MARK_ADD, ROW_MARK_BELOW, ROW_TAB_ADD, ROW_TAB_BELOW, ROW_DIGIT_ADD, ROW_DIGIT_BELOW,
    ROW_LOWER_ADD, ROW_UPPER_ADD, ROW_LETTER_BELOW,
    ROW_COLON, ROW_BAR, /* the bytes a block notes it holds (WARTA_HOLDS_COLON_OR_BAR) */
    ROW_COUNT
};
static const warta_row chunk_rows[ROW_COUNT] __attribute__((aligned(WARTA_ROW_BYTES))) = {
    WARTA_ROW_OF(' '), WARTA_ROW_OF('a'), WARTA_ROW_OF('\n'), WARTA_ROW_OF('\r'),
    WARTA_ROW_OF(0xFC), WARTA_ROW_OF(0xE0), WARTA_ROW_OF(0xC2), WARTA_ROW_OF(0xEF),
    WARTA_ROW_ADD('"'), WARTA_ROW_BELOW('"', '('),
    WARTA_ROW_ADD('\t'), WARTA_ROW_BELOW('\t', '\r'),
    WARTA_ROW_ADD('0'), WARTA_ROW_BELOW('0', '9'),
    WARTA_ROW_ADD('a'), WARTA_ROW_ADD('A'), WARTA_ROW_BELOW('a', 'z'),
    WARTA_ROW_OF(':'), WARTA_ROW_OF('|'),
};

/* Masks of a chunk's bytes to keep: read from keep_N + n, the last n of N; from
 * keep_N + 2N - n, the first n. */
static const unsigned char keep_16[3 * 16] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

#define CHUNK 16
#define V(op) v16_##op
#define T(name) name##_16
#define TARGET
#include "lines_chunks.inc"
#undef CHUNK
#undef V
#undef T
#undef TARGET

#ifdef WARTA_AVX2_BYTES
static const unsigned char keep_32[3 * 32] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

#define CHUNK 32
#define V(op) v32_##op
#define T(name) name##_32
#define TARGET WARTA_AVX2
#include "lines_chunks.inc"
#undef CHUNK
#undef V
#undef T
#undef TARGET
#endif

/* count_simd_N at the widest width this CPU runs. */
static void count_simd(const char *s, size_t i, size_t end, word_tally *t)
{
#ifdef WARTA_AVX2_BYTES
    if (end >= WARTA_AVX2_BYTES && warta_has_avx2()) {
        count_simd_32(s, i, end, t);
        return;
    }
#endif
    count_simd_16(s, i, end, t);
}

/* count_line_simd_N at the widest width this CPU runs. */
static size_t count_line_simd(const char *s, size_t len, size_t pos, word_tally *t)
{
#ifdef WARTA_AVX2_BYTES
    if (len - pos >= WARTA_AVX2_BYTES && warta_has_avx2())
        return count_line_simd_32(s, len, pos, t);
#endif
    return count_line_simd_16(s, len, pos, t);
}

/* tally_lanes adds up three sixteen-bit masks in one word, a field each. */
#define COUNT_FIELD_BITS 16
#define COUNT_FIELD_SUM 0x1Fu /* a field's sum: sixteen at most */

/* Lanes of span that are not ' '. */
static inline uint32_t text_lanes(__m128i x, uint32_t span)
{
    return ~(uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' '))) & span;
}

/* The counts of a span that is one chunk's lanes `span`, of printable ASCII but for
 * spaces and with no mark ('"' to '('), whose lanes other than ' ' are `text`: its
 * words open where its text does. */
static inline void tally_lanes(__m128i x, uint32_t span, uint32_t text, word_tally *t)
{
    uint64_t starts = text & ~(text << 1);
    uint64_t lower = (uint64_t)_mm_movemask_epi8(warta_lanes_between(x, 'a', 'z'));
    uint64_t upper = (uint64_t)_mm_movemask_epi8(warta_lanes_between(x, 'A', 'Z'));
    /* The three counts at once, each mask's bits added up in its field. */
    uint64_t m = starts | (starts & lower) << COUNT_FIELD_BITS |
                 (starts & upper) << (2 * COUNT_FIELD_BITS);
    m -= (m >> 1) & UINT64_C(0x5555555555555555);
    m = (m & UINT64_C(0x3333333333333333)) + ((m >> 2) & UINT64_C(0x3333333333333333));
    m = (m + (m >> 4)) & UINT64_C(0x0F0F0F0F0F0F0F0F);
    m += m >> 8;
    t->words = (uint32_t)(m & COUNT_FIELD_SUM);
    t->lower = (uint32_t)((m >> COUNT_FIELD_BITS) & COUNT_FIELD_SUM);
    t->upper = (uint32_t)((m >> (2 * COUNT_FIELD_BITS)) & COUNT_FIELD_SUM);
    uint32_t digits = (uint32_t)_mm_movemask_epi8(warta_lanes_between(x, '0', '9'));
    uint32_t splits = (uint32_t)_mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(':')), _mm_cmpeq_epi8(x, _mm_set1_epi8('|'))));
    t->holds = (digits & span ? WARTA_HOLDS_DIGIT : 0u) | (splits & span ? WARTA_HOLDS_COLON_OR_BAR : 0u);
}

/* A span of at most sixteen bytes, all printable ASCII but for spaces, none a mark:
 * counted from its chunk's byte masks, without the loop (short lines are most of a
 * menu). 0 when the span is not such; end >= 16 as for the loop. */
static int count_short_simd(const char *s, size_t start, size_t end, word_tally *t)
{
    size_t n = end - start;
    if (n > WARTA_SIMD_BYTES)
        return 0;
    __m128i x = warta_load_lanes(s + end - WARTA_SIMD_BYTES);
    /* The chunk's last n lanes. */
    uint32_t keep = ((1u << WARTA_SIMD_BYTES) - 1u) & ~((1u << (WARTA_SIMD_BYTES - n)) - 1u);
    if (rare_lanes_16(chunk_rows, x) & keep)
        return 0;
    tally_lanes(x, keep, text_lanes(x, keep), t);
    return 1;
}

/* A line that ends (LF or CR) within the sixteen bytes at pos and holds only printable
 * ASCII and spaces, no mark, some text: read into out from that one chunk, its end
 * stored in *e. 0 for any other line, which blocks_next then reads the long way. */
static int short_line(const char *s, size_t len, size_t pos, warta_block *out, size_t *e)
{
    if (len - pos < WARTA_SIMD_BYTES)
        return 0;
    __m128i x = warta_load_lanes(s + pos);
    uint32_t breaks = break_lanes_16(chunk_rows, x);
    if (!breaks)
        return 0;
    uint32_t line = (1u << __builtin_ctz(breaks)) - 1u;
    uint32_t text = text_lanes(x, line);
    if (!text || (rare_lanes_16(chunk_rows, x) & line))
        return 0;
    size_t first = (size_t)__builtin_ctz(text), last = (size_t)(31 - __builtin_clz(text));
    word_tally t;
    tally_lanes(x, line, text, &t);
    take_tally(out, &t);
    out->start = pos + first;
    out->end = pos + last + 1;
    out->lines = 1;
    /* No mark: the last byte alone says whether the line reads as finished. */
    char c = s[pos + last];
    out->terminal = c == '.' || c == '!' || c == '?' || c == ')';
    out->stop = c == '.';
    *e = pos + (size_t)__builtin_ctz(breaks);
    return 1;
}
#endif

/* End of the physical line starting at pos: its first LF or CR, or len. Both are
 * looked for at once, sixteen bytes a step with SSE2, eight without. */
static size_t line_end(const char *s, size_t len, size_t pos)
{
    size_t i = pos;
#ifdef WARTA_SIMD_BYTES
    for (; len - i >= WARTA_SIMD_BYTES; i += WARTA_SIMD_BYTES) {
        uint32_t breaks = break_lanes_16(chunk_rows, warta_load_lanes(s + i));
        if (breaks)
            return i + (size_t)__builtin_ctz(breaks);
    }
#else
    for (; len - i >= WARTA_WORD_BYTES; i += WARTA_WORD_BYTES) {
        uint64_t x = warta_load_bytes(s + i);
        /* An LF or a CR in x: the first one is then found a byte at a time. */
        if (warta_has_byte_below(x ^ (WARTA_ONES * '\n'), 1) |
            warta_has_byte_below(x ^ (WARTA_ONES * '\r'), 1))
            break;
    }
#endif
    while (i < len && !is_break(s[i]))
        i++;
    return i;
}

/* Counts the words of the ASCII run from i eight bytes at a time, the last bytes of the
 * span read as the eight ending at end; returns where it stopped (end or a word with a
 * byte >= 0x80, or i when fewer than eight bytes precede end). With to_break (a constant
 * at each call) it counts a line: it stops at the first LF or CR too, and leaves words in
 * upper case uncounted, as a block does not keep them. */
static size_t count_ascii_words(const char *s, size_t i, size_t end, word_tally *t,
                                int to_break)
{
    uint64_t after_space = t->after_space ? 0x80u : 0, digits = 0;
    uint32_t words = 0, lower = 0, upper = 0; /* kept apart from t: no store a step */
    /* A ':' or '|' is not looked for: two more tests a step cost these steps more than the
     * memchr calls the bit saves (WARTA_HOLDS_COLON_OR_BAR). */
    if (i < end && end >= WARTA_WORD_BYTES)
        t->holds |= WARTA_HOLDS_COLON_OR_BAR;
    while (i < end && end >= WARTA_WORD_BYTES) {
        size_t step = WARTA_WORD_BYTES;
        uint64_t x, space;
        if (end - i >= WARTA_WORD_BYTES) {
            x = warta_load_bytes(s + i);
            if (x & WARTA_HIGHS)
                break;
            space = equal_to(x, ' ');
            /* Most steps of prose hold no byte below ')' but spaces: no control, no break,
             * no mark. Their words open after a space and take their case from their first byte. */
            if (!(~warta_bytes_at_least(x, ')') & ~space & WARTA_HIGHS)) {
                uint64_t starts = ~space & WARTA_HIGHS & ((space << 8) | after_space);
                digits |= warta_bytes_between(x, '0', '9');
                words += marked_count(starts);
                lower += marked_count(starts & warta_bytes_between(x, 'a', 'z'));
                if (!to_break)
                    upper += marked_count(starts & warta_bytes_between(x, 'A', 'Z'));
                after_space = space >> 56;
                i += WARTA_WORD_BYTES;
                continue;
            }
        } else { /* the last bytes, then spaces past end */
            step = end - i;
            x = warta_load_bytes(s + end - WARTA_WORD_BYTES) >> (8 * (WARTA_WORD_BYTES - step)) |
                (WARTA_ONES * ' ') << (8 * step);
            if (x & WARTA_HIGHS)
                break;
            space = equal_to(x, ' ');
        }
        uint64_t controls = ~warta_bytes_at_least(x, 0x20) & WARTA_HIGHS;
        int at_break = 0;
        if (to_break && controls) {
            uint64_t breaks = controls & (equal_to(x, '\n') | equal_to(x, '\r'));
            if (breaks) {
                /* The line ends at the break: the step's bytes from it on read as spaces. */
                size_t n = warta_first_marked(breaks);
                uint64_t rest = ~UINT64_C(0) << (8 * n);
                x = (x & ~rest) | ((WARTA_ONES * ' ') & rest);
                step = n;
                at_break = 1;
            }
        }
        /* White space is NUL, 9..13 and ' ', one byte each. */
        if (at_break)
            space = equal_to(x, ' ');
        if (controls)
            space |= controls & (equal_to(x, 0) | warta_bytes_between(x, '\t', '\r'));
        uint64_t starts = ~space & WARTA_HIGHS & ((space << 8) | after_space);
        /* '"' '\'' '(' open a word whose case is the next letter's: those go one by one. */
        uint64_t marks = starts & warta_bytes_between(x, '"', '(');
        starts &= ~marks;
        digits |= warta_bytes_between(x, '0', '9');
        uint64_t letters = starts & warta_bytes_between(x | (WARTA_ONES * 0x20), 'a', 'z');
        uint64_t lowers = letters & (x << 2);
        words += marked_count(starts);
        lower += marked_count(lowers);
        if (!to_break)
            upper += marked_count(letters & ~lowers);
        for (size_t k = 0; marks; k++, marks >>= 8)
            if (marks & 0x80u)
                count_word_at(s, end, i + k, t);
        after_space = space >> 56;
        i += step;
        if (at_break)
            break;
    }
    t->words += words;
    t->lower += lower;
    t->upper += upper;
    if (digits)
        t->holds |= WARTA_HOLDS_DIGIT;
    t->after_space = after_space ? 1 : 0;
    return i;
}

/* Counts the character at i, one the eight-byte steps did not take (a space of up to
 * three bytes whole); returns where the next one starts. */
static size_t count_character(const char *s, size_t end, size_t i, word_tally *t)
{
    size_t n = warta_space_len(s, end, i);
    if (n > 0) {
        t->after_space = 1;
        return i + n;
    }
    unsigned char c = (unsigned char)s[i];
    t->holds |= c >= 0x80               ? WARTA_HOLDS_NON_ASCII
                : warta_is_digit(c)    ? WARTA_HOLDS_DIGIT
                : c == ':' || c == '|' ? WARTA_HOLDS_COLON_OR_BAR
                                       : 0u;
    if (t->after_space)
        count_word_at(s, end, i, t);
    t->after_space = 0;
    /* The rest of the character: continuation bytes neither space nor start a word. */
    for (i++; i < end && ((unsigned char)s[i] & 0xC0) == 0x80; i++)
        ;
    return i;
}

/* Counts the words of s[start..end) into *out, and notes what the span holds. */
static void count_words_of(const char *s, size_t start, size_t end, word_tally *out)
{
    word_tally t = {0, 0, 0, 0, 1};
    size_t i = start;
#ifdef WARTA_SIMD_BYTES
    if (end >= WARTA_SIMD_BYTES) {
        count_simd(s, i, end, &t);
        i = end;
    }
#endif
    while (i < end) {
        if ((unsigned char)s[i] < 0x80) {
            size_t stop = count_ascii_words(s, i, end, &t, 0);
            if (stop != i) {
                i = stop;
                continue;
            }
        }
        i = count_character(s, end, i, &t);
    }
    *out = t;
}

#ifndef WARTA_SIMD_BYTES
/* Counts the words of the physical line at i as count_words_of counts a span, but for
 * those in upper case, while looking for its end: the line is read once, as the chunk
 * loops read it. Returns the line's end: its LF or CR, or len. */
static size_t count_line_words(const char *s, size_t len, size_t i, word_tally *t)
{
    while (i < len && !is_break(s[i])) {
        if ((unsigned char)s[i] < 0x80) {
            size_t stop = count_ascii_words(s, i, len, t, 1);
            if (stop != i) {
                i = stop;
                continue;
            }
        }
        i = count_character(s, len, i, t);
    }
    return i;
}
#endif

/* count_words_of, a short span taken in one step first: apart, so that the step does not
 * pay for the loop's registers. */
static inline void count_span(const char *s, size_t start, size_t end, word_tally *t)
{
#ifdef WARTA_SIMD_BYTES
    if (end >= WARTA_SIMD_BYTES && count_short_simd(s, start, end, t))
        return;
#endif
    count_words_of(s, start, end, t);
}

void warta_count_words(const char *s, size_t start, size_t end, uint32_t *words,
                       uint32_t *lower_words, uint32_t *upper_words)
{
    word_tally t;
    count_span(s, start, end, &t);
    *words = t.words;
    *lower_words = t.lower;
    *upper_words = t.upper;
}

/* The last character decides whether a line reads as finished. */
static void ending(const char *s, size_t start, size_t end, uint8_t *terminal, uint8_t *stop)
{
    *terminal = *stop = 0;
    if (end <= start)
        return;
    size_t last = end - 1;
    while (last > start && ((unsigned char)s[last] & 0xC0) == 0x80)
        last--;
    unsigned char c = (unsigned char)s[last];
    /* Quote marks open with '"' or a lead byte of C2 or above. */
    int quote = (c == '"' || c >= 0xC2) && warta_quote_len(s, end, last) > 0;
    if (c == '.' || c == '!' || c == '?' || c == ')' || quote)
        *terminal = 1;
    if (c == '.')
        *stop = 1;
    else if (quote && last > start && s[last - 1] == '.')
        *stop = 1;
}

void warta_blocks_init(warta_blocks *it, const char *s, size_t len, size_t from,
                       warta_line_stands_alone alone)
{
    it->alone = alone;
    it->s = s;
    it->len = len;
    it->pos = from < len ? from : len;
    it->blank_pending = 1;
}

void warta_blocks_resume(warta_blocks *it, const char *s, size_t len, size_t block_end,
                         warta_line_stands_alone alone)
{
    warta_blocks_init(it, s, len, block_end, alone);
    /* Only white space follows a block on its line: the next line starts after the break. */
    it->pos = after_break(s, len, line_end(s, len, it->pos));
    it->blank_pending = 0;
}

/* The block of the line s[pos..e) into line, its counts left at 0; 0 when the line is blank. */
static inline int line_bounds(const char *s, size_t pos, size_t e, warta_block *line)
{
    size_t a = warta_skip_space(s, e, pos);
    if (a >= e)
        return 0;
    memset(line, 0, sizeof *line);
    line->start = a;
    line->end = warta_trim_end(s, a, e);
    line->lines = 1;
    return 1;
}

/* Reads the physical line at pos into line and stores its end, the LF or CR or len, in
 * *e; 0 when the line is blank. */
static int read_line(const char *s, size_t len, size_t pos, warta_block *line, size_t *e)
{
    word_tally t = {0, 0, 0, 0, 1};
#ifdef WARTA_SIMD_BYTES
    /* An indent of blanks opens no word: counting starts after it. */
    size_t from = s[pos] == ' ' ? warta_skip_blanks(s, len, pos) : pos;
    if (len - from < WARTA_SIMD_BYTES) {
        /* The input's last bytes: the line's end first, then its span, from the chunk ending it. */
        *e = line_end(s, len, pos);
        if (!line_bounds(s, pos, *e, line))
            return 0;
        count_span(s, line->start, line->end, &t);
    } else {
        *e = count_line_simd(s, len, from, &t);
        if (!line_bounds(s, from, *e, line))
            return 0;
    }
#else
    *e = count_line_words(s, len, pos, &t);
    if (!line_bounds(s, pos, *e, line))
        return 0;
#endif
    take_tally(line, &t);
    ending(s, line->start, line->end, &line->terminal, &line->stop);
    return 1;
}

int warta_blocks_next(warta_blocks *it, warta_block *out)
{
    const char *s = it->s;
    size_t len = it->len;
    while (it->pos < len) {
        if (is_break(s[it->pos])) {
            it->pos = after_break(s, len, it->pos);
            it->blank_pending = 1;
            continue;
        }
#ifdef WARTA_SIMD_BYTES
        size_t short_end;
        if (short_line(s, len, it->pos, out, &short_end)) {
            out->blank_before = it->blank_pending;
            it->blank_pending = 0;
            it->pos = after_break(s, len, short_end);
            return 1;
        }
#endif
        size_t e;
        int text = read_line(s, len, it->pos, out, &e);
        it->pos = after_break(s, len, e);
        if (!text) {
            it->blank_pending = 1;
            continue;
        }
        out->blank_before = it->blank_pending;
        it->blank_pending = 0;
        /* A long unfinished line of prose followed at once by more text was wrapped. */
        warta_block line;
        /* Its last line: out itself at first (a copy would wait on the bytes ending() stored). */
        const warta_block *last = out;
        while (!last->terminal && last->end - last->start >= WARTA_WRAP_MIN_BYTES &&
               last->words >= WARTA_WRAP_MIN_WORDS &&
               last->lower_words * 100 >= last->words * WARTA_WRAP_LOWER_PERCENT && it->pos < len) {
            size_t e2;
            if (is_break(s[it->pos]) || !read_line(s, len, it->pos, &line, &e2))
                break;
            if (it->alone && it->alone(s, &line))
                break;
            out->end = line.end;
            out->words += line.words;
            out->lower_words += line.lower_words;
            out->holds |= line.holds;
            out->lines++;
            out->terminal = line.terminal;
            out->stop = line.stop;
            it->pos = after_break(s, len, e2);
            last = &line;
        }
        return 1;
    }
    return 0;
}
