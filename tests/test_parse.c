/* warta_parse on bad input, at capacities 0, 1 and N, and its invariants. */
#include "warta.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static warta_article full, part;

static void assert_spans_inside(const warta_article *a, size_t len)
{
    const warta_span spans[] = {a->title, a->dateline, a->author_code};
    for (size_t i = 0; i < sizeof spans / sizeof spans[0]; i++)
        cr_assert(spans[i].off <= len && spans[i].len <= len - spans[i].off);
    for (uint32_t i = 0; i < a->paragraph_count; i++)
        cr_assert(a->paragraphs[i].off + (size_t)a->paragraphs[i].len <= len);
    for (uint32_t i = 0; i < a->quote_count; i++)
        cr_assert_lt(a->quotes[i].paragraph, a->paragraph_count);
}

/* Parses twice and checks the invariants every input must keep. */
static void parse_checked(const char *text, size_t len)
{
    cr_assert_eq(warta_parse(text, len, NULL, &full), WARTA_OK);
    cr_assert_eq(warta_parse(text, len, NULL, &part), WARTA_OK);
    cr_assert_eq(memcmp(&full, &part, sizeof full), 0, "two parses differ");
    assert_spans_inside(&full, len);
}

Test(bad_input, empty)
{
    parse_checked("", 0);
    cr_assert_eq(full.paragraph_count, 0);
    cr_assert_eq(full.title.len, 0);
    cr_assert_eq(full.published.precision, WARTA_PREC_NONE);
}

Test(bad_input, null_text_with_zero_length) { parse_checked(NULL, 0); }

Test(bad_input, null_arguments)
{
    cr_assert_eq(warta_parse(NULL, 5, NULL, &full), WARTA_ERR_NULL_ARGUMENT);
    cr_assert_eq(warta_parse("abc", 3, NULL, NULL), WARTA_ERR_NULL_ARGUMENT);
}

Test(bad_input, only_blanks)
{
    const char text[] = "  \n\r\n\t \xC2\xA0 \n\n   ";
    parse_checked(text, sizeof text - 1);
    cr_assert_eq(full.paragraph_count, 0);
    cr_assert_eq(full.title.len, 0);
}

Test(bad_input, five_megabytes_without_newline)
{
    size_t len = 5u << 20;
    char *text = malloc(len);
    cr_assert_not_null(text);
    for (size_t i = 0; i < len; i++)
        text[i] = "Kata yang panjang sekali. "[i % 26];
    parse_checked(text, len);
    free(text);
}

Test(bad_input, nul_bytes)
{
    const char text[] = "Judul Berita\n\nSabtu, 30 April 2016 15:24 WIB\n\nJAKARTA - Ini\0kalimat "
                        "yang cukup panjang untuk menjadi paragraf berita utama.\n";
    parse_checked(text, sizeof text - 1);
    cr_assert(full.flags & WARTA_FLAG_NUL_BYTES);
}

Test(bad_input, invalid_utf8)
{
    const char text[] = "Judul \xFF\xFE Berita\n\n\xC3\x28 JAKARTA - Kalimat \xE2\x82 yang cukup "
                        "panjang untuk menjadi paragraf berita utama di sini.\n";
    parse_checked(text, sizeof text - 1);
    cr_assert(full.flags & WARTA_FLAG_INVALID_UTF8);
}

Test(bad_input, random_bytes)
{
    size_t len = 1u << 20;
    char *text = malloc(len);
    cr_assert_not_null(text);
    uint32_t x = 12345;
    for (size_t i = 0; i < len; i++) {
        x = x * 1103515245u + 12345u;
        text[i] = (char)(x >> 24);
    }
    parse_checked(text, len);
    free(text);
}

/* An article with several entries in every list the limits cap. */
static const char sample[] =
    "Judul Berita Yang Cukup Panjang\n\n"
    "Sabtu, 30 April 2016 15:24 WIB\n\n"
    "Penulis: Ani Lestari dan Budi Santoso\n\n"
    "jpnn.com - MOSUL - Paragraf pertama menyebut Sabtu (30/4) dan dikutip dari Ara News, "
    "bahwa kelompok itu kini terpuruk.\n\n"
    "\"Kalimat kutipan pertama yang cukup panjang,\" kata Pejabat Satu.\n\n"
    "BACA JUGA: Tautan Pertama Berita\n\n"
    "\"Kalimat kutipan kedua yang cukup panjang,\" ujar Pejabat Dua, seperti dilansir Reuters.\n\n"
    "BACA JUGA: Tautan Kedua Berita\n\n"
    "Paragraf keempat menyebut Oktober 2016 dan juga Minggu (1/5) sebagai tanggal penting. (adk/jpnn)\n\n"
    "Redaktur : Tim Redaksi\n";

static uint32_t count_of(const warta_article *a, warta_field f)
{
    switch (f) {
    case WARTA_FIELD_AUTHORS: return a->author_count;
    case WARTA_FIELD_EDITORS: return a->editor_count;
    case WARTA_FIELD_SOURCES: return a->source_count;
    case WARTA_FIELD_PARAGRAPHS: return a->paragraph_count;
    case WARTA_FIELD_CAPTIONS: return a->caption_count;
    case WARTA_FIELD_READ_ALSO: return a->read_also_count;
    case WARTA_FIELD_RELATED: return a->related_count;
    case WARTA_FIELD_QUOTES: return a->quote_count;
    case WARTA_FIELD_DATES: return a->date_count;
    default: return 0;
    }
}

Test(capacity, sample_fills_every_capped_list)
{
    parse_checked(sample, sizeof sample - 1);
    cr_assert_eq(full.author_count, 2);
    cr_assert_eq(full.editor_count, 1);
    cr_assert_eq(full.source_count, 2);
    cr_assert_eq(full.paragraph_count, 4);
    cr_assert_eq(full.read_also_count, 2);
    cr_assert_eq(full.quote_count, 2);
    cr_assert_eq(full.date_count, 3);
    for (int f = 0; f < WARTA_FIELD_COUNT; f++)
        cr_assert_eq(full.dropped[f], 0);
}

/* At limits 0, 1 and N each list is cut to a prefix and the rest counted as dropped. */
Test(capacity, limits_zero_one_and_full_give_prefixes)
{
    cr_assert_eq(warta_parse(sample, sizeof sample - 1, NULL, &full), WARTA_OK);
    for (int f = 0; f < WARTA_FIELD_COUNT; f++) {
        uint32_t n = count_of(&full, (warta_field)f);
        const uint32_t limits[] = {0, 1, n};
        for (size_t k = 0; k < 3; k++) {
            warta_options o;
            warta_options_init(&o);
            o.limit[f] = limits[k];
            cr_assert_eq(warta_parse(sample, sizeof sample - 1, &o, &part), WARTA_OK);
            uint32_t want = limits[k] < n ? limits[k] : n;
            cr_assert_eq(count_of(&part, (warta_field)f), want, "%s at %u",
                         warta_field_name((warta_field)f), limits[k]);
            cr_assert_eq(part.dropped[f], n - want, "%s dropped at %u",
                         warta_field_name((warta_field)f), limits[k]);
        }
    }
    warta_options o;
    warta_options_init(&o);
    o.limit[WARTA_FIELD_PARAGRAPHS] = 1;
    cr_assert_eq(warta_parse(sample, sizeof sample - 1, &o, &part), WARTA_OK);
    cr_assert_eq(memcmp(part.paragraphs, full.paragraphs, sizeof full.paragraphs[0]), 0);
    cr_assert_eq(part.quote_count, 0, "quotes of dropped paragraphs are not reported");
}

Test(api, options_init_sets_capacities)
{
    warta_options o;
    warta_options_init(&o);
    cr_assert_eq(o.limit[WARTA_FIELD_PARAGRAPHS], WARTA_MAX_PARAGRAPHS);
    cr_assert_eq(o.limit[WARTA_FIELD_DATES], WARTA_MAX_DATES);
    cr_assert_str_eq(warta_field_name(WARTA_FIELD_READ_ALSO), "read_also");
    cr_assert_str_eq(warta_field_name(WARTA_FIELD_COUNT), "");
    cr_assert_str_eq(warta_version(), WARTA_VERSION_STRING);
}

Test(api, span_text_folds_and_cuts)
{
    const char text[] = "  a\xC2\xA0\xC2\xA0 b\t\nc  ";
    warta_span sp = {0, (uint32_t)(sizeof text - 1)};
    char buf[16];
    cr_assert_eq(warta_span_text(text, sizeof text - 1, sp, buf, sizeof buf), 5);
    cr_assert_str_eq(buf, "a b c");
    cr_assert_eq(warta_span_text(text, sizeof text - 1, sp, buf, 3), 5);
    cr_assert_str_eq(buf, "a");
}
