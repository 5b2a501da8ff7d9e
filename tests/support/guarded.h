/* Inputs that end right before an unreadable page (as picohttpparser's tests
 * do), so that reading one byte past the end crashes even without ASan. */
#ifndef WARTA_GUARDED_H
#define WARTA_GUARDED_H

#include <stddef.h>

typedef struct {
    char *text;     /* len bytes, the last one just before the guard page */
    size_t len;
    char *mapping;  /* what guarded_free unmaps */
    size_t mapped;
} guarded_buffer;

/* A copy of text[0..len) (text may be NULL when len is 0); asserts on failure. */
guarded_buffer guarded_copy(const char *text, size_t len);

void guarded_free(guarded_buffer *buffer);

#endif
