/* test_store.c - the SQLite store: migrations, file modes, transactions,
 * validation before writing, row versions, audit, handovers, casefiles. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "dbcount.h"
#include "../../src/core/db_int.h"  /* the tests look inside the connection */
#include "store.h"
#include "util.h"
#include "vocab.h"


static char *text(casus_db *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	char *s = NULL;

	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW &&
	    sqlite3_column_text(st, 0))
		s = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return s;
}

/* CHECK_STR on a query result, freeing it. */
#define CHECK_SQL(db, sql, want, desc) do { \
	char *got_ = text(db, sql); \
	CHECK_STR(got_, want, desc); \
	free(got_); \
} while (0)

static int64_t new_client(casus_db *db, const char *kn, const char *vn, const char *an)
{
	client c;
	int64_t id;

	client_init(&c);
	c.klantnummer = xstrdup(kn);
	c.voornaam = xstrdup(vn);
	c.achternaam = xstrdup(an);
	if (store_client_save(db, &c, NULL) != CASUS_OK)
		id = 0;
	else
		id = c.id;
	client_clear(&c);
	return id;
}

static void test_open_memory(void)
{
	char *err = NULL;
	casus_db *db = db_open(":memory:", DB_OPEN_MEMORY, &err);

	CHECK(db != NULL, "in-memory database opens");
	CHECK_INT(count(db, "PRAGMA user_version"), db_schema_version(), "user_version = number of migrations");
	CHECK_INT(count(db, "PRAGMA foreign_keys"), 1, "foreign keys on");
	CHECK_INT(count(db, "SELECT length(value) FROM setting WHERE key = 'pseudoniem.sleutel'"), 64,
		  "a 256-bit pseudonym key is created with the schema");
	db_close(db);
}

static void test_files(void)
{
	char dir[] = "/tmp/casus-store-XXXXXX";
	char *path, *err = NULL, *warn;
	casus_db *db;
	struct stat sb;

	CHECK(mkdtemp(dir) != NULL, "temp dir");
	path = xasprintf("%s/a/b/casus.db", dir);
	umask(022);
	db = db_open(path, 0, &err);
	CHECK(db != NULL, "file database created with missing directories");
	CHECK(stat(path, &sb) == 0 && (sb.st_mode & 0777) == 0600, "database file mode 0600");
	{
		char *d = xasprintf("%s/a/b", dir);
		CHECK(stat(d, &sb) == 0 && (sb.st_mode & 0777) == 0700, "database directory mode 0700");
		free(d);
	}
	CHECK_SQL(db, "PRAGMA journal_mode", "wal", "WAL journal");
	CHECK(db_permission_warning(path) == NULL, "no permission warning for a private file");
	db_close(db);

	chmod(path, 0644);
	warn = db_permission_warning(path);
	CHECK(warn && strstr(warn, "leesbaar voor andere gebruikers"), "warning for a world-readable file");
	free(warn);
	chmod(path, 0600);

	/* a newer schema is refused and the file left alone */
	{
		sqlite3 *raw;
		sqlite3_open(path, &raw);
		sqlite3_exec(raw, "PRAGMA user_version = 999", NULL, NULL, NULL);
		sqlite3_close(raw);
	}
	db = db_open(path, 0, &err);
	CHECK(db == NULL && err && strstr(err, "nieuwere versie van casus"), "newer schema refused with a clear message");
	free(err);
	err = NULL;

	/* not an SQLite file */
	{
		char *junk = xasprintf("%s/junk.db", dir);
		FILE *fp = fopen(junk, "w");
		fputs("dit is geen database, alleen wat tekst die lang genoeg is om een header te vullen......................................", fp);
		fclose(fp);
		db = db_open(junk, 0, &err);
		CHECK(db == NULL && err && strstr(err, "geen (onbeschadigde) casus-database"), "non-SQLite file refused");
		free(err);
		err = NULL;
		unlink(junk);
		free(junk);
	}
	/* NOCREATE on a missing file */
	{
		char *none = xasprintf("%s/none.db", dir);
		db = db_open(none, DB_OPEN_NOCREATE, &err);
		CHECK(db == NULL && err && strstr(err, "bestaat niet"), "missing file with NOCREATE refused");
		free(err);
		err = NULL;
		CHECK(access(none, F_OK) != 0, "and not created");
		free(none);
	}
	{
		char *cmd = xasprintf("rm -rf %s", dir);
		if (system(cmd) != 0)
			perror("rm");
		free(cmd);
	}
	free(path);
}

extern const char *const casus_migrations[];

/* Migration 007: the journal's Tolk becomes Ja/Nee/Onbekend; a file of
 * schema 5 keeps what it showed (1 Ja, 0 Nee), without audit rows. */
static void test_migrate_tolk(void)
{
	char dir[] = "/tmp/casus-mig-XXXXXX";
	char *path, *err = NULL, *cmd;
	sqlite3 *raw = NULL;
	casus_db *db;
	int ok = 1;

	CHECK(mkdtemp(dir) != NULL, "migratie: temp dir");
	path = xasprintf("%s/oud.db", dir);
	ok = sqlite3_open(path, &raw) == SQLITE_OK;
	for (int i = 0; ok && i < 5; i++)   /* 001 .. 005 */
		ok = sqlite3_exec(raw, casus_migrations[i], NULL, NULL, NULL) == SQLITE_OK;
	ok = ok && sqlite3_exec(raw,
		"INSERT INTO client(id, klantnummer) VALUES (1, 'K1');"
		"INSERT INTO journal(client_id, moment, tolk) VALUES (1, '2026-01-05 10:00', 1);"
		"INSERT INTO journal(client_id, moment, tolk) VALUES (1, '2026-01-06 10:00', 0);",
		NULL, NULL, NULL) == SQLITE_OK;
	ok = ok && record_audit_apply(raw) == SQLITE_OK &&
	     sqlite3_exec(raw, "PRAGMA user_version = 5", NULL, NULL, NULL) == SQLITE_OK;
	sqlite3_close(raw);
	CHECK(ok, "migratie: een bestand van schema 5 met journaalregels");
	db = db_open(path, 0, &err);
	CHECK(db != NULL, "migratie: het bestand opent (bijgewerkt)");
	if (db) {
		CHECK_INT(count(db, "SELECT tolk FROM journal WHERE moment LIKE '2026-01-05%'"), JANEE_JA,
			  "migratie: tolk 1 wordt Ja");
		CHECK_INT(count(db, "SELECT tolk FROM journal WHERE moment LIKE '2026-01-06%'"), JANEE_NEE,
			  "migratie: tolk 0 wordt Nee");
		CHECK_INT(count(db, "SELECT count(*) FROM audit WHERE tabel = 'journal'"), 0,
			  "migratie: de omzetting schrijft geen auditregels");
		db_close(db);
	}
	free(err);
	cmd = xasprintf("rm -rf %s", dir);
	if (system(cmd) != 0)
		perror("rm");
	free(cmd);
	free(path);
}

static void test_client_crud(casus_db *db)
{
	client c, d;
	valerr e = VALERR_INIT;
	int64_t audits;
	char *who;

	client_init(&c);
	c.klantnummer = xstrdup("K000001");
	c.voornaam = xstrdup("Ana");
	c.achternaam = xstrdup("Núñez");
	c.bsn = xstrdup("111222333");
	c.geslacht = 2;
	CHECK_INT(store_client_save(db, &c, &e), CASUS_OK, "client inserted");
	CHECK(c.id > 0 && c.version == 1, "id and version set");
	CHECK_SQL(db, "SELECT zoeksleutel FROM client WHERE klantnummer = 'K000001'", "ana nunez",
		  "search key written");
	CHECK_SQL(db, "SELECT sorteersleutel FROM client WHERE klantnummer = 'K000001'", "nunez ana",
		  "sort key written");
	CHECK_INT(count(db, "SELECT count(*) FROM audit WHERE tabel = 'client' AND actie = 'toevoegen'"), 1,
		  "insert audited");
	who = text(db, "SELECT wie FROM audit ORDER BY id DESC LIMIT 1");
	CHECK_STR(who, db->user, "audit names the user");
	free(who);

	CHECK_INT(store_client_get(db, c.id, &d), CASUS_OK, "client read back");
	CHECK_STR(d.achternaam, "Núñez", "name round trip");
	CHECK_INT(d.aantal_kinderen, -1, "unknown count stays unknown");
	CHECK_INT(d.geslacht, 2, "code round trip");

	/* update and conflict */
	free(c.voornaam);
	c.voornaam = xstrdup("Ana María");
	CHECK_INT(store_client_save(db, &c, &e), CASUS_OK, "client updated");
	CHECK_INT(c.version, 2, "version bumped");
	/* a save without changes: no new version, no audit row (issue 13, 4) */
	audits = count(db, "SELECT count(*) FROM audit");
	CHECK_INT(store_client_save(db, &c, &e), CASUS_OK, "unchanged client saved");
	CHECK_INT(c.version, 2, "unchanged save: version not bumped");
	CHECK_INT(count(db, "SELECT version FROM client WHERE id = 1"), 2, "unchanged save: row version stays");
	CHECK_INT(count(db, "SELECT count(*) FROM audit"), audits, "unchanged save: no audit row");
	free(d.voornaam);
	d.voornaam = xstrdup("Anna");
	CHECK_INT(store_client_save(db, &d, &e), CASUS_CONFLICT, "stale update detected");
	CHECK(strstr(db_errmsg(db), "intussen door iemand anders gewijzigd") != NULL, "conflict message in Dutch");
	CHECK_SQL(db, "SELECT voornaam FROM client WHERE id = 1", "Ana María", "stale update not written");
	{
		char *old = text(db, "SELECT json_extract(oud, '$.voornaam') FROM audit WHERE actie = 'wijzigen'");
		char *nw = text(db, "SELECT json_extract(nieuw, '$.voornaam') FROM audit WHERE actie = 'wijzigen'");
		CHECK_STR(old, "Ana", "audit keeps the old value");
		CHECK_STR(nw, "Ana María", "audit keeps the new value");
		free(old);
		free(nw);
	}

	/* validation before writing: nothing written, field named */
	audits = count(db, "SELECT count(*) FROM audit");
	client_clear(&d);
	client_init(&d);
	d.klantnummer = xstrdup("K000002");
	d.bsn = xstrdup("123456789");
	CHECK_INT(store_client_save(db, &d, &e), CASUS_INVALID, "invalid BSN refused");
	CHECK(e.n >= 1 && strcmp(e.items[0].field, "BSN") == 0, "message names the field BSN");
	valerr_free(&e);
	CHECK_INT(count(db, "SELECT count(*) FROM client"), 1, "nothing written");
	CHECK_INT(count(db, "SELECT count(*) FROM audit"), audits, "nothing audited");

	/* issue 13, 11: a field problem and the store's uniqueness check
	 * together, in one save */
	free(d.klantnummer);
	d.klantnummer = xstrdup("K000001");
	CHECK_INT(store_client_save(db, &d, &e), CASUS_INVALID, "invalid BSN and taken klantnummer refused");
	{
		char *t = valerr_text(&e);
		CHECK(t && strstr(t, "BSN") && strstr(t, "K000001 bestaat al"), "both problems at once");
		free(t);
	}
	valerr_free(&e);

	/* duplicate klantnummer and BSN */
	free(d.bsn);
	d.bsn = xstrdup("111222333");
	free(d.klantnummer);
	d.klantnummer = xstrdup("K000001");
	CHECK_INT(store_client_save(db, &d, &e), CASUS_INVALID, "duplicates refused");
	{
		char *t = valerr_text(&e);
		CHECK(t && strstr(t, "Klantnummer") && strstr(t, "BSN"), "both duplicate fields named");
		free(t);
	}
	valerr_free(&e);
	client_clear(&d);

	CHECK_INT(store_client_by_klantnummer(db, "K000001", &d), CASUS_OK, "find by klantnummer");
	CHECK_INT(d.id, c.id, "same client");
	client_clear(&d);
	CHECK_INT(store_client_by_klantnummer(db, "K999", &d), CASUS_NOTFOUND, "unknown klantnummer");
	client_clear(&d);
	client_clear(&c);
}

static void test_records(casus_db *db)
{
	int64_t id = new_client(db, "K000010", "Mohammed", "Al-Hassan");
	voortraject v;
	activiteit a;
	startbaan s;
	employer w;
	afsluiting u, x;
	onhold o;
	pip_step p;
	journal j;
	valerr e = VALERR_INIT;
	casefile cf;

	voortraject_init(&v);
	v.client_id = id;
	v.start = cdate_from_ymd(2025, 3, 1);
	v.einde = cdate_from_ymd(2025, 2, 1);
	v.soort = 1;
	CHECK_INT(store_voortraject_save(db, &v, &e), CASUS_INVALID, "end before start refused");
	CHECK(e.n == 1 && strcmp(e.items[0].field, "Einddatum") == 0, "Einddatum named");
	valerr_free(&e);
	v.einde = cdate_from_ymd(2025, 6, 1);
	CHECK_INT(store_voortraject_save(db, &v, &e), CASUS_OK, "voortraject saved");

	activiteit_init(&a);
	a.voortraject_id = v.id;
	a.soort = 2;
	a.start = v.start;
	a.einde = cdate_from_ymd(2025, 4, 1);
	a.aanbieder = xstrdup("Werkvloertaal");
	CHECK_INT(store_activiteit_save(db, &a, &e), CASUS_OK, "activity saved");

	employer_init(&w);
	w.naam = xstrdup("Logistiek Noord BV");
	w.sector = 1;
	CHECK_INT(store_employer_save(db, &w, &e), CASUS_OK, "employer saved");
	startbaan_init(&s);
	s.client_id = id;
	s.employer_id = w.id;
	s.start = cdate_from_ymd(2025, 7, 1);
	s.uren = 40.5;
	CHECK_INT(store_startbaan_save(db, &s, &e), CASUS_INVALID, "more than 40 hours refused");
	valerr_free(&e);
	s.uren = 24;
	s.maanden = 0;
	CHECK_INT(store_startbaan_save(db, &s, &e), CASUS_INVALID, "zero contract months refused");
	valerr_free(&e);
	s.maanden = 12;
	CHECK_INT(store_startbaan_save(db, &s, &e), CASUS_OK, "startbaan saved");

	onhold_init(&o);
	o.client_id = id;
	o.start = cdate_from_ymd(2025, 9, 1);
	o.reden = 2;
	CHECK_INT(store_onhold_save(db, &o, &e), CASUS_OK, "on hold saved");

	pip_step_init(&p);
	p.client_id = id;
	p.stap = PIP_VASTGESTELD;
	p.datum = cdate_from_ymd(2024, 5, 1);
	p.status = PIPSTATUS_GEDAAN;
	CHECK_INT(store_pip_step_save(db, &p, &e), CASUS_OK, "PIP step saved");

	journal_init(&j);
	j.client_id = id;
	j.moment = xstrdup("2025-10-01 09:30");
	j.soort = 2;
	j.samenvatting = xstrdup("Spreekuur: vraag over de loonstrook.");
	CHECK_INT(store_journal_save(db, &j, &e), CASUS_OK, "journal saved");
	CHECK_STR(j.auteur, db->user, "journal author defaults to the user");

	afsluiting_init(&u);
	u.client_id = id;
	u.soort = AFSLUITING_UITVAL;
	u.datum = cdate_from_ymd(2025, 11, 1);
	u.reden = 3;
	CHECK_INT(store_afsluiting_save(db, &u, &e), CASUS_OK, "uitval saved");
	afsluiting_init(&x);
	x.client_id = id;
	x.soort = AFSLUITING_EINDE;
	x.datum = cdate_from_ymd(2025, 11, 2);
	x.reden = 1;
	CHECK_INT(store_afsluiting_save(db, &x, &e), CASUS_INVALID, "einde next to uitval refused");
	CHECK(e.n == 1 && strstr(e.items[0].msg, "niet allebei"), "clear message: uitval or einde, not both");
	valerr_free(&e);

	{
		voortraject fv;
		activiteit fa;
		afsluiting fu;

		voortraject_init(&fv);
		CHECK_INT(store_voortraject_find(db, id, v.start, &fv), CASUS_OK, "voortraject found by start date");
		CHECK(fv.id == v.id && fv.einde == v.einde && fv.version == v.version, "with all its fields");
		voortraject_clear(&fv);
		voortraject_init(&fv);
		CHECK_INT(store_voortraject_find(db, id, v.start + 1, &fv), CASUS_NOTFOUND, "not for another date");
		CHECK_INT(fv.id, 0, "and out is left alone");
		activiteit_init(&fa);
		CHECK_INT(store_activiteit_find(db, id, 2, a.start, &fa), CASUS_OK, "activity found by type and start");
		CHECK_STR(fa.aanbieder, "Werkvloertaal", "with its provider");
		activiteit_clear(&fa);
		afsluiting_init(&fu);
		CHECK_INT(store_afsluiting_find(db, id, &fu), CASUS_OK, "uitval/einde found by client");
		CHECK_INT(fu.soort, AFSLUITING_UITVAL, "the uitval");
	}
	CHECK_INT(store_casefile_load(db, id, &cf), CASUS_OK, "casefile loads");
	CHECK(cf.nvt == 1 && cf.vt[0].nact == 1, "voortraject with its activity");
	CHECK(cf.nsb == 1 && cf.sb[0].werkgever_naam && strcmp(cf.sb[0].werkgever_naam, "Logistiek Noord BV") == 0,
	      "startbaan with employer name");
	CHECK_INT(cf.sb[0].sector, 1, "employer sector copied in");
	CHECK(cf.noh == 1 && cf.naf == 1 && cf.npip == 1 && cf.njr == 1, "every record type loaded");
	casefile_free(&cf);

	/* delete with cascade, audited */
	CHECK_INT(store_startbaan_delete(db, s.id, 99), CASUS_CONFLICT, "delete with stale version refused");
	CHECK_INT(store_client_delete(db, id, 0), CASUS_OK, "client deleted");
	CHECK_INT(count(db, "SELECT count(*) FROM voortraject"), 0, "records deleted with the client");
	CHECK_INT(count(db, "SELECT count(*) FROM activiteit"), 0, "activities deleted too");
	CHECK(count(db, "SELECT count(*) FROM audit WHERE actie = 'verwijderen' AND tabel = 'startbaan'") == 1,
	      "cascaded delete audited");
	CHECK_INT(store_casefile_load(db, id, &cf), CASUS_NOTFOUND, "deleted client not found");

	voortraject_clear(&v);
	activiteit_clear(&a);
	startbaan_clear(&s);
	employer_clear(&w);
	pip_step_clear(&p);
	journal_clear(&j);
}

static void test_handover(casus_db *db)
{
	consultant k1 = { 0 }, k2 = { 0 };
	int64_t id = new_client(db, "K000020", "Yonas", "Tesfaye");
	valerr e = VALERR_INIT;
	casefile cf;

	k1.naam = xstrdup("Sanne de Vries");
	k1.login = xstrdup("sanne");
	k1.actief = 1;
	k2.naam = xstrdup("Ahmet Yılmaz");
	k2.login = xstrdup("ahmet");
	k2.actief = 1;
	CHECK_INT(store_consultant_save(db, &k1, &e), CASUS_OK, "consultant 1");
	CHECK_INT(store_consultant_save(db, &k2, &e), CASUS_OK, "consultant 2");
	CHECK_INT(store_handover(db, id, k1.id, cdate_from_ymd(2025, 1, 1), NULL, &e), CASUS_OK, "first assignment");
	CHECK_INT(store_handover(db, id, k2.id, cdate_from_ymd(2025, 6, 1), "verlof", &e), CASUS_OK, "handover");
	CHECK_INT(store_handover(db, id, k2.id, cdate_from_ymd(2025, 7, 1), NULL, &e), CASUS_INVALID,
		  "handover to the current regiehouder refused");
	valerr_free(&e);
	CHECK_INT(store_casefile_load(db, id, &cf), CASUS_OK, "casefile");
	CHECK_INT(cf.c.regiehouder_id, k2.id, "regiehouder is the new consultant");
	CHECK_STR(cf.regiehouder_naam, "Ahmet Yılmaz", "regiehouder name loaded");
	CHECK(cf.nho == 2 && cf.ho[1].van_id == k1.id && cf.ho[1].naar_id == k2.id, "history keeps who had the client");
	casefile_free(&cf);
	consultant_clear(&k1);
	consultant_clear(&k2);
}

static int count_cb(const casefile *cf, void *arg)
{
	(*(int *)arg)++;
	return 0;
}

static void test_foreach_and_tx(casus_db *db)
{
	int n = 0;
	int64_t before = count(db, "SELECT count(*) FROM client");

	CHECK_INT(store_casefile_foreach(db, 0, count_cb, &n), CASUS_OK, "foreach runs");
	CHECK_INT(n, before, "foreach visits every client");

	/* nested transactions: a failing inner save does not undo the outer work
	 * until the caller rolls back, and a rollback undoes everything */
	CHECK_INT(db_tx_begin(db), CASUS_OK, "outer transaction");
	new_client(db, "K000030", "A", "B");
	new_client(db, "K000031", "C", "D");
	CHECK_INT(count(db, "SELECT count(*) FROM client"), before + 2, "visible inside the transaction");
	db_tx_rollback(db);
	CHECK_INT(count(db, "SELECT count(*) FROM client"), before, "rollback undoes both saves");
	CHECK_INT(count(db, "SELECT count(*) FROM audit WHERE rij IS NOT NULL AND nieuw LIKE '%K000030%'"), 0,
		  "and their audit rows");
}

/* Hostile text: control characters, escape sequences, invalid UTF-8, huge
 * fields are refused with a message naming the field; the printable copy
 * never carries an escape character. */
static void test_hostile(casus_db *db)
{
	client c;
	valerr e = VALERR_INIT;
	char *big, *p;

	client_init(&c);
	c.klantnummer = xstrdup("K000040");
	c.voornaam = xstrdup("Evil\x1b[2J\x1b]0;pwned\x07");
	c.achternaam = xstrdup("O'Brien\"; DROP TABLE client; --");
	CHECK_INT(store_client_save(db, &c, &e), CASUS_INVALID, "escape sequence in a name refused");
	CHECK(e.n == 1 && strcmp(e.items[0].field, "Voornaam") == 0 && strstr(e.items[0].msg, "stuurtekens"),
	      "message names Voornaam and the problem");
	valerr_free(&e);
	free(c.voornaam);
	c.voornaam = xstrdup("Bad\xff\xfeUTF");
	CHECK_INT(store_client_save(db, &c, &e), CASUS_INVALID, "invalid UTF-8 refused");
	valerr_free(&e);
	big = xmalloc(100001);
	memset(big, 'a', 100000);
	big[100000] = '\0';
	free(c.voornaam);
	c.voornaam = big;
	CHECK_INT(store_client_save(db, &c, &e), CASUS_INVALID, "100,000-character name refused");
	CHECK(e.n == 1 && strstr(e.items[0].msg, "te lang"), "as too long");
	valerr_free(&e);
	free(c.voornaam);
	c.voornaam = xstrdup("Ana");
	CHECK_INT(store_client_save(db, &c, &e), CASUS_OK, "SQL quotes in a name are just text");
	CHECK_SQL(db, "SELECT achternaam FROM client WHERE klantnummer = 'K000040'", "O'Brien\"; DROP TABLE client; --",
		  "stored as typed");
	client_clear(&c);

	p = str_printable("a\x1b[31mb\x9b" "\xc2\x9b" "c\xff" "d\x07" "e\tf\ng Núñez محمد");
	CHECK_STR(p, "a?[31mb??c?d?e f g Núñez محمد", "printable copy: controls and bad bytes become ?, blanks a space");
	free(p);
	/* invisible and bidi control characters: refused in names and
	 * identifiers, shown as <U+...> */
	{
		static const struct { const char *utf8; const char *hex; } inv[] = {
			{ "\xe2\x80\xae", "U+202E" }, { "\xe2\x80\x8b", "U+200B" },
			{ "\xe2\x80\xa8", "U+2028" }, { "\xef\xbb\xbf", "U+FEFF" },
			{ "\xe2\x81\xa6", "U+2066" }, { "\xe2\x80\x8f", "U+200F" },
			{ "\xd8\x9c", "U+061C" }, { "\xf3\xa0\x80\x81", "U+E0001" },
		};
		for (size_t i = 0; i < sizeof inv / sizeof inv[0]; i++) {
			char *name = xasprintf("Jan%ssen", inv[i].utf8), *want;

			client_init(&c);
			c.klantnummer = xstrdup("K000041");
			c.achternaam = name;
			CHECK_INT(store_client_save(db, &c, &e), CASUS_INVALID, "invisible character in a name refused");
			want = xasprintf("bevat een onzichtbaar of richtingsteken (%s)", inv[i].hex);
			CHECK(e.n == 1 && strcmp(e.items[0].field, "Achternaam") == 0 &&
			      strcmp(e.items[0].msg, want) == 0, "message names Achternaam and the character");
			valerr_free(&e);
			free(c.achternaam);
			c.achternaam = xstrdup("Jansen");
			free(c.klantnummer);
			c.klantnummer = xasprintf("K4%s2", inv[i].utf8);
			CHECK_INT(store_client_save(db, &c, &e), CASUS_INVALID, "invisible character in a klantnummer refused");
			CHECK(e.n == 1 && strcmp(e.items[0].field, "Klantnummer") == 0, "message names Klantnummer");
			valerr_free(&e);
			client_clear(&c);
			free(want);
			p = xasprintf("a%sb", inv[i].utf8);
			want = xasprintf("a<%s>b", inv[i].hex);
			{
				char *q = str_printable(p);
				CHECK_STR(q, want, "printable copy shows the character as <U+...>");
				free(q);
			}
			free(p);
			free(want);
		}
		p = str_printable("Zahra\xe2\x80\x8c Ahmadi \xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9");
		CHECK_STR(p, "Zahra\xe2\x80\x8c Ahmadi \xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9",
			  "the joiners U+200C/U+200D (Persian, emoji) stay");
		free(p);
		CHECK(str_find_invisible("Núñez محمد") == 0, "ordinary letters are not invisible");
	}
	CHECK(str_has_control("regel 1\nregel 2", 1) == 0, "newline allowed where asked");
	CHECK(str_has_control("regel 1\nregel 2", 0) == 1, "newline refused in a name");
}

static void test_settings(casus_db *db)
{
	CHECK_INT(db_setting_int(db, "signaal.pip_dagen", 14), 14, "default when unset");
	CHECK_INT(db_setting_set(db, "signaal.pip_dagen", "21"), CASUS_OK, "setting stored");
	CHECK_INT(db_setting_int(db, "signaal.pip_dagen", 14), 21, "setting read");
	CHECK_INT(db_setting_set(db, "consultant", "sanne"), CASUS_OK, "consultant set");
	CHECK_STR(db->user, "sanne", "the audit user follows the consultant setting");
}

int main(void)
{
	char *err = NULL;
	casus_db *db;

	setenv("USER", "tester", 1);
	setenv("CASUS_TODAY", "2026-11-24", 1);
	test_open_memory();
	test_files();
	test_migrate_tolk();
	db = db_open(":memory:", DB_OPEN_MEMORY, &err);
	if (!db) {
		printf("Bail out! %s\n", err);
		return 1;
	}
	test_client_crud(db);
	test_records(db);
	test_handover(db);
	test_foreach_and_tx(db);
	test_hostile(db);
	test_settings(db);
	db_close(db);
	return check_done();
}
