/* mmap and mprotect: the guard page is the point, so no malloc here. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "guarded.h"

#include <criterion/criterion.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

guarded_buffer guarded_copy(const char *text, size_t len)
{
    guarded_buffer b;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t data_pages = (len + page - 1) / page;
    b.mapped = (data_pages + 1) * page;
    b.mapping = mmap(NULL, b.mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    cr_assert_neq(b.mapping, MAP_FAILED, "mmap of %zu bytes failed", b.mapped);
    cr_assert_eq(mprotect(b.mapping + data_pages * page, page, PROT_NONE), 0);
    b.text = b.mapping + data_pages * page - len;
    b.len = len;
    if (len > 0)
        memcpy(b.text, text, len);
    return b;
}

void guarded_free(guarded_buffer *buffer)
{
    munmap(buffer->mapping, buffer->mapped);
    buffer->mapping = buffer->text = NULL;
    buffer->len = buffer->mapped = 0;
}
