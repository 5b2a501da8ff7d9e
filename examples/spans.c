/* Reading spans safely. A span is (off, len) into the caller's own buffer:
 * - len 0 means the field is absent;
 * - it is valid only while that same buffer lives unchanged: copy what you keep;
 * - warta_span_text checks the span against the buffer, folds white space,
 *   always NUL-terminates, never cuts a UTF-8 character, and returns the full
 *   length, so a first call with no buffer sizes the second one exactly;
 * - raw bytes (line breaks, NUL, invalid UTF-8 as the input had them) need a
 *   bounds check of their own before they are read.
 * Usage: spans FILE */
#include <stdio.h>
#include <stdlib.h>

#include "warta.h"

/* Inputs up to 1 MiB, in a static buffer. */
#define MAX_INPUT ((size_t)1 << 20)
/* A deliberately small buffer, to show a cut being noticed. */
#define SMALL_BUFFER 16

static char input[MAX_INPUT];
static warta_article article;

/* Reads the whole file into input; returns its length, or -1 (and says why). */
static long read_input(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return -1;
    }
    size_t len = fread(input, 1, sizeof input, f);
    int bad = ferror(f) || (len == sizeof input && fgetc(f) != EOF);
    fclose(f);
    if (bad) {
        fprintf(stderr, "%s: unreadable, or larger than %zu bytes\n", path, sizeof input);
        return -1;
    }
    return (long)len;
}

/* 1 when text[span] lies inside text[0..len): check it before reading raw bytes. */
static int span_inside(warta_span span, size_t len)
{
    return span.off <= len && span.len <= len - span.off;
}

/* A heap copy of the folded text, sized by a first call without a buffer; the
 * caller frees it. NULL when the field is absent or memory ran out. */
static char *folded_copy(const char *text, size_t len, warta_span span)
{
    if (span.len == 0)
        return NULL;
    size_t need = warta_span_text(text, len, span, NULL, 0) + 1;
    char *copy = malloc(need);
    if (copy)
        warta_span_text(text, len, span, copy, need);
    return copy;
}

static void show(const char *name, const char *text, size_t len, warta_span span)
{
    if (span.len == 0) {
        printf("%s: absent\n", name);
        return;
    }
    if (!span_inside(span, len)) {
        printf("%s: outside this buffer (an article of another text?)\n", name);
        return;
    }
    char *copy = folded_copy(text, len, span);
    char small[SMALL_BUFFER];
    size_t full = warta_span_text(text, len, span, small, sizeof small);
    printf("%s: bytes %u..%u\n", name, (unsigned)span.off, (unsigned)(span.off + span.len));
    printf("  raw:    [%.*s]\n", (int)span.len, text + span.off);
    printf("  folded: [%s]\n", copy ? copy : "(out of memory)");
    printf("  in %d bytes: [%s]%s\n", SMALL_BUFFER, small,
           full >= sizeof small ? " (cut: the text is longer)" : "");
    free(copy);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: spans FILE\n");
        return 2;
    }
    long got = read_input(argv[1]);
    if (got < 0)
        return 1;
    size_t len = (size_t)got;
    warta_status status = warta_parse(input, len, NULL, &article);
    if (status != WARTA_OK) {
        fprintf(stderr, "warta: %s\n", warta_status_message(status));
        return 1;
    }
    /* Entries past a list's count are not part of the result: check the count first. */
    const warta_span absent = {0, 0};
    show("title", input, len, article.title);
    show("dateline", input, len, article.dateline);
    show("author_code", input, len, article.author_code);
    show("first author", input, len, article.author_count > 0 ? article.authors[0] : absent);
    show("first caption's credit", input, len,
         article.caption_count > 0 ? article.captions[0].credit : absent);
    if (article.flags & (WARTA_FLAG_NUL_BYTES | WARTA_FLAG_INVALID_UTF8))
        printf("raw bytes hold NUL or invalid UTF-8: print the folded text, or escape them\n");
    return 0;
}
