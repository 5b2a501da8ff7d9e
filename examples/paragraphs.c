/* Walking the body: each paragraph in order, the quotes found in it, then the
 * captions, and how many paragraphs did not fit. Usage: paragraphs FILE */
#include <stdio.h>

#include "warta.h"

/* Inputs up to 1 MiB, in a static buffer: no allocation in this example either. */
#define MAX_INPUT ((size_t)1 << 20)
/* Each paragraph is shown up to this many bytes of folded text. */
#define SHOWN_BYTES 72

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

/* Prints a span folded to one line, cut to SHOWN_BYTES with "..." when longer. */
static void print_folded(const char *text, size_t len, warta_span span)
{
    char shown[SHOWN_BYTES + 1];
    size_t full = warta_span_text(text, len, span, shown, sizeof shown);
    printf("%s%s\n", shown, full >= sizeof shown ? "..." : "");
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: paragraphs FILE\n");
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

    for (uint32_t p = 0; p < article.paragraph_count; p++) {
        printf("[%u] ", (unsigned)p);
        print_folded(input, len, article.paragraphs[p]);
        /* Quotes name their paragraph by index, so one pass over them per paragraph finds its own. */
        for (uint32_t q = 0; q < article.quote_count; q++) {
            const warta_quote *quote = &article.quotes[q];
            if (quote->paragraph != p)
                continue;
            printf("    quote (%s) by ", quote->verb ? quote->verb : "no verb");
            print_folded(input, len, quote->speaker);
        }
    }
    for (uint32_t c = 0; c < article.caption_count; c++) {
        printf("caption: ");
        print_folded(input, len, article.captions[c].text);
        printf("  credit: ");
        print_folded(input, len, article.captions[c].credit);
    }
    printf("%u paragraphs, %u past the capacity of %u\n", (unsigned)article.paragraph_count,
           (unsigned)article.dropped[WARTA_FIELD_PARAGRAPHS],
           (unsigned)warta_capacity(WARTA_FIELD_PARAGRAPHS));
    return 0;
}
