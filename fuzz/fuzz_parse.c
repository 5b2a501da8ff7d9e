/* Fuzz target for the whole parse: asserts invariants, not just "no crash".
 * Builds with libFuzzer (-fsanitize=fuzzer) or, with -DWARTA_FUZZ_REPLAY, as a
 * plain program that replays every file of the directories it is given. */
#include "warta.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void check_span(warta_span sp, size_t len)
{
    if (sp.off > len || sp.len > len - sp.off)
        abort();
}

static void check(const warta_article *a, size_t len)
{
    const uint32_t counts[WARTA_FIELD_COUNT] = {
        a->author_count, a->editor_count, a->source_count, a->paragraph_count,
        a->caption_count, a->read_also_count, a->related_count, a->quote_count, a->date_count};
    for (int f = 0; f < WARTA_FIELD_COUNT; f++)
        if (counts[f] > warta_capacity((warta_field)f))
            abort();
    check_span(a->title, len);
    check_span(a->dateline, len);
    check_span(a->author_code, len);
    for (uint32_t i = 0; i < a->author_count; i++)
        check_span(a->authors[i], len);
    for (uint32_t i = 0; i < a->editor_count; i++)
        check_span(a->editors[i], len);
    for (uint32_t i = 0; i < a->source_count; i++)
        check_span(a->sources[i], len);
    for (uint32_t i = 0; i < a->paragraph_count; i++)
        check_span(a->paragraphs[i], len);
    for (uint32_t i = 0; i < a->caption_count; i++) {
        check_span(a->captions[i].text, len);
        check_span(a->captions[i].credit, len);
    }
    for (uint32_t i = 0; i < a->read_also_count; i++)
        check_span(a->read_also[i], len);
    for (uint32_t i = 0; i < a->related_count; i++) {
        check_span(a->related[i].title, len);
        check_span(a->related[i].teaser, len);
    }
    for (uint32_t i = 0; i < a->quote_count; i++) {
        check_span(a->quotes[i].text, len);
        check_span(a->quotes[i].speaker, len);
        if (a->quotes[i].paragraph >= a->paragraph_count)
            abort();
    }
    for (uint32_t i = 0; i < a->date_count; i++)
        check_span(a->dates[i].text, len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static warta_article first, second;
    if (warta_parse((const char *)data, size, NULL, &first) != WARTA_OK)
        abort();
    check(&first, size);
    if (warta_parse((const char *)data, size, NULL, &second) != WARTA_OK ||
        memcmp(&first, &second, sizeof first) != 0)
        abort();
    return 0;
}

#ifdef WARTA_FUZZ_REPLAY
#include <dirent.h>
#include <stdio.h>

static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    static uint8_t buf[1 << 22];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    LLVMFuzzerTestOneInput(buf, n);
    return 1;
}

int main(int argc, char **argv)
{
    int files = 0;
    for (int i = 1; i < argc; i++) {
        DIR *d = opendir(argv[i]);
        if (!d) {
            files += replay_file(argv[i]);
            continue;
        }
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (e->d_name[0] == '.')
                continue;
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", argv[i], e->d_name);
            files += replay_file(path);
        }
        closedir(d);
    }
    printf("%d passed, 0 failed\n", files);
    return files > 0 ? 0 : 1;
}
#endif
