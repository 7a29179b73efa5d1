/* zelfevaluatie_store.c - the zelfevaluatie's instruments and rounds in
 * the store (db/010-zelfevaluatie.sql): each change one transaction, bad
 * input refused with a Dutch message naming the field, a closed round
 * read-only.  The scores and the verbeterplan are in
 * zelfevaluatie_plan.c. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "db_int.h"
#include "util.h"
#include "zelfevaluatie.h"
#include "zelfevaluatie_int.h"

/* --- helpers shared with zelfevaluatie_plan.c ------------------------------------ */

char *ze_col_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return t ? xstrdup((const char *)t) : NULL;
}

int ze_refuse(char **msg, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (msg)
		*msg = xvasprintf(fmt, ap);
	va_end(ap);
	return CASUS_INVALID;
}

int ze_check_text(const char *field, const char *s, int required, size_t max, int oneline,
		  char **msg)
{
	if (!s || str_blank(s))
		return required ? ze_refuse(msg, "%s: mag niet leeg zijn", field) : CASUS_OK;
	if (strlen(s) > max)
		return ze_refuse(msg, "%s: langer dan %zu tekens", field, max);
	if (str_has_control(s, !oneline))
		return ze_refuse(msg, "%s: bevat besturingstekens of ongeldige UTF-8", field);
	if (oneline && str_find_invisible(s))
		return ze_refuse(msg, "%s: bevat onzichtbare tekens", field);
	return CASUS_OK;
}

/* Finish a write: commit on CASUS_OK, else roll back. */
int ze_tx_end(casus_db *db, int rc)
{
	if (rc == CASUS_OK)
		return db_tx_commit(db);
	db_tx_rollback(db);
	return rc;
}

/* --- instruments ------------------------------------------------------------------ */

static int ins_store(casus_db *db, const ze_instrument *ins, int64_t *id)
{
	sqlite3_stmt *st = NULL;
	int rc;

	rc = db_prepare(db, "INSERT INTO ze_instrument(naam, versie, geladen) "
			"VALUES (?, ?, casus_now())", &st);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "instrument opslaan");
	sqlite3_bind_text(st, 1, ins->naam, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, ins->versie, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "instrument opslaan");
	*id = sqlite3_last_insert_rowid(db->sql);
	for (size_t t = 0; t < ins->nth; t++) {
		const ze_thema *th = &ins->th[t];
		int64_t tid;

		rc = db_prepare(db, "INSERT INTO ze_thema(instrument_id, nummer, naam) VALUES (?, ?, ?)",
				&st);
		if (rc != SQLITE_OK)
			return db_fail(db, rc, "thema opslaan");
		sqlite3_bind_int64(st, 1, *id);
		sqlite3_bind_int(st, 2, th->nummer);
		sqlite3_bind_text(st, 3, th->naam, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, "thema opslaan");
		tid = sqlite3_last_insert_rowid(db->sql);
		rc = db_prepare(db, "INSERT INTO ze_stelling(thema_id, nummer, volgorde, tekst, tip) "
				"VALUES (?, ?, ?, ?, ?)", &st);
		if (rc != SQLITE_OK)
			return db_fail(db, rc, "stelling opslaan");
		for (size_t s = 0; s < th->nst; s++) {
			sqlite3_reset(st);
			sqlite3_bind_int64(st, 1, tid);
			sqlite3_bind_text(st, 2, th->st[s].nummer, -1, SQLITE_STATIC);
			sqlite3_bind_int(st, 3, (int)s + 1);
			sqlite3_bind_text(st, 4, th->st[s].tekst, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 5, th->st[s].tip, -1, SQLITE_STATIC);
			if ((rc = sqlite3_step(st)) != SQLITE_DONE) {
				sqlite3_finalize(st);
				return db_fail(db, rc, "stelling opslaan");
			}
		}
		sqlite3_finalize(st);
	}
	return CASUS_OK;
}

static int ins_exists(casus_db *db, const char *naam, const char *versie, int64_t *id)
{
	sqlite3_stmt *st = NULL;
	int rc = db_prepare(db, "SELECT id FROM ze_instrument WHERE naam = ? AND versie = ?", &st);

	if (rc != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, naam, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, versie, -1, SQLITE_STATIC);
	rc = sqlite3_step(st) == SQLITE_ROW;
	if (rc && id)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc;
}

/* The current instrument: the one loaded last; the built-in one is stored
 * when there is none (inside the caller's transaction). */
int ze_instrument_current(casus_db *db, int64_t *id)
{
	sqlite3_stmt *st = NULL;
	ze_instrument ins;
	char **msgs = NULL;
	size_t n = 0;
	int rc = db_prepare(db, "SELECT max(id) FROM ze_instrument", &st);

	if (rc != SQLITE_OK)
		return db_fail(db, rc, "instrument lezen");
	*id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	if (*id)
		return CASUS_OK;
	rc = ze_instrument_parse(ze_instrument_builtin_text(), "ingebouwd", &ins, &msgs, &n);
	for (size_t i = 0; i < n; i++)
		free(msgs[i]);
	free(msgs);
	if (rc != CASUS_OK)
		return CASUS_ERROR;
	rc = ins_store(db, &ins, id);
	ze_instrument_free(&ins);
	return rc;
}

static char *read_file(const char *path, char **msg)
{
	FILE *f = fopen(path, "rb");
	strbuf sb = STRBUF_INIT;
	char buf[4096];
	size_t n;

	if (!f) {
		*msg = xasprintf("%s: kan het bestand niet openen (%s)", path,
				 errno == ENOENT ? "bestaat niet" : "geen toegang of onleesbaar");
		return NULL;
	}
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
		if (sb.len + n > (1u << 20)) {
			*msg = xasprintf("%s: groter dan 1 MB; dit is geen instrumentbestand", path);
			fclose(f);
			sb_free(&sb);
			return NULL;
		}
		sb_appendn(&sb, buf, n);
	}
	if (ferror(f) || memchr(sb.s ? sb.s : "", '\0', sb.len)) {
		*msg = xasprintf("%s: geen leesbaar tekstbestand", path);
		fclose(f);
		sb_free(&sb);
		return NULL;
	}
	fclose(f);
	return sb_take(&sb);
}

int ze_instrument_load_file(casus_db *db, const char *path, ze_instrument *out,
			    char ***msgs, size_t *nmsgs)
{
	char *msg = NULL, *text = read_file(path, &msg);
	int rc;

	*msgs = NULL;
	*nmsgs = 0;
	memset(out, 0, sizeof *out);
	if (!text)
		goto one;
	rc = ze_instrument_parse(text, path, out, msgs, nmsgs);
	free(text);
	if (rc != CASUS_OK)
		return rc;
	if ((rc = db_tx_begin(db)) != CASUS_OK)
		goto fail;
	if (ins_exists(db, out->naam, out->versie, NULL) > 0) {
		db_tx_rollback(db);
		msg = xasprintf("%s: instrument '%s' versie '%s' is al geladen; geef het een "
				"nieuwe versie", path, out->naam, out->versie);
		goto one;
	}
	rc = ze_tx_end(db, ins_store(db, out, &out->id));
	if (rc == CASUS_OK)
		return CASUS_OK;
fail:
	msg = xstrdup(db_errmsg(db));
	ze_instrument_free(out);
	*msgs = xmalloc(sizeof **msgs);
	(*msgs)[(*nmsgs)++] = msg;
	return rc;
one:
	ze_instrument_free(out);
	*msgs = xmalloc(sizeof **msgs);
	(*msgs)[(*nmsgs)++] = msg;
	return CASUS_INVALID;
}

static int get_themes(casus_db *db, ze_instrument *ins)
{
	sqlite3_stmt *st = NULL;
	int rc = db_prepare(db, "SELECT t.id, t.nummer, t.naam, s.id, s.nummer, s.tekst, s.tip "
			    "FROM ze_thema t JOIN ze_stelling s ON s.thema_id = t.id "
			    "WHERE t.instrument_id = ? ORDER BY t.nummer, s.volgorde", &st);

	if (rc != SQLITE_OK)
		return db_fail(db, rc, "instrument lezen");
	sqlite3_bind_int64(st, 1, ins->id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		ze_thema *th = ins->nth ? &ins->th[ins->nth - 1] : NULL;
		ze_stelling *s;

		if (!th || th->id != sqlite3_column_int64(st, 0)) {
			ins->th = xrealloc(ins->th, (ins->nth + 1) * sizeof *ins->th);
			th = &ins->th[ins->nth++];
			memset(th, 0, sizeof *th);
			th->id = sqlite3_column_int64(st, 0);
			th->nummer = sqlite3_column_int(st, 1);
			th->naam = ze_col_dup(st, 2);
		}
		th->st = xrealloc(th->st, (th->nst + 1) * sizeof *th->st);
		s = &th->st[th->nst++];
		s->id = sqlite3_column_int64(st, 3);
		s->nummer = ze_col_dup(st, 4);
		s->tekst = ze_col_dup(st, 5);
		s->tip = ze_col_dup(st, 6);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "instrument lezen");
}

int ze_instrument_get(casus_db *db, int64_t id, ze_instrument *out)
{
	sqlite3_stmt *st = NULL;
	int rc;

	memset(out, 0, sizeof *out);
	rc = db_prepare(db, "SELECT naam, versie FROM ze_instrument WHERE id = ?", &st);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "instrument lezen");
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->id = id;
		out->naam = ze_col_dup(st, 0);
		out->versie = ze_col_dup(st, 1);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return rc == SQLITE_DONE ? CASUS_NOTFOUND : db_fail(db, rc, "instrument lezen");
	rc = get_themes(db, out);
	if (rc != CASUS_OK)
		ze_instrument_free(out);
	return rc;
}

/* --- rounds --------------------------------------------------------------------------- */

#define RONDE_COLS "id, instrument_id, naam, datum, deelnemers, afgesloten, version"

static void ronde_read(sqlite3_stmt *st, ze_ronde *r)
{
	r->id = sqlite3_column_int64(st, 0);
	r->instrument_id = sqlite3_column_int64(st, 1);
	r->naam = ze_col_dup(st, 2);
	r->datum = cdate_from_iso((const char *)sqlite3_column_text(st, 3));
	r->deelnemers = ze_col_dup(st, 4);
	r->afgesloten = sqlite3_column_int(st, 5);
	r->version = sqlite3_column_int(st, 6);
}

void ze_ronde_free(ze_ronde *r)
{
	if (!r)
		return;
	free(r->naam);
	free(r->deelnemers);
	memset(r, 0, sizeof *r);
}

void ze_ronde_list_free(ze_ronde *r, size_t n)
{
	for (size_t i = 0; i < n; i++)
		ze_ronde_free(&r[i]);
	free(r);
}

int ze_ronde_get(casus_db *db, int64_t id, ze_ronde *out)
{
	sqlite3_stmt *st = NULL;
	int rc = db_prepare(db, "SELECT " RONDE_COLS " FROM ze_ronde WHERE id = ?", &st);

	memset(out, 0, sizeof *out);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "ronde lezen");
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		ronde_read(st, out);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return CASUS_OK;
	return rc == SQLITE_DONE ? CASUS_NOTFOUND : db_fail(db, rc, "ronde lezen");
}

int ze_ronde_new(casus_db *db, const char *naam, cdate datum, const char *deelnemers,
		 ze_ronde *out, char **msg)
{
	sqlite3_stmt *st = NULL;
	int64_t ins = 0, id;
	char iso[11];
	int rc;

	memset(out, 0, sizeof *out);
	if ((rc = ze_check_text("Naam", naam, 1, 200, 1, msg)) != CASUS_OK ||
	    (rc = ze_check_text("Deelnemers", deelnemers, 0, 500, 1, msg)) != CASUS_OK)
		return rc;
	if (naam[0] >= '0' && naam[0] <= '9' && strspn(naam, "0123456789") == strlen(naam))
		return ze_refuse(msg, "Naam: alleen cijfers kan niet (een nummer wijst een ronde "
				 "aan); gebruik bijvoorbeeld 'Voorjaar %s'", naam);
	cdate_format_iso(datum ? datum : cdate_today(), iso);
	if ((rc = db_tx_begin(db)) != CASUS_OK)
		return rc;
	rc = ze_instrument_current(db, &ins);
	if (rc == CASUS_OK) {
		int r2 = db_prepare(db, "SELECT 1 FROM ze_ronde WHERE naam = ?", &st);

		if (r2 != SQLITE_OK) {
			rc = db_fail(db, r2, "ronde opslaan");
		} else {
			sqlite3_bind_text(st, 1, naam, -1, SQLITE_STATIC);
			if (sqlite3_step(st) == SQLITE_ROW)
				rc = ze_refuse(msg, "Naam: er is al een ronde '%s'", naam);
			sqlite3_finalize(st);
		}
	}
	if (rc == CASUS_OK) {
		int r2 = db_prepare(db, "INSERT INTO ze_ronde(instrument_id, naam, datum, deelnemers) "
				    "VALUES (?, ?, ?, ?)", &st);

		if (r2 == SQLITE_OK) {
			sqlite3_bind_int64(st, 1, ins);
			sqlite3_bind_text(st, 2, naam, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 3, iso, -1, SQLITE_STATIC);
			if (deelnemers && !str_blank(deelnemers))
				sqlite3_bind_text(st, 4, deelnemers, -1, SQLITE_STATIC);
			r2 = sqlite3_step(st);
			sqlite3_finalize(st);
		}
		rc = r2 == SQLITE_DONE ? CASUS_OK : db_fail(db, r2, "ronde opslaan");
	}
	id = sqlite3_last_insert_rowid(db->sql);
	rc = ze_tx_end(db, rc);
	if (rc == CASUS_OK)
		rc = ze_ronde_get(db, id, out);
	return rc;
}

int ze_ronde_find(casus_db *db, const char *key, ze_ronde *out, char **msg)
{
	sqlite3_stmt *st = NULL;
	int rc = db_prepare(db, "SELECT " RONDE_COLS " FROM ze_ronde WHERE naam = ?1 "
			    "UNION ALL SELECT " RONDE_COLS " FROM ze_ronde WHERE CAST(id AS TEXT) = ?1 "
			    "AND NOT EXISTS (SELECT 1 FROM ze_ronde WHERE naam = ?1)", &st);

	memset(out, 0, sizeof *out);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "ronde zoeken");
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		ronde_read(st, out);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return CASUS_OK;
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "ronde zoeken");
	if (msg) {
		char *p = str_printable(key);
		*msg = xasprintf("ronde '%s' bestaat niet (casus zelfevaluatie toont de rondes)", p);
		free(p);
	}
	return CASUS_NOTFOUND;
}

static int ronde_query(casus_db *db, const char *sql, const ze_ronde *arg, ze_ronde **out,
		       size_t *n)
{
	sqlite3_stmt *st = NULL;
	int rc = db_prepare(db, sql, &st);
	char iso[11];
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "rondes lezen");
	if (arg) {
		cdate_format_iso(arg->datum, iso);
		sqlite3_bind_int64(st, 1, arg->instrument_id);
		sqlite3_bind_text(st, 2, iso, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 3, arg->id);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 8;
			*out = xrealloc(*out, cap * sizeof **out);
		}
		ronde_read(st, &(*out)[(*n)++]);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return CASUS_OK;
	ze_ronde_list_free(*out, *n);
	*out = NULL;
	*n = 0;
	return db_fail(db, rc, "rondes lezen");
}

int ze_ronde_list(casus_db *db, ze_ronde **out, size_t *n)
{
	return ronde_query(db, "SELECT " RONDE_COLS " FROM ze_ronde ORDER BY datum DESC, id DESC",
			   NULL, out, n);
}

int ze_ronde_previous(casus_db *db, const ze_ronde *r, ze_ronde *prev)
{
	ze_ronde *l = NULL;
	size_t n = 0;
	int rc = ronde_query(db, "SELECT " RONDE_COLS " FROM ze_ronde WHERE instrument_id = ?1 "
			     "AND (datum < ?2 OR (datum = ?2 AND id < ?3)) "
			     "ORDER BY datum DESC, id DESC LIMIT 1", r, &l, &n);

	memset(prev, 0, sizeof *prev);
	if (rc != CASUS_OK)
		return rc;
	if (n == 0) {
		free(l);
		return CASUS_NOTFOUND;
	}
	*prev = l[0];
	free(l);
	return CASUS_OK;
}

int ze_ronde_close(casus_db *db, int64_t ronde_id, char **msg)
{
	sqlite3_stmt *st = NULL;
	ze_ronde r;
	int rc;

	if ((rc = db_tx_begin(db)) != CASUS_OK)
		return rc;
	rc = ze_ronde_get(db, ronde_id, &r);
	if (rc == CASUS_NOTFOUND)
		rc = ze_refuse(msg, "ronde %lld bestaat niet", (long long)ronde_id);
	else if (rc == CASUS_OK && r.afgesloten)
		rc = ze_refuse(msg, "ronde '%s' is al afgesloten", r.naam);
	if (rc == CASUS_OK) {
		int r2 = db_prepare(db, "UPDATE ze_ronde SET afgesloten = 1, version = version + 1 "
				    "WHERE id = ?", &st);
		if (r2 == SQLITE_OK) {
			sqlite3_bind_int64(st, 1, ronde_id);
			r2 = sqlite3_step(st);
			sqlite3_finalize(st);
		}
		rc = r2 == SQLITE_DONE ? CASUS_OK : db_fail(db, r2, "ronde afsluiten");
	}
	ze_ronde_free(&r);
	return ze_tx_end(db, rc);
}
