/* db_int.h - inside the store's connection: for the core's own files
 * only (src/core/db*.c and the modules that run SQL).  Nothing outside
 * src/core includes it; the interfaces see casus_db as an opaque type
 * (include/db.h). */
#ifndef CASUS_DB_INT_H
#define CASUS_DB_INT_H

#include <sqlite3.h>

#include "db.h"

/* Statement cache slots (db_cached), by owner. */
#define DB_STMT_SLOTS 96
enum {
	DB_SLOT_STORE = 0,      /* 0..55  src/core/store.c */
	DB_SLOT_TX = 56,        /* 56..61 transaction statements, db.c */
	DB_SLOT_DEMO = 64,      /* 64..83 src/core/demo.c */
	DB_SLOT_IMPORT = 84,    /* 84..93 src/core/import.c */
	DB_SLOT_CASELOAD = 94   /* 94..95 src/core/caseload.c */
};

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
	sqlite3_stmt *stmt[DB_STMT_SLOTS]; /* cache of db_cached(); owned */
	char errmsg[512];     /* last Dutch error message */
};

/* Prepare with error reporting; returns SQLITE_OK or an sqlite rc. */
int db_prepare(casus_db *db, const char *sql, sqlite3_stmt **st);
/* A prepared statement kept for the life of the connection, for hot
 * paths (store writes, demo, import).  Slots are numbered by the caller
 * (store.c owns 0..63, others 64..); the statement comes back reset with
 * its bindings cleared.  Do not finalize it.  Returns SQLITE_OK or an rc. */
int db_cached(casus_db *db, int slot, const char *sql, sqlite3_stmt **st);

/* --- between the files of the store (db*.c) ------------------------------ */

/* db_tx.c: has SQLite ended the open transaction on its own?  Records it
 * (cause_rc >= 0: with the message in db->errmsg); non-zero when lost. */
int db_tx_check(casus_db *db, int cause_rc);
/* db_tx.c: the failure of a lost transaction, as the caller's result. */
int db_tx_lost_fail(casus_db *db);
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
