/* db.h - the SQLite store: opening (with migrations), transactions,
 * settings.  Part of the core library.
 *
 * Every write goes through db_tx_begin()/db_tx_commit() (or _rollback):
 * the outermost level is BEGIN IMMEDIATE, inner levels are SAVEPOINTs, so a
 * store function is one transaction on its own and part of the caller's
 * transaction inside an import. */
#ifndef CASUS_DB_H
#define CASUS_DB_H

#include <sqlite3.h>
#include <stdint.h>

/* Result codes of the core (store, import, export). */
enum {
	CASUS_OK = 0,
	CASUS_INVALID = 1,    /* validation failed: see the valerr */
	CASUS_NOTFOUND = 2,
	CASUS_CONFLICT = 3,   /* row changed meanwhile (version mismatch) */
	CASUS_BUSY = 4,       /* another casus holds the write lock */
	CASUS_ERROR = 5,      /* internal/SQLite error: see db_errmsg() */
	CASUS_DISK = 6        /* the file or disk: full, read-only, damaged,
			       * unreadable (the user's environment, not a bug) */
};

/* Statement cache slots (db_cached), by owner. */
#define DB_STMT_SLOTS 96
enum {
	DB_SLOT_STORE = 0,      /* 0..55  src/core/store.c */
	DB_SLOT_TX = 56,        /* 56..61 transaction statements, db.c */
	DB_SLOT_DEMO = 64,      /* 64..83 src/core/demo.c */
	DB_SLOT_IMPORT = 84,    /* 84..93 src/core/import.c */
	DB_SLOT_CASELOAD = 94   /* 94..95 src/core/caseload.c */
};

typedef struct casus_db {
	sqlite3 *sql;
	char *path;           /* owned */
	char *user;           /* who is recorded in the audit: setting
			       * "consultant" or $USER; owned */
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
	sqlite3_stmt *stmt[DB_STMT_SLOTS]; /* cache of db_cached(); owned */
	char errmsg[512];     /* last Dutch error message */
} casus_db;

/* DB_OPEN_ANYSCHEMA: open a file whose schema differs from the
 * migrations' (for `casus integriteit`, which reports the differences);
 * without it such a file is refused as damaged. */
/* DB_OPEN_READS: the caller only reads (zoek, toon, signalen, controle,
 * integriteit, backup).  A file the user may write is opened as usual
 * (schema upgrade, WAL mode and a pending erasure are finished: upkeep,
 * not a change of data); a file the user may not write (no write
 * permission, read-only medium, a directory where the -wal/-shm files
 * cannot be made) is opened read-only, and nothing is attempted that would
 * write to it. */
enum { DB_OPEN_READONLY = 1, DB_OPEN_NOCREATE = 2, DB_OPEN_MEMORY = 4, DB_OPEN_ANYSCHEMA = 8,
       DB_OPEN_READS = 16 };

/* The default file: $CASUS_DB, else $XDG_DATA_HOME/casus/casus.db, else
 * ~/.local/share/casus/casus.db.  Caller frees. */
char *db_default_path(void);

/* Open (creating with mode 0600 in a 0700 directory when needed), apply
 * missing migrations in one transaction, set foreign keys, WAL and busy
 * timeout.  path ":memory:" opens an in-memory database.  On failure
 * returns NULL and, if errmsg is non-NULL, a Dutch message (caller frees). */
casus_db *db_open(const char *path, int flags, char **errmsg);
void db_close(casus_db *db);

/* Page cache in KiB for one big transaction (import, demo): dflt, or
 * $CASUS_CACHE_KB when set (tests make the transaction spill with it). */
int db_cache_kib(int dflt);

/* Compare the schema of the open file (tables with their columns,
 * indexes, triggers, views) with what the migrations make.  *diffs gets
 * one Dutch line per difference (caller frees each and the array).
 * Returns CASUS_OK (also with differences) or an error. */
int db_schema_diff(casus_db *db, char ***diffs, size_t *ndiffs);

/* The schema version this binary knows (number of migrations). */
int db_schema_version(void);

/* Transactions.  When SQLite rolls an open transaction back by itself
 * (SQLITE_FULL, IOERR, NOMEM...), the transaction is lost: from then on a
 * nested db_tx_begin and every commit fail with the cause's message, a
 * statement that would commit on its own (autocommit) is refused, and the
 * owner of the outermost level learns it from db_tx_commit (or from
 * db_tx_lost) and ends it. */
int db_tx_begin(casus_db *db);
int db_tx_commit(casus_db *db);
int db_tx_rollback(casus_db *db);
/* Non-zero when a transaction of casus is open but SQLite has rolled it
 * back on its own; db_errmsg() then tells why.  Loops over many saves
 * stop on it. */
int db_tx_lost(casus_db *db);

/* Last error as Dutch text (never NULL). */
const char *db_errmsg(const casus_db *db);
/* Record an error from SQLite rc; maps BUSY/LOCKED to CASUS_BUSY with a
 * Dutch message; returns the CASUS_* code. */
int db_fail(casus_db *db, int sqlite_rc, const char *what);

/* Settings (table setting).  Returned strings are owned by the caller. */
char *db_setting_get(casus_db *db, const char *key);
int db_setting_set(casus_db *db, const char *key, const char *value);
int db_setting_int(casus_db *db, const char *key, int dflt);

/* Prepare with error reporting; returns SQLITE_OK or an sqlite rc. */
int db_prepare(casus_db *db, const char *sql, sqlite3_stmt **st);
/* A prepared statement kept for the life of the connection, for hot
 * paths (store writes, demo, import).  Slots are numbered by the caller
 * (store.c owns 0..63, others 64..); the statement comes back reset with
 * its bindings cleared.  Do not finalize it.  Returns SQLITE_OK or an rc. */
int db_cached(casus_db *db, int slot, const char *sql, sqlite3_stmt **st);

/* Run SQL without parameters or results. */
int db_exec(casus_db *db, const char *sql);

/* Warn (Dutch text, caller frees) when the file or its directory can be
 * read by others; NULL when private. */
char *db_permission_warning(const char *path);

#endif
