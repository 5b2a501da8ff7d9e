/* The three seed articles against tests/fixtures/golden, one test per key per
 * seed so that a failure names its key. Every key but quotes and dates is
 * exact; every golden quote (text, speaker) and date (text, value) must be
 * among the parse's, which may find more. */
#include "article_check.h"
#include "fixture_json.h"
#include "warta.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static warta_article article;
static char *text;
static size_t text_len;
static fixture_json *golden;

static void load_seed(const char *name)
{
    char relative[256];
    size_t golden_len;
    snprintf(relative, sizeof relative, "seeds/%s.txt", name);
    text = fixture_read_file(fixture_path(relative), &text_len);
    cr_assert_not_null(text, "cannot read %s", fixture_path(relative));
    snprintf(relative, sizeof relative, "golden/%s.json", name);
    char *json = fixture_read_file(fixture_path(relative), &golden_len);
    cr_assert_not_null(json, "cannot read %s", fixture_path(relative));
    golden = fixture_json_parse(json, golden_len);
    cr_assert_not_null(golden, "%s is not JSON the fixture reader understands", relative);
    free(json);
    cr_assert_eq(warta_parse(text, text_len, NULL, &article), WARTA_OK);
    article_check_invariants(&article, text_len, NULL);
}

/* The golden member key, which must be present with one of two types. */
static const fixture_json *want_member(const fixture_json *object, const char *key,
                                       fixture_json_type type, fixture_json_type or_type)
{
    const fixture_json *v = fixture_json_get(object, key);
    cr_assert_not_null(v, "golden has no key %s", key);
    cr_assert(v->type == type || v->type == or_type, "golden %s has type %d", key, v->type);
    return v;
}

/* A string or null: null matches an absent (or all-space) text. */
static void expect_string(const char *what, const char *got, const fixture_json *want)
{
    if (want->type == FIXTURE_JSON_NULL)
        cr_assert_str_empty(got, "%s: expected null, got \"%s\"", what, got);
    else
        cr_assert_str_eq(got, want->string, "%s:\n  expected \"%s\"\n  got      \"%s\"", what,
                         want->string, got);
}

static void expect_span(const char *what, warta_span span, const fixture_json *want)
{
    char *got = article_span_string(text, text_len, span);
    expect_string(what, got, want);
    free(got);
}

static void expect_time(const char *what, const warta_time *time, const fixture_json *want)
{
    char iso[WARTA_ISO_SIZE];
    size_t n = warta_time_iso(time, iso);
    expect_string(what, n ? iso : "", want);
}

static void expect_age(const char *what, const warta_age *age, const fixture_json *want)
{
    char iso[WARTA_ISO_SIZE];
    size_t n = warta_age_iso(age, iso);
    expect_string(what, n ? iso : "", want);
}

static void expect_count(const char *key, uint32_t got, const fixture_json *want)
{
    cr_assert_eq(got, want->count, "%s: expected %zu entries, got %u", key, want->count, got);
}

static void expect_span_list(const char *key, const warta_span *spans, uint32_t count)
{
    const fixture_json *want = want_member(golden, key, FIXTURE_JSON_ARRAY, FIXTURE_JSON_ARRAY);
    char what[64];
    for (uint32_t i = 0; i < count && i < want->count; i++) {
        snprintf(what, sizeof what, "%s[%u]", key, i);
        expect_span(what, spans[i], &want->items[i]);
    }
    expect_count(key, count, want);
}

static void check_title(void)
{
    expect_span("title", article.title,
                want_member(golden, "title", FIXTURE_JSON_STRING, FIXTURE_JSON_NULL));
}

static void check_published(void)
{
    expect_time("published", &article.published,
                want_member(golden, "published", FIXTURE_JSON_STRING, FIXTURE_JSON_NULL));
}

static void check_updated(void)
{
    expect_time("updated", &article.updated,
                want_member(golden, "updated", FIXTURE_JSON_STRING, FIXTURE_JSON_NULL));
}

static void check_outlet(void)
{
    expect_string("outlet", article.outlet ? article.outlet : "",
                  want_member(golden, "outlet", FIXTURE_JSON_STRING, FIXTURE_JSON_NULL));
}

static void check_dateline(void)
{
    expect_span("dateline", article.dateline,
                want_member(golden, "dateline", FIXTURE_JSON_STRING, FIXTURE_JSON_NULL));
}

static void check_author_code(void)
{
    expect_span("author_code", article.author_code,
                want_member(golden, "author_code", FIXTURE_JSON_STRING, FIXTURE_JSON_NULL));
}

static void check_authors(void) { expect_span_list("authors", article.authors, article.author_count); }
static void check_editors(void) { expect_span_list("editors", article.editors, article.editor_count); }
static void check_sources(void) { expect_span_list("sources", article.sources, article.source_count); }
static void check_body(void) { expect_span_list("body", article.paragraphs, article.paragraph_count); }

static void check_read_also(void)
{
    expect_span_list("read_also", article.read_also, article.read_also_count);
}

static void check_captions(void)
{
    const fixture_json *want = want_member(golden, "captions", FIXTURE_JSON_ARRAY, FIXTURE_JSON_ARRAY);
    char what[64];
    for (uint32_t i = 0; i < article.caption_count && i < want->count; i++) {
        const fixture_json *entry = &want->items[i];
        snprintf(what, sizeof what, "captions[%u].text", i);
        expect_span(what, article.captions[i].text,
                    want_member(entry, "text", FIXTURE_JSON_STRING, FIXTURE_JSON_STRING));
        snprintf(what, sizeof what, "captions[%u].credit", i);
        expect_span(what, article.captions[i].credit,
                    want_member(entry, "credit", FIXTURE_JSON_STRING, FIXTURE_JSON_NULL));
    }
    expect_count("captions", article.caption_count, want);
}

static void check_related(void)
{
    const fixture_json *want = want_member(golden, "related", FIXTURE_JSON_ARRAY, FIXTURE_JSON_ARRAY);
    char what[64];
    for (uint32_t i = 0; i < article.related_count && i < want->count; i++) {
        const fixture_json *entry = &want->items[i];
        snprintf(what, sizeof what, "related[%u].title", i);
        expect_span(what, article.related[i].title,
                    want_member(entry, "title", FIXTURE_JSON_STRING, FIXTURE_JSON_STRING));
        snprintf(what, sizeof what, "related[%u].age", i);
        expect_age(what, &article.related[i].age,
                   want_member(entry, "age", FIXTURE_JSON_STRING, FIXTURE_JSON_NULL));
        snprintf(what, sizeof what, "related[%u].teaser", i);
        expect_span(what, article.related[i].teaser,
                    want_member(entry, "teaser", FIXTURE_JSON_STRING, FIXTURE_JSON_NULL));
    }
    expect_count("related", article.related_count, want);
}

/* 1 when the span's folded text equals want (a string, or null for empty). */
static int span_is(warta_span span, const fixture_json *want)
{
    char *got = article_span_string(text, text_len, span);
    int same = want->type == FIXTURE_JSON_NULL ? got[0] == '\0' : strcmp(got, want->string) == 0;
    free(got);
    return same;
}

static int time_is(const warta_time *time, const fixture_json *want)
{
    char iso[WARTA_ISO_SIZE];
    size_t n = warta_time_iso(time, iso);
    return want->type == FIXTURE_JSON_NULL ? n == 0 : n > 0 && strcmp(iso, want->string) == 0;
}

static void check_quotes(void)
{
    const fixture_json *want = want_member(golden, "quotes", FIXTURE_JSON_ARRAY, FIXTURE_JSON_ARRAY);
    for (size_t k = 0; k < want->count; k++) {
        const fixture_json *quote = want_member(&want->items[k], "text", FIXTURE_JSON_STRING,
                                                FIXTURE_JSON_STRING);
        const fixture_json *speaker = want_member(&want->items[k], "speaker",
                                                  FIXTURE_JSON_STRING, FIXTURE_JSON_NULL);
        int found = 0;
        for (uint32_t i = 0; i < article.quote_count && !found; i++)
            found = span_is(article.quotes[i].text, quote) &&
                    span_is(article.quotes[i].speaker, speaker);
        cr_expect(found, "quotes: not found among %u: \"%s\" by %s", article.quote_count,
                  quote->string, speaker->string ? speaker->string : "null");
    }
}

static void check_dates(void)
{
    const fixture_json *want = want_member(golden, "dates", FIXTURE_JSON_ARRAY, FIXTURE_JSON_ARRAY);
    for (size_t k = 0; k < want->count; k++) {
        const fixture_json *date = want_member(&want->items[k], "text", FIXTURE_JSON_STRING,
                                               FIXTURE_JSON_STRING);
        const fixture_json *value = want_member(&want->items[k], "value", FIXTURE_JSON_STRING,
                                                FIXTURE_JSON_STRING);
        int found = 0;
        for (uint32_t i = 0; i < article.date_count && !found; i++)
            found = span_is(article.dates[i].text, date) &&
                    time_is(&article.dates[i].value, value);
        cr_expect(found, "dates: not found among %u: \"%s\" = %s", article.date_count,
                  date->string, value->string);
    }
}

/* Loads one seed, runs one key's check, frees what the test allocated. */
static void check_seed_key(const char *seed, void (*check)(void))
{
    load_seed(seed);
    check();
    fixture_json_free(golden);
    free(text);
}

#define SEED_TESTS(suite, seed)                                                          \
    Test(suite, title) { check_seed_key(seed, check_title); }                           \
    Test(suite, published) { check_seed_key(seed, check_published); }                   \
    Test(suite, updated) { check_seed_key(seed, check_updated); }                       \
    Test(suite, outlet) { check_seed_key(seed, check_outlet); }                         \
    Test(suite, dateline) { check_seed_key(seed, check_dateline); }                     \
    Test(suite, authors) { check_seed_key(seed, check_authors); }                       \
    Test(suite, editors) { check_seed_key(seed, check_editors); }                       \
    Test(suite, author_code) { check_seed_key(seed, check_author_code); }               \
    Test(suite, sources) { check_seed_key(seed, check_sources); }                       \
    Test(suite, body) { check_seed_key(seed, check_body); }                             \
    Test(suite, captions) { check_seed_key(seed, check_captions); }                     \
    Test(suite, read_also) { check_seed_key(seed, check_read_also); }                   \
    Test(suite, related) { check_seed_key(seed, check_related); }                       \
    Test(suite, quotes) { check_seed_key(seed, check_quotes); }                         \
    Test(suite, dates) { check_seed_key(seed, check_dates); }

SEED_TESTS(seed_000_jpnn_isis_it, "000_a8c4865092a0d7f6")
SEED_TESTS(seed_001_tempo_isis_al_qaeda, "001_b234ab07b471a947")
SEED_TESTS(seed_002_jpnn_australia_indonesia, "002_c964573b5d112f92")
