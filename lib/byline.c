/* Bylines: labelled names, credit lines and the closing initials code. */
#include "internal.h"
#include "tables.h"
#include "text.h"

#include "libc.h"

/* "(adk/jpnn)": initials and slashes, never longer than this. */
#define WARTA_CODE_MAX_BYTES 24
/* A name on the line after a lone label has at most this many words. */
#define WARTA_NAME_MAX_WORDS 6

static void add_role(warta_ctx *c, warta_role role, size_t start, size_t end)
{
    const char *s = c->s;
    /* Trailing punctuation is decoration, not part of a name. */
    while (end > start && (s[end - 1] == '.' || s[end - 1] == ',' || s[end - 1] == '/' ||
                           s[end - 1] == ';' || s[end - 1] == '|'))
        end = warta_trim_end(s, start, end - 1);
    warta_span sp = warta_trimmed(c, start, end);
    if (sp.len == 0)
        return;
    if (role == WARTA_ROLE_AUTHOR)
        warta_add_span(c, WARTA_FIELD_AUTHORS, sp);
    else if (role == WARTA_ROLE_EDITOR)
        warta_add_span(c, WARTA_FIELD_EDITORS, sp);
    else if (role == WARTA_ROLE_SOURCE)
        warta_add_source(c, sp);
}

/* Splits "A dan B, C" into names. */
static void add_names(warta_ctx *c, warta_role role, size_t start, size_t end)
{
    size_t from = start;
    for (size_t i = start; i < end; i++) {
        if (!warta_may_open_name_separator((unsigned char)c->s[i]))
            continue;
        int k = warta_match_phrase(&warta_name_separators, c->s, end, i);
        if (k < 0)
            continue;
        add_role(c, role, from, i);
        from = i + warta_name_separators.items[k].len;
        i = from - 1;
    }
    add_role(c, role, from, end);
}

/* The first label (in table order) s[i..end) starts with, or -1: only the labels of
 * s[i]'s first-byte group can. */
static int label_at(const char *s, size_t end, size_t i)
{
    if (i >= end)
        return -1;
    unsigned g = warta_group((unsigned char)s[i]);
    for (size_t k = warta_label_at[g]; k < warta_label_at[g + 1]; k++)
        if (warta_starts_ci(s, end, i, warta_labels[k].word.text, warta_labels[k].word.len))
            return (int)k;
    return -1;
}

/* Where another label of the same line starts ("Rep: C31/ Red: Israr"), or end. */
static size_t value_end(const char *s, size_t v, size_t end, size_t *next_label)
{
    size_t colon = v; /* a ':' there (or end: none), looked for again once j reaches it */
    for (size_t i = v; i < end; i++) {
        if (s[i] != ' ' && s[i] != '/' && s[i] != '\t' && s[i] != '|')
            continue;
        size_t j = warta_skip_space(s, end, i + 1);
        /* A label's ':' follows it: with none after j, no label is left (a long list of names). */
        if (colon <= j) {
            const char *p = j + 1 < end ? memchr(s + j + 1, ':', end - j - 1) : NULL;
            colon = p ? (size_t)(p - s) : end;
        }
        if (colon >= end)
            break;
        /* A longer label comes before its prefix: the first to match is the one to test. */
        int k = label_at(s, end, j);
        if (k >= 0) {
            size_t after = warta_skip_space(s, end, j + warta_labels[k].word.len);
            if (after < end && s[after] == ':') {
                *next_label = j;
                return i;
            }
        }
        /* Every separator up to j sees the same j: go on from there, once (linear). */
        i = j - 1;
    }
    *next_label = end;
    return end;
}

static int name_like(const char *s, const warta_block *b)
{
    if (b->words == 0 || b->words > WARTA_NAME_MAX_WORDS || b->terminal)
        return 0;
    for (size_t i = b->start; i < b->end; i++)
        if (warta_is_digit((unsigned char)s[i]) || s[i] == ':' || s[i] == '|')
            return 0;
    return warta_is_upper((unsigned char)s[b->start]);
}

void warta_take_label(warta_ctx *c, const warta_block *b, const warta_block_info *info,
                      const warta_block *next)
{
    const char *s = c->s;
    size_t v = info->value;
    int k = info->index;
    while (k >= 0 && v <= b->end) {
        const warta_label *l = &warta_labels[k];
        size_t next_label;
        size_t e = value_end(s, v, b->end, &next_label);
        size_t vs = v, ve = e;
        /* "Editor" alone, its name on the very next line. */
        if (vs >= ve && next && next->lines && !next->blank_before && name_like(s, next)) {
            vs = next->start;
            ve = next->end;
        }
        if (l->role == WARTA_ROLE_CAPTION) {
            if (vs < ve) {
                long slot = warta_claim(c, WARTA_FIELD_CAPTIONS, &c->a->caption_count);
                if (slot >= 0) {
                    c->a->captions[slot].text = warta_trimmed(c, b->start, b->start + l->word.len);
                    c->a->captions[slot].credit = warta_trimmed(c, vs, ve);
                }
            }
        } else if (l->role != WARTA_ROLE_PHOTO) {
            add_names(c, (warta_role)l->role, vs, ve);
        }
        if (next_label >= b->end)
            break;
        k = label_at(s, b->end, next_label);
        if (k < 0)
            break;
        v = warta_skip_space(s, b->end, next_label + warta_labels[k].word.len);
        if (v < b->end && s[v] == ':')
            v = warta_skip_space(s, b->end, v + 1);
    }
}

void warta_take_credits(warta_ctx *c, const warta_block *b)
{
    const char *s = c->s;
    size_t from = b->start, last_from = b->start;
    for (size_t i = b->start; i < b->end; i++) {
        if (s[i] != '|')
            continue;
        warta_add_source(c, warta_trimmed(c, from, i));
        from = i + 1;
        last_from = from;
    }
    add_role(c, WARTA_ROLE_AUTHOR, last_from, b->end);
}

size_t warta_author_code_start(const char *s, size_t start, size_t end)
{
    if (end - start < 3 || s[end - 1] != ')')
        return end;
    size_t i = end - 1;
    int letters = 0;
    while (i > start && s[i - 1] != '(') {
        unsigned char ch = (unsigned char)s[i - 1];
        if (warta_is_lower(ch))
            letters++;
        else if (!warta_is_digit(ch) && ch != '/' && ch != '.' && ch != '-')
            return end;
        i--;
        if (end - i > WARTA_CODE_MAX_BYTES)
            return end;
    }
    if (i == start || letters == 0)
        return end;
    return i - 1;
}
