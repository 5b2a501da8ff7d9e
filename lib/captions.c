/* Photo captions and their credits: "... 2017. REUTERS/Thaier Al-Sudani",
 * "... (ANTARA FOTO/Budi Setya)", "X Photo: ... (Supplied; Embassy)". */
#include "internal.h"
#include "tables.h"
#include "text.h"

#include "libc.h"

/* A credit is a few names: longer parentheses are part of the sentence. */
#define WARTA_CREDIT_MAX_BYTES 80
#define WARTA_CREDIT_MAX_WORDS 8
/* A caption is a sentence or two, not a paragraph of the story. */
#define WARTA_CAPTION_MAX_WORDS 80

static int has_byte(const char *s, size_t start, size_t end, char c)
{
    return start < end && memchr(s + start, c, end - start) != NULL;
}

static int credit_words_ok(const char *s, size_t start, size_t end)
{
    uint32_t w = warta_words_upto(s, start, end, WARTA_CREDIT_MAX_WORDS + 1);
    return w > 0 && w <= WARTA_CREDIT_MAX_WORDS;
}

/* Skips a "Foto:" or "Photo:" that opens a credit. */
static size_t skip_mark(const char *s, size_t start, size_t end)
{
    int k = warta_match_phrase(&warta_caption_marks, s, end, start);
    return k >= 0 ? warta_skip_space(s, end, start + warta_caption_marks.items[k].len) : start;
}

/* The '(' opening a final "( ... )" credit, or end when there is none. */
static size_t paren_credit(const char *s, size_t start, size_t end)
{
    if (end - start < 3 || s[end - 1] != ')')
        return end;
    size_t open = end - 1;
    while (open > start && s[open] != '(' && end - open <= WARTA_CREDIT_MAX_BYTES)
        open--;
    if (s[open] != '(')
        return end;
    size_t a = open + 1, z = end - 1;
    if (!credit_words_ok(s, a, z) || warta_author_code_start(s, start, end) != end)
        return end;
    if (has_byte(s, a, z, '/') || has_byte(s, a, z, ';') ||
        warta_match_phrase(&warta_photo_credits, s, z, a) >= 0)
        return open;
    return end;
}

/* Start of an unbracketed credit after the last sentence ("2017. REUTERS/X"). */
static size_t tail_credit(const char *s, size_t start, size_t end)
{
    /* The credit holds a '/' and starts at most a credit's length back: look for that first. */
    size_t reach = end - start > WARTA_CREDIT_MAX_BYTES ? end - WARTA_CREDIT_MAX_BYTES : start;
    if (!memchr(s + reach, '/', end - reach))
        return end;
    size_t i = end;
    /* A sentence end further back than a credit's length is not the one wanted: stop there. */
    while (i > start + 1 && end - i <= WARTA_CREDIT_MAX_BYTES &&
           !(s[i - 2] == '.' && s[i - 1] == ' '))
        i--;
    if (i <= start + 1 || end - i > WARTA_CREDIT_MAX_BYTES)
        return end;
    if (!warta_is_upper((unsigned char)s[i]) || !has_byte(s, i, end, '/') ||
        !credit_words_ok(s, i, end))
        return end;
    return i;
}

static void set(warta_span *sp, const char *s, size_t start, size_t end)
{
    start = warta_skip_space(s, end, start);
    end = warta_trim_end(s, start, end);
    sp->off = (uint32_t)start;
    sp->len = (uint32_t)(end - start);
}

int warta_find_caption(const char *s, const warta_block *b, warta_span *text, warta_span *credit)
{
    size_t start = b->start, end = b->end;
    uint32_t w = b->words;
    if (w < 2 || w > WARTA_CAPTION_MAX_WORDS)
        return 0;
    /* Every caption has a mark before a ':', a bracketed credit at its end, a copyright
     * sign or a '/' ("REUTERS/...", "KOMPAS.com/..."): most blocks have none, done here. */
    if (!(b->holds & (WARTA_HOLDS_COLON_OR_BAR | WARTA_HOLDS_NON_ASCII)) && s[end - 1] != ')' &&
        !memchr(s + start, '/', end - start))
        return 0;
    size_t text_start = start;
    /* "Headline Photo: caption (credit)": the caption follows the mark. Every mark ends
     * with its ':', so a mark opens at most a mark's length before a colon, and a block
     * the line reader saw no ':' (nor '|') in has none. */
    const char *p;
    for (size_t from = b->holds & WARTA_HOLDS_COLON_OR_BAR ? start + 1 : end;
         text_start == start && from < end && (p = memchr(s + from, ':', end - from)) != NULL;) {
        size_t colon = (size_t)(p - s);
        size_t i = colon - from >= WARTA_CAPTION_MARK_MAX_BYTES
                       ? colon + 1 - WARTA_CAPTION_MARK_MAX_BYTES
                       : from;
        for (; i <= colon; i++) {
            int k = s[i - 1] == ' ' ? warta_match_phrase(&warta_caption_marks, s, end, i) : -1;
            if (k >= 0) {
                text_start = i + warta_caption_marks.items[k].len;
                break;
            }
        }
        from = colon + 1;
    }
    size_t open = paren_credit(s, text_start, end);
    if (open < end) {
        set(text, s, text_start, open);
        set(credit, s, skip_mark(s, open + 1, end - 1), end - 1);
        return text->len > 0;
    }
    size_t sign = b->holds & WARTA_HOLDS_NON_ASCII ? warta_find_copyright(s, end, text_start) : end;
    if (sign < end) {
        set(text, s, text_start, sign);
        set(credit, s, sign + 2, end);
        return text->len > 0 && credit_words_ok(s, sign + 2, end);
    }
    size_t tail = tail_credit(s, text_start, end);
    if (tail < end) {
        set(text, s, text_start, tail);
        set(credit, s, tail, end);
        return 1;
    }
    /* "KOMPAS.com/NABILLA TASHANDRA Menteri ...": the credit comes first. */
    size_t first_end = text_start;
    while (first_end < end && warta_space_len(s, end, first_end) == 0)
        first_end++;
    if (has_byte(s, text_start, first_end, '/')) {
        size_t i = first_end, last = first_end;
        for (;;) {
            size_t a = warta_skip_space(s, end, i), z = a;
            while (z < end && warta_space_len(s, end, z) == 0)
                z++;
            int caps = z > a;
            for (size_t q = a; q < z; q++)
                caps &= !warta_is_lower((unsigned char)s[q]);
            if (!caps || z >= end)
                break;
            last = z;
            i = z;
        }
        if (text_start != start || last < end) {
            set(credit, s, text_start, last);
            set(text, s, last, end);
            return text->len > 0 && (text_start != start || w >= 6);
        }
    }
    if (text_start != start) {
        set(text, s, text_start, end);
        credit->off = credit->len = 0;
        return text->len > 0;
    }
    return 0;
}
