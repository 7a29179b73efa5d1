/* db_int.h - inside the store's connection: for the core's own files
 * only (src/core/db*.c and the modules that run SQL).  Nothing outside
 * src/core includes it; the interfaces see casus_db as an opaque type
 * (include/db.h). */
#ifndef CASUS_DB_INT_H
#define CASUS_DB_INT_H

#include <sqlite3.h>

#include "db.h"

/* One statement of the cache (db_stmt): the key is an address of the
 * owner's (the static SQL text, or a static object standing for SQL built
 * at run time) and a number. */
typedef struct db_stmt_entry {
	const void *key;      /* NULL: free */
	int n;
	sqlite3_stmt *st;     /* owned */
} db_stmt_entry;

struct casus_db {
	sqlite3 *sql;
	char *path;           /* owned */
	char *user;           /* who is recorded in the audit: setting
			       * "consultant" or $USER; owned */
	int memory;           /* an in-memory database */
	int readonly;         /* opened read-only */
	int busy_ms;          /* the busy timeout set at open */
	int tx_depth;         /* nesting level of db_tx_begin */
	int bulk;             /* set by the caller around one big transaction
			       * (demo, import): nested levels open no
			       * savepoints; a nested rollback then marks
			       * bulk_failed and the outer commit refuses */
	int bulk_failed;
	int tx_lost;          /* SQLite rolled the open transaction back on
			       * its own (disk full, I/O error, no memory):
			       * every level fails until the outermost ends */
	int tx_lost_rc;       /* CASUS_* code of the failure that lost it */
	int tx_committing;    /* db_tx_commit is committing the outermost level */
	char tx_lost_msg[512];
	db_stmt_entry *cache; /* the statement cache (db_stmt): open
			       * addressing, cache_cap a power of two */
	size_t cache_cap, cache_used;
	struct db_bulk *rest; /* the transaction kept open between calls
			       * (db_hold_begin), or NULL; owned */
	int rest_inside;      /* > 0: the code running works inside it */
	char errmsg[512];     /* last Dutch error message */
};

/* Prepare with error reporting; returns SQLITE_OK or an sqlite rc. */
int db_prepare(casus_db *db, const char *sql, sqlite3_stmt **st);
/* The statement cache: a statement prepared once per connection
 * (SQLITE_PREPARE_PERSISTENT) for the hot paths, found again by its key.
 * It comes back reset with its bindings cleared; do not finalize it (the
 * connection does, at db_close).  Returns SQLITE_OK or an sqlite rc (the
 * Dutch message in db_errmsg).
 *
 * db_stmt: keyed on the SQL text, which must be a string with static
 * storage (a literal or a static const array): its address is the key,
 * and debug builds assert that the text found is the text asked for. */
int db_stmt(casus_db *db, const char *sql, sqlite3_stmt **st);
/* For SQL built at run time: key is the address of a static object that
 * stands for it (a table description, say) and n tells its statements
 * apart.  db_stmt_find returns the cached statement (reset) or NULL, so
 * that the SQL is built only once; db_stmt_key prepares sql when the
 * statement is not cached yet. */
sqlite3_stmt *db_stmt_find(casus_db *db, const void *key, int n);
int db_stmt_key(casus_db *db, const void *key, int n, const char *sql, sqlite3_stmt **st);

/* Bulk mode for one big load (import, demo): the PRAGMAs that make it
 * fast are set for its duration and exactly what was there before is
 * restored afterwards:
 *  - cache_size: a page cache of cache_kib KiB (or $CASUS_CACHE_KB,
 *    db_cache_kib) when cache_kib > 0, for the indexes that take inserts in
 *    random order;
 *  - temp_store = MEMORY (outside a transaction only): each store save is
 *    a savepoint whose sub-journal would otherwise become a temporary file
 *    written page by page;
 *  - with DB_BULK_JOURNAL, a file in WAL mode switches to the rollback
 *    journal (outside a transaction, and only when no other connection has
 *    the file open; otherwise WAL stays): a transaction of hundreds of
 *    megabytes then writes its pages once, not through the WAL;
 *  - with DB_BULK_NOCHECKS, no CHECK constraints (ignore_check_constraints):
 *    for a load whose rows hold them by construction (the demo: the store
 *    validates every record, the audit triggers write constants).  The
 *    audit table's `actie IN (...)` CHECK makes SQLite build a temporary
 *    b-tree for every audit row: a quarter of all instructions of a demo
 *    load.
 *  - with DB_BULK_QUICK (outside a transaction only), a commit without
 *    fsync (synchronous = NORMAL: in WAL mode a power cut may lose that
 *    commit, never the file's integrity) and without the automatic
 *    checkpoint (wal_autocheckpoint = 0; a later commit or closing does
 *    it): for rows that are only a cache, written before the first screen;
 *    DB_BULK_NOSYNC: the first of the two only.
 * db_bulk_begin begins the transaction and sets db->bulk (nested levels
 * open no savepoints; any failure rolls everything back).  db_bulk_end
 * commits (commit != 0) or rolls back, then restores; the message in
 * db_errmsg survives the restore.  Returns the CASUS_* of the begin or of
 * the commit (CASUS_OK after a rollback). */
enum { DB_BULK_JOURNAL = 1, DB_BULK_NOCHECKS = 2, DB_BULK_QUICK = 4, DB_BULK_NOSYNC = 8 };
typedef struct db_bulk {
	int cache_size;       /* cache_size before, when cache_set */
	int cache_set;
	int temp_store;       /* temp_store before; -1: not changed */
	int was_wal;          /* switched from WAL to the rollback journal */
	int checks_off;       /* turned CHECK constraints off */
	int synchronous;      /* synchronous before; -1: not changed */
	int autocheckpoint;   /* wal_autocheckpoint before; -1: not changed */
	int outer_bulk;       /* db->bulk before */
} db_bulk;
int db_bulk_begin(casus_db *db, db_bulk *b, int cache_kib, int flags);
int db_bulk_end(casus_db *db, db_bulk *b, int commit);

/* A transaction kept open between calls: the steps of the day's refresh
 * (caseload_refresh_step), a cache, so a bulk with DB_BULK_NOSYNC (no
 * fsync; the automatic checkpoint stays on, so each commit copies what
 * the steps wrote and the WAL does not grow to hundreds of MB for a later
 * save to copy).
 * db_hold_begin opens it (nothing when it is open) and enters it; the
 * code that works inside it is bracketed by db_hold_enter/db_hold_leave.
 * Any other db_tx_begin commits it first, so a use case never nests in
 * it: what a user saves is committed on its own, at once.  db_hold_end
 * commits (or rolls back) and frees it; db_close commits it. */
int db_hold_begin(casus_db *db);
void db_hold_enter(casus_db *db);
void db_hold_leave(casus_db *db);
int db_hold_end(casus_db *db, int commit);

/* A read snapshot for a reader that runs several statements (the
 * agenda): outside a transaction a deferred BEGIN, so the statements see
 * one state of the file and take its locks once instead of per statement.
 * Returns 1 when it began one, 0 inside a transaction (nothing to do) or
 * when BEGIN failed (the statements then run on their own); pass the
 * result to db_read_end, which ends what was begun. */
int db_read_begin(casus_db *db);
void db_read_end(casus_db *db, int began);

/* The audit triggers generated from the record descriptions
 * (record_audit_sql in record.h) run on a connection, inside the caller's
 * transaction (record_audit.c); returns an SQLite result code. */
int record_audit_apply(sqlite3 *sql);

/* --- the store for the core's modules ------------------------------------ */

/* Page cache in KiB for one big transaction (import, demo): dflt, or
 * $CASUS_CACHE_KB when set (tests make the transaction spill with it). */
int db_cache_kib(int dflt);

/* Compare the schema of the open file (tables with their columns,
 * indexes, triggers, views) with what the migrations make.  *diffs gets
 * one Dutch line per difference (caller frees each and the array).
 * Returns CASUS_OK (also with differences) or an error. */
int db_schema_diff(casus_db *db, char ***diffs, size_t *ndiffs);

/* Record an error from SQLite rc; maps BUSY/LOCKED to CASUS_BUSY with a
 * Dutch message; returns the CASUS_* code. */
int db_fail(casus_db *db, int sqlite_rc, const char *what);

/* Run SQL without parameters or results. */
int db_exec(casus_db *db, const char *sql);

/* --- between the files of the store (db*.c) ------------------------------ */

/* db_tx.c: has SQLite ended the open transaction on its own?  Records it
 * (cause_rc >= 0: with the message in db->errmsg); non-zero when lost. */
int db_tx_check(casus_db *db, int cause_rc);
/* db_tx.c: the failure of a lost transaction, as the caller's result. */
int db_tx_lost_fail(casus_db *db);
/* db.c: finalize the statement cache (db_close). */
void db_stmt_clear(casus_db *db);
/* db_open.c: the audit user from the setting "consultant" or $USER. */
void db_set_user(casus_db *db);
/* db_schema.c: the schema version of the file (PRAGMA user_version). */
int db_user_version(casus_db *db, int *version);
/* db_schema.c: refuse a version this binary cannot work on (message set). */
int db_version_refused(casus_db *db, int version);
/* db_schema.c: apply the missing migrations in one transaction; 0 or -1. */
int db_migrate(casus_db *db, int readonly);
/* db_schema.c: the schema cookie equals the one last found right. */
int db_schema_unchanged(casus_db *db);
/* db_schema.c: remember the cookie of a schema found right. */
void db_schema_remember(casus_db *db);

#endif
