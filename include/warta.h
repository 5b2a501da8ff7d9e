/*
 * warta: Indonesian news article text into fixed C structs.
 *
 * One call, warta_parse(), reads the bytes of one article (a clean copy, or a
 * whole page's visible text with menus and footers around it) and fills a
 * caller-owned warta_article. Text fields are spans (offset, length) into the
 * caller's buffer: nothing is copied, nothing is allocated, there is no global
 * mutable state, so the library is reentrant and thread-safe.
 *
 * Any sequence of bytes is valid input: invalid UTF-8 and NUL bytes never
 * stop a parse, every span stays inside the input, every count stays within
 * its capacity, and the work done is linear in the input's length.
 */
#ifndef WARTA_H
#define WARTA_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------ */
/* Configuration. Every capacity is a compile-time maximum; define it before */
/* including this header (or with -D) to change it. warta_options can lower  */
/* any of them per call. When a list is full the parse goes on, counts what  */
/* it dropped in warta_article.dropped[] and never writes out of bounds.     */
/* Costs below are per warta_article at the defaults on a 32-bit target;     */
/* in all, sizeof(warta_article) is 30,536 bytes on x86-64 at the defaults,   */
/* 24,576 of them the block memo (WARTA_MAX_BLOCK_MEMO).                    */
/* ------------------------------------------------------------------------ */

/* Writers and reporters (Penulis, Reporter, Pewarta...): 8 bytes each. */
#ifndef WARTA_MAX_AUTHORS
#define WARTA_MAX_AUTHORS 8
#endif

/* Editors (Editor, Redaktur, Penyunting): 8 bytes each. */
#ifndef WARTA_MAX_EDITORS
#define WARTA_MAX_EDITORS 8
#endif

/* Credited media and agencies: 8 bytes each. */
#ifndef WARTA_MAX_SOURCES
#define WARTA_MAX_SOURCES 16
#endif

/* Body paragraphs: 8 bytes each; real articles rarely pass 80. */
#ifndef WARTA_MAX_PARAGRAPHS
#define WARTA_MAX_PARAGRAPHS 200
#endif

/* Photo and illustration captions with credits: 16 bytes each. */
#ifndef WARTA_MAX_CAPTIONS
#define WARTA_MAX_CAPTIONS 16
#endif

/* Inline "Baca juga:" link titles: 8 bytes each. */
#ifndef WARTA_MAX_READ_ALSO
#define WARTA_MAX_READ_ALSO 16
#endif

/* Related/recommended list after the article: 24 bytes each. */
#ifndef WARTA_MAX_RELATED
#define WARTA_MAX_RELATED 24
#endif

/* Direct quotations with speakers: 24 bytes each. */
#ifndef WARTA_MAX_QUOTES
#define WARTA_MAX_QUOTES 64
#endif

/* Date mentions in the body: 20 bytes each. */
#ifndef WARTA_MAX_DATES
#define WARTA_MAX_DATES 48
#endif

/* Working memory, not a list: blocks (a line, or the lines a dump wrapped) the
 * first pass keeps for the second, which then takes them from here instead of
 * reading the text again; 24 bytes each, at the end of warta_article. A parse
 * does not clear them: it touches only the slots of the blocks it reads (about
 * 70 on a typical page), so a larger memo costs memory, not time. A second pass
 * that outruns the memo reads on from the text; 0 turns it off (the second pass
 * reads the text again), with the same result at every value. A power of two
 * keeps finding a block's slot a mask. The default holds the bodies of long
 * texts: the bundled benchmark corpus parses 1.08 times as fast as with 128,
 * its files of 500 and 1,000 paragraphs or links 1.2 to 1.4 times. */
#ifndef WARTA_MAX_BLOCK_MEMO
#define WARTA_MAX_BLOCK_MEMO 1024
#endif

/* Build switches, not capacities: on x86 the word counter and the line-end,
 * digit, input and paragraph scans read sixteen bytes at a time with SSE2;
 * -DWARTA_NO_SIMD (CMake WARTA_NO_SIMD) keeps them all, AVX2 too, to the
 * portable eight-byte code every other machine runs. Built by gcc or clang for
 * x86-64, the line counter, the input's UTF-8 check and the paragraph scan read
 * 32 bytes at a time on a CPU that runs AVX2, which they ask the compiler runtime
 * (__builtin_cpu_supports, filled in before main); -DWARTA_NO_AVX2 (CMake
 * WARTA_NO_AVX2) keeps them to SSE2. Output is the same with every switch. */

/*
 * A documented small profile for microcontrollers: build with
 *   -DWARTA_MAX_AUTHORS=2 -DWARTA_MAX_EDITORS=2 -DWARTA_MAX_SOURCES=4
 *   -DWARTA_MAX_PARAGRAPHS=64 -DWARTA_MAX_CAPTIONS=4 -DWARTA_MAX_READ_ALSO=4
 *   -DWARTA_MAX_RELATED=4 -DWARTA_MAX_QUOTES=16 -DWARTA_MAX_DATES=16
 *   -DWARTA_MAX_BLOCK_MEMO=0
 * and sizeof(warta_article) stays under 4 KB.
 */

/* ------------------------------------------------------------------------ */
/* Version                                                                   */
/* ------------------------------------------------------------------------ */

/* The functions below are what libwarta.so exports; the library's build hides the rest,
 * so that its own calls are direct and may be inlined (-fvisibility=hidden). */
#if defined(__GNUC__) || defined(__clang__)
#define WARTA_API __attribute__((visibility("default")))
#else
#define WARTA_API
#endif

#define WARTA_VERSION_MAJOR 0
#define WARTA_VERSION_MINOR 1
#define WARTA_VERSION_PATCH 0
#define WARTA_VERSION_STRING "0.1.0"

/* The version the library was built as; equals WARTA_VERSION_STRING. */
WARTA_API const char *warta_version(void);

/* ------------------------------------------------------------------------ */
/* Types                                                                     */
/* ------------------------------------------------------------------------ */

/* Bytes text[off .. off+len) of the caller's buffer; len 0 means absent. */
typedef struct {
    uint32_t off;
    uint32_t len;
} warta_span;

/* How much of a warta_time is known. */
typedef enum {
    WARTA_PREC_NONE = 0, /* absent */
    WARTA_PREC_YEAR,     /* 2016 */
    WARTA_PREC_MONTH,    /* 2016-10 */
    WARTA_PREC_DAY,      /* 2016-04-30 */
    WARTA_PREC_MINUTE,   /* 2016-04-30T15:24 */
    WARTA_PREC_SECOND    /* 2016-04-30T15:24:07 */
} warta_precision;

/* A calendar time as written; fields finer than precision are zero. */
typedef struct {
    int16_t year;         /* 1900..2199 */
    uint8_t month;        /* 1..12 */
    uint8_t day;          /* 1..31 */
    uint8_t hour;         /* 0..23 */
    uint8_t minute;       /* 0..59 */
    uint8_t second;       /* 0..59 */
    uint8_t precision;    /* warta_precision */
    uint8_t has_zone;     /* 1 when zone_minutes was written (WIB, GMT+7...) */
    int16_t zone_minutes; /* offset east of UTC: WIB 420, WITA 480, WIT 540 */
} warta_time;

/* Unit of a relative age such as "11 hari lalu". */
typedef enum {
    WARTA_AGE_NONE = 0,
    WARTA_AGE_SECONDS,
    WARTA_AGE_MINUTES,
    WARTA_AGE_HOURS,
    WARTA_AGE_DAYS,
    WARTA_AGE_WEEKS,
    WARTA_AGE_MONTHS,
    WARTA_AGE_YEARS
} warta_age_unit;

/* "11 hari lalu" is {11, WARTA_AGE_DAYS}. */
typedef struct {
    uint32_t value;
    uint32_t unit; /* warta_age_unit */
} warta_age;

typedef struct {
    warta_span text;   /* the caption without its credit */
    warta_span credit; /* photographer or agency: "REUTERS/Thaier Al-Sudani" */
} warta_caption;

typedef struct {
    warta_span title;
    warta_age age;     /* unit WARTA_AGE_NONE when the list gives none */
    warta_span teaser;
} warta_related;

typedef struct {
    warta_span text;    /* without quote marks or trailing comma */
    warta_span speaker; /* as written: "kepala media center Nineveh Raafat al-Zarari" */
    const char *verb;   /* speech verb's root from the built-in table ("kata"); NULL if none */
    uint32_t paragraph; /* index into warta_article.paragraphs */
} warta_quote;

typedef struct {
    warta_span text;  /* as written: "Sabtu (30/4)" */
    warta_time value; /* resolved; a missing year is taken from the publication time */
} warta_date;

/* The lists of warta_article, to name a capacity or what was dropped. */
typedef enum {
    WARTA_FIELD_AUTHORS = 0,
    WARTA_FIELD_EDITORS,
    WARTA_FIELD_SOURCES,
    WARTA_FIELD_PARAGRAPHS,
    WARTA_FIELD_CAPTIONS,
    WARTA_FIELD_READ_ALSO,
    WARTA_FIELD_RELATED,
    WARTA_FIELD_QUOTES,
    WARTA_FIELD_DATES,
    WARTA_FIELD_COUNT
} warta_field;

/* Lower-case name of a list ("paragraphs"), or "" for an unknown field. */
WARTA_API const char *warta_field_name(warta_field field);

/* Bits of warta_article.flags: what the parse noticed about its input. */
enum {
    WARTA_FLAG_INVALID_UTF8 = 1u << 0, /* some bytes are not UTF-8 */
    WARTA_FLAG_NUL_BYTES = 1u << 1     /* the input holds NUL bytes */
};

/* Words of one block in warta_article.block_memo (a layout of the library's). */
#define WARTA_BLOCK_MEMO_WORDS 6

/* The parsed article. Lists hold count entries, count <= capacity. */
typedef struct {
    warta_span title;
    warta_time published;
    warta_time updated;          /* "Diperbarui"/"Update:" stamp */
    const char *outlet;          /* lower-case domain ("jpnn.com") or NULL */
    warta_span dateline;         /* place as written: "MOSUL" */
    warta_span author_code;      /* closing initials without brackets: "adk/jpnn" */

    uint32_t author_count;
    warta_span authors[WARTA_MAX_AUTHORS];
    uint32_t editor_count;
    warta_span editors[WARTA_MAX_EDITORS];
    uint32_t source_count;
    warta_span sources[WARTA_MAX_SOURCES];
    uint32_t paragraph_count;
    warta_span paragraphs[WARTA_MAX_PARAGRAPHS];
    uint32_t caption_count;
    warta_caption captions[WARTA_MAX_CAPTIONS];
    uint32_t read_also_count;
    warta_span read_also[WARTA_MAX_READ_ALSO];
    uint32_t related_count;
    warta_related related[WARTA_MAX_RELATED];
    uint32_t quote_count;
    warta_quote quotes[WARTA_MAX_QUOTES];
    uint32_t date_count;
    warta_date dates[WARTA_MAX_DATES];

    /* Entries found past a list's capacity (a list with drops is full). Quotes and
     * dates are read from the listed paragraphs only: those of a paragraph past
     * the paragraph limit are counted in neither list; its sources still are.
     * Past WARTA_MAX_SOURCES distinct sources, a repeat is counted each time. */
    uint32_t dropped[WARTA_FIELD_COUNT];
    uint32_t flags;                      /* WARTA_FLAG_* */

#if WARTA_MAX_BLOCK_MEMO > 0
    /* warta_parse's working memory (WARTA_MAX_BLOCK_MEMO), not part of the result:
     * a parse reads only what it wrote there, and leaves the rest as it was. */
    uint32_t block_memo[WARTA_MAX_BLOCK_MEMO][WARTA_BLOCK_MEMO_WORDS];
#endif
} warta_article;

/* The bytes of warta_article that hold the result, from its start: all but the block
 * memo. Compare two results over these (memcmp), not over sizeof(warta_article). */
#if WARTA_MAX_BLOCK_MEMO > 0
#define WARTA_ARTICLE_RESULT_BYTES offsetof(warta_article, block_memo)
#else
#define WARTA_ARTICLE_RESULT_BYTES sizeof(warta_article)
#endif

/* Per-call limits; each is clamped to its compile-time capacity. */
typedef struct {
    uint32_t limit[WARTA_FIELD_COUNT];
} warta_options;

/* Sets every limit to its compile-time capacity. */
WARTA_API void warta_options_init(warta_options *options);

/* The compile-time capacity of one list (0 for an unknown field). */
WARTA_API uint32_t warta_capacity(warta_field field);

typedef enum {
    WARTA_OK = 0,
    WARTA_ERR_NULL_ARGUMENT, /* article is NULL, or text is NULL with len > 0 */
    WARTA_ERR_TOO_LARGE      /* len is UINT32_MAX (4 GiB - 1) or more: spans are 32-bit */
} warta_status;

/* A one-line English description of a status. */
WARTA_API const char *warta_status_message(warta_status status);

/*
 * Parses text[0..len) into *article (every field overwritten). options may
 * be NULL for the compile-time capacities. On an error the article is left
 * empty. A parse at smaller limits is an exact prefix of one at larger limits.
 */
WARTA_API warta_status warta_parse(const char *text, size_t len, const warta_options *options,
                                   warta_article *article);

/*
 * Writes a span's text into dst with white space (ASCII blanks, NUL, U+0085,
 * U+00A0, U+1680, U+2000..U+200B, U+2028, U+2029, U+202F, U+205F, U+3000,
 * U+FEFF) folded to one space and trimmed, always NUL-terminated when cap > 0.
 * Returns the folded length, which may exceed cap - 1: then the text was cut
 * (never inside a UTF-8 sequence).
 */
WARTA_API size_t warta_span_text(const char *text, size_t len, warta_span span, char *dst, size_t cap);

/* Formats a warta_time as ISO 8601 at its precision into dst (at least
 * WARTA_ISO_SIZE bytes); returns its length, 0 when precision is NONE. */
#define WARTA_ISO_SIZE 32
WARTA_API size_t warta_time_iso(const warta_time *time, char *dst);

/* Formats an age as an ISO 8601 duration ("P11D", "PT3H") into dst (at
 * least WARTA_ISO_SIZE bytes); returns its length, 0 for WARTA_AGE_NONE. */
WARTA_API size_t warta_age_iso(const warta_age *age, char *dst);

#ifdef __cplusplus
}
#endif

#endif /* WARTA_H */
