/* usecase_close.c - recording uitval or einde ends what is running on its
 * date (issue 13, item 1): the voortraject and its activities, the
 * startbaan and the on-hold period that have started on or before the date
 * and have no end date or one after it get the date as their end date, in
 * the transaction of the afsluiting.  The interfaces first show the plan
 * (usecase_afsluiting_plan) and save after the user confirms; the import
 * closes inside its own transaction (usecase_int.h). */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "db_int.h"
#include "store.h"
#include "usecase.h"
#include "usecase_int.h"
#include "util.h"
#include "vocab.h"

typedef struct closer {
	casus_db *db;
	cdate datum;
	int apply;             /* 0: only list */
	char **v;              /* the lines */
	size_t n, cap;
	valerr *e;
	int rc;
} closer;

/* Running on d: started on or before d, and no end or one after d. */
static int running_on(cdate start, cdate einde, cdate d)
{
	return start != CDATE_NONE && start <= d && (einde == CDATE_NONE || einde > d);
}

/* Add the line "What, period: eindigt op d" for a record from start to
 * einde (what is taken over). */
static void closer_line(closer *c, char *what, cdate start, cdate einde)
{
	char s[11], e[11], d[11];
	char *line;

	cdate_format_nl(start, s);
	cdate_format_nl(c->datum, d);
	if (einde == CDATE_NONE) {
		line = xasprintf("%s, sinds %s: eindigt op %s", what, s, d);
	} else {
		cdate_format_nl(einde, e);
		line = xasprintf("%s, %s t/m %s: eindigt op %s", what, s, e, d);
	}
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 8;
		c->v = xrealloc(c->v, c->cap * sizeof *c->v);
	}
	c->v[c->n++] = line;
	free(what);
}

/* The problems of a closing save, under the line that names the record. */
static void closer_problems(closer *c, const valerr *sub)
{
	const char *what = c->n ? c->v[c->n - 1] : "Beëindigen";

	for (size_t i = 0; i < sub->n; i++)
		valerr_add(c->e, what, "%s: %s", sub->items[i].field, sub->items[i].msg);
	if (sub->n == 0)
		valerr_add(c->e, what, "%s", db_errmsg(c->db));
}

/* Save record r of type rec with its end (member at einde) set to the
 * date; stops the closer on a problem. */
static void closer_save(closer *c, rec_type rec, void *r, cdate *einde)
{
	valerr sub = VALERR_INIT;

	if (!c->apply || c->rc != CASUS_OK)
		return;
	*einde = c->datum;
	c->rc = store_record_save(c->db, rec, r, &sub);
	if (c->rc != CASUS_OK)
		closer_problems(c, &sub);
	valerr_free(&sub);
}

static const char *label_or(vocab_id v, int code, const char *none)
{
	return code > 0 ? vocab_label(v, code) : none;
}

static void close_voortrajecten(closer *c, casefile *cf)
{
	for (size_t i = 0; i < cf->nvt; i++) {
		voortraject *v = &cf->vt[i];

		/* the activities first: they end with their voortraject */
		for (size_t j = 0; j < v->nact; j++) {
			activiteit *a = &v->act[j];

			if (!running_on(a->start, a->einde, c->datum))
				continue;
			closer_line(c, xasprintf("Activiteit %s", label_or(VOCAB_ACTIVITEIT, a->soort, "(onbekend)")),
				    a->start, a->einde);
			closer_save(c, REC_ACTIVITEIT, a, &a->einde);
		}
		if (!running_on(v->start, v->einde, c->datum))
			continue;
		closer_line(c, v->soort > 0 ? xasprintf("Voortraject %s",
						       vocab_label(VOCAB_SOORT_VOORTRAJECT, v->soort))
				   : xstrdup("Voortraject"), v->start, v->einde);
		closer_save(c, REC_VOORTRAJECT, v, &v->einde);
	}
}

static void close_startbanen(closer *c, casefile *cf)
{
	for (size_t i = 0; i < cf->nsb; i++) {
		startbaan *s = &cf->sb[i];

		if (!running_on(s->start, s->einde, c->datum))
			continue;
		closer_line(c, s->werkgever_naam && *s->werkgever_naam
				   ? xasprintf("Startbaan bij %s", s->werkgever_naam) : xstrdup("Startbaan"),
			    s->start, s->einde);
		closer_save(c, REC_STARTBAAN, s, &s->einde);
	}
}

static void close_onhold(closer *c, casefile *cf)
{
	for (size_t i = 0; i < cf->noh; i++) {
		onhold *o = &cf->oh[i];

		if (!running_on(o->start, o->einde, c->datum))
			continue;
		closer_line(c, o->reden > 0 ? xasprintf("On hold (%s)", vocab_label(VOCAB_REDEN_ON_HOLD, o->reden))
				   : xstrdup("On hold"), o->start, o->einde);
		closer_save(c, REC_ONHOLD, o, &o->einde);
	}
}

/* Does anything of the client run on d?  *yes; CASUS_*.  Cheap
 * (indexed lookups), so that the import's uitval/einde rows load a
 * casefile only for the clients that have something to close. */
static int anything_running(casus_db *db, int64_t client_id, cdate d, int *yes)
{
	static const char sql[] =
		"SELECT EXISTS (SELECT 1 FROM voortraject WHERE client_id = ?1 AND start <= ?2 "
		"AND (einde IS NULL OR einde > ?2)) "
		"OR EXISTS (SELECT 1 FROM activiteit a JOIN voortraject v ON v.id = a.voortraject_id "
		"WHERE v.client_id = ?1 AND a.start <= ?2 AND (a.einde IS NULL OR a.einde > ?2)) "
		"OR EXISTS (SELECT 1 FROM startbaan WHERE client_id = ?1 AND start <= ?2 "
		"AND (einde IS NULL OR einde > ?2)) "
		"OR EXISTS (SELECT 1 FROM onhold WHERE client_id = ?1 AND start <= ?2 "
		"AND (einde IS NULL OR einde > ?2))";
	sqlite3_stmt *st;
	char day[11];
	int rc;

	*yes = 0;
	rc = db_stmt(db, sql, &st);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "lopende trajecten zoeken");
	cdate_format_iso(d, day);
	sqlite3_bind_int64(st, 1, client_id);
	sqlite3_bind_text(st, 2, day, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*yes = sqlite3_column_int(st, 0) != 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? CASUS_OK : db_fail(db, rc, "lopende trajecten zoeken");
}

int usecase_afsluiting_close(casus_db *db, const afsluiting *a, int apply, char ***lines, size_t *n,
			     valerr *e)
{
	closer c;
	casefile cf;
	int rc, yes;

	assert(db && a && lines && n && e);
	memset(&c, 0, sizeof c);
	c.db = db;
	c.datum = a->datum;
	c.apply = apply;
	c.e = e;
	*lines = NULL;
	*n = 0;
	if (a->client_id == 0 || a->datum == CDATE_NONE)
		return CASUS_OK;
	rc = anything_running(db, a->client_id, a->datum, &yes);
	if (rc != CASUS_OK || !yes)
		return rc;
	rc = store_casefile_load(db, a->client_id, &cf);
	if (rc != CASUS_OK)
		return rc;
	close_voortrajecten(&c, &cf);
	close_startbanen(&c, &cf);
	close_onhold(&c, &cf);
	casefile_free(&cf);
	*lines = c.v;
	*n = c.n;
	return c.rc;
}

int usecase_afsluiting_plan(casus_db *db, const afsluiting *a, valerr *e, char ***lines, size_t *n)
{
	*lines = NULL;
	*n = 0;
	if (validate_record(REC_AFSLUITING, a, e) != 0)
		return CASUS_INVALID;
	return usecase_afsluiting_close(db, a, 0, lines, n, e);
}

int usecase_afsluiting_save(casus_db *db, afsluiting *a, valerr *e, char ***closed, size_t *nclosed)
{
	int rc;

	assert(db && a && e && closed && nclosed);
	*closed = NULL;
	*nclosed = 0;
	rc = db_tx_begin(db);
	if (rc != CASUS_OK)
		return rc;
	rc = store_afsluiting_save(db, a, e);
	if (rc == CASUS_OK)
		rc = usecase_afsluiting_close(db, a, 1, closed, nclosed, e);
	if (rc == CASUS_OK)
		rc = db_tx_commit(db);
	else
		db_tx_rollback(db);
	if (rc != CASUS_OK) {
		usecase_lines_free(*closed, *nclosed);
		*closed = NULL;
		*nclosed = 0;
	}
	return rc;
}
