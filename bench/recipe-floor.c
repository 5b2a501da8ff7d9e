#include "recipe-floor.h"

#include <string.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define FLOOR_AVX2 __attribute__((target("avx2,bmi,popcnt")))
#endif

/* The classes a line's first byte is dispatched on. */
enum { CLASS_UPPER, CLASS_LOWER, CLASS_QUOTE, CLASS_DIGIT, CLASS_OTHER, CLASS_COUNT };

#define O CLASS_OTHER
#define U CLASS_UPPER
#define L CLASS_LOWER
#define D CLASS_DIGIT
#define Q CLASS_QUOTE
#define OTHER_ROW O, O, O, O, O, O, O, O, O, O, O, O, O, O, O, O
static const unsigned char line_classes[256] = {
    OTHER_ROW, OTHER_ROW,
    O, O, Q, O, O, O, O, O, O, O, O, O, O, O, O, O, /* 0x20: '"' */
    D, D, D, D, D, D, D, D, D, D, O, O, O, O, O, O, /* 0x30: '0'-'9' */
    O, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, /* 0x40: 'A'-'O' */
    U, U, U, U, U, U, U, U, U, U, U, O, O, O, O, O, /* 0x50: 'P'-'Z' */
    O, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, /* 0x60: 'a'-'o' */
    L, L, L, L, L, L, L, L, L, L, L, O, O, O, O, O, /* 0x70: 'p'-'z' */
    OTHER_ROW, OTHER_ROW, OTHER_ROW, OTHER_ROW, OTHER_ROW, OTHER_ROW, OTHER_ROW, OTHER_ROW,
};
#undef O
#undef U
#undef L
#undef D
#undef Q
#undef OTHER_ROW

/* One line's counts. */
typedef struct {
    uint32_t words, lower, quotes, digit;
} line_counts;

typedef struct {
    uint64_t lines, words, lower, quotes, digit_lines;
    uint64_t by_class[CLASS_COUNT];
} floor_totals;

/* Adds the line that opens at text[start] to t, one total chosen by its first byte. */
static inline void add_line(floor_totals *t, const char *text, size_t start, const line_counts *n)
{
    switch (line_classes[(unsigned char)text[start]]) {
    case CLASS_UPPER: t->by_class[CLASS_UPPER] += n->words; break;
    case CLASS_LOWER: t->by_class[CLASS_LOWER] += n->lower; break;
    case CLASS_QUOTE: t->by_class[CLASS_QUOTE] += n->quotes; break;
    case CLASS_DIGIT: t->by_class[CLASS_DIGIT] += n->digit; break;
    default: t->by_class[CLASS_OTHER]++; break;
    }
    t->lines++;
    t->words += n->words;
    t->lower += n->lower;
    t->quotes += n->quotes;
    t->digit_lines += n->digit;
}

static uint64_t totals_hash(const floor_totals *t)
{
    const uint64_t prime = UINT64_C(0x100000001B3);
    uint64_t h = UINT64_C(0xCBF29CE484222325);
    h = (h ^ t->lines) * prime;
    h = (h ^ t->words) * prime;
    h = (h ^ t->lower) * prime;
    h = (h ^ t->quotes) * prime;
    h = (h ^ t->digit_lines) * prime;
    for (int k = 0; k < CLASS_COUNT; k++)
        h = (h ^ t->by_class[k]) * prime;
    return h;
}

static int is_break(unsigned char c)
{
    return c == '\n' || c == '\r';
}

uint64_t recipe_floor_reference(const char *text, size_t len)
{
    floor_totals t;
    line_counts n = {0, 0, 0, 0};
    size_t start = 0;
    int after_space = 1;
    memset(&t, 0, sizeof t);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (is_break(c)) {
            if (i > start)
                add_line(&t, text, start, &n);
            memset(&n, 0, sizeof n);
            start = i + 1;
            after_space = 1;
            continue;
        }
        int space = c == ' ' || c == '\t';
        if (!space && after_space) {
            n.words++;
            n.lower += c >= 'a' && c <= 'z';
        }
        n.quotes += c == '"' || c == 0xE2;
        n.digit |= c >= '0' && c <= '9';
        after_space = space;
    }
    if (len > start)
        add_line(&t, text, start, &n);
    return totals_hash(&t);
}

#ifdef FLOOR_AVX2
#define FLOOR_STEP 64

/* A step's byte masks, bit k for byte k. */
typedef struct {
    uint64_t breaks, space, quote, digit, lower;
} step_masks;

static FLOOR_AVX2 inline uint64_t equal_to(__m256i a, __m256i b, char c)
{
    __m256i v = _mm256_set1_epi8(c);
    return (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(a, v)) |
           (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(b, v)) << 32;
}

/* Bytes from lo to hi: one add and one signed compare a vector. */
static FLOOR_AVX2 inline uint64_t in_range(__m256i a, __m256i b, unsigned char lo, unsigned char hi)
{
    __m256i shift = _mm256_set1_epi8((char)(0x80 - lo)), top = _mm256_set1_epi8((char)(0x80 + hi - lo + 1));
    return (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(top, _mm256_add_epi8(a, shift))) |
           (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(top, _mm256_add_epi8(b, shift))) << 32;
}

static FLOOR_AVX2 step_masks masks_at(const char *p)
{
    __m256i a = _mm256_loadu_si256((const __m256i *)(const void *)p);
    __m256i b = _mm256_loadu_si256((const __m256i *)(const void *)(p + 32));
    step_masks m;
    m.breaks = equal_to(a, b, '\n') | equal_to(a, b, '\r');
    m.space = equal_to(a, b, ' ') | equal_to(a, b, '\t') | m.breaks;
    m.quote = equal_to(a, b, '"') | equal_to(a, b, (char)0xE2);
    m.digit = in_range(a, b, '0', '9');
    m.lower = in_range(a, b, 'a', 'z');
    return m;
}

/* Adds the counts of the step's bytes `range` to n. */
static FLOOR_AVX2 inline void count_range(const step_masks *m, uint64_t starts, uint64_t range,
                                          line_counts *n)
{
    n->words += (uint32_t)__builtin_popcountll(starts & range);
    n->lower += (uint32_t)__builtin_popcountll(starts & m->lower & range);
    n->quotes += (uint32_t)__builtin_popcountll(m->quote & range);
    n->digit |= (m->digit & range) != 0;
}

static FLOOR_AVX2 uint64_t floor_avx2(const char *text, size_t len)
{
    floor_totals t;
    line_counts n = {0, 0, 0, 0};
    size_t start = 0;
    uint64_t space_before = 1; /* the byte before the text counts as white space */
    char last[FLOOR_STEP];
    memset(&t, 0, sizeof t);
    for (size_t base = 0; base < len; base += FLOOR_STEP) {
        const char *p = text + base;
        if (len - base < FLOOR_STEP) {
            /* The last bytes, padded with spaces: no word, mark, digit or break. */
            memset(last, ' ', sizeof last);
            memcpy(last, p, len - base);
            p = last;
        }
        step_masks m = masks_at(p);
        uint64_t starts = ~m.space & (m.space << 1 | space_before);
        space_before = m.space >> (FLOOR_STEP - 1);
        uint64_t done = 0; /* the bytes of lines that ended in this step */
        for (uint64_t breaks = m.breaks; breaks; breaks &= breaks - 1) {
            unsigned at = (unsigned)__builtin_ctzll(breaks);
            uint64_t upto = at == FLOOR_STEP - 1 ? ~UINT64_C(0) : (UINT64_C(1) << (at + 1)) - 1;
            count_range(&m, starts, upto & ~done, &n);
            size_t end = base + at;
            if (end > start)
                add_line(&t, text, start, &n);
            memset(&n, 0, sizeof n);
            start = end + 1;
            done = upto;
        }
        count_range(&m, starts, ~done, &n);
    }
    if (len > start)
        add_line(&t, text, start, &n);
    return totals_hash(&t);
}
#endif

recipe_floor_fn recipe_floor_simd(void)
{
#ifdef FLOOR_AVX2
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") &&
        __builtin_cpu_supports("popcnt"))
        return floor_avx2;
#endif
    return NULL;
}
