/* The parser's internal modules one by one: text helpers, blocks, block
 * classification, datelines, captions, author codes and quotes. */
#define _DEFAULT_SOURCE /* opendir, readdir */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture_json.h"
#include "internal.h"
#include "simd.h"
#include "tables.h"
#include "text.h"

/* Room for any span text these tests compare. */
#define SPAN_TEXT_SIZE 256

/* A span of s as a NUL-terminated string in buf, for cr_assert_str_eq. */
static const char *span_str(const char *s, warta_span sp, char *buf)
{
    size_t n = sp.len < SPAN_TEXT_SIZE - 1 ? sp.len : SPAN_TEXT_SIZE - 1;
    memcpy(buf, s + sp.off, n);
    buf[n] = '\0';
    return buf;
}

/* ---- text.c ---- */

/* ASCII letters match in either case; every other byte only itself, though some differ from
 * another by the case bit alone ('@' and '`', '[' and '{', 0xC1 and 0xE1). */
Test(text, equal_ci)
{
    cr_assert(warta_equal_ci("Baca Juga:", "bACA jUGA:", 10));
    cr_assert(warta_equal_ci("", "x", 0));
    cr_assert(!warta_equal_ci("Baca", "Bacu", 4));
    cr_assert(!warta_equal_ci("@", "`", 1));
    cr_assert(!warta_equal_ci("[", "{", 1));
    cr_assert(!warta_equal_ci("^", "~", 1));
    cr_assert(!warta_equal_ci("\xC1", "\xE1", 1));
    cr_assert(!warta_equal_ci("1", "\x11", 1));
    cr_assert(warta_starts_ci("xx Redaktur", 11, 3, "REDAKTUR", 8));
    cr_assert(!warta_starts_ci("xx Redak", 8, 3, "REDAKTUR", 8));
}

Test(text, space_len)
{
    const char *s = " \t\n\r\v\f";
    for (size_t i = 0; i < 6; i++)
        cr_assert_eq(warta_space_len(s, 6, i), 1u, "byte %zu", i);
    const char nul[] = {'a', '\0', 'b'};
    cr_assert_eq(warta_space_len(nul, 3, 1), 1u);
    cr_assert_eq(warta_space_len("\xc2\xa0x", 3, 0), 2u);
    cr_assert_eq(warta_space_len("\xe2\x80\x89x", 4, 0), 3u);
    cr_assert_eq(warta_space_len("\xe3\x80\x80x", 4, 0), 3u);
    cr_assert_eq(warta_space_len("\xef\xbb\xbfx", 4, 0), 3u);
    cr_assert_eq(warta_space_len("a b", 3, 0), 0u);
    cr_assert_eq(warta_space_len("\xc2\xa9", 2, 0), 0u);  /* U+00A9 (c) */
    cr_assert_eq(warta_space_len("\xe2\x80\x94", 3, 0), 0u); /* em dash */
    cr_assert_eq(warta_space_len("\xe2\x80\x80x", 4, 0), 3u); /* U+2000 */
    cr_assert_eq(warta_space_len("\xe2\x80\x8bx", 4, 0), 3u); /* U+200B */
    cr_assert_eq(warta_space_len("\xe2\x80\xafx", 4, 0), 3u); /* U+202F */
    cr_assert_eq(warta_space_len("\xc2\x85x", 3, 0), 2u);     /* U+0085, next line */
    cr_assert_eq(warta_space_len("\xe1\x9a\x80x", 4, 0), 3u); /* U+1680, ogham space mark */
    cr_assert_eq(warta_space_len("\xe2\x80\xa8x", 4, 0), 3u); /* U+2028, line separator */
    cr_assert_eq(warta_space_len("\xe2\x80\xa9x", 4, 0), 3u); /* U+2029, paragraph separator */
    cr_assert_eq(warta_space_len("\xe2\x80\xa7x", 4, 0), 0u); /* U+2027, hyphenation point */
    cr_assert_eq(warta_space_len("\xe1\x9a\x81x", 4, 0), 0u); /* U+1681, an ogham letter */
    cr_assert_eq(warta_space_len("\xe0\xa4\x80x", 4, 0), 0u); /* U+0900, a lead SIMD passes */
    cr_assert_eq(warta_space_len("\xe2\x80\x41", 3, 0), 0u); /* invalid: an ASCII third byte */
    cr_assert_eq(warta_space_len(" ", 1, 1), 0u);          /* past the end */
}

Test(text, trim_end)
{
    const char *s = "ab \t\xc2\xa0\xe3\x80\x80";
    cr_assert_eq(warta_trim_end(s, 0, strlen(s)), 2u);
    cr_assert_eq(warta_trim_end("abc", 0, 3), 3u);
    cr_assert_eq(warta_trim_end("   ", 0, 3), 0u);
    cr_assert_eq(warta_trim_end("x   ", 2, 4), 2u);
}

Test(text, dash_len)
{
    cr_assert_eq(warta_dash_len("-", 1, 0), 1u);
    cr_assert_eq(warta_dash_len("\xe2\x80\x93", 3, 0), 3u); /* en dash */
    cr_assert_eq(warta_dash_len("\xe2\x80\x94", 3, 0), 3u); /* em dash */
    cr_assert_eq(warta_dash_len("\xe2\x88\x92", 3, 0), 3u); /* minus sign */
    cr_assert_eq(warta_dash_len("\xe2\x80\x9c", 3, 0), 0u); /* left quote */
    cr_assert_eq(warta_dash_len("a", 1, 0), 0u);
}

Test(text, quote_len)
{
    cr_assert_eq(warta_quote_len("\"", 1, 0), 1u);
    cr_assert_eq(warta_quote_len("\xe2\x80\x9c", 3, 0), 3u);
    cr_assert_eq(warta_quote_len("\xe2\x80\x9d", 3, 0), 3u);
    cr_assert_eq(warta_quote_len("\xe2\x80\x9e", 3, 0), 3u);
    cr_assert_eq(warta_quote_len("\xc2\xab", 2, 0), 2u);
    cr_assert_eq(warta_quote_len("\xc2\xbb", 2, 0), 2u);
    cr_assert_eq(warta_quote_len("'", 1, 0), 0u);
    cr_assert_eq(warta_quote_len("\xe2\x80\x99", 3, 0), 0u); /* apostrophe */
}

Test(text, utf8_len)
{
    cr_assert_eq(warta_utf8_len("a", 1, 0), 1u);
    cr_assert_eq(warta_utf8_len("\xc2\xa9", 2, 0), 2u);
    cr_assert_eq(warta_utf8_len("\xe2\x80\x94", 3, 0), 3u);
    cr_assert_eq(warta_utf8_len("\xf0\x9f\x98\x80", 4, 0), 4u);
    cr_assert_eq(warta_utf8_len("\xc0\xaf", 2, 0), 0u);         /* overlong '/' */
    cr_assert_eq(warta_utf8_len("\xe0\x80\xaf", 3, 0), 0u);     /* overlong '/' */
    cr_assert_eq(warta_utf8_len("\xf0\x80\x80\xaf", 4, 0), 0u); /* overlong '/' */
    cr_assert_eq(warta_utf8_len("\xed\xa0\x80", 3, 0), 0u);     /* U+D800 */
    cr_assert_eq(warta_utf8_len("\xf4\x90\x80\x80", 4, 0), 0u); /* past U+10FFFF */
    cr_assert_eq(warta_utf8_len("\xe2\x80", 2, 0), 0u);         /* truncated */
    cr_assert_eq(warta_utf8_len("\xe2\x80x", 3, 0), 0u);        /* bad continuation */
    cr_assert_eq(warta_utf8_len("\x80", 1, 0), 0u);             /* lone continuation */
    /* The first and last code points where E0, ED, F0 and F4 narrow the second byte. */
    cr_assert_eq(warta_utf8_len("\xe0\xa0\x80", 3, 0), 3u);     /* U+0800 */
    cr_assert_eq(warta_utf8_len("\xe0\x9f\xbf", 3, 0), 0u);     /* overlong U+07FF */
    cr_assert_eq(warta_utf8_len("\xed\x9f\xbf", 3, 0), 3u);     /* U+D7FF */
    cr_assert_eq(warta_utf8_len("\xed\xbf\xbf", 3, 0), 0u);     /* U+DFFF */
    cr_assert_eq(warta_utf8_len("\xee\x80\x80", 3, 0), 3u);     /* U+E000 */
    cr_assert_eq(warta_utf8_len("\xf0\x90\x80\x80", 4, 0), 4u); /* U+10000 */
    cr_assert_eq(warta_utf8_len("\xf0\x8f\xbf\xbf", 4, 0), 0u); /* overlong U+FFFF */
    cr_assert_eq(warta_utf8_len("\xf4\x8f\xbf\xbf", 4, 0), 4u); /* U+10FFFF */
    cr_assert_eq(warta_utf8_len("\xf5\x80\x80\x80", 4, 0), 0u);
    cr_assert_eq(warta_utf8_len("\xf0\x90\x80x", 4, 0), 0u);    /* bad last byte */
}

/* ---- lines.c ---- */

typedef struct {
    size_t start, end;
    uint8_t blank_before;
    uint32_t words, lower_words, lines;
} block_want;

static void check_blocks(const char *s, warta_line_stands_alone alone, const block_want *want,
                         size_t count)
{
    warta_blocks it;
    warta_block b;
    warta_blocks_init(&it, s, strlen(s), 0, alone);
    for (size_t k = 0; k < count; k++) {
        cr_assert_eq(warta_blocks_next(&it, &b), 1, "block %zu", k);
        cr_assert_eq(b.start, want[k].start, "block %zu start", k);
        cr_assert_eq(b.end, want[k].end, "block %zu end", k);
        cr_assert_eq(b.blank_before, want[k].blank_before, "block %zu blank_before", k);
        cr_assert_eq(b.words, want[k].words, "block %zu words", k);
        cr_assert_eq(b.lower_words, want[k].lower_words, "block %zu lower_words", k);
        cr_assert_eq(b.lines, want[k].lines, "block %zu lines", k);
    }
    cr_assert_eq(warta_blocks_next(&it, &b), 0);
}

Test(text, find_copyright)
{
    const char *s = "Caf\xc3\xa9 Foto \xc2\xa9 2016 Kapanlagi.com";
    cr_assert_eq(warta_find_copyright(s, strlen(s), 0), 11);
    cr_assert_eq(warta_find_copyright(s, strlen(s), 12), strlen(s));
    cr_assert_eq(warta_find_copyright(s, 12, 0), 12);
}

Test(text, find_unusual)
{
    const char *s = "plain ASCII for a while, then caf\xc3\xa9 and \xe2\x80\x9cquotes\xe2\x80\x9d";
    cr_assert_eq(warta_find_unusual(s, strlen(s), 0), 33);
    cr_assert_eq(warta_find_unusual(s, strlen(s), 35), 40);
    cr_assert_eq(warta_find_unusual(s, 30, 0), 30);
    cr_assert_eq(warta_find_unusual(s, 3, 0), 3);
    cr_assert_eq(warta_find_unusual(s, strlen(s), 99), strlen(s));
    /* A NUL, and each byte >= 0x80 tried, at every place of four steps and past them. */
    static const unsigned char unusual[] = {0, 0x80, 0xC2, 0xFF};
    char z[150];
    for (size_t u = 0; u < sizeof unusual; u++) {
        for (size_t k = 0; k < sizeof z; k++) {
            memset(z, 'a', sizeof z);
            z[k] = (char)unusual[u];
            cr_assert_eq(warta_find_unusual(z, sizeof z, 0), k, "0x%02x at %zu", unusual[u], k);
            cr_assert_eq(warta_find_unusual(z, sizeof z, k + 1), sizeof z, "after 0x%02x at %zu",
                         unusual[u], k);
        }
    }
    /* A NUL before a 0x01, which a borrow of the eight-byte test also marks. */
    for (size_t k = 0; k + 1 < sizeof z; k++) {
        memset(z, 'a', sizeof z);
        z[k] = 0;
        z[k + 1] = 0x01;
        cr_assert_eq(warta_find_unusual(z, sizeof z, 0), k, "NUL at %zu", k);
    }
}

/* The input's flags read the plain way, as Unicode's table of well-formed sequences
 * (Table 3-7) defines them: an oracle apart from the library's UTF-8 code. */
static uint32_t reference_flags(const unsigned char *s, size_t len)
{
    uint32_t flags = memchr(s, 0, len) ? WARTA_FLAG_NUL_BYTES : 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = s[i];
        size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        int ok = n > 0 && len - i >= n && (n == 1 || (s[i + 1] >= lo && s[i + 1] <= hi));
        for (size_t k = 2; ok && k < n; k++)
            ok = s[i + k] >= 0x80 && s[i + k] <= 0xBF;
        if (!ok)
            return flags | WARTA_FLAG_INVALID_UTF8;
        i += n;
    }
    return flags;
}

/* Every pair of bytes, and every lead byte with every second and third, in ASCII at each
 * place around the end of a 32-byte step and at the input's end. */
#define INPUT_SIZE_MAX 198

static void expect_flags_at(unsigned char *z, size_t size, size_t at, const unsigned char *bytes, size_t n)
{
    /* Alone, and with a well-formed character at the end after it: a sequence cut short
     * before ASCII is an error whatever comes later. */
    for (int tail = 0; tail < 2; tail++) {
        memset(z, 'a', size);
        if (tail && at + n + 2 <= size) {
            z[size - 2] = 0xC3;
            z[size - 1] = 0xA9;
        }
        for (size_t k = 0; k < n && at + k < size; k++)
            z[at + k] = bytes[k];
        cr_assert_eq(warta_input_flags((const char *)z, size), reference_flags(z, size),
                     "%02x %02x %02x at %zu of %zu, tail %d", bytes[0], bytes[1], n > 2 ? bytes[2] : 0,
                     at, size, tail);
    }
}

Test(input, flags_of_every_short_sequence)
{
    unsigned char z[INPUT_SIZE_MAX];
    /* Inputs of two steps, of two and a few bytes, and of six and a few (a sequence cut
     * short at a pair of steps' end, then ASCII steps, then a character); places in them. */
    static const struct {
        size_t size, at;
    } cases[] = {{64, 0},  {64, 29},  {64, 30},  {64, 31},  {64, 32},  {64, 61},  {64, 62},
                 {64, 63}, {70, 31},  {70, 61},  {70, 62},  {70, 63},  {70, 66},  {70, 67},
                 {70, 68}, {70, 69},  {198, 63}, {198, 62}, {198, 127}, {198, 191}, {198, 196}};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        size_t size = cases[c].size, at = cases[c].at;
        unsigned char bytes[3];
        for (unsigned a = 0; a < 256; a++) {
            bytes[0] = (unsigned char)a;
            for (unsigned b = 0; b < 256; b++) {
                bytes[1] = (unsigned char)b;
                expect_flags_at(z, size, at, bytes, 2);
            }
        }
        for (unsigned a = 0xC0; a < 256; a++) {
            bytes[0] = (unsigned char)a;
            for (unsigned b = 0x70; b < 0xC8; b++) {
                bytes[1] = (unsigned char)b;
                for (unsigned t = 0x70; t < 0xC8; t++) {
                    bytes[2] = (unsigned char)t;
                    expect_flags_at(z, size, at, bytes, 3);
                }
            }
        }
    }
}

/* Random texts of well-formed characters of every length, the bytes that break them and
 * NULs, at every length up to INPUT_TEXT_MAX (steps, and the last bytes after them). */
#define INPUT_TEXTS 200000
#define INPUT_TEXT_MAX 140

Test(input, flags_of_random_texts)
{
    static const char *const pieces[] = {
        "kata ", "a", "\xc3\xa9", "\xc2\xa0", "\xe2\x80\x9c", "\xe2\x80\x94", "\xef\xbb\xbf",
        "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf", "\xed\x9f\xbf", "\xe0\xa0\x80", "\xf0\x90\x80\x80",
        "\x80", "\xbf", "\xc0\xaf", "\xc1", "\xc2", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xe2\x80",
        "\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xf8", "\xff", "\0",
    };
    static const size_t lens[] = {5, 1, 2, 2, 3, 3, 3, 4, 4, 3, 3, 4, 1, 1, 2, 1, 1, 3, 3, 2,
                                  4, 4, 4, 1, 1, 1};
    /* Pieces from this index on are not UTF-8, or a NUL: most texts are drawn without them. */
    const size_t first_bad = 12;
    unsigned char z[INPUT_TEXT_MAX + 4];
    uint32_t seed = 12345;
    for (size_t t = 0; t < INPUT_TEXTS; t++) {
        seed = seed * 1664525u + 1013904223u;
        size_t want = (seed >> 8) % INPUT_TEXT_MAX;
        int clean = (seed >> 24) % 4 != 0;
        size_t n = 0;
        while (n < want) {
            seed = seed * 1664525u + 1013904223u;
            size_t k = (seed >> 16) % (clean ? first_bad : sizeof lens / sizeof lens[0]);
            memcpy(z + n, pieces[k], lens[k]);
            n += lens[k];
        }
        cr_assert_eq(warta_input_flags((const char *)z, n), reference_flags(z, n), "text %zu", t);
    }
}

/* Runs of spaces of every length up to 40 (sixteen-byte steps, then single bytes), then a tab,
 * a no-break space and more spaces, then text or the end. */
Test(text, skip_space_runs)
{
    char buf[64];
    for (size_t run = 0; run <= 40; run++) {
        memset(buf, ' ', run);
        memcpy(buf + run, "\t\xc2\xa0  x", 6);
        cr_assert_eq(warta_skip_space(buf, run + 6, 0), run + 5, "run %zu", run);
        cr_assert_eq(warta_skip_space(buf, run + 5, 0), run + 5, "run %zu to the end", run);
        cr_assert_eq(warta_skip_space(buf, run, 0), run, "run %zu alone", run);
        buf[run] = 'y';
        cr_assert_eq(warta_skip_space(buf, run + 6, 0), run, "run %zu before y", run);
    }
}

/* The eight-byte masks against the byte predicates, every byte value at every place of a step. */
Test(text, byte_masks)
{
    for (unsigned v = 0; v < 256; v++) {
        for (unsigned k = 0; k < WARTA_WORD_BYTES; k++) {
            char bytes[WARTA_WORD_BYTES];
            memset(bytes, k % 2 ? 0xC3 : 'x', sizeof bytes);
            bytes[k] = (char)v;
            uint64_t x = warta_load_bytes(bytes), bit = UINT64_C(0x80) << (8 * k);
            unsigned char c = (unsigned char)v;
            cr_assert_eq((warta_bytes_equal(x, 0xE2) & bit) != 0, v == 0xE2, "byte %u at %u", v, k);
            cr_assert_eq((warta_bytes_equal(x, '"') & bit) != 0, v == '"', "byte %u at %u", v, k);
            cr_assert_eq((warta_letter_bytes(x) & bit) != 0, warta_is_alpha(c) != 0, "byte %u at %u", v, k);
            uint64_t marked = warta_letter_bytes(x) ^ (warta_letter_bytes(x) & (bit - 1));
            if (warta_is_alpha(c))
                cr_assert_eq(warta_first_marked(marked), k, "byte %u at %u", v, k);
        }
    }
    /* Every set of marks packs to its bits. */
    for (unsigned bits = 0; bits < 256; bits++) {
        uint64_t m = 0;
        for (unsigned k = 0; k < WARTA_WORD_BYTES; k++)
            if (bits >> k & 1u)
                m |= UINT64_C(0x80) << (8 * k);
        cr_assert_eq(warta_marks_to_bits(m), bits, "marks of %02x", bits);
    }
    cr_assert_eq(warta_first_marked(WARTA_HIGHS), 0);
    cr_assert_eq(warta_first_marked(UINT64_C(0x8000000000000000)), 7);
}

/* find (warta_find_digit, warta_find_dash_lead) finds each byte of `bytes` at every
 * place of 40, the others filled from `around`, and nothing after it. */
static void expect_found_everywhere(size_t (*find)(const char *, size_t, size_t),
                                    const char *bytes, const char *around)
{
    char z[40];
    size_t n = strlen(around);
    for (size_t k = 0; k < sizeof z; k++) {
        for (const char *b = bytes; *b; b++) {
            for (size_t j = 0; j < sizeof z; j++)
                z[j] = around[j % n];
            z[k] = *b;
            cr_assert_eq(find(z, sizeof z, 0), k, "0x%02x at %zu", (unsigned char)*b, k);
            cr_assert_eq(find(z, sizeof z, k + 1), sizeof z, "after 0x%02x at %zu",
                         (unsigned char)*b, k);
        }
    }
}

Test(text, find_digit)
{
    const char *s = "no digits here, then 7 and more text 42";
    cr_assert_eq(warta_find_digit(s, strlen(s), 0), 21);
    cr_assert_eq(warta_find_digit(s, strlen(s), 22), 37);
    cr_assert_eq(warta_find_digit(s, 20, 0), 20);
    cr_assert_eq(warta_find_digit(s, strlen(s), 99), strlen(s));
    /* Each digit at every place of a step, among the bytes on either side of '0'..'9'
     * and bytes >= 0x80 whose low seven bits are a digit's. */
    expect_found_everywhere(warta_find_digit, "0123456789", "/:\xB0\xB9\xF0\xF9 a");
}

/* Two spans of one text: a from a0 for an bytes, b from b0 for bn. */
static int same(const char *s, uint32_t a0, uint32_t an, uint32_t b0, uint32_t bn, int ignore_case)
{
    warta_span a = {a0, an}, b = {b0, bn};
    return warta_same_text(s, a, b, ignore_case);
}

Test(text, same_text)
{
    /* "Kata dia." four ways: byte for byte, with other spaces, in capitals, cut short. */
    const char *s = "Kata dia.|Kata dia.|Kata  \xC2\xA0" "dia.|KATA DIA.|Kata dia|Kata dib.";
    cr_assert_eq(same(s, 0, 9, 10, 9, 0), 1);
    cr_assert_eq(same(s, 0, 9, 20, 12, 0), 1);
    cr_assert_eq(same(s, 20, 12, 0, 9, 0), 1);
    cr_assert_eq(same(s, 0, 9, 33, 9, 0), 0);
    cr_assert_eq(same(s, 0, 9, 33, 9, 1), 1);
    cr_assert_eq(same(s, 0, 9, 43, 8, 0), 0);
    cr_assert_eq(same(s, 0, 9, 52, 9, 0), 0);
    cr_assert_eq(same(s, 0, 9, 52, 9, 1), 0);
    cr_assert_eq(same(s, 0, 0, 9, 0, 0), 1);
    /* First characters that differ only in case, differ, or open with white space. */
    const char *u = "Kata dia.|kata dia.|Lata dia.| Kata dia.|\xC2\xA0Kata dia.";
    cr_assert_eq(same(u, 0, 9, 10, 9, 1), 1);
    cr_assert_eq(same(u, 0, 9, 10, 9, 0), 0);
    cr_assert_eq(same(u, 0, 9, 20, 9, 1), 0);
    cr_assert_eq(same(u, 0, 9, 30, 10, 0), 0);
    cr_assert_eq(same(u, 0, 9, 41, 11, 0), 0);
    cr_assert_eq(same(u, 30, 10, 41, 11, 0), 1);
}

Test(text, find_dash_lead)
{
    const char *s = "Jakarta \xE2\x80\x93 kata, lalu x-ray";
    cr_assert_eq(warta_find_dash_lead(s, strlen(s), 0), 8);
    cr_assert_eq(warta_find_dash_lead(s, strlen(s), 9), 24);
    cr_assert_eq(warta_find_dash_lead(s, 8, 0), 8);
    cr_assert_eq(warta_find_dash_lead(s, strlen(s), 99), strlen(s));
    /* '-' and E2 at every place of a step, among bytes one bit away from either. */
    expect_found_everywhere(warta_find_dash_lead, "-\xE2", ",.\xAD\xE3\xE0\xA2 b");
}

/* A table is sorted by first-byte group, and its hand-written group starts fit it;
 * when they do not, the numbers to write are printed. rows[k], `stride` bytes apart,
 * each open with their warta_phrase. */
static void expect_groups_of(const char *name, const void *rows, size_t count, size_t stride,
                             const uint8_t *at)
{
    uint8_t want[WARTA_GROUPS + 1];
    char line[WARTA_GROUPS * 5 + 8];
    size_t n = 0;
    unsigned last = 0;
    for (size_t k = 0; k < count; k++) {
        const warta_phrase *p = (const warta_phrase *)(const void *)((const char *)rows + k * stride);
        unsigned g = warta_group((unsigned char)p->text[0]);
        cr_expect_geq(g, last, "%s: \"%s\" comes after a later group", name, p->text);
        last = g;
    }
    for (unsigned g = 0; g <= WARTA_GROUPS; g++) {
        size_t below = 0;
        for (size_t k = 0; k < count; k++) {
            const warta_phrase *p = (const warta_phrase *)(const void *)((const char *)rows + k * stride);
            below += warta_group((unsigned char)p->text[0]) < g;
        }
        want[g] = (uint8_t)below;
        n += (size_t)snprintf(line + n, sizeof line - n, g ? ", %u" : "%u", (unsigned)want[g]);
    }
    cr_expect(memcmp(want, at, sizeof want) == 0, "%s: groups need {%s}", name, line);
}

static void expect_groups(const char *name, const warta_phrase_list *list)
{
    /* warta_match_phrase looks at the second byte first. */
    for (size_t k = 0; k < list->count; k++)
        cr_expect_geq(list->items[k].len, 2, "%s: \"%s\" is shorter than two bytes", name,
                      list->items[k].text);
    expect_groups_of(name, list->items, list->count, sizeof *list->items, list->at);
}

Test(tables, first_byte_groups)
{
    expect_groups("headings", &warta_headings);
    expect_groups("related_headings", &warta_related_headings);
    expect_groups("boilerplate", &warta_boilerplate);
    expect_groups("read_also", &warta_read_also);
    expect_groups("more_links", &warta_more_links);
    expect_groups("speaker_stops", &warta_speaker_stops);
    expect_groups("pronouns", &warta_pronouns);
    expect_groups("source_cues", &warta_source_cues);
    expect_groups("source_fillers", &warta_source_fillers);
    expect_groups("photo_credits", &warta_photo_credits);
    expect_groups("caption_marks", &warta_caption_marks);
    for (size_t k = 0; k < warta_caption_marks.count; k++) {
        const warta_phrase *m = &warta_caption_marks.items[k];
        cr_expect(m->len <= WARTA_CAPTION_MARK_MAX_BYTES && m->text[m->len - 1] == ':',
                  "caption mark \"%s\": ends with ':', at most %d bytes", m->text,
                  WARTA_CAPTION_MARK_MAX_BYTES);
    }
    expect_groups("updated_labels", &warta_updated_labels);
    expect_groups("weekdays", &warta_weekdays);
    expect_groups("name_separators", &warta_name_separators);
    for (size_t k = 0; k < warta_name_separators.count; k++)
        cr_expect(warta_may_open_name_separator((unsigned char)warta_name_separators.items[k].text[0]),
                  "name separator \"%s\": warta_may_open_name_separator must take its first byte",
                  warta_name_separators.items[k].text);
    expect_groups_of("labels", warta_labels, warta_label_count, sizeof *warta_labels,
                     warta_label_at);
    expect_groups_of("verbs", warta_verbs, warta_verb_count, sizeof *warta_verbs, warta_verb_at);
    expect_groups_of("months", warta_months.items, warta_months.count, sizeof *warta_months.items,
                     warta_months.at);
    /* The first label a line starts with is taken: "Reporter" must come before "Rep". */
    for (size_t k = 0; k < warta_label_count; k++)
        for (size_t j = 0; j < k; j++)
            cr_expect(!warta_starts_ci(warta_labels[k].word.text, warta_labels[k].word.len, 0,
                                       warta_labels[j].word.text, warta_labels[j].word.len),
                      "labels: \"%s\" must come before its prefix \"%s\"",
                      warta_labels[k].word.text, warta_labels[j].word.text);
    uint32_t verbs[2] = {0, 0};
    for (size_t k = 0; k < warta_verb_count; k++) {
        /* match_verb compares a lower-case word with the forms' first bytes as written. */
        cr_expect(warta_is_lower((unsigned char)warta_verbs[k].form.text[0]), "verb %s", warta_verbs[k].form.text);
        verbs[warta_verbs[k].kind] |= warta_first_bit((unsigned char)warta_verbs[k].form.text[0]);
    }
    cr_expect_eq(warta_verb_firsts[WARTA_VERB_AFTER], verbs[WARTA_VERB_AFTER]);
    cr_expect_eq(warta_verb_firsts[WARTA_VERB_CLAUSE], verbs[WARTA_VERB_CLAUSE]);
    for (size_t k = 0; k < warta_outlet_count; k++) {
        uint32_t signs = 0;
        for (size_t j = 0; j < warta_outlets[k].sign_count; j++)
            signs |= warta_first_bit((unsigned char)warta_outlets[k].signs[j].text[0]);
        cr_expect_eq(warta_outlets[k].firsts, signs, "%s: firsts 0x%x, its signs need 0x%x",
                     warta_outlets[k].domain, warta_outlets[k].firsts, signs);
    }
}

static void set_key(uint32_t *bits, uint32_t key)
{
    unsigned bit = warta_key_bit(key);
    bits[bit / 32] |= 1u << (bit % 32);
}

/* Marks the table of an opener at its key's bit; every opener has two bytes at least. */
static void add_opener(uint8_t *openers, const warta_phrase *p, unsigned table)
{
    cr_assert_geq(p->len, 2, "opener \"%s\" is shorter than two bytes", p->text);
    openers[warta_key_bit(warta_key(p->text, p->len > 2 ? 3 : 2))] |= (uint8_t)table;
}

static void add_openers(uint8_t *openers, const warta_phrase_list *list, unsigned table)
{
    for (size_t k = 0; k < list->count; k++)
        add_opener(openers, &list->items[k], table);
}

/* A hand-written key set holds the keys of today's tables; when it does not, the
 * words to write are printed. */
static void expect_key_set(const char *name, const uint32_t *want, const warta_key_set *set)
{
    char line[WARTA_KEY_WORDS * 14 + 8];
    size_t n = 0;
    for (size_t w = 0; w < WARTA_KEY_WORDS; w++)
        n += (size_t)snprintf(line + n, sizeof line - n, w ? ", 0x%08x" : "0x%08x", want[w]);
    cr_expect(memcmp(want, set->words, sizeof set->words) == 0, "%s needs {{%s}}", name, line);
}

/* Clause verb or source cue k of the paragraph words (k below PARAGRAPH_WORDS), or NULL
 * for a verb of the other kind; *verb tells which table. */
#define PARAGRAPH_WORDS (warta_verb_count + warta_source_cues.count)
static const warta_phrase *paragraph_word(size_t k, int *verb)
{
    *verb = k < warta_verb_count;
    if (*verb)
        return warta_verbs[k].kind == WARTA_VERB_CLAUSE ? &warta_verbs[k].form : NULL;
    return &warta_source_cues.items[k - warta_verb_count];
}

Test(tables, key_sets)
{
    uint8_t openers[WARTA_KEY_BITS] = {0};
    add_openers(openers, &warta_headings, WARTA_OPENS_HEADING);
    add_openers(openers, &warta_read_also, WARTA_OPENS_READ_ALSO);
    add_openers(openers, &warta_boilerplate, WARTA_OPENS_BOILERPLATE);
    for (size_t k = 0; k < warta_label_count; k++)
        add_opener(openers, &warta_labels[k].word, WARTA_OPENS_LABEL);
    /* The nonzero entries, as designated initializers with tables.c's names of the bits. */
    static const char *const names[] = {"HEADING", "READ_ALSO", "BOILERPLATE", "LABEL"};
    char line[WARTA_KEY_BITS * 48];
    size_t n = 0;
    for (size_t bit = 0; bit < WARTA_KEY_BITS; bit++) {
        if (!openers[bit])
            continue;
        n += (size_t)snprintf(line + n, sizeof line - n, "\n    [%zu] =", bit);
        for (unsigned k = 0, first = 1; k < 4; k++)
            if (openers[bit] & (1u << k)) {
                n += (size_t)snprintf(line + n, sizeof line - n, "%s %s", first ? "" : " |", names[k]);
                first = 0;
            }
        n += (size_t)snprintf(line + n, sizeof line - n, ",");
    }
    cr_expect(memcmp(openers, warta_openers, sizeof openers) == 0, "warta_openers needs {%s\n}", line);
    uint32_t lines[WARTA_KEY_WORDS] = {0}, words[WARTA_KEY_WORDS] = {0};
    for (size_t k = 0; k < warta_outlet_count; k++) {
        for (size_t j = 0; j < warta_outlets[k].sign_count; j++) {
            const warta_phrase *p = &warta_outlets[k].signs[j];
            cr_assert_geq(p->len, 3, "sign \"%s\" is shorter than three bytes", p->text);
            set_key(lines, warta_line_key(p->text, 0, p->len));
            set_key(words, warta_key(p->text, WARTA_KEY_BYTES));
        }
    }
    expect_key_set("warta_outlet_lines", lines, &warta_outlet_lines);
    expect_key_set("warta_outlet_words", words, &warta_outlet_words);
    uint32_t dates[WARTA_KEY_WORDS] = {0};
    for (size_t k = 0; k < warta_weekdays.count + warta_months.count; k++) {
        const warta_phrase *p = k < warta_weekdays.count ? &warta_weekdays.items[k]
                                                         : &warta_months.items[k - warta_weekdays.count].name;
        /* The date reader takes a space in a name for any run of blanks: none in the key. */
        cr_assert(p->len >= WARTA_KEY_BYTES && !memchr(p->text, ' ', WARTA_KEY_BYTES),
                  "date word \"%s\"", p->text);
        set_key(dates, warta_key(p->text, WARTA_KEY_BYTES));
    }
    expect_key_set("warta_date_words", dates, &warta_date_words);
    /* The paragraph scan looks only at letters that open a word for these. */
    uint32_t paragraph[WARTA_KEY_WORDS] = {0}, clauses[WARTA_KEY_WORDS] = {0},
             cues[WARTA_KEY_WORDS] = {0};
    for (size_t k = 0; k < PARAGRAPH_WORDS; k++) {
        int verb;
        const warta_phrase *p = paragraph_word(k, &verb);
        if (!p)
            continue;
        cr_assert(p->len >= WARTA_KEY_BYTES && warta_is_alpha((unsigned char)p->text[0]) &&
                      warta_is_alpha((unsigned char)p->text[1]) && warta_is_alpha((unsigned char)p->text[2]),
                  "paragraph word \"%s\" does not open with three letters", p->text);
        /* scan_stops (quotes.c) stops at no other first letter. */
        cr_assert(strchr("bdms", p->text[0] | 0x20) != NULL,
                  "paragraph word \"%s\" opens with a letter scan_stops passes over", p->text);
        /* scan_stops_32 stops only where the three bytes' nibble bits meet. */
        unsigned bits = 0xFF;
        for (int at = 0; at < WARTA_PARAGRAPH_PREFIX_BYTES; at++) {
            unsigned char lower = (unsigned char)(p->text[at] | 0x20);
            bits &= warta_paragraph_nibbles[at][0][lower & 0x0F] & warta_paragraph_nibbles[at][1][lower >> 4];
        }
        cr_assert_neq(bits, 0u, "paragraph word \"%s\" has no bit of warta_paragraph_nibbles", p->text);
        set_key(paragraph, warta_key(p->text, WARTA_KEY_BYTES));
        /* The first word, all letters, is what the scan measures. */
        size_t first = 0;
        while (first < p->len && p->text[first] != ' ') {
            cr_assert(warta_is_alpha((unsigned char)p->text[first]),
                      "paragraph word \"%s\" holds a byte other than letters", p->text);
            first++;
        }
        set_key(verb ? clauses : cues, warta_word_key(p->text, 0, first));
        if (verb) {
            char nya[64];
            cr_assert_lt(first + 3, sizeof nya);
            memcpy(nya, p->text, first);
            memcpy(nya + first, "nya", 3);
            set_key(clauses, warta_word_key(nya, 0, first + 3));
        }
    }
    expect_key_set("warta_paragraph_words", paragraph, &warta_paragraph_words);
    expect_key_set("warta_clause_words", clauses, &warta_clause_words);
    expect_key_set("warta_cue_words", cues, &warta_cue_words);
    uint32_t verbs[WARTA_KEY_WORDS] = {0};
    for (size_t k = 0; k < warta_verb_count; k++) {
        const warta_phrase *p = &warta_verbs[k].form;
        cr_assert(p->len >= WARTA_KEY_BYTES, "verb \"%s\" is shorter than three bytes", p->text);
        set_key(verbs, warta_line_key(p->text, 0, p->len));
        set_key(verbs, warta_line_key(p->text, 0, p->len + strlen("nya")));
    }
    expect_key_set("warta_verb_words", verbs, &warta_verb_words);
}

/* Blocks that open with a table's phrase are let through to that table; most others
 * to none. */
Test(tables, opens)
{
    static const struct {
        const char *line;
        unsigned opens;
    } yes[] = {
        {"Baca juga: Judul", WARTA_OPENS_READ_ALSO | WARTA_OPENS_HEADING},
        {"BERITA TERKAIT", WARTA_OPENS_HEADING | WARTA_OPENS_READ_ALSO},
        {"Redaktur : Tim", WARTA_OPENS_LABEL},
        {"\xC2\xA9 2016 Kompas", WARTA_OPENS_BOILERPLATE},
        {"By Reuters", WARTA_OPENS_LABEL},
        {"(c) 2020", WARTA_OPENS_BOILERPLATE},
        {"Tags", WARTA_OPENS_HEADING},
    };
    for (size_t k = 0; k < sizeof yes / sizeof yes[0]; k++) {
        unsigned opens = warta_opens(yes[k].line, 0, strlen(yes[k].line));
        cr_expect_eq(opens & yes[k].opens, yes[k].opens, "%s: 0x%x", yes[k].line, opens);
    }
    static const char *const no[] = {"Olahraga", "Nasional", "Jakarta", "Otomotif", "1", "B"};
    for (size_t k = 0; k < sizeof no / sizeof no[0]; k++)
        cr_expect_eq(warta_opens(no[k], 0, strlen(no[k])), 0, "%s", no[k]);
}

/* Eight bytes at a time on ASCII, one at a time elsewhere: the counts agree across both. */
static void check_words(const char *s, size_t n, uint32_t words, uint32_t lower, uint32_t upper)
{
    uint32_t w, lo, up;
    warta_count_words(s, 0, n, &w, &lo, &up);
    cr_assert_eq(w, words);
    cr_assert_eq(lo, lower);
    cr_assert_eq(up, upper);
}

Test(lines, count_words)
{
    const char *a = "Kata (dia) 'ya' \"Benar\" kemarin,\tdi\x01Jakarta ok";
    check_words(a, strlen(a), 7, 5, 2);
    const char b[] = "abcdefg Hijklmn\xc2\xa0opq \xe2\x80\x9cRst\xe2\x80\x9d uvw (\"Xy\" z) \0nul 12 Ab";
    check_words(b, sizeof b - 1, 10, 5, 4);
    const char *c = "1234567 (abcdefg)\n\"ABCDEFG\"\r\n'abc'''''x (( ((A";
    check_words(c, strlen(c), 6, 2, 2);
    check_words(c, 7, 1, 0, 0);
}

Test(lines, words_upto)
{
    const char *a = "  Basis Abu\xc2\xa0Sayyaf,\t\"Digempur\"  ";
    cr_assert_eq(warta_words_upto(a, 0, strlen(a), 0), 0);
    cr_assert_eq(warta_words_upto(a, 0, strlen(a), 2), 2);
    cr_assert_eq(warta_words_upto(a, 0, strlen(a), 4), 4);
    cr_assert_eq(warta_words_upto(a, 0, strlen(a), 9), 4);
    cr_assert_eq(warta_words_upto(a, 3, strlen(a), 9), 4);
    cr_assert_eq(warta_words_upto(a, 4, strlen(a), 9), 4);
    cr_assert_eq(warta_words_upto(a, 7, strlen(a), 9), 3);
    const char b[] = "\xe2\x80\x89 \0\xc2\xa0";
    cr_assert_eq(warta_words_upto(b, 0, sizeof b - 1, 3), 0);
    cr_assert_eq(warta_words_upto(b, 0, 0, 3), 0);
}

/* The definition the fast counter must agree with: one character at a time. */
static void reference_words(const char *s, size_t start, size_t end, uint32_t *words,
                            uint32_t *lower, uint32_t *upper)
{
    *words = *lower = *upper = 0;
    int after_space = 1;
    for (size_t i = start; i < end;) {
        size_t n = warta_space_len(s, end, i);
        if (n > 0) {
            after_space = 1;
            i += n;
            continue;
        }
        if (after_space) {
            size_t j = i;
            for (int k = 0; k < 2 && j < end; k++) {
                size_t q = warta_quote_len(s, end, j);
                if (q == 0 && (s[j] == '(' || s[j] == '\''))
                    q = 1;
                if (q == 0)
                    break;
                j += q;
            }
            unsigned char c = j < end ? (unsigned char)s[j] : 0;
            (*words)++;
            *lower += warta_is_lower(c) ? 1u : 0u;
            *upper += warta_is_upper(c) ? 1u : 0u;
        }
        after_space = 0;
        i++;
    }
}

/* Random texts of words, marks, controls and multi-byte spaces at every offset and
 * length: the one-chunk count, the 16- and 32-byte loops and the 8-byte steps (or the
 * portable ones under WARTA_NO_SIMD) agree with a byte-at-a-time count. */
#define RANDOM_TEXTS 4000
#define RANDOM_TEXT_MAX 200

/* Pieces of the random texts: words, marks, controls, line breaks, multi-byte spaces. */
static const char *const random_pieces[] = {
    "kata", "Jakarta", "DPR", "2016", " ", "  ", "\t", "\n", "\r\n", "\0", "\x01", "(",
    "\"", "'", "\xe2\x80\x9c", "\xe2\x80\x9d", "\xc2\xa0", "\xe2\x80\x89", "\xe3\x80\x80",
    "\xef\xbb\xbf", "\xc3\xa9", ",", ".", "#", "&", "-", "\xe2\x80\x94", "\x80", "\xff", "Z",
    "a", "(\"", "~", "\r", "\xe1\x9a\x80", "\xc2\x85", "\xe2\x80\xa8", "\xe0\xa4\x95",
};
static const size_t random_piece_lens[] = {4, 7, 3, 4, 1, 2, 1, 1, 2, 1, 1, 1, 1, 1, 3, 3, 2, 3, 3,
                                           3, 2, 1, 1, 1, 1, 1, 3, 1, 1, 1, 1, 2, 1, 1, 3, 2, 3, 3};
#define RANDOM_PIECES (sizeof random_piece_lens / sizeof random_piece_lens[0])

/* Writes the next random text into text (RANDOM_TEXT_MAX bytes at most); returns its length. */
static size_t random_text(char *text, uint32_t *seed)
{
    cr_assert_eq(sizeof random_pieces / sizeof random_pieces[0], RANDOM_PIECES);
    size_t n = 0;
    for (;;) {
        *seed = *seed * 1103515245u + 12345u;
        size_t k = (*seed >> 16) % RANDOM_PIECES;
        if (n + random_piece_lens[k] > RANDOM_TEXT_MAX || (*seed >> 8) % 64 == 0)
            return n;
        memcpy(text + n, random_pieces[k], random_piece_lens[k]);
        n += random_piece_lens[k];
    }
}

Test(lines, count_words_random)
{
    char text[RANDOM_TEXT_MAX + 8];
    uint32_t seed = 12345;
    for (int t = 0; t < RANDOM_TEXTS; t++) {
        size_t n = random_text(text, &seed);
        /* Every span of up to seventeen bytes: the one-chunk counts and the loop's meet there. */
        for (size_t start = 0; start < n; start++) {
            for (size_t end = start + 1; end <= n && end <= start + 17; end++) {
                uint32_t w, lo, up, rw, rlo, rup;
                warta_count_words(text, start, end, &w, &lo, &up);
                reference_words(text, start, end, &rw, &rlo, &rup);
                cr_assert(w == rw && lo == rlo && up == rup, "text %d from %zu to %zu", t, start, end);
                for (uint32_t limit = 0; limit <= rw + 1; limit++)
                    cr_assert_eq(warta_words_upto(text, start, end, limit), limit < rw ? limit : rw,
                                 "text %d from %zu to %zu, limit %u", t, start, end, limit);
            }
        }
        for (size_t start = 0; start < n && start < 20; start += 3) {
            /* Ends short of the text's: the last short step reads bytes past end. */
            for (size_t end = n; end > start && end + 3 > n; end--) {
                uint32_t w, lo, up, rw, rlo, rup;
                warta_count_words(text, start, end, &w, &lo, &up);
                reference_words(text, start, end, &rw, &rlo, &rup);
                cr_assert_eq(w, rw, "text %d from %zu to %zu", t, start, end);
                cr_assert_eq(lo, rlo, "text %d from %zu to %zu", t, start, end);
                cr_assert_eq(up, rup, "text %d from %zu to %zu", t, start, end);
            }
        }
    }
}

/* The same texts read as blocks, from their first three bytes on: each block's counts
 * are its span's by the byte-at-a-time count, and it notes a digit when its span holds
 * one, wherever the line reader (a chunk loop, the portable steps) found its end. */
Test(lines, block_counts_random)
{
    char text[RANDOM_TEXT_MAX + 8];
    uint32_t seed = 54321;
    for (int t = 0; t < RANDOM_TEXTS; t++) {
        size_t n = random_text(text, &seed);
        for (size_t from = 0; from < 3 && from < n; from++) {
            warta_blocks it;
            warta_block b;
            size_t after = from;
            warta_blocks_init(&it, text, n, from, NULL);
            while (warta_blocks_next(&it, &b)) {
                cr_assert(b.start >= after && b.start < b.end && b.end <= n,
                          "text %d from %zu: block %zu..%zu", t, from, b.start, b.end);
                uint32_t rw, rlo, rup;
                reference_words(text, b.start, b.end, &rw, &rlo, &rup);
                cr_assert(b.words == rw && b.lower_words == rlo,
                          "text %d from %zu: block %zu..%zu counts %u %u, not %u %u", t, from,
                          b.start, b.end, b.words, b.lower_words, rw, rlo);
                int digit = 0;
                for (size_t i = b.start; i < b.end; i++)
                    digit |= warta_is_digit((unsigned char)text[i]);
                cr_assert_eq((b.holds & WARTA_HOLDS_DIGIT) != 0, digit, "text %d from %zu: block %zu..%zu",
                             t, from, b.start, b.end);
                after = b.end;
            }
        }
    }
}

/* A word every sixteen bytes, so at the same lanes of every 16- or 32-byte step, for more
 * steps than a lane's byte counts (255): the counts are added up before they wrap. */
#define LONG_SPAN_WORDS 1000
#define LONG_SPAN_STRIDE 16

/* Writes the long span into text: a word every LONG_SPAN_STRIDE bytes, one in four capitalised. */
static void fill_long_span(char *text)
{
    memset(text, ' ', LONG_SPAN_WORDS * LONG_SPAN_STRIDE);
    for (size_t k = 0; k < LONG_SPAN_WORDS; k++)
        text[k * LONG_SPAN_STRIDE] = k % 4 == 0 ? 'K' : 'k';
}

Test(lines, count_words_long_span)
{
    static char text[LONG_SPAN_WORDS * LONG_SPAN_STRIDE];
    fill_long_span(text);
    uint32_t w, lo, up;
    warta_count_words(text, 0, sizeof text, &w, &lo, &up);
    cr_assert_eq(w, 1000);
    cr_assert_eq(lo, 750);
    cr_assert_eq(up, 250);
    /* From the middle of a step, ending short of the text: the last step reads back. */
    warta_count_words(text, 7, sizeof text - 9, &w, &lo, &up);
    cr_assert_eq(w, 999);
    cr_assert_eq(lo, 750);
    cr_assert_eq(up, 249);
}

/* The same as a physical line read by warta_blocks_next: its lanes are added up every
 * 254 steps, whether the line ends with a break or with the input. */
Test(lines, long_line_counts)
{
    static char text[LONG_SPAN_WORDS * LONG_SPAN_STRIDE + 16];
    fill_long_span(text);
    size_t last = (LONG_SPAN_WORDS - 1) * LONG_SPAN_STRIDE + 1;
    text[last] = '.';
    for (int with_break = 0; with_break < 2; with_break++) {
        size_t len = last + 1;
        if (with_break) {
            memcpy(text + len, "\nAkhir.\n", 8);
            len += 8;
        }
        warta_blocks it;
        warta_block b;
        warta_blocks_init(&it, text, len, 0, NULL);
        cr_assert(warta_blocks_next(&it, &b));
        cr_assert_eq(b.start, 0);
        cr_assert_eq(b.end, last + 1);
        cr_assert_eq(b.words, 1000);
        cr_assert_eq(b.lower_words, 750);
        cr_assert_eq(b.lines, 1);
        cr_assert_eq(b.stop, 1);
        cr_assert_eq(warta_blocks_next(&it, &b), with_break);
    }
}

Test(lines, lf)
{
    const block_want want[] = {{0, 10, 1, 2, 1, 1}, {11, 20, 0, 2, 2, 1}, {22, 33, 1, 2, 2, 1}};
    check_blocks("Judul satu\nbaris dua\n\nbaris tiga.\n", NULL, want, 3);
}

/* A block's holds as wanted: exactly; or, where the eight-byte steps may have read it,
 * with WARTA_HOLDS_COLON_OR_BAR set whether or not it holds a ':' or '|'. */
static void expect_holds(uint8_t got, uint8_t want, int exact, const char *what)
{
    if (exact) {
        cr_assert_eq(got, want, "%s: holds %u", what, (unsigned)got);
        return;
    }
    cr_assert_eq(got & ~WARTA_HOLDS_COLON_OR_BAR, want & ~WARTA_HOLDS_COLON_OR_BAR, "%s: holds %u", what,
                 (unsigned)got);
    cr_assert(!(want & WARTA_HOLDS_COLON_OR_BAR) || (got & WARTA_HOLDS_COLON_OR_BAR), "%s", what);
}

/* Whether a line of n bytes at the input's start is read by the SIMD steps or the byte loop,
 * whose holds are exact: not by the eight-byte steps. */
static int holds_exact_at_start(size_t n)
{
#ifdef WARTA_SIMD_BYTES
    return n >= WARTA_SIMD_BYTES || n < WARTA_WORD_BYTES;
#else
    return n < WARTA_WORD_BYTES;
#endif
}

/* Lines read from the one chunk at their start (ASCII, no mark, the break within sixteen
 * bytes) and lines beside them read the long way: every field of every block. */
Test(lines, one_chunk_lines)
{
    static const char s[] = "  Nasional  \nRp 10 juta.\r\n\nSelesai!\rexactly fifteen\n"
                            "Sixteen bytes ok\ntab\there\n(Foto) x\n"
                            "Kalimat penutup yang cukup panjang untuk dibaca.";
    /* start, end, words, lower, upper (of the block's span: a block does not keep it), holds,
     * blank_before, terminal, stop */
    static const size_t want[][9] = {
        {2, 10, 1, 0, 1, 0, 1, 0, 0},  {13, 24, 3, 1, 1, WARTA_HOLDS_DIGIT, 0, 1, 1},
        {27, 35, 1, 0, 1, 0, 1, 1, 0}, {36, 51, 2, 2, 0, 0, 0, 0, 0},
        {52, 68, 3, 2, 1, 0, 0, 0, 0}, {69, 77, 2, 2, 0, 0, 0, 0, 0},
        {78, 86, 2, 1, 1, 0, 0, 0, 0}, {87, 135, 7, 6, 1, 0, 0, 1, 1},
    };
    warta_blocks it;
    warta_block b;
    warta_blocks_init(&it, s, sizeof s - 1, 0, NULL);
    for (size_t k = 0; k < sizeof want / sizeof want[0]; k++) {
        cr_assert_eq(warta_blocks_next(&it, &b), 1, "block %zu", k);
        uint32_t w, lo, up;
        warta_count_words(s, b.start, b.end, &w, &lo, &up);
        const size_t got[9] = {b.start, b.end, b.words, b.lower_words, up, b.holds,
                               b.blank_before, b.terminal, b.stop};
        for (size_t f = 0; f < 9; f++)
            if (f != 5)
                cr_assert_eq(got[f], want[k][f], "block %zu field %zu", k, f);
        expect_holds(b.holds, (uint8_t)want[k][5], holds_exact_at_start(sizeof s - 1), "one-chunk lines");
        cr_assert_eq(b.lines, 1, "block %zu lines", k);
    }
    cr_assert_eq(warta_blocks_next(&it, &b), 0);
}

/* A line read a chunk a step (16 or 32 bytes) whose break lies in the input's last chunk,
 * one that the input ends, and spaces around both: each block ends where its text does. */
Test(lines, break_in_the_last_bytes)
{
    const block_want want[] = {{2, 34, 1, 5, 4, 1}, {35, 46, 0, 2, 1, 1}};
    check_blocks("  Sebuah baris yang panjang sekali\nAkhir kata.\n", NULL, want, 2);
    const block_want last[] = {{0, 10, 1, 2, 1, 1}, {15, 52, 0, 6, 5, 1}};
    check_blocks("Judul satu\r\n \xc2\xa0" "Baris terakhir tanpa jeda di ujungnya \t", NULL, last, 2);
}

/* Lines indented with runs of blanks, as text dumps write them: counted from the text on. */
Test(lines, indented_lines)
{
    const block_want want[] = {{20, 48, 1, 5, 4, 1}, {70, 76, 1, 1, 0, 1}};
    check_blocks("                    Judul yang menjorok ke dalam\n"
                 "                    \nAkhir.\n", NULL, want, 2);
}

Test(lines, crlf)
{
    const block_want want[] = {{0, 10, 1, 2, 1, 1}, {12, 21, 0, 2, 2, 1}, {25, 36, 1, 2, 2, 1}};
    check_blocks("Judul satu\r\nbaris dua\r\n\r\nbaris tiga.\r\n", NULL, want, 3);
}

Test(lines, cr_after_lf)
{
    /* LF, CR, CRLF and a blank line, mixed in one text. */
    const block_want want[] = {{0, 3, 1, 1, 1, 1}, {4, 7, 0, 1, 1, 1}, {8, 13, 0, 1, 1, 1},
                               {16, 20, 1, 1, 1, 1}};
    check_blocks("one\ntwo\rthree\r\n\nfour", NULL, want, 4);
}

Test(lines, cr)
{
    const block_want want[] = {{0, 10, 1, 2, 1, 1}, {11, 20, 0, 2, 2, 1}, {22, 33, 1, 2, 2, 1}};
    check_blocks("Judul satu\rbaris dua\r\rbaris tiga.\r", NULL, want, 3);
}

Test(lines, leading_blanks_and_spaces)
{
    const block_want want[] = {{5, 9, 1, 1, 1, 1}, {13, 16, 0, 1, 1, 1}};
    check_blocks("\n \n  satu  \n dua \n", NULL, want, 2);
}

/* As lib/parse.c: a line that classifies as anything but text stands alone. */
static int stands_alone(const char *s, const warta_block *line)
{
    warta_block_info info;
    warta_classify(s, line, &info);
    return info.kind != WARTA_BLOCK_TEXT;
}

Test(lines, wrapped_paragraph_joined)
{
    const char *s = "Para ahli dari berbagai negara datang ke kota itu untuk memeriksa sisa "
                    "bangunan\nyang rusak akibat perang selama dua tahun terakhir.\n";
    const block_want want[] = {{0, 131, 1, 21, 20, 2}};
    check_blocks(s, stands_alone, want, 1);
    warta_blocks it;
    warta_block b;
    warta_blocks_init(&it, s, strlen(s), 0, stands_alone);
    cr_assert_eq(warta_blocks_next(&it, &b), 1);
    cr_assert_eq(b.terminal, 1);
    cr_assert_eq(b.stop, 1);
}

Test(lines, date_line_not_joined)
{
    const char *s = "Pemerintah akan mengumumkan kebijakan baru tentang harga bahan bakar "
                    "minyak\nSelasa, 23 Februari 2016, 17:15 WIB\n";
    const block_want want[] = {{0, 75, 1, 10, 9, 1}, {76, 111, 0, 6, 0, 1}};
    check_blocks(s, stands_alone, want, 2);
}

static void expect_same_block(const warta_block *a, const warta_block *b, const char *what)
{
    cr_assert_eq(a->start, b->start, "%s: start", what);
    cr_assert_eq(a->end, b->end, "%s: end", what);
    cr_assert_eq(a->words, b->words, "%s: words", what);
    cr_assert_eq(a->lower_words, b->lower_words, "%s: lower words", what);
    cr_assert_eq(a->lines, b->lines, "%s: lines", what);
    cr_assert_eq(a->holds, b->holds, "%s: holds", what);
    cr_assert_eq(a->blank_before, b->blank_before, "%s: blank before", what);
    cr_assert_eq(a->terminal, b->terminal, "%s: terminal", what);
    cr_assert_eq(a->stop, b->stop, "%s: stop", what);
}

/* Going on after any block reads the blocks a reading from the start reads next. */
Test(lines, resume_after_a_block)
{
    static const char *const texts[] = {
        "Judul satu  \n\nbaris dua\n  baris tiga.\t\n",
        "Judul satu\r\n\r\nbaris dua \r\nbaris tiga.\r\n",
        "one\rtwo\r\rthree \xc2\xa0\nfour",
        "Para ahli dari berbagai negara datang ke kota itu untuk memeriksa sisa bangunan\n"
        "yang rusak akibat perang selama dua tahun terakhir.\n\nSelasa, 23 Februari 2016\n"
        "last line without a break",
    };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        const char *s = texts[t];
        size_t len = strlen(s);
        warta_blocks all, again;
        warta_block prev, b, r;
        warta_blocks_init(&all, s, len, 0, stands_alone);
        cr_assert(warta_blocks_next(&all, &prev));
        while (warta_blocks_next(&all, &b)) {
            warta_blocks_resume(&again, s, len, prev.end, stands_alone);
            cr_assert(warta_blocks_next(&again, &r), "text %zu: a block after %zu", t, prev.end);
            expect_same_block(&r, &b, texts[t]);
            prev = b;
        }
        warta_blocks_resume(&again, s, len, prev.end, stands_alone);
        cr_assert(!warta_blocks_next(&again, &r), "text %zu: nothing after the last block", t);
    }
}

#if WARTA_MAX_BLOCK_MEMO > 0
/* Pass 1's block count in these tests: more than any block they keep. */
#define ALL_BLOCKS (3u * WARTA_MAX_BLOCK_MEMO + 8u)
/* A guard of no blocks (first past last): every slot may be taken. */
static const warta_memo_guard no_guard = {1, 0};

/* The first block of s, classified, as pass 1 has it. */
static void first_block(const char *s, warta_block *b, warta_block_info *info)
{
    warta_blocks it;
    warta_blocks_init(&it, s, strlen(s), 0, NULL);
    cr_assert(warta_blocks_next(&it, b));
    warta_classify(s, b, info);
}

/* A sentence of prose, one block: most memo tests keep it. */
static const char memo_prose[] = "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh.\n";

/* A zeroed article, and memo_prose's block and class as pass 1 has them. */
static void memo_start(warta_article *a, warta_block *b, warta_block_info *info)
{
    memset(a, 0, sizeof *a);
    first_block(memo_prose, b, info);
}

/* A kept block reads back as it was; a guarded block keeps its slot; an empty slot says so. */
Test(memo, keep_and_read)
{
    static warta_article a;
    memset(&a, 0, sizeof a);
    const char *s = "Redaktur: Tim Redaksi\nSatu dua tiga.\n";
    warta_block b, back;
    warta_block_info info, info_back;
    first_block(s, &b, &info);
    cr_assert_eq(info.kind, WARTA_BLOCK_LABEL);
    cr_assert_eq(warta_memo_block(&a, ALL_BLOCKS, 0, &back), 0);
    warta_memo_guard first = {0, 0};
    warta_memo_keep(&a, 0, &b, &info, no_guard);
    cr_assert_eq(warta_memo_block(&a, ALL_BLOCKS, 0, &back), 1);
    expect_same_block(&back, &b, "kept");
    cr_assert_eq(warta_memo_class(&a, ALL_BLOCKS, s, 0, &back, &info_back), 1);
    cr_assert_eq(info_back.kind, info.kind);
    cr_assert_eq(info_back.index, info.index);
    cr_assert_eq(info_back.value, info.value);
    cr_assert_eq(info_back.updated, info.updated);
    /* Block WARTA_MAX_BLOCK_MEMO takes block 0's slot unless block 0 is guarded. */
    warta_memo_keep(&a, WARTA_MAX_BLOCK_MEMO, &b, &info, first);
    cr_assert_eq(warta_memo_block(&a, ALL_BLOCKS, 0, &back), 1);
    cr_assert_eq(warta_memo_block(&a, ALL_BLOCKS, WARTA_MAX_BLOCK_MEMO, &back), 0);
    warta_memo_keep(&a, WARTA_MAX_BLOCK_MEMO, &b, &info, no_guard);
    cr_assert_eq(warta_memo_block(&a, ALL_BLOCKS, 0, &back), 0);
    cr_assert_eq(warta_memo_block(&a, ALL_BLOCKS, WARTA_MAX_BLOCK_MEMO, &back), 1);
}

/* A slot read by a parse holds that parse's block: not a block of an earlier parse's
 * with a number past this one's blocks, nor one the slot's first block found there. */
Test(memo, earlier_parse)
{
    static warta_article a;
    warta_block b, back;
    warta_block_info info;
    memo_start(&a, &b, &info);
    /* An earlier parse of more blocks kept block 5; this one reads 5 blocks. */
    warta_memo_keep(&a, 5, &b, &info, no_guard);
    cr_assert_eq(warta_memo_block(&a, 5, 5, &back), 0);
    cr_assert_eq(warta_memo_block(&a, 6, 5, &back), 1);
    /* An earlier parse kept block 1 + WARTA_MAX_BLOCK_MEMO; this one's block 1 takes the
     * slot though that number is in its guard, and then no block of it is guarded. */
    warta_memo_keep(&a, 1 + WARTA_MAX_BLOCK_MEMO, &b, &info, no_guard);
    warta_memo_guard later = {1 + WARTA_MAX_BLOCK_MEMO, 1 + WARTA_MAX_BLOCK_MEMO};
    warta_block mine = b;
    mine.start = 1;
    warta_memo_keep(&a, 1, &mine, &info, later);
    cr_assert_eq(warta_memo_block(&a, ALL_BLOCKS, 1, &back), 1);
    cr_assert_eq(back.start, 1);
    cr_assert_eq(warta_memo_block(&a, ALL_BLOCKS, 1 + WARTA_MAX_BLOCK_MEMO, &back), 0);
}

/* A block too long for a slot's fields (65,535 bytes or words, 255 lines) is not kept,
 * and the slot no longer holds the block it had. */
Test(memo, too_long_to_keep)
{
    static warta_article a;
    warta_block b, back;
    warta_block_info info;
    memo_start(&a, &b, &info);
    warta_block longer = b, wordier = b, taller = b;
    longer.end = longer.start + 65536;
    wordier.words = 65536;
    taller.lines = 256;
    const warta_block *too_long[] = {&longer, &wordier, &taller};
    for (size_t k = 0; k < sizeof too_long / sizeof too_long[0]; k++) {
        warta_memo_keep(&a, 2, &b, &info, no_guard);
        cr_assert_eq(warta_memo_block(&a, ALL_BLOCKS, 2, &back), 1);
        warta_memo_keep(&a, 2 + WARTA_MAX_BLOCK_MEMO, too_long[k], &info, no_guard);
        cr_assert_eq(warta_memo_block(&a, ALL_BLOCKS, 2, &back), 0, "case %zu", k);
        cr_assert_eq(warta_memo_block(&a, ALL_BLOCKS, 2 + WARTA_MAX_BLOCK_MEMO, &back), 0, "case %zu", k);
    }
    /* The largest values of every field, each flag set and the class's bits beside them. */
    longer.end = longer.start + 65535;
    longer.words = longer.lower_words = 65535;
    longer.lines = 255;
    longer.holds = WARTA_HOLDS_DIGIT | WARTA_HOLDS_NON_ASCII | WARTA_HOLDS_COLON_OR_BAR;
    longer.blank_before = longer.terminal = longer.stop = 1;
    warta_block_info label = info, label_back;
    label.kind = WARTA_BLOCK_LABEL;
    label.index = 253;
    label.value = longer.end;
    label.updated = 1;
    warta_memo_keep(&a, 3, &longer, &label, no_guard);
    warta_memo_not_caption(&a, 3);
    cr_assert_eq(warta_memo_block(&a, ALL_BLOCKS, 3, &back), 1);
    expect_same_block(&back, &longer, "the longest kept");
    cr_assert_eq(warta_memo_class(&a, ALL_BLOCKS, memo_prose, 3, &back, &label_back), 1);
    cr_assert_eq(label_back.kind, WARTA_BLOCK_LABEL);
    cr_assert_eq(label_back.index, 253);
    cr_assert_eq(label_back.value, longer.end);
    cr_assert_eq(label_back.updated, 1);
    cr_assert_eq(label_back.not_caption, 1);
}

/* Pass 1's "no caption" sticks to the block it was noted for: to none when that block
 * was not kept, and not to the block that takes its slot next. */
Test(memo, not_caption)
{
    static warta_article a;
    const char *s = memo_prose;
    warta_block b;
    warta_block_info info, back;
    memo_start(&a, &b, &info);
    cr_assert_eq(info.kind, WARTA_BLOCK_TEXT);
    cr_assert_eq(info.not_caption, 0);
    warta_memo_not_caption(&a, 3);
    warta_memo_keep(&a, 3, &b, &info, no_guard);
    cr_assert_eq(warta_memo_class(&a, ALL_BLOCKS, s, 3, &b, &back), 1);
    cr_assert_eq(back.not_caption, 0, "noted before it was kept");
    warta_memo_not_caption(&a, 3 + WARTA_MAX_BLOCK_MEMO);
    cr_assert_eq(warta_memo_class(&a, ALL_BLOCKS, s, 3, &b, &back), 1);
    cr_assert_eq(back.not_caption, 0, "noted for another block of its slot");
    warta_memo_not_caption(&a, 3);
    cr_assert_eq(warta_memo_class(&a, ALL_BLOCKS, s, 3, &b, &back), 1);
    cr_assert_eq(back.not_caption, 1);
    cr_assert_eq(back.kind, WARTA_BLOCK_TEXT);
    warta_memo_keep(&a, 3 + WARTA_MAX_BLOCK_MEMO, &b, &info, no_guard);
    cr_assert_eq(warta_memo_class(&a, ALL_BLOCKS, s, 3 + WARTA_MAX_BLOCK_MEMO, &b, &back), 1);
    cr_assert_eq(back.not_caption, 0, "the next block of its slot");
}

/* An updated stamp's date is read again from its block; another stamp's is left 0, as
 * pass 2 reads no other. */
Test(memo, stamp_date)
{
    static warta_article a;
    memset(&a, 0, sizeof a);
    static const char *const texts[] = {"Diperbarui: Selasa, 23 Februari 2016 17:15 WIB",
                                        "Selasa, 23 Februari 2016 17:15 WIB"};
    for (int k = 0; k < 2; k++) {
        warta_block b;
        warta_block_info info, back;
        first_block(texts[k], &b, &info);
        cr_assert_eq(info.kind, WARTA_BLOCK_STAMP);
        cr_assert_eq(info.updated, k == 0);
        cr_assert_eq(info.date.time.hour, 17);
        warta_memo_keep(&a, 7, &b, &info, no_guard);
        cr_assert_eq(warta_memo_class(&a, ALL_BLOCKS, texts[k], 7, &b, &back), 1);
        cr_assert_eq(back.kind, WARTA_BLOCK_STAMP);
        cr_assert_eq(back.updated, k == 0);
        cr_assert_eq(back.date.time.hour, k == 0 ? 17 : 0, "%s", texts[k]);
        cr_assert_eq(back.date.time.year, k == 0 ? 2016 : 0, "%s", texts[k]);
    }
}
#endif

/* A block notes whether it holds a digit, a byte >= 0x80, a ':' or a '|' however its bytes
 * are read: in sixteen-byte steps, eight-byte steps, one at a time, and across joined lines. */
Test(lines, holds)
{
    static const struct {
        const char *s;
        uint8_t holds;
    } cases[] = {
        {"Nasional", 0},
        {"Liga Champions 2016", WARTA_HOLDS_DIGIT},
        {"abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrst 7", WARTA_HOLDS_DIGIT},
        {"9 abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrst", WARTA_HOLDS_DIGIT},
        {"x 5", WARTA_HOLDS_DIGIT},
        {"Copyright \xc2\xa9 Kompas", WARTA_HOLDS_NON_ASCII},
        {"\xc2\xa9 2016 Kapanlagi.com, seluruh hak cipta dilindungi",
         WARTA_HOLDS_DIGIT | WARTA_HOLDS_NON_ASCII},
        {"Kata \xe2\x80\x9c" "dia\xe2\x80\x9d", WARTA_HOLDS_NON_ASCII},
        {"Para ahli dari berbagai negara datang ke kota itu untuk memeriksa sisa bangunan\n"
         "yang rusak akibat perang selama 2 tahun terakhir.", WARTA_HOLDS_DIGIT},
        /* Multi-byte spaces are white space, not bytes >= 0x80 of the text. */
        {"Satu\xc2\xa0" "dua", 0},
        {"\xc2\xa0\xe2\x80\x8b" "abcdefghijklmnopqrstuvwxyz abcdefghij\xe3\x80\x80" "xyz", 0},
        {"abcdefghijklmnop\xc2\xa0" "qrstuvwxyz\xc2\xa0\xc2\xa9 2016", WARTA_HOLDS_DIGIT | WARTA_HOLDS_NON_ASCII},
        /* A ':' or a '|' anywhere: the first byte, the last, a one-step line, a long one. */
        {"x:", WARTA_HOLDS_COLON_OR_BAR},
        {"|x", WARTA_HOLDS_COLON_OR_BAR},
        {"Foto: Warga antre", WARTA_HOLDS_COLON_OR_BAR},
        {"REUTERS | YON DEMA", WARTA_HOLDS_COLON_OR_BAR},
        {"a|b 5", WARTA_HOLDS_DIGIT | WARTA_HOLDS_COLON_OR_BAR},
        {"| abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrst", WARTA_HOLDS_COLON_OR_BAR},
        {"abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrst:", WARTA_HOLDS_COLON_OR_BAR},
        {"abcdefghijklmnopqrstuvwxyz abcdefghijklmnop\xc2\xa9 x:y", WARTA_HOLDS_NON_ASCII | WARTA_HOLDS_COLON_OR_BAR},
        {"Para ahli dari berbagai negara datang ke kota itu untuk memeriksa sisa bangunan\n"
         "yang rusak akibat perang selama dua tahun: terakhir.", WARTA_HOLDS_COLON_OR_BAR},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        /* Sixteen bytes before the line, so that every step may read back from its end. */
        char s[256] = "0123456789abcdef\n";
        strcat(s, cases[k].s);
        warta_blocks it;
        warta_block b;
        warta_blocks_init(&it, s, strlen(s), 17, stands_alone);
        cr_assert_eq(warta_blocks_next(&it, &b), 1);
        cr_assert_eq(b.end, strlen(s), "%s", cases[k].s);
        expect_holds(b.holds, cases[k].holds, holds_exact_at_start(strlen(s)), cases[k].s);
        warta_blocks_init(&it, cases[k].s, strlen(cases[k].s), 0, stands_alone);
        cr_assert_eq(warta_blocks_next(&it, &b), 1);
        expect_holds(b.holds, cases[k].holds, holds_exact_at_start(strlen(cases[k].s)), cases[k].s);
    }
}

/* What the line after a break holds is not the line before's, in one step or in two. */
Test(lines, holds_stop_at_the_break)
{
    static const char *const inputs[] = {
        "Nasional\nFoto: Warga|5",
        "abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrst\nx: y|z 5",
        "abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz abcdefghijklmnopq\r\n: 5",
    };
    for (size_t k = 0; k < sizeof inputs / sizeof inputs[0]; k++) {
        const char *s = inputs[k];
        warta_blocks it;
        warta_block b;
        warta_blocks_init(&it, s, strlen(s), 0, stands_alone);
        cr_assert_eq(warta_blocks_next(&it, &b), 1);
        expect_holds(b.holds, 0, holds_exact_at_start(strlen(s)), s);
        cr_assert_eq(warta_blocks_next(&it, &b), 1);
        expect_holds(b.holds, WARTA_HOLDS_DIGIT | WARTA_HOLDS_COLON_OR_BAR, 1, s);
    }
}

/* ---- boilerplate.c: warta_classify ---- */

/* The one block a one-line text makes. */
static warta_block line_block(const char *s)
{
    warta_blocks it;
    warta_block b;
    warta_blocks_init(&it, s, strlen(s), 0, NULL);
    cr_assert_eq(warta_blocks_next(&it, &b), 1);
    return b;
}

static void classify(const char *s, warta_block_info *info)
{
    warta_block b = line_block(s);
    memset(info, 0, sizeof *info);
    warta_classify(s, &b, info);
}

typedef struct {
    const char *text;
    warta_block_kind kind;
} kind_case;

Test(classify, kinds)
{
    static const kind_case cases[] = {
        {"BACA JUGA: Judul Tautan", WARTA_BLOCK_READ_ALSO},
        {"Berita terkait", WARTA_BLOCK_HEADING},
        {"Redaktur : Tim Redaksi", WARTA_BLOCK_LABEL},
        {"Reporter", WARTA_BLOCK_LABEL},
        {"(adk/jpnn)", WARTA_BLOCK_CODE},
        {"Copyright \xc2\xa9 2016 ANTARA", WARTA_BLOCK_FOOTER},
        {"11 hari lalu", WARTA_BLOCK_AGE},
        {"Selasa, 23 Februari 2016 14:49 WIB | 1.999 Views", WARTA_BLOCK_STAMP},
        {"SYDNEY MORNING HERALD | REUTERS | DW | YON DEMA", WARTA_BLOCK_CREDITS},
        /* A credit names someone: a word in capitals, read past its opening marks. */
        {"\"REUTERS\" | (DW)", WARTA_BLOCK_CREDITS},
        {"* | \xe2\x80\x94 | *", WARTA_BLOCK_TEXT},
        /* Every date form a stamp takes: its year and its day are two runs of digits. */
        {"2016-02-23 14:49", WARTA_BLOCK_STAMP},
        {"23/02/2016", WARTA_BLOCK_STAMP},
        {"Selasa, 23 Februari 2016", WARTA_BLOCK_STAMP},
        {"February 23, 2016", WARTA_BLOCK_STAMP},
        {"Piala Presiden 2015", WARTA_BLOCK_TEXT},
        {"Februari 2016", WARTA_BLOCK_TEXT},
        {"Warga kota itu pergi ke pasar setiap pagi.", WARTA_BLOCK_TEXT},
        /* A byline of many names is a label; a long sentence after a label word is not. */
        {"Penulis: Budi Santoso, Siti Rahayu, Dewi Lestari, Agus Wibowo, Rina Marlina, "
         "Joko Susilo, Ani Yudhoyono, Eko Prasetyo, Putri Ayu", WARTA_BLOCK_LABEL},
        {"Laporan: pemerintah kota menyatakan bahwa warga yang tinggal di tepi sungai akan "
         "dipindahkan ke rumah susun sebelum musim hujan tiba tahun ini.", WARTA_BLOCK_TEXT},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        warta_block_info info;
        classify(cases[k].text, &info);
        cr_assert_eq(info.kind, cases[k].kind, "%s", cases[k].text);
    }
}

Test(classify, read_also_value)
{
    const char *s = "BACA JUGA: Judul Tautan";
    warta_block_info info;
    classify(s, &info);
    cr_assert_eq(info.kind, WARTA_BLOCK_READ_ALSO);
    cr_assert_eq(info.value, 11u);
    cr_assert_str_eq(s + info.value, "Judul Tautan");
}

Test(classify, label_values)
{
    const char *s = "Redaktur : Tim Redaksi";
    warta_block_info info;
    classify(s, &info);
    cr_assert_eq(info.kind, WARTA_BLOCK_LABEL);
    cr_assert_str_eq(s + info.value, "Tim Redaksi");

    const char *bare = "Reporter";
    classify(bare, &info);
    cr_assert_eq(info.kind, WARTA_BLOCK_LABEL);
    cr_assert_eq(info.value, 8u);
    cr_assert_str_eq(bare + info.value, "");
}

Test(classify, stamp_date)
{
    warta_block_info info;
    classify("Selasa, 23 Februari 2016 14:49 WIB | 1.999 Views", &info);
    cr_assert_eq(info.kind, WARTA_BLOCK_STAMP);
    cr_assert_eq(info.updated, 0);
    cr_assert_eq(info.date.time.year, 2016);
    cr_assert_eq(info.date.time.month, 2);
    cr_assert_eq(info.date.time.day, 23);
    cr_assert_eq(info.date.time.hour, 14);
    cr_assert_eq(info.date.time.minute, 49);
    cr_assert_eq(info.date.time.zone_minutes, 420);
}

/* Room for a fixture's path. */
#define FIXTURE_PATH_SIZE 4096

/* Every block of s: warta_classify, which tells half the blocks text without a call,
 * classifies each as warta_classify_full does; returns how many blocks. */
static int classify_as_full(const char *s, size_t len, const char *name)
{
    warta_blocks it;
    warta_block b;
    int blocks = 0;
    warta_blocks_init(&it, s, len, 0, NULL);
    while (warta_blocks_next(&it, &b)) {
        warta_block_info fast, full;
        warta_classify(s, &b, &fast);
        warta_classify_full(s, &b, &full);
        cr_assert(memcmp(&fast, &full, sizeof fast) == 0, "%s: block at byte %zu: kind %d, not %d",
                  name, b.start, (int)fast.kind, (int)full.kind);
        blocks++;
    }
    return blocks;
}

Test(classify, as_full_on_every_fixture_block)
{
    static const char *const dirs[] = {WARTA_FIXTURES "/seeds", WARTA_FIXTURES "/../corpus"};
    int blocks = 0;
    for (size_t k = 0; k < sizeof dirs / sizeof dirs[0]; k++) {
        DIR *d = opendir(dirs[k]);
        cr_assert_not_null(d, "cannot open %s", dirs[k]);
        struct dirent *entry;
        while ((entry = readdir(d)) != NULL) {
            size_t n = strlen(entry->d_name);
            if (n < 4 || strcmp(entry->d_name + n - 4, ".txt") != 0)
                continue;
            char path[FIXTURE_PATH_SIZE];
            snprintf(path, sizeof path, "%s/%s", dirs[k], entry->d_name);
            size_t len;
            char *text = fixture_read_file(path, &len);
            cr_assert_not_null(text, "cannot read %s", path);
            blocks += classify_as_full(text, len, entry->d_name);
            free(text);
        }
        closedir(d);
    }
    cr_assert_gt(blocks, 1000);
}

/* ---- dateline.c ---- */

typedef struct {
    const char *text;
    const char *place;
    const char *outlet;
    size_t prefix;
} dateline_case;

Test(dateline, prefixes)
{
    static const dateline_case cases[] = {
        {"jpnn.com - MOSUL - Puluhan ahli datang.", "MOSUL", "jpnn.com", 19},
        {"TEMPO.CO, Baghdad - Wakil presiden datang.", "Baghdad", "tempo.co", 20},
        {"JAKARTA, KOMPAS.com \xe2\x80\x94 Menteri datang.", "JAKARTA", "kompas.com", 24},
        {"Bandarlampung, Lampung (ANTARA News) - Petugas datang.", "Bandarlampung, Lampung",
         "antaranews.com", 39},
        {"REPUBLIKA.CO.ID, MANCHESTER\xe2\x80\x94 Sebelum laga dimulai.", "MANCHESTER",
         "republika.co.id", 31},
        {"Kapanlagi.com - Pesona artis itu.", "", "kapanlagi.com", 16},
    };
    char buf[SPAN_TEXT_SIZE];
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const char *s = cases[k].text;
        warta_span place = {0, 0};
        const char *outlet = NULL;
        size_t n = warta_dateline(s, 0, strlen(s), &place, &outlet);
        cr_assert_eq(n, cases[k].prefix, "%s", s);
        cr_assert_str_eq(span_str(s, place, buf), cases[k].place, "%s", s);
        cr_assert_not_null(outlet, "%s", s);
        cr_assert_str_eq(outlet, cases[k].outlet, "%s", s);
    }
}

Test(dateline, not_datelines)
{
    static const char *const texts[] = {"Sementara itu - kata dia", "Al-Qaeda lebih menarik"};
    for (size_t k = 0; k < 2; k++) {
        warta_span place = {0, 0};
        const char *outlet = NULL;
        cr_assert_eq(warta_dateline(texts[k], 0, strlen(texts[k]), &place, &outlet), 0u, "%s",
                     texts[k]);
    }
}

/* ---- captions.c ---- */

typedef struct {
    const char *line;
    const char *text;
    const char *credit;
} caption_case;

Test(captions, found)
{
    static const caption_case cases[] = {
        {"Warga berjalan di jalan kota Mosul, Irak, 16 Maret 2017. REUTERS/Thaier Al-Sudani",
         "Warga berjalan di jalan kota Mosul, Irak, 16 Maret 2017.", "REUTERS/Thaier Al-Sudani"},
        {"Petugas memeriksa kendaraan di pelabuhan. (ANTARA FOTO/Sahrul Manda Tikupadang)",
         "Petugas memeriksa kendaraan di pelabuhan.", "ANTARA FOTO/Sahrul Manda Tikupadang"},
        {"Judul Photo: Para Menteri bertemu. (Supplied; Australian Embassy)",
         "Para Menteri bertemu.", "Supplied; Australian Embassy"},
        /* The mark after other colons, far and near, and the longest mark whole. */
        {"Waktu: pukul 10:30 di lokasi acara Keterangan foto: Warga antre. (ANTARA FOTO/Budi)",
         "Warga antre.", "ANTARA FOTO/Budi"},
        {"Skor 1:0 Foto: Tim merayakan gol. (AFP/Rudi)", "Tim merayakan gol.", "AFP/Rudi"},
        {"Dian Sastrowardoyo \xc2\xa9 KapanLagi.com\xc2\xae/", "Dian Sastrowardoyo",
         "KapanLagi.com\xc2\xae/"},
        /* One sign of a caption each: a bracketed credit, a copyright sign, a mark's ':'. */
        {"Para Menteri bertemu di Canberra. (Supplied; Embassy)", "Para Menteri bertemu di Canberra.",
         "Supplied; Embassy"},
        {"Dian Sastrowardoyo \xc2\xa9 KapanLagi.com", "Dian Sastrowardoyo", "KapanLagi.com"},
        {"Keterangan foto: Warga antre di pasar", "Warga antre di pasar", ""},
    };
    char buf[SPAN_TEXT_SIZE];
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const char *s = cases[k].line;
        warta_span text = {0, 0}, credit = {0, 0};
        warta_block b = line_block(s);
        cr_assert_eq(warta_find_caption(s, &b, &text, &credit), 1, "%s", s);
        cr_assert_str_eq(span_str(s, text, buf), cases[k].text, "%s", s);
        cr_assert_str_eq(span_str(s, credit, buf), cases[k].credit, "%s", s);
    }
}

Test(captions, plain_sentence)
{
    const char *s = "Warga kota itu pergi ke pasar setiap pagi.";
    warta_span text = {0, 0}, credit = {0, 0};
    warta_block b = line_block(s);
    cr_assert_eq(warta_find_caption(s, &b, &text, &credit), 0);
}

/* ---- byline.c: closing author code ---- */

Test(byline, author_code)
{
    const char *s = "Dia datang kemarin, ujar sumber itu. (adk/jpnn)";
    cr_assert_eq(warta_author_code_start(s, 0, strlen(s)), 37u);
    cr_assert_str_eq(s + 37, "(adk/jpnn)");

    const char *none = "Dia sudah pergi (diberhentikan) kata dia.";
    cr_assert_eq(warta_author_code_start(none, 0, strlen(none)), strlen(none));
}

/* ---- quotes.c ---- */

static warta_article article;

/* A context over s as warta_parse builds one, at the compile-time capacities. */
static void make_ctx(warta_ctx *c, const char *s, int year_hint)
{
    memset(c, 0, sizeof *c);
    memset(&article, 0, sizeof article);
    c->s = s;
    c->len = strlen(s);
    c->a = &article;
    c->year_hint = year_hint;
    c->options = NULL; /* the capacities are the limits */
}

Test(quotes, quote_source_and_date)
{
    const char *s = "\"Kalimat kutipan yang cukup panjang,\" kata Pejabat Satu, seperti dikutip "
                    "dari Ara News, Sabtu (30/4).";
    warta_ctx c;
    make_ctx(&c, s, 2016);
    warta_span para = {0, (uint32_t)strlen(s)};
    warta_scan_paragraph(&c, para, 0, 1, 1);
    char buf[SPAN_TEXT_SIZE];

    cr_assert_eq(article.quote_count, 1u);
    cr_assert_str_eq(span_str(s, article.quotes[0].text, buf), "Kalimat kutipan yang cukup panjang");
    cr_assert_str_eq(span_str(s, article.quotes[0].speaker, buf), "Pejabat Satu");
    cr_assert_not_null(article.quotes[0].verb);
    cr_assert_str_eq(article.quotes[0].verb, "kata");
    cr_assert_eq(article.quotes[0].paragraph, 0u);

    cr_assert_eq(article.source_count, 1u);
    cr_assert_str_eq(span_str(s, article.sources[0], buf), "Ara News");

    cr_assert_eq(article.date_count, 1u);
    cr_assert_str_eq(span_str(s, article.dates[0].text, buf), "Sabtu (30/4)");
    cr_assert_eq(article.dates[0].value.year, 2016);
    cr_assert_eq(article.dates[0].value.month, 4);
    cr_assert_eq(article.dates[0].value.day, 30);
    cr_assert_eq(article.dates[0].value.precision, WARTA_PREC_DAY);
}

/* s scanned as one listed paragraph into article. */
static void scan_text(warta_ctx *c, const char *s)
{
    make_ctx(c, s, 2016);
    warta_span para = {0, (uint32_t)strlen(s)};
    warta_scan_paragraph(c, para, 0, 1, 1);
}

/* The paragraph scan stops at each letter a clause verb or a source cue opens with, and
 * lets the whole word through (warta_clause_words, warta_cue_words): every row of both tables,
 * as written, capitalised and in capitals, at every place of a step of 16 or 32 bytes, and
 * a cue opening the paragraph. */
Test(quotes, every_opener_at_every_place)
{
    char s[160], buf[SPAN_TEXT_SIZE], row[40];
    warta_ctx c;
    for (size_t k = 0; k < PARAGRAPH_WORDS; k++) {
        int verb;
        const warta_phrase *p = paragraph_word(k, &verb);
        if (!p)
            continue;
        for (int capital = 0; capital < 3; capital++) {
            snprintf(row, sizeof row, "%s", p->text);
            for (size_t j = 0; row[j] && (j == 0 || capital == 2); j++)
                if (capital && warta_is_lower((unsigned char)row[j]))
                    row[j] = (char)(row[j] & ~0x20);
            for (int pad = 0; pad <= 40; pad++) {
                int n = snprintf(s, sizeof s, "%.*s%s", pad, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                                 pad ? " " : "");
                if (verb)
                    snprintf(s + n, sizeof s - (size_t)n,
                             "Pejabat Satu %s, \"Kalimat kutipan yang cukup panjang.\"", row);
                else if (pad == 0) /* the cue opens the paragraph */
                    snprintf(s, sizeof s, "%s Ara News, kabar itu sampai juga ke kota ini.", row);
                else
                    snprintf(s + n, sizeof s - (size_t)n, "Kabar itu %s Ara News, Sabtu.", row);
                scan_text(&c, s);
                if (verb) {
                    cr_assert_eq(article.quote_count, 1u, "%s", s);
                    cr_assert_str_eq(span_str(s, article.quotes[0].speaker, buf), "Pejabat Satu", "%s", s);
                    cr_assert_str_eq(article.quotes[0].verb, warta_verbs[k].root, "%s", s);
                } else {
                    cr_assert_eq(article.source_count, 1u, "%s", s);
                    cr_assert_str_eq(span_str(s, article.sources[0], buf), "Ara News", "%s", s);
                }
            }
        }
    }
}

/* Inside a word ("xmengatakan", "xdikutip") no clause verb or source cue opens: at every
 * place of a step of 16 or 32 bytes. */
Test(quotes, no_opener_inside_a_word)
{
    char s[160], buf[SPAN_TEXT_SIZE];
    warta_ctx c;
    for (size_t k = 0; k < PARAGRAPH_WORDS; k++) {
        int verb;
        const warta_phrase *p = paragraph_word(k, &verb);
        if (!p)
            continue;
        for (int pad = 0; pad <= 40; pad++) {
            int n = snprintf(s, sizeof s, "%.*s", pad, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
            if (verb)
                snprintf(s + n, sizeof s - (size_t)n,
                         " Pejabat Satu x%s, \"Kalimat kutipan yang cukup panjang.\"", p->text);
            else
                snprintf(s + n, sizeof s - (size_t)n, " Kabar itu x%s Ara News, Sabtu.", p->text);
            scan_text(&c, s);
            if (verb) {
                cr_assert_eq(article.quote_count, 1u, "%s", s);
                cr_assert_str_eq(span_str(s, article.quotes[0].speaker, buf), "", "%s", s);
            } else {
                cr_assert_eq(article.source_count, 0u, "%s", s);
            }
        }
    }
}

Test(quotes, nya_speaker_from_earlier_clause)
{
    const char *s = "Wiranto memaparkan, pemerintah sudah menyiapkan rencana.\n"
                    "\"Kami akan bekerja keras untuk rakyat,\" ujarnya.";
    warta_ctx c;
    make_ctx(&c, s, 2016);
    warta_span first = {0, 56};
    warta_span second = {57, (uint32_t)(strlen(s) - 57)};
    warta_scan_paragraph(&c, first, 0, 1, 1);
    warta_scan_paragraph(&c, second, 1, 1, 1);
    char buf[SPAN_TEXT_SIZE];

    cr_assert_eq(article.quote_count, 1u);
    cr_assert_str_eq(span_str(s, article.quotes[0].text, buf),
                     "Kami akan bekerja keras untuk rakyat");
    cr_assert_str_eq(span_str(s, article.quotes[0].speaker, buf), "Wiranto");
    cr_assert_not_null(article.quotes[0].verb);
    cr_assert_str_eq(article.quotes[0].verb, "ujar");
    cr_assert_eq(article.quotes[0].paragraph, 1u);
    cr_assert_eq(article.source_count, 0u);
    cr_assert_eq(article.date_count, 0u);
}
