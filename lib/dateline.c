/* Datelines ("jpnn.com - MOSUL -", "JAKARTA, KOMPAS.com —", "Jakarta (ANTARA) -")
 * and the outlet a page names in its dateline, footer or byline. */
#include "internal.h"
#include "tables.h"
#include "text.h"

/* A dateline prefix fits in this many bytes and words. */
#define WARTA_DATELINE_MAX_BYTES 80
#define WARTA_DATELINE_MAX_WORDS 6
/* The place after "outlet -" is this short ("jpnn.com - MOSUL -"). */
#define WARTA_DATELINE_PLACE_MAX_BYTES 40
/* Signatures shorter than this, with no '.' or space, are common words
 * ("antara", "tempo"): they count only as a whole dateline part. */
#define WARTA_SIGN_MIN_FREE 7

/* Length of a dateline separator at s[i] (" - ", "—", "--", "–"), or 0. */
static size_t separator_len(const char *s, size_t end, size_t i)
{
    /* Every dash opens with '-' or with E2, the lead byte of the Unicode ones. */
    if (s[i] != '-' && (unsigned char)s[i] != 0xE2)
        return 0;
    size_t n = warta_dash_len(s, end, i);
    if (n == 0)
        return 0;
    if (n == 3)
        return n;
    if (i + 1 < end && s[i + 1] == '-')
        return 2;
    int space_before = i > 0 && warta_space_len(s, end, i - 1) > 0;
    int space_after = warta_space_len(s, end, i + 1) > 0;
    return space_before && space_after ? 1 : 0;
}

/* The first separator in s[from..limit), its length in *n; limit when there is none. */
static size_t find_separator(const char *s, size_t end, size_t from, size_t limit, size_t *n)
{
    for (size_t i = from; (i = warta_find_dash_lead(s, limit, i)) < limit; i++)
        if ((*n = separator_len(s, end, i)) > 0)
            return i;
    return limit;
}

static const char *outlet_equal(const char *s, size_t start, size_t end)
{
    size_t n = end - start;
    if (n < WARTA_KEY_BYTES || !warta_key_in(&warta_outlet_lines, warta_line_key(s, start, end)))
        return NULL;
    uint32_t first = warta_first_bit((unsigned char)s[start]);
    for (size_t k = 0; k < warta_outlet_count; k++) {
        if (!(warta_outlets[k].firsts & first))
            continue;
        for (size_t j = 0; j < warta_outlets[k].sign_count; j++) {
            const warta_phrase *p = &warta_outlets[k].signs[j];
            if (p->len == n && warta_equal_ci(s + start, p->text, n))
                return warta_outlets[k].domain;
        }
    }
    return NULL;
}

const char *warta_outlet_line(const char *s, size_t start, size_t end)
{
    return outlet_equal(s, start, end);
}

const char *warta_find_outlet(const char *s, size_t start, size_t end)
{
    for (size_t i = start; i < end; i++) {
        if ((i > start && warta_is_word_byte((unsigned char)s[i - 1])) ||
            end - i < WARTA_KEY_BYTES || !warta_key_in(&warta_outlet_words, warta_key(s + i, WARTA_KEY_BYTES)))
            continue;
        unsigned char first = warta_lower((unsigned char)s[i]);
        uint32_t first_bit = warta_first_bit(first);
        for (size_t k = 0; k < warta_outlet_count; k++) {
            if (!(warta_outlets[k].firsts & first_bit))
                continue;
            for (size_t j = 0; j < warta_outlets[k].sign_count; j++) {
                const warta_phrase *p = &warta_outlets[k].signs[j];
                if (warta_lower((unsigned char)p->text[0]) != first)
                    continue;
                int free_sign = p->len >= WARTA_SIGN_MIN_FREE;
                for (size_t q = 0; q < p->len && !free_sign; q++)
                    free_sign = p->text[q] == '.' || p->text[q] == ' ';
                if (!free_sign || !warta_starts_ci(s, end, i, p->text, p->len))
                    continue;
                size_t after = i + p->len;
                if (after < end && (warta_is_alpha((unsigned char)s[after]) ||
                                    warta_is_digit((unsigned char)s[after])))
                    continue;
                return warta_outlets[k].domain;
            }
        }
    }
    return NULL;
}

/* 1 when every letter of s[start..end) is upper case and there are three. */
static int all_caps(const char *s, size_t start, size_t end)
{
    int letters = 0;
    for (size_t i = start; i < end; i++) {
        unsigned char c = (unsigned char)s[i];
        if (warta_is_lower(c))
            return 0;
        letters += warta_is_upper(c);
    }
    return letters >= 3;
}

/* 1 when s[start..end) reads as a place: one to three capitalised words. */
static int place_like(const char *s, size_t start, size_t end)
{
    uint32_t w, lo, up;
    warta_count_words(s, start, end, &w, &lo, &up);
    if (w == 0 || w > 3 || up != w)
        return 0;
    for (size_t i = start; i < end; i++)
        if (warta_is_digit((unsigned char)s[i]) || s[i] == '"' || s[i] == ':')
            return 0;
    return 1;
}

typedef struct {
    size_t place_start, place_end;
    const char *outlet;
    int caps_place;
} dateline_parts;

/* Reads "A, B (C)" parts of a prefix; 0 if some part is neither place nor outlet. */
static int read_parts(const char *s, size_t start, size_t end, dateline_parts *d)
{
    size_t from = start;
    while (from < end) {
        size_t to = from;
        while (to < end && s[to] != ',')
            to++;
        size_t a = warta_skip_space(s, to, from), z = warta_trim_end(s, from, to);
        if (a < z) {
            size_t open = a;
            while (open < z && s[open] != '(')
                open++;
            const char *o = NULL;
            if (open < z && s[z - 1] == ')')
                o = outlet_equal(s, warta_skip_space(s, z - 1, open + 1),
                                 warta_trim_end(s, open + 1, z - 1));
            size_t pz = o ? warta_trim_end(s, a, open) : z;
            if (!o)
                o = outlet_equal(s, a, z);
            if (o && !d->outlet)
                d->outlet = o;
            if (o && pz == z)
                pz = a;
            if (pz > a) {
                if (!place_like(s, a, pz))
                    return 0;
                if (d->place_end == 0)
                    d->place_start = a;
                d->place_end = pz;
                d->caps_place |= all_caps(s, a, pz);
            }
        }
        from = to + 1;
    }
    return 1;
}

size_t warta_dateline(const char *s, size_t start, size_t end, warta_span *place,
                      const char **outlet)
{
    size_t limit = end - start > WARTA_DATELINE_MAX_BYTES ? start + WARTA_DATELINE_MAX_BYTES : end;
    size_t n = 0, sep = find_separator(s, end, start, limit, &n);
    if (sep >= limit || sep == start)
        return 0;
    if (warta_words_upto(s, start, sep, WARTA_DATELINE_MAX_WORDS + 1) > WARTA_DATELINE_MAX_WORDS)
        return 0;
    dateline_parts d = {0, 0, NULL, 0};
    if (!read_parts(s, start, sep, &d))
        return 0;
    size_t body = warta_skip_space(s, end, sep + n);
    /* "jpnn.com - MOSUL - ": the place follows the outlet. */
    if (d.outlet && d.place_end == 0) {
        size_t lim2 = end - body > WARTA_DATELINE_PLACE_MAX_BYTES ? body + WARTA_DATELINE_PLACE_MAX_BYTES
                                                                  : end;
        size_t n2 = 0, sep2 = find_separator(s, end, body, lim2, &n2);
        size_t pz = warta_trim_end(s, body, sep2);
        if (sep2 < lim2 && pz > body && place_like(s, body, pz) && all_caps(s, body, pz)) {
            d.place_start = body;
            d.place_end = pz;
            body = warta_skip_space(s, end, sep2 + n2);
        }
    }
    if (!d.outlet && !d.caps_place)
        return 0;
    if (body >= end)
        return 0;
    place->off = (uint32_t)d.place_start;
    place->len = (uint32_t)(d.place_end - d.place_start);
    *outlet = d.outlet;
    return body - start;
}
