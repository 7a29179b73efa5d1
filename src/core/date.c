/* date.c - calendar dates as day numbers (see date.h).
 *
 * Conversion uses Howard Hinnant's days_from_civil / civil_from_days
 * algorithms (public domain, http://howardhinnant.github.io/date_algorithms.html),
 * which count days relative to 1970-01-01 in the proleptic Gregorian calendar.
 * A cdate is that count plus CDATE_OFFSET = 719468, the distance from
 * 0000-03-01 to 1970-01-01, so that:
 *
 *	0000-03-01 -> 0 (== CDATE_NONE, never produced for a valid date)
 *	0001-01-01 -> 306
 *	1970-01-01 -> 719468
 *	9999-12-31 -> 3652364
 *
 * Only years 1..9999 are accepted, so every valid date is > 0. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "date.h"

#define CDATE_OFFSET 719468

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
	static const int dim[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m == 2 && is_leap(y))
		return 29;
	return dim[m - 1];
}

/* Days since 1970-01-01 (Hinnant). */
static long days_from_civil(long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

static void civil_from_days(long z, int *py, int *pm, int *pd)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = (long)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	unsigned d = doy - (153 * mp + 2) / 5 + 1;
	unsigned m = mp < 10 ? mp + 3 : mp - 9;
	*py = (int)(y + (m <= 2));
	*pm = (int)m;
	*pd = (int)d;
}

static int ymd_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
	       d <= days_in_month(y, m);
}

cdate cdate_from_ymd(int y, int m, int d)
{
	if (!ymd_valid(y, m, d))
		return CDATE_NONE;
	return (cdate)(days_from_civil(y, (unsigned)m, (unsigned)d) + CDATE_OFFSET);
}

void cdate_to_ymd(cdate d, int *y, int *m, int *day)
{
	int yy = 0, mm = 0, dd = 0;
	if (d != CDATE_NONE)
		civil_from_days((long)d - CDATE_OFFSET, &yy, &mm, &dd);
	if (y)
		*y = yy;
	if (m)
		*m = mm;
	if (day)
		*day = dd;
}

/* Reads 1..maxn digits at *p; returns the count read (0 = none). */
static int read_digits(const char **p, int maxn, int *val)
{
	int n = 0, v = 0;
	while (n < maxn && isdigit((unsigned char)(*p)[n])) {
		v = v * 10 + ((*p)[n] - '0');
		n++;
	}
	*p += n;
	*val = v;
	return n;
}

static int parse_core(const char *s, size_t len, int *y, int *m, int *d)
{
	const char *p = s, *end = s + len;
	size_t i;
	int a, b, c, na, nb, nc;
	char sep;

	/* ddmmjjjj */
	if (len == 8) {
		for (i = 0; i < 8; i++)
			if (!isdigit((unsigned char)s[i]))
				break;
		if (i == 8) {
			*d = (s[0] - '0') * 10 + (s[1] - '0');
			*m = (s[2] - '0') * 10 + (s[3] - '0');
			*y = atoi(s + 4);
			return 0;
		}
	}
	na = read_digits(&p, 4, &a);
	if (na == 0 || p >= end)
		return -1;
	sep = *p;
	if (na == 4) {
		/* jjjj-mm-dd: only '-' */
		if (sep != '-')
			return -1;
		p++;
		nb = read_digits(&p, 2, &b);
		if (nb == 0 || p >= end || *p != '-')
			return -1;
		p++;
		nc = read_digits(&p, 2, &c);
		if (nc == 0 || p != end)
			return -1;
		*y = a, *m = b, *d = c;
		return 0;
	}
	if (na > 2 || (sep != '-' && sep != '/' && sep != '.'))
		return -1;
	p++;
	nb = read_digits(&p, 2, &b);
	if (nb == 0 || p >= end || *p != sep)
		return -1;
	p++;
	nc = read_digits(&p, 4, &c);
	if (nc != 4 || p != end)	/* two-digit years are refused */
		return -1;
	*d = a, *m = b, *y = c;
	return 0;
}

int cdate_parse(const char *s, cdate *out)
{
	size_t len;
	int y, m, d;

	if (out)
		*out = CDATE_NONE;
	if (!s)
		return DATE_EMPTY;
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
			   s[len - 1] == '\n' || s[len - 1] == '\r'))
		len--;
	if (len == 0)
		return DATE_EMPTY;
	if (parse_core(s, len, &y, &m, &d) < 0)
		return DATE_SYNTAX;
	if (!ymd_valid(y, m, d))
		return DATE_IMPOSSIBLE;
	if (out)
		*out = cdate_from_ymd(y, m, d);
	return DATE_OK;
}

const char *cdate_parse_message(int rc)
{
	switch (rc) {
	case DATE_OK:
		return "";
	case DATE_EMPTY:
		return "ontbreekt";
	case DATE_IMPOSSIBLE:
		return "bestaat niet in de kalender";
	case DATE_SYNTAX:
	default:
		return "is geen datum (gebruik dd-mm-jjjj)";
	}
}

static void put_digits(char *p, int v, int n);

/* "u:mm" / "uu:mm" (or with '.'), the whole of [s, end); -1 if not. */
static int parse_time(const char *s, const char *end, int *h, int *mi)
{
	const char *p = s;
	int nh = read_digits(&p, 2, h), nm;

	if (nh == 0 || p >= end || (*p != ':' && *p != '.'))
		return -1;
	p++;
	nm = read_digits(&p, 2, mi);
	if (nm != 2 || p != end || *h > 23 || *mi > 59)
		return -1;
	return 0;
}

int cmoment_parse(const char *s, char out[17])
{
	const char *b, *e, *t;
	char date[32];
	cdate d;
	int h, mi, rc;

	out[0] = '\0';
	if (!s)
		return DATE_EMPTY;
	for (b = s; *b == ' ' || *b == '\t' || *b == '\n' || *b == '\r'; b++)
		;
	for (e = b + strlen(b); e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'); e--)
		;
	if (e == b)
		return DATE_EMPTY;
	/* the time is what follows the last blank */
	for (t = e; t > b && t[-1] != ' ' && t[-1] != '\t'; t--)
		;
	if (t == b) {
		/* one word: a date without a time, or no date at all */
		if ((size_t)(e - b) >= sizeof date)
			return DATE_SYNTAX;
		memcpy(date, b, (size_t)(e - b));
		date[e - b] = '\0';
		rc = cdate_parse(date, &d);
		return rc == DATE_OK ? DATE_NOTIME : rc;
	}
	if ((size_t)(t - b) >= sizeof date)
		return DATE_SYNTAX;
	memcpy(date, b, (size_t)(t - b));
	date[t - b] = '\0';
	if ((rc = cdate_parse(date, &d)) != DATE_OK)
		return rc == DATE_EMPTY ? DATE_SYNTAX : rc;
	if (parse_time(t, e, &h, &mi) != 0)
		return DATE_NOTIME;
	cdate_format_iso(d, out);
	out[10] = ' ';
	put_digits(out + 11, h, 2);
	out[13] = ':';
	put_digits(out + 14, mi, 2);
	out[16] = '\0';
	return DATE_OK;
}

const char *cmoment_parse_message(int rc)
{
	switch (rc) {
	case DATE_OK:
		return "";
	case DATE_EMPTY:
		return "ontbreekt";
	case DATE_IMPOSSIBLE:
		return "bestaat niet in de kalender";
	case DATE_NOTIME:
		return "heeft geen geldige tijd (uu:mm)";
	case DATE_SYNTAX:
	default:
		return "is geen geldig tijdstip (gebruik dd-mm-jjjj uu:mm)";
	}
}

/* Writes v (>= 0) as exactly n digits, zero padded. */
static void put_digits(char *p, int v, int n)
{
	while (n-- > 0) {
		p[n] = (char)('0' + v % 10);
		v /= 10;
	}
}

void cdate_format_nl(cdate d, char buf[11])
{
	int y, m, dd;
	cdate_to_ymd(d, &y, &m, &dd);
	if (d == CDATE_NONE || !ymd_valid(y, m, dd)) {
		buf[0] = '\0';
		return;
	}
	put_digits(buf, dd, 2);
	buf[2] = '-';
	put_digits(buf + 3, m, 2);
	buf[5] = '-';
	put_digits(buf + 6, y, 4);
	buf[10] = '\0';
}

void cdate_format_iso(cdate d, char buf[11])
{
	int y, m, dd;
	cdate_to_ymd(d, &y, &m, &dd);
	if (d == CDATE_NONE || !ymd_valid(y, m, dd)) {
		buf[0] = '\0';
		return;
	}
	put_digits(buf, y, 4);
	buf[4] = '-';
	put_digits(buf + 5, m, 2);
	buf[7] = '-';
	put_digits(buf + 8, dd, 2);
	buf[10] = '\0';
}

/* Strict "jjjj-mm-dd", optionally followed by a time (' ' or 'T'). */
cdate cdate_from_iso(const char *s)
{
	int i, y, m, d;

	if (!s)
		return CDATE_NONE;
	for (i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-')
				return CDATE_NONE;
		} else if (!isdigit((unsigned char)s[i])) {
			return CDATE_NONE;
		}
	}
	if (s[10] != '\0' && s[10] != ' ' && s[10] != 'T')
		return CDATE_NONE;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	return cdate_from_ymd(y, m, d);
}

/* Today in Europe/Amsterdam, computed from UTC without touching TZ or the
 * process environment (thread-safe, no tzdata needed): CET is UTC+1 and
 * CEST (UTC+2) runs from the last Sunday of March 01:00 UTC to the last
 * Sunday of October 01:00 UTC, the EU rule Amsterdam has followed since
 * 1996.  Should the EU drop daylight saving time, adapt this function. */
static cdate last_sunday(int y, int m)
{
	cdate d = cdate_from_ymd(y, m, days_in_month(y, m));
	/* 1970-01-01 (719468) was a Thursday; weekday 0 = Sunday. */
	int wd = (int)(((long)d - CDATE_OFFSET + 4) % 7);
	if (wd < 0)
		wd += 7;
	return d - wd;
}

static cdate amsterdam_today(time_t now)
{
	long long t = (long long)now;
	long long days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	long secs = (long)(t - days * 86400);	/* 0..86399 UTC */
	cdate utc_day = (cdate)(days + CDATE_OFFSET);
	int y = cdate_year(utc_day);
	cdate start = last_sunday(y, 3), end = last_sunday(y, 10);
	int offset = 3600;

	if ((utc_day > start || (utc_day == start && secs >= 3600)) &&
	    (utc_day < end || (utc_day == end && secs < 3600)))
		offset = 7200;
	return utc_day + (secs + offset >= 86400 ? 1 : 0);
}

cdate cdate_today(void)
{
	const char *env = getenv("CASUS_TODAY");
	cdate d;

	if (env && *env && cdate_parse(env, &d) == DATE_OK)
		return d;
	return amsterdam_today(time(NULL));
}

int cdate_year(cdate d)
{
	int y;
	if (d == CDATE_NONE)
		return 0;
	cdate_to_ymd(d, &y, NULL, NULL);
	return y;
}

cdate cdate_add_months(cdate d, int months)
{
	int y, m, dd, dim;
	long idx;

	if (d == CDATE_NONE)
		return CDATE_NONE;
	cdate_to_ymd(d, &y, &m, &dd);
	idx = (long)y * 12 + (m - 1) + months;
	if (idx < 12 || idx >= 10000L * 12)
		return CDATE_NONE;
	y = (int)(idx / 12);
	m = (int)(idx % 12) + 1;
	dim = days_in_month(y, m);
	if (dd > dim)
		dd = dim;
	return cdate_from_ymd(y, m, dd);
}

/* Rule: months = (y2*12 + m2) - (y1*12 + m1), minus 1 when d2 < d1.
 * So 15-01 -> 14-02 is 0, 15-01 -> 15-02 is 1, 31-01 -> 28-02 is 0 and
 * 31-01 -> 01-03 is 1.  Unknown dates or b < a give 0. */
int cdate_full_months(cdate a, cdate b)
{
	int y1, m1, d1, y2, m2, d2, n;

	if (a == CDATE_NONE || b == CDATE_NONE || b < a)
		return 0;
	cdate_to_ymd(a, &y1, &m1, &d1);
	cdate_to_ymd(b, &y2, &m2, &d2);
	n = (y2 * 12 + m2) - (y1 * 12 + m1);
	if (d2 < d1)
		n--;
	return n;
}

/* Whole years.  Someone born on 29-02 turns a year older on 01-03 in a
 * non-leap year (and on 29-02 in a leap year).  Returns -1 when a date is
 * unknown or `on` lies before `birth`. */
int cdate_age(cdate birth, cdate on)
{
	int y1, m1, d1, y2, m2, d2, age;

	if (birth == CDATE_NONE || on == CDATE_NONE || on < birth)
		return -1;
	cdate_to_ymd(birth, &y1, &m1, &d1);
	cdate_to_ymd(on, &y2, &m2, &d2);
	age = y2 - y1;
	if (m2 < m1 || (m2 == m1 && d2 < d1))
		age--;
	return age;
}
