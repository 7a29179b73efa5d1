/* privacy.c - erasure, purge of closed cases, private backups. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fileout.h"
#include "privacy.h"
#include "util.h"

/* Run one statement with a single id parameter. */
static int privacy_exec_id(casus_db *db, const char *sql, int64_t id)
{
	sqlite3_stmt *st = NULL;
	int rc = db_prepare(db, sql, &st);

	if (rc == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, id);
		rc = sqlite3_step(st);
		rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
	}
	if (rc != SQLITE_OK)
		rc = db_fail(db, rc, "wissen");
	sqlite3_finalize(st);
	return rc == SQLITE_OK ? CASUS_OK : rc;
}

int privacy_erase_client(casus_db *db, int64_t client_id)
{
	static const char *const steps[] = {
		/* fail early when the client does not exist */
		"SELECT 1 FROM client WHERE id = ?1",
		/* audit rows of activities name their voortraject, not the client:
		 * remember this client's voortrajecten before they go */
		"DELETE FROM temp.erase_vt",
		"INSERT INTO temp.erase_vt SELECT id FROM voortraject WHERE client_id = ?1",
		"DELETE FROM client WHERE id = ?1",
		/* the cascade wrote audit rows with the old values: remove them and
		 * everything else about this client */
		"DELETE FROM audit WHERE client_id = ?1",
		"DELETE FROM audit WHERE tabel = 'activiteit' AND "
		"json_extract(coalesce(oud, nieuw), '$.voortraject_id') IN (SELECT id FROM temp.erase_vt)",
		"DELETE FROM temp.erase_vt",
		"INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw) "
		"VALUES (casus_now(), casus_user(), 'client', NULL, NULL, 'wissen', NULL, NULL)",
	};
	sqlite3_stmt *st = NULL;
	int rc, exists = 0;

	if (db_exec(db, "PRAGMA secure_delete = ON") != SQLITE_OK ||
	    db_exec(db, "CREATE TEMP TABLE IF NOT EXISTS erase_vt(id INTEGER PRIMARY KEY)") != SQLITE_OK)
		return CASUS_ERROR;
	if ((rc = db_tx_begin(db)) != CASUS_OK)
		return rc;
	if (db_prepare(db, steps[0], &st) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, client_id);
		exists = sqlite3_step(st) == SQLITE_ROW;
	}
	sqlite3_finalize(st);
	if (!exists) {
		db_tx_rollback(db);
		snprintf(db->errmsg, sizeof db->errmsg, "Deze klant bestaat niet (meer).");
		return CASUS_NOTFOUND;
	}
	for (size_t i = 1; i < sizeof steps / sizeof steps[0]; i++) {
		rc = privacy_exec_id(db, steps[i], client_id);
		if (rc != CASUS_OK) {
			db_tx_rollback(db);
			return rc;
		}
	}
	rc = db_tx_commit(db);
	if (rc == CASUS_OK && db->tx_depth == 0) {
		/* rebuild the search index so no trace of the key remains in it, and
		 * push the WAL into the main file, truncating it */
		sqlite3_exec(db->sql, "INSERT INTO client_fts(client_fts) VALUES ('optimize')", NULL, NULL, NULL);
		sqlite3_exec(db->sql, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
	}
	return rc;
}

int privacy_closed_before(casus_db *db, cdate before, int64_t **ids, size_t *n)
{
	sqlite3_stmt *st = NULL;
	char iso[11];
	size_t cap = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	cdate_format_iso(before, iso);
	rc = db_prepare(db,
			"SELECT c.id FROM client c WHERE "
			"EXISTS (SELECT 1 FROM afsluiting a WHERE a.client_id = c.id AND a.datum < ?1) "
			"OR (c.einde_inburgering IS NOT NULL AND c.einde_inburgering < ?1) "
			"ORDER BY c.klantnummer", &st);
	if (rc != SQLITE_OK)
		return CASUS_ERROR;
	sqlite3_bind_text(st, 1, iso, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			*ids = xrealloc(*ids, cap * sizeof **ids);
		}
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "zoeken van afgesloten klanten");
}

int privacy_backup(casus_db *db, const char *target, int overwrite)
{
	sqlite3 *dst = NULL;
	sqlite3_backup *bk;
	struct stat sb;
	char *real = NULL, *dir = NULL, *tmp = NULL;
	int lockfd = -1, exists, rc = CASUS_INVALID, src, e;

	db->errmsg[0] = '\0';
	if (!target || !*target) {
		snprintf(db->errmsg, sizeof db->errmsg,
			 "geef een bestandsnaam op voor de reservekopie");
		return CASUS_INVALID;
	}
	/* only a new name, a regular file or a link to one may be the target */
	if (fileout_target(target, &real, &exists, db->errmsg, sizeof db->errmsg) != 0)
		return CASUS_INVALID;
	if (exists && !overwrite) {
		snprintf(db->errmsg, sizeof db->errmsg,
			 "%s bestaat al; kies een andere naam of gebruik --overschrijf.", target);
		goto out;
	}
	dir = fileout_dir(real);
	e = stat(dir, &sb) != 0 ? errno : !S_ISDIR(sb.st_mode) ? ENOTDIR : 0;
	if (e) {
		snprintf(db->errmsg, sizeof db->errmsg, "kan niet schrijven in map %s: %s", dir,
			 fileout_errno_nl(e));
		goto out;
	}
	fileout_clean_stale(dir);
	/* the copy goes to a locked temporary file next to the target and is
	 * renamed onto it when complete: a failed backup leaves the old one */
	lockfd = fileout_tmp_create(dir, "casus-backup", "-", ".tmp", &tmp);
	if (lockfd < 0) {
		snprintf(db->errmsg, sizeof db->errmsg, "kan niet schrijven in map %s: %s", dir,
			 fileout_errno_nl(errno));
		goto out;
	}
	fchmod(lockfd, 0600);
	src = sqlite3_open_v2(tmp, &dst, SQLITE_OPEN_READWRITE, NULL);
	/* no rollback journal next to it: a half copy is thrown away whole,
	 * and a journal would be a file the leftover clean-up cannot judge */
	if (src == SQLITE_OK)
		src = sqlite3_exec(dst, "PRAGMA journal_mode = OFF", NULL, NULL, NULL);
	if (src == SQLITE_OK) {
		bk = sqlite3_backup_init(dst, "main", db->sql, "main");
		if (bk) {
			do {
				src = sqlite3_backup_step(bk, 256);
				if (src == SQLITE_BUSY || src == SQLITE_LOCKED)
					sqlite3_sleep(50);
			} while (src == SQLITE_OK || src == SQLITE_BUSY || src == SQLITE_LOCKED);
			sqlite3_backup_finish(bk);
			src = src == SQLITE_DONE ? SQLITE_OK : src;
		} else {
			src = sqlite3_errcode(dst);
		}
	}
	if (src == SQLITE_OK)
		src = sqlite3_close(dst) == SQLITE_OK ? SQLITE_OK : SQLITE_IOERR;
	else
		sqlite3_close(dst);
	dst = NULL;
	if (src == SQLITE_OK && fsync(lockfd) != 0)
		src = SQLITE_IOERR;
	if (src != SQLITE_OK) {
		int full = (src & 0xff) == SQLITE_FULL || (src & 0xff) == SQLITE_IOERR;
		snprintf(db->errmsg, sizeof db->errmsg, "reservekopie naar %s mislukt: %s", target,
			 full ? "schijf vol of schrijffout" : "fout in SQLite");
		rc = full ? CASUS_INVALID : CASUS_ERROR;
		goto out;
	}
	{
		/* still the same target (no FIFO or link put there meanwhile)? */
		char *now = NULL;
		int ex2;
		if (fileout_target(target, &now, &ex2, db->errmsg, sizeof db->errmsg) != 0)
			goto out;
		if (strcmp(now, real) != 0 || (ex2 && !overwrite)) {
			snprintf(db->errmsg, sizeof db->errmsg,
				 "%s is tijdens de reservekopie veranderd; niets geschreven", target);
			free(now);
			goto out;
		}
		free(now);
	}
	if (rename(tmp, real) != 0) {
		snprintf(db->errmsg, sizeof db->errmsg, "kan %s niet schrijven: %s", target,
			 fileout_errno_nl(errno));
		goto out;
	}
	free(tmp);
	tmp = NULL;
	fileout_sync_dir(dir);
	rc = CASUS_OK;
out:
	if (tmp)
		unlink(tmp);
	if (lockfd >= 0)
		close(lockfd);
	free(tmp);
	free(dir);
	free(real);
	return rc;
}
