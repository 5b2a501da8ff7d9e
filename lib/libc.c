/* memchr, memcmp, memcpy and memset for WARTA_NO_LIBC builds: byte loops,
 * small rather than fast, since they only serve targets without a C library. */
#include "libc.h"

#ifdef WARTA_NO_LIBC

/* An empty asm that claims to change the pointer: gcc and clang can no longer
 * see a copy or fill loop and turn it back into a call to memcpy or memset. */
#if defined(__GNUC__)
#define WARTA_OPAQUE(p) __asm__("" : "+r"(p))
#else
#define WARTA_OPAQUE(p) ((void)0)
#endif

void *warta_memchr(const void *s, int c, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned char b = (unsigned char)c;
    for (size_t i = 0; i < n; i++)
        if (p[i] == b)
            return (void *)(p + i);
    return NULL;
}

int warta_memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *x = (const unsigned char *)a;
    const unsigned char *y = (const unsigned char *)b;
    for (size_t i = 0; i < n; i++)
        if (x[i] != y[i])
            return x[i] < y[i] ? -1 : 1;
    return 0;
}

void *warta_memcpy(void *dst, const void *src, size_t n)
{
    unsigned char *d = (unsigned char *)dst;
    const unsigned char *s = (const unsigned char *)src;
    for (size_t i = 0; i < n; i++) {
        WARTA_OPAQUE(d);
        d[i] = s[i];
    }
    return dst;
}

void *warta_memset(void *dst, int c, size_t n)
{
    unsigned char *d = (unsigned char *)dst;
    unsigned char b = (unsigned char)c;
    for (size_t i = 0; i < n; i++) {
        WARTA_OPAQUE(d);
        d[i] = b;
    }
    return dst;
}

#undef WARTA_OPAQUE

#else

/* ISO C forbids an empty translation unit: this file has work only with WARTA_NO_LIBC. */
typedef int warta_libc_unused;

#endif
