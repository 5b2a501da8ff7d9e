/* Recursive descent over a buffer; allocates freely, as test code may. */
#include "fixture_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Golden files nest three levels; the bound keeps the recursion finite. */
#define FIXTURE_JSON_MAX_DEPTH 32

typedef struct {
    const char *s;
    size_t len;
    size_t i;
} reader;

static void skip_space(reader *r)
{
    while (r->i < r->len &&
           (r->s[r->i] == ' ' || r->s[r->i] == '\t' || r->s[r->i] == '\r' || r->s[r->i] == '\n'))
        r->i++;
}

static int take(reader *r, char c)
{
    skip_space(r);
    if (r->i < r->len && r->s[r->i] == c) {
        r->i++;
        return 1;
    }
    return 0;
}

static int take_word(reader *r, const char *word)
{
    size_t n = strlen(word);
    if (r->len - r->i < n || memcmp(r->s + r->i, word, n) != 0)
        return 0;
    r->i += n;
    return 1;
}

static long hex4(reader *r)
{
    long v = 0;
    if (r->len - r->i < 4)
        return -1;
    for (int k = 0; k < 4; k++) {
        char c = r->s[r->i++];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

static size_t put_utf8(char *dst, unsigned long cp)
{
    if (cp < 0x80) {
        dst[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        dst[0] = (char)(0xC0 | (cp >> 6));
        dst[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        dst[0] = (char)(0xE0 | (cp >> 12));
        dst[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        dst[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    dst[0] = (char)(0xF0 | (cp >> 18));
    dst[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    dst[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    dst[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* A string after its opening quote; escapes never grow the text, so the
 * remaining input length bounds the output. */
static char *read_string(reader *r)
{
    char *out = malloc(r->len - r->i + 1);
    size_t n = 0;
    if (!out)
        return NULL;
    while (r->i < r->len) {
        char c = r->s[r->i++];
        if (c == '"') {
            out[n] = '\0';
            return out;
        }
        if ((unsigned char)c < 0x20)
            break;
        if (c != '\\') {
            out[n++] = c;
            continue;
        }
        if (r->i >= r->len)
            break;
        c = r->s[r->i++];
        const char *simple = strchr("\"\\/bfnrt", c);
        if (simple && c != '\0') {
            out[n++] = "\"\\/\b\f\n\r\t"[simple - "\"\\/bfnrt"];
            continue;
        }
        if (c != 'u')
            break;
        long cp = hex4(r);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (!take_word(r, "\\u"))
                break;
            long low = hex4(r);
            if (low < 0xDC00 || low > 0xDFFF)
                break;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        } else if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) {
            break;
        }
        n += put_utf8(out + n, (unsigned long)cp);
    }
    free(out);
    return NULL;
}

static int read_value(reader *r, fixture_json *v, int depth);

static int read_members(reader *r, fixture_json *v, int depth, char close)
{
    if (take(r, close))
        return 1;
    do {
        char *key = NULL;
        if (close == '}' && (!take(r, '"') || !(key = read_string(r))))
            return 0;
        if (close == '}' && !take(r, ':')) {
            free(key);
            return 0;
        }
        fixture_json *items = realloc(v->items, (v->count + 1) * sizeof *items);
        if (!items) {
            free(key);
            return 0;
        }
        v->items = items;
        if (close == '}') {
            char **keys = realloc(v->keys, (v->count + 1) * sizeof *keys);
            if (!keys) {
                free(key);
                return 0;
            }
            v->keys = keys;
            v->keys[v->count] = key;
        }
        memset(&v->items[v->count], 0, sizeof v->items[v->count]);
        v->count++;
        if (!read_value(r, &v->items[v->count - 1], depth + 1))
            return 0;
    } while (take(r, ','));
    return take(r, close);
}

static int read_value(reader *r, fixture_json *v, int depth)
{
    if (depth > FIXTURE_JSON_MAX_DEPTH)
        return 0;
    skip_space(r);
    if (r->i >= r->len)
        return 0;
    char c = r->s[r->i];
    if (c == '{' || c == '[') {
        r->i++;
        v->type = c == '{' ? FIXTURE_JSON_OBJECT : FIXTURE_JSON_ARRAY;
        return read_members(r, v, depth, c == '{' ? '}' : ']');
    }
    if (c == '"') {
        r->i++;
        v->type = FIXTURE_JSON_STRING;
        return (v->string = read_string(r)) != NULL;
    }
    if (take_word(r, "null")) {
        v->type = FIXTURE_JSON_NULL;
        return 1;
    }
    if (take_word(r, "true") || take_word(r, "false")) {
        v->type = FIXTURE_JSON_BOOL;
        v->integer = r->s[r->i - 2] == 'u'; /* "tru|e" rather than "fals|e" */
        return 1;
    }
    int negative = c == '-';
    size_t start = r->i += (size_t)negative;
    v->type = FIXTURE_JSON_INT;
    while (r->i < r->len && r->s[r->i] >= '0' && r->s[r->i] <= '9')
        v->integer = v->integer * 10 + (r->s[r->i++] - '0');
    if (negative)
        v->integer = -v->integer;
    if (r->i < r->len && (r->s[r->i] == '.' || r->s[r->i] == 'e' || r->s[r->i] == 'E'))
        return 0;
    return r->i > start;
}

static void free_members(fixture_json *v)
{
    for (size_t k = 0; k < v->count; k++) {
        free_members(&v->items[k]);
        if (v->keys)
            free(v->keys[k]);
    }
    free(v->items);
    free(v->keys);
    free(v->string);
}

fixture_json *fixture_json_parse(const char *text, size_t len)
{
    reader r = {text, len, 0};
    fixture_json *v = calloc(1, sizeof *v);
    if (!v)
        return NULL;
    if (!read_value(&r, v, 0) || (skip_space(&r), r.i != r.len)) {
        fixture_json_free(v);
        return NULL;
    }
    return v;
}

const fixture_json *fixture_json_get(const fixture_json *object, const char *key)
{
    if (!object || object->type != FIXTURE_JSON_OBJECT)
        return NULL;
    for (size_t k = 0; k < object->count; k++)
        if (strcmp(object->keys[k], key) == 0)
            return &object->items[k];
    return NULL;
}

void fixture_json_free(fixture_json *value)
{
    if (!value)
        return;
    free_members(value);
    free(value);
}

char *fixture_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *data = NULL;
    size_t n = 0, cap = 0;
    if (!f)
        return NULL;
    for (;;) {
        if (cap - n < BUFSIZ) {
            char *grown = realloc(data, cap = cap * 2 + BUFSIZ + 1);
            if (!grown) {
                free(data);
                fclose(f);
                return NULL;
            }
            data = grown;
        }
        size_t got = fread(data + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    int failed = ferror(f);
    fclose(f);
    if (failed) {
        free(data);
        return NULL;
    }
    data[n] = '\0';
    *len = n;
    return data;
}
