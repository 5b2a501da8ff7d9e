/* One body paragraph's quotations with their speakers, the media it credits
 * ("dikutip dari Ara News") and the dates it mentions. */
#include "internal.h"
#include "tables.h"
#include "text.h"

/* Shorter quotations are scare quotes ("online"), not speech. */
#define WARTA_QUOTE_MIN_WORDS 4
/* "ujarnya", "katanya": a verb with this suffix names no speaker after it. */
#define NYA "nya"
#define NYA_LEN (sizeof NYA - 1)
/* A speaker is a name and a title or two, not a clause. */
#define WARTA_SPEAKER_MAX_WORDS 10
/* Source names after a cue ("Sydney Morning Herald") stay this short. */
#define WARTA_SOURCE_MAX_WORDS 6

static size_t word_end(const char *s, size_t end, size_t i)
{
    while (i < end && warta_space_len(s, end, i) == 0)
        i++;
    return i;
}

static int at_word_start(const char *s, size_t start, size_t i)
{
    return i == start || !warta_is_word_byte((unsigned char)s[i - 1]);
}

/* The verb at s[i] with an optional "-nya"; sets *nya and returns its length. */
static int match_verb(const char *s, size_t end, size_t i, warta_verb_kind kind, int *nya,
                      size_t *n)
{
    if (i >= end || !(warta_verb_firsts[kind] & warta_first_bit((unsigned char)s[i])))
        return -1;
    unsigned g = warta_group((unsigned char)s[i]);
    /* A verb is the whole word, with or without "-nya": its length tells most forms apart. */
    size_t word = 0;
    while (i + word < end && warta_is_word_byte((unsigned char)s[i + word]))
        word++;
    for (size_t k = warta_verb_at[g]; k < warta_verb_at[g + 1]; k++) {
        const warta_verb *v = &warta_verbs[k];
        if ((v->form.len != word && v->form.len + NYA_LEN != word) || v->kind != kind ||
            !warta_starts_ci(s, end, i, v->form.text, v->form.len))
            continue;
        size_t after = i + v->form.len;
        int with_nya = warta_starts_ci(s, end, after, NYA, NYA_LEN);
        if (with_nya)
            after += NYA_LEN;
        if (after < end && warta_is_word_byte((unsigned char)s[after]))
            continue;
        *nya = with_nya;
        *n = after - i;
        return (int)k;
    }
    return -1;
}

static int is_pronoun(const char *s, size_t a, size_t z)
{
    int k = warta_match_phrase(&warta_pronouns, s, z, a);
    return k >= 0 && warta_pronouns.items[k].len == z - a;
}

/* The speaker after a verb: up to a comma, a sentence end, a stop word or a quote. */
static warta_span speaker_after(const warta_ctx *c, size_t i, size_t end)
{
    const char *s = c->s;
    size_t a = warta_skip_space(s, end, i), z = a, last = a;
    uint32_t words = 0;
    while (z < end && words < WARTA_SPEAKER_MAX_WORDS) {
        size_t w0 = warta_skip_space(s, end, z);
        if (w0 >= end || s[w0] == '(' || warta_quote_len(s, end, w0) > 0)
            break;
        if (warta_match_phrase(&warta_speaker_stops, s, end, w0) >= 0)
            break;
        size_t w1 = word_end(s, end, w0);
        size_t cut = w0;
        while (cut < w1 && s[cut] != ',' && s[cut] != ';' && s[cut] != ')' &&
               !(s[cut] == '.' && (cut + 1 >= w1)))
            cut++;
        if (cut > w0) {
            last = cut;
            words++;
        }
        if (cut < w1)
            break;
        z = w1;
    }
    return warta_trimmed(c, a, last);
}

/* The speaker of "X mengatakan": the capitalised words just before the verb,
 * or the clause back to a comma when none is capitalised. */
static warta_span speaker_before(const warta_ctx *c, size_t start, size_t verb)
{
    const char *s = c->s;
    size_t z = warta_trim_end(s, start, verb), a = z, caps_from = z;
    uint32_t words = 0;
    int caps_run = 1;
    while (a > start && words < WARTA_SPEAKER_MAX_WORDS) {
        size_t w1 = a;
        size_t w0 = w1;
        while (w0 > start && warta_space_len(s, w1, w0 - 1) == 0 && s[w0 - 1] != ',' &&
               s[w0 - 1] != '.' && warta_quote_len(s, w1, w0 - 1) == 0)
            w0--;
        if (w0 == w1)
            break;
        words++;
        unsigned char f = (unsigned char)s[w0];
        if (caps_run && (warta_is_upper(f) || warta_is_digit(f)))
            caps_from = w0;
        else
            caps_run = 0;
        a = w0;
        if (a > start && (s[a - 1] == ',' || s[a - 1] == '.' || warta_quote_len(s, w1, a - 1)))
            break;
        a = warta_trim_end(s, start, a);
    }
    size_t from = caps_from < z ? caps_from : a;
    warta_span sp = warta_trimmed(c, from, z);
    if (sp.len == 0 || is_pronoun(s, sp.off, sp.off + sp.len))
        sp.len = 0;
    return sp;
}

static void add_quote(warta_ctx *c, size_t a, size_t z, warta_span speaker, const char *verb,
                      uint32_t index)
{
    const char *s = c->s;
    z = warta_trim_end(s, a, z);
    while (z > a && (s[z - 1] == ',' || s[z - 1] == ' '))
        z--;
    uint32_t w, lo, up;
    warta_count_words(s, a, z, &w, &lo, &up);
    if (w < WARTA_QUOTE_MIN_WORDS)
        return;
    long slot = warta_claim(c, WARTA_FIELD_QUOTES, &c->a->quote_count);
    if (slot < 0)
        return;
    warta_quote *q = &c->a->quotes[slot];
    q->text = warta_trimmed(c, a, z);
    q->speaker = speaker;
    q->verb = verb;
    q->paragraph = index;
}

/* Attribution after a closing mark: ", kata X" / " ujarnya". */
static void attribute(warta_ctx *c, size_t a, size_t z, size_t after, size_t end, uint32_t index)
{
    const char *s = c->s;
    size_t i = after;
    while (i < end && (s[i] == ',' || warta_space_len(s, end, i) > 0))
        i++;
    int nya = 0;
    size_t n = 0;
    int k = match_verb(s, end, i, WARTA_VERB_AFTER, &nya, &n);
    if (k < 0)
        k = match_verb(s, end, i, WARTA_VERB_CLAUSE, &nya, &n);
    warta_span speaker = c->speaker;
    const char *verb = c->speaker_verb;
    if (k >= 0) {
        verb = warta_verbs[k].root;
        if (!nya) {
            warta_span named = speaker_after(c, i + n, end);
            if (named.len > 0 && !is_pronoun(s, named.off, named.off + named.len))
                speaker = named;
        }
    }
    add_quote(c, a, z, speaker, verb, index);
}

/* "Wiranto memaparkan, ..." sets who the following unattributed quotes are from. */
static void note_clause(warta_ctx *c, size_t start, size_t i, size_t end)
{
    int nya = 0;
    size_t n = 0;
    int k = match_verb(c->s, end, i, WARTA_VERB_CLAUSE, &nya, &n);
    if (k < 0 || nya)
        return;
    warta_span sp = speaker_before(c, start, i);
    if (sp.len > 0) {
        c->speaker = sp;
        c->speaker_verb = warta_verbs[k].root;
    }
}

static int is_filler(const char *s, size_t end, size_t i)
{
    return warta_match_phrase(&warta_source_fillers, s, end, i) >= 0;
}

/* "dikutip dari Ara News, Sabtu": capitalised words after the cue. */
static void note_source(warta_ctx *c, size_t i, size_t end)
{
    const char *s = c->s;
    int k = warta_match_phrase(&warta_source_cues, s, end, i);
    if (k < 0)
        return;
    i = warta_skip_space(s, end, i + warta_source_cues.items[k].len);
    while (i < end && is_filler(s, end, i))
        i = warta_skip_space(s, end, word_end(s, end, i));
    size_t a = i, last = i;
    uint32_t words = 0;
    while (i < end && words < WARTA_SOURCE_MAX_WORDS) {
        unsigned char f = (unsigned char)s[i];
        if (!warta_is_upper(f) && !warta_is_digit(f) && !warta_starts_ci(s, end, i, "www.", 4))
            break;
        size_t w1 = word_end(s, end, i), cut = i;
        while (cut < w1 && s[cut] != ',' && s[cut] != ';' && s[cut] != ')' &&
               !(s[cut] == '.' && cut + 1 >= w1))
            cut++;
        last = cut;
        words++;
        if (cut < w1)
            break;
        i = warta_skip_space(s, end, w1);
    }
    if (last > a)
        warta_add_source(c, warta_trimmed(c, a, last));
}

void warta_scan_paragraph(warta_ctx *c, warta_span para, uint32_t index, int listed)
{
    const char *s = c->s;
    size_t start = para.off, end = para.off + para.len;
    size_t open = 0;
    int inside = 0;
    for (size_t i = start; i < end; i++) {
        unsigned char ch = (unsigned char)s[i];
        /* Quote marks start with '"', C2 or E2; words with a byte that is not a space. */
        size_t q = ch == '"' || ch == 0xC2 || ch == 0xE2 ? warta_quote_len(s, end, i) : 0;
        if (q > 0) {
            if (!inside) {
                open = i + q;
                inside = 1;
            } else {
                if (listed)
                    attribute(c, open, i, i + q, end, index);
                inside = 0;
            }
            i += q - 1;
            continue;
        }
        if (!inside && at_word_start(s, start, i)) {
            uint32_t first = warta_first_bit(ch);
            if (first & warta_verb_firsts[WARTA_VERB_CLAUSE])
                note_clause(c, start, i, end);
            if (warta_list_opens(&warta_source_cues, ch))
                note_source(c, i, end);
        }
        /* The rest of an ASCII word opens neither a word nor a quote mark. */
        if (warta_is_alpha(ch) || warta_is_digit(ch))
            i = warta_alnum_end(s, end, i + 1) - 1;
    }
    warta_date_match m;
    size_t from = start;
    while (listed && from < end && warta_find_date(s, end, from, c->year_hint, &m)) {
        long slot = warta_claim(c, WARTA_FIELD_DATES, &c->a->date_count);
        if (slot >= 0) {
            c->a->dates[slot].text = warta_trimmed(c, m.start, m.end);
            c->a->dates[slot].value = m.time;
        }
        from = m.end > from ? m.end : from + 1;
    }
}
