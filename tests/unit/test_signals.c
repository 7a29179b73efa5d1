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
	pip_step pip[16];
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
	for (i = 0; i < 16; i++)
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

/* Its text, or "" (so a missing signal fails a check, not the test). */
static const char *txt(const fixture *f, cdate today, signal_kind k)
{
	const signal *s = find(f, today, k);
	return s ? s->text : "";
}

static cdate due_of(const fixture *f, cdate today, signal_kind k)
{
	const signal *s = find(f, today, k);
	return s ? s->due : CDATE_NONE;
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
	CHECK_STR(txt(&f, due + 1, SIG_PIP_TERMIJN), want, "pip: text when late");
	CHECK_STR(buf, "16-03-2026", "pip: deadline is inschrijving + 10 weeks");
	CHECK_INT(due_of(&f, due + 1, SIG_PIP_TERMIJN), due, "pip: due date");
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

/* Art. 11 Wi2021: three years from the day after the dagtekening of the
 * first PIP, so the last day is the dagtekening's date three years on
 * (docs/inburgering-regels.md). */
static void test_termijn(void)
{
	fixture f;
	cdate pip = D(2024, 3, 14), end = D(2027, 3, 14), close = D(2025, 9, 15);
	cdate T = D(2026, 9, 14);       /* end - 6 months */

	signal_settings_default(&S);
	fx_init(&f);
	add_pip(&f, PIP_VASTGESTELD, pip, PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, T - 1, SIG_INBURG_TERMIJN), 0, "termijn: 6 months + 1 day before: none");
	CHECK_INT(sev(&f, T, SIG_INBURG_TERMIJN), SEV_BINNENKORT, "termijn: 6 months before");
	CHECK_INT(sev(&f, T + 1, SIG_INBURG_TERMIJN), SEV_BINNENKORT, "termijn: 6 months - 1 day before");
	CHECK_STR(txt(&f, T, SIG_INBURG_TERMIJN), "Inburgeringstermijn verloopt 14-03-2027",
		  "termijn: text (last day = dagtekening + 3 years)");
	CHECK_INT(sev(&f, end - 1, SIG_INBURG_TERMIJN), SEV_BINNENKORT, "termijn: the day before the last day");
	CHECK_INT(sev(&f, end, SIG_INBURG_TERMIJN), SEV_BINNENKORT, "termijn: on the last day");
	CHECK_INT(sev(&f, end + 1, SIG_INBURG_TERMIJN), SEV_VERLOPEN, "termijn: the day after: passed");
	CHECK_STR(txt(&f, end + 1, SIG_INBURG_TERMIJN), "Inburgeringstermijn verlopen op 14-03-2027",
		  "termijn: text when passed");
	f.cf.c.einde_inburgering = D(2026, 1, 1);
	CHECK_INT(sev(&f, end + 1, SIG_INBURG_TERMIJN), 0, "termijn: inburgering finished: none");
	f.cf.c.einde_inburgering = CDATE_NONE;
	add_pip(&f, PIP_INBURGERING_AFGEROND, D(2026, 1, 1), PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, end + 1, SIG_INBURG_TERMIJN), 0, "termijn: afgerond step: none");
	f.cf.npip = 1;
	S.value[SIG_INBURG_TERMIJN] = 3;
	CHECK_INT(sev(&f, D(2026, 12, 13), SIG_INBURG_TERMIJN), 0, "termijn setting 3: 3 months + 1 day");
	CHECK_INT(sev(&f, D(2026, 12, 14), SIG_INBURG_TERMIJN), SEV_BINNENKORT, "termijn setting 3: 3 months");
	signal_settings_default(&S);

	/* the example: PIP dated 28-03-2023 */
	f.pip[0].datum = D(2023, 3, 28);
	CHECK_STR(txt(&f, D(2026, 3, 27), SIG_INBURG_TERMIJN),
		  "Inburgeringstermijn verloopt 28-03-2026", "termijn 28-03-2023: last day 28-03-2026");
	CHECK_INT(sev(&f, D(2026, 3, 28), SIG_INBURG_TERMIJN), SEV_BINNENKORT, "termijn 28-03-2023: on 28-03-2026");
	CHECK_INT(sev(&f, D(2026, 3, 29), SIG_INBURG_TERMIJN), SEV_VERLOPEN, "termijn 28-03-2023: verlopen 29-03-2026");
	/* a PIP on 29 February: the last day is 28 February three years on */
	f.pip[0].datum = D(2024, 2, 29);
	CHECK_INT(sev(&f, D(2027, 2, 28), SIG_INBURG_TERMIJN), SEV_BINNENKORT, "termijn 29-02: 28-02 is the last day");
	CHECK_INT(sev(&f, D(2027, 3, 1), SIG_INBURG_TERMIJN), SEV_VERLOPEN, "termijn 29-02: 01-03 passed");
	f.pip[0].datum = pip;

	/* leerroute window: termijn start (the day after the PIP) + 18 months */
	CHECK_INT(sev(&f, close - 31, SIG_LEERROUTE), 0, "leerroute: 31 days before: none");
	CHECK_INT(sev(&f, close - 30, SIG_LEERROUTE), SEV_BINNENKORT, "leerroute: 30 days before");
	CHECK_INT(sev(&f, close - 29, SIG_LEERROUTE), SEV_BINNENKORT, "leerroute: 29 days before");
	CHECK_INT(sev(&f, close, SIG_LEERROUTE), SEV_BINNENKORT, "leerroute: last day");
	CHECK_INT(sev(&f, close + 1, SIG_LEERROUTE), 0, "leerroute: past: none");
	CHECK_STR(txt(&f, close, SIG_LEERROUTE), "Wissel leerroute kan tot 15-09-2025",
		  "leerroute: text");
	S.value[SIG_LEERROUTE] = 10;
	CHECK_INT(sev(&f, close - 11, SIG_LEERROUTE), 0, "leerroute setting 10: 11 days before");
	CHECK_INT(sev(&f, close - 10, SIG_LEERROUTE), SEV_BINNENKORT, "leerroute setting 10: 10 days before");
	signal_settings_default(&S);

	/* item 5: not for the onderwijsroute; a recorded leerroute change ends it */
	f.cf.c.inburgeringsprogramma = INBURG_ONDERWIJS;
	CHECK_INT(sev(&f, close, SIG_LEERROUTE), 0, "leerroute: onderwijsroute: none");
	f.cf.c.inburgeringsprogramma = INBURG_B1;
	CHECK_INT(sev(&f, close, SIG_LEERROUTE), SEV_BINNENKORT, "leerroute: B1-route: shown");
	add_pip(&f, PIP_GEWIJZIGD, close - 10, PIPSTATUS_GEDAAN)->reden = 2;
	CHECK_INT(sev(&f, close - 10, SIG_LEERROUTE), SEV_BINNENKORT, "leerroute: afschalen does not end it");
	f.pip[1].reden = 1;    /* Andere leerroute */
	CHECK_INT(sev(&f, close - 11, SIG_LEERROUTE), SEV_BINNENKORT, "leerroute: change the day before its date: shown");
	CHECK_INT(sev(&f, close - 10, SIG_LEERROUTE), 0, "leerroute: on the change's date: none");
	CHECK_INT(sev(&f, close - 9, SIG_LEERROUTE), 0, "leerroute: the day after the change: none");
	f.pip[1].status = PIPSTATUS_GEPLAND;
	CHECK_INT(sev(&f, close - 9, SIG_LEERROUTE), SEV_BINNENKORT, "leerroute: a planned change does not end it");
}

/* Item 3: no PIP, no termijn (client.start_inburgering is not a start). */
static void test_no_pip(void)
{
	fixture f;
	cdate ins = D(2025, 1, 6);

	signal_settings_default(&S);
	fx_init(&f);
	f.cf.c.start_inburgering = D(2023, 6, 1);
	add_pip(&f, PIP_INSCHRIJVING, ins, PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, D(2026, 5, 31), SIG_PIP_TERMIJN), SEV_VERLOPEN, "no PIP: PIP te laat");
	CHECK_INT(sev(&f, D(2026, 5, 31), SIG_INBURG_TERMIJN), 0, "no PIP: no termijn signal (start_inburgering ignored)");
	CHECK_INT(sev(&f, D(2026, 6, 2), SIG_INBURG_TERMIJN), 0, "no PIP: nothing after start + 3 years either");
	CHECK_INT(sev(&f, D(2024, 11, 30), SIG_LEERROUTE), 0, "no PIP: no leerroute window");
	add_pip(&f, PIP_VASTGESTELD, D(2025, 3, 10), PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, D(2025, 3, 9), SIG_PIP_TERMIJN), SEV_BINNENKORT, "PIP the next day: still due the day before");
	CHECK_INT(sev(&f, D(2025, 3, 10), SIG_PIP_TERMIJN), 0, "PIP on its dagtekening: none");
	CHECK_INT(sev(&f, D(2027, 9, 10), SIG_INBURG_TERMIJN), SEV_BINNENKORT, "with PIP: termijn from the PIP");
	CHECK_INT(sev(&f, D(2027, 9, 9), SIG_INBURG_TERMIJN), 0, "with PIP: the day before its window");
}

/* Item 4: the latest inschrijving counts for the 10-week deadline. */
static void test_latest_inschrijving(void)
{
	fixture f;
	cdate azc = D(2025, 9, 1), gemeente = D(2026, 1, 5), due = gemeente + 70;

	signal_settings_default(&S);
	fx_init(&f);
	add_pip(&f, PIP_INSCHRIJVING, azc, PIPSTATUS_GEDAAN);
	add_pip(&f, PIP_INSCHRIJVING, gemeente, PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, due - 15, SIG_PIP_TERMIJN), 0, "latest inschrijving: 15 days before: none");
	CHECK_INT(sev(&f, due - 14, SIG_PIP_TERMIJN), SEV_BINNENKORT, "latest inschrijving: 14 days before");
	CHECK_INT(sev(&f, due, SIG_PIP_TERMIJN), SEV_BINNENKORT, "latest inschrijving: on the deadline");
	CHECK_INT(sev(&f, due + 1, SIG_PIP_TERMIJN), SEV_VERLOPEN, "latest inschrijving: the day after");
	CHECK_STR(txt(&f, due, SIG_PIP_TERMIJN), "PIP vaststellen uiterlijk 16-03-2026",
		  "latest inschrijving: deadline from 05-01-2026");
	CHECK_INT(sev(&f, gemeente - 1, SIG_PIP_TERMIJN), SEV_VERLOPEN,
		  "before the second inschrijving: the first one counts");
}

static void test_ontzorgen(void)
{
	fixture f;
	cdate start = D(2026, 1, 10), mark = D(2026, 7, 10);

	signal_settings_default(&S);
	fx_init(&f);
	add_pip(&f, PIP_ONTZORGEN_START, start, PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, mark - 31, SIG_ONTZORGEN), 0, "ontzorgen: 31 days before: none");
	CHECK_INT(sev(&f, mark - 30, SIG_ONTZORGEN), SEV_BINNENKORT, "ontzorgen: 30 days before");
	CHECK_INT(sev(&f, mark - 29, SIG_ONTZORGEN), SEV_BINNENKORT, "ontzorgen: 29 days before");
	CHECK_STR(txt(&f, mark, SIG_ONTZORGEN),
		  "Ontzorgen 6 maanden op 10-07-2026: besluiten over voortzetten", "ontzorgen: text");
	CHECK_INT(sev(&f, mark + 1, SIG_ONTZORGEN), SEV_BINNENKORT,
		  "ontzorgen: after 6 months a decision moment, not verlopen");
	CHECK_STR(txt(&f, mark + 1, SIG_ONTZORGEN),
		  "Ontzorgen 6 maanden op 10-07-2026: besluit vastleggen", "ontzorgen: text after the mark");
	add_pip(&f, PIP_ONTZORGEN_EINDE, D(2025, 6, 1), PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, mark + 1, SIG_ONTZORGEN), SEV_BINNENKORT, "ontzorgen: an earlier einde does not count");
	f.pip[1].datum = mark;
	f.pip[1].status = PIPSTATUS_GEPLAND;
	CHECK_INT(sev(&f, mark - 5, SIG_ONTZORGEN), SEV_BINNENKORT, "ontzorgen: planned einde does not count");
	f.pip[1].status = PIPSTATUS_GEDAAN;
	f.pip[1].datum = mark - 10;
	CHECK_INT(sev(&f, mark - 11, SIG_ONTZORGEN), SEV_BINNENKORT, "ontzorgen: einde the next day: still shown");
	CHECK_INT(sev(&f, mark - 10, SIG_ONTZORGEN), 0, "ontzorgen: einde recorded that day: none");
	f.cf.npip = 1;

	/* a decision: continue until a date (then decide again), or ended */
	add_pip(&f, PIP_BESLUIT_ONTZORGEN, mark + 3, PIPSTATUS_GEDAAN)->einddatum = D(2026, 12, 31);
	CHECK_INT(sev(&f, mark + 2, SIG_ONTZORGEN), SEV_BINNENKORT, "besluit: the day before: shown");
	CHECK_INT(sev(&f, mark + 3, SIG_ONTZORGEN), 0, "besluit voortzetten: on its date cleared");
	CHECK_INT(sev(&f, D(2026, 11, 30), SIG_ONTZORGEN), 0, "voortgezet: 31 days before its end: none");
	CHECK_INT(sev(&f, D(2026, 12, 1), SIG_ONTZORGEN), SEV_BINNENKORT, "voortgezet: 30 days before its end");
	CHECK_STR(txt(&f, D(2026, 12, 1), SIG_ONTZORGEN),
		  "Ontzorgen voortgezet tot 31-12-2026: opnieuw besluiten", "voortgezet: text");
	f.pip[1].einddatum = CDATE_NONE;
	CHECK_INT(sev(&f, mark + 3, SIG_ONTZORGEN), 0, "besluit beeindigen: none");
	CHECK_INT(sev(&f, D(2027, 6, 1), SIG_ONTZORGEN), 0, "besluit beeindigen: none later either");
	f.cf.npip = 1;

	/* only asielstatushouders */
	f.cf.c.doelgroep = DOELGROEP_GEZIN;
	CHECK_INT(sev(&f, mark, SIG_ONTZORGEN), 0, "ontzorgen: gezinsmigrant: none");
	f.cf.c.doelgroep = DOELGROEP_OVERIG;
	CHECK_INT(sev(&f, mark, SIG_ONTZORGEN), 0, "ontzorgen: overig: none");
	f.cf.c.doelgroep = DOELGROEP_ASIEL;
	CHECK_INT(sev(&f, mark, SIG_ONTZORGEN), SEV_BINNENKORT, "ontzorgen: asielstatushouder: shown");
	f.cf.c.doelgroep = 0;

	S.value[SIG_ONTZORGEN] = 14;
	CHECK_INT(sev(&f, mark - 15, SIG_ONTZORGEN), 0, "ontzorgen setting 14: 15 days before");
	CHECK_INT(sev(&f, mark - 14, SIG_ONTZORGEN), SEV_BINNENKORT, "ontzorgen setting 14: 14 days before");
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
	CHECK_STR(txt(&f, g + 91, SIG_VOORTGANG), "Voortgangsgesprek nodig (laatste 02-03-2026)",
		  "voortgang: text");
	f.pip[1].status = PIPSTATUS_GEPLAND;
	CHECK_INT(sev(&f, pip + 91, SIG_VOORTGANG), SEV_BINNENKORT, "voortgang: planned gesprek does not count as held");
	/* issue 13 item 6: a planned gesprek shows its date until it has passed */
	f.pip[1].datum = pip + 100;
	CHECK_STR(txt(&f, pip + 91, SIG_VOORTGANG),
		  "Voortgangsgesprek gepland op 15-04-2026 (laatste 05-01-2026)", "voortgang: gepland op");
	CHECK_INT(due_of(&f, pip + 91, SIG_VOORTGANG), pip + 100, "voortgang: due = the planned date");
	CHECK(strstr(txt(&f, pip + 99, SIG_VOORTGANG), "gepland op") != NULL, "voortgang: the day before the planned date");
	CHECK(strstr(txt(&f, pip + 100, SIG_VOORTGANG), "gepland op") != NULL, "voortgang: on the planned date");
	CHECK_STR(txt(&f, pip + 101, SIG_VOORTGANG), "Voortgangsgesprek nodig (laatste 05-01-2026)",
		  "voortgang: the day after a planned date without gesprek: nodig again");
	f.pip[1].datum = g;
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
	CHECK_STR(txt(&f, s + 104, SIG_VOORTRAJECT_90), "Voortraject loopt 104 dagen",
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
	CHECK_STR(txt(&f, e, SIG_CONTRACT_EINDE), "Contract eindigt 15-12-2026", "contract: text");
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
	CHECK_STR(txt(&f, D(2026, 4, 16), SIG_ON_HOLD_LANG),
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
	CHECK_STR(txt(&f, D(2026, 10, 31), SIG_REGISTRATIE), "3 velden onbekend voor peildatum 31-10-2026",
		  "registratie: on 31 oktober itself");
	/* issue 13, 14: the current peildatum, as the Registratie screen has it */
	CHECK_STR(txt(&f, D(2026, 11, 1), SIG_REGISTRATIE), "3 velden onbekend voor peildatum 31-10-2026",
		  "registratie: the day after: still this year's (export season)");
	CHECK_STR(txt(&f, D(2027, 3, 1), SIG_REGISTRATIE), "3 velden onbekend voor peildatum 31-10-2027",
		  "registratie: after februari: the coming one");
	S.peildatum = D(2027, 10, 31);
	CHECK_STR(txt(&f, D(2026, 11, 1), SIG_REGISTRATIE), "3 velden onbekend voor peildatum 31-10-2027",
		  "registratie: the peildatum of the settings");
	S.peildatum = CDATE_NONE;
	f.cf.c.opleiding = 1;
	f.cf.c.vervoer = 1;
	CHECK_STR(txt(&f, D(2026, 10, 30), SIG_REGISTRATIE), "1 veld onbekend voor peildatum 31-10-2026",
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
	/* within a severity a dated deadline before a soft signal, even when
	 * the soft one's date is earlier (issue 13, Signalen) */
	CHECK_INT(out[1].kind, SIG_CONTRACT_EINDE, "order: then the dated deadline");
	CHECK_INT(out[2].kind, SIG_VOORTRAJECT_90, "order: then the soft signal (earlier date)");
	CHECK(signal_urgency(&out[1]) > signal_urgency(&out[2]),
	      "urgency: a deadline binnenkort outranks a soft signal binnenkort");
	CHECK_INT(signal_urgency(&out[1]) / 100000000, SEV_BINNENKORT, "urgency / 10^8 is the severity (deadline)");
	CHECK_INT(signal_urgency(&out[0]) / 100000000, SEV_VERLOPEN, "urgency / 10^8 is the severity (verlopen)");
	CHECK_INT(signal_urgency(&out[2]) / 100000000, SEV_BINNENKORT, "urgency / 10^8 is the severity (soft)");
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
	CHECK_INT(run(&f, T), 1, "afsluiting dated today: only the startbaan signals end");
	CHECK_INT(out[0].kind, SIG_PIP_TERMIJN, "afsluiting dated today: the inburgering goes on");
}

/* Items 1 and 2: uitval/einde in the startbanen regeling ends only the
 * startbaan-related signals; a future einde inburgering ends nothing yet. */
static void test_two_duties(void)
{
	fixture f;
	cdate pip = D(2023, 3, 19), af = D(2026, 3, 21);

	signal_settings_default(&S);
	fx_init(&f);
	add_pip(&f, PIP_VASTGESTELD, pip, PIPSTATUS_GEDAAN);
	f.vt[0].start = D(2025, 6, 1);
	f.cf.nvt = 1;
	f.af[0].soort = AFSLUITING_UITVAL;
	f.af[0].datum = af;
	f.cf.naf = 1;
	CHECK_INT(sev(&f, af - 1, SIG_VOORTRAJECT_90), SEV_BINNENKORT, "uitval: the day before: voortraject signal");
	CHECK_INT(sev(&f, af, SIG_VOORTRAJECT_90), 0, "uitval: on its date the voortraject signal ends");
	CHECK_INT(sev(&f, af + 1, SIG_VOORTRAJECT_90), 0, "uitval: the day after: ended");
	CHECK_INT(sev(&f, af - 1, SIG_INBURG_TERMIJN), SEV_VERLOPEN, "uitval: the day before: termijn verlopen");
	CHECK_INT(sev(&f, af, SIG_INBURG_TERMIJN), SEV_VERLOPEN, "uitval: on its date: termijn still verlopen");
	CHECK_INT(sev(&f, af + 1, SIG_INBURG_TERMIJN), SEV_VERLOPEN, "uitval: the day after: termijn still verlopen");
	CHECK_INT(sev(&f, af + 1, SIG_VOORTGANG), SEV_BINNENKORT, "uitval: voortgang goes on");
	f.af[0].soort = AFSLUITING_EINDE;
	CHECK_INT(sev(&f, af, SIG_INBURG_TERMIJN), SEV_VERLOPEN, "einde startbaan: termijn goes on");
	CHECK_INT(sev(&f, af, SIG_VOORTRAJECT_90), 0, "einde startbaan: voortraject signal ends");
	f.cf.naf = 0;

	/* einde inburgering 01-08-2026 */
	f.cf.c.einde_inburgering = D(2026, 8, 1);
	CHECK_INT(sev(&f, D(2026, 7, 31), SIG_INBURG_TERMIJN), SEV_VERLOPEN, "future einde inburgering: termijn the day before");
	CHECK_INT(sev(&f, D(2026, 7, 31), SIG_VOORTGANG), SEV_BINNENKORT, "future einde inburgering: voortgang the day before");
	CHECK_INT(sev(&f, D(2026, 8, 1), SIG_INBURG_TERMIJN), 0, "einde inburgering on its date: none");
	CHECK_INT(sev(&f, D(2026, 8, 1), SIG_VOORTGANG), 0, "einde inburgering on its date: no voortgang");
	CHECK_INT(sev(&f, D(2026, 8, 2), SIG_INBURG_TERMIJN), 0, "einde inburgering the day after: none");
	f.cf.c.einde_inburgering = CDATE_NONE;
	add_pip(&f, PIP_INBURGERING_AFGEROND, D(2026, 8, 1), PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, D(2026, 7, 31), SIG_INBURG_TERMIJN), SEV_VERLOPEN, "future afgerond step: not before its date");
	CHECK_INT(sev(&f, D(2026, 8, 1), SIG_INBURG_TERMIJN), 0, "afgerond step on its date: none");
}

/* Item 8: DUO's einddatum, a verlenging, an ontheffing. */
static void test_duo(void)
{
	fixture f;
	cdate pip = D(2023, 3, 28), end = D(2026, 3, 28), duo = D(2026, 4, 15);

	signal_settings_default(&S);
	fx_init(&f);
	add_pip(&f, PIP_VASTGESTELD, pip, PIPSTATUS_GEDAAN);
	add_pip(&f, PIP_EINDDATUM_DUO, D(2023, 5, 1), PIPSTATUS_GEDAAN)->einddatum = duo;
	CHECK_INT(sev(&f, end + 1, SIG_INBURG_TERMIJN), SEV_BINNENKORT, "DUO einddatum wins over the computed end");
	CHECK_STR(txt(&f, duo, SIG_INBURG_TERMIJN), "Inburgeringstermijn verloopt 15-04-2026 (DUO)",
		  "DUO einddatum: text");
	CHECK_INT(sev(&f, duo, SIG_INBURG_TERMIJN), SEV_BINNENKORT, "DUO einddatum: on the day");
	CHECK_INT(sev(&f, duo + 1, SIG_INBURG_TERMIJN), SEV_VERLOPEN, "DUO einddatum: the day after");
	f.pip[1].einddatum = CDATE_NONE;
	CHECK_INT(sev(&f, end + 1, SIG_INBURG_TERMIJN), SEV_VERLOPEN, "DUO step without einddatum: computed end");
	f.pip[1].einddatum = duo;

	/* verlenging on 01-04-2026 to 28-03-2027 */
	add_pip(&f, PIP_TERMIJN_VERLENGD, D(2026, 4, 20), PIPSTATUS_GEDAAN)->einddatum = D(2027, 3, 28);
	CHECK_INT(sev(&f, D(2026, 4, 19), SIG_INBURG_TERMIJN), SEV_VERLOPEN, "verlenging the day before its date: red");
	CHECK_INT(sev(&f, D(2026, 4, 20), SIG_INBURG_TERMIJN), 0, "verlenging on its date: no longer red");
	CHECK_INT(sev(&f, D(2026, 9, 28), SIG_INBURG_TERMIJN), SEV_BINNENKORT, "verlengd: 6 months before the new end");
	CHECK_STR(txt(&f, D(2026, 9, 28), SIG_INBURG_TERMIJN),
		  "Inburgeringstermijn verloopt 28-03-2027 (verlengd)", "verlengd: text");
	CHECK_INT(sev(&f, D(2027, 3, 29), SIG_INBURG_TERMIJN), SEV_VERLOPEN, "verlengd: after the new end");
	f.pip[2].status = PIPSTATUS_GEPLAND;
	CHECK_INT(sev(&f, D(2026, 4, 20), SIG_INBURG_TERMIJN), SEV_VERLOPEN, "verlenging gepland: still red");
	f.pip[2].status = PIPSTATUS_GEDAAN;

	/* ontheffing: the duty ends, no inburgering signals at all */
	add_pip(&f, PIP_VOORTGANGSGESPREK, D(2026, 1, 5), PIPSTATUS_GEDAAN);
	add_pip(&f, PIP_ONTHEFFING, D(2027, 4, 1), PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, D(2027, 3, 31), SIG_INBURG_TERMIJN), SEV_VERLOPEN, "ontheffing the next day: still red");
	CHECK_INT(sev(&f, D(2027, 3, 31), SIG_VOORTGANG), SEV_BINNENKORT, "ontheffing the next day: voortgang");
	CHECK_INT(run(&f, D(2027, 4, 1)), 0, "ontheffing on its date: no signals");
	CHECK_INT(run(&f, D(2027, 4, 2)), 0, "ontheffing the day after: no signals");
}

/* Items 9 and 10: verlenging possible; what is still missing. */
static void test_before_end(void)
{
	fixture f;
	cdate pip = D(2024, 3, 14), end = D(2027, 3, 14), from = D(2026, 9, 14);
	const signal *g;

	signal_settings_default(&S);
	fx_init(&f);
	f.cf.c.inburgeringsprogramma = INBURG_B1;
	add_pip(&f, PIP_VASTGESTELD, pip, PIPSTATUS_GEDAAN);
	add_pip(&f, PIP_TAALAANBOD, D(2024, 6, 15), PIPSTATUS_GEDAAN);   /* PIP + 3 months + 1 day */
	CHECK_STR(txt(&f, from, SIG_INBURG_TERMIJN),
		  "Inburgeringstermijn verloopt 14-03-2027; verlenging aanvragen kan "
		  "(taalaanbod later dan 3 maanden na PIP)", "verlenging possible: text");
	f.pip[1].datum = D(2024, 6, 14);                                 /* exactly 3 months */
	CHECK_STR(txt(&f, from, SIG_INBURG_TERMIJN), "Inburgeringstermijn verloopt 14-03-2027",
		  "taalaanbod within 3 months: no verlenging text");
	f.cf.c.inburgeringsprogramma = INBURG_ONDERWIJS;
	f.pip[1].datum = D(2024, 9, 14);                                 /* 6 months */
	CHECK_STR(txt(&f, from, SIG_INBURG_TERMIJN), "Inburgeringstermijn verloopt 14-03-2027",
		  "onderwijsroute: 6 months is in time");
	f.pip[1].datum = D(2024, 9, 15);
	CHECK(strstr(txt(&f, from, SIG_INBURG_TERMIJN), "later dan 6 maanden") != NULL,
	      "onderwijsroute: 6 months + 1 day: verlenging possible");
	f.cf.c.inburgeringsprogramma = INBURG_B1;

	/* what is missing: B1 needs MAP, PVT, KNM */
	CHECK(find(&f, from - 1, SIG_TERMIJN_TODO) == NULL, "todo: the day before the window: none");
	g = find(&f, from, SIG_TERMIJN_TODO);
	CHECK(g != NULL, "todo: first day of the window");
	CHECK_STR(g ? g->text : "", "Nog te doen voor 14-03-2027: MAP, PVT, KNM", "todo: B1 text");
	CHECK_INT(sev(&f, end, SIG_TERMIJN_TODO), SEV_BINNENKORT, "todo: on the last day");
	CHECK_INT(sev(&f, end + 1, SIG_TERMIJN_TODO), 0, "todo: after the end (termijn verlopen instead)");
	add_pip(&f, PIP_MAP_GESTART, D(2025, 1, 6), PIPSTATUS_GEDAAN)->uren = 32;
	add_pip(&f, PIP_KNM, D(2026, 10, 1), PIPSTATUS_GEDAAN);
	CHECK_STR(txt(&f, D(2026, 9, 30), SIG_TERMIJN_TODO),
		  "Nog te doen voor 14-03-2027: MAP (32 van 40 uur), PVT, KNM", "todo: KNM the next day");
	CHECK_STR(txt(&f, D(2026, 10, 1), SIG_TERMIJN_TODO),
		  "Nog te doen voor 14-03-2027: MAP (32 van 40 uur), PVT", "todo: KNM done");
	add_pip(&f, PIP_MAP_AFGEROND, D(2026, 10, 2), PIPSTATUS_GEDAAN)->uren = 40;
	add_pip(&f, PIP_PVT_AFGEROND, D(2026, 10, 2), PIPSTATUS_GEDAAN);
	CHECK(find(&f, D(2026, 10, 2), SIG_TERMIJN_TODO) == NULL, "todo: all done: none");
	/* PVT at least a dagdeel: no hour count is asked (item 12) */
	f.pip[f.cf.npip - 1].uren = 4;
	CHECK(find(&f, D(2026, 10, 2), SIG_TERMIJN_TODO) == NULL, "todo: PVT of 4 hours is done");

	/* onderwijsroute: no MAP; Z-route: eindgesprek planned */
	f.cf.npip = 2;
	f.cf.c.inburgeringsprogramma = INBURG_ONDERWIJS;
	CHECK_STR(txt(&f, from, SIG_TERMIJN_TODO), "Nog te doen voor 14-03-2027: PVT",
		  "todo: onderwijsroute: no MAP, no KNM");
	f.cf.c.inburgeringsprogramma = INBURG_ZROUTE;
	CHECK_STR(txt(&f, from, SIG_TERMIJN_TODO),
		  "Nog te doen voor 14-03-2027: MAP, PVT, eindgesprek plannen", "todo: Z-route");
	add_pip(&f, PIP_EINDGESPREK_Z, D(2027, 2, 1), PIPSTATUS_GEPLAND);
	CHECK_STR(txt(&f, from, SIG_TERMIJN_TODO), "Nog te doen voor 14-03-2027: MAP, PVT",
		  "todo: Z-route with a planned eindgesprek");
}

/* Item 11: Wi2013 clients get no Wi2021 signals, only DUO's termijn. */
static void test_regime(void)
{
	fixture f;
	cdate ins = D(2026, 1, 5);

	signal_settings_default(&S);
	fx_init(&f);
	f.cf.c.regime = REGIME_WI2013;
	add_pip(&f, PIP_INSCHRIJVING, ins, PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, ins + 80, SIG_PIP_TERMIJN), 0, "Wi2013: no PIP deadline");
	f.cf.c.regime = REGIME_WI2021;
	CHECK_INT(sev(&f, ins + 80, SIG_PIP_TERMIJN), SEV_VERLOPEN, "Wi2021: PIP deadline");
	f.cf.c.regime = REGIME_WI2013;
	add_pip(&f, PIP_VASTGESTELD, D(2023, 1, 9), PIPSTATUS_GEDAAN);
	CHECK_INT(sev(&f, D(2026, 6, 1), SIG_INBURG_TERMIJN), 0, "Wi2013: no computed termijn");
	CHECK_INT(sev(&f, D(2026, 6, 1), SIG_VOORTGANG), 0, "Wi2013: no voortgang");
	add_pip(&f, PIP_EINDDATUM_DUO, D(2023, 2, 1), PIPSTATUS_GEDAAN)->einddatum = D(2026, 6, 30);
	CHECK_INT(sev(&f, D(2026, 6, 30), SIG_INBURG_TERMIJN), SEV_BINNENKORT, "Wi2013: DUO's einddatum");
	CHECK_INT(sev(&f, D(2026, 7, 1), SIG_INBURG_TERMIJN), SEV_VERLOPEN, "Wi2013: after DUO's einddatum");
	CHECK(find(&f, D(2026, 6, 30), SIG_TERMIJN_TODO) == NULL, "Wi2013: no Wi2021 route items");
}

/* signals_compute_next: the first day after today the outcome changes. */
static void test_next(void)
{
	fixture f;
	cdate ins = D(2026, 1, 5), due = ins + 70, next = 0;
	size_t n;

	signal_settings_default(&S);
	fx_init(&f);
	add_pip(&f, PIP_INSCHRIJVING, ins, PIPSTATUS_GEDAAN);
	n = signals_compute_next(&f.cf, ins + 1, &S, out, 32, &next);
	CHECK_INT(n, 0, "next: nothing yet");
	CHECK_INT(next, due - 14, "next: the day the PIP signal starts");
	n = signals_compute_next(&f.cf, due - 14, &S, out, 32, &next);
	CHECK_INT(n, 1, "next: binnenkort on that day");
	CHECK_INT(next, due + 1, "next: then the day it becomes verlopen");
	add_pip(&f, PIP_VASTGESTELD, due - 3, PIPSTATUS_GEDAAN);
	signals_compute_next(&f.cf, due - 14, &S, out, 32, &next);
	CHECK_INT(next, due - 3, "next: a PIP dated later takes effect on its date");
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
	test_no_pip();
	test_latest_inschrijving();
	test_two_duties();
	test_duo();
	test_before_end();
	test_regime();
	test_next();
	return check_done();
}
