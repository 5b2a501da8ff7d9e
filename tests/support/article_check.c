/* Criterion assertions shared by the tests; each names what broke. */
#include "article_check.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uint32_t article_count(const warta_article *a, warta_field field)
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

const void *article_entry(const warta_article *a, warta_field field, uint32_t i, size_t *size)
{
    switch (field) {
    case WARTA_FIELD_AUTHORS: *size = sizeof a->authors[i]; return &a->authors[i];
    case WARTA_FIELD_EDITORS: *size = sizeof a->editors[i]; return &a->editors[i];
    case WARTA_FIELD_SOURCES: *size = sizeof a->sources[i]; return &a->sources[i];
    case WARTA_FIELD_PARAGRAPHS: *size = sizeof a->paragraphs[i]; return &a->paragraphs[i];
    case WARTA_FIELD_CAPTIONS: *size = sizeof a->captions[i]; return &a->captions[i];
    case WARTA_FIELD_READ_ALSO: *size = sizeof a->read_also[i]; return &a->read_also[i];
    case WARTA_FIELD_RELATED: *size = sizeof a->related[i]; return &a->related[i];
    case WARTA_FIELD_QUOTES: *size = sizeof a->quotes[i]; return &a->quotes[i];
    case WARTA_FIELD_DATES: *size = sizeof a->dates[i]; return &a->dates[i];
    case WARTA_FIELD_COUNT: break;
    }
    *size = 0;
    return NULL;
}

static void check_span(warta_span span, size_t len, const char *what, uint32_t index)
{
    cr_assert(span.off <= len && span.len <= len - span.off,
              "%s[%u] = {%u, %u} leaves the input of %zu bytes", what, index, span.off,
              span.len, len);
}

static void check_time(const warta_time *t, const char *what, uint32_t index)
{
    cr_assert(t->precision <= WARTA_PREC_SECOND, "%s[%u] has precision %u", what, index,
              t->precision);
    if (t->precision == WARTA_PREC_NONE) {
        cr_assert(t->year == 0 && t->month == 0 && t->day == 0 && t->hour == 0 &&
                      t->minute == 0 && t->second == 0 && t->has_zone == 0 &&
                      t->zone_minutes == 0,
                  "%s[%u] is absent but has fields set", what, index);
        return;
    }
    int month = t->precision >= WARTA_PREC_MONTH, day = t->precision >= WARTA_PREC_DAY;
    int minute = t->precision >= WARTA_PREC_MINUTE, second = t->precision >= WARTA_PREC_SECOND;
    cr_assert(t->year >= 1900 && t->year <= 2199, "%s[%u] has year %d", what, index, t->year);
    cr_assert(month ? t->month >= 1 && t->month <= 12 : t->month == 0,
              "%s[%u] has month %u at precision %u", what, index, t->month, t->precision);
    cr_assert(day ? t->day >= 1 && t->day <= 31 : t->day == 0,
              "%s[%u] has day %u at precision %u", what, index, t->day, t->precision);
    cr_assert(minute ? t->hour <= 23 && t->minute <= 59 : t->hour == 0 && t->minute == 0,
              "%s[%u] has time %u:%u at precision %u", what, index, t->hour, t->minute,
              t->precision);
    cr_assert(second ? t->second <= 59 : t->second == 0, "%s[%u] has second %u at precision %u",
              what, index, t->second, t->precision);
    cr_assert(t->has_zone <= 1 && (t->has_zone || t->zone_minutes == 0),
              "%s[%u] has has_zone %u, zone_minutes %d", what, index, t->has_zone,
              t->zone_minutes);
}

void article_check_invariants(const warta_article *a, size_t len, const warta_options *options)
{
    for (int f = 0; f < WARTA_FIELD_COUNT; f++) {
        warta_field field = (warta_field)f;
        uint32_t limit = warta_capacity(field);
        if (options && options->limit[f] < limit)
            limit = options->limit[f];
        uint32_t count = article_count(a, field);
        cr_assert(count <= limit, "%s: count %u above its limit %u", warta_field_name(field),
                  count, limit);
        cr_assert(a->dropped[f] == 0 || count == limit,
                  "%s: %u dropped while the list holds %u of %u", warta_field_name(field),
                  a->dropped[f], count, limit);
        for (uint32_t i = count; i < warta_capacity(field); i++) {
            size_t size;
            const unsigned char *entry = article_entry(a, field, i, &size);
            for (size_t k = 0; k < size; k++)
                cr_assert(entry[k] == 0, "%s[%u], past the count %u, is not zero",
                          warta_field_name(field), i, count);
        }
    }
    check_span(a->title, len, "title", 0);
    check_span(a->dateline, len, "dateline", 0);
    check_span(a->author_code, len, "author_code", 0);
    check_time(&a->published, "published", 0);
    check_time(&a->updated, "updated", 0);
    for (uint32_t i = 0; i < a->author_count; i++)
        check_span(a->authors[i], len, "authors", i);
    for (uint32_t i = 0; i < a->editor_count; i++)
        check_span(a->editors[i], len, "editors", i);
    for (uint32_t i = 0; i < a->source_count; i++)
        check_span(a->sources[i], len, "sources", i);
    for (uint32_t i = 0; i < a->paragraph_count; i++)
        check_span(a->paragraphs[i], len, "paragraphs", i);
    for (uint32_t i = 0; i < a->caption_count; i++) {
        check_span(a->captions[i].text, len, "captions.text", i);
        check_span(a->captions[i].credit, len, "captions.credit", i);
    }
    for (uint32_t i = 0; i < a->read_also_count; i++)
        check_span(a->read_also[i], len, "read_also", i);
    for (uint32_t i = 0; i < a->related_count; i++) {
        check_span(a->related[i].title, len, "related.title", i);
        check_span(a->related[i].teaser, len, "related.teaser", i);
        cr_assert(a->related[i].age.unit <= WARTA_AGE_YEARS, "related[%u] has age unit %u", i,
                  a->related[i].age.unit);
    }
    for (uint32_t i = 0; i < a->quote_count; i++) {
        check_span(a->quotes[i].text, len, "quotes.text", i);
        check_span(a->quotes[i].speaker, len, "quotes.speaker", i);
        cr_assert(a->quotes[i].paragraph < a->paragraph_count,
                  "quotes[%u] is in paragraph %u of %u", i, a->quotes[i].paragraph,
                  a->paragraph_count);
    }
    for (uint32_t i = 0; i < a->date_count; i++) {
        check_span(a->dates[i].text, len, "dates.text", i);
        check_time(&a->dates[i].value, "dates.value", i);
    }
    cr_assert((a->flags & ~(uint32_t)(WARTA_FLAG_INVALID_UTF8 | WARTA_FLAG_NUL_BYTES)) == 0,
              "unknown flags 0x%x", a->flags);
}

void article_check_all_zero(const warta_article *a)
{
    const unsigned char *bytes = (const unsigned char *)a;
    for (size_t i = 0; i < sizeof *a; i++)
        cr_assert(bytes[i] == 0, "byte %zu of the article is 0x%02x, not zero", i, bytes[i]);
}

void article_check_empty(const warta_article *a)
{
    static const warta_article empty;
    cr_assert(memcmp(a, &empty, WARTA_ARTICLE_RESULT_BYTES) == 0,
              "the article is not empty: title len %u, %u paragraphs, published precision %u",
              a->title.len, a->paragraph_count, a->published.precision);
}

char *article_span_string(const char *text, size_t len, warta_span span)
{
    size_t n = warta_span_text(text, len, span, NULL, 0);
    char *s = malloc(n + 1);
    cr_assert_not_null(s);
    warta_span_text(text, len, span, s, n + 1);
    return s;
}

const char *fixture_path(const char *relative)
{
    static char path[4096];
    int n = snprintf(path, sizeof path, "%s/%s", WARTA_FIXTURES, relative);
    cr_assert(n > 0 && (size_t)n < sizeof path, "fixture path too long: %s", relative);
    return path;
}
