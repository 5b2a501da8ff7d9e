/* warta [--pretty] [FILE...]: parse articles, print one JSON object per file. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "json.h"
#include "warta.h"

enum { EXIT_USAGE = 2 };

/* First size of the input buffer, which doubles as long as input comes. */
#define READ_CHUNK ((size_t)1 << 16)
/* The longest input a 32-bit span can address; the library refuses more. */
#define MAX_INPUT ((uint64_t)UINT32_MAX)

static const char usage_text[] =
    "usage: warta [--pretty] [FILE...]\n"
    "Parses Indonesian news articles and prints one JSON object per FILE, in\n"
    "order: one line each (JSON Lines), or indented with --pretty. With no\n"
    "FILE, or when FILE is -, reads standard input.\n"
    "\n"
    "  --pretty   indent each object with 2 spaces\n"
    "  --help     print this help and exit\n"
    "  --version  print the version and exit\n"
    "  --         end of options: every later argument is a FILE\n";

/* The whole input of one file, in a buffer reused from file to file. */
typedef struct {
    char *data;
    size_t len;
    size_t cap;
} input_buffer;

/* stdout as a warta_json_sink; err keeps the first write error's errno. */
typedef struct {
    FILE *file;
    int err;
} output_sink;

/* Some kilobytes, reused for every file rather than put on the stack. */
static warta_article article;

static void write_output(void *ctx, const char *bytes, size_t n)
{
    output_sink *out = ctx;
    if (out->err == 0 && fwrite(bytes, 1, n, out->file) != n)
        out->err = errno ? errno : EIO;
}

static int grow(input_buffer *in, size_t want)
{
    size_t cap = in->cap ? in->cap : READ_CHUNK;
    while (cap < want)
        cap = cap > SIZE_MAX / 2 ? SIZE_MAX : cap * 2;
    if (cap == in->cap)
        return 0;
    char *data = realloc(in->data, cap);
    if (!data)
        return ENOMEM;
    in->data = data;
    in->cap = cap;
    return 0;
}

/* read_all's result when the input is longer than MAX_INPUT; errno values are positive. */
#define INPUT_TOO_LARGE (-1)

/* Reads all of file into in; returns 0, an errno value, or INPUT_TOO_LARGE
 * (then nothing past MAX_INPUT + 1 bytes is read). */
static int read_all(FILE *file, input_buffer *in)
{
    struct stat st;
    int err;
    in->len = 0;
    if (fstat(fileno(file), &st) == 0 && S_ISREG(st.st_mode)) {
        if ((uint64_t)st.st_size > MAX_INPUT)
            return INPUT_TOO_LARGE;
        if ((err = grow(in, (size_t)st.st_size + 1)) != 0)
            return err;
    }
    for (;;) {
        if (in->len == in->cap && (err = grow(in, in->len + 1)) != 0)
            return err;
        size_t want = in->cap - in->len;
        if ((uint64_t)in->len + want > MAX_INPUT + 1)
            want = (size_t)(MAX_INPUT + 1 - in->len);
        errno = 0;
        size_t got = fread(in->data + in->len, 1, want, file);
        in->len += got;
        if ((uint64_t)in->len > MAX_INPUT)
            return INPUT_TOO_LARGE;
        if (got < want) {
            if (ferror(file))
                return errno ? errno : EIO;
            return 0;
        }
    }
}

/* Parses one file and prints its object; returns 0, or 1 after a message. */
static int parse_and_print(const char *path, warta_json_layout layout, input_buffer *in,
                   output_sink *out)
{
    int from_stdin = strcmp(path, "-") == 0;
    FILE *file = from_stdin ? stdin : fopen(path, "rb");
    if (!file) {
        fprintf(stderr, "warta: %s: %s\n", path, strerror(errno));
        return 1;
    }
    int err = read_all(file, in);
    if (from_stdin)
        clearerr(stdin); /* so that a later "-" reads on */
    else
        fclose(file);
    if (err > 0) {
        fprintf(stderr, "warta: %s: %s\n", path, strerror(err));
        return 1;
    }
    /* Too large is the library's verdict too, given without reading 4 GiB. */
    warta_status status = err == INPUT_TOO_LARGE
                              ? WARTA_ERR_TOO_LARGE
                              : warta_parse(in->data, in->len, NULL, &article);
    if (status != WARTA_OK) {
        fprintf(stderr, "warta: %s: %s\n", path, warta_status_message(status));
        return 1;
    }
    warta_json_write(&article, in->data, in->len, layout, write_output, out);
    write_output(out, "\n", 1);
    return 0;
}

static int is_option(const char *arg) { return arg[0] == '-' && arg[1] != '\0'; }

int main(int argc, char **argv)
{
    warta_json_layout layout = WARTA_JSON_COMPACT;
    /* Options may come anywhere before "--"; they apply to every file. */
    for (int k = 1; k < argc; k++) {
        const char *arg = argv[k];
        if (strcmp(arg, "--") == 0)
            break;
        if (!is_option(arg))
            continue;
        if (strcmp(arg, "--pretty") == 0) {
            layout = WARTA_JSON_PRETTY;
        } else if (strcmp(arg, "--help") == 0) {
            fputs(usage_text, stdout);
            return fflush(stdout) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
        } else if (strcmp(arg, "--version") == 0) {
            printf("warta %s\n", warta_version());
            return fflush(stdout) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
        } else {
            fprintf(stderr, "warta: unknown option '%s'\n%s", arg, usage_text);
            return EXIT_USAGE;
        }
    }

    input_buffer in = {NULL, 0, 0};
    output_sink out = {stdout, 0};
    int failed = 0, options_ended = 0, files = 0;
    for (int k = 1; k < argc && out.err == 0; k++) {
        const char *arg = argv[k];
        if (!options_ended && strcmp(arg, "--") == 0) {
            options_ended = 1;
            continue;
        }
        if (!options_ended && is_option(arg))
            continue;
        files++;
        failed |= parse_and_print(arg, layout, &in, &out);
    }
    if (files == 0 && out.err == 0)
        failed |= parse_and_print("-", layout, &in, &out);
    free(in.data);

    if (fflush(stdout) != 0 && out.err == 0)
        out.err = errno ? errno : EIO;
    if (out.err != 0) {
        fprintf(stderr, "warta: standard output: %s\n", strerror(out.err));
        return EXIT_FAILURE;
    }
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
