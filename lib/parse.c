/* warta_parse: find the article inside the page, then fill the caller's struct.
 *
 * Pass 1 classifies every block and scores it (prose positive, menus and
 * widgets negative, headings and footers as walls) and keeps the best-scoring
 * run of blocks (Kadane's algorithm): that run is the body. It also remembers
 * the date stamp nearest before the run and where the header search starts.
 * Pass 2 walks from there once more: header (title, stamp, byline, captions),
 * body (paragraphs, quotes, dates, sources), tail (byline, code, related). It takes
 * its blocks, split and classified, from the memo pass 1 kept (memo.c) while the
 * memo holds them, and reads the text again only past it. */
#include "internal.h"
#include "tables.h"
#include "simd.h"
#include "text.h"

#include "libc.h"

/* Prose: enough words, enough of them lower-case, and a finished sentence. */
#define WARTA_PROSE_MIN_WORDS 10
#define WARTA_PROSE_LONG_WORDS 25
#define WARTA_PROSE_LOWER_PERCENT 25
/* One block's weight is capped so a single wall of text does not win alone. */
#define WARTA_PROSE_MAX_SCORE 120
/* A dateline marks the story's first paragraph: worth this many words. */
#define WARTA_DATELINE_BONUS 60
/* A run opening soon after the page's first timed stamp is likely the story. */
#define WARTA_STAMP_BONUS 80
#define WARTA_STAMP_NEAR 12
/* Captions count for 1/this of their words: galleries are not stories. */
#define WARTA_CAPTION_DIVISOR 2
/* What a menu item, widget or short line costs the run around it. */
#define WARTA_SHORT_PENALTY 2
/* Blocks remembered before a stamp or the body: where the title search starts. */
#define WARTA_HEADER_BLOCKS 8
/* A stamp further than this many blocks before the body is not its stamp. */
#define WARTA_STAMP_REACH 60
/* The dateline opens one of the body's first few prose blocks. */
#define WARTA_DATELINE_REACH 4
/* Title candidates lie this many blocks around the stamp. */
#define WARTA_TITLE_REACH 4
#define WARTA_TITLE_MAX_WORDS 30
#define WARTA_TITLE_WORD_CAP 15
/* Bylines, codes and links are looked for this many blocks after the body. */
#define WARTA_TAIL_BLOCKS 40
/* A credit line follows the body within this many blocks. */
#define WARTA_CREDITS_REACH 3
/* A related teaser is a sentence: this many words, mostly lower case. */
#define WARTA_TEASER_MIN_WORDS 8

#define NONE ((size_t)-1)

warta_span warta_trimmed(const warta_ctx *c, size_t start, size_t end)
{
    warta_span sp = {0, 0};
    if (end > c->len)
        end = c->len;
    if (start >= end)
        return sp;
    start = warta_skip_space(c->s, end, start);
    end = warta_trim_end(c->s, start, end);
    sp.off = (uint32_t)start;
    sp.len = (uint32_t)(end - start);
    return sp;
}

/* Worked out when needed, not copied into the context: the parse's stack stays small. */
uint32_t warta_limit(const warta_ctx *c, warta_field field)
{
    if ((unsigned)field >= WARTA_FIELD_COUNT)
        return 0;
    uint32_t cap = warta_field_capacity[field];
    return c->options && c->options->limit[field] < cap ? c->options->limit[field] : cap;
}

long warta_claim(warta_ctx *c, warta_field field, uint32_t *count)
{
    if (*count >= warta_limit(c, field)) {
        c->a->dropped[field]++;
        return -1;
    }
    return (long)(*count)++;
}

void warta_add_span(warta_ctx *c, warta_field field, warta_span span)
{
    warta_article *a = c->a;
    long slot;
    switch (field) {
    case WARTA_FIELD_AUTHORS:
        if ((slot = warta_claim(c, field, &a->author_count)) >= 0)
            a->authors[slot] = span;
        break;
    case WARTA_FIELD_EDITORS:
        if ((slot = warta_claim(c, field, &a->editor_count)) >= 0)
            a->editors[slot] = span;
        break;
    case WARTA_FIELD_READ_ALSO:
        if ((slot = warta_claim(c, field, &a->read_also_count)) >= 0)
            a->read_also[slot] = span;
        break;
    default:
        break;
    }
}

/* Next folded character of a span: spaces fold to one, case optionally. */
static int next_folded(const char *s, size_t *i, size_t end, int ignore_case, int *space)
{
    size_t n;
    while (*i < end && (n = warta_space_len(s, end, *i)) > 0) {
        *i += n;
        *space = 1;
    }
    if (*i >= end)
        return -1;
    unsigned char ch = (unsigned char)s[(*i)++];
    return ignore_case ? warta_lower(ch) : ch;
}

int warta_same_text(const char *s, warta_span a, warta_span b, int ignore_case)
{
    /* A repeat is most often the same bytes: those need no folding. */
    if (a.len == b.len && memcmp(s + a.off, s + b.off, a.len) == 0)
        return 1;
    /* Most other pairs differ in their first characters, printable ASCII, no space. */
    if (a.len > 0 && b.len > 0) {
        unsigned char fa = (unsigned char)s[a.off], fb = (unsigned char)s[b.off];
        if (fa > ' ' && fa < 0x80 && fb > ' ' && fb < 0x80 &&
            (ignore_case ? warta_lower(fa) != warta_lower(fb) : fa != fb))
            return 0;
    }
    size_t i = a.off, j = b.off, ie = a.off + a.len, je = b.off + b.len;
    for (;;) {
        int sa = 0, sb = 0;
        int ca = next_folded(s, &i, ie, ignore_case, &sa);
        int cb = next_folded(s, &j, je, ignore_case, &sb);
        if (ca < 0 || cb < 0)
            return ca == cb;
        if (ca != cb || sa != sb)
            return 0;
    }
}

/* Distinct sources fill a->sources up to its capacity even past the limit,
 * so that duplicates of dropped ones are recognised and not dropped twice. */
void warta_add_source(warta_ctx *c, warta_span span)
{
    warta_article *a = c->a;
    if (span.len == 0)
        return;
    for (uint32_t k = 0; k < c->sources_seen; k++)
        if (warta_same_text(c->s, a->sources[k], span, 1))
            return;
    if (c->sources_seen < WARTA_MAX_SOURCES)
        a->sources[c->sources_seen++] = span;
    if (a->source_count < warta_limit(c, WARTA_FIELD_SOURCES) && a->source_count < c->sources_seen)
        a->source_count++;
    else
        a->dropped[WARTA_FIELD_SOURCES]++;
}

/* w3m marks list items with a bullet: a list is never the story's prose. */
static int is_list_item(const char *s, const warta_block *b)
{
    const unsigned char *u = (const unsigned char *)s + b->start;
    size_t n = b->end - b->start;
    if (n >= 3 && u[0] == 0xE2 && ((u[1] == 0x80 && u[2] == 0xA2) || (u[1] == 0x96 && u[2] == 0xA1) ||
                                   (u[1] == 0x97 && u[2] == 0xA6)))
        return 1; /* • □ ◦ */
    return n >= 2 && (u[0] == '*' || (u[0] == 0xC2 && u[1] == 0xB7));
}

/* A dateline opening a paragraph of names ("JAKARTA -- Kasubdit Kasasi ...")
 * makes it prose however few of its words are lower case. *dateline says
 * whether the block opens with one; it is read only when want_dateline is
 * set or the lower-case share needs it, and is 0 otherwise. */
static int is_prose(const char *s, const warta_block *b, int want_dateline, int *dateline)
{
    *dateline = 0;
    if (is_list_item(s, b))
        return 0;
    if (b->words < WARTA_PROSE_MIN_WORDS || !(b->terminal || b->words >= WARTA_PROSE_LONG_WORDS))
        return 0;
    int lower = b->lower_words * 100 >= b->words * WARTA_PROSE_LOWER_PERCENT;
    if (want_dateline || !lower) {
        warta_span place;
        const char *outlet;
        *dateline = warta_dateline(s, b->start, b->end, &place, &outlet) > 0;
    }
    return lower || *dateline;
}

static int stands_alone(const char *s, const warta_block *line)
{
    warta_block_info info;
    warta_classify(s, line, &info);
    return info.kind != WARTA_BLOCK_TEXT;
}

static int is_wall(warta_block_kind kind, int index)
{
    if (kind == WARTA_BLOCK_TEXT || kind == WARTA_BLOCK_READ_ALSO)
        return 0;
    if (kind == WARTA_BLOCK_LABEL) {
        uint8_t role = warta_labels[index].role;
        return role != WARTA_ROLE_PHOTO && role != WARTA_ROLE_CAPTION;
    }
    return 1;
}

typedef struct {
    size_t start, last, end;   /* body: first block, last block, its end */
    long score;
    size_t dateline;           /* start of the block opening with a dateline */
    size_t stamp;              /* start of the publication stamp block */
    size_t window;             /* where pass 2 begins */
    uint32_t window_block;     /* the number of the block there */
    uint32_t last_block;       /* the number of the body's last block */
    uint32_t blocks;           /* the input's blocks: pass 1's memo holds no others */
    int story;                 /* some prose in the run is not a caption */
} warta_region;

/* A stamp block seen in pass 1; its date is read again once chosen, to keep the stack small. */
typedef struct {
    size_t start;
    uint32_t ordinal;
    size_t window;
} stamp_seen;

/* The number of the block WARTA_HEADER_BLOCKS before block n (the first when there are fewer). */
static uint32_t window_block_of(uint32_t n)
{
    return n >= WARTA_HEADER_BLOCKS ? n - WARTA_HEADER_BLOCKS : 0;
}

/* Blocks pass 2 reads from the best region: its window to the tail's reach (with the
 * block after it, read ahead); none before there is a best region. */
static warta_memo_guard region_blocks(const warta_region *r)
{
    warta_memo_guard g = {1, 0};
    if (r->score > 0) {
        g.first = r->window_block;
        g.last = r->last_block + WARTA_TAIL_BLOCKS + 2;
    }
    return g;
}

/* Pass 1: the body's run of blocks, its stamp and the stamp's time (a->published);
 * every block kept in a's memo unless a block of the best run holds its slot. */
static void find_region(const char *s, size_t len, warta_article *a, warta_region *best,
                        const char **footer_outlet, const char **line_outlet)
{
    warta_blocks it;
    warta_block b;
    warta_block_info info;
    uint32_t ring[WARTA_HEADER_BLOCKS]; /* inputs are below 4 GiB: offsets fit */
    uint32_t ordinal = 0;
    stamp_seen timed, dated, first_timed;
    timed.start = NONE;
    timed.ordinal = 0;
    timed.window = 0;
    dated = first_timed = timed;
    warta_region cur;
    long sum = 0;
    uint32_t prose_seen = 0;
    int open = 0;

    memset(best, 0, sizeof *best);
    best->start = best->last = best->end = len;
    best->dateline = best->stamp = NONE;
    memset(&cur, 0, sizeof cur);
    warta_blocks_init(&it, s, len, 0, stands_alone);
    while (warta_blocks_next(&it, &b)) {
        warta_classify(s, &b, &info);
        warta_memo_keep(a, ordinal, &b, &info, region_blocks(best));
        size_t window = ordinal >= WARTA_HEADER_BLOCKS ? ring[ordinal % WARTA_HEADER_BLOCKS] : 0;
        ring[ordinal % WARTA_HEADER_BLOCKS] = (uint32_t)b.start;
        ordinal++;

        if (info.kind == WARTA_BLOCK_STAMP && !info.updated) {
            stamp_seen st;
            st.start = b.start;
            st.ordinal = ordinal;
            st.window = window;
            dated = st;
            if (info.date.flags & WARTA_DATE_HAS_TIME) {
                timed = st;
                if (first_timed.start == NONE)
                    first_timed = st;
            }
        }
        if (info.kind == WARTA_BLOCK_FOOTER && !*footer_outlet)
            *footer_outlet = warta_find_outlet(s, b.start, b.end);
        if (info.kind == WARTA_BLOCK_TEXT && b.words <= 2 && !*line_outlet)
            *line_outlet = warta_outlet_line(s, b.start, b.end);

        if (is_wall(info.kind, info.index)) {
            open = 0;
            continue;
        }
        long score = 0;
        int want_dateline = !open || (prose_seen < WARTA_DATELINE_REACH && cur.dateline == NONE);
        int dateline = 0;
        int prose = info.kind == WARTA_BLOCK_TEXT && is_prose(s, &b, want_dateline, &dateline);
        if (prose)
            score = b.words > WARTA_PROSE_MAX_SCORE ? WARTA_PROSE_MAX_SCORE : (long)b.words;
        else if (info.kind != WARTA_BLOCK_READ_ALSO)
            score = -WARTA_SHORT_PENALTY;
        if (!open) {
            if (score <= 0)
                continue;
            open = 1;
            sum = 0;
            prose_seen = 0;
            cur.start = b.start;
            cur.dateline = NONE;
            cur.story = 0;
            const stamp_seen *st = NULL;
            if (timed.start != NONE && ordinal - timed.ordinal <= WARTA_STAMP_REACH)
                st = &timed;
            else if (dated.start != NONE && ordinal - dated.ordinal <= WARTA_STAMP_REACH)
                st = &dated;
            cur.stamp = st ? st->start : NONE;
            cur.window = st ? st->window : window;
            cur.window_block = window_block_of(st ? st->ordinal - 1 : ordinal - 1);
        }
        if (prose) {
            warta_span text, credit;
            if (warta_find_caption(s, &b, &text, &credit)) {
                score /= WARTA_CAPTION_DIVISOR;
            } else {
                cur.story = 1;
                warta_memo_not_caption(a, ordinal - 1);
            }
        }
        if (dateline && prose_seen < WARTA_DATELINE_REACH && cur.dateline == NONE) {
            cur.dateline = b.start;
            score += WARTA_DATELINE_BONUS;
        }
        if (sum == 0 && first_timed.start != NONE && ordinal - first_timed.ordinal <= WARTA_STAMP_NEAR)
            score += WARTA_STAMP_BONUS;
        sum += score;
        prose_seen += prose ? 1u : 0u;
        if (sum > best->score) {
            *best = cur;
            best->score = sum;
            best->last = b.start;
            best->last_block = ordinal - 1;
            best->end = b.end;
        }
        if (sum <= 0)
            open = 0;
    }
    best->blocks = ordinal;
    if (best->score == 0) {
        best->window = 0;
        best->window_block = 0;
        if (first_timed.start != NONE)
            best->stamp = first_timed.start;
    }
    /* The chosen stamp's date is read once more, not kept for every stamp seen. */
    if (best->stamp != NONE) {
        warta_blocks_init(&it, s, len, best->stamp, stands_alone);
        if (warta_blocks_next(&it, &b)) {
            warta_classify(s, &b, &info);
            a->published = info.date.time;
        }
    }
}

typedef struct {
    warta_span span;
    uint32_t ordinal;
    uint32_t words;
    uint8_t isolated; /* blank lines around it, as a page's <h1> has */
} title_candidate;

/* 1 when s[i] opens a mark of a menu or a breadcrumb: '|', '>', '#', a middle dot or a bullet. */
static int menu_mark_at(const char *s, size_t end, size_t i)
{
    unsigned char ch = (unsigned char)s[i];
    if (ch == '|' || ch == '>' || ch == '#')
        return 1;
    if (ch == 0xC2)
        return i + 1 < end && (unsigned char)s[i + 1] == 0xB7;
    return ch == 0xE2 && i + 2 < end && (unsigned char)s[i + 1] == 0x80 &&
           (unsigned char)s[i + 2] == 0xA2;
}

/* 1 when s[start..end) holds a menu mark or ends with ':' (end > start). */
static int has_menu_marks(const char *s, size_t start, size_t end)
{
    if (s[end - 1] == ':')
        return 1;
    size_t i = start;
#ifdef WARTA_SIMD_BYTES
    /* Sixteen bytes a step to the bytes a mark opens with; most headlines hold none. */
    for (; end - i >= WARTA_SIMD_BYTES; i += WARTA_SIMD_BYTES) {
        __m128i x = warta_load_lanes(s + i);
        __m128i firsts = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('|')), _mm_cmpeq_epi8(x, _mm_set1_epi8('>'))),
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('#')),
                         _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xC2)),
                                      _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xE2)))));
        for (unsigned m = (unsigned)_mm_movemask_epi8(firsts); m; m &= m - 1)
            if (menu_mark_at(s, end, i + (size_t)__builtin_ctz(m)))
                return 1;
    }
#endif
    for (; i < end; i++)
        if (menu_mark_at(s, end, i))
            return 1;
    return 0;
}

static int headline_like(const char *s, const warta_block *b, const warta_block_info *info)
{
    if (info->kind != WARTA_BLOCK_TEXT || b->words < 2 || b->words > WARTA_TITLE_MAX_WORDS ||
        b->stop || has_menu_marks(s, b->start, b->end))
        return 0;
    warta_span t, cr;
    return info->not_caption || !warta_find_caption(s, b, &t, &cr);
}

/* Longer lines, lines before the stamp and lines standing alone read as headlines. */
static long title_score(const title_candidate *tc, uint32_t anchor)
{
    long w = tc->words > WARTA_TITLE_WORD_CAP ? WARTA_TITLE_WORD_CAP : (long)tc->words;
    long sc = 2 * w + (tc->isolated ? 4 : 0);
    if (tc->ordinal < anchor)
        return sc + 3 - (long)(anchor - tc->ordinal);
    return sc - (long)(tc->ordinal - anchor);
}

typedef struct {
    title_candidate ring[WARTA_TITLE_REACH];
    uint32_t count;
    long best_score;
    warta_span best;
} title_search;

static void title_offer(title_search *t, const title_candidate *tc, uint32_t anchor)
{
    long sc = title_score(tc, anchor);
    if (t->best.len == 0 || sc > t->best_score) {
        t->best = tc->span;
        t->best_score = sc;
    }
}

/* Offers the remembered candidates within reach before the anchor. */
static void title_offer_ring(title_search *t, uint32_t anchor)
{
    for (uint32_t k = 0; k < t->count && k < WARTA_TITLE_REACH; k++)
        if (anchor - t->ring[k].ordinal <= WARTA_TITLE_REACH)
            title_offer(t, &t->ring[k], anchor);
}

/* Related list after the article: title, age, repeated title, teaser. */
/* Small fields: this state lives on the deepest call chain of the parse. */
typedef struct {
    long item;           /* slot of the current item, or -1 when none or dropped */
    warta_span title;    /* its title, to skip the repeat */
    warta_age pending;   /* an age seen before its title */
    uint8_t active;
    uint8_t done;
    uint8_t open;        /* an item is current, stored or not */
    uint8_t has_age;
    uint8_t has_teaser;
    uint8_t after_title; /* the previous block was the item's title */
} related_list;

static int same_block(const warta_ctx *c, warta_span a, const warta_block *b)
{
    warta_span sb = {(uint32_t)b->start, (uint32_t)(b->end - b->start)};
    return warta_same_text(c->s, a, sb, 0);
}

static void related_block(warta_ctx *c, related_list *r, const warta_block *b,
                          const warta_block_info *info)
{
    warta_article *a = c->a;
    warta_related *cur = r->item >= 0 ? &a->related[r->item] : NULL;
    switch (info->kind) {
    case WARTA_BLOCK_AGE: {
        warta_age age;
        warta_parse_age(c->s + b->start, b->end - b->start, &age);
        if (r->open && r->after_title && !r->has_age) {
            r->has_age = 1;
            if (cur)
                cur->age = age;
        } else {
            r->pending = age;
        }
        return;
    }
    case WARTA_BLOCK_STAMP:
        return;
    case WARTA_BLOCK_HEADING:
        if (warta_match_phrase(&warta_more_links, c->s, b->end, b->start) >= 0) {
            r->open = 0;
            r->item = -1;
            r->after_title = 0;
            return;
        }
        r->active = 0;
        r->done = 1;
        return;
    case WARTA_BLOCK_TEXT:
        break;
    default:
        r->active = 0;
        r->done = 1;
        return;
    }
    if (r->open && same_block(c, r->title, b))
        return;
    int sentence = b->words >= WARTA_TEASER_MIN_WORDS && b->lower_words * 2 >= b->words;
    if (r->open && !r->has_teaser && sentence) {
        r->has_teaser = 1;
        r->after_title = 0;
        if (cur)
            cur->teaser = warta_trimmed(c, b->start, b->end);
        return;
    }
    if (b->words < 2 || b->words > WARTA_TITLE_MAX_WORDS) {
        r->after_title = 0;
        return;
    }
    r->open = 1;
    r->title = warta_trimmed(c, b->start, b->end);
    r->has_age = r->pending.unit != WARTA_AGE_NONE ? 1 : 0;
    r->has_teaser = 0;
    r->after_title = 1;
    long slot = warta_claim(c, WARTA_FIELD_RELATED, &a->related_count);
    r->item = slot;
    if (slot >= 0) {
        memset(&a->related[slot], 0, sizeof a->related[slot]);
        a->related[slot].title = r->title;
        a->related[slot].age = r->pending;
    }
    r->pending.unit = WARTA_AGE_NONE;
    r->pending.value = 0;
}

static void add_caption(warta_ctx *c, warta_span text, warta_span credit)
{
    if (c->last_caption.len > 0 && warta_same_text(c->s, c->last_caption, text, 0))
        return;
    c->last_caption = text;
    long slot = warta_claim(c, WARTA_FIELD_CAPTIONS, &c->a->caption_count);
    if (slot >= 0) {
        c->a->captions[slot].text = text;
        c->a->captions[slot].credit = credit;
    }
}

static void add_paragraph(warta_ctx *c, const warta_region *r, const warta_block *b,
                          const char **dateline_outlet)
{
    warta_article *a = c->a;
    size_t start = b->start, end = b->end;
    if (b->start == r->dateline) {
        warta_span place;
        const char *outlet = NULL;
        size_t n = warta_dateline(c->s, b->start, b->end, &place, &outlet);
        if (n > 0) {
            a->dateline = place;
            *dateline_outlet = outlet;
            start += n;
        }
    }
    if (b->start == r->last) {
        size_t code = warta_author_code_start(c->s, start, end);
        if (code < end) {
            a->author_code = warta_trimmed(c, code + 1, end - 1);
            end = code;
        }
    }
    warta_span para = warta_trimmed(c, start, end);
    if (para.len == 0 || (c->last_paragraph.len > 0 && warta_same_text(c->s, c->last_paragraph, para, 0)))
        return;
    c->last_paragraph = para;
    uint32_t index = a->paragraph_count;
    int listed = index < warta_limit(c, WARTA_FIELD_PARAGRAPHS);
    if (listed)
        a->paragraphs[a->paragraph_count++] = para;
    else
        a->dropped[WARTA_FIELD_PARAGRAPHS]++;
    warta_scan_paragraph(c, para, index, listed, (b->holds & WARTA_HOLDS_DIGIT) != 0);
}

/* The outlet of an initials code's last part: "adk/jpnn" gives jpnn.com. */
static const char *code_outlet(const char *s, warta_span code)
{
    size_t end = code.off + code.len, i = end;
    while (i > code.off && s[i - 1] != '/')
        i--;
    return i > code.off ? warta_outlet_line(s, i, end) : NULL;
}

/* Pass 2's blocks: from the memo while it holds them, then from the text. */
typedef struct {
    warta_blocks it;
    uint32_t block; /* the number of the next block */
    size_t after;   /* the end of the last block taken from the memo; NONE once reading the text */
} block_source;

/* Folded into extract: a call level here would cost the deepest call chain its stack. */
static WARTA_FOLDED int source_next(block_source *src, const warta_ctx *c, const warta_region *r,
                                    warta_block *b)
{
    if (src->after != NONE) {
        if (warta_memo_block(c->a, r->blocks, src->block, b)) {
            /* Pass 2 begins at the window as the text begins: after a blank. */
            if (src->block == r->window_block)
                b->blank_before = 1;
            src->block++;
            src->after = b->end;
            return 1;
        }
        if (src->block != r->window_block)
            warta_blocks_resume(&src->it, c->s, c->len, src->after, stands_alone);
        src->after = NONE;
    }
    src->block++;
    return warta_blocks_next(&src->it, b);
}

static void extract(warta_ctx *c, const warta_region *r, const char *footer_outlet,
                    const char *line_outlet)
{
    const char *s = c->s;
    warta_article *a = c->a;
    block_source src;
    warta_block b, next;
    warta_block_info info;
    int have = 0;
    uint32_t ordinal = 0, anchor = 0, tail = 0;
    int anchor_seen = 0;
    title_search t;
    related_list rel;
    const char *dateline_outlet = NULL;
    size_t body = r->dateline != NONE ? r->dateline : r->start;

    memset(&t, 0, sizeof t);
    memset(&rel, 0, sizeof rel);
    rel.item = -1;
    warta_blocks_init(&src.it, s, c->len, r->window, stands_alone);
    src.block = r->window_block;
    src.after = r->window;
    have = source_next(&src, c, r, &b);
    while (have) {
        int more = source_next(&src, c, r, &next);
        if (!warta_memo_class(a, r->blocks, s, r->window_block + ordinal, &b, &info))
            warta_classify(s, &b, &info);
        ordinal++;
        if (b.start < body) {
            if (b.start == r->stamp) {
                anchor = ordinal;
                anchor_seen = 1;
                title_offer_ring(&t, anchor);
            } else if (info.kind == WARTA_BLOCK_STAMP && info.updated &&
                       a->updated.precision == WARTA_PREC_NONE) {
                a->updated = info.date.time;
            }
            if (info.kind == WARTA_BLOCK_LABEL)
                warta_take_label(c, &b, &info, more ? &next : NULL);
            if (headline_like(s, &b, &info)) {
                title_candidate tc = {warta_trimmed(c, b.start, b.end), ordinal, b.words,
                                      (uint8_t)(b.blank_before && (!more || next.blank_before))};
                if (anchor_seen && ordinal - anchor <= WARTA_TITLE_REACH)
                    title_offer(&t, &tc, anchor);
                t.ring[t.count++ % WARTA_TITLE_REACH] = tc;
            } else if (info.kind == WARTA_BLOCK_TEXT && (anchor_seen || r->stamp == NONE) &&
                       !info.not_caption) {
                warta_span text, credit;
                if (warta_find_caption(s, &b, &text, &credit))
                    add_caption(c, text, credit);
            }
        } else if (b.start <= r->last) {
            if (!anchor_seen && r->stamp == NONE) {
                anchor_seen = 1;
                anchor = ordinal;
                title_offer_ring(&t, anchor);
            }
            warta_span text, credit;
            if (info.kind == WARTA_BLOCK_TEXT) {
                /* A photo page's captions are its story: they are paragraphs too. */
                int caption = b.start != r->dateline && !info.not_caption &&
                              warta_find_caption(s, &b, &text, &credit);
                if (caption)
                    add_caption(c, text, credit);
                if ((!caption || !r->story) && (t.best.len == 0 || !same_block(c, t.best, &b)))
                    add_paragraph(c, r, &b, &dateline_outlet);
            } else if (info.kind == WARTA_BLOCK_READ_ALSO) {
                warta_add_span(c, WARTA_FIELD_READ_ALSO, warta_trimmed(c, info.value, b.end));
            } else if (info.kind == WARTA_BLOCK_LABEL) {
                warta_take_label(c, &b, &info, more ? &next : NULL);
            }
        } else {
            /* Past the tail's reach with no related list open, no block adds anything. */
            if (++tail > WARTA_TAIL_BLOCKS && !rel.active && anchor_seen)
                break;
            if (rel.active) {
                related_block(c, &rel, &b, &info);
            } else if (tail <= WARTA_TAIL_BLOCKS) {
                switch (info.kind) {
                case WARTA_BLOCK_CODE:
                    if (a->author_code.len == 0)
                        a->author_code = warta_trimmed(c, b.start + 1, b.end - 1);
                    break;
                case WARTA_BLOCK_CREDITS:
                    if (tail <= WARTA_CREDITS_REACH)
                        warta_take_credits(c, &b);
                    break;
                case WARTA_BLOCK_LABEL:
                    warta_take_label(c, &b, &info, more ? &next : NULL);
                    break;
                case WARTA_BLOCK_READ_ALSO:
                    warta_add_span(c, WARTA_FIELD_READ_ALSO, warta_trimmed(c, info.value, b.end));
                    break;
                case WARTA_BLOCK_HEADING:
                    if (!rel.done &&
                        warta_match_phrase(&warta_related_headings, s,
                                           b.end, b.start) >= 0)
                        rel.active = 1;
                    break;
                default:
                    break;
                }
            }
        }
        b = next;
        have = more;
    }
    if (!anchor_seen)
        title_offer_ring(&t, ordinal + 1);
    /* Past a lowered limit, the sources list kept the distinct ones it dropped (to know
     * their repeats): entries past a count are zero after a parse. */
    if (c->sources_seen > a->source_count)
        memset(a->sources + a->source_count, 0,
               (c->sources_seen - a->source_count) * sizeof a->sources[0]);
    a->title = t.best;
    if (dateline_outlet)
        a->outlet = dateline_outlet;
    else if (footer_outlet)
        a->outlet = footer_outlet;
    else if (a->author_code.len > 0 && code_outlet(s, a->author_code))
        a->outlet = code_outlet(s, a->author_code);
    else
        a->outlet = line_outlet;
}

/* A refused call leaves the whole article zero: the block memo too, past the results. */
static warta_status refuse(warta_article *article, warta_status status)
{
    memset((unsigned char *)article + WARTA_ARTICLE_RESULT_BYTES, 0,
           sizeof *article - WARTA_ARTICLE_RESULT_BYTES);
    return status;
}

warta_status warta_parse(const char *text, size_t len, const warta_options *options,
                         warta_article *article)
{
    if (!article)
        return WARTA_ERR_NULL_ARGUMENT;
    /* Not the block memo: working memory, whose slots pass 1 writes before they are read. */
    memset(article, 0, WARTA_ARTICLE_RESULT_BYTES);
    if (!text && len > 0)
        return refuse(article, WARTA_ERR_NULL_ARGUMENT);
    if ((uint64_t)len >= (uint64_t)UINT32_MAX)
        return refuse(article, WARTA_ERR_TOO_LARGE);
    if (len == 0)
        return WARTA_OK;

    warta_ctx c;
    memset(&c, 0, sizeof c);
    c.s = text;
    c.len = len;
    c.a = article;
    c.options = options;
    article->flags = warta_input_flags(text, len);

    warta_region r;
    const char *footer_outlet = NULL, *line_outlet = NULL;
    find_region(text, len, article, &r, &footer_outlet, &line_outlet);
    c.year_hint = article->published.year;
    extract(&c, &r, footer_outlet, line_outlet);
    return WARTA_OK;
}
