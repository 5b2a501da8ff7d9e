/* Every fixture (the .txt files of tests/fixtures/seeds, examples and
 * tests/corpus) parsed again from the very end of a page followed by an unreadable page,
 * whole and cut short by each of its last bytes, so that reading one byte
 * past the input crashes even without a sanitizer (invariant 1 of
 * docs/SECURITY.md); also at the smallest limits, where lists fill first. */
#define _DEFAULT_SOURCE /* opendir, readdir */
#include "article_check.h"
#include "fixture_json.h"
#include "guarded.h"
#include "warta.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Cuts of each fixture: its whole length and each of the shorter lengths
 * down to this many bytes less (inside UTF-8 sequences, labels, dates). */
#define CUT_BYTES 48
#define PATH_SIZE 4096

static warta_article article;

/* Parses text[0..len) placed right before a guard page, at the capacities and at limit 1. */
static void parse_at_page_end(const char *text, size_t len)
{
    warta_options one;
    warta_options_init(&one);
    for (int f = 0; f < WARTA_FIELD_COUNT; f++)
        one.limit[f] = 1;
    guarded_buffer in = guarded_copy(text, len);
    cr_assert_eq(warta_parse(in.text, in.len, NULL, &article), WARTA_OK);
    article_check_invariants(&article, len, NULL);
    cr_assert_eq(warta_parse(in.text, in.len, &one, &article), WARTA_OK);
    article_check_invariants(&article, len, &one);
    guarded_free(&in);
}

static int has_suffix(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);
    return n >= k && strcmp(name + n - k, suffix) == 0;
}

/* Every *.txt file of dir, each whole and cut; returns how many files. */
static int parse_directory(const char *dir)
{
    DIR *d = opendir(dir);
    cr_assert_not_null(d, "cannot open %s", dir);
    int files = 0;
    struct dirent *entry;
    while ((entry = readdir(d)) != NULL) {
        if (!has_suffix(entry->d_name, ".txt"))
            continue;
        char path[PATH_SIZE];
        snprintf(path, sizeof path, "%s/%s", dir, entry->d_name);
        size_t len;
        char *text = fixture_read_file(path, &len);
        cr_assert_not_null(text, "cannot read %s", path);
        for (size_t cut = 0; cut <= CUT_BYTES && cut <= len; cut++)
            parse_at_page_end(text, len - cut);
        free(text);
        files++;
    }
    closedir(d);
    return files;
}

Test(guard_page, seeds)
{
    cr_assert_gt(parse_directory(WARTA_FIXTURES "/seeds"), 0);
}

Test(guard_page, examples)
{
    cr_assert_gt(parse_directory(WARTA_FIXTURES "/../../examples"), 0);
}

Test(guard_page, corpus_pages_and_w3m_dumps)
{
    cr_assert_gt(parse_directory(WARTA_FIXTURES "/../corpus"), 0);
}
