/* Any sequence of bytes is valid input: warta_parse returns WARTA_OK, keeps
 * every span inside the input and every count within its capacity, reads
 * nothing past the end (inputs sit before a guard page) and gives the same
 * result twice, whatever the article held before. */
#include "article_check.h"
#include "fixture_json.h"
#include "guarded.h"
#include "warta.h"

#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Generous for a linear parser on megabytes, even under ASan; a quadratic one blows it. */
#define BIG_INPUT_TIMEOUT_SECONDS 60

#define FIVE_MB ((size_t)5 << 20)
#define ONE_MB ((size_t)1 << 20)
#define NUL_RUN_BYTES ((size_t)1 << 16)

/* Bytes an article is filled with before a parse, to see that every one is written. */
#define STALE_BYTE 0xA5

static warta_article first, second;

/* Parses a guarded copy twice, into a zeroed and into a stale article. */
static void parse_checked(const char *text, size_t len)
{
    guarded_buffer in = guarded_copy(text, len);
    memset(&first, 0, sizeof first);
    memset(&second, STALE_BYTE, sizeof second);
    cr_assert_eq(warta_parse(in.text, in.len, NULL, &first), WARTA_OK);
    article_check_invariants(&first, len, NULL);
    cr_assert_eq(warta_parse(in.text, in.len, NULL, &second), WARTA_OK);
    cr_assert(memcmp(&first, &second, WARTA_ARTICLE_RESULT_BYTES) == 0,
              "two parses of the same %zu bytes differ", len);
    guarded_free(&in);
}

/* The next value of a fixed 32-bit LCG (Numerical Recipes); the high byte is the random one. */
static uint32_t lcg_next(uint32_t *state)
{
    *state = *state * 1664525u + 1013904223u;
    return *state;
}

static char *read_seed(const char *name, size_t *len)
{
    char relative[128];
    snprintf(relative, sizeof relative, "seeds/%s.txt", name);
    char *text = fixture_read_file(fixture_path(relative), len);
    cr_assert_not_null(text, "cannot read %s", fixture_path(relative));
    return text;
}

/* The texts parse_after_parse takes in turn: the three samples and the eleven pages, as
 * page text and as w3m dump; each also with a line more at its end, so that the parse
 * before leaves a block in the slot right after the text's own last block. */
#define TURN_TEXTS 25
#define LINE_MORE "\n\nSatu kalimat lagi yang ditulis di akhir halaman ini, tanpa arti apa pun.\n"

static char *read_turn_text(size_t k, size_t *len)
{
    char relative[64];
    if (k < 3) {
        static const char *const seeds[] = {"000_a8c4865092a0d7f6", "001_b234ab07b471a947",
                                            "002_c964573b5d112f92"};
        return read_seed(seeds[k], len);
    }
    snprintf(relative, sizeof relative, "../corpus/%03zu%s.txt", (k - 3) / 2 + 1,
             (k - 3) % 2 ? ".w3m" : "");
    char *text = fixture_read_file(fixture_path(relative), len);
    cr_assert_not_null(text, "cannot read %s", fixture_path(relative));
    return text;
}

/* The block memo is working memory a parse does not clear: what an earlier parse left
 * there, of another text or of a longer one, changes no result. */
Test(bad_input, parse_after_parse)
{
    static warta_article after;
    char *texts[TURN_TEXTS];
    char *longer[TURN_TEXTS];
    size_t lens[TURN_TEXTS];
    for (size_t k = 0; k < TURN_TEXTS; k++) {
        texts[k] = read_turn_text(k, &lens[k]);
        longer[k] = malloc(lens[k] + sizeof LINE_MORE);
        cr_assert_not_null(longer[k]);
        memcpy(longer[k], texts[k], lens[k]);
        memcpy(longer[k] + lens[k], LINE_MORE, sizeof LINE_MORE);
    }
    for (size_t k = 0; k < TURN_TEXTS; k++) {
        memset(&first, 0, sizeof first);
        cr_assert_eq(warta_parse(texts[k], lens[k], NULL, &first), WARTA_OK);
        for (size_t j = 0; j <= TURN_TEXTS; j++) {
            const char *before = j < TURN_TEXTS ? texts[j] : longer[k];
            size_t before_len = j < TURN_TEXTS ? lens[j] : lens[k] + sizeof LINE_MORE - 1;
            cr_assert_eq(warta_parse(before, before_len, NULL, &after), WARTA_OK);
            cr_assert_eq(warta_parse(texts[k], lens[k], NULL, &after), WARTA_OK);
            cr_assert(memcmp(&first, &after, WARTA_ARTICLE_RESULT_BYTES) == 0,
                      "text %zu parsed after %s %zu: another result", k,
                      j < TURN_TEXTS ? "text" : "a line more than", j < TURN_TEXTS ? j : k);
        }
    }
    for (size_t k = 0; k < TURN_TEXTS; k++) {
        free(texts[k]);
        free(longer[k]);
    }
}

Test(bad_input, empty_input_gives_an_empty_article)
{
    parse_checked("", 0);
    article_check_empty(&first);
}

Test(bad_input, null_text_with_zero_length_gives_an_empty_article)
{
    memset(&first, STALE_BYTE, sizeof first);
    cr_assert_eq(warta_parse(NULL, 0, NULL, &first), WARTA_OK);
    article_check_empty(&first);
}

Test(bad_input, only_blanks_give_an_empty_article)
{
    /* ASCII blanks, CRLF and CR, U+00A0, U+2003, U+3000, U+FEFF. */
    static const char blanks[] = "  \t\n\r\n\r \xC2\xA0\n\n\xE2\x80\x83\t\xE3\x80\x80\xEF\xBB\xBF  \n";
    parse_checked(blanks, sizeof blanks - 1);
    article_check_empty(&first);
}

Test(bad_input, null_text_with_a_length_is_a_null_argument)
{
    memset(&first, STALE_BYTE, sizeof first);
    cr_assert_eq(warta_parse(NULL, 1, NULL, &first), WARTA_ERR_NULL_ARGUMENT);
    article_check_all_zero(&first);
}

Test(bad_input, null_article_is_a_null_argument)
{
    cr_assert_eq(warta_parse("Judul", 5, NULL, NULL), WARTA_ERR_NULL_ARGUMENT);
    cr_assert_eq(warta_parse(NULL, 0, NULL, NULL), WARTA_ERR_NULL_ARGUMENT);
}

Test(bad_input, four_gib_is_too_large)
{
    if ((uint64_t)SIZE_MAX <= UINT32_MAX)
        cr_skip_test("size_t cannot say 4 GiB here");
    /* The length alone must refuse it: the library may not read a byte of it. */
    guarded_buffer in = guarded_copy("x", 1);
    memset(&first, STALE_BYTE, sizeof first);
    cr_assert_eq(warta_parse(in.text, (size_t)((uint64_t)UINT32_MAX + 1), NULL, &first),
                 WARTA_ERR_TOO_LARGE);
    article_check_all_zero(&first);
    guarded_free(&in);
}

Test(bad_input, five_megabytes_without_a_newline, .timeout = BIG_INPUT_TIMEOUT_SECONDS)
{
    static const char sentence[] =
        "\"Kata yang panjang sekali,\" kata Budi, Sabtu (30/4). BACA JUGA: Judul - ";
    char *text = malloc(FIVE_MB);
    cr_assert_not_null(text);
    for (size_t i = 0; i < FIVE_MB; i++)
        text[i] = sentence[i % (sizeof sentence - 1)];
    parse_checked(text, FIVE_MB);
    free(text);
}

Test(bad_input, nul_bytes_only)
{
    char *text = calloc(NUL_RUN_BYTES, 1);
    cr_assert_not_null(text);
    parse_checked(text, NUL_RUN_BYTES);
    cr_assert_eq(first.flags, WARTA_FLAG_NUL_BYTES);
    cr_assert_eq(first.paragraph_count, 0);
    cr_assert_eq(first.title.len, 0);
    free(text);
}

Test(bad_input, nul_bytes_inside_an_article)
{
    size_t len;
    char *text = read_seed("000_a8c4865092a0d7f6", &len);
    for (size_t i = 0; i < len; i += 97)
        text[i] = '\0';
    parse_checked(text, len);
    cr_assert_eq(first.flags & WARTA_FLAG_NUL_BYTES, WARTA_FLAG_NUL_BYTES);
    free(text);
}

Test(bad_input, valid_articles_raise_no_flags)
{
    static const char *const seeds[] = {"000_a8c4865092a0d7f6", "001_b234ab07b471a947",
                                        "002_c964573b5d112f92"};
    for (size_t k = 0; k < sizeof seeds / sizeof seeds[0]; k++) {
        size_t len;
        char *text = read_seed(seeds[k], &len);
        parse_checked(text, len);
        cr_assert_eq(first.flags, 0, "%s: flags 0x%x", seeds[k], first.flags);
        free(text);
    }
}

Test(bad_input, invalid_utf8_sequences)
{
    /* Lone continuation, bytes never in UTF-8, overlong forms, a surrogate,
     * above U+10FFFF, and sequences cut short by the end of the input. */
    static const char *const invalid[] = {
        "\x80",     "\xBF",         "\xC0\x80",     "\xC1\xBF", "\xF5\x80\x80\x80",
        "\xFF",     "\xFE",         "\xE0\x80\x80", "\xED\xA0\x80", "\xF0\x80\x80\x80",
        "\xF4\x90\x80\x80",         "\xC3",         "\xE2\x80", "\xF0\x9F\x98",
    };
    char text[256];
    for (size_t k = 0; k < sizeof invalid / sizeof invalid[0]; k++) {
        int n = snprintf(text, sizeof text, "Judul Berita\n\nJAKARTA - Kalimat %s", invalid[k]);
        cr_assert(n > 0 && (size_t)n < sizeof text);
        parse_checked(text, (size_t)n);
        cr_assert_eq(first.flags, WARTA_FLAG_INVALID_UTF8, "sequence %zu: flags 0x%x", k,
                     first.flags);
    }
}

/* Both flags, whichever comes first, wherever in a step of the scan the second one falls. */
Test(bad_input, nul_and_invalid_utf8_in_either_order)
{
    char text[64];
    for (size_t gap = 1; gap < 40; gap++) {
        for (int nul_first = 0; nul_first < 2; nul_first++) {
            memset(text, 'a', sizeof text);
            text[3] = nul_first ? '\0' : (char)0xFF;
            text[3 + gap] = nul_first ? (char)0xFF : '\0';
            parse_checked(text, sizeof text);
            cr_assert_eq(first.flags, WARTA_FLAG_NUL_BYTES | WARTA_FLAG_INVALID_UTF8,
                         "gap %zu, NUL first %d: flags 0x%x", gap, nul_first, first.flags);
        }
    }
}

Test(bad_input, invalid_utf8_inside_an_article)
{
    size_t len;
    char *text = read_seed("001_b234ab07b471a947", &len);
    for (size_t i = 0; i < len; i += 89)
        text[i] = (char)0xFF;
    parse_checked(text, len);
    cr_assert_eq(first.flags & WARTA_FLAG_INVALID_UTF8, WARTA_FLAG_INVALID_UTF8);
    free(text);
}

Test(bad_input, one_megabyte_of_random_bytes, .timeout = BIG_INPUT_TIMEOUT_SECONDS)
{
    char *text = malloc(ONE_MB);
    uint32_t state = 20160430u;
    cr_assert_not_null(text);
    for (size_t i = 0; i < ONE_MB; i++)
        text[i] = (char)(lcg_next(&state) >> 24);
    parse_checked(text, ONE_MB);
    free(text);
}

/* Random sequences of the format's own tokens reach deeper than random bytes. */
Test(bad_input, one_megabyte_of_random_tokens, .timeout = BIG_INPUT_TIMEOUT_SECONDS)
{
    static const char *const tokens[] = {
        "\n", "\n\n", " ", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", ",", ".", " - ", "\xE2\x80\x93",
        "(", ")", "/", ":", "|", "BACA JUGA:", "Baca juga:", "kata", "ujar", "jelasnya",
        "Redaktur", "Penulis", "Editor", "Reporter", "WIB", "Sabtu", "30", "4", "2016",
        "April", "15:24", "jpnn.com", "TEMPO.CO", "MOSUL", "hari lalu", "Foto:", "REUTERS",
        "dikutip dari", "Ara News", "(adk/jpnn)", "Berita terkait", "Baca Selengkapnya",
        "Ilustrasi", "\xC2\xA0", "Terpopuler", "\xFF", "\0",
    };
    size_t count = sizeof tokens / sizeof tokens[0];
    char *text = malloc(ONE_MB);
    uint32_t state = 20170418u;
    size_t len = 0;
    cr_assert_not_null(text);
    for (;;) {
        size_t k = (lcg_next(&state) >> 16) % count;
        size_t n = tokens[k][0] == '\0' ? 1 : strlen(tokens[k]);
        if (len + n > ONE_MB)
            break;
        memcpy(text + len, tokens[k], n);
        len += n;
    }
    parse_checked(text, len);
    free(text);
}

/* One construct repeated: the shapes that make a careless parser quadratic. */
Test(bad_input, repeated_constructs, .timeout = BIG_INPUT_TIMEOUT_SECONDS)
{
    static const char *const units[] = {
        "\"",        "\n",           "BACA JUGA: Judul\n", "Sabtu (30/4) ", "kata Budi, ",
        "- ",        "jpnn.com - ",  "(adk/jpnn) ",        "11 hari lalu\n", "Redaktur : A\n",
        "A | ",      "Penulis: A, ", "\"a,\" kata B. ",    "Foto: REUTERS/A\n",
    };
    char *text = malloc(ONE_MB);
    cr_assert_not_null(text);
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        size_t n = strlen(units[k]);
        for (size_t i = 0; i < ONE_MB; i++)
            text[i] = units[k][i % n];
        parse_checked(text, ONE_MB);
    }
    free(text);
}
