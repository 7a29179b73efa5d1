/* date.h - calendar dates as day numbers.
 *
 * A cdate counts days with 0000-03-01 as day 0 of the proleptic Gregorian
 * calendar, shifted so that every date from year 1 on is positive.  The value
 * CDATE_NONE (0) means "unknown / not recorded".  Dates are Europe/Amsterdam
 * calendar days; no time of day is involved. */
#ifndef CASUS_DATE_H
#define CASUS_DATE_H

#include <stdint.h>

typedef int32_t cdate;
#define CDATE_NONE 0

/* Returns CDATE_NONE when y-m-d is not a real calendar date (31-02-2025)
 * or the year is outside 1..9999. */
cdate cdate_from_ymd(int y, int m, int d);
void cdate_to_ymd(cdate d, int *y, int *m, int *day);

/* Parse user input: dd-mm-jjjj, d-m-jjjj, ddmmjjjj, jjjj-mm-dd (also with
 * '/' or '.' as separator in the d-m-y forms); blanks around are ignored.
 * Returns DATE_OK and sets *out, DATE_EMPTY for an empty string (*out =
 * CDATE_NONE), DATE_SYNTAX when the text is not a date form, DATE_IMPOSSIBLE
 * for a well-formed but non-existent date such as 31-02-2025. */
enum { DATE_OK = 0, DATE_EMPTY = 1, DATE_SYNTAX = 2, DATE_IMPOSSIBLE = 3 };
int cdate_parse(const char *s, cdate *out);
/* Dutch message for a parse result (static string), e.g.
 * "geen geldige datum (gebruik dd-mm-jjjj)". */
const char *cdate_parse_message(int rc);

/* Parse a moment typed by the user: a date in any form cdate_parse takes,
 * blanks, then a time u:mm or uu:mm (':' or '.'), e.g. "30-11-2026 10:15"
 * or "2026-11-30 9.05".  On DATE_OK out holds the stored form
 * "jjjj-mm-dd uu:mm"; otherwise out is "" and the result is DATE_EMPTY,
 * DATE_SYNTAX, DATE_IMPOSSIBLE (no such day) or DATE_NOTIME (the time is
 * missing or not a time of day). */
enum { DATE_NOTIME = 4 };
int cmoment_parse(const char *s, char out[17]);
/* Dutch message for a cmoment_parse result (static string). */
const char *cmoment_parse_message(int rc);

/* buf must hold 11 bytes; CDATE_NONE formats as "". */
void cdate_format_nl(cdate d, char buf[11]);   /* dd-mm-jjjj */
void cdate_format_iso(cdate d, char buf[11]);  /* jjjj-mm-dd (storage) */
/* ISO text from SQLite -> cdate; NULL/""/bad -> CDATE_NONE. */
cdate cdate_from_iso(const char *s);

/* Today in Europe/Amsterdam.  The environment variable CASUS_TODAY
 * (jjjj-mm-dd) overrides it, for tests and demos. */
cdate cdate_today(void);

int cdate_year(cdate d);
cdate cdate_add_months(cdate d, int months);   /* clamps to month end */
/* Whole calendar months from a to b (b >= a): 15-01 -> 14-02 is 0,
 * 15-01 -> 15-02 is 1. */
int cdate_full_months(cdate a, cdate b);
/* Age in whole years on day `on` for someone born on `birth`. */
int cdate_age(cdate birth, cdate on);

#endif
