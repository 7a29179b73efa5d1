/* test_db.c - transactions that SQLite rolls back on its own (a full disk,
 * an interrupt): no level may save anything after that, and the owner of
 * the outermost level is told the truth.  The bulk mode restores exactly
 * the PRAGMAs it changed; the statement cache finds statements by key. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "dbcount.h"
#include "db.h"
#include "model.h"
#include "store.h"
#include "util.h"


static int save_client(casus_db *db, int i)
{
	client c;
	int rc;

	client_init(&c);
	c.klantnummer = xasprintf("T%06d", i);
	c.voornaam = xasprintf("Voornaam%d", i);
	c.achternaam = xasprintf("Achternaam met wat tekst om pagina's te vullen %d", i);
	rc = store_client_save(db, &c, NULL);
	client_clear(&c);
	return rc;
}

static int interrupt_now(void *arg)
{
	return *(int *)arg;
}

/* A save fails part-way with a code for which SQLite rolls the whole
 * transaction back; the saves after it must not be committed one by one. */
static void lost_in(int bulk, int interrupt)
{
	char path[] = "/tmp/casus-test-db-XXXXXX";
	int fd = mkstemp(path), rc, failed = -1, stop = 0, lost;
	casus_db *db;
	char *err = NULL, *wal, *shm;
	char desc[160];
	const char *how = interrupt ? "interrupt" : "SQLITE_FULL (max_page_count)";
	const char *mode = bulk ? "bulk" : "savepoints";

	close(fd);
	unlink(path);
	wal = xasprintf("%s-wal", path);
	shm = xasprintf("%s-shm", path);
	db = db_open(path, 0, &err);
	CHECK(db != NULL, "temporary database opened");
	if (!db) {
		free(err);
		return;
	}
	CHECK_INT(save_client(db, 0), CASUS_OK, "one client saved before");
	sqlite3_exec(db->sql, "PRAGMA cache_size = 8", NULL, NULL, NULL);
	if (!interrupt) {
		int64_t pages = count(db, "PRAGMA page_count");
		char sql[64];

		snprintf(sql, sizeof sql, "PRAGMA max_page_count = %lld", (long long)pages + 12);
		sqlite3_exec(db->sql, sql, NULL, NULL, NULL);
	}
	CHECK_INT(db_tx_begin(db), CASUS_OK, "outer transaction begun");
	db->bulk = bulk;
	for (int i = 1; i <= 2000; i++) {
		if (interrupt && i == 50) {
			stop = 1;
			sqlite3_progress_handler(db->sql, 1, interrupt_now, &stop);
		}
		rc = save_client(db, i);
		if (interrupt && i == 50) {
			stop = 0;
			sqlite3_progress_handler(db->sql, 0, NULL, NULL);
		}
		if (rc != CASUS_OK && failed < 0)
			failed = i;
		/* keep going as a careless caller would: later saves must fail too */
	}
	db->bulk = 0;
	snprintf(desc, sizeof desc, "%s, %s: a save failed", how, mode);
	CHECK(failed > 0, desc);
	lost = sqlite3_get_autocommit(db->sql);
	printf("# %s, %s: first failure at save %d, transaction %s\n", how, mode, failed,
	       lost ? "rolled back by SQLite" : "still open");
	if (lost) {
		snprintf(desc, sizeof desc, "%s, %s: the transaction is known to be lost", how, mode);
		CHECK(db_tx_lost(db), desc);
		snprintf(desc, sizeof desc, "%s, %s: a nested level cannot begin", how, mode);
		CHECK(db_tx_begin(db) != CASUS_OK, desc);
		snprintf(desc, sizeof desc, "%s, %s: a statement on its own is not committed", how, mode);
		CHECK(sqlite3_exec(db->sql, "INSERT INTO setting(key, value) VALUES ('los', 'x')",
				   NULL, NULL, NULL) != SQLITE_OK, desc);
	}
	if (!lost && !bulk) {
		/* SQLite undid only the failed statement; its savepoint undid
		 * the rest of that save: the others may be committed */
		db_tx_rollback(db);
		snprintf(desc, sizeof desc, "%s, %s: only the failed save was undone", how, mode);
		CHECK(1, desc);
		goto out;
	}
	rc = db_tx_commit(db);
	snprintf(desc, sizeof desc, "%s, %s: the outer commit refuses", how, mode);
	CHECK(rc != CASUS_OK, desc);
	snprintf(desc, sizeof desc, "%s, %s: its message is Dutch", how, mode);
	CHECK(strstr(db_errmsg(db), "opgeslagen") != NULL, desc);
	snprintf(desc, sizeof desc, "%s, %s: no level left open", how, mode);
	CHECK_INT(db->tx_depth, 0, desc);
	snprintf(desc, sizeof desc, "%s, %s: nothing saved (clients)", how, mode);
	CHECK_INT(count(db, "SELECT count(*) FROM client"), 1, desc);
	snprintf(desc, sizeof desc, "%s, %s: nothing saved (settings)", how, mode);
	CHECK_INT(count(db, "SELECT count(*) FROM setting WHERE key = 'los'"), 0, desc);
	if (!interrupt)
		sqlite3_exec(db->sql, "PRAGMA max_page_count = 1000000", NULL, NULL, NULL);
	snprintf(desc, sizeof desc, "%s, %s: the next transaction works", how, mode);
	CHECK_INT(save_client(db, 9999), CASUS_OK, desc);
	CHECK_INT(count(db, "SELECT count(*) FROM client"), 2, "  and is saved");
out:
	db_close(db);
	unlink(path);
	unlink(wal);
	unlink(shm);
	free(wal);
	free(shm);
}

static int pragma_int(casus_db *db, const char *pragma)
{
	return (int)count(db, pragma);
}

static char *pragma_text(casus_db *db, const char *pragma)
{
	sqlite3_stmt *st = NULL;
	char *v = NULL;

	if (sqlite3_prepare_v2(db->sql, pragma, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		v = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return v;
}

/* db_bulk_begin/end on a file in WAL mode with settings of its own: during
 * the load the bulk settings, afterwards exactly the old ones. */
static void bulk_restores(void)
{
	char path[] = "/tmp/casus-test-bulk-XXXXXX";
	int fd = mkstemp(path);
	casus_db *db;
	char *err = NULL, *mode, *side;
	db_bulk b;

	close(fd);
	unlink(path);
	db = db_open(path, 0, &err);
	CHECK(db != NULL, "bulk: temporary database opened");
	if (!db) {
		free(err);
		return;
	}
	/* not SQLite's defaults (-2000 KiB, temp_store 0) */
	sqlite3_exec(db->sql, "PRAGMA cache_size = -1234", NULL, NULL, NULL);
	sqlite3_exec(db->sql, "PRAGMA temp_store = FILE", NULL, NULL, NULL);
	CHECK_INT(db_bulk_begin(db, &b, 4096, DB_BULK_JOURNAL), CASUS_OK, "bulk: begun");
	CHECK_INT(pragma_int(db, "PRAGMA cache_size"), -db_cache_kib(4096), "bulk: a bigger page cache");
	CHECK_INT(pragma_int(db, "PRAGMA temp_store"), 2, "bulk: temporary data in memory");
	mode = pragma_text(db, "PRAGMA journal_mode");
	CHECK_STR(mode, "delete", "bulk: the rollback journal instead of WAL");
	free(mode);
	CHECK_INT(db->tx_depth, 1, "bulk: one transaction open");
	CHECK_INT(db->bulk, 1, "bulk: nested levels without savepoints");
	CHECK_INT(save_client(db, 1), CASUS_OK, "bulk: a save inside");
	CHECK_INT(db_bulk_end(db, &b, 1), CASUS_OK, "bulk: committed");
	CHECK_INT(count(db, "SELECT count(*) FROM client"), 1, "bulk: the save is kept");
	CHECK_INT(pragma_int(db, "PRAGMA cache_size"), -1234, "bulk: the cache size of before is back");
	CHECK_INT(pragma_int(db, "PRAGMA temp_store"), 1, "bulk: temp_store of before is back");
	mode = pragma_text(db, "PRAGMA journal_mode");
	CHECK_STR(mode, "wal", "bulk: WAL mode is back");
	free(mode);
	CHECK_INT(db->bulk, 0, "bulk: bulk mode ended");

	/* a page count (positive) and a rollback, inside a caller's transaction */
	sqlite3_exec(db->sql, "PRAGMA cache_size = 321", NULL, NULL, NULL);
	CHECK_INT(db_tx_begin(db), CASUS_OK, "bulk in a transaction: outer begun");
	CHECK_INT(db_bulk_begin(db, &b, 4096, DB_BULK_JOURNAL), CASUS_OK, "bulk in a transaction: begun");
	CHECK_INT(pragma_int(db, "PRAGMA temp_store"), 1, "bulk in a transaction: temp_store left alone");
	CHECK_INT(save_client(db, 2), CASUS_OK, "bulk in a transaction: a save inside");
	snprintf(db->errmsg, sizeof db->errmsg, "de reden van het terugdraaien");
	CHECK_INT(db_bulk_end(db, &b, 0), CASUS_OK, "bulk in a transaction: rolled back");
	CHECK_STR(db_errmsg(db), "de reden van het terugdraaien", "bulk: the message survives the restore");
	CHECK_INT(pragma_int(db, "PRAGMA cache_size"), 321, "bulk: a cache size in pages is back too");
	CHECK_INT(db->tx_depth, 1, "bulk in a transaction: the outer level stays open");
	CHECK_INT(db_tx_commit(db), CASUS_OK, "bulk in a transaction: outer committed");
	CHECK_INT(count(db, "SELECT count(*) FROM client"), 1, "bulk: the rolled-back save is gone");
	db_close(db);
	unlink(path);
	side = xasprintf("%s-wal", path);
	unlink(side);
	free(side);
	side = xasprintf("%s-shm", path);
	unlink(side);
	free(side);
}

static const char sql_one[] = "SELECT 1";

/* The statement cache: the same statement again for the same key, another
 * for another key; built SQL found by its owner's key. */
static void stmt_cache(void)
{
	char *err = NULL;
	casus_db *db = db_open(":memory:", 0, &err);
	sqlite3_stmt *a = NULL, *b = NULL, *c = NULL;
	static const int owner;
	char built[32];

	CHECK(db != NULL, "cache: in-memory database opened");
	if (!db)
		return;
	CHECK_INT(db_stmt(db, sql_one, &a), SQLITE_OK, "cache: prepared");
	CHECK_INT(sqlite3_step(a), SQLITE_ROW, "cache: runs");
	CHECK_INT(db_stmt(db, sql_one, &b), SQLITE_OK, "cache: found again");
	CHECK(a == b, "cache: the same statement for the same SQL");
	CHECK(!sqlite3_stmt_busy(b), "cache: and it comes back reset");
	CHECK(db_stmt_find(db, &owner, 7) == NULL, "cache: built SQL not cached yet");
	snprintf(built, sizeof built, "SELECT %d", 2);
	CHECK_INT(db_stmt_key(db, &owner, 7, built, &c), SQLITE_OK, "cache: built SQL prepared");
	CHECK(db_stmt_find(db, &owner, 7) == c, "cache: found by its owner's key");
	CHECK(db_stmt_find(db, &owner, 8) == NULL, "cache: not under another number");
	CHECK(c != a, "cache: another statement for another key");
	for (int i = 0; i < 200; i++) {
		sqlite3_stmt *st = NULL;

		snprintf(built, sizeof built, "SELECT %d", i);
		if (db_stmt_key(db, &owner, 100 + i, built, &st) != SQLITE_OK)
			break;
	}
	CHECK(db_stmt_find(db, &owner, 7) == c, "cache: still found after the table grew");
	CHECK(db_stmt_find(db, &owner, 299) != NULL, "cache: the last one found too");
	CHECK(db_stmt(db, "SELEC oops", &a) != SQLITE_OK, "cache: bad SQL reported");
	db_close(db);
}

int main(void)
{
	lost_in(1, 1);
	lost_in(0, 1);
	lost_in(1, 0);
	lost_in(0, 0);
	bulk_restores();
	stmt_cache();
	return check_done();
}
