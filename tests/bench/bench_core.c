/* bench_core.c - performance of the core on a large caseload (not part of
 * make check; run by `make bench` through tests/bench/run.sh).
 *
 *   bench_core [N] [DIR]
 *
 * Creates an N-client demo database (default 100,000) in a temporary file
 * in DIR (default $TMPDIR or /tmp), timing it, then runs 100 varied
 * searches in-process through search_clients() - name fragments with and
 * without diacritics, two-letter prefixes, Arabic script, klantnummers,
 * BSNs, dates of birth - and prints the median, 95th percentile and
 * maximum, and the peak memory of the process (getrusage ru_maxrss).
 * Exit status 1 when a step fails, not when a figure is slow: the budgets
 * are printed next to the figures for a person to judge. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "../../src/core/db_int.h"  /* the test looks inside the connection */
#include "demo.h"
#include "search.h"
#include "util.h"

#define NQUERIES 100

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static long peak_rss_kb(void)
{
	struct rusage ru;

	if (getrusage(RUSAGE_SELF, &ru) != 0)
		return -1;
	return ru.ru_maxrss;    /* kilobytes on Linux */
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* Up to max values of a one-column query, spread over the table. */
static size_t sample(casus_db *db, const char *sql, char out[][64], size_t max)
{
	sqlite3_stmt *st = NULL;
	size_t n = 0;

	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return 0;
	while (n < max && sqlite3_step(st) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		if (t && *t)
			snprintf(out[n++], 64, "%s", t);
	}
	sqlite3_finalize(st);
	return n;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 100000;
	const char *dir = argc > 2 ? argv[2] : getenv("TMPDIR");
	char path[4096], q[NQUERIES][64], tmp[20][64];
	double t0, t_demo, lat[NQUERIES], sum = 0;
	size_t nq = 0, k, total_hits = 0;
	casus_db *db;
	char *err = NULL;
	int rc;

	static const char *const FIXED[] = {
		/* name fragments, with and without diacritics, mixed case */
		"núñez", "nunez", "NUNEZ", "Ana Nú", "al-hassan", "hassan", "Ḥasan", "hasan",
		"yılmaz", "yilmaz", "Öztürk", "ozturk", "güneş", "gunes", "şahin", "sahin",
		"çelik", "celik", "tesfaye", "habte", "Habtë", "nazari", "Nazarí", "kovalenko",
		"mohammed", "fatima", "zeynep", "selam", "ahmadzai", "warsame", "hosseini",
		"mehmet ka", "shevch", "gebremeskel", "kidane", "al-khatib", "darwish", "qasim",
		/* two-character prefixes */
		"al", "Ah", "mo", "yu", "sa", "ra", "ha", "öz", "ça", "ka",
		/* Arabic, Ge'ez and Cyrillic script */
		"محمد", "العلي", "فاطمة", "الحسن", "حداد", "ሰላም", "Олена",
		/* no hit */
		"xqzw", "zzzzzz",
	};

	if (n <= 0) {
		fprintf(stderr, "gebruik: bench_core [aantal klanten] [map]\n");
		return 1;
	}
	snprintf(path, sizeof path, "%s/casus-bench-%ld.db", dir && *dir ? dir : "/tmp", (long)getpid());
	unlink(path);

	db = db_open(path, 0, &err);
	if (!db) {
		fprintf(stderr, "bench_core: %s\n", err ? err : "openen mislukt");
		free(err);
		return 1;
	}
	t0 = now_ms();
	rc = demo_generate(db, n, 1, cdate_today());
	t_demo = now_ms() - t0;
	if (rc != CASUS_OK) {
		fprintf(stderr, "bench_core: demo mislukt: %s\n", db_errmsg(db));
		db_close(db);
		unlink(path);
		return 1;
	}
	printf("demo %d klanten: %.1f s (budget 15 s)\n", n, t_demo / 1000.0);
	printf("piekgeheugen na demo: %ld MB\n", peak_rss_kb() / 1024);

	/* the queries: fixed fragments plus real klantnummers, BSNs, dates */
	for (k = 0; k < sizeof FIXED / sizeof FIXED[0] && nq < NQUERIES; k++)
		snprintf(q[nq++], 64, "%s", FIXED[k]);
	{
		size_t m = sample(db, "SELECT klantnummer FROM client WHERE id % 997 = 1", tmp, 12);
		for (k = 0; k < m && nq < NQUERIES; k++)
			snprintf(q[nq++], 64, "%.63s", tmp[k]);
		/* a klantnummer without the K and a prefix */
		if (m > 1 && nq + 2 <= NQUERIES) {
			snprintf(q[nq++], 64, "%.63s", tmp[0] + 1);
			snprintf(q[nq++], 64, "%.4s", tmp[1]);
		}
		m = sample(db, "SELECT bsn FROM client WHERE bsn IS NOT NULL AND id % 991 = 3", tmp, 12);
		for (k = 0; k < m && nq < NQUERIES; k++)
			snprintf(q[nq++], 64, "%.63s", tmp[k]);
		m = sample(db, "SELECT geboortedatum FROM client WHERE geboortedatum IS NOT NULL AND id % 983 = 5",
			   tmp, 14);
		for (k = 0; k < m && nq < NQUERIES; k++) {
			int y, mo, d;
			/* typed as dd-mm-jjjj, d-m-jjjj and ddmmjjjj */
			if (sscanf(tmp[k], "%d-%d-%d", &y, &mo, &d) != 3)
				continue;
			if (k % 3 == 0)
				snprintf(q[nq++], 64, "%02d-%02d-%04d", d, mo, y);
			else if (k % 3 == 1)
				snprintf(q[nq++], 64, "%d-%d-%04d", d, mo, y);
			else
				snprintf(q[nq++], 64, "%02d%02d%04d", d, mo, y);
		}
	}
	while (nq < NQUERIES) {          /* fill with more name fragments */
		static const char *const MORE[] = { "omar", "rahimi", "jama", "melnyk", "koç", "aydin" };
		snprintf(q[nq], 64, "%s", MORE[nq % (sizeof MORE / sizeof MORE[0])]);
		nq++;
	}

	/* one warm-up pass is not counted: the first query pays for opening */
	{
		search_result r = { NULL, 0 };
		search_clients(db, "warm", 50, &r);
		search_result_free(&r);
	}
	for (k = 0; k < nq; k++) {
		search_result r = { NULL, 0 };
		double t = now_ms();

		rc = search_clients(db, q[k], 50, &r);
		lat[k] = now_ms() - t;
		if (rc != CASUS_OK) {
			fprintf(stderr, "bench_core: zoeken naar '%s' mislukt: %s\n", q[k], db_errmsg(db));
			db_close(db);
			unlink(path);
			return 1;
		}
		total_hits += r.n;
		sum += lat[k];
		if (getenv("BENCH_VERBOSE"))
			printf("  %-16s %4zu treffers %7.2f ms\n", q[k], r.n, lat[k]);
		search_result_free(&r);
	}
	qsort(lat, nq, sizeof lat[0], cmp_double);
	printf("zoeken p50: %.2f ms, p95: %.2f ms, max: %.2f ms, gemiddeld %.2f ms "
	       "(%zu zoekvragen, %zu treffers)\n",
	       lat[nq / 2], lat[(nq * 95 + 99) / 100 - 1], lat[nq - 1], sum / nq, nq, total_hits);
	printf("piekgeheugen: %ld MB (budget 64 MB)\n", peak_rss_kb() / 1024);

	db_close(db);
	{
		char side[4200];
		unlink(path);
		snprintf(side, sizeof side, "%s-wal", path);
		unlink(side);
		snprintf(side, sizeof side, "%s-shm", path);
		unlink(side);
	}
	return 0;
}
