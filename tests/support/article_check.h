/* Shared checks on a parsed warta_article, for the Criterion tests. */
#ifndef WARTA_ARTICLE_CHECK_H
#define WARTA_ARTICLE_CHECK_H

#include <stddef.h>

#include "warta.h"

/* The count of one list of the article. */
uint32_t article_count(const warta_article *a, warta_field field);

/* The bytes of entry i of one list, and their size in *size. */
const void *article_entry(const warta_article *a, warta_field field, uint32_t i, size_t *size);

/* Asserts the contract's invariants for a parse of len bytes with the given
 * limits (NULL for the capacities): every span inside the input, every count
 * within its limit, something dropped only from a full list, every entry past a
 * count zero, every quote in a paragraph of the list, times well formed, only
 * known flags. */
void article_check_invariants(const warta_article *a, size_t len, const warta_options *options);

/* Asserts that a is empty: every field zero, as after an error or no input. */
void article_check_empty(const warta_article *a);

/* Asserts that every byte of a is zero, the block memo's too, as after an error. */
void article_check_all_zero(const warta_article *a);

/* A span's text folded by warta_span_text, freshly allocated. */
char *article_span_string(const char *text, size_t len, warta_span span);

/* The path of a file under tests/fixtures, in a static buffer. */
const char *fixture_path(const char *relative);

#endif
