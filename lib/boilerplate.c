/* Block classification: labels, stamps, headings, footers and links, by table. */
#include "internal.h"
#include "tables.h"
#include "text.h"

#include "libc.h"

/* A stamp is a short line that is mostly a date. */
#define WARTA_STAMP_MAX_BYTES 120
#define WARTA_STAMP_MAX_OTHER_WORDS 4
/* Label lines are short; a longer "Foto: ..." is a headline or a caption. */
#define WARTA_LABEL_MAX_WORDS 16
/* ...unless it lists names after a colon: this share of its words capitalised. */
#define WARTA_NAMES_UPPER_PERCENT 60
#define WARTA_PHOTO_LABEL_MAX_WORDS 5
/* A heading is two or three words, with a few marks of decoration. */
#define WARTA_HEADING_MAX_WORDS 8
/* "(adk/jpnn)": initials, a slash or two, nothing else. */
#define WARTA_CODE_MAX_BYTES 24
/* Credit lines ("A | B | WRITER") are a handful of names. */
#define WARTA_CREDITS_MAX_WORDS 16
/* A "Baca juga" link names a title of two words at least. */
#define WARTA_READ_ALSO_MIN_WORDS 2

static size_t skip_link_separators(const char *s, size_t end, size_t i, int *punct)
{
    for (;;) {
        size_t n = warta_space_len(s, end, i);
        if (n == 0 && i < end && (s[i] == ':' || s[i] == '.' || s[i] == '>'))
            n = 1, *punct = 1;
        if (n == 0 && (n = warta_dash_len(s, end, i)) > 0)
            *punct = 1;
        if (n == 0 && i + 2 < end && (unsigned char)s[i] == 0xE2 &&
            (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xA6)
            n = 3, *punct = 1; /* … */
        if (n == 0 && i + 1 < end && (unsigned char)s[i] == 0xC2 &&
            (unsigned char)s[i + 1] == 0xBB)
            n = 2, *punct = 1; /* » */
        if (n == 0)
            return i;
        i += n;
    }
}

/* 1 when s[i..end) holds only heading decoration: spaces, ':', '!', '#', '»'. */
static int only_decoration(const char *s, size_t end, size_t i)
{
    while (i < end) {
        size_t n = warta_space_len(s, end, i);
        if (n == 0 && (s[i] == ':' || s[i] == '!' || s[i] == '#' || s[i] == '.'))
            n = 1;
        if (n == 0 && i + 1 < end && (unsigned char)s[i] == 0xC2 &&
            (unsigned char)s[i + 1] == 0xBB)
            n = 2;
        if (n == 0)
            return 0;
        i += n;
    }
    return 1;
}

/* The heading the block consists of (with decoration), or -1. */
static int heading_index(const char *s, const warta_block *b)
{
    if (b->words > WARTA_HEADING_MAX_WORDS)
        return -1;
    int k = warta_match_phrase(&warta_headings, s, b->end, b->start);
    return k >= 0 && only_decoration(s, b->end, b->start + warta_headings.items[k].len) ? k : -1;
}

/* "© 2003-2016 Kapanlagi.com": a © with a year is a footer; "Dian © KapanLagi.com" is a credit. */
static int has_copyright(const char *s, const warta_block *b)
{
    size_t sign = warta_find_copyright(s, b->end, b->start);
    if (sign >= b->end)
        return 0;
    for (size_t i = sign + 2; i + 4 <= b->end; i++)
        if ((s[i] == '1' || s[i] == '2') && !warta_is_digit((unsigned char)s[i - 1]) &&
            warta_is_digit((unsigned char)s[i + 1]) && warta_is_digit((unsigned char)s[i + 2]) &&
            warta_is_digit((unsigned char)s[i + 3]) &&
            (i + 4 == b->end || !warta_is_digit((unsigned char)s[i + 4])))
            return 1;
    return 0;
}

static int is_code(const char *s, const warta_block *b)
{
    size_t n = b->end - b->start;
    /* The rarest test first: a block is never empty, and almost none opens with '('. */
    if (s[b->start] != '(' || s[b->end - 1] != ')' || n < 3 || n > WARTA_CODE_MAX_BYTES)
        return 0;
    int letters = 0;
    for (size_t i = b->start + 1; i + 1 < b->end; i++) {
        unsigned char c = (unsigned char)s[i];
        if (warta_is_alpha(c))
            letters++;
        else if (!warta_is_digit(c) && c != '/' && c != '.' && c != '-' && c != '*')
            return 0;
    }
    return letters > 0;
}

/* The block's words in upper case: a block does not keep that count, which few lines need. */
static uint32_t upper_words(const char *s, const warta_block *b)
{
    uint32_t words, lower, upper;
    warta_count_words(s, b->start, b->end, &words, &lower, &upper);
    return upper;
}

/* 1 when the block is a credit line of upper-case names split by '|'. */
static WARTA_FOLDED int is_credit_line(const char *s, const warta_block *b)
{
    /* A word in lower case or a digit rules it out, as the loop below would. */
    if (b->lower_words > 0 || (b->holds & WARTA_HOLDS_DIGIT) || b->words > WARTA_CREDITS_MAX_WORDS)
        return 0;
    /* Most lines in capitals (a menu's) hold no bar: the line reader saw none, or memchr. */
    if (!(b->holds & WARTA_HOLDS_COLON_OR_BAR) || !memchr(s + b->start, '|', b->end - b->start))
        return 0;
    for (size_t i = b->start; i < b->end; i++) {
        unsigned char c = (unsigned char)s[i];
        if (warta_is_lower(c) || warta_is_digit(c))
            return 0;
    }
    return upper_words(s, b) > 0;
}

static int classify_label(const char *s, const warta_block *b, warta_block_info *info)
{
    unsigned g = warta_group((unsigned char)s[b->start]);
    if (warta_label_at[g] == warta_label_at[g + 1])
        return 0;
    /* A long line is a label only as "Penulis: A, B, C, ...": a colon, then names. */
    int long_line = b->words > WARTA_LABEL_MAX_WORDS;
    for (size_t k = warta_label_at[g]; k < warta_label_at[g + 1]; k++) {
        const warta_label *l = &warta_labels[k];
        if (!warta_starts_ci(s, b->end, b->start, l->word.text, l->word.len))
            continue;
        size_t i = b->start + l->word.len;
        if (i < b->end && (warta_is_alpha((unsigned char)s[i]) || s[i] == '.'))
            continue;
        size_t v = warta_skip_space(s, b->end, i);
        int colon = v < b->end && s[v] == ':';
        if (colon)
            v = warta_skip_space(s, b->end, v + 1);
        int alone = v >= b->end;
        int bare = l->bare && v > i && !colon && !alone && warta_is_upper((unsigned char)s[v]);
        if (!colon && !alone && !bare)
            continue;
        if (long_line && !(colon && (l->role == WARTA_ROLE_AUTHOR || l->role == WARTA_ROLE_EDITOR)))
            continue;
        /* Names are mostly capitalised: counted only for a line that got this far. */
        if (long_line && upper_words(s, b) * 100 < b->words * WARTA_NAMES_UPPER_PERCENT)
            return 0;
        if ((l->role == WARTA_ROLE_PHOTO || l->role == WARTA_ROLE_CAPTION) && !alone &&
            warta_words_upto(s, v, b->end, WARTA_PHOTO_LABEL_MAX_WORDS + 1) >
                WARTA_PHOTO_LABEL_MAX_WORDS)
            return 0;
        info->kind = WARTA_BLOCK_LABEL;
        info->index = (int)k;
        info->value = v;
        return 1;
    }
    return 0;
}

/* 1 when s[start..end) holds the digits of a dated day: a run as long as a written year,
 * and another run (the day; a date never writes both in one). */
static int has_date_digits(const char *s, size_t start, size_t end)
{
    size_t i = start, runs = 0;
    int year = 0;
    while ((i = warta_find_digit(s, end, i)) < end) {
        size_t run = i;
        while (i < end && warta_is_digit((unsigned char)s[i]))
            i++;
        year |= i - run >= WARTA_YEAR_DIGITS;
        if (++runs >= 2 && year)
            return 1;
    }
    return 0;
}

static int classify_stamp(const char *s, const warta_block *b, warta_block_info *info)
{
    /* A stamp's date gives its year and its day. */
    if (b->end - b->start > WARTA_STAMP_MAX_BYTES || !(b->holds & WARTA_HOLDS_DIGIT) ||
        !has_date_digits(s, b->start, b->end))
        return 0;
    /* Read straight into info: a copy would cost the deepest call chain its stack. */
    warta_date_match *m = &info->date;
    int stamp = warta_find_date(s, b->end, b->start, 0, m) &&
                (m->flags & WARTA_DATE_YEAR_GIVEN) && m->time.precision >= WARTA_PREC_DAY;
    uint32_t other = 0; /* the words around the date, counted no further than the bound */
    if (stamp) {
        other = warta_words_upto(s, b->start, m->start, WARTA_STAMP_MAX_OTHER_WORDS + 1);
        other += warta_words_upto(s, m->end, b->end, WARTA_STAMP_MAX_OTHER_WORDS + 1 - other);
    }
    if (!stamp || other > WARTA_STAMP_MAX_OTHER_WORDS) {
        memset(m, 0, sizeof *m);
        return 0;
    }
    info->kind = WARTA_BLOCK_STAMP;
    info->updated = warta_match_phrase(&warta_updated_labels, s, b->end, b->start) >= 0;
    return 1;
}

void warta_classify_full(const char *s, const warta_block *b, warta_block_info *info)
{
    memset(info, 0, sizeof *info);
    info->kind = WARTA_BLOCK_TEXT;
    info->index = -1;

    /* Most blocks open with none of the headings, links, labels or footers looked up below. */
    unsigned opens = warta_opens(s, b->start, b->end);
    int heading = opens & WARTA_OPENS_HEADING ? heading_index(s, b) : -1;
    int k = opens & WARTA_OPENS_READ_ALSO
                ? warta_match_phrase(&warta_read_also, s, b->end, b->start)
                : -1;
    if (k >= 0) {
        int punct = 0;
        size_t v = skip_link_separators(s, b->end, b->start + warta_read_also.items[k].len, &punct);
        /* A link follows a mark (":", "»", a dash...) or a phrase of more than one word. */
        if (warta_words_upto(s, v, b->end, WARTA_READ_ALSO_MIN_WORDS) >= WARTA_READ_ALSO_MIN_WORDS &&
            heading < 0 &&
            (punct || memchr(warta_read_also.items[k].text, ' ', warta_read_also.items[k].len))) {
            info->kind = WARTA_BLOCK_READ_ALSO;
            info->index = k;
            info->value = v;
            return;
        }
    }
    if (heading >= 0) {
        info->kind = WARTA_BLOCK_HEADING;
        info->index = heading;
        return;
    }
    if ((opens & WARTA_OPENS_LABEL) && classify_label(s, b, info))
        return;
    if (is_code(s, b)) {
        info->kind = WARTA_BLOCK_CODE;
        return;
    }
    if (((opens & WARTA_OPENS_BOILERPLATE) &&
         warta_match_phrase(&warta_boilerplate, s, b->end, b->start) >= 0) ||
        ((b->holds & WARTA_HOLDS_NON_ASCII) && has_copyright(s, b))) {
        info->kind = WARTA_BLOCK_FOOTER;
        return;
    }
    if (warta_is_digit((unsigned char)s[b->start]) && b->words <= 6) {
        warta_age age;
        if (warta_parse_age(s + b->start, b->end - b->start, &age)) {
            info->kind = WARTA_BLOCK_AGE;
            return;
        }
    }
    if (classify_stamp(s, b, info))
        return;
    if (is_credit_line(s, b))
        info->kind = WARTA_BLOCK_CREDITS;
}
