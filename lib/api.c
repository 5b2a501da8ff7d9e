/* The small public calls around warta_parse: version, options, names, spans. */
#include "internal.h"
#include "text.h"

#include "libc.h"

const char *warta_version(void) { return WARTA_VERSION_STRING; }

static const char *const field_names[WARTA_FIELD_COUNT] = {
    "authors", "editors", "sources", "paragraphs", "captions",
    "read_also", "related", "quotes", "dates",
};

const uint32_t warta_field_capacity[WARTA_FIELD_COUNT] = {
    WARTA_MAX_AUTHORS,  WARTA_MAX_EDITORS,   WARTA_MAX_SOURCES,
    WARTA_MAX_PARAGRAPHS, WARTA_MAX_CAPTIONS, WARTA_MAX_READ_ALSO,
    WARTA_MAX_RELATED,  WARTA_MAX_QUOTES,    WARTA_MAX_DATES,
};

const char *warta_field_name(warta_field field)
{
    return (unsigned)field < WARTA_FIELD_COUNT ? field_names[field] : "";
}

uint32_t warta_capacity(warta_field field)
{
    return (unsigned)field < WARTA_FIELD_COUNT ? warta_field_capacity[field] : 0;
}

void warta_options_init(warta_options *options)
{
    if (options)
        memcpy(options->limit, warta_field_capacity, sizeof warta_field_capacity);
}

const char *warta_status_message(warta_status status)
{
    switch (status) {
    case WARTA_OK:
        return "ok";
    case WARTA_ERR_NULL_ARGUMENT:
        return "null argument: article is NULL, or text is NULL with a non-zero length";
    case WARTA_ERR_TOO_LARGE:
        return "input too large: 4 GiB - 1 bytes or more (spans are 32-bit)";
    }
    return "unknown status";
}

size_t warta_span_text(const char *text, size_t len, warta_span span, char *dst, size_t cap)
{
    size_t out = 0, written = 0;
    int pending_space = 0;
    if (!text || span.off > len || span.len > len - span.off)
        span.off = span.len = 0;
    size_t i = span.off, end = span.off + span.len;
    while (i < end) {
        size_t n = warta_space_len(text, end, i);
        if (n > 0) {
            pending_space = out > 0;
            i += n;
            continue;
        }
        size_t run = warta_utf8_len(text, end, i);
        if (run == 0)
            run = 1;
        size_t need = run + (size_t)pending_space;
        if (written == out && cap > 0 && out + need < cap) {
            if (pending_space)
                dst[written++] = ' ';
            memcpy(dst + written, text + i, run);
            written += run;
        }
        out += need;
        pending_space = 0;
        i += run;
    }
    if (cap > 0)
        dst[written] = '\0';
    return out;
}
