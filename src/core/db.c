/* db.c - the connection's services: errors in Dutch, statements (and
 * their cache), settings. */
#include "config.h"

#include <assert.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_int.h"
#include "util.h"

int db_prepare(casus_db *db, const char *sql, sqlite3_stmt **st)
{
	int rc = sqlite3_prepare_v2(db->sql, sql, -1, st, NULL);

	if (rc != SQLITE_OK)
		db_fail(db, rc, "voorbereiden");
	return rc;
}

int db_exec(casus_db *db, const char *sql)
{
	char *msg = NULL;
	int rc = sqlite3_exec(db->sql, sql, NULL, NULL, &msg);

	/* the message names the work in Dutch; SQLite's own text (the same
	 * as msg) follows once in db_fail */
	if (rc != SQLITE_OK)
		db_fail(db, rc, "uitvoeren");
	sqlite3_free(msg);
	return rc;
}

const char *db_errmsg(const casus_db *db)
{
	return db->errmsg[0] ? db->errmsg : "onbekende fout";
}

static int db_fail_code(casus_db *db, int sqlite_rc, const char *what);

int db_fail(casus_db *db, int sqlite_rc, const char *what)
{
	int r;

	if (db->tx_lost)        /* everything after the loss fails with its cause */
		return db_tx_lost_fail(db);
	r = db_fail_code(db, sqlite_rc, what);
	if (db_tx_check(db, r))
		return db_tx_lost_fail(db);
	return r;
}

static int db_fail_code(casus_db *db, int sqlite_rc, const char *what)
{
	int prim = sqlite_rc & 0xff;

	switch (prim) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		snprintf(db->errmsg, sizeof db->errmsg,
			 "De database is bezet: een ander casus-venster of -commando schrijft op dit moment. Probeer het zo opnieuw.");
		return CASUS_BUSY;
	case SQLITE_FULL:
		snprintf(db->errmsg, sizeof db->errmsg,
			 "De schijf is vol: de wijziging is niet opgeslagen.");
		return CASUS_DISK;
	case SQLITE_NOMEM:
		snprintf(db->errmsg, sizeof db->errmsg,
			 "Onvoldoende geheugen: de wijziging is niet opgeslagen.");
		return CASUS_ERROR;
	case SQLITE_INTERRUPT:
		snprintf(db->errmsg, sizeof db->errmsg,
			 "De bewerking is onderbroken: de wijziging is niet opgeslagen.");
		return CASUS_ERROR;
	case SQLITE_READONLY:
		snprintf(db->errmsg, sizeof db->errmsg,
			 "De database is alleen-lezen: de wijziging is niet opgeslagen.");
		return CASUS_DISK;
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		snprintf(db->errmsg, sizeof db->errmsg,
			 "Het databasebestand is beschadigd of geen casus-database.");
		return CASUS_DISK;
	case SQLITE_CANTOPEN:
		snprintf(db->errmsg, sizeof db->errmsg,
			 "Het databasebestand kan niet worden geopend (%s).",
			 db->sql && sqlite3_system_errno(db->sql) ? strerror(sqlite3_system_errno(db->sql)) : "geen toegang");
		return CASUS_DISK;
	case SQLITE_IOERR: {
		int err = db->sql ? sqlite3_system_errno(db->sql) : 0;

		if (err == ENOSPC || err == EFBIG || err == EDQUOT)
			snprintf(db->errmsg, sizeof db->errmsg,
				 "De schijf is vol (of de maximale bestandsgrootte is bereikt): de wijziging is niet opgeslagen.");
		else if (sqlite_rc == SQLITE_IOERR_READ || sqlite_rc == SQLITE_IOERR_SHORT_READ)
			snprintf(db->errmsg, sizeof db->errmsg,
				 "Leesfout op het databasebestand (%s).",
				 err ? strerror(err) : sqlite3_errstr(sqlite_rc));
		else
			snprintf(db->errmsg, sizeof db->errmsg,
				 "Schrijffout op het databasebestand (%s): is de schijf vol? De wijziging is niet opgeslagen.",
				 err ? strerror(err) : sqlite3_errstr(sqlite_rc));
		return CASUS_DISK;
	}
	default:
		snprintf(db->errmsg, sizeof db->errmsg, "Databasefout bij %s: %s",
			 what, db->sql ? sqlite3_errmsg(db->sql) : sqlite3_errstr(sqlite_rc));
		return CASUS_ERROR;
	}
}

/* --- the statement cache -------------------------------------------------- */

static size_t db_stmt_hash(const void *key, int n)
{
	uint64_t h = ((uint64_t)(uintptr_t)key >> 3) ^ ((uint64_t)(unsigned)n << 40);

	h *= 0x9e3779b97f4a7c15ULL;
	return (size_t)(h >> 20);
}

/* The entry of (key, n), or the free entry where it belongs. */
static db_stmt_entry *db_stmt_slot(casus_db *db, const void *key, int n)
{
	size_t mask = db->cache_cap - 1, i = db_stmt_hash(key, n) & mask;

	assert(db->cache_cap && (db->cache_cap & mask) == 0);
	while (db->cache[i].key && (db->cache[i].key != key || db->cache[i].n != n))
		i = (i + 1) & mask;
	return &db->cache[i];
}

/* Keep the table at most half full. */
static void db_stmt_grow(casus_db *db)
{
	db_stmt_entry *old = db->cache;
	size_t oldcap = db->cache_cap;

	if (2 * (db->cache_used + 1) <= db->cache_cap)
		return;
	db->cache_cap = oldcap ? 2 * oldcap : 64;
	db->cache = xcalloc(db->cache_cap, sizeof *db->cache);
	for (size_t i = 0; i < oldcap; i++)
		if (old[i].key)
			*db_stmt_slot(db, old[i].key, old[i].n) = old[i];
	free(old);
}

sqlite3_stmt *db_stmt_find(casus_db *db, const void *key, int n)
{
	db_stmt_entry *e;

	assert(key);
	if (!db->cache_cap)
		return NULL;
	e = db_stmt_slot(db, key, n);
	if (!e->key)
		return NULL;
	sqlite3_reset(e->st);
	sqlite3_clear_bindings(e->st);
	return e->st;
}

int db_stmt_key(casus_db *db, const void *key, int n, const char *sql, sqlite3_stmt **st)
{
	sqlite3_stmt *fresh = NULL;
	db_stmt_entry *e;
	int rc;

	if ((*st = db_stmt_find(db, key, n)) != NULL)
		return SQLITE_OK;
	assert(sql);
	rc = sqlite3_prepare_v3(db->sql, sql, -1, SQLITE_PREPARE_PERSISTENT, &fresh, NULL);
	if (rc != SQLITE_OK) {
		sqlite3_finalize(fresh);
		db_fail(db, rc, "voorbereiden");
		return rc;
	}
	db_stmt_grow(db);
	e = db_stmt_slot(db, key, n);
	e->key = key;
	e->n = n;
	e->st = fresh;
	db->cache_used++;
	*st = fresh;
	return SQLITE_OK;
}

int db_stmt(casus_db *db, const char *sql, sqlite3_stmt **st)
{
	int rc = db_stmt_key(db, sql, 0, sql, st);

	/* the key is the text's address: the same text must be behind it */
	assert(rc != SQLITE_OK || strcmp(sqlite3_sql(*st), sql) == 0);
	return rc;
}

/* Finalize every statement of the cache (db_close). */
void db_stmt_clear(casus_db *db)
{
	for (size_t i = 0; i < db->cache_cap; i++)
		sqlite3_finalize(db->cache[i].st);
	free(db->cache);
	db->cache = NULL;
	db->cache_cap = db->cache_used = 0;
}

char *db_setting_get(casus_db *db, const char *key)
{
	sqlite3_stmt *st = NULL;
	char *val = NULL;

	if (db_prepare(db, "SELECT value FROM setting WHERE key = ?", &st) != SQLITE_OK)
		goto out;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		val = xstrdup((const char *)sqlite3_column_text(st, 0));
out:
	sqlite3_finalize(st);
	return val;
}

int db_setting_set(casus_db *db, const char *key, const char *value)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if ((rc = db_tx_begin(db)) != CASUS_OK)
		return rc;
	if (db_prepare(db, "INSERT INTO setting(key, value) VALUES (?, ?) "
			   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", &st) != SQLITE_OK) {
		rc = CASUS_ERROR;
		goto out;
	}
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	rc = rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "opslaan van een instelling");
out:
	sqlite3_finalize(st);
	if (rc == CASUS_OK)
		rc = db_tx_commit(db);
	else
		db_tx_rollback(db);
	if (rc == CASUS_OK && strcmp(key, "consultant") == 0)
		db_set_user(db);
	return rc;
}

int db_setting_delete(casus_db *db, const char *key)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (db_prepare(db, "DELETE FROM setting WHERE key = ?1", &st) != SQLITE_OK)
		return CASUS_ERROR;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "verwijderen van een instelling");
}

int db_setting_int(casus_db *db, const char *key, int dflt)
{
	char *v = db_setting_get(db, key), *end;
	long n;

	if (!v)
		return dflt;
	n = strtol(v, &end, 10);
	if (end == v || *end != '\0')
		n = dflt;
	free(v);
	return (int)n;
}

const char *db_path(const casus_db *db)
{
	return db->path;
}

const char *db_user(const casus_db *db)
{
	return db->user;
}
