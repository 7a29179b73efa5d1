/* test_signals.c - every signal of domain.md at its threshold, one day off
 * on both sides, and with a changed setting; ordering and urgency. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "db.h"
#include "model.h"
#include "signals.h"
#include "vocab.h"

static cdate D(int y, int m, int d)
{
	return cdate_from_ymd(y, m, d);
}

typedef struct fixture {
	casefile cf;
	pip_step pip[8];
	voortraject vt[2];
	startbaan sb[2];
	onhold oh[2];
	afsluiting af[1];
} fixture;

static void fx_init(fixture *f)
{
	size_t i;

	memset(f, 0, sizeof *f);
	client_init(&f->cf.c);
	f->cf.pip = f->pip;
	f->cf.vt = f->vt;
	f->cf.sb = f->sb;
	f->cf.oh = f->oh;
	f->cf.af = f->af;
	for (i = 0; i < 8; i++)
		pip_step_init(&f->pip[i]);
	for (i = 0; i < 2; i++) {
		voortraject_init(&f->vt[i]);
		startbaan_init(&f->sb[i]);
		onhold_init(&f->oh[i]);
	}
	afsluiting_init(&f->af[0]);
}

static pip_step *add_pip(fixture *f, int stap, cdate d, int status)
{
	pip_step *p = &f->pip[f->cf.npip++];
	p->id = (int64_t)f->cf.npip;
	p->stap = stap;
	p->datum = d;
	p->status = status;
	return p;
}

static signal out[32];
static size_t nout;
static signal_settings S;

static size_t run(const fixture *f, cdate today)
{
	nout = signals_compute(&f->cf, today, &S, out, 32);
	return nout;
}

/* The signal of kind k on today, or NULL. */
static const signal *find(const fixture *f, cdate today, signal_kind k)
{
	size_t i;

	run(f, today);
	for (i = 0; i < nout && i < 32; i++)
		if (out[i].kind == k)
			return &out[i];
	return NULL;
}

static int sev(const fixture *f, cdate today, signal_kind k)
{
	const signal *s = find(f, today, k);
	return s ? s->severity : 0;
}

static void test_settings(void)
{
	signal_settings s;
	char *err = NULL;
	casus_db *db;

	signal_settings_default(&s);
	CHECK_INT(s.value[SIG_PIP_TERMIJN], 14, "default pip days");
	CHECK_INT(s.value[SIG_INBURG_TERMIJN], 6, "default termijn months");
	CHECK_INT(s.value[SIG_VOORTGANG], 13, "default voortgang weeks");
	CHECK_INT(s.value[SIG_VOORTRAJECT_90], 90, "default voortraject days");
	CHECK_INT(s.value[SIG_ON_HOLD_LANG], 3, "default on hold months");
	CHECK_STR(signal_name(SIG_CONTRACT_EINDE), "Contract loopt af", "signal name");

	db = db_open(":memory:", DB_OPEN_MEMORY, &err);
	CHECK(db != NULL, "open in-memory database");
	if (!db) {
		free(err);
		return;
	}
	db_setting_set(db, "signaal.voortraject_dagen", "60");
	signal_settings_load(db, &s);
	CHECK_INT(s.value[SIG_VOORTRAJECT_90], 60, "setting loaded from the database");
	CHECK_INT(s.value[SIG_PIP_TERMIJN], 14, "unset setting keeps the default");
	db_close(db);
}

static void test_pip(void)
{
	fixture f;
	cdate ins = D(2026, 1, 5), due = ins + 70;   /* 16-03-2026 */
	char buf[11], want[64];

	signal_settings_default(&S);
	fx_init(&f);
	add_pip(&f, PIP_INSCHRIJVING, ins, PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, due - 15, SIG_PIP_TERMIJN), 0, "pip: 15 days before: none");
	CHECK_INT(sev(&f, due - 14, SIG_PIP_TERMIJN), SEV_BINNENKORT, "pip: 14 days before");
	CHECK_INT(sev(&f, due - 13, SIG_PIP_TERMIJN), SEV_BINNENKORT, "pip: 13 days before");
	CHECK_INT(sev(&f, due, SIG_PIP_TERMIJN), SEV_BINNENKORT, "pip: on the deadline");
	CHECK_INT(sev(&f, due + 1, SIG_PIP_TERMIJN), SEV_VERLOPEN, "pip: one day late");
	cdate_format_nl(due, buf);
	snprintf(want, sizeof want, "PIP te laat: uiterlijk %s", buf);
	CHECK_STR(find(&f, due + 1, SIG_PIP_TERMIJN)->text, want, "pip: text when late");
	CHECK_STR(buf, "16-03-2026", "pip: deadline is inschrijving + 10 weeks");
	CHECK_INT(find(&f, due + 1, SIG_PIP_TERMIJN)->due, due, "pip: due date");
	add_pip(&f, PIP_VASTGESTELD, due + 5, PIPSTATUS_GEPLAND);
	CHECK_INT(sev(&f, due + 1, SIG_PIP_TERMIJN), SEV_VERLOPEN, "pip: a planned PIP is not set");
	f.pip[1].status = PIPSTATUS_GEDAAN;
	f.pip[1].datum = due - 20;
	CHECK_INT(sev(&f, due - 14, SIG_PIP_TERMIJN), 0, "pip: PIP vastgesteld: none");
	f.cf.npip = 1;
	f.pip[0].status = PIPSTATUS_GEPLAND;
	CHECK_INT(sev(&f, due + 1, SIG_PIP_TERMIJN), 0, "pip: no inschrijving gedaan: none");
	f.pip[0].status = PIPSTATUS_GEDAAN;
	S.value[SIG_PIP_TERMIJN] = 20;
	CHECK_INT(sev(&f, due - 21, SIG_PIP_TERMIJN), 0, "pip setting 20: 21 days before: none");
	CHECK_INT(sev(&f, due - 20, SIG_PIP_TERMIJN), SEV_BINNENKORT, "pip setting 20: 20 days before");
}

static void test_termijn(void)
{
	fixture f;
	cdate start = D(2024, 3, 15), end = D(2027, 3, 15), close = D(2025, 9, 15);
	cdate T = D(2026, 9, 15);       /* end - 6 months */

	signal_settings_default(&S);
	fx_init(&f);
	add_pip(&f, PIP_VASTGESTELD, start - 1, PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, T - 1, SIG_INBURG_TERMIJN), 0, "termijn: 6 months + 1 day before: none");
	CHECK_INT(sev(&f, T, SIG_INBURG_TERMIJN), SEV_BINNENKORT, "termijn: 6 months before");
	CHECK_INT(sev(&f, T + 1, SIG_INBURG_TERMIJN), SEV_BINNENKORT, "termijn: 6 months - 1 day before");
	CHECK_STR(find(&f, T, SIG_INBURG_TERMIJN)->text, "Inburgeringstermijn verloopt 15-03-2027",
		  "termijn: text (day after PIP + 3 years)");
	CHECK_INT(sev(&f, end, SIG_INBURG_TERMIJN), SEV_BINNENKORT, "termijn: on the end date");
	CHECK_INT(sev(&f, end + 1, SIG_INBURG_TERMIJN), SEV_VERLOPEN, "termijn: passed");
	f.cf.c.einde_inburgering = D(2026, 1, 1);
	CHECK_INT(sev(&f, end + 1, SIG_INBURG_TERMIJN), 0, "termijn: inburgering finished: none");
	f.cf.c.einde_inburgering = CDATE_NONE;
	add_pip(&f, PIP_INBURGERING_AFGEROND, D(2026, 1, 1), PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, end + 1, SIG_INBURG_TERMIJN), 0, "termijn: afgerond step: none");
	f.cf.npip = 1;
	S.value[SIG_INBURG_TERMIJN] = 3;
	CHECK_INT(sev(&f, D(2026, 12, 14), SIG_INBURG_TERMIJN), 0, "termijn setting 3: 3 months + 1 day");
	CHECK_INT(sev(&f, D(2026, 12, 15), SIG_INBURG_TERMIJN), SEV_BINNENKORT, "termijn setting 3: 3 months");
	/* without PIP: client.start_inburgering is the termijn start */
	signal_settings_default(&S);
	f.cf.npip = 0;
	f.cf.c.start_inburgering = start;
	CHECK_INT(sev(&f, T, SIG_INBURG_TERMIJN), SEV_BINNENKORT, "termijn from start_inburgering");
	CHECK_INT(sev(&f, T - 1, SIG_INBURG_TERMIJN), 0, "termijn from start_inburgering: day before");

	/* leerroute window: start + 18 months */
	CHECK_INT(sev(&f, close - 31, SIG_LEERROUTE), 0, "leerroute: 31 days before: none");
	CHECK_INT(sev(&f, close - 30, SIG_LEERROUTE), SEV_BINNENKORT, "leerroute: 30 days before");
	CHECK_INT(sev(&f, close - 29, SIG_LEERROUTE), SEV_BINNENKORT, "leerroute: 29 days before");
	CHECK_INT(sev(&f, close, SIG_LEERROUTE), SEV_BINNENKORT, "leerroute: last day");
	CHECK_INT(sev(&f, close + 1, SIG_LEERROUTE), 0, "leerroute: past: none");
	CHECK_STR(find(&f, close, SIG_LEERROUTE)->text, "Wissel leerroute kan tot 15-09-2025",
		  "leerroute: text");
	S.value[SIG_LEERROUTE] = 10;
	CHECK_INT(sev(&f, close - 11, SIG_LEERROUTE), 0, "leerroute setting 10: 11 days before");
	CHECK_INT(sev(&f, close - 10, SIG_LEERROUTE), SEV_BINNENKORT, "leerroute setting 10: 10 days before");
}

static void test_ontzorgen(void)
{
	fixture f;
	cdate start = D(2026, 1, 10), end = D(2026, 7, 10);

	signal_settings_default(&S);
	fx_init(&f);
	add_pip(&f, PIP_ONTZORGEN_START, start, PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, end - 31, SIG_ONTZORGEN), 0, "ontzorgen: 31 days before: none");
	CHECK_INT(sev(&f, end - 30, SIG_ONTZORGEN), SEV_BINNENKORT, "ontzorgen: 30 days before");
	CHECK_INT(sev(&f, end - 29, SIG_ONTZORGEN), SEV_BINNENKORT, "ontzorgen: 29 days before");
	CHECK_STR(find(&f, end, SIG_ONTZORGEN)->text, "Ontzorgen eindigt 10-07-2026", "ontzorgen: text");
	CHECK_INT(sev(&f, end + 1, SIG_ONTZORGEN), SEV_VERLOPEN, "ontzorgen: past without einde");
	add_pip(&f, PIP_ONTZORGEN_EINDE, D(2025, 6, 1), PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, end + 1, SIG_ONTZORGEN), SEV_VERLOPEN, "ontzorgen: an earlier einde does not count");
	f.pip[1].datum = end;
	f.pip[1].status = PIPSTATUS_GEPLAND;
	CHECK_INT(sev(&f, end - 5, SIG_ONTZORGEN), SEV_BINNENKORT, "ontzorgen: planned einde does not count");
	f.pip[1].status = PIPSTATUS_GEDAAN;
	f.pip[1].datum = end - 10;
	CHECK_INT(sev(&f, end - 5, SIG_ONTZORGEN), 0, "ontzorgen: einde recorded: none");
	f.cf.npip = 1;
	S.value[SIG_ONTZORGEN] = 14;
	CHECK_INT(sev(&f, end - 15, SIG_ONTZORGEN), 0, "ontzorgen setting 14: 15 days before");
	CHECK_INT(sev(&f, end - 14, SIG_ONTZORGEN), SEV_BINNENKORT, "ontzorgen setting 14: 14 days before");
}

static void test_voortgang(void)
{
	fixture f;
	cdate pip = D(2026, 1, 5), g = D(2026, 3, 2);

	signal_settings_default(&S);
	fx_init(&f);
	CHECK_INT(sev(&f, g + 200, SIG_VOORTGANG), 0, "voortgang: no PIP: none");
	add_pip(&f, PIP_VASTGESTELD, pip, PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, pip + 90, SIG_VOORTGANG), 0, "voortgang: PIP 90 days ago: none");
	CHECK_INT(sev(&f, pip + 91, SIG_VOORTGANG), SEV_BINNENKORT, "voortgang: PIP 13 weeks ago");
	add_pip(&f, PIP_VOORTGANGSGESPREK, g, PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, g + 90, SIG_VOORTGANG), 0, "voortgang: gesprek 90 days ago: none");
	CHECK_INT(sev(&f, g + 91, SIG_VOORTGANG), SEV_BINNENKORT, "voortgang: gesprek 91 days ago");
	CHECK_INT(sev(&f, g + 92, SIG_VOORTGANG), SEV_BINNENKORT, "voortgang: gesprek 92 days ago");
	CHECK_STR(find(&f, g + 91, SIG_VOORTGANG)->text, "Voortgangsgesprek nodig (laatste 02-03-2026)",
		  "voortgang: text");
	f.pip[1].status = PIPSTATUS_GEPLAND;
	CHECK_INT(sev(&f, pip + 91, SIG_VOORTGANG), SEV_BINNENKORT, "voortgang: planned gesprek does not count");
	f.pip[1].status = PIPSTATUS_GEDAAN;
	f.cf.c.einde_inburgering = g + 10;
	CHECK_INT(sev(&f, g + 91, SIG_VOORTGANG), 0, "voortgang: inburgering finished: none");
	f.cf.c.einde_inburgering = CDATE_NONE;
	S.value[SIG_VOORTGANG] = 8;
	CHECK_INT(sev(&f, g + 55, SIG_VOORTGANG), 0, "voortgang setting 8 weeks: 55 days");
	CHECK_INT(sev(&f, g + 56, SIG_VOORTGANG), SEV_BINNENKORT, "voortgang setting 8 weeks: 56 days");
}

static void test_records(void)
{
	fixture f;
	cdate s = D(2026, 2, 1), e = D(2026, 12, 15);

	signal_settings_default(&S);
	fx_init(&f);
	f.vt[0].start = s;
	f.cf.nvt = 1;
	CHECK_INT(sev(&f, s + 89, SIG_VOORTRAJECT_90), 0, "voortraject: 89 days: none");
	CHECK_INT(sev(&f, s + 90, SIG_VOORTRAJECT_90), SEV_BINNENKORT, "voortraject: 90 days");
	CHECK_INT(sev(&f, s + 91, SIG_VOORTRAJECT_90), SEV_BINNENKORT, "voortraject: 91 days");
	CHECK_STR(find(&f, s + 104, SIG_VOORTRAJECT_90)->text, "Voortraject loopt 104 dagen",
		  "voortraject: text");
	f.vt[0].einde = s + 100;
	CHECK_INT(sev(&f, s + 100, SIG_VOORTRAJECT_90), 0, "voortraject ended today: none");
	CHECK_INT(sev(&f, s + 99, SIG_VOORTRAJECT_90), SEV_BINNENKORT, "voortraject ending tomorrow");
	f.vt[0].einde = CDATE_NONE;
	S.value[SIG_VOORTRAJECT_90] = 60;
	CHECK_INT(sev(&f, s + 59, SIG_VOORTRAJECT_90), 0, "voortraject setting 60: 59 days");
	CHECK_INT(sev(&f, s + 60, SIG_VOORTRAJECT_90), SEV_BINNENKORT, "voortraject setting 60: 60 days");
	f.cf.nvt = 0;

	signal_settings_default(&S);
	f.sb[0].start = s;
	f.sb[0].einde = e;
	f.cf.nsb = 1;
	CHECK_INT(sev(&f, e - 31, SIG_CONTRACT_EINDE), 0, "contract: 31 days before: none");
	CHECK_INT(sev(&f, e - 30, SIG_CONTRACT_EINDE), SEV_BINNENKORT, "contract: 30 days before");
	CHECK_INT(sev(&f, e - 29, SIG_CONTRACT_EINDE), SEV_BINNENKORT, "contract: 29 days before");
	CHECK_INT(sev(&f, e, SIG_CONTRACT_EINDE), SEV_BINNENKORT, "contract: end today");
	CHECK_INT(sev(&f, e + 1, SIG_CONTRACT_EINDE), 0, "contract: ended: none");
	CHECK_STR(find(&f, e, SIG_CONTRACT_EINDE)->text, "Contract eindigt 15-12-2026", "contract: text");
	S.value[SIG_CONTRACT_EINDE] = 45;
	CHECK_INT(sev(&f, e - 46, SIG_CONTRACT_EINDE), 0, "contract setting 45: 46 days before");
	CHECK_INT(sev(&f, e - 45, SIG_CONTRACT_EINDE), SEV_BINNENKORT, "contract setting 45: 45 days before");
	f.cf.nsb = 0;

	/* on hold for more than 3 months: today > start + 3 months */
	signal_settings_default(&S);
	f.oh[0].start = D(2026, 1, 15);
	f.cf.noh = 1;
	CHECK_INT(sev(&f, D(2026, 4, 14), SIG_ON_HOLD_LANG), 0, "on hold: 3 months - 1 day: none");
	CHECK_INT(sev(&f, D(2026, 4, 15), SIG_ON_HOLD_LANG), 0, "on hold: exactly 3 months: none");
	CHECK_INT(sev(&f, D(2026, 4, 16), SIG_ON_HOLD_LANG), SEV_BINNENKORT, "on hold: 3 months + 1 day");
	CHECK_STR(find(&f, D(2026, 4, 16), SIG_ON_HOLD_LANG)->text,
		  "On hold sinds 15-01-2026 (meer dan 3 maanden)", "on hold: text");
	f.oh[0].einde = D(2026, 4, 20);
	CHECK_INT(sev(&f, D(2026, 4, 20), SIG_ON_HOLD_LANG), 0, "on hold ended today: none");
	f.oh[0].einde = CDATE_NONE;
	S.value[SIG_ON_HOLD_LANG] = 2;
	CHECK_INT(sev(&f, D(2026, 3, 15), SIG_ON_HOLD_LANG), 0, "on hold setting 2: exactly 2 months");
	CHECK_INT(sev(&f, D(2026, 3, 16), SIG_ON_HOLD_LANG), SEV_BINNENKORT, "on hold setting 2: + 1 day");
}

static void complete_client(client *c)
{
	c->startbanen = 1;
	c->deelname = DEELNAME_VERPLICHT;
	c->geboortejaar = 1990;
	c->geslacht = 1;
	c->datum_instroom = D(2026, 1, 1);
	c->taalniveau = 2;
	c->engels = JANEE_JA;
	c->opleiding = 1;
	c->datum_verblijfsvergunning = D(2023, 3, 1);
	c->baan_bij_instroom = 1;
	c->gezinssituatie = 1;
	c->aantal_kinderen = 0;
	c->verblijfssituatie = 1;
	c->vervoer = 1;
	c->rijbewijs = JANEE_NEE;
	c->inburgeringsprogramma = INBURG_NIET_TOEGEKEND;
	c->uitkering = JANEE_JA;
}

static void test_registratie(void)
{
	fixture f;

	signal_settings_default(&S);
	fx_init(&f);
	complete_client(&f.cf.c);
	CHECK_INT(run(&f, D(2026, 10, 31)), 0, "registratie: complete participant: no signal");
	f.cf.c.geslacht = 0;
	f.cf.c.opleiding = 0;
	f.cf.c.vervoer = 0;
	CHECK_STR(find(&f, D(2026, 10, 31), SIG_REGISTRATIE)->text, "3 velden onbekend voor peildatum 31-10-2026",
		  "registratie: on 31 oktober itself");
	/* issue 13, 14: the current peildatum, as the Registratie screen has it */
	CHECK_STR(find(&f, D(2026, 11, 1), SIG_REGISTRATIE)->text, "3 velden onbekend voor peildatum 31-10-2026",
		  "registratie: the day after: still this year's (export season)");
	CHECK_STR(find(&f, D(2027, 3, 1), SIG_REGISTRATIE)->text, "3 velden onbekend voor peildatum 31-10-2027",
		  "registratie: after februari: the coming one");
	S.peildatum = D(2027, 10, 31);
	CHECK_STR(find(&f, D(2026, 11, 1), SIG_REGISTRATIE)->text, "3 velden onbekend voor peildatum 31-10-2027",
		  "registratie: the peildatum of the settings");
	S.peildatum = CDATE_NONE;
	f.cf.c.opleiding = 1;
	f.cf.c.vervoer = 1;
	CHECK_STR(find(&f, D(2026, 10, 30), SIG_REGISTRATIE)->text, "1 veld onbekend voor peildatum 31-10-2026",
		  "registratie: singular");
	f.cf.c.datum_instroom = D(2026, 11, 1);
	CHECK(find(&f, D(2026, 11, 1), SIG_REGISTRATIE) == NULL,
	      "registratie: instroom after the current peildatum: none");
	CHECK(find(&f, D(2027, 3, 1), SIG_REGISTRATIE) != NULL,
	      "registratie: instroom before the following 31 oktober");
	f.cf.c.startbanen = 0;
	CHECK(find(&f, D(2027, 3, 1), SIG_REGISTRATIE) == NULL, "registratie: not a participant: none");
}

static void test_closed_and_order(void)
{
	fixture f;
	cdate T = D(2026, 6, 1);
	size_t i, n;
	int ok;

	signal_settings_default(&S);
	fx_init(&f);
	add_pip(&f, PIP_INSCHRIJVING, T - 80, PIPSTATUS_GEDAAN);       /* PIP late */
	f.vt[0].start = T - 100;                                       /* vt long */
	f.cf.nvt = 1;
	f.sb[0].start = T - 10;
	f.sb[0].einde = T + 5;                                         /* contract */
	f.cf.nsb = 1;
	n = run(&f, T);
	CHECK_INT(n, 3, "order: three signals");
	CHECK_INT(out[0].kind, SIG_PIP_TERMIJN, "order: VERLOPEN first");
	CHECK_INT(out[1].kind, SIG_VOORTRAJECT_90, "order: then the earliest due date");
	CHECK_INT(out[2].kind, SIG_CONTRACT_EINDE, "order: then the later due date");
	ok = 1;
	for (i = 1; i < n; i++)
		if (signal_urgency(&out[i - 1]) < signal_urgency(&out[i]))
			ok = 0;
	CHECK(ok, "urgency agrees with the order");
	CHECK(signal_urgency(&out[2]) > 0, "urgency positive");
	CHECK_INT(signals_compute(&f.cf, T, &S, out, 1), 3, "max 1: count still 3");

	f.af[0].soort = AFSLUITING_UITVAL;
	f.af[0].datum = T + 1;
	f.cf.naf = 1;
	CHECK_INT(run(&f, T), 3, "afsluiting after today: signals remain");
	f.af[0].datum = T;
	CHECK_INT(run(&f, T), 0, "afsluiting dated today: closed case, no signals");
}

int main(void)
{
	test_settings();
	test_pip();
	test_termijn();
	test_ontzorgen();
	test_voortgang();
	test_records();
	test_registratie();
	test_closed_and_order();
	return check_done();
}
