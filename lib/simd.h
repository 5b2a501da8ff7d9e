/* SSE2, which every x86-64 has: sixteen bytes a step where it is there and not
 * turned off (WARTA_NO_SIMD); the modules keep an eight-byte portable step beside it. */
#ifndef WARTA_SIMD_H
#define WARTA_SIMD_H

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
#endif

#endif
