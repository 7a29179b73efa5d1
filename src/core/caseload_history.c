/* caseload_history.c - a client's audit trail as the history screen shows
 * it (caseload.h: caseload_history).  Table names, column names and values
 * come from the record descriptions (record.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "card.h"
#include "caseload.h"
#include "db_int.h"
#include "record.h"
#include "util.h"
#include "vocab.h"

static char *hist_col_dup(sqlite3_stmt *st, int col)
{
	const char *s = (const char *)sqlite3_column_text(st, col);

	return s ? str_printable(s) : NULL;
}

/* ---- history -------------------------------------------------------------- */

static const struct {
	const char *actie, *naam;
} ACTIE_NAAM[] = {
	{ "toevoegen", "toegevoegd" }, { "wijzigen", "gewijzigd" },
	{ "verwijderen", "verwijderd" }, { "wissen", "gewist" },
};

/* The history names columns and shows values as the record descriptions
 * say (record.h): flags ja/nee, codes as their labels, references by the
 * name of the consultant or employer; the row's own id, version and the
 * link to its client or parent record are left out. */

static const rec_field *hist_field(const char *tabel, const char *kolom)
{
	const rec_desc *d = record_desc_by_table(tabel);

	return d ? record_field_by_col(d->rec, kolom) : NULL;
}

static int skip_key(const char *tabel, const char *k)
{
	const rec_desc *d = record_desc_by_table(tabel);

	if (strcmp(k, "id") == 0 || strcmp(k, "version") == 0)
		return 1;
	return d && ((d->client_col && strcmp(k, d->client_col) == 0) ||
		     (d->parent_col && strcmp(k, d->parent_col) == 0));
}

/* The column as the history names it: its name with spaces, a reference
 * by its label ("regiehouder", not "regiehouder id"). */
static void append_key(strbuf *sb, const char *tabel, const char *k)
{
	const rec_field *f = hist_field(tabel, k);

	if (f && f->kind == FK_REF && f->label[0]) {
		sb_appendc(sb, (char)(f->label[0] >= 'A' && f->label[0] <= 'Z' ?
				      f->label[0] - 'A' + 'a' : f->label[0]));
		sb_append(sb, f->label + 1);
		return;
	}
	for (const char *p = k; *p; p++)
		sb_appendc(sb, *p == '_' ? ' ' : *p);
}

/* Name of a consultant or employer id, for the history (caller frees). */
static char *ref_name(casus_db *db, const char *kolom, int64_t id)
{
	const char *sql = strcmp(kolom, "employer_id") == 0 ?
		"SELECT naam FROM employer WHERE id = ?1" : "SELECT naam FROM consultant WHERE id = ?1";
	sqlite3_stmt *st = NULL;
	char *out = NULL;

	if (db_prepare(db, sql, &st) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, id);
		if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
			out = str_printable((const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	return out;
}

/* The vocabulary of a code whose vocabulary another field names (the
 * reason of an uitval or einde: its soort), in the old (old != 0) or new
 * values of audit row audit_id; NOVOC when there is none. */
static int hist_reason_voc(casus_db *db, int64_t audit_id, int old)
{
	sqlite3_stmt *st = NULL;
	int voc = NOVOC;

	if (db_prepare(db, "SELECT json_extract(CASE WHEN ?2 THEN oud ELSE coalesce(nieuw, oud) END,"
		       " '$.soort') FROM audit WHERE id = ?1", &st) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, audit_id);
		sqlite3_bind_int(st, 2, old);
		if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) == SQLITE_INTEGER)
			voc = sqlite3_column_int(st, 0) == AFSLUITING_UITVAL ? VOCAB_REDEN_UITVAL :
				sqlite3_column_int(st, 0) == AFSLUITING_EINDE ? VOCAB_REDEN_EINDE : NOVOC;
	}
	sqlite3_finalize(st);
	return voc;
}

/* A value as the card shows it (card_value): labels, dd-mm-jjjj, Dutch
 * decimals; voc is the vocabulary of a code that has none of its own. */
static void append_value(casus_db *db, strbuf *sb, const char *tabel, const char *kolom,
			 sqlite3_stmt *st, int col, int voc)
{
	const rec_field *f = hist_field(tabel, kolom);
	const char *txt;
	char iso[17];
	cdate d;

	if (sqlite3_column_type(st, col) == SQLITE_NULL) {
		sb_append(sb, "–");
		return;
	}
	if (sqlite3_column_type(st, col) == SQLITE_FLOAT ||
	    (f && (f->kind == FK_HOURS || f->kind == FK_DECIMAL))) {
		char buf[32];

		card_format_number(sqlite3_column_double(st, col), buf);
		sb_append(sb, buf);
		return;
	}
	if (sqlite3_column_type(st, col) == SQLITE_INTEGER) {
		if (f && f->kind == FK_CODE && f->voc == NOVOC && voc != NOVOC) {
			sb_append(sb, vocab_label((vocab_id)voc, sqlite3_column_int(st, col)));
			return;
		}
		if (f && f->kind == FK_FLAG) {
			sb_append(sb, vocab_label(VOCAB_JANEE, sqlite3_column_int(st, col) ? JANEE_JA : JANEE_NEE));
			return;
		}
		if (f && f->kind == FK_REF) {
			char *name = ref_name(db, kolom, sqlite3_column_int64(st, col));

			if (name) {
				sb_append(sb, name);
				free(name);
				return;
			}
		}
		if (f && f->kind == FK_CODE && f->voc != NOVOC) {
			sb_append(sb, vocab_label((vocab_id)f->voc, sqlite3_column_int(st, col)));
			return;
		}
	}
	txt = (const char *)sqlite3_column_text(st, col);
	if (txt && f && f->kind == FK_MOMENT && cmoment_parse(txt, iso) == DATE_OK) {
		char buf[11];

		cdate_format_nl(cdate_from_iso(iso), buf);
		sb_appendf(sb, "%s %s", buf, iso + 11);
		return;
	}
	if (txt && strlen(txt) == 10 && (d = cdate_from_iso(txt)) != CDATE_NONE) {
		char buf[11];

		cdate_format_nl(d, buf);
		sb_append(sb, buf);
		return;
	}
	{
		char *clean = str_printable(txt ? txt : "");

		for (char *p = clean; *p; p++)
			if (*p == '\n')
				*p = ' ';
		sb_append(sb, clean);
		free(clean);
	}
}

static void audit_details(casus_db *db, sqlite3_stmt *diff, int64_t audit_id,
			  const char *tabel, const char *actie, strbuf *sb)
{
	int changed = strcmp(actie, "wijzigen") == 0, first = 1;
	int voc_old = NOVOC, voc_new = NOVOC;

	if (strcmp(tabel, record_desc(REC_AFSLUITING)->table) == 0) {
		voc_old = hist_reason_voc(db, audit_id, 1);
		voc_new = hist_reason_voc(db, audit_id, 0);
	}

	sqlite3_reset(diff);
	sqlite3_bind_int64(diff, 1, audit_id);
	while (sqlite3_step(diff) == SQLITE_ROW) {
		const char *k = (const char *)sqlite3_column_text(diff, 0);

		if (!k || skip_key(tabel, k))
			continue;
		if (changed) {
			if (sqlite3_column_int(diff, 3))  /* equal */
				continue;
		} else if (sqlite3_column_type(diff, 2) == SQLITE_NULL ||
			   (sqlite3_column_type(diff, 2) == SQLITE_INTEGER &&
			    sqlite3_column_int(diff, 2) == 0) ||
			   (sqlite3_column_type(diff, 2) == SQLITE_TEXT &&
			    sqlite3_column_bytes(diff, 2) == 0)) {
			continue;
		}
		if (!first)
			sb_append(sb, "; ");
		first = 0;
		append_key(sb, tabel, k);
		sb_append(sb, ": ");
		if (changed) {
			append_value(db, sb, tabel, k, diff, 1, voc_old);
			sb_append(sb, " → ");
		}
		append_value(db, sb, tabel, k, diff, 2, voc_new);
	}
}

void cl_audit_free(cl_audit *a, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(a[i].moment);
		free(a[i].wie);
		free(a[i].wat);
		free(a[i].details);
	}
	free(a);
}

int caseload_history(casus_db *db, int64_t client_id, cl_audit **out, size_t *n)
{
	sqlite3_stmt *st = NULL, *diff = NULL;
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	/* For each key of the row (new values, or old ones for a delete):
	 * key, old value, new value, equal?  Column 2 is "the" value shown for
	 * an insert or delete. */
	rc = db_prepare(db,
		"SELECT x.key, o.value, CASE WHEN a.nieuw IS NULL THEN x.value ELSE n.value END,"
		" o.value IS n.value AND o.type IS n.type"
		" FROM audit a, json_each(coalesce(a.nieuw, a.oud)) x"
		" LEFT JOIN json_each(a.oud) o ON o.key = x.key"
		" LEFT JOIN json_each(a.nieuw) n ON n.key = x.key"
		" WHERE a.id = ?1 ORDER BY x.id", &diff);
	if (rc != SQLITE_OK)
		return CASUS_ERROR;
	rc = db_prepare(db, "SELECT id, moment, wie, tabel, actie FROM audit"
			" WHERE client_id = ?1 ORDER BY id", &st);
	if (rc != SQLITE_OK) {
		sqlite3_finalize(diff);
		return CASUS_ERROR;
	}
	sqlite3_bind_int64(st, 1, client_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *tabel = (const char *)sqlite3_column_text(st, 3);
		const char *actie = (const char *)sqlite3_column_text(st, 4);
		const rec_desc *rd = record_desc_by_table(tabel);
		const char *tn = rd ? rd->label : tabel, *an = actie;
		strbuf sb = STRBUF_INIT;
		cl_audit *a;

		if (!tabel || !actie)
			continue;
		for (size_t i = 0; i < sizeof ACTIE_NAAM / sizeof ACTIE_NAAM[0]; i++)
			if (strcmp(ACTIE_NAAM[i].actie, actie) == 0)
				an = ACTIE_NAAM[i].naam;
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*out = xrealloc(*out, cap * sizeof **out);
		}
		a = &(*out)[(*n)++];
		a->moment = hist_col_dup(st, 1);
		a->wie = hist_col_dup(st, 2);
		a->wat = xasprintf("%s %s", tn, an);
		audit_details(db, diff, sqlite3_column_int64(st, 0), tabel, actie, &sb);
		a->details = sb_take(&sb);
		if (!a->moment)
			a->moment = xstrdup("");
		if (!a->wie)
			a->wie = xstrdup("");
	}
	sqlite3_finalize(st);
	sqlite3_finalize(diff);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "historie lezen");
	return CASUS_OK;
}

