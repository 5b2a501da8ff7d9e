/* Temporary entry point while the parser is written; replaced by the real one. */
#include "warta.h"

#include <string.h>

warta_status warta_parse(const char *text, size_t len, const warta_options *options,
                         warta_article *article)
{
    (void)options;
    if (!article)
        return WARTA_ERR_NULL_ARGUMENT;
    memset(article, 0, sizeof *article);
    if (!text && len > 0)
        return WARTA_ERR_NULL_ARGUMENT;
    return WARTA_OK;
}
