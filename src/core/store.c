/* store.c - reading and writing records (see store.h).
 *
 * Every record table is described once by a field table (column, type,
 * offset into the C struct); one generic insert/update/delete/read path
 * serves them all.  Statements are prepared once per connection through
 * db_stmt() and db_stmt_key() (keyed on the table and the operation). */
#include "config.h"

#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_int.h"
#include "norm.h"
#include "store.h"
#include "util.h"
#include "vocab.h"

typedef enum {
	F_TEXT,     /* char *, NULL or "" stored as NULL */
	F_INT,      /* int, stored as is */
	F_INTN,     /* int, -1 stored as NULL */
	F_INT0,     /* int, 0 stored as NULL */
	F_DATE,     /* cdate, CDATE_NONE stored as NULL */
	F_REAL,     /* double, < 0 stored as NULL */
	F_ID        /* int64_t, 0 stored as NULL */
} ftype;

typedef struct field {
	const char *col;
	ftype type;
	size_t off;
} field;

typedef int (*validate_fn)(const void *rec, valerr *e);

typedef struct table {
	const char *name;
	const field *fields;
	size_t nfields;
	size_t id_off, version_off;
	validate_fn validate;
	int slot;           /* unused: statements are keyed on the table (db_stmt_key) */
} table;

#define FLD(type_, col_, t_, member) { col_, t_, offsetof(type_, member) }

static const field consultant_fields[] = {
	FLD(consultant, "naam", F_TEXT, naam),
	FLD(consultant, "login", F_TEXT, login),
	FLD(consultant, "actief", F_INT, actief),
};

static const field client_fields[] = {
	FLD(client, "klantnummer", F_TEXT, klantnummer),
	FLD(client, "bsn", F_TEXT, bsn),
	FLD(client, "voornaam", F_TEXT, voornaam),
	FLD(client, "achternaam", F_TEXT, achternaam),
	FLD(client, "geboortedatum", F_DATE, geboortedatum),
	FLD(client, "geboortejaar", F_INT0, geboortejaar),
	FLD(client, "telefoon", F_TEXT, telefoon),
	FLD(client, "email", F_TEXT, email),
	FLD(client, "adres", F_TEXT, adres),
	FLD(client, "land_herkomst", F_TEXT, land_herkomst),
	FLD(client, "talen", F_TEXT, talen),
	FLD(client, "regiehouder_id", F_ID, regiehouder_id),
	FLD(client, "startbanen", F_INT, startbanen),
	FLD(client, "deelname", F_INT, deelname),
	FLD(client, "datum_instroom", F_DATE, datum_instroom),
	FLD(client, "geslacht", F_INT, geslacht),
	FLD(client, "taalniveau", F_INT, taalniveau),
	FLD(client, "engels", F_INT, engels),
	FLD(client, "opleiding", F_INT, opleiding),
	FLD(client, "baan_bij_instroom", F_INT, baan_bij_instroom),
	FLD(client, "datum_verblijfsvergunning", F_DATE, datum_verblijfsvergunning),
	FLD(client, "gezinssituatie", F_INT, gezinssituatie),
	FLD(client, "aantal_kinderen", F_INTN, aantal_kinderen),
	FLD(client, "verblijfssituatie", F_INT, verblijfssituatie),
	FLD(client, "vervoer", F_INT, vervoer),
	FLD(client, "rijbewijs", F_INT, rijbewijs),
	FLD(client, "inburgeringsprogramma", F_INT, inburgeringsprogramma),
	FLD(client, "uitkering", F_INT, uitkering),
	FLD(client, "start_inburgering", F_DATE, start_inburgering),
	FLD(client, "einde_inburgering", F_DATE, einde_inburgering),
	FLD(client, "voortraject_niet_nodig", F_INT, voortraject_niet_nodig),
};

static const field pip_fields[] = {
	FLD(pip_step, "client_id", F_ID, client_id),
	FLD(pip_step, "stap", F_INT, stap),
	FLD(pip_step, "datum", F_DATE, datum),
	FLD(pip_step, "status", F_INT, status),
	FLD(pip_step, "reden", F_INT, reden),
	FLD(pip_step, "resultaat", F_TEXT, resultaat),
	FLD(pip_step, "uren", F_REAL, uren),
	FLD(pip_step, "notitie", F_TEXT, notitie),
};

static const field voortraject_fields[] = {
	FLD(voortraject, "client_id", F_ID, client_id),
	FLD(voortraject, "start", F_DATE, start),
	FLD(voortraject, "einde", F_DATE, einde),
	FLD(voortraject, "soort", F_INT, soort),
	FLD(voortraject, "notitie", F_TEXT, notitie),
};

static const field activiteit_fields[] = {
	FLD(activiteit, "voortraject_id", F_ID, voortraject_id),
	FLD(activiteit, "soort", F_INT, soort),
	FLD(activiteit, "aanbieder", F_TEXT, aanbieder),
	FLD(activiteit, "start", F_DATE, start),
	FLD(activiteit, "einde", F_DATE, einde),
	FLD(activiteit, "uren_per_week", F_REAL, uren_per_week),
};

static const field employer_fields[] = {
	FLD(employer, "naam", F_TEXT, naam),
	FLD(employer, "contactpersoon", F_TEXT, contactpersoon),
	FLD(employer, "telefoon", F_TEXT, telefoon),
	FLD(employer, "email", F_TEXT, email),
	FLD(employer, "sector", F_INT, sector),
	FLD(employer, "omvang", F_INT, omvang),
	FLD(employer, "ervaring", F_INT, ervaring),
};

static const field startbaan_fields[] = {
	FLD(startbaan, "client_id", F_ID, client_id),
	FLD(startbaan, "employer_id", F_ID, employer_id),
	FLD(startbaan, "soort", F_INT, soort),
	FLD(startbaan, "hoe_gekregen", F_INT, hoe_gekregen),
	FLD(startbaan, "functie", F_TEXT, functie),
	FLD(startbaan, "start", F_DATE, start),
	FLD(startbaan, "einde", F_DATE, einde),
	FLD(startbaan, "maanden", F_INTN, maanden),
	FLD(startbaan, "urenafspraak", F_INT, urenafspraak),
	FLD(startbaan, "uren", F_REAL, uren),
	FLD(startbaan, "loonkostensubsidie", F_INT, loonkostensubsidie),
	FLD(startbaan, "werkcoach", F_INT, werkcoach),
	FLD(startbaan, "jobcoach", F_INT, jobcoach),
	FLD(startbaan, "harrie", F_INT, harrie),
	FLD(startbaan, "soort_werkgever", F_INT, soort_werkgever),
};

static const field onhold_fields[] = {
	FLD(onhold, "client_id", F_ID, client_id),
	FLD(onhold, "start", F_DATE, start),
	FLD(onhold, "einde", F_DATE, einde),
	FLD(onhold, "reden", F_INT, reden),
};

static const field afsluiting_fields[] = {
	FLD(afsluiting, "client_id", F_ID, client_id),
	FLD(afsluiting, "soort", F_INT, soort),
	FLD(afsluiting, "datum", F_DATE, datum),
	FLD(afsluiting, "reden", F_INT, reden),
};

static const field journal_fields[] = {
	FLD(journal, "client_id", F_ID, client_id),
	FLD(journal, "moment", F_TEXT, moment),
	FLD(journal, "soort", F_INT, soort),
	FLD(journal, "tolk", F_INT, tolk),
	FLD(journal, "samenvatting", F_TEXT, samenvatting),
	FLD(journal, "volgende_afspraak", F_DATE, volgende_afspraak),
	FLD(journal, "auteur", F_TEXT, auteur),
};

static const field handover_fields[] = {
	FLD(handover, "client_id", F_ID, client_id),
	FLD(handover, "van_id", F_ID, van_id),
	FLD(handover, "naar_id", F_ID, naar_id),
	FLD(handover, "datum", F_DATE, datum),
	FLD(handover, "reden", F_TEXT, reden),
};

#define NF(a) (sizeof(a) / sizeof((a)[0]))
#define TABLE(name_, type_, fields_, validate_, slot_) { \
	name_, fields_, NF(fields_), offsetof(type_, id), offsetof(type_, version), \
	(validate_fn)(validate_), slot_ }

static int store_validate_none(const void *rec, valerr *e)
{
	return 0;
}

static int store_validate_consultant(const consultant *r, valerr *e)
{
	int n = 0;

	if (str_blank(r->naam)) {
		valerr_add(e, "Naam", "is verplicht");
		n++;
	}
	if (str_blank(r->login)) {
		valerr_add(e, "Inlognaam", "is verplicht");
		n++;
	}
	return n;
}

static const table T_CONSULTANT = TABLE("consultant", consultant, consultant_fields, store_validate_consultant, 0);
static const table T_CLIENT = TABLE("client", client, client_fields, validate_client, 4);
static const table T_PIP = TABLE("pip_step", pip_step, pip_fields, validate_pip_step, 8);
static const table T_VOORTRAJECT = TABLE("voortraject", voortraject, voortraject_fields, validate_voortraject, 12);
static const table T_ACTIVITEIT = TABLE("activiteit", activiteit, activiteit_fields, validate_activiteit, 16);
static const table T_EMPLOYER = TABLE("employer", employer, employer_fields, validate_employer, 20);
static const table T_STARTBAAN = TABLE("startbaan", startbaan, startbaan_fields, validate_startbaan, 24);
static const table T_ONHOLD = TABLE("onhold", onhold, onhold_fields, validate_onhold, 28);
static const table T_AFSLUITING = TABLE("afsluiting", afsluiting, afsluiting_fields, validate_afsluiting, 32);
static const table T_JOURNAL = TABLE("journal", journal, journal_fields, validate_journal, 36);
/* handover is insert-only and has no row version */
static const table T_HANDOVER = {
	"handover", handover_fields, NF(handover_fields), offsetof(handover, id), (size_t)-1,
	store_validate_none, 40
};
/* store_find's statements, keyed on the table and these (OP_* are 0..3) */
enum {
	SLOT_FIND_VT = 44, SLOT_FIND_ACT, SLOT_FIND_SB, SLOT_FIND_OH, SLOT_FIND_AF
};

enum { OP_INSERT = 0, OP_UPDATE = 1, OP_DELETE = 2, OP_GET = 3 };

#define MEMBER(rec, f, type) ((type *)((char *)(rec) + (f)->off))

static void store_bind_field(sqlite3_stmt *st, int idx, const void *rec, const field *f)
{
	switch (f->type) {
	case F_TEXT: {
		const char *s = *MEMBER(rec, f, char *);
		if (s && *s)
			sqlite3_bind_text(st, idx, s, -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(st, idx);
		break;
	}
	case F_INT:
		sqlite3_bind_int(st, idx, *MEMBER(rec, f, int));
		break;
	case F_INTN: {
		int v = *MEMBER(rec, f, int);
		if (v < 0)
			sqlite3_bind_null(st, idx);
		else
			sqlite3_bind_int(st, idx, v);
		break;
	}
	case F_INT0: {
		int v = *MEMBER(rec, f, int);
		if (v == 0)
			sqlite3_bind_null(st, idx);
		else
			sqlite3_bind_int(st, idx, v);
		break;
	}
	case F_DATE: {
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
	case F_REAL: {
		double v = *MEMBER(rec, f, double);
		if (v < 0)
			sqlite3_bind_null(st, idx);
		else
			sqlite3_bind_double(st, idx, v);
		break;
	}
	case F_ID: {
		int64_t v = *MEMBER(rec, f, int64_t);
		if (v == 0)
			sqlite3_bind_null(st, idx);
		else
			sqlite3_bind_int64(st, idx, v);
		break;
	}
	}
}

static void store_read_field(sqlite3_stmt *st, int col, void *rec, const field *f)
{
	int null = sqlite3_column_type(st, col) == SQLITE_NULL;

	switch (f->type) {
	case F_TEXT:
		free(*MEMBER(rec, f, char *));
		*MEMBER(rec, f, char *) = null ? NULL : xstrdup((const char *)sqlite3_column_text(st, col));
		break;
	case F_INT:
		*MEMBER(rec, f, int) = sqlite3_column_int(st, col);
		break;
	case F_INTN:
		*MEMBER(rec, f, int) = null ? -1 : sqlite3_column_int(st, col);
		break;
	case F_INT0:
		*MEMBER(rec, f, int) = null ? 0 : sqlite3_column_int(st, col);
		break;
	case F_DATE:
		*MEMBER(rec, f, cdate) = null ? CDATE_NONE
			: cdate_from_iso((const char *)sqlite3_column_text(st, col));
		break;
	case F_REAL:
		*MEMBER(rec, f, double) = null ? -1 : sqlite3_column_double(st, col);
		break;
	case F_ID:
		*MEMBER(rec, f, int64_t) = null ? 0 : sqlite3_column_int64(st, col);
		break;
	}
}

/* "id, c1, c2, ..., version" (version omitted for handover). */
static void store_select_list(strbuf *sb, const table *t, const char *alias)
{
	const char *a = alias ? alias : "";
	const char *dot = alias ? "." : "";

	sb_appendf(sb, "%s%sid", a, dot);
	for (size_t i = 0; i < t->nfields; i++)
		sb_appendf(sb, ", %s%s%s", a, dot, t->fields[i].col);
	if (t->version_off != (size_t)-1)
		sb_appendf(sb, ", %s%sversion", a, dot);
}

/* Read "id, fields..., version" starting at column col; returns the next
 * column. */
static int store_read_row(sqlite3_stmt *st, int col, const table *t, void *rec)
{
	*(int64_t *)((char *)rec + t->id_off) = sqlite3_column_int64(st, col++);
	for (size_t i = 0; i < t->nfields; i++)
		store_read_field(st, col++, rec, &t->fields[i]);
	if (t->version_off != (size_t)-1)
		*(int *)((char *)rec + t->version_off) = sqlite3_column_int(st, col++);
	return col;
}

static int store_stmt(casus_db *db, const table *t, int op, sqlite3_stmt **st)
{
	strbuf sb = STRBUF_INIT;
	int rc;

	if ((*st = db_stmt_find(db, t, op)) != NULL) {
		return SQLITE_OK;
	}
	switch (op) {
	case OP_INSERT:
		sb_appendf(&sb, "INSERT INTO %s(", t->name);
		for (size_t i = 0; i < t->nfields; i++)
			sb_appendf(&sb, "%s%s", i ? ", " : "", t->fields[i].col);
		if (t == &T_CLIENT)
			sb_append(&sb, ", zoeksleutel, sorteersleutel");
		sb_append(&sb, ") VALUES (");
		for (size_t i = 0; i < t->nfields; i++)
			sb_append(&sb, i ? ", ?" : "?");
		if (t == &T_CLIENT)
			sb_append(&sb, ", ?, ?");
		sb_append(&sb, ")");
		break;
	case OP_UPDATE:
		sb_appendf(&sb, "UPDATE %s SET ", t->name);
		for (size_t i = 0; i < t->nfields; i++)
			sb_appendf(&sb, "%s%s = ?", i ? ", " : "", t->fields[i].col);
		if (t == &T_CLIENT)
			sb_append(&sb, ", zoeksleutel = ?, sorteersleutel = ?");
		sb_append(&sb, ", version = version + 1 WHERE id = ? AND version = ?");
		break;
	case OP_DELETE:
		sb_appendf(&sb, "DELETE FROM %s WHERE id = ?1 AND (?2 = 0 OR version = ?2)", t->name);
		break;
	case OP_GET:
		sb_append(&sb, "SELECT ");
		store_select_list(&sb, t, NULL);
		sb_appendf(&sb, " FROM %s WHERE id = ?", t->name);
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

static int store_conflict(casus_db *db, const table *t, int64_t id)
{
	if (!store_exists(db, t->name, id)) {
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
static int store_write(casus_db *db, const table *t, void *rec, const char *key1, const char *key2)
{
	int64_t *idp = (int64_t *)((char *)rec + t->id_off);
	int *verp = t->version_off == (size_t)-1 ? NULL : (int *)((char *)rec + t->version_off);
	sqlite3_stmt *st = NULL;
	int idx, rc;
	int op = *idp == 0 ? OP_INSERT : OP_UPDATE;

	if (store_stmt(db, t, op, &st) != SQLITE_OK)
		return CASUS_ERROR;
	for (idx = 0; idx < (int)t->nfields; idx++)
		store_bind_field(st, idx + 1, rec, &t->fields[idx]);
	idx++;
	if (t == &T_CLIENT) {
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
		if (sqlite3_changes(db->sql) == 0)
			return store_conflict(db, t, *idp);
		if (verp)
			(*verp)++;
	}
	return CASUS_OK;
}

/* Validate, then write in its own (nested) transaction. */
static int store_save(casus_db *db, const table *t, void *rec, valerr *e,
		      int (*extra_check)(casus_db *, void *, valerr *))
{
	valerr local = VALERR_INIT;
	valerr *ve = e ? e : &local;
	char *k1 = NULL, *k2 = NULL;
	int rc;

	if (t->validate(rec, ve) > 0) {
		valerr_free(&local);
		snprintf(db->errmsg, sizeof db->errmsg, "Niet opgeslagen: de invoer bevat fouten.");
		return CASUS_INVALID;
	}
	if ((rc = db_tx_begin(db)) != CASUS_OK)
		return rc;
	if (extra_check && extra_check(db, rec, ve) > 0) {
		db_tx_rollback(db);
		valerr_free(&local);
		snprintf(db->errmsg, sizeof db->errmsg, "Niet opgeslagen: de invoer bevat fouten.");
		return CASUS_INVALID;
	}
	if (t == &T_CLIENT) {
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
}

static int store_delete(casus_db *db, const table *t, int64_t id, int version)
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

static int store_get(casus_db *db, const table *t, int64_t id, void *out)
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
	return store_save(db, &T_CONSULTANT, r, e, NULL);
}

int store_consultant_get(casus_db *db, int64_t id, consultant *out)
{
	return store_get(db, &T_CONSULTANT, id, out);
}

/* Run a "SELECT <list> FROM t ..." with one optional text parameter into a
 * growing array of records of `size` bytes. */
static int store_list(casus_db *db, const table *t, const char *tail, const char *param,
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
	sb_appendf(&sb, " FROM %s %s", t->name, tail);
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
	return store_list(db, &T_CONSULTANT, "ORDER BY naam", NULL, (void **)out, n, sizeof **out, NULL);
}

static int store_one_by_text(casus_db *db, const table *t, const char *col, const char *value,
			     void *out)
{
	char tail[96];
	void *arr = NULL;
	size_t n = 0, size;
	int rc;

	size = t == &T_CLIENT ? sizeof(client) : t == &T_EMPLOYER ? sizeof(employer) : sizeof(consultant);
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
	return store_one_by_text(db, &T_CONSULTANT, "login", login, out);
}

/* --- clients ------------------------------------------------------------ */

/* Unique klantnummer and BSN, checked before writing so the user gets a
 * message naming the field. */
static int store_client_check(casus_db *db, void *rec, valerr *e)
{
	const client *c = rec;
	sqlite3_stmt *st = NULL;
	int n = 0;

	if (db_stmt(db,
		      "SELECT klantnummer, klantnummer = ?1, coalesce(bsn = ?2, 0) FROM client "
		      "WHERE id != ?3 AND (klantnummer = ?1 OR bsn = ?2)", &st) != SQLITE_OK)
		return 1;
	sqlite3_bind_text(st, 1, c->klantnummer, -1, SQLITE_STATIC);
	if (c->bsn && *c->bsn)
		sqlite3_bind_text(st, 2, c->bsn, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, c->id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *kn = (const char *)sqlite3_column_text(st, 0);

		if (sqlite3_column_int(st, 1)) {
			valerr_add(e, "Klantnummer", "%s bestaat al", kn);
			n++;
		}
		if (sqlite3_column_int(st, 2)) {
			valerr_add(e, "BSN", "hoort al bij klant %s", kn);
			n++;
		}
	}
	sqlite3_reset(st);
	return n;
}

int store_client_save(casus_db *db, client *r, valerr *e)
{
	return store_save(db, &T_CLIENT, r, e, store_client_check);
}

int store_client_get(casus_db *db, int64_t id, client *out)
{
	client_init(out);
	return store_get(db, &T_CLIENT, id, out);
}

int store_client_by_klantnummer(casus_db *db, const char *klantnummer, client *out)
{
	int rc;

	client_init(out);
	rc = store_one_by_text(db, &T_CLIENT, "klantnummer", klantnummer, out);
	if (rc == CASUS_NOTFOUND)
		snprintf(db->errmsg, sizeof db->errmsg, "Klantnummer %s bestaat niet.", klantnummer);
	return rc;
}

int store_client_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, &T_CLIENT, id, version);
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
	return store_save(db, &T_PIP, r, e, NULL);
}

int store_pip_step_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, &T_PIP, id, version);
}

int store_voortraject_save(casus_db *db, voortraject *r, valerr *e)
{
	return store_save(db, &T_VOORTRAJECT, r, e, NULL);
}

int store_voortraject_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, &T_VOORTRAJECT, id, version);
}

int store_activiteit_save(casus_db *db, activiteit *r, valerr *e)
{
	return store_save(db, &T_ACTIVITEIT, r, e, NULL);
}

int store_activiteit_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, &T_ACTIVITEIT, id, version);
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
		valerr_add(e, "Naam werkgever", "er is al een werkgever met deze naam");
		n++;
	}
	sqlite3_reset(st);
	return n;
}

int store_employer_save(casus_db *db, employer *r, valerr *e)
{
	return store_save(db, &T_EMPLOYER, r, e, store_employer_check);
}

int store_employer_list(casus_db *db, employer **out, size_t *n)
{
	return store_list(db, &T_EMPLOYER, "ORDER BY naam", NULL, (void **)out, n, sizeof **out, NULL);
}

int store_employer_by_name(casus_db *db, const char *naam, employer *out)
{
	employer_init(out);
	return store_one_by_text(db, &T_EMPLOYER, "naam", naam, out);
}

int store_startbaan_save(casus_db *db, startbaan *r, valerr *e)
{
	return store_save(db, &T_STARTBAAN, r, e, NULL);
}

int store_startbaan_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, &T_STARTBAAN, id, version);
}

int store_onhold_save(casus_db *db, onhold *r, valerr *e)
{
	return store_save(db, &T_ONHOLD, r, e, NULL);
}

int store_onhold_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, &T_ONHOLD, id, version);
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
			valerr_add(e, "Soort", "deze klant heeft al een %s; wijzig die in plaats van een tweede vast te leggen",
				   other == AFSLUITING_UITVAL ? "uitval" : "einde");
		else
			valerr_add(e, "Soort", "deze klant heeft al een %s; een klant heeft uitval of einde, niet allebei",
				   other == AFSLUITING_UITVAL ? "uitval" : "einde");
		n++;
	}
	sqlite3_reset(st);
	return n;
}

int store_afsluiting_save(casus_db *db, afsluiting *r, valerr *e)
{
	return store_save(db, &T_AFSLUITING, r, e, store_afsluiting_check);
}

int store_afsluiting_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, &T_AFSLUITING, id, version);
}

int store_journal_save(casus_db *db, journal *r, valerr *e)
{
	if (!r->auteur || !*r->auteur) {
		free(r->auteur);
		r->auteur = xstrdup(db->user);
	}
	return store_save(db, &T_JOURNAL, r, e, NULL);
}

int store_journal_delete(casus_db *db, int64_t id, int version)
{
	return store_delete(db, &T_JOURNAL, id, version);
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
			valerr_add(e, "Datum", "is verplicht");
		return CASUS_INVALID;
	}
	if (naar_id == 0 || !store_exists(db, "consultant", naar_id)) {
		if (e)
			valerr_add(e, "Nieuwe regiehouder", "kies een bestaande consulent");
		return CASUS_INVALID;
	}
	if ((rc = db_tx_begin(db)) != CASUS_OK)
		return rc;
	rc = store_client_get(db, client_id, &c);
	if (rc != CASUS_OK)
		goto fail;
	if (c.regiehouder_id == naar_id) {
		if (e)
			valerr_add(e, "Nieuwe regiehouder", "is al de regiehouder van deze klant");
		rc = CASUS_INVALID;
		goto fail;
	}
	h.client_id = client_id;
	h.van_id = c.regiehouder_id;
	h.naar_id = naar_id;
	h.datum = datum;
	h.reden = (char *)reden;
	rc = store_write(db, &T_HANDOVER, &h, NULL, NULL);
	if (rc != CASUS_OK)
		goto fail;
	c.regiehouder_id = naar_id;
	rc = store_save(db, &T_CLIENT, &c, e, NULL);
	if (rc != CASUS_OK)
		goto fail;
	client_clear(&c);
	return db_tx_commit(db);
fail:
	client_clear(&c);
	db_tx_rollback(db);
	return rc;
}

/* --- finding a record by its natural key --------------------------------- */

/* One row of t matching `where` (which may use ?1 an id, ?2 a number, ?3 a
 * date), lowest id first; the statement is kept in `slot`.  out is filled
 * only when found. */
static int store_find(casus_db *db, const table *t, int slot, const char *where,
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
		sb_appendf(&sb, " FROM %s x %s ORDER BY x.id LIMIT 1", t->name, where);
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
	return store_find(db, &T_VOORTRAJECT, SLOT_FIND_VT, WHERE_CLIENT_START, client_id, 0, start, out);
}

int store_activiteit_find(casus_db *db, int64_t client_id, int soort, cdate start, activiteit *out)
{
	return store_find(db, &T_ACTIVITEIT, SLOT_FIND_ACT,
			  "JOIN voortraject v ON v.id = x.voortraject_id "
			  "WHERE v.client_id = ?1 AND x.soort = ?2 AND x.start = ?3",
			  client_id, soort, start, out);
}

int store_startbaan_find(casus_db *db, int64_t client_id, cdate start, startbaan *out)
{
	return store_find(db, &T_STARTBAAN, SLOT_FIND_SB, WHERE_CLIENT_START, client_id, 0, start, out);
}

int store_onhold_find(casus_db *db, int64_t client_id, cdate start, onhold *out)
{
	return store_find(db, &T_ONHOLD, SLOT_FIND_OH, WHERE_CLIENT_START, client_id, 0, start, out);
}

int store_afsluiting_find(casus_db *db, int64_t client_id, afsluiting *out)
{
	return store_find(db, &T_AFSLUITING, SLOT_FIND_AF, "WHERE x.client_id = ?1", client_id, 0,
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
static char *casefile_sql(int which, int single, int only_participants)
{
	static const table *tabs[CUR__N] = {
		&T_PIP, &T_VOORTRAJECT, &T_ACTIVITEIT, &T_STARTBAAN, &T_ONHOLD,
		&T_AFSLUITING, &T_JOURNAL, &T_HANDOVER
	};
	static const char *order[CUR__N] = {
		"x.datum, x.id", "x.start, x.id", "v.id, x.start, x.id", "x.start, x.id",
		"x.start, x.id", "x.id", "x.moment, x.id", "x.datum, x.id"
	};
	const table *t = tabs[which];
	strbuf sb = STRBUF_INIT;
	const char *cid = which == CUR_ACT ? "v.client_id" : "x.client_id";

	sb_appendf(&sb, "SELECT %s, ", cid);
	store_select_list(&sb, t, "x");
	if (which == CUR_SB)
		sb_append(&sb, ", w.naam, w.sector, w.omvang, w.ervaring");
	sb_appendf(&sb, " FROM %s x", t->name);
	if (which == CUR_ACT)
		sb_append(&sb, " JOIN voortraject v ON v.id = x.voortraject_id");
	if (which == CUR_SB)
		sb_append(&sb, " LEFT JOIN employer w ON w.id = x.employer_id");
	if (single)
		sb_appendf(&sb, " WHERE %s = ?1", cid);
	else if (only_participants)
		sb_appendf(&sb, " WHERE %s IN (SELECT id FROM client WHERE startbanen = 1)", cid);
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
			store_read_row(st, 1, &T_PIP, &cf->pip[cf->npip++]);
			break;
		case CUR_VT:
			PUSH(cf->vt, cf->nvt, cap);
			voortraject_init(&cf->vt[cf->nvt]);
			store_read_row(st, 1, &T_VOORTRAJECT, &cf->vt[cf->nvt++]);
			break;
		case CUR_ACT: {
			activiteit a;

			activiteit_init(&a);
			store_read_row(st, 1, &T_ACTIVITEIT, &a);
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
			col = store_read_row(st, 1, &T_STARTBAAN, s);
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
			store_read_row(st, 1, &T_ONHOLD, &cf->oh[cf->noh++]);
			break;
		case CUR_AF:
			PUSH(cf->af, cf->naf, cap);
			afsluiting_init(&cf->af[cf->naf]);
			store_read_row(st, 1, &T_AFSLUITING, &cf->af[cf->naf++]);
			break;
		case CUR_JR:
			PUSH(cf->jr, cf->njr, cap);
			journal_init(&cf->jr[cf->njr]);
			store_read_row(st, 1, &T_JOURNAL, &cf->jr[cf->njr++]);
			break;
		case CUR_HO:
			PUSH(cf->ho, cf->nho, cap);
			memset(&cf->ho[cf->nho], 0, sizeof cf->ho[0]);
			store_read_row(st, 1, &T_HANDOVER, &cf->ho[cf->nho++]);
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
	store_select_list(&sb, &T_CLIENT, "c");
	sb_append(&sb, ", k.naam FROM client c LEFT JOIN consultant k ON k.id = c.regiehouder_id");
	if (single_id)
		sb_append(&sb, " WHERE c.id = ?1");
	else if (flags & CF_PARTICIPANTS)
		sb_append(&sb, " WHERE c.startbanen = 1");
	sb_append(&sb, " ORDER BY c.id");
	if (db_prepare(db, sb.s, &cst) != SQLITE_OK) {
		rc = CASUS_ERROR;
		goto out;
	}
	if (single_id)
		sqlite3_bind_int64(cst, 1, single_id);
	for (int i = 0; i < CUR__N; i++) {
		char *sql;

		if ((i == CUR_PIP && (flags & CF_NO_PIP)) || (i == CUR_JR && (flags & CF_NO_JOURNAL)) ||
		    (i == CUR_HO && (flags & CF_NO_HANDOVER)))
			continue;       /* left empty: cursor without a statement */
		sql = casefile_sql(i, single_id != 0, flags & CF_PARTICIPANTS);

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
		col = store_read_row(cst, 0, &T_CLIENT, &cf.c);
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
