/* Target "paths": invariant 10 of docs/SECURITY.md. The library built each other
 * way it can be (the SSE2 and the portable word counters, its own memchr and
 * memset, block memos of 0 and 3 slots) gives the article this build gives,
 * byte for byte, with no limits or with small ones, and the same dates match by
 * match. Every build parses over the block memo the input before left, which
 * the memo of 0 does not have. Each variant is the whole library compiled with its definition
 * (path-variants.txt) and joined into one object whose only global symbols are
 * its warta_parse and warta_find_date, renamed X_<variant> (join-variant.sh). */
#include "common.h"
#include "dates.h"

#include <stddef.h>
#include <string.h>

/* A variant's entry points: warta_parse and warta_find_date, renamed. */
#define VARIANT(name)                                                                     \
    warta_status warta_parse_##name(const char *text, size_t len, const warta_options *options, \
                                    warta_article *article);                              \
    int warta_find_date_##name(const char *s, size_t len, size_t from, int year_hint,     \
                               warta_date_match *match)
VARIANT(sse2);
VARIANT(portable);
VARIANT(nolibc);
VARIANT(memo0);
VARIANT(memo3);

typedef warta_status (*parse_fn)(const char *, size_t, const warta_options *, warta_article *);
typedef int (*find_date_fn)(const char *, size_t, size_t, int, warta_date_match *);

/* The memo variants write a shorter article, the same layout up to the memo; the memo
 * does not reach the date search, so their dates are not compared again. */
#define ENTRIES(name) warta_parse_##name, warta_find_date_##name
static const struct {
    const char *name;
    parse_fn parse;
    find_date_fn find_date;
    int own_dates;
} variants[] = {
    {"sse2 (WARTA_NO_AVX2)", ENTRIES(sse2), 1},
    {"portable (WARTA_NO_SIMD)", ENTRIES(portable), 1},
    {"nolibc (WARTA_NO_LIBC)", ENTRIES(nolibc), 1},
    {"memo0 (WARTA_MAX_BLOCK_MEMO=0)", ENTRIES(memo0), 0},
#if WARTA_MAX_BLOCK_MEMO >= 3
    {"memo3 (WARTA_MAX_BLOCK_MEMO=3)", ENTRIES(memo3), 0},
#endif
};

static fuzz_fenced_article reference, other;

/* Bits of the input's hash that set one list's limit under small_limits. */
#define LIMIT_BITS 3

/* Every other input parses with small limits, the same in every build, so that full
 * lists and their drops go through each build too; the others with none. */
static const warta_options *small_limits(const uint8_t *data, size_t size, warta_options *options)
{
    uint64_t h = fuzz_hash(data, size);
    if (!(h & 1u))
        return NULL;
    warta_options_init(options);
    for (int f = 0; f < WARTA_FIELD_COUNT; f++)
        options->limit[f] = (uint32_t)(h >> (1 + LIMIT_BITS * f)) & ((1u << LIMIT_BITS) - 1u);
    return options;
}

/* Each variant points into its own copy of the tables: the same text counts, then
 * the pointer is the reference's, so that the rest compares byte for byte. */
static int same_name(const char **mine, const char *reference_name)
{
    if ((*mine == NULL) != (reference_name == NULL))
        return 0;
    if (*mine && strcmp(*mine, reference_name) != 0)
        return 0;
    *mine = reference_name;
    return 1;
}

/* The article's fields in order, to name the one a differing byte lies in. */
#define FIELD(name) {offsetof(warta_article, name), #name}
static const struct {
    size_t offset;
    const char *name;
} fields[] = {
    FIELD(title), FIELD(published), FIELD(updated), FIELD(outlet), FIELD(dateline),
    FIELD(author_code), FIELD(author_count), FIELD(authors), FIELD(editor_count),
    FIELD(editors), FIELD(source_count), FIELD(sources), FIELD(paragraph_count),
    FIELD(paragraphs), FIELD(caption_count), FIELD(captions), FIELD(read_also_count),
    FIELD(read_also), FIELD(related_count), FIELD(related), FIELD(quote_count),
    FIELD(quotes), FIELD(date_count), FIELD(dates), FIELD(dropped), FIELD(flags),
};

/* Room for report's message. */
#define REPORT_ROOM 192

static void report(const char *variant, size_t at)
{
    size_t k = 0;
    while (k + 1 < sizeof fields / sizeof fields[0] && fields[k + 1].offset <= at)
        k++;
    char message[REPORT_ROOM];
    snprintf(message, sizeof message, "10: %s gives another article: %s differs (byte %zu of the article)",
             variant, fields[k].name, at);
    fuzz_fail(message, __FILE__, __LINE__);
}

/* The year hint of the date search: 2016, or none (dates without a year are then not
 * read), by the hash bit after those small_limits reads. */
#define HINT_YEAR 2016
#define HINT_BIT (1 + LIMIT_BITS * WARTA_FIELD_COUNT)

/* warta_find_date match by match over the whole input, as a paragraph's dates are read:
 * the same matches in every build. */
static void compare_dates(const char *text, size_t size, int hint)
{
    warta_date_match mine, theirs;
    for (size_t v = 0; v < sizeof variants / sizeof variants[0]; v++) {
        if (!variants[v].own_dates)
            continue;
        size_t from = 0;
        for (;;) {
            int found = warta_find_date(text, size, from, hint, &mine);
            if (variants[v].find_date(text, size, from, hint, &theirs) != found ||
                (found && memcmp(&mine, &theirs, sizeof mine) != 0)) {
                char message[REPORT_ROOM];
                snprintf(message, sizeof message, "10: %s finds another date from byte %zu",
                         variants[v].name, from);
                fuzz_fail(message, __FILE__, __LINE__);
            }
            if (!found)
                break;
            from = mine.end > from ? mine.end : from + 1;
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    warta_options limits;
    const warta_options *options = small_limits(data, size, &limits);
    fuzz_fence_result(&reference);
    CHECK(warta_parse(text, size, options, &reference.article) == WARTA_OK, "WARTA_OK for any bytes");
    const warta_article *r = &reference.article;
    for (size_t v = 0; v < sizeof variants / sizeof variants[0]; v++) {
        fuzz_fence_result(&other);
        CHECK(variants[v].parse(text, size, options, &other.article) == WARTA_OK,
              "WARTA_OK in every build");
        fuzz_check_fence(&other);
        warta_article *a = &other.article;
        if (!same_name(&a->outlet, r->outlet))
            report(variants[v].name, offsetof(warta_article, outlet));
        for (uint32_t i = 0; i < r->quote_count && i < a->quote_count; i++)
            if (!same_name(&a->quotes[i].verb, r->quotes[i].verb))
                report(variants[v].name, offsetof(warta_article, quotes) + i * sizeof r->quotes[0] +
                                             offsetof(warta_quote, verb));
        const unsigned char *x = (const unsigned char *)r, *y = (const unsigned char *)a;
        if (memcmp(x, y, WARTA_ARTICLE_RESULT_BYTES) != 0) {
            size_t at = 0;
            while (x[at] == y[at])
                at++;
            report(variants[v].name, at);
        }
    }
    compare_dates(text, size, (fuzz_hash(data, size) >> HINT_BIT) & 1u ? HINT_YEAR : 0);
    return 0;
}
