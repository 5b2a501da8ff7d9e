/* The block memo: what the first pass learnt about a block, kept for the second
 * so that it does not split and classify the same lines again. */
#include "internal.h"

#include "libc.h"

#if WARTA_MAX_BLOCK_MEMO > 0

/* The words of a slot; a block whose counts do not fit is not kept (it is read again). */
enum {
    SLOT_TAG,   /* block number + 1; 0 for a slot that holds no block */
    SLOT_START,
    SLOT_SIZE,  /* length | words << 16 */
    SLOT_LOWER, /* lower-case words */
    SLOT_LINES, /* lines | (table row + 1) << 8 | the value's offset from the start << 16 */
    SLOT_FLAGS, /* warta_block's four flag bytes as they lie, with the class's bits below */
    SLOT_COUNT
};

typedef char slot_fits_its_words[SLOT_COUNT == WARTA_BLOCK_MEMO_WORDS ? 1 : -1];

/* The flag bytes are copied as one word: they lie together, and each holds 0 to 7. */
#define FLAG_BYTES 4
typedef char flags_lie_together[offsetof(warta_block, stop) - offsetof(warta_block, holds) ==
                                        FLAG_BYTES - 1 ? 1 : -1];
#define FLAG_VALUES 0x07070707u
typedef char holds_fit_three_bits[(WARTA_HOLDS_DIGIT | WARTA_HOLDS_NON_ASCII | WARTA_HOLDS_COLON_OR_BAR) <= 7u
                                      ? 1
                                      : -1];

/* The halves of SLOT_SIZE and SLOT_LINES, and the bytes of SLOT_LINES. */
#define HALF_BITS 16
#define HALF_MAX 0xFFFFu
#define BYTE_BITS 8
#define BYTE_MAX 0xFFu

/* The class's bits in SLOT_FLAGS, over bits 3 to 7 of the flag bytes, the same in either
 * byte order (rows are below 255: their group starts are bytes). */
#define CLASS_KIND_SHIFT 3
#define CLASS_KIND_MASK 0xFu
#define CLASS_UPDATED (1u << 7)
#define CLASS_NOT_CAPTION (1u << 11)

/* Only labels and links have a value, inside the block; every other kind's is 0. */
static int has_value(warta_block_kind kind)
{
    return kind == WARTA_BLOCK_LABEL || kind == WARTA_BLOCK_READ_ALSO;
}

void warta_memo_keep(warta_article *a, uint32_t n, const warta_block *b,
                     const warta_block_info *info, warta_memo_guard guard)
{
    uint32_t *slot = a->block_memo[n % WARTA_MAX_BLOCK_MEMO];
    /* The first block of a slot finds what an earlier parse left there: it is overwritten.
     * An emptied slot's tag, 0, is below no guard (guard.last is a block number). */
    uint32_t held = slot[SLOT_TAG];
    if (n >= WARTA_MAX_BLOCK_MEMO && held - 1 >= guard.first && held - 1 <= guard.last)
        return;
    size_t size = b->end - b->start;
    if (((size | b->words) >> HALF_BITS | b->lines >> BYTE_BITS) != 0) {
        slot[SLOT_TAG] = 0;
        return;
    }
    size_t value = has_value(info->kind) ? info->value - b->start : 0;
    uint32_t flags;
    memcpy(&flags, &b->holds, FLAG_BYTES);
    slot[SLOT_TAG] = n + 1;
    slot[SLOT_START] = (uint32_t)b->start;
    slot[SLOT_SIZE] = (uint32_t)size | b->words << HALF_BITS;
    slot[SLOT_LOWER] = b->lower_words;
    slot[SLOT_LINES] = b->lines | (uint32_t)(info->index + 1) << BYTE_BITS | (uint32_t)value << HALF_BITS;
    slot[SLOT_FLAGS] = flags | (uint32_t)info->kind << CLASS_KIND_SHIFT |
                       (info->updated ? CLASS_UPDATED : 0u);
}

void warta_memo_not_caption(warta_article *a, uint32_t n)
{
    uint32_t *slot = a->block_memo[n % WARTA_MAX_BLOCK_MEMO];
    if (slot[SLOT_TAG] == n + 1)
        slot[SLOT_FLAGS] |= CLASS_NOT_CAPTION;
}

/* Block n's slot, or NULL when it does not hold block n. Slots past the first `blocks`
 * were not written by this parse: their tags are an earlier parse's. */
static const uint32_t *slot_of(const warta_article *a, uint32_t blocks, uint32_t n)
{
    const uint32_t *slot = a->block_memo[n % WARTA_MAX_BLOCK_MEMO];
    return n < blocks && slot[SLOT_TAG] == n + 1 ? slot : NULL;
}

int warta_memo_block(const warta_article *a, uint32_t blocks, uint32_t n, warta_block *b)
{
    const uint32_t *slot = slot_of(a, blocks, n);
    if (!slot)
        return 0;
    memset(b, 0, sizeof *b);
    b->start = slot[SLOT_START];
    b->end = b->start + (slot[SLOT_SIZE] & HALF_MAX);
    b->words = slot[SLOT_SIZE] >> HALF_BITS;
    b->lower_words = slot[SLOT_LOWER];
    b->lines = slot[SLOT_LINES] & BYTE_MAX;
    uint32_t flags = slot[SLOT_FLAGS] & FLAG_VALUES;
    memcpy(&b->holds, &flags, FLAG_BYTES);
    return 1;
}

int warta_memo_class(const warta_article *a, uint32_t blocks, const char *s, uint32_t n,
                     const warta_block *b, warta_block_info *info)
{
    const uint32_t *slot = slot_of(a, blocks, n);
    if (!slot)
        return 0;
    uint32_t flags = slot[SLOT_FLAGS];
    warta_block_kind kind = (warta_block_kind)((flags >> CLASS_KIND_SHIFT) & CLASS_KIND_MASK);
    if (kind == WARTA_BLOCK_STAMP && (flags & CLASS_UPDATED)) {
        /* A stamp's date is not kept: pass 2 reads only an update's, again, exactly. */
        warta_classify(s, b, info);
        return 1;
    }
    memset(info, 0, sizeof *info);
    info->kind = kind;
    info->index = (int)((slot[SLOT_LINES] >> BYTE_BITS) & BYTE_MAX) - 1;
    info->value = has_value(kind) ? slot[SLOT_START] + (slot[SLOT_LINES] >> HALF_BITS) : 0;
    info->updated = (flags & CLASS_UPDATED) != 0;
    info->not_caption = (flags & CLASS_NOT_CAPTION) != 0;
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

int warta_memo_block(const warta_article *a, uint32_t blocks, uint32_t n, warta_block *b)
{
    (void)a, (void)blocks, (void)n, (void)b;
    return 0;
}

int warta_memo_class(const warta_article *a, uint32_t blocks, const char *s, uint32_t n,
                     const warta_block *b, warta_block_info *info)
{
    (void)a, (void)blocks, (void)s, (void)n, (void)b, (void)info;
    return 0;
}

#endif
