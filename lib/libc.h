/* The only C library functions warta calls: memchr, memcmp, memcpy, memset. */
#ifndef WARTA_LIBC_H
#define WARTA_LIBC_H

#include <string.h>

#endif
