/* caseload.c - the caseload overview (see caseload.h): paged listings of
 * the cache table client_status (kept current by caseload_refresh.c) with
 * filters and sort orders, and the controle findings of all participants. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "caseload.h"
#include "db_int.h"
#include "derive.h"
#include "horizon.h"
#include "norm.h"
#include "signals.h"
#include "store.h"
#include "util.h"
#include "vocab.h"

char *caseload_now(void)
{
	const char *env = getenv("CASUS_NOW");
	char buf[32];
	time_t t;
	struct tm tm;

	if (env && *env)
		return xstrndup(env, 16);
	t = time(NULL);
	localtime_r(&t, &tm);
	strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
	return xstrdup(buf);
}

cdate caseload_default_peildatum(cdate today)
{
	int y, m, d;
	cdate p;

	cdate_to_ymd(today, &y, &m, &d);
	p = cdate_from_ymd(y, 10, 31);
	if (p > today)
		p = cdate_from_ymd(y - 1, 10, 31);
	return p;
}

const char *caseload_situatie_kort(int startbanen, int situatie)
{
	if (!startbanen)
		return "Geen deelnemer";
	switch (situatie) {
	case SIT_NOG_VOORTRAJECT: return "Nog voortraject";
	case SIT_VOORTRAJECT: return "In voortraject";
	case SIT_BEMIDDELING: return "In bemiddeling";
	case SIT_STARTBAAN: return "Startbaan";
	case SIT_ON_HOLD: return "On hold";
	case SIT_UITVAL: return "Uitval";
	case SIT_EINDE: return "Einde";
	default: return "Onbekend";
	}
}

/* ---- listing -------------------------------------------------------------- */

static char *col_dup(sqlite3_stmt *st, int col)
{
	const char *s = (const char *)sqlite3_column_text(st, col);

	return s ? str_printable(s) : NULL;
}

static char *name_of(const char *achternaam, const char *voornaam, const char *kn)
{
	client c;
	char *raw, *out;

	memset(&c, 0, sizeof c);
	c.achternaam = (char *)achternaam;
	c.voornaam = (char *)voornaam;
	c.klantnummer = (char *)kn;
	raw = client_display_name(&c);
	out = str_printable(raw);
	free(raw);
	return out;
}

#define ROW_COLUMNS \
	"c.id, c.achternaam, c.voornaam, c.klantnummer, c.inburgeringsprogramma," \
	" c.startbanen, s.situatie, s.urgentie, s.nsignalen, s.signaal, k.naam," \
	" s.laatste_contact, s.signaal_soort, s.signaal_teller, s.signaal_dag," \
	" (SELECT value FROM setting WHERE key = 'overzicht.datum')," \
	" c.geboortedatum, c.geboortejaar"

/* The top signal's text as it reads on the day the rows hold: a day count
 * in it (signal.counts_from) is moved on from the day it was computed. */
static char *signal_text(sqlite3_stmt *st)
{
	const char *text = (const char *)sqlite3_column_text(st, 9);
	signal sg;
	char buf[sizeof sg.text];
	cdate on, held;

	if (!text)
		return NULL;
	memset(&sg, 0, sizeof sg);
	snprintf(sg.text, sizeof sg.text, "%s", text);
	sg.counts_from = cdate_from_iso((const char *)sqlite3_column_text(st, 13));
	on = cdate_from_iso((const char *)sqlite3_column_text(st, 14));
	held = cdate_from_iso((const char *)sqlite3_column_text(st, 15));
	if (sg.counts_from == CDATE_NONE || on == CDATE_NONE || held == CDATE_NONE)
		return str_printable(text);
	horizon_signal_text(&sg, on, held, buf);
	return str_printable(buf);
}

static void read_row(sqlite3_stmt *st, cl_row *r)
{
	memset(r, 0, sizeof *r);
	r->id = sqlite3_column_int64(st, 0);
	r->naam = name_of((const char *)sqlite3_column_text(st, 1),
			  (const char *)sqlite3_column_text(st, 2),
			  (const char *)sqlite3_column_text(st, 3));
	r->klantnummer = col_dup(st, 3);
	r->leerroute = sqlite3_column_int(st, 4);
	r->startbanen = sqlite3_column_int(st, 5);
	r->situatie = sqlite3_column_int(st, 6);
	r->urgentie = sqlite3_column_int(st, 7);
	r->nsignalen = sqlite3_column_int(st, 8);
	r->signaal = signal_text(st);
	r->regiehouder = col_dup(st, 10);
	r->laatste_contact = cdate_from_iso((const char *)sqlite3_column_text(st, 11));
	r->signaal_soort = sqlite3_column_type(st, 12) == SQLITE_NULL ? -1 :
		sqlite3_column_int(st, 12);
	r->ernst = r->urgentie / 100000000;
	r->geboortedatum = cdate_from_iso((const char *)sqlite3_column_text(st, 16));
	r->geboortejaar = sqlite3_column_int(st, 17);
}

void cl_rows_free(cl_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(rows[i].naam);
		free(rows[i].klantnummer);
		free(rows[i].signaal);
		free(rows[i].regiehouder);
	}
	free(rows);
}

/* WHERE clause of a filter over client_status s; parameters ?1 (regiehouder),
 * ?2 (situatie) and ?5 (signal kind) are bound by bind_filter. */
static void filter_sql(strbuf *sb, const cl_filter *f)
{
	sb_append(sb, " WHERE 1");
	if (f->regiehouder_id > 0)
		sb_append(sb, " AND s.regiehouder_id = ?1");
	if (f->startbanen || f->situatie > 0)
		sb_append(sb, " AND s.startbanen = 1");
	if (f->situatie > 0)
		sb_append(sb, " AND s.situatie = ?2");
	if (f->met_signaal)
		sb_append(sb, " AND s.urgentie > 0");
	if (f->team)   /* unary +: walk the sort order's index, test each row */
		sb_append(sb, " AND +s.regiehouder_id IN (SELECT id FROM consultant WHERE actief = 1)");
	if (f->soort > 0)
		sb_append(sb, " AND s.signaal_soort = ?5");
}

static void bind_filter(sqlite3_stmt *st, const cl_filter *f)
{
	if (f->regiehouder_id > 0)
		sqlite3_bind_int64(st, 1, f->regiehouder_id);
	if (f->situatie > 0)
		sqlite3_bind_int(st, 2, f->situatie);
	if (f->soort > 0)
		sqlite3_bind_int(st, 5, f->soort - 1);
}

int caseload_count(casus_db *db, const cl_filter *f, int64_t *n, int64_t *nsignaal)
{
	strbuf sb = STRBUF_INIT;
	sqlite3_stmt *st = NULL;
	int rc;

	sb_append(&sb, "SELECT count(*), coalesce(sum(s.urgentie > 0), 0) FROM client_status s");
	filter_sql(&sb, f);
	rc = db_prepare(db, sb.s, &st);
	sb_free(&sb);
	if (rc != SQLITE_OK)
		return CASUS_ERROR;
	bind_filter(st, f);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*n = sqlite3_column_int64(st, 0);
		if (nsignaal)
			*nsignaal = sqlite3_column_int64(st, 1);
		rc = CASUS_OK;
	} else {
		rc = db_fail(db, rc, "telling");
	}
	sqlite3_finalize(st);
	return rc;
}

int caseload_page(casus_db *db, const cl_filter *f, int sort, int64_t offset,
		  int limit, cl_row **rows, size_t *n)
{
	strbuf sb = STRBUF_INIT;
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	const char *order;
	int rc;

	*rows = NULL;
	*n = 0;
	/* The page is found on client_status alone (an index in sort order;
	 * OFFSET steps over index entries only), then joined for its rows. */
	switch (sort) {
	case CL_SORT_URGENTIE:
		order = " ORDER BY s.urgentie DESC, s.sorteersleutel, s.client_id";
		break;
	case CL_SORT_CONTACT:
		order = " ORDER BY s.laatste_contact, s.sorteersleutel, s.client_id";
		break;
	default:
		order = " ORDER BY s.sorteersleutel, s.client_id";
		break;
	}
	sb_append(&sb, "SELECT " ROW_COLUMNS " FROM (SELECT s.client_id AS pid FROM client_status s");
	filter_sql(&sb, f);
	sb_append(&sb, order);
	sb_append(&sb, " LIMIT ?3 OFFSET ?4) p"
		  " JOIN client_status s ON s.client_id = p.pid"
		  " JOIN client c ON c.id = s.client_id"
		  " LEFT JOIN consultant k ON k.id = s.regiehouder_id");
	sb_append(&sb, order);

	rc = db_prepare(db, sb.s, &st);
	sb_free(&sb);
	if (rc != SQLITE_OK)
		return CASUS_ERROR;
	bind_filter(st, f);
	sqlite3_bind_int(st, 3, limit);
	sqlite3_bind_int64(st, 4, offset < 0 ? 0 : offset);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 32;
			*rows = xrealloc(*rows, cap * sizeof **rows);
		}
		read_row(st, &(*rows)[(*n)++]);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "caseload lezen");
	return CASUS_OK;
}

int caseload_rows(casus_db *db, const int64_t *ids, size_t nids, cl_row **rows, size_t *n)
{
	sqlite3_stmt *st = NULL;
	int rc;

	*rows = NULL;
	*n = 0;
	if (nids == 0)
		return CASUS_OK;
	rc = db_prepare(db, "SELECT " ROW_COLUMNS " FROM client c"
			" LEFT JOIN client_status s ON s.client_id = c.id"
			" LEFT JOIN consultant k ON k.id = c.regiehouder_id"
			" WHERE c.id = ?1", &st);
	if (rc != SQLITE_OK)
		return CASUS_ERROR;
	*rows = xcalloc(nids, sizeof **rows);
	for (size_t i = 0; i < nids; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, ids[i]);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			read_row(st, &(*rows)[(*n)++]);
		else if (rc != SQLITE_DONE) {
			sqlite3_finalize(st);
			return db_fail(db, rc, "caseload lezen");
		}
	}
	sqlite3_finalize(st);
	return CASUS_OK;
}

/* ---- controle ------------------------------------------------------------- */

typedef struct ctl_ctx {
	cdate P;
	cl_controle *out;
	char **keys;
	size_t n, cap, deelnemers;
	caseload_progress_fn fn;
	void *arg;
	int64_t done, total;
} ctl_ctx;

static int ctl_one(const casefile *cf, void *arg)
{
	ctl_ctx *x = arg;
	finding f[128];
	derived d;
	size_t nf;
	cl_controle *c;
	char *raw;

	x->done++;
	if (x->fn && (x->done % 4096) == 0)
		x->fn(x->arg, x->done, x->total);
	derive_all(cf, x->P, &d);
	if (!d.deelnemer)
		return 0;
	x->deelnemers++;
	nf = controle_client(cf, &d, x->P, f, sizeof f / sizeof f[0]);
	if (nf == 0)
		return 0;
	if (nf > sizeof f / sizeof f[0])
		nf = sizeof f / sizeof f[0];
	if (x->n == x->cap) {
		x->cap = x->cap ? x->cap * 2 : 64;
		x->out = xrealloc(x->out, x->cap * sizeof *x->out);
		x->keys = xrealloc(x->keys, x->cap * sizeof *x->keys);
	}
	c = &x->out[x->n];
	c->client_id = cf->c.id;
	raw = client_display_name(&cf->c);
	c->naam = str_printable(raw);
	free(raw);
	c->klantnummer = str_printable(cf->c.klantnummer);
	c->n = nf;
	c->f = xmalloc(nf * sizeof *c->f);
	memcpy(c->f, f, nf * sizeof *f);
	raw = xasprintf("%s %s", cf->c.achternaam ? cf->c.achternaam : "",
			cf->c.voornaam ? cf->c.voornaam : "");
	x->keys[x->n] = norm_key(raw);
	free(raw);
	x->n++;
	return 0;
}

/* Sort by key, carrying the rows along (insertion order is id order). */
static const char **sort_keys;

static int ctl_cmp(const void *a, const void *b)
{
	size_t ia = *(const size_t *)a, ib = *(const size_t *)b;
	int c = strcmp(sort_keys[ia], sort_keys[ib]);

	return c ? c : (ia < ib ? -1 : ia > ib);
}

void cl_controle_free(cl_controle *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(c[i].naam);
		free(c[i].klantnummer);
		free(c[i].f);
	}
	free(c);
}

int caseload_controle(casus_db *db, cdate P, cl_controle **out, size_t *n,
		      size_t *deelnemers, caseload_progress_fn fn, void *arg)
{
	ctl_ctx x;
	int rc;

	memset(&x, 0, sizeof x);
	x.P = P;
	x.fn = fn;
	x.arg = arg;
	x.total = store_client_count(db);
	rc = store_casefile_foreach(db, CF_REGISTRATION, ctl_one, &x);
	*out = NULL;
	*n = 0;
	if (deelnemers)
		*deelnemers = x.deelnemers;
	if (rc == CASUS_OK && x.n) {
		size_t *idx = xmalloc(x.n * sizeof *idx);
		cl_controle *sorted = xmalloc(x.n * sizeof *sorted);

		for (size_t i = 0; i < x.n; i++)
			idx[i] = i;
		sort_keys = (const char **)x.keys;
		qsort(idx, x.n, sizeof *idx, ctl_cmp);
		sort_keys = NULL;
		for (size_t i = 0; i < x.n; i++)
			sorted[i] = x.out[idx[i]];
		free(idx);
		free(x.out);
		x.out = sorted;
	}
	for (size_t i = 0; i < x.n; i++)
		free(x.keys[i]);
	free(x.keys);
	if (rc != CASUS_OK) {
		cl_controle_free(x.out, x.n);
		return rc;
	}
	*out = x.out;
	*n = x.n;
	return CASUS_OK;
}
