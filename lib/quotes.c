/* One body paragraph's quotations with their speakers, the media it credits
 * ("dikutip dari Ara News") and the dates it mentions. */
#include "internal.h"
#include "simd.h"
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
    if (word < WARTA_KEY_BYTES || !warta_key_in(&warta_verb_words, warta_line_key(s, i, i + word)))
        return -1;
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
    if (warta_words_upto(s, a, z, WARTA_QUOTE_MIN_WORDS) < WARTA_QUOTE_MIN_WORDS)
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

/* A paragraph's scan: the quotation open so far, if any. */
typedef struct {
    size_t start, end;
    size_t open; /* the open quotation's first byte */
    uint32_t index;
    int inside, listed;
} paragraph_scan;

/* The bytes of a step at s[i] the scan looks at: a quote mark's first byte ('"', C2
 * or E2) and a b, d, m or s that opens a word (the letters that open a clause verb or a
 * source cue: test_modules checks the tables). A mask of one bit per byte with SSE2, of
 * bit 7 of each byte without (which stops at a few bytes more, that scan_step passes);
 * with AVX2, scan_stops_32 (below) stops at fewer letters. */
#ifdef WARTA_SIMD_BYTES
#define SCAN_STEP WARTA_SIMD_BYTES
typedef unsigned scan_mask;

static inline __m128i letter_lanes(__m128i x)
{
    return warta_lanes_between(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z');
}

/* Lanes of b, d, m and s in either case. */
static inline __m128i opener_lanes(__m128i x)
{
    __m128i l = _mm_or_si128(x, _mm_set1_epi8(0x20));
    return _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(l, _mm_set1_epi8('b')),
                                     _mm_cmpeq_epi8(l, _mm_set1_epi8('d'))),
                        _mm_or_si128(_mm_cmpeq_epi8(l, _mm_set1_epi8('m')),
                                     _mm_cmpeq_epi8(l, _mm_set1_epi8('s'))));
}

static WARTA_FOLDED scan_mask scan_stops(const char *s, size_t start, size_t i)
{
    __m128i x = warta_load_lanes(s + i);
    /* The byte before each: before the paragraph's first, a space. */
    __m128i before = i > start ? warta_load_lanes(s + i - 1)
                               : _mm_or_si128(_mm_slli_si128(x, 1), _mm_cvtsi32_si128(' '));
    __m128i word_before = _mm_or_si128(_mm_or_si128(letter_lanes(before),
                                                    warta_lanes_between(before, '0', '9')),
                                       _mm_cmplt_epi8(before, _mm_setzero_si128()));
    __m128i quote_firsts = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                                     _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xC2))),
                                        _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xE2)));
    __m128i stops = _mm_or_si128(_mm_andnot_si128(word_before, opener_lanes(x)), quote_firsts);
    return (scan_mask)_mm_movemask_epi8(stops);
}

static inline size_t stop_index(scan_mask m)
{
    return (size_t)__builtin_ctz(m);
}

#ifdef WARTA_AVX2_BYTES
/* scan_stops_32's constants, a row each. */
enum { STOP_FOLD, STOP_NIBBLE, STOP_QUOTE, STOP_C2, STOP_E2, STOP_PAST_STEP, STOP_ROWS };
static const warta_row stop_rows[STOP_ROWS] __attribute__((aligned(WARTA_ROW_BYTES))) = {
    WARTA_ROW_OF(0x20), WARTA_ROW_OF(0x0F), WARTA_ROW_OF('"'), WARTA_ROW_OF(0xC2), WARTA_ROW_OF(0xE2),
    {[30] = 0xFF, [31] = 0xFF},
};

static inline WARTA_AVX2 __m256i stop_row(const warta_row *k, int row)
{
    return _mm256_load_si256((const __m256i *)(const void *)k[row]);
}

/* Per lane, the bits of byte `at` of a paragraph word that `lower`, lower-case bytes,
 * has (warta_paragraph_nibbles): none for a byte no such word holds there. */
static inline WARTA_AVX2 __m256i prefix_bits(const warta_row *k, __m256i lower, int at)
{
    const uint8_t(*nibbles)[16] = warta_paragraph_nibbles[at];
    __m256i low = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)nibbles[0]));
    __m256i high = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)nibbles[1]));
    __m256i nibble = stop_row(k, STOP_NIBBLE);
    return _mm256_and_si256(_mm256_shuffle_epi8(low, _mm256_and_si256(lower, nibble)),
                            _mm256_shuffle_epi8(high, _mm256_and_si256(_mm256_srli_epi16(lower, 4), nibble)));
}

/* scan_stops for 32 bytes, which stops at fewer letters: only where the three bytes
 * from there may open a paragraph word, inside a word too (scan_step looks at the byte
 * before). The two last lanes, whose next bytes lie past the step, stop wherever the
 * first byte may. */
static inline WARTA_AVX2 scan_mask scan_stops_32(const char *s, size_t start, size_t i)
{
    (void)start; /* scan_stops_fn's: the byte before a stop is scan_step's to look at */
    const warta_row *k = stop_rows;
    WARTA_HIDE_ROWS(k);
    __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(s + i));
    __m256i lower = _mm256_or_si256(x, stop_row(k, STOP_FOLD));
    __m256i rest = _mm256_permute2x128_si256(lower, lower, 0x81);
    __m256i later = _mm256_or_si256(_mm256_and_si256(prefix_bits(k, _mm256_alignr_epi8(rest, lower, 1), 1),
                                                     prefix_bits(k, _mm256_alignr_epi8(rest, lower, 2), 2)),
                                    stop_row(k, STOP_PAST_STEP));
    __m256i bits = _mm256_and_si256(prefix_bits(k, lower, 0), later);
    __m256i passed = _mm256_cmpeq_epi8(bits, _mm256_setzero_si256());
    __m256i quote_firsts = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(x, stop_row(k, STOP_QUOTE)),
                                                           _mm256_cmpeq_epi8(x, stop_row(k, STOP_C2))),
                                           _mm256_cmpeq_epi8(x, stop_row(k, STOP_E2)));
    return ~(uint32_t)_mm256_movemask_epi8(passed) | (uint32_t)_mm256_movemask_epi8(quote_firsts);
}
#endif
#else
#define SCAN_STEP WARTA_WORD_BYTES
typedef uint64_t scan_mask;

static WARTA_FOLDED scan_mask scan_stops(const char *s, size_t start, size_t i)
{
    uint64_t x = warta_load_bytes(s + i);
    uint64_t before = i > start ? warta_load_bytes(s + i - 1) : x << 8 | ' ';
    uint64_t l = x | (WARTA_ONES * 0x20);
    /* '"' and STX fold to 0x22, C2 and E2 to E2: a stop at STX, no quote mark, is passed. */
    uint64_t quote_firsts = warta_bytes_equal(l, '"') | warta_bytes_equal(l, 0xE2);
    uint64_t openers = warta_bytes_equal(l, 'b') | warta_bytes_equal(l, 'd') |
                       warta_bytes_equal(l, 'm') | warta_bytes_equal(l, 's');
    /* A letter before rules a stop out; a digit or a byte >= 0x80 before one is left to
     * scan_step's own test of the byte before, which few stops reach. */
    return (openers & ~warta_letter_bytes(before)) | quote_firsts;
}

static inline size_t stop_index(scan_mask m)
{
    return warta_first_marked(m);
}
#endif

/* The lookups a word may pass (may_open): a clause verb's, a source cue's. */
#define MAY_CLAUSE 1u
#define MAY_CUE 2u

/* The lookups the word at s[i] may pass, MAY_* bits: none for most words, known by their
 * first three bytes, and for most of the rest, known whole (warta_word_key). */
static inline unsigned may_open(const paragraph_scan *p, const char *s, size_t i)
{
    if (p->inside || p->end - i < WARTA_KEY_BYTES ||
        !warta_key_in(&warta_paragraph_words, warta_key(s + i, WARTA_KEY_BYTES)))
        return 0;
    size_t z = i + WARTA_KEY_BYTES;
    while (z < p->end && warta_is_word_byte((unsigned char)s[z]))
        z++;
    uint32_t key = warta_word_key(s, i, z);
    /* A clause's speaker serves the quotes after it, which a paragraph past the list's
     * limit (and every one after it) does not keep. */
    return (p->listed && warta_key_in(&warta_clause_words, key) ? MAY_CLAUSE : 0u) |
           (warta_key_in(&warta_cue_words, key) ? MAY_CUE : 0u);
}

/* Looks at s[i], a stop of scan_stops: a quote mark, or a word that may pass the lookups
 * `may` (may_open); returns where the scan goes on. */
static size_t scan_stop(warta_ctx *c, paragraph_scan *p, size_t i, unsigned may)
{
    const char *s = c->s;
    unsigned char ch = (unsigned char)s[i];
    size_t q = warta_is_alpha(ch) ? 0 : warta_quote_len(s, p->end, i);
    if (q > 0) {
        if (!p->inside) {
            p->open = i + q;
            p->inside = 1;
        } else {
            if (p->listed)
                attribute(c, p->open, i, i + q, p->end, p->index);
            p->inside = 0;
        }
        return i + q;
    }
    if (may & MAY_CLAUSE)
        note_clause(c, p->start, i, p->end);
    if (may & MAY_CUE)
        note_source(c, i, p->end);
    return i + 1;
}

/* The stops of mask m, the step's at s[base], from `next` on; returns where the scan goes on. */
static inline size_t scan_step(warta_ctx *c, paragraph_scan *p, size_t base, size_t next, scan_mask m)
{
    const char *s = c->s;
    unsigned may;
    for (; m; m &= m - 1) {
        size_t at = base + stop_index(m);
        if (at < next)
            continue;
        if (!warta_is_alpha((unsigned char)s[at]))
            next = scan_stop(c, p, at, 0);
        /* A letter opens a word, or is passed over (the 16- and 8-byte scans stop at no other). */
        else if ((at == p->start || !warta_is_word_byte((unsigned char)s[at - 1])) &&
                 (may = may_open(p, s, at)) != 0)
            next = scan_stop(c, p, at, may);
    }
    return next;
}

/* The stops of the step at s[i] in a paragraph from start: scan_stops, scan_stops_32. */
typedef scan_mask (*scan_stops_fn)(const char *s, size_t start, size_t i);

/* The paragraph from i to its end, `step` bytes at a time, their stops found by `stops`;
 * the last step ends at the paragraph's end. Returns where the bytes left start: i when
 * the paragraph is shorter than a step. Folded, so that `stops` is a direct call at every
 * level: gcc -O1 will not fold the always-inlined scan_stops through a pointer. */
static WARTA_FOLDED size_t scan_steps(warta_ctx *c, paragraph_scan *p, size_t i, size_t step,
                                 scan_stops_fn stops)
{
    const char *s = c->s;
    if (p->end - p->start < step)
        return i;
    /* A quote mark may end past the step: the next starts after it. */
    while (p->end - i >= step) {
        size_t next = scan_step(c, p, i, i, stops(s, p->start, i));
        i = next > i + step ? next : i + step;
    }
    /* The step that ends at the end, its stops before i passed over. */
    if (i < p->end) {
        size_t base = p->end - step;
        scan_step(c, p, base, i, stops(s, p->start, base));
        i = p->end;
    }
    return i;
}

#ifdef WARTA_AVX2_BYTES
/* The paragraph 32 bytes a step: see scan_stops_32. */
static WARTA_AVX2 size_t scan_steps_32(warta_ctx *c, paragraph_scan *p, size_t i)
{
    return scan_steps(c, p, i, WARTA_AVX2_BYTES, scan_stops_32);
}
#endif

void warta_scan_paragraph(warta_ctx *c, warta_span para, uint32_t index, int listed, int digits)
{
    const char *s = c->s;
    size_t start = para.off, end = para.off + para.len;
    paragraph_scan p = {start, end, 0, index, 0, listed};
    size_t i = start;
#ifdef WARTA_AVX2_BYTES
    if (warta_has_avx2())
        i = scan_steps_32(c, &p, i);
#endif
    i = scan_steps(c, &p, i, SCAN_STEP, scan_stops);
    /* A paragraph shorter than a step, a byte at a time. */
    while (i < end) {
        unsigned char ch = (unsigned char)s[i];
        int opens_word =
            warta_is_alpha(ch) && (i == start || !warta_is_word_byte((unsigned char)s[i - 1]));
        int quote_first = ch == '"' || ch == 0xC2 || ch == 0xE2;
        unsigned may = opens_word ? may_open(&p, s, i) : 0;
        i = may || quote_first ? scan_stop(c, &p, i, may) : i + 1;
    }
    warta_date_match m;
    size_t from = start;
    while (listed && digits && from < end && warta_find_date(s, end, from, c->year_hint, &m)) {
        long slot = warta_claim(c, WARTA_FIELD_DATES, &c->a->date_count);
        if (slot >= 0) {
            c->a->dates[slot].text = warta_trimmed(c, m.start, m.end);
            c->a->dates[slot].value = m.time;
        }
        from = m.end > from ? m.end : from + 1;
    }
}
