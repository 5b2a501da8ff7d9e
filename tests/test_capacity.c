/* Limits per call: at a limit of 0, 1, the full count, the capacity and
 * above it, each list holds min(limit, capacity, found) entries, counts the
 * rest in dropped[], and its entries are an exact prefix of the full parse.
 * Inputs: the seeds (totals from their golden JSON) and synthetic articles
 * with more entries of one list than its capacity. */
#include "article_check.h"
#include "fixture_json.h"
#include "warta.h"

#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Synthetic articles stay well under this. */
#define SYNTHETIC_MAX_BYTES ((size_t)1 << 18)

/* How many entries each synthetic article holds: above every default capacity. */
#define SYNTHETIC_AUTHORS 10
#define SYNTHETIC_EDITORS 12
#define SYNTHETIC_SOURCES 20
#define SYNTHETIC_PARAGRAPHS 250
#define SYNTHETIC_CAPTIONS 20
#define SYNTHETIC_READ_ALSO 40
#define SYNTHETIC_RELATED 30
#define SYNTHETIC_QUOTES 80
#define SYNTHETIC_DATES 60

static warta_article full, part;
static char synthetic[SYNTHETIC_MAX_BYTES];
static size_t synthetic_len;

static void add(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int n = vsnprintf(synthetic + synthetic_len, sizeof synthetic - synthetic_len, format, args);
    va_end(args);
    cr_assert(n >= 0 && (size_t)n < sizeof synthetic - synthetic_len, "synthetic article too long");
    synthetic_len += (size_t)n;
}

/* A headline, a timed stamp and the dateline's start, as jpnn.com writes them. */
static void add_head(void)
{
    synthetic_len = 0;
    add("Judul Berita Tentang Pembangunan Jalan Desa\n\nSabtu, 30 April 2016 15:24 WIB\n\n");
}

static void add_prose(unsigned i)
{
    add("Paragraf nomor %u menjelaskan bahwa pemerintah daerah akan melanjutkan program "
        "pembangunan jalan desa tahun depan dengan anggaran yang lebih besar.\n\n", i);
}

static const char *const names[] = {
    "Ani Lestari", "Budi Santoso",  "Citra Dewi",    "Dedi Kurniawan", "Eka Putri",  "Fajar Nugroho",
    "Gita Sari",   "Hadi Wijaya",   "Indra Lesmana", "Joko Susilo",    "Kartika Sari", "Lukman Hakim",
};

static const char *const agencies[] = {
    "Reuters", "AFP",   "AP",      "DW",    "BBC",   "CNN", "Al Jazeera", "Xinhua", "Kyodo", "Yonhap",
    "Bernama", "TASS",  "ANSA",    "EFE",   "DPA",   "NHK", "ABC News",   "NPR",    "SBS",   "RFI",
};

static const char *const months[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                     "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};

static void build_bylines(void)
{
    add_head();
    for (unsigned i = 0; i < SYNTHETIC_AUTHORS; i++)
        add("Reporter: %s\n", names[i]);
    add("\njpnn.com - JAKARTA - ");
    for (unsigned i = 0; i < 5; i++)
        add_prose(i);
    for (unsigned i = 0; i < SYNTHETIC_EDITORS; i++)
        add("Redaktur : %s\n", names[i]);
}

static void build_sources(void)
{
    synthetic_len = 0;
    add("Judul Berita Tentang Dunia Internasional\n\nSelasa, 18 April 2017 16:19 WIB\n\n"
        "TEMPO.CO, Baghdad - ");
    for (unsigned i = 0; i < SYNTHETIC_SOURCES; i++)
        add("Paragraf nomor %u menjelaskan bahwa pasukan koalisi terus bergerak maju ke arah "
            "kota, seperti dikutip dari %s, Selasa.\n\n", i, agencies[i]);
}

static void build_paragraphs(void)
{
    add_head();
    add("jpnn.com - JAKARTA - ");
    for (unsigned i = 0; i < SYNTHETIC_PARAGRAPHS; i++)
        add_prose(i);
}

static void build_captions(void)
{
    add_head();
    add("jpnn.com - JAKARTA - ");
    add_prose(0);
    for (unsigned i = 1; i <= SYNTHETIC_CAPTIONS; i++) {
        add("Foto ilustrasi nomor %u memperlihatkan jalan desa yang rusak. REUTERS/Fotografer "
            "Nomor %u\n\n", i, i);
        add_prose(i);
    }
}

static void build_read_also(void)
{
    add_head();
    add("jpnn.com - JAKARTA - ");
    add_prose(0);
    for (unsigned i = 1; i <= SYNTHETIC_READ_ALSO; i++) {
        add("Baca juga: Judul berita lain nomor %u\n\n", i);
        add_prose(i);
    }
}

static void build_related(void)
{
    add_head();
    add("jpnn.com - JAKARTA - ");
    for (unsigned i = 0; i < 5; i++)
        add_prose(i);
    add("Berita terkait\n\n");
    for (unsigned i = 1; i <= SYNTHETIC_RELATED; i++)
        add("Judul berita terkait nomor %u tentang jalan\n\n%u hari lalu\n\n"
            "Judul berita terkait nomor %u tentang jalan\n\n"
            "Ringkasan berita terkait nomor %u yang cukup panjang untuk sebuah teaser.\n\n"
            "Baca Selengkapnya\n\n", i, i, i, i);
}

static void build_quotes(void)
{
    add_head();
    add("jpnn.com - JAKARTA - ");
    add_prose(0);
    for (unsigned i = 0; i < SYNTHETIC_QUOTES; i++)
        add("\"Kami akan menyelesaikan jalan nomor %u sebelum akhir tahun ini,\" kata Budi "
            "Santoso nomor %u.\n\n", i, i);
}

static void build_dates(void)
{
    add_head();
    add("jpnn.com - JAKARTA - ");
    for (unsigned i = 0; i < SYNTHETIC_DATES; i++)
        add("Rapat ke-%u digelar pada %u %s 2015 di balai desa untuk membahas pembangunan jalan "
            "desa bersama warga.\n\n", i, 1 + i % 28, months[i % 12]);
}

/* Parses at the default capacities, then checks field at every interesting
 * limit against exactly total entries found. */
static void check_limits(const char *text, size_t len, warta_field field, uint32_t total)
{
    const char *name = warta_field_name(field);
    uint32_t capacity = warta_capacity(field);
    cr_assert_eq(warta_parse(text, len, NULL, &full), WARTA_OK);
    article_check_invariants(&full, len, NULL);
    uint32_t full_count = article_count(&full, field);
    cr_assert_eq(full_count + full.dropped[field], total, "%s: found %u + %u dropped, expected %u",
                 name, full_count, full.dropped[field], total);

    const uint32_t limits[] = {0, 1, total, capacity, UINT32_MAX};
    for (size_t k = 0; k < sizeof limits / sizeof limits[0]; k++) {
        warta_options options;
        warta_options_init(&options);
        options.limit[field] = limits[k];
        uint32_t effective = limits[k] < capacity ? limits[k] : capacity;
        uint32_t want = effective < total ? effective : total;
        cr_assert_eq(warta_parse(text, len, &options, &part), WARTA_OK);
        article_check_invariants(&part, len, &options);
        cr_assert_eq(article_count(&part, field), want, "%s at limit %u: %u entries, expected %u",
                     name, limits[k], article_count(&part, field), want);
        cr_assert_eq(part.dropped[field], total - want, "%s at limit %u: %u dropped, expected %u",
                     name, limits[k], part.dropped[field], total - want);
        for (uint32_t i = 0; i < want; i++) {
            size_t size;
            const void *got = article_entry(&part, field, i, &size);
            const void *expected = article_entry(&full, field, i, &size);
            cr_assert(memcmp(got, expected, size) == 0,
                      "%s at limit %u: entry %u differs from the full parse's", name, limits[k], i);
        }
    }
}

static void check_synthetic(void (*build)(void), warta_field field, uint32_t total)
{
    build();
    check_limits(synthetic, synthetic_len, field, total);
}

Test(capacity, synthetic_authors) { check_synthetic(build_bylines, WARTA_FIELD_AUTHORS, SYNTHETIC_AUTHORS); }
Test(capacity, synthetic_editors) { check_synthetic(build_bylines, WARTA_FIELD_EDITORS, SYNTHETIC_EDITORS); }
Test(capacity, synthetic_sources) { check_synthetic(build_sources, WARTA_FIELD_SOURCES, SYNTHETIC_SOURCES); }
Test(capacity, synthetic_captions) { check_synthetic(build_captions, WARTA_FIELD_CAPTIONS, SYNTHETIC_CAPTIONS); }
Test(capacity, synthetic_related) { check_synthetic(build_related, WARTA_FIELD_RELATED, SYNTHETIC_RELATED); }
Test(capacity, synthetic_quotes) { check_synthetic(build_quotes, WARTA_FIELD_QUOTES, SYNTHETIC_QUOTES); }
Test(capacity, synthetic_dates) { check_synthetic(build_dates, WARTA_FIELD_DATES, SYNTHETIC_DATES); }

Test(capacity, synthetic_paragraphs)
{
    check_synthetic(build_paragraphs, WARTA_FIELD_PARAGRAPHS, SYNTHETIC_PARAGRAPHS);
}

Test(capacity, synthetic_read_also)
{
    check_synthetic(build_read_also, WARTA_FIELD_READ_ALSO, SYNTHETIC_READ_ALSO);
}

/* The golden key of each list; quotes and dates list only what must be found. */
static const struct {
    warta_field field;
    const char *key;
    int golden_is_complete;
} golden_lists[] = {
    {WARTA_FIELD_AUTHORS, "authors", 1},     {WARTA_FIELD_EDITORS, "editors", 1},
    {WARTA_FIELD_SOURCES, "sources", 1},     {WARTA_FIELD_PARAGRAPHS, "body", 1},
    {WARTA_FIELD_CAPTIONS, "captions", 1},   {WARTA_FIELD_READ_ALSO, "read_also", 1},
    {WARTA_FIELD_RELATED, "related", 1},     {WARTA_FIELD_QUOTES, "quotes", 0},
    {WARTA_FIELD_DATES, "dates", 0},
};

/* Every list of one seed at every limit; totals are the golden counts. */
static void check_seed(const char *seed)
{
    char relative[128];
    size_t len, json_len;
    snprintf(relative, sizeof relative, "seeds/%s.txt", seed);
    char *text = fixture_read_file(fixture_path(relative), &len);
    cr_assert_not_null(text, "cannot read %s", relative);
    snprintf(relative, sizeof relative, "golden/%s.json", seed);
    char *json = fixture_read_file(fixture_path(relative), &json_len);
    cr_assert_not_null(json, "cannot read %s", relative);
    fixture_json *golden = fixture_json_parse(json, json_len);
    cr_assert_not_null(golden, "%s is not JSON", relative);

    for (size_t k = 0; k < sizeof golden_lists / sizeof golden_lists[0]; k++) {
        const fixture_json *list = fixture_json_get(golden, golden_lists[k].key);
        cr_assert(list && list->type == FIXTURE_JSON_ARRAY, "golden has no list %s",
                  golden_lists[k].key);
        uint32_t total = (uint32_t)list->count;
        if (!golden_lists[k].golden_is_complete) {
            cr_assert_eq(warta_parse(text, len, NULL, &full), WARTA_OK);
            warta_field field = golden_lists[k].field;
            uint32_t found = article_count(&full, field) + full.dropped[field];
            cr_assert_geq(found, total, "%s: %u found, golden lists %u", golden_lists[k].key,
                          found, total);
            total = found;
        }
        check_limits(text, len, golden_lists[k].field, total);
    }
    fixture_json_free(golden);
    free(json);
    free(text);
}

Test(capacity, seed_000) { check_seed("000_a8c4865092a0d7f6"); }
Test(capacity, seed_001) { check_seed("001_b234ab07b471a947"); }
Test(capacity, seed_002) { check_seed("002_c964573b5d112f92"); }
