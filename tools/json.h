/*
 * JSON rendering of a parsed article, as the contract spec/OUTPUT.md (version 1)
 * describes it. Part of the command-line tool, not of the library: the library
 * fills structs, this module turns one struct into text.
 *
 * The writer never allocates and uses a small, fixed amount of stack; output goes
 * to a caller's sink in pieces, so strings of any length stream through. Whatever
 * bytes the spans cover, the output is valid UTF-8 JSON.
 */
#ifndef WARTA_JSON_H
#define WARTA_JSON_H

#include <stddef.h>

#include "warta.h"

/* The "version" key: the contract version this writer renders. */
#define WARTA_JSON_VERSION 1

/* Receives the next n bytes of output (not NUL-terminated). */
typedef void (*warta_json_sink)(void *ctx, const char *bytes, size_t n);

typedef enum {
    WARTA_JSON_COMPACT = 0, /* one line, no spaces: a JSON Lines record */
    WARTA_JSON_PRETTY       /* 2-space indent, "key": value, as spec/golden */
} warta_json_layout;

/*
 * Writes *article, whose spans point into text[0..len), as one JSON object
 * with no trailing newline. Keys come in the order of OUTPUT.md's table,
 * then "warnings". Strings are folded like warta_span_text(); each byte of
 * invalid UTF-8 becomes U+FFFD. A span outside text[0..len) counts as empty
 * and a count above its list's capacity as the capacity.
 *
 * null stands for: an empty (or all-space) title, dateline, author_code,
 * caption credit, related teaser or quote speaker; a NULL outlet or verb; a
 * time of precision NONE; an age of unit NONE. List entries and the other
 * texts are always strings.
 */
void warta_json_write(const warta_article *article, const char *text, size_t len,
                      warta_json_layout layout, warta_json_sink sink, void *ctx);

#endif
