/* warta [--pretty] [-j N] [FILE...]: parse articles, print one JSON object per file.
 * With -j N, N threads parse the files; the library needs no locking (it has no global
 * state), and the output is the same as one thread's, in the same order. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <pthread.h>
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
/* The longest input the library takes: it refuses UINT32_MAX bytes or more (32-bit spans). */
#define MAX_INPUT ((uint64_t)UINT32_MAX - 1)
/* -j takes from 1 to this many threads. */
#define MAX_THREADS 256
#define STRINGIFY(x) #x
#define TO_STRING(x) STRINGIFY(x)
/* Files a thread may parse ahead of the one being printed: bounds the outputs held in memory. */
#define FILES_AHEAD_PER_THREAD 4

static const char usage_text[] =
    "usage: warta [--pretty] [-j N] [FILE...]\n"
    "Parses Indonesian news articles and prints one JSON object per FILE, in\n"
    "order: one line each (JSON Lines), or indented with --pretty. With no\n"
    "FILE, or when FILE is -, reads standard input.\n"
    "\n"
    "  --pretty   indent each object with 2 spaces\n"
    "  -j N       parse on N threads (1 to " TO_STRING(MAX_THREADS) "; default 1): the same output, in\n"
    "             the same order (standard input is read in its turn)\n"
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

/* The main thread's article: some kilobytes, reused for every file rather than put on
 * the stack. */
static warta_article main_article;

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
        /* Counted in 64 bits: where size_t has 32, the test is never true, and gcc warns of it. */
        uint64_t read_so_far = in->len;
        if (read_so_far > MAX_INPUT)
            return INPUT_TOO_LARGE;
        if (got < want) {
            if (ferror(file))
                return errno ? errno : EIO;
            return 0;
        }
    }
}

/* What became of one file: read and parsed, or why not. */
typedef struct {
    int err;             /* errno value from opening or reading, or 0 */
    warta_status status; /* the library's verdict when err is 0 */
} file_result;

static int is_stdin(const char *path) { return strcmp(path, "-") == 0; }

/* Reads path ("-": standard input) into in and parses it into *article. */
static file_result read_and_parse(const char *path, input_buffer *in, warta_article *article)
{
    file_result result = {0, WARTA_OK};
    int from_stdin = is_stdin(path);
    FILE *file = from_stdin ? stdin : fopen(path, "rb");
    if (!file) {
        result.err = errno;
        return result;
    }
    int err = read_all(file, in);
    if (from_stdin)
        clearerr(stdin); /* so that a later "-" reads on */
    else
        fclose(file);
    if (err > 0)
        result.err = err;
    else if (err == INPUT_TOO_LARGE) /* the library's verdict too, given without reading 4 GiB */
        result.status = WARTA_ERR_TOO_LARGE;
    else
        result.status = warta_parse(in->data, in->len, NULL, article);
    return result;
}

/* Says on standard error why path gave no object; returns 1 if it did not. */
static int report(const char *path, file_result result)
{
    if (result.err == 0 && result.status == WARTA_OK)
        return 0;
    fprintf(stderr, "warta: %s: %s\n", path,
            result.err ? strerror(result.err) : warta_status_message(result.status));
    return 1;
}

/* Parses one file and prints its object; returns 0, or 1 after a message. */
static int parse_and_print(const char *path, warta_json_layout layout, input_buffer *in,
                           warta_article *article, output_sink *out)
{
    file_result result = read_and_parse(path, in, article);
    if (report(path, result))
        return 1;
    warta_json_write(article, in->data, in->len, layout, write_output, out);
    write_output(out, "\n", 1);
    return 0;
}

/* ---- -j N: threads parse files into memory; the main thread prints them in order ---- */

/* A growing buffer as a warta_json_sink; err is ENOMEM once it could not grow. */
typedef struct {
    char *data;
    size_t len;
    size_t cap;
    int err;
} memory_sink;

typedef struct {
    const char *path;
    file_result result;
    memory_sink json; /* the object and its newline */
    int done;
} batch_file;

typedef struct {
    batch_file *files;
    int count;
    int next;    /* the next file a thread takes */
    int printed; /* files printed so far */
    int ahead;   /* a thread takes no file at or past printed + ahead */
    int stop;    /* printing failed: take no more files */
    warta_json_layout layout;
    pthread_mutex_t lock;
    pthread_cond_t file_done;    /* the main thread waits for its next file */
    pthread_cond_t file_printed; /* threads wait for room ahead */
} batch;

typedef struct {
    batch *batch;
    warta_article *article;
    pthread_t thread;
} batch_worker;

static void write_memory(void *ctx, const char *bytes, size_t n)
{
    memory_sink *m = ctx;
    if (m->err != 0)
        return;
    if (n > m->cap - m->len) {
        size_t cap = m->cap ? m->cap : READ_CHUNK;
        while (cap - m->len < n)
            cap = cap > SIZE_MAX / 2 ? SIZE_MAX : cap * 2;
        char *data = realloc(m->data, cap);
        if (!data) {
            m->err = ENOMEM;
            return;
        }
        m->data = data;
        m->cap = cap;
    }
    memcpy(m->data + m->len, bytes, n);
    m->len += n;
}

/* Takes files in order, skipping standard input (the main thread reads it in its turn). */
static void *batch_work(void *arg)
{
    batch_worker *w = arg;
    batch *b = w->batch;
    input_buffer in = {NULL, 0, 0};
    pthread_mutex_lock(&b->lock);
    for (;;) {
        while (b->next < b->count && is_stdin(b->files[b->next].path))
            b->next++;
        if (b->stop || b->next >= b->count)
            break;
        if (b->next >= b->printed + b->ahead) {
            pthread_cond_wait(&b->file_printed, &b->lock);
            continue;
        }
        batch_file *f = &b->files[b->next++];
        pthread_mutex_unlock(&b->lock);
        f->result = read_and_parse(f->path, &in, w->article);
        if (f->result.err == 0 && f->result.status == WARTA_OK) {
            warta_json_write(w->article, in.data, in.len, b->layout, write_memory, &f->json);
            write_memory(&f->json, "\n", 1);
            f->result.err = f->json.err;
        }
        pthread_mutex_lock(&b->lock);
        f->done = 1;
        pthread_cond_signal(&b->file_done);
    }
    pthread_mutex_unlock(&b->lock);
    free(in.data);
    return NULL;
}

/* Parses paths[0..count) on threads and prints them in order; returns 0, or 1 when some
 * file failed (after its message), or -1 when no thread could start (nothing printed). */
static int parse_batch(const char **paths, int count, int threads, warta_json_layout layout,
                       input_buffer *in, output_sink *out)
{
    batch b = {NULL, count, 0, 0, threads * FILES_AHEAD_PER_THREAD, 0, layout,
               PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER};
    batch_worker *workers = calloc((size_t)threads, sizeof *workers);
    warta_article *articles = calloc((size_t)threads, sizeof *articles);
    b.files = calloc((size_t)count, sizeof *b.files);
    int started = 0, failed = 0;
    if (workers && articles && b.files) {
        for (int i = 0; i < count; i++)
            b.files[i].path = paths[i];
        for (; started < threads; started++) {
            workers[started].batch = &b;
            workers[started].article = &articles[started];
            if (pthread_create(&workers[started].thread, NULL, batch_work, &workers[started]))
                break;
        }
    }
    if (started == 0) {
        free(workers);
        free(articles);
        free(b.files);
        return -1;
    }
    for (int i = 0; i < count && out->err == 0; i++) {
        batch_file *f = &b.files[i];
        if (is_stdin(f->path)) {
            failed |= parse_and_print(f->path, layout, in, &main_article, out);
        } else {
            pthread_mutex_lock(&b.lock);
            while (!f->done)
                pthread_cond_wait(&b.file_done, &b.lock);
            pthread_mutex_unlock(&b.lock);
            if (report(f->path, f->result))
                failed = 1;
            else
                write_output(out, f->json.data, f->json.len);
            free(f->json.data);
            f->json.data = NULL;
        }
        pthread_mutex_lock(&b.lock);
        b.printed = i + 1;
        pthread_cond_broadcast(&b.file_printed);
        pthread_mutex_unlock(&b.lock);
    }
    pthread_mutex_lock(&b.lock);
    b.stop = 1;
    pthread_cond_broadcast(&b.file_printed);
    pthread_mutex_unlock(&b.lock);
    for (int t = 0; t < started; t++)
        pthread_join(workers[t].thread, NULL);
    for (int i = 0; i < count; i++)
        free(b.files[i].json.data); /* parsed but not printed after an output error */
    free(workers);
    free(articles);
    free(b.files);
    return failed;
}

static int is_option(const char *arg) { return arg[0] == '-' && arg[1] != '\0'; }

/* A whole decimal number of threads from 1 to MAX_THREADS, or 0. */
static int parse_threads(const char *s)
{
    char *end;
    errno = 0;
    long n = strtol(s, &end, 10);
    return errno == 0 && s[0] >= '0' && s[0] <= '9' && *end == '\0' && n >= 1 &&
                   n <= MAX_THREADS
               ? (int)n
               : 0;
}

int main(int argc, char **argv)
{
    warta_json_layout layout = WARTA_JSON_COMPACT;
    int threads = 1, count = 0, options_ended = 0;
    const char **paths = malloc((size_t)argc * sizeof *paths);
    if (!paths) {
        fprintf(stderr, "warta: %s\n", strerror(ENOMEM));
        return EXIT_FAILURE;
    }
    /* Options may come anywhere before "--"; they apply to every file. */
    for (int k = 1; k < argc; k++) {
        const char *arg = argv[k];
        if (options_ended || !is_option(arg)) {
            paths[count++] = arg;
        } else if (strcmp(arg, "--") == 0) {
            options_ended = 1;
        } else if (strcmp(arg, "--pretty") == 0) {
            layout = WARTA_JSON_PRETTY;
        } else if (strncmp(arg, "-j", 2) == 0) {
            const char *value = arg[2] ? arg + 2 : k + 1 < argc ? argv[++k] : "";
            if ((threads = parse_threads(value)) == 0) {
                fprintf(stderr, "warta: -j needs a number of threads from 1 to %d, not '%s'\n%s",
                        MAX_THREADS, value, usage_text);
                free(paths);
                return EXIT_USAGE;
            }
        } else if (strcmp(arg, "--help") == 0) {
            free(paths);
            fputs(usage_text, stdout);
            return fflush(stdout) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
        } else if (strcmp(arg, "--version") == 0) {
            free(paths);
            printf("warta %s\n", warta_version());
            return fflush(stdout) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
        } else {
            fprintf(stderr, "warta: unknown option '%s'\n%s", arg, usage_text);
            free(paths);
            return EXIT_USAGE;
        }
    }
    if (count == 0)
        paths[count++] = "-";

    input_buffer in = {NULL, 0, 0};
    output_sink out = {stdout, 0};
    int failed = 0, files_on_threads = 0;
    for (int i = 0; i < count; i++)
        files_on_threads += !is_stdin(paths[i]);
    if (threads > files_on_threads)
        threads = files_on_threads;
    /* One thread, or none could start: the files one after another, right here. */
    if (threads < 2 || (failed = parse_batch(paths, count, threads, layout, &in, &out)) < 0) {
        failed = 0;
        for (int i = 0; i < count && out.err == 0; i++)
            failed |= parse_and_print(paths[i], layout, &in, &main_article, &out);
    }
    free(in.data);
    free(paths);

    if (fflush(stdout) != 0 && out.err == 0)
        out.err = errno ? errno : EIO;
    if (out.err != 0) {
        fprintf(stderr, "warta: standard output: %s\n", strerror(out.err));
        return EXIT_FAILURE;
    }
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
