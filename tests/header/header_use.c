/* Compile-only: include/warta.h with each of its public names used once, built
 * as C99, C11, C17, C++11 and C++17 with strict warnings as errors. Nothing
 * runs; the functions are referenced, never called. */
#include "warta.h"
#include "warta.h" /* the include guard holds */

/* Every capacity and size is an integer constant expression: each sizes an array. */
typedef char capacities_are_constants[WARTA_MAX_AUTHORS + WARTA_MAX_EDITORS + WARTA_MAX_SOURCES +
                                      WARTA_MAX_PARAGRAPHS + WARTA_MAX_CAPTIONS +
                                      WARTA_MAX_READ_ALSO + WARTA_MAX_RELATED +
                                      WARTA_MAX_QUOTES + WARTA_MAX_DATES + WARTA_ISO_SIZE +
                                      WARTA_FIELD_COUNT];
typedef char version_is_numeric[WARTA_VERSION_MAJOR + WARTA_VERSION_MINOR + WARTA_VERSION_PATCH + 1];

/* Every public function, through a pointer of its exact type (C linkage in C++). */
struct warta_api {
    const char *(*version)(void);
    const char *(*field_name)(warta_field);
    void (*options_init)(warta_options *);
    uint32_t (*capacity)(warta_field);
    const char *(*status_message)(warta_status);
    warta_status (*parse)(const char *, size_t, const warta_options *, warta_article *);
    size_t (*span_text)(const char *, size_t, warta_span, char *, size_t);
    size_t (*time_iso)(const warta_time *, char *);
    size_t (*age_iso)(const warta_age *, char *);
    const char *version_string;
};
extern const struct warta_api warta_api_table;
const struct warta_api warta_api_table = {
    warta_version,      warta_field_name, warta_options_init,
    warta_capacity,     warta_status_message, warta_parse,
    warta_span_text,    warta_time_iso,   warta_age_iso,
    WARTA_VERSION_STRING};

/* Every type and enumerator, as a caller reads them from an article. */
void warta_header_use(const warta_article *a);
void warta_header_use(const warta_article *a)
{
    warta_span title = a->title;
    warta_time published = a->published;
    warta_caption caption = a->captions[0];
    warta_related related = a->related[0];
    warta_age age = related.age;
    warta_quote quote = a->quotes[0];
    warta_date date = a->dates[0];
    warta_options options = {{0}};
    warta_precision precisions[] = {WARTA_PREC_NONE,   WARTA_PREC_YEAR,   WARTA_PREC_MONTH,
                                    WARTA_PREC_DAY,    WARTA_PREC_MINUTE, WARTA_PREC_SECOND};
    warta_age_unit units[] = {WARTA_AGE_NONE,  WARTA_AGE_SECONDS, WARTA_AGE_MINUTES,
                              WARTA_AGE_HOURS, WARTA_AGE_DAYS,    WARTA_AGE_WEEKS,
                              WARTA_AGE_MONTHS, WARTA_AGE_YEARS};
    warta_field fields[] = {WARTA_FIELD_AUTHORS,   WARTA_FIELD_EDITORS,   WARTA_FIELD_SOURCES,
                            WARTA_FIELD_PARAGRAPHS, WARTA_FIELD_CAPTIONS, WARTA_FIELD_READ_ALSO,
                            WARTA_FIELD_RELATED,   WARTA_FIELD_QUOTES,    WARTA_FIELD_DATES};
    warta_status statuses[] = {WARTA_OK, WARTA_ERR_NULL_ARGUMENT, WARTA_ERR_TOO_LARGE};
    unsigned flags[] = {WARTA_FLAG_INVALID_UTF8, WARTA_FLAG_NUL_BYTES};
    (void)title;
    (void)published;
    (void)caption;
    (void)age;
    (void)quote;
    (void)date;
    (void)options;
    (void)precisions;
    (void)units;
    (void)fields;
    (void)statuses;
    (void)flags;
}
