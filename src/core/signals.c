/* signals.c - what needs attention on a given day (domain.md, "Signals";
 * docs/inburgering-regels.md gives the law behind the inburgering rules).
 *
 * Every signal is computed from dated records as of `today`; PIP steps
 * count only with status gedaan and a date <= today (gepland and vervallen
 * steps are ignored, except a planned voortgangsgesprek).  Whether
 * something has ended on a day is derive_op()/derive_afgesloten_op()/
 * derive_inburgering_klaar_op(), the same notion the registration uses: a
 * future date ends nothing before it.
 *
 * Two separate duties: an uitval or einde in the startbanen regeling
 * (dated <= today) ends only the startbaan-related signals (VOORTRAJECT_90,
 * CONTRACT_EINDE, ON_HOLD_LANG, REGISTRATIE); the inburgering signals go
 * on until the inburgeringsplicht ends (einde inburgering, "Inburgering
 * afgerond" or "Ontheffing (DUO)").  A Wi2013 client gets no Wi2021 signals
 * (PIP, leerroute, voortgang, ontzorgen, nog te doen); only the termijn
 * when DUO's einddatum is recorded.
 *
 * The rules, with N the setting of the signal:
 *  PIP_TERMIJN     no PIP vastgesteld, latest inschrijving + 70 days =
 *                  deadline; deadline - today <= N -> BINNENKORT, < 0 ->
 *                  VERLOPEN.
 *  INBURG_TERMIJN  termijn start S = day after the first PIP vastgesteld
 *                  (no PIP, no termijn); last day E = S + 3 years - 1 day
 *                  (= the dagtekening's date three years on), or DUO's
 *                  einddatum of the latest "Einddatum DUO vastgelegd" /
 *                  "Termijn verlengd (DUO)".  today >= E - N months ->
 *                  BINNENKORT, today > E -> VERLOPEN.  While BINNENKORT and
 *                  the language offer started more than 3 months after the
 *                  PIP (onderwijsroute 6), the text says a verlenging can
 *                  be requested.
 *  TERMIJN_TODO    same window up to E: MAP not afgerond or under 40 hours
 *                  (B1, Z-route), PVT not done, KNM not done (B1),
 *                  eindgesprek not planned (Z-route).
 *  LEERROUTE       window closes S + 18 months; 0 <= close - today <= N;
 *                  not for the onderwijsroute, not after a gedaan "PIP
 *                  gewijzigd" with reden Andere leerroute.
 *  ONTZORGEN       latest ontzorgen start without a later einde step; the
 *                  decision moment M = start + 6 months, or the date until
 *                  which a "Besluit ontzorgen" continued it (a decision
 *                  without einddatum ends it); M - today <= N, and after M
 *                  until a decision is recorded.  Not for a doelgroep other
 *                  than asielstatushouder.
 *  VOORTGANG       PIP vastgesteld, inburgering running, and the latest
 *                  voortgangsgesprek (or PIP vastgesteld) L has
 *                  L + 7N <= today ("none in the last N weeks"); a
 *                  gesprek planned on or after today shows its date
 *                  instead, until that date has passed.
 *  VOORTRAJECT_90  a voortraject running on today for >= N days.
 *  CONTRACT_EINDE  a startbaan end date with today <= end <= today + N.
 *  ON_HOLD_LANG    an on-hold period running on today for more than N
 *                  months: today > start + N months.
 *  REGISTRATIE     deelnemer on the next 31 oktober P (>= today) with
 *                  Controle findings on P; the text counts them.
 * Only PIP_TERMIJN and INBURG_TERMIJN can be VERLOPEN (a missed deadline);
 * the others are BINNENKORT (attention).
 *
 * Every rule calls horizon() with each date after today on which its
 * outcome changes, for signals_compute_next(). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "signals.h"
#include "derive.h"
#include "controle.h"
#include "peildatum.h"
#include "vocab.h"
#include "util.h"

static const struct {
	const char *key;
	int dflt;
	const char *name;
} SIGNAL_DEFS[SIG__COUNT] = {
#define SIGNAL_DEF(id, key, dflt, name) { key, dflt, name },
	SIGNAL_LIST(SIGNAL_DEF)
#undef SIGNAL_DEF
};

void signal_settings_default(signal_settings *s)
{
	int k;

	for (k = 0; k < SIG__COUNT; k++)
		s->value[k] = SIGNAL_DEFS[k].dflt;
	s->peildatum = CDATE_NONE;
}

void signal_settings_load(casus_db *db, signal_settings *s)
{
	int k;

	signal_settings_default(s);
	for (k = 0; k < SIG__COUNT; k++)
		if (SIGNAL_DEFS[k].key)
			s->value[k] = db_setting_int(db, SIGNAL_DEFS[k].key,
						     SIGNAL_DEFS[k].dflt);
	s->peildatum = peildatum_setting(db);    /* else the rule on the day */
}

const char *signal_name(signal_kind k)
{
	if ((int)k < 0 || k >= SIG__COUNT)
		return "";
	return SIGNAL_DEFS[k].name;
}

/* --- collecting ----------------------------------------------------------- */

typedef struct siglist {
	signal *v;
	size_t n, cap;
	cdate today, next;  /* next: the first day after today on which an
			     * outcome may change (0 = none known) */
	int cur;            /* the kind of the rule running; SIG__COUNT: any
			     * (a record date changes every rule's input) */
	cdate next_kind[SIG__COUNT + 1];    /* next, per kind and for any */
} siglist;

/* Each rule calls horizon() with every date after today on which its
 * outcome (emitted or not, severity, due, text) can change. */
static void horizon(siglist *l, cdate d)
{
	if (d > l->today && (l->next == 0 || d < l->next))
		l->next = d;
	if (d > l->today && (l->next_kind[l->cur] == 0 || d < l->next_kind[l->cur]))
		l->next_kind[l->cur] = d;
}

/* The signal just emitted counts days since `since` in its text: that
 * number changes every day without being a change of the signal (the
 * caseload renders it for the day it shows, horizon.h). */
static void counting(siglist *l, cdate since)
{
	if (l->n)
		l->v[l->n - 1].counts_from = since;
}

static void emit(siglist *l, signal_kind kind, int sev, cdate due, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static void emit(siglist *l, signal_kind kind, int sev, cdate due, const char *fmt, ...)
{
	va_list ap;
	signal *sg;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	sg = &l->v[l->n++];
	memset(sg, 0, sizeof *sg);
	sg->kind = kind;
	sg->severity = sev;
	sg->due = due;
	va_start(ap, fmt);
	vsnprintf(sg->text, sizeof sg->text, fmt, ap);
	va_end(ap);
}

static int cmp_signal(const void *x, const void *y)
{
	const signal *a = x, *b = y;

	if (a->severity != b->severity)
		return a->severity > b->severity ? -1 : 1;
	if (signal_is_deadline(a->kind) != signal_is_deadline(b->kind))
		return signal_is_deadline(a->kind) ? -1 : 1;
	if (a->due != b->due) {
		if (a->due == CDATE_NONE || b->due == CDATE_NONE)
			return a->due == CDATE_NONE ? 1 : -1;
		return a->due < b->due ? -1 : 1;
	}
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	return strcmp(a->text, b->text);
}

/* --- PIP steps ------------------------------------------------------------ */

static int gedaan_op(const pip_step *p, int stap, cdate today)
{
	return p->stap == stap && p->status == PIPSTATUS_GEDAAN &&
		derive_op(p->datum, today);
}

/* Date of the first (first = 1) or latest (first = 0) step of kind `stap`
 * that is gedaan and dated <= today; CDATE_NONE when none. */
static cdate pip_gedaan(const casefile *cf, int stap, cdate today, int first)
{
	cdate best = CDATE_NONE;
	size_t i;

	for (i = 0; i < cf->npip; i++) {
		const pip_step *p = &cf->pip[i];
		if (!gedaan_op(p, stap, today))
			continue;
		if (best == CDATE_NONE || (first ? p->datum < best : p->datum > best))
			best = p->datum;
	}
	return best;
}

/* The latest gedaan step of kind a or b dated <= today, or NULL. */
static const pip_step *pip_laatste(const casefile *cf, int a, int b, cdate today)
{
	const pip_step *best = NULL;
	size_t i;

	for (i = 0; i < cf->npip; i++) {
		const pip_step *p = &cf->pip[i];
		if ((gedaan_op(p, a, today) || gedaan_op(p, b, today)) &&
		    (!best || p->datum >= best->datum))
			best = p;
	}
	return best;
}

static int wi2013(const casefile *cf)
{
	return cf->c.regime == REGIME_WI2013;
}

/* --- the inburgering ------------------------------------------------------ */

typedef struct termijn {
	cdate pip;       /* dagtekening of the first PIP, or CDATE_NONE */
	cdate start;     /* the day after it (Wi2021 art. 11) */
	cdate end;       /* the last day: computed or DUO's */
	int duo;         /* end is DUO's einddatum */
	int verlengd;    /* ... of a verlenging */
} termijn;

/* The termijn on today; 0 when there is none (no PIP and no DUO
 * einddatum, or a Wi2013 client without DUO's einddatum). */
static int termijn_get(const casefile *cf, cdate today, termijn *t)
{
	const pip_step *duo = pip_laatste(cf, PIP_EINDDATUM_DUO, PIP_TERMIJN_VERLENGD, today);

	memset(t, 0, sizeof *t);
	t->pip = wi2013(cf) ? CDATE_NONE : pip_gedaan(cf, PIP_VASTGESTELD, today, 1);
	if (t->pip != CDATE_NONE) {
		t->start = t->pip + 1;
		t->end = cdate_add_months(t->start, 36) - 1;
	}
	if (duo && duo->einddatum != CDATE_NONE) {
		t->end = duo->einddatum;
		t->duo = 1;
		t->verlengd = duo->stap == PIP_TERMIJN_VERLENGD;
	}
	return t->end != CDATE_NONE;
}

static void sig_pip(siglist *l, const casefile *cf, cdate today, int n)
{
	cdate ins, due;
	char buf[11];

	if (wi2013(cf) || derive_inburgering_klaar_op(cf, today) ||
	    pip_gedaan(cf, PIP_VASTGESTELD, today, 1) != CDATE_NONE)
		return;
	ins = pip_gedaan(cf, PIP_INSCHRIJVING, today, 0);   /* the latest counts */
	if (ins == CDATE_NONE)
		return;
	due = ins + 70;
	horizon(l, due - n);
	horizon(l, due + 1);
	cdate_format_nl(due, buf);
	if (due < today)
		emit(l, SIG_PIP_TERMIJN, SEV_VERLOPEN, due, "PIP te laat: uiterlijk %s", buf);
	else if (due - today <= n)
		emit(l, SIG_PIP_TERMIJN, SEV_BINNENKORT, due, "PIP vaststellen uiterlijk %s", buf);
}

/* 1 when the language offer started more than 3 months (onderwijsroute:
 * 6) after the PIP: a verlenging is then not the client's fault. */
static int taal_te_laat(const casefile *cf, const termijn *t, cdate today)
{
	cdate taal = pip_gedaan(cf, PIP_TAALAANBOD, today, 1);
	int m = cf->c.inburgeringsprogramma == INBURG_ONDERWIJS ? 6 : 3;

	return t->pip != CDATE_NONE && taal != CDATE_NONE &&
		taal > cdate_add_months(t->pip, m);
}

static void sig_termijn(siglist *l, const casefile *cf, cdate today,
			const termijn *t, int maanden)
{
	cdate from = cdate_add_months(t->end, -maanden);
	const char *wie = t->verlengd ? " (verlengd)" : t->duo ? " (DUO)" : "";
	char buf[11];

	horizon(l, from);
	horizon(l, t->end + 1);
	cdate_format_nl(t->end, buf);
	if (t->end < today)
		emit(l, SIG_INBURG_TERMIJN, SEV_VERLOPEN, t->end,
		     "Inburgeringstermijn verlopen op %s%s", buf, wie);
	else if (today >= from && taal_te_laat(cf, t, today))
		emit(l, SIG_INBURG_TERMIJN, SEV_BINNENKORT, t->end,
		     "Inburgeringstermijn verloopt %s%s; verlenging aanvragen kan "
		     "(taalaanbod later dan %d maanden na PIP)", buf, wie,
		     cf->c.inburgeringsprogramma == INBURG_ONDERWIJS ? 6 : 3);
	else if (today >= from)
		emit(l, SIG_INBURG_TERMIJN, SEV_BINNENKORT, t->end,
		     "Inburgeringstermijn verloopt %s%s", buf, wie);
}

/* Append ", item" (or "item" first) to buf. */
static void todo_add(char *buf, size_t size, const char *item)
{
	size_t n = strlen(buf);

	snprintf(buf + n, size - n, "%s%s", n ? ", " : "", item);
}

/* What the route still needs before the termijn ends (domain.md). */
static void sig_todo(siglist *l, const casefile *cf, cdate today,
		     const termijn *t, int maanden)
{
	int route = cf->c.inburgeringsprogramma;
	char todo[120] = "", item[40], buf[11];
	double uren = -1;
	size_t i;

	if (today < cdate_add_months(t->end, -maanden) || today > t->end)
		return;
	if (route == INBURG_B1 || route == INBURG_ZROUTE) {
		for (i = 0; i < cf->npip; i++)
			if ((gedaan_op(&cf->pip[i], PIP_MAP_GESTART, today) ||
			     gedaan_op(&cf->pip[i], PIP_MAP_AFGEROND, today)) &&
			    cf->pip[i].uren > uren)
				uren = cf->pip[i].uren;
		if (uren >= 0 && uren < 40) {
			snprintf(item, sizeof item, "MAP (%.0f van 40 uur)", uren);
			todo_add(todo, sizeof todo, item);
		} else if (pip_gedaan(cf, PIP_MAP_AFGEROND, today, 0) == CDATE_NONE) {
			todo_add(todo, sizeof todo, "MAP");
		}
	}
	if (pip_gedaan(cf, PIP_PVT_AFGEROND, today, 0) == CDATE_NONE)
		todo_add(todo, sizeof todo, "PVT");
	if (route == INBURG_B1 && pip_gedaan(cf, PIP_KNM, today, 0) == CDATE_NONE)
		todo_add(todo, sizeof todo, "KNM");
	if (route == INBURG_ZROUTE) {
		int gepland = 0;
		for (i = 0; i < cf->npip; i++)
			if (cf->pip[i].stap == PIP_EINDGESPREK_Z &&
			    cf->pip[i].status != PIPSTATUS_VERVALLEN)
				gepland = 1;
		if (!gepland)
			todo_add(todo, sizeof todo, "eindgesprek plannen");
	}
	if (!*todo)
		return;
	cdate_format_nl(t->end, buf);
	emit(l, SIG_TERMIJN_TODO, SEV_BINNENKORT, t->end, "Nog te doen voor %s: %s", buf, todo);
}

static int leerroute_gewijzigd(const casefile *cf, cdate today)
{
	size_t i;

	for (i = 0; i < cf->npip; i++)
		if (gedaan_op(&cf->pip[i], PIP_GEWIJZIGD, today) &&
		    cf->pip[i].reden == PIPREDEN_LEERROUTE)
			return 1;
	return 0;
}

static void sig_leerroute(siglist *l, const casefile *cf, cdate today,
			  const termijn *t, int n)
{
	cdate close;
	char buf[11];

	if (t->pip == CDATE_NONE || cf->c.inburgeringsprogramma == INBURG_ONDERWIJS ||
	    leerroute_gewijzigd(cf, today))
		return;
	close = cdate_add_months(t->start, 18);
	horizon(l, close - n);
	horizon(l, close + 1);
	if (close >= today && close - today <= n) {
		cdate_format_nl(close, buf);
		emit(l, SIG_LEERROUTE, SEV_BINNENKORT, close,
		     "Wissel leerroute kan tot %s", buf);
	}
}

static void sig_inburgering(siglist *l, const casefile *cf, cdate today,
			    const signal_settings *s)
{
	termijn t;

	if (derive_inburgering_klaar_op(cf, today) || !termijn_get(cf, today, &t))
		return;
	l->cur = SIG_INBURG_TERMIJN;
	sig_termijn(l, cf, today, &t, s->value[SIG_INBURG_TERMIJN]);
	if (wi2013(cf))
		return;
	l->cur = SIG_TERMIJN_TODO;
	sig_todo(l, cf, today, &t, s->value[SIG_INBURG_TERMIJN]);
	l->cur = SIG_LEERROUTE;
	sig_leerroute(l, cf, today, &t, s->value[SIG_LEERROUTE]);
}

/* Ontzorgen: the 6-month mark is a decision moment (domain.md, route 7). */
static void sig_ontzorgen(siglist *l, const casefile *cf, cdate today, int n)
{
	cdate start = pip_gedaan(cf, PIP_ONTZORGEN_START, today, 0), mark;
	const pip_step *besluit = NULL;
	char buf[11];
	size_t i;

	if (start == CDATE_NONE || wi2013(cf) ||
	    (cf->c.doelgroep != VOCAB_ONBEKEND && cf->c.doelgroep != DOELGROEP_ASIEL))
		return;
	for (i = 0; i < cf->npip; i++) {
		const pip_step *p = &cf->pip[i];
		if (p->datum < start)
			continue;
		if (gedaan_op(p, PIP_ONTZORGEN_EINDE, today))
			return;
		if (gedaan_op(p, PIP_BESLUIT_ONTZORGEN, today) &&
		    (!besluit || p->datum >= besluit->datum))
			besluit = p;
	}
	if (besluit && besluit->einddatum == CDATE_NONE)
		return;                 /* decided to end it */
	mark = besluit ? besluit->einddatum : cdate_add_months(start, 6);
	horizon(l, mark - n);
	horizon(l, mark + 1);
	if (mark - today > n)
		return;
	cdate_format_nl(mark, buf);
	if (besluit)
		emit(l, SIG_ONTZORGEN, SEV_BINNENKORT, mark, mark < today ?
		     "Ontzorgen voortgezet tot %s: besluit vastleggen" :
		     "Ontzorgen voortgezet tot %s: opnieuw besluiten", buf);
	else
		emit(l, SIG_ONTZORGEN, SEV_BINNENKORT, mark, mark < today ?
		     "Ontzorgen 6 maanden op %s: besluit vastleggen" :
		     "Ontzorgen 6 maanden op %s: besluiten over voortzetten", buf);
}

/* The earliest gepland voortgangsgesprek dated on or after today. */
static cdate voortgang_gepland(const casefile *cf, cdate today)
{
	cdate best = CDATE_NONE;
	size_t i;

	for (i = 0; i < cf->npip; i++) {
		const pip_step *p = &cf->pip[i];
		if (p->stap == PIP_VOORTGANGSGESPREK && p->status == PIPSTATUS_GEPLAND &&
		    p->datum != CDATE_NONE && p->datum >= today &&
		    (best == CDATE_NONE || p->datum < best))
			best = p->datum;
	}
	return best;
}

static void sig_voortgang(siglist *l, const casefile *cf, cdate today, int weken)
{
	cdate pip = pip_gedaan(cf, PIP_VASTGESTELD, today, 0);
	cdate gesprek, last, due, gepland;
	char buf[11], gbuf[11];

	if (pip == CDATE_NONE || wi2013(cf) || derive_inburgering_klaar_op(cf, today))
		return;
	gesprek = pip_gedaan(cf, PIP_VOORTGANGSGESPREK, today, 0);
	last = gesprek != CDATE_NONE && gesprek > pip ? gesprek : pip;
	due = last + 7 * weken;
	horizon(l, due);
	if (due > today)
		return;
	cdate_format_nl(last, buf);
	gepland = voortgang_gepland(cf, today);
	if (gepland != CDATE_NONE) {
		horizon(l, gepland + 1);
		cdate_format_nl(gepland, gbuf);
		emit(l, SIG_VOORTGANG, SEV_BINNENKORT, gepland,
		     "Voortgangsgesprek gepland op %s (laatste %s)", gbuf, buf);
		return;
	}
	emit(l, SIG_VOORTGANG, SEV_BINNENKORT, due,
	     "Voortgangsgesprek nodig (laatste %s)", buf);
}

/* --- the startbanen regeling ---------------------------------------------- */

static void sig_records(siglist *l, const casefile *cf, cdate today,
			const signal_settings *s)
{
	char buf[11];
	size_t i;

	l->cur = SIG_VOORTRAJECT_90;
	for (i = 0; i < cf->nvt; i++) {
		const voortraject *v = &cf->vt[i];
		horizon(l, v->start);
		horizon(l, v->einde);
		horizon(l, v->start + s->value[SIG_VOORTRAJECT_90]);
		if (v->start == CDATE_NONE || v->start > today ||
		    (v->einde != CDATE_NONE && v->einde <= today))
			continue;
		if (today - v->start >= s->value[SIG_VOORTRAJECT_90])
			emit(l, SIG_VOORTRAJECT_90, SEV_BINNENKORT,
			     v->start + s->value[SIG_VOORTRAJECT_90],
			     "Voortraject loopt %d dagen", (int)(today - v->start));
		if (today - v->start >= s->value[SIG_VOORTRAJECT_90])
			counting(l, v->start);  /* the text counts the days */
	}
	l->cur = SIG_CONTRACT_EINDE;
	for (i = 0; i < cf->nsb; i++) {
		const startbaan *b = &cf->sb[i];
		if (b->einde != CDATE_NONE) {
			horizon(l, b->einde - s->value[SIG_CONTRACT_EINDE]);
			horizon(l, b->einde + 1);
		}
		if (b->einde == CDATE_NONE || b->einde < today ||
		    b->einde - today > s->value[SIG_CONTRACT_EINDE])
			continue;
		cdate_format_nl(b->einde, buf);
		emit(l, SIG_CONTRACT_EINDE, SEV_BINNENKORT, b->einde,
		     "Contract eindigt %s", buf);
	}
	l->cur = SIG_ON_HOLD_LANG;
	for (i = 0; i < cf->noh; i++) {
		const onhold *o = &cf->oh[i];
		int m = s->value[SIG_ON_HOLD_LANG];
		cdate due;
		horizon(l, o->start);
		horizon(l, o->einde);
		horizon(l, cdate_add_months(o->start, m) + 1);
		if (o->start == CDATE_NONE || o->start > today ||
		    (o->einde != CDATE_NONE && o->einde <= today))
			continue;
		due = cdate_add_months(o->start, m);
		if (today <= due)
			continue;
		cdate_format_nl(o->start, buf);
		emit(l, SIG_ON_HOLD_LANG, SEV_BINNENKORT, due,
		     "On hold sinds %s (meer dan %d %s)", buf, m,
		     m == 1 ? "maand" : "maanden");
	}
}

/* The fields the registration on the current peildatum lacks. */
static void sig_registratie(siglist *l, const casefile *cf, cdate today, cdate peil)
{
	cdate P = peil != CDATE_NONE ? peil : peildatum_for(today);
	derived d;
	size_t n;
	char buf[11];

	if (cf->c.startbanen != 1)
		return;         /* never a participant: the peildatum is moot */
	horizon(l, P + 1);  /* the next peildatum moves on */
	if (peil == CDATE_NONE && P < today)   /* the export season ends */
		horizon(l, cdate_add_months(P, 4) + 1);
	if (!derive_is_deelnemer(&cf->c, P))
		return;
	derive_all(cf, P, &d);
	n = controle_client(cf, &d, P, NULL, 0);
	if (n == 0)
		return;
	cdate_format_nl(P, buf);
	/* due: the peildatum, or once it has passed the end of its export
	 * season (4 months later), by when the registration is delivered */
	emit(l, SIG_REGISTRATIE, SEV_BINNENKORT, P >= today ? P : cdate_add_months(P, 4),
	     "%zu %s onbekend voor peildatum %s",
	     n, n == 1 ? "veld" : "velden", buf);
}

/* Dates in the future on which a record takes effect (a gedaan step dated
 * later, an einde inburgering, an uitval or einde).  The rules read the
 * date of a gedaan step only (gedaan_op, derive_inburgering_klaar_op); a
 * planned voortgangsgesprek's day is the voortgang rule's own horizon. */
static void horizon_records(siglist *l, const casefile *cf)
{
	size_t i;

	for (i = 0; i < cf->npip; i++) {
		if (cf->pip[i].status != PIPSTATUS_GEDAAN)
			continue;
		horizon(l, cf->pip[i].datum);
		horizon(l, cf->pip[i].datum + 1);
	}
	horizon(l, cf->c.einde_inburgering);
	for (i = 0; i < cf->naf; i++)
		horizon(l, cf->af[i].datum);
}

/* The rules in turn, each with its kind in l->cur for horizon(). */
static void run_rules(siglist *l, const casefile *cf, cdate today, const signal_settings *s)
{
	l->cur = SIG__COUNT;
	horizon_records(l, cf);
	l->cur = SIG_PIP_TERMIJN;
	sig_pip(l, cf, today, s->value[SIG_PIP_TERMIJN]);
	sig_inburgering(l, cf, today, s);   /* sets l->cur per rule */
	l->cur = SIG_ONTZORGEN;
	sig_ontzorgen(l, cf, today, s->value[SIG_ONTZORGEN]);
	l->cur = SIG_VOORTGANG;
	sig_voortgang(l, cf, today, s->value[SIG_VOORTGANG]);
	l->cur = SIG__COUNT;
	if (!derive_afgesloten_op(cf, 0, today)) {     /* startbanen regeling */
		sig_records(l, cf, today, s);       /* sets l->cur per rule */
		l->cur = SIG_REGISTRATIE;
		sig_registratie(l, cf, today, s->peildatum);
	}
	l->cur = SIG__COUNT;
}

static size_t compute(const casefile *cf, cdate today, const signal_settings *s,
		      signal *out, size_t max, cdate *next, cdate *next_kind)
{
	siglist l;
	signal_settings dflt;
	size_t n;

	memset(&l, 0, sizeof l);
	l.today = today;
	if (!s) {
		signal_settings_default(&dflt);
		s = &dflt;
	}
	run_rules(&l, cf, today, s);

	/* The day after a signal's date is a change too, whatever the rule
	 * (the text may stay): the agenda relies on it (agenda.c, "Why the
	 * candidates"): a signal dated on or after today makes its client
	 * due on the day after that date at the latest. */
	for (size_t i = 0, ne = l.n; i < ne; i++)
		if (l.v[i].due != CDATE_NONE) {
			l.cur = (int)l.v[i].kind;
			horizon(&l, l.v[i].due + 1);
		}
	if (l.n > 1)
		qsort(l.v, l.n, sizeof *l.v, cmp_signal);
	n = l.n;
	if (out && max && n)
		memcpy(out, l.v, (n < max ? n : max) * sizeof *out);
	free(l.v);
	if (next)
		*next = l.next;
	if (next_kind)
		for (int k = 0; k < SIG__COUNT; k++) {
			cdate a = l.next_kind[k], b = l.next_kind[SIG__COUNT];
			next_kind[k] = a == 0 || (b != 0 && b < a) ? b : a;
		}
	return n;
}

size_t signals_compute_next(const casefile *cf, cdate today,
			    const signal_settings *s, signal *out, size_t max,
			    cdate *next)
{
	return compute(cf, today, s, out, max, next, NULL);
}

size_t signals_compute_kinds(const casefile *cf, cdate today,
			     const signal_settings *s, signal *out, size_t max,
			     cdate next_kind[SIG__COUNT])
{
	return compute(cf, today, s, out, max, NULL, next_kind);
}

size_t signals_compute(const casefile *cf, cdate today,
		       const signal_settings *s, signal *out, size_t max)
{
	return signals_compute_next(cf, today, s, out, max, NULL);
}

int signal_is_deadline(signal_kind k)
{
	switch (k) {
	case SIG_PIP_TERMIJN: case SIG_INBURG_TERMIJN: case SIG_LEERROUTE:
	case SIG_ONTZORGEN: case SIG_CONTRACT_EINDE:
		return 1;
	default:
		return 0;
	}
}

/* Urgency for sorting clients: consistent with the order above.
 *   severity * 100,000,000 + deadline * 50,000,000
 *     + (4,999,999 - days since 01-01-1900 of due) * 10 + (9 - kind)
 * so a VERLOPEN signal outranks any BINNENKORT one, within a severity a
 * dated deadline (signal_is_deadline) outranks a soft signal, an earlier
 * due date outranks a later one (a missing due date counts as the latest
 * possible), and on equal due dates the kind earlier in SIGNAL_LIST wins.
 * urgency / 100,000,000 is the severity.  Fits in an int (< 3 * 10^8). */
int signal_urgency(const signal *sg)
{
	long due, kind;

	if (!sg || sg->severity <= 0)
		return 0;
	due = sg->due == CDATE_NONE ? 4999999L : sg->due - cdate_from_ymd(1900, 1, 1);
	if (due < 0)
		due = 0;
	if (due > 4999999L)
		due = 4999999L;
	kind = SIG__COUNT - 1 - (long)sg->kind;
	if (kind < 0)
		kind = 0;
	return (int)(sg->severity * 100000000L + (signal_is_deadline(sg->kind) ? 50000000L : 0) +
		     (4999999L - due) * 10 + kind);
}
