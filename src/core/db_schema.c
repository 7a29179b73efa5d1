/* db_schema.c - the schema: migrations, the schema version and the
 * comparison of a file's schema with what the migrations make. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_int.h"
#include "record.h"
#include "util.h"

/* Generated from db/NNN-*.sql by tools/sql2c.sh. */
extern const char *const casus_migrations[];
extern const int casus_migration_count;

int db_schema_version(void)
{
	return casus_migration_count;
}

/* --- the schema against the migrations ------------------------------------ */

typedef struct {
	char *type, *name, *sql;  /* sql normalised: runs of white space as one */
} schema_obj;

static char *db_norm_sql(const char *sql)
{
	char *out = xmalloc(strlen(sql ? sql : "") + 1), *o = out;
	int space = 0;

	for (const char *p = sql ? sql : ""; *p; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			space = 1;
			continue;
		}
		if (space && o > out)
			*o++ = ' ';
		space = 0;
		*o++ = *p;
	}
	*o = '\0';
	return out;
}

/* The objects of the main schema, by name (SQLite's own excluded). */
static int db_schema_read(sqlite3 *sql, schema_obj **objs, size_t *n)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int rc;

	*objs = NULL;
	*n = 0;
	rc = sqlite3_prepare_v2(sql, "SELECT type, name, sql FROM main.sqlite_schema "
				"WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name", -1, &st, NULL);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 64;
			*objs = xrealloc(*objs, cap * sizeof **objs);
		}
		(*objs)[*n].type = xstrdup((const char *)sqlite3_column_text(st, 0));
		(*objs)[*n].name = xstrdup((const char *)sqlite3_column_text(st, 1));
		(*objs)[*n].sql = db_norm_sql((const char *)sqlite3_column_text(st, 2));
		(*n)++;
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE || rc == SQLITE_OK ? SQLITE_OK : rc;
}

static void db_schema_free(schema_obj *objs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(objs[i].type);
		free(objs[i].name);
		free(objs[i].sql);
	}
	free(objs);
}

/* What the migrations make, computed once per process on an in-memory
 * database. */
static schema_obj *expected_objs;
static size_t expected_n;
static int expected_done;

static int db_schema_expected(void)
{
	sqlite3 *mem = NULL;
	int rc;

	if (expected_done)
		return expected_objs ? 0 : -1;
	expected_done = 1;
	rc = sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, NULL);
	for (int i = 0; rc == SQLITE_OK && i < casus_migration_count; i++)
		rc = sqlite3_exec(mem, casus_migrations[i], NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = record_audit_apply(mem);
	if (rc == SQLITE_OK)
		rc = db_schema_read(mem, &expected_objs, &expected_n);
	sqlite3_close(mem);
	return rc == SQLITE_OK && expected_objs ? 0 : -1;
}

static const char *db_type_nl(const char *type)
{
	if (strcmp(type, "table") == 0)
		return "tabel";
	if (strcmp(type, "index") == 0)
		return "index";
	if (strcmp(type, "trigger") == 0)
		return "trigger";
	if (strcmp(type, "view") == 0)
		return "view";
	return type;
}

int db_schema_diff(casus_db *db, char ***diffs, size_t *ndiffs)
{
	schema_obj *have = NULL;
	size_t nhave = 0, i = 0, j = 0, cap = 0;
	int rc;

	*diffs = NULL;
	*ndiffs = 0;
	if (db_schema_expected() != 0) {
		snprintf(db->errmsg, sizeof db->errmsg, "Het verwachte databaseschema kan niet worden opgebouwd.");
		return CASUS_ERROR;
	}
	rc = db_schema_read(db->sql, &have, &nhave);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "lezen van het databaseschema");
#define DIFF(...) do { \
		if (*ndiffs == cap) { \
			cap = cap ? 2 * cap : 16; \
			*diffs = xrealloc(*diffs, cap * sizeof **diffs); \
		} \
		(*diffs)[(*ndiffs)++] = xasprintf(__VA_ARGS__); \
	} while (0)
	while (i < expected_n || j < nhave) {
		int c = i == expected_n ? 1 : j == nhave ? -1 : strcmp(expected_objs[i].name, have[j].name);

		if (c < 0) {
			DIFF("%s %s ontbreekt", db_type_nl(expected_objs[i].type), expected_objs[i].name);
			i++;
		} else if (c > 0) {
			DIFF("%s %s hoort niet bij casus", db_type_nl(have[j].type), have[j].name);
			j++;
		} else {
			if (strcmp(expected_objs[i].type, have[j].type) != 0)
				DIFF("%s is een %s, maar hoort een %s te zijn", have[j].name,
				     db_type_nl(have[j].type), db_type_nl(expected_objs[i].type));
			else if (strcmp(expected_objs[i].sql, have[j].sql) != 0)
				DIFF("%s %s is gewijzigd (kolommen of definitie wijken af)",
				     db_type_nl(have[j].type), have[j].name);
			i++;
			j++;
		}
	}
#undef DIFF
	db_schema_free(have, nhave);
	return CASUS_OK;
}

/* The full comparison costs about 37 million instructions (parsing the
 * migrations), 70% of a `casus zoek`.  SQLite bumps the file's schema
 * cookie (PRAGMA schema_version) on every change of the schema, so the
 * cookie of a file whose schema was found right is kept in the setting
 * below; while the cookie is unchanged the schema is too, and the open
 * skips the comparison.  `integriteit` always compares in full. */
#define DB_SCHEMA_SETTING "schema.cookie"

static int db_schema_cookie(casus_db *db)
{
	sqlite3_stmt *st = NULL;
	int cookie = -1;

	if (db_prepare(db, "PRAGMA schema_version", &st) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		cookie = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return cookie;
}

int db_schema_unchanged(casus_db *db)
{
	int cookie = db_schema_cookie(db);
	int known = db_setting_int(db, DB_SCHEMA_SETTING, -2);

	return cookie >= 0 && cookie == known;
}

void db_schema_remember(casus_db *db)
{
	char v[16];

	snprintf(v, sizeof v, "%d", db_schema_cookie(db));
	/* upkeep: when another casus holds the lock, the next open retries */
	db_setting_set(db, DB_SCHEMA_SETTING, v);
}

int db_user_version(casus_db *db, int *version)
{
	sqlite3_stmt *st = NULL;
	int rc = db_prepare(db, "PRAGMA user_version", &st);

	if (rc != SQLITE_OK)
		goto out;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*version = sqlite3_column_int(st, 0);
		rc = SQLITE_OK;
	} else {
		db_fail(db, rc, "lezen van de schemaversie");
	}
out:
	sqlite3_finalize(st);
	return rc;
}

/* A schema version this binary cannot work on: newer, or not a version at
 * all (negative: damaged or foreign).  Sets the message. */
int db_version_refused(casus_db *db, int version)
{
	if (version < 0) {
		snprintf(db->errmsg, sizeof db->errmsg,
			 "%s heeft een onbekende schemaversie (%d): het is beschadigd of geen casus-database. Het bestand is niet gewijzigd.",
			 db->path, version);
		return 1;
	}
	if (version > casus_migration_count) {
		snprintf(db->errmsg, sizeof db->errmsg,
			 "Dit bestand is gemaakt door een nieuwere versie van casus (schema %d; deze versie kent schema %d). Werk casus bij; het bestand is niet gewijzigd.",
			 version, casus_migration_count);
		return 1;
	}
	return 0;
}

/* Apply the missing migrations in one transaction. */
int db_migrate(casus_db *db, int readonly)
{
	int version = 0, rc;
	char pragma[64];

	rc = db_user_version(db, &version);
	if (rc != SQLITE_OK)
		return -1;
	if (db_version_refused(db, version))
		return -1;
	if (version == casus_migration_count)
		return 0;
	if (readonly) {
		snprintf(db->errmsg, sizeof db->errmsg,
			 "Het databasebestand heeft een oudere schemaversie (%d) en is alleen-lezen geopend.", version);
		return -1;
	}
	if (db_exec(db, "BEGIN IMMEDIATE") != SQLITE_OK)
		return -1;
	if (version == 0) {
		/* a non-empty file without our schema is not ours */
		sqlite3_stmt *st = NULL;
		int foreign = 0;

		if (db_prepare(db, "SELECT count(*) FROM sqlite_master", &st) == SQLITE_OK &&
		    sqlite3_step(st) == SQLITE_ROW)
			foreign = sqlite3_column_int(st, 0) > 0;
		sqlite3_finalize(st);
		if (foreign) {
			snprintf(db->errmsg, sizeof db->errmsg,
				 "Dit bestand is een SQLite-database, maar geen casus-database. Het is niet gewijzigd.");
			db_exec(db, "ROLLBACK");
			return -1;
		}
	}
	for (int i = version; i < casus_migration_count; i++) {
		if (db_exec(db, casus_migrations[i]) != SQLITE_OK) {
			char msg[400];

			snprintf(msg, sizeof msg, "%.399s", sqlite3_errmsg(db->sql));
			sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
			snprintf(db->errmsg, sizeof db->errmsg,
				 "Bijwerken van het databaseschema (stap %d) mislukt; het bestand is niet gewijzigd. "
				 "Melding van SQLite: %s", i + 1, msg);
			return -1;
		}
	}
	if (record_audit_apply(db->sql) != SQLITE_OK) {
		snprintf(db->errmsg, sizeof db->errmsg, "Bijwerken van het databaseschema (audit) mislukt: %s",
			 sqlite3_errmsg(db->sql));
		sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", casus_migration_count);
	if (db_exec(db, pragma) != SQLITE_OK || db_exec(db, "COMMIT") != SQLITE_OK) {
		sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}
