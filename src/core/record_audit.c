/* record_audit.c - the audit triggers, generated from the record
 * descriptions (record.h).
 *
 * Every insert, update and delete of a described table writes one row to
 * `audit` in the same transaction: who, when, which table and row, the
 * client it belongs to, and the old and new values as JSON objects with
 * the keys "id", the columns in description order, and "version" (when the
 * record has one).  db.c runs this SQL after applying migrations (in the
 * same transaction) and on its in-memory reference schema, so the file's
 * triggers always match the descriptions of the build that migrated it.
 * casus_user() and casus_now() are functions registered by db.c. */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "db_int.h"
#include "record.h"
#include "util.h"

/* json_object('id', new.id, 'col', new.col, ..., 'version', new.version) */
static void audit_json(strbuf *sb, const rec_desc *d, const char *row)
{
	sb_appendf(sb, "json_object('id', %s.id", row);
	for (size_t i = 0; i < d->nfields; i++)
		sb_appendf(sb, ", '%s', %s.%s", d->fields[i].col, row, d->fields[i].col);
	if (d->version_off != REC_NO_VERSION)
		sb_appendf(sb, ", 'version', %s.version", row);
	sb_append(sb, ")");
}

/* The client a row belongs to, as an SQL expression over row. */
static void audit_client(strbuf *sb, const rec_desc *d, const char *row)
{
	if (d->client_col)
		sb_appendf(sb, "%s.%s", row, d->client_col);
	else if (d->parent != REC_COUNT)
		sb_appendf(sb, "(SELECT client_id FROM %s WHERE id = %s.%s)",
			   record_desc(d->parent)->table, row, d->parent_col);
	else
		sb_append(sb, "NULL");
}

static void audit_trigger(strbuf *sb, const rec_desc *d, const char *op)
{
	int ins = strcmp(op, "insert") == 0, del = strcmp(op, "delete") == 0;
	const char *row = del ? "old" : "new";

	sb_appendf(sb, "DROP TRIGGER IF EXISTS audit_%s_%s;\n", d->table, op);
	sb_appendf(sb, "CREATE TRIGGER audit_%s_%s AFTER %s ON %s",
		   d->table, op, ins ? "INSERT" : del ? "DELETE" : "UPDATE", d->table);
	if (!ins && !del) {
		/* an update that changes nothing is no change: no audit row */
		sb_append(sb, "\n\tWHEN ");
		for (size_t i = 0; i < d->nfields; i++)
			sb_appendf(sb, "%sold.%s IS NOT new.%s", i ? " OR " : "",
				   d->fields[i].col, d->fields[i].col);
		if (d->version_off != REC_NO_VERSION)
			sb_append(sb, " OR old.version IS NOT new.version");
	}
	sb_append(sb, " BEGIN\n");
	sb_append(sb, "\tINSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)\n");
	sb_appendf(sb, "\tVALUES (casus_now(), casus_user(), '%s', %s.id, ", d->table, row);
	audit_client(sb, d, row);
	sb_appendf(sb, ", '%s',\n\t\t", ins ? "toevoegen" : del ? "verwijderen" : "wijzigen");
	if (ins)
		sb_append(sb, "NULL");
	else
		audit_json(sb, d, "old");
	sb_append(sb, ",\n\t\t");
	if (del)
		sb_append(sb, "NULL");
	else
		audit_json(sb, d, "new");
	sb_append(sb, ");\nEND;\n");
}

char *record_audit_sql(void)
{
	static const char *const ops[] = { "insert", "update", "delete" };
	strbuf sb = STRBUF_INIT;

	for (int r = 0; r < REC_COUNT; r++) {
		const rec_desc *d = record_desc((rec_type)r);

		assert(d->table && d->nfields > 0);
		for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
			audit_trigger(&sb, d, ops[i]);
	}
	return sb_take(&sb);
}

int record_audit_apply(sqlite3 *sql)
{
	char *text = record_audit_sql();
	int rc = sqlite3_exec(sql, text, NULL, NULL, NULL);

	free(text);
	return rc;
}
