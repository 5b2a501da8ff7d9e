/* A microcontroller-style program: all memory is static and sized at compile
 * time, nothing is allocated, and the parse path uses neither stdio nor any
 * other libc call; results leave through one write function (a UART on a board).
 *
 * The capacities set warta_article's layout, so the library must be built with
 * the same WARTA_MAX_* values as this file: here the small profile documented
 * in warta.h (examples/CMakeLists.txt builds a copy of the library with it).
 * Usage: static_mcu FILE (on the host, main() stands in for the board). */
#include <stdio.h>

#include "warta.h"

/* The article as received, over the UART or from flash. */
#define RX_CAPACITY 8192
/* The RAM set aside for the parsed article; the compiler checks that it fits. */
#define ARTICLE_RAM 4096
/* One line of output: a folded title or paragraph is cut to fit. */
#define LINE_CAPACITY 96
/* Decimal digits of a uint32_t. */
#define U32_DIGITS 10

/* Compiles only when the article fits its RAM (else: "size of array is negative"). */
typedef char article_fits_its_ram[sizeof(warta_article) <= ARTICLE_RAM ? 1 : -1];

typedef void (*write_fn)(const char *bytes, size_t n);

static char rx[RX_CAPACITY];
static warta_article article;
static char line[LINE_CAPACITY];

/* ---- the parse path: no libc from here to the host part ---- */

static void put_text(write_fn out, const char *s)
{
    size_t n = 0;
    while (s[n] != '\0')
        n++;
    out(s, n);
}

static void put_u32(write_fn out, uint32_t value)
{
    char digits[U32_DIGITS];
    size_t k = U32_DIGITS;
    do {
        digits[--k] = (char)('0' + value % 10u);
        value /= 10u;
    } while (value > 0);
    out(digits + k, U32_DIGITS - k);
}

/* "name: <folded span>\n", cut to the line buffer. */
static void put_span(write_fn out, const char *name, const char *text, size_t len, warta_span span)
{
    warta_span_text(text, len, span, line, sizeof line);
    put_text(out, name);
    put_text(out, line);
    out("\n", 1);
}

/* Parses rx[0..len) and reports it; returns 0, or -1 on a refused input. */
static int report(size_t len, write_fn out)
{
    char iso[WARTA_ISO_SIZE];
    warta_status status = warta_parse(rx, len, NULL, &article);
    if (status != WARTA_OK) {
        put_text(out, warta_status_message(status));
        out("\n", 1);
        return -1;
    }
    put_span(out, "title: ", rx, len, article.title);
    put_text(out, "published: ");
    put_text(out, warta_time_iso(&article.published, iso) ? iso : "-");
    put_text(out, "\noutlet: ");
    put_text(out, article.outlet ? article.outlet : "-");
    put_text(out, "\nparagraphs: ");
    put_u32(out, article.paragraph_count);
    put_text(out, " of at most ");
    put_u32(out, warta_capacity(WARTA_FIELD_PARAGRAPHS));
    put_text(out, ", dropped ");
    put_u32(out, article.dropped[WARTA_FIELD_PARAGRAPHS]);
    out("\n", 1);
    for (uint32_t q = 0; q < article.quote_count; q++)
        put_span(out, "quote by: ", rx, len, article.quotes[q].speaker);
    return 0;
}

/* ---- the host part: on a board, the UART driver and the receive loop ---- */

static void write_stdout(const char *bytes, size_t n)
{
    fwrite(bytes, 1, n, stdout);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: static_mcu FILE\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    size_t len = fread(rx, 1, sizeof rx, f);
    int too_long = len == sizeof rx && fgetc(f) != EOF;
    fclose(f);
    if (too_long) {
        fprintf(stderr, "%s: longer than the %d-byte receive buffer\n", argv[1], RX_CAPACITY);
        return 1;
    }
    return report(len, write_stdout) == 0 ? 0 : 1;
}
