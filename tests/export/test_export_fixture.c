/* test_export_fixture.c - builds a caseload with one client per rule of
 * "Situatie peildatum", per bucket boundary of the derived categories and
 * with records dated after the peildatum, exports it for P = 31-10-2025
 * (workbook and CSV), and writes the expected cells, worked out by hand
 * from registration-form.md (not from derive.c), for check_fixture.py:
 *
 *   test_export_fixture OUTDIR
 *     OUTDIR/fixture.db, OUTDIR/fixture.xlsx, OUTDIR/csv/,
 *     OUTDIR/expected.tsv   sheet \t Deelnemer-ID \t column \t value
 *                           (sheet "Startbaan:N" = the row with Volgnummer
 *                           N; value "" = empty cell; column "*" with value
 *                           "ABSENT" = no row on any sheet)
 *     OUTDIR/identifiers.txt  every name, BSN, klantnummer, birth date and
 *                           employer name of the caseload, one a line
 *
 * TAP on stdout: the export's own results. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../unit/check.h"
#include "db.h"
#include "export.h"
#include "model.h"
#include "store.h"
#include "util.h"
#include "validate.h"
#include "vocab.h"

static casus_db *db;
static FILE *exp_f, *ids_f;
static int bsn_seq = 10000000;
static int failures;

static cdate D(const char *iso)
{
	cdate d;

	if (cdate_parse(iso, &d) != DATE_OK) {
		fprintf(stderr, "bad date %s\n", iso);
		exit(2);
	}
	return d;
}

static int code(vocab_id v, const char *label)
{
	int c;

	if (vocab_lookup(v, label, &c) != 0) {
		fprintf(stderr, "no label '%s' in %s\n", label, vocab_get(v)->name);
		exit(2);
	}
	return c;
}

/* A valid BSN (elfproef) from a running 8-digit prefix. */
static void next_bsn(char out[10])
{
	for (;;) {
		int p = bsn_seq++, sum = 0, i, last;
		char buf[16];

		snprintf(buf, sizeof buf, "%08d", p % 100000000);
		for (i = 0; i < 8; i++)
			sum += (9 - i) * (buf[i] - '0');
		last = sum % 11;
		if (last > 9)
			continue;
		memcpy(out, buf, 8);
		out[8] = (char)('0' + last);
		out[9] = '\0';
		return;
	}
}

static void check_rc(int rc, valerr *e, const char *what)
{
	if (rc != CASUS_OK) {
		char *t = valerr_text(e);
		fprintf(stderr, "%s: rc %d %s %s\n", what, rc, t ? t : "", db_errmsg(db));
		free(t);
		failures++;
	}
	valerr_free(e);
}

/* ---- builders --------------------------------------------------------------- */

typedef struct fx {
	client c;
	char id[EXPORT_ID_LEN + 1];
} fx;

static fx cur;

/* Start a client with every characteristic known (so only what a case sets
 * differs from the defaults). */
static void begin(const char *knr)
{
	static char bsn[10];

	client_init(&cur.c);
	/* not a cell reference like K10, so the XML search has no false hits */
	cur.c.klantnummer = xasprintf("FX-%s", knr);
	next_bsn(bsn);
	cur.c.bsn = xstrdup(bsn);
	cur.c.voornaam = xasprintf("Yusra%s", knr);
	cur.c.achternaam = xasprintf("Haddad%s", knr);
	cur.c.geboortedatum = D("1990-05-17");
	cur.c.geboortejaar = 1990;
	cur.c.startbanen = 1;
	cur.c.deelname = code(VOCAB_DEELNAME, "Verplicht");
	cur.c.datum_instroom = D("2025-01-15");
	cur.c.geslacht = code(VOCAB_GESLACHT, "Vrouw");
	cur.c.taalniveau = code(VOCAB_TAALNIVEAU, "A2");
	cur.c.engels = code(VOCAB_JANEE, "Ja");
	cur.c.opleiding = code(VOCAB_OPLEIDING, "Beroepsopleiding");
	cur.c.baan_bij_instroom = code(VOCAB_BAAN_BIJ_INSTROOM, "Nee");
	cur.c.datum_verblijfsvergunning = D("2023-03-01");
	cur.c.gezinssituatie = code(VOCAB_GEZINSSITUATIE, "Woont alleen");
	cur.c.aantal_kinderen = 0;
	cur.c.verblijfssituatie = code(VOCAB_VERBLIJFSSITUATIE, "Woning");
	cur.c.vervoer = code(VOCAB_VERVOER, "Fiets");
	cur.c.rijbewijs = code(VOCAB_JANEE, "Nee");
	cur.c.inburgeringsprogramma = code(VOCAB_INBURGERINGSPROGRAMMA, "B1");
	cur.c.start_inburgering = D("2024-02-01");
	cur.c.uitkering = code(VOCAB_JANEE, "Ja");
}

/* Save the client begun (after the case changed it). */
static int64_t save(void)
{
	valerr e = VALERR_INIT;
	char d[11];

	check_rc(store_client_save(db, &cur.c, &e), &e, cur.c.klantnummer);
	export_deelnemer_id(db, cur.c.id, cur.id);
	fprintf(ids_f, "%s\n%s\n%s\n%s\n%s %s\n", cur.c.klantnummer, cur.c.bsn,
		cur.c.voornaam, cur.c.achternaam, cur.c.voornaam, cur.c.achternaam);
	if (cur.c.geboortedatum != CDATE_NONE) {
		cdate_format_nl(cur.c.geboortedatum, d);
		fprintf(ids_f, "%s\n", d);
		cdate_format_iso(cur.c.geboortedatum, d);
		fprintf(ids_f, "%s\n", d);
	}
	return cur.c.id;
}

static void done(void)
{
	client_clear(&cur.c);
}

static void expect(const char *sheet, const char *col, const char *fmt, ...)
{
	va_list ap;

	fprintf(exp_f, "%s\t%s\t%s\t", sheet, cur.id, col);
	va_start(ap, fmt);
	vfprintf(exp_f, fmt, ap);
	va_end(ap);
	fputc('\n', exp_f);
}

#define E2(col, ...) expect("Deelnemerkenmerken", col, __VA_ARGS__)
#define E3(col, ...) expect("Situationele kenmerken", col, __VA_ARGS__)
#define E4(col, ...) expect("Voortraject", col, __VA_ARGS__)
#define E6(col, ...) expect("On hold, uitval en einde", col, __VA_ARGS__)
#define SIT(label) E3("Situatie peildatum", "%s", label)

static int64_t vt_add(const char *start, const char *einde, const char *soort)
{
	voortraject v;
	valerr e = VALERR_INIT;
	int64_t id;

	voortraject_init(&v);
	v.client_id = cur.c.id;
	v.start = D(start);
	v.einde = einde ? D(einde) : CDATE_NONE;
	v.soort = soort ? code(VOCAB_SOORT_VOORTRAJECT, soort) : 0;
	check_rc(store_voortraject_save(db, &v, &e), &e, "voortraject");
	id = v.id;
	voortraject_clear(&v);
	return id;
}

static void act_add(int64_t vt, const char *soort, const char *start, const char *einde)
{
	activiteit a;
	valerr e = VALERR_INIT;

	activiteit_init(&a);
	a.voortraject_id = vt;
	a.soort = code(VOCAB_ACTIVITEIT, soort);
	a.start = D(start);
	a.einde = einde ? D(einde) : CDATE_NONE;
	a.aanbieder = xstrdup("Taalhuis Noord");
	check_rc(store_activiteit_save(db, &a, &e), &e, "activiteit");
	activiteit_clear(&a);
}

static int64_t employer_id(const char *naam, const char *sector, const char *omvang)
{
	employer w;
	valerr e = VALERR_INIT;
	int64_t id;

	if (store_employer_by_name(db, naam, &w) == CASUS_OK) {
		id = w.id;
		employer_clear(&w);
		return id;
	}
	employer_init(&w);
	w.naam = xstrdup(naam);
	w.sector = sector ? code(VOCAB_SECTOR, sector) : 0;
	w.omvang = omvang ? code(VOCAB_OMVANG_VESTIGING, omvang) : 0;
	w.ervaring = code(VOCAB_JANEE, "Ja");
	check_rc(store_employer_save(db, &w, &e), &e, "werkgever");
	fprintf(ids_f, "%s\n", naam);
	id = w.id;
	employer_clear(&w);
	return id;
}

static startbaan sbt;

static void sb_begin(const char *start, const char *einde)
{
	startbaan_init(&sbt);
	sbt.client_id = cur.c.id;
	sbt.employer_id = employer_id("Bakkerij Verhoeven", "Detailhandel", "10 t/m 19 werknemers");
	sbt.soort = code(VOCAB_SOORT_STARTBAAN, "Betaald werk");
	sbt.hoe_gekregen = code(VOCAB_HOE_GEKREGEN, "Bemiddeling proef");
	sbt.functie = xstrdup("Inpakker");
	sbt.start = D(start);
	sbt.einde = einde ? D(einde) : CDATE_NONE;
	sbt.maanden = 12;
	sbt.urenafspraak = code(VOCAB_URENAFSPRAAK, "Vast aantal uren");
	sbt.uren = 24;
	sbt.loonkostensubsidie = code(VOCAB_JANEE, "Ja");
	sbt.werkcoach = code(VOCAB_JANEE, "Nee");
	sbt.jobcoach = code(VOCAB_JANEE, "Ja");
	sbt.harrie = code(VOCAB_JANEE, "Nee");
	sbt.soort_werkgever = code(VOCAB_SOORT_WERKGEVER, "Bij reguliere werkgever");
}

static void sb_save(void)
{
	valerr e = VALERR_INIT;

	check_rc(store_startbaan_save(db, &sbt, &e), &e, "startbaan");
	startbaan_clear(&sbt);
}

static void oh_add(const char *start, const char *einde, const char *reden)
{
	onhold o;
	valerr e = VALERR_INIT;

	onhold_init(&o);
	o.client_id = cur.c.id;
	o.start = D(start);
	o.einde = einde ? D(einde) : CDATE_NONE;
	o.reden = reden ? code(VOCAB_REDEN_ON_HOLD, reden) : 0;
	check_rc(store_onhold_save(db, &o, &e), &e, "on hold");
}

static void af_add(int soort, const char *datum, const char *reden)
{
	afsluiting a;
	valerr e = VALERR_INIT;

	afsluiting_init(&a);
	a.client_id = cur.c.id;
	a.soort = soort;
	a.datum = D(datum);
	a.reden = reden ? code(soort == AFSLUITING_UITVAL ? VOCAB_REDEN_UITVAL : VOCAB_REDEN_EINDE,
			       reden) : 0;
	check_rc(store_afsluiting_save(db, &a, &e), &e, "uitval/einde");
}

/* ---- the cases ----------------------------------------------------------------- */

static size_t n_deelnemers, n_startbanen;

static void situatie_cases(void)
{
	/* rule 1: instroom unknown */
	begin("K01");
	cur.c.datum_instroom = CDATE_NONE;
	save();
	SIT("Onbekend");
	E2("Datum instroom", "");
	done();

	/* rule 2: uitval <= P wins over a running startbaan and on hold */
	begin("K02");
	save();
	sb_begin("2025-03-01", NULL);
	sb_save();
	oh_add("2025-05-01", NULL, "Familie");
	af_add(AFSLUITING_UITVAL, "2025-06-01", "Verhuizing");
	SIT("Uitval");
	E6("Datum uitval", "01-06-2025");
	E6("Reden uitval", "Verhuizing");
	E6("Datum einde", "");
	E6("Reden einde", "");
	E6("Aantal startbanen gehad", "1");
	done();

	/* rule 3: einde <= P */
	begin("K03");
	save();
	sb_begin("2025-02-01", "2025-08-31");
	sb_save();
	af_add(AFSLUITING_EINDE, "2025-08-31", "Overeenkomst afgelopen");
	SIT("Einde startbaan c.q. deelname proef");
	E6("Datum einde", "31-08-2025");
	E6("Reden einde", "Overeenkomst afgelopen");
	E6("Datum uitval", "");
	E6("Reden uitval", "");
	done();

	/* rule 4: on hold running on P; an uitval after P does not count */
	begin("K04");
	save();
	oh_add("2025-07-31", NULL, "Medische klachten");
	af_add(AFSLUITING_UITVAL, "2025-11-15", "Verhuizing");
	SIT("On hold");
	E6("On hold geweest", "Ja (nu of eerder)");
	E6("Datum on hold", "31-07-2025");
	E6("Datum einde on hold", "");
	E6("Fase on hold", "Tussen instroom/intake en voortraject");
	E6("Duur on hold", "0-3 maanden");      /* 3 full months to P */
	E6("Reden on hold", "Medische klachten");
	E6("Datum uitval", "");
	E6("Reden uitval", "");
	done();

	/* rule 5: startbaan running, planned end after P shown as recorded */
	begin("K05");
	save();
	sb_begin("2025-04-01", "2026-03-31");
	sbt.maanden = 12;
	sb_save();
	SIT("Heeft momenteel een startbaan");
	expect("Startbaan:1", "Einddatum", "31-03-2026");
	expect("Startbaan:1", "Startdatum", "01-04-2025");
	E6("On hold geweest", "Nee");
	E6("Datum on hold", "");
	E6("Fase on hold", "");
	E6("Aantal startbanen gehad", "1");
	done();

	/* rule 6: voortraject running; activity weeks up to P */
	begin("K06");
	save();
	{
		int64_t v = vt_add("2025-09-01", NULL, "Maatwerk");
		act_add(v, "Training", "2025-09-01", "2025-09-15");         /* 14 d */
		act_add(v, "Training", "2025-10-01", "2025-10-08");         /* +7 d */
		act_add(v, "Taalstage", "2025-10-17", NULL);                /* 14 d to P */
		act_add(v, "Vrijwilligerswerk", "2025-09-01", "2025-09-11");/* 10 d */
		act_add(v, "Werkervaringsplek", "2025-11-03", NULL);        /* after P */
		act_add(v, "Proefplaatsing", "2025-10-20", "2026-01-20");   /* 11 d to P */
		/* casus's own activities: no column, they count as Anders */
		act_add(v, "Maatje/mentor", "2025-09-01", "2025-09-08");    /* 7 d */
		act_add(v, "Netwerkactiviteit", "2025-10-01", "2025-10-15");/* +14 d */
	}
	SIT("Bezig met voortraject");
	E4("Voortraject gestart of afgerond", "Ja");
	E4("Startdatum voortraject", "01-09-2025");
	E4("Einddatum voortraject", "");
	E4("Afronding voortraject", "Nee");
	E4("Duur voortraject (dagen)", "");
	E4("Duur voortraject", "Bezig met voortraject");
	E4("Soort voortraject", "Maatwerk");
	E4("Training (weken)", "3");
	E4("Taalstage (weken)", "2");
	E4("Vrijwilligerswerk (weken)", "1.4");
	E4("Proefplaatsing (weken)", "1.6");
	E4("Werkervaringsplek (weken)", "");
	E4("Onbetaalde werkstage (weken)", "");
	E4("Anders (weken)", "3");
	done();

	/* rule 7: voortraject ended <= P (ended exactly on P) */
	begin("K07");
	save();
	vt_add("2025-08-02", "2025-10-31", NULL);            /* 90 days */
	SIT("In bemiddeling");
	E4("Einddatum voortraject", "31-10-2025");
	E4("Afronding voortraject", "Ja");
	E4("Duur voortraject (dagen)", "90");
	E4("Duur voortraject", "90 dagen of meer");
	E4("Soort voortraject", "Onbekend");                 /* exists, not known */
	done();

	/* rule 7: voortraject niet nodig */
	begin("K08");
	cur.c.voortraject_niet_nodig = 1;
	save();
	SIT("In bemiddeling");
	E4("Voortraject gestart of afgerond", "Nee");
	E4("Soort voortraject", "");                         /* no voortraject: empty */
	E4("Duur voortraject", "");
	done();

	/* rule 7: a startbaan ended exactly on P; an on hold ending on P */
	begin("K09");
	save();
	sb_begin("2025-05-01", "2025-10-31");
	sb_save();
	oh_add("2025-02-10", "2025-02-20", "Familie");
	oh_add("2025-09-01", "2025-10-31", "Zwangerschap");
	SIT("In bemiddeling");
	E6("On hold geweest", "Ja (nu of eerder)");
	E6("Datum on hold", "01-09-2025");
	E6("Datum einde on hold", "31-10-2025");
	E6("Fase on hold", "Tijdens startbaan");
	E6("Reden on hold", "Zwangerschap");
	done();

	/* rule 8: nothing yet; records after P ignored */
	begin("K10");
	save();
	vt_add("2025-11-05", NULL, "Standaard");             /* after P */
	sb_begin("2025-11-01", NULL);                         /* after P */
	sb_save();
	oh_add("2025-11-02", NULL, "Familie");                /* after P */
	SIT("Nog voortraject nodig (tussen instroom/intake en voortraject)");
	E4("Voortraject gestart of afgerond", "Nee");
	E4("Startdatum voortraject", "");
	E6("On hold geweest", "Nee");
	E6("Datum on hold", "");
	E6("Aantal startbanen gehad", "0");
	done();

	/* uitval exactly on P counts, reden not recorded */
	begin("K11");
	save();
	af_add(AFSLUITING_UITVAL, "2025-10-31", NULL);
	SIT("Uitval");
	E6("Datum uitval", "31-10-2025");
	E6("Reden uitval", "Onbekend");
	done();

	/* einde after P does not count */
	begin("K12");
	save();
	vt_add("2025-03-01", "2025-04-14", "Standaard");      /* 44 days */
	af_add(AFSLUITING_EINDE, "2025-11-01", "Andere reden");
	SIT("In bemiddeling");
	E4("Duur voortraject (dagen)", "44");
	E4("Duur voortraject", "30-59 dagen");
	E6("Datum einde", "");
	E6("Reden einde", "");
	done();

	/* not in the export: instroom after P; not a participant */
	begin("K13");
	cur.c.datum_instroom = D("2025-11-01");
	save();
	expect("*", "*", "ABSENT");
	done();
	begin("K14");
	cur.c.startbanen = 0;
	save();
	expect("*", "*", "ABSENT");
	done();
	/* instroom exactly on P: included */
	begin("K15");
	cur.c.datum_instroom = D("2025-10-31");
	save();
	E2("Datum instroom", "31-10-2025");
	SIT("Nog voortraject nodig (tussen instroom/intake en voortraject)");
	done();
}

static void age_cases(void)
{
	static const struct { const char *knr, *born; int jaar; const char *groep; } A[] = {
		{ "L01", "2000-11-01", 0, "Jonger dan 25" },     /* 24 on P */
		{ "L02", "2000-10-31", 0, "25 tot 45 jaar" },    /* 25 on P */
		{ "L03", "1980-11-01", 0, "25 tot 45 jaar" },    /* 44 */
		{ "L04", "1980-10-31", 0, "45 tot 65 jaar" },    /* 45 */
		{ "L05", "1960-11-01", 0, "45 tot 65 jaar" },    /* 64 */
		{ "L06", "1960-10-31", 0, "65 jaar of ouder" },  /* 65 */
		{ "L07", NULL, 2001, "Jonger dan 25" },          /* 2025 - 2001 = 24 */
		{ "L08", NULL, 2000, "25 tot 45 jaar" },         /* 25 */
		{ "L09", NULL, 0, "Onbekend" },
	};
	size_t i;

	for (i = 0; i < sizeof A / sizeof A[0]; i++) {
		begin(A[i].knr);
		cur.c.geboortedatum = A[i].born ? D(A[i].born) : CDATE_NONE;
		cur.c.geboortejaar = A[i].born ? cdate_year(cur.c.geboortedatum) : A[i].jaar;
		save();
		E2("Leeftijdsgroep", "%s", A[i].groep);
		if (cur.c.geboortejaar)
			E2("Geboortejaar", "%d", cur.c.geboortejaar);
		else
			E2("Geboortejaar", "");
		done();
	}
}

static void periode_kinderen_inburgering_cases(void)
{
	static const struct { const char *knr, *d, *periode; int kids; const char *kcat; } P[] = {
		{ "M01", "2017-12-31", "Vóór januari 2018", 0, "0" },
		{ "M02", "2018-01-01", "Tussen januari 2018 en december 2021", 1, "1" },
		{ "M03", "2021-12-31", "Tussen januari 2018 en december 2021", 2, "2" },
		{ "M04", "2022-01-01", "Vanaf januari 2022", 3, "3" },
		{ "M05", NULL, "Onbekend", 4, "Meer dan 3" },
		{ "M06", "2024-06-01", "Vanaf januari 2022", -1, "Onbekend" },
	};
	size_t i;

	for (i = 0; i < sizeof P / sizeof P[0]; i++) {
		begin(P[i].knr);
		cur.c.datum_verblijfsvergunning = P[i].d ? D(P[i].d) : CDATE_NONE;
		cur.c.aantal_kinderen = P[i].kids;
		save();
		E2("Verblijfsvergunning verleend", "%s", P[i].periode);
		if (P[i].d) {
			char nl[11];
			cdate_format_nl(D(P[i].d), nl);
			E2("Datum verblijfsvergunning", "%s", nl);
		} else {
			E2("Datum verblijfsvergunning", "");
		}
		E3("Aantal kinderen (categorie)", "%s", P[i].kcat);
		if (P[i].kids >= 0)
			E3("Aantal kinderen in NL", "%d", P[i].kids);
		else
			E3("Aantal kinderen in NL", "");
		done();
	}

	/* Status inburgering */
	begin("N01");                   /* no start, B1: Onbekend */
	cur.c.start_inburgering = CDATE_NONE;
	save();
	E3("Status inburgering", "Onbekend");
	E3("Startdatum inburgering", "");
	E3("Startdatum inburgering (periode)", "Onbekend");
	done();
	begin("N02");                   /* not granted, no start: Nog niet gestart, n.v.t. */
	cur.c.start_inburgering = CDATE_NONE;
	cur.c.inburgeringsprogramma = code(VOCAB_INBURGERINGSPROGRAMMA, "Nog niet toegekend");
	save();
	E3("Status inburgering", "Nog niet gestart");
	E3("Startdatum inburgering", "");
	E3("Startdatum inburgering (periode)", "");
	done();
	begin("N03");                   /* start after P */
	cur.c.start_inburgering = D("2025-11-01");
	save();
	E3("Status inburgering", "Nog niet gestart");
	E3("Startdatum inburgering", "01-11-2025");
	E3("Startdatum inburgering (periode)", "Vanaf januari 2022");
	done();
	begin("N04");                   /* finished on P */
	cur.c.start_inburgering = D("2017-06-01");
	cur.c.einde_inburgering = D("2025-10-31");
	save();
	E3("Status inburgering", "Afgerond");
	E3("Startdatum inburgering (periode)", "Vóór januari 2018");
	done();
	begin("N05");                   /* end after P: still Gestart */
	cur.c.start_inburgering = D("2025-10-31");
	cur.c.einde_inburgering = D("2025-11-01");
	save();
	E3("Status inburgering", "Gestart");
	done();
	begin("N06");                   /* characteristics not recorded: Onbekend */
	cur.c.deelname = 0;
	cur.c.geslacht = 0;
	cur.c.engels = 0;
	cur.c.gezinssituatie = 0;
	cur.c.uitkering = 0;
	save();
	E2("Deelname", "Onbekend");
	E2("Geslacht", "Onbekend");
	E2("Engels", "Onbekend");
	E3("Gezinssituatie", "Onbekend");
	E3("Uitkering", "Onbekend");
	done();
}

static void voortraject_cases(void)
{
	static const struct { const char *knr, *start, *einde; int dagen; const char *cat; } V[] = {
		{ "P01", "2025-01-01", "2025-01-30", 29, "Minder dan 30 dagen" },
		{ "P02", "2025-01-01", "2025-01-31", 30, "30-59 dagen" },
		{ "P03", "2025-01-01", "2025-03-01", 59, "30-59 dagen" },
		{ "P04", "2025-01-01", "2025-03-02", 60, "60-89 dagen" },
		{ "P05", "2025-01-01", "2025-03-31", 89, "60-89 dagen" },
		{ "P06", "2025-01-01", "2025-04-01", 90, "90 dagen of meer" },
		{ "P07", "2025-01-01", "2025-11-30", -1, "Bezig met voortraject" }, /* end after P */
	};
	size_t i;

	for (i = 0; i < sizeof V / sizeof V[0]; i++) {
		begin(V[i].knr);
		save();
		vt_add(V[i].start, V[i].einde, "Standaard");
		E4("Duur voortraject", "%s", V[i].cat);
		if (V[i].dagen >= 0) {
			E4("Duur voortraject (dagen)", "%d", V[i].dagen);
			E4("Afronding voortraject", "Ja");
		} else {
			E4("Duur voortraject (dagen)", "");
			E4("Einddatum voortraject", "");
			E4("Afronding voortraject", "Nee");
			SIT("Bezig met voortraject");
		}
		done();
	}
	/* the latest voortraject that started <= P is described */
	begin("P08");
	save();
	vt_add("2024-01-01", "2024-02-15", "Combinatie");
	vt_add("2025-02-01", "2025-02-11", "Maatwerk");
	vt_add("2025-12-01", NULL, "Standaard");             /* after P */
	E4("Startdatum voortraject", "01-02-2025");
	E4("Soort voortraject", "Maatwerk");
	E4("Duur voortraject (dagen)", "10");
	done();
}

static void startbaan_cases(void)
{
	static const struct { int maanden; const char *mcat; double uren; const char *ucat; } S[] = {
		{ 6, "1 t/m 6 maanden", 16, "0-16 uur" },
		{ 7, "7 t/m 12 maanden", 16.5, "17-24 uur" },
		{ 12, "7 t/m 12 maanden", 24, "17-24 uur" },
		{ 13, "13 t/m 24 maanden", 24.5, "25-32 uur" },
		{ 24, "13 t/m 24 maanden", 32, "25-32 uur" },
		{ 25, "25 of meer maanden", 32.5, "33-40 uur" },
		{ -1, "Onbekend", 40, "33-40 uur" },
		{ 1, "1 t/m 6 maanden", -1, "Onbekend" },
	};
	/* saved in an order that is not the start order */
	static const int order[] = { 3, 0, 7, 5, 1, 6, 2, 4 };
	size_t i;

	begin("S01");
	save();
	for (i = 0; i < 8; i++) {
		int k = order[i];
		char start[11], einde[11];
		snprintf(start, sizeof start, "2024-%02d-01", k + 1);
		snprintf(einde, sizeof einde, "2024-%02d-20", k + 1);
		sb_begin(start, k == 7 ? NULL : einde);
		sbt.maanden = S[k].maanden;
		sbt.uren = S[k].uren;
		sb_save();
	}
	for (i = 0; i < 8; i++) {
		char sheet[16], start[11];
		snprintf(sheet, sizeof sheet, "Startbaan:%zu", i + 1);
		snprintf(start, sizeof start, "01-%02zu-2024", i + 1);
		expect(sheet, "Startdatum", "%s", start);
		expect(sheet, "Duur overeenkomst", "%s", S[i].mcat);
		expect(sheet, "Uren per week (categorie)", "%s", S[i].ucat);
		if (S[i].maanden >= 0)
			expect(sheet, "Duur overeenkomst (maanden)", "%d", S[i].maanden);
		else
			expect(sheet, "Duur overeenkomst (maanden)", "");
		if (S[i].uren >= 0)
			expect(sheet, "Uren per week", "%g", S[i].uren);
		else
			expect(sheet, "Uren per week", "");
		expect(sheet, "Volgnummer", "%zu", i + 1);
	}
	expect("Startbaan:8", "Einddatum", "");
	SIT("Heeft momenteel een startbaan");
	E6("Aantal startbanen gehad", "8");
	done();

	/* free text naming the employer or the client is left out */
	begin("S02");
	save();
	sb_begin("2025-03-01", NULL);
	sbt.employer_id = employer_id("Schoonmaakbedrijf Delta Klein", "ICT", NULL);
	free(sbt.functie);
	sbt.functie = xstrdup("Schoonmaker bij Schoonmaakbedrijf Delta Klein");
	sb_save();
	sb_begin("2025-05-01", NULL);
	free(sbt.functie);
	sbt.functie = xasprintf("Assistent van %s", cur.c.achternaam);
	sbt.soort = 0;
	sbt.hoe_gekregen = 0;
	sb_save();
	expect("Startbaan:1", "Functie", "");
	expect("Startbaan:1", "Sector", "ICT");
	expect("Startbaan:1", "Omvang vestiging", "Onbekend");
	expect("Startbaan:2", "Functie", "");
	expect("Startbaan:2", "Soort startbaan", "Onbekend");
	expect("Startbaan:2", "Hoe gekregen", "Onbekend");
	expect("Startbaan:2", "Sector", "Detailhandel");
	expect("Startbaan:2", "Loonkostensubsidie", "Ja");
	done();

	/* XML and CSV special characters, non-ASCII text */
	begin("S03");
	save();
	sb_begin("2025-03-01", NULL);
	free(sbt.functie);
	sbt.functie = xstrdup("R&D-medewerker <nacht>; \"bakker\", café – 面包师 😀");
	sb_save();
	expect("Startbaan:1", "Functie", "R&D-medewerker <nacht>; \"bakker\", café – 面包师 😀");
	done();
}

static void onhold_cases(void)
{
	static const struct { const char *knr, *start, *einde, *cat; } O[] = {
		{ "H01", "2024-01-15", "2024-04-15", "0-3 maanden" },       /* 3 */
		{ "H02", "2024-01-15", "2024-05-15", "4-6 maanden" },       /* 4 */
		{ "H03", "2024-01-15", "2024-07-15", "4-6 maanden" },       /* 6 */
		{ "H04", "2024-01-15", "2024-08-15", "7-12 maanden" },      /* 7 */
		{ "H05", "2024-01-15", "2025-01-15", "7-12 maanden" },      /* 12 */
		{ "H06", "2024-01-15", "2025-02-15", "13 maanden of meer" },/* 13 */
		{ "H07", "2025-06-30", NULL, "4-6 maanden" },               /* 4 to P */
		{ "H08", "2024-06-01", "2025-12-31", "13 maanden of meer" },/* end after P: to P, 16 */
	};
	size_t i;

	for (i = 0; i < sizeof O / sizeof O[0]; i++) {
		begin(O[i].knr);
		cur.c.datum_instroom = D("2023-06-01");
		save();
		oh_add(O[i].start, O[i].einde, NULL);
		E6("Duur on hold", "%s", O[i].cat);
		E6("Reden on hold", "Onbekend");
		if (!O[i].einde || strcmp(O[i].einde, "2025-10-31") > 0)
			SIT("On hold");
		done();
	}
	/* fase: the situatie on the day before the on-hold start */
	begin("H10");                   /* voortraject running the day before */
	save();
	vt_add("2025-01-01", NULL, "Standaard");
	oh_add("2025-03-01", "2025-03-10", "Familie");
	E6("Fase on hold", "Tijdens voortraject");
	done();
	begin("H11");                   /* voortraject ended the day before */
	save();
	vt_add("2025-01-01", "2025-02-28", "Standaard");
	oh_add("2025-03-01", "2025-03-10", "Familie");
	E6("Fase on hold", "Tijdens bemiddeling");
	done();
	begin("H12");                   /* voortraject ends on the on-hold start */
	save();
	vt_add("2025-01-01", "2025-03-01", "Standaard");
	oh_add("2025-03-01", "2025-03-10", "Familie");
	E6("Fase on hold", "Tijdens voortraject");
	done();
}

static void identifiers_in_names(void)
{
	/* names that must never reach the file */
	begin("Z01");
	free(cur.c.voornaam);
	free(cur.c.achternaam);
	cur.c.voornaam = xstrdup("Mariëtte");
	cur.c.achternaam = xstrdup("Zwanenburg-Oyelaran");
	cur.c.telefoon = xstrdup("0612345678");
	cur.c.email = xstrdup("m.zwanenburg@example.org");
	cur.c.adres = xstrdup("Kerkstraat 12, 9711 AB Groningen");
	save();
	fprintf(ids_f, "0612345678\nm.zwanenburg@example.org\nKerkstraat 12\n");
	done();
}

int main(int argc, char **argv)
{
	char *path, *err = NULL;
	export_result res;
	int rc;

	if (argc != 2) {
		fprintf(stderr, "gebruik: test_export_fixture UITVOERMAP\n");
		return 2;
	}
	setenv("CASUS_NOW", "2025-11-03 09:30", 1);
	mkdir(argv[1], 0700);
	path = xasprintf("%s/fixture.db", argv[1]);
	unlink(path);
	db = db_open(path, 0, &err);
	if (!db) {
		fprintf(stderr, "%s\n", err);
		return 2;
	}
	free(path);
	path = xasprintf("%s/expected.tsv", argv[1]);
	exp_f = fopen(path, "w");
	free(path);
	path = xasprintf("%s/identifiers.txt", argv[1]);
	ids_f = fopen(path, "w");
	free(path);

	db_tx_begin(db);
	situatie_cases();
	age_cases();
	periode_kinderen_inburgering_cases();
	voortraject_cases();
	startbaan_cases();
	onhold_cases();
	identifiers_in_names();
	db_tx_commit(db);
	fclose(exp_f);
	fclose(ids_f);
	CHECK_INT(failures, 0, "fixture stored");

	n_deelnemers = (size_t)store_client_count(db) - 2;   /* K13, K14 are out */
	n_startbanen = 1 + 1 + 1 + 8 + 2 + 1 + 1;             /* K02 K03 K05 S01 S02 S03 K09 */

	path = xasprintf("%s/fixture.xlsx", argv[1]);
	rc = export_workbook(db, cdate_from_ymd(2025, 10, 31), path, NULL, &res);
	CHECK_INT(rc, CASUS_OK, "export_workbook");
	if (rc != CASUS_OK)
		printf("#   %s\n", db_errmsg(db));
	CHECK_INT(res.deelnemers, n_deelnemers, "  deelnemers: all but instroom after P and non-participants");
	CHECK_INT(res.startbanen, n_startbanen, "  startbanen started <= P");
	CHECK(res.bevindingen >= 2, "  findings include the two names left out of Functie");
	CHECK_STR(res.path, path, "  path");
	export_result_free(&res);
	free(path);

	path = xasprintf("%s/csv", argv[1]);
	rc = export_csv_dir(db, cdate_from_ymd(2025, 10, 31), path, NULL, &res);
	CHECK_INT(rc, CASUS_OK, "export_csv_dir");
	CHECK_INT(res.deelnemers, n_deelnemers, "  same deelnemers");
	export_result_free(&res);
	free(path);

	CHECK_INT(export_workbook(db, CDATE_NONE, "x.xlsx", NULL, NULL), CASUS_INVALID,
		  "no peildatum: refused");
	path = xasprintf("%s/geen-map/x.xlsx", argv[1]);
	CHECK_INT(export_workbook(db, cdate_from_ymd(2025, 10, 31), path, NULL, NULL),
		  CASUS_ERROR, "missing directory: refused");
	CHECK(strstr(db_errmsg(db), "bestaat niet") != NULL, "  Dutch message");
	free(path);

	db_close(db);
	return check_done();
}
