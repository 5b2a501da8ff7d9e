/* SSE2, which every x86-64 has: sixteen bytes a step where it is there and not
 * turned off (WARTA_NO_SIMD); the modules keep an eight-byte portable step beside it.
 * With gcc or clang on x86-64 the line counter, the input's UTF-8 check and the paragraph
 * scan also have a 32-byte AVX2 form, which a parse takes when the CPU runs AVX2
 * (warta_has_avx2) unless WARTA_NO_AVX2 is defined. */
#ifndef WARTA_SIMD_H
#define WARTA_SIMD_H

#include <stdint.h>

#if defined(__SSE2__) && !defined(WARTA_NO_SIMD)
#include <emmintrin.h>

#define WARTA_SIMD_BYTES 16

/* Bytes of x from lo to hi (lo <= hi < 0x80; any bytes): one add and one signed compare. */
static inline __m128i warta_lanes_between(__m128i x, char lo, char hi)
{
    __m128i shifted = _mm_add_epi8(x, _mm_set1_epi8((char)(-128 - lo)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8((char)(-128 + (hi - lo) + 1)));
}

static inline __m128i warta_load_lanes(const char *p)
{
    return _mm_loadu_si128((const __m128i *)(const void *)p);
}

/* Constant rows of the loops' tables, 32 bytes each: the two of warta_lanes_between
 * (WARTA_ROW_ADD, WARTA_ROW_BELOW) and a byte in every lane (WARTA_ROW_OF). */
#define WARTA_ROW_BYTES 32
typedef unsigned char warta_row[WARTA_ROW_BYTES];
#define WARTA_ROW_OF(c) {c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c}
#define WARTA_ROW_ADD(lo) WARTA_ROW_OF((unsigned char)(-128 - (lo)))
#define WARTA_ROW_BELOW(lo, hi) WARTA_ROW_OF((unsigned char)(-128 + ((hi) - (lo)) + 1))
/* The loops read their rows through a pointer the compiler cannot see into: left to it,
 * gcc rebuilds every AVX2 constant from an immediate at each use, three instructions. */
#define WARTA_HIDE_ROWS(k) __asm__("" : "+r"(k))

/* The vector operations of the chunk loops in lines.c, one set per width under the same
 * names: v16_ for SSE2, v32_ for AVX2. Compares are of signed bytes; a mask has a bit a
 * lane; shift_in(prev, cur) is cur moved up a lane, with prev's last lane in lane 0. */
typedef __m128i v16_t;

static inline v16_t v16_load(const char *p) { return warta_load_lanes(p); }
/* A constant row of lines.c's table: 32-byte aligned. */
static inline v16_t v16_row(const unsigned char *row) { return _mm_load_si128((const __m128i *)(const void *)row); }
static inline v16_t v16_zero(void) { return _mm_setzero_si128(); }
static inline v16_t v16_ones(void) { return _mm_set1_epi8((char)0xFF); }
static inline v16_t v16_eq(v16_t a, v16_t b) { return _mm_cmpeq_epi8(a, b); }
static inline v16_t v16_gt(v16_t a, v16_t b) { return _mm_cmpgt_epi8(a, b); }
static inline v16_t v16_add(v16_t a, v16_t b) { return _mm_add_epi8(a, b); }
static inline v16_t v16_sub(v16_t a, v16_t b) { return _mm_sub_epi8(a, b); }
static inline v16_t v16_or(v16_t a, v16_t b) { return _mm_or_si128(a, b); }
static inline v16_t v16_and(v16_t a, v16_t b) { return _mm_and_si128(a, b); }
static inline v16_t v16_andnot(v16_t a, v16_t b) { return _mm_andnot_si128(a, b); }
static inline uint32_t v16_mask(v16_t x) { return (uint32_t)_mm_movemask_epi8(x); }

static inline v16_t v16_shift_in(v16_t prev, v16_t cur)
{
    return _mm_or_si128(_mm_slli_si128(cur, 1), _mm_srli_si128(prev, 15));
}

/* The sum of the lanes' bytes. */
static inline uint32_t v16_sum(v16_t x)
{
    __m128i sums = _mm_sad_epu8(x, _mm_setzero_si128());
    return (uint32_t)_mm_cvtsi128_si32(sums) + (uint32_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
}

/* The lanes of mask m (its low sixteen bits) as bytes of all ones. */
static inline v16_t v16_of_mask(uint32_t m)
{
    const __m128i bit = _mm_set_epi8((char)0x80, 0x40, 0x20, 0x10, 8, 4, 2, 1,
                                     (char)0x80, 0x40, 0x20, 0x10, 8, 4, 2, 1);
    __m128i v = _mm_unpacklo_epi64(_mm_set1_epi8((char)(m & 0xFFu)), _mm_set1_epi8((char)(m >> 8)));
    return _mm_cmpeq_epi8(_mm_and_si128(v, bit), bit);
}

#if !defined(WARTA_NO_AVX2) && defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>

#define WARTA_AVX2_BYTES 32
/* What a function using v32_ needs: the rest of the library is built for plain x86-64. */
#define WARTA_AVX2 __attribute__((target("avx2")))

/* 1 when the CPU runs AVX2 and the OS keeps its registers: gcc and clang read the CPU's
 * features once, before main, into the compiler runtime's __cpu_model. */
static inline int warta_has_avx2(void)
{
    return __builtin_cpu_supports("avx2");
}

typedef __m256i v32_t;

static inline WARTA_AVX2 v32_t v32_load(const char *p) { return _mm256_loadu_si256((const __m256i *)(const void *)p); }
static inline WARTA_AVX2 v32_t v32_row(const unsigned char *row) { return _mm256_load_si256((const __m256i *)(const void *)row); }
static inline WARTA_AVX2 v32_t v32_zero(void) { return _mm256_setzero_si256(); }
static inline WARTA_AVX2 v32_t v32_ones(void) { return _mm256_set1_epi8((char)0xFF); }
static inline WARTA_AVX2 v32_t v32_eq(v32_t a, v32_t b) { return _mm256_cmpeq_epi8(a, b); }
static inline WARTA_AVX2 v32_t v32_gt(v32_t a, v32_t b) { return _mm256_cmpgt_epi8(a, b); }
static inline WARTA_AVX2 v32_t v32_add(v32_t a, v32_t b) { return _mm256_add_epi8(a, b); }
static inline WARTA_AVX2 v32_t v32_sub(v32_t a, v32_t b) { return _mm256_sub_epi8(a, b); }
static inline WARTA_AVX2 v32_t v32_or(v32_t a, v32_t b) { return _mm256_or_si256(a, b); }
static inline WARTA_AVX2 v32_t v32_and(v32_t a, v32_t b) { return _mm256_and_si256(a, b); }
static inline WARTA_AVX2 v32_t v32_andnot(v32_t a, v32_t b) { return _mm256_andnot_si256(a, b); }
static inline WARTA_AVX2 uint32_t v32_mask(v32_t x) { return (uint32_t)_mm256_movemask_epi8(x); }

/* AVX2 shifts bytes within each half: the lane crossing the middle comes from a permute. */
static inline WARTA_AVX2 v32_t v32_shift_in(v32_t prev, v32_t cur)
{
    return _mm256_alignr_epi8(cur, _mm256_permute2x128_si256(prev, cur, 0x21), 15);
}

static inline WARTA_AVX2 uint32_t v32_sum(v32_t x)
{
    __m256i sums = _mm256_sad_epu8(x, _mm256_setzero_si256());
    __m128i half = _mm_add_epi64(_mm256_castsi256_si128(sums), _mm256_extracti128_si256(sums, 1));
    return (uint32_t)_mm_cvtsi128_si32(half) + (uint32_t)_mm_cvtsi128_si32(_mm_srli_si128(half, 8));
}

/* The lanes of mask m as bytes of all ones: lane i tests bit i % 8 of m's byte i / 8. */
static inline WARTA_AVX2 v32_t v32_of_mask(uint32_t m)
{
    const __m256i bit = _mm256_set1_epi64x((long long)0x8040201008040201);
    const __m256i byte_of_lane = _mm256_set_epi8(3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2,
                                                 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0);
    __m256i v = _mm256_shuffle_epi8(_mm256_set1_epi32((int)m), byte_of_lane);
    return _mm256_cmpeq_epi8(_mm256_and_si256(v, bit), bit);
}
#endif
#endif

#endif
