/* export.c - the registration workbook of registration-form.md, its
 * orchestration: one streaming pass over the participants (store.c's
 * casefile walk, read ahead on a second thread: CF_PREFETCH) writes
 * sheets 2-6 row by row (export_map.c: all sheets at once, each a
 * libxlsxwriter sheet in constant_memory mode, see export_lxw.c), collects
 * the findings in a temporary file (export_controle.c) and the Tabellen
 * in fixed counters (export_tables.c); Toelichting, Tabellen and Controle
 * are written after the pass.  Memory does not depend on the number of
 * participants.  The pseudonyms come from privacy_key.c. */
#include "config.h"

#include <assert.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "db_int.h"
#include "derive.h"
#include "export.h"
#include "export_int.h"
#include "privacy_key.h"
#include "store.h"
#include "util.h"

const char *const export_sheet_names[EXPORT_NSHEETS] = {
	"Toelichting", "Deelnemerkenmerken", "Situationele kenmerken",
	"Voortraject", "Startbaan", "On hold, uitval en einde", "Tabellen",
	"Controle"
};

static const char *const CSV_NAMES[EXPORT_NSHEETS] = {
	"1-toelichting.csv", "2-deelnemerkenmerken.csv",
	"3-situationele-kenmerken.csv", "4-voortraject.csv", "5-startbaan.csv",
	"6-on-hold-uitval-einde.csv", "7-tabellen.csv", "8-controle.csv"
};

char *export_default_name(cdate P)
{
	char iso[11];

	cdate_format_iso(P, iso);
	return xasprintf("registratie-startbanen-%s.xlsx", iso);
}

void export_result_free(export_result *r)
{
	if (!r)
		return;
	free(r->path);
	r->path = NULL;
}

/* ---- the pass ------------------------------------------------------------- */

static int on_casefile(const casefile *cf, void *arg)
{
	ex *x = arg;
	derived d;
	char id[EXPORT_ID_LEN + 1];
	size_t nf, i;

	x->done++;
	if (x->opt && x->opt->progress && (x->done & 255) == 0)
		x->opt->progress(x->opt->progress_arg, x->done,
				 x->done > x->total ? x->done : x->total);
	if (!derive_is_deelnemer(&cf->c, x->P))
		return 0;
	derive_all(cf, x->P, &d);
	privacy_pseudonym(&x->hmac, cf->c.id, id);
	x->deelnemers++;
	export_map_rows(x, cf, &d, id);

	nf = controle_client(cf, &d, x->P, x->fbuf, x->fcap);
	if (nf > x->fcap) {
		x->fcap = nf;
		x->fbuf = xrealloc(x->fbuf, x->fcap * sizeof *x->fbuf);
		nf = controle_client(cf, &d, x->P, x->fbuf, x->fcap);
	}
	for (i = 0; i < nf && i < x->fcap; i++)
		export_finding(x, id, x->fbuf[i].blad, x->fbuf[i].kolom, x->fbuf[i].bevinding);
	if (ferror(x->find))
		xbook_fail(&x->book, "kan niet schrijven in map %s: %s", x->book.dir,
			   fileout_errno_nl(errno));
	return x->book.failed ? 1 : 0;
}

/* ---- the sheets written after the pass ----------------------------------------- */

static char *now_text(const export_options *opt)
{
	const char *env = opt && opt->now ? opt->now : getenv("CASUS_NOW");
	char buf[32];
	struct tm tm;
	time_t t;
	int y, m, d, hh = 0, mm = 0;

	if (env && sscanf(env, "%d-%d-%d %d:%d", &y, &m, &d, &hh, &mm) >= 3)
		return xasprintf("%02d-%02d-%04d %02d:%02d", d, m, y, hh, mm);
	t = time(NULL);
	localtime_r(&t, &tm);
	strftime(buf, sizeof buf, "%d-%m-%Y %H:%M", &tm);
	return xstrdup(buf);
}

static void kv(xsheet *s, const char *k, const char *v)
{
	xs_text(s, k, F_BOLD);
	xs_text(s, v, F_WRAP);
	xs_endrow(s);
}

static void kvn(xsheet *s, const char *k, size_t n)
{
	xs_text(s, k, F_BOLD);
	xs_num(s, (double)n, F_NONE);
	xs_endrow(s);
}

/* The definitions of the Toelichting. */
static const char *const DEFINITIONS[][2] = {
	{ "Wie staan erin",
	  "Alle klanten die deelnemen aan de startbanenregeling en van wie de datum "
	  "instroom op of vóór de peildatum ligt; deelnemers zonder bekende datum "
	  "instroom staan erin met situatie Onbekend.  Deelnemers die vóór de "
	  "peildatum uitvielen of afrondden staan er ook in: de registratie is "
	  "cumulatief." },
	{ "Stand per peildatum",
	  "Elke waarde is berekend zoals die op de peildatum gold.  Een gedateerd "
	  "gegeven telt alleen als het op of vóór de peildatum begon; een einddatum "
	  "na de peildatum betekent dat het op de peildatum nog liep.  Gegevens die "
	  "later zijn vastgelegd over gebeurtenissen vóór de peildatum tellen mee.  "
	  "Kenmerken zonder datum hebben hun huidige waarde." },
	{ "Leeg of Onbekend",
	  "Een lege cel betekent: niet van toepassing (bijvoorbeeld geen voortraject, "
	  "nooit on hold, geen uitval).  'Onbekend' betekent: het bestaat wel, maar de "
	  "waarde is niet vastgelegd.  Een lege datum of een leeg getal in een kolom "
	  "die altijd van toepassing is (zoals Datum instroom) is onbekend." },
	{ "Deelnemer-ID",
	  "Een pseudoniem: voor dezelfde deelnemer gelijk in elke export uit dezelfde "
	  "database, zodat exports van verschillende jaren te koppelen zijn, maar "
	  "zonder de geheime sleutel in de database niet te herleiden tot naam, BSN "
	  "of klantnummer.  Dit bestand bevat geen namen, BSN's, klantnummers, "
	  "geboortedata, adressen, telefoonnummers, e-mailadressen, namen van "
	  "werkgevers of notities." },
	{ "Uitval",
	  "De deelnemer stopt met deelname voordat de startbaanroute haar doel heeft "
	  "bereikt (uitval, om welke reden ook)." },
	{ "Einde (afronding)",
	  "De startbaan of de deelname eindigt zoals gepland of met resultaat "
	  "(inburgering afgerond, doorgestroomd naar ander werk, overeenkomst "
	  "afgelopen).  Een deelnemer heeft hoogstens één van beide: uitval of einde." },
};

/* What each sheet holds (the Toelichting's list of sheets). */
static const char *const SHEET_MEANING[EXPORT_NSHEETS] = {
	"Dit blad: peildatum, herkomst, definities en de betekenis van de bladen.",
	"Eén rij per deelnemer: kenmerken bij instroom (deelname, leeftijd, "
	"geslacht, taal, opleiding, verblijfsvergunning, baan bij instroom).",
	"Eén rij per deelnemer: gezin, wonen, vervoer, inburgering en de "
	"situatie op de peildatum.",
	"Eén rij per deelnemer: het laatste voortraject dat op of vóór de "
	"peildatum begon, met per soort activiteit het aantal weken tot de "
	"peildatum (Maatje/mentor en Netwerkactiviteit tellen onder Anders).",
	"Eén rij per startbaan die op of vóór de peildatum begon; het "
	"volgnummer telt per deelnemer op startdatum.",
	"Eén rij per deelnemer: de laatste on-holdperiode, uitval of einde op "
	"of vóór de peildatum, en het aantal startbanen.",
	"Tabel 1 t/m 9 van Bijlage 1 van het evaluatierapport, berekend uit "
	"dezelfde rijen.  Elk blok sluit af met een Totaal-rij met de basis "
	"waarop de percentages berekend zijn; de aantallen tellen op tot die "
	"basis, behalve in blokken met 'meer antwoorden mogelijk'.",
	"Eén rij per bevinding (Onbekend, ontbreekt, tegenstrijdige datums) "
	"om aan te vullen vóór verzending; rechts per kolom het aantal en "
	"aandeel Onbekend.",
};

static void write_toelichting(ex *x)
{
	xsheet *s = x->sh[S_TOELICHTING];
	char *now = now_text(x->opt);
	char *gemeente = db_setting_get(x->db, "gemeente");
	char *team = db_setting_get(x->db, "team");
	size_t i;

	xsheet_set_width(s, 0, 34);
	xsheet_set_width(s, 1, 110);
	xs_text(s, "Registratie startbanen – stand per peildatum", F_TITLE);
	xs_endrow(s);
	xs_endrow(s);
	xs_text(s, "Peildatum", F_BOLD);
	xs_date(s, x->P);
	xs_endrow(s);
	kv(s, "Datum en tijd van export", now);
	kv(s, "Programma", PACKAGE_NAME " " PACKAGE_VERSION);
	if (!str_blank(team)) {
		/* "Deventer / Team Oost", or the team alone */
		char *gt = str_blank(gemeente) ? xstrdup(team) : xasprintf("%s / %s", gemeente, team);

		free(gemeente);
		gemeente = gt;
	}
	free(team);
	kv(s, "Gemeente / team", str_blank(gemeente) ? "niet ingesteld" : gemeente);
	kvn(s, "Aantal deelnemers", x->deelnemers);
	kvn(s, "Aantal startbanen (blad Startbaan)", x->startbanen);
	kvn(s, "Aantal bevindingen (blad Controle)", x->bevindingen);
	xs_endrow(s);
	for (i = 0; i < sizeof DEFINITIONS / sizeof DEFINITIONS[0]; i++)
		kv(s, DEFINITIONS[i][0], DEFINITIONS[i][1]);
	xs_endrow(s);
	xs_text(s, "Bladen", F_TITLE);
	xs_endrow(s);
	for (i = 0; i < EXPORT_NSHEETS; i++)
		kv(s, export_sheet_names[i], SHEET_MEANING[i]);
	free(now);
	free(gemeente);
}

static int count_participants(casus_db *db, size_t *n)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (db_prepare(db, "SELECT count(*) FROM client WHERE startbanen = 1", &st) != SQLITE_OK)
		return CASUS_ERROR;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*n = (size_t)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? CASUS_OK : db_fail(db, rc, "tellen");
}

/* CASUS_EXPORT_PROFILE=1: phase times on stderr (benchmarks): wall time
 * and the CPU time of this (the main) thread, which on an idle machine
 * is the critical path (the reader thread works beside it). */
static double clock_s(clockid_t c)
{
	struct timespec ts;

	clock_gettime(c, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void prof(const char *phase)
{
	static int on = -1;
	static double t0, c0;
	double t, c;

	if (on < 0)
		on = getenv("CASUS_EXPORT_PROFILE") != NULL;
	if (!on)
		return;
	t = clock_s(CLOCK_MONOTONIC);
	c = clock_s(CLOCK_THREAD_CPUTIME_ID);
	if (phase)
		fprintf(stderr, "export: %-22s %.3f s (cpu van deze thread %.3f s)\n", phase,
			t - t0, c - c0);
	t0 = t;
	c0 = c;
}

/* The arguments, before anything is opened: CASUS_OK or CASUS_INVALID
 * with the message in db->errmsg. */
static int check_args(casus_db *db, cdate P, const char *target, int csv)
{
	char *real = NULL;
	int exists;

	if (P == CDATE_NONE) {
		snprintf(db->errmsg, sizeof db->errmsg, "geen geldige peildatum");
		return CASUS_INVALID;
	}
	if (!target || !*target) {
		snprintf(db->errmsg, sizeof db->errmsg, "geen bestandsnaam opgegeven");
		return CASUS_INVALID;
	}
	/* refuse a target that may not be replaced before anything else;
	 * xbook_open_xlsx checks again */
	if (!csv && fileout_target(target, &real, &exists, db->errmsg, sizeof db->errmsg) != 0)
		return CASUS_INVALID;
	free(real);
	return CASUS_OK;
}

/* The workbook's creation time: that of the Toelichting sheet. */
static void set_created(ex *x)
{
	char *now = now_text(x->opt), w3c[32];
	int d, m, y, hh, mm;

	if (sscanf(now, "%d-%d-%d %d:%d", &d, &m, &y, &hh, &mm) == 5) {
		snprintf(w3c, sizeof w3c, "%04d-%02d-%02dT%02d:%02d:00Z", y, m, d, hh, mm);
		xw_set_created(x->book.wb, w3c);
	}
	free(now);
}

/* Open the workbook (or CSV directory), its sheets and the findings file;
 * -1 with the message in x->book.err. */
static int book_open(ex *x, const char *target, int csv)
{
	int k;

	if ((csv ? xbook_open_csv(&x->book, target) : xbook_open_xlsx(&x->book, target)) != 0)
		return -1;
	if (!csv)
		set_created(x);
	for (k = 0; k < EXPORT_NSHEETS; k++)
		x->sh[k] = xbook_add_sheet(&x->book, export_sheet_names[k], CSV_NAMES[k]);
	for (k = S_DEELNEMER; k <= S_AFSLUITING; k++)
		xsheet_data_header(x->sh[k], export_sheet_cols[k], export_sheet_ncols[k]);
	export_findings_open(x);
	x->fcap = 64;
	x->fbuf = xmalloc(x->fcap * sizeof *x->fbuf);
	x->tab = tables_new();
	return 0;
}

/* The pass over all casefiles, in one read transaction (one consistent
 * snapshot) unless the caller has one open. */
static int pass(ex *x)
{
	casus_db *db = x->db;
	int rc, own_tx = 0;

	if (db->tx_depth == 0 && sqlite3_get_autocommit(db->sql) && db_exec(db, "BEGIN") == CASUS_OK)
		own_tx = 1;
	rc = count_participants(db, &x->total);
	if (rc == CASUS_OK) {
		if (x->opt && x->opt->progress)
			x->opt->progress(x->opt->progress_arg, 0, x->total);
		rc = store_casefile_foreach(db, CF_REGISTRATION | CF_PREFETCH, on_casefile, x);
		if (rc == 1)    /* stopped by a write failure */
			rc = CASUS_OK;
		if (x->opt && x->opt->progress)
			x->opt->progress(x->opt->progress_arg, x->done, x->done);
	}
	if (!own_tx)
		return rc;
	/* SQLite ends the read transaction itself on a failure (no memory,
	 * I/O error): the rows read after that come from other moments, so
	 * the workbook would not be one snapshot */
	if (!sqlite3_get_autocommit(db->sql)) {
		db_exec(db, "COMMIT");
	} else if (rc == CASUS_OK) {
		snprintf(db->errmsg, sizeof db->errmsg,
			 "De database kon niet in één keer worden gelezen (de leestransactie is afgebroken); de export is niet gemaakt.");
		rc = CASUS_ERROR;
	}
	return rc;
}

/* After the pass: close the data sheets, write Toelichting, Tabellen and
 * Controle, and move the workbook into place (or abandon it). */
static int finish(ex *x, int rc, const char *target, int csv, export_result *res)
{
	casus_db *db = x->db;
	size_t onb = 0;
	int k;

	if (rc == CASUS_OK && !x->book.failed) {
		for (k = S_DEELNEMER; k <= S_AFSLUITING; k++)
			xsheet_finish_data(x->sh[k]);
		write_toelichting(x);
		tables_write(x->tab, x->sh[S_TABELLEN]);
		export_write_controle(x);
		prof("after-pass sheets");
		if (!x->book.failed)
			onb = export_onbekend_total(x);
	}
	if (rc != CASUS_OK) {
		xbook_abort(&x->book);
	} else if (x->book.failed) {
		snprintf(db->errmsg, sizeof db->errmsg, "%s", x->book.err);
		xbook_abort(&x->book);
		rc = CASUS_ERROR;
	} else if ((csv ? xbook_close_csv(&x->book) : xbook_close_xlsx(&x->book, target)) != 0) {
		snprintf(db->errmsg, sizeof db->errmsg, "%s", x->book.err);
		rc = CASUS_ERROR;
	} else if (prof("close"), res) {
		res->deelnemers = x->deelnemers;
		res->startbanen = x->startbanen;
		res->bevindingen = x->bevindingen;
		res->onbekend = onb;
		res->path = xstrdup(target);
	}
	return rc;
}

static int run(casus_db *db, cdate P, const char *target, int csv,
	       const export_options *opt, export_result *res)
{
	ex x;
	uint8_t key[PRIVACY_KEY_MAX];
	size_t keylen = 0;
	int rc;

	if (res)
		memset(res, 0, sizeof *res);
	db->errmsg[0] = '\0';
	rc = check_args(db, P, target, csv);
	if (rc != CASUS_OK)
		return rc;
	prof(NULL);
	memset(&x, 0, sizeof x);
	x.db = db;
	x.P = P;
	x.opt = opt;
	rc = privacy_key_load(db, key, &keylen);
	if (rc != CASUS_OK)
		return rc;
	hmac_sha256_init(&x.hmac, key, keylen);
	memset(key, 0, sizeof key);
	if (book_open(&x, target, csv) != 0) {
		snprintf(db->errmsg, sizeof db->errmsg, "%s", x.book.err);
		xbook_abort(&x.book);
		return CASUS_ERROR;
	}
	if (!x.book.failed) {
		rc = pass(&x);
		prof("pass");
	}
	rc = finish(&x, rc, target, csv, res);
	export_findings_close(&x);
	free(x.fbuf);
	free(x.sbuf);
	tables_free(x.tab);
	return rc;
}

int export_workbook(casus_db *db, cdate P, const char *path,
		    const export_options *opt, export_result *res)
{
	return run(db, P, path, 0, opt, res);
}

int export_csv_dir(casus_db *db, cdate P, const char *dir,
		   const export_options *opt, export_result *res)
{
	return run(db, P, dir, 1, opt, res);
}
