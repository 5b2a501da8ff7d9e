/* Target "dates": the internal date and age readers of lib/dates.h. The
 * first byte chooses the year hint (valid years, 0 and invalid ones); the
 * rest is scanned match by match with warta_find_date, and every line is
 * read with warta_parse_age. Each match lies inside the input after its
 * starting point, moves the scan forward, holds a real calendar date at
 * its precision, and its ISO 8601 form reads back as the same time. */
#include "common.h"
#include "dates.h"

#include <limits.h>
#include <string.h>

/* Hints outside FUZZ_YEAR_MIN..FUZZ_YEAR_MAX that the reader must treat as unknown. */
static const int odd_hints[] = {0, -1, 1899, 2200, INT_MAX, INT_MIN, 9999};
#define ODD_HINTS (sizeof odd_hints / sizeof odd_hints[0])
/* First byte values below this give the hint FUZZ_YEAR_MIN + byte; the rest pick odd_hints. */
#define HINT_YEARS 240
#define KNOWN_DATE_FLAGS \
    (WARTA_DATE_HAS_WEEKDAY | WARTA_DATE_HAS_TIME | WARTA_DATE_YEAR_GIVEN | WARTA_DATE_NUMERIC)
/* Largest age warta_parse_age reads: nine digits. */
#define AGE_VALUE_MAX 999999999u

static int leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

static int days_in(int year, int month)
{
    static const int days[FUZZ_MONTHS] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leap(year) ? 29 : days[month - 1];
}

static void check_match(const warta_date_match *m, size_t from, size_t len, int hint)
{
    const warta_time *t = &m->time;
    CHECK(m->start >= from && m->start < m->end && m->end <= len, "3: match inside the scanned text");
    CHECK((m->flags & ~(unsigned)KNOWN_DATE_FLAGS) == 0, "only known date flags");
    CHECK(t->precision >= WARTA_PREC_YEAR, "a match has a precision");
    fuzz_check_time(t);
    if (!(m->flags & WARTA_DATE_YEAR_GIVEN))
        CHECK(t->year == hint, "an unwritten year is the hint");
    if (t->precision >= WARTA_PREC_DAY)
        CHECK(t->day <= days_in(t->year, t->month), "a day of that month");
}

/* The ISO 8601 text of a time reads back as the same time (seconds shown as :00). */
static void check_round_trip(const warta_time *t)
{
    char iso[WARTA_ISO_SIZE];
    size_t n = warta_time_iso(t, iso);
    CHECK(n > 0 && n < WARTA_ISO_SIZE && strlen(iso) == n, "time_iso prints a match");
    if (t->precision < WARTA_PREC_DAY)
        return;
    warta_date_match back;
    CHECK(warta_find_date(iso, n, 0, 0, &back) == 1, "an ISO date reads back");
    CHECK(back.start == 0 && back.end == n, "all of the ISO text is the date");
    CHECK(back.time.year == t->year && back.time.month == t->month && back.time.day == t->day &&
              back.time.hour == t->hour && back.time.minute == t->minute &&
              back.time.second == t->second,
          "the ISO date is the same time");
    /* A zone written after a bare date ("16 Feb 2016 WIB") is kept but not printed. */
    if (t->precision >= WARTA_PREC_MINUTE)
        CHECK(back.time.has_zone == t->has_zone && back.time.zone_minutes == t->zone_minutes,
              "the ISO time has the same zone");
}

static void check_ages(const char *s, size_t len)
{
    size_t line = 0;
    while (line <= len) {
        const char *nl = line < len ? memchr(s + line, '\n', len - line) : NULL;
        size_t end = nl ? (size_t)(nl - s) : len;
        warta_age age;
        int found = warta_parse_age(s + line, end - line, &age);
        CHECK(found ? age.unit >= WARTA_AGE_SECONDS && age.unit <= WARTA_AGE_YEARS &&
                          age.value <= AGE_VALUE_MAX
                    : age.unit == WARTA_AGE_NONE && age.value == 0,
              "an age or none");
        char iso[WARTA_ISO_SIZE];
        size_t n = warta_age_iso(&age, iso);
        CHECK(n < WARTA_ISO_SIZE && strlen(iso) == n && (n > 0) == found, "age_iso");
        line = end + 1;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    int hint = data[0] < HINT_YEARS ? FUZZ_YEAR_MIN + data[0] : odd_hints[(data[0] - HINT_YEARS) % ODD_HINTS];
    int valid_hint = hint >= FUZZ_YEAR_MIN && hint <= FUZZ_YEAR_MAX ? hint : 0;
    const char *s = (const char *)data + 1;
    size_t len = size - 1;

    size_t from = 0;
    warta_date_match m, again;
    while (warta_find_date(s, len, from, hint, &m)) {
        check_match(&m, from, len, valid_hint);
        CHECK(warta_find_date(s, len, from, hint, &again) == 1 && memcmp(&m, &again, sizeof m) == 0,
              "5: the same match twice");
        check_round_trip(&m.time);
        from = m.end;
    }
    CHECK(m.start == 0 && m.end == 0 && m.time.precision == WARTA_PREC_NONE, "no match is empty");
    CHECK(warta_find_date(s, len, len + 1, hint, &m) == 0, "nothing past the end");
    CHECK(warta_find_date(NULL, len, 0, hint, &m) == 0, "NULL text");
    CHECK(warta_find_date(s, len, 0, hint, NULL) == 0, "NULL match");

    check_ages(s, len);
    warta_age none;
    CHECK(warta_parse_age(s, len, NULL) == 0, "NULL age");
    CHECK(warta_parse_age(NULL, len, &none) == 0 && none.unit == WARTA_AGE_NONE, "NULL age text");

    /* The formatters on any struct: within WARTA_ISO_SIZE. */
    warta_time t;
    warta_age a;
    char iso[WARTA_ISO_SIZE];
    memset(&t, 0, sizeof t);
    memset(&a, 0, sizeof a);
    memcpy(&t, s, len < sizeof t ? len : sizeof t);
    memcpy(&a, s, len < sizeof a ? len : sizeof a);
    size_t n = warta_time_iso(&t, iso);
    CHECK(n < WARTA_ISO_SIZE && strlen(iso) == n, "time_iso of any struct");
    n = warta_age_iso(&a, iso);
    CHECK(n < WARTA_ISO_SIZE && strlen(iso) == n, "age_iso of any struct");
    CHECK(warta_time_iso(NULL, iso) == 0 && iso[0] == '\0', "time_iso of NULL");
    CHECK(warta_age_iso(NULL, iso) == 0 && iso[0] == '\0', "age_iso of NULL");
    CHECK(warta_time_iso(&t, NULL) == 0 && warta_age_iso(&a, NULL) == 0, "no buffer, no output");
    return 0;
}
