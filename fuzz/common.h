/* What every warta fuzz target shares: the invariant checks of
 * docs/SECURITY.md and one entry point, LLVMFuzzerTestOneInput, that three
 * drivers call (common.c): libFuzzer's own main, an AFL++ persistent-mode
 * main (-DWARTA_FUZZ_AFL) and a replay main (-DWARTA_FUZZ_REPLAY) that runs
 * the files and directories named on its command line, as ctest does. */
#ifndef WARTA_FUZZ_COMMON_H
#define WARTA_FUZZ_COMMON_H

#include "warta.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* An invariant of docs/SECURITY.md; its number is in the message. */
#define CHECK(cond, what)                                                                  \
    do {                                                                                   \
        if (!(cond))                                                                       \
            fuzz_fail(what, __FILE__, __LINE__);                                           \
    } while (0)

/* The file the replay program is running, named when an invariant breaks; NULL under
 * libFuzzer and AFL++, which keep the input themselves. */
extern const char *fuzz_input_name;

/* Reports a broken invariant (and the replayed file) on stderr, then aborts. */
void fuzz_fail(const char *what, const char *file, int line);

/* What a warta_time may hold (include/warta.h); UTC+14 is the furthest zone from UTC. */
#define FUZZ_YEAR_MIN 1900
#define FUZZ_YEAR_MAX 2199
#define FUZZ_MONTHS 12
#define FUZZ_DAYS_MAX 31
#define FUZZ_HOURS 24
#define FUZZ_MINUTES 60
#define FUZZ_SECONDS 60
#define FUZZ_ZONE_MAX_MINUTES (14 * 60)

/* Bytes on each side of a warta_article that a parse must leave alone. */
#define FUZZ_CANARY_SIZE 64
#define FUZZ_CANARY_BYTE 0xC3

/* A warta_article between two canaries, so a write past it is seen even
 * inside one object, where AddressSanitizer cannot see it. */
typedef struct {
    unsigned char before[FUZZ_CANARY_SIZE];
    warta_article article;
    unsigned char after[FUZZ_CANARY_SIZE];
} fuzz_fenced_article;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Fills both canaries (and the article, with a pattern a parse must overwrite). */
void fuzz_fence(fuzz_fenced_article *fenced);

/* As fuzz_fence, but the block memo keeps what the last parse into it left there. */
void fuzz_fence_result(fuzz_fenced_article *fenced);

/* Invariant 2: the canaries are intact. */
void fuzz_check_fence(const fuzz_fenced_article *fenced);

/* Number of entries a list holds. */
uint32_t fuzz_count_of(const warta_article *a, warta_field field);

/* options->limit[field] clamped to the capacity (options NULL: the capacity). */
uint32_t fuzz_limit_of(const warta_options *options, warta_field field);

/* Invariant 4 for one time: absent and all zero, or in range at its precision
 * with every field finer than the precision zero. */
void fuzz_check_time(const warta_time *t);

/* Invariants 3 and 4 and the enums' ranges, for a parse of len bytes. */
void fuzz_check_article(const warta_article *a, size_t len, const warta_options *options);

/* Invariant 9: every list of small is a prefix of the same list of large,
 * and a list that lost entries holds exactly its limit. */
void fuzz_check_prefix(const warta_article *small, const warta_article *large);

/* FNV-1a of the input: the same bytes always make the same choices. */
uint64_t fuzz_hash(const uint8_t *data, size_t size);

#endif
