/* Dates, times, zones and ages: every form the pages write, and what is not one. */
#define _DEFAULT_SOURCE /* mmap's MAP_ANONYMOUS for the guard-page tests */

#include <criterion/criterion.h>

#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "dates.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* What warta_find_date may read past a match's end, rounded up: dates.c reads
 * a candidate within 128 bytes of its start, plus one byte to end a word. */
#define READ_BOUND 256

#define WD WARTA_DATE_HAS_WEEKDAY
#define TM WARTA_DATE_HAS_TIME
#define YR WARTA_DATE_YEAR_GIVEN
#define NU WARTA_DATE_NUMERIC

#define P_YEAR WARTA_PREC_YEAR
#define P_MONTH WARTA_PREC_MONTH
#define P_DAY WARTA_PREC_DAY
#define P_MIN WARTA_PREC_MINUTE
#define P_SEC WARTA_PREC_SECOND

typedef struct {
    const char *text;
    int year_hint;
    int year, month, day, hour, minute, second;
    int precision, has_zone, zone_minutes;
    unsigned flags;
    size_t start, end;
} date_case;

static const date_case positives[] = {
    /* Stamps as the pages print them. */
    {"Sabtu, 30 April 2016 \xE2\x80\x93 15:24 WIB", 0, 2016, 4, 30, 15, 24, 0, P_MIN, 1, 420, WD | TM | YR, 0, 34},
    {"Selasa, 18 April 2017 16:19 WIB", 0, 2017, 4, 18, 16, 19, 0, P_MIN, 1, 420, WD | TM | YR, 0, 31},
    {"Selasa, 23/02/2016 15:32 WIB", 0, 2016, 2, 23, 15, 32, 0, P_MIN, 1, 420, WD | TM | YR | NU, 0, 28},
    {"Rabu, 18 November 2015, 10:18 WIB", 0, 2015, 11, 18, 10, 18, 0, P_MIN, 1, 420, WD | TM | YR, 0, 33},
    {"Kamis, 5 November 2015 - 15:56 wib", 0, 2015, 11, 5, 15, 56, 0, P_MIN, 1, 420, WD | TM | YR, 0, 34},
    {"Minggu, 14 Februari 2016 09:15 |", 0, 2016, 2, 14, 9, 15, 0, P_MIN, 0, 0, WD | TM | YR, 0, 30},
    {"Selasa, 16 Februari 2016 | 14:38 WIB", 0, 2016, 2, 16, 14, 38, 0, P_MIN, 1, 420, WD | TM | YR, 0, 36},
    {"Selasa, 23 Februari 2016 14:49 WIB | 1.999 Views", 0, 2016, 2, 23, 14, 49, 0, P_MIN, 1, 420, WD | TM | YR, 0, 34},
    {"on 16 Feb 2016 at 09:09 WIB", 0, 2016, 2, 16, 9, 9, 0, P_MIN, 1, 420, TM | YR, 3, 27},
    {"22/10/2025 06:59", 0, 2025, 10, 22, 6, 59, 0, P_MIN, 0, 0, TM | YR | NU, 0, 16},
    {"11/6/2025 10:54", 0, 2025, 6, 11, 10, 54, 0, P_MIN, 0, 0, TM | YR | NU, 0, 15},
    {"16 Feb 2016 08:38", 0, 2016, 2, 16, 8, 38, 0, P_MIN, 0, 0, TM | YR, 0, 17},
    {"Showbiz15 Feb 2016 19:29", 0, 2016, 2, 15, 19, 29, 0, P_MIN, 0, 0, TM | YR, 7, 24},
    {"Kamis, 05 November 2015 16:09 WIB", 0, 2015, 11, 5, 16, 9, 0, P_MIN, 1, 420, WD | TM | YR, 0, 33},
    {"Selasa, 23 Februari 2016", 0, 2016, 2, 23, 0, 0, 0, P_DAY, 0, 0, WD | YR, 0, 24},
    {"Jumat, 12 Januari 2018 pukul 10.30 WITA", 0, 2018, 1, 12, 10, 30, 0, P_MIN, 1, 480, WD | TM | YR, 0, 39},
    {"10 Agt 2019 15.24 WIT", 0, 2019, 8, 10, 15, 24, 0, P_MIN, 1, 540, TM | YR, 0, 21},
    {"SABTU, 30 APRIL 2016 - 15:24 WIB", 0, 2016, 4, 30, 15, 24, 0, P_MIN, 1, 420, WD | TM | YR, 0, 32},
    {"Jum'at, 1 Juli 2016", 0, 2016, 7, 1, 0, 0, 0, P_DAY, 0, 0, WD | YR, 0, 19},
    {"Jum\xE2\x80\x99" "at, 1 Juli 2016", 0, 2016, 7, 1, 0, 0, 0, P_DAY, 0, 0, WD | YR, 0, 21},
    {"Sabtu,\xC2\xA0" "30\xC2\xA0" "April 2016", 0, 2016, 4, 30, 0, 0, 0, P_DAY, 0, 0, WD | YR, 0, 22},
    {"Diperbarui 23 Feb 2016, 17:30 WIB", 0, 2016, 2, 23, 17, 30, 0, P_MIN, 1, 420, TM | YR, 11, 33},
    {"Minggu (14/2/2016) pukul 09.15 WIB", 0, 2016, 2, 14, 9, 15, 0, P_MIN, 1, 420, WD | TM | YR | NU, 0, 34},
    /* ISO 8601. */
    {"2016-02-23T16:00:20+07:00", 0, 2016, 2, 23, 16, 0, 20, P_SEC, 1, 420, TM | YR | NU, 0, 25},
    /* UTC+14:00 is the furthest east: "+14:30" is no zone. */
    {"2016-02-23T16:00:20+14:00", 0, 2016, 2, 23, 16, 0, 20, P_SEC, 1, 840, TM | YR | NU, 0, 25},
    {"2016-02-23T16:00:20+14:30", 0, 2016, 2, 23, 16, 0, 20, P_SEC, 0, 0, TM | YR | NU, 0, 19},
    {"2016-02-23T16:00:20Z", 0, 2016, 2, 23, 16, 0, 20, P_SEC, 1, 0, TM | YR | NU, 0, 20},
    {"2016-02-23T16:00:20.123+0700", 0, 2016, 2, 23, 16, 0, 20, P_SEC, 1, 420, TM | YR | NU, 0, 28},
    {"2016-02-23", 0, 2016, 2, 23, 0, 0, 0, P_DAY, 0, 0, YR | NU, 0, 10},
    {"2016-02-23 16:00", 0, 2016, 2, 23, 16, 0, 0, P_MIN, 0, 0, TM | YR | NU, 0, 16},
    {"2016-02-23 16:00 WIB", 0, 2016, 2, 23, 16, 0, 0, P_MIN, 1, 420, TM | YR | NU, 0, 20},
    /* Spellings, orders and zones. */
    {"12 Sept 2020", 0, 2020, 9, 12, 0, 0, 0, P_DAY, 0, 0, YR, 0, 12},
    {"3 Nop 2015", 0, 2015, 11, 3, 0, 0, 0, P_DAY, 0, 0, YR, 0, 10},
    {"15 Feb. 2016", 0, 2016, 2, 15, 0, 0, 0, P_DAY, 0, 0, YR, 0, 12},
    {"23-02-2016", 0, 2016, 2, 23, 0, 0, 0, P_DAY, 0, 0, YR | NU, 0, 10},
    {"29 Februari 2016", 0, 2016, 2, 29, 0, 0, 0, P_DAY, 0, 0, YR, 0, 16},
    {"1 Agustus 2017 GMT+7", 0, 2017, 8, 1, 0, 0, 0, P_DAY, 1, 420, YR, 0, 20},
    {"1 Januari 2016 pukul 10.00 UTC+0700", 0, 2016, 1, 1, 10, 0, 0, P_MIN, 1, 420, TM | YR, 0, 35},
    {"Rabu, 1 Januari 2020 10:00 GMT-3", 0, 2020, 1, 1, 10, 0, 0, P_MIN, 1, -180, WD | TM | YR, 0, 32},
    {"February 23, 2016", 0, 2016, 2, 23, 0, 0, 0, P_DAY, 0, 0, YR, 0, 17},
    {"Feb. 23, 2016", 0, 2016, 2, 23, 0, 0, 0, P_DAY, 0, 0, YR, 0, 13},
    {"Tuesday, February 23, 2016 09:09 GMT+07:00", 0, 2016, 2, 23, 9, 9, 0, P_MIN, 1, 420, WD | TM | YR, 0, 42},
    {"5 Mei 2016 25:00", 0, 2016, 5, 5, 0, 0, 0, P_DAY, 0, 0, YR, 0, 10},
    {"5 Mei 2016 10.000 orang", 0, 2016, 5, 5, 0, 0, 0, P_DAY, 0, 0, YR, 0, 10},
    /* Mentions in running text. */
    {"Sabtu (30/4)", 2016, 2016, 4, 30, 0, 0, 0, P_DAY, 0, 0, WD | NU, 0, 12},
    {"(6/11/2018)", 0, 2018, 11, 6, 0, 0, 0, P_DAY, 0, 0, YR | NU, 1, 10},
    {"Selasa (16/2/2016)", 0, 2016, 2, 16, 0, 0, 0, P_DAY, 0, 0, WD | YR | NU, 0, 18},
    {"Oktober 2016", 0, 2016, 10, 0, 0, 0, 0, P_MONTH, 0, 0, YR, 0, 12},
    {"pada Juni 2025", 0, 2025, 6, 0, 0, 0, 0, P_MONTH, 0, 0, YR, 5, 14},
    {"February 2016", 0, 2016, 2, 0, 0, 0, 0, P_MONTH, 0, 0, YR, 0, 13},
    {"Senin (15/2)", 2016, 2016, 2, 15, 0, 0, 0, P_DAY, 0, 0, WD | NU, 0, 12},
    {"Senin (29/2)", 2016, 2016, 2, 29, 0, 0, 0, P_DAY, 0, 0, WD | NU, 0, 12},
    {"pada Minggu (15/2) lalu", 2016, 2016, 2, 15, 0, 0, 0, P_DAY, 0, 0, WD | NU, 5, 18},
    {"(30/4)", 2016, 2016, 4, 30, 0, 0, 0, P_DAY, 0, 0, NU, 1, 5},
    {"Selasa malam (1/12).", 2015, 2015, 12, 1, 0, 0, 0, P_DAY, 0, 0, WD | NU, 0, 19},
    {"Kamis dini hari, 5 November 2015", 0, 2015, 11, 5, 0, 0, 0, P_DAY, 0, 0, WD | YR, 0, 32},
    {"Senin, 15/2 pukul 10.00 WIB", 2016, 2016, 2, 15, 10, 0, 0, P_MIN, 1, 420, WD | TM | NU, 0, 27},
    {"Senin, 15 Februari", 2016, 2016, 2, 15, 0, 0, 0, P_DAY, 0, 0, WD, 0, 18},
    /* A rejected candidate does not hide a later date. */
    {"32/13/2016 dan 5/11/2018", 0, 2018, 11, 5, 0, 0, 0, P_DAY, 0, 0, YR | NU, 15, 24},
    {"29 Februari 2015, 1 Maret 2015", 0, 2015, 3, 1, 0, 0, 0, P_DAY, 0, 0, YR, 18, 30},
    {"Senin lalu, 5 Mei 2016", 0, 2016, 5, 5, 0, 0, 0, P_DAY, 0, 0, YR, 12, 22},
};

typedef struct {
    const char *text;
    int year_hint;
} miss_case;

static const miss_case negatives[] = {
    {"pada 2004", 2016},
    {"1,5 persen", 2016},
    {"365 pegawai", 2016},
    {"2x60 MVA", 2016},
    {"150 kV", 2016},
    {"Rp 13.848", 2016},
    {"1.999 Views", 2016},
    {"ke-58", 2016},
    {"Rp28,8 triliun", 2016},
    {"00:57", 2016},
    {"9 negara", 2016},
    {"13 Tahun", 2016},
    {"5k kali", 2016},
    {"32/13/2016", 2016},
    {"29 Februari 2015", 2016},
    {"(30/4)", 0},
    {"Sabtu (30/4)", 0},
    {"Senin (29/2)", 2015},
    {"30/4", 2016},
    {"30 April", 2016},
    {"15:24", 2016},
    {"15.24 WIB", 2016},
    {"Sabtu", 2016},
    {"Mei", 2016},
    {"Oktober lalu", 2016},
    {"Oktober 20166", 2016},
    {"2016-13-01", 2016},
    {"2016-02-30", 2016},
    {"30 Februari 2016", 2016},
    {"31 April 2016", 2016},
    {"1 Januari 1850", 2016},
    {"Januari 2200", 2016},
    {"1/2/3", 2016},
    {"23/02/16", 2016},
    {"15Feb 2016", 2016},
    {"April2016", 2016},
    {"2 minggu lalu", 2016},
    {"", 2016},
};

static void expect_case(const date_case *c, const char *s, size_t len, size_t from)
{
    warta_date_match m;
    int found = warta_find_date(s, len, from, c->year_hint, &m);
    cr_expect_eq(found, 1, "no match in \"%s\"", c->text);
    if (!found)
        return;
    cr_expect_eq(m.time.year, c->year, "year of \"%s\": %d", c->text, m.time.year);
    cr_expect_eq(m.time.month, c->month, "month of \"%s\": %d", c->text, m.time.month);
    cr_expect_eq(m.time.day, c->day, "day of \"%s\": %d", c->text, m.time.day);
    cr_expect_eq(m.time.hour, c->hour, "hour of \"%s\": %d", c->text, m.time.hour);
    cr_expect_eq(m.time.minute, c->minute, "minute of \"%s\": %d", c->text, m.time.minute);
    cr_expect_eq(m.time.second, c->second, "second of \"%s\": %d", c->text, m.time.second);
    cr_expect_eq(m.time.precision, c->precision, "precision of \"%s\": %d", c->text,
                 m.time.precision);
    cr_expect_eq(m.time.has_zone, c->has_zone, "has_zone of \"%s\"", c->text);
    cr_expect_eq(m.time.zone_minutes, c->zone_minutes, "zone of \"%s\": %d", c->text,
                 m.time.zone_minutes);
    cr_expect_eq(m.flags, c->flags, "flags of \"%s\": %u", c->text, m.flags);
    cr_expect_eq(m.start - from, c->start, "start of \"%s\": %zu", c->text, m.start - from);
    cr_expect_eq(m.end - from, c->end, "end of \"%s\": %zu", c->text, m.end - from);
}

Test(dates, positives)
{
    for (size_t k = 0; k < COUNT(positives); k++)
        expect_case(&positives[k], positives[k].text, strlen(positives[k].text), 0);
}

Test(dates, negatives)
{
    for (size_t k = 0; k < COUNT(negatives); k++) {
        warta_date_match m;
        const char *s = negatives[k].text;
        cr_expect_eq(warta_find_date(s, strlen(s), 0, negatives[k].year_hint, &m), 0,
                     "\"%s\" matched at %zu..%zu", s, m.start, m.end);
        cr_expect_eq(m.end, 0, "\"%s\": match not cleared", s);
    }
}

/* The same cases from an offset, behind text that holds no date. */
Test(dates, positives_from_offset)
{
    char buf[256];
    const char *lead = "x 13 Tahun, 00:57. ";
    size_t from = strlen(lead);
    for (size_t k = 0; k < COUNT(positives); k++) {
        size_t n = strlen(positives[k].text);
        cr_assert_lt(from + n, sizeof buf);
        memcpy(buf, lead, from);
        memcpy(buf + from, positives[k].text, n);
        expect_case(&positives[k], buf, from + n, from);
    }
}

/* Each input ends where an unreadable page begins: one byte over-read crashes. */
static char *guarded_page(size_t *page)
{
    *page = (size_t)sysconf(_SC_PAGESIZE);
    char *mem = mmap(NULL, 2 * *page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    cr_assert_neq(mem, MAP_FAILED);
    cr_assert_eq(mprotect(mem + *page, *page, PROT_NONE), 0);
    return mem;
}

Test(dates, no_read_past_len)
{
    size_t page;
    char *mem = guarded_page(&page);
    for (size_t k = 0; k < COUNT(positives); k++) {
        size_t n = strlen(positives[k].text);
        char *s = mem + page - n;
        memcpy(s, positives[k].text, n);
        expect_case(&positives[k], s, n, 0);
    }
    for (size_t k = 0; k < COUNT(negatives); k++) {
        size_t n = strlen(negatives[k].text);
        char *s = mem + page - n;
        warta_date_match m;
        memcpy(s, negatives[k].text, n);
        cr_expect_eq(warta_find_date(s, n, 0, negatives[k].year_hint, &m), 0);
    }
    /* Cut inside an expression: the parts that are whole still count ("Sabtu,
     * 30 April" takes the hinted year once "201" is no year). */
    static const char *const cut[] = {"Sabtu, 30 April 2016 \xE2\x80\x93 15:2", "Sabtu, 30 April 201",
                                      "2016-02-23T16:00:20+07:", "1 Agustus 2017 GMT+", "Jum\xE2\x80"};
    static const size_t cut_end[] = {20, 15, 19, 18, 0};
    for (size_t k = 0; k < COUNT(cut); k++) {
        size_t n = strlen(cut[k]);
        char *s = mem + page - n;
        warta_date_match m;
        memcpy(s, cut[k], n);
        int found = warta_find_date(s, n, 0, 2016, &m);
        cr_expect_eq(found, cut_end[k] > 0, "\"%s\"", cut[k]);
        cr_expect_eq(m.end, cut_end[k], "end of \"%s\": %zu", cut[k], m.end);
    }
    munmap(mem, 2 * page);
}

/* A call reads no further than the match's end plus a bounded look-ahead,
 * even when the caller's length runs on: the guard page starts there. */
Test(dates, bounded_look_ahead)
{
    size_t page;
    char *mem = guarded_page(&page);
    const char *stamp = "Sabtu, 30 April 2016 \xE2\x80\x93 15:24 WIB";
    size_t n = strlen(stamp);
    char *s = mem + page - n - READ_BOUND;
    memset(s, ' ', n + READ_BOUND);
    memcpy(s, stamp, n);
    warta_date_match m;
    cr_assert_eq(warta_find_date(s, n + READ_BOUND + page, 0, 0, &m), 1);
    cr_expect_eq(m.end, n);
    munmap(mem, 2 * page);
}

typedef struct {
    const char *text;
    const char *iso;
} found_date;

Test(dates, scan_paragraph)
{
    const char *para =
        "Serangan besar dimulai pada Oktober 2016. Pada Sabtu (30/4), sebanyak 365 pegawai "
        "dan 1,5 persen warga hadir, kata dia, Selasa, 18 April 2017. Pertemuan di Jakarta "
        "(6/11/2018) membahas 2x60 MVA senilai Rp 13.848 seperti pada 2004, lalu 29 Februari "
        "2015 dan 32/13/2016 ditolak, sedangkan 2016-02-23T16:00:20+07:00 diterima; "
        "Showbiz15 Feb 2016 19:29 dan (30/4) pukul 00:57.";
    static const found_date expected[] = {
        {"Oktober 2016", "2016-10"},
        {"Sabtu (30/4)", "2016-04-30"},
        {"Selasa, 18 April 2017", "2017-04-18"},
        {"6/11/2018", "2018-11-06"},
        {"2016-02-23T16:00:20+07:00", "2016-02-23T16:00:20+07:00"},
        {"15 Feb 2016 19:29", "2016-02-15T19:29:00"},
        {"30/4", "2016-04-30"},
    };
    size_t len = strlen(para), from = 0, count = 0;
    warta_date_match m;
    while (warta_find_date(para, len, from, 2016, &m)) {
        cr_assert_lt(count, COUNT(expected), "extra match at %zu", m.start);
        cr_assert_geq(m.start, from);
        cr_assert_gt(m.end, m.start);
        const found_date *e = &expected[count];
        cr_expect_eq(m.end - m.start, strlen(e->text), "length of match %zu", count);
        cr_expect_eq(memcmp(para + m.start, e->text, strlen(e->text)), 0, "text of match %zu",
                     count);
        char iso[WARTA_ISO_SIZE];
        warta_time_iso(&m.time, iso);
        cr_expect_str_eq(iso, e->iso);
        from = m.end;
        count++;
    }
    cr_expect_eq(count, COUNT(expected));
}

/* Long runs of near-dates scan match by match in linear time. */
Test(dates, pathological_inputs_are_linear, .timeout = 10)
{
    enum { UNITS = 100000 };
    static const char *const units[] = {"Senin, 1 Mei 2016 ", "(1/1 ", "Sabtu,     ",
                                        "1/1/1/1/", "29 Februari 2015 ", "12:00 WIB "};
    static const size_t expected[] = {UNITS, 0, 0, 0, 0, 0};
    static char buf[UNITS * 20];
    for (size_t u = 0; u < COUNT(units); u++) {
        size_t n = strlen(units[u]), len = 0;
        for (size_t k = 0; k < UNITS; k++, len += n)
            memcpy(buf + len, units[u], n);
        size_t from = 0, count = 0;
        warta_date_match m;
        while (warta_find_date(buf, len, from, 2016, &m)) {
            from = m.end;
            count++;
        }
        cr_expect_eq(count, expected[u], "\"%s\" x %d: %zu matches", units[u], UNITS, count);
    }
}

Test(dates, null_arguments)
{
    warta_date_match m;
    warta_age age;
    cr_expect_eq(warta_find_date(NULL, 0, 0, 2016, &m), 0);
    cr_expect_eq(warta_find_date("2016-02-23", 10, 0, 2016, NULL), 0);
    cr_expect_eq(warta_find_date("2016-02-23", 10, 11, 2016, &m), 0);
    cr_expect_eq(warta_parse_age(NULL, 0, &age), 0);
    cr_expect_eq(warta_parse_age("3 jam lalu", 10, NULL), 0);
}

typedef struct {
    const char *text;
    uint32_t value;
    uint32_t unit;
} age_case;

Test(dates, ages)
{
    static const age_case cases[] = {
        {"11 hari lalu", 11, WARTA_AGE_DAYS},
        {"3 jam yang lalu", 3, WARTA_AGE_HOURS},
        {"6 detik yang lalu", 6, WARTA_AGE_SECONDS},
        {"4 menit yang lalu", 4, WARTA_AGE_MINUTES},
        {"2 minggu lalu", 2, WARTA_AGE_WEEKS},
        {"2 pekan lalu", 2, WARTA_AGE_WEEKS},
        {"1 bulan lalu", 1, WARTA_AGE_MONTHS},
        {"1 tahun yang lalu", 1, WARTA_AGE_YEARS},
        {"3 hours ago", 3, WARTA_AGE_HOURS},
        {"1 hour ago", 1, WARTA_AGE_HOURS},
        {"11 days ago", 11, WARTA_AGE_DAYS},
        {"  \xC2\xA0" "43 Hari Lalu \n", 43, WARTA_AGE_DAYS},
        {"0 detik lalu", 0, WARTA_AGE_SECONDS},
        {"999999999 tahun lalu", 999999999, WARTA_AGE_YEARS},
    };
    for (size_t k = 0; k < COUNT(cases); k++) {
        warta_age age;
        const char *s = cases[k].text;
        cr_expect_eq(warta_parse_age(s, strlen(s), &age), 1, "\"%s\"", s);
        cr_expect_eq(age.value, cases[k].value, "value of \"%s\": %u", s, age.value);
        cr_expect_eq(age.unit, cases[k].unit, "unit of \"%s\": %u", s, age.unit);
    }
}

Test(dates, not_ages)
{
    static const char *const cases[] = {
        "11 hari lalu sekali", "hari lalu", "11 hari", "lalu", "11 hari yang", "3 hours lalu",
        "3 jam ago", "1234567890 hari lalu", "-3 jam lalu", "3,5 jam lalu", "", "   ",
        "Sabtu, 11 hari lalu", "11 harian lalu", "11 hari lalunya",
    };
    for (size_t k = 0; k < COUNT(cases); k++) {
        warta_age age;
        cr_expect_eq(warta_parse_age(cases[k], strlen(cases[k]), &age), 0, "\"%s\"", cases[k]);
        cr_expect_eq(age.unit, WARTA_AGE_NONE);
        cr_expect_eq(age.value, 0);
    }
}

Test(dates, age_at_page_end)
{
    size_t page;
    char *mem = guarded_page(&page);
    const char *line = "3 jam yang lalu";
    size_t n = strlen(line);
    memcpy(mem + page - n, line, n);
    warta_age age;
    cr_expect_eq(warta_parse_age(mem + page - n, n, &age), 1);
    cr_expect_eq(age.value, 3);
    cr_expect_eq(age.unit, WARTA_AGE_HOURS);
    munmap(mem, 2 * page);
}

typedef struct {
    warta_time time;
    const char *iso;
} iso_case;

Test(dates, time_iso)
{
    static const iso_case cases[] = {
        {{2016, 4, 30, 15, 24, 0, P_MIN, 1, 420}, "2016-04-30T15:24:00+07:00"},
        {{2016, 4, 30, 15, 24, 7, P_MIN, 1, 420}, "2016-04-30T15:24:00+07:00"},
        {{2016, 2, 23, 16, 0, 20, P_SEC, 1, 420}, "2016-02-23T16:00:20+07:00"},
        {{2016, 4, 30, 15, 24, 0, P_MIN, 0, 0}, "2016-04-30T15:24:00"},
        {{2020, 1, 1, 10, 0, 0, P_MIN, 1, -180}, "2020-01-01T10:00:00-03:00"},
        {{2020, 1, 1, 10, 0, 0, P_MIN, 1, -570}, "2020-01-01T10:00:00-09:30"},
        {{2020, 1, 1, 10, 0, 0, P_MIN, 1, 330}, "2020-01-01T10:00:00+05:30"},
        {{2016, 2, 23, 16, 0, 20, P_SEC, 1, 0}, "2016-02-23T16:00:20+00:00"},
        {{2017, 8, 1, 0, 0, 0, P_DAY, 1, 420}, "2017-08-01"},
        {{2016, 4, 30, 0, 0, 0, P_DAY, 0, 0}, "2016-04-30"},
        {{2016, 10, 0, 0, 0, 0, P_MONTH, 0, 0}, "2016-10"},
        {{2016, 0, 0, 0, 0, 0, P_YEAR, 0, 0}, "2016"},
        {{5, 1, 2, 3, 4, 5, P_SEC, 0, 0}, "0005-01-02T03:04:05"},
        {{2016, 4, 30, 15, 24, 0, WARTA_PREC_NONE, 1, 420}, ""},
        {{2016, 13, 30, 0, 0, 0, P_DAY, 0, 0}, ""},
        {{2016, 4, 0, 0, 0, 0, P_DAY, 0, 0}, ""},
        {{2016, 4, 30, 24, 0, 0, P_MIN, 0, 0}, ""},
        {{2016, 4, 30, 12, 0, 0, P_MIN, 1, 1440}, ""},
        {{-1, 4, 30, 0, 0, 0, P_DAY, 0, 0}, ""},
        {{2016, 4, 30, 0, 0, 0, 9, 0, 0}, ""},
    };
    for (size_t k = 0; k < COUNT(cases); k++) {
        char dst[WARTA_ISO_SIZE];
        memset(dst, 'x', sizeof dst);
        size_t n = warta_time_iso(&cases[k].time, dst);
        cr_expect_str_eq(dst, cases[k].iso, "case %zu", k);
        cr_expect_eq(n, strlen(cases[k].iso), "length of case %zu: %zu", k, n);
    }
    char dst[WARTA_ISO_SIZE] = "x";
    cr_expect_eq(warta_time_iso(NULL, dst), 0);
    cr_expect_str_eq(dst, "");
    cr_expect_eq(warta_time_iso(&cases[0].time, NULL), 0);
}

typedef struct {
    warta_age age;
    const char *iso;
} age_iso_case;

Test(dates, age_iso)
{
    static const age_iso_case cases[] = {
        {{11, WARTA_AGE_DAYS}, "P11D"},   {{3, WARTA_AGE_HOURS}, "PT3H"},
        {{4, WARTA_AGE_MINUTES}, "PT4M"}, {{6, WARTA_AGE_SECONDS}, "PT6S"},
        {{2, WARTA_AGE_WEEKS}, "P2W"},    {{1, WARTA_AGE_MONTHS}, "P1M"},
        {{1, WARTA_AGE_YEARS}, "P1Y"},    {{0, WARTA_AGE_SECONDS}, "PT0S"},
        {{4294967295u, WARTA_AGE_DAYS}, "P4294967295D"},
        {{11, WARTA_AGE_NONE}, ""},       {{11, 99}, ""},
    };
    for (size_t k = 0; k < COUNT(cases); k++) {
        char dst[WARTA_ISO_SIZE];
        memset(dst, 'x', sizeof dst);
        size_t n = warta_age_iso(&cases[k].age, dst);
        cr_expect_str_eq(dst, cases[k].iso, "case %zu", k);
        cr_expect_eq(n, strlen(cases[k].iso), "length of case %zu: %zu", k, n);
    }
    char dst[WARTA_ISO_SIZE] = "x";
    cr_expect_eq(warta_age_iso(NULL, dst), 0);
    cr_expect_str_eq(dst, "");
}

/* The stamps and ages of the sample articles, end to end through the formatters. */
Test(dates, sample_stamps)
{
    static const found_date stamps[] = {
        {"Sabtu, 30 April 2016 \xE2\x80\x93 15:24 WIB", "2016-04-30T15:24:00+07:00"},
        {"Selasa, 18 April 2017 16:19 WIB", "2017-04-18T16:19:00+07:00"},
        {"Minggu, 14 Februari 2016 09:15 |", "2016-02-14T09:15:00"},
        {"1 Agustus 2017 GMT+7", "2017-08-01"},
    };
    for (size_t k = 0; k < COUNT(stamps); k++) {
        warta_date_match m;
        char iso[WARTA_ISO_SIZE];
        cr_assert_eq(warta_find_date(stamps[k].text, strlen(stamps[k].text), 0, 0, &m), 1);
        cr_expect_eq(warta_time_iso(&m.time, iso), strlen(stamps[k].iso));
        cr_expect_str_eq(iso, stamps[k].iso);
    }
    warta_age age;
    char iso[WARTA_ISO_SIZE];
    cr_assert_eq(warta_parse_age("43 hari lalu", 12, &age), 1);
    cr_expect_eq(warta_age_iso(&age, iso), 4);
    cr_expect_str_eq(iso, "P43D");
}
