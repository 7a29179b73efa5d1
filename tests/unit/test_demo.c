/* test_demo.c - the synthetic demo caseload: deterministic for a seed and a
 * day, every record type present, every situatie on today and on the most
 * recent 31 oktober, every signal kind, valid BSNs, names in several
 * scripts, and a second caseload added to the same database. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dbcount.h"
#include "../../src/core/db_int.h"  /* the tests look inside the connection */
#include "demo.h"
#include "derive.h"
#include "signals.h"
#include "store.h"
#include "util.h"
#include "validate.h"
#include "vocab.h"

#define N 300
#define SEED 20260315ULL


/* All rows of a one-column query joined with '\n' (caller frees). */
static char *column(casus_db *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	strbuf sb = STRBUF_INIT;

	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) == SQLITE_OK)
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *t = (const char *)sqlite3_column_text(st, 0);
			sb_append(&sb, t ? t : "(null)");
			sb_appendc(&sb, '\n');
		}
	sqlite3_finalize(st);
	return sb_take(&sb);
}

static casus_db *make(int n, uint64_t seed, cdate today, int *rc)
{
	char *err = NULL;
	casus_db *db = db_open(":memory:", DB_OPEN_MEMORY, &err);

	if (!db) {
		printf("# db_open: %s\n", err ? err : "?");
		free(err);
		*rc = -1;
		return NULL;
	}
	*rc = demo_generate(db, n, seed, today);
	if (*rc != CASUS_OK)
		printf("# demo_generate: %s\n", db_errmsg(db));
	return db;
}

static const char *const TABLES[] = { "consultant", "client", "handover", "pip_step",
	"voortraject", "activiteit", "employer", "startbaan", "onhold", "afsluiting", "journal" };

/* A fingerprint of everything but the audit clock. */
static char *fingerprint(casus_db *db)
{
	strbuf sb = STRBUF_INIT;
	char *t;

	for (size_t i = 0; i < sizeof TABLES / sizeof TABLES[0]; i++)
		sb_appendf(&sb, "%s=%lld\n", TABLES[i], (long long)count(db,
			   (const char *[]){ "SELECT count(*) FROM consultant", "SELECT count(*) FROM client",
				   "SELECT count(*) FROM handover", "SELECT count(*) FROM pip_step",
				   "SELECT count(*) FROM voortraject", "SELECT count(*) FROM activiteit",
				   "SELECT count(*) FROM employer", "SELECT count(*) FROM startbaan",
				   "SELECT count(*) FROM onhold", "SELECT count(*) FROM afsluiting",
				   "SELECT count(*) FROM journal" }[i]));
	t = column(db, "SELECT klantnummer || ' ' || coalesce(bsn, '-') || ' ' || coalesce(voornaam, '') || ' ' || "
		   "coalesce(achternaam, '') || ' ' || coalesce(geboortedatum, '') || ' ' || "
		   "coalesce(datum_instroom, '') || ' ' || regiehouder_id FROM client ORDER BY id");
	sb_append(&sb, t);
	free(t);
	t = column(db, "SELECT client_id || ' ' || stap || ' ' || datum || ' ' || status FROM pip_step ORDER BY id");
	sb_append(&sb, t);
	free(t);
	t = column(db, "SELECT client_id || ' ' || employer_id || ' ' || start || ' ' || coalesce(einde, '') "
		   "FROM startbaan ORDER BY id");
	sb_append(&sb, t);
	free(t);
	t = column(db, "SELECT client_id || ' ' || moment || ' ' || samenvatting FROM journal ORDER BY id");
	sb_append(&sb, t);
	free(t);
	return sb_take(&sb);
}

typedef struct tally {
	cdate today, P;
	signal_settings set;
	int sit_today[8], sit_P[8];
	int sig[SIG__COUNT];
	int participants, deelnemers_P, after_P, instroom_old, badbsn, nbsn;
	int latin_diacritic, arabic, bad_order;
} tally;

static int is_arabic(const char *s)
{
	/* U+0600..U+06FF: lead byte 0xD8..0xDB */
	for (; s && *s; s++)
		if ((unsigned char)*s >= 0xD8 && (unsigned char)*s <= 0xDB)
			return 1;
	return 0;
}

static int has_latin_diacritic(const char *s)
{
	/* U+00C0..U+024F and U+1E00..U+1EFF (Latin extended) */
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
		if (*p >= 0xC3 && *p <= 0xC9)
			return 1;
		if (*p == 0xE1 && (p[1] == 0xB8 || p[1] == 0xB9 || p[1] == 0xBA || p[1] == 0xBB))
			return 1;
	}
	return 0;
}

static int visit(const casefile *cf, void *arg)
{
	tally *t = arg;
	signal sg[16];
	size_t n, i;

	if (cf->c.startbanen) {
		t->participants++;
		t->sit_today[derive_situatie(cf, t->today)]++;
		if (derive_is_deelnemer(&cf->c, t->P)) {
			t->deelnemers_P++;
			t->sit_P[derive_situatie(cf, t->P)]++;
		}
		if (cf->c.datum_instroom != CDATE_NONE && cf->c.datum_instroom < t->today - 4 * 366)
			t->instroom_old++;
	}
	for (i = 0; i < cf->nvt; i++)
		if (cf->vt[i].start > t->P)
			t->after_P++;
	for (i = 0; i < cf->nsb; i++) {
		if (cf->sb[i].start > t->P)
			t->after_P++;
		if (cf->sb[i].einde != CDATE_NONE && cf->sb[i].einde < cf->sb[i].start)
			t->bad_order++;
		if (cf->sb[i].start > t->today)
			t->bad_order++;
	}
	for (i = 0; i < cf->noh; i++)
		if (cf->oh[i].einde != CDATE_NONE && cf->oh[i].einde < cf->oh[i].start)
			t->bad_order++;
	n = signals_compute(cf, t->today, &t->set, sg, sizeof sg / sizeof sg[0]);
	for (i = 0; i < n && i < sizeof sg / sizeof sg[0]; i++)
		t->sig[sg[i].kind]++;
	if (cf->c.bsn) {
		t->nbsn++;
		if (!bsn_valid(cf->c.bsn))
			t->badbsn++;
	}
	if (has_latin_diacritic(cf->c.voornaam) || has_latin_diacritic(cf->c.achternaam))
		t->latin_diacritic++;
	if (is_arabic(cf->c.voornaam) && is_arabic(cf->c.achternaam))
		t->arabic++;
	return 0;
}

/* CF_PREFETCH: the same casefiles in the same order as without it, and
 * a stop from the callback ends the walk at once with its value. */
typedef struct trace {
	strbuf sb;
	int calls, stop_at;
} trace;

static int trace_cb(const casefile *cf, void *arg)
{
	trace *t = arg;

	t->calls++;
	sb_appendf(&t->sb, "%lld:%s:%d/%zu/%zu/%zu/%zu/%zu/%zu;", (long long)cf->c.id,
		   cf->c.klantnummer ? cf->c.klantnummer : "", (int)cf->c.datum_instroom, cf->npip,
		   cf->nvt, cf->nvt ? cf->vt[cf->nvt - 1].nact : 0, cf->nsb, cf->noh, cf->naf);
	return t->stop_at && t->calls == t->stop_at ? 7 : 0;
}

static void test_prefetch(cdate today)
{
	casus_db *db;
	trace plain, pre;
	int rc;

	db = make(2000, 11, today, &rc);
	CHECK(db && rc == CASUS_OK, "demo van 2000 klanten voor CF_PREFETCH");
	if (!db)
		return;
	memset(&plain, 0, sizeof plain);
	memset(&pre, 0, sizeof pre);
	CHECK_INT(store_casefile_foreach(db, CF_REGISTRATION, trace_cb, &plain), 0, "zonder CF_PREFETCH");
	CHECK_INT(store_casefile_foreach(db, CF_REGISTRATION | CF_PREFETCH, trace_cb, &pre), 0,
		  "met CF_PREFETCH");
	CHECK(plain.calls > 1000, "meer deelnemers dan de ring van de lezer bevat");
	CHECK_INT(pre.calls, plain.calls, "  evenveel dossiers");
	CHECK(plain.sb.s && pre.sb.s && strcmp(plain.sb.s, pre.sb.s) == 0,
	      "  dezelfde dossiers in dezelfde volgorde, met dezelfde inhoud");
	sb_free(&pre.sb);
	/* a stop in the middle of the ring, and at the very first casefile */
	for (int k = 0; k < 2; k++) {
		char d[80];
		memset(&pre, 0, sizeof pre);
		pre.stop_at = k == 0 ? 700 : 1;
		snprintf(d, sizeof d, "stoppen bij dossier %d geeft de waarde van de callback", pre.stop_at);
		CHECK_INT(store_casefile_foreach(db, CF_REGISTRATION | CF_PREFETCH, trace_cb, &pre), 7, d);
		CHECK_INT(pre.calls, pre.stop_at, "  en daarna geen aanroep meer");
		sb_free(&pre.sb);
	}
	sb_free(&plain.sb);
	db_close(db);
}

/* A caseload big enough for the bulk-load settings (1000 clients): the
 * connection's settings are back afterwards, CHECK constraints included
 * (they are off during the load), and the rows they guard hold anyway. */
static void test_bulk_settings(cdate today)
{
	char *err = NULL;
	casus_db *db = db_open(":memory:", DB_OPEN_MEMORY, &err);
	int64_t cache, temp, checks;
	int rc;

	if (!CHECK(db != NULL, "bulk: database geopend")) {
		free(err);
		return;
	}
	db_exec(db, "PRAGMA cache_size = -3000");
	cache = count(db, "PRAGMA cache_size");
	temp = count(db, "PRAGMA temp_store");
	checks = count(db, "PRAGMA ignore_check_constraints");
	rc = demo_generate(db, 1000, 99, today);
	CHECK_INT(rc, CASUS_OK, "bulk: demo van 1000 klanten");
	CHECK_INT(count(db, "PRAGMA cache_size"), cache, "bulk: cache_size terug");
	CHECK_INT(count(db, "PRAGMA temp_store"), temp, "bulk: temp_store terug");
	CHECK_INT(count(db, "PRAGMA ignore_check_constraints"), checks, "bulk: CHECK-constraints weer aan");
	CHECK_INT(count(db, "SELECT count(*) FROM afsluiting WHERE soort NOT IN (1, 2)"), 0,
		  "bulk: afsluiting.soort geldig");
	CHECK_INT(count(db, "SELECT count(*) FROM audit WHERE actie NOT IN "
			"('toevoegen', 'wijzigen', 'verwijderen', 'wissen')"), 0,
		  "bulk: audit.actie geldig");
	CHECK(db_exec(db, "INSERT INTO audit(moment, wie, tabel, actie) VALUES ('x', 'x', 'x', 'toevoegen')") == SQLITE_OK &&
	      db_exec(db, "INSERT INTO audit(moment, wie, tabel, actie) VALUES ('x', 'x', 'x', 'fout')") != SQLITE_OK,
	      "bulk: CHECK op audit.actie werkt na afloop");
	db_close(db);
}

int main(void)
{
	cdate today = cdate_from_ymd(2026, 3, 15);
	casus_db *a, *b, *c;
	char *fa, *fb, *fc, *s;
	int rc;
	tally t;

	setenv("USER", "demotester", 1);
	setenv("CASUS_NOW", "2026-03-15 09:00", 1);

	a = make(N, SEED, today, &rc);
	CHECK(a && rc == CASUS_OK, "demo van 300 klanten");
	if (!a)
		return check_done();
	CHECK_INT(store_client_count(a), N, "300 klanten");
	for (size_t i = 0; i < sizeof TABLES / sizeof TABLES[0]; i++) {
		char sql[80], desc[80];
		snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", TABLES[i]);
		snprintf(desc, sizeof desc, "tabel %s is niet leeg", TABLES[i]);
		CHECK(count(a, sql) > 0, desc);
	}
	CHECK(count(a, "SELECT count(*) FROM audit") >=
	      count(a, "SELECT count(*) FROM client") + count(a, "SELECT count(*) FROM pip_step") +
	      count(a, "SELECT count(*) FROM journal"), "elk record staat in de audit");
	CHECK_INT(count(a, "SELECT count(*) FROM client WHERE regiehouder_id IS NULL"), 0,
		  "elke klant heeft een regiehouder");
	CHECK(count(a, "SELECT count(*) FROM client c JOIN consultant k ON k.id = c.regiehouder_id "
		    "WHERE k.login = 'demotester'") > 0, "eigen caseload (login = $USER) is niet leeg");
	CHECK_INT(count(a, "SELECT count(*) FROM client c JOIN consultant k ON k.id = c.regiehouder_id "
			"WHERE k.actief = 0"), 0, "geen klant bij de vertrokken consulent");
	CHECK(count(a, "SELECT count(DISTINCT naar_id) FROM handover") >= 2, "overdrachten naar meerdere consulenten");
	CHECK(count(a, "SELECT count(*) FROM consultant") >= 7, "zeven of meer consulenten");
	CHECK_INT(count(a, "SELECT count(*) FROM client WHERE klantnummer NOT GLOB 'K[0-9][0-9][0-9][0-9][0-9][0-9]'"),
		  0, "klantnummers K + 6 cijfers");
	CHECK_INT(count(a, "SELECT count(*) FROM client WHERE voornaam = 'Ana' AND achternaam = 'Núñez'"), 1,
		  "vaste naam Ana Núñez");
	CHECK_INT(count(a, "SELECT count(*) FROM client WHERE voornaam = 'Mohammed' AND achternaam = 'Al-Hassan'"),
		  1, "vaste naam Mohammed Al-Hassan");
	CHECK_INT(count(a, "SELECT count(*) FROM client WHERE voornaam = 'محمد' AND achternaam = 'العلي'"), 1,
		  "vaste naam محمد العلي");
	CHECK(count(a, "SELECT count(*) FROM client WHERE geboortedatum IS NULL AND geboortejaar IS NOT NULL") > 0,
	      "sommigen alleen met geboortejaar");
	{
		int64_t p = count(a, "SELECT count(*) FROM client WHERE startbanen = 1");
		CHECK(p > N * 50 / 100 && p < N * 70 / 100, "ongeveer 60% deelnemers startbanen");
		int64_t v = count(a, "SELECT count(*) FROM client WHERE startbanen = 1 AND deelname = 1");
		CHECK(v > p * 50 / 100 && v < p * 70 / 100, "ongeveer 61% daarvan verplicht");
	}
	CHECK(count(a, "SELECT count(*) FROM startbaan GROUP BY client_id ORDER BY count(*) DESC LIMIT 1") >= 2,
	      "sommige klanten hebben meerdere startbanen");
	CHECK(count(a, "SELECT count(*) FROM employer e WHERE (SELECT count(*) FROM startbaan s "
		    "WHERE s.employer_id = e.id) >= 2") > 0, "werkgevers worden gedeeld");
	CHECK(count(a, "SELECT count(*) FROM journal WHERE tolk = 1") > 0 &&
	      count(a, "SELECT count(*) FROM journal WHERE tolk = 2") > 0, "journaal met en zonder tolk");
	CHECK(count(a, "SELECT count(*) FROM pip_step WHERE stap = 7 AND reden > 0") > 0,
	      "PIP gewijzigd met reden");
	CHECK(count(a, "SELECT count(*) FROM pip_step WHERE stap = 5 AND resultaat IS NOT NULL") > 0,
	      "leerbaarheidstoets met resultaat");
	CHECK(count(a, "SELECT count(*) FROM pip_step WHERE status = 1") > 0, "geplande PIP-stappen");
	CHECK_INT(count(a, "SELECT count(*) FROM pip_step WHERE status = 2 AND datum > '2026-03-15'"), 0,
		  "geen gedane stap na vandaag");
	CHECK(count(a, "SELECT max(c) FROM (SELECT count(*) c FROM activiteit GROUP BY voortraject_id)") >= 2,
	      "voortrajecten met meerdere activiteiten");
	CHECK_INT(count(a, "SELECT count(*) FROM voortraject v WHERE NOT EXISTS "
			"(SELECT 1 FROM activiteit a WHERE a.voortraject_id = v.id) AND v.start <= '2026-03-15'"),
		  0, "elk voortraject heeft een activiteit");
	CHECK(count(a, "SELECT count(*) FROM afsluiting WHERE soort = 1") > 0 &&
	      count(a, "SELECT count(*) FROM afsluiting WHERE soort = 2") > 0, "uitval en einde");
	CHECK_INT(count(a, "SELECT count(*) FROM client WHERE startbanen = 0 AND (EXISTS "
			"(SELECT 1 FROM startbaan s WHERE s.client_id = client.id) OR EXISTS "
			"(SELECT 1 FROM afsluiting f WHERE f.client_id = client.id))"), 0,
		  "startbanen en afsluiting alleen bij deelnemers");

	/* derived: situaties and signals */
	memset(&t, 0, sizeof t);
	t.today = today;
	t.P = cdate_from_ymd(2025, 10, 31);
	signal_settings_default(&t.set);
	CHECK_INT(store_casefile_foreach(a, 0, visit, &t), 0, "alle dossiers gelezen");
	for (int k = 0; k < 8; k++) {
		char d[120];
		snprintf(d, sizeof d, "situatie vandaag: %s (%d)", vocab_label(VOCAB_SITUATIE, k), t.sit_today[k]);
		CHECK(t.sit_today[k] > 0, d);
	}
	for (int k = 0; k < 8; k++) {
		char d[120];
		snprintf(d, sizeof d, "situatie op 31-10-2025: %s (%d)", vocab_label(VOCAB_SITUATIE, k), t.sit_P[k]);
		CHECK(t.sit_P[k] > 0, d);
	}
	CHECK(t.sit_P[SIT_STARTBAAN] > t.sit_P[SIT_ON_HOLD] && t.sit_P[SIT_STARTBAAN] > t.sit_P[SIT_BEMIDDELING],
	      "op 31 oktober is startbaan de grootste groep (Tabel 2)");
	CHECK(t.sit_P[SIT_STARTBAAN] * 100 > t.deelnemers_P * 20 && t.sit_P[SIT_STARTBAAN] * 100 < t.deelnemers_P * 45,
	      "startbaan op 31 oktober tussen 20% en 45%");
	CHECK(t.deelnemers_P < t.participants, "sommige deelnemers stroomden in na 31 oktober");
	CHECK(t.after_P > 0, "voortrajecten/startbanen gestart na 31 oktober");
	CHECK_INT(t.instroom_old, 0, "instroom binnen vier jaar");
	CHECK_INT(t.bad_order, 0, "geen einddatum vóór start, geen startbaan na vandaag");
	for (int k = 0; k < SIG__COUNT; k++) {
		char d[120];
		snprintf(d, sizeof d, "signaal komt voor: %s (%d)", signal_name((signal_kind)k), t.sig[k]);
		CHECK(t.sig[k] > 0, d);
	}
	CHECK(t.nbsn > N * 9 / 10, "bijna iedereen heeft een BSN");
	CHECK_INT(t.badbsn, 0, "alle BSN's halen de elfproef");
	CHECK(t.latin_diacritic > 0, "namen met diakrieten");
	CHECK(t.arabic >= 2, "namen in Arabisch schrift");
	CHECK(t.arabic < N / 8, "niet te veel Arabisch schrift (~5%)");
	CHECK_INT(count(a, "SELECT count(*) FROM (SELECT bsn FROM client WHERE bsn IS NOT NULL GROUP BY bsn HAVING count(*) > 1)"),
		  0, "BSN's uniek");

	/* deterministic */
	b = make(N, SEED, today, &rc);
	CHECK(b && rc == CASUS_OK, "tweede demo met dezelfde seed");
	fa = fingerprint(a);
	fb = b ? fingerprint(b) : xstrdup("");
	CHECK(strcmp(fa, fb) == 0, "zelfde seed en dag: zelfde inhoud");
	c = make(N, SEED + 1, today, &rc);
	CHECK(c && rc == CASUS_OK, "demo met een andere seed");
	fc = c ? fingerprint(c) : xstrdup("");
	CHECK(strcmp(fa, fc) != 0, "andere seed: andere inhoud");
	s = column(a, "SELECT klantnummer FROM client ORDER BY id");
	{
		char *s2 = c ? column(c, "SELECT klantnummer FROM client ORDER BY id") : xstrdup("");
		CHECK(strcmp(s, s2) != 0, "andere seed: andere klantnummers");
		free(s2);
	}
	free(s);
	free(fa);
	free(fb);
	free(fc);
	db_close(b);
	db_close(c);

	/* another day gives other dates */
	b = make(N, SEED, cdate_from_ymd(2026, 11, 2), &rc);
	CHECK(b && rc == CASUS_OK, "demo op 02-11-2026 (vlak na 31 oktober)");
	if (b) {
		memset(&t, 0, sizeof t);
		t.today = cdate_from_ymd(2026, 11, 2);
		t.P = cdate_from_ymd(2026, 10, 31);
		signal_settings_default(&t.set);
		store_casefile_foreach(b, 0, visit, &t);
		int all = 1;
		for (int k = 0; k < 8; k++)
			all = all && t.sit_today[k] > 0 && t.sit_P[k] > 0;
		for (int k = 0; k < SIG__COUNT; k++)
			all = all && t.sig[k] > 0;
		CHECK(all, "  ook dan elke situatie en elk signaal");
	}
	db_close(b);

	/* a second caseload in the same database, even with the same seed */
	rc = demo_generate(a, N, SEED, today);
	if (rc != CASUS_OK)
		printf("# %s\n", db_errmsg(a));
	CHECK(rc == CASUS_OK, "tweede caseload toevoegen met dezelfde seed");
	CHECK_INT(store_client_count(a), 2 * N, "  600 klanten");
	CHECK_INT(count(a, "SELECT count(*) FROM consultant WHERE login = 'demotester'"), 1,
		  "  eigen consulent niet dubbel");
	db_close(a);

	test_prefetch(today);
	test_bulk_settings(today);

	/* small caseloads work too */
	a = make(1, 5, today, &rc);
	CHECK(a && rc == CASUS_OK && store_client_count(a) == 1, "demo van 1 klant");
	db_close(a);
	a = make(0, 5, today, &rc);
	CHECK(a && rc == CASUS_OK && store_client_count(a) == 0, "demo van 0 klanten");
	db_close(a);
	return check_done();
}
