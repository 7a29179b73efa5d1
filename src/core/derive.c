/* derive.c - the derivation rules of registration-form.md ("Derivation
 * rules", "Evaluating as of P") as pure functions of a casefile and a
 * peildatum P.
 *
 * Conventions used throughout:
 *  - A dated record counts on P only when its start (or datum) is known and
 *    <= P.  A record without a start date cannot be placed in time and is
 *    treated as not started; the Controle sheet reports it as "ontbreekt".
 *  - A record is running on P when it started <= P and (end unknown or
 *    end > P).  An end exactly equal to P means it ended on P.
 *  - Derived values are Onbekend (code 0) only when a needed input is
 *    missing (or contradicts itself, e.g. an end before the start). */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "derive.h"
#include "util.h"

int derive_op(cdate datum, cdate d)
{
	return datum != CDATE_NONE && datum <= d;
}

static int started(cdate start, cdate P)
{
	return derive_op(start, P);
}

static int running(cdate start, cdate einde, cdate P)
{
	return started(start, P) && !derive_op(einde, P);
}

static int ended(cdate start, cdate einde, cdate P)
{
	return started(start, P) && derive_op(einde, P);
}

int derive_is_deelnemer(const client *c, cdate P)
{
	if (!c || c->startbanen != 1)
		return 0;
	return c->datum_instroom == CDATE_NONE || c->datum_instroom <= P;
}

int derive_leeftijdsgroep(cdate geboortedatum, int geboortejaar, cdate P)
{
	int age;

	if (geboortedatum != CDATE_NONE)
		age = cdate_age(geboortedatum, P);
	else if (geboortejaar > 0)
		age = cdate_year(P) - geboortejaar;
	else
		return VOCAB_ONBEKEND;
	if (age < 0)            /* born after P: contradictory input */
		return VOCAB_ONBEKEND;
	if (age < 25)
		return LEEFTIJD_ONDER_25;
	if (age < 45)
		return LEEFTIJD_25_44;
	if (age < 65)
		return LEEFTIJD_45_64;
	return LEEFTIJD_65_PLUS;
}

int derive_periode(cdate d)
{
	if (d == CDATE_NONE)
		return VOCAB_ONBEKEND;
	if (d < cdate_from_ymd(2018, 1, 1))
		return PERIODE_VOOR_2018;
	if (d <= cdate_from_ymd(2021, 12, 31))
		return PERIODE_2018_2021;
	return PERIODE_VANAF_2022;
}

int derive_kinderen(int n)
{
	if (n < 0)
		return VOCAB_ONBEKEND;
	if (n > 3)
		return KINDEREN_MEER_DAN_3;
	return KINDEREN_0 + n;
}

int derive_status_inburgering(const client *c, cdate P)
{
	if (c->start_inburgering == CDATE_NONE)
		return c->inburgeringsprogramma == INBURG_NIET_TOEGEKEND ?
			STATUS_NOG_NIET : VOCAB_ONBEKEND;
	if (c->start_inburgering > P)
		return STATUS_NOG_NIET;
	if (derive_op(c->einde_inburgering, P))
		return STATUS_AFGEROND;
	return STATUS_GESTART;
}

int derive_situatie_activiteit(const casefile *cf, cdate P)
{
	size_t i;
	int any_ended = 0;

	/* rule 5: a startbaan running on P */
	for (i = 0; i < cf->nsb; i++)
		if (running(cf->sb[i].start, cf->sb[i].einde, P))
			return SIT_STARTBAAN;
	/* rule 6: a voortraject running on P */
	for (i = 0; i < cf->nvt; i++)
		if (running(cf->vt[i].start, cf->vt[i].einde, P))
			return SIT_VOORTRAJECT;
	/* rule 7: something ended <= P, or no voortraject needed */
	for (i = 0; i < cf->nvt; i++)
		if (ended(cf->vt[i].start, cf->vt[i].einde, P))
			any_ended = 1;
	for (i = 0; i < cf->nsb; i++)
		if (ended(cf->sb[i].start, cf->sb[i].einde, P))
			any_ended = 1;
	if (any_ended || cf->c.voortraject_niet_nodig == 1)
		return SIT_BEMIDDELING;
	/* rule 8 */
	return SIT_NOG_VOORTRAJECT;
}

const afsluiting *derive_afgesloten_op(const casefile *cf, int soort, cdate d)
{
	size_t i;

	for (i = 0; i < cf->naf; i++)
		if ((soort == 0 || cf->af[i].soort == soort) &&
		    derive_op(cf->af[i].datum, d))
			return &cf->af[i];
	return NULL;
}

int derive_inburgering_klaar_op(const casefile *cf, cdate d)
{
	size_t i;

	if (derive_op(cf->c.einde_inburgering, d))
		return 1;
	for (i = 0; i < cf->npip; i++) {
		const pip_step *p = &cf->pip[i];
		if ((p->stap == PIP_INBURGERING_AFGEROND || p->stap == PIP_ONTHEFFING) &&
		    p->status == PIPSTATUS_GEDAAN && derive_op(p->datum, d))
			return 1;
	}
	return 0;
}

int derive_situatie(const casefile *cf, cdate P)
{
	size_t i;

	if (cf->c.datum_instroom == CDATE_NONE)                 /* rule 1 */
		return VOCAB_ONBEKEND;
	if (derive_afgesloten_op(cf, AFSLUITING_UITVAL, P))             /* rule 2 */
		return SIT_UITVAL;
	if (derive_afgesloten_op(cf, AFSLUITING_EINDE, P))              /* rule 3 */
		return SIT_EINDE;
	for (i = 0; i < cf->noh; i++)                            /* rule 4 */
		if (running(cf->oh[i].start, cf->oh[i].einde, P))
			return SIT_ON_HOLD;
	return derive_situatie_activiteit(cf, P);                /* 5-8 */
}

int derive_duur_voortraject(const voortraject *v, cdate P, int *dagen)
{
	int n;

	if (dagen)
		*dagen = -1;
	if (!v || !started(v->start, P))
		return VOCAB_ONBEKEND;
	if (v->einde == CDATE_NONE || v->einde > P)
		return DUURVT_BEZIG;
	n = v->einde - v->start;
	if (n < 0)              /* end before start: Controle reports it */
		return VOCAB_ONBEKEND;
	if (dagen)
		*dagen = n;
	if (n < 30)
		return DUURVT_MINDER_30;
	if (n < 60)
		return DUURVT_30_59;
	if (n < 90)
		return DUURVT_60_89;
	return DUURVT_90_PLUS;
}

int derive_duur_overeenkomst(int maanden)
{
	if (maanden < 1)
		return VOCAB_ONBEKEND;
	if (maanden <= 6)
		return DUUROVK_1_6;
	if (maanden <= 12)
		return DUUROVK_7_12;
	if (maanden <= 24)
		return DUUROVK_13_24;
	return DUUROVK_25_PLUS;
}

int derive_uren(double uren)
{
	/* 0 < h <= 40; anything else is missing or refused input */
	if (!(uren > 0) || uren > 40)
		return VOCAB_ONBEKEND;
	if (uren <= 16)
		return UREN_0_16;
	if (uren <= 24)
		return UREN_17_24;
	if (uren <= 32)
		return UREN_25_32;
	return UREN_33_40;
}

/* The fase on hold is the situatie (rules 5-8) on the day before the
 * on-hold start.  Note the boundary: a voortraject that ended on day D and
 * an on-hold period starting on D+1 are evaluated on D, where end == D
 * means "ended" (running needs end > day), so rule 7 gives In bemiddeling
 * and the fase is "Tijdens bemiddeling", not "Tijdens voortraject". */
int derive_fase_onhold(const casefile *cf, const onhold *o)
{
	if (!o || o->start == CDATE_NONE)
		return VOCAB_ONBEKEND;
	switch (derive_situatie_activiteit(cf, o->start - 1)) {
	case SIT_VOORTRAJECT:     return FASE_VOORTRAJECT;
	case SIT_STARTBAAN:       return FASE_STARTBAAN;
	case SIT_BEMIDDELING:     return FASE_BEMIDDELING;
	case SIT_NOG_VOORTRAJECT: return FASE_TUSSEN;
	default:                  return VOCAB_ONBEKEND;
	}
}

int derive_duur_onhold(const onhold *o, cdate P)
{
	cdate to;
	int m;

	if (!o || !started(o->start, P))
		return VOCAB_ONBEKEND;
	to = (o->einde != CDATE_NONE && o->einde <= P) ? o->einde : P;
	if (to < o->start)      /* end before start: Controle reports it */
		return VOCAB_ONBEKEND;
	m = cdate_full_months(o->start, to);
	if (m <= 3)
		return DUUROH_0_3;
	if (m <= 6)
		return DUUROH_4_6;
	if (m <= 12)
		return DUUROH_7_12;
	return DUUROH_13_PLUS;
}

int derive_activiteit_kolom(int soort)
{
	if (soort >= 1 && soort <= N_ACTIVITEIT)
		return soort;
	if (soort > N_ACTIVITEIT && vocab_index(VOCAB_ACTIVITEIT, soort) >= 0)
		return ACTIVITEIT_ANDERS;
	return 0;
}

/* Weeks of the activities of v whose code (by_kolom 0) or registration
 * column (by_kolom 1) is `which`, up to P; -1 when none started <= P. */
static double weken(const voortraject *v, int which, int by_kolom, cdate P)
{
	long days = 0;
	int any = 0;
	size_t i;

	if (!v)
		return -1;
	for (i = 0; i < v->nact; i++) {
		const activiteit *a = &v->act[i];
		int key = by_kolom ? derive_activiteit_kolom(a->soort) : a->soort;
		cdate to;

		if (key != which || !started(a->start, P))
			continue;
		any = 1;
		to = (a->einde != CDATE_NONE && a->einde < P) ? a->einde : P;
		if (to > a->start)
			days += to - a->start;
	}
	if (!any)
		return -1;
	/* tenths of weeks, rounded half up: round(days * 10 / 7).  With whole
	 * days an exact half cannot occur, but the formula rounds up anyway. */
	return (double)((days * 20 + 7) / 14) / 10.0;
}

double derive_activiteit_weken(const voortraject *v, int soort, cdate P)
{
	return weken(v, soort, 0, P);
}

double derive_activiteit_kolom_weken(const voortraject *v, int kolom, cdate P)
{
	assert(kolom >= 1 && kolom <= N_ACTIVITEIT);
	return weken(v, kolom, 1, P);
}

int derive_aantal_startbanen(size_t n)
{
	if (n == 0)
		return NSTARTBANEN_GEEN;
	if (n > 3)
		return NSTARTBANEN_MEER;
	return NSTARTBANEN_GEEN + (int)n;
}

/* (start, id, position) order: is a before b? */
static int before(cdate sa, int64_t ia, size_t pa, cdate sb, int64_t ib, size_t pb)
{
	if (sa != sb)
		return sa < sb;
	if (ia != ib)
		return ia < ib;
	return pa < pb;
}

static int cmp_sb(const void *x, const void *y)
{
	const startbaan *a = *(const startbaan * const *)x;
	const startbaan *b = *(const startbaan * const *)y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->id != b->id)
		return a->id < b->id ? -1 : 1;
	return a < b ? -1 : (a > b); /* same array: position order */
}

void derive_all(const casefile *cf, cdate P, derived *d)
{
	const client *c = &cf->c;
	size_t i, best;
	int k;

	memset(d, 0, sizeof *d);
	d->deelnemer = derive_is_deelnemer(c, P);
	d->geboortejaar = c->geboortejaar > 0 ? c->geboortejaar :
		(c->geboortedatum != CDATE_NONE ? cdate_year(c->geboortedatum) : 0);
	d->leeftijdsgroep = derive_leeftijdsgroep(c->geboortedatum, c->geboortejaar, P);
	d->periode_vergunning = derive_periode(c->datum_verblijfsvergunning);
	d->kinderen = derive_kinderen(c->aantal_kinderen);
	d->status_inburgering = derive_status_inburgering(c, P);
	d->periode_inburgering = derive_periode(c->start_inburgering);
	d->situatie = derive_situatie(cf, P);

	/* voortraject: the latest that started <= P */
	best = (size_t)-1;
	for (i = 0; i < cf->nvt; i++) {
		const voortraject *v = &cf->vt[i];
		if (!started(v->start, P))
			continue;
		if (best == (size_t)-1 ||
		    before(cf->vt[best].start, cf->vt[best].id, best, v->start, v->id, i))
			best = i;
	}
	d->vt_dagen = -1;
	for (k = 0; k <= N_ACTIVITEIT; k++)
		d->act_weken[k] = -1;
	if (best != (size_t)-1) {
		const voortraject *v = &cf->vt[best];
		d->vt = v;
		d->vt_gestart = JANEE_JA;
		d->vt_afgerond = ended(v->start, v->einde, P) ? JANEE_JA : JANEE_NEE;
		d->duur_vt = derive_duur_voortraject(v, P, &d->vt_dagen);
		for (k = 1; k <= N_ACTIVITEIT; k++)
			d->act_weken[k] = derive_activiteit_kolom_weken(v, k, P);
	} else {
		d->vt_gestart = JANEE_NEE;
	}

	/* startbanen that started <= P, in start order */
	if (cf->nsb) {
		const startbaan **tmp = xmalloc(cf->nsb * sizeof *tmp);
		size_t n = 0;

		for (i = 0; i < cf->nsb; i++)
			if (started(cf->sb[i].start, P))
				tmp[n++] = &cf->sb[i];
		qsort(tmp, n, sizeof *tmp, cmp_sb);
		for (i = 0; i < n && i < 16; i++)
			d->sb[i] = tmp[i];
		d->nsb = n;
		d->sb_laatste = n ? tmp[n - 1] : NULL;
		free(tmp);
	}

	/* on hold */
	best = (size_t)-1;
	for (i = 0; i < cf->noh; i++) {
		const onhold *o = &cf->oh[i];
		if (!started(o->start, P))
			continue;
		if (best == (size_t)-1 ||
		    before(cf->oh[best].start, cf->oh[best].id, best, o->start, o->id, i))
			best = i;
	}
	if (best != (size_t)-1) {
		d->onhold_geweest = ONHOLD_GEWEEST_JA;
		d->oh = &cf->oh[best];
		d->fase_onhold = derive_fase_onhold(cf, d->oh);
		d->duur_onhold = derive_duur_onhold(d->oh, P);
	} else {
		d->onhold_geweest = ONHOLD_GEWEEST_NEE;
	}

	d->uitval = derive_afgesloten_op(cf, AFSLUITING_UITVAL, P);
	d->einde = derive_afgesloten_op(cf, AFSLUITING_EINDE, P);
}
