/* The shared invariant checks and the AFL++ and replay drivers of the fuzz targets. */
#if defined(WARTA_FUZZ_REPLAY) || defined(WARTA_FUZZ_AFL)
#define _POSIX_C_SOURCE 200809L /* opendir, readdir; read for AFL++'s macros */
#endif

#include "common.h"

#include <string.h>

/* A pattern no parse leaves behind: every field must be overwritten. */
#define FUZZ_STALE_BYTE 0xA5

const char *fuzz_input_name;

void fuzz_fail(const char *what, const char *file, int line)
{
    fprintf(stderr, "warta invariant broken: %s (%s:%d)\n", what, file, line);
    if (fuzz_input_name)
        fprintf(stderr, "input: %s\n", fuzz_input_name);
    abort();
}

void fuzz_fence_result(fuzz_fenced_article *fenced)
{
    memset(fenced->before, FUZZ_CANARY_BYTE, sizeof fenced->before);
    memset(&fenced->article, FUZZ_STALE_BYTE, WARTA_ARTICLE_RESULT_BYTES);
    memset(fenced->after, FUZZ_CANARY_BYTE, sizeof fenced->after);
}

void fuzz_fence(fuzz_fenced_article *fenced)
{
    fuzz_fence_result(fenced);
    memset((unsigned char *)&fenced->article + WARTA_ARTICLE_RESULT_BYTES, FUZZ_STALE_BYTE,
           sizeof fenced->article - WARTA_ARTICLE_RESULT_BYTES);
}

void fuzz_check_fence(const fuzz_fenced_article *fenced)
{
    for (size_t i = 0; i < FUZZ_CANARY_SIZE; i++) {
        CHECK(fenced->before[i] == FUZZ_CANARY_BYTE, "2: no write before the article");
        CHECK(fenced->after[i] == FUZZ_CANARY_BYTE, "2: no write after the article");
    }
}

uint32_t fuzz_count_of(const warta_article *a, warta_field field)
{
    const uint32_t counts[WARTA_FIELD_COUNT] = {
        a->author_count,    a->editor_count,    a->source_count,
        a->paragraph_count, a->caption_count,   a->read_also_count,
        a->related_count,   a->quote_count,     a->date_count};
    return counts[field];
}

uint32_t fuzz_limit_of(const warta_options *options, warta_field field)
{
    uint32_t capacity = warta_capacity(field);
    if (!options || options->limit[field] > capacity)
        return capacity;
    return options->limit[field];
}

/* The first entry of a list and one entry's size, for prefix comparisons. */
static const void *entries_of(const warta_article *a, warta_field field, size_t *size)
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
    CHECK(span.off <= len && span.len <= len - span.off, "3: span inside the input");
}

void fuzz_check_time(const warta_time *t)
{
    CHECK(t->precision <= WARTA_PREC_SECOND, "4: time precision");
    if (t->precision == WARTA_PREC_NONE) {
        CHECK(t->year == 0 && t->has_zone == 0 && t->zone_minutes == 0, "4: an absent time is zero");
        return;
    }
    CHECK(t->year >= FUZZ_YEAR_MIN && t->year <= FUZZ_YEAR_MAX, "4: year in range");
    CHECK(t->precision >= WARTA_PREC_MONTH ? t->month >= 1 && t->month <= FUZZ_MONTHS : t->month == 0,
          "4: month");
    CHECK(t->precision >= WARTA_PREC_DAY ? t->day >= 1 && t->day <= FUZZ_DAYS_MAX : t->day == 0,
          "4: day");
    if (t->precision >= WARTA_PREC_MINUTE)
        CHECK(t->hour < FUZZ_HOURS && t->minute < FUZZ_MINUTES, "4: hour and minute");
    else
        CHECK(t->hour == 0 && t->minute == 0, "4: no clock below minute precision");
    CHECK(t->precision == WARTA_PREC_SECOND ? t->second < FUZZ_SECONDS : t->second == 0, "4: second");
    CHECK(t->has_zone <= 1 && (t->has_zone || t->zone_minutes == 0), "4: no zone, no offset");
    CHECK(t->zone_minutes >= -FUZZ_ZONE_MAX_MINUTES && t->zone_minutes <= FUZZ_ZONE_MAX_MINUTES,
          "4: zone within UTC-14..+14");
}

void fuzz_check_article(const warta_article *a, size_t len, const warta_options *options)
{
    for (int f = 0; f < WARTA_FIELD_COUNT; f++) {
        uint32_t limit = fuzz_limit_of(options, (warta_field)f);
        CHECK(fuzz_count_of(a, (warta_field)f) <= limit, "4: count within its limit");
        CHECK(a->dropped[f] == 0 || fuzz_count_of(a, (warta_field)f) == limit,
              "4: dropped only from a full list");
        size_t size;
        const unsigned char *entries = entries_of(a, (warta_field)f, &size);
        size_t end = warta_capacity((warta_field)f) * size;
        for (size_t k = fuzz_count_of(a, (warta_field)f) * size; k < end; k++)
            CHECK(entries[k] == 0, "4: entries past a count are zero");
    }
    check_span(a->title, len);
    check_span(a->dateline, len);
    check_span(a->author_code, len);
    fuzz_check_time(&a->published);
    fuzz_check_time(&a->updated);
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
        CHECK(a->related[i].age.unit != WARTA_AGE_NONE || a->related[i].age.value == 0,
              "no age unit, no value");
    }
    for (uint32_t i = 0; i < a->quote_count; i++) {
        check_span(a->quotes[i].text, len);
        check_span(a->quotes[i].speaker, len);
        CHECK(a->quotes[i].paragraph < a->paragraph_count, "quote in a listed paragraph");
    }
    for (uint32_t i = 0; i < a->date_count; i++) {
        check_span(a->dates[i].text, len);
        fuzz_check_time(&a->dates[i].value);
    }
    CHECK((a->flags & ~(uint32_t)(WARTA_FLAG_INVALID_UTF8 | WARTA_FLAG_NUL_BYTES)) == 0,
          "only known flags");
}

void fuzz_check_prefix(const warta_article *small, const warta_article *large)
{
    for (int f = 0; f < WARTA_FIELD_COUNT; f++) {
        size_t size;
        const void *got = entries_of(small, (warta_field)f, &size);
        const void *expected = entries_of(large, (warta_field)f, &size);
        uint32_t n = fuzz_count_of(small, (warta_field)f);
        CHECK(n <= fuzz_count_of(large, (warta_field)f), "9: no more entries at lower limits");
        CHECK(memcmp(got, expected, n * size) == 0, "9: a prefix of the larger parse");
    }
}

uint64_t fuzz_hash(const uint8_t *data, size_t size)
{
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < size; i++)
        h = (h ^ data[i]) * 1099511628211u;
    return h;
}

#if defined(WARTA_FUZZ_AFL) || defined(WARTA_FUZZ_REPLAY)
/* The input in a heap block of exactly its size, so ASan sees a one-byte over-read. */
static void run_exact(const uint8_t *data, size_t size)
{
    uint8_t *exact = malloc(size ? size : 1);
    CHECK(exact != NULL, "memory for one input");
    if (size > 0)
        memcpy(exact, data, size);
    LLVMFuzzerTestOneInput(exact, size);
    free(exact);
}
#endif

#if defined(WARTA_FUZZ_AFL)
/* Inputs per forked process in AFL++'s persistent mode. */
#define AFL_PERSISTENT_RUNS 10000

#include <unistd.h>

__AFL_FUZZ_INIT()

int main(void)
{
    __AFL_INIT();
    const unsigned char *buf = __AFL_FUZZ_TESTCASE_BUF;
    while (__AFL_LOOP(AFL_PERSISTENT_RUNS))
        run_exact(buf, (size_t)__AFL_FUZZ_TESTCASE_LEN);
    return 0;
}
#elif defined(WARTA_FUZZ_REPLAY)
#include <dirent.h>

/* Longest path the replay builds from a directory and a file name. */
#define REPLAY_PATH_MAX 4096

/* Runs one file; returns 1, or 0 when it cannot be read. */
static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        return 0;
    }
    uint8_t *data = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len == cap) {
            cap = cap ? cap * 2 : BUFSIZ;
            uint8_t *grown = realloc(data, cap);
            CHECK(grown != NULL, "memory for one input");
            data = grown;
        }
        size_t got = fread(data + len, 1, cap - len, f);
        if (got == 0)
            break;
        len += got;
    }
    fclose(f);
    fuzz_input_name = path;
    run_exact(data, len);
    fuzz_input_name = NULL;
    free(data);
    return 1;
}

int main(int argc, char **argv)
{
    int files = 0, missing = 0;
    for (int i = 1; i < argc; i++) {
        DIR *dir = opendir(argv[i]);
        if (!dir) {
            int ok = replay_file(argv[i]);
            files += ok;
            missing += !ok;
            continue;
        }
        struct dirent *entry;
        while ((entry = readdir(dir)) != NULL) {
            char path[REPLAY_PATH_MAX];
            if (entry->d_name[0] == '.')
                continue;
            snprintf(path, sizeof path, "%s/%s", argv[i], entry->d_name);
            files += replay_file(path);
        }
        closedir(dir);
    }
    printf("%d inputs replayed\n", files);
    return files > 0 && missing == 0 ? 0 : 1;
}
#endif
