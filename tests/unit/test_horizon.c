/* test_horizon.c - the next day on which a client's overview can change
 * (horizon.h, signals_compute_next), as a property on the demo caseload:
 * for many casefiles and several days `today`, the situatie and the signals
 * on every day d with today <= d < next equal those of today.  It checks
 * every rule that reports its thresholds through horizon() in signals.c,
 * whoever wrote it: a rule that misses a threshold fails here with the
 * client, the day and the two results.  Then the cache itself: after
 * refreshes on later days (only the due and dirty clients recomputed)
 * every client_status row equals a fresh computation for that day, also
 * after a refresh for one consultant first (the first start of a day) and
 * after the rest of a day in steps (with the rows of a page first, and a
 * save between steps, which commits them first). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "caseload.h"
#include "demo.h"
#include "derive.h"
#include "horizon.h"
#include "signals.h"
#include "store.h"
#include "util.h"

#define N 240
#define SEED 20261124ULL
#define MAXSIG 64
/* Days checked after today at most (a year and a bit: every rule's
 * threshold of the demo data lies within, the next 31 oktober too). */
#define SPAN 400

typedef struct overview {
	int situatie;
	size_t n;
	signal sig[MAXSIG];
} overview;

static void compute(const casefile *cf, cdate day, const signal_settings *ss,
		    overview *o, cdate *next)
{
	memset(o, 0, sizeof *o);
	o->situatie = derive_situatie(cf, day);
	o->n = next ? horizon_overview(cf, day, ss, o->sig, MAXSIG, next) :
		signals_compute(cf, day, ss, o->sig, MAXSIG);
}

/* Is b (computed on day) the same as a (computed on on)?  A day count in
 * a text (counts_from) is moved on first. */
static int same(const overview *a, cdate on, const overview *b, cdate day)
{
	char text[sizeof a->sig[0].text];

	if (a->situatie != b->situatie || a->n != b->n)
		return 0;
	for (size_t i = 0; i < a->n && i < MAXSIG; i++) {
		horizon_signal_text(&a->sig[i], on, day, text);
		if (a->sig[i].kind != b->sig[i].kind || a->sig[i].severity != b->sig[i].severity ||
		    a->sig[i].due != b->sig[i].due || a->sig[i].counts_from != b->sig[i].counts_from ||
		    strcmp(text, b->sig[i].text) != 0)
			return 0;
	}
	return 1;
}

static void show(const char *what, const overview *o)
{
	printf("#   %s: situatie %d, %zu signalen\n", what, o->situatie, o->n);
	for (size_t i = 0; i < o->n && i < MAXSIG; i++)
		printf("#     %s (ernst %d)\n", o->sig[i].text, o->sig[i].severity);
}

typedef struct stats {
	const signal_settings *ss;
	cdate today;
	long clients, horizons, changed_at_next, tomorrow, wrong, too_early;
} stats;

/* The property for one casefile and one today. */
static int check_one(const casefile *cf, void *arg)
{
	stats *st = arg;
	overview now, then;
	cdate next = 0, end, d;
	char a[11], b[11];

	compute(cf, st->today, st->ss, &now, &next);
	st->clients++;
	if (next != 0 && next <= st->today) {
		st->too_early++;
		return 0;
	}
	end = next != 0 && next < st->today + SPAN ? next : st->today + SPAN;
	for (d = st->today + 1; d < end; d++) {
		compute(cf, d, st->ss, &then, NULL);
		if (!same(&now, st->today, &then, d)) {
			if (st->wrong++ < 3) {
				cdate_format_nl(st->today, a);
				cdate_format_nl(d, b);
				printf("# klant %s: vandaag %s, volgende wijziging %d dagen later, "
				       "maar op %s anders\n", cf->c.klantnummer, a,
				       next ? (int)(next - st->today) : -1, b);
				show("vandaag", &now);
				show(b, &then);
			}
			return 0;
		}
	}
	if (next != 0 && next < st->today + SPAN) {
		st->horizons++;
		if (next == st->today + 1)
			st->tomorrow++;
		compute(cf, next, st->ss, &then, NULL);
		if (!same(&now, st->today, &then, next))
			st->changed_at_next++;
	}
	return 0;
}

static void property(casus_db *db, cdate today, const signal_settings *ss, const char *label)
{
	stats st;
	char msg[160];

	memset(&st, 0, sizeof st);
	st.ss = ss;
	st.today = today;
	CHECK_INT(store_casefile_foreach(db, 0, check_one, &st), CASUS_OK, "casefiles read");
	snprintf(msg, sizeof msg, "%s: %ld clients, each day before the next change as today", label,
		 st.clients);
	CHECK(st.clients == N && st.wrong == 0, msg);
	snprintf(msg, sizeof msg, "%s: a next change lies after today", label);
	CHECK_INT(st.too_early, 0, msg);
	printf("# %s: %ld with a next change within %d days, %ld of them the day after, "
	       "%ld a real change on that day\n", label, st.horizons, SPAN, st.tomorrow,
	       st.changed_at_next);
	snprintf(msg, sizeof msg, "%s: the next change is a real one for many clients", label);
	CHECK(st.changed_at_next * 4 >= st.horizons, msg);
	snprintf(msg, sizeof msg, "%s: fewer than one in ten recomputed the day after", label);
	CHECK(st.tomorrow * 10 < st.clients, msg);
}

/* ---- the cache: partial refreshes against a fresh computation ---------- */

typedef struct cmp_ctx {
	casus_db *db;
	cdate day;
	signal_settings ss;
	int64_t regie;  /* > 0: compare only this consultant's clients */
	long rows, wrong;
} cmp_ctx;

static int compare_row(const casefile *cf, void *arg)
{
	cmp_ctx *x = arg;
	overview o;
	cl_row *r = NULL;
	size_t n = 0;
	int64_t id = cf->c.id;
	int ok;

	if (x->regie > 0 && cf->c.regiehouder_id != x->regie)
		return 0;
	compute(cf, x->day, &x->ss, &o, NULL);
	if (caseload_rows(x->db, &id, 1, &r, &n) != CASUS_OK || n != 1) {
		x->wrong++;
		return 0;
	}
	x->rows++;
	ok = r[0].situatie == o.situatie && r[0].nsignalen == (int)o.n &&
		r[0].urgentie == (o.n ? signal_urgency(&o.sig[0]) : 0) &&
		(o.n ? r[0].signaal && strcmp(r[0].signaal, o.sig[0].text) == 0 : !r[0].signaal);
	if (!ok && x->wrong++ < 3)
		printf("# klant %s: overzicht %d/%d '%s', berekend %d/%zu '%s'\n", cf->c.klantnummer,
		       r[0].situatie, r[0].nsignalen, r[0].signaal ? r[0].signaal : "",
		       o.situatie, o.n, o.n ? o.sig[0].text : "");
	cl_rows_free(r, n);
	return 0;
}

static void cache_matches(casus_db *db, cdate day, int64_t *recomputed_total)
{
	cmp_ctx x;
	int64_t rec = -1;
	char msg[160], buf[11];

	memset(&x, 0, sizeof x);
	x.db = db;
	x.day = day;
	signal_settings_load(db, &x.ss);
	cdate_format_nl(day, buf);
	snprintf(msg, sizeof msg, "refresh on %s without a full pass", buf);
	CHECK(caseload_pass(db, day) < CASELOAD_MANY, msg);
	CHECK_INT(caseload_refresh(db, day, NULL, NULL, &rec), CASUS_OK, "refresh");
	*recomputed_total += rec;
	store_casefile_foreach(db, 0, compare_row, &x);
	snprintf(msg, sizeof msg, "%s: every row equals a fresh computation (%lld recomputed)",
		 buf, (long long)rec);
	CHECK(x.rows == N && x.wrong == 0, msg);
}

/* A change to a client: a startbaan around `day` (a use case). */
static int add_startbaan(casus_db *db, int64_t client_id, cdate day)
{
	startbaan b;
	int rc;

	startbaan_init(&b);
	b.client_id = client_id;
	b.start = day - 10;
	b.einde = day + 20;
	rc = store_startbaan_save(db, &b, NULL);
	startbaan_clear(&b);
	return rc;
}

int main(void)
{
	char *err = NULL;
	casus_db *db = db_open(":memory:", DB_OPEN_MEMORY, &err);
	cdate t0 = cdate_from_iso("2026-11-24");
	static const int offsets[] = { -300, -25, 0, 1, 45, 200, 340 };
	static const int steps[] = { 1, 1, 2, 5, 13, 30, 60, 120, 200 };
	signal_settings dflt, other;
	int64_t rec = 0, total = 0;
	cdate day;

	CHECK(db != NULL, "open an in-memory database");
	if (!db) {
		free(err);
		return check_done();
	}
	CHECK_INT(demo_generate(db, N, SEED, t0), CASUS_OK, "demo caseload");

	signal_settings_default(&dflt);
	for (size_t i = 0; i < sizeof offsets / sizeof offsets[0]; i++) {
		char label[40], buf[11];

		cdate_format_nl(t0 + offsets[i], buf);
		snprintf(label, sizeof label, "vandaag %s", buf);
		property(db, t0 + offsets[i], &dflt, label);
	}
	/* other thresholds move every threshold date */
	for (int k = 0; k < SIG__COUNT; k++)
		other.value[k] = dflt.value[k] + 1 + k % 3;
	property(db, t0, &other, "andere drempels");

	/* the cache: one full pass, then later days with partial refreshes,
	 * and a change in between (the dirty client is recomputed too) */
	CHECK_INT(caseload_refresh(db, t0, NULL, NULL, &rec), CASUS_OK, "full pass");
	CHECK_INT(rec, N, "every client computed once");
	day = t0;
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		day += steps[i];
		if (i == 4)
			CHECK_INT(add_startbaan(db, 7, day), CASUS_OK, "a startbaan added");
		cache_matches(db, day, &total);
	}
	/* the first start of a day: a refresh for one consultant ("Mijn
	 * caseload", the first screen), then the rest */
	{
		cmp_ctx x;
		int64_t first = 0, rest = 0;
		char msg[160];

		day += 40;
		memset(&x, 0, sizeof x);
		x.db = db;
		x.day = day;
		x.regie = 1;
		signal_settings_load(db, &x.ss);
		CHECK_INT(caseload_refresh_for(db, day, 1, NULL, NULL, &first), CASUS_OK,
			  "refresh for consultant 1");
		store_casefile_foreach(db, 0, compare_row, &x);
		snprintf(msg, sizeof msg, "consultant 1's rows equal a fresh computation "
			 "(%lld recomputed, %ld rows)", (long long)first, x.rows);
		CHECK(first > 0 && x.rows > 0 && x.wrong == 0, msg);
		CHECK(!caseload_holds(db, day), "others' rows may still be due: the day is not held");
		CHECK_INT(caseload_refresh(db, day, NULL, NULL, &rest), CASUS_OK, "the rest");
		snprintf(msg, sizeof msg, "the rest recomputes the other consultants' due clients (%lld)",
			 (long long)rest);
		CHECK(rest > 0, msg);
		CHECK(caseload_holds(db, day), "then the day is held");
		total += first + rest;
		x.regie = 0;
		x.rows = x.wrong = 0;
		store_casefile_foreach(db, 0, compare_row, &x);
		CHECK(x.rows == N && x.wrong == 0, "then every row equals a fresh computation");
		CHECK_INT(caseload_refresh(db, day, NULL, NULL, &rest), CASUS_OK, "once more");
		CHECK_INT(rest, 0, "then nothing is left to recompute that day");
	}
	/* the rest of the day in steps (the full screen after a long absence,
	 * tui.c): the dirty clients only, then the rows a page shows, then
	 * steps, the consultant's first; a commit in between (a key) */
	{
		cmp_ctx x;
		cl_filter f;
		cl_row *rows = NULL;
		size_t nrows = 0;
		int64_t ids[20], before, done = 0;
		int state = -1, steps_n = 0, order_ok = 1;
		char msg[160];

		day += 50;
		CHECK_INT(caseload_refresh_step(db, day, 1, 0, &state), CASUS_OK, "step 0: the dirty clients");
		CHECK_INT(state, CASELOAD_REST_MINE, "consultant 1's rows are still due");
		CHECK(!caseload_holds(db, day), "the day is not held while rows are due");
		memset(&f, 0, sizeof f);
		f.regiehouder_id = 2;
		CHECK_INT(caseload_page(db, &f, CL_SORT_NAAM, 0, 20, &rows, &nrows), CASUS_OK,
			  "a page of consultant 2");
		for (size_t i = 0; i < nrows; i++)
			ids[i] = rows[i].id;
		cl_rows_free(rows, nrows);
		before = caseload_due_count(db, day, 2);
		CHECK_INT(caseload_refresh_ids(db, day, ids, nrows, &done), CASUS_OK, "the page's due rows");
		snprintf(msg, sizeof msg, "of the page's %zu rows, %lld were due and are recomputed",
			 nrows, (long long)done);
		CHECK(done > 0 && caseload_due_count(db, day, 2) == before - done, msg);
		memset(&x, 0, sizeof x);
		x.db = db;
		x.day = day;
		signal_settings_load(db, &x.ss);
		for (size_t i = 0; i < nrows; i++) {
			casefile cf;

			if (store_casefile_load(db, ids[i], &cf) == CASUS_OK) {
				compare_row(&cf, &x);
				casefile_free(&cf);
			}
		}
		CHECK(x.rows == (long)nrows && x.wrong == 0, "the page's rows equal a fresh computation");
		CHECK_INT(caseload_refresh_ids(db, day, ids, nrows, &done), CASUS_OK, "the page again");
		CHECK_INT(done, 0, "then nothing of the page is due");
		printf("# due before the steps: %lld of consultant 1, %lld in all\n",
		       (long long)caseload_due_count(db, day, 1), (long long)caseload_due_count(db, day, 0));
		do {
			if (caseload_refresh_step(db, day, 1, 3, &state) != CASUS_OK)
				break;
			steps_n++;
			if (state != CASELOAD_REST_MINE && caseload_due_count(db, day, 1) != 0)
				order_ok = 0;
			if (steps_n == 3)
				CHECK_INT(caseload_refresh_commit(db), CASUS_OK, "a commit between steps");
		} while (state != CASELOAD_REST_DONE && steps_n < 100000);
		snprintf(msg, sizeof msg, "the steps end (%d steps of 3)", steps_n);
		CHECK(state == CASELOAD_REST_DONE && steps_n > 3, msg);
		CHECK(order_ok, "consultant 1's due rows come first");
		CHECK_INT(caseload_due_count(db, day, 0), 0, "then no row is due");
		CHECK(caseload_holds(db, day), "then the day is held");
		x.rows = x.wrong = 0;
		store_casefile_foreach(db, 0, compare_row, &x);
		CHECK(x.rows == N && x.wrong == 0, "then every row equals a fresh computation");
		CHECK_INT(caseload_refresh(db, day, NULL, NULL, &done), CASUS_OK, "once more");
		CHECK_INT(done, 0, "then nothing is left to recompute that day");
	}
	/* the steps' open transaction and a save: the save commits the steps
	 * first (db_hold), so a second connection sees them at once */
	{
		char dir[] = "/tmp/casus-horizon.XXXXXX", *path = NULL;
		casus_db *a = NULL, *b = NULL;
		int64_t rec2 = 0;
		int state = -1;
		cdate d2 = t0 + 200;
		char msg[160];

		if (mkdtemp(dir)) {
			path = xasprintf("%s/h.db", dir);
			a = db_open(path, 0, NULL);
		}
		CHECK(a != NULL, "a database file");
		if (a) {
			int64_t due0, due1, due2;

			CHECK_INT(demo_generate(a, 120, SEED, t0), CASUS_OK, "demo caseload in the file");
			CHECK_INT(caseload_refresh(a, t0, NULL, NULL, &rec2), CASUS_OK, "its full pass");
			b = db_open(path, 0, NULL);
			CHECK(b != NULL, "a second connection");
			due0 = caseload_due_count(b, d2, 0);
			CHECK_INT(caseload_refresh_step(a, d2, 0, 5, &state), CASUS_OK, "a step");
			CHECK_INT(state, CASELOAD_REST_OTHERS, "more is due");
			due1 = b ? caseload_due_count(b, d2, 0) : -1;
			snprintf(msg, sizeof msg, "the step is not committed yet (due %lld, %lld from outside)",
				 (long long)due0, (long long)due1);
			CHECK(due0 > 5 && due1 == due0, msg);
			CHECK_INT(add_startbaan(a, 3, d2), CASUS_OK, "a save meanwhile");
			due2 = b ? caseload_due_count(b, d2, 0) : -1;
			snprintf(msg, sizeof msg, "the save committed the step first (due %lld from outside)",
				 (long long)due2);
			CHECK(due2 == due0 - 5, msg);
			CHECK_INT(caseload_refresh_step(a, d2, 0, 1000, &state), CASUS_OK, "the last step");
			CHECK_INT(state, CASELOAD_REST_DONE, "then nothing is due");
			CHECK_INT(b ? caseload_due_count(b, d2, 0) : -1, 0, "and the last step is committed");
			db_close(b);
			db_close(a);
		}
		if (path) {
			char *p2 = xasprintf("%s-wal", path), *p3 = xasprintf("%s-shm", path);

			remove(path);
			remove(p2);
			remove(p3);
			free(p2);
			free(p3);
			free(path);
		}
		rmdir(dir);
	}
	printf("# %lld recomputes over %zu refreshes of %d clients\n", (long long)total,
	       sizeof steps / sizeof steps[0], N);
	CHECK(total < (int64_t)N * (int64_t)(sizeof steps / sizeof steps[0]) / 2,
	      "far fewer recomputes than full passes");
	/* herbereken_op is the first day on which a row really changes (the
	 * refresh looks past days on which nothing it shows changes): a
	 * refresh on every day of two months, each followed by the
	 * comparison, finds every row that is not due equal to a fresh
	 * computation on that day */
	{
		int64_t daily = 0;

		for (int i = 0; i < 60; i++)
			cache_matches(db, ++day, &daily);
		printf("# %lld recomputes over 60 daily refreshes\n", (long long)daily);
		CHECK(daily > 0 && daily < (int64_t)N * 60 / 10, "daily refreshes recompute few clients");
	}
	db_close(db);
	free(err);
	return check_done();
}
