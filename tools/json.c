/* One warta_article as a JSON object (spec/OUTPUT.md), streamed to a sink. */
#include "json.h"

#include <string.h>

#include "text.h"

/* Output is gathered in this many bytes before each sink call. */
#define JSON_CHUNK 512
/* Root object, a list, an entry of a list: the deepest the format nests. */
#define JSON_MAX_DEPTH 3
/* Spaces per nesting level in the pretty layout, as in spec/golden. */
#define JSON_INDENT 2
/* Decimal digits of the largest uint32_t. */
#define JSON_UINT32_DIGITS 10

/* Number of entries of a list, never more than its array holds. */
#define LIST_CAPACITY(array) (sizeof(array) / sizeof((array)[0]))
#define LIST_COUNT(count, array) \
    ((count) < LIST_CAPACITY(array) ? (size_t)(count) : LIST_CAPACITY(array))

typedef struct {
    warta_json_sink sink;
    void *ctx;
    const char *text; /* the parsed input the spans point into */
    size_t len;
    int pretty;
    unsigned depth;
    unsigned char has_items[JSON_MAX_DEPTH + 1]; /* per open level: an item was written */
    size_t used;
    char buf[JSON_CHUNK];
} json_out;

/* JSON's two-letter escapes for control characters; 0: use \u00XX. */
static const char short_escapes[0x20] = {
    ['\b'] = 'b', ['\t'] = 't', ['\n'] = 'n', ['\f'] = 'f', ['\r'] = 'r',
};

static const char hex_digits[] = "0123456789abcdef";

/* U+FFFD REPLACEMENT CHARACTER, written for each byte of invalid UTF-8. */
static const char replacement[] = "\xEF\xBF\xBD";

/* The warnings that flags raise, in output order. */
static const struct {
    uint32_t flag;
    const char *warning;
} flag_warnings[] = {
    {WARTA_FLAG_INVALID_UTF8, "invalid_utf8"},
    {WARTA_FLAG_NUL_BYTES, "nul_bytes"},
};

static const char truncated_prefix[] = "truncated:";

static void flush(json_out *o)
{
    if (o->used > 0)
        o->sink(o->ctx, o->buf, o->used);
    o->used = 0;
}

static void put(json_out *o, const char *s, size_t n)
{
    while (n > 0) {
        if (o->used == JSON_CHUNK)
            flush(o);
        size_t room = JSON_CHUNK - o->used;
        size_t k = n < room ? n : room;
        memcpy(o->buf + o->used, s, k);
        o->used += k;
        s += k;
        n -= k;
    }
}

static void put_char(json_out *o, char c)
{
    if (o->used == JSON_CHUNK)
        flush(o);
    o->buf[o->used++] = c;
}

static void put_str(json_out *o, const char *s) { put(o, s, strlen(s)); }

static void put_uint(json_out *o, uint32_t v)
{
    char digits[JSON_UINT32_DIGITS];
    size_t n = 0;
    do {
        digits[JSON_UINT32_DIGITS - 1 - n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v > 0);
    put(o, digits + JSON_UINT32_DIGITS - n, n);
}

static void newline_indent(json_out *o, unsigned depth)
{
    put_char(o, '\n');
    for (unsigned k = 0; k < depth * JSON_INDENT; k++)
        put_char(o, ' ');
}

static void open_level(json_out *o, char bracket)
{
    put_char(o, bracket);
    o->depth++;
    o->has_items[o->depth] = 0;
}

/* An empty level closes right after its bracket: "[]", "{}". */
static void close_level(json_out *o, char bracket)
{
    if (o->pretty && o->has_items[o->depth])
        newline_indent(o, o->depth - 1);
    o->depth--;
    put_char(o, bracket);
}

/* Starts the next member of an object or entry of a list. */
static void next_item(json_out *o)
{
    if (o->has_items[o->depth])
        put_char(o, ',');
    o->has_items[o->depth] = 1;
    if (o->pretty)
        newline_indent(o, o->depth);
}

static void key(json_out *o, const char *name)
{
    next_item(o);
    put_char(o, '"');
    put_str(o, name);
    put(o, o->pretty ? "\": " : "\":", o->pretty ? 3 : 2);
}

static void put_ascii_escaped(json_out *o, unsigned char c)
{
    if (c == '"' || c == '\\') {
        put_char(o, '\\');
        put_char(o, (char)c);
    } else if (c < 0x20 && short_escapes[c]) {
        put_char(o, '\\');
        put_char(o, short_escapes[c]);
    } else if (c < 0x20) {
        char u[6] = {'\\', 'u', '0', '0', hex_digits[c >> 4], hex_digits[c & 0xF]};
        put(o, u, sizeof u);
    } else {
        put_char(o, (char)c);
    }
}

/* ASCII that a JSON string holds as it is: not white space, a control, '"' or '\\'
 * (DEL needs no escape). */
static int is_plain(unsigned char c)
{
    return c > ' ' && c < 0x80 && c != '"' && c != '\\';
}

/* 1 when put_text writes the eight bytes x, after a plain byte, unchanged: plain bytes
 * and single spaces between them, the last byte not a space. */
static int plain_word(uint64_t x)
{
    uint64_t space = warta_bytes_equal(x, ' ');
    uint64_t other = (x & WARTA_HIGHS) |
                     (~warta_bytes_at_least(x & ~WARTA_HIGHS, ' ') & WARTA_HIGHS) |
                     warta_bytes_equal(x, '"') | warta_bytes_equal(x, '\\');
    /* Byte k + 1 of x is in bits 8k + 8 and up: a space then a space; the last a space. */
    return !other && !(space & (space >> 8)) && !(space >> 63);
}

/* Bytes from s[i], a plain one, that put_text writes unchanged: plain bytes and the
 * single spaces between them (folding leaves those as they are), eight at a time
 * where it can. Every step ends on a plain byte. */
static size_t plain_run(const char *s, size_t len, size_t i)
{
    size_t j = i + 1;
    for (;;) {
        if (len - j >= WARTA_WORD_BYTES && plain_word(warta_load_bytes(s + j)))
            j += WARTA_WORD_BYTES;
        else if (j < len && is_plain((unsigned char)s[j]))
            j++;
        else if (j + 1 < len && s[j] == ' ' && is_plain((unsigned char)s[j + 1]))
            j += 2;
        else
            return j - i;
    }
}

/* s[0..len) as a JSON string, white space folded and trimmed as warta_span_text
 * does it; a sequence cut by len is invalid, so nothing past len is read. */
static void put_text(json_out *o, const char *s, size_t len)
{
    size_t i = 0;
    int pending_space = 0, started = 0;
    put_char(o, '"');
    while (i < len) {
        size_t n = warta_space_len(s, len, i);
        if (n > 0) {
            pending_space = started;
            i += n;
            continue;
        }
        if (pending_space)
            put_char(o, ' ');
        pending_space = 0;
        started = 1;
        if (is_plain((unsigned char)s[i])) {
            /* Most of a text: copied a run at a time, not escaped byte by byte. */
            n = plain_run(s, len, i);
            put(o, s + i, n);
            i += n;
            continue;
        }
        n = warta_utf8_len(s, len, i);
        if (n == 0) {
            put(o, replacement, sizeof replacement - 1);
            n = 1;
        } else if (n == 1) {
            put_ascii_escaped(o, (unsigned char)s[i]);
        } else {
            put(o, s + i, n);
        }
        i += n;
    }
    put_char(o, '"');
}

/* The bytes of a span; empty when it does not lie inside the input. */
static size_t span_bytes(const json_out *o, warta_span span, const char **s)
{
    if (!o->text || span.off > o->len || span.len > o->len - span.off) {
        *s = "";
        return 0;
    }
    *s = o->text + span.off;
    return span.len;
}

static void put_span(json_out *o, warta_span span)
{
    const char *s;
    size_t n = span_bytes(o, span, &s);
    put_text(o, s, n);
}

static void put_null(json_out *o) { put(o, "null", 4); }

static void put_span_or_null(json_out *o, warta_span span)
{
    const char *s;
    size_t n = span_bytes(o, span, &s);
    if (warta_skip_space(s, n, 0) < n)
        put_text(o, s, n);
    else
        put_null(o);
}

static void put_cstr_or_null(json_out *o, const char *s)
{
    if (s)
        put_text(o, s, strlen(s));
    else
        put_null(o);
}

static void put_time(json_out *o, const warta_time *time)
{
    char iso[WARTA_ISO_SIZE];
    size_t n = warta_time_iso(time, iso);
    if (n > 0 && n < sizeof iso)
        put_text(o, iso, n);
    else
        put_null(o);
}

static void put_age(json_out *o, const warta_age *age)
{
    char iso[WARTA_ISO_SIZE];
    size_t n = warta_age_iso(age, iso);
    if (n > 0 && n < sizeof iso)
        put_text(o, iso, n);
    else
        put_null(o);
}

static void put_span_list(json_out *o, const char *name, const warta_span *spans, size_t count)
{
    key(o, name);
    open_level(o, '[');
    for (size_t k = 0; k < count; k++) {
        next_item(o);
        put_span(o, spans[k]);
    }
    close_level(o, ']');
}

static void put_captions(json_out *o, const warta_article *a)
{
    key(o, "captions");
    open_level(o, '[');
    for (size_t k = 0; k < LIST_COUNT(a->caption_count, a->captions); k++) {
        next_item(o);
        open_level(o, '{');
        key(o, "text");
        put_span(o, a->captions[k].text);
        key(o, "credit");
        put_span_or_null(o, a->captions[k].credit);
        close_level(o, '}');
    }
    close_level(o, ']');
}

static void put_related(json_out *o, const warta_article *a)
{
    key(o, "related");
    open_level(o, '[');
    for (size_t k = 0; k < LIST_COUNT(a->related_count, a->related); k++) {
        next_item(o);
        open_level(o, '{');
        key(o, "title");
        put_span(o, a->related[k].title);
        key(o, "age");
        put_age(o, &a->related[k].age);
        key(o, "teaser");
        put_span_or_null(o, a->related[k].teaser);
        close_level(o, '}');
    }
    close_level(o, ']');
}

static void put_quotes(json_out *o, const warta_article *a)
{
    key(o, "quotes");
    open_level(o, '[');
    for (size_t k = 0; k < LIST_COUNT(a->quote_count, a->quotes); k++) {
        next_item(o);
        open_level(o, '{');
        key(o, "text");
        put_span(o, a->quotes[k].text);
        key(o, "speaker");
        put_span_or_null(o, a->quotes[k].speaker);
        key(o, "verb");
        put_cstr_or_null(o, a->quotes[k].verb);
        key(o, "paragraph");
        put_uint(o, a->quotes[k].paragraph);
        close_level(o, '}');
    }
    close_level(o, ']');
}

static void put_dates(json_out *o, const warta_article *a)
{
    key(o, "dates");
    open_level(o, '[');
    for (size_t k = 0; k < LIST_COUNT(a->date_count, a->dates); k++) {
        next_item(o);
        open_level(o, '{');
        key(o, "text");
        put_span(o, a->dates[k].text);
        key(o, "value");
        put_time(o, &a->dates[k].value);
        close_level(o, '}');
    }
    close_level(o, ']');
}

static void put_warnings(json_out *o, const warta_article *a)
{
    key(o, "warnings");
    open_level(o, '[');
    for (unsigned f = 0; f < WARTA_FIELD_COUNT; f++) {
        if (a->dropped[f] == 0)
            continue;
        next_item(o);
        put_char(o, '"');
        put(o, truncated_prefix, sizeof truncated_prefix - 1);
        put_str(o, warta_field_name((warta_field)f));
        put_char(o, '"');
    }
    for (size_t k = 0; k < sizeof flag_warnings / sizeof flag_warnings[0]; k++) {
        if (!(a->flags & flag_warnings[k].flag))
            continue;
        next_item(o);
        put_char(o, '"');
        put_str(o, flag_warnings[k].warning);
        put_char(o, '"');
    }
    close_level(o, ']');
}

void warta_json_write(const warta_article *article, const char *text, size_t len,
                      warta_json_layout layout, warta_json_sink sink, void *ctx)
{
    json_out o;
    o.sink = sink;
    o.ctx = ctx;
    o.text = text;
    o.len = text ? len : 0;
    o.pretty = layout == WARTA_JSON_PRETTY;
    o.depth = 0;
    o.used = 0;

    open_level(&o, '{');
    key(&o, "version");
    put_uint(&o, WARTA_JSON_VERSION);
    key(&o, "title");
    put_span_or_null(&o, article->title);
    key(&o, "published");
    put_time(&o, &article->published);
    key(&o, "updated");
    put_time(&o, &article->updated);
    key(&o, "outlet");
    put_cstr_or_null(&o, article->outlet);
    key(&o, "dateline");
    put_span_or_null(&o, article->dateline);
    put_span_list(&o, "authors", article->authors,
                  LIST_COUNT(article->author_count, article->authors));
    put_span_list(&o, "editors", article->editors,
                  LIST_COUNT(article->editor_count, article->editors));
    key(&o, "author_code");
    put_span_or_null(&o, article->author_code);
    put_span_list(&o, "sources", article->sources,
                  LIST_COUNT(article->source_count, article->sources));
    put_span_list(&o, "body", article->paragraphs,
                  LIST_COUNT(article->paragraph_count, article->paragraphs));
    put_captions(&o, article);
    put_span_list(&o, "read_also", article->read_also,
                  LIST_COUNT(article->read_also_count, article->read_also));
    put_related(&o, article);
    put_quotes(&o, article);
    put_dates(&o, article);
    put_warnings(&o, article);
    close_level(&o, '}');
    flush(&o);
}
