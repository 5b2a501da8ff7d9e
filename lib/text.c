#include "text.h"

#include "libc.h"
#include "simd.h"

size_t warta_find_copyright(const char *s, size_t len, size_t i)
{
    /* memchr finds the rarer second byte ("é" is C3 A9), then the first is checked. */
    const char *p;
    for (size_t from = i + 1; from < len; from = (size_t)(p - s) + 1) {
        p = memchr(s + from, 0xA9, len - from);
        if (!p)
            break;
        if ((unsigned char)p[-1] == 0xC2)
            return (size_t)(p - s) - 1;
    }
    return len;
}

#ifdef WARTA_SIMD_BYTES
/* Plain text is passed over four SSE2 steps at a time: one test for the four. */
#define UNUSUAL_RUN_STEPS 4
#endif

size_t warta_find_unusual(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return len;
#ifdef WARTA_SIMD_BYTES
    for (; len - i >= UNUSUAL_RUN_STEPS * WARTA_SIMD_BYTES; i += UNUSUAL_RUN_STEPS * WARTA_SIMD_BYTES) {
        __m128i a = warta_load_lanes(s + i), b = warta_load_lanes(s + i + WARTA_SIMD_BYTES);
        __m128i c = warta_load_lanes(s + i + 2 * WARTA_SIMD_BYTES);
        __m128i d = warta_load_lanes(s + i + 3 * WARTA_SIMD_BYTES);
        /* A byte >= 0x80 sets bit 7 of the OR; a NUL makes the unsigned minimum 0. */
        __m128i high = _mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d));
        __m128i least = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d));
        if (_mm_movemask_epi8(_mm_or_si128(high, _mm_cmpeq_epi8(least, _mm_setzero_si128()))))
            break;
    }
    for (; len - i >= WARTA_SIMD_BYTES; i += WARTA_SIMD_BYTES) {
        __m128i x = warta_load_lanes(s + i);
        int unusual = _mm_movemask_epi8(_mm_or_si128(x, _mm_cmpeq_epi8(x, _mm_setzero_si128())));
        if (unusual)
            return i + (size_t)__builtin_ctz((unsigned)unusual);
    }
#else
    for (; len - i >= WARTA_WORD_BYTES; i += WARTA_WORD_BYTES) {
        uint64_t x = warta_load_bytes(s + i);
        /* The first byte marked is the first >= 0x80 or NUL: a borrow marks bytes past a NUL only. */
        uint64_t unusual = (x & WARTA_HIGHS) | warta_has_byte_below(x, 1);
        if (unusual)
            return i + warta_first_marked(unusual);
    }
#endif
    while (i < len && s[i] != 0 && (unsigned char)s[i] < 0x80)
        i++;
    return i;
}

size_t warta_find_digit(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return len;
#ifdef WARTA_SIMD_BYTES
    for (; len - i >= WARTA_SIMD_BYTES; i += WARTA_SIMD_BYTES) {
        int digits = _mm_movemask_epi8(warta_lanes_between(warta_load_lanes(s + i), '0', '9'));
        if (digits)
            return i + (size_t)__builtin_ctz((unsigned)digits);
    }
#else
    for (; len - i >= WARTA_WORD_BYTES; i += WARTA_WORD_BYTES)
        if (warta_has_byte_below(warta_load_bytes(s + i) ^ (WARTA_ONES * '0'), 10))
            break;
#endif
    while (i < len && !warta_is_digit((unsigned char)s[i]))
        i++;
    return i;
}

size_t warta_find_dash_lead(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return len;
#ifdef WARTA_SIMD_BYTES
    for (; len - i >= WARTA_SIMD_BYTES; i += WARTA_SIMD_BYTES) {
        __m128i x = warta_load_lanes(s + i);
        int leads = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('-')),
                                                   _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xE2))));
        if (leads)
            return i + (size_t)__builtin_ctz((unsigned)leads);
    }
#else
    for (; len - i >= WARTA_WORD_BYTES; i += WARTA_WORD_BYTES) {
        uint64_t x = warta_load_bytes(s + i);
        if (warta_bytes_equal(x, '-') | warta_bytes_equal(x, 0xE2))
            break;
    }
#endif
    while (i < len && s[i] != '-' && (unsigned char)s[i] != 0xE2)
        i++;
    return i;
}

size_t warta_space_len_utf8(const char *s, size_t len, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char c = u[i];
    /* E2 first: it opens the curly quotes and dashes that most calls are for. */
    if (c == 0xE2) {
        if (len - i < 3)
            return 0;
        unsigned char b = u[i + 1], d = u[i + 2];
        /* U+2000..U+200B, U+2028, U+2029, U+202F; U+205F. */
        if (b == 0x80)
            return (d >= 0x80 && d <= 0x8B) || d == 0xA8 || d == 0xA9 || d == 0xAF ? 3 : 0;
        return b == 0x81 && d == 0x9F ? 3 : 0;
    }
    if (c == 0xC2)
        return len - i >= 2 && (u[i + 1] == 0xA0 || u[i + 1] == 0x85) ? 2 : 0;
    if (len - i < 3)
        return 0;
    const unsigned char *next = u + i + 1;
    if (c == 0xE1)
        return next[0] == 0x9A && next[1] == 0x80 ? 3 : 0;
    if (c == 0xE3)
        return next[0] == 0x80 && next[1] == 0x80 ? 3 : 0;
    if (c == 0xEF)
        return next[0] == 0xBB && next[1] == 0xBF ? 3 : 0;
    return 0;
}

size_t warta_skip_blanks(const char *s, size_t len, size_t i)
{
#ifdef WARTA_SIMD_BYTES
    for (; len - i >= WARTA_SIMD_BYTES; i += WARTA_SIMD_BYTES) {
        __m128i blanks = _mm_cmpeq_epi8(warta_load_lanes(s + i), _mm_set1_epi8(' '));
        int other = _mm_movemask_epi8(blanks) ^ 0xFFFF;
        if (other)
            return i + (size_t)__builtin_ctz((unsigned)other);
    }
#endif
    /* The rest, and all without SIMD, a byte at a time: an eight-byte step would call
     * memcpy on the parse's deepest call chain (tools/footprint.sh). */
    while (i < len && s[i] == ' ')
        i++;
    return i;
}

size_t warta_skip_spaces(const char *s, size_t len, size_t i)
{
    size_t n;
    while (i < len && (n = warta_space_len(s, len, i)) > 0)
        i = n == 1 && s[i] == ' ' ? warta_skip_blanks(s, len, i + 1) : i + n;
    return i;
}

/* Spaces are 1, 2 or 3 bytes long: test each length ending at `to`. */
size_t warta_trim_spaces(const char *s, size_t from, size_t to)
{
    while (to > from) {
        unsigned char last = (unsigned char)s[to - 1];
        /* Every multi-byte space ends in a byte >= 0x80: an ASCII byte settles it. */
        if (last < 0x80) {
            if (!warta_is_ascii_space(last))
                break;
            to--;
            continue;
        }
        size_t n = 0;
        for (size_t k = 1; k <= 3 && k <= to - from; k++) {
            if (warta_space_len(s, to, to - k) == k) {
                n = k;
                break;
            }
        }
        if (n == 0)
            break;
        to -= n;
    }
    return to;
}

size_t warta_dash_len(const char *s, size_t len, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i >= len)
        return 0;
    if (u[i] == '-')
        return 1;
    if (u[i] == 0xE2 && i + 2 < len) {
        if (u[i + 1] == 0x80 && u[i + 2] >= 0x90 && u[i + 2] <= 0x95)
            return 3;
        if (u[i + 1] == 0x88 && u[i + 2] == 0x92)
            return 3;
    }
    return 0;
}

size_t warta_quote_len(const char *s, size_t len, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i >= len)
        return 0;
    if (u[i] == '"')
        return 1;
    if (u[i] == 0xE2 && i + 2 < len && u[i + 1] == 0x80 &&
        (u[i + 2] == 0x9C || u[i + 2] == 0x9D || u[i + 2] == 0x9E))
        return 3;
    if (u[i] == 0xC2 && i + 1 < len && (u[i + 1] == 0xAB || u[i + 1] == 0xBB))
        return 2;
    return 0;
}

int warta_starts_ci(const char *s, size_t len, size_t i, const char *lit, size_t lit_len)
{
    if (i > len || len - i < lit_len)
        return 0;
    return warta_equal_ci(s + i, lit, lit_len);
}


size_t warta_utf8_len(const char *s, size_t len, size_t i)
{
    const unsigned char *u = (const unsigned char *)s + i;
    unsigned char c = u[0];
    if (c < 0x80)
        return 1;
    /* The second byte's range (Unicode's table of well-formed sequences): narrower after
     * E0, ED, F0 and F4, which would otherwise begin overlong forms, surrogates or code
     * points past U+10FFFF. */
    unsigned char lo = 0x80, hi = 0xBF;
    size_t n;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        lo = c == 0xE0 ? 0xA0 : lo;
        hi = c == 0xED ? 0x9F : hi;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        lo = c == 0xF0 ? 0x90 : lo;
        hi = c == 0xF4 ? 0x8F : hi;
    } else {
        return 0;
    }
    if (len - i < n || u[1] < lo || u[1] > hi)
        return 0;
    for (size_t k = 2; k < n; k++)
        if ((u[k] & 0xC0) != 0x80)
            return 0;
    return n;
}
