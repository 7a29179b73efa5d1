/* signals.c - what needs attention on a given day (domain.md, "Signals").
 *
 * Every signal is computed from dated records as of `today`; PIP steps
 * count only with status gedaan and a date <= today (gepland and vervallen
 * steps are ignored).  A client with an uitval or einde dated <= today is a
 * closed case and gets no signals at all.
 *
 * The rules, with N the setting of the signal:
 *  PIP_TERMIJN     no PIP vastgesteld, inschrijving + 70 days = deadline;
 *                  deadline - today <= N -> BINNENKORT, < 0 -> VERLOPEN.
 *  INBURG_TERMIJN  termijn start S = day after the first PIP vastgesteld
 *                  (else client.start_inburgering); end E = S + 3 years;
 *                  E <= today + N months -> BINNENKORT, E < today ->
 *                  VERLOPEN.  Not when the inburgering is finished.
 *  LEERROUTE       window closes S + 18 months; 0 <= close - today <= N.
 *  ONTZORGEN       latest ontzorgen start without a later einde step; ends
 *                  start + 6 months; end - today <= N, VERLOPEN when past.
 *  VOORTGANG       PIP vastgesteld, inburgering running, and the latest
 *                  voortgangsgesprek (or PIP vastgesteld) L has
 *                  L + 7N <= today ("none in the last N weeks").
 *  VOORTRAJECT_90  a voortraject running on today for >= N days.
 *  CONTRACT_EINDE  a startbaan end date with today <= end <= today + N.
 *  ON_HOLD_LANG    an on-hold period running on today for more than N
 *                  months: today > start + N months.
 *  REGISTRATIE     deelnemer on the next 31 oktober P (>= today) with
 *                  Controle findings on P; the text counts them.
 * VOORTGANG, VOORTRAJECT_90, CONTRACT_EINDE, ON_HOLD_LANG, REGISTRATIE and
 * LEERROUTE are always BINNENKORT (attention, not a missed deadline). */
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
	s->peildatum = peildatum_current(db, cdate_today());
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
} siglist;

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

/* Date of the first (first = 1) or latest (first = 0) step of kind `stap`
 * that is gedaan and dated <= today; CDATE_NONE when none. */
static cdate pip_gedaan(const casefile *cf, int stap, cdate today, int first)
{
	cdate best = CDATE_NONE;
	size_t i;

	for (i = 0; i < cf->npip; i++) {
		const pip_step *p = &cf->pip[i];
		if (p->stap != stap || p->status != PIPSTATUS_GEDAAN ||
		    p->datum == CDATE_NONE || p->datum > today)
			continue;
		if (best == CDATE_NONE || (first ? p->datum < best : p->datum > best))
			best = p->datum;
	}
	return best;
}

static int afgesloten(const casefile *cf, cdate today)
{
	size_t i;

	for (i = 0; i < cf->naf; i++)
		if (cf->af[i].datum != CDATE_NONE && cf->af[i].datum <= today)
			return 1;
	return 0;
}

static int inburgering_klaar(const casefile *cf, cdate today)
{
	return cf->c.einde_inburgering != CDATE_NONE ||
		pip_gedaan(cf, PIP_INBURGERING_AFGEROND, today, 1) != CDATE_NONE;
}

/* --- the signals ---------------------------------------------------------- */

static void sig_pip(siglist *l, const casefile *cf, cdate today, int n)
{
	cdate ins, due;
	char buf[11];

	if (pip_gedaan(cf, PIP_VASTGESTELD, today, 1) != CDATE_NONE)
		return;
	ins = pip_gedaan(cf, PIP_INSCHRIJVING, today, 1);
	if (ins == CDATE_NONE)
		return;
	due = ins + 70;
	cdate_format_nl(due, buf);
	if (due < today)
		emit(l, SIG_PIP_TERMIJN, SEV_VERLOPEN, due, "PIP te laat: uiterlijk %s", buf);
	else if (due - today <= n)
		emit(l, SIG_PIP_TERMIJN, SEV_BINNENKORT, due, "PIP vaststellen uiterlijk %s", buf);
}

static cdate termijn_start(const casefile *cf, cdate today)
{
	cdate pip = pip_gedaan(cf, PIP_VASTGESTELD, today, 1);

	if (pip != CDATE_NONE)
		return pip + 1;
	return cf->c.start_inburgering;
}

static void sig_termijn(siglist *l, const casefile *cf, cdate today,
			const signal_settings *s)
{
	cdate S, end, close;
	char buf[11];

	if (inburgering_klaar(cf, today))
		return;
	S = termijn_start(cf, today);
	if (S == CDATE_NONE || S > today)
		return;
	end = cdate_add_months(S, 36);
	cdate_format_nl(end, buf);
	if (end < today)
		emit(l, SIG_INBURG_TERMIJN, SEV_VERLOPEN, end,
		     "Inburgeringstermijn verlopen op %s", buf);
	else if (end <= cdate_add_months(today, s->value[SIG_INBURG_TERMIJN]))
		emit(l, SIG_INBURG_TERMIJN, SEV_BINNENKORT, end,
		     "Inburgeringstermijn verloopt %s", buf);

	close = cdate_add_months(S, 18);
	if (close >= today && close - today <= s->value[SIG_LEERROUTE]) {
		cdate_format_nl(close, buf);
		emit(l, SIG_LEERROUTE, SEV_BINNENKORT, close,
		     "Wissel leerroute kan tot %s", buf);
	}
}

static void sig_ontzorgen(siglist *l, const casefile *cf, cdate today, int n)
{
	cdate start = pip_gedaan(cf, PIP_ONTZORGEN_START, today, 0), end;
	char buf[11];
	size_t i;

	if (start == CDATE_NONE)
		return;
	for (i = 0; i < cf->npip; i++) {
		const pip_step *p = &cf->pip[i];
		if (p->stap == PIP_ONTZORGEN_EINDE && p->status == PIPSTATUS_GEDAAN &&
		    p->datum != CDATE_NONE && p->datum >= start)
			return;
	}
	end = cdate_add_months(start, 6);
	cdate_format_nl(end, buf);
	if (end < today)
		emit(l, SIG_ONTZORGEN, SEV_VERLOPEN, end,
		     "Ontzorgen verlopen op %s (geen einde vastgelegd)", buf);
	else if (end - today <= n)
		emit(l, SIG_ONTZORGEN, SEV_BINNENKORT, end, "Ontzorgen eindigt %s", buf);
}

static void sig_voortgang(siglist *l, const casefile *cf, cdate today, int weken)
{
	cdate pip = pip_gedaan(cf, PIP_VASTGESTELD, today, 0);
	cdate gesprek, last, due;
	char buf[11];

	if (pip == CDATE_NONE || inburgering_klaar(cf, today))
		return;
	gesprek = pip_gedaan(cf, PIP_VOORTGANGSGESPREK, today, 0);
	last = gesprek != CDATE_NONE && gesprek > pip ? gesprek : pip;
	due = last + 7 * weken;
	if (due > today)
		return;
	cdate_format_nl(last, buf);
	emit(l, SIG_VOORTGANG, SEV_BINNENKORT, due,
	     "Voortgangsgesprek nodig (laatste %s)", buf);
}

static void sig_records(siglist *l, const casefile *cf, cdate today,
			const signal_settings *s)
{
	char buf[11];
	size_t i;

	for (i = 0; i < cf->nvt; i++) {
		const voortraject *v = &cf->vt[i];
		if (v->start == CDATE_NONE || v->start > today ||
		    (v->einde != CDATE_NONE && v->einde <= today))
			continue;
		if (today - v->start >= s->value[SIG_VOORTRAJECT_90])
			emit(l, SIG_VOORTRAJECT_90, SEV_BINNENKORT,
			     v->start + s->value[SIG_VOORTRAJECT_90],
			     "Voortraject loopt %d dagen", (int)(today - v->start));
	}
	for (i = 0; i < cf->nsb; i++) {
		const startbaan *b = &cf->sb[i];
		if (b->einde == CDATE_NONE || b->einde < today ||
		    b->einde - today > s->value[SIG_CONTRACT_EINDE])
			continue;
		cdate_format_nl(b->einde, buf);
		emit(l, SIG_CONTRACT_EINDE, SEV_BINNENKORT, b->einde,
		     "Contract eindigt %s", buf);
	}
	for (i = 0; i < cf->noh; i++) {
		const onhold *o = &cf->oh[i];
		int m = s->value[SIG_ON_HOLD_LANG];
		cdate due;
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

size_t signals_compute(const casefile *cf, cdate today,
		       const signal_settings *s, signal *out, size_t max)
{
	siglist l = { NULL, 0, 0 };
	signal_settings dflt;
	size_t n;

	if (!s) {
		signal_settings_default(&dflt);
		s = &dflt;
	}
	if (afgesloten(cf, today))
		return 0;
	sig_pip(&l, cf, today, s->value[SIG_PIP_TERMIJN]);
	sig_termijn(&l, cf, today, s);
	sig_ontzorgen(&l, cf, today, s->value[SIG_ONTZORGEN]);
	sig_voortgang(&l, cf, today, s->value[SIG_VOORTGANG]);
	sig_records(&l, cf, today, s);
	sig_registratie(&l, cf, today, s->peildatum);

	if (l.n > 1)
		qsort(l.v, l.n, sizeof *l.v, cmp_signal);
	n = l.n;
	if (out && max && n)
		memcpy(out, l.v, (n < max ? n : max) * sizeof *out);
	free(l.v);
	return n;
}

/* Urgency for sorting clients: consistent with the order above.
 *   severity * 100,000,000 + (9,999,999 - due) * 10 + (9 - kind)
 * so a VERLOPEN signal outranks any BINNENKORT one, an earlier due date
 * outranks a later one (cdate day numbers stay below 10^7 up to year 9999;
 * a missing due date counts as the latest possible), and on equal due dates
 * the kind earlier in SIGNAL_LIST wins.  Fits in an int (< 3 * 10^8). */
int signal_urgency(const signal *sg)
{
	long due, kind;

	if (!sg || sg->severity <= 0)
		return 0;
	due = sg->due == CDATE_NONE ? 9999999L : sg->due;
	if (due < 0)
		due = 0;
	if (due > 9999999L)
		due = 9999999L;
	kind = SIG__COUNT - 1 - (long)sg->kind;
	if (kind < 0)
		kind = 0;
	return (int)(sg->severity * 100000000L + (9999999L - due) * 10 + kind);
}
