/* What warta knows about Indonesian news pages, as data: outlets, labels,
 * headings, boilerplate, speech verbs, attribution cues and photo credits. */
#ifndef WARTA_TABLES_H
#define WARTA_TABLES_H

#include <stddef.h>
#include <stdint.h>

#include "text.h"

typedef struct {
    const char *text;
    uint8_t len;
} warta_phrase;

#define WARTA_PHRASE(s) { s, (uint8_t)(sizeof(s) - 1) }

/* First-byte classes of a table: a letter's own bit (either case), or one bit
 * for every other byte; a line whose first byte's bit is clear skips the table. */
#define WARTA_FIRST_LETTER(c) (1u << ((c) - 'a'))
#define WARTA_FIRST_OTHER (1u << 26)

static inline uint32_t warta_first_bit(unsigned char c)
{
    unsigned char l = (unsigned char)(c | 0x20);
    return l >= 'a' && l <= 'z' ? 1u << (l - 'a') : WARTA_FIRST_OTHER;
}

/* First-byte groups of a phrase list: one per letter (either case), then one for
 * every other byte. */
#define WARTA_GROUPS 27

static inline unsigned warta_group(unsigned char c)
{
    unsigned char l = (unsigned char)(c | 0x20);
    return l >= 'a' && l <= 'z' ? (unsigned)(l - 'a') : WARTA_GROUPS - 1;
}

/* A phrase list, sorted by first-byte group so that a line looks only at the
 * phrases of its own first byte's group; within a group, a longer phrase comes
 * before its prefix. at[g] is where group g starts (at[WARTA_GROUPS] is the count),
 * written out by hand and checked by test_modules, which prints the right one when
 * a phrase is added. */
typedef struct {
    const warta_phrase *items;
    size_t count;
    uint8_t at[WARTA_GROUPS + 1];
} warta_phrase_list;

/* An outlet and every way it signs a dateline, a byline or a footer. */
typedef struct {
    const char *domain;
    const warta_phrase *signs;
    uint8_t sign_count;
    uint32_t firsts; /* WARTA_FIRST_* bits of the signs' first bytes */
} warta_outlet;

extern const warta_outlet warta_outlets[];
extern const size_t warta_outlet_count;

typedef enum {
    WARTA_ROLE_AUTHOR,
    WARTA_ROLE_EDITOR,
    WARTA_ROLE_SOURCE,
    WARTA_ROLE_CAPTION, /* "Ilustrasi: ara news" is a caption and its credit */
    WARTA_ROLE_PHOTO    /* "Fotografer: X" credits the pictures, not the text */
} warta_role;

/* A byline label ("Penulis", "Redaktur"); bare ones take a name without a colon ("By X"). */
typedef struct {
    warta_phrase word;
    uint8_t role;  /* warta_role */
    uint8_t bare;  /* may stand before a name without a colon */
} warta_label;

/* Sorted by first-byte group like a phrase list; a label comes before its prefix ("Rep"). */
extern const warta_label warta_labels[];
extern const size_t warta_label_count;
extern const uint8_t warta_label_at[WARTA_GROUPS + 1]; /* where each first-byte group starts */

/* Whole-line headings that open related lists, widgets and footers. */
extern const warta_phrase_list warta_headings;

/* Headings among them that open a related/recommended list. */
extern const warta_phrase_list warta_related_headings;

/* Line openings of footers, promotions and share widgets. */
extern const warta_phrase_list warta_boilerplate;

/* Inline link labels: "BACA JUGA:", "Baca juga:", "BACA ARTIKEL LAINNYA...". */
extern const warta_phrase_list warta_read_also;

/* Lines that end a related item ("Baca Selengkapnya"). */
extern const warta_phrase_list warta_more_links;

typedef enum {
    WARTA_VERB_AFTER,  /* follows a quote and names the speaker: "kata X" */
    WARTA_VERB_CLAUSE  /* "X mengatakan, ...": the speaker stands before it */
} warta_verb_kind;

/* A speech verb as written and the root the JSON reports. */
typedef struct {
    warta_phrase form;
    const char *root;
    uint8_t kind; /* warta_verb_kind */
} warta_verb;

/* Sorted by first-byte group like a phrase list (both kinds in one table). */
extern const warta_verb warta_verbs[];
extern const size_t warta_verb_count;
extern const uint8_t warta_verb_at[WARTA_GROUPS + 1]; /* where each first-byte group starts */
extern const uint32_t warta_verb_firsts[]; /* by warta_verb_kind: first bytes of its forms */

/* Words that end a speaker's name: "ujar Dian di Gedung..." gives "Dian". */
extern const warta_phrase_list warta_speaker_stops;

/* Pronouns that name nobody: "kata dia", "ia mengatakan". */
extern const warta_phrase_list warta_pronouns;

/* In-text attributions: "dikutip dari Ara News", "dilansir Sydney Morning Herald". */
extern const warta_phrase_list warta_source_cues;

/* Lower-case words between a cue and the source: "dari situs resmi Persib". */
extern const warta_phrase_list warta_source_fillers;

/* Openings of photo credits: "REUTERS/...", "ANTARA FOTO/...", "Foto:". */
extern const warta_phrase_list warta_photo_credits;

/* Labels that introduce a caption inside a line: "... Photo: Para Menteri ...". Each
 * ends with its ':' and is this long at most (test_modules checks both). */
extern const warta_phrase_list warta_caption_marks;
#define WARTA_CAPTION_MARK_MAX_BYTES 16

/* Stamp labels of the update time: "Diperbarui", "Update:". */
extern const warta_phrase_list warta_updated_labels;

/* Separators between several names in one byline value: " dan ", ", ". */
extern const warta_phrase_list warta_name_separators;

/* 1 when a name separator may start with c: each opens with a space or a comma
 * (checked by test_modules), so a byline's letters are passed over at once. */
static inline int warta_may_open_name_separator(unsigned char c)
{
    return c == ' ' || c == ',';
}

/* A month's name or abbreviation ("Februari", "Feb", "Pebruari", "February"). */
typedef struct {
    warta_phrase name;
    uint8_t month;  /* 1..12 */
    uint8_t abbrev; /* may take a trailing '.': "Feb. 2016" */
} warta_month;

typedef struct {
    const warta_month *items;
    size_t count;
    uint8_t at[WARTA_GROUPS + 1]; /* as a phrase list's */
} warta_month_list;

/* Month names, Indonesian and English, sorted by first-byte group like a phrase list. */
extern const warta_month_list warta_months;

/* Weekday names, Indonesian and English: "Senin", "Jum'at", "Monday", "Mon". */
extern const warta_phrase_list warta_weekdays;

/* Key sets: a table's rows set bits of a 1,024-bit set, each the hash of a key made
 * of a row's first bytes (case folded); a line whose key's bit is clear matches no
 * row and skips the table. The sets are written out by hand and checked by
 * test_modules, which prints the right words when a row is added. */
#define WARTA_KEY_HASH_BITS 10
#define WARTA_KEY_BITS (1u << WARTA_KEY_HASH_BITS)
#define WARTA_KEY_WORDS (WARTA_KEY_BITS / 32)
/* A key is made of a row's first three bytes, or both of a two-byte row. */
#define WARTA_KEY_BYTES 3
/* A two-byte key sets this bit, so it never equals a three-byte one. */
#define WARTA_KEY_SHORT (UINT32_C(1) << 24)
/* A whole-line key carries the line's length from this bit. */
#define WARTA_KEY_LENGTH_SHIFT 24

typedef struct {
    uint32_t words[WARTA_KEY_WORDS];
} warta_key_set;

/* The bit of a key: the high bits of a multiplicative hash. */
static inline unsigned warta_key_bit(uint32_t key)
{
    return (unsigned)((key * UINT32_C(0x9E3779B1)) >> (32 - WARTA_KEY_HASH_BITS));
}

static inline int warta_key_in(const warta_key_set *set, uint32_t key)
{
    unsigned bit = warta_key_bit(key);
    return (int)((set->words[bit / 32] >> (bit % 32)) & 1u);
}

/* Bit 5 of each byte of a key, set: an ASCII letter's two cases give one key. Bytes
 * that are not letters may then share a key, which only lets a few more through. */
#define WARTA_KEY_FOLD UINT32_C(0x202020)

/* The key of the n (2 or WARTA_KEY_BYTES) bytes at p. */
static inline uint32_t warta_key(const char *p, size_t n)
{
    uint32_t k = (uint32_t)(unsigned char)p[0] | (uint32_t)(unsigned char)p[1] << 8;
    if (n > 2)
        return (k | (uint32_t)(unsigned char)p[2] << 16) | WARTA_KEY_FOLD;
    return (k | (WARTA_KEY_FOLD & 0xFFFFu)) | WARTA_KEY_SHORT;
}

/* Line openers: which of the tables a line may open with, as WARTA_OPENS_* bits at the
 * key bit of a row's first three bytes (both bytes of a two-byte row), so that a line
 * looks up only the tables its key was set for. Written out by hand (nonzero entries)
 * and checked by test_modules, which prints them when a row is added. */
#define WARTA_OPENS_HEADING 1u
#define WARTA_OPENS_READ_ALSO 2u
#define WARTA_OPENS_BOILERPLATE 4u
#define WARTA_OPENS_LABEL 8u
extern const uint8_t warta_openers[WARTA_KEY_BITS];

/* The WARTA_OPENS_* tables s[start..end) may open with: 0 for most lines. */
static inline unsigned warta_opens(const char *s, size_t start, size_t end)
{
    if (end - start < 2)
        return 0;
    unsigned opens = warta_openers[warta_key_bit(warta_key(s + start, 2))];
    if (end - start >= WARTA_KEY_BYTES)
        opens |= warta_openers[warta_key_bit(warta_key(s + start, WARTA_KEY_BYTES))];
    return opens;
}

/* Outlet signs, keyed by their first three bytes and their length (a line that is a
 * sign: "Kompas.com"). Every sign has three bytes at least. */
extern const warta_key_set warta_outlet_lines;

static inline uint32_t warta_line_key(const char *s, size_t start, size_t end)
{
    uint32_t length = (uint32_t)(end - start);
    return warta_key(s + start, WARTA_KEY_BYTES) + (length << WARTA_KEY_LENGTH_SHIFT);
}

/* Outlet signs that may stand inside a line, keyed by their first three bytes. */
extern const warta_key_set warta_outlet_words;

/* Weekday and month names, keyed by their first three bytes: a word that opens
 * none of them opens no written date. Every name has three bytes at least. */
extern const warta_key_set warta_date_words;

/* Clause verbs ("mengatakan") and source cues ("dikutip dari"), keyed by their first
 * three bytes, all letters: a word that opens none of them is passed over. */
extern const warta_key_set warta_paragraph_words;

/* The same words' first three bytes for the AVX2 paragraph scan, which looks them up a
 * nibble at a time: byte k of such a word, in lower case, has bits in
 * warta_paragraph_nibbles[k][0][its low nibble] & [k][1][its high nibble], and the three
 * bytes' bits meet. A bit a group of words: ber, me[lmn], di[klw], dar, sep. */
#define WARTA_PARAGRAPH_PREFIX_BYTES 3
extern const uint8_t warta_paragraph_nibbles[WARTA_PARAGRAPH_PREFIX_BYTES][2][16];

/* The key of the whole word s[start..end): warta_line_key's, its next three bytes mixed
 * in when it has six or more, for the many words that open like a verb and are as long
 * ("menjadi" and "mengaku"). */
static inline uint32_t warta_word_key(const char *s, size_t start, size_t end)
{
    uint32_t key = warta_line_key(s, start, end);
    if (end - start >= 2 * WARTA_KEY_BYTES)
        key ^= warta_key(s + start + WARTA_KEY_BYTES, WARTA_KEY_BYTES) << 1;
    return key;
}

/* The same words whole, keyed by warta_word_key: clause verbs as written and with
 * "-nya"; the first word of each source cue. */
extern const warta_key_set warta_clause_words;
extern const warta_key_set warta_cue_words;

/* Speech verbs of both kinds as written and with "-nya", keyed by their first three
 * bytes and their length (warta_line_key of the word): a word of another length that
 * opens like one ("menjadi", "membuat") is no verb. Every form has three bytes at least. */
extern const warta_key_set warta_verb_words;

/* Index of the phrase of `list` that s[i..] starts with (ASCII case-insensitive,
 * ending at a word boundary), or -1. */
int warta_match_phrase(const warta_phrase_list *list, const char *s, size_t len, size_t i);

#endif
