/* The recipe floor: the work of issue 4's recipe for a fast parser (line breaks and quote
 * marks found with SIMD, a dispatch on each line's first byte through a table) and none of a
 * parser's decisions. warta-bench --floor times it beside warta_parse and the memchr
 * baseline: what is left between the floor and the baseline is what reading lines costs at
 * best, what is left above the floor is the parse's own work. */
#ifndef WARTA_BENCH_RECIPE_FLOOR_H
#define WARTA_BENCH_RECIPE_FLOOR_H

#include <stddef.h>
#include <stdint.h>

typedef uint64_t (*recipe_floor_fn)(const char *text, size_t len);

/* The floor, 64 bytes a step with AVX2 (and BMI1, POPCNT), or NULL where this build or CPU
 * has none. It splits text at LF and CR and, for each line that is not empty, counts its
 * words (runs of bytes other than ' ', '\t', LF and CR), those that open with 'a'-'z', its
 * quote marks' first bytes ('"', 0xE2) and whether it holds a digit, and adds one of these
 * to a total chosen by a table of the line's first byte; it returns a hash of the totals. */
recipe_floor_fn recipe_floor_simd(void);

/* The same totals' hash, a byte at a time: what the floor must give. */
uint64_t recipe_floor_reference(const char *text, size_t len);

#endif
