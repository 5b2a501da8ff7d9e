/* warta-bench [--runs N] [FILE...]: times warta_parse alone on each file
 * (default: every .txt file of examples/), inputs loaded before any timing. Each run
 * parses a file enough times to last RUN_MIN_SECONDS; the minimum and median
 * of the runs give MB/s per file and overall. Every parse of a file must
 * give the same article (checked by hash); the hashes make the checksum. */
#define _POSIX_C_SOURCE 200809L

#include "warta.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>

#define DEFAULT_RUNS 21
#define MAX_RUNS 1000
#define MAX_FILES 1024
/* Long enough that clock resolution and call overhead do not matter. */
#define RUN_MIN_SECONDS 0.002

#ifndef WARTA_BENCH_EXAMPLES
#define WARTA_BENCH_EXAMPLES "examples"
#endif
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
    const char *path;
    char *text;
    size_t len;
    unsigned long reps; /* parses per run */
    double min_seconds, median_seconds; /* per parse */
} bench_input;

static warta_article article;

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int by_seconds(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int by_path(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* FNV-1a over the whole article: equal articles, equal hashes. */
static uint64_t article_hash(const warta_article *a)
{
    const unsigned char *p = (const unsigned char *)a;
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < sizeof *a; i++)
        h = (h ^ p[i]) * 1099511628211u;
    return h;
}

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
    fclose(f);
    *len = n;
    return data;
}

/* The *.txt files of dir, sorted, as paths in paths[]; returns how many. */
static int list_examples(const char *dir, char **paths, int max)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    if (!d)
        return 0;
    while ((e = readdir(d)) != NULL && n < max) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 4, ".txt") != 0)
            continue;
        size_t size = strlen(dir) + 1 + len + 1;
        paths[n] = malloc(size);
        if (!paths[n])
            break;
        snprintf(paths[n++], size, "%s/%s", dir, e->d_name);
    }
    closedir(d);
    qsort(paths, (size_t)n, sizeof paths[0], by_path);
    return n;
}

static int usage(void)
{
    fprintf(stderr, "usage: warta-bench [--runs N] [FILE...]   (N from 1 to %d; default "
                    "FILEs: the .txt files of %s)\n", MAX_RUNS, WARTA_BENCH_EXAMPLES);
    return 2;
}

/* Times one input; returns 0 when some parse gave a different article. */
static int bench(bench_input *in, int runs, double *seconds, uint64_t *hash)
{
    warta_parse(in->text, in->len, NULL, &article);
    *hash = article_hash(&article);
    double start = now_seconds();
    in->reps = 0;
    do {
        warta_parse(in->text, in->len, NULL, &article);
        in->reps++;
    } while (now_seconds() - start < RUN_MIN_SECONDS);
    for (int r = 0; r < runs; r++) {
        double t0 = now_seconds();
        for (unsigned long k = 0; k < in->reps; k++)
            warta_parse(in->text, in->len, NULL, &article);
        seconds[r] = (now_seconds() - t0) / (double)in->reps;
        if (article_hash(&article) != *hash)
            return 0;
    }
    qsort(seconds, (size_t)runs, sizeof seconds[0], by_seconds);
    in->min_seconds = seconds[0];
    in->median_seconds = seconds[runs / 2];
    return 1;
}

int main(int argc, char **argv)
{
    static char *paths[MAX_FILES];
    static bench_input inputs[MAX_FILES];
    static double seconds[MAX_RUNS];
    int runs = DEFAULT_RUNS, count = 0, arg = 1;
    if (arg + 1 < argc && strcmp(argv[arg], "--runs") == 0) {
        runs = atoi(argv[arg + 1]);
        arg += 2;
    }
    if (runs < 1 || runs > MAX_RUNS || (arg < argc && argv[arg][0] == '-'))
        return usage();
    int listed = arg == argc;
    if (listed)
        count = list_examples(WARTA_BENCH_EXAMPLES, paths, MAX_FILES);
    for (; arg < argc && count < MAX_FILES; arg++)
        paths[count++] = argv[arg];
    if (count == 0) {
        fprintf(stderr, "warta-bench: no input files\n");
        return usage();
    }
    for (int i = 0; i < count; i++) {
        inputs[i].path = paths[i];
        inputs[i].text = load(paths[i], &inputs[i].len);
        if (!inputs[i].text) {
            fprintf(stderr, "warta-bench: cannot read %s\n", paths[i]);
            return 1;
        }
    }

    struct utsname machine;
    if (uname(&machine) != 0)
        memset(&machine, 0, sizeof machine);
    printf("warta %s on %s %s %s\n", warta_version(), machine.sysname, machine.release,
           machine.machine);
    printf("compiler: %s %s\n", COMPILER_NAME, __VERSION__);
    printf("flags: %s\n", WARTA_BENCH_FLAGS);
    printf("sizeof(warta_article): %zu bytes; %d runs each of at least %.0f ms\n\n",
           sizeof(warta_article), runs, RUN_MIN_SECONDS * 1e3);
    printf("%-44s %9s %12s %12s\n", "file", "bytes", "min MB/s", "median MB/s");

    double bytes = 0, min_total = 0, median_total = 0;
    uint64_t checksum = 0;
    for (int i = 0; i < count; i++) {
        uint64_t hash;
        if (!bench(&inputs[i], runs, seconds, &hash)) {
            fprintf(stderr, "warta-bench: %s parsed differently between runs\n", inputs[i].path);
            return 1;
        }
        checksum ^= hash + 0x9E3779B97F4A7C15u + (checksum << 6) + (checksum >> 2);
        double mb = (double)inputs[i].len / 1e6;
        printf("%-44s %9zu %12.1f %12.1f\n", inputs[i].path, inputs[i].len,
               mb / inputs[i].min_seconds, mb / inputs[i].median_seconds);
        bytes += (double)inputs[i].len;
        min_total += inputs[i].min_seconds;
        median_total += inputs[i].median_seconds;
    }
    printf("%-44s %9.0f %12.1f %12.1f\n", "total", bytes, bytes / 1e6 / min_total,
           bytes / 1e6 / median_total);
    printf("checksum: %016llx\n", (unsigned long long)checksum);
    for (int i = 0; i < count; i++) {
        free(inputs[i].text);
        if (listed)
            free(paths[i]);
    }
    return 0;
}
