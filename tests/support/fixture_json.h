/* A small JSON reader for the tests: enough to walk spec/golden files. */
#ifndef WARTA_FIXTURE_JSON_H
#define WARTA_FIXTURE_JSON_H

#include <stddef.h>

typedef enum {
    FIXTURE_JSON_NULL = 0,
    FIXTURE_JSON_BOOL,
    FIXTURE_JSON_INT,
    FIXTURE_JSON_STRING,
    FIXTURE_JSON_ARRAY,
    FIXTURE_JSON_OBJECT
} fixture_json_type;

typedef struct fixture_json fixture_json;

struct fixture_json {
    fixture_json_type type;
    long long integer;   /* INT; BOOL as 0 or 1 */
    char *string;        /* STRING: decoded UTF-8, NUL-terminated */
    size_t count;        /* ARRAY and OBJECT: number of items */
    fixture_json *items; /* ARRAY and OBJECT */
    char **keys;         /* OBJECT: keys[i] names items[i] */
};

/* Parses one JSON value (white space around it allowed); NULL on a syntax
 * error, a number with a fraction or exponent, or nesting deeper than
 * FIXTURE_JSON_MAX_DEPTH. Free the result with fixture_json_free. */
fixture_json *fixture_json_parse(const char *text, size_t len);

/* The member named key of an object, or NULL. */
const fixture_json *fixture_json_get(const fixture_json *object, const char *key);

void fixture_json_free(fixture_json *value);

/* A whole file, NUL-terminated (not counted in *len); NULL if unreadable. */
char *fixture_read_file(const char *path, size_t *len);

#endif
