/* demo_plan.c - the plan of a startbanen participant and the PIP steps of
 * the inburgering (see demo_int.h and the overview in demo.c).
 *
 * A plan is a list of phases counted in days from the instroom:
 * "nog voortraject nodig" -> voortraject -> bemiddeling -> startbaan
 * (-> bemiddeling -> startbaan ...), possibly interrupted by an on-hold
 * period and closed by uitval or einde. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "demo_int.h"
#include "vocab.h"

#define OPEN_LEN 400    /* how far an open-ended phase reaches for anchoring */

/* Where a plan stops: 0 nog voortraject, 1 voortraject running,
 * 2 bemiddeling, 3 startbaan running, 4 startbaan then bemiddeling,
 * 5 two startbanen (2nd running), 6 two then bemiddeling, 7 three. */
enum {
	STOP_NOG_VT, STOP_VT, STOP_BEMIDDELING, STOP_SB, STOP_SB_BEMIDDELING,
	STOP_SB2, STOP_SB2_BEMIDDELING, STOP_SB3
};

/* --- plans of participants --------------------------------------------------- */

static void plan_add(plan *p, int kind, int len, int rec)
{
	if (p->nph < MAX_PHASES) {
		p->ph[p->nph].kind = kind;
		p->ph[p->nph].len = len;
		p->ph[p->nph].rec = rec;
		p->ph[p->nph].start = 0;
		p->nph++;
	}
}

static int vt_len(rng *r)
{
	static const int w[3] = { 40, 80, 880 };

	switch (WPICK(r, w)) {
	case 0: return rnd(r, 30, 59);
	case 1: return rnd(r, 60, 89);
	default: return rnd(r, 90, 300);
	}
}

/* Contract length in months by Tabel 6 (-1 = unknown). */
static int pick_maanden(rng *r)
{
	static const int w[4] = { 197, 186, 595, 22 };
	static const int m712[] = { 7, 9, 12, 12, 12, 12, 6 + 6 };

	switch (WPICK(r, w)) {
	case 0: return -1;
	case 1: return rnd(r, 3, 6);
	case 2: return PICK(r, m712);
	default: return rnd(r, 13, 24);
	}
}

/* Where the plan stops (STOP_*), such that the target phase occurs. */
static int plan_stop(rng *r, int target, int special)
{
	static const int STOP_W[8] = { 8, 14, 16, 12, 30, 5, 10, 5 };
	int stop, minstop = STOP_NOG_VT, maxstop = STOP_SB3;

	switch (target) {
	case SIT_VOORTRAJECT: minstop = STOP_VT; break;
	case SIT_BEMIDDELING: minstop = STOP_BEMIDDELING; break;
	case SIT_STARTBAAN: minstop = STOP_SB; break;
	case SIT_EINDE: minstop = STOP_SB_BEMIDDELING; break;
	}
	if (special == SP_VT90)
		minstop = maxstop = STOP_VT;
	else if (special == SP_CONTRACT)
		minstop = maxstop = STOP_SB_BEMIDDELING;
	do
		stop = WPICK(r, STOP_W);
	while (stop < minstop || stop > maxstop);
	return stop;
}

/* The phases up to the stop: before the startbanen, then each startbaan
 * with the bemiddeling after it. */
static void plan_route(rng *r, int target, int special, int stop, plan *p)
{
	if (stop >= STOP_BEMIDDELING && target != SIT_NOG_VOORTRAJECT && target != SIT_VOORTRAJECT &&
	    special == SP_NONE && chance(r, 200))
		p->niet_nodig = 1;
	if (!p->niet_nodig) {
		plan_add(p, SIT_NOG_VOORTRAJECT, stop == STOP_NOG_VT ? -1 : rnd(r, 10, 120), 0);
		if (stop >= STOP_VT)
			plan_add(p, SIT_VOORTRAJECT, stop == STOP_VT ? -1 : vt_len(r), 0);
	}
	if (stop >= STOP_BEMIDDELING)
		plan_add(p, SIT_BEMIDDELING, stop == STOP_BEMIDDELING ? -1 : rnd(r, 14, 150), 0);
	p->nsb = stop >= STOP_SB ? (stop - 1) / 2 : 0;
	assert(p->nsb <= MAX_STARTBANEN);
	for (int k = 0; k < p->nsb; k++) {
		int m = pick_maanden(r), last = k == p->nsb - 1, open;

		if (special == SP_CONTRACT)
			m = rnd(r, 6, 12);
		open = last && (stop & 1);      /* 3, 5, 7: the last one runs on */
		if (open && m > 0 && chance(r, 500))
			m = -1;                 /* running without a known end */
		p->sb_maanden[k] = m;
		plan_add(p, SIT_STARTBAAN, open && m < 0 ? -1 :
			 m > 0 ? m * 30 + m / 2 : rnd(r, 120, 365), k);
		if (!last)
			plan_add(p, SIT_BEMIDDELING, rnd(r, 0, 60), 0);
		else if (!open)
			plan_add(p, SIT_BEMIDDELING, -1, 0);
	}
}

/* Closing: uitval or einde, always for those targets, sometimes after the
 * anchor for others. */
static void plan_close(rng *r, int target, int special, plan *p)
{
	phase *last;

	if (target == SIT_UITVAL)
		p->af = AFSLUITING_UITVAL;
	else if (target == SIT_EINDE)
		p->af = AFSLUITING_EINDE;
	else if (special == SP_NONE && chance(r, 80))
		p->af = chance(r, 500) ? AFSLUITING_UITVAL : AFSLUITING_EINDE;
	if (!p->af)
		return;
	assert(p->nph > 0);
	last = &p->ph[p->nph - 1];
	if (last->len < 0) {
		if (last->kind == SIT_STARTBAAN && p->sb_maanden[last->rec] < 0)
			last->len = rnd(r, 90, 365);
		else if (last->kind == SIT_BEMIDDELING && p->nsb > 0 && p->af == AFSLUITING_EINDE)
			last->len = rnd(r, 0, 45);
		else
			last->len = rnd(r, 10, 200);
	}
	p->af_after_sb = p->nsb > 0;
	plan_add(p, p->af == AFSLUITING_UITVAL ? SIT_UITVAL : SIT_EINDE, -1, 0);
}

/* On hold: interrupts one phase, which resumes afterwards. */
static void plan_onhold(rng *r, int target, int special, plan *p)
{
	int cand[MAX_PHASES], nc = 0, j, x, d, k;
	int with_oh = target == SIT_ON_HOLD || special == SP_OHLANG ||
		(special == SP_NONE && chance(r, 50));

	if (!with_oh || p->nph + 2 > MAX_PHASES)
		return;
	for (k = 0; k < p->nph; k++)
		if (p->ph[k].kind != SIT_UITVAL && p->ph[k].kind != SIT_EINDE &&
		    p->ph[k].len != 0 && p->ph[k].len != 1)
			cand[nc++] = k;
	if (nc == 0)
		return;
	j = cand[rnd(r, 0, nc - 1)];
	x = p->ph[j].len < 0 ? rnd(r, 0, 200) : rnd(r, 1, p->ph[j].len - 1);
	d = special == SP_OHLANG ? rnd(r, 200, 320) : rnd(r, 20, 250);
	memmove(&p->ph[j + 3], &p->ph[j + 1], (size_t)(p->nph - j - 1) * sizeof p->ph[0]);
	p->ph[j + 2] = p->ph[j];
	p->ph[j + 2].len = p->ph[j].len < 0 ? -1 : p->ph[j].len - x;
	p->ph[j].len = x;
	p->ph[j + 1].kind = SIT_ON_HOLD;
	p->ph[j + 1].len = d;
	p->ph[j + 1].rec = 0;
	p->nph += 2;
}

void demo_plan_make(rng *r, int target, int special, plan *p)
{
	int stop, k, t;

	memset(p, 0, sizeof *p);
	stop = plan_stop(r, target, special);
	plan_route(r, target, special, stop, p);
	plan_close(r, target, special, p);
	plan_onhold(r, target, special, p);
	for (k = 0, t = 0; k < p->nph; k++) {
		p->ph[k].start = t;
		if (p->ph[k].len > 0)
			t += p->ph[k].len;
	}
	assert(p->nph > 0 && p->nph <= MAX_PHASES);
}

int demo_plan_anchor(rng *r, const plan *p, int target, int special)
{
	int cand[MAX_PHASES], nc = 0, k;
	const phase *ph;
	int len;

	for (k = 0; k < p->nph; k++)
		if (p->ph[k].kind == target && p->ph[k].len != 0)
			cand[nc++] = k;
	if (nc == 0)
		return 0;
	ph = &p->ph[cand[rnd(r, 0, nc - 1)]];
	len = ph->len < 0 ? OPEN_LEN : ph->len;
	switch (special) {
	case SP_VT90:
		return ph->start + rnd(r, 95, 250);
	case SP_CONTRACT:
		return ph->start + ph->len - rnd(r, 1, 25);
	case SP_OHLANG:
		return ph->start + rnd(r, 100, len - 1);
	default:
		return ph->start + rnd(r, 0, len - 1);
	}
}

int demo_plan_span(const plan *p, int kind, int rec, cdate I, cdate *s, cdate *e)
{
	int first = -1, last = -1;

	for (int k = 0; k < p->nph; k++)
		if (p->ph[k].kind == kind && (kind != SIT_STARTBAAN || p->ph[k].rec == rec)) {
			if (first < 0)
				first = k;
			last = k;
		}
	if (first < 0)
		return 0;
	*s = I + p->ph[first].start;
	*e = p->ph[last].len < 0 ? CDATE_NONE : I + p->ph[last].start + p->ph[last].len;
	assert(*e == CDATE_NONE || *e >= *s);
	return 1;
}

/* --- PIP steps ----------------------------------------------------------------- */

static void ps_add(psteps *ps, int stap, cdate d, int reden, const char *res, double uren)
{
	if (ps->n < NELEM(ps->s) && d != CDATE_NONE) {
		pstep *x = &ps->s[ps->n++];
		x->stap = stap;
		x->datum = d;
		x->reden = reden;
		x->resultaat = res;
		x->uren = uren;
	}
}

static int cmp_pstep(const void *a, const void *b)
{
	const pstep *x = a, *y = b;

	if (x->datum != y->datum)
		return x->datum < y->datum ? -1 : 1;
	return x->stap - y->stap;
}

cdate demo_leerroute_pip(cdate today)
{
	cdate d = cdate_add_months(today + 15, -18) - 1;

	for (int k = 0; k < 60; k++) {
		cdate close = cdate_add_months(d + 1, 18);
		if (close > today && close - today <= 30)
			return d;
		d += close > today + 30 ? -1 : 1;
	}
	return d;
}

/* The intake steps (not every one was recorded: older ones came from
 * another system); returns the day the intake was completed. */
static cdate pip_intake(rng *r, int programma, int recent, cdate ins, psteps *ps)
{
	static const char *const LBT_RES[] = { "Onbekend", "Voldoende: B1-route haalbaar",
		"Laag: Z-route geadviseerd", "Hoog: onderwijsroute mogelijk", "Afgenomen" };
	cdate lbt, ia;

	if (chance(r, recent ? 300 : 100))
		ps_add(ps, PIP_KOPPELING, ins - rnd(r, 20, 120), 0, NULL, -1);
	ps_add(ps, PIP_INSCHRIJVING, ins, 0, NULL, -1);
	if (chance(r, recent ? 300 : 50))
		ps_add(ps, PIP_INTAKE_GESTART, ins + rnd(r, 3, 10), 0, NULL, -1);
	lbt = ins + rnd(r, 11, 35);
	ia = lbt + rnd(r, 3, 20);
	if (chance(r, recent ? 700 : 250)) {
		int res = programma <= INBURG_ONDERWIJS ? programma : INBURG_NIET_TOEGEKEND;

		assert(res >= 0 && res < NELEM(LBT_RES));
		ps_add(ps, PIP_LBT, lbt, 0, LBT_RES[res], -1);
	}
	if (chance(r, recent ? 500 : 150))
		ps_add(ps, PIP_INTAKE_AFGEROND, ia, 0, NULL, -1);
	return ia;
}

/* The day the PIP was set (forced for the signal scenarios). */
static cdate pip_date(rng *r, cdate today, int pf, cdate ins, cdate ia)
{
	cdate pip;

	switch (pf) {
	case PF_PIP_NEAR: pip = ins + 66; break;
	case PF_PIP_PAST: pip = ins + 95; break;
	case PF_TERMIJN: pip = cdate_add_months(today, -32); break;
	case PF_LEERROUTE: pip = demo_leerroute_pip(today); break;
	case PF_VOORTGANG: pip = today - 240; break;
	default: pip = ins + (chance(r, 850) ? rnd(r, 40, 70) : rnd(r, 71, 110)); break;
	}
	return pip < ia ? ia + 1 : pip;
}

/* Ontzorgen for those on benefit: six months of fixed costs. */
static void pip_ontzorgen(rng *r, cdate today, int uitkering, int pf, int recent, cdate ins, psteps *ps)
{
	cdate os;

	if (!((uitkering == JANEE_JA && (recent || chance(r, 250))) || pf == PF_ONTZORGEN))
		return;
	os = pf == PF_ONTZORGEN ? cdate_add_months(today, -6) + 12 : ins + rnd(r, 0, 14);
	ps_add(ps, PIP_ONTZORGEN_START, os, 0, NULL, -1);
	if (pf == PF_NONE && chance(r, 980))
		ps_add(ps, PIP_ONTZORGEN_EINDE, cdate_add_months(os, 6), 0, NULL, -1);
	else if (pf != PF_NONE && cdate_add_months(os, 6) > today)
		ps_add(ps, PIP_ONTZORGEN_EINDE, cdate_add_months(os, 6), 0, NULL, -1);
}

/* The end of the inburgering (only in unforced scenarios). */
static void pip_end(rng *r, cdate today, int programma, pipdates *pd, psteps *ps)
{
	cdate stop = CDATE_NONE, d;

	if (programma == INBURG_ZROUTE) {
		d = pd->pip + rnd(r, 850, 1050);
		ps_add(ps, PIP_EINDGESPREK_Z, d, 0, NULL, -1);
		if (chance(r, 800))
			stop = d + rnd(r, 7, 30);
	} else if (programma == INBURG_B1 && chance(r, 600)) {
		stop = pd->pip + rnd(r, 600, 1050);
	} else if (programma == INBURG_ONDERWIJS && chance(r, 700)) {
		stop = pd->pip + rnd(r, 500, 700);
	}
	if (stop != CDATE_NONE) {
		ps_add(ps, PIP_INBURGERING_AFGEROND, stop, 0, NULL, -1);
		if (stop <= today)
			pd->einde_inb = stop;
	}
}

/* The modules (MAP, PVT, KNM) and sometimes a PIP change. */
static void pip_modules(rng *r, cdate today, int programma, int pf, int recent, cdate pip, psteps *ps)
{
	if (programma == INBURG_B1 || programma == INBURG_ZROUTE) {
		cdate d = pip + rnd(r, 60, 270);
		cdate map_end = d + rnd(r, 60, 200);

		if (map_end > today || chance(r, 100))
			ps_add(ps, PIP_MAP_GESTART, d, 0, NULL, -1);
		if (chance(r, recent ? 600 : 350))
			ps_add(ps, PIP_MAP_AFGEROND, map_end, 0, NULL, rnd(r, 40, 90));
	}
	if (programma != INBURG_ONDERWIJS && chance(r, recent ? 450 : 300))
		ps_add(ps, PIP_PVT_AFGEROND, pip + rnd(r, 120, 450), 0, NULL, -1);
	if (programma == INBURG_B1 && chance(r, recent ? 450 : 300))
		ps_add(ps, PIP_KNM, pip + rnd(r, 200, 700), 0, NULL, -1);
	if (pf == PF_NONE && chance(r, 100)) {
		static const int W_PREDEN[5] = { 5, 40, 30, 10, 15 };
		ps_add(ps, PIP_GEWIJZIGD, pip + rnd(r, 60, 500), WPICK(r, W_PREDEN), NULL, -1);
	}
}

/* Voortgangsgesprekken every 10-17 weeks while the inburgering runs; only
 * the last one or two are recorded (older ones were not migrated), and
 * often the next one is planned. */
static void pip_voortgang(rng *r, cdate today, int pf, const pipdates *pd, psteps *ps)
{
	cdate vgs[64], vg, last_vg, d;
	int nvg = 0;

	last_vg = pf == PF_VOORTGANG ? today - 120 : chance(r, 100) ? today - rnd(r, 92, 200) : today;
	if (pd->einde_inb != CDATE_NONE && pd->einde_inb < last_vg)
		last_vg = pd->einde_inb;
	for (vg = pd->pip + rnd(r, 70, 120); vg <= last_vg && nvg < NELEM(vgs); vg += rnd(r, 70, 120))
		vgs[nvg++] = vg;
	for (int k = nvg >= 2 && chance(r, 150) ? nvg - 2 : nvg - 1; k >= 0 && k < nvg; k++)
		ps_add(ps, PIP_VOORTGANGSGESPREK, vgs[k], 0, NULL, -1);
	if (pd->einde_inb == CDATE_NONE && pf != PF_VOORTGANG && pd->pip <= today && chance(r, 500)) {
		d = (nvg ? vgs[nvg - 1] : pd->pip) + rnd(r, 80, 91);
		ps_add(ps, PIP_VOORTGANGSGESPREK, d > today ? d : today + rnd(r, 1, 21), 0, NULL, -1);
	}
}

void demo_pip_plan(rng *r, cdate today, int programma, int uitkering, int pf,
		   pipdates *pd, psteps *ps)
{
	cdate ins = pd->ins, ia;
	int recent;

	ps->n = 0;
	pd->pip = CDATE_NONE;
	pd->einde_inb = CDATE_NONE;
	if (ins == CDATE_NONE)
		return;
	recent = today - ins < 550;
	ia = pip_intake(r, programma, recent, ins, ps);
	pd->pip = pip_date(r, today, pf, ins, ia);
	assert(pd->pip >= ia);
	ps_add(ps, PIP_VASTGESTELD, pd->pip, 0, NULL, -1);
	pip_ontzorgen(r, today, uitkering, pf, recent, ins, ps);
	if (pf == PF_NONE)
		pip_end(r, today, programma, pd, ps);
	pip_modules(r, today, programma, pf, recent, pd->pip, ps);
	pip_voortgang(r, today, pf, pd, ps);
	qsort(ps->s, (size_t)ps->n, sizeof ps->s[0], cmp_pstep);
	assert(pd->einde_inb == CDATE_NONE || pd->einde_inb <= today);
}
