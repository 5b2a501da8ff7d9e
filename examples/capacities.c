/* Choosing capacities. Each list of warta_article has a compile-time capacity
 * (WARTA_MAX_*, which also sets sizeof(warta_article)); warta_options lowers
 * any of them for one call. A full list never stops the parse: it counts what
 * it dropped, so count + dropped at full capacities is what the article holds
 * (for sources, the most it holds: past WARTA_MAX_SOURCES distinct ones, a
 * repeat is counted each time),
 * and a parse at lower limits is an exact prefix of one at higher limits.
 * Quotes and dates are looked for in the paragraphs kept only: a lower
 * paragraph limit finds fewer of them, and does not count those as dropped.
 * Usage: capacities FILE */
#include <stdio.h>
#include <string.h>

#include "warta.h"

/* Inputs up to 1 MiB, in a static buffer. */
#define MAX_INPUT ((size_t)1 << 20)
/* The limits of the lowered parse: a teaser of a few paragraphs and one quote. */
#define TEASER_PARAGRAPHS 3
#define TEASER_QUOTES 1

static char input[MAX_INPUT];
static warta_article full, teaser;

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

static uint32_t count_of(const warta_article *a, warta_field field)
{
    switch (field) {
    case WARTA_FIELD_AUTHORS: return a->author_count;
    case WARTA_FIELD_EDITORS: return a->editor_count;
    case WARTA_FIELD_SOURCES: return a->source_count;
    case WARTA_FIELD_PARAGRAPHS: return a->paragraph_count;
    case WARTA_FIELD_CAPTIONS: return a->caption_count;
    case WARTA_FIELD_READ_ALSO: return a->read_also_count;
    case WARTA_FIELD_RELATED: return a->related_count;
    case WARTA_FIELD_QUOTES: return a->quote_count;
    case WARTA_FIELD_DATES: return a->date_count;
    case WARTA_FIELD_COUNT: break;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: capacities FILE\n");
        return 2;
    }
    long got = read_input(argv[1]);
    if (got < 0)
        return 1;
    size_t len = (size_t)got;

    /* The lowered parse: start from the capacities, then lower what the caller needs less of. */
    warta_options options;
    warta_options_init(&options);
    options.limit[WARTA_FIELD_PARAGRAPHS] = TEASER_PARAGRAPHS;
    options.limit[WARTA_FIELD_QUOTES] = TEASER_QUOTES;
    if (warta_parse(input, len, NULL, &full) != WARTA_OK ||
        warta_parse(input, len, &options, &teaser) != WARTA_OK) {
        fprintf(stderr, "warta: the parse failed\n");
        return 1;
    }

    printf("%-10s %8s %6s %6s %14s\n", "list", "capacity", "full", "limit", "kept+dropped");
    for (int f = 0; f < WARTA_FIELD_COUNT; f++) {
        warta_field field = (warta_field)f;
        printf("%-10s %8u %6u %6u %8u+%u\n", warta_field_name(field),
               (unsigned)warta_capacity(field), (unsigned)count_of(&full, field),
               (unsigned)options.limit[field], (unsigned)count_of(&teaser, field),
               (unsigned)teaser.dropped[field]);
    }

    /* The smallest capacities that would have kept all of this article. */
    printf("to keep everything of this article:");
    for (int f = 0; f < WARTA_FIELD_COUNT; f++) {
        warta_field field = (warta_field)f;
        printf(" %s=%u", warta_field_name(field),
               (unsigned)(count_of(&full, field) + full.dropped[field]));
    }
    printf("\n");

    int prefix = memcmp(teaser.paragraphs, full.paragraphs,
                        teaser.paragraph_count * sizeof teaser.paragraphs[0]) == 0 &&
                 memcmp(teaser.quotes, full.quotes, teaser.quote_count * sizeof teaser.quotes[0]) == 0;
    printf("the teaser's paragraphs and quotes are the first of the full parse: %s\n",
           prefix ? "yes" : "no");
    return 0;
}
