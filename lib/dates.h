/* Dates, times, zones and relative ages as Indonesian pages write them. */
#ifndef WARTA_DATES_H
#define WARTA_DATES_H

#include "warta.h"

/* What a date expression looked like, for the callers that choose among them. */
enum {
    WARTA_DATE_HAS_WEEKDAY = 1u << 0, /* "Sabtu, ..." or "Sabtu (30/4)" */
    WARTA_DATE_HAS_TIME = 1u << 1,    /* "15:24", "15.24 WIB" */
    WARTA_DATE_YEAR_GIVEN = 1u << 2,  /* the year was written, not inferred */
    WARTA_DATE_NUMERIC = 1u << 3      /* "23/02/2016", "(30/4)", "2016-02-23" */
};

/* A written year has this many digits: two-digit years are too ambiguous to read. */
#define WARTA_YEAR_DIGITS 4

typedef struct {
    size_t start;    /* first byte of the expression (weekday included) */
    size_t end;      /* one past its last byte (zone included) */
    warta_time time; /* what it says, at the precision written */
    unsigned flags;  /* WARTA_DATE_* */
} warta_date_match;

/*
 * Finds the first date expression in s[from..len): "Sabtu, 30 April 2016 –
 * 15:24 WIB", "Selasa, 23/02/2016 15:32 WIB", "on 16 Feb 2016 at 09:09 WIB",
 * "22/10/2025 06:59", "Oktober 2016", "Sabtu (30/4)", "(6/11/2018)",
 * "2016-02-23T16:00:20+07:00". year_hint (0 if unknown) completes dates
 * written without a year; without it such dates are not matched.
 * Returns 1 and fills *match, or 0. Reads no further than the match's end
 * plus a bounded look-ahead, so scanning a text match by match is linear.
 */
int warta_find_date(const char *s, size_t len, size_t from, int year_hint,
                    warta_date_match *match);

/*
 * Reads a whole line (surrounding white space ignored) as a relative age:
 * "11 hari lalu", "3 jam yang lalu", "6 detik yang lalu", "2 minggu lalu".
 * Returns 1 and fills *age, or 0.
 */
int warta_parse_age(const char *s, size_t len, warta_age *age);

#endif
