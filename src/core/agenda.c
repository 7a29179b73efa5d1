/* agenda.c - "Vandaag / deze week" (agenda.h): what is planned and what
 * falls due in a period, per client.  The deadlines are the due dates of
 * signals.c's signals, so the rules that make them stay there. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "caseload.h"
#include "db_int.h"
#include "signals.h"
#include "store.h"
#include "util.h"
#include "vocab.h"
#include "zelfevaluatie.h"

#define MAX_SIG 32

/* Which signals name a deadline for the agenda, and how they are found:
 * AHEAD rules signal a date that is still coming within their look-ahead
 * (the look-ahead is widened to the period), PAST rules signal once the
 * date has come or passed (evaluated on the day after the period).  The other
 * signals (a long voortraject, registration findings) are states, not
 * dates in a diary. */
enum { NOT_IN_AGENDA = 0, AHEAD_DAYS, AHEAD_MONTHS, PAST };

static int kind_mode(signal_kind k)
{
	switch (k) {
	case SIG_PIP_TERMIJN: case SIG_LEERROUTE: case SIG_ONTZORGEN: case SIG_CONTRACT_EINDE:
		return AHEAD_DAYS;
	case SIG_INBURG_TERMIJN:
		return AHEAD_MONTHS;
	case SIG_VOORTGANG: case SIG_ON_HOLD_LANG:
		return PAST;
	default:
		return NOT_IN_AGENDA;
	}
}

typedef struct ag_ctx {
	cdate from, to;             /* [from, to) */
	int64_t regie;
	signal_settings ahead, past;
	agenda_item *v;
	size_t n, cap;
	int rc;
} ag_ctx;

static void add(ag_ctx *x, const casefile *cf, cdate datum, int soort, int verlopen,
		const char *wat)
{
	agenda_item *it;
	strbuf sb = STRBUF_INIT;
	char *naam = client_display_name(&cf->c);

	if (x->n == x->cap) {
		x->cap = x->cap ? x->cap * 2 : 64;
		x->v = xrealloc(x->v, x->cap * sizeof *x->v);
	}
	it = &x->v[x->n++];
	it->datum = datum;
	it->soort = soort;
	it->verlopen = verlopen;
	it->client_id = cf->c.id;
	sb_append_printable(&sb, cf->c.klantnummer ? cf->c.klantnummer : "");
	it->klantnummer = sb_take(&sb);
	sb_reset(&sb);
	sb_append_printable(&sb, naam ? naam : "");
	it->naam = sb_take(&sb);
	sb_reset(&sb);
	sb_append_printable(&sb, cf->regiehouder_naam ? cf->regiehouder_naam : "");
	it->regiehouder = sb_take(&sb);
	sb_reset(&sb);
	sb_append_printable(&sb, wat);
	it->wat = sb_take(&sb);
	sb_free(&sb);
	free(naam);
}

static int in_period(const ag_ctx *x, cdate d)
{
	return d != CDATE_NONE && d >= x->from && d < x->to;
}

static void planned(ag_ctx *x, const casefile *cf)
{
	for (size_t i = 0; i < cf->njr; i++) {
		cdate d = cf->jr[i].volgende_afspraak;
		int dup = 0;

		if (!in_period(x, d))
			continue;
		for (size_t k = 0; k < i; k++)
			dup |= cf->jr[k].volgende_afspraak == d;
		if (!dup)
			add(x, cf, d, AGENDA_GESPREK, 0, "Afspraak (journaal)");
	}
	for (size_t i = 0; i < cf->npip; i++) {
		const pip_step *p = &cf->pip[i];
		char *wat;

		if (p->status != PIPSTATUS_GEPLAND || !in_period(x, p->datum))
			continue;
		wat = xasprintf("%s (gepland)", vocab_label(VOCAB_PIP_STAP, p->stap));
		add(x, cf, p->datum, AGENDA_PIP, 0, wat);
		free(wat);
	}
}

static void deadlines(ag_ctx *x, const casefile *cf)
{
	signal s[MAX_SIG];
	size_t n;
	struct { signal_kind kind; cdate due; } seen[MAX_SIG];
	size_t nseen = 0;

	for (int pass = 0; pass < 2; pass++) {
		/* PAST rules on the day after the period: "on hold for more
		 * than N months" signals the day after its date */
		n = signals_compute(cf, pass == 0 ? x->from : x->to,
				    pass == 0 ? &x->ahead : &x->past, s, MAX_SIG);
		if (n > MAX_SIG)
			n = MAX_SIG;
		for (size_t i = 0; i < n; i++) {
			int mode = kind_mode(s[i].kind), dup = 0;

			if (mode == NOT_IN_AGENDA || (mode == PAST) != (pass == 1) ||
			    !in_period(x, s[i].due))
				continue;
			for (size_t k = 0; k < nseen; k++)
				dup |= seen[k].kind == s[i].kind && seen[k].due == s[i].due;
			if (dup || nseen == MAX_SIG)
				continue;
			seen[nseen].kind = s[i].kind;
			seen[nseen++].due = s[i].due;
			add(x, cf, s[i].due, AGENDA_DEADLINE, s[i].severity == SEV_VERLOPEN, s[i].text);
		}
	}
}

static int one(const casefile *cf, void *arg)
{
	ag_ctx *x = arg;

	if (x->regie > 0 && cf->c.regiehouder_id != x->regie)
		return 0;
	planned(x, cf);
	deadlines(x, cf);
	return 0;
}

/* Unlimited look-ahead for the AHEAD rules (50 years; far enough that no
 * date arithmetic leaves the calendar). */
#define FAR_DAYS 18000
#define FAR_MONTHS 600

cdate agenda_next(const casefile *cf, cdate day, const signal_settings *s)
{
	signal_settings far = *s;
	signal sig[MAX_SIG];
	cdate next = 0, nk[SIG__COUNT];
	size_t n;

	for (int k = 0; k < SIG__COUNT; k++)
		if (kind_mode((signal_kind)k) == AHEAD_DAYS)
			far.value[k] = FAR_DAYS;
		else if (kind_mode((signal_kind)k) == AHEAD_MONTHS)
			far.value[k] = FAR_MONTHS;
	n = signals_compute_kinds(cf, day, &far, sig, MAX_SIG, nk);
	if (n > MAX_SIG)
		return day;     /* too many to look at: due today, always read */
	for (int k = 0; k < SIG__COUNT; k++)
		if (kind_mode((signal_kind)k) != NOT_IN_AGENDA && nk[k] != 0 &&
		    (next == 0 || nk[k] < next))
			next = nk[k];
	for (size_t i = 0; i < n; i++)
		if (kind_mode(sig[i].kind) != NOT_IN_AGENDA && sig[i].due >= day &&
		    (next == 0 || sig[i].due < next))
			next = sig[i].due;
	return next;
}

static int cmp_item(const void *pa, const void *pb)
{
	const agenda_item *a = pa, *b = pb;
	int c;

	if (a->datum != b->datum)
		return a->datum < b->datum ? -1 : 1;
	if (a->soort != b->soort)
		return a->soort < b->soort ? -1 : 1;
	if ((c = strcmp(a->naam, b->naam)) != 0)
		return c;
	if (a->client_id != b->client_id)
		return a->client_id < b->client_id ? -1 : 1;
	return strcmp(a->wat, b->wat);
}

/* The look-ahead of the AHEAD rules widened to cover the whole period. */
static void widen(ag_ctx *x, casus_db *db, int dagen)
{
	signal_settings_load(db, &x->ahead);
	x->past = x->ahead;
	for (int k = 0; k < SIG__COUNT; k++) {
		int need = kind_mode((signal_kind)k) == AHEAD_DAYS ? dagen :
			kind_mode((signal_kind)k) == AHEAD_MONTHS ? dagen / 28 + 1 : 0;

		if (x->ahead.value[k] < need)
			x->ahead.value[k] = need;
	}
}

/* ---- which clients: the candidates ------------------------------------------

   Reading every casefile takes seconds on 100,000 clients; the overview
   cache (caseload_refresh.c, client_status) says which clients can have an
   item.  Let T = from, E = to = from + dagen, and let the rows hold T
   (caseload_holds: every row not in client_dirty was computed on a day
   D <= T and is valid on T: its herbereken_op is after T, or NULL).

   Planned items come straight from record dates: found by SQL on
   journal.volgende_afspraak and the gepland pip_step.datum in [T, E).

   Deadline items.  Each row keeps a = agenda_op, computed on D by
   agenda_next(): let S(x) be the deadline signals (kind_mode) on day x
   with the look-ahead of the AHEAD rules unlimited (the PAST rules as
   they are); a is the earlier of the first day after D on which S can
   change (signals_compute_kinds: the thresholds of those rules and every
   record date; property-tested in tests/unit/test_agenda.c) and the
   earliest due date >= D of a signal in S(D).  A row not dirty with a > E (or NULL) has no deadline
   item in [T, E):
    1. AHEAD rules: the agenda evaluates them on T with the look-ahead
       widened to the period (widen()).  A look-ahead only decides whether
       a signal with its due date shows, so what they show on T is part of
       S(T) (same rules, longer look-ahead).  T < a, so S(T) = S(D), whose
       due dates >= D are all >= a > E; those before D lie before T.
    2. PAST rules: the agenda evaluates them on E with the normal
       thresholds, as S does; E < a, so S(E) = S(D): again no due date in
       [T, E).
   The bound is a <= E, not a < E: an on-hold period whose N months end on
   E - 1 is "lang on hold" from E on (due E - 1, in the period), and S
   changes on E.

   So the candidates are: the dirty clients, the rows with a <= E, and the
   clients with a planned date in [T, E) - and, for "mijn klanten", the
   rows' regiehouder (a dirty client's row may be stale: taken whatever it
   says; one() checks every casefile anyway).  Anything else - rows for
   another day, a read-only file whose rows are old - reads every
   casefile.  tests/unit/test_agenda.c compares both on the demo caseload. */
static int candidates(casus_db *db, const ag_ctx *x)
{
	strbuf sb = STRBUF_INIT;
	sqlite3_stmt *st = NULL;
	char from[11], to[11];
	int rc = store_casefile_ids_reset(db);

	if (rc != CASUS_OK)
		return rc;
	cdate_format_iso(x->from, from);
	cdate_format_iso(x->to, to);
	sb_append(&sb, "INSERT OR IGNORE INTO temp.casefile_ids(client_id)"
		  " SELECT client_id FROM client_dirty"
		  " UNION ALL SELECT client_id FROM client_status WHERE agenda_op <= ?2");
	if (x->regie > 0)
		sb_append(&sb, " AND +regiehouder_id = ?4");
	/* on the indexes of db/012-agenda.sql (the partial index on the
	 * gepland steps needs the literal status, PIPSTATUS_GEPLAND) */
	sb_append(&sb, " UNION ALL SELECT client_id FROM journal"
		  " WHERE volgende_afspraak >= ?1 AND volgende_afspraak < ?2");
	if (x->regie > 0)
		sb_append(&sb, " AND +client_id IN (SELECT id FROM client WHERE regiehouder_id = ?4)");
	sb_appendf(&sb, " UNION ALL SELECT client_id FROM pip_step"
		   " WHERE status = %d AND datum >= ?1 AND datum < ?2", PIPSTATUS_GEPLAND);
	if (x->regie > 0)
		sb_append(&sb, " AND +client_id IN (SELECT id FROM client WHERE regiehouder_id = ?4)");
	rc = db_prepare(db, sb.s, &st);
	sb_free(&sb);
	if (rc != SQLITE_OK)
		return CASUS_ERROR;
	sqlite3_bind_text(st, 1, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, to, -1, SQLITE_TRANSIENT);
	if (x->regie > 0)
		sqlite3_bind_int64(st, 4, x->regie);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "agenda lezen");
}

/* The verbeterplan's actions due before the period ends (agenda.h). */
static int acties(casus_db *db, ag_ctx *x)
{
	ze_actie *a = NULL;
	size_t na = 0;
	int rc = ze_actie_overdue(db, x->to, &a, &na);

	for (size_t i = 0; rc == CASUS_OK && i < na; i++) {
		agenda_item *it;
		strbuf sb = STRBUF_INIT;
		char d[11];

		if (x->n == x->cap) {
			x->cap = x->cap ? x->cap * 2 : 64;
			x->v = xrealloc(x->v, x->cap * sizeof *x->v);
		}
		it = &x->v[x->n++];
		it->verlopen = a[i].streefdatum < x->from;
		it->datum = it->verlopen ? x->from : a[i].streefdatum;
		it->soort = AGENDA_ACTIE;
		it->client_id = 0;
		it->klantnummer = xstrdup("");
		it->naam = xstrdup("Verbeterplan");
		sb_append_printable(&sb, a[i].eigenaar ? a[i].eigenaar : "");
		it->regiehouder = sb_take(&sb);
		sb_reset(&sb);
		cdate_format_nl(a[i].streefdatum, d);
		sb_appendf(&sb, "Thema %d: ", a[i].thema);
		sb_append_printable(&sb, a[i].tekst ? a[i].tekst : "");
		sb_appendf(&sb, " (streefdatum %s%s)", d, it->verlopen ? ", verlopen" : "");
		it->wat = sb_take(&sb);
		sb_free(&sb);
	}
	ze_actie_list_free(a, na);
	return rc;
}

static int build(casus_db *db, cdate from, int dagen, int64_t regiehouder_id, int fast,
		 agenda_item **out, size_t *n)
{
	ag_ctx x;
	int rc;

	*out = NULL;
	*n = 0;
	if (dagen < 1)
		dagen = 1;
	memset(&x, 0, sizeof x);
	x.from = from;
	x.to = from + dagen;
	x.regie = regiehouder_id;
	widen(&x, db, dagen);
	rc = fast ? candidates(db, &x) : CASUS_OK;
	if (rc == CASUS_OK)
		rc = store_casefile_foreach(db, CF_NO_HANDOVER | CF_PREFETCH | (fast ? CF_IDS : 0),
					    one, &x);
	if (rc == CASUS_OK)
		rc = acties(db, &x);
	if (rc != CASUS_OK) {
		agenda_free(x.v, x.n);
		return rc;
	}
	if (x.n > 1)
		qsort(x.v, x.n, sizeof *x.v, cmp_item);
	*out = x.v;
	*n = x.n;
	return CASUS_OK;
}

int agenda_build(casus_db *db, cdate from, int dagen, int64_t regiehouder_id,
		 agenda_item **out, size_t *n)
{
	/* today's agenda: bring the overview to today first (quick when the
	 * screen did so already; refused on a read-only file, which then
	 * reads every casefile unless its rows hold today anyway) */
	if (from == cdate_today() && !db->readonly &&
	    caseload_refresh(db, from, NULL, NULL, NULL) != CASUS_OK)
		db->errmsg[0] = '\0';
	return build(db, from, dagen, regiehouder_id, caseload_holds(db, from), out, n);
}

int agenda_build_all(casus_db *db, cdate from, int dagen, int64_t regiehouder_id,
		     agenda_item **out, size_t *n)
{
	return build(db, from, dagen, regiehouder_id, 0, out, n);
}

void agenda_free(agenda_item *items, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(items[i].klantnummer);
		free(items[i].naam);
		free(items[i].regiehouder);
		free(items[i].wat);
	}
	free(items);
}

const char *agenda_soort_naam(int soort)
{
	switch (soort) {
	case AGENDA_GESPREK: return "Gesprek";
	case AGENDA_PIP: return "PIP-stap";
	case AGENDA_ACTIE: return "Actie";
	default: return "Termijn";
	}
}
