/* Pathological inputs parse in time linear in their size (invariant 6 of
 * docs/SECURITY.md): 10 MB without a newline, a million blank lines,
 * 100,000 "Baca juga:" lines, 100,000 quote marks, a megabyte of digits
 * and of "WIB", and more. Each input is built at two sizes, about 1 MB and
 * ten times that, and the larger one may take at most MAX_RATIO times the
 * CPU time of the smaller: a linear parser needs about 10, a quadratic one
 * about 100. CPU time, the best of a few runs, is not a wall-clock limit. */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include "article_check.h"
#include "warta.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SMALL_BYTES ((size_t)1 << 20)
#define SCALE 10
/* Ten times the input may cost at most this many times the CPU time. */
#define MAX_RATIO 40.0
/* Runs of the small input; the best one counts, so a preempted run does not. */
#define SMALL_RUNS 3
/* Below this a CPU time is mostly clock resolution: the small run counts as this long. */
#define MIN_SECONDS 0.002

static warta_article article;

static double cpu_now(void)
{
    struct timespec ts;
    cr_assert_eq(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts), 0);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* head, unit repeated units times, then tail; freshly allocated. */
static char *repeat(const char *head, const char *unit, size_t units, const char *tail,
                    size_t *len)
{
    size_t h = strlen(head), n = strlen(unit), t = strlen(tail);
    char *text = malloc(h + units * n + t);
    cr_assert_not_null(text);
    memcpy(text, head, h);
    for (size_t i = 0; i < units; i++)
        memcpy(text + h + i * n, unit, n);
    memcpy(text + h + units * n, tail, t);
    *len = h + units * n + t;
    return text;
}

/* CPU seconds of the best of runs parses; each parse checked. */
static double parse_seconds(const char *text, size_t len, int runs)
{
    double best = 0;
    for (int r = 0; r < runs; r++) {
        double start = cpu_now();
        cr_assert_eq(warta_parse(text, len, NULL, &article), WARTA_OK);
        double spent = cpu_now() - start;
        if (r == 0 || spent < best)
            best = spent;
        article_check_invariants(&article, len, NULL);
    }
    return best;
}

/* unit repeated to about small_bytes, and to SCALE times as many bytes, between head
 * and tail. */
static void check_linear_between(const char *head, const char *unit, const char *tail,
                                 size_t small_bytes)
{
    size_t units = small_bytes / strlen(unit), small_len, large_len;
    char *small = repeat(head, unit, units, tail, &small_len);
    char *large = repeat(head, unit, units * SCALE, tail, &large_len);
    double t_small = parse_seconds(small, small_len, SMALL_RUNS);
    double t_large = parse_seconds(large, large_len, 1);
    double ratio = t_large / (t_small > MIN_SECONDS ? t_small : MIN_SECONDS);
    cr_log_info("%zu x \"%s\": %zu bytes %.4f s, %zu bytes %.4f s, ratio %.1f", units, unit,
                small_len, t_small, large_len, t_large, ratio);
    cr_assert_lt(ratio, MAX_RATIO, "%zu bytes took %.1f times as long as %zu bytes", large_len,
                 ratio, small_len);
    free(small);
    free(large);
}

static void check_linear_at(const char *unit, size_t small_bytes)
{
    check_linear_between("", unit, "", small_bytes);
}

static void check_linear(const char *unit) { check_linear_at(unit, SMALL_BYTES); }

Test(pathological, ten_megabytes_without_a_newline)
{
    check_linear("Sabtu (30/4) \"Baca juga: kata dia\" 15:24 WIB Penulis: ");
}

Test(pathological, a_million_blank_lines) { check_linear("\n"); }

Test(pathological, blank_crlf_lines_with_spaces) { check_linear(" \r\n"); }

Test(pathological, hundred_thousand_read_also_lines) { check_linear("Baca juga:\n"); }

Test(pathological, read_also_lines_with_titles) { check_linear("BACA JUGA: Judul berita lain\n"); }

Test(pathological, straight_quote_marks) { check_linear("\""); }

Test(pathological, curly_quote_marks) { check_linear("\xE2\x80\x9C"); }

Test(pathological, quoted_paragraphs) { check_linear("\"Kami siap,\" kata dia.\n\n"); }

Test(pathological, a_megabyte_of_digits) { check_linear("0123456789"); }

Test(pathological, a_megabyte_of_wib) { check_linear("WIB"); }

Test(pathological, date_like_numbers) { check_linear("30/4/2016 15.24 "); }

Test(pathological, byline_labels) { check_linear("Penulis: Editor: "); }

/* A label whose value holds one long run of spaces: every space of it once looked over
 * the rest of the run for the next label (a fuzzer's hang, 0.5 s for 38 KB). Small
 * sizes, and a time limit, since the quadratic parser would take hours here. */
#define RUN_SMALL_BYTES ((size_t)64 << 10)
#define RUN_TIMEOUT_SECONDS 60
Test(pathological, label_then_a_long_run_of_spaces, .timeout = RUN_TIMEOUT_SECONDS)
{
    check_linear_between("Editor: A", " ", "B", RUN_SMALL_BYTES);
    check_linear_between("Rep: A", " \t", "B / Red: C", RUN_SMALL_BYTES);
}

Test(pathological, one_word_lines) { check_linear("kata\n"); }
