/* The smallest embedding: parse an article held in memory, print its title and
 * its publication time. Build: cc minimal.c -lwarta (or with warta.c beside it). */
#include <stdio.h>

#include "warta.h"

static const char text[] =
    "Harga Cabai Rawit di Pasar Induk Naik Jelang Lebaran\n"
    "\n"
    "Senin, 3 April 2023 09:15 WIB\n"
    "\n"
    "jpnn.com - JAKARTA - Harga cabai rawit merah di Pasar Induk Kramat Jati naik "
    "menjadi Rp 80 ribu per kilogram menjelang Lebaran.\n"
    "\n"
    "\"Pasokan dari Jawa Tengah berkurang karena hujan,\" kata Slamet, seorang pedagang.\n";

/* Some kilobytes: static, so that neither the stack nor the heap holds it. */
static warta_article article;

int main(void)
{
    char title[256];
    char when[WARTA_ISO_SIZE];
    warta_status status = warta_parse(text, sizeof text - 1, NULL, &article);
    if (status != WARTA_OK) {
        fprintf(stderr, "warta: %s\n", warta_status_message(status));
        return 1;
    }
    warta_span_text(text, sizeof text - 1, article.title, title, sizeof title);
    printf("title:     %s\n", title);
    printf("published: %s\n", warta_time_iso(&article.published, when) ? when : "(none)");
    return 0;
}
