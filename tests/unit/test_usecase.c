/* test_usecase.c - the use cases of the core (usecase.h) on in-memory and
 * temporary databases: opening with all checks, the startbaan with a new
 * employer in one transaction, the integrity report, the demo caseload. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "dbcount.h"
#include "store.h"
#include "usecase.h"
#include "util.h"

static char *tmpdir(void)
{
	char *d = xstrdup("/tmp/casus-test-uc-XXXXXX");

	if (!mkdtemp(d)) {
		free(d);
		return NULL;
	}
	return d;
}

static void rm_db(const char *dir, const char *name)
{
	const char *sfx[] = { "", "-wal", "-shm" };

	for (size_t i = 0; i < 3; i++) {
		char *p = xasprintf("%s/%s%s", dir, name, sfx[i]);

		unlink(p);
		free(p);
	}
}

/* Opening: a new file is made; a pending erasure is finished by the use
 * case (not by db_open alone); a directory is refused in Dutch. */
static void open_checks(void)
{
	char *dir = tmpdir(), *path, *err = NULL, *warn = (char *)"x", *v;
	casus_db *db;

	CHECK(dir != NULL, "open: temporary directory");
	if (!dir)
		return;
	path = xasprintf("%s/casus.db", dir);
	db = usecase_open(path, 0, &err, &warn);
	CHECK(db != NULL, "open: a new database is made");
	CHECK(warn == NULL, "open: no warning for a private file");
	if (!db)
		goto out;
	CHECK_INT(db_setting_set(db, "wissen.onvoltooid", "1"), CASUS_OK, "open: an erasure left pending");
	db_close(db);
	db = db_open(path, 0, &err);
	v = db ? db_setting_get(db, "wissen.onvoltooid") : NULL;
	CHECK(v != NULL, "open: db_open alone leaves it pending");
	free(v);
	db_close(db);
	db = usecase_open(path, 0, &err, NULL);
	v = db ? db_setting_get(db, "wissen.onvoltooid") : NULL;
	CHECK(db && v == NULL, "open: the use case finishes it");
	free(v);
	db_close(db);
	chmod(path, 0644);
	db = usecase_open(path, DB_OPEN_NOCREATE, &err, &warn);
	CHECK(db && warn && strstr(warn, "leesbaar voor andere gebruikers"), "open: warning for a readable file");
	free(warn);
	db_close(db);
	db = usecase_open(dir, 0, &err, NULL);
	CHECK(db == NULL, "open: a directory is refused");
	CHECK(err && strstr(err, "is een map, geen databasebestand"), "open: and told in Dutch");
	free(err);
	rm_db(dir, "casus.db");
out:
	rmdir(dir);
	free(path);
	free(dir);
}

static int64_t new_client(casus_db *db)
{
	client c;
	int64_t id = 0;

	client_init(&c);
	c.klantnummer = xstrdup("K000001");
	c.achternaam = xstrdup("Jansen");
	if (store_client_save(db, &c, NULL) == CASUS_OK)
		id = c.id;
	client_clear(&c);
	return id;
}

/* The startbaan with a new employer: both or neither. */
static void startbaan_with_employer(void)
{
	char *err = NULL;
	casus_db *db = usecase_open(":memory:", 0, &err, NULL);
	valerr e = VALERR_INIT, we = VALERR_INIT;
	employer w;
	startbaan s;
	int64_t cid;

	CHECK(db != NULL, "startbaan: in-memory database");
	if (!db)
		return;
	cid = new_client(db);
	employer_init(&w);
	w.naam = xstrdup("Bakkerij De Korenschoof");
	w.sector = 1;
	startbaan_init(&s);
	s.client_id = cid;
	s.start = cdate_from_ymd(2025, 7, 1);
	s.uren = 40.5;  /* refused: more than 40 hours */
	s.maanden = 12;
	CHECK_INT(usecase_startbaan_save(db, &s, &w, &e, &we), CASUS_INVALID, "startbaan: an invalid one refused");
	CHECK(e.n > 0 && we.n == 0, "startbaan: the error is the startbaan's");
	CHECK_INT(count(db, "SELECT count(*) FROM employer"), 0, "startbaan: the new employer is not kept either");
	CHECK_INT(db->tx_depth, 0, "startbaan: no transaction left open");
	valerr_free(&e);
	valerr_free(&we);
	s.uren = 24;
	w.id = 0;
	CHECK_INT(usecase_startbaan_save(db, &s, &w, &e, &we), CASUS_OK, "startbaan: saved with its new employer");
	CHECK(w.id > 0 && s.employer_id == w.id, "startbaan: linked to the new employer");
	CHECK_INT(count(db, "SELECT count(*) FROM startbaan s JOIN employer w ON w.id = s.employer_id "
			"WHERE w.naam = 'Bakkerij De Korenschoof'"), 1, "startbaan: both stored");
	valerr_free(&e);
	valerr_free(&we);
	employer_clear(&w);
	employer_init(&w);   /* a nameless employer is refused */
	startbaan_clear(&s);
	startbaan_init(&s);
	s.client_id = cid;
	s.start = cdate_from_ymd(2025, 9, 1);
	s.uren = 20;
	s.maanden = 6;
	CHECK_INT(usecase_startbaan_save(db, &s, &w, &e, &we), CASUS_INVALID, "startbaan: an invalid employer refused");
	CHECK(we.n > 0, "startbaan: the error is the employer's");
	CHECK_INT(count(db, "SELECT count(*) FROM startbaan"), 1, "startbaan: and the startbaan is not saved");
	valerr_free(&e);
	valerr_free(&we);
	s.employer_id = 0;
	CHECK_INT(usecase_startbaan_save(db, &s, NULL, &e, &we), CASUS_OK, "startbaan: saved without a new employer");
	valerr_free(&e);
	valerr_free(&we);
	employer_clear(&w);
	startbaan_clear(&s);
	db_close(db);
}

static int has_line(char **lines, size_t n, const char *part)
{
	for (size_t i = 0; i < n; i++)
		if (strstr(lines[i], part))
			return 1;
	return 0;
}

/* The integrity report: nothing on a sound file; a missing index and a
 * broken reference each get their line. */
static void integrity_report(void)
{
	char *err = NULL;
	casus_db *db = usecase_open(":memory:", 0, &err, NULL);
	char **lines = NULL;
	size_t n = 99;

	CHECK(db != NULL, "integrity: in-memory database");
	if (!db)
		return;
	CHECK_INT(usecase_integrity(db, &lines, &n), CASUS_OK, "integrity: report made");
	CHECK_INT(n, 0, "integrity: a sound database has no problems");
	usecase_lines_free(lines, n);
	sqlite3_exec(db->sql, "PRAGMA foreign_keys = OFF; "
		     "INSERT INTO startbaan(client_id, start, uren, maanden) VALUES (4242, '2025-01-01', 8, 6); "
		     "DROP INDEX startbaan_client", NULL, NULL, NULL);
	CHECK_INT(usecase_integrity(db, &lines, &n), CASUS_OK, "integrity: report on a damaged database");
	CHECK(has_line(lines, n, "Verwijzing klopt niet: tabel startbaan"), "integrity: the broken reference");
	CHECK(has_line(lines, n, "Schema klopt niet: index startbaan_client ontbreekt"), "integrity: the missing index");
	usecase_lines_free(lines, n);
	db_close(db);
}

/* A client with a running voortraject (one activity running, one ended),
 * a startbaan with a planned end after the date, an on-hold period that
 * runs and one that starts after the date; returns the client's id. */
static int64_t running_client(casus_db *db)
{
	int64_t cid = new_client(db);
	voortraject v;
	activiteit a;
	startbaan s;
	onhold o;

	voortraject_init(&v);
	v.client_id = cid;
	v.start = cdate_from_ymd(2026, 1, 5);
	v.soort = 1;
	CHECK_INT(store_voortraject_save(db, &v, NULL), CASUS_OK, "afsluiting: voortraject saved");
	activiteit_init(&a);
	a.voortraject_id = v.id;
	a.soort = 1;
	a.start = cdate_from_ymd(2026, 2, 1);
	CHECK_INT(store_activiteit_save(db, &a, NULL), CASUS_OK, "afsluiting: running activity saved");
	activiteit_clear(&a);
	activiteit_init(&a);
	a.voortraject_id = v.id;
	a.soort = 2;
	a.start = cdate_from_ymd(2026, 1, 10);
	a.einde = cdate_from_ymd(2026, 3, 31);
	CHECK_INT(store_activiteit_save(db, &a, NULL), CASUS_OK, "afsluiting: ended activity saved");
	startbaan_init(&s);
	s.client_id = cid;
	s.start = cdate_from_ymd(2026, 4, 1);
	s.einde = cdate_from_ymd(2026, 12, 31);
	CHECK_INT(store_startbaan_save(db, &s, NULL), CASUS_OK, "afsluiting: startbaan saved");
	onhold_init(&o);
	o.client_id = cid;
	o.start = cdate_from_ymd(2026, 5, 1);
	CHECK_INT(store_onhold_save(db, &o, NULL), CASUS_OK, "afsluiting: on hold saved");
	o.id = 0;
	o.version = 0;
	o.start = cdate_from_ymd(2026, 7, 1);
	CHECK_INT(store_onhold_save(db, &o, NULL), CASUS_OK, "afsluiting: later on hold saved");
	voortraject_clear(&v);
	activiteit_clear(&a);
	startbaan_clear(&s);
	onhold_clear(&o);
	return cid;
}

/* Uitval/einde ends what runs on its date: the plan lists it, the save
 * closes it with the afsluiting in one transaction, a refused afsluiting
 * closes nothing, and what started after the date or ended before it stays. */
static void afsluiting_closes_running(void)
{
	char *err = NULL;
	casus_db *db = usecase_open(":memory:", 0, &err, NULL);
	valerr e = VALERR_INIT;
	char **lines = NULL;
	size_t n = 0;
	afsluiting a;

	CHECK(db != NULL, "afsluiting: in-memory database");
	if (!db)
		return;
	afsluiting_init(&a);
	a.client_id = running_client(db);
	a.soort = AFSLUITING_EINDE;
	a.datum = cdate_from_ymd(2026, 6, 15);
	a.reden = 99;  /* refused: no reden einde */
	CHECK_INT(usecase_afsluiting_plan(db, &a, &e, &lines, &n), CASUS_INVALID, "afsluiting: plan validates");
	CHECK(n == 0 && e.n > 0, "afsluiting: and lists nothing for an invalid one");
	valerr_free(&e);
	CHECK_INT(usecase_afsluiting_save(db, &a, &e, &lines, &n), CASUS_INVALID, "afsluiting: invalid one refused");
	CHECK_INT(count(db, "SELECT count(*) FROM voortraject WHERE einde IS NULL"), 1,
		  "afsluiting: refused, nothing closed");
	CHECK_INT(db->tx_depth, 0, "afsluiting: no transaction left open");
	valerr_free(&e);
	a.reden = 2;
	CHECK_INT(usecase_afsluiting_plan(db, &a, &e, &lines, &n), CASUS_OK, "afsluiting: plan made");
	CHECK_INT(n, 4, "afsluiting: four records run on the date");
	CHECK(has_line(lines, n, "Voortraject ") && has_line(lines, n, "sinds 05-01-2026: eindigt op 15-06-2026"),
	      "afsluiting: the voortraject, in Dutch");
	CHECK(has_line(lines, n, "Activiteit ") && has_line(lines, n, "sinds 01-02-2026: eindigt op 15-06-2026"),
	      "afsluiting: the running activity");
	CHECK(has_line(lines, n, "Startbaan, 01-04-2026 t/m 31-12-2026: eindigt op 15-06-2026"),
	      "afsluiting: the startbaan with its planned end");
	CHECK(has_line(lines, n, "On hold, sinds 01-05-2026: eindigt op 15-06-2026"), "afsluiting: the on hold");
	CHECK_INT(count(db, "SELECT count(*) FROM afsluiting"), 0, "afsluiting: the plan writes nothing");
	usecase_lines_free(lines, n);
	CHECK_INT(usecase_afsluiting_save(db, &a, &e, &lines, &n), CASUS_OK, "afsluiting: saved");
	CHECK_INT(n, 4, "afsluiting: and says what it closed");
	usecase_lines_free(lines, n);
	CHECK_INT(count(db, "SELECT count(*) FROM afsluiting WHERE datum = '2026-06-15'"), 1, "afsluiting: stored");
	CHECK_INT(count(db, "SELECT count(*) FROM voortraject WHERE einde = '2026-06-15'"), 1,
		  "afsluiting: the voortraject ends on the date");
	CHECK_INT(count(db, "SELECT count(*) FROM activiteit WHERE einde = '2026-06-15'"), 1,
		  "afsluiting: the running activity ends on the date");
	CHECK_INT(count(db, "SELECT count(*) FROM activiteit WHERE einde = '2026-03-31'"), 1,
		  "afsluiting: the ended activity keeps its end");
	CHECK_INT(count(db, "SELECT count(*) FROM startbaan WHERE einde = '2026-06-15'"), 1,
		  "afsluiting: the startbaan ends on the date");
	CHECK_INT(count(db, "SELECT count(*) FROM onhold WHERE einde = '2026-06-15'"), 1,
		  "afsluiting: the on hold ends on the date");
	CHECK_INT(count(db, "SELECT count(*) FROM onhold WHERE start = '2026-07-01' AND einde IS NULL"), 1,
		  "afsluiting: a later on hold is left");
	valerr_free(&e);
	CHECK_INT(usecase_afsluiting_plan(db, &a, &e, &lines, &n), CASUS_OK, "afsluiting: plan again");
	CHECK_INT(n, 0, "afsluiting: nothing runs any more");
	usecase_lines_free(lines, n);
	valerr_free(&e);
	db_close(db);
}

/* The demo caseload of --demo: made in a private directory, filled, the
 * first consultant as "my caseload", removed without a trace. */
static void demo_caseload(void)
{
	char *base = tmpdir(), *dir = NULL, *err = NULL, *me;
	const char *old = getenv("TMPDIR");
	char *saved = old ? xstrdup(old) : NULL;
	casus_db *db;
	struct stat sb;

	CHECK(base != NULL, "demo: temporary directory");
	if (!base)
		return;
	setenv("TMPDIR", base, 1);
	db = usecase_demo_create(&dir, &err);
	CHECK(db != NULL && dir != NULL, "demo: database made");
	CHECK(dir && strncmp(dir, base, strlen(base)) == 0, "demo: under $TMPDIR");
	CHECK(dir && stat(dir, &sb) == 0 && (sb.st_mode & 0777) == 0700, "demo: in a private directory");
	if (db) {
		CHECK_INT(usecase_demo_fill(db, 20, 7), CASUS_OK, "demo: filled");
		CHECK_INT(count(db, "SELECT count(*) FROM client"), 20, "demo: 20 clients");
		me = db_setting_get(db, "consultant");
		CHECK(me && *me, "demo: a consultant's caseload is mine");
		free(me);
		db_close(db);
	}
	usecase_demo_remove(dir);
	CHECK(rmdir(base) == 0, "demo: removed without a trace");
	if (saved)
		setenv("TMPDIR", saved, 1);
	else
		unsetenv("TMPDIR");
	free(saved);
	free(err);
	free(base);
}

int main(void)
{
	open_checks();
	startbaan_with_employer();
	integrity_report();
	afsluiting_closes_running();
	demo_caseload();
	return check_done();
}
