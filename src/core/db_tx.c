/* db_tx.c - transactions: BEGIN IMMEDIATE at the outermost level,
 * savepoints inside, the detection of a transaction SQLite rolled back on
 * its own, and the bulk mode of the big loads. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_int.h"
#include "util.h"

/* Record that SQLite ended the open transaction on its own (the message of
 * the failure that did it is in db->errmsg when cause is set).  Returns
 * non-zero when the transaction is lost. */
int db_tx_check(casus_db *db, int cause_rc)
{
	if (db->tx_lost)
		return 1;
	if (db->tx_depth <= 0 || !db->sql || !sqlite3_get_autocommit(db->sql))
		return 0;
	db->tx_lost = 1;
	if (cause_rc >= 0) {
		db->tx_lost_rc = cause_rc;
		memcpy(db->tx_lost_msg, db->errmsg, sizeof db->tx_lost_msg);
	} else {
		db->tx_lost_rc = CASUS_DISK;
		snprintf(db->tx_lost_msg, sizeof db->tx_lost_msg,
			 "SQLite heeft de transactie afgebroken (schijf vol of schrijffout): de wijziging is niet opgeslagen.");
	}
	return 1;
}

/* The failure of a lost transaction, as the caller's result. */
int db_tx_lost_fail(casus_db *db)
{
	memcpy(db->errmsg, db->tx_lost_msg, sizeof db->errmsg);
	return db->tx_lost_rc;
}

int db_tx_lost(casus_db *db)
{
	if (!db_tx_check(db, -1))
		return 0;
	db_tx_lost_fail(db);
	return 1;
}

/* The transaction statements, prepared once per connection.  Nested
 * levels all use the savepoint name casus_sp: RELEASE and ROLLBACK TO act
 * on the innermost savepoint of that name. */
enum { TX_BEGIN, TX_COMMIT, TX_ROLLBACK, TX_SAVEPOINT, TX_RELEASE, TX_ROLLBACK_TO, TX__N };
static const char *const tx_sql[TX__N] = {
	"BEGIN IMMEDIATE", "COMMIT", "ROLLBACK",
	"SAVEPOINT casus_sp", "RELEASE casus_sp", "ROLLBACK TO casus_sp",
};

static int db_tx_step(casus_db *db, int which)
{
	sqlite3_stmt *st = NULL;
	int rc = db_stmt(db, tx_sql[which], &st);

	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The outermost level has ended: forget a lost transaction. */
static void db_tx_end(casus_db *db)
{
	if (db->tx_lost && db->sql && !sqlite3_get_autocommit(db->sql))
		db_tx_step(db, TX_ROLLBACK);
	db->tx_lost = 0;
	db->bulk_failed = 0;
}

int db_read_begin(casus_db *db)
{
	if (db->tx_depth > 0 || !sqlite3_get_autocommit(db->sql))
		return 0;
	return db_exec(db, "BEGIN") == SQLITE_OK;
}

void db_read_end(casus_db *db, int began)
{
	if (began && !sqlite3_get_autocommit(db->sql))
		db_exec(db, "COMMIT");
}

int db_tx_begin(casus_db *db)
{
	int rc;

	if (db->rest && !db->rest_inside && (rc = db_hold_end(db, 1)) != CASUS_OK)
		return rc;
	if (db->tx_depth > 0 && db_tx_check(db, -1))
		return db_tx_lost_fail(db);
	if (db->tx_depth == 0) {
		db->bulk_failed = 0;
		db->tx_lost = 0;
		rc = db_tx_step(db, TX_BEGIN);
	} else if (db->bulk) {
		rc = SQLITE_OK;         /* bulk: one transaction, no savepoints */
	} else {
		rc = db_tx_step(db, TX_SAVEPOINT);
	}
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "starten van de transactie");
	db->tx_depth++;
	return CASUS_OK;
}

int db_tx_commit(casus_db *db)
{
	int rc;

	if (db->tx_depth <= 0)
		return CASUS_OK;
	if (db_tx_check(db, -1)) {
		/* SQLite rolled everything back: nothing of this level is saved */
		rc = db_tx_lost_fail(db);
		if (--db->tx_depth == 0)
			db_tx_end(db);
		return rc;
	}
	if (db->tx_depth == 1 && db->bulk_failed) {
		/* an inner level failed while in bulk mode: its half work cannot be
		 * undone on its own, so nothing may be committed */
		db_tx_rollback(db);
		snprintf(db->errmsg, sizeof db->errmsg,
			 "Niets opgeslagen: een deel van de wijziging mislukte.");
		return CASUS_ERROR;
	}
	if (db->tx_depth > 1 && db->bulk) {
		rc = SQLITE_OK;
	} else {
		db->tx_committing = db->tx_depth == 1;
		rc = db_tx_step(db, db->tx_depth == 1 ? TX_COMMIT : TX_RELEASE);
		db->tx_committing = 0;
	}
	if (rc != SQLITE_OK) {
		int r = db_fail(db, rc, "vastleggen van de transactie");

		db_tx_rollback(db);
		return r;
	}
	db->tx_depth--;
	return CASUS_OK;
}

int db_tx_rollback(casus_db *db)
{
	if (db->tx_depth <= 0)
		return CASUS_OK;
	if (db_tx_check(db, -1)) {
		/* already rolled back by SQLite; the savepoints are gone */
	} else if (db->tx_depth == 1) {
		db_tx_step(db, TX_ROLLBACK);
	} else if (db->bulk) {
		db->bulk_failed = 1;
	} else {
		db_tx_step(db, TX_ROLLBACK_TO);
		db_tx_step(db, TX_RELEASE);
	}
	if (--db->tx_depth == 0)
		db_tx_end(db);
	return CASUS_OK;
}

/* --- bulk mode -------------------------------------------------------------- */

/* The value of a PRAGMA that returns one row; 0 when read. */
static int db_pragma_get(casus_db *db, const char *pragma, int *v, char *text, size_t textsz)
{
	sqlite3_stmt *st = NULL;
	int ok = db_prepare(db, pragma, &st) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW;

	if (ok && v)
		*v = sqlite3_column_int(st, 0);
	if (ok && text)
		snprintf(text, textsz, "%s", sqlite3_column_text(st, 0) ? (const char *)sqlite3_column_text(st, 0) : "");
	sqlite3_finalize(st);
	return ok ? 0 : -1;
}

static void db_pragma_set(casus_db *db, const char *name, int v)
{
	char sql[64];

	snprintf(sql, sizeof sql, "PRAGMA %s = %d", name, v);
	db_exec(db, sql);
}

/* Put back what db_bulk_set changed, keeping the message of the load. */
static void db_bulk_restore(casus_db *db, db_bulk *b)
{
	char msg[sizeof db->errmsg];

	memcpy(msg, db->errmsg, sizeof msg);
	if (b->cache_set)
		db_pragma_set(db, "cache_size", b->cache_size);
	if (b->temp_store >= 0)
		db_pragma_set(db, "temp_store", b->temp_store);
	if (b->checks_off)
		db_pragma_set(db, "ignore_check_constraints", 0);
	if (b->synchronous >= 0)
		db_pragma_set(db, "synchronous", b->synchronous);
	if (b->autocheckpoint >= 0)
		db_pragma_set(db, "wal_autocheckpoint", b->autocheckpoint);
	/* db_open sets WAL again should this fail */
	if (b->was_wal)
		db_exec(db, "PRAGMA journal_mode = WAL");
	memcpy(db->errmsg, msg, sizeof msg);
	b->cache_set = b->was_wal = b->checks_off = 0;
	b->temp_store = b->synchronous = b->autocheckpoint = -1;
}

static void db_bulk_set(casus_db *db, db_bulk *b, int cache_kib, int flags)
{
	char mode[16];
	int v;

	if (cache_kib > 0 && db_pragma_get(db, "PRAGMA cache_size", &v, NULL, 0) == 0 &&
	    v != -db_cache_kib(cache_kib)) {
		b->cache_size = v;
		b->cache_set = 1;
		db_pragma_set(db, "cache_size", -db_cache_kib(cache_kib));
	}
	if ((flags & DB_BULK_NOCHECKS) && db_pragma_get(db, "PRAGMA ignore_check_constraints", &v, NULL, 0) == 0 &&
	    v == 0) {
		db_pragma_set(db, "ignore_check_constraints", 1);
		b->checks_off = 1;
	}
	if (db->tx_depth > 0)
		return;         /* neither may change inside a transaction */
	if (db_pragma_get(db, "PRAGMA temp_store", &v, NULL, 0) == 0 && v != 2) {
		b->temp_store = v;
		db_exec(db, "PRAGMA temp_store = MEMORY");
	}
	if ((flags & (DB_BULK_QUICK | DB_BULK_NOSYNC)) && !db->memory &&
	    db_pragma_get(db, "PRAGMA synchronous", &v, NULL, 0) == 0 && v > 1) {
		b->synchronous = v;
		db_pragma_set(db, "synchronous", 1);
	}
	if ((flags & DB_BULK_QUICK) && !db->memory) {
		if (db_pragma_get(db, "PRAGMA wal_autocheckpoint", &v, NULL, 0) == 0 && v != 0) {
			b->autocheckpoint = v;
			db_pragma_set(db, "wal_autocheckpoint", 0);
		}
	}
	if ((flags & DB_BULK_JOURNAL) && !db->memory &&
	    db_pragma_get(db, "PRAGMA journal_mode", NULL, mode, sizeof mode) == 0 && strcmp(mode, "wal") == 0 &&
	    db_pragma_get(db, "PRAGMA journal_mode = DELETE", NULL, mode, sizeof mode) == 0)
		b->was_wal = strcmp(mode, "delete") == 0;
}

int db_bulk_begin(casus_db *db, db_bulk *b, int cache_kib, int flags)
{
	int rc;

	memset(b, 0, sizeof *b);
	b->temp_store = b->synchronous = b->autocheckpoint = -1;
	b->outer_bulk = db->bulk;
	db_bulk_set(db, b, cache_kib, flags);
	rc = db_tx_begin(db);
	if (rc != CASUS_OK) {
		db_bulk_restore(db, b);
		return rc;
	}
	db->bulk = 1;
	return CASUS_OK;
}

int db_bulk_end(casus_db *db, db_bulk *b, int commit)
{
	int rc = CASUS_OK;

	db->bulk = b->outer_bulk;
	if (commit) {
		rc = db_tx_commit(db);
	} else {
		char msg[sizeof db->errmsg];

		memcpy(msg, db->errmsg, sizeof msg);
		db_tx_rollback(db);
		memcpy(db->errmsg, msg, sizeof msg);
	}
	db_bulk_restore(db, b);
	return rc;
}

int db_hold_begin(casus_db *db)
{
	int rc;

	if (db->rest) {
		db->rest_inside++;
		return CASUS_OK;
	}
	db->rest = xmalloc(sizeof *db->rest);
	db->rest_inside++;
	rc = db_bulk_begin(db, db->rest, 0, DB_BULK_NOSYNC);
	if (rc != CASUS_OK) {
		free(db->rest);
		db->rest = NULL;
		db->rest_inside--;
	}
	return rc;
}

void db_hold_enter(casus_db *db)
{
	db->rest_inside++;
}

void db_hold_leave(casus_db *db)
{
	if (db->rest_inside > 0)
		db->rest_inside--;
}

int db_hold_end(casus_db *db, int commit)
{
	db_bulk *b = db->rest;
	int rc;

	if (!b)
		return CASUS_OK;
	db->rest = NULL;        /* first: the commit below must not end it again */
	db->rest_inside++;
	rc = db_bulk_end(db, b, commit);
	db->rest_inside--;
	free(b);
	return rc;
}
