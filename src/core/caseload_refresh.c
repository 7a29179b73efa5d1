/* caseload_refresh.c - keeping the caseload overview current (see
 * caseload.h): the cache table client_status and its refresh.
 *
 * Why a cache table: situatie, signals and last contact are derived from all
 * records of a client for a given day, so a list of 100,000 clients that is
 * filtered on "has a signal" or sorted by urgency cannot be produced from
 * the record tables without deriving every client first (about a second).
 * client_status keeps the derived values per client for one day together
 * with copies of the sort/filter columns, indexed for each sort order, so a
 * page is an index range with LIMIT/OFFSET.  Freshness: the triggers of
 * db/003-overzicht.sql put every changed client in client_dirty in the same
 * transaction as the change.  Each row also keeps herbereken_op, the first
 * day on which its values can differ (horizon.c; db/009-overzicht-volgende.sql),
 * so on a new day only the clients with herbereken_op <= today are
 * recomputed.  A full pass runs only when the rows cannot be trusted: the
 * setting 'overzicht.datum' (the day the rows hold) is gone (a migration
 * or a changed signal threshold removes it), lies after today (the clock
 * went back), or 'overzicht.regels' differs from this build's OVERVIEW_RULES.
 * caseload_refresh() is called by the screen before it reads a list. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "agenda.h"
#include "caseload.h"
#include "db_int.h"
#include "derive.h"
#include "horizon.h"
#include "norm.h"
#include "signals.h"
#include "store.h"
#include "util.h"
#include "vocab.h"

/* More than this many clients to recompute, and more than a quarter of
 * all: one pass over every client (a plain scan of each record table) is
 * quicker than the index lookups of the changed ones. */
#define CHANGED_FULL_MIN 2000

/* The page cache of a pass over every client (KiB): most pages of the
 * file are read once and the rows' index pages written many times, and
 * with SQLite's default cache the dirty pages spill to the WAL before
 * the commit.  On 100,000 demo clients the pass took 3.0 s with it and
 * 4.0 s without.  A refresh of the changed clients keeps the default:
 * it was slower with this cache (0.45 s against 0.73 s for 6,000
 * clients; the page faults of the new cache cost more than they save). */
#define FULL_PASS_CACHE_KIB 65536

/* The rules the rows were computed with.  A build whose derivations or
 * signals differ from the file's rows must recompute every client once:
 * a new version does so by itself; within one version, raise the number
 * after the slash when a change to derive.c, signals.c or horizon.c
 * changes what the overview shows. */
#define OVERVIEW_RULES PACKAGE_VERSION "/2"

static const char SETTING_DAY[] = "overzicht.datum";
static const char SETTING_RULES[] = "overzicht.regels";
/* Set by a refresh for one consultant (caseload_refresh_for): the day
 * 'overzicht.datum' names, while rows of other consultants may still be
 * due on it. */
static const char SETTING_REST[] = "overzicht.rest";


typedef struct refresh_ctx {
	casus_db *db;
	cdate today;
	char today_iso[11];
	signal_settings ss;
	caseload_progress_fn fn;
	void *arg;
	int64_t done, total;
	int64_t regie;          /* > 0: the due clients of this consultant only */
} refresh_ctx;

/* The derived columns of a client_status row, in the order of
 * status_col[] (the client's own columns, sorteersleutel, regiehouder_id
 * and startbanen, are copied from client by status_upsert). */
enum {
	SC_SITUATIE, SC_URGENTIE, SC_NSIGNALEN, SC_SIGNAAL, SC_CONTACT, SC_SOORT,
	SC_HERBEREKEN, SC_TELLER, SC_DAG, SC_AGENDA, SC_PLAN, SC__COUNT
};
static const char *const status_col[SC__COUNT] = {
	"situatie", "urgentie", "nsignalen", "signaal", "laatste_contact",
	"signaal_soort", "herbereken_op", "signaal_teller", "signaal_dag", "agenda_op", "agenda"
};

/* One row's derived values; a NULL column is an empty text or -1. */
typedef struct status_vals {
	int situatie, urgentie, nsignalen, soort;
	char signaal[sizeof ((signal *)0)->text];
	char contact[11], herbereken[11], teller[11], dag[11];
	char agenda[11];        /* agenda_op: which rows the agenda reads */
	char plan[2048];        /* agenda_plan: the client's deadlines ahead */
} status_vals;

/* The overview columns of cf on `day` (all but herbereken_op and the
 * agenda's), and in *next the first day after it on which they can
 * differ (horizon_overview; 0: none). */
static void overview_vals(const refresh_ctx *x, const casefile *cf, cdate day,
			  status_vals *v, cdate *next)
{
	signal sig[SIG__COUNT + 4];
	size_t ns;

	*next = 0;
	ns = horizon_overview(cf, day, &x->ss, sig, sizeof sig / sizeof sig[0], next);
	memset(v, 0, sizeof *v);
	v->soort = -1;
	v->situatie = derive_situatie(cf, day);
	v->urgentie = ns ? signal_urgency(&sig[0]) : 0;
	v->nsignalen = (int)ns;
	if (ns) {
		snprintf(v->signaal, sizeof v->signaal, "%s", sig[0].text);
		v->soort = (int)sig[0].kind;
	}
	if (ns && sig[0].counts_from) {
		/* a day count in the text: read_row moves it on to the day the
		 * rows hold, so the row need not be recomputed every day */
		cdate_format_iso(sig[0].counts_from, v->teller);
		cdate_format_iso(day, v->dag);
	}
	if (cf->njr && cf->jr[cf->njr - 1].moment && strlen(cf->jr[cf->njr - 1].moment) >= 10)
		snprintf(v->contact, sizeof v->contact, "%.10s", cf->jr[cf->njr - 1].moment);
}

/* Does b (computed on day) show what a (computed on `on`) shows on that
 * day?  A day count in the text is moved on first (read_row does so). */
static int same_vals(const status_vals *a, cdate on, const status_vals *b, cdate day)
{
	signal sg;
	char shown[sizeof sg.text];

	if (a->situatie != b->situatie || a->urgentie != b->urgentie ||
	    a->nsignalen != b->nsignalen || a->soort != b->soort ||
	    strcmp(a->contact, b->contact) != 0 || strcmp(a->teller, b->teller) != 0)
		return 0;
	if (!*a->teller)
		return strcmp(a->signaal, b->signaal) == 0;
	memset(&sg, 0, sizeof sg);
	snprintf(sg.text, sizeof sg.text, "%s", a->signaal);
	sg.counts_from = cdate_from_iso(a->teller);
	horizon_signal_text(&sg, on, day, shown);
	return strcmp(shown, b->signaal) == 0;
}

/* Bounds of the look past the next day on which the overview can change
 * (status_compute). */
#define SKIP_STEPS 8

/* The row of cf for x->today.  herbereken_op is the first day on which
 * what the row shows really differs: the days on which it can change
 * (horizon_overview) are looked at one after the other, up to SKIP_STEPS
 * of them, and those on which it stays the same are passed (about half
 * of the due rows of a day on the demo caseload).  It is no later than
 * the day the agenda's plan stops covering, so a plan is renewed with
 * its row. */
static void status_compute(refresh_ctx *x, const casefile *cf, status_vals *v)
{
	cdate next = 0, cover = 0, op;

	overview_vals(x, cf, x->today, v, &next);
	for (int i = 0; next != 0 && i < SKIP_STEPS; i++) {
		status_vals w;
		cdate after = 0;

		overview_vals(x, cf, next, &w, &after);
		if (!same_vals(v, x->today, &w, next))
			break;
		next = after;
	}
	op = agenda_plan(cf, x->today, &x->ss, v->plan, sizeof v->plan, &cover);
	/* (a plan that covers nothing, cover == today, has its casefile read
	 * by every agenda: no reason to recompute the row each day) */
	if (cover > x->today && (next == 0 || cover < next))
		next = cover;
	if (next)
		cdate_format_iso(next, v->herbereken);
	if (op)
		cdate_format_iso(op, v->agenda);
	else
		v->plan[0] = '\0';     /* nothing ahead: both NULL */
}

static void bind_text_or_null(sqlite3_stmt *st, int i, const char *s)
{
	if (*s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

/* Column k of v bound as parameter i. */
static void status_bind(sqlite3_stmt *st, int i, int k, const status_vals *v)
{
	switch (k) {
	case SC_SITUATIE: sqlite3_bind_int(st, i, v->situatie); break;
	case SC_URGENTIE: sqlite3_bind_int(st, i, v->urgentie); break;
	case SC_NSIGNALEN: sqlite3_bind_int(st, i, v->nsignalen); break;
	case SC_SIGNAAL: bind_text_or_null(st, i, v->signaal); break;
	case SC_CONTACT: bind_text_or_null(st, i, v->contact); break;
	case SC_SOORT:
		if (v->soort >= 0)
			sqlite3_bind_int(st, i, v->soort);
		else
			sqlite3_bind_null(st, i);
		break;
	case SC_HERBEREKEN: bind_text_or_null(st, i, v->herbereken); break;
	case SC_TELLER: bind_text_or_null(st, i, v->teller); break;
	case SC_DAG: bind_text_or_null(st, i, v->dag); break;
	case SC_AGENDA: bind_text_or_null(st, i, v->agenda); break;
	case SC_PLAN: bind_text_or_null(st, i, v->plan); break;
	}
}

/* A whole row, new or with changed client columns (sorteersleutel,
 * regiehouder_id, startbanen are read from client). */
static int status_upsert(refresh_ctx *x, int64_t id, const status_vals *v)
{
	sqlite3_stmt *st;
	int rc;

	rc = db_stmt(x->db,
		     "INSERT INTO client_status(client_id, sorteersleutel, regiehouder_id, startbanen,"
		     " situatie, urgentie, nsignalen, signaal, laatste_contact, signaal_soort,"
		     " herbereken_op, signaal_teller, signaal_dag, agenda_op, agenda)"
		     " SELECT id, sorteersleutel, regiehouder_id, startbanen,"
		     " ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12"
		     " FROM client WHERE id = ?1"
		     " ON CONFLICT(client_id) DO UPDATE SET"
		     " sorteersleutel = excluded.sorteersleutel, regiehouder_id = excluded.regiehouder_id,"
		     " startbanen = excluded.startbanen, situatie = excluded.situatie,"
		     " urgentie = excluded.urgentie, nsignalen = excluded.nsignalen,"
		     " signaal = excluded.signaal, laatste_contact = excluded.laatste_contact,"
		     " signaal_soort = excluded.signaal_soort, herbereken_op = excluded.herbereken_op,"
		     " signaal_teller = excluded.signaal_teller, signaal_dag = excluded.signaal_dag,"
		     " agenda_op = excluded.agenda_op, agenda = excluded.agenda", &st);
	if (rc != SQLITE_OK)
		return db_fail(x->db, rc, "overzicht bijwerken");
	sqlite3_bind_int64(st, 1, id);
	for (int k = 0; k < SC__COUNT; k++)
		status_bind(st, k + 2, k, v);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? CASUS_OK : db_fail(x->db, rc, "overzicht bijwerken");
}

static int same_text(sqlite3_stmt *st, int col, const char *s)
{
	const char *t = (const char *)sqlite3_column_text(st, col);

	return t ? strcmp(t, s) == 0 : *s == '\0';
}

/* Which derived columns of the stored row (st: status_col[] in order)
 * differ from v, as a bit mask.  A day-count text that only counted on
 * ("loopt 91 dagen" on the day it was stored) is no change: read_row
 * moves it on. */
static unsigned status_changed(sqlite3_stmt *st, const status_vals *v, cdate today)
{
	unsigned mask = 0;

	if (sqlite3_column_int(st, SC_SITUATIE) != v->situatie)
		mask |= 1u << SC_SITUATIE;
	if (sqlite3_column_int(st, SC_URGENTIE) != v->urgentie)
		mask |= 1u << SC_URGENTIE;
	if (sqlite3_column_int(st, SC_NSIGNALEN) != v->nsignalen)
		mask |= 1u << SC_NSIGNALEN;
	if (!same_text(st, SC_CONTACT, v->contact))
		mask |= 1u << SC_CONTACT;
	if ((sqlite3_column_type(st, SC_SOORT) == SQLITE_NULL ? -1 :
	     sqlite3_column_int(st, SC_SOORT)) != v->soort)
		mask |= 1u << SC_SOORT;
	if (!same_text(st, SC_HERBEREKEN, v->herbereken))
		mask |= 1u << SC_HERBEREKEN;
	if (!same_text(st, SC_AGENDA, v->agenda))
		mask |= 1u << SC_AGENDA;
	if (!same_text(st, SC_PLAN, v->plan))
		mask |= 1u << SC_PLAN;
	if (*v->teller && same_text(st, SC_TELLER, v->teller) &&
	    sqlite3_column_text(st, SC_SIGNAAL) && sqlite3_column_text(st, SC_DAG)) {
		signal sg;
		char shown[sizeof sg.text];

		memset(&sg, 0, sizeof sg);
		snprintf(sg.text, sizeof sg.text, "%s", (const char *)sqlite3_column_text(st, SC_SIGNAAL));
		sg.counts_from = cdate_from_iso(v->teller);
		horizon_signal_text(&sg, cdate_from_iso((const char *)sqlite3_column_text(st, SC_DAG)),
				    today, shown);
		if (strcmp(shown, v->signaal) != 0)
			mask |= 1u << SC_SIGNAAL | 1u << SC_TELLER | 1u << SC_DAG;
	} else if (!same_text(st, SC_SIGNAAL, v->signaal) || !same_text(st, SC_TELLER, v->teller)) {
		mask |= 1u << SC_SIGNAAL | 1u << SC_TELLER | 1u << SC_DAG;
	}
	return mask;
}

/* The columns in mask of an existing row: an UPDATE that names only them,
 * so SQLite updates only the indexes on them (from one day to the next
 * most due rows change herbereken_op alone). */
static int status_update(refresh_ctx *x, int64_t id, unsigned mask, const status_vals *v)
{
	sqlite3_stmt *st;
	int rc;

	/* the statement of each mask is prepared once (key: the column
	 * table and the mask); the SQL names only fixed column names */
	st = db_stmt_find(x->db, status_col, (int)mask);
	if (!st) {
		strbuf sql = { 0 };
		const char *sep = "UPDATE client_status SET ";

		for (int k = 0; k < SC__COUNT; k++)
			if (mask & 1u << k) {
				sb_appendf(&sql, "%s%s = ?%d", sep, status_col[k], k + 2);
				sep = ", ";
			}
		sb_append(&sql, " WHERE client_id = ?1");
		rc = db_stmt_key(x->db, status_col, (int)mask, sql.s, &st);
		sb_free(&sql);
		if (rc != SQLITE_OK)
			return db_fail(x->db, rc, "overzicht bijwerken");
	}
	sqlite3_bind_int64(st, 1, id);
	for (int k = 0; k < SC__COUNT; k++)
		if (mask & 1u << k)
			status_bind(st, k + 2, k, v);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? CASUS_OK : db_fail(x->db, rc, "overzicht bijwerken");
}

/* Brings the client's row to today, writing only what changed: from one
 * day to the next most clients keep their values, and an unchanged row
 * costs no write at all. */
static int status_put(refresh_ctx *x, const casefile *cf)
{
	status_vals v;
	sqlite3_stmt *st;
	unsigned mask;
	int rc;

	status_compute(x, cf, &v);
	rc = db_stmt(x->db,
		     "SELECT s.situatie, s.urgentie, s.nsignalen, s.signaal, s.laatste_contact,"
		     " s.signaal_soort, s.herbereken_op, s.signaal_teller, s.signaal_dag, s.agenda_op, s.agenda,"
		     " s.sorteersleutel IS c.sorteersleutel AND s.regiehouder_id IS c.regiehouder_id"
		     " AND s.startbanen IS c.startbanen"
		     " FROM client_status s JOIN client c ON c.id = s.client_id WHERE s.client_id = ?1", &st);
	if (rc != SQLITE_OK)
		return db_fail(x->db, rc, "overzicht bijwerken");
	sqlite3_bind_int64(st, 1, cf->c.id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_int(st, SC__COUNT)) {
		mask = status_changed(st, &v, x->today);
		sqlite3_reset(st);
		return mask ? status_update(x, cf->c.id, mask, &v) : CASUS_OK;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(x->db, rc, "overzicht bijwerken");
	return status_upsert(x, cf->c.id, &v);
}

static int refresh_one_cb(const casefile *cf, void *arg)
{
	refresh_ctx *x = arg;
	int rc = status_put(x, cf);

	x->done++;
	if (x->fn && (x->done % 4096) == 0)
		x->fn(x->arg, x->done, x->total);
	return rc;
}

int64_t caseload_dirty_count(casus_db *db)
{
	sqlite3_stmt *st = NULL;
	int64_t n = 0;

	if (db_prepare(db, "SELECT count(*) FROM client_dirty", &st) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* Clients whose row may have changed by today (herbereken_op <= today);
 * with regie > 0 those of that consultant only. */
static int64_t due_count(casus_db *db, const char *today_iso, int64_t regie)
{
	sqlite3_stmt *st = NULL;
	int64_t n = 0;

	if (db_prepare(db, "SELECT count(*) FROM client_status WHERE herbereken_op <= ?1"
		       " AND (?2 = 0 OR regiehouder_id = ?2)", &st) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, today_iso, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, regie);
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	return n;
}

int64_t caseload_due_count(casus_db *db, cdate today, int64_t regiehouder_id)
{
	char iso[11];

	cdate_format_iso(today, iso);
	return due_count(db, iso, regiehouder_id > 0 ? regiehouder_id : 0);
}

enum {
	PASS_NONE = CASELOAD_CURRENT, PASS_CHANGED = CASELOAD_CHANGED,
	PASS_MANY = CASELOAD_MANY, PASS_FULL = CASELOAD_FULL
};

/* Which pass brings client_status to today: none (the rows hold today and
 * nothing is dirty), the changed clients (dirty, and on a later day the
 * due ones), every client because so many changed that one streaming
 * pass is quicker (PASS_MANY: the rows can still be trusted), or every
 * client because the rows cannot be trusted (PASS_FULL). */
static int refresh_plan(casus_db *db, cdate today)
{
	char *day = db_setting_get(db, SETTING_DAY);
	char *rules = db_setting_get(db, SETTING_RULES);
	char *rest = db_setting_get(db, SETTING_REST);
	cdate held = day ? cdate_from_iso(day) : CDATE_NONE;
	int trusted = held != CDATE_NONE && held <= today &&
		rules && strcmp(rules, OVERVIEW_RULES) == 0;
	int behind = held < today || rest != NULL;
	int64_t n = 0;
	char iso[11];

	free(day);
	free(rules);
	free(rest);
	if (!trusted)
		return PASS_FULL;
	n = caseload_dirty_count(db);
	if (behind) {
		cdate_format_iso(today, iso);
		n += due_count(db, iso, 0);
	}
	if (n > CHANGED_FULL_MIN && n * 4 > store_client_count(db))
		return PASS_MANY;
	return n == 0 && !behind ? PASS_NONE : PASS_CHANGED;
}

int caseload_holds(casus_db *db, cdate day)
{
	char *held = db_setting_get(db, SETTING_DAY);
	char *rules = db_setting_get(db, SETTING_RULES);
	char *rest = db_setting_get(db, SETTING_REST);
	int ok = held && rules && !rest && cdate_from_iso(held) == day &&
		strcmp(rules, OVERVIEW_RULES) == 0;

	free(held);
	free(rules);
	free(rest);
	return ok;
}

int caseload_pass(casus_db *db, cdate today)
{
	return refresh_plan(db, today);
}

static int refresh_full(refresh_ctx *x)
{
	int rc;

	x->total = store_client_count(x->db);
	rc = store_casefile_foreach(x->db, 0, refresh_one_cb, x);
	if (rc != CASUS_OK)
		return rc;
	/* rows of clients that are gone (the delete trigger removes them;
	 * this also covers a file changed by an older casus) */
	if (db_exec(x->db, "DELETE FROM client_dirty") != SQLITE_OK ||
	    db_exec(x->db, "DELETE FROM client_status WHERE client_id NOT IN (SELECT id FROM client)") != SQLITE_OK)
		return db_fail(x->db, sqlite3_errcode(x->db->sql), "overzicht bijwerken");
	if (db_setting_set(x->db, SETTING_DAY, x->today_iso) != CASUS_OK ||
	    db_setting_set(x->db, SETTING_RULES, OVERVIEW_RULES) != CASUS_OK ||
	    db_setting_delete(x->db, SETTING_REST) != CASUS_OK)
		return CASUS_ERROR;
	return CASUS_OK;
}

/* The clients in client_dirty, read in one merge join per record table
 * (a client deleted meanwhile is simply not there: its row went with it). */
static int refresh_dirty(refresh_ctx *x)
{
	int rc;

	x->total = caseload_dirty_count(x->db);
	if (x->total == 0)
		return CASUS_OK;
	rc = store_casefile_foreach(x->db, CF_DIRTY, refresh_one_cb, x);
	if (rc == CASUS_OK && db_exec(x->db, "DELETE FROM client_dirty") != SQLITE_OK)
		rc = db_fail(x->db, sqlite3_errcode(x->db->sql), "overzicht bijwerken");
	return rc;
}

/* Put due clients (herbereken_op on or before today) in client_dirty: with
 * regie > 0 only that consultant's, at most limit of them (-1: all).
 * Returns the number put there, or -1 after db_fail. */
static int64_t mark_due(refresh_ctx *x, int64_t regie, int64_t limit)
{
	sqlite3_stmt *st = NULL;
	int64_t n;
	int rc;

	rc = db_prepare(x->db, "INSERT OR IGNORE INTO client_dirty(client_id)"
			" SELECT client_id FROM client_status WHERE herbereken_op <= ?1"
			" AND (?2 = 0 OR +regiehouder_id = ?2) LIMIT ?3", &st);
	if (rc != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, x->today_iso, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, regie);
	sqlite3_bind_int64(st, 3, limit);
	rc = sqlite3_step(st);
	n = sqlite3_changes64(x->db->sql);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		db_fail(x->db, rc, "overzicht bijwerken");
		return -1;
	}
	return n;
}

/* The changed clients: the due ones (with x->regie only that consultant's)
 * join the dirty ones; then those.  'overzicht.rest' says whether due rows
 * were left. */
static int refresh_changed(refresh_ctx *x)
{
	int rc;

	if (mark_due(x, x->regie, -1) < 0)
		return CASUS_ERROR;
	rc = refresh_dirty(x);
	if (rc == CASUS_OK && db_setting_set(x->db, SETTING_DAY, x->today_iso) != CASUS_OK)
		rc = CASUS_ERROR;
	if (rc == CASUS_OK)
		rc = due_count(x->db, x->today_iso, 0) > 0 ?
			db_setting_set(x->db, SETTING_REST, x->today_iso) :
			db_setting_delete(x->db, SETTING_REST);
	return rc;
}

int caseload_refresh(casus_db *db, cdate today, caseload_progress_fn fn, void *arg,
		     int64_t *recomputed)
{
	return caseload_refresh_pass(db, today, refresh_plan(db, today), 0, fn, arg, recomputed);
}

int caseload_refresh_for(casus_db *db, cdate today, int64_t regiehouder_id,
			 caseload_progress_fn fn, void *arg, int64_t *recomputed)
{
	return caseload_refresh_pass(db, today, refresh_plan(db, today), regiehouder_id,
				     fn, arg, recomputed);
}

static void ctx_init(refresh_ctx *x, casus_db *db, cdate today, int64_t regie,
		     caseload_progress_fn fn, void *arg)
{
	memset(x, 0, sizeof *x);
	x->db = db;
	x->today = today;
	x->fn = fn;
	x->arg = arg;
	x->regie = regie;
	cdate_format_iso(today, x->today_iso);
	signal_settings_load(db, &x->ss);
}

/* One transaction of `pass` over x, statement journals in memory
 * (db_bulk_begin), with `flags` (DB_BULK_QUICK: a commit without fsync
 * or checkpoint, for the rows are a cache). */
static int run_pass(refresh_ctx *x, int pass, int flags)
{
	db_bulk bulk;
	int rc;

	rc = db_bulk_begin(x->db, &bulk, pass >= PASS_MANY ? FULL_PASS_CACHE_KIB : 0, flags);
	if (rc != CASUS_OK)
		return rc;
	rc = pass >= PASS_MANY ? refresh_full(x) : refresh_changed(x);
	if (rc == CASUS_OK)
		return db_bulk_end(x->db, &bulk, 1);
	db_bulk_end(x->db, &bulk, 0);
	return rc;
}

int caseload_refresh_pass(casus_db *db, cdate today, int pass, int64_t regiehouder_id,
			  caseload_progress_fn fn, void *arg, int64_t *recomputed)
{
	refresh_ctx x;
	int rc;

	if (recomputed)
		*recomputed = 0;
	if (pass == PASS_NONE)
		return CASUS_OK;
	if (pass == PASS_FULL)
		regiehouder_id = 0;     /* the rows cannot be trusted: all */
	else if (regiehouder_id > 0)
		pass = PASS_CHANGED;    /* the consultant's due ones, however many */
	ctx_init(&x, db, today, regiehouder_id, fn, arg);
	/* before the first screen (x.regie) a quick commit */
	rc = run_pass(&x, pass, x.regie > 0 ? DB_BULK_QUICK : 0);
	if (rc == CASUS_OK && recomputed)
		*recomputed = x.done;
	return rc;
}

int caseload_refresh_commit(casus_db *db)
{
	return db_hold_end(db, 1);
}

int caseload_refresh_step(casus_db *db, cdate today, int64_t regiehouder_id, int64_t max,
			  int *state)
{
	refresh_ctx x;
	int64_t mine = 0, all = 0, limit = max < 0 ? 0 : max;
	int rc;

	*state = CASELOAD_REST_DONE;
	ctx_init(&x, db, today, regiehouder_id, NULL, NULL);
	/* one transaction for all steps, kept open between them (db_hold) */
	rc = db_hold_begin(db);
	if (rc != CASUS_OK)
		return rc;
	/* the due ones: the consultant's first; fewer than asked means none
	 * is left once these are done (a recomputed row's herbereken_op lies
	 * after today) */
	if (limit > 0 && regiehouder_id > 0)
		mine = mark_due(&x, regiehouder_id, limit);
	if (mine >= 0 && limit > 0)
		all = mark_due(&x, 0, limit - mine);
	rc = mine < 0 || all < 0 ? CASUS_ERROR : refresh_dirty(&x);
	if (rc == CASUS_OK) {
		if (limit == 0) {
			if (due_count(db, x.today_iso, 0) > 0)
				*state = regiehouder_id > 0 && due_count(db, x.today_iso, regiehouder_id) > 0 ?
					CASELOAD_REST_MINE : CASELOAD_REST_OTHERS;
		} else if (mine + all >= limit) {
			*state = regiehouder_id > 0 && mine >= limit ?
				CASELOAD_REST_MINE : CASELOAD_REST_OTHERS;
		}
		if (db_setting_set(db, SETTING_DAY, x.today_iso) != CASUS_OK)
			rc = CASUS_ERROR;
		else
			rc = *state != CASELOAD_REST_DONE ?
				db_setting_set(db, SETTING_REST, x.today_iso) :
				db_setting_delete(db, SETTING_REST);
	}
	db_hold_leave(db);
	if (rc != CASUS_OK) {
		db_hold_end(db, 0);
		*state = CASELOAD_REST_DONE;
		return rc;
	}
	/* done, or only the changed clients asked for: commit now */
	if (*state == CASELOAD_REST_DONE || limit == 0)
		return db_hold_end(db, 1);
	return CASUS_OK;
}

/* Put one client in client_dirty (a cached statement). */
static int dirty_add(casus_db *db, int64_t id)
{
	static const char sql[] = "INSERT OR IGNORE INTO client_dirty(client_id) VALUES (?1)";
	sqlite3_stmt *st;
	int rc;

	if (db_stmt(db, sql, &st) != SQLITE_OK)
		return CASUS_ERROR;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "overzicht bijwerken");
}

int caseload_refresh_ids(casus_db *db, cdate today, const int64_t *ids, size_t n,
			 int64_t *recomputed)
{
	static const char look[] =
		"SELECT 1 FROM client_status WHERE client_id = ?1 AND herbereken_op <= ?2";
	sqlite3_stmt *st = NULL;
	refresh_ctx x;
	db_bulk bulk;
	int64_t *due = xcalloc(n ? n : 1, sizeof *due);
	size_t ndue = 0;
	char iso[11];
	int rc;

	if (recomputed)
		*recomputed = 0;
	cdate_format_iso(today, iso);
	/* which are due: read first (on every page the list reads while
	 * steps remain), so that a page with nothing due takes no write lock */
	rc = db_stmt(db, look, &st);
	for (size_t i = 0; i < n && rc == SQLITE_OK; i++) {
		int s;

		sqlite3_bind_int64(st, 1, ids[i]);
		sqlite3_bind_text(st, 2, iso, -1, SQLITE_STATIC);
		s = sqlite3_step(st);
		sqlite3_reset(st);
		if (s == SQLITE_ROW) {
			due[ndue++] = ids[i];
		} else if (s != SQLITE_DONE) {
			db_fail(db, s, "overzicht lezen");
			rc = s;
		}
	}
	if (rc != SQLITE_OK || (ndue == 0 && caseload_dirty_count(db) == 0)) {
		free(due);
		return rc == SQLITE_OK ? CASUS_OK : CASUS_ERROR;
	}
	ctx_init(&x, db, today, 0, NULL, NULL);
	/* inside the steps' transaction when it is open (no commit of its
	 * own then: the rows join the steps') */
	if (db->rest)
		db_hold_enter(db);
	rc = db_bulk_begin(db, &bulk, 0, DB_BULK_QUICK);
	if (rc == CASUS_OK) {
		for (size_t i = 0; i < ndue && rc == CASUS_OK; i++)
			rc = dirty_add(db, due[i]);
		if (rc == CASUS_OK)
			rc = refresh_dirty(&x);
		if (rc == CASUS_OK)
			rc = db_bulk_end(db, &bulk, 1);
		else
			db_bulk_end(db, &bulk, 0);
	}
	if (db->rest)
		db_hold_leave(db);
	free(due);
	if (rc == CASUS_OK && recomputed)
		*recomputed = x.done;
	return rc;
}
