/* usecase.c - the use cases of casus over the store (see usecase.h). */
#include "config.h"

#include <assert.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "date.h"
#include "db_int.h"
#include "demo.h"
#include "privacy.h"
#include "store.h"
#include "usecase.h"
#include "util.h"

casus_db *usecase_open(const char *path, int flags, char **errmsg, char **warning)
{
	char *p = path ? xstrdup(path) : db_default_path();
	casus_db *db = db_open(p, flags, errmsg);

	if (warning)
		*warning = NULL;
	if (db && !db->memory && !db->readonly) {
		/* finish an erasure another connection blocked, without
		 * waiting: when it still blocks, the next open tries again */
		sqlite3_busy_timeout(db->sql, 0);
		privacy_finish_pending(db);
		sqlite3_busy_timeout(db->sql, db->busy_ms);
	}
	if (db && warning)
		*warning = db_permission_warning(p);
	free(p);
	return db;
}

/* --- the demo caseload of --demo --------------------------------------------- */

casus_db *usecase_demo_create(char **dir, char **errmsg)
{
	const char *tmp = getenv("TMPDIR");
	char *d = xasprintf("%s/casus-demo-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	char *path;
	casus_db *db;

	*dir = NULL;
	if (!mkdtemp(d)) {
		*errmsg = xasprintf("kan geen tijdelijke map maken voor de democaseload: %s", strerror(errno));
		free(d);
		return NULL;
	}
	path = xasprintf("%s/demo.db", d);
	db = db_open(path, 0, errmsg);
	free(path);
	if (!db) {
		rmdir(d);
		free(d);
		return NULL;
	}
	*dir = d;
	return db;
}

int usecase_demo_fill(casus_db *db, int n, uint64_t seed)
{
	consultant *cons = NULL;
	size_t ncons = 0;
	int rc = demo_generate(db, n, seed, cdate_today());

	if (rc != CASUS_OK)
		return rc;
	/* "my caseload" of the demo: the first consultant */
	if (store_consultant_list(db, &cons, &ncons) == CASUS_OK && ncons > 0) {
		char *cur = db_setting_get(db, "consultant");

		if (!cur || !*cur)
			db_setting_set(db, "consultant", cons[0].login);
		free(cur);
	}
	for (size_t i = 0; i < ncons; i++)
		consultant_clear(&cons[i]);
	free(cons);
	return CASUS_OK;
}

void usecase_demo_remove(char *dir)
{
	static const char *const files[] = { "demo.db", "demo.db-wal", "demo.db-shm" };

	if (!dir)
		return;
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		char *p = xasprintf("%s/%s", dir, files[i]);

		unlink(p);
		free(p);
	}
	rmdir(dir);
	free(dir);
}

/* --- saving ---------------------------------------------------------------------- */

int usecase_startbaan_save(casus_db *db, startbaan *s, employer *new_employer, valerr *e,
			   valerr *we)
{
	int rc;

	assert(db && s && e && we);
	rc = db_tx_begin(db);
	if (rc != CASUS_OK)
		return rc;
	if (new_employer) {
		rc = store_employer_save(db, new_employer, we);
		s->employer_id = new_employer->id;
	}
	if (rc == CASUS_OK)
		rc = store_startbaan_save(db, s, e);
	else if (rc == CASUS_INVALID)
		validate_startbaan(s, e);   /* all problems of the save at once */
	if (rc == CASUS_OK)
		rc = db_tx_commit(db);
	else
		db_tx_rollback(db);
	return rc;
}

/* --- the integrity report ------------------------------------------------------- */

typedef struct {
	char **v;
	size_t n, cap;
} lines;

static void lines_add(lines *l, char *line)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	l->v[l->n++] = line;
}

/* Damaged pages (PRAGMA integrity_check says "ok" when there are none)
 * and rows whose reference points nowhere (foreign_key_check). */
static int usecase_integrity_pages(casus_db *db, lines *out)
{
	sqlite3_stmt *st = NULL;
	int rc = db_prepare(db, "PRAGMA integrity_check", &st);

	while (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
		const char *msg = (const char *)sqlite3_column_text(st, 0);

		if (msg && strcmp(msg, "ok") != 0)
			lines_add(out, xasprintf("Beschadigd: %s", msg));
	}
	sqlite3_finalize(st);
	st = NULL;
	if (rc != SQLITE_OK)
		return CASUS_ERROR;
	if (db_prepare(db, "PRAGMA foreign_key_check", &st) == SQLITE_OK) {
		while (sqlite3_step(st) == SQLITE_ROW)
			lines_add(out, xasprintf("Verwijzing klopt niet: tabel %s, rij %lld",
						 (const char *)sqlite3_column_text(st, 0),
						 (long long)sqlite3_column_int64(st, 1)));
	}
	sqlite3_finalize(st);
	return CASUS_OK;
}

int usecase_integrity(casus_db *db, char ***out, size_t *nout)
{
	lines l = { NULL, 0, 0 };
	char **diffs = NULL;
	size_t n = 0;
	int rc;

	*out = NULL;
	*nout = 0;
	rc = db_schema_diff(db, &diffs, &n);
	if (rc != CASUS_OK)
		return rc;
	for (size_t i = 0; i < n; i++) {
		lines_add(&l, xasprintf("Schema klopt niet: %s", diffs[i]));
		free(diffs[i]);
	}
	free(diffs);
	rc = usecase_integrity_pages(db, &l);
	*out = l.v;
	*nout = l.n;
	return rc;
}

void usecase_lines_free(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}
