/* Byte and UTF-8 helpers shared by every module: spaces, dashes, quotes, case. */
#ifndef WARTA_TEXT_H
#define WARTA_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "libc.h"

/* Small helpers on the deepest call chain are folded into their callers where the
 * compiler allows it: each call level costs stack on a microcontroller. */
#if defined(__GNUC__)
#define WARTA_FOLDED __attribute__((always_inline)) inline
#else
#define WARTA_FOLDED inline
#endif
/* A helper whose registers would grow a frame on the deepest call chain stays a call. */
#if defined(__GNUC__)
#define WARTA_APART __attribute__((noinline))
#else
#define WARTA_APART
#endif

static inline int warta_is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline int warta_is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int warta_is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline int warta_is_alpha(unsigned char c) { return warta_is_upper(c) || warta_is_lower(c); }
static inline unsigned char warta_lower(unsigned char c) { return warta_is_upper(c) ? (unsigned char)(c + 32) : c; }

/* Letters, digits and every non-ASCII byte count as word bytes. */
static inline int warta_is_word_byte(unsigned char c)
{
    return warta_is_alpha(c) || warta_is_digit(c) || c >= 0x80;
}

/* Index of the highest set bit of m (m != 0). */
static inline unsigned warta_highest_bit(uint32_t m)
{
#if defined(__GNUC__)
    return 31u - (unsigned)__builtin_clz(m);
#else
    unsigned k = 0;
    while (m >>= 1)
        k++;
    return k;
#endif
}

/* Helpers of the portable eight-byte steps: where SSE2 takes those steps, a file holding
 * every module (the two-file drop-in) leaves some unused, and that is no error. */
#if defined(__GNUC__)
#define WARTA_STEP_HELPER static inline __attribute__((unused))
#else
#define WARTA_STEP_HELPER static inline
#endif

/* Eight bytes at a time (SWAR): a byte class is a mask of bit 7 of each byte in it. */
#define WARTA_WORD_BYTES 8
#define WARTA_ONES UINT64_C(0x0101010101010101)
#define WARTA_HIGHS UINT64_C(0x8080808080808080)

/* The eight bytes at p, the first in the low bits on any machine. */
static inline uint64_t warta_load_bytes(const char *p)
{
    uint64_t x;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(&x, p, WARTA_WORD_BYTES);
#else
    const unsigned char *u = (const unsigned char *)p;
    x = 0;
    for (int k = WARTA_WORD_BYTES - 1; k >= 0; k--)
        x = (x << 8) | u[k];
#endif
    return x;
}

/* Nonzero when some byte of x is below n (n <= 128). */
WARTA_STEP_HELPER uint64_t warta_has_byte_below(uint64_t x, unsigned n)
{
    return (x - WARTA_ONES * n) & ~x & WARTA_HIGHS;
}

/* Bit 7 of each byte of x (all below 0x80) that is at least n (n <= 0x80). */
static inline uint64_t warta_bytes_at_least(uint64_t x, unsigned n)
{
    return (x + WARTA_ONES * (0x80u - n)) & WARTA_HIGHS;
}

/* Bit 7 of each byte of x (all below 0x80) from lo to hi. */
static inline uint64_t warta_bytes_between(uint64_t x, unsigned lo, unsigned hi)
{
    return warta_bytes_at_least(x, lo) & ~warta_bytes_at_least(x, hi + 1u);
}

/* Bit 7 of each byte of x equal to c (any bytes). */
WARTA_STEP_HELPER uint64_t warta_bytes_equal(uint64_t x, unsigned c)
{
    uint64_t t = x ^ (WARTA_ONES * c);
    return ~(((t & ~WARTA_HIGHS) + ~WARTA_HIGHS) | t) & WARTA_HIGHS;
}

/* Bit 7 of each ASCII letter of x (any bytes). */
WARTA_STEP_HELPER uint64_t warta_letter_bytes(uint64_t x)
{
    uint64_t low = x & ~WARTA_HIGHS;
    return ~x & warta_bytes_between(low | (WARTA_ONES * 0x20), 'a', 'z');
}

/* Index of the first byte of x marked in m (bit 7 of each byte; m != 0): its trailing
 * zeros over eight where a 64-bit machine counts them in one instruction, else its bit
 * alone, times 0x0001020304050607, read from the top byte. */
WARTA_STEP_HELPER size_t warta_first_marked(uint64_t m)
{
#if defined(__GNUC__) && UINTPTR_MAX > 0xFFFFFFFFu
    return (size_t)__builtin_ctzll(m) / 8;
#else
    return (size_t)((((m & (~m + 1)) >> 7) * UINT64_C(0x0001020304050607)) >> 56);
#endif
}

/* The marks of m (bit 7 of each byte) as eight bits, byte k's in bit k: each mark moved
 * to the top byte by one term of the multiplier, none of them landing on another. */
WARTA_STEP_HELPER unsigned warta_marks_to_bits(uint64_t m)
{
    return (unsigned)(((m >> 7) * UINT64_C(0x0102040810204080)) >> 56);
}

/* NUL, tab, LF, VT, FF, CR and space: the ASCII bytes that are white space. */
#define WARTA_ASCII_SPACES UINT64_C(0x100003E01)

static inline int warta_is_ascii_space(unsigned char c)
{
    return c <= ' ' && ((WARTA_ASCII_SPACES >> c) & 1u);
}

/* The multi-byte spaces, for warta_space_len: the lead byte is >= 0x80. */
size_t warta_space_len_utf8(const char *s, size_t len, size_t i);

/* Length of the white-space character at s[i] (ASCII blanks, NUL, U+0085, U+00A0,
 * U+1680, U+2000..U+200B, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF), or 0. */
static inline size_t warta_space_len(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80)
        return (size_t)warta_is_ascii_space(c);
    return warta_space_len_utf8(s, len, i);
}

/* Index of the first byte at or after i that is not ' ': text dumps indent with runs of them. */
size_t warta_skip_blanks(const char *s, size_t len, size_t i);

/* warta_skip_space's loop, for when s[i] may be white space. */
size_t warta_skip_spaces(const char *s, size_t len, size_t i);

/* Index of the first byte at or after i that is not white space. Most calls find a
 * printable ASCII byte at once, or after one space (between two words): those tests are
 * inline. */
static inline size_t warta_skip_space(const char *s, size_t len, size_t i)
{
    if (i < len && (unsigned char)s[i] > ' ' && (unsigned char)s[i] < 0x80)
        return i;
    if (i + 1 < len && s[i] == ' ' && (unsigned char)s[i + 1] > ' ' && (unsigned char)s[i + 1] < 0x80)
        return i + 1;
    return warta_skip_spaces(s, len, i);
}

/* warta_trim_end's loop, for when s[to - 1] may be white space. */
size_t warta_trim_spaces(const char *s, size_t from, size_t to);

/* Index just past the last non-space byte of s[from..to). Most spans end in a printable
 * ASCII byte: that test is inline. */
static inline size_t warta_trim_end(const char *s, size_t from, size_t to)
{
    if (to > from && (unsigned char)s[to - 1] > ' ' && (unsigned char)s[to - 1] < 0x80)
        return to;
    return warta_trim_spaces(s, from, to);
}

/* Length of a dash at s[i]: '-', U+2010..U+2015, U+2212; or 0. */
size_t warta_dash_len(const char *s, size_t len, size_t i);

/* Length of a double quote mark at s[i]: '"', U+201C, U+201D, U+201E,
 * U+00AB, U+00BB; or 0. */
size_t warta_quote_len(const char *s, size_t len, size_t i);

/* 1 when s[i..] starts with lit (ASCII case-insensitive). */
int warta_starts_ci(const char *s, size_t len, size_t i, const char *lit, size_t lit_len);

/* 1 when a and b (both n bytes) are equal ignoring ASCII case. */
static inline int warta_equal_ci(const char *a, const char *b, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        unsigned char x = (unsigned char)a[k], y = (unsigned char)b[k];
        /* Equal, or one letter in both cases: then they differ in the case bit alone. */
        if (x != y && ((x ^ y) != 0x20 || !warta_is_lower((unsigned char)(x | 0x20))))
            return 0;
    }
    return 1;
}

/* Index of the first copyright sign (U+00A9, bytes C2 A9) in s[i..len), or len. */
size_t warta_find_copyright(const char *s, size_t len, size_t i);

/* Index of the first NUL or byte at or above 0x80 in s[i..len), or len; reads sixteen
 * bytes a step with SSE2, eight without. */
size_t warta_find_unusual(const char *s, size_t len, size_t i);

/* Index of the first ASCII digit in s[i..len), or len; reads sixteen bytes a step with
 * SSE2, eight without. */
size_t warta_find_digit(const char *s, size_t len, size_t i);

/* Index of the first '-' or E2 (the lead byte of the Unicode dashes) in s[i..len), or
 * len; reads sixteen bytes a step with SSE2, eight without. */
size_t warta_find_dash_lead(const char *s, size_t len, size_t i);

/* Length of the well-formed UTF-8 sequence at s[i], or 0 if it is invalid. */
size_t warta_utf8_len(const char *s, size_t len, size_t i);

#endif
