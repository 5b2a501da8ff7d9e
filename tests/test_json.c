/* The JSON writer: exact output for hand-built articles, in both layouts. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "json.h"
#include "text.h"

/* Room for every rendering these tests make. */
#define OUT_CAP ((size_t)1 << 20)
/* A string longer than the writer's internal buffer many times over. */
#define LONG_TEXT_LEN 100000

typedef struct {
    size_t len;
    size_t calls;
} mem_sink;

static char out_data[OUT_CAP];

static void append(void *ctx, const char *bytes, size_t n)
{
    mem_sink *m = ctx;
    cr_assert_lt(m->len + n, OUT_CAP);
    memcpy(out_data + m->len, bytes, n);
    m->len += n;
    m->calls++;
}

/* Renders into out_data, NUL-terminated; returns the sink's record. */
static mem_sink render_sink(const warta_article *a, const char *text, size_t len,
                            warta_json_layout layout)
{
    mem_sink m = {0, 0};
    warta_json_write(a, text, len, layout, append, &m);
    out_data[m.len] = '\0';
    return m;
}

static const char *render(const warta_article *a, const char *text, size_t len,
                          warta_json_layout layout)
{
    render_sink(a, text, len, layout);
    return out_data;
}

static const char *compact(const warta_article *a, const char *text, size_t len)
{
    return render(a, text, len, WARTA_JSON_COMPACT);
}

static warta_span span_at(size_t off, size_t len)
{
    warta_span s = {(uint32_t)off, (uint32_t)len};
    return s;
}

/* The span of the first occurrence of part in text. */
static warta_span span_of(const char *text, const char *part)
{
    const char *at = strstr(text, part);
    cr_assert_not_null(at, "\"%s\" not in the test text", part);
    return span_at((size_t)(at - text), strlen(part));
}

static warta_time make_time(int year, unsigned month, unsigned day, unsigned hour,
                            unsigned minute, unsigned second, warta_precision precision,
                            int zone_minutes)
{
    warta_time t;
    memset(&t, 0, sizeof t);
    t.year = (int16_t)year;
    t.month = (uint8_t)month;
    t.day = (uint8_t)day;
    t.hour = (uint8_t)hour;
    t.minute = (uint8_t)minute;
    t.second = (uint8_t)second;
    t.precision = (uint8_t)precision;
    t.has_zone = zone_minutes != 0;
    t.zone_minutes = (int16_t)zone_minutes;
    return t;
}

/* Every key of an empty article before "body", and after it. */
#define EMPTY_HEAD                                                                         \
    "{\"version\":1,\"title\":null,\"published\":null,\"updated\":null,\"outlet\":null,"     \
    "\"dateline\":null,\"authors\":[],\"editors\":[],\"author_code\":null,\"sources\":[],"
#define EMPTY_TAIL                                                                         \
    "\"captions\":[],\"read_also\":[],\"related\":[],\"quotes\":[],\"dates\":[],"           \
    "\"warnings\":[]}"

/* An article whose only content is one paragraph: text[0..len). */
static const char *render_paragraph(const char *text, size_t len)
{
    static warta_article a;
    memset(&a, 0, sizeof a);
    a.paragraph_count = 1;
    a.paragraphs[0] = span_at(0, len);
    return compact(&a, text, len);
}

Test(json, empty_article_compact)
{
    static warta_article a;
    cr_assert_str_eq(compact(&a, "", 0), EMPTY_HEAD "\"body\":[]," EMPTY_TAIL);
}

Test(json, empty_article_pretty)
{
    static warta_article a;
    cr_assert_str_eq(render(&a, NULL, 0, WARTA_JSON_PRETTY),
                     "{\n"
                     "  \"version\": 1,\n"
                     "  \"title\": null,\n"
                     "  \"published\": null,\n"
                     "  \"updated\": null,\n"
                     "  \"outlet\": null,\n"
                     "  \"dateline\": null,\n"
                     "  \"authors\": [],\n"
                     "  \"editors\": [],\n"
                     "  \"author_code\": null,\n"
                     "  \"sources\": [],\n"
                     "  \"body\": [],\n"
                     "  \"captions\": [],\n"
                     "  \"read_also\": [],\n"
                     "  \"related\": [],\n"
                     "  \"quotes\": [],\n"
                     "  \"dates\": [],\n"
                     "  \"warnings\": []\n"
                     "}");
}

static const char full_text[] = "  Judul  Berita \n"
                                "JAKARTA\n"
                                "Ani Lestari\n"
                                "Budi\n"
                                "Tim Redaksi\n"
                                "adk/jpnn\n"
                                "Ara News\n"
                                "Paragraf satu.\n"
                                "\"Kutipan dua,\" kata Ani.\n"
                                "Foto ilustrasi\n"
                                "REUTERS/Foto\n"
                                "Grafik\n"
                                "Baca ini\n"
                                "Judul terkait\n"
                                "Teaser terkait\n"
                                "Terkait lain\n"
                                "Sabtu (30/4)\n";

/* One or two entries in every list, an absent value in each kind of entry. */
static void fill_full(warta_article *a)
{
    const char *t = full_text;
    memset(a, 0, sizeof *a);
    a->title = span_of(t, "  Judul  Berita ");
    a->published = make_time(2016, 4, 30, 15, 24, 0, WARTA_PREC_MINUTE, 420);
    a->outlet = "jpnn.com";
    a->dateline = span_of(t, "JAKARTA");
    a->author_count = 2;
    a->authors[0] = span_of(t, "Ani Lestari");
    a->authors[1] = span_of(t, "Budi");
    a->editor_count = 1;
    a->editors[0] = span_of(t, "Tim Redaksi");
    a->author_code = span_of(t, "adk/jpnn");
    a->source_count = 1;
    a->sources[0] = span_of(t, "Ara News");
    a->paragraph_count = 2;
    a->paragraphs[0] = span_of(t, "Paragraf satu.");
    a->paragraphs[1] = span_of(t, "\"Kutipan dua,\" kata Ani.");
    a->caption_count = 2;
    a->captions[0].text = span_of(t, "Foto ilustrasi");
    a->captions[0].credit = span_of(t, "REUTERS/Foto");
    a->captions[1].text = span_of(t, "Grafik");
    a->read_also_count = 1;
    a->read_also[0] = span_of(t, "Baca ini");
    a->related_count = 2;
    a->related[0].title = span_of(t, "Judul terkait");
    a->related[0].age.value = 11;
    a->related[0].age.unit = WARTA_AGE_DAYS;
    a->related[0].teaser = span_of(t, "Teaser terkait");
    a->related[1].title = span_of(t, "Terkait lain");
    a->quote_count = 1;
    a->quotes[0].text = span_of(t, "Kutipan dua");
    a->quotes[0].speaker = span_of(t, "Ani");
    a->quotes[0].verb = "kata";
    a->quotes[0].paragraph = 1;
    a->date_count = 1;
    a->dates[0].text = span_of(t, "Sabtu (30/4)");
    a->dates[0].value = make_time(2016, 4, 30, 0, 0, 0, WARTA_PREC_DAY, 0);
    a->dropped[WARTA_FIELD_QUOTES] = 2;
}

/* Laid out as spec/golden (which is Python's json.dumps(indent=2)). */
Test(json, full_article_pretty)
{
    static warta_article a;
    fill_full(&a);
    cr_assert_str_eq(render(&a, full_text, sizeof full_text - 1, WARTA_JSON_PRETTY),
                     "{\n"
                     "  \"version\": 1,\n"
                     "  \"title\": \"Judul Berita\",\n"
                     "  \"published\": \"2016-04-30T15:24:00+07:00\",\n"
                     "  \"updated\": null,\n"
                     "  \"outlet\": \"jpnn.com\",\n"
                     "  \"dateline\": \"JAKARTA\",\n"
                     "  \"authors\": [\n"
                     "    \"Ani Lestari\",\n"
                     "    \"Budi\"\n"
                     "  ],\n"
                     "  \"editors\": [\n"
                     "    \"Tim Redaksi\"\n"
                     "  ],\n"
                     "  \"author_code\": \"adk/jpnn\",\n"
                     "  \"sources\": [\n"
                     "    \"Ara News\"\n"
                     "  ],\n"
                     "  \"body\": [\n"
                     "    \"Paragraf satu.\",\n"
                     "    \"\\\"Kutipan dua,\\\" kata Ani.\"\n"
                     "  ],\n"
                     "  \"captions\": [\n"
                     "    {\n"
                     "      \"text\": \"Foto ilustrasi\",\n"
                     "      \"credit\": \"REUTERS/Foto\"\n"
                     "    },\n"
                     "    {\n"
                     "      \"text\": \"Grafik\",\n"
                     "      \"credit\": null\n"
                     "    }\n"
                     "  ],\n"
                     "  \"read_also\": [\n"
                     "    \"Baca ini\"\n"
                     "  ],\n"
                     "  \"related\": [\n"
                     "    {\n"
                     "      \"title\": \"Judul terkait\",\n"
                     "      \"age\": \"P11D\",\n"
                     "      \"teaser\": \"Teaser terkait\"\n"
                     "    },\n"
                     "    {\n"
                     "      \"title\": \"Terkait lain\",\n"
                     "      \"age\": null,\n"
                     "      \"teaser\": null\n"
                     "    }\n"
                     "  ],\n"
                     "  \"quotes\": [\n"
                     "    {\n"
                     "      \"text\": \"Kutipan dua\",\n"
                     "      \"speaker\": \"Ani\",\n"
                     "      \"verb\": \"kata\",\n"
                     "      \"paragraph\": 1\n"
                     "    }\n"
                     "  ],\n"
                     "  \"dates\": [\n"
                     "    {\n"
                     "      \"text\": \"Sabtu (30/4)\",\n"
                     "      \"value\": \"2016-04-30\"\n"
                     "    }\n"
                     "  ],\n"
                     "  \"warnings\": [\n"
                     "    \"truncated:quotes\"\n"
                     "  ]\n"
                     "}");
}

Test(json, full_article_compact)
{
    static warta_article a;
    fill_full(&a);
    cr_assert_str_eq(
        compact(&a, full_text, sizeof full_text - 1),
        "{\"version\":1,\"title\":\"Judul Berita\",\"published\":\"2016-04-30T15:24:00+07:00\","
        "\"updated\":null,\"outlet\":\"jpnn.com\",\"dateline\":\"JAKARTA\","
        "\"authors\":[\"Ani Lestari\",\"Budi\"],\"editors\":[\"Tim Redaksi\"],"
        "\"author_code\":\"adk/jpnn\",\"sources\":[\"Ara News\"],"
        "\"body\":[\"Paragraf satu.\",\"\\\"Kutipan dua,\\\" kata Ani.\"],"
        "\"captions\":[{\"text\":\"Foto ilustrasi\",\"credit\":\"REUTERS/Foto\"},"
        "{\"text\":\"Grafik\",\"credit\":null}],\"read_also\":[\"Baca ini\"],"
        "\"related\":[{\"title\":\"Judul terkait\",\"age\":\"P11D\",\"teaser\":\"Teaser terkait\"},"
        "{\"title\":\"Terkait lain\",\"age\":null,\"teaser\":null}],"
        "\"quotes\":[{\"text\":\"Kutipan dua\",\"speaker\":\"Ani\",\"verb\":\"kata\","
        "\"paragraph\":1}],\"dates\":[{\"text\":\"Sabtu (30/4)\",\"value\":\"2016-04-30\"}],"
        "\"warnings\":[\"truncated:quotes\"]}");
}

Test(json, escapes_quote_backslash_and_controls)
{
    static const char text[] = "say \"hi\" \\ back\bspace \x01\x1f\x7f end";
    cr_assert_str_eq(render_paragraph(text, sizeof text - 1),
                     EMPTY_HEAD "\"body\":[\"say \\\"hi\\\" \\\\ back\\bspace "
                                "\\u0001\\u001f\x7f end\"]," EMPTY_TAIL);
}

Test(json, keeps_utf8_as_is)
{
    static const char text[] = "caf\xC3\xA9 \xE2\x80\x9C" "kata\xE2\x80\x9D \xF0\x9F\x93\xB0";
    cr_assert_str_eq(render_paragraph(text, sizeof text - 1),
                     EMPTY_HEAD "\"body\":[\"caf\xC3\xA9 \xE2\x80\x9C" "kata\xE2\x80\x9D "
                                "\xF0\x9F\x93\xB0\"]," EMPTY_TAIL);
}

/* Tab, line breaks, U+00A0, U+2003, U+3000, U+FEFF, U+202F and NUL all fold. */
Test(json, folds_and_trims_white_space)
{
    static const char text[] = " \t\r\n a\xC2\xA0\xC2\xA0" "b\xE2\x80\x83" "c\xE3\x80\x80"
                               "\xEF\xBB\xBF" "d \n\n e\xE2\x80\xAF" "f\v\f g \xC2\xA0";
    cr_assert_str_eq(render_paragraph(text, sizeof text - 1),
                     EMPTY_HEAD "\"body\":[\"a b c d e f g\"]," EMPTY_TAIL);
}

/* U+0085, U+1680, U+2028 and U+2029, Unicode's other white space, fold and trim too. */
Test(json, folds_and_trims_the_other_unicode_white_space)
{
    static const char text[] = "\xE2\x80\xA8 a\xC2\x85" "b\xE1\x9A\x80" "c \xE2\x80\xA8"
                               "d\xE2\x80\xA9\xE2\x80\xA9" "e\xE1\x9A\x81" "f\xE2\x80\xA9";
    cr_assert_str_eq(render_paragraph(text, sizeof text - 1),
                     EMPTY_HEAD "\"body\":[\"a b c d e\xE1\x9A\x81" "f\"]," EMPTY_TAIL);
}

Test(json, nul_bytes_fold_to_a_space)
{
    static const char text[] = "\0a\0\0b\0";
    static warta_article a;
    a.paragraph_count = 1;
    a.paragraphs[0] = span_at(0, sizeof text - 1);
    a.flags = WARTA_FLAG_NUL_BYTES;
    cr_assert_str_eq(compact(&a, text, sizeof text - 1),
                     EMPTY_HEAD "\"body\":[\"a b\"],\"captions\":[],\"read_also\":[],"
                                "\"related\":[],\"quotes\":[],\"dates\":[],"
                                "\"warnings\":[\"nul_bytes\"]}");
}

#define FFFD "\xEF\xBF\xBD"

/* Stray continuation, bad lead, overlong, surrogate, beyond U+10FFFF, cut. */
Test(json, invalid_utf8_becomes_replacement_characters)
{
    static const char text[] = "a\x80" "b\xFF" "c\xC0\xAF" "d\xED\xA0\x80" "e\xF4\x90\x80\x80"
                               "f\xC3(g\xE2\x82";
    cr_assert_str_eq(render_paragraph(text, sizeof text - 1),
                     EMPTY_HEAD "\"body\":[\"a" FFFD "b" FFFD "c" FFFD FFFD "d" FFFD FFFD FFFD
                                "e" FFFD FFFD FFFD FFFD "f" FFFD "(g" FFFD FFFD "\"]," EMPTY_TAIL);
}

/* A sequence cut by the span's end is invalid, even if the text goes on. */
Test(json, sequence_cut_by_span_end)
{
    static const char text[] = "caf\xC3\xA9";
    static warta_article a;
    a.paragraph_count = 1;
    a.paragraphs[0] = span_at(0, 4);
    cr_assert_str_eq(compact(&a, text, sizeof text - 1),
                     EMPTY_HEAD "\"body\":[\"caf" FFFD "\"]," EMPTY_TAIL);
}

/* Plain text is copied eight bytes at a time: each case after 0 to 8 bytes of padding,
 * so that what ends a run (a second space, a mark, a last space, a byte >= 0x80) falls
 * at every place of a step. */
#define PAD_MAX 8
/* Room for a case, its padding and the JSON around it. */
#define CASE_CAP 512

Test(json, plain_runs_at_every_alignment)
{
    static const struct {
        const char *text, *json;
    } cases[] = {
        {"abcdefg  hijklmnop", "abcdefg hijklmnop"},
        {"a b c d e f g h i j k", "a b c d e f g h i j k"},
        {"abcdefgh hijklmno ", "abcdefgh hijklmno"},
        {"abcdefghijklmno\"p q", "abcdefghijklmno\\\"p q"},
        {"abcdefg\\hijklmnop", "abcdefg\\\\hijklmnop"},
        {"abcdefg\x7fhij klm", "abcdefg\x7fhij klm"},
        {"abcdefg\xC2\xA0hijklmn", "abcdefg hijklmn"},
        {"abcd\tefghijk  ", "abcd efghijk"},
        {"abc de\x01" "fghijkl", "abc de\\u0001fghijkl"},
        {"abcdefg \xE2\x80\x9Chi\xE2\x80\x9D", "abcdefg \xE2\x80\x9Chi\xE2\x80\x9D"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
        for (size_t pad = 0; pad <= PAD_MAX; pad++) {
            char text[CASE_CAP], want[CASE_CAP];
            memset(text, 'x', pad);
            size_t len = pad + strlen(cases[c].text);
            memcpy(text + pad, cases[c].text, len - pad);
            int n = snprintf(want, sizeof want, EMPTY_HEAD "\"body\":[\"%.*s%s\"]," EMPTY_TAIL,
                             (int)pad, text, cases[c].json);
            cr_assert(n > 0 && (size_t)n < sizeof want);
            cr_assert_str_eq(render_paragraph(text, len), want, "case %zu, pad %zu", c, pad);
        }
}

/* The step never looks past the span: a space before its end is its last byte. */
Test(json, plain_runs_stop_at_span_end)
{
    static const char text[] = "abcdefg hijklmnop qrstuvwx";
    static const size_t lens[] = {7, 8, 9, 15, 16, 17, 18};
    static const char *const want[] = {"abcdefg", "abcdefg", "abcdefg h", "abcdefg hijklmn",
                                       "abcdefg hijklmno", "abcdefg hijklmnop",
                                       "abcdefg hijklmnop"};
    for (size_t k = 0; k < sizeof lens / sizeof lens[0]; k++) {
        char json[CASE_CAP];
        int n = snprintf(json, sizeof json, EMPTY_HEAD "\"body\":[\"%s\"]," EMPTY_TAIL, want[k]);
        cr_assert(n > 0 && (size_t)n < sizeof json);
        cr_assert_str_eq(render_paragraph(text, lens[k]), json, "len %zu", lens[k]);
    }
}

Test(json, absent_values_are_null)
{
    static const char text[] = "Isi \xC2\xA0 ";
    static warta_article a;
    a.title = span_at(3, 4); /* only spaces */
    a.dateline = span_at(2, 0);
    a.paragraph_count = 1;
    a.paragraphs[0] = span_at(3, 4);
    a.caption_count = 1;
    a.captions[0].text = span_at(0, 3);
    a.captions[0].credit = span_at(3, 1);
    a.related_count = 1;
    a.related[0].title = span_at(0, 3);
    a.related[0].age.value = 7; /* no unit: no age */
    a.quote_count = 1;
    a.quotes[0].text = span_at(0, 3);
    a.date_count = 1;
    a.dates[0].text = span_at(0, 3);
    cr_assert_str_eq(compact(&a, text, sizeof text - 1),
                     EMPTY_HEAD "\"body\":[\"\"],\"captions\":[{\"text\":\"Isi\",\"credit\":null}],"
                                "\"read_also\":[],\"related\":[{\"title\":\"Isi\",\"age\":null,"
                                "\"teaser\":null}],\"quotes\":[{\"text\":\"Isi\",\"speaker\":null,"
                                "\"verb\":null,\"paragraph\":0}],\"dates\":[{\"text\":\"Isi\","
                                "\"value\":null}],\"warnings\":[]}");
}

Test(json, warnings_in_field_order_then_flags)
{
    static warta_article a;
    a.dropped[WARTA_FIELD_DATES] = 1;
    a.dropped[WARTA_FIELD_PARAGRAPHS] = 40;
    a.dropped[WARTA_FIELD_AUTHORS] = 2;
    a.flags = WARTA_FLAG_INVALID_UTF8 | WARTA_FLAG_NUL_BYTES;
    cr_assert_str_eq(compact(&a, "", 0),
                     EMPTY_HEAD "\"body\":[],\"captions\":[],\"read_also\":[],\"related\":[],"
                                "\"quotes\":[],\"dates\":[],\"warnings\":[\"truncated:authors\","
                                "\"truncated:paragraphs\",\"truncated:dates\",\"invalid_utf8\","
                                "\"nul_bytes\"]}");
}

Test(json, warnings_pretty)
{
    static warta_article a;
    a.flags = WARTA_FLAG_INVALID_UTF8;
    a.dropped[WARTA_FIELD_RELATED] = 3;
    const char *out = render(&a, "", 0, WARTA_JSON_PRETTY);
    cr_assert_str_eq(strstr(out, "  \"warnings\""), "  \"warnings\": [\n"
                                                      "    \"truncated:related\",\n"
                                                      "    \"invalid_utf8\"\n"
                                                      "  ]\n"
                                                      "}");
}

/* Each precision as OUTPUT.md writes it; minutes carry ":00" seconds. */
Test(json, times_at_each_precision)
{
    static const char text[] = "t";
    static warta_article a;
    a.published = make_time(2016, 4, 30, 15, 24, 7, WARTA_PREC_SECOND, 420);
    a.updated = make_time(2017, 4, 18, 16, 19, 0, WARTA_PREC_MINUTE, 480);
    a.date_count = 6;
    a.dates[0].value = make_time(2016, 0, 0, 0, 0, 0, WARTA_PREC_YEAR, 0);
    a.dates[1].value = make_time(2016, 10, 0, 0, 0, 0, WARTA_PREC_MONTH, 0);
    a.dates[2].value = make_time(2016, 4, 30, 0, 0, 0, WARTA_PREC_DAY, 0);
    a.dates[3].value = make_time(2016, 4, 30, 15, 24, 0, WARTA_PREC_MINUTE, 0);
    a.dates[4].value = make_time(2016, 4, 30, 15, 24, 0, WARTA_PREC_MINUTE, 540);
    for (size_t k = 0; k < 6; k++)
        a.dates[k].text = span_at(0, 1);
    cr_assert_str_eq(
        compact(&a, text, 1),
        "{\"version\":1,\"title\":null,\"published\":\"2016-04-30T15:24:07+07:00\","
        "\"updated\":\"2017-04-18T16:19:00+08:00\",\"outlet\":null,\"dateline\":null,"
        "\"authors\":[],\"editors\":[],\"author_code\":null,\"sources\":[],\"body\":[],"
        "\"captions\":[],\"read_also\":[],\"related\":[],\"quotes\":[],"
        "\"dates\":[{\"text\":\"t\",\"value\":\"2016\"},{\"text\":\"t\",\"value\":\"2016-10\"},"
        "{\"text\":\"t\",\"value\":\"2016-04-30\"},{\"text\":\"t\",\"value\":\"2016-04-30T15:24:00\"},"
        "{\"text\":\"t\",\"value\":\"2016-04-30T15:24:00+09:00\"},{\"text\":\"t\",\"value\":null}],"
        "\"warnings\":[]}");
}

Test(json, ages_in_every_unit)
{
    static const struct {
        uint32_t value;
        warta_age_unit unit;
    } ages[] = {
        {6, WARTA_AGE_SECONDS}, {5, WARTA_AGE_MINUTES}, {3, WARTA_AGE_HOURS},
        {11, WARTA_AGE_DAYS},   {2, WARTA_AGE_WEEKS},   {4, WARTA_AGE_MONTHS},
        {1, WARTA_AGE_YEARS},   {9, WARTA_AGE_NONE},
    };
    static const char text[] = "r";
    static warta_article a;
    a.related_count = sizeof ages / sizeof ages[0];
    for (size_t k = 0; k < a.related_count; k++) {
        a.related[k].title = span_at(0, 1);
        a.related[k].age.value = ages[k].value;
        a.related[k].age.unit = ages[k].unit;
    }
    cr_assert_str_eq(compact(&a, text, 1),
                     EMPTY_HEAD "\"body\":[],\"captions\":[],\"read_also\":[],\"related\":["
                                "{\"title\":\"r\",\"age\":\"PT6S\",\"teaser\":null},"
                                "{\"title\":\"r\",\"age\":\"PT5M\",\"teaser\":null},"
                                "{\"title\":\"r\",\"age\":\"PT3H\",\"teaser\":null},"
                                "{\"title\":\"r\",\"age\":\"P11D\",\"teaser\":null},"
                                "{\"title\":\"r\",\"age\":\"P2W\",\"teaser\":null},"
                                "{\"title\":\"r\",\"age\":\"P4M\",\"teaser\":null},"
                                "{\"title\":\"r\",\"age\":\"P1Y\",\"teaser\":null},"
                                "{\"title\":\"r\",\"age\":null,\"teaser\":null}],"
                                "\"quotes\":[],\"dates\":[],\"warnings\":[]}");
}

Test(json, outlet_and_verb_strings_are_escaped)
{
    static warta_article a;
    a.outlet = "a\"b";
    a.quote_count = 1;
    a.quotes[0].verb = "k\\t";
    a.quotes[0].paragraph = 4294967295u;
    cr_assert_str_eq(compact(&a, "", 0),
                     "{\"version\":1,\"title\":null,\"published\":null,\"updated\":null,"
                     "\"outlet\":\"a\\\"b\",\"dateline\":null,\"authors\":[],\"editors\":[],"
                     "\"author_code\":null,\"sources\":[],\"body\":[],\"captions\":[],"
                     "\"read_also\":[],\"related\":[],\"quotes\":[{\"text\":\"\",\"speaker\":null,"
                     "\"verb\":\"k\\\\t\",\"paragraph\":4294967295}],\"dates\":[],\"warnings\":[]}");
}

/* Spans outside the text read as empty; counts are cut to the capacity. */
Test(json, bad_spans_and_counts_stay_in_bounds)
{
    static const char text[] = "abc";
    static warta_article a;
    a.title = span_at(1, 3);
    a.author_count = 1000;
    for (size_t k = 0; k < WARTA_MAX_AUTHORS; k++)
        a.authors[k] = span_at(k % 2 ? 4 : 0, k % 2 ? 0 : 3);
    a.paragraph_count = 2;
    a.paragraphs[0] = span_at(0xFFFFFFFFu, 2);
    a.paragraphs[1] = span_at(2, 0xFFFFFFFFu);
    const char *out = compact(&a, text, 3);
    cr_assert_not_null(strstr(out, "\"title\":null,"), "the title reached past the text");
    size_t authors = 0;
    for (const char *p = strstr(out, "\"abc\""); p; p = strstr(p + 1, "\"abc\""))
        authors++;
    cr_assert_eq(authors, (WARTA_MAX_AUTHORS + 1) / 2);
    cr_assert_not_null(strstr(out, "\"body\":[\"\",\"\"],"));
}

Test(json, null_text_gives_empty_strings)
{
    static warta_article a;
    a.paragraph_count = 1;
    a.paragraphs[0] = span_at(0, 5);
    cr_assert_str_eq(compact(&a, NULL, 0), EMPTY_HEAD "\"body\":[\"\"]," EMPTY_TAIL);
}

/* No length limit: a paragraph many times the writer's buffer streams whole. */
Test(json, long_strings_stream_through)
{
    static char text[LONG_TEXT_LEN];
    static char expected[LONG_TEXT_LEN + sizeof EMPTY_HEAD + sizeof EMPTY_TAIL + 16];
    for (size_t k = 0; k < LONG_TEXT_LEN; k++)
        text[k] = k % 7 == 6 ? ' ' : (char)('a' + k % 7);
    static warta_article a;
    a.paragraph_count = 1;
    a.paragraphs[0] = span_at(0, LONG_TEXT_LEN);
    mem_sink m = render_sink(&a, text, LONG_TEXT_LEN, WARTA_JSON_COMPACT);
    size_t body = LONG_TEXT_LEN;
    while (text[body - 1] == ' ')
        body--;
    size_t n = strlen(EMPTY_HEAD "\"body\":[\"");
    memcpy(expected, EMPTY_HEAD "\"body\":[\"", n);
    memcpy(expected + n, text, body);
    n += body;
    memcpy(expected + n, "\"]," EMPTY_TAIL, sizeof("\"]," EMPTY_TAIL));
    cr_assert_str_eq(out_data, expected);
    cr_assert_gt(m.calls, 1);
}

/* Whatever two bytes a span holds, the output is UTF-8 with no raw control byte. */
Test(json, every_byte_pair_gives_valid_utf8)
{
    static warta_article a;
    char text[4] = {'x', 0, 0, 'y'};
    a.paragraph_count = 1;
    a.paragraphs[0] = span_at(0, sizeof text);
    for (unsigned pair = 0; pair < 0x10000; pair++) {
        text[1] = (char)(pair >> 8);
        text[2] = (char)(pair & 0xFF);
        mem_sink m = render_sink(&a, text, sizeof text, WARTA_JSON_COMPACT);
        for (size_t i = 0; i < m.len;) {
            size_t n = warta_utf8_len(out_data, m.len, i);
            cr_assert_neq(n, 0, "invalid UTF-8 at %zu for bytes %04x", i, pair);
            cr_assert_geq((unsigned char)out_data[i], 0x20, "control byte for %04x", pair);
            i += n;
        }
    }
}
