/* The three seed articles against their expected JSON (tests/fixtures/golden),
 * key by key: the pretty JSON of the parse is cut at its top-level keys and
 * each key's text compared; quotes (text and speaker) and dates (text and
 * value) must each be found among the parse's. */
#include "json.h"
#include "warta.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OUT_MAX (1 << 20)

typedef struct {
    char *buf;
    size_t len;
} out_buf;

static void to_buf(void *ctx, const char *bytes, size_t n)
{
    out_buf *o = ctx;
    cr_assert_lt(o->len + n, (size_t)OUT_MAX);
    memcpy(o->buf + o->len, bytes, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f, "cannot open %s", path);
    char *buf = malloc(OUT_MAX);
    *len = fread(buf, 1, OUT_MAX - 1, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

/* The text of top-level key `key` in pretty JSON, without its trailing comma. */
static char *key_text(const char *json, const char *key)
{
    char marker[64];
    snprintf(marker, sizeof marker, "\n  \"%s\": ", key);
    const char *a = strstr(json, marker);
    if (!a)
        return strdup("(missing)");
    a += strlen(marker);
    const char *z = a;
    while (*z && !(z[0] == '\n' && z[1] == ' ' && z[2] == ' ' && z[3] == '"') &&
           !(z[0] == '\n' && z[1] == '}'))
        z++;
    while (z > a && (z[-1] == ',' || z[-1] == '\n'))
        z--;
    return strndup(a, (size_t)(z - a));
}

/* The line `field` of each 4-space-indented entry must be in `got`'s list. */
static void assert_entries_found(const char *want, const char *got, const char *f1, const char *f2)
{
    const char *p = want;
    while ((p = strstr(p, "\n    {")) != NULL) {
        const char *end = strstr(p, "\n    }");
        cr_assert_not_null(end);
        char line1[4096] = "", line2[4096] = "";
        const char *a = strstr(p, f1), *b = strstr(p, f2);
        cr_assert(a && a < end && b && b < end);
        snprintf(line1, sizeof line1, "%.*s", (int)(strchr(a, '\n') - a), a);
        snprintf(line2, sizeof line2, "%.*s", (int)(strchr(b, '\n') - b), b);
        int found = 0;
        for (const char *q = got; (q = strstr(q, line1)) != NULL; q++) {
            const char *qend = strstr(q, "\n    }");
            const char *r = strstr(q, line2);
            if (r && qend && r < qend)
                found = 1;
        }
        cr_assert(found, "expected entry not found: %s / %s", line1, line2);
        p = end;
    }
}

static const char *const keys[] = {
    "version", "title", "published", "updated", "outlet", "dateline", "authors", "editors",
    "author_code", "sources", "body", "captions", "read_also", "related",
};

static void check_seed(const char *name)
{
    char path[512];
    size_t text_len, golden_len;
    snprintf(path, sizeof path, "%s/seeds/%s.txt", WARTA_FIXTURES, name);
    char *text = slurp(path, &text_len);
    snprintf(path, sizeof path, "%s/golden/%s.json", WARTA_FIXTURES, name);
    char *golden = slurp(path, &golden_len);

    static warta_article article;
    cr_assert_eq(warta_parse(text, text_len, NULL, &article), WARTA_OK);
    out_buf out = {malloc(OUT_MAX), 0};
    warta_json_write(&article, text, text_len, WARTA_JSON_PRETTY, to_buf, &out);

    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        char *want = key_text(golden, keys[k]), *got = key_text(out.buf, keys[k]);
        cr_expect_str_eq(got, want, "%s: key %s", name, keys[k]);
        free(want);
        free(got);
    }
    char *want = key_text(golden, "quotes"), *got = key_text(out.buf, "quotes");
    assert_entries_found(want, got, "\"text\": ", "\"speaker\": ");
    free(want);
    free(got);
    want = key_text(golden, "dates");
    got = key_text(out.buf, "dates");
    assert_entries_found(want, got, "\"text\": ", "\"value\": ");
    free(want);
    free(got);
    free(out.buf);
    free(text);
    free(golden);
}

Test(seeds, jpnn_isis_it) { check_seed("000_a8c4865092a0d7f6"); }
Test(seeds, tempo_isis_al_qaeda) { check_seed("001_b234ab07b471a947"); }
Test(seeds, jpnn_australia_indonesia) { check_seed("002_c964573b5d112f92"); }
