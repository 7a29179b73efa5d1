/* test_db.c - transactions that SQLite rolls back on its own (a full disk,
 * an interrupt): no level may save anything after that, and the owner of
 * the outermost level is told the truth. */
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

int main(void)
{
	lost_in(1, 1);
	lost_in(0, 1);
	lost_in(1, 0);
	lost_in(0, 0);
	return check_done();
}
