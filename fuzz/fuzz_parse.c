/* Fuzz target for warta_parse that asserts the header's promises, not just
 * "no crash": every span inside the input, every count within its limit,
 * dropped[] consistent, the same article twice, and a parse at smaller
 * limits (drawn from a hash of the input) an exact prefix of the full one.
 *
 * Built with clang -fsanitize=fuzzer (WARTA_BUILD_FUZZ), or with
 * -DWARTA_FUZZ_REPLAY as a plain program that replays the files and
 * directories named on its command line, as ctest does. */
#ifdef WARTA_FUZZ_REPLAY
#define _POSIX_C_SOURCE 200809L /* opendir, readdir */
#endif

#include "warta.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond, what)                                                                \
    do {                                                                                 \
        if (!(cond)) {                                                                   \
            fprintf(stderr, "warta invariant broken: %s (%s:%d)\n", what, __FILE__, __LINE__); \
            abort();                                                                     \
        }                                                                                \
    } while (0)

/* Small limits find the edge cases; the capacity itself is the other edge. */
static const uint32_t limit_choices[] = {0, 1, 2, 3, 5, UINT32_MAX};
#define LIMIT_CHOICES (sizeof limit_choices / sizeof limit_choices[0])

static warta_article full, again, limited;

static uint32_t count_of(const warta_article *a, int field)
{
    const uint32_t counts[WARTA_FIELD_COUNT] = {
        a->author_count,    a->editor_count,    a->source_count,
        a->paragraph_count, a->caption_count,   a->read_also_count,
        a->related_count,   a->quote_count,     a->date_count};
    return counts[field];
}

/* The first entry of a list and one entry's size, for prefix comparisons. */
static const void *entries_of(const warta_article *a, int field, size_t *size)
{
    switch (field) {
    case WARTA_FIELD_AUTHORS: *size = sizeof a->authors[0]; return a->authors;
    case WARTA_FIELD_EDITORS: *size = sizeof a->editors[0]; return a->editors;
    case WARTA_FIELD_SOURCES: *size = sizeof a->sources[0]; return a->sources;
    case WARTA_FIELD_PARAGRAPHS: *size = sizeof a->paragraphs[0]; return a->paragraphs;
    case WARTA_FIELD_CAPTIONS: *size = sizeof a->captions[0]; return a->captions;
    case WARTA_FIELD_READ_ALSO: *size = sizeof a->read_also[0]; return a->read_also;
    case WARTA_FIELD_RELATED: *size = sizeof a->related[0]; return a->related;
    case WARTA_FIELD_QUOTES: *size = sizeof a->quotes[0]; return a->quotes;
    default: *size = sizeof a->dates[0]; return a->dates;
    }
}

static void check_span(warta_span span, size_t len)
{
    CHECK(span.off <= len && span.len <= len - span.off, "span inside the input");
}

static void check_article(const warta_article *a, size_t len, const warta_options *options)
{
    for (int f = 0; f < WARTA_FIELD_COUNT; f++) {
        uint32_t limit = warta_capacity((warta_field)f);
        if (options->limit[f] < limit)
            limit = options->limit[f];
        CHECK(count_of(a, f) <= limit, "count within its limit");
        CHECK(a->dropped[f] == 0 || count_of(a, f) == limit, "dropped only from a full list");
    }
    check_span(a->title, len);
    check_span(a->dateline, len);
    check_span(a->author_code, len);
    CHECK(a->published.precision <= WARTA_PREC_SECOND, "published precision");
    CHECK(a->updated.precision <= WARTA_PREC_SECOND, "updated precision");
    for (uint32_t i = 0; i < a->author_count; i++)
        check_span(a->authors[i], len);
    for (uint32_t i = 0; i < a->editor_count; i++)
        check_span(a->editors[i], len);
    for (uint32_t i = 0; i < a->source_count; i++)
        check_span(a->sources[i], len);
    for (uint32_t i = 0; i < a->paragraph_count; i++)
        check_span(a->paragraphs[i], len);
    for (uint32_t i = 0; i < a->caption_count; i++) {
        check_span(a->captions[i].text, len);
        check_span(a->captions[i].credit, len);
    }
    for (uint32_t i = 0; i < a->read_also_count; i++)
        check_span(a->read_also[i], len);
    for (uint32_t i = 0; i < a->related_count; i++) {
        check_span(a->related[i].title, len);
        check_span(a->related[i].teaser, len);
        CHECK(a->related[i].age.unit <= WARTA_AGE_YEARS, "related age unit");
    }
    for (uint32_t i = 0; i < a->quote_count; i++) {
        check_span(a->quotes[i].text, len);
        check_span(a->quotes[i].speaker, len);
        CHECK(a->quotes[i].paragraph < a->paragraph_count, "quote in a listed paragraph");
    }
    for (uint32_t i = 0; i < a->date_count; i++) {
        check_span(a->dates[i].text, len);
        CHECK(a->dates[i].value.precision <= WARTA_PREC_SECOND, "date precision");
    }
    CHECK((a->flags & ~(uint32_t)(WARTA_FLAG_INVALID_UTF8 | WARTA_FLAG_NUL_BYTES)) == 0,
          "only known flags");
}

/* FNV-1a: the same input always gets the same limits. */
static uint64_t input_hash(const uint8_t *data, size_t size)
{
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < size; i++)
        h = (h ^ data[i]) * 1099511628211u;
    return h;
}

static uint32_t clamp_to_capacity(uint32_t limit, int field)
{
    uint32_t capacity = warta_capacity((warta_field)field);
    return limit < capacity ? limit : capacity;
}

/* Every list of the limited parse is a prefix of the full parse's. */
static void check_prefixes(void)
{
    for (int f = 0; f < WARTA_FIELD_COUNT; f++) {
        size_t size;
        const void *got = entries_of(&limited, f, &size);
        const void *expected = entries_of(&full, f, &size);
        CHECK(count_of(&limited, f) <= count_of(&full, f), "no more entries at lower limits");
        CHECK(memcmp(got, expected, count_of(&limited, f) * size) == 0,
              "a prefix of the full parse");
    }
}

/* One list lowered, the others at capacity: that list holds exactly
 * min(limit, found) entries and counts the rest as dropped. */
static void check_one_limit(const char *text, size_t size, int field, uint32_t limit)
{
    warta_options options;
    warta_options_init(&options);
    options.limit[field] = limit;
    CHECK(warta_parse(text, size, &options, &limited) == WARTA_OK, "WARTA_OK at a lower limit");
    check_article(&limited, size, &options);
    check_prefixes();
    uint32_t found = count_of(&full, field) + full.dropped[field];
    uint32_t want = clamp_to_capacity(limit, field) < found ? clamp_to_capacity(limit, field) : found;
    if (count_of(&limited, field) != want || limited.dropped[field] != found - want)
        fprintf(stderr, "%s at limit %u: %u entries + %u dropped; found %u at the capacity\n",
                warta_field_name((warta_field)field), limit, count_of(&limited, field),
                limited.dropped[field], found);
    CHECK(count_of(&limited, field) == want, "count = min(limit, found)");
    CHECK(limited.dropped[field] == found - want, "dropped = found - count");
}

/* Every list lowered at once: lists still only shrink to prefixes. */
static void check_all_limits(const char *text, size_t size, uint64_t h)
{
    warta_options options;
    for (int f = 0; f < WARTA_FIELD_COUNT; f++, h /= LIMIT_CHOICES)
        options.limit[f] = limit_choices[h % LIMIT_CHOICES];
    CHECK(warta_parse(text, size, &options, &limited) == WARTA_OK, "WARTA_OK at lower limits");
    check_article(&limited, size, &options);
    check_prefixes();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    warta_options capacities;
    warta_options_init(&capacities);
    CHECK(warta_parse(text, size, NULL, &full) == WARTA_OK, "WARTA_OK for any bytes");
    check_article(&full, size, &capacities);
    memset(&again, 0xA5, sizeof again);
    CHECK(warta_parse(text, size, NULL, &again) == WARTA_OK, "WARTA_OK again");
    CHECK(memcmp(&full, &again, sizeof full) == 0, "the same article twice");

    uint64_t h = input_hash(data, size);
#ifdef WARTA_FUZZ_REPLAY
    /* Replays are few: try every list at every limit. */
    for (int f = 0; f < WARTA_FIELD_COUNT; f++)
        for (size_t k = 0; k < LIMIT_CHOICES; k++)
            check_one_limit(text, size, f, limit_choices[k]);
#else
    check_one_limit(text, size, (int)(h % WARTA_FIELD_COUNT),
                    limit_choices[(h / WARTA_FIELD_COUNT) % LIMIT_CHOICES]);
#endif
    check_all_limits(text, size, h);
    return 0;
}

#ifdef WARTA_FUZZ_REPLAY
#include <dirent.h>

/* Reads one file into a buffer of exactly its size, so ASan sees an over-read. */
static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    uint8_t *data = NULL;
    size_t len = 0, cap = 0;
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        return 0;
    }
    for (;;) {
        if (len == cap) {
            uint8_t *grown = realloc(data, cap = cap ? cap * 2 : BUFSIZ);
            if (!grown)
                abort();
            data = grown;
        }
        size_t got = fread(data + len, 1, cap - len, f);
        if (got == 0)
            break;
        len += got;
    }
    fclose(f);
    uint8_t *exact = malloc(len ? len : 1);
    if (!exact)
        abort();
    memcpy(exact, data, len);
    free(data);
    LLVMFuzzerTestOneInput(exact, len);
    free(exact);
    return 1;
}

int main(int argc, char **argv)
{
    int files = 0;
    for (int i = 1; i < argc; i++) {
        DIR *dir = opendir(argv[i]);
        if (!dir) {
            files += replay_file(argv[i]);
            continue;
        }
        struct dirent *entry;
        while ((entry = readdir(dir)) != NULL) {
            char path[4096];
            if (entry->d_name[0] == '.')
                continue;
            snprintf(path, sizeof path, "%s/%s", argv[i], entry->d_name);
            files += replay_file(path);
        }
        closedir(dir);
    }
    printf("%d inputs replayed\n", files);
    return files > 0 ? 0 : 1;
}
#endif
