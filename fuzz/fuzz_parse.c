/* Target "parse": warta_parse on any bytes, checked against docs/SECURITY.md:
 * WARTA_OK, spans inside the input, counts within capacity, no write outside
 * the article, the same article twice and at another address, and the
 * span and time formatters within their buffers. */
#include "common.h"

#include <string.h>

/* Room for any folded span of a -max_len input plus its NUL. */
#define SPAN_TEXT_ROOM (256 * 1024)
/* A second, short buffer: a cut must stay inside it and end in a NUL. */
#define SPAN_TEXT_SHORT 16
/* How far the moved copy of the input is shifted. */
#define ADDRESS_SHIFT 7

static fuzz_fenced_article first, second;
static char folded[SPAN_TEXT_ROOM], cut[SPAN_TEXT_SHORT + 1];

/* warta_span_text never writes past cap, always ends in a NUL, and a cut
 * result is a prefix of the whole one. */
static void check_span_text(const char *text, size_t len, warta_span span)
{
    size_t n = warta_span_text(text, len, span, folded, sizeof folded);
    if (n >= sizeof folded)
        return;
    CHECK(strlen(folded) == n, "5: span_text returns the folded length");
    CHECK(n == 0 || (folded[0] != ' ' && folded[n - 1] != ' '), "span_text trims");
    cut[SPAN_TEXT_SHORT] = 'x';
    size_t m = warta_span_text(text, len, span, cut, SPAN_TEXT_SHORT);
    CHECK(m == n, "span_text length independent of cap");
    CHECK(cut[SPAN_TEXT_SHORT] == 'x', "span_text within cap");
    size_t kept = strlen(cut);
    CHECK(kept < SPAN_TEXT_SHORT && memcmp(cut, folded, kept) == 0, "a cut is a prefix");
}

static void check_time_iso(const warta_time *t)
{
    char iso[WARTA_ISO_SIZE];
    size_t n = warta_time_iso(t, iso);
    CHECK(n < WARTA_ISO_SIZE && strlen(iso) == n, "time_iso within WARTA_ISO_SIZE");
    CHECK((n == 0) == (t->precision == WARTA_PREC_NONE), "time_iso prints every parsed time");
}

static void check_formatters(const warta_article *a, const char *text, size_t len)
{
    char iso[WARTA_ISO_SIZE];
    check_span_text(text, len, a->title);
    check_span_text(text, len, a->dateline);
    check_span_text(text, len, a->author_code);
    for (uint32_t i = 0; i < a->paragraph_count; i++)
        check_span_text(text, len, a->paragraphs[i]);
    for (uint32_t i = 0; i < a->quote_count; i++)
        check_span_text(text, len, a->quotes[i].speaker);
    check_time_iso(&a->published);
    check_time_iso(&a->updated);
    for (uint32_t i = 0; i < a->date_count; i++)
        check_time_iso(&a->dates[i].value);
    for (uint32_t i = 0; i < a->related_count; i++) {
        size_t n = warta_age_iso(&a->related[i].age, iso);
        CHECK(n < WARTA_ISO_SIZE && strlen(iso) == n, "age_iso within WARTA_ISO_SIZE");
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    fuzz_fence(&first);
    CHECK(warta_parse(text, size, NULL, &first.article) == WARTA_OK, "WARTA_OK for any bytes");
    fuzz_check_fence(&first);
    fuzz_check_article(&first.article, size, NULL);
    int has_nul = size > 0 && memchr(text, '\0', size) != NULL;
    CHECK(has_nul == !!(first.article.flags & WARTA_FLAG_NUL_BYTES), "NUL flag iff a NUL byte");

    /* Invariant 5: the same bytes at another address give the same article. */
    char *moved = malloc(size + ADDRESS_SHIFT);
    CHECK(moved != NULL, "memory for the moved copy");
    memcpy(moved + ADDRESS_SHIFT, data, size);
    fuzz_fence(&second);
    CHECK(warta_parse(moved + ADDRESS_SHIFT, size, NULL, &second.article) == WARTA_OK, "WARTA_OK again");
    fuzz_check_fence(&second);
    CHECK(memcmp(&first.article, &second.article, WARTA_ARTICLE_RESULT_BYTES) == 0,
          "5: the same article twice");
    free(moved);

    check_formatters(&first.article, text, size);
    return 0;
}
