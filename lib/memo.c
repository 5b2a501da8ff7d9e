/* The block memo: what the first pass learnt about a block, kept for the second
 * so that it does not split and classify the same lines again. */
#include "internal.h"

#include "libc.h"

#if WARTA_MAX_BLOCK_MEMO > 0

/* The words of a slot. */
enum {
    SLOT_TAG,   /* block number + 1; 0 for an empty slot */
    SLOT_START,
    SLOT_END,
    SLOT_WORDS,
    SLOT_LOWER,
    SLOT_UPPER,
    SLOT_VALUE, /* warta_block_info.value */
    SLOT_LINES,
    SLOT_BITS,  /* the small fields, as below */
    SLOT_COUNT
};

typedef char slot_fits_its_words[SLOT_COUNT == WARTA_BLOCK_MEMO_WORDS ? 1 : -1];

/* SLOT_BITS: kind, table row + 1 (rows are below 255: their group starts are bytes), flags. */
#define BITS_KIND_MASK 0xFu
#define BITS_ROW_SHIFT 4
#define BITS_ROW_MASK 0xFFu
#define BITS_HOLDS_SHIFT 12
#define BITS_HOLDS_MASK 0x3u
#define BITS_BLANK_BEFORE (1u << 14)
#define BITS_TERMINAL (1u << 15)
#define BITS_STOP (1u << 16)
#define BITS_UPDATED (1u << 17)
#define BITS_NOT_CAPTION (1u << 18)

void warta_memo_keep(warta_article *a, uint32_t n, const warta_block *b,
                     const warta_block_info *info, warta_memo_guard guard)
{
    uint32_t *slot = a->block_memo[n % WARTA_MAX_BLOCK_MEMO];
    uint32_t held = slot[SLOT_TAG];
    if (held > 0 && held - 1 >= guard.first && held - 1 <= guard.last)
        return;
    slot[SLOT_TAG] = n + 1;
    slot[SLOT_START] = (uint32_t)b->start;
    slot[SLOT_END] = (uint32_t)b->end;
    slot[SLOT_WORDS] = b->words;
    slot[SLOT_LOWER] = b->lower_words;
    slot[SLOT_UPPER] = b->upper_words;
    slot[SLOT_VALUE] = (uint32_t)info->value;
    slot[SLOT_LINES] = b->lines;
    slot[SLOT_BITS] = ((uint32_t)info->kind & BITS_KIND_MASK) |
                      (uint32_t)(info->index + 1) << BITS_ROW_SHIFT |
                      (uint32_t)b->holds << BITS_HOLDS_SHIFT |
                      (b->blank_before ? BITS_BLANK_BEFORE : 0u) |
                      (b->terminal ? BITS_TERMINAL : 0u) | (b->stop ? BITS_STOP : 0u) |
                      (info->updated ? BITS_UPDATED : 0u);
}

void warta_memo_not_caption(warta_article *a, uint32_t n)
{
    uint32_t *slot = a->block_memo[n % WARTA_MAX_BLOCK_MEMO];
    if (slot[SLOT_TAG] == n + 1)
        slot[SLOT_BITS] |= BITS_NOT_CAPTION;
}

int warta_memo_block(const warta_article *a, uint32_t n, warta_block *b)
{
    const uint32_t *slot = a->block_memo[n % WARTA_MAX_BLOCK_MEMO];
    if (slot[SLOT_TAG] != n + 1)
        return 0;
    uint32_t bits = slot[SLOT_BITS];
    memset(b, 0, sizeof *b);
    b->start = slot[SLOT_START];
    b->end = slot[SLOT_END];
    b->words = slot[SLOT_WORDS];
    b->lower_words = slot[SLOT_LOWER];
    b->upper_words = slot[SLOT_UPPER];
    b->lines = slot[SLOT_LINES];
    b->holds = (uint8_t)((bits >> BITS_HOLDS_SHIFT) & BITS_HOLDS_MASK);
    b->blank_before = (bits & BITS_BLANK_BEFORE) != 0;
    b->terminal = (bits & BITS_TERMINAL) != 0;
    b->stop = (bits & BITS_STOP) != 0;
    return 1;
}

int warta_memo_class(const warta_article *a, const char *s, uint32_t n, const warta_block *b,
                     warta_block_info *info)
{
    const uint32_t *slot = a->block_memo[n % WARTA_MAX_BLOCK_MEMO];
    if (slot[SLOT_TAG] != n + 1)
        return 0;
    uint32_t bits = slot[SLOT_BITS];
    warta_block_kind kind = (warta_block_kind)(bits & BITS_KIND_MASK);
    if (kind == WARTA_BLOCK_STAMP && (bits & BITS_UPDATED)) {
        /* A stamp's date is not kept: pass 2 reads only an update's, again, exactly. */
        warta_classify(s, b, info);
        return 1;
    }
    memset(info, 0, sizeof *info);
    info->kind = kind;
    info->index = (int)((bits >> BITS_ROW_SHIFT) & BITS_ROW_MASK) - 1;
    info->value = slot[SLOT_VALUE];
    info->updated = (bits & BITS_UPDATED) != 0;
    info->not_caption = (bits & BITS_NOT_CAPTION) != 0;
    return 1;
}

#else

void warta_memo_keep(warta_article *a, uint32_t n, const warta_block *b,
                     const warta_block_info *info, warta_memo_guard guard)
{
    (void)a, (void)n, (void)b, (void)info, (void)guard;
}

void warta_memo_not_caption(warta_article *a, uint32_t n)
{
    (void)a, (void)n;
}

int warta_memo_block(const warta_article *a, uint32_t n, warta_block *b)
{
    (void)a, (void)n, (void)b;
    return 0;
}

int warta_memo_class(const warta_article *a, const char *s, uint32_t n, const warta_block *b,
                     warta_block_info *info)
{
    (void)a, (void)s, (void)n, (void)b, (void)info;
    return 0;
}

#endif
