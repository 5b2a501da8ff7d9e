/* sizeof(warta_article) against a byte budget, checked by the compiler, and a
 * symbol of that size, so that nm -S reads it for any target without running. */
#include "warta.h"

_Static_assert(sizeof(warta_article) <= WARTA_ARTICLE_BUDGET,
               "sizeof(warta_article) is over its budget at these capacities");

char warta_article_bytes[sizeof(warta_article)];
