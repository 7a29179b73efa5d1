/* privacy.c - erasure, purge of closed cases, private backups. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db_int.h"
#include "fileout.h"
#include "privacy.h"
#include "util.h"

/* The marker that replaces an erased person's identifier in other rows. */
#define PRIVACY_MARK "[gewist]"
/* Settings: an erasure whose file is not clean yet (the checkpoint was
 * blocked); the file has been rebuilt once since deletes are secure. */
#define PRIVACY_PENDING "wissen.onvoltooid"
#define PRIVACY_CLEAN "wissen.schoon"

/* Set-based erasure of the clients in temp.erase_client, in this order. */
static const char *const privacy_erase_sql[] = {
	/* every voortraject the clients ever had, also ones deleted before:
	 * the audit rows of their activities may not name the client */
	"INSERT OR IGNORE INTO temp.erase_vt "
	"SELECT rij FROM audit WHERE client_id IN (SELECT id FROM temp.erase_client) "
	"AND tabel = 'voortraject' AND rij IS NOT NULL",
	"INSERT OR IGNORE INTO temp.erase_vt "
	"SELECT id FROM voortraject WHERE client_id IN (SELECT id FROM temp.erase_client)",
	/* the identifiers of each erased person with a BSN, field by field */
	"INSERT OR IGNORE INTO temp.erase_ident(bsn, veld, waarde) "
	"SELECT c.bsn, f.veld, CASE f.veld WHEN 'bsn' THEN c.bsn WHEN 'voornaam' THEN c.voornaam "
	"WHEN 'achternaam' THEN c.achternaam WHEN 'geboortedatum' THEN c.geboortedatum "
	"WHEN 'geboortejaar' THEN c.geboortejaar WHEN 'telefoon' THEN c.telefoon "
	"WHEN 'email' THEN c.email WHEN 'adres' THEN c.adres END AS w "
	"FROM temp.erase_client e CROSS JOIN client c ON c.id = e.id CROSS JOIN (SELECT 'bsn' AS veld UNION ALL SELECT 'voornaam' UNION ALL SELECT 'achternaam' "
	"UNION ALL SELECT 'geboortedatum' UNION ALL SELECT 'geboortejaar' UNION ALL SELECT 'telefoon' "
	"UNION ALL SELECT 'email' UNION ALL SELECT 'adres') f "
	"WHERE c.bsn IS NOT NULL AND c.bsn != '' "
	"AND w IS NOT NULL AND w != ''",
	/* the client and (cascade) every record of it */
	"DELETE FROM client WHERE id IN (SELECT id FROM temp.erase_client)",
	"DELETE FROM client_dirty WHERE client_id IN (SELECT id FROM temp.erase_client)",
	/* its history, including the rows the cascade just wrote */
	"DELETE FROM audit WHERE client_id IN (SELECT id FROM temp.erase_client)",
	"DELETE FROM audit WHERE client_id IS NULL AND tabel = 'activiteit' AND "
	"json_extract(coalesce(oud, nieuw), '$.voortraject_id') IN (SELECT id FROM temp.erase_vt)",
	NULL,   /* privacy_scrub: other clients' history */
	/* one row per erased client keeps that an erasure happened, not who */
	"INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw) "
	"SELECT casus_now(), casus_user(), 'client', NULL, NULL, 'wissen', NULL, NULL FROM temp.erase_client",
	/* merge the search index so no segment keeps the erased names */
	"INSERT INTO client_fts(client_fts) VALUES ('optimize')",
	/* cleared by privacy_finish_pending once the file is clean */
	"INSERT INTO setting(key, value) VALUES ('" PRIVACY_PENDING "', '1') "
	"ON CONFLICT(key) DO UPDATE SET value = excluded.value",
	"DELETE FROM temp.erase_client",
	"DELETE FROM temp.erase_vt",
	"DELETE FROM temp.erase_ident",
};

/* Other clients' history: a record state (oud or nieuw of a client audit
 * row) that held an erased BSN (a typo, corrected later) describes that
 * person; each identifier field in it equal to the person's value becomes
 * the marker.  Run per erased BSN (?1), so that each is one lookup in the
 * indexes of db/004-privacy.sql (SQLite does not use an expression index
 * for a join). */
static const char *const privacy_scrub_sql[] = {
	"UPDATE audit SET oud = (SELECT json_group_object(e.key, CASE WHEN EXISTS "
	"(SELECT 1 FROM temp.erase_ident i WHERE i.bsn = ?1 AND i.veld = e.key AND i.waarde = e.value) "
	"THEN '" PRIVACY_MARK "' ELSE e.value END) FROM json_each(audit.oud) e) "
	"WHERE tabel = 'client' AND json_extract(oud, '$.bsn') = ?1",
	"UPDATE audit SET nieuw = (SELECT json_group_object(e.key, CASE WHEN EXISTS "
	"(SELECT 1 FROM temp.erase_ident i WHERE i.bsn = ?1 AND i.veld = e.key AND i.waarde = e.value) "
	"THEN '" PRIVACY_MARK "' ELSE e.value END) FROM json_each(audit.nieuw) e) "
	"WHERE tabel = 'client' AND json_extract(nieuw, '$.bsn') = ?1",
};

static int privacy_scrub(casus_db *db)
{
	sqlite3_stmt *list = NULL, *up[2] = { NULL, NULL };
	int rc;

	rc = db_prepare(db, "SELECT DISTINCT bsn FROM temp.erase_ident", &list);
	for (int k = 0; rc == SQLITE_OK && k < 2; k++)
		rc = db_prepare(db, privacy_scrub_sql[k], &up[k]);
	while (rc == SQLITE_OK && (rc = sqlite3_step(list)) == SQLITE_ROW) {
		rc = SQLITE_OK;
		for (int k = 0; rc == SQLITE_OK && k < 2; k++) {
			sqlite3_bind_value(up[k], 1, sqlite3_column_value(list, 0));
			rc = sqlite3_step(up[k]);
			rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
			sqlite3_reset(up[k]);
		}
	}
	if (rc == SQLITE_DONE)
		rc = SQLITE_OK;
	sqlite3_finalize(list);
	sqlite3_finalize(up[0]);
	sqlite3_finalize(up[1]);
	return rc == SQLITE_OK ? CASUS_OK : db_fail(db, rc, "wissen");
}

/* Fill temp.erase_client with ids; CASUS_NOTFOUND when one is not (or no
 * longer) a client. */
static int privacy_collect(casus_db *db, const int64_t *ids, size_t n)
{
	sqlite3_stmt *st = NULL;
	int rc;
	int64_t found = -1;

	rc = db_prepare(db, "INSERT OR IGNORE INTO temp.erase_client(id) SELECT id FROM client WHERE id = ?1", &st);
	for (size_t i = 0; rc == SQLITE_OK && i < n; i++) {
		sqlite3_bind_int64(st, 1, ids[i]);
		rc = sqlite3_step(st);
		rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	st = NULL;
	if (rc == SQLITE_OK && (rc = db_prepare(db, "SELECT count(*) FROM temp.erase_client", &st)) == SQLITE_OK) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			found = sqlite3_column_int64(st, 0);
			rc = SQLITE_OK;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "wissen");
	if (found < 0 || (size_t)found != n) {
		snprintf(db->errmsg, sizeof db->errmsg, n == 1 ? "Deze klant bestaat niet (meer)." :
			 "Niet alle gekozen klanten bestaan nog; er is niets gewist.");
		return CASUS_NOTFOUND;
	}
	return CASUS_OK;
}

/* Push the WAL into the main file and truncate it; 0 when done, -1 when
 * another connection (a reader on an older snapshot, a writer) blocks it. */
static int privacy_checkpoint(casus_db *db)
{
	int nlog = -1, nckpt = -1;

	if (sqlite3_wal_checkpoint_v2(db->sql, NULL, SQLITE_CHECKPOINT_TRUNCATE, &nlog, &nckpt) != SQLITE_OK)
		return -1;
	return 0;
}

int privacy_finish_pending(casus_db *db)
{
	char *v = db_setting_get(db, PRIVACY_PENDING), *clean;
	int rc;

	if (!v)
		return CASUS_OK;
	free(v);
	/* a file from before secure deletes: rebuild it once */
	clean = db_setting_get(db, PRIVACY_CLEAN);
	if (!clean) {
		if (sqlite3_exec(db->sql, "VACUUM", NULL, NULL, NULL) != SQLITE_OK ||
		    db_setting_set(db, PRIVACY_CLEAN, "1") != CASUS_OK)
			return CASUS_BUSY;
	}
	free(clean);
	if (privacy_checkpoint(db) != 0)
		return CASUS_BUSY;
	if ((rc = db_tx_begin(db)) != CASUS_OK)
		return CASUS_BUSY;
	if (db_exec(db, "DELETE FROM setting WHERE key = '" PRIVACY_PENDING "'") != SQLITE_OK) {
		db_tx_rollback(db);
		return CASUS_BUSY;
	}
	if (db_tx_commit(db) != CASUS_OK)
		return CASUS_BUSY;
	/* the file is clean now; this only empties the WAL of the line above */
	privacy_checkpoint(db);
	return CASUS_OK;
}

int privacy_erase_clients(casus_db *db, const int64_t *ids, size_t n, int *pending)
{
	int rc;

	if (pending)
		*pending = 0;
	if (db->tx_depth != 0) {
		snprintf(db->errmsg, sizeof db->errmsg, "Wissen kan niet binnen een andere wijziging.");
		return CASUS_ERROR;
	}
	/* identifiers never go to a temporary file; deletes overwrite */
	if (db_exec(db, "PRAGMA temp_store = MEMORY") != SQLITE_OK ||
	    db_exec(db, "PRAGMA secure_delete = ON") != SQLITE_OK ||
	    db_exec(db, "CREATE TEMP TABLE IF NOT EXISTS erase_client(id INTEGER PRIMARY KEY)") != SQLITE_OK ||
	    db_exec(db, "CREATE TEMP TABLE IF NOT EXISTS erase_vt(id INTEGER PRIMARY KEY)") != SQLITE_OK ||
	    db_exec(db, "CREATE TEMP TABLE IF NOT EXISTS erase_ident(bsn TEXT NOT NULL, veld TEXT NOT NULL, "
		    "waarde NOT NULL, PRIMARY KEY (bsn, veld, waarde)) WITHOUT ROWID") != SQLITE_OK ||
	    db_exec(db, "DELETE FROM temp.erase_client") != SQLITE_OK ||
	    db_exec(db, "DELETE FROM temp.erase_vt") != SQLITE_OK ||
	    db_exec(db, "DELETE FROM temp.erase_ident") != SQLITE_OK)
		return CASUS_ERROR;
	if ((rc = db_tx_begin(db)) != CASUS_OK)
		return rc;
	rc = privacy_collect(db, ids, n);
	for (size_t i = 0; rc == CASUS_OK && i < sizeof privacy_erase_sql / sizeof privacy_erase_sql[0]; i++) {
		int src;

		if (!privacy_erase_sql[i])
			rc = privacy_scrub(db);
		else if ((src = db_exec(db, privacy_erase_sql[i])) != SQLITE_OK)
			rc = db_fail(db, src, "wissen");
		if (rc == CASUS_OK && db_tx_lost(db))
			rc = db_tx_lost_fail(db);  /* SQLite rolled back by itself */
	}
	if (rc != CASUS_OK) {
		db_tx_rollback(db);
		db_exec(db, "DELETE FROM temp.erase_client");
		db_exec(db, "DELETE FROM temp.erase_ident");
		db_exec(db, "DELETE FROM temp.erase_vt");
		return rc;
	}
	if ((rc = db_tx_commit(db)) != CASUS_OK)
		return rc;
	if (privacy_finish_pending(db) != CASUS_OK && pending)
		*pending = 1;
	return CASUS_OK;
}

int privacy_erase_client(casus_db *db, int64_t client_id, int *pending)
{
	return privacy_erase_clients(db, &client_id, 1, pending);
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

/* Copy the database with the backup API into the new file tmp (open as
 * lockfd), in rollback-journal mode, and sync it.  SQLITE_OK or an rc. */
static int privacy_backup_copy(casus_db *db, const char *tmp, int lockfd)
{
	sqlite3 *dst = NULL;
	sqlite3_backup *bk;
	int src = sqlite3_open_v2(tmp, &dst, SQLITE_OPEN_READWRITE, NULL);

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
			/* the copy carries the original's WAL mode in its header; in
			 * rollback mode it can be read where no -shm file can be
			 * made (a read-only medium, a closed directory).  casus
			 * puts it back in WAL mode when it opens it to write. */
			if (src == SQLITE_OK)
				src = sqlite3_exec(dst, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
		} else {
			src = sqlite3_errcode(dst);
		}
	}
	if (src == SQLITE_OK)
		src = sqlite3_close(dst) == SQLITE_OK ? SQLITE_OK : SQLITE_IOERR;
	else
		sqlite3_close(dst);
	if (src == SQLITE_OK && fsync(lockfd) != 0)
		src = SQLITE_IOERR;
	return src;
}

/* Is target still what it was before the copy (real), with no FIFO or
 * link put there meanwhile?  0 when it is; otherwise the message is set. */
static int privacy_backup_unchanged(casus_db *db, const char *target, const char *real, int overwrite)
{
	char *now = NULL;
	int exists, rc = 0;

	if (fileout_target(target, &now, &exists, db->errmsg, sizeof db->errmsg) != 0)
		return -1;
	if (strcmp(now, real) != 0 || (exists && !overwrite)) {
		snprintf(db->errmsg, sizeof db->errmsg,
			 "%s is tijdens de reservekopie veranderd; niets geschreven", target);
		rc = -1;
	}
	free(now);
	return rc;
}

int privacy_backup(casus_db *db, const char *target, int overwrite)
{
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
	src = privacy_backup_copy(db, tmp, lockfd);
	if (src != SQLITE_OK) {
		int full = (src & 0xff) == SQLITE_FULL || (src & 0xff) == SQLITE_IOERR;
		snprintf(db->errmsg, sizeof db->errmsg, "reservekopie naar %s mislukt: %s", target,
			 full ? "schijf vol of schrijffout" : "fout in SQLite");
		rc = full ? CASUS_INVALID : CASUS_ERROR;
		goto out;
	}
	if (privacy_backup_unchanged(db, target, real, overwrite) != 0)
		goto out;
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
