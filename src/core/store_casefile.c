/* store_casefile.c - reading records (store.h): rows into structs as the
 * descriptions say, a record by its natural key, a client's casefile (the
 * single load and the streaming walk over many clients with one query per
 * record table, merge-joined on client id, optionally read ahead by a
 * second thread: CF_PREFETCH). */
#include "config.h"

#include <assert.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

/* --- rows ------------------------------------------------------------------ */

#define MEMBER(rec, f, type) ((type *)((char *)(rec) + (f)->off))

static void store_read_field(sqlite3_stmt *st, int col, void *rec, const rec_field *f)
{
	int null = sqlite3_column_type(st, col) == SQLITE_NULL;

	switch (f->store) {
	case FS_TEXT:
		free(*MEMBER(rec, f, char *));
		*MEMBER(rec, f, char *) = null ? NULL : xstrdup((const char *)sqlite3_column_text(st, col));
		break;
	case FS_INT:
		*MEMBER(rec, f, int) = sqlite3_column_int(st, col);
		break;
	case FS_INT_NEG:
		*MEMBER(rec, f, int) = null ? -1 : sqlite3_column_int(st, col);
		break;
	case FS_INT_ZERO:
		*MEMBER(rec, f, int) = null ? 0 : sqlite3_column_int(st, col);
		break;
	case FS_DATE:
		*MEMBER(rec, f, cdate) = null ? CDATE_NONE
			: cdate_from_iso((const char *)sqlite3_column_text(st, col));
		break;
	case FS_REAL:
		*MEMBER(rec, f, double) = null ? -1 : sqlite3_column_double(st, col);
		break;
	case FS_ID:
		*MEMBER(rec, f, int64_t) = null ? 0 : sqlite3_column_int64(st, col);
		break;
	}
}

/* "id, c1, c2, ..., version" (version omitted for handover). */
void store_select_list(strbuf *sb, const rec_desc *t, const char *alias)
{
	const char *a = alias ? alias : "";
	const char *dot = alias ? "." : "";

	sb_appendf(sb, "%s%sid", a, dot);
	for (size_t i = 0; i < t->nfields; i++)
		sb_appendf(sb, ", %s%s%s", a, dot, t->fields[i].col);
	if (t->version_off != REC_NO_VERSION)
		sb_appendf(sb, ", %s%sversion", a, dot);
}

/* Read "id, fields..., version" starting at column col; returns the next
 * column. */
int store_read_row(sqlite3_stmt *st, int col, const rec_desc *t, void *rec)
{
	*(int64_t *)((char *)rec + t->id_off) = sqlite3_column_int64(st, col++);
	for (size_t i = 0; i < t->nfields; i++)
		store_read_field(st, col++, rec, &t->fields[i]);
	if (t->version_off != REC_NO_VERSION)
		*(int *)((char *)rec + t->version_off) = sqlite3_column_int(st, col++);
	return col;
}

/* --- finding a record by its natural key --------------------------------- */

/* One row of t matching `where` (which may use ?1 an id, ?2 a number, ?3 a
 * date), lowest id first; the statement is kept in the cache under (t, slot).  out is filled
 * only when found. */
static int store_find(casus_db *db, const rec_desc *t, int slot, const char *where,
		      int64_t id, int number, cdate d, void *out)
{
	sqlite3_stmt *st = NULL;
	char iso[11];
	int rc;

	if ((st = db_stmt_find(db, t, slot)) != NULL) {
		rc = SQLITE_OK;
	} else {
		strbuf sb = STRBUF_INIT;

		sb_append(&sb, "SELECT ");
		store_select_list(&sb, t, "x");
		sb_appendf(&sb, " FROM %s x %s ORDER BY x.id LIMIT 1", t->table, where);
		rc = db_stmt_key(db, t, slot, sb.s, &st);
		sb_free(&sb);
	}
	if (rc != SQLITE_OK)
		return CASUS_ERROR;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, number);
	cdate_format_iso(d, iso);
	sqlite3_bind_text(st, 3, iso, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		store_read_row(st, 0, t, out);
		rc = CASUS_OK;
	} else if (rc == SQLITE_DONE) {
		rc = CASUS_NOTFOUND;
	} else {
		rc = db_fail(db, rc, "lezen");
	}
	sqlite3_reset(st);
	return rc;
}

#define WHERE_CLIENT_START "WHERE x.client_id = ?1 AND x.start = ?3"

int store_voortraject_find(casus_db *db, int64_t client_id, cdate start, voortraject *out)
{
	return store_find(db, DESC(REC_VOORTRAJECT), SLOT_FIND, WHERE_CLIENT_START, client_id, 0, start, out);
}

int store_activiteit_find(casus_db *db, int64_t client_id, int soort, cdate start, activiteit *out)
{
	return store_find(db, DESC(REC_ACTIVITEIT), SLOT_FIND,
			  "JOIN voortraject v ON v.id = x.voortraject_id "
			  "WHERE v.client_id = ?1 AND x.soort = ?2 AND x.start = ?3",
			  client_id, soort, start, out);
}

int store_startbaan_find(casus_db *db, int64_t client_id, cdate start, startbaan *out)
{
	return store_find(db, DESC(REC_STARTBAAN), SLOT_FIND, WHERE_CLIENT_START, client_id, 0, start, out);
}

int store_onhold_find(casus_db *db, int64_t client_id, cdate start, onhold *out)
{
	return store_find(db, DESC(REC_ONHOLD), SLOT_FIND, WHERE_CLIENT_START, client_id, 0, start, out);
}

int store_afsluiting_find(casus_db *db, int64_t client_id, afsluiting *out)
{
	return store_find(db, DESC(REC_AFSLUITING), SLOT_FIND, "WHERE x.client_id = ?1", client_id, 0,
			  CDATE_NONE, out);
}

/* --- casefiles ---------------------------------------------------------- */

/* A cursor over one record table ordered by client id, for the merge join
 * of store_casefile_foreach and the single load of store_casefile_load. */
typedef struct cursor {
	sqlite3_stmt *st;
	int has_row;
	int64_t client_id;      /* client of the current row */
} cursor;

static int cursor_open(casus_db *db, cursor *cur, const char *sql, int64_t client_id)
{
	memset(cur, 0, sizeof *cur);
	if (db_prepare(db, sql, &cur->st) != SQLITE_OK)
		return CASUS_ERROR;
	if (client_id)
		sqlite3_bind_int64(cur->st, 1, client_id);
	return CASUS_OK;
}

static int cursor_next(casus_db *db, cursor *cur)
{
	int rc = sqlite3_step(cur->st);

	cur->has_row = rc == SQLITE_ROW;
	if (cur->has_row)
		cur->client_id = sqlite3_column_int64(cur->st, 0);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, rc, "lezen");
	return CASUS_OK;
}

#define PUSH(arr, n, cap) do { \
	if ((n) == (cap)) { \
		(cap) = (cap) ? (cap) * 2 : 4; \
		(arr) = xrealloc((arr), (cap) * sizeof *(arr)); \
	} \
} while (0)

enum { CUR_PIP, CUR_VT, CUR_ACT, CUR_SB, CUR_OH, CUR_AF, CUR_JR, CUR_HO, CUR__N };

/* SQL per cursor: the first column is always the client id. */
static char *casefile_sql(int which, int single, int flags)
{
	static const rec_type recs[CUR__N] = {
		REC_PIP, REC_VOORTRAJECT, REC_ACTIVITEIT, REC_STARTBAAN, REC_ONHOLD,
		REC_AFSLUITING, REC_JOURNAL, REC_HANDOVER
	};
	static const char *order[CUR__N] = {
		"x.datum, x.id", "x.start, x.id", "v.id, x.start, x.id", "x.start, x.id",
		"x.start, x.id", "x.id", "x.moment, x.id", "x.datum, x.id"
	};
	const rec_desc *t = DESC(recs[which]);
	strbuf sb = STRBUF_INIT;
	const char *cid = which == CUR_ACT ? "v.client_id" : "x.client_id";

	sb_appendf(&sb, "SELECT %s, ", cid);
	store_select_list(&sb, t, "x");
	if (which == CUR_SB)
		sb_append(&sb, ", w.naam, w.sector, w.omvang, w.ervaring");
	sb_appendf(&sb, " FROM %s x", t->table);
	if (which == CUR_ACT)
		sb_append(&sb, " JOIN voortraject v ON v.id = x.voortraject_id");
	if (which == CUR_SB)
		sb_append(&sb, " LEFT JOIN employer w ON w.id = x.employer_id");
	if (single)
		sb_appendf(&sb, " WHERE %s = ?1", cid);
	else if (flags & CF_PARTICIPANTS)
		sb_appendf(&sb, " WHERE %s IN (SELECT id FROM client WHERE startbanen = 1)", cid);
	else if (flags & CF_DIRTY)
		sb_appendf(&sb, " WHERE %s IN (SELECT client_id FROM client_dirty)", cid);
	else if (flags & CF_IDS)
		sb_appendf(&sb, " WHERE %s IN (SELECT client_id FROM temp.casefile_ids)", cid);
	sb_appendf(&sb, " ORDER BY %s, %s", cid, order[which]);
	return sb_take(&sb);
}

/* Collect the rows of cursor `which` for client `id` into cf. */
static int casefile_collect(casus_db *db, cursor *cur, int which, int64_t id, casefile *cf)
{
	size_t cap = 0;
	int rc = CASUS_OK;

	if (!cur->st)
		return CASUS_OK;
	while (rc == CASUS_OK && cur->has_row && cur->client_id < id)
		rc = cursor_next(db, cur);
	while (rc == CASUS_OK && cur->has_row && cur->client_id == id) {
		sqlite3_stmt *st = cur->st;

		switch (which) {
		case CUR_PIP:
			PUSH(cf->pip, cf->npip, cap);
			pip_step_init(&cf->pip[cf->npip]);
			store_read_row(st, 1, DESC(REC_PIP), &cf->pip[cf->npip++]);
			break;
		case CUR_VT:
			PUSH(cf->vt, cf->nvt, cap);
			voortraject_init(&cf->vt[cf->nvt]);
			store_read_row(st, 1, DESC(REC_VOORTRAJECT), &cf->vt[cf->nvt++]);
			break;
		case CUR_ACT: {
			activiteit a;

			activiteit_init(&a);
			store_read_row(st, 1, DESC(REC_ACTIVITEIT), &a);
			for (size_t i = 0; i < cf->nvt; i++) {
				voortraject *v = &cf->vt[i];

				if (v->id == a.voortraject_id) {
					v->act = xrealloc(v->act, (v->nact + 1) * sizeof *v->act);
					v->act[v->nact++] = a;
					a.aanbieder = NULL;
					break;
				}
			}
			activiteit_clear(&a);
			break;
		}
		case CUR_SB: {
			startbaan *s;
			int col;

			PUSH(cf->sb, cf->nsb, cap);
			s = &cf->sb[cf->nsb++];
			startbaan_init(s);
			col = store_read_row(st, 1, DESC(REC_STARTBAAN), s);
			if (sqlite3_column_type(st, col) != SQLITE_NULL)
				s->werkgever_naam = xstrdup((const char *)sqlite3_column_text(st, col));
			s->sector = sqlite3_column_int(st, col + 1);
			s->omvang = sqlite3_column_int(st, col + 2);
			s->ervaring = sqlite3_column_int(st, col + 3);
			break;
		}
		case CUR_OH:
			PUSH(cf->oh, cf->noh, cap);
			onhold_init(&cf->oh[cf->noh]);
			store_read_row(st, 1, DESC(REC_ONHOLD), &cf->oh[cf->noh++]);
			break;
		case CUR_AF:
			PUSH(cf->af, cf->naf, cap);
			afsluiting_init(&cf->af[cf->naf]);
			store_read_row(st, 1, DESC(REC_AFSLUITING), &cf->af[cf->naf++]);
			break;
		case CUR_JR:
			PUSH(cf->jr, cf->njr, cap);
			journal_init(&cf->jr[cf->njr]);
			store_read_row(st, 1, DESC(REC_JOURNAL), &cf->jr[cf->njr++]);
			break;
		case CUR_HO:
			PUSH(cf->ho, cf->nho, cap);
			memset(&cf->ho[cf->nho], 0, sizeof cf->ho[0]);
			store_read_row(st, 1, DESC(REC_HANDOVER), &cf->ho[cf->nho++]);
			break;
		}
		rc = cursor_next(db, cur);
	}
	return rc;
}

/* Walk clients (one, or all/participants) and join the record cursors.
 * fn may take the casefile's contents (leaving *cf zeroed); whatever is
 * left is freed after it returns. */
typedef int (*walk_fn)(casefile *cf, void *arg);

static int casefile_walk(casus_db *db, int64_t single_id, int flags,
			 walk_fn fn, void *arg, casefile *keep)
{
	cursor cur[CUR__N];
	sqlite3_stmt *cst = NULL;
	strbuf sb = STRBUF_INIT;
	int rc = CASUS_OK, found = 0;

	memset(cur, 0, sizeof cur);
	sb_append(&sb, "SELECT ");
	store_select_list(&sb, DESC(REC_CLIENT), "c");
	sb_append(&sb, ", k.naam FROM client c LEFT JOIN consultant k ON k.id = c.regiehouder_id");
	if (single_id)
		sb_append(&sb, " WHERE c.id = ?1");
	else if (flags & CF_PARTICIPANTS)
		sb_append(&sb, " WHERE c.startbanen = 1");
	else if (flags & CF_DIRTY)
		sb_append(&sb, " WHERE c.id IN (SELECT client_id FROM client_dirty)");
	else if (flags & CF_IDS)
		sb_append(&sb, " WHERE c.id IN (SELECT client_id FROM temp.casefile_ids)");
	sb_append(&sb, " ORDER BY c.id");
	if (db_prepare(db, sb.s, &cst) != SQLITE_OK) {
		rc = CASUS_ERROR;
		goto out;
	}
	if (single_id)
		sqlite3_bind_int64(cst, 1, single_id);
	for (int i = 0; i < CUR__N; i++) {
		char *sql;

		if ((flags & CF_CLIENT_ONLY) || (i == CUR_PIP && (flags & CF_NO_PIP)) || (i == CUR_JR && (flags & CF_NO_JOURNAL)) ||
		    (i == CUR_HO && (flags & CF_NO_HANDOVER)))
			continue;       /* left empty: cursor without a statement */
		sql = casefile_sql(i, single_id != 0, flags);

		rc = cursor_open(db, &cur[i], sql, single_id);
		free(sql);
		if (rc == CASUS_OK)
			rc = cursor_next(db, &cur[i]);
		if (rc != CASUS_OK)
			goto out;
	}
	while ((rc = sqlite3_step(cst)) == SQLITE_ROW) {
		casefile cf;
		int col;

		memset(&cf, 0, sizeof cf);
		client_init(&cf.c);
		col = store_read_row(cst, 0, DESC(REC_CLIENT), &cf.c);
		if (sqlite3_column_type(cst, col) != SQLITE_NULL)
			cf.regiehouder_naam = xstrdup((const char *)sqlite3_column_text(cst, col));
		rc = CASUS_OK;
		/* voortrajecten before their activities */
		static const int order[CUR__N] = { CUR_PIP, CUR_VT, CUR_ACT, CUR_SB, CUR_OH, CUR_AF, CUR_JR, CUR_HO };
		for (int i = 0; rc == CASUS_OK && i < CUR__N; i++)
			rc = casefile_collect(db, &cur[order[i]], order[i], cf.c.id, &cf);
		if (rc != CASUS_OK) {
			casefile_free(&cf);
			goto out;
		}
		found = 1;
		if (keep) {
			*keep = cf;
			break;
		}
		rc = fn(&cf, arg);
		casefile_free(&cf);
		if (rc != 0)
			goto out;
	}
	if (rc == SQLITE_DONE || rc == SQLITE_ROW)
		rc = CASUS_OK;
	else if (rc != CASUS_OK)
		rc = db_fail(db, rc, "lezen");
	if (rc == CASUS_OK && single_id && !found) {
		snprintf(db->errmsg, sizeof db->errmsg, "Deze klant bestaat niet (meer).");
		rc = CASUS_NOTFOUND;
	}
out:
	for (int i = 0; i < CUR__N; i++)
		sqlite3_finalize(cur[i].st);
	sqlite3_finalize(cst);
	sb_free(&sb);
	return rc;
}

int store_casefile_ids_reset(casus_db *db)
{
	if (db_exec(db, "CREATE TEMP TABLE IF NOT EXISTS casefile_ids"
		    "(client_id INTEGER PRIMARY KEY)") != SQLITE_OK ||
	    db_exec(db, "DELETE FROM temp.casefile_ids") != SQLITE_OK)
		return db_fail(db, sqlite3_errcode(db->sql), "lezen");
	return CASUS_OK;
}

int store_casefile_ids_add(casus_db *db, int64_t client_id)
{
	sqlite3_stmt *st;
	int rc = db_stmt(db, "INSERT OR IGNORE INTO temp.casefile_ids(client_id) VALUES (?1)", &st);

	if (rc != SQLITE_OK)
		return db_fail(db, rc, "lezen");
	sqlite3_bind_int64(st, 1, client_id);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "lezen");
}

int store_casefile_load(casus_db *db, int64_t client_id, casefile *out)
{
	memset(out, 0, sizeof *out);
	if (client_id == 0) {
		snprintf(db->errmsg, sizeof db->errmsg, "Deze klant bestaat niet (meer).");
		return CASUS_NOTFOUND;
	}
	return casefile_walk(db, client_id, 0, NULL, NULL, out);
}

/* ---- streaming casefiles ----------------------------------------------------- */

typedef struct walk_call {
	casefile_fn fn;
	void *arg;
} walk_call;

static int walk_call_fn(casefile *cf, void *arg)
{
	walk_call *c = arg;
	return c->fn(cf, c->arg);
}

/* CF_PREFETCH: a second thread walks the database and hands over the
 * casefiles in batches through a small ring; the calling thread runs the
 * callback on them meanwhile.  The connection is used by the reader
 * thread alone until it is joined.  Memory: PF_NBATCH * PF_BATCH
 * casefiles at most, whatever the number of clients. */
#define PF_BATCH 128
#define PF_NBATCH 4

typedef struct pf_batch {
	casefile cf[PF_BATCH];
	size_t n;                /* filled; freed when the reader reuses it */
} pf_batch;

typedef struct prefetch {
	pthread_mutex_t mu;
	pthread_cond_t cv;       /* broadcast on every hand-over */
	pf_batch *b;             /* PF_NBATCH batches, owned */
	size_t head;             /* the oldest full batch */
	size_t full;             /* full batches from head on */
	pf_batch *filling;       /* the reader's batch (not yet counted) */
	int done, stop;
	int rc;                  /* the reader's result (when done) */
	casus_db *db;
	int flags;
} prefetch;

/* Publish the reader's batch (called with the lock held). */
static void pf_publish(prefetch *p)
{
	if (p->filling && p->filling->n > 0) {
		p->full++;
		pthread_cond_broadcast(&p->cv);
	}
	p->filling = NULL;
}

/* The reader's callback: move the casefile into the batch being filled. */
static int pf_take(casefile *cf, void *arg)
{
	prefetch *p = arg;

	if (!p->filling) {
		pthread_mutex_lock(&p->mu);
		while (p->full == PF_NBATCH && !p->stop)
			pthread_cond_wait(&p->cv, &p->mu);
		if (p->stop) {
			pthread_mutex_unlock(&p->mu);
			return 1;
		}
		p->filling = &p->b[(p->head + p->full) % PF_NBATCH];
		pthread_mutex_unlock(&p->mu);
		/* the casefiles the consumer is done with are freed here, by
		 * the thread that allocated them (a free from the other thread
		 * would contend for this thread's malloc arena) */
		for (size_t i = 0; i < p->filling->n; i++)
			casefile_free(&p->filling->cf[i]);
		p->filling->n = 0;
	}
	p->filling->cf[p->filling->n++] = *cf;
	memset(cf, 0, sizeof *cf);
	if (p->filling->n == PF_BATCH) {
		pthread_mutex_lock(&p->mu);
		pf_publish(p);
		pthread_mutex_unlock(&p->mu);
	}
	return 0;
}

static void *pf_reader(void *arg)
{
	prefetch *p = arg;
	int rc = casefile_walk(p->db, 0, p->flags, pf_take, p, NULL);

	pthread_mutex_lock(&p->mu);
	pf_publish(p);
	p->rc = rc;
	p->done = 1;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static int foreach_prefetch(casus_db *db, int flags, casefile_fn fn, void *arg)
{
	prefetch p;
	pthread_t th;
	int rc = 0;

	memset(&p, 0, sizeof p);
	p.db = db;
	p.flags = flags;
	p.b = xcalloc(PF_NBATCH, sizeof *p.b);
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.cv, NULL);
	if (pthread_create(&th, NULL, pf_reader, &p) != 0) {
		/* no second thread: the same walk in this one */
		rc = store_casefile_foreach(db, flags & ~CF_PREFETCH, fn, arg);
		goto out;
	}
	for (;;) {
		pf_batch *b;

		pthread_mutex_lock(&p.mu);
		while (p.full == 0 && !p.done)
			pthread_cond_wait(&p.cv, &p.mu);
		if (p.full == 0) {
			pthread_mutex_unlock(&p.mu);
			break;
		}
		b = &p.b[p.head];
		pthread_mutex_unlock(&p.mu);
		for (size_t i = 0; i < b->n && rc == 0; i++)
			rc = fn(&b->cf[i], arg);
		pthread_mutex_lock(&p.mu);
		p.head = (p.head + 1) % PF_NBATCH;
		p.full--;
		if (rc != 0)
			p.stop = 1;
		pthread_cond_broadcast(&p.cv);
		pthread_mutex_unlock(&p.mu);
		if (rc != 0)
			break;
	}
	pthread_join(th, NULL);
	/* what is left in the ring: done with, or not reached after a stop */
	for (size_t k = 0; k < PF_NBATCH; k++)
		for (size_t i = 0; i < p.b[k].n; i++)
			casefile_free(&p.b[k].cf[i]);
	if (rc == 0)
		rc = p.rc;
out:
	pthread_cond_destroy(&p.cv);
	pthread_mutex_destroy(&p.mu);
	free(p.b);
	return rc;
}

int store_casefile_foreach(casus_db *db, int flags, casefile_fn fn, void *arg)
{
	walk_call c = { fn, arg };

	if (flags & CF_PREFETCH)
		return foreach_prefetch(db, flags, fn, arg);
	return casefile_walk(db, 0, flags, walk_call_fn, &c, NULL);
}
