/* store.c - reading and writing records (see store.h): insert, update,
 * delete and lookups.  The casefile walk and its prefetch thread are in
 * store_casefile.c.
 *
 * The columns of every record come from its description (record.h); one
 * generic insert/update/delete/read path serves them all.  Statements are
 * prepared once per connection through the statement cache: db_stmt() for
 * fixed SQL, db_stmt_key() keyed on the description and the operation for
 * SQL built from it. */
#include "config.h"

#include <assert.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "record.h"
#include "store.h"
#include "store_int.h"
#include "util.h"
#include "vocab.h"

enum { OP_INSERT = 0, OP_UPDATE = 1, OP_DELETE = 2, OP_GET = 3 };

#define MEMBER(rec, f, type) ((type *)((char *)(rec) + (f)->off))

static void store_bind_field(sqlite3_stmt *st, int idx, const void *rec, const rec_field *f)
{
	switch (f->store) {
	case FS_TEXT: {
		const char *s = *MEMBER(rec, f, char *);
		if (s && *s)
			sqlite3_bind_text(st, idx, s, -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(st, idx);
		break;
	}
	case FS_INT:
		sqlite3_bind_int(st, idx, *MEMBER(rec, f, int));
		break;
	case FS_INT_NEG: {
		int v = *MEMBER(rec, f, int);
		if (v < 0)
			sqlite3_bind_null(st, idx);
		else
			sqlite3_bind_int(st, idx, v);
		break;
	}
	case FS_INT_ZERO: {
		int v = *MEMBER(rec, f, int);
		if (v == 0)
			sqlite3_bind_null(st, idx);
		else
			sqlite3_bind_int(st, idx, v);
		break;
	}
	case FS_DATE: {
		cdate d = *MEMBER(rec, f, cdate);
		char buf[11];
		if (d == CDATE_NONE) {
			sqlite3_bind_null(st, idx);
		} else {
			cdate_format_iso(d, buf);
			sqlite3_bind_text(st, idx, buf, -1, SQLITE_TRANSIENT);
		}
		break;
	}
	case FS_REAL: {
		double v = *MEMBER(rec, f, double);
		if (v < 0)
			sqlite3_bind_null(st, idx);
		else
			sqlite3_bind_double(st, idx, v);
		break;
	}
	case FS_ID: {
		int64_t v = *MEMBER(rec, f, int64_t);
		if (v == 0)
			sqlite3_bind_null(st, idx);
		else
			sqlite3_bind_int64(st, idx, v);
		break;
	}
	}
}

static int store_stmt(casus_db *db, const rec_desc *t, int op, sqlite3_stmt **st)
{
	strbuf sb = STRBUF_INIT;
	int rc;

	if ((*st = db_stmt_find(db, t, op)) != NULL)
		return SQLITE_OK;
	switch (op) {
	case OP_INSERT:
		sb_appendf(&sb, "INSERT INTO %s(", t->table);
		for (size_t i = 0; i < t->nfields; i++)
			sb_appendf(&sb, "%s%s", i ? ", " : "", t->fields[i].col);
		if (t->rec == REC_CLIENT)
			sb_append(&sb, ", zoeksleutel, sorteersleutel");
		sb_append(&sb, ") VALUES (");
		for (size_t i = 0; i < t->nfields; i++)
			sb_append(&sb, i ? ", ?" : "?");
		if (t->rec == REC_CLIENT)
			sb_append(&sb, ", ?, ?");
		sb_append(&sb, ")");
		break;
	case OP_UPDATE: {
		/* Only a row in which a field changes is updated: an unchanged
		 * save is no change (no new version, no audit row, nothing
		 * marked for recomputing); store_write tells the two apart. */
		int n = (int)t->nfields + (t->rec == REC_CLIENT ? 2 : 0);

		sb_appendf(&sb, "UPDATE %s SET ", t->table);
		for (size_t i = 0; i < t->nfields; i++)
			sb_appendf(&sb, "%s%s = ?%zu", i ? ", " : "", t->fields[i].col, i + 1);
		if (t->rec == REC_CLIENT)
			sb_appendf(&sb, ", zoeksleutel = ?%zu, sorteersleutel = ?%zu", t->nfields + 1, t->nfields + 2);
		sb_appendf(&sb, ", version = version + 1 WHERE id = ?%d AND version = ?%d AND (", n + 1, n + 2);
		for (size_t i = 0; i < t->nfields; i++)
			sb_appendf(&sb, "%s%s IS NOT ?%zu", i ? " OR " : "", t->fields[i].col, i + 1);
		sb_append(&sb, ")");
		break;
	}
	case OP_DELETE:
		sb_appendf(&sb, "DELETE FROM %s WHERE id = ?1 AND (?2 = 0 OR version = ?2)", t->table);
		break;
	case OP_GET:
		sb_append(&sb, "SELECT ");
		store_select_list(&sb, t, NULL);
		sb_appendf(&sb, " FROM %s WHERE id = ?", t->table);
		break;
	}
	rc = db_stmt_key(db, t, op, sb.s, st);
	sb_free(&sb);
	return rc;
}

/* Does row `id` exist in t? */
static int store_exists(casus_db *db, const char *tname, int64_t id)
{
	sqlite3_stmt *st = NULL;
	int found = 0;
	char *sql = xasprintf("SELECT 1 FROM %s WHERE id = ?", tname);

	if (db_prepare(db, sql, &st) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, id);
		found = sqlite3_step(st) == SQLITE_ROW;
	}
	sqlite3_finalize(st);
	free(sql);
	return found;
}

/* The version of row id of t, -1 when it does not exist. */
static int store_version(casus_db *db, const rec_desc *t, int64_t id)
{
	sqlite3_stmt *st = NULL;
	int v = -1;
	char *sql = xasprintf("SELECT version FROM %s WHERE id = ?", t->table);

	if (db_prepare(db, sql, &st) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, id);
		if (sqlite3_step(st) == SQLITE_ROW)
			v = sqlite3_column_int(st, 0);
	}
	sqlite3_finalize(st);
	free(sql);
	return v;
}

static int store_conflict(casus_db *db, const rec_desc *t, int64_t id)
{
	if (!store_exists(db, t->table, id)) {
		snprintf(db->errmsg, sizeof db->errmsg,
			 "Dit gegeven bestaat niet meer: het is intussen verwijderd.");
		return CASUS_NOTFOUND;
	}
	snprintf(db->errmsg, sizeof db->errmsg,
		 "Dit gegeven is intussen door iemand anders gewijzigd. Open het opnieuw om de nieuwe versie te zien.");
	return CASUS_CONFLICT;
}

/* Insert or update one row inside the current transaction.  extra_* are the
 * client search keys (bound after the fields). */
static int store_write(casus_db *db, const rec_desc *t, void *rec, const char *key1, const char *key2)
{
	int64_t *idp = (int64_t *)((char *)rec + t->id_off);
	int *verp = t->version_off == REC_NO_VERSION ? NULL : (int *)((char *)rec + t->version_off);
	sqlite3_stmt *st = NULL;
	int idx, rc;
	int op = *idp == 0 ? OP_INSERT : OP_UPDATE;

	if (store_stmt(db, t, op, &st) != SQLITE_OK)
		return CASUS_ERROR;
	for (idx = 0; idx < (int)t->nfields; idx++)
		store_bind_field(st, idx + 1, rec, &t->fields[idx]);
	idx++;
	if (t->rec == REC_CLIENT) {
		sqlite3_bind_text(st, idx++, key1, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, idx++, key2, -1, SQLITE_STATIC);
	}
	if (op == OP_UPDATE) {
		sqlite3_bind_int64(st, idx++, *idp);
		sqlite3_bind_int(st, idx++, verp ? *verp : 0);
	}
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		if ((rc & 0xff) == SQLITE_CONSTRAINT && rc == SQLITE_CONSTRAINT_FOREIGNKEY) {
			snprintf(db->errmsg, sizeof db->errmsg,
				 "Het gegeven verwijst naar een klant, voortraject of werkgever die niet (meer) bestaat.");
			return CASUS_NOTFOUND;
		}
		return db_fail(db, rc, "opslaan");
	}
	if (op == OP_INSERT) {
		*idp = sqlite3_last_insert_rowid(db->sql);
		if (verp)
			*verp = 1;
	} else {
		if (sqlite3_changes(db->sql) == 0) {
			/* nothing changed, or someone else changed or removed it */
			if (store_version(db, t, *idp) == (verp ? *verp : 0))
				return CASUS_OK;
			return store_conflict(db, t, *idp);
		}
		if (verp)
			(*verp)++;
	}
	return CASUS_OK;
}

/* Validate, then write in its own (nested) transaction. */
static int store_save(casus_db *db, const rec_desc *t, void *rec, valerr *e,
		      int (*extra_check)(casus_db *, void *, valerr *))
{
	valerr local = VALERR_INIT, more = VALERR_INIT;
	valerr *ve = e ? e : &local;
	char *k1 = NULL, *k2 = NULL;
	int rc, bad;

	/* all problems at once: the record's own and the store's checks
	 * (unique values, one uitval or einde) together */
	bad = validate_record(t->rec, rec, ve) > 0;
	if (bad && !extra_check)
		goto invalid;
	if ((rc = db_tx_begin(db)) != CASUS_OK) {
		if (bad)	/* what the record says already is the answer */
			goto invalid;
		return rc;
	}
	if (extra_check && extra_check(db, rec, &more) > 0) {
		valerr_merge_new(ve, &more);
		bad = 1;
	}
	valerr_free(&more);
	if (bad) {
		db_tx_rollback(db);
		goto invalid;
	}
	if (t->rec == REC_CLIENT) {
		const client *c = rec;
		char *a = xasprintf("%s %s", c->voornaam ? c->voornaam : "", c->achternaam ? c->achternaam : "");
		char *b = xasprintf("%s %s", c->achternaam ? c->achternaam : "", c->voornaam ? c->voornaam : "");

		k1 = norm_key(a);
		k2 = norm_key(b);
		free(a);
		free(b);
	}
	rc = store_write(db, t, rec, k1, k2);
	free(k1);
	free(k2);
	if (rc == CASUS_OK)
		rc = db_tx_commit(db);
	else
		db_tx_rollback(db);
	valerr_free(&local);
	return rc;

invalid:
	valerr_free(&local);
	snprintf(db->errmsg, sizeof db->errmsg, "Niet opgeslagen: de invoer bevat fouten.");
	return CASUS_INVALID;
}

static int store_delete(casus_db *db, const rec_desc *t, int64_t id, int version)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if ((rc = db_tx_begin(db)) != CASUS_OK)
		return rc;
	if (store_stmt(db, t, OP_DELETE, &st) != SQLITE_OK) {
		db_tx_rollback(db);
		return CASUS_ERROR;
	}
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, version);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		rc = db_fail(db, rc, "verwijderen");
		db_tx_rollback(db);
		return rc;
	}
	if (sqlite3_changes(db->sql) == 0) {
		rc = version ? store_conflict(db, t, id) : CASUS_NOTFOUND;
		if (rc == CASUS_NOTFOUND)
			snprintf(db->errmsg, sizeof db->errmsg, "Dit gegeven bestaat niet (meer).");
		db_tx_rollback(db);
		return rc;
	}
	return db_tx_commit(db);
}

static int store_get(casus_db *db, const rec_desc *t, int64_t id, void *out)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (store_stmt(db, t, OP_GET, &st) != SQLITE_OK)
		return CASUS_ERROR;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		store_read_row(st, 0, t, out);
		rc = CASUS_OK;
	} else if (rc == SQLITE_DONE) {
		snprintf(db->errmsg, sizeof db->errmsg, "Niet gevonden.");
		rc = CASUS_NOTFOUND;
	} else {
		rc = db_fail(db, rc, "lezen");
	}
	sqlite3_reset(st);
	return rc;
}

/* --- consultants ------------------------------------------------------- */

int store_consultant_save(casus_db *db, consultant *r, valerr *e)
{
	return store_save(db, DESC(REC_CONSULTANT), r, e, NULL);
}

/* Run a "SELECT <list> FROM t ..." with one optional text parameter into a
 * growing array of records of `size` bytes. */
static int store_list(casus_db *db, const rec_desc *t, const char *tail, const char *param,
		      void **out, size_t *n, size_t size, void (*init)(void *))
{
	strbuf sb = STRBUF_INIT;
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	char *arr = NULL;
	int rc;

	*n = 0;
	sb_append(&sb, "SELECT ");
	store_select_list(&sb, t, NULL);
	sb_appendf(&sb, " FROM %s %s", t->table, tail);
	if (db_prepare(db, sb.s, &st) != SQLITE_OK) {
		rc = CASUS_ERROR;
		goto out;
	}
	if (param)
		sqlite3_bind_text(st, 1, param, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			arr = xrealloc(arr, cap * size);
		}
		memset(arr + *n * size, 0, size);
		if (init)
			init(arr + *n * size);
		store_read_row(st, 0, t, arr + *n * size);
		(*n)++;
	}
	rc = rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "lezen");
out:
	sqlite3_finalize(st);
	sb_free(&sb);
	*out = arr;
	return rc;
}

int store_consultant_list(casus_db *db, consultant **out, size_t *n)
{
	return store_list(db, DESC(REC_CONSULTANT), "ORDER BY naam", NULL, (void **)out, n, sizeof **out, NULL);
}

static int store_one_by_text(casus_db *db, const rec_desc *t, const char *col, const char *value,
			     void *out)
{
	char tail[96];
	void *arr = NULL;
	size_t n = 0, size;
	int rc;

	size = t->size;
	snprintf(tail, sizeof tail, "WHERE %s = ?1", col);
	rc = store_list(db, t, tail, value, &arr, &n, size, NULL);
	if (rc == CASUS_OK && n == 0) {
		snprintf(db->errmsg, sizeof db->errmsg, "Niet gevonden: %s", value);
		rc = CASUS_NOTFOUND;
	}
	if (rc == CASUS_OK)
		memcpy(out, arr, size);   /* takes over the strings of row 0 */
	free(arr);
	return rc;
}

int store_consultant_by_login(casus_db *db, const char *login, consultant *out)
{
	return store_one_by_text(db, DESC(REC_CONSULTANT), "login", login, out);
}

/* --- clients ------------------------------------------------------------ */

/* Unique klantnummer and BSN, checked before writing so the user gets a
 * message naming the field. */
static int store_client_check(casus_db *db, void *rec, valerr *e)
{
	const client *c = rec;
	sqlite3_stmt *st = NULL;
	int n = 0;

	if (db_stmt(db, "SELECT klantnummer, klantnummer = ?1, coalesce(bsn = ?2, 0) FROM client "
		      "WHERE id != ?3 AND (klantnummer = ?1 OR bsn = ?2)", &st) != SQLITE_OK)
		return 1;
	sqlite3_bind_text(st, 1, c->klantnummer, -1, SQLITE_STATIC);
	if (c->bsn && *c->bsn)
		sqlite3_bind_text(st, 2, c->bsn, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, c->id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *kn = (const char *)sqlite3_column_text(st, 0);

		if (sqlite3_column_int(st, 1)) {
			valerr_field(e, FLD_KL_NUMMER, "%s bestaat al", kn);
			n++;
		}
		if (sqlite3_column_int(st, 2)) {
			valerr_field(e, FLD_KL_BSN, "hoort al bij klant %s", kn);
			n++;
		}
	}
	sqlite3_reset(st);
	return n;
}

int store_client_save(casus_db *db, client *r, valerr *e)
{
	return store_save(db, DESC(REC_CLIENT), r, e, store_client_check);
}

int store_client_get(casus_db *db, int64_t id, client *out)
{
	client_init(out);
	return store_get(db, DESC(REC_CLIENT), id, out);
}

int store_client_by_klantnummer(casus_db *db, const char *klantnummer, client *out)
{
	int rc;

	client_init(out);
	rc = store_one_by_text(db, DESC(REC_CLIENT), "klantnummer", klantnummer, out);
	if (rc == CASUS_NOTFOUND)
		snprintf(db->errmsg, sizeof db->errmsg, "Klantnummer %s bestaat niet.", klantnummer);
	return rc;
}

int store_client_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, DESC(REC_CLIENT), id, version);
}

int64_t store_client_count(casus_db *db)
{
	sqlite3_stmt *st = NULL;
	int64_t n = -1;

	if (db_prepare(db, "SELECT count(*) FROM client", &st) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* --- dated records ------------------------------------------------------ */

int store_pip_step_save(casus_db *db, pip_step *r, valerr *e)
{
	return store_save(db, DESC(REC_PIP), r, e, NULL);
}

int store_pip_step_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, DESC(REC_PIP), id, version);
}

int store_voortraject_save(casus_db *db, voortraject *r, valerr *e)
{
	return store_save(db, DESC(REC_VOORTRAJECT), r, e, NULL);
}

int store_voortraject_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, DESC(REC_VOORTRAJECT), id, version);
}

int store_activiteit_save(casus_db *db, activiteit *r, valerr *e)
{
	return store_save(db, DESC(REC_ACTIVITEIT), r, e, NULL);
}

int store_activiteit_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, DESC(REC_ACTIVITEIT), id, version);
}

static int store_employer_check(casus_db *db, void *rec, valerr *e)
{
	const employer *w = rec;
	sqlite3_stmt *st = NULL;
	int n = 0;

	if (db_stmt(db, "SELECT 1 FROM employer WHERE naam = ? AND id != ?", &st) != SQLITE_OK)
		return 1;
	sqlite3_bind_text(st, 1, w->naam, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, w->id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		valerr_field_as(e, FLD_WG_NAAM, "Naam werkgever", "er is al een werkgever met deze naam");
		n++;
	}
	sqlite3_reset(st);
	return n;
}

int store_employer_save(casus_db *db, employer *r, valerr *e)
{
	return store_save(db, DESC(REC_EMPLOYER), r, e, store_employer_check);
}

int store_employer_list(casus_db *db, employer **out, size_t *n)
{
	return store_list(db, DESC(REC_EMPLOYER), "ORDER BY naam", NULL, (void **)out, n, sizeof **out, NULL);
}

int store_employer_by_name(casus_db *db, const char *naam, employer *out)
{
	employer_init(out);
	return store_one_by_text(db, DESC(REC_EMPLOYER), "naam", naam, out);
}

int store_startbaan_save(casus_db *db, startbaan *r, valerr *e)
{
	return store_save(db, DESC(REC_STARTBAAN), r, e, NULL);
}

int store_startbaan_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, DESC(REC_STARTBAAN), id, version);
}

int store_onhold_save(casus_db *db, onhold *r, valerr *e)
{
	return store_save(db, DESC(REC_ONHOLD), r, e, NULL);
}

int store_onhold_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, DESC(REC_ONHOLD), id, version);
}

/* At most one of uitval and einde per client. */
static int store_afsluiting_check(casus_db *db, void *rec, valerr *e)
{
	const afsluiting *a = rec;
	sqlite3_stmt *st = NULL;
	int n = 0;

	if (db_stmt(db, "SELECT soort FROM afsluiting WHERE client_id = ? AND id != ?",
		      &st) != SQLITE_OK)
		return 1;
	sqlite3_bind_int64(st, 1, a->client_id);
	sqlite3_bind_int64(st, 2, a->id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		int other = sqlite3_column_int(st, 0);

		if (other == a->soort)
			valerr_field(e, FLD_AF_SOORT, "deze klant heeft al een %s; wijzig die in plaats van een tweede vast te leggen",
				   other == AFSLUITING_UITVAL ? "uitval" : "einde");
		else
			valerr_field(e, FLD_AF_SOORT, "deze klant heeft al een %s; een klant heeft uitval of einde, niet allebei",
				   other == AFSLUITING_UITVAL ? "uitval" : "einde");
		n++;
	}
	sqlite3_reset(st);
	return n;
}

int store_afsluiting_save(casus_db *db, afsluiting *r, valerr *e)
{
	return store_save(db, DESC(REC_AFSLUITING), r, e, store_afsluiting_check);
}

int store_afsluiting_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, DESC(REC_AFSLUITING), id, version);
}

int store_journal_save(casus_db *db, journal *r, valerr *e)
{
	if (!r->auteur || !*r->auteur) {
		free(r->auteur);
		r->auteur = xstrdup(db->user);
	}
	return store_save(db, DESC(REC_JOURNAL), r, e, NULL);
}

int store_journal_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, DESC(REC_JOURNAL), id, version);
}

int store_handover(casus_db *db, int64_t client_id, int64_t naar_id, cdate datum,
		   const char *reden, valerr *e)
{
	client c;
	handover h;
	int rc;

	memset(&h, 0, sizeof h);
	if (datum == CDATE_NONE) {
		if (e)
			valerr_field(e, FLD_HO_DATUM, "is verplicht");
		return CASUS_INVALID;
	}
	if (naar_id == 0 || !store_exists(db, "consultant", naar_id)) {
		if (e)
			valerr_field_as(e, FLD_HO_NAAR, "Nieuwe regiehouder", "kies een bestaande consulent");
		return CASUS_INVALID;
	}
	if ((rc = db_tx_begin(db)) != CASUS_OK)
		return rc;
	rc = store_client_get(db, client_id, &c);
	if (rc != CASUS_OK)
		goto fail;
	if (c.regiehouder_id == naar_id) {
		if (e)
			valerr_field_as(e, FLD_HO_NAAR, "Nieuwe regiehouder", "is al de regiehouder van deze klant");
		rc = CASUS_INVALID;
		goto fail;
	}
	h.client_id = client_id;
	h.van_id = c.regiehouder_id;
	h.naar_id = naar_id;
	h.datum = datum;
	h.reden = (char *)reden;
	rc = store_write(db, DESC(REC_HANDOVER), &h, NULL, NULL);
	if (rc != CASUS_OK)
		goto fail;
	c.regiehouder_id = naar_id;
	rc = store_save(db, DESC(REC_CLIENT), &c, e, NULL);
	if (rc != CASUS_OK)
		goto fail;
	client_clear(&c);
	return db_tx_commit(db);
fail:
	client_clear(&c);
	db_tx_rollback(db);
	return rc;
}

/* --- any record by its type --------------------------------------------- */

int store_record_save(casus_db *db, rec_type rec, void *r, valerr *e)
{
	switch (rec) {
	case REC_CONSULTANT: return store_consultant_save(db, r, e);
	case REC_CLIENT: return store_client_save(db, r, e);
	case REC_PIP: return store_pip_step_save(db, r, e);
	case REC_VOORTRAJECT: return store_voortraject_save(db, r, e);
	case REC_ACTIVITEIT: return store_activiteit_save(db, r, e);
	case REC_EMPLOYER: return store_employer_save(db, r, e);
	case REC_STARTBAAN: return store_startbaan_save(db, r, e);
	case REC_ONHOLD: return store_onhold_save(db, r, e);
	case REC_AFSLUITING: return store_afsluiting_save(db, r, e);
	case REC_JOURNAL: return store_journal_save(db, r, e);
	case REC_HANDOVER:
	case REC_COUNT:
		break;
	}
	snprintf(db->errmsg, sizeof db->errmsg, "Dit gegeven kan zo niet worden opgeslagen.");
	return CASUS_ERROR;
}

int store_record_get(casus_db *db, rec_type rec, int64_t id, void *out)
{
	assert(rec >= 0 && rec < REC_COUNT);
	return store_get(db, DESC(rec), id, out);
}
