/* test_validate.c - BSN, record validation and the text-field parsers. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "util.h"
#include "date.h"
#include "vocab.h"
#include "model.h"
#include "validate.h"

static cdate D(const char *iso)
{
	return cdate_from_iso(iso);
}

/* Does e hold exactly one item with this field and a message containing
 * `msg`?  Prints the list when not. */
static int has_one(const valerr *e, const char *field, const char *msg)
{
	int ok = e->n == 1 && strcmp(e->items[0].field, field) == 0 &&
		 (!msg || strstr(e->items[0].msg, msg) != NULL);
	if (!ok) {
		char *t = valerr_text(e);
		printf("#   errors (%zu): %s\n", e->n, t);
		free(t);
	}
	return ok;
}

/* Does e hold an item for this field (among others)? */
static int has_field(const valerr *e, const char *field)
{
	size_t i;
	for (i = 0; i < e->n; i++)
		if (strcmp(e->items[i].field, field) == 0)
			return 1;
	return 0;
}

static void test_bsn(void)
{
	char out[10];

	CHECK(bsn_valid("111222333"), "111222333 valid");
	CHECK(bsn_valid("123456782"), "123456782 valid");
	CHECK(bsn_valid(" 123456782 "), "blanks around allowed");
	CHECK(!bsn_valid("123456789"), "123456789 invalid");
	CHECK(!bsn_valid("111222334"), "111222334 invalid");
	CHECK(!bsn_valid("000000000"), "all zeros invalid");
	CHECK(!bsn_valid("00000000"), "8 zeros invalid");
	CHECK(!bsn_valid("12345678"), "12345678 invalid (012345678 fails)");
	CHECK(!bsn_valid("1234567820"), "10 digits invalid");
	CHECK(!bsn_valid("1234567"), "7 digits invalid");
	CHECK(!bsn_valid("12345678a"), "letter invalid");
	CHECK(!bsn_valid("123 456 782"), "inner blanks invalid");
	CHECK(!bsn_valid(""), "empty invalid");
	CHECK(!bsn_valid(NULL), "NULL invalid");
	/* 010000009: 9*0 + 8*1 - 9 = -1 no; 010000008: 8 - 8 = 0 yes */
	CHECK(bsn_valid("010000008"), "010000008 valid");
	CHECK(bsn_valid("10000008"), "8-digit form of 010000008 valid");
	CHECK_INT(bsn_normalise("10000008", out), 0, "normalise 8 digits");
	CHECK_STR(out, "010000008", "normalised to 9 digits");
	CHECK_INT(bsn_normalise(" 111222333", out), 0, "normalise 9 digits");
	CHECK_STR(out, "111222333", "normalised unchanged");
	CHECK_INT(bsn_normalise("111222334", out), -1, "normalise invalid");
}

static void test_client(void)
{
	client c;
	valerr e = VALERR_INIT;

	client_init(&c);
	c.klantnummer = xstrdup("K001");
	CHECK_INT(validate_client(&c, &e), 0, "minimal client valid");
	valerr_free(&e);

	free(c.klantnummer);
	c.klantnummer = xstrdup("   ");
	CHECK_INT(validate_client(&c, &e), 1, "blank klantnummer");
	CHECK(has_one(&e, "Klantnummer", "verplicht"), "Klantnummer: is verplicht");
	valerr_free(&e);
	free(c.klantnummer);
	c.klantnummer = xstrdup("K001");

	c.bsn = xstrdup("123456789");
	CHECK_INT(validate_client(&c, &e), 1, "bad BSN");
	CHECK(has_one(&e, "BSN", "elfproef"), "BSN elfproef message");
	valerr_free(&e);
	free(c.bsn);
	c.bsn = xstrdup("12345");
	validate_client(&c, &e);
	CHECK(has_one(&e, "BSN", "9 cijfers"), "BSN length message");
	valerr_free(&e);
	free(c.bsn);
	c.bsn = xstrdup("123456782");
	CHECK_INT(validate_client(&c, &e), 0, "good BSN");
	valerr_free(&e);

	c.geboortedatum = D("2025-10-31");
	CHECK_INT(validate_client(&c, &e), 0, "born today ok");
	c.geboortedatum = D("2025-11-01");
	validate_client(&c, &e);
	CHECK(has_one(&e, "Geboortedatum", "toekomst"), "born tomorrow refused");
	valerr_free(&e);

	c.geboortedatum = D("1990-05-05");
	c.geboortejaar = 1990;
	CHECK_INT(validate_client(&c, &e), 0, "geboortejaar consistent");
	c.geboortejaar = 1991;
	validate_client(&c, &e);
	CHECK(has_one(&e, "Geboortejaar", "geboortedatum"), "geboortejaar inconsistent");
	valerr_free(&e);
	c.geboortedatum = CDATE_NONE;
	CHECK_INT(validate_client(&c, &e), 0, "geboortejaar alone ok");
	c.geboortejaar = 2026;
	validate_client(&c, &e);
	CHECK(has_one(&e, "Geboortejaar", NULL), "geboortejaar in the future");
	valerr_free(&e);
	c.geboortejaar = 0;
	/* a birth date before 1900, with the year derived from it (as the form
	 * and the import do): one problem, under the date */
	c.geboortedatum = D("1800-01-01");
	c.geboortejaar = 1800;
	CHECK_INT(validate_client(&c, &e), 1, "born 1800: one problem");
	CHECK(has_one(&e, "Geboortedatum", "1900"), "born 1800: under Geboortedatum");
	valerr_free(&e);
	c.geboortedatum = D("2025-11-01");
	c.geboortejaar = 2025;
	CHECK_INT(validate_client(&c, &e), 1, "born tomorrow with derived year: one problem");
	valerr_free(&e);
	c.geboortedatum = CDATE_NONE;
	c.geboortejaar = 0;

	c.start_inburgering = D("2024-03-01");
	c.einde_inburgering = D("2024-02-29");
	validate_client(&c, &e);
	CHECK(has_one(&e, "Einddatum inburgering", "vóór"), "einde inburgering before start");
	valerr_free(&e);
	c.einde_inburgering = D("2024-03-01");
	CHECK_INT(validate_client(&c, &e), 0, "einde inburgering == start ok");

	c.aantal_kinderen = 29;
	CHECK_INT(validate_client(&c, &e), 0, "29 kinderen ok");
	c.aantal_kinderen = 30;
	validate_client(&c, &e);
	CHECK(has_one(&e, "Aantal kinderen in NL", NULL), "30 kinderen refused");
	valerr_free(&e);
	c.aantal_kinderen = -2;
	CHECK_INT(validate_client(&c, &e), 1, "-2 kinderen refused");
	valerr_free(&e);
	c.aantal_kinderen = -1;
	CHECK_INT(validate_client(&c, &e), 0, "-1 kinderen (unknown) ok");

	c.geslacht = 4;
	validate_client(&c, &e);
	CHECK(has_one(&e, "Geslacht", "geldige"), "geslacht code 4 refused");
	valerr_free(&e);
	c.geslacht = 3;
	c.taalniveau = 6;
	validate_client(&c, &e);
	CHECK(has_one(&e, "Taalniveau bij instroom", NULL), "taalniveau code 6 refused");
	valerr_free(&e);
	c.taalniveau = 5;
	c.engels = 3;
	validate_client(&c, &e);
	CHECK(has_one(&e, "Engels", NULL), "engels code 3 refused");
	valerr_free(&e);
	c.engels = JANEE_JA;
	c.inburgeringsprogramma = INBURG_NIET_TOEGEKEND;
	c.deelname = DEELNAME_VRIJWILLIG;
	CHECK_INT(validate_client(&c, &e), 0, "valid codes");
	client_clear(&c);
	valerr_free(&e);
}

static void test_periods(void)
{
	valerr e = VALERR_INIT;
	voortraject v;
	onhold o;
	char *t;

	voortraject_init(&v);
	v.start = D("2025-01-15");
	CHECK_INT(validate_voortraject(&v, &e), 0, "voortraject without end ok");
	v.einde = D("2025-01-15");
	CHECK_INT(validate_voortraject(&v, &e), 0, "einde == start ok");
	v.einde = D("2025-01-14");
	CHECK_INT(validate_voortraject(&v, &e), 1, "einde before start");
	CHECK(has_one(&e, "Einddatum", "ligt vóór de startdatum"), "Einddatum: ligt vóór de startdatum");
	t = valerr_text(&e);
	CHECK_STR(t, "Einddatum: ligt vóór de startdatum", "valerr_text");
	free(t);
	valerr_free(&e);
	v.einde = CDATE_NONE;
	v.soort = 4;
	validate_voortraject(&v, &e);
	CHECK(has_one(&e, "Soort voortraject", NULL), "soort voortraject 4 refused");
	valerr_free(&e);
	v.soort = 0;
	v.start = CDATE_NONE;
	validate_voortraject(&v, &e);
	CHECK(has_one(&e, "Startdatum", "verplicht"), "voortraject needs a start");
	valerr_free(&e);
	voortraject_clear(&v);

	onhold_init(&o);
	o.start = D("2025-03-01");
	o.einde = D("2025-02-28");
	o.reden = 5;
	CHECK_INT(validate_onhold(&o, &e), 2, "onhold: end before start and bad reden");
	CHECK(has_field(&e, "Einddatum") && has_field(&e, "Reden on hold"), "onhold fields");
	valerr_free(&e);
	onhold_clear(&o);
}

static void test_hours_months(void)
{
	valerr e = VALERR_INIT;
	startbaan s;
	activiteit a;

	startbaan_init(&s);
	s.start = D("2025-02-01");
	CHECK_INT(validate_startbaan(&s, &e), 0, "minimal startbaan ok");
	s.uren = 16;
	CHECK_INT(validate_startbaan(&s, &e), 0, "16 hours ok");
	s.uren = 40;
	CHECK_INT(validate_startbaan(&s, &e), 0, "40 hours ok");
	s.uren = 40.5;
	validate_startbaan(&s, &e);
	CHECK(has_one(&e, "Uren per week", "meer dan 40 uur per week is niet toegestaan"), "40.5 hours refused");
	valerr_free(&e);
	s.uren = 0;
	validate_startbaan(&s, &e);
	CHECK(has_one(&e, "Uren per week", "meer dan 0"), "0 hours refused");
	valerr_free(&e);
	s.uren = 0.5;
	CHECK_INT(validate_startbaan(&s, &e), 0, "0.5 hours ok");
	s.uren = -1;
	s.maanden = 0;
	validate_startbaan(&s, &e);
	CHECK(has_one(&e, "Duur overeenkomst (maanden)", "minimaal 1"), "0 months refused");
	valerr_free(&e);
	s.maanden = 1;
	CHECK_INT(validate_startbaan(&s, &e), 0, "1 month ok");
	s.maanden = -1;
	s.einde = D("2025-01-31");
	validate_startbaan(&s, &e);
	CHECK(has_one(&e, "Einddatum", "vóór"), "startbaan einde before start");
	valerr_free(&e);
	s.einde = CDATE_NONE;
	s.harrie = 3;
	validate_startbaan(&s, &e);
	CHECK(has_one(&e, "HARRIE-training", NULL), "harrie code 3 refused");
	valerr_free(&e);
	s.harrie = JANEE_NEE;
	s.soort_werkgever = 6;
	validate_startbaan(&s, &e);
	CHECK(has_one(&e, "Soort werkgever", NULL), "soort werkgever 6 refused");
	valerr_free(&e);
	s.soort_werkgever = 5;
	CHECK_INT(validate_startbaan(&s, &e), 0, "soort werkgever 5 ok");
	startbaan_clear(&s);

	activiteit_init(&a);
	a.start = D("2025-02-01");
	validate_activiteit(&a, &e);
	CHECK(has_one(&e, "Activiteit", "verplicht"), "activiteit soort 0 refused (no Onbekend)");
	valerr_free(&e);
	a.soort = 8;
	CHECK_INT(validate_activiteit(&a, &e), 0, "activiteit Anders ok");
	a.soort = ACTIVITEIT_MAATJE;
	CHECK_INT(validate_activiteit(&a, &e), 0, "activiteit Maatje/mentor ok");
	a.soort = ACTIVITEIT_NETWERK;
	CHECK_INT(validate_activiteit(&a, &e), 0, "activiteit Netwerkactiviteit ok");
	a.soort = ACTIVITEIT_NETWERK + 1;
	CHECK_INT(validate_activiteit(&a, &e), 1, "activiteit 11 (after the last) refused");
	valerr_free(&e);
	a.soort = 1;
	a.uren_per_week = 40.5;
	validate_activiteit(&a, &e);
	CHECK(has_one(&e, "Uren per week", "40"), "activity 40.5 hours refused");
	valerr_free(&e);
	a.uren_per_week = 40;
	CHECK_INT(validate_activiteit(&a, &e), 0, "activity 40 hours ok");
	activiteit_clear(&a);
}

static void test_other_records(void)
{
	valerr e = VALERR_INIT;
	afsluiting af;
	journal j;
	pip_step p;
	employer w;

	afsluiting_init(&af);
	CHECK_INT(validate_afsluiting(&af, &e), 2, "empty afsluiting: soort and datum");
	CHECK(has_field(&e, "Soort") && has_field(&e, "Datum"), "afsluiting fields");
	valerr_free(&e);
	af.soort = AFSLUITING_UITVAL;
	af.datum = D("2025-06-01");
	af.reden = 8;
	CHECK_INT(validate_afsluiting(&af, &e), 0, "uitval reden 8 (Andere reden) ok");
	af.soort = AFSLUITING_EINDE;
	validate_afsluiting(&af, &e);
	CHECK(has_one(&e, "Reden einde", NULL), "einde reden 8 refused");
	valerr_free(&e);
	af.reden = 4;
	CHECK_INT(validate_afsluiting(&af, &e), 0, "einde reden 4 ok");
	af.reden = 0;
	CHECK_INT(validate_afsluiting(&af, &e), 0, "reden Onbekend ok");
	af.soort = 3;
	CHECK_INT(validate_afsluiting(&af, &e), 1, "soort 3 refused");
	valerr_free(&e);
	afsluiting_clear(&af);

	journal_init(&j);
	CHECK_INT(validate_journal(&j, &e), 2, "empty journal: moment and samenvatting");
	CHECK(has_field(&e, "Datum en tijd") && has_field(&e, "Samenvatting"), "journal fields");
	valerr_free(&e);
	j.moment = xstrdup("2025-10-31 09:30");
	j.samenvatting = xstrdup("Gesprek over werk");
	CHECK_INT(validate_journal(&j, &e), 0, "journal ok");
	free(j.moment);
	j.moment = xstrdup("2025-02-31 09:30");
	CHECK_INT(validate_journal(&j, &e), 1, "impossible moment refused");
	valerr_free(&e);
	free(j.moment);
	j.moment = xstrdup("2025-10-31 24:00");
	CHECK_INT(validate_journal(&j, &e), 1, "hour 24 refused");
	valerr_free(&e);
	free(j.samenvatting);
	j.samenvatting = xstrdup(" \t");
	free(j.moment);
	j.moment = xstrdup("2025-10-31 23:59");
	validate_journal(&j, &e);
	CHECK(has_one(&e, "Samenvatting", "verplicht"), "blank samenvatting refused");
	valerr_free(&e);
	journal_clear(&j);

	pip_step_init(&p);
	p.status = 0;	/* init gives Gepland; 0 is no status (no Onbekend) */
	CHECK_INT(validate_pip_step(&p, &e), 3, "empty pip step: stap, datum, status");
	CHECK(has_field(&e, "Stap") && has_field(&e, "Datum") && has_field(&e, "Status"),
	      "pip step fields");
	valerr_free(&e);
	p.stap = PIP_INBURGERING_AFGEROND;
	p.status = PIPSTATUS_VERVALLEN;
	p.datum = D("2025-01-01");
	CHECK_INT(validate_pip_step(&p, &e), 0, "pip step ok");
	/* issue 13, 5: Gedaan on a day after today is refused at Datum */
	p.status = PIPSTATUS_GEDAAN;
	p.datum = D("2025-11-01");
	CHECK_INT(validate_pip_step(&p, &e), 1, "pip step Gedaan in the future refused");
	CHECK(has_one(&e, "Datum", "ligt in de toekomst") && e.items[0].fid == FLD_PIP_DATUM,
	      "  at Datum, by field id");
	valerr_free(&e);
	p.datum = D("2025-10-31");
	CHECK_INT(validate_pip_step(&p, &e), 0, "pip step Gedaan today ok");
	p.status = PIPSTATUS_GEPLAND;
	p.datum = D("2025-11-01");
	CHECK_INT(validate_pip_step(&p, &e), 0, "pip step Gepland in the future ok");
	p.status = PIPSTATUS_VERVALLEN;
	p.datum = D("2025-01-01");
	p.stap = PIP_TAALAANBOD + 1;
	CHECK_INT(validate_pip_step(&p, &e), 1, "pip stap 22 (after the last) refused");
	valerr_free(&e);
	/* issue 15, 8: DUO's einddatum is what these steps record */
	p.stap = PIP_TERMIJN_VERLENGD;
	p.status = PIPSTATUS_GEDAAN;
	p.datum = D("2025-01-01");
	p.einddatum = CDATE_NONE;
	CHECK_INT(validate_pip_step(&p, &e), 1, "termijn verlengd without einddatum refused");
	CHECK(e.n == 1 && e.items[0].fid == FLD_PIP_EINDDATUM, "  at Einddatum, by field id");
	valerr_free(&e);
	p.stap = PIP_EINDDATUM_DUO;
	CHECK_INT(validate_pip_step(&p, &e), 1, "einddatum DUO vastgelegd without einddatum refused");
	valerr_free(&e);
	p.einddatum = D("2027-06-01");
	CHECK_INT(validate_pip_step(&p, &e), 0, "  with its einddatum ok");
	p.stap = PIP_TERMIJN_VERLENGD;
	p.einddatum = CDATE_NONE;
	p.status = PIPSTATUS_GEPLAND;
	CHECK_INT(validate_pip_step(&p, &e), 0, "termijn verlengd gepland (not yet known) ok");
	valerr_free(&e);
	pip_step_clear(&p);

	employer_init(&w);
	validate_employer(&w, &e);
	CHECK(has_one(&e, "Naam", "verplicht"), "employer naam required");
	valerr_free(&e);
	w.naam = xstrdup("Bakkerij Smit");
	w.sector = 15;
	validate_employer(&w, &e);
	CHECK(has_one(&e, "Sector", NULL), "sector 15 refused");
	valerr_free(&e);
	w.sector = 14;
	CHECK_INT(validate_employer(&w, &e), 0, "employer ok");
	employer_clear(&w);
}

static void test_fields(void)
{
	valerr e = VALERR_INIT;
	cdate d;
	double h;
	int n;

	CHECK_INT(validate_date_field("31-02-2025", "Startdatum", 0, &d, &e), -1, "impossible date");
	CHECK(has_one(&e, "Startdatum", "bestaat niet in de kalender"), "Startdatum: bestaat niet in de kalender");
	{
		char *t = valerr_text(&e);
		CHECK_STR(t, "Startdatum: bestaat niet in de kalender", "date message text");
		free(t);
	}
	valerr_free(&e);
	CHECK_INT(validate_date_field("1-2-25", "Einddatum", 0, &d, &e), -1, "2-digit year");
	CHECK(has_one(&e, "Einddatum", "dd-mm-jjjj"), "syntax message");
	valerr_free(&e);
	d = 5;
	CHECK_INT(validate_date_field("", "Einddatum", 0, &d, &e), 0, "empty optional");
	CHECK_INT(d, CDATE_NONE, "empty -> none");
	CHECK_INT(e.n, 0, "no error for empty optional");
	CHECK_INT(validate_date_field(" ", "Datum instroom", 1, &d, &e), -1, "empty required");
	CHECK(has_one(&e, "Datum instroom", "verplicht"), "required message");
	valerr_free(&e);
	CHECK_INT(validate_date_field("01-03-2025", "Startdatum", 1, &d, &e), 0, "good date");
	CHECK_INT(d, D("2025-03-01"), "good date value");

	CHECK_INT(validate_hours_field("16", "Uren per week", &h, &e), 0, "16");
	CHECK(h == 16, "16 value");
	CHECK_INT(validate_hours_field("40", "Uren per week", &h, &e), 0, "40");
	CHECK(h == 40, "40 value");
	CHECK_INT(validate_hours_field("22,5", "Uren per week", &h, &e), 0, "22,5");
	CHECK(h == 22.5, "22,5 value");
	CHECK_INT(validate_hours_field(" 22.5 ", "Uren per week", &h, &e), 0, "22.5");
	CHECK(h == 22.5, "22.5 value");
	CHECK_INT(validate_hours_field("40,0", "Uren per week", &h, &e), 0, "40,0");
	CHECK_INT(e.n, 0, "no errors so far");
	CHECK_INT(validate_hours_field("40,5", "Uren per week", &h, &e), -1, "40,5 refused");
	CHECK(has_one(&e, "Uren per week", "meer dan 40 uur per week is niet toegestaan"), "40,5 message");
	valerr_free(&e);
	CHECK_INT(validate_hours_field("40.01", "Uren per week", &h, &e), -1, "40.01 refused");
	valerr_free(&e);
	CHECK_INT(validate_hours_field("0", "Uren per week", &h, &e), -1, "0 refused");
	CHECK(has_one(&e, "Uren per week", "meer dan 0"), "0 message");
	valerr_free(&e);
	CHECK_INT(validate_hours_field("-5", "Uren per week", &h, &e), -1, "-5 refused");
	valerr_free(&e);
	CHECK_INT(validate_hours_field("1,2,3", "Uren per week", &h, &e), -1, "1,2,3 refused");
	valerr_free(&e);
	CHECK_INT(validate_hours_field("24 uur", "Uren per week", &h, &e), -1, "text refused");
	CHECK(has_one(&e, "Uren per week", "geen getal"), "text message");
	valerr_free(&e);
	CHECK_INT(validate_hours_field(",", "Uren per week", &h, &e), -1, "lone comma refused");
	valerr_free(&e);
	CHECK_INT(validate_hours_field("", "Uren per week", &h, &e), 0, "empty hours");
	CHECK(h == -1, "empty -> -1");

	CHECK_INT(validate_int_field("1", "Duur overeenkomst (maanden)", 1, &n, &e), 0, "1 month");
	CHECK_INT(n, 1, "1 value");
	CHECK_INT(validate_int_field("0", "Duur overeenkomst (maanden)", 1, &n, &e), -1, "0 months");
	CHECK(has_one(&e, "Duur overeenkomst (maanden)", "minimaal 1"), "0 months message");
	valerr_free(&e);
	CHECK_INT(validate_int_field(" 0 ", "Aantal kinderen in NL", 0, &n, &e), 0, "0 kinderen");
	CHECK_INT(n, 0, "0 value");
	CHECK_INT(validate_int_field("", "Aantal kinderen in NL", 0, &n, &e), 0, "empty int");
	CHECK_INT(n, -1, "empty -> -1");
	CHECK_INT(validate_int_field("1,5", "Aantal kinderen in NL", 0, &n, &e), -1, "1,5 refused");
	valerr_free(&e);
	CHECK_INT(validate_int_field("99999999999", "Aantal kinderen in NL", 0, &n, &e), -1, "overflow refused");
	valerr_free(&e);
	CHECK_INT(validate_int_field("-", "Aantal kinderen in NL", 0, &n, &e), -1, "lone minus refused");
	valerr_free(&e);
}

/* A decimal field (PIP Uren): ',' or '.', the same under every locale.
 * Under nl_NL.UTF-8 strtod takes only "12,5", which once made the TUI
 * refuse every fraction on a Dutch desktop. */
static void decimal_cases(const char *when)
{
	static const struct { const char *in; int rc; double v; } cases[] = {
		{ "12,5", 0, 12.5 }, { " 12.5 ", 0, 12.5 }, { "160", 0, 160 }, { "0", 0, 0 },
		{ "0,25", 0, 0.25 }, { "", 0, -1 }, { "-3", -1, -1 }, { "1,2,3", -1, -1 },
		{ "12 uur", -1, -1 }, { ",", -1, -1 }, { "1e3", -1, -1 },
	};
	valerr e = { 0 };
	char d[80];

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		double v = 99;
		int rc = validate_decimal_field(cases[i].in, "Uren", &v, &e);
		snprintf(d, sizeof d, "%s: '%s' -> %d, %g", when, cases[i].in, cases[i].rc, cases[i].v);
		CHECK(rc == cases[i].rc && v == cases[i].v, d);
		if (rc != 0)
			CHECK(has_one(&e, "Uren", "is geen getal (bijvoorbeeld 40 of 12,5)"), "  melding");
		valerr_free(&e);
	}
}

static void test_decimal(void)
{
	const char *path = getenv("CASUS_NL_LOCPATH");
	char buf[16];

	decimal_cases("C");
	/* the locale the Makefile builds for the tests (glibc reads LOCPATH
	 * at every setlocale) */
	if (path)
		setenv("LOCPATH", path, 1);
	CHECK(setlocale(LC_NUMERIC, "nl_NL.UTF-8") != NULL, "nl_NL.UTF-8 beschikbaar (CASUS_NL_LOCPATH)");
	snprintf(buf, sizeof buf, "%.1f", 12.5);
	CHECK_STR(buf, "12,5", "  printf schrijft daar een decimale komma");
	decimal_cases("nl_NL");
	setlocale(LC_NUMERIC, "C");
	unsetenv("LOCPATH");
}

int main(void)
{
	setenv("CASUS_TODAY", "2025-10-31", 1);
	test_bsn();
	test_client();
	test_periods();
	test_hours_months();
	test_other_records();
	test_fields();
	test_decimal();
	return check_done();
}
