/* Target "paths": invariant 10 of docs/SECURITY.md. The library built each other
 * way it can be (the SSE2 and the portable word counters, its own memchr and
 * memset, block memos of 0 and 3 slots) gives the article this build gives,
 * byte for byte, with no limits or with small ones. Each variant is the whole
 * library compiled with its definition (path-variants.txt) and joined into one
 * object whose only global symbol is its warta_parse, renamed
 * warta_parse_<variant> (join-variant.sh). */
#include "common.h"

#include <stddef.h>
#include <string.h>

warta_status warta_parse_sse2(const char *text, size_t len, const warta_options *options,
                              warta_article *article);
warta_status warta_parse_portable(const char *text, size_t len, const warta_options *options,
                                  warta_article *article);
warta_status warta_parse_nolibc(const char *text, size_t len, const warta_options *options,
                                warta_article *article);
warta_status warta_parse_memo0(const char *text, size_t len, const warta_options *options,
                               warta_article *article);
warta_status warta_parse_memo3(const char *text, size_t len, const warta_options *options,
                               warta_article *article);

typedef warta_status (*parse_fn)(const char *, size_t, const warta_options *, warta_article *);

/* The memo variants write a shorter article, the same layout up to the memo. */
static const struct {
    const char *name;
    parse_fn parse;
} variants[] = {
    {"sse2 (WARTA_NO_AVX2)", warta_parse_sse2},
    {"portable (WARTA_NO_SIMD)", warta_parse_portable},
    {"nolibc (WARTA_NO_LIBC)", warta_parse_nolibc},
    {"memo0 (WARTA_MAX_BLOCK_MEMO=0)", warta_parse_memo0},
#if WARTA_MAX_BLOCK_MEMO >= 3
    {"memo3 (WARTA_MAX_BLOCK_MEMO=3)", warta_parse_memo3},
#endif
};

/* The result's bytes: all of the article but the memo, working memory. */
#if WARTA_MAX_BLOCK_MEMO > 0
#define RESULT_BYTES offsetof(warta_article, block_memo)
#else
#define RESULT_BYTES sizeof(warta_article)
#endif

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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    warta_options limits;
    const warta_options *options = small_limits(data, size, &limits);
    fuzz_fence(&reference);
    CHECK(warta_parse(text, size, options, &reference.article) == WARTA_OK, "WARTA_OK for any bytes");
    const warta_article *r = &reference.article;
    for (size_t v = 0; v < sizeof variants / sizeof variants[0]; v++) {
        fuzz_fence(&other);
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
        if (memcmp(x, y, RESULT_BYTES) != 0) {
            size_t at = 0;
            while (x[at] == y[at])
                at++;
            report(variants[v].name, at);
        }
    }
    return 0;
}
