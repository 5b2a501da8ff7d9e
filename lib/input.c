/* The input's flags: invalid UTF-8 and NUL bytes, found in one pass before the parse. */
#include "internal.h"
#include "simd.h"
#include "text.h"

#include "libc.h"

/* A character at a time from each byte >= 0x80 or NUL that warta_find_unusual stops at. */
static uint32_t flags_by_character(const char *s, size_t len)
{
    uint32_t flags = 0;
    size_t i = 0;
    while ((i = warta_find_unusual(s, len, i)) < len) {
        if (s[i] == 0) {
            flags |= WARTA_FLAG_NUL_BYTES;
            i++;
            continue;
        }
        size_t n = warta_utf8_len(s, len, i);
        if (n == 0) {
            flags |= WARTA_FLAG_INVALID_UTF8;
            break;
        }
        i += n;
    }
    /* Past the first invalid byte only a NUL is left to find. */
    if (i < len && !(flags & WARTA_FLAG_NUL_BYTES) && memchr(s + i, 0, len - i))
        flags |= WARTA_FLAG_NUL_BYTES;
    return flags;
}

#ifdef WARTA_AVX2_BYTES
/* With AVX2, 64 bytes a test for ASCII, and 32-byte steps with bytes >= 0x80 checked
 * whole by the table lookups of Keiser and Lemire ("Validating UTF-8 In Less Than One
 * Instruction Per Byte", 2021): each byte with the one before it, by three tables of the
 * two bytes' nibbles whose entries are the errors the pair may make, and the third and
 * fourth bytes of a sequence by the lead bytes two and three before them. Text with many
 * characters >= 0x80 (curly quotes, no-break spaces) then takes no step a character. */

/* The errors a pair of bytes may make, a bit each; the tables' entries AND together. */
#define U8_TOO_SHORT (1u << 0)   /* a lead byte not followed by a continuation */
#define U8_TOO_LONG (1u << 1)    /* a continuation after ASCII */
#define U8_OVERLONG_3 (1u << 2)  /* E0 80..9F */
#define U8_TOO_LARGE (1u << 3)   /* F4 90..BF, F5..FF 90..BF: past U+10FFFF */
#define U8_SURROGATE (1u << 4)   /* ED A0..BF */
#define U8_OVERLONG_2 (1u << 5)  /* C0, C1 */
#define U8_TOO_LARGE_1000 (1u << 6) /* F5..FF 80..8F */
#define U8_OVERLONG_4 (1u << 6)  /* F0 80..8F */
#define U8_TWO_CONTS (1u << 7)   /* a continuation after a continuation */
/* The errors the first byte's high nibble decides alone: every low nibble allows them. */
#define U8_CARRY (U8_TOO_SHORT | U8_TOO_LONG | U8_TWO_CONTS)

#define U8_ROW(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p)                              \
    {a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p}

/* By the first byte's high nibble: ASCII, continuation, two-, three- and four-byte leads. */
static const unsigned char u8_first_high[32] __attribute__((aligned(32))) = U8_ROW(
    U8_TOO_LONG, U8_TOO_LONG, U8_TOO_LONG, U8_TOO_LONG, U8_TOO_LONG, U8_TOO_LONG, U8_TOO_LONG,
    U8_TOO_LONG, U8_TWO_CONTS, U8_TWO_CONTS, U8_TWO_CONTS, U8_TWO_CONTS,
    U8_TOO_SHORT | U8_OVERLONG_2, U8_TOO_SHORT, U8_TOO_SHORT | U8_OVERLONG_3 | U8_SURROGATE,
    U8_TOO_SHORT | U8_TOO_LARGE | U8_TOO_LARGE_1000 | U8_OVERLONG_4);

/* By the first byte's low nibble. */
static const unsigned char u8_first_low[32] __attribute__((aligned(32))) = U8_ROW(
    U8_CARRY | U8_OVERLONG_3 | U8_OVERLONG_2 | U8_OVERLONG_4, U8_CARRY | U8_OVERLONG_2, U8_CARRY,
    U8_CARRY, U8_CARRY | U8_TOO_LARGE, U8_CARRY | U8_TOO_LARGE | U8_TOO_LARGE_1000,
    U8_CARRY | U8_TOO_LARGE | U8_TOO_LARGE_1000, U8_CARRY | U8_TOO_LARGE | U8_TOO_LARGE_1000,
    U8_CARRY | U8_TOO_LARGE | U8_TOO_LARGE_1000, U8_CARRY | U8_TOO_LARGE | U8_TOO_LARGE_1000,
    U8_CARRY | U8_TOO_LARGE | U8_TOO_LARGE_1000, U8_CARRY | U8_TOO_LARGE | U8_TOO_LARGE_1000,
    U8_CARRY | U8_TOO_LARGE | U8_TOO_LARGE_1000,
    U8_CARRY | U8_TOO_LARGE | U8_TOO_LARGE_1000 | U8_SURROGATE,
    U8_CARRY | U8_TOO_LARGE | U8_TOO_LARGE_1000, U8_CARRY | U8_TOO_LARGE | U8_TOO_LARGE_1000);

/* By the second byte's high nibble. */
#define U8_CONT_ANY (U8_TOO_LONG | U8_OVERLONG_2 | U8_TWO_CONTS)
static const unsigned char u8_second_high[32] __attribute__((aligned(32))) = U8_ROW(
    U8_TOO_SHORT, U8_TOO_SHORT, U8_TOO_SHORT, U8_TOO_SHORT, U8_TOO_SHORT, U8_TOO_SHORT,
    U8_TOO_SHORT, U8_TOO_SHORT,
    U8_CONT_ANY | U8_OVERLONG_3 | U8_TOO_LARGE_1000 | U8_OVERLONG_4,
    U8_CONT_ANY | U8_OVERLONG_3 | U8_TOO_LARGE, U8_CONT_ANY | U8_SURROGATE | U8_TOO_LARGE,
    U8_CONT_ANY | U8_SURROGATE | U8_TOO_LARGE, U8_TOO_SHORT, U8_TOO_SHORT, U8_TOO_SHORT,
    U8_TOO_SHORT);

/* Subtracted with saturation from the step's last three bytes: what is left marks a lead
 * byte whose sequence runs past the step. */
static const unsigned char u8_incomplete[32] __attribute__((aligned(32))) = {
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0xF0 - 1, 0xE0 - 1, 0xC0 - 1};

/* A step's bytes moved on by n, the previous step's last n before them. */
#define U8_BEFORE(x, prev, n) _mm256_alignr_epi8((x), _mm256_permute2x128_si256((prev), (x), 0x21), 16 - (n))

typedef struct {
    __m256i error, least, prev, incomplete;
} u8_scan;

static inline WARTA_AVX2 __m256i u8_nibble_lookup(const unsigned char *table, __m256i nibbles)
{
    return _mm256_shuffle_epi8(_mm256_load_si256((const __m256i *)(const void *)table), nibbles);
}

/* The errors of a step that holds a byte >= 0x80. */
static inline WARTA_AVX2 void u8_check(u8_scan *u, __m256i x)
{
    const __m256i low = _mm256_set1_epi8(0x0F);
    __m256i prev1 = U8_BEFORE(x, u->prev, 1);
    __m256i pairs = _mm256_and_si256(
        _mm256_and_si256(u8_nibble_lookup(u8_first_high, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), low)),
                         u8_nibble_lookup(u8_first_low, _mm256_and_si256(prev1, low))),
        u8_nibble_lookup(u8_second_high, _mm256_and_si256(_mm256_srli_epi16(x, 4), low)));
    /* A byte two after a lead of E0 or more, or three after one of F0 or more, continues it. */
    __m256i third = _mm256_subs_epu8(U8_BEFORE(x, u->prev, 2), _mm256_set1_epi8((char)(0xE0 - 1)));
    __m256i fourth = _mm256_subs_epu8(U8_BEFORE(x, u->prev, 3), _mm256_set1_epi8((char)(0xF0 - 1)));
    __m256i must_continue = _mm256_and_si256(
        _mm256_cmpgt_epi8(_mm256_or_si256(third, fourth), _mm256_setzero_si256()),
        _mm256_set1_epi8((char)0x80));
    u->error = _mm256_or_si256(u->error, _mm256_xor_si256(must_continue, pairs));
    u->incomplete = _mm256_subs_epu8(x, _mm256_load_si256((const __m256i *)(const void *)u8_incomplete));
    u->prev = x;
}

/* Steps x and y, one after the other; ASCII, most of a text, is passed two steps a test. */
static inline WARTA_AVX2 void u8_steps(u8_scan *u, __m256i x, __m256i y)
{
    u->least = _mm256_min_epu8(u->least, _mm256_min_epu8(x, y));
    if (_mm256_movemask_epi8(_mm256_or_si256(x, y)) == 0) {
        /* ASCII: a sequence the step before left open is cut short. */
        u->error = _mm256_or_si256(u->error, u->incomplete);
        u->prev = y;
        return;
    }
    u8_check(u, x);
    u8_check(u, y);
}

static WARTA_AVX2 uint32_t flags_by_step(const char *s, size_t len)
{
    u8_scan u;
    u.error = u.prev = u.incomplete = _mm256_setzero_si256();
    u.least = _mm256_set1_epi8((char)0xFF);
    size_t i = 0;
    for (; len - i >= 2 * WARTA_AVX2_BYTES; i += 2 * WARTA_AVX2_BYTES)
        u8_steps(&u, _mm256_loadu_si256((const __m256i *)(const void *)(s + i)),
                 _mm256_loadu_si256((const __m256i *)(const void *)(s + i + WARTA_AVX2_BYTES)));
    if (i < len) {
        /* The last bytes, then spaces: ASCII, and no NUL. */
        char last[2 * WARTA_AVX2_BYTES];
        memset(last, ' ', sizeof last);
        memcpy(last, s + i, len - i);
        u8_steps(&u, _mm256_loadu_si256((const __m256i *)(const void *)last),
                 _mm256_loadu_si256((const __m256i *)(const void *)(last + WARTA_AVX2_BYTES)));
    }
    u.error = _mm256_or_si256(u.error, u.incomplete);
    uint32_t flags = 0;
    if (!_mm256_testz_si256(u.error, u.error))
        flags |= WARTA_FLAG_INVALID_UTF8;
    if (_mm256_movemask_epi8(_mm256_cmpeq_epi8(u.least, _mm256_setzero_si256())))
        flags |= WARTA_FLAG_NUL_BYTES;
    return flags;
}
#endif

uint32_t warta_input_flags(const char *s, size_t len)
{
#ifdef WARTA_AVX2_BYTES
    if (len >= WARTA_AVX2_BYTES && warta_has_avx2())
        return flags_by_step(s, len);
#endif
    return flags_by_character(s, len);
}
