/* zelfevaluatie_plan.c - scores and the verbeterplan of a round, and a
 * round as shown (its instrument, scores, the previous round of the same
 * instrument, the actions).  Each change one transaction; a closed round
 * refuses changes of its scores and new actions (an action's status can
 * still change: the verbeterplan is worked on between rounds). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <sqlite3.h>

#include "db_int.h"
#include "util.h"
#include "zelfevaluatie.h"
#include "zelfevaluatie_int.h"

/* The round, open for changes: CASUS_OK, or a refusal in *msg. */
static int ronde_open(casus_db *db, int64_t ronde_id, ze_ronde *r, char **msg)
{
	int rc = ze_ronde_get(db, ronde_id, r);

	if (rc == CASUS_NOTFOUND)
		return ze_refuse(msg, "ronde %lld bestaat niet", (long long)ronde_id);
	if (rc == CASUS_OK && r->afgesloten)
		return ze_refuse(msg, "ronde '%s' is afgesloten en kan niet meer veranderen", r->naam);
	return rc;
}

/* The id that sql (parameters ?1 the instrument, ?2 the key) selects:
 * CASUS_OK with *id, CASUS_NOTFOUND when no row, or a database failure
 * reported as what ("stelling zoeken"). */
static int lookup_id(casus_db *db, const char *sql, int64_t ins, const char *key,
		     const char *what, int64_t *id)
{
	sqlite3_stmt *st = NULL;
	int rc = db_prepare(db, sql, &st);

	if (rc != SQLITE_OK)
		return db_fail(db, rc, what);
	sqlite3_bind_int64(st, 1, ins);
	sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return CASUS_OK;
	return rc == SQLITE_DONE ? CASUS_NOTFOUND : db_fail(db, rc, what);
}

#define STELLING_SQL "SELECT s.id FROM ze_stelling s JOIN ze_thema t ON t.id = s.thema_id " \
	"WHERE t.instrument_id = ?1 AND s.nummer = ?2"
#define THEMA_SQL "SELECT id FROM ze_thema WHERE instrument_id = ?1 AND " \
	"(CAST(nummer AS TEXT) = ?2 OR lower(naam) = lower(?2))"

/* The stored score (ZE_OPEN when no row) and toelichting. */
static int score_get(casus_db *db, int64_t ronde, int64_t stelling, int *w, char **toel, int *row)
{
	sqlite3_stmt *st = NULL;
	int rc = db_prepare(db, "SELECT waarde, toelichting FROM ze_score "
			    "WHERE ronde_id = ? AND stelling_id = ?", &st);

	*w = ZE_OPEN;
	*toel = NULL;
	*row = 0;
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "score lezen");
	sqlite3_bind_int64(st, 1, ronde);
	sqlite3_bind_int64(st, 2, stelling);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*row = 1;
		if (sqlite3_column_type(st, 0) != SQLITE_NULL)
			*w = sqlite3_column_int(st, 0);
		*toel = ze_col_dup(st, 1);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "score lezen");
}

static int score_write(casus_db *db, int64_t ronde, int64_t stelling, int w, const char *toel)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (w == ZE_OPEN && !toel)
		rc = db_prepare(db, "DELETE FROM ze_score WHERE ronde_id = ?1 AND stelling_id = ?2", &st);
	else
		rc = db_prepare(db, "INSERT INTO ze_score(ronde_id, stelling_id, waarde, toelichting) "
				"VALUES (?1, ?2, ?3, ?4) ON CONFLICT (ronde_id, stelling_id) DO UPDATE "
				"SET waarde = excluded.waarde, toelichting = excluded.toelichting", &st);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "score opslaan");
	sqlite3_bind_int64(st, 1, ronde);
	sqlite3_bind_int64(st, 2, stelling);
	if (!(w == ZE_OPEN && !toel)) {
		if (w != ZE_OPEN)
			sqlite3_bind_int(st, 3, w);
		if (toel)
			sqlite3_bind_text(st, 4, toel, -1, SQLITE_STATIC);
	}
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "score opslaan");
}

int ze_score_set(casus_db *db, int64_t ronde_id, const char *nummer, int waarde,
		 const char *toelichting, char **msg)
{
	ze_ronde r;
	int64_t sid = 0;
	char *old_toel = NULL;
	const char *toel;
	int rc, old_w, row;

	if (waarde != ZE_OPEN && (waarde < 0 || waarde > 10))
		return ze_refuse(msg, "Score: %d kan niet (n.v.t. of 1 tot en met 10)", waarde);
	if (toelichting && (rc = ze_check_text("Toelichting", toelichting, 0, 4000, 0, msg)))
		return rc;
	if ((rc = db_tx_begin(db)) != CASUS_OK)
		return rc;
	rc = ronde_open(db, ronde_id, &r, msg);
	if (rc == CASUS_OK && (rc = lookup_id(db, STELLING_SQL, r.instrument_id, nummer,
						  "stelling zoeken", &sid)) == CASUS_NOTFOUND) {
		char *p = str_printable(nummer);
		rc = ze_refuse(msg, "Nummer: stelling '%s' staat niet in het instrument van deze ronde", p);
		free(p);
	}
	if (rc == CASUS_OK)
		rc = score_get(db, ronde_id, sid, &old_w, &old_toel, &row);
	if (rc == CASUS_OK) {
		toel = toelichting ? (str_blank(toelichting) ? NULL : toelichting) : old_toel;
		if (!(old_w == waarde && ((!toel && !old_toel) ||
					  (toel && old_toel && strcmp(toel, old_toel) == 0))))
			rc = score_write(db, ronde_id, sid, waarde, toel);
	}
	free(old_toel);
	ze_ronde_free(&r);
	return ze_tx_end(db, rc);
}

/* --- the verbeterplan ---------------------------------------------------------------- */

int ze_actie_add(casus_db *db, int64_t ronde_id, const char *thema, const char *tekst,
		 const char *eigenaar, cdate streefdatum, int64_t *id, char **msg)
{
	sqlite3_stmt *st = NULL;
	ze_ronde r;
	int64_t tid = 0;
	char iso[11];
	int rc;

	if ((rc = ze_check_text("Tekst", tekst, 1, 1000, 1, msg)) != CASUS_OK ||
	    (rc = ze_check_text("Eigenaar", eigenaar, 0, 200, 1, msg)) != CASUS_OK)
		return rc;
	if ((rc = db_tx_begin(db)) != CASUS_OK)
		return rc;
	rc = ronde_open(db, ronde_id, &r, msg);
	if (rc == CASUS_OK && (rc = lookup_id(db, THEMA_SQL, r.instrument_id, thema,
						  "thema zoeken", &tid)) == CASUS_NOTFOUND) {
		char *p = str_printable(thema);
		rc = ze_refuse(msg, "Thema: '%s' is geen thema van het instrument van deze ronde "
			       "(nummer of naam)", p);
		free(p);
	}
	if (rc == CASUS_OK) {
		int r2 = db_prepare(db, "INSERT INTO ze_actie(ronde_id, thema_id, tekst, eigenaar, "
				    "streefdatum) VALUES (?, ?, ?, ?, ?)", &st);
		if (r2 == SQLITE_OK) {
			sqlite3_bind_int64(st, 1, ronde_id);
			sqlite3_bind_int64(st, 2, tid);
			sqlite3_bind_text(st, 3, tekst, -1, SQLITE_STATIC);
			if (eigenaar && !str_blank(eigenaar))
				sqlite3_bind_text(st, 4, eigenaar, -1, SQLITE_STATIC);
			if (streefdatum) {
				cdate_format_iso(streefdatum, iso);
				sqlite3_bind_text(st, 5, iso, -1, SQLITE_STATIC);
			}
			r2 = sqlite3_step(st);
			sqlite3_finalize(st);
		}
		rc = r2 == SQLITE_DONE ? CASUS_OK : db_fail(db, r2, "actie opslaan");
		if (rc == CASUS_OK && id)
			*id = sqlite3_last_insert_rowid(db->sql);
	}
	ze_ronde_free(&r);
	return ze_tx_end(db, rc);
}

int ze_actie_set_status(casus_db *db, int64_t actie_id, int status, char **msg)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (status < ZA_OPEN || status > ZA_VERVALLEN)
		return ze_refuse(msg, "Status: kies open, bezig, klaar of vervallen");
	if ((rc = db_tx_begin(db)) != CASUS_OK)
		return rc;
	rc = db_prepare(db, "UPDATE ze_actie SET status = ?1, version = version + 1 "
			"WHERE id = ?2 AND status <> ?1", &st);
	if (rc == SQLITE_OK) {
		sqlite3_bind_int(st, 1, status);
		sqlite3_bind_int64(st, 2, actie_id);
		rc = sqlite3_step(st);
		sqlite3_finalize(st);
	}
	rc = rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "actie opslaan");
	if (rc == CASUS_OK && sqlite3_changes(db->sql) == 0) {
		int r2 = db_prepare(db, "SELECT 1 FROM ze_actie WHERE id = ?", &st);
		if (r2 == SQLITE_OK) {
			sqlite3_bind_int64(st, 1, actie_id);
			if (sqlite3_step(st) != SQLITE_ROW)
				rc = ze_refuse(msg, "actie %lld bestaat niet", (long long)actie_id);
			sqlite3_finalize(st);
		}
	}
	return ze_tx_end(db, rc);
}

#define ACTIE_SELECT "SELECT a.id, a.ronde_id, r.naam, t.nummer, t.naam, a.tekst, a.eigenaar, " \
	"a.streefdatum, a.status, a.version FROM ze_actie a JOIN ze_ronde r ON r.id = a.ronde_id " \
	"JOIN ze_thema t ON t.id = a.thema_id "

void ze_actie_list_free(ze_actie *a, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(a[i].ronde_naam);
		free(a[i].thema_naam);
		free(a[i].tekst);
		free(a[i].eigenaar);
	}
	free(a);
}

/* Run an action query whose parameters are already bound. */
static int actie_rows(casus_db *db, sqlite3_stmt *st, ze_actie **out, size_t *n)
{
	size_t cap = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		ze_actie *a;

		if (*n == cap) {
			cap = cap ? 2 * cap : 8;
			*out = xrealloc(*out, cap * sizeof **out);
		}
		a = &(*out)[(*n)++];
		a->id = sqlite3_column_int64(st, 0);
		a->ronde_id = sqlite3_column_int64(st, 1);
		a->ronde_naam = ze_col_dup(st, 2);
		a->thema = sqlite3_column_int(st, 3);
		a->thema_naam = ze_col_dup(st, 4);
		a->tekst = ze_col_dup(st, 5);
		a->eigenaar = ze_col_dup(st, 6);
		a->streefdatum = cdate_from_iso((const char *)sqlite3_column_text(st, 7));
		a->status = sqlite3_column_int(st, 8);
		a->version = sqlite3_column_int(st, 9);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return CASUS_OK;
	ze_actie_list_free(*out, *n);
	*out = NULL;
	*n = 0;
	return db_fail(db, rc, "acties lezen");
}

int ze_actie_overdue(casus_db *db, cdate today, ze_actie **out, size_t *n)
{
	sqlite3_stmt *st = NULL;
	char iso[11];
	int rc = db_prepare(db, ACTIE_SELECT "WHERE a.status IN (1, 2) AND a.streefdatum IS NOT NULL "
			    "AND a.streefdatum < ? ORDER BY a.streefdatum, a.id", &st);

	*out = NULL;
	*n = 0;
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "acties lezen");
	cdate_format_iso(today, iso);
	sqlite3_bind_text(st, 1, iso, -1, SQLITE_TRANSIENT);
	return actie_rows(db, st, out, n);
}

/* The actions shown with round r: its own, and those of earlier rounds of
 * the same instrument that are still open or bezig (they carry over). */
static int actie_of_round(casus_db *db, const ze_ronde *r, ze_actie **out, size_t *n)
{
	sqlite3_stmt *st = NULL;
	char iso[11];
	int rc = db_prepare(db, ACTIE_SELECT "WHERE r.instrument_id = ?1 AND (a.ronde_id = ?2 OR "
			    "(a.status IN (1, 2) AND (r.datum < ?3 OR (r.datum = ?3 AND r.id < ?2)))) "
			    "ORDER BY t.nummer, a.id", &st);

	*out = NULL;
	*n = 0;
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "acties lezen");
	cdate_format_iso(r->datum, iso);
	sqlite3_bind_int64(st, 1, r->instrument_id);
	sqlite3_bind_int64(st, 2, r->id);
	sqlite3_bind_text(st, 3, iso, -1, SQLITE_TRANSIENT);
	return actie_rows(db, st, out, n);
}

/* --- a round as shown ------------------------------------------------------------------ */

size_t ze_view_first(const ze_view *v, size_t t)
{
	size_t k = 0;

	for (size_t i = 0; i < t && i < v->ins.nth; i++)
		k += v->ins.th[i].nst;
	return k;
}

ze_themascore ze_view_theme(const ze_view *v, size_t t, int prev)
{
	const int *s = prev ? v->prev_score : v->score;
	ze_themascore none = { 0, (int)v->ins.th[t].nst, -1 };

	if (!s)
		return none;
	return ze_theme_score(s + ze_view_first(v, t), v->ins.th[t].nst);
}

/* Scores of round `ronde` into sc[] (and toelichtingen into toel when set). */
static int view_scores(casus_db *db, const ze_view *v, int64_t ronde, int *sc, char **toel)
{
	sqlite3_stmt *st = NULL;
	int rc = db_prepare(db, "SELECT stelling_id, waarde, toelichting FROM ze_score "
			    "WHERE ronde_id = ?", &st);

	for (size_t i = 0; i < v->nstat; i++)
		sc[i] = ZE_OPEN;
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "scores lezen");
	sqlite3_bind_int64(st, 1, ronde);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t sid = sqlite3_column_int64(st, 0);
		size_t k = 0;

		for (size_t t = 0; t < v->ins.nth; t++)
			for (size_t s = 0; s < v->ins.th[t].nst; s++, k++)
				if (v->ins.th[t].st[s].id == sid) {
					if (sqlite3_column_type(st, 1) != SQLITE_NULL)
						sc[k] = sqlite3_column_int(st, 1);
					if (toel)
						toel[k] = ze_col_dup(st, 2);
				}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "scores lezen");
}

int ze_view_load(casus_db *db, int64_t ronde_id, ze_view *v)
{
	int rc;

	memset(v, 0, sizeof *v);
	if ((rc = ze_ronde_get(db, ronde_id, &v->r)) != CASUS_OK)
		return rc;
	if ((rc = ze_instrument_get(db, v->r.instrument_id, &v->ins)) != CASUS_OK)
		goto fail;
	v->nstat = ze_view_first(v, v->ins.nth);
	v->score = xcalloc(v->nstat + 1, sizeof *v->score);
	v->toel = xcalloc(v->nstat + 1, sizeof *v->toel);
	if ((rc = view_scores(db, v, v->r.id, v->score, v->toel)) != CASUS_OK)
		goto fail;
	rc = ze_ronde_previous(db, &v->r, &v->prev);
	if (rc == CASUS_OK) {
		v->has_prev = 1;
		v->prev_score = xcalloc(v->nstat + 1, sizeof *v->prev_score);
		rc = view_scores(db, v, v->prev.id, v->prev_score, NULL);
	} else if (rc == CASUS_NOTFOUND) {
		rc = CASUS_OK;
	}
	if (rc == CASUS_OK)
		rc = actie_of_round(db, &v->r, &v->act, &v->nact);
	if (rc == CASUS_OK)
		return rc;
fail:
	ze_view_free(v);
	return rc;
}

void ze_view_free(ze_view *v)
{
	if (!v)
		return;
	for (size_t i = 0; v->toel && i < v->nstat; i++)
		free(v->toel[i]);
	free(v->toel);
	free(v->score);
	free(v->prev_score);
	ze_actie_list_free(v->act, v->nact);
	ze_ronde_free(&v->r);
	ze_ronde_free(&v->prev);
	ze_instrument_free(&v->ins);
	memset(v, 0, sizeof *v);
}
