/* Target "capacity": invariant 9, the same input parsed at reduced and at
 * full capacity. One list lowered holds exactly min(limit, found) entries
 * and counts the rest as dropped; every list lowered at once, at two
 * nested sets of limits, gives prefixes of prefixes of the full parse. */
#include "common.h"

#include <string.h>

/* Small limits find the edge cases; the capacity itself is the other edge. */
static const uint32_t limit_choices[] = {0, 1, 2, 3, 5, UINT32_MAX};
#define LIMIT_CHOICES (sizeof limit_choices / sizeof limit_choices[0])

static fuzz_fenced_article full, lower, lowest;

static void parse_at(const char *text, size_t size, const warta_options *options,
                     fuzz_fenced_article *out)
{
    fuzz_fence(out);
    CHECK(warta_parse(text, size, options, &out->article) == WARTA_OK, "WARTA_OK at any limits");
    fuzz_check_fence(out);
    fuzz_check_article(&out->article, size, options);
}

/* One list lowered, the others at capacity. */
static void check_one_limit(const char *text, size_t size, warta_field field, uint32_t limit)
{
    warta_options options;
    warta_options_init(&options);
    options.limit[field] = limit;
    parse_at(text, size, &options, &lower);
    fuzz_check_prefix(&lower.article, &full.article);
    uint32_t found = fuzz_count_of(&full.article, field) + full.article.dropped[field];
    uint32_t capped = fuzz_limit_of(&options, field);
    uint32_t want = capped < found ? capped : found;
    if (fuzz_count_of(&lower.article, field) != want || lower.article.dropped[field] != found - want)
        fprintf(stderr, "%s at limit %u: %u entries + %u dropped; found %u at the capacity\n",
                warta_field_name(field), limit, fuzz_count_of(&lower.article, field),
                lower.article.dropped[field], found);
    CHECK(fuzz_count_of(&lower.article, field) == want, "9: count = min(limit, found)");
    CHECK(lower.article.dropped[field] == found - want, "9: dropped = found - count");
}

/* Every list lowered at once, twice, the second set of limits below the first. */
static void check_nested_limits(const char *text, size_t size, uint64_t h)
{
    warta_options higher, lowered;
    for (int f = 0; f < WARTA_FIELD_COUNT; f++, h /= LIMIT_CHOICES * LIMIT_CHOICES) {
        uint32_t a = limit_choices[h % LIMIT_CHOICES];
        uint32_t b = limit_choices[(h / LIMIT_CHOICES) % LIMIT_CHOICES];
        higher.limit[f] = a > b ? a : b;
        lowered.limit[f] = a > b ? b : a;
    }
    parse_at(text, size, &higher, &lower);
    parse_at(text, size, &lowered, &lowest);
    fuzz_check_prefix(&lower.article, &full.article);
    fuzz_check_prefix(&lowest.article, &lower.article);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    parse_at(text, size, NULL, &full);
    uint64_t h = fuzz_hash(data, size);
#ifdef WARTA_FUZZ_REPLAY
    /* Replays are few: every list at every limit, and at found - 1. */
    for (int f = 0; f < WARTA_FIELD_COUNT; f++) {
        for (size_t k = 0; k < LIMIT_CHOICES; k++)
            check_one_limit(text, size, (warta_field)f, limit_choices[k]);
        uint32_t found = fuzz_count_of(&full.article, (warta_field)f) + full.article.dropped[f];
        if (found > 0)
            check_one_limit(text, size, (warta_field)f, found - 1);
    }
#else
    warta_field field = (warta_field)(h % WARTA_FIELD_COUNT);
    uint32_t found = fuzz_count_of(&full.article, field) + full.article.dropped[field];
    check_one_limit(text, size, field, limit_choices[(h / WARTA_FIELD_COUNT) % LIMIT_CHOICES]);
    if (found > 0)
        check_one_limit(text, size, field, found - 1);
#endif
    check_nested_limits(text, size, h);
    return 0;
}
