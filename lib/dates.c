/* Dates, times, zones and relative ages as Indonesian news pages write them. */
#include "dates.h"

#include "simd.h"
#include "tables.h"
#include "text.h"

#include "libc.h"

/* Bytes a candidate is read within, from its first byte (plus one to see a
 * word end): keeps each candidate's work constant, so a scan stays linear.
 * The longest form, "Wednesday, 30 September 2016 pukul 15:24:07 WITA", is 50. */
#define DATE_WINDOW 128
/* Word starts a date may have before its first digit: "Jum'at dini hari, Februari 23". */
#define DATE_LEAD_WORDS 5

/* Years a page means; other four-digit numbers are amounts, not years. */
#define YEAR_MIN 1900
#define YEAR_MAX 2199

#define DAY_DIGITS 2      /* "5", "05" */
#define MONTH_DIGITS 2    /* "2", "02" */
#define CLOCK_DIGITS 2    /* hours "9" or "09"; minutes and seconds always two */
#define OFFSET_DIGITS 4   /* "+7", "+07", "+700", "+0700" */
#define MONTHS_PER_YEAR 12
#define HOURS_PER_DAY 24
#define MINUTES_PER_HOUR 60
#define SECONDS_PER_MINUTE 60
#define ZONE_MAX_HOURS 14 /* UTC+14 is the furthest zone east */
#define AGE_MAX_DIGITS 9  /* keeps an age within uint32_t */
#define NUMBER_MAX_DIGITS 10 /* a uint32_t written in decimal */
#define ISO_YEAR_MAX 9999 /* the formatter writes years of four digits */

/* A word or phrase of a table; a space in it matches any run of white space. */
typedef warta_phrase date_phrase;

#define PHRASE(s) WARTA_PHRASE(s)
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Parts of the day a weekday may carry: "Selasa malam (1/12)". */
static const date_phrase day_parts[] = {
    PHRASE("pagi"), PHRASE("siang"), PHRASE("sore"), PHRASE("petang"), PHRASE("malam"),
    PHRASE("dini hari"),
};

typedef struct {
    date_phrase name;
    int16_t minutes;     /* offset east of UTC */
    uint8_t takes_offset; /* "GMT+7", "UTC+07:00" */
} zone_name;

static const zone_name zones[] = {
    {PHRASE("WIB"), 420, 0}, {PHRASE("WITA"), 480, 0}, {PHRASE("WIT"), 540, 0},
    {PHRASE("GMT"), 0, 1},   {PHRASE("UTC"), 0, 1},
};

/* Words between a date and its time; the first one that matches is taken,
 * so a longer spelling comes before its prefix. */
static const date_phrase time_words[] = {
    PHRASE("pukul"), PHRASE("pkl."), PHRASE("pkl"), PHRASE("jam"), PHRASE("at"),
};

typedef struct {
    date_phrase name;
    uint8_t unit;    /* warta_age_unit */
    uint8_t english; /* takes "ago", not "lalu" */
} age_word;

static const age_word age_units[] = {
    {PHRASE("detik"), WARTA_AGE_SECONDS, 0}, {PHRASE("menit"), WARTA_AGE_MINUTES, 0},
    {PHRASE("jam"), WARTA_AGE_HOURS, 0},     {PHRASE("hari"), WARTA_AGE_DAYS, 0},
    {PHRASE("minggu"), WARTA_AGE_WEEKS, 0},  {PHRASE("pekan"), WARTA_AGE_WEEKS, 0},
    {PHRASE("bulan"), WARTA_AGE_MONTHS, 0},  {PHRASE("tahun"), WARTA_AGE_YEARS, 0},
    {PHRASE("second"), WARTA_AGE_SECONDS, 1}, {PHRASE("seconds"), WARTA_AGE_SECONDS, 1},
    {PHRASE("minute"), WARTA_AGE_MINUTES, 1}, {PHRASE("minutes"), WARTA_AGE_MINUTES, 1},
    {PHRASE("hour"), WARTA_AGE_HOURS, 1},     {PHRASE("hours"), WARTA_AGE_HOURS, 1},
    {PHRASE("day"), WARTA_AGE_DAYS, 1},       {PHRASE("days"), WARTA_AGE_DAYS, 1},
    {PHRASE("week"), WARTA_AGE_WEEKS, 1},     {PHRASE("weeks"), WARTA_AGE_WEEKS, 1},
    {PHRASE("month"), WARTA_AGE_MONTHS, 1},   {PHRASE("months"), WARTA_AGE_MONTHS, 1},
    {PHRASE("year"), WARTA_AGE_YEARS, 1},     {PHRASE("years"), WARTA_AGE_YEARS, 1},
};

static const age_word age_tails[] = {
    {PHRASE("lalu"), 0, 0}, {PHRASE("yang lalu"), 0, 0}, {PHRASE("ago"), 0, 1},
};

/* ISO 8601 duration designators by warta_age_unit: "PT3H", "P11D". */
static const struct {
    char letter;
    uint8_t clock; /* goes after 'T' */
} age_designators[] = {
    [WARTA_AGE_NONE] = {0, 0},      [WARTA_AGE_SECONDS] = {'S', 1},
    [WARTA_AGE_MINUTES] = {'M', 1}, [WARTA_AGE_HOURS] = {'H', 1},
    [WARTA_AGE_DAYS] = {'D', 0},    [WARTA_AGE_WEEKS] = {'W', 0},
    [WARTA_AGE_MONTHS] = {'M', 0},  [WARTA_AGE_YEARS] = {'Y', 0},
};

static const uint8_t month_days[MONTHS_PER_YEAR] = {31, 28, 31, 30, 31, 30,
                                                    31, 31, 30, 31, 30, 31};

/* Where a candidate may read: tokens end at lim, boundaries are seen up to len. */
typedef struct {
    const char *s;
    size_t len;
    size_t lim;
} cursor;

/* A candidate as read so far; year 0 until one is written or inferred. */
typedef struct {
    int year, month, day, hour, minute, second, zone;
    size_t end;
    uint8_t has_zone;
    uint8_t precision; /* warta_precision */
    uint8_t flags;     /* WARTA_DATE_* */
} reading;

typedef enum {
    SHAPE_NONE, /* not a date here: look at the next byte */
    SHAPE_BAD,  /* a date's shape with impossible values: look past it */
    SHAPE_OK
} shape;

static int tok(const cursor *c, size_t p)
{
    return p < c->lim ? (unsigned char)c->s[p] : -1;
}

static int digit_tok(const cursor *c, size_t p)
{
    return p < c->lim && warta_is_digit((unsigned char)c->s[p]);
}

static int digit_at(const cursor *c, size_t p)
{
    return p < c->len && warta_is_digit((unsigned char)c->s[p]);
}

static int alnum_at(const cursor *c, size_t p)
{
    return p < c->len && (warta_is_alpha((unsigned char)c->s[p]) ||
                          warta_is_digit((unsigned char)c->s[p]));
}

static size_t skip_blank(const cursor *c, size_t p)
{
    return warta_skip_space(c->s, c->lim, p);
}

/* Count of 1..max digits at p that no further digit follows, or 0. */
static WARTA_FOLDED size_t read_digits(const cursor *c, size_t p, size_t max, int *value)
{
    size_t n = 0;
    int v = 0;
    while (n < max && digit_tok(c, p + n)) {
        v = v * 10 + (c->s[p + n] - '0');
        n++;
    }
    if (n == 0 || digit_at(c, p + n))
        return 0;
    *value = v;
    return n;
}

/* End of the phrase as a whole word at p, or 0. */
static size_t match_phrase(const cursor *c, size_t p, const date_phrase *ph)
{
    size_t q = p;
    for (size_t k = 0; k < ph->len; k++) {
        if (ph->text[k] == ' ') {
            size_t r = skip_blank(c, q);
            if (r == q)
                return 0;
            q = r;
        } else if (tok(c, q) >= 0 && warta_lower((unsigned char)c->s[q]) ==
                                         warta_lower((unsigned char)ph->text[k])) {
            q++;
        } else {
            return 0;
        }
    }
    return alnum_at(c, q) ? 0 : q;
}

/* End of a month name at p (with an abbreviation's '.'), or 0; sets *month. */
static size_t match_month(const cursor *c, size_t p, int *month)
{
    int first = tok(c, p);
    if (first < 0)
        return 0;
    unsigned g = warta_group((unsigned char)first);
    /* Only the names of first's group; a name must end a word, so one at most matches. */
    for (size_t k = warta_months.at[g]; k < warta_months.at[g + 1]; k++) {
        const warta_month *m = &warta_months.items[k];
        size_t e = match_phrase(c, p, &m->name);
        if (e == 0)
            continue;
        if (m->abbrev && tok(c, e) == '.')
            e++;
        *month = m->month;
        return e;
    }
    return 0;
}

/* End of the first phrase of a list at p, or 0: only those of p's first-byte group are tried. */
static size_t match_grouped(const cursor *c, size_t p, const warta_phrase_list *list)
{
    int first = tok(c, p);
    if (first < 0)
        return 0;
    unsigned g = warta_group((unsigned char)first);
    for (size_t k = list->at[g]; k < list->at[g + 1]; k++) {
        size_t e = match_phrase(c, p, &list->items[k]);
        if (e > 0)
            return e;
    }
    return 0;
}

static size_t match_list(const cursor *c, size_t p, const date_phrase *list, size_t count)
{
    int first = tok(c, p);
    if (first < 0)
        return 0;
    for (size_t k = 0; k < count; k++) {
        if (warta_lower((unsigned char)list[k].text[0]) != warta_lower((unsigned char)first))
            continue;
        size_t e = match_phrase(c, p, &list[k]);
        if (e > 0)
            return e;
    }
    return 0;
}

static int is_leap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int valid_date(int year, int month, int day)
{
    if (year < YEAR_MIN || year > YEAR_MAX || month < 1 || month > MONTHS_PER_YEAR || day < 1)
        return 0;
    int last = month_days[month - 1] + (month == 2 && is_leap(year));
    return day <= last;
}

/* Length of "+7", "+07:00", "-0300" at p, or 0; sets *minutes. */
static WARTA_FOLDED size_t read_offset(const cursor *c, size_t p, int *minutes)
{
    int sign = tok(c, p) == '+' ? 1 : tok(c, p) == '-' ? -1 : 0;
    int v = 0, hours, mins = 0;
    if (sign == 0)
        return 0;
    size_t q = p + 1, n = read_digits(c, q, OFFSET_DIGITS, &v);
    if (n == 0)
        return 0;
    q += n;
    if (n <= CLOCK_DIGITS) {
        hours = v;
        if (tok(c, q) == ':') {
            if (read_digits(c, q + 1, CLOCK_DIGITS, &mins) != CLOCK_DIGITS)
                return 0;
            q += 1 + CLOCK_DIGITS;
        }
    } else {
        hours = v / 100;
        mins = v % 100;
    }
    if (hours > ZONE_MAX_HOURS || mins >= MINUTES_PER_HOUR ||
        hours * MINUTES_PER_HOUR + mins > ZONE_MAX_HOURS * MINUTES_PER_HOUR || alnum_at(c, q))
        return 0;
    *minutes = sign * (hours * MINUTES_PER_HOUR + mins);
    return q - p;
}

/* Reads a zone at p: "Z" or "+07:00" glued to an ISO time, or after blanks
 * "WIB", "GMT+7". Returns the new end (p when there is none). */
static size_t read_zone(const cursor *c, size_t p, int iso, reading *r)
{
    int minutes = 0;
    if (iso) {
        if (tok(c, p) == 'Z' && !alnum_at(c, p + 1)) {
            r->has_zone = 1;
            r->zone = 0;
            return p + 1;
        }
        size_t n = read_offset(c, p, &minutes);
        if (n > 0) {
            r->has_zone = 1;
            r->zone = minutes;
            return p + n;
        }
    }
    size_t q = skip_blank(c, p);
    for (size_t k = 0; k < COUNT(zones); k++) {
        /* Most zones differ in their first letter: compare that first. */
        if (tok(c, q) < 0 ||
            warta_lower((unsigned char)c->s[q]) != warta_lower((unsigned char)zones[k].name.text[0]))
            continue;
        size_t e = match_phrase(c, q, &zones[k].name);
        if (e == 0)
            continue;
        r->has_zone = 1;
        r->zone = zones[k].minutes;
        if (zones[k].takes_offset) {
            size_t n = read_offset(c, e, &minutes);
            if (n > 0) {
                r->zone = minutes;
                e += n;
            }
        }
        return e;
    }
    return p;
}

/* Reads a time and its zone after a date ending at p: "T16:00:20+07:00" for
 * ISO, else "- 15:24 WIB", ", pukul 10.30 WITA", "| 14:38". Without a valid
 * time a zone may still follow ("1 Agustus 2017 GMT+7"). Returns the new end. */
static size_t read_time(const cursor *c, size_t p, int iso, reading *r)
{
    size_t q;
    int hour = 0, minute = 0, second = 0;
    if (iso && tok(c, p) == 'T') {
        q = p + 1;
    } else {
        q = skip_blank(c, p);
        size_t mark = (tok(c, q) == ',' || tok(c, q) == '|') ? 1 : warta_dash_len(c->s, c->lim, q);
        if (mark > 0)
            q = skip_blank(c, q + mark);
        size_t e = match_list(c, q, time_words, COUNT(time_words));
        if (e > 0)
            q = skip_blank(c, e);
    }
    size_t n = read_digits(c, q, CLOCK_DIGITS, &hour);
    int sep = tok(c, q + n);
    if (n == 0 || (sep != ':' && (sep != '.' || iso)))
        return read_zone(c, p, 0, r);
    q += n + 1;
    if (read_digits(c, q, CLOCK_DIGITS, &minute) != CLOCK_DIGITS)
        return read_zone(c, p, 0, r);
    q += CLOCK_DIGITS;
    warta_precision precision = WARTA_PREC_MINUTE;
    if (tok(c, q) == sep && read_digits(c, q + 1, CLOCK_DIGITS, &second) == CLOCK_DIGITS) {
        q += 1 + CLOCK_DIGITS;
        precision = WARTA_PREC_SECOND;
        /* Fractions of a second are written only in ISO stamps and not kept. */
        if (iso && tok(c, q) == '.' && digit_at(c, q + 1))
            for (q++; digit_tok(c, q); q++)
                ;
    }
    /* "10.30.000" and "1.999,5" are amounts, not times. */
    int after = tok(c, q);
    if ((after == '.' || after == ',' || after == ':') && digit_at(c, q + 1))
        return read_zone(c, p, 0, r);
    if (hour >= HOURS_PER_DAY || minute >= MINUTES_PER_HOUR || second >= SECONDS_PER_MINUTE)
        return read_zone(c, p, 0, r);
    r->hour = hour;
    r->minute = minute;
    r->second = second;
    r->precision = (uint8_t)precision;
    r->flags |= WARTA_DATE_HAS_TIME;
    return read_zone(c, q, iso, r);
}

/* Reads "30 April 2016", "23/02/2016", "15/2" or "30 April" at p; a missing
 * year leaves year 0 and WARTA_DATE_YEAR_GIVEN clear. */
static shape read_day_first(const cursor *c, size_t p, reading *r)
{
    int year = 0;
    size_t n = read_digits(c, p, DAY_DIGITS, &r->day);
    if (n == 0)
        return SHAPE_NONE;
    size_t q = p + n;
    int sep = tok(c, q);
    if (sep == '/' || sep == '-') {
        n = read_digits(c, q + 1, MONTH_DIGITS, &r->month);
        if (n == 0)
            return SHAPE_NONE;
        q += 1 + n;
        r->flags |= WARTA_DATE_NUMERIC;
        if (tok(c, q) == sep) {
            if (read_digits(c, q + 1, WARTA_YEAR_DIGITS, &year) != WARTA_YEAR_DIGITS)
                return SHAPE_NONE;
            q += 1 + WARTA_YEAR_DIGITS;
        } else if (sep != '/') {
            return SHAPE_NONE;
        }
    } else {
        size_t m = skip_blank(c, q);
        if (m == q || (q = match_month(c, m, &r->month)) == 0)
            return SHAPE_NONE;
        size_t y = skip_blank(c, q);
        if (y > q && read_digits(c, y, WARTA_YEAR_DIGITS, &year) == WARTA_YEAR_DIGITS)
            q = y + WARTA_YEAR_DIGITS;
        else
            year = 0;
    }
    if (year > 0) {
        r->year = year;
        r->flags |= WARTA_DATE_YEAR_GIVEN;
    }
    r->end = q;
    return SHAPE_OK;
}

/* Completes a day-first date: the hinted year when one may stand in, the
 * calendar check, then an optional time. */
static shape finish_day(const cursor *c, reading *r, int year_hint, int hint_allowed,
                        int with_time)
{
    if (!(r->flags & WARTA_DATE_YEAR_GIVEN)) {
        if (!hint_allowed || year_hint == 0)
            return SHAPE_NONE;
        r->year = year_hint;
    }
    if (!valid_date(r->year, r->month, r->day))
        return SHAPE_BAD;
    r->precision = WARTA_PREC_DAY;
    if (with_time)
        r->end = read_time(c, r->end, 0, r);
    return SHAPE_OK;
}

/* "2016-02-23", "2016-02-23T16:00:20+07:00", "2016-02-23 16:00" at p. */
static shape read_iso(const cursor *c, size_t p, reading *r)
{
    if (read_digits(c, p, WARTA_YEAR_DIGITS, &r->year) != WARTA_YEAR_DIGITS ||
        tok(c, p + 4) != '-' ||
        read_digits(c, p + 5, MONTH_DIGITS, &r->month) != MONTH_DIGITS ||
        tok(c, p + 7) != '-' || read_digits(c, p + 8, DAY_DIGITS, &r->day) != DAY_DIGITS)
        return SHAPE_NONE;
    r->end = p + 10;
    if (!valid_date(r->year, r->month, r->day))
        return SHAPE_BAD;
    r->flags |= WARTA_DATE_NUMERIC | WARTA_DATE_YEAR_GIVEN;
    r->precision = WARTA_PREC_DAY;
    r->end = read_time(c, r->end, 1, r);
    return SHAPE_OK;
}

/* "February 23, 2016" (then a time) or "Oktober 2016" at p. */
static shape read_month_first(const cursor *c, size_t p, reading *r)
{
    int v = 0;
    size_t e = match_month(c, p, &r->month);
    if (e == 0)
        return SHAPE_NONE;
    size_t q = skip_blank(c, e);
    size_t n = q > e ? read_digits(c, q, WARTA_YEAR_DIGITS, &v) : 0;
    if (n == WARTA_YEAR_DIGITS) {
        r->year = v;
        r->end = q + n;
        r->flags |= WARTA_DATE_YEAR_GIVEN;
        r->precision = WARTA_PREC_MONTH;
        return valid_date(r->year, r->month, 1) ? SHAPE_OK : SHAPE_BAD;
    }
    if (n == 0 || n > DAY_DIGITS)
        return SHAPE_NONE;
    r->day = v;
    q += n;
    int comma = tok(c, q) == ',';
    size_t y = skip_blank(c, q + (size_t)comma);
    if ((y == q && !comma) ||
        read_digits(c, y, WARTA_YEAR_DIGITS, &r->year) != WARTA_YEAR_DIGITS)
        return SHAPE_NONE;
    r->end = y + WARTA_YEAR_DIGITS;
    r->flags |= WARTA_DATE_YEAR_GIVEN;
    return finish_day(c, r, 0, 0, 1);
}

/* After a weekday ending at p: ", 30 April 2016", " (30/4)", " malam (1/12)",
 * ", February 23, 2016". */
static shape read_after_weekday(const cursor *c, size_t p, int year_hint, reading *r)
{
    size_t q = skip_blank(c, p);
    size_t e = match_list(c, q, day_parts, COUNT(day_parts));
    if (e > 0)
        q = skip_blank(c, e);
    if (tok(c, q) == ',')
        q = skip_blank(c, q + 1);
    r->flags |= WARTA_DATE_HAS_WEEKDAY;
    if (tok(c, q) == '(') {
        shape sh = read_day_first(c, q + 1, r);
        if (sh != SHAPE_OK || tok(c, r->end) != ')')
            return SHAPE_NONE;
        r->end++;
        return finish_day(c, r, year_hint, 1, 1);
    }
    if (digit_tok(c, q)) {
        if (read_day_first(c, q, r) != SHAPE_OK)
            return SHAPE_NONE;
        return finish_day(c, r, year_hint, 1, 1);
    }
    /* A weekday goes with a day, not with "Oktober 2016". */
    shape sh = read_month_first(c, q, r);
    return r->precision == WARTA_PREC_MONTH ? SHAPE_NONE : sh;
}

/* A number starts where neither a digit nor a digit with a decimal, clock or
 * fraction mark ("1.999", "1,5", "00:57", "32/13") stands before it. */
static int number_starts(const char *s, size_t i)
{
    if (i == 0)
        return 1;
    unsigned char b = (unsigned char)s[i - 1];
    if (warta_is_digit(b))
        return 0;
    return !((b == '.' || b == ',' || b == ':' || b == '/') && i >= 2 &&
             warta_is_digit((unsigned char)s[i - 2]));
}

/* 1 where a word starts at i (a number may be glued to a word before it:
 * "Showbiz15 Feb 2016", so only letters count). */
static int word_starts(const char *s, size_t i)
{
    return warta_is_alpha((unsigned char)s[i]) &&
           (i == 0 || !(warta_is_alpha((unsigned char)s[i - 1]) ||
                        warta_is_digit((unsigned char)s[i - 1])));
}

/* A date expression starting at i, a number start or a word start, read into *r. */
static shape read_candidate(const cursor *c, size_t i, int year_hint, reading *r)
{
    if (warta_is_digit((unsigned char)c->s[i])) {
        shape sh = read_iso(c, i, r);
        if (sh != SHAPE_NONE)
            return sh;
        memset(r, 0, sizeof *r);
        if (read_day_first(c, i, r) != SHAPE_OK)
            return SHAPE_NONE;
        /* "(30/4)": a bare day and month in parentheses takes the hinted year. */
        int paren = i > 0 && c->s[i - 1] == '(' && (r->flags & WARTA_DATE_NUMERIC) &&
                    tok(c, r->end) == ')';
        return finish_day(c, r, year_hint, paren, (r->flags & WARTA_DATE_YEAR_GIVEN) != 0);
    }
    if (c->lim - i < WARTA_KEY_BYTES ||
        !warta_key_in(&warta_date_words, warta_key(c->s + i, WARTA_KEY_BYTES)))
        return SHAPE_NONE;
    size_t e = match_grouped(c, i, &warta_weekdays);
    if (e > 0)
        return read_after_weekday(c, e, year_hint, r);
    return read_month_first(c, i, r);
}

/* Reads a candidate at i, within its window, into *r. */
static shape try_candidate(const char *s, size_t len, size_t i, int year_hint, reading *r)
{
    cursor c = {s, len, len - i > DATE_WINDOW ? i + DATE_WINDOW : len};
    memset(r, 0, sizeof *r);
    return read_candidate(&c, i, year_hint, r);
}

static void fill_match(size_t start, const reading *r, warta_date_match *match)
{
    match->start = start;
    match->end = r->end;
    match->flags = r->flags;
    match->time.year = (int16_t)r->year;
    match->time.month = (uint8_t)r->month;
    match->time.day = (uint8_t)r->day;
    match->time.hour = (uint8_t)r->hour;
    match->time.minute = (uint8_t)r->minute;
    match->time.second = (uint8_t)r->second;
    match->time.precision = (uint8_t)r->precision;
    match->time.has_zone = (uint8_t)r->has_zone;
    match->time.zone_minutes = (int16_t)r->zone;
}

/* Word starts are looked for this many bytes a step, a bit each. */
#define STARTS_STEP 16

#ifndef WARTA_SIMD_BYTES
/* Bit k set where a word starts at s[i + k] (word_starts), for k < 8 (i >= 1): apart,
 * as its 64-bit masks would grow warta_find_date's frame on a 32-bit machine. */
static WARTA_APART uint32_t word_starts_of_step(const char *s, size_t i)
{
    uint64_t x = warta_load_bytes(s + i), before = warta_load_bytes(s + i - 1);
    uint64_t digit_before = ~before & warta_bytes_between(before & ~WARTA_HIGHS, '0', '9');
    return warta_marks_to_bits(warta_letter_bytes(x) & ~(warta_letter_bytes(before) | digit_before));
}
#endif

/* Bit k set where a word starts at s[q + k] (word_starts), for k < STARTS_STEP and
 * q + k < len: from two loads where SSE2 is there and the bytes around are, from two
 * eight-byte steps without it. */
static uint32_t word_start_bits(const char *s, size_t len, size_t q)
{
#ifdef WARTA_SIMD_BYTES
    if (q >= 1 && len - q >= WARTA_SIMD_BYTES) {
        const __m128i fold = _mm_set1_epi8(0x20);
        __m128i x = warta_load_lanes(s + q), before = warta_load_lanes(s + q - 1);
        __m128i letters = warta_lanes_between(_mm_or_si128(x, fold), 'a', 'z');
        __m128i word_before = _mm_or_si128(warta_lanes_between(_mm_or_si128(before, fold), 'a', 'z'),
                                           warta_lanes_between(before, '0', '9'));
        return (uint32_t)_mm_movemask_epi8(_mm_andnot_si128(word_before, letters));
    }
#else
    if (q >= 1 && len - q >= STARTS_STEP)
        return word_starts_of_step(s, q) | word_starts_of_step(s, q + WARTA_WORD_BYTES) << WARTA_WORD_BYTES;
#endif
    uint32_t bits = 0;
    for (size_t k = 0; k < STARTS_STEP && q + k < len; k++)
        bits |= (uint32_t)word_starts(s, q + k) << k;
    return bits;
}

typedef char lead_distance_fits_a_byte[DATE_WINDOW <= 256 ? 1 : -1];

/* The word starts just before d, at floor or after (d - floor < DATE_WINDOW): at most
 * DATE_LEAD_WORDS, stored in back[] as their distance before d, the nearest first.
 * Returns how many. */
static size_t lead_words(const char *s, size_t len, size_t floor, size_t d, uint8_t *back)
{
    size_t words = 0;
    for (size_t p = d; p > floor && words < DATE_LEAD_WORDS;) {
        size_t q = p - floor > STARTS_STEP ? p - STARTS_STEP : floor;
        uint32_t bits = word_start_bits(s, len, q) & ((UINT32_C(1) << (p - q)) - 1u);
        for (; bits && words < DATE_LEAD_WORDS; words++) {
            unsigned top = warta_highest_bit(bits);
            back[words] = (uint8_t)(d - (q + top));
            bits &= ~(UINT32_C(1) << top);
        }
        p = q;
    }
    return words;
}

/* Every date holds a digit, and at most DATE_LEAD_WORDS word starts come
 * before its first one: so the candidates are the words just before each
 * digit, then the digit, and the bytes between digits are skipped in words. */
int warta_find_date(const char *s, size_t len, size_t from, int year_hint,
                    warta_date_match *match)
{
    if (!match)
        return 0;
    memset(match, 0, sizeof *match);
    if (!s)
        return 0;
    if (year_hint < YEAR_MIN || year_hint > YEAR_MAX)
        year_hint = 0;
    size_t i = from;
    while (i < len) {
        size_t d = warta_find_digit(s, len, i);
        if (d >= len)
            return 0;
        size_t floor = d - i >= DATE_WINDOW ? d - DATE_WINDOW + 1 : i;
        uint8_t back[DATE_LEAD_WORDS];
        size_t words = lead_words(s, len, floor, d, back);
        /* The candidates in text order: those word starts, then d if a number starts there. */
        size_t next = d + 1;
        for (size_t k = words + 1; k-- > 0;) {
            if (k == 0 && !number_starts(s, d))
                break;
            size_t at = k > 0 ? d - back[k - 1] : d;
            reading r;
            shape sh = try_candidate(s, len, at, year_hint, &r);
            if (sh == SHAPE_OK) {
                fill_match(at, &r, match);
                return 1;
            }
            if (sh == SHAPE_BAD && r.end > at) {
                next = r.end;
                break;
            }
        }
        i = next;
    }
    return 0;
}

int warta_parse_age(const char *s, size_t len, warta_age *age)
{
    if (!age)
        return 0;
    age->value = 0;
    age->unit = WARTA_AGE_NONE;
    if (!s)
        return 0;
    size_t p = warta_skip_space(s, len, 0);
    size_t end = warta_trim_end(s, p, len);
    cursor c = {s, end, end};
    uint32_t value = 0;
    size_t n = 0;
    while (n < AGE_MAX_DIGITS && digit_at(&c, p + n)) {
        value = value * 10u + (uint32_t)(s[p + n] - '0');
        n++;
    }
    if (n == 0 || digit_at(&c, p + n))
        return 0;
    p = skip_blank(&c, p + n);
    int first = tok(&c, p);
    if (first < 0)
        return 0;
    unsigned char f = warta_lower((unsigned char)first);
    for (size_t u = 0; u < COUNT(age_units); u++) {
        /* Most units differ in their first letter: compare that first. */
        if (f != warta_lower((unsigned char)age_units[u].name.text[0]))
            continue;
        size_t e = match_phrase(&c, p, &age_units[u].name);
        if (e == 0)
            continue;
        size_t q = skip_blank(&c, e);
        if (q == e)
            return 0;
        for (size_t t = 0; t < COUNT(age_tails); t++) {
            if (age_tails[t].english == age_units[u].english &&
                match_phrase(&c, q, &age_tails[t].name) == end) {
                age->value = value;
                age->unit = age_units[u].unit;
                return 1;
            }
        }
        return 0;
    }
    return 0;
}

/* Writes value in decimal, zero-padded to min_digits; returns the new length. */
static size_t put_number(char *dst, size_t n, uint32_t value, size_t min_digits)
{
    char digits[NUMBER_MAX_DIGITS];
    size_t k = 0;
    /* Zero padding comes out of the same loop (a loop of its own may become memset). */
    do {
        digits[k++] = (char)('0' + value % 10u);
        value /= 10u;
    } while (value > 0 || k < min_digits);
    while (k > 0)
        dst[n++] = digits[--k];
    return n;
}

/* 1 when every field the precision shows fits its ISO 8601 width. */
static int printable(const warta_time *t)
{
    int p = t->precision;
    if (p <= WARTA_PREC_NONE || p > WARTA_PREC_SECOND || t->year < 0 || t->year > ISO_YEAR_MAX)
        return 0;
    if (p >= WARTA_PREC_MONTH && (t->month < 1 || t->month > MONTHS_PER_YEAR))
        return 0;
    if (p >= WARTA_PREC_DAY && (t->day < 1 || t->day > 31))
        return 0;
    if (p >= WARTA_PREC_MINUTE &&
        (t->hour >= HOURS_PER_DAY || t->minute >= MINUTES_PER_HOUR ||
         t->second >= SECONDS_PER_MINUTE))
        return 0;
    return !(p >= WARTA_PREC_MINUTE && t->has_zone &&
             (t->zone_minutes <= -HOURS_PER_DAY * MINUTES_PER_HOUR ||
              t->zone_minutes >= HOURS_PER_DAY * MINUTES_PER_HOUR));
}

size_t warta_time_iso(const warta_time *time, char *dst)
{
    size_t n = 0;
    if (!dst)
        return 0;
    dst[0] = '\0';
    if (!time || !printable(time))
        return 0;
    n = put_number(dst, n, (uint32_t)time->year, WARTA_YEAR_DIGITS);
    if (time->precision >= WARTA_PREC_MONTH) {
        dst[n++] = '-';
        n = put_number(dst, n, time->month, 2);
    }
    if (time->precision >= WARTA_PREC_DAY) {
        dst[n++] = '-';
        n = put_number(dst, n, time->day, 2);
    }
    if (time->precision >= WARTA_PREC_MINUTE) {
        dst[n++] = 'T';
        n = put_number(dst, n, time->hour, 2);
        dst[n++] = ':';
        n = put_number(dst, n, time->minute, 2);
        dst[n++] = ':';
        n = put_number(dst, n, time->precision == WARTA_PREC_SECOND ? (uint32_t)time->second : 0u, 2);
        if (time->has_zone) {
            int z = time->zone_minutes;
            uint32_t a = (uint32_t)(z < 0 ? -z : z);
            dst[n++] = z < 0 ? '-' : '+';
            n = put_number(dst, n, a / MINUTES_PER_HOUR, 2);
            dst[n++] = ':';
            n = put_number(dst, n, a % MINUTES_PER_HOUR, 2);
        }
    }
    dst[n] = '\0';
    return n;
}

size_t warta_age_iso(const warta_age *age, char *dst)
{
    size_t n = 0;
    if (!dst)
        return 0;
    dst[0] = '\0';
    if (!age || age->unit == WARTA_AGE_NONE || age->unit >= COUNT(age_designators))
        return 0;
    dst[n++] = 'P';
    if (age_designators[age->unit].clock)
        dst[n++] = 'T';
    n = put_number(dst, n, age->value, 1);
    dst[n++] = age_designators[age->unit].letter;
    dst[n] = '\0';
    return n;
}
