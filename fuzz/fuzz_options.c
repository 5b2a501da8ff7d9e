/* Target "options": the first bytes of the input, read with memcpy, are a
 * warta_options (any limits, clamped by the library), a control byte and a
 * warta_span_text capacity; the rest is the text. Checks the invariants at
 * those limits, the prefix of the full parse, and the small calls with
 * out-of-range arguments (unknown fields and statuses, NULL pointers). */
#include "common.h"

#include <string.h>

/* Control byte bits. */
#define CONTROL_NULL_OPTIONS 0x01u /* pass NULL options: the capacities */
#define CONTROL_SPAN_FIELD 0x02u   /* fold a span drawn from the header */

/* Header: options, control byte, span_text capacity (uint16_t), a span. */
#define HEADER_SIZE (sizeof(warta_options) + 1 + sizeof(uint16_t) + sizeof(warta_span))
/* Largest span_text capacity the header can choose, plus room for a check byte. */
#define SPAN_TEXT_ROOM (UINT16_MAX + 1)

static fuzz_fenced_article chosen, full;
static char folded[SPAN_TEXT_ROOM + 1];

/* A short header is padded with 0xFF: limits above every capacity. */
static void read_header(const uint8_t *data, size_t size, uint8_t header[HEADER_SIZE])
{
    size_t n = size < HEADER_SIZE ? size : HEADER_SIZE;
    memset(header, 0xFF, HEADER_SIZE);
    memcpy(header, data, n);
}

/* Any span (in or out of the input) folds within cap, NUL-terminated. */
static void check_span_text(const char *text, size_t len, warta_span span, size_t cap)
{
    folded[cap] = 'x';
    size_t n = warta_span_text(text, len, span, folded, cap);
    CHECK(folded[cap] == 'x', "span_text within cap");
    if (cap == 0)
        return;
    size_t kept = strlen(folded);
    CHECK(kept < cap && kept <= n, "span_text NUL-terminated within cap");
    CHECK(n < cap ? kept == n : 1, "span_text whole when it fits");
    if (span.off > len || span.len > len - span.off)
        CHECK(n == 0, "a span outside the input folds to nothing");
}

/* The calls around warta_parse with arguments no caller should pass. */
static void check_small_calls(const uint8_t header[HEADER_SIZE], const char *text, size_t len)
{
    int value;
    memcpy(&value, header, sizeof value);
    const char *name = warta_field_name((warta_field)value);
    uint32_t capacity = warta_capacity((warta_field)value);
    int known = value >= 0 && value < WARTA_FIELD_COUNT;
    CHECK(name != NULL && (known ? name[0] != '\0' : name[0] == '\0'), "field names");
    CHECK(known ? capacity > 0 : capacity == 0, "capacities");
    CHECK(warta_status_message((warta_status)value) != NULL, "a message for every status");
    CHECK(strcmp(warta_version(), WARTA_VERSION_STRING) == 0, "the version the header names");
    warta_options_init(NULL);
    CHECK(warta_parse(text, len, NULL, NULL) == WARTA_ERR_NULL_ARGUMENT, "NULL article refused");
    fuzz_fence(&chosen);
    CHECK(warta_parse(NULL, len + 1, NULL, &chosen.article) == WARTA_ERR_NULL_ARGUMENT,
          "NULL text with a length refused");
    fuzz_check_fence(&chosen);
    CHECK(chosen.article.paragraph_count == 0 && chosen.article.title.len == 0,
          "an error leaves the article empty");
#if SIZE_MAX > UINT32_MAX
    /* Refused before any byte is read: the length is a lie. */
    if (text)
        CHECK(warta_parse(text, (size_t)UINT32_MAX + 1 + len, NULL, &chosen.article) ==
                  WARTA_ERR_TOO_LARGE,
              "4 GiB refused");
#endif
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t header[HEADER_SIZE];
    read_header(data, size, header);
    warta_options options;
    uint8_t control;
    uint16_t cap;
    warta_span span;
    memcpy(&options, header, sizeof options);
    memcpy(&control, header + sizeof options, 1);
    memcpy(&cap, header + sizeof options + 1, sizeof cap);
    memcpy(&span, header + sizeof options + 1 + sizeof cap, sizeof span);
    const char *text = size > HEADER_SIZE ? (const char *)data + HEADER_SIZE : NULL;
    size_t len = size > HEADER_SIZE ? size - HEADER_SIZE : 0;
    const warta_options *chosen_options = (control & CONTROL_NULL_OPTIONS) ? NULL : &options;

    check_small_calls(header, text, len);
    fuzz_fence(&chosen);
    CHECK(warta_parse(text, len, chosen_options, &chosen.article) == WARTA_OK, "WARTA_OK");
    fuzz_check_fence(&chosen);
    fuzz_check_article(&chosen.article, len, chosen_options);
    fuzz_fence(&full);
    CHECK(warta_parse(text, len, NULL, &full.article) == WARTA_OK, "WARTA_OK at the capacities");
    fuzz_check_prefix(&chosen.article, &full.article);
    /* Quotes and dates are looked for in the listed paragraphs only. */
    int all_paragraphs = chosen.article.dropped[WARTA_FIELD_PARAGRAPHS] == 0;
    for (int f = 0; f < WARTA_FIELD_COUNT; f++) {
        if (!all_paragraphs && (f == WARTA_FIELD_QUOTES || f == WARTA_FIELD_DATES))
            continue;
        CHECK(fuzz_count_of(&chosen.article, (warta_field)f) + chosen.article.dropped[f] ==
                  fuzz_count_of(&full.article, (warta_field)f) + full.article.dropped[f],
              "9: every entry found is kept or counted as dropped");
    }

    if (control & CONTROL_SPAN_FIELD)
        check_span_text(text, len, span, cap);
    else if (chosen.article.paragraph_count > 0)
        check_span_text(text, len, chosen.article.paragraphs[0], cap);
    return 0;
}
