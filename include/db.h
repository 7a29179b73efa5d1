/* db.h - the SQLite store: opening (with migrations), transactions,
 * settings.  Part of the core library.
 *
 * Every write goes through db_tx_begin()/db_tx_commit() (or _rollback):
 * the outermost level is BEGIN IMMEDIATE, inner levels are SAVEPOINTs, so a
 * store function is one transaction on its own and part of the caller's
 * transaction inside an import. */
#ifndef CASUS_DB_H
#define CASUS_DB_H

#include <stddef.h>
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

/* A connection to the store.  Opaque: only the core's own files see
 * inside (src/core/db_int.h). */
typedef struct casus_db casus_db;

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

/* The file the connection is open on (":memory:" for an in-memory
 * database) and the user the audit records; owned by db. */
const char *db_path(const casus_db *db);
const char *db_user(const casus_db *db);

/* Settings (table setting).  Returned strings are owned by the caller. */
char *db_setting_get(casus_db *db, const char *key);
int db_setting_set(casus_db *db, const char *key, const char *value);
/* Removes the setting; CASUS_OK also when there was none. */
int db_setting_delete(casus_db *db, const char *key);
int db_setting_int(casus_db *db, const char *key, int dflt);

/* Warn (Dutch text, caller frees) when the file or its directory can be
 * read by others; NULL when private. */
char *db_permission_warning(const char *path);

#endif
