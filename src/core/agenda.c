/* agenda.c - "Vandaag / deze week" (agenda.h): what is planned and what
 * falls due in a period, per client.  The deadlines are the due dates of
 * signals.c's signals, so the rules that make them stay there. */
#include "config.h"

#include <stdio.h>
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
	const client *c = &cf->c;
	agenda_item *it;
	strbuf sb = STRBUF_INIT;
	char *naam = client_display_name(c);

	if (x->n == x->cap) {
		x->cap = x->cap ? x->cap * 2 : 64;
		x->v = xrealloc(x->v, x->cap * sizeof *x->v);
	}
	it = &x->v[x->n++];
	it->datum = datum;
	it->soort = soort;
	it->verlopen = verlopen;
	it->client_id = c->id;
	sb_append_printable(&sb, c->klantnummer ? c->klantnummer : "");
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

#define PLANNED_JOURNAL "Afspraak (journaal)"

/* What a gepland PIP step is called in the agenda (malloc'd). */
static char *planned_pip(int stap)
{
	return xasprintf("%s (gepland)", vocab_label(VOCAB_PIP_STAP, stap));
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
			add(x, cf, d, AGENDA_GESPREK, 0, PLANNED_JOURNAL);
	}
	for (size_t i = 0; i < cf->npip; i++) {
		const pip_step *p = &cf->pip[i];
		char *wat;

		if (p->status != PIPSTATUS_GEPLAND || !in_period(x, p->datum))
			continue;
		wat = planned_pip(p->stap);
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

int agenda_deadline_kind(signal_kind k)
{
	int m = kind_mode(k);

	return m == NOT_IN_AGENDA ? 0 : m == PAST ? 2 : 1;
}

void agenda_far(signal_settings *s)
{
	for (int k = 0; k < SIG__COUNT; k++)
		if (kind_mode((signal_kind)k) == AHEAD_DAYS)
			s->value[k] = FAR_DAYS;
		else if (kind_mode((signal_kind)k) == AHEAD_MONTHS)
			s->value[k] = FAR_MONTHS;
}

/* ---- the plan ----------------------------------------------------------------

   An agenda of [T, E) shows a client's deadline (kind, due) when due lies
   in [T, E) and the signal is among the client's signals evaluated on
   T (AHEAD kinds, look-ahead widened to the period) or on E (PAST kinds,
   as they are): deadlines() below.  A look-ahead only decides whether a
   signal with its due date shows, so what the AHEAD rules show on T with
   the widened look-ahead is what they show with an unlimited one, cut to
   due < E.  So the deadline signals of the settings agenda_far() makes,
   as a function of the evaluation day x, say everything; the plan keeps
   that function for the days from D (the day the row is computed) on:
   evaluated on D, they stay the same until the first day on which one of
   them can change (signals_compute_kinds: the thresholds of those rules
   and every record date), where they are evaluated again, and so on, for
   PLAN_DAYS days or PLAN_STEPS evaluations.  The plan covers the days
   before the change day it stopped at (its first line) and keeps the
   deadlines due before it.  An agenda of [T, E) with D <= T and E before
   that day takes each deadline of the plan with due in [T, E) that shows
   on T (AHEAD) or E (PAST); a later E reads the casefile.  Property-tested
   in tests/unit/test_agenda.c (the plan against an evaluation on every
   day), and the agenda from plans against one from every casefile. */
#define PLAN_DAYS 35
#define PLAN_STEPS 12

/* The deadlines of sg[0..n) as the agenda takes them: deadline kinds,
 * due on or after `from`, once per kind and due date (the first). */
static size_t plan_pick(const signal *sg, size_t n, cdate from, const signal **pick)
{
	size_t np = 0;

	for (size_t i = 0; i < n; i++) {
		int dup = 0;

		if (kind_mode(sg[i].kind) == NOT_IN_AGENDA || sg[i].due == CDATE_NONE || sg[i].due < from)
			continue;
		for (size_t k = 0; k < np; k++)
			dup |= pick[k]->kind == sg[i].kind && pick[k]->due == sg[i].due;
		if (!dup)
			pick[np++] = &sg[i];
	}
	return np;
}

typedef struct plan_line {
	signal_kind kind;
	cdate due, van, tot;    /* shown on [van, tot); tot 0: open */
	int verlopen;
	signal copy;            /* the signal (its text) */
} plan_line;

cdate agenda_plan(const casefile *cf, cdate day, const signal_settings *s,
		  char *plan, size_t cap, cdate *cover_out)
{
	signal_settings far = *s;
	signal sig[MAX_SIG];
	const signal *pick[MAX_SIG];
	plan_line *line = NULL;
	size_t nline = 0, capl = 0, len;
	cdate x = day, cover = 0, op = 0, nk[SIG__COUNT];

	agenda_far(&far);
	for (int step = 0;; step++) {
		size_t n = signals_compute_kinds(cf, x, &far, sig, MAX_SIG, nk), np;
		cdate next = 0;

		if (n > MAX_SIG) {      /* too many to keep: the casefile is read */
			cover = x;
			break;
		}
		for (int k = 0; k < SIG__COUNT; k++)
			if (kind_mode((signal_kind)k) != NOT_IN_AGENDA && nk[k] != 0 &&
			    (next == 0 || nk[k] < next))
				next = nk[k];
		np = plan_pick(sig, n, day, pick);
		for (size_t i = 0; i < np; i++) {
			plan_line *l = NULL;

			/* the same deadline shown until x: one line */
			for (size_t k = 0; k < nline && !l; k++)
				if (line[k].tot == x && line[k].kind == pick[i]->kind &&
				    line[k].due == pick[i]->due &&
				    line[k].verlopen == (pick[i]->severity == SEV_VERLOPEN) &&
				    strcmp(line[k].copy.text, pick[i]->text) == 0)
					l = &line[k];
			if (!l) {
				if (nline == capl) {
					capl = capl ? capl * 2 : 8;
					line = xrealloc(line, capl * sizeof *line);
				}
				l = &line[nline++];
				l->kind = pick[i]->kind;
				l->due = pick[i]->due;
				l->van = x;
				l->verlopen = pick[i]->severity == SEV_VERLOPEN;
				l->copy = *pick[i];
			}
			l->tot = next;
		}
		if (next == 0)
			break;          /* the same on every later day */
		if (next >= day + PLAN_DAYS || step + 1 == PLAN_STEPS) {
			cover = next;
			break;
		}
		x = next;
	}
	len = cover ? (size_t)snprintf(plan, cap, "%d\n", (int)cover) : (size_t)snprintf(plan, cap, "-\n");
	for (size_t i = 0; i < nline; i++) {
		const plan_line *l = &line[i];
		char tot[16] = "-";

		if (cover && l->due >= cover)
			continue;       /* beyond what the plan covers */
		if (l->tot)
			snprintf(tot, sizeof tot, "%d", (int)l->tot);
		if (len < cap)
			len += (size_t)snprintf(plan + len, cap - len, "%d\t%d\t%d\t%s\t%d\t%s\n",
						(int)l->kind, (int)l->due, (int)l->van, tot,
						l->verlopen, l->copy.text);
		if (op == 0 || l->due < op)
			op = l->due;
	}
	free(line);
	if (len >= cap) {       /* does not fit: covers nothing */
		snprintf(plan, cap, "%d\n", (int)day);
		cover = day;
		op = 0;
	}
	*cover_out = cover;
	if (cover && (op == 0 || cover < op))
		op = cover;
	return op;
}

int agenda_plan_at(const char *plan, cdate x, agenda_deadline *out, int cap)
{
	const char *p = plan;
	char *end;
	long cover;
	int n = 0;

	if (!p)
		return -1;
	if (*p == '-') {
		cover = 0;
		end = (char *)p + 1;
	} else {
		cover = strtol(p, &end, 10);
		if (end == p)
			return -1;
	}
	if (*end != '\n' || (cover != 0 && x >= cover))
		return -1;
	p = end + 1;
	while (*p) {
		long f[5];
		const char *nl = strchr(p, '\n'), *q = p;
		size_t tl;

		if (!nl)
			return -1;
		for (int i = 0; i < 5; i++) {
			if (i == 3 && *q == '-') {
				f[i] = 0;
				end = (char *)q + 1;
			} else {
				f[i] = strtol(q, &end, 10);
				if (end == q)
					return -1;
			}
			if (*end != '\t')
				return -1;
			q = end + 1;
		}
		if (f[0] < 0 || f[0] >= SIG__COUNT)
			return -1;
		if (f[2] <= x && (f[3] == 0 || x < f[3]) && n < cap) {
			out[n].kind = (signal_kind)f[0];
			out[n].due = (cdate)f[1];
			out[n].verlopen = (int)f[4];
			tl = (size_t)(nl - q);
			if (tl >= sizeof out[n].text)
				tl = sizeof out[n].text - 1;
			memcpy(out[n].text, q, tl);
			out[n].text[tl] = '\0';
			n++;
		}
		p = nl + 1;
	}
	return n;
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

/* ---- the agenda from the plans ----------------------------------------------

   Reading every casefile takes seconds on 100,000 clients, and reading
   those that can have an item still a fifth of a second; the overview
   cache (caseload_refresh.c, client_status) keeps each client's plan
   ("the plan" above).  Let T = from, E = to = from + dagen, and let the
   rows hold T (caseload_holds: every row not in client_dirty was computed
   on a day D <= T and is valid on T; a change to a client puts it in
   client_dirty in the same transaction).  Then:
    - planned items come straight from record dates: SQL on
      journal.volgende_afspraak and the gepland pip_step.datum in [T, E)
      (the indexes of db/012-agenda.sql);
    - a row whose plan covers E gives the client's deadlines (T < E, so it
      covers T too); agenda_op is the earlier of the day its plan stops
      covering and its earliest due date, so only the rows with agenda_op
      <= E can give anything and the others are not read;
    - the casefiles of the dirty clients and of the rows whose plan stops
      covering on or before E are read, as agenda_build_all does.
   For "mijn klanten" the rows' and clients' regiehouder narrows each part
   (a dirty client's casefile is read whatever its row says; one() checks
   every casefile anyway).  Anything else - rows for another day, a
   read-only file whose rows are old - reads every casefile.
   tests/unit/test_agenda.c compares both on the demo caseload. */

/* An item of a client whose casefile is not read: named after the pass. */
typedef struct pending {
	int64_t client_id;
	cdate datum;
	int soort, verlopen;
	char *wat;
} pending;

typedef struct pend_list {
	pending *v;
	size_t n, cap;
} pend_list;

static void pend_add(pend_list *p, int64_t id, cdate datum, int soort, int verlopen, char *wat)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 256;
		p->v = xrealloc(p->v, p->cap * sizeof *p->v);
	}
	p->v[p->n].client_id = id;
	p->v[p->n].datum = datum;
	p->v[p->n].soort = soort;
	p->v[p->n].verlopen = verlopen;
	p->v[p->n++].wat = wat;
}

static int cmp_pend(const void *pa, const void *pb)
{
	const pending *a = pa, *b = pb;

	return a->client_id < b->client_id ? -1 : a->client_id > b->client_id;
}

/* The deadlines of one row's plan in [T, E); -1: the plan does not cover
 * E (the casefile is read; nothing is added). */
static int plan_items(ag_ctx *x, int64_t id, const char *plan, pend_list *p)
{
	agenda_deadline d[2][MAX_SIG];
	int n[2];

	for (int pass = 0; pass < 2; pass++)
		if ((n[pass] = agenda_plan_at(plan, pass == 0 ? x->from : x->to, d[pass], MAX_SIG)) < 0)
			return -1;
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < n[pass]; i++)
			if ((kind_mode(d[pass][i].kind) == PAST) == (pass == 1) && in_period(x, d[pass][i].due))
				pend_add(p, id, d[pass][i].due, AGENDA_DEADLINE, d[pass][i].verlopen,
					 xstrdup(d[pass][i].text));
	return 0;
}

/* The rows with agenda_op <= E: their deadlines, or their casefile. */
static int from_plans(casus_db *db, ag_ctx *x, pend_list *p)
{
	sqlite3_stmt *st = NULL;
	char to[11];
	int rc;

	cdate_format_iso(x->to, to);
	rc = db_prepare(db, x->regie > 0 ?
			"SELECT client_id, agenda FROM client_status WHERE agenda_op <= ?1"
			" AND +regiehouder_id = ?2 AND client_id NOT IN (SELECT client_id FROM client_dirty)" :
			"SELECT client_id, agenda FROM client_status WHERE agenda_op <= ?1"
			" AND client_id NOT IN (SELECT client_id FROM client_dirty)", &st);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "agenda lezen");
	sqlite3_bind_text(st, 1, to, -1, SQLITE_TRANSIENT);
	if (x->regie > 0)
		sqlite3_bind_int64(st, 2, x->regie);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);

		if (plan_items(x, id, (const char *)sqlite3_column_text(st, 1), p) != 0 &&
		    store_casefile_ids_add(db, id) != CASUS_OK) {
			sqlite3_finalize(st);
			return CASUS_ERROR;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "agenda lezen");
}

/* The planned items of the clients whose casefile is not read. */
static int planned_rows(casus_db *db, ag_ctx *x, pend_list *p)
{
	char from[11], to[11];
	int rc = SQLITE_DONE;

	cdate_format_iso(x->from, from);
	cdate_format_iso(x->to, to);
	for (int k = 0; k < 2 && rc == SQLITE_DONE; k++) {
		strbuf sb = STRBUF_INIT;
		sqlite3_stmt *st = NULL;

		if (k == 0)
			sb_append(&sb, "SELECT DISTINCT client_id, volgende_afspraak, 0 FROM journal"
				  " WHERE volgende_afspraak >= ?1 AND volgende_afspraak < ?2");
		else    /* the partial index on the gepland steps needs the
			 * literal status (db/012-agenda.sql) */
			sb_appendf(&sb, "SELECT client_id, datum, stap FROM pip_step"
				   " WHERE status = %d AND datum >= ?1 AND datum < ?2", PIPSTATUS_GEPLAND);
		sb_append(&sb, " AND +client_id NOT IN (SELECT client_id FROM temp.casefile_ids)");
		if (x->regie > 0)
			sb_append(&sb, " AND +client_id IN (SELECT id FROM client WHERE regiehouder_id = ?3)");
		rc = db_prepare(db, sb.s, &st);
		sb_free(&sb);
		if (rc != SQLITE_OK)
			break;
		sqlite3_bind_text(st, 1, from, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, to, -1, SQLITE_TRANSIENT);
		if (x->regie > 0)
			sqlite3_bind_int64(st, 3, x->regie);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			int64_t id = sqlite3_column_int64(st, 0);
			cdate d = cdate_from_iso((const char *)sqlite3_column_text(st, 1));

			if (k == 0)
				pend_add(p, id, d, AGENDA_GESPREK, 0, xstrdup(PLANNED_JOURNAL));
			else
				pend_add(p, id, d, AGENDA_PIP, 0, planned_pip(sqlite3_column_int(st, 2)));
		}
		sqlite3_finalize(st);
	}
	return rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "agenda lezen");
}

typedef struct name_ctx {
	ag_ctx *x;
	const pend_list *p;
	size_t i;               /* the next pending item (sorted by client) */
} name_ctx;

static int name_one(const casefile *cf, void *arg)
{
	name_ctx *c = arg;
	const pend_list *p = c->p;

	while (c->i < p->n && p->v[c->i].client_id < cf->c.id)
		c->i++;         /* a client deleted meanwhile: cannot happen
				 * within the read snapshot */
	for (; c->i < p->n && p->v[c->i].client_id == cf->c.id; c->i++)
		add(c->x, cf, p->v[c->i].datum, p->v[c->i].soort, p->v[c->i].verlopen,
		    p->v[c->i].wat);
	return 0;
}

/* The pending items with their client's name and regiehouder: the
 * clients read in one pass (temp.casefile_ids, after the casefiles). */
static int name_pending(casus_db *db, ag_ctx *x, const pend_list *p)
{
	name_ctx c = { x, p, 0 };
	int rc = store_casefile_ids_reset(db);

	for (size_t i = 0; i < p->n && rc == CASUS_OK; i++)
		if (i == 0 || p->v[i].client_id != p->v[i - 1].client_id)
			rc = store_casefile_ids_add(db, p->v[i].client_id);
	if (rc == CASUS_OK)
		rc = store_casefile_foreach(db, CF_IDS | CF_CLIENT_ONLY, name_one, &c);
	return rc;
}

/* The fast path, first part: plans and planned items by date into p; the
 * clients whose casefile is read into temp.casefile_ids. */
static int from_rows(casus_db *db, ag_ctx *x, pend_list *p)
{
	int rc = store_casefile_ids_reset(db);

	if (rc == CASUS_OK && db_exec(db, "INSERT OR IGNORE INTO temp.casefile_ids(client_id)"
				      " SELECT client_id FROM client_dirty") != SQLITE_OK)
		rc = db_fail(db, sqlite3_errcode(db->sql), "agenda lezen");
	if (rc == CASUS_OK)
		rc = from_plans(db, x, p);
	if (rc == CASUS_OK)
		rc = planned_rows(db, x, p);
	if (rc == CASUS_OK && p->n > 1)
		qsort(p->v, p->n, sizeof *p->v, cmp_pend);
	return rc;
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
	pend_list p = { 0 };
	int rc, snap;

	*out = NULL;
	*n = 0;
	if (dagen < 1)
		dagen = 1;
	memset(&x, 0, sizeof x);
	x.from = from;
	x.to = from + dagen;
	x.regie = regiehouder_id;
	widen(&x, db, dagen);
	snap = db_read_begin(db);
	rc = fast ? from_rows(db, &x, &p) : CASUS_OK;
	if (rc == CASUS_OK)
		rc = store_casefile_foreach(db, CF_NO_HANDOVER | CF_PREFETCH | (fast ? CF_IDS : 0),
					    one, &x);
	if (rc == CASUS_OK && p.n)
		rc = name_pending(db, &x, &p);
	if (rc == CASUS_OK)
		rc = acties(db, &x);
	db_read_end(db, snap);
	for (size_t i = 0; i < p.n; i++)
		free(p.v[i].wat);
	free(p.v);
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
