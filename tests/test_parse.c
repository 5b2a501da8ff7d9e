/* warta_parse end to end on a small article, and the API's small calls.
 * Bad input and capacities have their own files (test_bad_input.c, test_capacity.c). */
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
    cr_assert_eq(memcmp(&full, &part, WARTA_ARTICLE_RESULT_BYTES), 0, "two parses differ");
    assert_spans_inside(&full, len);
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

Test(parse, sample_fills_every_capped_list)
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

/* Two labels on one line, and a colon in the first label's value before the second. */
Test(parse, labels_sharing_a_line)
{
    static const char text[] =
        "Judul Berita Yang Cukup Panjang\n\n"
        "Sabtu, 30 April 2016 15:24 WIB\n\n"
        "Rep: Ani Lestari/ Red: Budi Santoso\n\n"
        "jpnn.com - MOSUL - Paragraf pertama yang cukup panjang tentang kelompok itu, "
        "bahwa kelompok itu kini terpuruk.\n\n"
        "Paragraf kedua yang juga cukup panjang untuk dibaca sebagai isi berita ini.\n\n"
        "Penulis: Citra Dewi pukul 10:30 / Editor: Dodi Pratama\n";
    size_t len = sizeof text - 1;
    char buf[64];
    parse_checked(text, len);
    cr_assert_eq(full.author_count, 2);
    warta_span_text(text, len, full.authors[0], buf, sizeof buf);
    cr_assert_str_eq(buf, "Ani Lestari");
    warta_span_text(text, len, full.authors[1], buf, sizeof buf);
    cr_assert_str_eq(buf, "Citra Dewi pukul 10:30");
    cr_assert_eq(full.editor_count, 2);
    warta_span_text(text, len, full.editors[0], buf, sizeof buf);
    cr_assert_str_eq(buf, "Budi Santoso");
    warta_span_text(text, len, full.editors[1], buf, sizeof buf);
    cr_assert_str_eq(buf, "Dodi Pratama");
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
