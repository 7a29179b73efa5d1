/* test_date.c - calendar day numbers, parsing, formatting, month/age maths. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "date.h"

static cdate P(const char *s)
{
	cdate d = CDATE_NONE;
	if (cdate_parse(s, &d) != DATE_OK)
		return CDATE_NONE;
	return d;
}

static const char *NL(cdate d)
{
	static char buf[11];
	cdate_format_nl(d, buf);
	return buf;
}

static const char *ISO(cdate d)
{
	static char buf[11];
	cdate_format_iso(d, buf);
	return buf;
}

static void test_anchor(void)
{
	CHECK_INT(cdate_from_ymd(1970, 1, 1), 719468, "1970-01-01 is day 719468");
	CHECK_INT(cdate_from_ymd(1, 1, 1), 306, "0001-01-01 is day 306 (> 0)");
	CHECK_INT(cdate_from_ymd(0, 3, 1), CDATE_NONE, "year 0 refused");
	CHECK_INT(cdate_from_ymd(10000, 1, 1), CDATE_NONE, "year 10000 refused");
	CHECK(cdate_from_ymd(9999, 12, 31) > 0, "9999-12-31 valid");
	CHECK_INT(cdate_from_ymd(2025, 2, 31), CDATE_NONE, "31-02-2025 none");
	CHECK_INT(cdate_from_ymd(2025, 13, 1), CDATE_NONE, "month 13 none");
	CHECK_INT(cdate_from_ymd(2025, 0, 1), CDATE_NONE, "month 0 none");
	CHECK_INT(cdate_from_ymd(2025, 4, 31), CDATE_NONE, "31 april none");
	CHECK_INT(cdate_from_ymd(2025, 1, 0), CDATE_NONE, "day 0 none");
	CHECK_INT(cdate_from_ymd(2025, 1, 2) - cdate_from_ymd(2025, 1, 1), 1, "consecutive");
	CHECK_INT(cdate_from_ymd(2025, 3, 1) - cdate_from_ymd(2025, 2, 28), 1, "28-02 -> 01-03 in 2025");
	CHECK_INT(cdate_from_ymd(2024, 3, 1) - cdate_from_ymd(2024, 2, 28), 2, "leap day 2024");
	CHECK_INT(cdate_from_ymd(2025, 1, 1) - cdate_from_ymd(2024, 1, 1), 366, "2024 has 366 days");
}

static void test_leap(void)
{
	cdate d;
	CHECK_INT(cdate_parse("29-02-2024", &d), DATE_OK, "29-02-2024 ok");
	CHECK_INT(cdate_parse("29-02-2025", &d), DATE_IMPOSSIBLE, "29-02-2025 impossible");
	CHECK_INT(d, CDATE_NONE, "out reset on error");
	CHECK_INT(cdate_parse("29-02-1900", &d), DATE_IMPOSSIBLE, "29-02-1900 impossible");
	CHECK_INT(cdate_parse("29-02-2000", &d), DATE_OK, "29-02-2000 ok");
	CHECK_STR(NL(d), "29-02-2000", "29-02-2000 formatted");
	CHECK_INT(cdate_parse("1900-02-29", &d), DATE_IMPOSSIBLE, "1900-02-29 impossible");
	CHECK_INT(cdate_parse("2100-02-29", &d), DATE_IMPOSSIBLE, "2100-02-29 impossible");
	CHECK_INT(cdate_parse("2400-02-29", &d), DATE_OK, "2400-02-29 ok");
}

static void test_parse_forms(void)
{
	cdate want = cdate_from_ymd(2025, 3, 7), d;
	const char *ok[] = {
		"07-03-2025", "7-3-2025", "07032025", "2025-03-07", "2025-3-7",
		"07/03/2025", "7/3/2025", "07.03.2025", "7.3.2025", "  07-03-2025 ",
		"\t7-3-2025\t", "7-03-2025", "07-3-2025",
	};
	const char *syntax[] = {
		"7-3-25", "07-03-25", "070325", "7 maart 2025", "07-03/2025",
		"2025/03/07", "2025.03.07", "07-03-2025x", "x07-03-2025",
		"07--03-2025", "007-03-2025", "07-003-2025", "07-03-20255",
		"0703202", "070320255", "2025-03", "-", "abc", "2025-03-07-",
		"1-2-3", "07-03-2025 12:00",
	};
	size_t i;
	char desc[80];

	for (i = 0; i < sizeof ok / sizeof *ok; i++) {
		d = 0;
		snprintf(desc, sizeof desc, "parse ok: '%s'", ok[i]);
		if (!CHECK(cdate_parse(ok[i], &d) == DATE_OK && d == want, desc))
			printf("#   got %d\n", (int)d);
	}
	for (i = 0; i < sizeof syntax / sizeof *syntax; i++) {
		d = 123;
		snprintf(desc, sizeof desc, "syntax error: '%s'", syntax[i]);
		CHECK(cdate_parse(syntax[i], &d) == DATE_SYNTAX && d == CDATE_NONE, desc);
	}
	d = 123;
	CHECK_INT(cdate_parse("", &d), DATE_EMPTY, "empty");
	CHECK_INT(d, CDATE_NONE, "empty -> none");
	CHECK_INT(cdate_parse("   \t ", &d), DATE_EMPTY, "blank");
	CHECK_INT(cdate_parse(NULL, &d), DATE_EMPTY, "NULL");
	CHECK_INT(cdate_parse("31-02-2025", &d), DATE_IMPOSSIBLE, "31-02-2025 impossible");
	CHECK_INT(cdate_parse("31022025", &d), DATE_IMPOSSIBLE, "31022025 impossible");
	CHECK_INT(cdate_parse("2025-02-31", &d), DATE_IMPOSSIBLE, "2025-02-31 impossible");
	CHECK_INT(cdate_parse("01-13-2025", &d), DATE_IMPOSSIBLE, "month 13 impossible");
	CHECK_INT(cdate_parse("00-01-2025", &d), DATE_IMPOSSIBLE, "day 0 impossible");
	CHECK_INT(cdate_parse("01-01-0000", &d), DATE_IMPOSSIBLE, "year 0 impossible");
	CHECK_INT(cdate_parse("31-12-9999", &d), DATE_OK, "31-12-9999 ok");
	CHECK_INT(cdate_parse("01-01-0001", &d), DATE_OK, "01-01-0001 ok");
	CHECK(d > 0, "01-01-0001 positive");
	CHECK_INT(cdate_parse("31.12.2024", &d), DATE_OK, "31.12.2024");
	CHECK_STR(ISO(d), "2024-12-31", "31.12.2024 iso");

	CHECK_STR(cdate_parse_message(DATE_SYNTAX), "is geen datum (gebruik dd-mm-jjjj)", "msg syntax");
	CHECK_STR(cdate_parse_message(DATE_IMPOSSIBLE), "bestaat niet in de kalender", "msg impossible");
	CHECK(strlen(cdate_parse_message(DATE_EMPTY)) > 0, "msg empty");
}

static void test_format_iso(void)
{
	char buf[11] = "xxxxxxxxxx";
	cdate_format_nl(CDATE_NONE, buf);
	CHECK_STR(buf, "", "none formats as empty (nl)");
	strcpy(buf, "xxxxxxxxxx");
	cdate_format_iso(CDATE_NONE, buf);
	CHECK_STR(buf, "", "none formats as empty (iso)");
	CHECK_STR(NL(cdate_from_ymd(5, 1, 9)), "09-01-0005", "zero padded year");
	CHECK_STR(ISO(cdate_from_ymd(2025, 10, 31)), "2025-10-31", "iso");

	CHECK_INT(cdate_from_iso("2025-10-31"), cdate_from_ymd(2025, 10, 31), "from iso");
	CHECK_INT(cdate_from_iso("2025-10-31 12:30"), cdate_from_ymd(2025, 10, 31), "from iso with time");
	CHECK_INT(cdate_from_iso(NULL), CDATE_NONE, "from iso NULL");
	CHECK_INT(cdate_from_iso(""), CDATE_NONE, "from iso empty");
	CHECK_INT(cdate_from_iso("2025-02-31"), CDATE_NONE, "from iso impossible");
	CHECK_INT(cdate_from_iso("31-10-2025"), CDATE_NONE, "from iso nl form refused");
	CHECK_INT(cdate_from_iso("2025-1-1"), CDATE_NONE, "from iso short refused");
	CHECK_INT(cdate_from_iso("2025-01-011"), CDATE_NONE, "from iso trailing digit");
}

static void test_roundtrip(void)
{
	int y, m, d, bad = 0, y2, m2, d2;
	cdate prev = CDATE_NONE, c;
	char buf[11];
	long n = 0;

	for (y = 1; y <= 9999; y += (y < 1700 || y > 2200) ? 37 : 1) {
		for (m = 1; m <= 12; m++) {
			for (d = 1; d <= 31; d++) {
				c = cdate_from_ymd(y, m, d);
				if (c == CDATE_NONE)
					continue;
				n++;
				cdate_to_ymd(c, &y2, &m2, &d2);
				if (y2 != y || m2 != m || d2 != d)
					bad++;
				if (prev != CDATE_NONE && y == cdate_year(prev) && c != prev + 1)
					bad++;
				cdate_format_iso(c, buf);
				if (cdate_from_iso(buf) != c)
					bad++;
				cdate_format_nl(c, buf);
				if (P(buf) != c)
					bad++;
				prev = c;
			}
		}
	}
	CHECK_INT(bad, 0, "round trips over many years");
	CHECK(n > 200000, "round trip covered many days");
	/* every day from 1900 to 2100 is contiguous */
	bad = 0;
	for (c = cdate_from_ymd(1900, 1, 1); c < cdate_from_ymd(2101, 1, 1); c++) {
		cdate_to_ymd(c, &y, &m, &d);
		if (cdate_from_ymd(y, m, d) != c)
			bad++;
	}
	CHECK_INT(bad, 0, "day-by-day 1900..2100");
	CHECK_INT(cdate_year(cdate_from_ymd(2025, 12, 31)), 2025, "cdate_year");
	CHECK_INT(cdate_year(CDATE_NONE), 0, "cdate_year none");
	cdate_to_ymd(CDATE_NONE, &y, &m, &d);
	CHECK(y == 0 && m == 0 && d == 0, "to_ymd none gives zeros");
}

static void test_months(void)
{
	CHECK_INT(cdate_full_months(P("15-01-2025"), P("14-02-2025")), 0, "15-01 -> 14-02 = 0");
	CHECK_INT(cdate_full_months(P("15-01-2025"), P("15-02-2025")), 1, "15-01 -> 15-02 = 1");
	CHECK_INT(cdate_full_months(P("31-01-2025"), P("28-02-2025")), 0, "31-01 -> 28-02 = 0");
	CHECK_INT(cdate_full_months(P("31-01-2025"), P("01-03-2025")), 1, "31-01 -> 01-03 = 1");
	CHECK_INT(cdate_full_months(P("15-01-2025"), P("15-01-2025")), 0, "same day = 0");
	CHECK_INT(cdate_full_months(P("15-01-2024"), P("14-01-2025")), 11, "year minus a day = 11");
	CHECK_INT(cdate_full_months(P("15-01-2024"), P("15-01-2025")), 12, "year = 12");
	CHECK_INT(cdate_full_months(P("01-11-2024"), P("31-10-2025")), 11, "01-11 -> 31-10 = 11");
	CHECK_INT(cdate_full_months(P("15-02-2025"), P("15-01-2025")), 0, "b < a = 0");
	CHECK_INT(cdate_full_months(CDATE_NONE, P("15-01-2025")), 0, "none = 0");

	CHECK_STR(NL(cdate_add_months(P("31-01-2025"), 1)), "28-02-2025", "31-01 + 1 -> 28-02");
	CHECK_STR(NL(cdate_add_months(P("31-01-2024"), 1)), "29-02-2024", "31-01-2024 + 1 -> 29-02");
	CHECK_STR(NL(cdate_add_months(P("31-03-2025"), 1)), "30-04-2025", "31-03 + 1 -> 30-04");
	CHECK_STR(NL(cdate_add_months(P("15-11-2025"), 3)), "15-02-2026", "over year end");
	CHECK_STR(NL(cdate_add_months(P("15-01-2025"), -1)), "15-12-2024", "negative");
	CHECK_STR(NL(cdate_add_months(P("29-02-2024"), 12)), "28-02-2025", "29-02 + 12");
	CHECK_STR(NL(cdate_add_months(P("29-02-2024"), 48)), "29-02-2028", "29-02 + 48");
	CHECK_STR(NL(cdate_add_months(P("10-05-2025"), 18)), "10-11-2026", "+18 months");
	CHECK_INT(cdate_add_months(CDATE_NONE, 3), CDATE_NONE, "none + 3");
	CHECK_INT(cdate_add_months(P("15-12-9999"), 1), CDATE_NONE, "beyond 9999");
}

static void test_age(void)
{
	cdate b = P("10-06-2000");
	CHECK_INT(cdate_age(b, P("09-06-2025")), 24, "day before 25th birthday: 24");
	CHECK_INT(cdate_age(b, P("10-06-2025")), 25, "25th birthday: 25");
	CHECK_INT(cdate_age(b, P("11-06-2025")), 25, "day after: 25");
	CHECK_INT(cdate_age(b, b), 0, "birth day: 0");
	CHECK_INT(cdate_age(b, P("31-12-2000")), 0, "first year");
	CHECK_INT(cdate_age(CDATE_NONE, b), -1, "unknown birth");
	CHECK_INT(cdate_age(b, P("01-01-1999")), -1, "before birth");
	b = P("29-02-2000");
	CHECK_INT(cdate_age(b, P("28-02-2025")), 24, "29-02 birth: 28-02 non-leap still 24");
	CHECK_INT(cdate_age(b, P("01-03-2025")), 25, "29-02 birth: 01-03 non-leap 25");
	CHECK_INT(cdate_age(b, P("28-02-2024")), 23, "29-02 birth: 28-02 leap year 23");
	CHECK_INT(cdate_age(b, P("29-02-2024")), 24, "29-02 birth: 29-02 leap year 24");
}

static void test_today(void)
{
	cdate t;
	setenv("CASUS_TODAY", "2025-10-31", 1);
	CHECK_INT(cdate_today(), cdate_from_ymd(2025, 10, 31), "CASUS_TODAY overrides");
	setenv("CASUS_TODAY", "31-10-2025", 1);
	CHECK_INT(cdate_today(), cdate_from_ymd(2025, 10, 31), "CASUS_TODAY nl form");
	unsetenv("CASUS_TODAY");
	t = cdate_today();
	CHECK(cdate_year(t) >= 2024 && cdate_year(t) < 2200, "real today plausible");
}

/* Issue 13, 3: a moment takes every date form, with a time. */
static void test_moment(void)
{
	static const struct { const char *in, *want; int rc; } t[] = {
		{ "30-11-2026 10:15", "2026-11-30 10:15", DATE_OK },
		{ "1-2-2026 9:05", "2026-02-01 09:05", DATE_OK },
		{ "30112026 10.15", "2026-11-30 10:15", DATE_OK },
		{ "2026-11-30 10:15", "2026-11-30 10:15", DATE_OK },
		{ " 30/11/2026   23:59 ", "2026-11-30 23:59", DATE_OK },
		{ "", "", DATE_EMPTY },
		{ "30-11-2026", "", DATE_NOTIME },
		{ "30-11-2026 24:00", "", DATE_NOTIME },
		{ "30-11-2026 10:60", "", DATE_NOTIME },
		{ "30-11-2026 10:5", "", DATE_NOTIME },
		{ "31-11-2026 10:15", "", DATE_IMPOSSIBLE },
		{ "30-11-26 10:15", "", DATE_SYNTAX },
		{ "gisteren 10:15", "", DATE_SYNTAX },
	};
	char out[17], desc[80];

	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		snprintf(desc, sizeof desc, "tijdstip \"%s\"", t[i].in);
		CHECK_INT(cmoment_parse(t[i].in, out), t[i].rc, desc);
		CHECK_STR(out, t[i].want, desc);
	}
	CHECK(strstr(cmoment_parse_message(DATE_NOTIME), "uu:mm") != NULL, "melding noemt uu:mm");
}

int main(void)
{
	test_moment();
	test_anchor();
	test_leap();
	test_parse_forms();
	test_format_iso();
	test_roundtrip();
	test_months();
	test_age();
	test_today();
	return check_done();
}
