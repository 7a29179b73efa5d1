/* test_derive.c - the derivation rules of registration-form.md at their
 * boundaries, and the Controle findings (controle.c). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "check.h"
#include "controle.h"
#include "derive.h"
#include "model.h"
#include "vocab.h"

static cdate D(int y, int m, int d)
{
	return cdate_from_ymd(y, m, d);
}

/* A casefile over fixed arrays (never freed with casefile_free). */
typedef struct fixture {
	casefile cf;
	voortraject vt[4];
	activiteit act[8];
	startbaan sb[20];
	onhold oh[4];
	afsluiting af[2];
} fixture;

static void fx_init(fixture *f)
{
	size_t i;

	memset(f, 0, sizeof *f);
	client_init(&f->cf.c);
	f->cf.c.startbanen = 1;
	f->cf.c.datum_instroom = D(2025, 1, 1);
	f->cf.vt = f->vt;
	f->cf.sb = f->sb;
	f->cf.oh = f->oh;
	f->cf.af = f->af;
	for (i = 0; i < 4; i++)
		voortraject_init(&f->vt[i]);
	for (i = 0; i < 8; i++)
		activiteit_init(&f->act[i]);
	for (i = 0; i < 20; i++)
		startbaan_init(&f->sb[i]);
	for (i = 0; i < 4; i++)
		onhold_init(&f->oh[i]);
	for (i = 0; i < 2; i++)
		afsluiting_init(&f->af[i]);
}

static voortraject *add_vt(fixture *f, cdate s, cdate e)
{
	voortraject *v = &f->vt[f->cf.nvt++];
	v->id = (int64_t)f->cf.nvt;
	v->start = s;
	v->einde = e;
	return v;
}

static startbaan *add_sb(fixture *f, cdate s, cdate e)
{
	startbaan *b = &f->sb[f->cf.nsb++];
	b->id = (int64_t)f->cf.nsb;
	b->start = s;
	b->einde = e;
	return b;
}

static onhold *add_oh(fixture *f, cdate s, cdate e)
{
	onhold *o = &f->oh[f->cf.noh++];
	o->id = (int64_t)f->cf.noh;
	o->start = s;
	o->einde = e;
	return o;
}

static afsluiting *add_af(fixture *f, int soort, cdate d)
{
	afsluiting *a = &f->af[f->cf.naf++];
	a->id = (int64_t)f->cf.naf;
	a->soort = soort;
	a->datum = d;
	return a;
}

static void test_deelnemer(void)
{
	client c;
	cdate P = D(2026, 10, 31);

	client_init(&c);
	c.datum_instroom = P;
	CHECK_INT(derive_is_deelnemer(&c, P), 0, "deelnemer: not in the regeling");
	c.startbanen = 1;
	CHECK_INT(derive_is_deelnemer(&c, P), 1, "deelnemer: instroom == P");
	c.datum_instroom = P + 1;
	CHECK_INT(derive_is_deelnemer(&c, P), 0, "deelnemer: instroom after P");
	c.datum_instroom = CDATE_NONE;
	CHECK_INT(derive_is_deelnemer(&c, P), 1, "deelnemer: instroom unknown is included");
}

static void test_leeftijd(void)
{
	cdate P = D(2026, 10, 31);

	/* 25th birthday on P, the day before, the day after */
	CHECK_INT(derive_leeftijdsgroep(D(2001, 10, 31), 2001, P), LEEFTIJD_25_44,
		  "age 25 on P (birthday on P)");
	CHECK_INT(derive_leeftijdsgroep(D(2001, 10, 30), 2001, P), LEEFTIJD_25_44,
		  "age 25 (birthday the day before P)");
	CHECK_INT(derive_leeftijdsgroep(D(2001, 11, 1), 2001, P), LEEFTIJD_ONDER_25,
		  "age 24 (birthday the day after P)");
	CHECK_INT(derive_leeftijdsgroep(D(1981, 11, 1), 0, P), LEEFTIJD_25_44, "age 44");
	CHECK_INT(derive_leeftijdsgroep(D(1981, 10, 31), 0, P), LEEFTIJD_45_64, "age 45");
	CHECK_INT(derive_leeftijdsgroep(D(1961, 11, 1), 0, P), LEEFTIJD_45_64, "age 64");
	CHECK_INT(derive_leeftijdsgroep(D(1961, 10, 31), 0, P), LEEFTIJD_65_PLUS, "age 65");
	/* only a birth year: year(P) - geboortejaar */
	CHECK_INT(derive_leeftijdsgroep(CDATE_NONE, 2002, P), LEEFTIJD_ONDER_25,
		  "geboortejaar only: 2026-2002 = 24");
	CHECK_INT(derive_leeftijdsgroep(CDATE_NONE, 2001, P), LEEFTIJD_25_44,
		  "geboortejaar only: 2026-2001 = 25");
	CHECK_INT(derive_leeftijdsgroep(CDATE_NONE, 2001, D(2026, 1, 1)), LEEFTIJD_25_44,
		  "geboortejaar only: whole year counts, even on 1 January");
	CHECK_INT(derive_leeftijdsgroep(CDATE_NONE, 1961, P), LEEFTIJD_65_PLUS,
		  "geboortejaar only: 65");
	CHECK_INT(derive_leeftijdsgroep(CDATE_NONE, 0, P), VOCAB_ONBEKEND,
		  "no birth date nor year: Onbekend");
	CHECK_INT(derive_leeftijdsgroep(D(2027, 1, 1), 0, P), VOCAB_ONBEKEND,
		  "born after P: Onbekend");
}

static void test_periode_kinderen(void)
{
	CHECK_INT(derive_periode(D(2017, 12, 31)), PERIODE_VOOR_2018, "periode 31-12-2017");
	CHECK_INT(derive_periode(D(2018, 1, 1)), PERIODE_2018_2021, "periode 01-01-2018");
	CHECK_INT(derive_periode(D(2021, 12, 31)), PERIODE_2018_2021, "periode 31-12-2021");
	CHECK_INT(derive_periode(D(2022, 1, 1)), PERIODE_VANAF_2022, "periode 01-01-2022");
	CHECK_INT(derive_periode(CDATE_NONE), VOCAB_ONBEKEND, "periode unknown");
	CHECK_INT(derive_kinderen(-1), VOCAB_ONBEKEND, "kinderen unknown");
	CHECK_INT(derive_kinderen(0), KINDEREN_0, "kinderen 0");
	CHECK_INT(derive_kinderen(1), KINDEREN_1, "kinderen 1");
	CHECK_INT(derive_kinderen(3), KINDEREN_3, "kinderen 3");
	CHECK_INT(derive_kinderen(4), KINDEREN_MEER_DAN_3, "kinderen 4 = Meer dan 3");
	CHECK_INT(derive_aantal_startbanen(0), NSTARTBANEN_GEEN, "aantal startbanen 0 = Geen");
	CHECK_INT(derive_aantal_startbanen(1), NSTARTBANEN_1, "aantal startbanen 1");
	CHECK_INT(derive_aantal_startbanen(3), NSTARTBANEN_3, "aantal startbanen 3");
	CHECK_INT(derive_aantal_startbanen(4), NSTARTBANEN_MEER, "aantal startbanen 4 = Meer dan 3");
}

static void test_status_inburgering(void)
{
	client c;
	cdate P = D(2026, 10, 31);

	client_init(&c);
	c.inburgeringsprogramma = INBURG_B1;
	CHECK_INT(derive_status_inburgering(&c, P), VOCAB_ONBEKEND, "inburgering: no start -> Onbekend");
	c.inburgeringsprogramma = INBURG_NIET_TOEGEKEND;
	CHECK_INT(derive_status_inburgering(&c, P), STATUS_NOG_NIET,
		  "inburgering: Nog niet toegekend, no start -> Nog niet gestart");
	c.inburgeringsprogramma = INBURG_ZROUTE;
	c.start_inburgering = P + 1;
	CHECK_INT(derive_status_inburgering(&c, P), STATUS_NOG_NIET, "inburgering: start after P");
	c.start_inburgering = P;
	CHECK_INT(derive_status_inburgering(&c, P), STATUS_GESTART, "inburgering: start == P");
	c.einde_inburgering = P + 1;
	CHECK_INT(derive_status_inburgering(&c, P), STATUS_GESTART, "inburgering: end after P");
	c.einde_inburgering = P;
	CHECK_INT(derive_status_inburgering(&c, P), STATUS_AFGEROND, "inburgering: end == P -> Afgerond");
}

static void test_duur_voortraject(void)
{
	cdate S = D(2026, 3, 2), P = D(2026, 10, 31);
	voortraject v;
	int dagen;
	static const struct { int days, want; } cases[] = {
		{ 0, DUURVT_MINDER_30 }, { 29, DUURVT_MINDER_30 }, { 30, DUURVT_30_59 },
		{ 59, DUURVT_30_59 }, { 60, DUURVT_60_89 }, { 89, DUURVT_60_89 },
		{ 90, DUURVT_90_PLUS }, { 200, DUURVT_90_PLUS },
	};
	char desc[64];
	size_t i;

	voortraject_init(&v);
	v.start = S;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		v.einde = S + cases[i].days;
		snprintf(desc, sizeof desc, "duur voortraject %d dagen", cases[i].days);
		CHECK_INT(derive_duur_voortraject(&v, P, &dagen), cases[i].want, desc);
		CHECK_INT(dagen, cases[i].days, "duur voortraject: dagen returned");
	}
	v.einde = P;
	CHECK_INT(derive_duur_voortraject(&v, P, &dagen), DUURVT_90_PLUS,
		  "voortraject end == P is ended");
	CHECK_INT(dagen, P - S, "voortraject end == P: dagen");
	v.einde = P + 1;
	CHECK_INT(derive_duur_voortraject(&v, P, &dagen), DUURVT_BEZIG, "voortraject end P+1: Bezig");
	CHECK_INT(dagen, -1, "voortraject running: no dagen");
	v.einde = CDATE_NONE;
	CHECK_INT(derive_duur_voortraject(&v, P, NULL), DUURVT_BEZIG, "voortraject without end: Bezig");
	v.start = P + 1;
	CHECK_INT(derive_duur_voortraject(&v, P, &dagen), VOCAB_ONBEKEND, "voortraject after P: not counted");
	v.start = CDATE_NONE;
	CHECK_INT(derive_duur_voortraject(&v, P, &dagen), VOCAB_ONBEKEND, "voortraject without start");
	v.start = S;
	v.einde = S - 1;
	CHECK_INT(derive_duur_voortraject(&v, P, &dagen), VOCAB_ONBEKEND, "voortraject end before start");
	CHECK_INT(derive_duur_voortraject(NULL, P, &dagen), VOCAB_ONBEKEND, "no voortraject");
}

static void test_overeenkomst_uren(void)
{
	CHECK_INT(derive_duur_overeenkomst(-1), VOCAB_ONBEKEND, "overeenkomst unknown");
	CHECK_INT(derive_duur_overeenkomst(0), VOCAB_ONBEKEND, "overeenkomst 0 months");
	CHECK_INT(derive_duur_overeenkomst(1), DUUROVK_1_6, "overeenkomst 1");
	CHECK_INT(derive_duur_overeenkomst(6), DUUROVK_1_6, "overeenkomst 6");
	CHECK_INT(derive_duur_overeenkomst(7), DUUROVK_7_12, "overeenkomst 7");
	CHECK_INT(derive_duur_overeenkomst(12), DUUROVK_7_12, "overeenkomst 12");
	CHECK_INT(derive_duur_overeenkomst(13), DUUROVK_13_24, "overeenkomst 13");
	CHECK_INT(derive_duur_overeenkomst(24), DUUROVK_13_24, "overeenkomst 24");
	CHECK_INT(derive_duur_overeenkomst(25), DUUROVK_25_PLUS, "overeenkomst 25");

	CHECK_INT(derive_uren(-1), VOCAB_ONBEKEND, "uren unknown");
	CHECK_INT(derive_uren(0), VOCAB_ONBEKEND, "uren 0 is not allowed");
	CHECK_INT(derive_uren(0.5), UREN_0_16, "uren 0.5");
	CHECK_INT(derive_uren(16), UREN_0_16, "uren 16");
	CHECK_INT(derive_uren(16.5), UREN_17_24, "uren 16.5");
	CHECK_INT(derive_uren(24), UREN_17_24, "uren 24");
	CHECK_INT(derive_uren(24.5), UREN_25_32, "uren 24.5");
	CHECK_INT(derive_uren(32), UREN_25_32, "uren 32");
	CHECK_INT(derive_uren(32.5), UREN_33_40, "uren 32.5");
	CHECK_INT(derive_uren(40), UREN_33_40, "uren 40");
	CHECK_INT(derive_uren(40.5), VOCAB_ONBEKEND, "uren above 40 is refused input");
}

static void test_situatie(void)
{
	fixture f;
	cdate P = D(2026, 10, 31);

	/* rule 8 */
	fx_init(&f);
	CHECK_INT(derive_situatie(&f.cf, P), SIT_NOG_VOORTRAJECT, "rule 8: nothing yet");
	add_vt(&f, P + 1, CDATE_NONE);
	add_sb(&f, P + 1, CDATE_NONE);
	add_oh(&f, P + 1, CDATE_NONE);
	add_af(&f, AFSLUITING_UITVAL, P + 1);
	CHECK_INT(derive_situatie(&f.cf, P), SIT_NOG_VOORTRAJECT, "records dated after P are ignored");
	/* rule 1 */
	f.cf.c.datum_instroom = CDATE_NONE;
	CHECK_INT(derive_situatie(&f.cf, P), VOCAB_ONBEKEND, "rule 1: instroom unknown");
	f.af[0].datum = P;
	CHECK_INT(derive_situatie(&f.cf, P), VOCAB_ONBEKEND, "rule 1 beats uitval");

	/* rule 7 via voortraject_niet_nodig */
	fx_init(&f);
	f.cf.c.voortraject_niet_nodig = 1;
	CHECK_INT(derive_situatie(&f.cf, P), SIT_BEMIDDELING, "rule 7: voortraject niet nodig");
	/* rule 7 via ended voortraject (end == P) */
	fx_init(&f);
	add_vt(&f, D(2026, 6, 1), P);
	CHECK_INT(derive_situatie(&f.cf, P), SIT_BEMIDDELING, "rule 7: voortraject ended on P");
	/* rule 6 */
	f.vt[0].einde = P + 1;
	CHECK_INT(derive_situatie(&f.cf, P), SIT_VOORTRAJECT, "rule 6: voortraject ends after P");
	f.vt[0].einde = CDATE_NONE;
	CHECK_INT(derive_situatie(&f.cf, P), SIT_VOORTRAJECT, "rule 6: voortraject without end");
	/* rule 7 via ended startbaan */
	fx_init(&f);
	add_sb(&f, D(2026, 1, 1), D(2026, 6, 30));
	CHECK_INT(derive_situatie(&f.cf, P), SIT_BEMIDDELING, "rule 7: startbaan ended");
	/* rule 5 beats 6 */
	add_sb(&f, D(2026, 9, 1), CDATE_NONE);
	add_vt(&f, D(2026, 8, 1), CDATE_NONE);
	CHECK_INT(derive_situatie(&f.cf, P), SIT_STARTBAAN, "rule 5 beats rule 6");
	f.sb[1].einde = P;
	CHECK_INT(derive_situatie(&f.cf, P), SIT_VOORTRAJECT, "startbaan end == P: no longer rule 5");
	f.sb[1].einde = P + 1;
	/* rule 4 beats 5 */
	add_oh(&f, D(2026, 10, 1), CDATE_NONE);
	CHECK_INT(derive_situatie(&f.cf, P), SIT_ON_HOLD, "rule 4 (on hold) beats startbaan");
	f.oh[0].einde = P;
	CHECK_INT(derive_situatie(&f.cf, P), SIT_STARTBAAN, "on hold ended on P: no longer on hold");
	f.oh[0].einde = P + 1;
	CHECK_INT(derive_situatie(&f.cf, P), SIT_ON_HOLD, "on hold ending after P: on hold");
	/* rule 3 beats 4 */
	add_af(&f, AFSLUITING_EINDE, P);
	CHECK_INT(derive_situatie(&f.cf, P), SIT_EINDE, "rule 3: einde beats on hold");
	f.af[0].datum = P + 1;
	CHECK_INT(derive_situatie(&f.cf, P), SIT_ON_HOLD, "einde after P ignored");
	/* rule 2 beats 3 (structurally both cannot exist; test the order) */
	f.af[0].datum = P;
	add_af(&f, AFSLUITING_UITVAL, P);
	CHECK_INT(derive_situatie(&f.cf, P), SIT_UITVAL, "rule 2: uitval beats everything after");
	f.af[1].datum = CDATE_NONE;
	CHECK_INT(derive_situatie(&f.cf, P), SIT_EINDE, "uitval without date not counted");

	/* activity part alone */
	fx_init(&f);
	add_oh(&f, D(2026, 1, 1), CDATE_NONE);
	CHECK_INT(derive_situatie_activiteit(&f.cf, P), SIT_NOG_VOORTRAJECT,
		  "situatie_activiteit ignores on hold");
	/* a voortraject without start does not count */
	add_vt(&f, CDATE_NONE, D(2026, 5, 1));
	CHECK_INT(derive_situatie_activiteit(&f.cf, P), SIT_NOG_VOORTRAJECT,
		  "voortraject without start does not count");
}

static void test_onhold(void)
{
	fixture f;
	cdate P = D(2026, 10, 31);
	cdate S = D(2025, 1, 15);
	onhold o;
	static const struct { int y, m, d, want; const char *desc; } cases[] = {
		{ 2025, 4, 15, DUUROH_0_3, "duur on hold 3 months" },
		{ 2025, 5, 14, DUUROH_0_3, "duur on hold 3 months + 29 days" },
		{ 2025, 5, 15, DUUROH_4_6, "duur on hold 4 months" },
		{ 2025, 7, 15, DUUROH_4_6, "duur on hold 6 months" },
		{ 2025, 8, 14, DUUROH_4_6, "duur on hold 6 months + 30 days" },
		{ 2025, 8, 15, DUUROH_7_12, "duur on hold 7 months" },
		{ 2026, 1, 15, DUUROH_7_12, "duur on hold 12 months" },
		{ 2026, 2, 14, DUUROH_7_12, "duur on hold 12 months + 30 days" },
		{ 2026, 2, 15, DUUROH_13_PLUS, "duur on hold 13 months" },
	};
	size_t i;

	onhold_init(&o);
	o.start = S;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		/* once as the end date, once as P while still running */
		o.einde = D(cases[i].y, cases[i].m, cases[i].d);
		CHECK_INT(derive_duur_onhold(&o, P), cases[i].want, cases[i].desc);
		o.einde = CDATE_NONE;
		CHECK_INT(derive_duur_onhold(&o, D(cases[i].y, cases[i].m, cases[i].d)),
			  cases[i].want, "... running, up to P");
	}
	o.einde = D(2027, 6, 1);
	CHECK_INT(derive_duur_onhold(&o, D(2025, 3, 1)), DUUROH_0_3, "end after P: counted up to P");
	o.start = CDATE_NONE;
	CHECK_INT(derive_duur_onhold(&o, P), VOCAB_ONBEKEND, "duur on hold: start unknown");

	/* fase: on hold starting the day after a voortraject ended */
	fx_init(&f);
	add_vt(&f, D(2026, 2, 1), D(2026, 4, 30));
	add_oh(&f, D(2026, 5, 1), CDATE_NONE);
	CHECK_INT(derive_fase_onhold(&f.cf, &f.oh[0]), FASE_BEMIDDELING,
		  "on hold the day after the voortraject ended: Tijdens bemiddeling");
	f.oh[0].start = D(2026, 4, 30);
	CHECK_INT(derive_fase_onhold(&f.cf, &f.oh[0]), FASE_VOORTRAJECT,
		  "on hold on the voortraject's last day: Tijdens voortraject");
	f.oh[0].start = D(2026, 2, 1);
	CHECK_INT(derive_fase_onhold(&f.cf, &f.oh[0]), FASE_TUSSEN,
		  "on hold on the voortraject's first day: Tussen instroom/intake en voortraject");
	add_sb(&f, D(2026, 6, 1), CDATE_NONE);
	f.oh[0].start = D(2026, 7, 1);
	CHECK_INT(derive_fase_onhold(&f.cf, &f.oh[0]), FASE_STARTBAAN, "on hold during startbaan");
	f.oh[0].start = CDATE_NONE;
	CHECK_INT(derive_fase_onhold(&f.cf, &f.oh[0]), VOCAB_ONBEKEND, "fase: start unknown");
	CHECK_INT(derive_fase_onhold(&f.cf, NULL), VOCAB_ONBEKEND, "fase: no on hold");
}

static void test_activiteit_weken(void)
{
	cdate P = D(2026, 10, 31), S = D(2026, 6, 1);
	voortraject v;
	activiteit a[3];
	int i;

	voortraject_init(&v);
	v.start = S;
	v.act = a;
	for (i = 0; i < 3; i++)
		activiteit_init(&a[i]);
	a[0].soort = 2;         /* Onbetaalde werkstage */
	a[0].start = S;
	a[0].einde = S + 7;
	v.nact = 1;
	CHECK(derive_activiteit_weken(&v, 2, P) == 1.0, "7 days = 1.0 week");
	CHECK(derive_activiteit_weken(&v, 1, P) == -1, "type not followed: -1");
	a[0].einde = S + 10;    /* 1.428 */
	CHECK(derive_activiteit_weken(&v, 2, P) == 1.4, "10 days = 1.4 weeks");
	a[0].einde = S + 11;    /* 1.571 */
	CHECK(derive_activiteit_weken(&v, 2, P) == 1.6, "11 days = 1.6 weeks");
	a[0].einde = S + 4;     /* 0.571 */
	CHECK(derive_activiteit_weken(&v, 2, P) == 0.6, "4 days = 0.6 weeks");
	a[0].einde = S + 3;     /* 0.428 */
	CHECK(derive_activiteit_weken(&v, 2, P) == 0.4, "3 days = 0.4 weeks");
	/* second period of the same type is summed */
	a[1].soort = 2;
	a[1].start = S + 20;
	a[1].einde = S + 24;    /* 3 + 4 = 7 days */
	v.nact = 2;
	CHECK(derive_activiteit_weken(&v, 2, P) == 1.0, "two periods summed");
	/* running past P: counted up to P */
	a[1].einde = CDATE_NONE;
	a[1].start = P - 14;
	CHECK(derive_activiteit_weken(&v, 2, P) == 2.4, "running activity counted up to P (17 days)");
	a[1].einde = P + 100;
	CHECK(derive_activiteit_weken(&v, 2, P) == 2.4, "end after P: counted up to P");
	/* activity starting after P ignored */
	a[2].soort = 6;
	a[2].start = P + 1;
	a[2].einde = P + 30;
	v.nact = 3;
	CHECK(derive_activiteit_weken(&v, 6, P) == -1, "activity after P ignored");
	a[2].start = P;
	CHECK(derive_activiteit_weken(&v, 6, P) == 0.0, "activity starting on P: 0.0 weeks, followed");
}

/* Maatje/mentor and Netwerkactiviteit have no registration column of their
 * own: they count as Anders (weken); per code they stay apart. */
static void test_activiteit_anders(void)
{
	fixture f;
	derived d;
	cdate P = D(2026, 10, 31), S = D(2026, 6, 1);
	int k, other = 0;

	CHECK_INT(derive_activiteit_kolom(1), 1, "kolom: Vrijwilligerswerk its own");
	CHECK_INT(derive_activiteit_kolom(ACTIVITEIT_ANDERS), ACTIVITEIT_ANDERS, "kolom: Anders");
	CHECK_INT(derive_activiteit_kolom(ACTIVITEIT_MAATJE), ACTIVITEIT_ANDERS,
		  "kolom: Maatje/mentor counts as Anders");
	CHECK_INT(derive_activiteit_kolom(ACTIVITEIT_NETWERK), ACTIVITEIT_ANDERS,
		  "kolom: Netwerkactiviteit counts as Anders");
	CHECK_INT(derive_activiteit_kolom(0), 0, "kolom: no code");
	CHECK_INT(derive_activiteit_kolom(99), 0, "kolom: code outside the vocabulary");

	fx_init(&f);
	add_vt(&f, S, CDATE_NONE);
	f.vt[0].act = f.act;
	f.act[0].soort = ACTIVITEIT_MAATJE;
	f.act[0].start = S;
	f.act[0].einde = S + 7;          /* 1.0 week */
	f.vt[0].nact = 1;
	derive_all(&f.cf, P, &d);
	CHECK(d.act_weken[ACTIVITEIT_ANDERS] == 1.0, "maatje/mentor alone: Anders (weken) 1.0");
	for (k = 1; k < ACTIVITEIT_ANDERS; k++)
		other += d.act_weken[k] != -1;
	CHECK_INT(other, 0, "maatje/mentor alone: no other column");

	f.act[1].soort = ACTIVITEIT_ANDERS;
	f.act[1].start = S + 10;
	f.act[1].einde = S + 17;         /* +7 days */
	f.act[2].soort = ACTIVITEIT_NETWERK;
	f.act[2].start = S + 20;
	f.act[2].einde = S + 34;         /* +14 days */
	f.vt[0].nact = 3;
	derive_all(&f.cf, P, &d);
	CHECK(d.act_weken[ACTIVITEIT_ANDERS] == 4.0, "Anders + maatje + netwerk: 28 days = 4.0 weeks");
	CHECK(derive_activiteit_weken(&f.vt[0], ACTIVITEIT_MAATJE, P) == 1.0,
	      "per code: maatje/mentor 1.0 week");
	CHECK(derive_activiteit_weken(&f.vt[0], ACTIVITEIT_NETWERK, P) == 2.0,
	      "per code: netwerkactiviteit 2.0 weeks");
	CHECK(derive_activiteit_weken(&f.vt[0], ACTIVITEIT_ANDERS, P) == 1.0,
	      "per code: Anders itself 1.0 week");
	CHECK(derive_activiteit_kolom_weken(&f.vt[0], ACTIVITEIT_ANDERS, P) == 4.0,
	      "kolom weeks: Anders 4.0");
}

static void test_derive_all(void)
{
	fixture f;
	derived d;
	cdate P = D(2026, 10, 31);
	int i;

	fx_init(&f);
	f.cf.c.geboortedatum = D(1990, 5, 5);
	f.cf.c.geboortejaar = 1990;
	derive_all(&f.cf, P, &d);
	CHECK_INT(d.deelnemer, 1, "all: deelnemer");
	CHECK_INT(d.geboortejaar, 1990, "all: geboortejaar");
	CHECK_INT(d.leeftijdsgroep, LEEFTIJD_25_44, "all: leeftijdsgroep");
	CHECK(d.vt == NULL, "all: no voortraject");
	CHECK_INT(d.vt_gestart, JANEE_NEE, "all: vt_gestart Nee");
	CHECK_INT(d.vt_afgerond, 0, "all: vt_afgerond empty");
	CHECK_INT(d.duur_vt, 0, "all: duur_vt empty");
	CHECK(d.act_weken[2] == -1, "all: no activity weeks");
	CHECK_INT(d.nsb, 0, "all: no startbanen");
	CHECK(d.sb_laatste == NULL, "all: no latest startbaan");
	CHECK_INT(d.onhold_geweest, ONHOLD_GEWEEST_NEE, "all: never on hold");
	CHECK(d.oh == NULL && d.uitval == NULL && d.einde == NULL, "all: no oh/uitval/einde");

	/* latest voortraject that started <= P */
	add_vt(&f, D(2026, 1, 1), D(2026, 3, 1));
	add_vt(&f, D(2026, 5, 1), D(2026, 7, 30));
	add_vt(&f, P + 1, CDATE_NONE);
	f.vt[1].act = f.act;
	f.act[0].soort = 4;
	f.act[0].start = D(2026, 5, 1);
	f.act[0].einde = D(2026, 5, 15);
	f.vt[1].nact = 1;
	derive_all(&f.cf, P, &d);
	CHECK(d.vt == &f.vt[1], "all: latest voortraject <= P");
	CHECK_INT(d.vt_gestart, JANEE_JA, "all: vt_gestart Ja");
	CHECK_INT(d.vt_afgerond, JANEE_JA, "all: vt_afgerond Ja");
	CHECK_INT(d.vt_dagen, 90, "all: vt_dagen 90");
	CHECK_INT(d.duur_vt, DUURVT_90_PLUS, "all: duur_vt 90+");
	CHECK(d.act_weken[4] == 2.0, "all: Taalstage 2.0 weeks");
	CHECK(d.act_weken[1] == -1 && d.act_weken[0] == -1, "all: other types -1");
	f.vt[1].einde = P + 1;
	derive_all(&f.cf, P, &d);
	CHECK_INT(d.vt_afgerond, JANEE_NEE, "all: running voortraject: afgerond Nee");
	CHECK_INT(d.vt_dagen, -1, "all: running voortraject: no dagen");
	CHECK_INT(d.duur_vt, DUURVT_BEZIG, "all: running voortraject: Bezig");

	/* startbanen in start order, given out of order, one after P */
	add_sb(&f, D(2026, 9, 1), CDATE_NONE);
	add_sb(&f, D(2026, 2, 1), D(2026, 4, 1));
	add_sb(&f, P + 1, CDATE_NONE);
	add_sb(&f, P, CDATE_NONE);
	derive_all(&f.cf, P, &d);
	CHECK_INT(d.nsb, 3, "all: 3 startbanen <= P");
	CHECK(d.sb[0] == &f.sb[1] && d.sb[1] == &f.sb[0] && d.sb[2] == &f.sb[3],
	      "all: startbanen in start order");
	CHECK(d.sb_laatste == &f.sb[3], "all: latest startbaan (start == P)");
	for (i = 0; i < 15; i++)
		add_sb(&f, D(2025, 1, 1) + i, D(2025, 1, 2) + i);
	derive_all(&f.cf, P, &d);
	CHECK_INT(d.nsb, 18, "all: nsb counts beyond 16");
	CHECK(d.sb[0] == &f.sb[4] && d.sb[15] == &f.sb[1], "all: first 16 in order");
	CHECK(d.sb_laatste == &f.sb[3], "all: latest startbaan with > 16");

	/* on hold: latest starting <= P */
	fx_init(&f);
	add_oh(&f, D(2026, 1, 10), D(2026, 2, 10));
	add_oh(&f, D(2026, 6, 10), CDATE_NONE);
	add_oh(&f, P + 1, CDATE_NONE);
	derive_all(&f.cf, P, &d);
	CHECK_INT(d.onhold_geweest, ONHOLD_GEWEEST_JA, "all: on hold geweest");
	CHECK(d.oh == &f.oh[1], "all: latest on hold <= P");
	CHECK_INT(d.fase_onhold, FASE_TUSSEN, "all: fase");
	CHECK_INT(d.duur_onhold, DUUROH_4_6, "all: duur (4 months to P)");
	CHECK_INT(d.situatie, SIT_ON_HOLD, "all: situatie on hold");
	fx_init(&f);
	add_oh(&f, P + 1, CDATE_NONE);
	derive_all(&f.cf, P, &d);
	CHECK_INT(d.onhold_geweest, ONHOLD_GEWEEST_NEE, "all: on hold after P: Nee");

	/* uitval pointer only when dated <= P */
	fx_init(&f);
	add_af(&f, AFSLUITING_UITVAL, P + 1);
	derive_all(&f.cf, P, &d);
	CHECK(d.uitval == NULL, "all: uitval after P ignored");
	f.af[0].datum = P;
	derive_all(&f.cf, P, &d);
	CHECK(d.uitval == &f.af[0] && d.einde == NULL, "all: uitval on P");
	CHECK_INT(d.situatie, SIT_UITVAL, "all: situatie uitval");
	f.af[0].soort = AFSLUITING_EINDE;
	derive_all(&f.cf, P, &d);
	CHECK(d.einde == &f.af[0] && d.uitval == NULL, "all: einde on P");
}

/* --- controle ------------------------------------------------------------ */

static void complete_client(client *c)
{
	c->startbanen = 1;
	c->deelname = DEELNAME_VERPLICHT;
	c->geboortejaar = 1990;
	c->geslacht = 1;
	c->datum_instroom = D(2025, 1, 1);
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
	c->inburgeringsprogramma = INBURG_B1;
	c->start_inburgering = D(2024, 1, 1);
	c->uitkering = JANEE_JA;
}

static void complete_sb(startbaan *b)
{
	b->soort = 1; b->hoe_gekregen = 1; b->maanden = 12; b->urenafspraak = 1;
	b->uren = 24; b->loonkostensubsidie = JANEE_JA; b->werkcoach = JANEE_JA;
	b->jobcoach = JANEE_NEE; b->harrie = JANEE_NEE; b->soort_werkgever = 1;
	b->sector = 1; b->omvang = 3; b->ervaring = JANEE_JA;
}

static int has(const finding *fs, size_t n, const char *blad, const char *kolom,
	       const char *bev)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(fs[i].blad, blad) && !strcmp(fs[i].kolom, kolom) &&
		    !strcmp(fs[i].bevinding, bev))
			return 1;
	return 0;
}

static void test_controle(void)
{
	fixture f;
	derived d;
	finding fs[64];
	size_t n;
	cdate P = D(2026, 10, 31);

	fx_init(&f);
	complete_client(&f.cf.c);
	derive_all(&f.cf, P, &d);
	n = controle_client(&f.cf, &d, P, fs, 64);
	CHECK_INT(n, 0, "controle: complete participant without records: no findings");

	fx_init(&f);
	derive_all(&f.cf, P, &d);
	n = controle_client(&f.cf, &d, P, fs, 64);
	CHECK(n >= 15, "controle: empty client has many findings");
	CHECK(has(fs, n, "Deelnemerkenmerken", "Geslacht", "Onbekend"), "controle: Geslacht Onbekend");
	CHECK(has(fs, n, "Deelnemerkenmerken", "Leeftijdsgroep", "Onbekend"), "controle: Leeftijdsgroep");
	CHECK(has(fs, n, "Deelnemerkenmerken", "Taalniveau bij instroom", "Onbekend"),
	      "controle: Taalniveau bij instroom");
	CHECK(has(fs, n, "Situationele kenmerken", "Aantal kinderen (categorie)", "Onbekend"),
	      "controle: kinderen");
	/* issue 13, 13: the status is derived from the start: one finding */
	CHECK(has(fs, n, "Situationele kenmerken", "Startdatum inburgering", "Onbekend") &&
	      !has(fs, n, "Situationele kenmerken", "Status inburgering", "Onbekend") &&
	      !has(fs, n, "Situationele kenmerken", "Startdatum inburgering (periode)", "Onbekend"),
	      "controle: unknown start inburgering once, not again as status or periode");
	CHECK(!has(fs, n, "Situationele kenmerken", "Startdatum inburgering", "ontbreekt"),
	      "controle: start inburgering not required without programme");
	CHECK(!has(fs, n, "Situationele kenmerken", "Situatie peildatum", "Onbekend"),
	      "controle: situatie known with instroom");
	CHECK_INT(controle_client(&f.cf, &d, P, NULL, 0), n, "controle: counting without output");
	CHECK_INT(controle_client(&f.cf, &d, P, fs, 2), n, "controle: returns all when max is small");

	/* required dates */
	fx_init(&f);
	complete_client(&f.cf.c);
	f.cf.c.datum_instroom = CDATE_NONE;
	f.cf.c.start_inburgering = CDATE_NONE;
	derive_all(&f.cf, P, &d);
	n = controle_client(&f.cf, &d, P, fs, 64);
	CHECK(has(fs, n, "Deelnemerkenmerken", "Datum instroom", "ontbreekt"), "controle: Datum instroom ontbreekt");
	/* issue 13, 13: a derived column adds no finding to its source's */
	CHECK(!has(fs, n, "Situationele kenmerken", "Situatie peildatum", "Onbekend"),
	      "controle: no situatie Onbekend next to Datum instroom ontbreekt");
	CHECK(has(fs, n, "Situationele kenmerken", "Startdatum inburgering", "ontbreekt"),
	      "controle: Startdatum inburgering ontbreekt for B1");
	CHECK_INT(n, 2, "controle: two missing dates, two findings");
	CHECK(!has(fs, n, "Situationele kenmerken", "Startdatum inburgering (periode)", "Onbekend") &&
	      !has(fs, n, "Situationele kenmerken", "Status inburgering", "Onbekend"),
	      "controle: one missing Startdatum inburgering gives one finding");
	f.cf.c.inburgeringsprogramma = INBURG_NIET_TOEGEKEND;
	derive_all(&f.cf, P, &d);
	n = controle_client(&f.cf, &d, P, fs, 64);
	CHECK(!has(fs, n, "Situationele kenmerken", "Startdatum inburgering", "ontbreekt") &&
	      !has(fs, n, "Situationele kenmerken", "Status inburgering", "Onbekend"),
	      "controle: Nog niet toegekend needs no start date");

	/* records: voortraject, startbaan, on hold, uitval */
	fx_init(&f);
	complete_client(&f.cf.c);
	add_vt(&f, D(2026, 3, 1), D(2026, 2, 1));   /* end before start, soort Onbekend */
	add_sb(&f, D(2024, 12, 1), CDATE_NONE);      /* before instroom */
	complete_sb(&f.sb[0]);
	f.sb[0].sector = 0;
	add_sb(&f, D(2026, 5, 1), CDATE_NONE);       /* all Onbekend, volgnummer 2 */
	add_sb(&f, P + 1, CDATE_NONE);               /* after P: no findings */
	add_oh(&f, D(2026, 9, 1), CDATE_NONE);       /* reden Onbekend */
	add_af(&f, AFSLUITING_UITVAL, P + 1);        /* after P: no finding */
	derive_all(&f.cf, P, &d);
	n = controle_client(&f.cf, &d, P, fs, 64);
	CHECK(has(fs, n, "Voortraject", "Soort voortraject", "Onbekend"), "controle: soort voortraject");
	CHECK(has(fs, n, "Voortraject", "Einddatum voortraject", "einddatum voor startdatum"),
	      "controle: voortraject end before start");
	CHECK(has(fs, n, "Startbaan", "Startdatum", "startbaan vóór instroom (startbaan 1)"),
	      "controle: startbaan vóór instroom");
	CHECK(has(fs, n, "Startbaan", "Sector", "Onbekend (startbaan 1)"), "controle: sector of startbaan 1");
	CHECK(has(fs, n, "Startbaan", "Uren per week (categorie)", "Onbekend (startbaan 2)"),
	      "controle: uren of startbaan 2");
	CHECK(has(fs, n, "Startbaan", "HARRIE-training", "Onbekend (startbaan 2)"),
	      "controle: HARRIE-training of startbaan 2");
	CHECK(!has(fs, n, "Startbaan", "Soort startbaan", "Onbekend (startbaan 3)"),
	      "controle: startbaan after P not checked");
	CHECK(has(fs, n, "On hold, uitval en einde", "Reden on hold", "Onbekend"), "controle: reden on hold");
	CHECK(!has(fs, n, "On hold, uitval en einde", "Reden uitval", "Onbekend"),
	      "controle: uitval after P not checked");
	f.af[0].datum = P;
	derive_all(&f.cf, P, &d);
	n = controle_client(&f.cf, &d, P, fs, 64);
	CHECK(has(fs, n, "On hold, uitval en einde", "Reden uitval", "Onbekend"), "controle: reden uitval");
	f.af[0].reden = 1;
	derive_all(&f.cf, P, &d);
	n = controle_client(&f.cf, &d, P, fs, 64);
	CHECK(!has(fs, n, "On hold, uitval en einde", "Reden uitval", "Onbekend"), "controle: reden uitval known");

	/* records without a start date */
	fx_init(&f);
	complete_client(&f.cf.c);
	add_vt(&f, CDATE_NONE, CDATE_NONE);
	add_sb(&f, CDATE_NONE, CDATE_NONE);
	add_oh(&f, CDATE_NONE, CDATE_NONE);
	derive_all(&f.cf, P, &d);
	n = controle_client(&f.cf, &d, P, fs, 64);
	CHECK_INT(n, 3, "controle: three missing start dates, nothing else");
	CHECK(has(fs, n, "Voortraject", "Startdatum voortraject", "ontbreekt"), "controle: vt start ontbreekt");
	CHECK(has(fs, n, "Startbaan", "Startdatum", "ontbreekt"), "controle: sb start ontbreekt");
	CHECK(has(fs, n, "On hold, uitval en einde", "Datum on hold", "ontbreekt"), "controle: oh start ontbreekt");
}

/* The one notion of "ended on a date" that signals.c reads too. */
static void test_ended_on(void)
{
	casefile cf;
	afsluiting af;
	pip_step ps[2];
	cdate d = D(2026, 8, 1);

	CHECK(!derive_op(CDATE_NONE, d), "op: no date never");
	CHECK(!derive_op(d, d - 1), "op: the day before");
	CHECK(derive_op(d, d), "op: on the date");
	CHECK(derive_op(d, d + 1), "op: the day after");

	memset(&cf, 0, sizeof cf);
	client_init(&cf.c);
	afsluiting_init(&af);
	af.soort = AFSLUITING_UITVAL;
	af.datum = d;
	cf.af = &af;
	cf.naf = 1;
	CHECK(derive_afgesloten_op(&cf, 0, d - 1) == NULL, "afgesloten: the day before: no");
	CHECK(derive_afgesloten_op(&cf, 0, d) == &af, "afgesloten: on its date");
	CHECK(derive_afgesloten_op(&cf, AFSLUITING_UITVAL, d + 1) == &af, "afgesloten: uitval the day after");
	CHECK(derive_afgesloten_op(&cf, AFSLUITING_EINDE, d + 1) == NULL, "afgesloten: not an einde");
	CHECK_INT(derive_situatie(&cf, d - 1), VOCAB_ONBEKEND, "situatie: instroom unknown");
	cf.c.datum_instroom = D(2026, 1, 1);
	CHECK_INT(derive_situatie(&cf, d - 1), SIT_NOG_VOORTRAJECT, "situatie: the day before the uitval");
	CHECK_INT(derive_situatie(&cf, d), SIT_UITVAL, "situatie: uitval on its date");
	cf.naf = 0;

	cf.c.einde_inburgering = d;
	CHECK(!derive_inburgering_klaar_op(&cf, d - 1), "klaar: einde inburgering the day before: no");
	CHECK(derive_inburgering_klaar_op(&cf, d), "klaar: einde inburgering on its date");
	cf.c.start_inburgering = D(2025, 1, 1);
	CHECK_INT(derive_status_inburgering(&cf.c, d - 1), STATUS_GESTART, "status: the day before the einde");
	CHECK_INT(derive_status_inburgering(&cf.c, d), STATUS_AFGEROND, "status: afgerond on the einde");
	cf.c.einde_inburgering = CDATE_NONE;
	pip_step_init(&ps[0]);
	pip_step_init(&ps[1]);
	ps[0].stap = PIP_ONTHEFFING;
	ps[0].datum = d;
	ps[0].status = PIPSTATUS_GEPLAND;
	ps[1].stap = PIP_INBURGERING_AFGEROND;
	ps[1].datum = d + 10;
	ps[1].status = PIPSTATUS_GEDAAN;
	cf.pip = ps;
	cf.npip = 2;
	CHECK(!derive_inburgering_klaar_op(&cf, d), "klaar: a planned ontheffing does not end it");
	ps[0].status = PIPSTATUS_GEDAAN;
	CHECK(!derive_inburgering_klaar_op(&cf, d - 1), "klaar: ontheffing the day before: no");
	CHECK(derive_inburgering_klaar_op(&cf, d), "klaar: ontheffing on its date");
	ps[0].status = PIPSTATUS_VERVALLEN;
	CHECK(!derive_inburgering_klaar_op(&cf, d + 9), "klaar: afgerond the day before: no");
	CHECK(derive_inburgering_klaar_op(&cf, d + 10), "klaar: afgerond on its date");
}

/* A Maatje/mentor activity with its end before its start: Controle names the
 * registration column it counts in, Anders (weken). */
static void test_controle_anders(void)
{
	fixture f;
	derived d;
	finding fs[64];
	size_t n;
	cdate P = D(2026, 10, 31), S = D(2026, 6, 1);

	fx_init(&f);
	complete_client(&f.cf.c);
	add_vt(&f, S, CDATE_NONE);
	f.vt[0].soort = 1;
	f.vt[0].act = f.act;
	f.act[0].soort = ACTIVITEIT_MAATJE;
	f.act[0].start = S + 10;
	f.act[0].einde = S + 5;
	f.vt[0].nact = 1;
	derive_all(&f.cf, P, &d);
	n = controle_client(&f.cf, &d, P, fs, 64);
	CHECK(has(fs, n, "Voortraject", "Anders (weken)", "einddatum voor startdatum"),
	      "controle: maatje/mentor end before start under Anders (weken)");
}

int main(void)
{
	test_ended_on();
	test_deelnemer();
	test_leeftijd();
	test_periode_kinderen();
	test_status_inburgering();
	test_duur_voortraject();
	test_overeenkomst_uren();
	test_situatie();
	test_onhold();
	test_activiteit_weken();
	test_derive_all();
	test_activiteit_anders();
	test_controle();
	test_controle_anders();
	return check_done();
}
