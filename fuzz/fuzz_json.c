/* Target "json": the writer of tools/json.c. Whatever the input, and
 * whatever a warta_article holds (the parse of the input, or the input's
 * own bytes copied over an article), the output is strict UTF-8 and valid
 * JSON, checked while it streams by the small validator below, and the
 * compact layout is the pretty one without its white space. */
#include "common.h"
#include "json.h"

#include <string.h>

/* The writer nests an object in a list in the root object; room for more. */
#define VALIDATOR_MAX_DEPTH 8
/* Hex digits after \u. */
#define UNICODE_ESCAPE_DIGITS 4

typedef enum {
    J_VALUE,       /* a value must come */
    J_KEY,         /* a key string must come (after '{' or ',') */
    J_KEY_OR_END,  /* right after '{' */
    J_VALUE_OR_END, /* right after '[' */
    J_COLON,       /* after a key */
    J_AFTER,       /* after a value: ',' or a closing bracket, or the end */
    J_STRING,      /* inside a string */
    J_ESCAPE,      /* after a backslash */
    J_UNICODE,     /* inside \uXXXX */
    J_NUMBER_ZERO, /* a number that is "0" or "-0" so far */
    J_NUMBER_SIGN, /* a lone '-' */
    J_NUMBER,      /* digits of a number */
    J_LITERAL,     /* the rest of true, false or null */
    J_BAD
} json_state;

/* A streaming validator of strict UTF-8 and of the JSON the writer prints
 * (numbers are integers; \u escapes are never surrogates); it also hashes
 * every byte that is not white space between tokens. */
typedef struct {
    json_state state;
    int in_key;                /* the string being read is a key */
    char stack[VALIDATOR_MAX_DEPTH];
    unsigned depth;
    unsigned hex_left;
    unsigned hex_value;
    const char *literal_rest;  /* what the literal still needs */
    unsigned utf8_left;        /* continuation bytes still expected */
    unsigned char utf8_lo, utf8_hi; /* range of the next continuation byte */
    int utf8_bad;
    int done;                  /* the root value is complete */
    uint64_t hash;
    size_t bytes;
    int newlines;              /* raw newline bytes seen */
} json_check;

static void check_init(json_check *c)
{
    memset(c, 0, sizeof *c);
    c->state = J_VALUE;
    c->hash = 14695981039346656037u;
}

static void utf8_byte(json_check *c, unsigned char b)
{
    if (c->utf8_left > 0) {
        if (b < c->utf8_lo || b > c->utf8_hi)
            c->utf8_bad = 1;
        c->utf8_left--;
        c->utf8_lo = 0x80;
        c->utf8_hi = 0xBF;
        return;
    }
    c->utf8_lo = 0x80;
    c->utf8_hi = 0xBF;
    if (b < 0x80)
        return;
    if (b >= 0xC2 && b <= 0xDF) {
        c->utf8_left = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
        c->utf8_left = 2;
        if (b == 0xE0)
            c->utf8_lo = 0xA0; /* no overlong forms */
        if (b == 0xED)
            c->utf8_hi = 0x9F; /* no surrogates */
    } else if (b >= 0xF0 && b <= 0xF4) {
        c->utf8_left = 3;
        if (b == 0xF0)
            c->utf8_lo = 0x90;
        if (b == 0xF4)
            c->utf8_hi = 0x8F; /* nothing above U+10FFFF */
    } else {
        c->utf8_bad = 1;
    }
}

static int is_space(unsigned char b) { return b == ' ' || b == '\n' || b == '\r' || b == '\t'; }

static int hex_of(unsigned char b)
{
    if (b >= '0' && b <= '9')
        return b - '0';
    if (b >= 'a' && b <= 'f')
        return b - 'a' + 10;
    if (b >= 'A' && b <= 'F')
        return b - 'A' + 10;
    return -1;
}

/* A value is complete: the container above it, if any, waits for ',' or its end. */
static void value_done(json_check *c)
{
    c->state = J_AFTER;
    if (c->depth == 0)
        c->done = 1;
}

static void open_container(json_check *c, char bracket)
{
    if (c->depth == VALIDATOR_MAX_DEPTH) {
        c->state = J_BAD;
        return;
    }
    c->stack[c->depth++] = bracket;
    c->state = bracket == '{' ? J_KEY_OR_END : J_VALUE_OR_END;
}

static void close_container(json_check *c, char bracket)
{
    if (c->depth == 0 || c->stack[c->depth - 1] != (bracket == '}' ? '{' : '[')) {
        c->state = J_BAD;
        return;
    }
    c->depth--;
    value_done(c);
}

static void start_value(json_check *c, unsigned char b)
{
    switch (b) {
    case '{':
    case '[': open_container(c, (char)b); break;
    case '"': c->state = J_STRING; c->in_key = 0; break;
    case '-': c->state = J_NUMBER_SIGN; break;
    case '0': c->state = J_NUMBER_ZERO; break;
    case 't': c->state = J_LITERAL; c->literal_rest = "rue"; break;
    case 'f': c->state = J_LITERAL; c->literal_rest = "alse"; break;
    case 'n': c->state = J_LITERAL; c->literal_rest = "ull"; break;
    default:
        c->state = b >= '1' && b <= '9' ? J_NUMBER : J_BAD;
    }
}

static void after_value(json_check *c, unsigned char b)
{
    if (c->depth == 0) {
        c->state = J_BAD; /* nothing but white space after the root */
    } else if (b == ',') {
        c->state = c->stack[c->depth - 1] == '{' ? J_KEY : J_VALUE;
    } else if (b == '}' || b == ']') {
        close_container(c, (char)b);
    } else {
        c->state = J_BAD;
    }
}

static void json_byte(json_check *c, unsigned char b)
{
    int in_token = c->state == J_STRING || c->state == J_ESCAPE || c->state == J_UNICODE;
    if ((c->state == J_NUMBER || c->state == J_NUMBER_ZERO) && !(b >= '0' && b <= '9'))
        value_done(c);
    if (!in_token && c->state != J_LITERAL && c->state != J_NUMBER_SIGN && is_space(b))
        return;
    c->hash = (c->hash ^ b) * 1099511628211u;
    switch (c->state) {
    case J_VALUE_OR_END:
        if (b == ']') {
            close_container(c, ']');
            break;
        }
        start_value(c, b);
        break;
    case J_VALUE: start_value(c, b); break;
    case J_KEY_OR_END:
        if (b == '}') {
            close_container(c, '}');
            break;
        }
        /* fall through */
    case J_KEY:
        c->state = b == '"' ? J_STRING : J_BAD;
        c->in_key = 1;
        break;
    case J_COLON: c->state = b == ':' ? J_VALUE : J_BAD; break;
    case J_AFTER: after_value(c, b); break;
    case J_STRING:
        if (b == '"') {
            if (c->in_key)
                c->state = J_COLON;
            else
                value_done(c);
        } else if (b == '\\') {
            c->state = J_ESCAPE;
        } else if (b < 0x20) {
            c->state = J_BAD;
        }
        break;
    case J_ESCAPE:
        if (b == 'u') {
            c->state = J_UNICODE;
            c->hex_left = UNICODE_ESCAPE_DIGITS;
            c->hex_value = 0;
        } else {
            c->state = strchr("\"\\/bfnrt", b) && b != '\0' ? J_STRING : J_BAD;
        }
        break;
    case J_UNICODE:
        if (hex_of(b) < 0) {
            c->state = J_BAD;
            break;
        }
        c->hex_value = c->hex_value * 16 + (unsigned)hex_of(b);
        if (--c->hex_left == 0)
            c->state = c->hex_value >= 0xD800 && c->hex_value <= 0xDFFF ? J_BAD : J_STRING;
        break;
    case J_NUMBER_SIGN:
        if (b == '0')
            c->state = J_NUMBER_ZERO;
        else
            c->state = b >= '1' && b <= '9' ? J_NUMBER : J_BAD;
        break;
    case J_NUMBER_ZERO: c->state = J_BAD; break; /* "01" */
    case J_NUMBER: break;
    case J_LITERAL:
        if (b != (unsigned char)*c->literal_rest) {
            c->state = J_BAD;
            break;
        }
        if (*++c->literal_rest == '\0')
            value_done(c);
        break;
    case J_BAD: break;
    }
}

static void sink(void *ctx, const char *bytes, size_t n)
{
    json_check *c = ctx;
    CHECK(n > 0, "no empty writes");
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)bytes[i];
        utf8_byte(c, b);
        json_byte(c, b);
        c->newlines += b == '\n';
    }
    c->bytes += n;
}

/* The whole output was one valid JSON object in strict UTF-8. */
static void check_end(json_check *c)
{
    if (c->state == J_NUMBER || c->state == J_NUMBER_ZERO)
        value_done(c);
    CHECK(!c->utf8_bad && c->utf8_left == 0, "json: valid UTF-8");
    CHECK(c->state == J_AFTER && c->done && c->depth == 0, "json: one complete JSON value");
}

static void write_both(const warta_article *a, const char *text, size_t len)
{
    json_check compact, pretty, again;
    check_init(&compact);
    check_init(&pretty);
    check_init(&again);
    warta_json_write(a, text, len, WARTA_JSON_COMPACT, sink, &compact);
    warta_json_write(a, text, len, WARTA_JSON_PRETTY, sink, &pretty);
    warta_json_write(a, text, len, WARTA_JSON_COMPACT, sink, &again);
    check_end(&compact);
    check_end(&pretty);
    CHECK(compact.newlines == 0, "json: compact is one line");
    CHECK(compact.hash == pretty.hash, "json: compact is pretty without white space");
    CHECK(compact.hash == again.hash && compact.bytes == again.bytes, "5: json: the same output twice");
}

/* Pointers an article may hold; the input's bytes choose among them. */
static const char *const some_strings[] = {NULL, "jpnn.com", "kata", "", "\xE2\x80\x9C\x01\"\\"};
#define SOME_STRINGS (sizeof some_strings / sizeof some_strings[0])

static warta_article parsed, forged;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    CHECK(warta_parse(text, size, NULL, &parsed) == WARTA_OK, "WARTA_OK");
    write_both(&parsed, text, size);

    /* Any article at all, spans and counts out of range included. */
    memset(&forged, 0, sizeof forged);
    memcpy(&forged, data, size < sizeof forged ? size : sizeof forged);
    uint64_t h = fuzz_hash(data, size);
    forged.outlet = some_strings[h % SOME_STRINGS];
    for (size_t i = 0; i < WARTA_MAX_QUOTES; i++, h /= SOME_STRINGS)
        forged.quotes[i].verb = some_strings[h % SOME_STRINGS];
    write_both(&forged, text, size);
    write_both(&forged, NULL, size);
    return 0;
}
