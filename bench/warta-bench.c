/* warta-bench: the speed of warta_parse, beside a memchr line splitter over the same bytes.
 *
 *   warta-bench [--runs N] [FILE|DIR...]  every file (default: the .txt files of bench/corpus/):
 *                                         MB/s, ns per article and cycles per byte, minimum and
 *                                         median of N runs; last line: total, baseline, ratio
 *   warta-bench --scaling [--runs N] [FILE...]  inputs of 1 KB to 64 MB made by repeating the
 *                                         FILEs' text (default: the eleven real pages one after
 *                                         another): ns per byte by size
 *   warta-bench --cold [--runs N] [FILE|DIR...]  each file parsed once after the caches were
 *                                         flushed (as a crawler meets the parser between
 *                                         pages), then once more at once: ns per article
 *   warta-bench --once [--runs N] [FILE|DIR...]  each file parsed once a run, the files taking
 *                                         turns: no parse follows one of the same text, so the
 *                                         branch predictor has not learnt it (as a crawler
 *                                         meets new pages): MB/s and ns per article
 *   warta-bench --floor [--runs N] [FILE|DIR...]  as the first, and the recipe floor
 *                                         (recipe-floor.h) timed beside: what lines cost at best
 *
 * Inputs are loaded before any timing and only the parse call (or the split) is timed. A run
 * parses each file enough times to last RUN_MIN_SECONDS, the files taking turns, so a slow
 * moment of the machine hits every file alike. Every run must give the same articles, checked
 * by a hash of every span, count and value of the output struct. */
#define _GNU_SOURCE /* syscall() for perf_event_open */

#include "recipe-floor.h"
#include "warta.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#ifdef __linux__
#include <linux/perf_event.h>
#include <sys/syscall.h>
#endif
#if defined(__x86_64__) || defined(__i386__)
#include <x86intrin.h>
#define HAVE_TSC 1
#endif

#define DEFAULT_RUNS 21
#define DEFAULT_SCALING_RUNS 5
/* --once: a run parses each file once, so a run is short: take more of them. */
#define DEFAULT_ONCE_RUNS 101
#define MAX_RUNS 1000
#define MAX_FILES 4096
/* Long enough that clock resolution and call overhead do not matter. */
#define RUN_MIN_SECONDS 0.001
/* Scaling sizes: SCALING_MIN_BYTES times SCALING_STEP to the power 0, 1, ..., up to the max. */
#define SCALING_MIN_BYTES ((size_t)1 << 10)
#define SCALING_MAX_BYTES ((size_t)64 << 20)
#define SCALING_STEP 4
/* The size whose per-byte cost the largest is compared with (one of the sizes above), and
 * the most the issue allows. */
#define SCALING_REFERENCE_BYTES ((size_t)64 << 10)
#define SCALING_LIMIT 1.2
#define MAX_SIZES 16
/* --cold writes this much memory before each timed parse: more than the last-level cache. */
#define COLD_EVICT_BYTES ((size_t)256 << 20)
#define CACHE_LINE_BYTES 64
/* The exit status when this build or CPU cannot run what was asked (ctest: skipped). */
#define EXIT_CANNOT_RUN 77
#define NAME_WIDTH 34
#define BYTES_PER_MB 1e6
#define NS_PER_SECOND 1e9

#ifndef WARTA_BENCH_CORPUS
#define WARTA_BENCH_CORPUS "bench/corpus"
#endif
/* The default text of --scaling: the real page texts, one after another. */
#define SCALING_SOURCE WARTA_BENCH_CORPUS "/concat-11-pages.txt"
#if defined(__clang__)
#define COMPILER_NAME "clang"
#elif defined(__GNUC__)
#define COMPILER_NAME "gcc"
#else
#define COMPILER_NAME "cc"
#endif
#ifndef __VERSION__
#define __VERSION__ ""
#endif
#ifndef WARTA_BENCH_FLAGS
#define WARTA_BENCH_FLAGS "unknown"
#endif

typedef struct {
    const char *name;
    char *text;
    size_t len;
    unsigned long reps, base_reps, floor_reps; /* parses, splits and floors per run */
    uint64_t hash, base_hash, floor_hash;      /* what every parse, split and floor must give */
    double *parse_s, *cycles, *base_s; /* per run: seconds and cycles per parse, seconds per split */
    double *floor_s;                   /* --floor: per run, seconds per floor */
    double *warm_s;                    /* --cold: per run, seconds of the parse that follows */
} bench_input;

/* Where cycles come from: a hardware counter, the time-stamp counter, or nowhere. */
typedef enum { CYCLES_NONE, CYCLES_PERF, CYCLES_TSC } cycle_source;

typedef struct {
    cycle_source source;
    int fd;
    char why[160]; /* why perf could not count, when it could not */
} cycle_counter;

static warta_article article;
/* Where the baseline leaves its results, so that the compiler cannot drop the split. */
static volatile uint64_t baseline_sink;

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void counter_open(cycle_counter *c)
{
    c->source = CYCLES_NONE;
    c->fd = -1;
    snprintf(c->why, sizeof c->why, "no cycle counter on this system");
#ifdef __linux__
    struct perf_event_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.type = PERF_TYPE_HARDWARE;
    attr.size = sizeof attr;
    attr.config = PERF_COUNT_HW_CPU_CYCLES;
    attr.exclude_kernel = 1;
    attr.exclude_hv = 1;
    long fd = syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0);
    if (fd >= 0) {
        c->source = CYCLES_PERF;
        c->fd = (int)fd;
        return;
    }
    snprintf(c->why, sizeof c->why, "perf_event_open(PERF_COUNT_HW_CPU_CYCLES): %s",
             strerror(errno));
#endif
#ifdef HAVE_TSC
    c->source = CYCLES_TSC;
#endif
}

static uint64_t counter_read(const cycle_counter *c)
{
    uint64_t value = 0;
    if (c->source == CYCLES_PERF && read(c->fd, &value, sizeof value) != (ssize_t)sizeof value)
        value = 0;
#ifdef HAVE_TSC
    if (c->source == CYCLES_TSC)
        value = (uint64_t)__rdtsc();
#endif
    return value;
}

static const char *counter_label(const cycle_counter *c)
{
    return c->source == CYCLES_PERF ? "cyc/B" : c->source == CYCLES_TSC ? "TSC/B" : "-";
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int by_string(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts v[0..n) and returns its median. */
static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof v[0], by_value);
    return v[n / 2];
}

static double minimum(const double *v, int n)
{
    double m = v[0];
    for (int i = 1; i < n; i++)
        m = v[i] < m ? v[i] : m;
    return m;
}

/* ---- the checksum of an article: every span, count and value, nothing past a count ---- */

static uint64_t mix(uint64_t h, uint64_t v)
{
    h = (h ^ v) * 0x9E3779B97F4A7C15u;
    return h ^ (h >> 32);
}

static uint64_t mix_span(uint64_t h, warta_span s) { return mix(mix(h, s.off), s.len); }

static uint64_t mix_string(uint64_t h, const char *s)
{
    if (!s)
        return mix(h, UINT64_MAX);
    for (; *s; s++)
        h = mix(h, (unsigned char)*s);
    return mix(h, 0);
}

static uint64_t mix_time(uint64_t h, const warta_time *t)
{
    uint64_t v = (uint64_t)(uint16_t)t->year;
    v = (v << 8 | t->month) << 8 | t->day;
    v = ((v << 8 | t->hour) << 8 | t->minute) << 8 | t->second;
    h = mix(h, v);
    return mix(mix(h, (uint64_t)t->precision << 8 | t->has_zone), (uint16_t)t->zone_minutes);
}

static uint64_t article_hash(const warta_article *a)
{
    uint64_t h = mix_span(0, a->title);
    h = mix_time(mix_time(h, &a->published), &a->updated);
    h = mix_span(mix_span(mix_string(h, a->outlet), a->dateline), a->author_code);
    h = mix(h, a->author_count);
    for (uint32_t i = 0; i < a->author_count; i++)
        h = mix_span(h, a->authors[i]);
    h = mix(h, a->editor_count);
    for (uint32_t i = 0; i < a->editor_count; i++)
        h = mix_span(h, a->editors[i]);
    h = mix(h, a->source_count);
    for (uint32_t i = 0; i < a->source_count; i++)
        h = mix_span(h, a->sources[i]);
    h = mix(h, a->paragraph_count);
    for (uint32_t i = 0; i < a->paragraph_count; i++)
        h = mix_span(h, a->paragraphs[i]);
    h = mix(h, a->caption_count);
    for (uint32_t i = 0; i < a->caption_count; i++)
        h = mix_span(mix_span(h, a->captions[i].text), a->captions[i].credit);
    h = mix(h, a->read_also_count);
    for (uint32_t i = 0; i < a->read_also_count; i++)
        h = mix_span(h, a->read_also[i]);
    h = mix(h, a->related_count);
    for (uint32_t i = 0; i < a->related_count; i++) {
        const warta_related *r = &a->related[i];
        h = mix(mix(mix_span(h, r->title), r->age.value), r->age.unit);
        h = mix_span(h, r->teaser);
    }
    h = mix(h, a->quote_count);
    for (uint32_t i = 0; i < a->quote_count; i++) {
        const warta_quote *q = &a->quotes[i];
        h = mix_span(mix_span(h, q->text), q->speaker);
        h = mix(mix_string(h, q->verb), q->paragraph);
    }
    h = mix(h, a->date_count);
    for (uint32_t i = 0; i < a->date_count; i++)
        h = mix_time(mix_span(h, a->dates[i].text), &a->dates[i].value);
    for (int f = 0; f < WARTA_FIELD_COUNT; f++)
        h = mix(h, a->dropped[f]);
    return mix(h, a->flags);
}

/* ---- the baseline: the floor of any parser that looks at every line ---- */

/* Counts the lines of text and adds up their first bytes, so every line is touched. */
static uint64_t split_lines(const char *text, size_t len)
{
    const char *p = text, *end = text + len;
    uint64_t lines = 0, first_bytes = 0;
    while (p < end) {
        first_bytes += (unsigned char)*p;
        lines++;
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            break;
        p = nl + 1;
    }
    return lines << 32 ^ first_bytes;
}

/* ---- inputs ---- */

static char *load(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *data = NULL;
    size_t n = 0, cap = 0;
    if (!f)
        return NULL;
    for (;;) {
        if (n == cap) {
            char *grown = realloc(data, cap = cap ? cap * 2 : 1 << 16);
            if (!grown) {
                free(data);
                fclose(f);
                return NULL;
            }
            data = grown;
        }
        size_t got = fread(data + n, 1, cap - n, f);
        if (got == 0)
            break;
        n += got;
    }
    int failed = ferror(f);
    fclose(f);
    if (failed) {
        free(data);
        return NULL;
    }
    *len = n;
    return data;
}

/* Appends a copy of path to paths[]; returns the new count, or -1 when full or out of memory. */
static int add_path(char **paths, int count, const char *path)
{
    if (count < 0 || count >= MAX_FILES || (paths[count] = strdup(path)) == NULL)
        return -1;
    return count + 1;
}

/* Appends the .txt files of dir, sorted, to paths[]; returns the new count or -1. */
static int list_dir(const char *dir, char **paths, int count)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int first = count;
    char path[4096];
    if (!d)
        return -1;
    while (count >= 0 && (e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 4, ".txt") != 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        count = add_path(paths, count, path);
    }
    closedir(d);
    if (count >= 0)
        qsort(paths + first, (size_t)(count - first), sizeof paths[0], by_string);
    return count;
}

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Gives in its runs' arrays; returns 0 when out of memory. */
static int input_init(bench_input *in, const char *name, char *text, size_t len, int runs)
{
    memset(in, 0, sizeof *in);
    in->name = name;
    in->text = text;
    in->len = len;
    in->parse_s = calloc((size_t)runs, sizeof(double));
    in->cycles = calloc((size_t)runs, sizeof(double));
    in->base_s = calloc((size_t)runs, sizeof(double));
    in->warm_s = calloc((size_t)runs, sizeof(double));
    in->floor_s = calloc((size_t)runs, sizeof(double));
    return in->parse_s && in->cycles && in->base_s && in->warm_s && in->floor_s;
}

static void input_free(bench_input *in)
{
    free(in->parse_s);
    free(in->cycles);
    free(in->base_s);
    free(in->warm_s);
    free(in->floor_s);
}

/* ---- timing ---- */

/* How many calls of f (the split or the floor) on the input last RUN_MIN_SECONDS. */
static unsigned long reps_for(recipe_floor_fn f, const bench_input *in)
{
    double start = now_seconds();
    unsigned long reps = 0;
    do {
        baseline_sink = f(in->text, in->len);
        reps++;
    } while (now_seconds() - start < RUN_MIN_SECONDS);
    return reps;
}

/* The first parse and split give the results every later one must give; then
 * each is repeated until it lasts RUN_MIN_SECONDS, and that many times is one run. The
 * floor, when given, must count as its byte-at-a-time reference does. Returns 0 if not. */
static int calibrate(bench_input *in, recipe_floor_fn floor_fn)
{
    warta_parse(in->text, in->len, NULL, &article);
    in->hash = article_hash(&article);
    in->base_hash = split_lines(in->text, in->len);
    double start = now_seconds();
    in->reps = 0;
    do {
        warta_parse(in->text, in->len, NULL, &article);
        in->reps++;
    } while (now_seconds() - start < RUN_MIN_SECONDS);
    in->base_reps = reps_for(split_lines, in);
    if (!floor_fn)
        return 1;
    in->floor_hash = recipe_floor_reference(in->text, in->len);
    if (floor_fn(in->text, in->len) != in->floor_hash) {
        fprintf(stderr, "warta-bench: %s: the floor counts otherwise than its reference\n", in->name);
        return 0;
    }
    in->floor_reps = reps_for(floor_fn, in);
    return 1;
}

/* Seconds per call of f (the split or the floor) over reps calls on the input; 0 when a
 * call gave other than `want` (the message names it `what`). */
static double time_calls(recipe_floor_fn f, const bench_input *in, unsigned long reps,
                         uint64_t want, int r, const char *what)
{
    uint64_t result = want;
    double t0 = now_seconds();
    for (unsigned long k = 0; k < reps; k++)
        baseline_sink = result = f(in->text, in->len);
    double seconds = (now_seconds() - t0) / (double)reps;
    if (result == want)
        return seconds;
    fprintf(stderr, "warta-bench: %s: run %d %s\n", in->name, r + 1, what);
    return 0;
}

/* One run of one input; returns 0 when a parse, a split or a floor gave another result. */
static int run_once(bench_input *in, int r, const cycle_counter *counter, recipe_floor_fn floor_fn)
{
    double t0 = now_seconds();
    uint64_t c0 = counter_read(counter);
    for (unsigned long k = 0; k < in->reps; k++)
        warta_parse(in->text, in->len, NULL, &article);
    uint64_t c1 = counter_read(counter);
    double t1 = now_seconds();
    in->parse_s[r] = (t1 - t0) / (double)in->reps;
    in->cycles[r] = (double)(c1 - c0) / (double)in->reps;
    if (article_hash(&article) != in->hash) {
        fprintf(stderr, "warta-bench: %s: run %d parsed to another article\n", in->name, r + 1);
        return 0;
    }
    in->base_s[r] = time_calls(split_lines, in, in->base_reps, in->base_hash, r,
                               "split into other lines");
    if (in->base_s[r] == 0)
        return 0;
    if (!floor_fn)
        return 1;
    in->floor_s[r] = time_calls(floor_fn, in, in->floor_reps, in->floor_hash, r,
                                "floored to other counts");
    return in->floor_s[r] != 0;
}

/* Calibrates every input, then runs them all, taking turns; returns 0 as calibrate and
 * run_once do. */
static int measure(bench_input *inputs, int count, int runs, const cycle_counter *counter,
                   recipe_floor_fn floor_fn)
{
    for (int i = 0; i < count; i++)
        if (!calibrate(&inputs[i], floor_fn))
            return 0;
    for (int r = 0; r < runs; r++)
        for (int i = 0; i < count; i++)
            if (!run_once(&inputs[i], r, counter, floor_fn))
                return 0;
    return 1;
}

/* ---- output ---- */

/* The library's line counter on this build and CPU: the choice lib/simd.h makes. */
static const char *line_counter(void)
{
#if !defined(__SSE2__) || defined(WARTA_NO_SIMD)
    return "portable, 8 bytes a step";
#elif defined(WARTA_NO_AVX2) || !defined(__GNUC__) || !defined(__x86_64__)
    return "SSE2, 16 bytes a step";
#else
    return __builtin_cpu_supports("avx2") ? "AVX2, 32 bytes a step (the CPU runs AVX2)"
                                          : "SSE2, 16 bytes a step (the CPU has no AVX2)";
#endif
}

static void print_machine(const cycle_counter *counter, int runs, int repeated)
{
    struct utsname u;
    char cpu[256] = "unknown CPU";
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (uname(&u) != 0)
        memset(&u, 0, sizeof u);
    if (f) {
        char line[256];
        while (fgets(line, sizeof line, f)) {
            char *colon = strchr(line, ':');
            if (strncmp(line, "model name", 10) == 0 && colon) {
                snprintf(cpu, sizeof cpu, "%s", colon + 2);
                cpu[strcspn(cpu, "\n")] = '\0';
                break;
            }
        }
        fclose(f);
    }
    printf("warta %s on %s %s %s, %s, %ld CPUs online\n", warta_version(), u.sysname, u.release,
           u.machine, cpu, sysconf(_SC_NPROCESSORS_ONLN));
    printf("compiler: %s %s\n", COMPILER_NAME, __VERSION__);
    printf("flags: %s\n", WARTA_BENCH_FLAGS);
    printf("line counter: %s\n", line_counter());
    if (counter->source == CYCLES_PERF)
        printf("cycles: core clock cycles from perf_event_open (user space)\n");
    else if (counter->source == CYCLES_TSC)
        printf("cycles: TSC ticks (time-stamp counter at its constant rate, not core clock "
               "cycles), because %s\n", counter->why);
    else
        printf("cycles: not counted, %s\n", counter->why);
    if (repeated)
        printf("%d runs; in each, every input is parsed (and split by the memchr baseline) for "
               "at least %.0f ms\n", runs, RUN_MIN_SECONDS * 1e3);
}

/* Each run, each input parsed once, in turn; the first pass through them untimed. */
static int bench_once(bench_input *inputs, int count, int runs, const cycle_counter *counter)
{
    static double total_parse[MAX_RUNS], total_cycles[MAX_RUNS];
    double bytes = 0;
    for (int i = 0; i < count; i++) {
        warta_parse(inputs[i].text, inputs[i].len, NULL, &article);
        inputs[i].hash = article_hash(&article);
        bytes += (double)inputs[i].len;
    }
    for (int r = 0; r < runs; r++) {
        total_parse[r] = total_cycles[r] = 0;
        for (int i = 0; i < count; i++) {
            bench_input *in = &inputs[i];
            double t0 = now_seconds();
            uint64_t c0 = counter_read(counter);
            warta_parse(in->text, in->len, NULL, &article);
            uint64_t c1 = counter_read(counter);
            in->parse_s[r] = now_seconds() - t0;
            in->cycles[r] = (double)(c1 - c0);
            if (article_hash(&article) != in->hash) {
                fprintf(stderr, "warta-bench: %s: run %d parsed to another article\n", in->name,
                        r + 1);
                return 0;
            }
            total_parse[r] += in->parse_s[r];
            total_cycles[r] += in->cycles[r];
        }
    }
    printf("%d runs; in each, every file is parsed once, the files taking turns, after one "
           "untimed pass: no parse follows one of the same text\n\n", runs);
    printf("%-*s %9s %9s %9s %11s %11s %7s\n", NAME_WIDTH, "", "", "MB/s", "MB/s", "ns/article",
           "ns/article", "");
    printf("%-*s %9s %9s %9s %11s %11s %7s\n", NAME_WIDTH, "file", "bytes", "min", "med", "min",
           "med", counter_label(counter));
    for (int i = 0; i < count; i++) {
        bench_input *in = &inputs[i];
        double fastest = minimum(in->parse_s, runs), typical = median(in->parse_s, runs);
        double len = (double)in->len;
        printf("%-*s %9zu %9.1f %9.1f %11.0f %11.0f %7.2f\n", NAME_WIDTH, in->name, in->len,
               len / fastest / 1e6, len / typical / 1e6, fastest * NS_PER_SECOND,
               typical * NS_PER_SECOND, median(in->cycles, runs) / len);
    }
    double fastest = minimum(total_parse, runs), typical = median(total_parse, runs);
    printf("%-*s %9.0f %9.1f %9.1f %11.0f %11.0f %7.2f\n\n", NAME_WIDTH, "total", bytes,
           bytes / fastest / 1e6, bytes / typical / 1e6, fastest / count * NS_PER_SECOND,
           typical / count * NS_PER_SECOND, median(total_cycles, runs) / bytes);
    printf("%d files, %.0f bytes; total MB/s: all bytes over the time to parse every file once, "
           "by run\n", count, bytes);
    printf("once: %.1f MB/s (median run; each file parsed once a run, in turn)\n",
           bytes / typical / 1e6);
    return 1;
}

static int usage(void)
{
    fprintf(stderr,
            "usage: warta-bench [--runs N] [FILE|DIR...]\n"
            "       warta-bench --scaling [--runs N] [FILE...]\n"
            "       warta-bench --cold [--runs N] [FILE|DIR...]\n"
            "       warta-bench --once [--runs N] [FILE|DIR...]\n"
            "       warta-bench --floor [--runs N] [FILE|DIR...]\n"
            "Times warta_parse on each FILE (the .txt files of each DIR; default: %s)\n"
            "beside a memchr line splitter. --scaling: inputs of %zu KB to %zu MB made by\n"
            "repeating the FILEs' text (default: %s). --cold: one parse after %zu MB\n"
            "were written to flush the caches, and one at once after it. --once: each\n"
            "file parsed once a run, the files taking turns. --floor: the recipe floor\n"
            "(x86-64, AVX2) timed beside the parse and the split. N from 1 to %d\n"
            "(default %d, %d with --once, %d with --scaling).\n",
            WARTA_BENCH_CORPUS, SCALING_MIN_BYTES >> 10, SCALING_MAX_BYTES >> 20, SCALING_SOURCE,
            COLD_EVICT_BYTES >> 20, MAX_RUNS, DEFAULT_RUNS, DEFAULT_ONCE_RUNS, DEFAULT_SCALING_RUNS);
    return 2;
}

/* The name to print for path: without the default corpus's directory. */
static const char *display_name(const char *path, int from_default)
{
    const char *slash = strrchr(path, '/');
    return from_default && slash ? slash + 1 : path;
}

/* The floor's columns of a file or the total: its MB/s, and warta's share of its speed. */
static void print_floor(double mb, double floor_s, double parse_s)
{
    printf(" %9.1f %7.3f", mb / floor_s, floor_s / parse_s);
}

/* Every input's runs, and their totals; with floor_fn, the recipe floor's beside. */
static int bench_files(bench_input *inputs, int count, int runs, const cycle_counter *counter,
                       recipe_floor_fn floor_fn)
{
    static double total_parse[MAX_RUNS], total_cycles[MAX_RUNS], total_base[MAX_RUNS],
        total_floor[MAX_RUNS];
    double bytes = 0;
    if (!measure(inputs, count, runs, counter, floor_fn))
        return 0;
    for (int r = 0; r < runs; r++) {
        total_parse[r] = total_cycles[r] = total_base[r] = total_floor[r] = 0;
        for (int i = 0; i < count; i++) {
            total_parse[r] += inputs[i].parse_s[r];
            total_cycles[r] += inputs[i].cycles[r];
            total_base[r] += inputs[i].base_s[r];
            total_floor[r] += inputs[i].floor_s[r];
        }
    }
    for (int i = 0; i < count; i++)
        bytes += (double)inputs[i].len;

    const char *cyc = counter_label(counter);
    printf("min: the fastest run; med: the median run; %s: median %s per byte; "
           "ratio: warta's median MB/s over the baseline's\n",
           cyc, counter->source == CYCLES_TSC ? "TSC ticks" : "cycles");
    if (floor_fn)
        printf("floor: the recipe floor's median MB/s (recipe-floor.h); of floor: warta's "
               "median MB/s over the floor's\n");
    printf("\n%-*s %9s %9s %9s %11s %11s %7s %9s %7s", NAME_WIDTH, "", "", "MB/s", "MB/s",
           "ns/article", "ns/article", "", "baseline", "");
    printf(floor_fn ? " %9s %7s\n" : "\n", "floor", "");
    printf("%-*s %9s %9s %9s %11s %11s %7s %9s %7s", NAME_WIDTH, "file", "bytes", "min",
           "med", "min", "med", cyc, "MB/s med", "ratio");
    printf(floor_fn ? " %9s %7s\n" : "\n", "MB/s med", "of floor");
    uint64_t checksum = 0;
    for (int i = 0; i < count; i++) {
        bench_input *in = &inputs[i];
        double mb = (double)in->len / BYTES_PER_MB;
        double fastest = minimum(in->parse_s, runs), typical = median(in->parse_s, runs);
        double base = median(in->base_s, runs), cycles = median(in->cycles, runs);
        printf("%-*s %9zu %9.1f %9.1f %11.0f %11.0f %7.2f %9.1f %7.3f", NAME_WIDTH, in->name,
               in->len, mb / fastest, mb / typical, fastest * NS_PER_SECOND,
               typical * NS_PER_SECOND, cycles / (double)in->len, mb / base, base / typical);
        if (floor_fn)
            print_floor(mb, median(in->floor_s, runs), typical);
        printf("\n");
        checksum = mix(checksum, in->hash);
    }
    double mb = bytes / BYTES_PER_MB;
    double fastest = minimum(total_parse, runs), typical = median(total_parse, runs);
    double base = median(total_base, runs), cycles = median(total_cycles, runs);
    printf("%-*s %9.0f %9.1f %9.1f %11.0f %11.0f %7.2f %9.1f %7.3f", NAME_WIDTH, "total",
           bytes, mb / fastest, mb / typical, fastest * NS_PER_SECOND / count,
           typical * NS_PER_SECOND / count, cycles / bytes, mb / base, base / typical);
    double floor_s = median(total_floor, runs);
    if (floor_fn)
        print_floor(mb, floor_s, typical);
    printf("\n");
    printf("\n%d files, %.0f bytes; total MB/s: all bytes over the time to parse every file "
           "once, by run; ns/article: that time over %d files\n", count, bytes, count);
    if (runs == 1)
        printf("checksum of the articles: %016llx (one run)\n", (unsigned long long)checksum);
    else
        printf("checksum of the articles: %016llx (the same in all %d runs)\n",
               (unsigned long long)checksum, runs);
    if (floor_fn)
        printf("floor: %.1f MB/s, %.3f of the baseline; warta %.3f of the floor\n",
               mb / floor_s, base / floor_s, floor_s / typical);
    printf("total: %.1f MB/s, baseline: %.1f MB/s, ratio: %.3f\n", mb / typical, mb / base,
           base / typical);
    return 1;
}

static int bench_scaling(const char *source, size_t source_len, int runs,
                         const cycle_counter *counter)
{
    static bench_input sizes[MAX_SIZES];
    static char names[MAX_SIZES][16];
    char *text = malloc(SCALING_MAX_BYTES);
    int count = 0, ok = 1, reference = -1;
    if (!text) {
        fprintf(stderr, "warta-bench: out of memory\n");
        return 0;
    }
    /* The source over and over, cut at the size: every page of it is written before timing. */
    for (size_t at = 0; at < SCALING_MAX_BYTES; at += source_len) {
        size_t n = SCALING_MAX_BYTES - at < source_len ? SCALING_MAX_BYTES - at : source_len;
        memcpy(text + at, source, n);
    }
    for (size_t size = SCALING_MIN_BYTES; size <= SCALING_MAX_BYTES && count < MAX_SIZES;
         size *= SCALING_STEP) {
        if (size < ((size_t)1 << 20))
            snprintf(names[count], sizeof names[count], "%zu KB", size >> 10);
        else
            snprintf(names[count], sizeof names[count], "%zu MB", size >> 20);
        if (size == SCALING_REFERENCE_BYTES)
            reference = count;
        if (!input_init(&sizes[count], names[count], text, size, runs)) {
            fprintf(stderr, "warta-bench: out of memory\n");
            ok = 0;
        }
        count++;
    }
    if (ok && !measure(sizes, count, runs, counter, NULL))
        ok = 0;
    if (ok) {
        const char *cyc = counter_label(counter);
        char versus[24];
        snprintf(versus, sizeof versus, "vs %s", sizes[reference].name);
        printf("input: %zu bytes of text repeated; past each list's capacity, items are "
               "dropped (and counted): the parse still reads every byte\n\n", source_len);
        printf("%-8s %11s %10s %10s %9s %7s %14s %9s\n", "size", "bytes", "ns/B min",
               "ns/B med", "MB/s med", cyc, "baseline ns/B", versus);
        double ref = median(sizes[reference].parse_s, runs) / (double)sizes[reference].len;
        double last = ref;
        for (int i = 0; i < count; i++) {
            bench_input *in = &sizes[i];
            double n = (double)in->len;
            double fastest = minimum(in->parse_s, runs), typical = median(in->parse_s, runs);
            double cycles = median(in->cycles, runs), base = median(in->base_s, runs);
            last = typical / n;
            printf("%-8s %11zu %10.3f %10.3f %9.1f %7.2f %14.3f %9.2f\n", in->name, in->len,
                   fastest * NS_PER_SECOND / n, typical * NS_PER_SECOND / n,
                   n / BYTES_PER_MB / typical, cycles / n, base * NS_PER_SECOND / n,
                   last / ref);
        }
        printf("\nscaling: per-byte cost at %s over that at %s: %.2f (at most %.1f wanted)\n",
               sizes[count - 1].name, sizes[reference].name, last / ref, SCALING_LIMIT);
    }
    for (int i = 0; i < count; i++)
        input_free(&sizes[i]);
    free(text);
    return ok;
}

/* Each input in turn, each run: the caches flushed by writing COLD_EVICT_BYTES, one parse
 * timed, then a second parse of the same text timed at once. */
static int bench_cold(bench_input *inputs, int count, int runs)
{
    static double total_cold[MAX_RUNS], total_warm[MAX_RUNS];
    unsigned char *evict = malloc(COLD_EVICT_BYTES);
    if (!evict) {
        fprintf(stderr, "warta-bench: out of memory\n");
        return 0;
    }
    memset(evict, 0, COLD_EVICT_BYTES);
    for (int i = 0; i < count; i++) {
        warta_parse(inputs[i].text, inputs[i].len, NULL, &article);
        inputs[i].hash = article_hash(&article);
    }
    for (int r = 0; r < runs; r++) {
        total_cold[r] = total_warm[r] = 0;
        for (int i = 0; i < count; i++) {
            bench_input *in = &inputs[i];
            for (size_t k = 0; k < COLD_EVICT_BYTES; k += CACHE_LINE_BYTES)
                evict[k] = (unsigned char)(evict[k] + 1);
            double t0 = now_seconds();
            warta_parse(in->text, in->len, NULL, &article);
            double t1 = now_seconds();
            warta_parse(in->text, in->len, NULL, &article);
            double t2 = now_seconds();
            if (article_hash(&article) != in->hash) {
                fprintf(stderr, "warta-bench: %s: run %d parsed to another article\n", in->name,
                        r + 1);
                free(evict);
                return 0;
            }
            in->parse_s[r] = t1 - t0;
            in->warm_s[r] = t2 - t1;
            total_cold[r] += in->parse_s[r];
            total_warm[r] += in->warm_s[r];
        }
    }
    free(evict);
    printf("cold: the parse after %zu MB were written (caches flushed); warm: the parse just "
           "after it; medians of %d runs, one parse each\n\n", COLD_EVICT_BYTES >> 20, runs);
    printf("%-*s %9s %11s %11s %11s %9s\n", NAME_WIDTH, "", "", "cold", "warm", "cold - warm",
           "cold");
    printf("%-*s %9s %11s %11s %11s %9s\n", NAME_WIDTH, "file", "bytes", "ns/article",
           "ns/article", "ns", "/ warm");
    double bytes = 0;
    for (int i = 0; i < count; i++) {
        bench_input *in = &inputs[i];
        double cold = median(in->parse_s, runs), warm = median(in->warm_s, runs);
        printf("%-*s %9zu %11.0f %11.0f %11.0f %9.2f\n", NAME_WIDTH, in->name, in->len,
               cold * NS_PER_SECOND, warm * NS_PER_SECOND, (cold - warm) * NS_PER_SECOND,
               cold / warm);
        bytes += (double)in->len;
    }
    double cold = median(total_cold, runs) / count, warm = median(total_warm, runs) / count;
    printf("%-*s %9.0f %11.0f %11.0f %11.0f %9.2f\n", NAME_WIDTH, "per article", bytes / count,
           cold * NS_PER_SECOND, warm * NS_PER_SECOND, (cold - warm) * NS_PER_SECOND,
           cold / warm);
    printf("\ncold: %.1f us per article, warm: %.1f us (median runs, %d files)\n",
           cold * 1e6, warm * 1e6, count);
    return 1;
}

/* Reads a whole decimal number from 1 to MAX_RUNS; returns 0 otherwise. */
static int parse_runs(const char *s)
{
    char *end;
    errno = 0;
    long n = strtol(s, &end, 10);
    return errno == 0 && *s != '\0' && *end == '\0' && n >= 1 && n <= MAX_RUNS ? (int)n : 0;
}

int main(int argc, char **argv)
{
    static char *paths[MAX_FILES];
    static bench_input inputs[MAX_FILES];
    int runs = 0, scaling = 0, cold = 0, once = 0, floor = 0, count = 0, arg = 1;
    for (; arg < argc && argv[arg][0] == '-'; arg++) {
        if (strcmp(argv[arg], "--runs") == 0 && arg + 1 < argc) {
            if ((runs = parse_runs(argv[++arg])) == 0)
                return usage();
        } else if (strcmp(argv[arg], "--scaling") == 0) {
            scaling = 1;
        } else if (strcmp(argv[arg], "--cold") == 0) {
            cold = 1;
        } else if (strcmp(argv[arg], "--once") == 0) {
            once = 1;
        } else if (strcmp(argv[arg], "--floor") == 0) {
            floor = 1;
        } else {
            return usage();
        }
    }
    if (scaling + cold + once + floor > 1)
        return usage();
    recipe_floor_fn floor_fn = floor ? recipe_floor_simd() : NULL;
    if (floor && !floor_fn) {
        fprintf(stderr, "warta-bench: --floor needs x86-64 with AVX2, BMI1 and POPCNT, which this "
                        "build or CPU does not have\n");
        return EXIT_CANNOT_RUN;
    }
    if (runs == 0)
        runs = scaling ? DEFAULT_SCALING_RUNS : once ? DEFAULT_ONCE_RUNS : DEFAULT_RUNS;
    int from_default = arg == argc;
    if (from_default)
        count = scaling ? add_path(paths, 0, SCALING_SOURCE) : list_dir(WARTA_BENCH_CORPUS, paths, 0);
    for (; arg < argc && count >= 0; arg++)
        count = !scaling && is_dir(argv[arg]) ? list_dir(argv[arg], paths, count)
                                              : add_path(paths, count, argv[arg]);
    if (count <= 0) {
        fprintf(stderr, "warta-bench: no input files, more than %d, or an unreadable "
                        "directory\n", MAX_FILES);
        return usage();
    }

    int ok = 1;
    size_t source_len = 0;
    char *source = NULL;
    for (int i = 0; ok && i < count; i++) {
        size_t len = 0;
        char *text = load(paths[i], &len);
        if (!text) {
            fprintf(stderr, "warta-bench: cannot read %s\n", paths[i]);
            ok = 0;
        } else if (scaling) {
            char *grown = realloc(source, source_len + len);
            ok = grown != NULL;
            if (ok) {
                memcpy(grown + source_len, text, len);
                source = grown;
                source_len += len;
            }
            free(text);
        } else if (!input_init(&inputs[i], display_name(paths[i], from_default), text, len,
                               runs)) {
            fprintf(stderr, "warta-bench: out of memory\n");
            free(text);
            ok = 0;
        }
    }
    if (ok && scaling && source_len == 0) {
        fprintf(stderr, "warta-bench: --scaling needs some text\n");
        ok = 0;
    }

    cycle_counter counter;
    if (ok) {
        counter_open(&counter);
        print_machine(&counter, runs, !cold && !once);
        ok = scaling ? bench_scaling(source, source_len, runs, &counter)
               : cold ? bench_cold(inputs, count, runs)
               : once ? bench_once(inputs, count, runs, &counter)
                      : bench_files(inputs, count, runs, &counter, floor_fn);
        if (counter.fd >= 0)
            close(counter.fd);
    }
    free(source);
    for (int i = 0; i < count; i++) {
        free(inputs[i].text);
        input_free(&inputs[i]);
        free(paths[i]);
    }
    return ok ? 0 : 1;
}
