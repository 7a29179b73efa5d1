/* test_search.c - client search by name fragment, klantnummer, BSN and
 * date of birth, on an in-memory database; and that every query the search
 * runs is answered by an index (EXPLAIN QUERY PLAN shows no full SCAN of
 * table client). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "../../src/core/db_int.h"  /* the test looks inside the connection */
#include "norm.h"
#include "search.h"
#include "util.h"

static casus_db *db;

static int64_t add_client(const char *knr, const char *bsn, const char *voornaam,
			  const char *achternaam, const char *geboren)
{
	sqlite3_stmt *st = NULL;
	char *a = xasprintf("%s %s", voornaam, achternaam);
	char *b = xasprintf("%s %s", achternaam, voornaam);
	char *zk = norm_key(a), *sk = norm_key(b);
	int64_t id = -1;

	if (sqlite3_prepare_v2(db->sql,
			       "INSERT INTO client(klantnummer, bsn, voornaam, achternaam,"
			       " geboortedatum, zoeksleutel, sorteersleutel)"
			       " VALUES (?, ?, ?, ?, ?, ?, ?)", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, knr, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, bsn, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, voornaam, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, achternaam, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, geboren, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, zk, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 7, sk, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_DONE)
			id = sqlite3_last_insert_rowid(db->sql);
		else
			printf("# insert %s: %s\n", knr, sqlite3_errmsg(db->sql));
	}
	sqlite3_finalize(st);
	free(a);
	free(b);
	free(zk);
	free(sk);
	return id;
}

static int contains(const search_result *r, int64_t id)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->ids[i] == id)
			return 1;
	return 0;
}

/* Number of results for q, -1 on error; *found = whether `want` is among
 * them. */
static long count(const char *q, int64_t want, int *found)
{
	search_result r;
	long n;

	if (search_clients(db, q, 100, &r) != CASUS_OK) {
		printf("# search \"%s\": %s\n", q, db_errmsg(db));
		return -1;
	}
	if (found)
		*found = contains(&r, want);
	n = (long)r.n;
	search_result_free(&r);
	return n;
}

static void finds(const char *q, int64_t want, const char *desc)
{
	int found = 0;

	count(q, want, &found);
	CHECK(found, desc);
}

static void finds_not(const char *q, int64_t unwanted, const char *desc)
{
	int found = 1;

	CHECK(count(q, unwanted, &found) >= 0 && !found, desc);
}

static void finds_exactly(const char *q, int64_t want, const char *desc)
{
	int found = 0;
	long n = count(q, want, &found);

	if (!CHECK(n == 1 && found, desc))
		printf("#   %ld results, wanted id %lld among them\n", n, (long long)want);
}

/* ---- EXPLAIN QUERY PLAN ------------------------------------------------ */

static char *traced[16];
static int ntraced;

static int trace_cb(unsigned type, void *ctx, void *p, void *x)
{
	if (type == SQLITE_TRACE_STMT && ntraced < 16) {
		char *sql = sqlite3_expanded_sql(p);
		/* statements run inside others (FTS5 shadow tables,
		 * triggers) are marked with a leading "--": skip them */
		if (sql && strncmp(sql, "--", 2) != 0)
			traced[ntraced++] = xstrdup(sql);
		sqlite3_free(sql);
	}
	return 0;
}

/* 1 when the plan of sql contains a full scan of table client (a plain
 * SCAN or a SCAN ... USING INDEX, which reads the whole index, except the
 * BSN index scan above), -1 on error. */
static int plan_scans_client(const char *sql)
{
	sqlite3_stmt *st = NULL;
	char *eqp = xasprintf("EXPLAIN QUERY PLAN %s", sql);
	int scans = 0;

	if (sqlite3_prepare_v2(db->sql, eqp, -1, &st, NULL) != SQLITE_OK) {
		printf("# EQP prepare: %s\n", sqlite3_errmsg(db->sql));
		scans = -1;
	} else {
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *d = (const char *)sqlite3_column_text(st, 3);
			if (d && strncmp(d, "SCAN client", 11) == 0 && d[11] != '_') {
				printf("#   full scan: %s\n", d);
				scans = 1;
			}
		}
	}
	sqlite3_finalize(st);
	free(eqp);
	return scans;
}

static void check_plan(const char *q)
{
	search_result r;
	char desc[200];
	int bad = 0;

	ntraced = 0;
	sqlite3_trace_v2(db->sql, SQLITE_TRACE_STMT, trace_cb, NULL);
	search_clients(db, q, 50, &r);
	sqlite3_trace_v2(db->sql, 0, NULL, NULL);
	search_result_free(&r);

	for (int i = 0; i < ntraced; i++) {
		if (plan_scans_client(traced[i]) != 0)
			bad = 1;
		free(traced[i]);
	}
	snprintf(desc, sizeof desc, "query \"%s\" uses indexes only (%d statement%s)",
		 q, ntraced, ntraced == 1 ? "" : "s");
	CHECK(ntraced > 0 && !bad, desc);
}

/* 1 when one of the statements the search on q runs is planned as an
 * index search (not a SCAN) with the detail `want`, 0 if none, -1 on
 * error. */
static int plan_searches(const char *q, const char *want)
{
	search_result r;
	int hit = 0;

	ntraced = 0;
	sqlite3_trace_v2(db->sql, SQLITE_TRACE_STMT, trace_cb, NULL);
	if (search_clients(db, q, 50, &r) != CASUS_OK)
		hit = -1;
	sqlite3_trace_v2(db->sql, 0, NULL, NULL);
	search_result_free(&r);
	for (int i = 0; i < ntraced; i++) {
		sqlite3_stmt *st = NULL;
		char *eqp = xasprintf("EXPLAIN QUERY PLAN %s", traced[i]);

		if (sqlite3_prepare_v2(db->sql, eqp, -1, &st, NULL) != SQLITE_OK)
			hit = -1;
		while (hit >= 0 && st && sqlite3_step(st) == SQLITE_ROW) {
			const char *d = (const char *)sqlite3_column_text(st, 3);
			if (d && strncmp(d, "SEARCH ", 7) == 0 && strstr(d, want))
				hit = 1;
		}
		sqlite3_finalize(st);
		free(eqp);
		free(traced[i]);
	}
	return hit;
}

/* The last 4 to 8 digits of a BSN are an equality on the index of the
 * BSN's last four characters (migration 014), not a walk of the whole BSN
 * index. */
static void check_bsn_end_plan(const char *q)
{
	char *desc = xasprintf("\"%s\": the end of a BSN is looked up in client_bsn_einde", q);

	CHECK_INT(plan_searches(q, "USING INDEX client_bsn_einde (<expr>=?)"), 1, desc);
	free(desc);
}

/* A klantnummer prefix ("k1": thousands of clients on a large caseload)
 * is read from the index that holds the name key too (migration 017),
 * not row by row from the table. */
static void check_klantnummer_plan(const char *q)
{
	char *desc = xasprintf("\"%s\": a klantnummer prefix is read from client_klantnummer_naam", q);

	CHECK_INT(plan_searches(q, "USING COVERING INDEX client_klantnummer_naam (klantnummer>? AND klantnummer<?)"),
		  1, desc);
	free(desc);
}

/* ---- tests ------------------------------------------------------------- */

/* ---- the search log ------------------------------------------------------ */

static long log_rows(void)
{
	sqlite3_stmt *st = NULL;
	long n = -1;

	if (sqlite3_prepare_v2(db->sql, "SELECT count(*) FROM zoeklog", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* The last row as "moment|wie|soort|cijfers|treffers" (caller frees). */
static char *log_last(void)
{
	sqlite3_stmt *st = NULL;
	char *row = xstrdup("");

	if (sqlite3_prepare_v2(db->sql, "SELECT moment || '|' || wie || '|' || soort || '|' || cijfers"
			       " || '|' || treffers FROM zoeklog ORDER BY id DESC LIMIT 1", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW) {
		free(row);
		row = xstrdup((const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	return row;
}

static void kind_is(const char *q, search_bsn_kind want, int want_digits)
{
	int d = -1;
	char *desc = xasprintf("\"%s\": kind %d, %d digits", q, (int)want, want_digits);

	CHECK(search_bsn_kind_of(q, &d) == want && d == want_digits, desc);
	free(desc);
}

/* Type q key by key into an incremental search, as the screens do. */
static void type_keys(search_typed *s, const char *q)
{
	char buf[64];
	size_t n = strlen(q);

	for (size_t i = 1; i <= n && i < sizeof buf; i++) {
		search_result r;

		memcpy(buf, q, i);
		buf[i] = '\0';
		search_typed_run(db, s, buf, 100, &r);
		search_result_free(&r);
	}
}

static void test_log(void)
{
	search_typed s = { NULL, 0 };
	search_result r;
	zoeklog_row *rows = NULL;
	size_t n = 0;
	char *row, *want;

	kind_is("6782", SEARCH_BSN_EINDE, 4);
	kind_is(" 56782 ", SEARCH_BSN_EINDE, 5);
	kind_is("23456782", SEARCH_BSN_EINDE, 8);
	kind_is("12345672", SEARCH_BSN_VOLLEDIG, 8);
	kind_is("111222333", SEARCH_BSN_VOLLEDIG, 9);
	kind_is("123456789", SEARCH_BSN_GEEN, 0);   /* fails the elfproef: no BSN search */
	kind_is("782", SEARCH_BSN_GEEN, 0);
	kind_is("K100234", SEARCH_BSN_GEEN, 0);
	kind_is("nunez", SEARCH_BSN_GEEN, 0);
	kind_is("67 82", SEARCH_BSN_GEEN, 0);

	CHECK_INT(log_rows(), 0, "search_clients alone logs nothing");

	/* casus zoek: a partial BSN search writes one row, without the digits */
	CHECK_INT(search_clients_logged(db, "6782", 50, &r), CASUS_OK, "logged search on 6782 ok");
	CHECK(r.n == 1 && r.ids[0] != 0, "  finds the one client");
	search_result_free(&r);
	CHECK_INT(log_rows(), 1, "  one row in zoeklog");
	row = log_last();
	want = xasprintf("2025-01-01 12:00|%s|BSN-einde|4|1", db_user(db));
	CHECK_STR(row, want, "  when, who, kind, digits typed, hits");
	CHECK(strstr(row, "6782") == NULL, "  not the digits");
	free(row);
	free(want);
	CHECK_INT(search_clients_logged(db, "nunez", 50, &r), CASUS_OK, "logged search on a name ok");
	search_result_free(&r);
	CHECK_INT(log_rows(), 1, "  a name search is not logged");
	CHECK_INT(search_clients_logged(db, "111222333", 50, &r), CASUS_OK, "logged search on a whole BSN");
	search_result_free(&r);
	row = log_last();
	CHECK(strstr(row, "|BSN volledig|9|1") != NULL, "  BSN volledig, 9 digits, 1 hit");
	free(row);

	/* the screens: one row per search, not per key */
	type_keys(&s, "123456782");
	CHECK_INT(log_rows(), 2, "typing a whole BSN: nothing logged while typing");
	CHECK_INT(search_typed_end(db, &s), CASUS_OK, "end of the search");
	CHECK_INT(log_rows(), 3, "  one row for nine keys");
	row = log_last();
	CHECK(strstr(row, "|BSN volledig|9|1") != NULL, "  the search as shown last");
	free(row);
	CHECK_INT(search_typed_end(db, &s), CASUS_OK, "ending again");
	CHECK_INT(log_rows(), 3, "  logs nothing more");
	type_keys(&s, "6782");
	type_keys(&s, "nunez");    /* the text becomes a name: the BSN search is over */
	CHECK_INT(log_rows(), 4, "digits changed into a name: one row");
	CHECK_INT(search_typed_end(db, &s), CASUS_OK, "end after the name");
	CHECK_INT(log_rows(), 4, "  the name is not logged");
	CHECK(s.query == NULL, "  nothing held after the end");

	/* reading it back: newest first */
	CHECK_INT(zoeklog_list(db, 0, &rows, &n), CASUS_OK, "zoeklog_list ok");
	CHECK(n == 4 && strcmp(rows[0].soort, "BSN-einde") == 0 && rows[0].cijfers == 4 &&
	      rows[0].treffers == 1 && strcmp(rows[1].soort, "BSN volledig") == 0,
	      "  four rows, newest first");
	zoeklog_rows_free(rows, n);
	CHECK_INT(zoeklog_list(db, cdate_from_ymd(2025, 1, 2), &rows, &n), CASUS_OK, "zoeklog_list from a later day");
	CHECK_INT(n, 0, "  nothing from that day on");
	zoeklog_rows_free(rows, n);
}

int main(void)
{
	char *err = NULL;
	int64_t nunez, mohammed, arab, hasan, oyvind, nuria, manuel, maruf, wu,
		k2001, other_date, k100234, same1, same2, end1, end2;
	search_result r;

	setenv("CASUS_NOW", "2025-01-01 12:00", 1);
	db = db_open(":memory:", DB_OPEN_MEMORY, &err);
	if (!CHECK(db != NULL, "in-memory database opens")) {
		printf("# %s\n", err ? err : "?");
		free(err);
		return check_done();
	}

	nunez = add_client("K-1001", "111222333", "María", "Núñez", "1990-04-03");
	mohammed = add_client("K-1002", "012345672", "Mohammed", "Yusuf", "1985-12-01");
	arab = add_client("K-1003", NULL, "محمد", "العلي", NULL);
	hasan = add_client("K-1004", NULL, "Ḥasan", "Al-Khatib", "1990-04-30");
	oyvind = add_client("K-1005", NULL, "Øyvind", "Berg", NULL);
	nuria = add_client("K-1006", NULL, "Nuria", "Jansen", NULL);
	manuel = add_client("K-1007", NULL, "Manuel", "de Vries", NULL);
	maruf = add_client("K-1008", NULL, "Ma'ruf", "Karimi", NULL);
	wu = add_client("K-1009", NULL, "Li", "Wu", NULL);
	k2001 = add_client("K-2001", NULL, "Petra", "Smit", NULL);
	other_date = add_client("K-2002", NULL, "Joost", "Bakker", "1990-03-04");
	k100234 = add_client("K100234", "123456782", "Amina", "Hassan", "1991-05-06");
	same1 = add_client("K100235", "987654320", "Amina", "Hassan", "1993-07-08");
	same2 = add_client("K200234", NULL, "Amina", "Hassan", NULL);
	end1 = add_client("B-0001", "246801357", "Sara", "Einde", NULL);
	end2 = add_client("B-0002", "135791357", "Sam", "Einde", NULL);
	for (int i = 0; i < 300; i++) {
		char knr[32], ach[32];
		snprintf(knr, sizeof knr, "V-%04d", i);
		snprintf(ach, sizeof ach, "Vulling%03d", i);
		add_client(knr, NULL, "Test", ach, "1970-01-01");
	}
	CHECK(nunez > 0 && other_date > 0 && same2 > 0, "clients inserted");

	/* names: case and diacritics ignored, substrings anywhere */
	finds_exactly("nunez", nunez, "\"nunez\" finds Núñez");
	finds_exactly("Núñez", nunez, "\"Núñez\" finds Núñez");
	finds_exactly("NUÑ", nunez, "\"NUÑ\" finds Núñez");
	finds_exactly("mohammed", mohammed, "\"mohammed\" finds Mohammed");
	finds_exactly("HAMMED", mohammed, "substring in the middle of the voornaam");
	finds_exactly("maria nunez", nunez, "voornaam achternaam");
	finds_exactly("nunez maria", nunez, "achternaam voornaam (words in any order)");
	finds_exactly("hasan", hasan, "\"hasan\" finds Ḥasan");
	finds_exactly("khatib", hasan, "part of a hyphenated achternaam");
	finds_exactly("oyv", oyvind, "\"oyv\" finds Øyvind");
	finds_exactly("maruf", maruf, "\"maruf\" finds Ma'ruf");
	finds_exactly("Ma’ruf", maruf, "\"Ma’ruf\" finds Ma'ruf");
	finds_exactly("محم", arab, "Arabic fragment finds محمد العلي");
	finds_exactly("مُحَمَّد", arab, "fragment with harakat finds محمد");
	finds_exactly("العلي", arab, "Arabic achternaam");
	finds_exactly("nun ma", nunez, "long word via index, short word as substring");
	CHECK_INT(count("nun xy", 0, NULL), 0, "short word that does not occur filters out");
	CHECK_INT(count("xyzzy", 0, NULL), 0, "no match -> 0 results");

	/* 1-2 characters: prefix of achternaam or voornaam */
	finds("nu", nunez, "\"nu\" finds Núñez (achternaam prefix)");
	finds("nu", nuria, "\"nu\" finds Nuria (voornaam prefix)");
	finds_not("nu", manuel, "\"nu\" does not find Manuel (not a prefix)");
	CHECK_INT(count("nu", 0, NULL), 2, "\"nu\": exactly two clients");
	finds("N", nunez, "one letter is a prefix too");
	finds_exactly("wu li", wu, "only short words: achternaam first");
	finds_exactly("li wu", wu, "only short words: voornaam first");

	/* BSN */
	finds_exactly("111222333", nunez, "BSN of 9 digits");
	finds_exactly("12345672", mohammed, "BSN of 8 digits (leading zero dropped)");
	finds_exactly("012345672", mohammed, "BSN of 9 digits with leading zero");
	CHECK_INT(count("111222334", 0, NULL), 0, "BSN failing the elfproef finds nothing");

	/* klantnummer: exact, case-insensitive, prefix */
	finds_exactly("K-1001", nunez, "klantnummer exact");
	finds_exactly("k-1001", nunez, "klantnummer in lower case");
	{
		int found = 0;
		long n = count("K-100", nunez, &found);
		CHECK(n == 9 && found, "klantnummer prefix K-100 finds K-1001..K-1009");
		finds_not("K-100", k2001, "klantnummer prefix excludes K-2001");
	}

	/* klantnummer without its K */
	finds_exactly("100234", k100234, "\"100234\" finds K100234 (the K left out)");
	finds_not("100234", same2, "\"100234\" does not find K200234");
	finds("10023", same1, "\"10023\" is a prefix: finds K100235");
	finds("10023", k100234, "\"10023\" is a prefix: finds K100234");
	finds_exactly("k100234", k100234, "klantnummer with a small k");

	/* the last 4 or more digits of a BSN */
	finds_exactly("6782", k100234, "last 4 digits of a BSN");
	finds_exactly("56782", k100234, "last 5 digits of a BSN");
	finds_exactly("3456782", k100234, "last 7 digits of a BSN");
	finds_exactly("4320", same1, "last 4 digits tell the two Amina Hassans apart");
	finds_not("4320", k100234, "  and do not find the other one");
	finds_exactly("5672", mohammed, "last 4 digits of a BSN with a leading zero");
	CHECK_INT(count("782", 0, NULL), 0, "3 digits are not enough for a BSN search");
	CHECK_INT(count("1234", 0, NULL), 0, "digits in the middle of a BSN find nothing");
	finds_exactly("22333", nunez, "BSN end of five digits");
	finds_exactly("456782", k100234, "last 6 digits of a BSN");
	finds_exactly("23456782", k100234, "last 8 digits of a BSN (no valid BSN of 8)");
	CHECK_INT(count("1357", 0, NULL), 2, "two BSNs ending in 1357: both found");
	finds_exactly("01357", end1, "the fifth digit from the end tells them apart");
	finds_exactly("91357", end2, "  and the other one");
	finds_exactly("801357", end1, "six digits, same last four as another BSN");
	CHECK_INT(count("00801357", 0, NULL), 0, "eight digits not at the end: nothing");
	CHECK_INT(count("61357", 0, NULL), 0, "last four right, fifth wrong: nothing");

	/* date of birth */
	finds_exactly("03-04-1990", nunez, "geboortedatum dd-mm-jjjj");
	finds_exactly("1990-04-03", nunez, "geboortedatum jjjj-mm-dd");
	finds_exactly("3-4-1990", nunez, "geboortedatum d-m-jjjj");
	finds_exactly("03041990", nunez, "geboortedatum ddmmjjjj");
	finds_not("03-04-1990", other_date, "03-04-1990 is not 4 March");
	CHECK_INT(count("31-02-1990", 0, NULL), 0, "impossible date finds nothing");

	/* hostile and empty input */
	CHECK_INT(count("", 0, NULL), 0, "empty query -> 0 results");
	CHECK_INT(count("   ", 0, NULL), 0, "blank query -> 0 results");
	CHECK_INT(count(NULL, 0, NULL), 0, "NULL query -> 0 results");
	CHECK_INT(count("\"", 0, NULL), 0, "a lone double quote -> 0 results, no error");
	finds_exactly("nu\"nez", nunez, "double quote inside a word");
	finds_exactly("\"nunez\"", nunez, "quoted word");
	CHECK_INT(count("O'Brien\"; DROP TABLE client; --", 0, NULL), 0,
		  "SQL and FTS quotes do not break the query");
	CHECK_INT(count("nunez OR mohammed", 0, NULL), 0, "FTS operators are plain text");
	CHECK_INT(count("nunez NEAR*", 0, NULL), 0, "FTS syntax characters are plain text");
	CHECK(count("nunez", nunez, NULL) == 1, "table still intact after hostile queries");

	/* sorting and limit */
	CHECK_INT(search_clients(db, "test", 5, &r), CASUS_OK, "limited search ok");
	CHECK_INT(r.n, 5, "limit respected");
	search_result_free(&r);
	CHECK_INT(search_clients(db, "K-1", 1000, &r), CASUS_OK, "klantnummer prefix K-1 ok");
	{
		sqlite3_stmt *st = NULL;
		char *prev = NULL;
		int sorted = 1;
		sqlite3_prepare_v2(db->sql, "SELECT sorteersleutel FROM client WHERE id = ?", -1, &st, NULL);
		for (size_t i = 0; i < r.n; i++) {
			sqlite3_reset(st);
			sqlite3_bind_int64(st, 1, r.ids[i]);
			if (sqlite3_step(st) != SQLITE_ROW) {
				sorted = 0;
				break;
			}
			const char *k = (const char *)sqlite3_column_text(st, 0);
			if (prev && strcmp(prev, k) > 0)
				sorted = 0;
			free(prev);
			prev = xstrdup(k);
		}
		free(prev);
		sqlite3_finalize(st);
		CHECK_INT(r.n, 9, "K-1 finds the nine K-1... clients");
		CHECK(sorted, "results sorted by sorteersleutel");
		CHECK(r.n > 0 && r.ids[0] == hasan, "first by achternaam: Al-Khatib");
	}
	search_result_free(&r);
	CHECK_INT(search_clients(db, "K-1001", 100, &r), CASUS_OK, "klantnummer search ok");
	{
		int dup = 0;
		for (size_t i = 0; i < r.n; i++)
			for (size_t j = i + 1; j < r.n; j++)
				dup |= r.ids[i] == r.ids[j];
		CHECK(!dup, "no duplicates when several interpretations match");
	}
	search_result_free(&r);

	/* the plan checker itself must notice a full scan */
	CHECK_INT(plan_scans_client("SELECT id FROM client WHERE instr(zoeksleutel, 'a')"), 1,
		  "plan checker detects a full scan");
	CHECK_INT(plan_scans_client("SELECT id FROM client ORDER BY sorteersleutel"), 1,
		  "plan checker detects a full index scan");
	check_plan("nunez");
	check_plan("nun ma");
	check_plan("محم");
	check_plan("nu");
	check_plan("wu li");
	check_plan("K-1001");
	check_plan("K-1");
	check_plan("k-1001");
	check_plan("111222333");
	check_plan("12345672");
	check_plan("03-04-1990");
	check_plan("1990-04-03");
	check_plan("maria nunez");
	check_plan("100234");
	check_plan("6782");
	check_plan("56782");
	check_plan("23456782");
	check_klantnummer_plan("k1");
	check_klantnummer_plan("K-1001");
	check_klantnummer_plan("1");
	check_bsn_end_plan("6782");
	check_bsn_end_plan("56782");
	check_bsn_end_plan("456782");
	check_bsn_end_plan("3456782");
	check_bsn_end_plan("23456782");

	test_log();

	db_close(db);
	return check_done();
}
