/* A program outside warta's tree: parses one file, prints warta's version and the title. */
#include <stdio.h>

#include <warta.h>

/* Inputs up to 1 MiB. */
#define MAX_INPUT ((size_t)1 << 20)

static char input[MAX_INPUT];
static warta_article article;

int main(int argc, char **argv)
{
    char title[256];
    if (argc != 2) {
        fprintf(stderr, "usage: consumer FILE\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    size_t len = fread(input, 1, sizeof input, f);
    fclose(f);
    if (warta_parse(input, len, NULL, &article) != WARTA_OK)
        return 1;
    warta_span_text(input, len, article.title, title, sizeof title);
    printf("warta %s: %s\n", warta_version(), title);
    return 0;
}
