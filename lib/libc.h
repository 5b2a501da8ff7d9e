/* The only C library functions warta calls: memchr, memcmp, memcpy, memset.
 * Define WARTA_NO_LIBC and lib/libc.c supplies them under warta_ names, so the
 * library needs no C library at all (bare-metal builds, kernels, bootloaders). */
#ifndef WARTA_LIBC_H
#define WARTA_LIBC_H

#ifdef WARTA_NO_LIBC

#include <stddef.h>

void *warta_memchr(const void *s, int c, size_t n);
int warta_memcmp(const void *a, const void *b, size_t n);
void *warta_memcpy(void *dst, const void *src, size_t n);
void *warta_memset(void *dst, int c, size_t n);

#define memchr warta_memchr
#define memcmp warta_memcmp
#define memcpy warta_memcpy
#define memset warta_memset

#else

#include <string.h>

#endif

#endif
