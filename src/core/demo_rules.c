/* demo_rules.c - the inburgering rules on view in a demo caseload (issue 15):
 * from DEMO_SHOWCASE_MIN clients on, the last DEMO_NSHOWCASE clients are
 * fixed cases, dated relative to today, each showing one rule of
 * docs/inburgering-regels.md (the PIP vastgesteld step's Notitie, or the
 * first step's, says which).  They are not in the startbanen regeling
 * (except the uitval case), so their Signalen are the inburgering's alone.
 *
 * Smaller caseloads (the tests' 60 clients) are unchanged: the showcase
 * replaces the last clients only, and draws no random numbers, so every
 * other client of the same seed stays as it was. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "demo_int.h"
#include "store.h"
#include "util.h"
#include "vocab.h"

/* One dated step of a case: days from today, or months + days from today
 * when months != 0 (the termijn and the ontzorgen count in months). */
typedef struct sstep {
	int stap, status;
	int months, days;
	int reden;
	double uren;
	int end_months, end_days;   /* einddatum; both 0 = none */
	const char *notitie;
} sstep;

typedef struct showcase {
	const char *voornaam, *achternaam, *land, *talen;
	int geslacht, programma, doelgroep, regime;
	int participant;            /* with an uitval 20 days ago */
	int einde_inb_days;         /* einde inburgering, days from today; 0 = none */
	sstep st[6];
} showcase;

#define G PIPSTATUS_GEDAAN
#define P PIPSTATUS_GEPLAND
#define T3 (-36)                /* the termijn: three years back */

static const showcase SHOW[DEMO_NSHOWCASE] = {
	{ "Rahel", "Tesfamariam", "Eritrea", "Tigrinya", DEMO_VROUW, INBURG_B1,
	  DOELGROEP_ASIEL, REGIME_WI2021, 1, 0,
	  { { PIP_VASTGESTELD, G, T3, -15, 0, -1, 0, 0,
	      "Voorbeeld: uitval uit de startbanen regeling; de inburgering loopt door "
	      "(termijn verlopen)." } } },
	{ "Samir", "Haddad", "Syrië", "Arabisch", DEMO_MAN, INBURG_B1,
	  DOELGROEP_ASIEL, REGIME_WI2021, 0, 40,
	  { { PIP_VASTGESTELD, G, T3, 60, 0, -1, 0, 0,
	      "Voorbeeld: einde inburgering over 40 dagen; tot die datum lopen de "
	      "signalen door." },
	    { PIP_MAP_AFGEROND, G, 0, -200, 0, 40, 0, 0, NULL },
	    { PIP_PVT_AFGEROND, G, 0, -150, 0, 4, 0, 0, NULL },
	    { PIP_KNM, G, 0, -100, 0, -1, 0, 0, NULL } } },
	{ "Hamid", "Noori", "Afghanistan", "Dari, Pasjtoe", DEMO_MAN, INBURG_NIET_TOEGEKEND,
	  DOELGROEP_ASIEL, REGIME_WI2021, 0, 0,
	  { { PIP_INSCHRIJVING, G, 0, -85, 0, -1, 0, 0,
	      "Voorbeeld: nog geen PIP, dus nog geen inburgeringstermijn (alleen "
	      "'PIP te laat')." } } },
	{ "Meron", "Habte", "Eritrea", "Tigrinya", DEMO_VROUW, INBURG_NIET_TOEGEKEND,
	  DOELGROEP_ASIEL, REGIME_WI2021, 0, 0,
	  { { PIP_INSCHRIJVING, G, 0, -250, 0, -1, 0, 0, "Eerste inschrijving: azc." },
	    { PIP_INSCHRIJVING, G, 0, -62, 0, -1, 0, 0,
	      "Voorbeeld: inschrijving in deze gemeente; de 10 weken tellen vanaf de "
	      "laatste inschrijving." } } },
	{ "Yusuf", "Al-Amin", "Syrië", "Arabisch, Engels", DEMO_MAN, INBURG_ONDERWIJS,
	  DOELGROEP_ASIEL, REGIME_WI2021, 0, 0,
	  { { PIP_VASTGESTELD, G, -18, 9, 0, -1, 0, 0,
	      "Voorbeeld: onderwijsroute; de 18-maandengrens voor een wissel geldt "
	      "niet." } } },
	{ "Nadia", "Rahimi", "Afghanistan", "Dari", DEMO_VROUW, INBURG_ZROUTE,
	  DOELGROEP_ASIEL, REGIME_WI2021, 0, 0,
	  { { PIP_VASTGESTELD, G, -18, 12, 0, -1, 0, 0,
	      "Voorbeeld: leerroute gewijzigd; het signaal over de wissel vervalt." },
	    { PIP_GEWIJZIGD, G, 0, -20, PIPREDEN_LEERROUTE, -1, 0, 0,
	      "Van B1-route naar Z-route." },
	    { PIP_VOORTGANGSGESPREK, G, 0, -20, 0, -1, 0, 0, NULL } } },
	{ "Amina", "Yusuf", "Somalië", "Somalisch", DEMO_VROUW, INBURG_B1,
	  DOELGROEP_ASIEL, REGIME_WI2021, 0, 0,
	  { { PIP_VASTGESTELD, G, 0, -170, 0, -1, 0, 0,
	      "Voorbeeld: ontzorgen bijna 6 maanden; tijd om te besluiten over "
	      "voortzetten." },
	    { PIP_ONTZORGEN_START, G, -6, 12, 0, -1, 0, 0, NULL },
	    { PIP_VOORTGANGSGESPREK, G, 0, -30, 0, -1, 0, 0, NULL } } },
	{ "Tesfay", "Gebru", "Eritrea", "Tigrinya", DEMO_MAN, INBURG_B1,
	  DOELGROEP_ASIEL, REGIME_WI2021, 0, 0,
	  { { PIP_VASTGESTELD, G, -9, 0, 0, -1, 0, 0,
	      "Voorbeeld: ontzorgen voortgezet tot een datum; daarna opnieuw besluiten." },
	    { PIP_ONTZORGEN_START, G, -8, 0, 0, -1, 0, 0, NULL },
	    { PIP_BESLUIT_ONTZORGEN, G, -2, 0, 0, -1, 0, 20, "Voortgezet: huur en energie." },
	    { PIP_VOORTGANGSGESPREK, G, 0, -30, 0, -1, 0, 0, NULL } } },
	{ "Farida", "Sultani", "Afghanistan", "Dari", DEMO_VROUW, INBURG_B1,
	  DOELGROEP_ASIEL, REGIME_WI2021, 0, 0,
	  { { PIP_VASTGESTELD, G, T3, 0, 0, -1, 0, 0,
	      "Voorbeeld: vandaag is de laatste dag van de termijn (PIP-datum + 3 "
	      "jaar, art. 11 Wi2021)." },
	    { PIP_MAP_AFGEROND, G, 0, -300, 0, 40, 0, 0, NULL },
	    { PIP_KNM, G, 0, -200, 0, -1, 0, 0, NULL },
	    { PIP_VOORTGANGSGESPREK, G, 0, -30, 0, -1, 0, 0, NULL } } },
	{ "Oleksandr", "Melnyk", "Oekraïne", "Oekraïens, Russisch", DEMO_MAN, INBURG_B1,
	  DOELGROEP_OVERIG, REGIME_WI2021, 0, 0,
	  { { PIP_VASTGESTELD, G, T3, -60, 0, -1, 0, 0,
	      "Voorbeeld: termijn verlengd door DUO; niet meer verlopen." },
	    { PIP_TERMIJN_VERLENGD, G, 0, -80, 0, -1, 0, 120, NULL },
	    { PIP_MAP_AFGEROND, G, 0, -300, 0, 40, 0, 0, NULL },
	    { PIP_PVT_AFGEROND, G, 0, -250, 0, -1, 0, 0, NULL },
	    { PIP_VOORTGANGSGESPREK, G, 0, -30, 0, -1, 0, 0, NULL } } },
	{ "Gul", "Ahmadzai", "Afghanistan", "Pasjtoe", DEMO_VROUW, INBURG_B1,
	  DOELGROEP_ASIEL, REGIME_WI2021, 0, 0,
	  { { PIP_VASTGESTELD, G, T3, -30, 0, -1, 0, 0,
	      "Voorbeeld: ontheffing door DUO; geen inburgeringssignalen meer." },
	    { PIP_ONTHEFFING, G, 0, -15, 0, -1, 0, 0, "Medische ontheffing." } } },
	{ "Bilal", "Qasim", "Irak", "Arabisch, Koerdisch", DEMO_MAN, INBURG_B1,
	  DOELGROEP_ASIEL, REGIME_WI2021, 0, 0,
	  { { PIP_VASTGESTELD, G, T3, 75, 0, -1, 0, 0,
	      "Voorbeeld: taalles pas na 5 maanden gestart, dus verlenging kan; "
	      "MAP, PVT en KNM ontbreken nog." },
	    { PIP_TAALAANBOD, G, T3, 225, 0, -1, 0, 0, NULL },
	    { PIP_MAP_GESTART, G, 0, -60, 0, 24, 0, 0, NULL },
	    { PIP_VOORTGANGSGESPREK, G, 0, -30, 0, -1, 0, 0, NULL } } },
	{ "Lindiwe", "Dube", "Zimbabwe", "Engels, Shona", DEMO_VROUW, INBURG_B1,
	  DOELGROEP_GEZIN, REGIME_WI2013, 0, 0,
	  { { PIP_EINDDATUM_DUO, G, 0, -900, 0, -1, 0, 90,
	      "Voorbeeld: gezinsmigrant onder de Wi2013; alleen DUO's einddatum telt." } } },
	{ "Kidane", "Berhe", "Eritrea", "Tigrinya", DEMO_MAN, INBURG_ZROUTE,
	  DOELGROEP_ASIEL, REGIME_WI2021, 0, 0,
	  { { PIP_VASTGESTELD, G, T3, 100, 0, -1, 0, 0,
	      "Voorbeeld: Z-route in de laatste maanden; eindgesprek nog niet gepland. "
	      "Voortgangsgesprek gepland." },
	    { PIP_MAP_AFGEROND, G, 0, -150, 0, 40, 0, 0, NULL },
	    { PIP_PVT_AFGEROND, G, 0, -120, 0, -1, 0, 0, NULL },
	    { PIP_VOORTGANGSGESPREK, G, 0, -100, 0, -1, 0, 0, NULL },
	    { PIP_VOORTGANGSGESPREK, P, 0, 9, 0, -1, 0, 0, NULL } } },
};

#undef G
#undef P

static cdate when(cdate today, int months, int days)
{
	return (months ? cdate_add_months(today, months) : today) + days;
}

static int save_steps(demo_ctx *x, const showcase *s, int64_t client_id)
{
	for (int k = 0; k < NELEM(s->st) && s->st[k].stap; k++) {
		const sstep *q = &s->st[k];
		pip_step p;
		int rc;

		pip_step_init(&p);
		p.client_id = client_id;
		p.stap = q->stap;
		p.status = q->status;
		p.datum = when(x->today, q->months, q->days);
		p.reden = q->reden;
		p.uren = q->uren;
		if (q->end_months || q->end_days)
			p.einddatum = when(x->today, q->end_months, q->end_days);
		if (q->notitie)
			p.notitie = xstrdup(q->notitie);
		rc = store_pip_step_save(x->db, &p, &x->ve);
		pip_step_clear(&p);
		if (rc != CASUS_OK)
			return demo_fail(x, rc, "PIP-stap");
	}
	return CASUS_OK;
}

/* The uitval case: in the startbanen regeling since 400 days, dropped out
 * 20 days ago. */
static int save_uitval(demo_ctx *x, int64_t client_id)
{
	afsluiting a;
	int rc;

	afsluiting_init(&a);
	a.client_id = client_id;
	a.soort = AFSLUITING_UITVAL;
	a.datum = x->today - 20;
	a.reden = 1;
	rc = store_afsluiting_save(x->db, &a, &x->ve);
	afsluiting_clear(&a);
	return rc == CASUS_OK ? rc : demo_fail(x, rc, "uitval/einde");
}

static void fill_client(demo_ctx *x, int k, const showcase *s, client *c)
{
	const sstep *first = &s->st[0];

	c->klantnummer = demo_next_klantnummer(x);
	c->bsn = demo_next_bsn(x);
	c->voornaam = xstrdup(s->voornaam);
	c->achternaam = xstrdup(s->achternaam);
	c->geboortedatum = cdate_from_ymd(1975 + 2 * k, 1 + k % 12, 3 + k);
	c->geboortejaar = cdate_year(c->geboortedatum);
	c->land_herkomst = xstrdup(s->land);
	c->talen = xstrdup(s->talen);
	c->geslacht = s->geslacht;
	c->inburgeringsprogramma = s->programma;
	c->doelgroep = s->doelgroep;
	c->regime = s->regime;
	c->regiehouder_id = x->cons_id[x->own];
	if (first->stap == PIP_VASTGESTELD)
		c->start_inburgering = when(x->today, first->months, first->days) + 1;
	else if (first->stap == PIP_INSCHRIJVING)      /* from an older system */
		c->start_inburgering = x->today - 300;
	if (s->einde_inb_days)
		c->einde_inburgering = x->today + s->einde_inb_days;
	if (s->participant) {
		c->startbanen = 1;
		c->deelname = DEELNAME_VRIJWILLIG;
		c->datum_instroom = x->today - 400;
	}
}

int demo_showcase(demo_ctx *x, int k)
{
	const showcase *s;
	client c;
	int rc;

	assert(k >= 0 && k < DEMO_NSHOWCASE);
	s = &SHOW[k];
	client_init(&c);
	fill_client(x, k, s, &c);
	rc = store_client_save(x->db, &c, &x->ve);
	for (int attempt = 0; rc == CASUS_INVALID && attempt < 50; attempt++) {
		valerr_free(&x->ve);           /* a klantnummer or BSN in use */
		free(c.klantnummer);
		free(c.bsn);
		c.klantnummer = demo_next_klantnummer(x);
		c.bsn = demo_next_bsn(x);
		rc = store_client_save(x->db, &c, &x->ve);
	}
	if (rc == CASUS_OK)
		rc = save_steps(x, s, c.id);
	if (rc == CASUS_OK && s->participant)
		rc = save_uitval(x, c.id);
	if (rc != CASUS_OK && x->ve.n)
		rc = demo_fail(x, rc, "klant");
	client_clear(&c);
	return rc;
}
