/* What the parser's modules share: the parse context and their entry points. */
#ifndef WARTA_INTERNAL_H
#define WARTA_INTERNAL_H

#include "dates.h"
#include "libc.h"
#include "lines.h"
#include "tables.h"
#include "warta.h"

/* The kinds of block that steer the search for the article. */
typedef enum {
    WARTA_BLOCK_TEXT,      /* prose, headlines, menus: anything else */
    WARTA_BLOCK_STAMP,     /* a date line: "Selasa, 23 Februari 2016 14:49 WIB" */
    WARTA_BLOCK_AGE,       /* "11 hari lalu" */
    WARTA_BLOCK_LABEL,     /* "Redaktur : Tim Redaksi", "Reporter" */
    WARTA_BLOCK_READ_ALSO, /* "BACA JUGA: <title>" */
    WARTA_BLOCK_HEADING,   /* "Berita terkait", "Terpopuler", "Baca Juga" alone */
    WARTA_BLOCK_FOOTER,    /* copyright, promotions, share widgets */
    WARTA_BLOCK_CODE,      /* "(adk/jpnn)" alone */
    WARTA_BLOCK_CREDITS    /* "SYDNEY MORNING HERALD | REUTERS | YON DEMA" */
} warta_block_kind;

typedef struct {
    warta_block_kind kind;
    int index;              /* table row: label, heading or read-also phrase */
    size_t value;           /* where the label's value or the link title starts */
    warta_date_match date;  /* for stamps */
    uint8_t updated;        /* a stamp labelled "Diperbarui"/"Update" */
    uint8_t not_caption;    /* pass 1 found it no caption (set from the memo only) */
} warta_block_info;

/* input.c: WARTA_FLAG_INVALID_UTF8 and WARTA_FLAG_NUL_BYTES of the whole input. */
uint32_t warta_input_flags(const char *s, size_t len);

/* boilerplate.c: classifies one block by its shape and the tables, every test. */
void warta_classify_full(const char *s, const warta_block *b, warta_block_info *info);

/* Classifies one block as warta_classify_full does. Half the blocks hold no digit (every
 * stamp, age and copyright line has one), no ':' or '|' (a credit line has one) and open
 * with no '(' (a code does) nor a table's phrase: text, told without the call. */
static WARTA_FOLDED void warta_classify(const char *s, const warta_block *b, warta_block_info *info)
{
    if ((b->holds & (WARTA_HOLDS_DIGIT | WARTA_HOLDS_COLON_OR_BAR)) ||
        s[b->start] == '(' || warta_opens(s, b->start, b->end)) {
        warta_classify_full(s, b, info);
        return;
    }
    memset(info, 0, sizeof *info);
    info->kind = WARTA_BLOCK_TEXT;
    info->index = -1;
}

/* memo.c: blocks the first pass keeps in warta_article.block_memo for the second,
 * a ring of WARTA_MAX_BLOCK_MEMO slots (block n in slot n % capacity). warta_parse
 * does not clear it: a slot holds one of this parse's blocks once pass 1 has read a
 * block of its number. Blocks first..last are guarded: once kept, no later block
 * takes their slots. */
typedef struct {
    uint32_t first, last; /* none when first > last */
} warta_memo_guard;

/* Keeps block n and its class unless its slot holds a guarded block. */
void warta_memo_keep(warta_article *a, uint32_t n, const warta_block *b,
                     const warta_block_info *info, warta_memo_guard guard);
/* Notes that block n, if kept, is no caption: pass 2 need not look again. */
void warta_memo_not_caption(warta_article *a, uint32_t n);
/* Block n as kept: 1, or 0 when it was not kept; `blocks` is how many pass 1 read. */
int warta_memo_block(const warta_article *a, uint32_t blocks, uint32_t n, warta_block *b);
/* The class of block n (b) as kept: 1, or 0 when it was not kept. Of the stamps' dates,
 * only an updated stamp's is read again (pass 2 uses no other); the rest are left 0. */
int warta_memo_class(const warta_article *a, uint32_t blocks, const char *s, uint32_t n,
                     const warta_block *b, warta_block_info *info);

/* Parse state: the input, the caller's article and the per-call limits. */
typedef struct {
    const char *s;
    size_t len;
    warta_article *a;
    const warta_options *options; /* the caller's limits, or NULL: see warta_limit */
    warta_span speaker;      /* the last "X mengatakan"-style speaker */
    const char *speaker_verb;
    int year_hint;
    uint32_t sources_seen;     /* distinct sources kept in a->sources, past the limit too */
    warta_span last_paragraph; /* w3m repeats an image's text: one copy is enough */
    warta_span last_caption;
} warta_ctx;

/* A list's limit for this call: the caller's option clamped to the capacity. */
uint32_t warta_limit(const warta_ctx *c, warta_field field);

/* Each list's compile-time capacity (WARTA_MAX_*), by warta_field: warta_capacity's table. */
extern const uint32_t warta_field_capacity[WARTA_FIELD_COUNT];

/* A span of s[start..end) with surrounding white space trimmed. */
warta_span warta_trimmed(const warta_ctx *c, size_t start, size_t end);

/* Slot for one more entry of a list, or -1 after counting it as dropped. */
long warta_claim(warta_ctx *c, warta_field field, uint32_t *count);

/* Appends a span to authors, editors or read_also. */
void warta_add_span(warta_ctx *c, warta_field field, warta_span span);

/* Appends a source unless one equal ignoring case and spacing is there. */
void warta_add_source(warta_ctx *c, warta_span span);

/* 1 when two spans read the same once white space is folded (and case, if asked). */
int warta_same_text(const char *s, warta_span a, warta_span b, int ignore_case);

/* byline.c: a label block's names into authors/editors/sources/captions. */
void warta_take_label(warta_ctx *c, const warta_block *b, const warta_block_info *info,
                      const warta_block *next);
/* "A | B | C | WRITER": sources, then the writer as author. */
void warta_take_credits(warta_ctx *c, const warta_block *b);
/* The closing initials "(adk/jpnn)" at s[..end): start of the code's '(' or end. */
size_t warta_author_code_start(const char *s, size_t start, size_t end);

/* dateline.c: length of a dateline prefix ("jpnn.com - MOSUL - ") or 0;
 * sets the place span and the outlet it names. */
size_t warta_dateline(const char *s, size_t start, size_t end, warta_span *place,
                      const char **outlet);
/* The outlet named anywhere in s[start..end), or NULL. */
const char *warta_find_outlet(const char *s, size_t start, size_t end);
/* The outlet a block consists of ("Kompas.com", "liputan6"), or NULL. */
const char *warta_outlet_line(const char *s, size_t start, size_t end);

/* captions.c: 1 when the block reads as a caption; sets text and credit. */
int warta_find_caption(const char *s, const warta_block *b, warta_span *text, warta_span *credit);

/* quotes.c: quotes, speakers, in-text sources and date mentions of one paragraph;
 * a paragraph past the list's limit (listed 0) still credits its sources. digits 0:
 * the paragraph holds no ASCII digit, so it mentions no date (each has a digit). */
void warta_scan_paragraph(warta_ctx *c, warta_span para, uint32_t index, int listed, int digits);

#endif
