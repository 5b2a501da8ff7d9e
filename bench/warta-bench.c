/* Times warta_parse alone (inputs loaded first) over the files given, default
 * examples/*.txt: MB/s per file and overall, minimum and median of RUNS runs. */
#define _POSIX_C_SOURCE 199309L
#include "warta.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define RUNS 31
#define MAX_FILES 256

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static char *load(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc(n > 0 ? (size_t)n : 1);
    *len = buf ? fread(buf, 1, (size_t)(n > 0 ? n : 0), f) : 0;
    fclose(f);
    return buf;
}

int main(int argc, char **argv)
{
    static const char *defaults[] = {"examples/000_a8c4865092a0d7f6.txt",
                                     "examples/001_b234ab07b471a947.txt",
                                     "examples/002_c964573b5d112f92.txt"};
    const char **paths = argc > 1 ? (const char **)argv + 1 : defaults;
    int count = argc > 1 ? argc - 1 : 3;
    if (count > MAX_FILES)
        count = MAX_FILES;
    static warta_article article;
    double total_bytes = 0, total_min = 0, total_med = 0;
    unsigned long checksum = 0;
    printf("compiler: %s, capacities: paragraphs %d\n", __VERSION__, WARTA_MAX_PARAGRAPHS);
    for (int i = 0; i < count; i++) {
        size_t len;
        char *text = load(paths[i], &len);
        if (!text) {
            fprintf(stderr, "warta-bench: cannot read %s\n", paths[i]);
            return 1;
        }
        double t[RUNS];
        for (int r = 0; r < RUNS; r++) {
            double t0 = now();
            warta_parse(text, len, NULL, &article);
            t[r] = now() - t0;
        }
        checksum = checksum * 31 + article.paragraph_count * 7 + article.title.off;
        qsort(t, RUNS, sizeof t[0], by_value);
        printf("%-50s %8zu B  min %8.1f MB/s  median %8.1f MB/s\n", paths[i], len,
               (double)len / t[0] / 1e6, (double)len / t[RUNS / 2] / 1e6);
        total_bytes += (double)len;
        total_min += t[0];
        total_med += t[RUNS / 2];
        free(text);
    }
    printf("checksum: %lu\n", checksum);
    printf("total: %.1f MB/s (median), %.1f MB/s (min)\n", total_bytes / total_med / 1e6,
           total_bytes / total_min / 1e6);
    return 0;
}
