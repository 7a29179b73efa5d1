/* db.c - opening the SQLite store, migrations, transactions, settings. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "db.h"
#include "privacy.h"
#include "record.h"
#include "util.h"

/* Generated from db/NNN-*.sql by tools/sql2c.sh. */
extern const char *const casus_migrations[];
extern const int casus_migration_count;

#define DB_BUSY_TIMEOUT_MS 5000

int db_cache_kib(int dflt)
{
	/* CASUS_CACHE_KB shrinks the page cache of the big transactions in
	 * tests, so that they spill to the file mid-transaction */
	const char *env = getenv("CASUS_CACHE_KB");
	int kib = env && *env ? atoi(env) : 0;

	return kib > 0 ? kib : dflt;
}

int db_schema_version(void)
{
	return casus_migration_count;
}

/* --- the schema against the migrations ------------------------------------ */

typedef struct {
	char *type, *name, *sql;  /* sql normalised: runs of white space as one */
} schema_obj;

static char *db_norm_sql(const char *sql)
{
	char *out = xmalloc(strlen(sql ? sql : "") + 1), *o = out;
	int space = 0;

	for (const char *p = sql ? sql : ""; *p; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			space = 1;
			continue;
		}
		if (space && o > out)
			*o++ = ' ';
		space = 0;
		*o++ = *p;
	}
	*o = '\0';
	return out;
}

/* The objects of the main schema, by name (SQLite's own excluded). */
static int db_schema_read(sqlite3 *sql, schema_obj **objs, size_t *n)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int rc;

	*objs = NULL;
	*n = 0;
	rc = sqlite3_prepare_v2(sql, "SELECT type, name, sql FROM main.sqlite_schema "
				"WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name", -1, &st, NULL);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 64;
			*objs = xrealloc(*objs, cap * sizeof **objs);
		}
		(*objs)[*n].type = xstrdup((const char *)sqlite3_column_text(st, 0));
		(*objs)[*n].name = xstrdup((const char *)sqlite3_column_text(st, 1));
		(*objs)[*n].sql = db_norm_sql((const char *)sqlite3_column_text(st, 2));
		(*n)++;
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE || rc == SQLITE_OK ? SQLITE_OK : rc;
}

static void db_schema_free(schema_obj *objs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(objs[i].type);
		free(objs[i].name);
		free(objs[i].sql);
	}
	free(objs);
}

/* What the migrations make, computed once per process on an in-memory
 * database. */
static schema_obj *expected_objs;
static size_t expected_n;
static int expected_done;

static int db_schema_expected(void)
{
	sqlite3 *mem = NULL;
	int rc;

	if (expected_done)
		return expected_objs ? 0 : -1;
	expected_done = 1;
	rc = sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, NULL);
	for (int i = 0; rc == SQLITE_OK && i < casus_migration_count; i++)
		rc = sqlite3_exec(mem, casus_migrations[i], NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = record_audit_apply(mem);
	if (rc == SQLITE_OK)
		rc = db_schema_read(mem, &expected_objs, &expected_n);
	sqlite3_close(mem);
	return rc == SQLITE_OK && expected_objs ? 0 : -1;
}

static const char *db_type_nl(const char *type)
{
	if (strcmp(type, "table") == 0)
		return "tabel";
	if (strcmp(type, "index") == 0)
		return "index";
	if (strcmp(type, "trigger") == 0)
		return "trigger";
	if (strcmp(type, "view") == 0)
		return "view";
	return type;
}

int db_schema_diff(casus_db *db, char ***diffs, size_t *ndiffs)
{
	schema_obj *have = NULL;
	size_t nhave = 0, i = 0, j = 0, cap = 0;
	int rc;

	*diffs = NULL;
	*ndiffs = 0;
	if (db_schema_expected() != 0) {
		snprintf(db->errmsg, sizeof db->errmsg, "Het verwachte databaseschema kan niet worden opgebouwd.");
		return CASUS_ERROR;
	}
	rc = db_schema_read(db->sql, &have, &nhave);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "lezen van het databaseschema");
#define DIFF(...) do { \
		if (*ndiffs == cap) { \
			cap = cap ? 2 * cap : 16; \
			*diffs = xrealloc(*diffs, cap * sizeof **diffs); \
		} \
		(*diffs)[(*ndiffs)++] = xasprintf(__VA_ARGS__); \
	} while (0)
	while (i < expected_n || j < nhave) {
		int c = i == expected_n ? 1 : j == nhave ? -1 : strcmp(expected_objs[i].name, have[j].name);

		if (c < 0) {
			DIFF("%s %s ontbreekt", db_type_nl(expected_objs[i].type), expected_objs[i].name);
			i++;
		} else if (c > 0) {
			DIFF("%s %s hoort niet bij casus", db_type_nl(have[j].type), have[j].name);
			j++;
		} else {
			if (strcmp(expected_objs[i].type, have[j].type) != 0)
				DIFF("%s is een %s, maar hoort een %s te zijn", have[j].name,
				     db_type_nl(have[j].type), db_type_nl(expected_objs[i].type));
			else if (strcmp(expected_objs[i].sql, have[j].sql) != 0)
				DIFF("%s %s is gewijzigd (kolommen of definitie wijken af)",
				     db_type_nl(have[j].type), have[j].name);
			i++;
			j++;
		}
	}
#undef DIFF
	db_schema_free(have, nhave);
	return CASUS_OK;
}

/* The full comparison costs about 37 million instructions (parsing the
 * migrations), 70% of a `casus zoek`.  SQLite bumps the file's schema
 * cookie (PRAGMA schema_version) on every change of the schema, so the
 * cookie of a file whose schema was found right is kept in the setting
 * below; while the cookie is unchanged the schema is too, and the open
 * skips the comparison.  `integriteit` always compares in full. */
#define DB_SCHEMA_SETTING "schema.cookie"

static int db_schema_cookie(casus_db *db)
{
	sqlite3_stmt *st = NULL;
	int cookie = -1;

	if (db_prepare(db, "PRAGMA schema_version", &st) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		cookie = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return cookie;
}

static int db_schema_unchanged(casus_db *db)
{
	int cookie = db_schema_cookie(db);
	int known = db_setting_int(db, DB_SCHEMA_SETTING, -2);

	return cookie >= 0 && cookie == known;
}

static void db_schema_remember(casus_db *db)
{
	char v[16];

	snprintf(v, sizeof v, "%d", db_schema_cookie(db));
	/* upkeep: when another casus holds the lock, the next open retries */
	db_setting_set(db, DB_SCHEMA_SETTING, v);
}

char *db_default_path(void)
{
	const char *env = getenv("CASUS_DB");
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");

	if (env && *env)
		return xstrdup(env);
	if (xdg && *xdg == '/')
		return xasprintf("%s/casus/casus.db", xdg);
	return xasprintf("%s/.local/share/casus/casus.db", home && *home ? home : ".");
}

/* Create every missing directory of path's parent with mode 0700. */
static int db_make_parent(const char *path, char *err, size_t errsz)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	int rc = 0;

	if (!slash || slash == dir) {
		free(dir);
		return 0;
	}
	*slash = '\0';
	for (char *p = dir + 1; ; p++) {
		if (*p == '/' || *p == '\0') {
			char c = *p;
			*p = '\0';
			if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
				snprintf(err, errsz, "Kan de map %s niet maken: %s", dir, strerror(errno));
				rc = -1;
				break;
			}
			*p = c;
			if (c == '\0')
				break;
		}
	}
	free(dir);
	return rc;
}

/* A commit while casus holds a transaction open, other than its own
 * COMMIT, is a statement committing on its own after SQLite rolled that
 * transaction back: refuse it, so nothing is saved piecemeal. */
static int db_commit_hook(void *arg)
{
	casus_db *db = arg;

	return db->tx_depth > 0 && !db->tx_committing;
}

static void db_fn_user(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	casus_db *db = sqlite3_user_data(ctx);

	sqlite3_result_text(ctx, db->user ? db->user : "onbekend", -1, SQLITE_TRANSIENT);
}

static void db_fn_now(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *env = getenv("CASUS_NOW");
	char buf[32];
	time_t t;
	struct tm tm;

	if (env && *env) {
		sqlite3_result_text(ctx, env, -1, SQLITE_TRANSIENT);
		return;
	}
	t = time(NULL);
	localtime_r(&t, &tm);
	strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
	sqlite3_result_text(ctx, buf, -1, SQLITE_TRANSIENT);
}

int db_prepare(casus_db *db, const char *sql, sqlite3_stmt **st)
{
	int rc = sqlite3_prepare_v2(db->sql, sql, -1, st, NULL);

	if (rc != SQLITE_OK)
		db_fail(db, rc, "voorbereiden");
	return rc;
}

int db_exec(casus_db *db, const char *sql)
{
	char *msg = NULL;
	int rc = sqlite3_exec(db->sql, sql, NULL, NULL, &msg);

	if (rc != SQLITE_OK)
		db_fail(db, rc, msg ? msg : "uitvoeren");
	sqlite3_free(msg);
	return rc;
}

const char *db_errmsg(const casus_db *db)
{
	return db->errmsg[0] ? db->errmsg : "onbekende fout";
}

/* Record that SQLite ended the open transaction on its own (the message of
 * the failure that did it is in db->errmsg when cause is set).  Returns
 * non-zero when the transaction is lost. */
static int db_tx_check(casus_db *db, int cause_rc)
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
static int db_tx_lost_fail(casus_db *db)
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

static int db_fail_code(casus_db *db, int sqlite_rc, const char *what);

int db_fail(casus_db *db, int sqlite_rc, const char *what)
{
	int r;

	if (db->tx_lost)        /* everything after the loss fails with its cause */
		return db_tx_lost_fail(db);
	r = db_fail_code(db, sqlite_rc, what);
	if (db_tx_check(db, r))
		return db_tx_lost_fail(db);
	return r;
}

static int db_fail_code(casus_db *db, int sqlite_rc, const char *what)
{
	int prim = sqlite_rc & 0xff;

	switch (prim) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		snprintf(db->errmsg, sizeof db->errmsg,
			 "De database is bezet: een ander casus-venster of -commando schrijft op dit moment. Probeer het zo opnieuw.");
		return CASUS_BUSY;
	case SQLITE_FULL:
		snprintf(db->errmsg, sizeof db->errmsg,
			 "De schijf is vol: de wijziging is niet opgeslagen.");
		return CASUS_DISK;
	case SQLITE_NOMEM:
		snprintf(db->errmsg, sizeof db->errmsg,
			 "Onvoldoende geheugen: de wijziging is niet opgeslagen.");
		return CASUS_ERROR;
	case SQLITE_INTERRUPT:
		snprintf(db->errmsg, sizeof db->errmsg,
			 "De bewerking is onderbroken: de wijziging is niet opgeslagen.");
		return CASUS_ERROR;
	case SQLITE_READONLY:
		snprintf(db->errmsg, sizeof db->errmsg,
			 "De database is alleen-lezen: de wijziging is niet opgeslagen.");
		return CASUS_DISK;
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		snprintf(db->errmsg, sizeof db->errmsg,
			 "Het databasebestand is beschadigd of geen casus-database.");
		return CASUS_DISK;
	case SQLITE_CANTOPEN:
		snprintf(db->errmsg, sizeof db->errmsg,
			 "Het databasebestand kan niet worden geopend (%s).",
			 db->sql && sqlite3_system_errno(db->sql) ? strerror(sqlite3_system_errno(db->sql)) : "geen toegang");
		return CASUS_DISK;
	case SQLITE_IOERR: {
		int err = db->sql ? sqlite3_system_errno(db->sql) : 0;

		if (err == ENOSPC || err == EFBIG || err == EDQUOT)
			snprintf(db->errmsg, sizeof db->errmsg,
				 "De schijf is vol (of de maximale bestandsgrootte is bereikt): de wijziging is niet opgeslagen.");
		else if (sqlite_rc == SQLITE_IOERR_READ || sqlite_rc == SQLITE_IOERR_SHORT_READ)
			snprintf(db->errmsg, sizeof db->errmsg,
				 "Leesfout op het databasebestand (%s).",
				 err ? strerror(err) : sqlite3_errstr(sqlite_rc));
		else
			snprintf(db->errmsg, sizeof db->errmsg,
				 "Schrijffout op het databasebestand (%s): is de schijf vol? De wijziging is niet opgeslagen.",
				 err ? strerror(err) : sqlite3_errstr(sqlite_rc));
		return CASUS_DISK;
	}
	default:
		snprintf(db->errmsg, sizeof db->errmsg, "Databasefout bij %s: %s",
			 what, db->sql ? sqlite3_errmsg(db->sql) : sqlite3_errstr(sqlite_rc));
		return CASUS_ERROR;
	}
}

static int db_user_version(casus_db *db, int *version)
{
	sqlite3_stmt *st = NULL;
	int rc = db_prepare(db, "PRAGMA user_version", &st);

	if (rc != SQLITE_OK)
		goto out;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*version = sqlite3_column_int(st, 0);
		rc = SQLITE_OK;
	} else {
		db_fail(db, rc, "lezen van de schemaversie");
	}
out:
	sqlite3_finalize(st);
	return rc;
}

/* A schema version this binary cannot work on: newer, or not a version at
 * all (negative: damaged or foreign).  Sets the message. */
static int db_version_refused(casus_db *db, int version)
{
	if (version < 0) {
		snprintf(db->errmsg, sizeof db->errmsg,
			 "%s heeft een onbekende schemaversie (%d): het is beschadigd of geen casus-database. Het bestand is niet gewijzigd.",
			 db->path, version);
		return 1;
	}
	if (version > casus_migration_count) {
		snprintf(db->errmsg, sizeof db->errmsg,
			 "Dit bestand is gemaakt door een nieuwere versie van casus (schema %d; deze versie kent schema %d). Werk casus bij; het bestand is niet gewijzigd.",
			 version, casus_migration_count);
		return 1;
	}
	return 0;
}

/* Apply the missing migrations in one transaction. */
static int db_migrate(casus_db *db, int readonly)
{
	int version = 0, rc;
	char pragma[64];

	rc = db_user_version(db, &version);
	if (rc != SQLITE_OK)
		return -1;
	if (db_version_refused(db, version))
		return -1;
	if (version == casus_migration_count)
		return 0;
	if (readonly) {
		snprintf(db->errmsg, sizeof db->errmsg,
			 "Het databasebestand heeft een oudere schemaversie (%d) en is alleen-lezen geopend.", version);
		return -1;
	}
	if (db_exec(db, "BEGIN IMMEDIATE") != SQLITE_OK)
		return -1;
	if (version == 0) {
		/* a non-empty file without our schema is not ours */
		sqlite3_stmt *st = NULL;
		int foreign = 0;

		if (db_prepare(db, "SELECT count(*) FROM sqlite_master", &st) == SQLITE_OK &&
		    sqlite3_step(st) == SQLITE_ROW)
			foreign = sqlite3_column_int(st, 0) > 0;
		sqlite3_finalize(st);
		if (foreign) {
			snprintf(db->errmsg, sizeof db->errmsg,
				 "Dit bestand is een SQLite-database, maar geen casus-database. Het is niet gewijzigd.");
			db_exec(db, "ROLLBACK");
			return -1;
		}
	}
	for (int i = version; i < casus_migration_count; i++) {
		if (db_exec(db, casus_migrations[i]) != SQLITE_OK) {
			char msg[400];

			snprintf(msg, sizeof msg, "%.399s", db->errmsg);
			snprintf(db->errmsg, sizeof db->errmsg, "Bijwerken van het databaseschema (stap %d) mislukt: %s", i + 1, msg);
			sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
			return -1;
		}
	}
	if (record_audit_apply(db->sql) != SQLITE_OK) {
		snprintf(db->errmsg, sizeof db->errmsg, "Bijwerken van het databaseschema (audit) mislukt: %s",
			 sqlite3_errmsg(db->sql));
		sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", casus_migration_count);
	if (db_exec(db, pragma) != SQLITE_OK || db_exec(db, "COMMIT") != SQLITE_OK) {
		sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}

static void db_set_user(casus_db *db)
{
	char *login = db_setting_get(db, "consultant");
	const char *env = getenv("USER");

	free(db->user);
	if (login && *login)
		db->user = login;
	else {
		free(login);
		db->user = xstrdup(env && *env ? env : "onbekend");
	}
}

/* What kind of thing a non-regular file is, for the message. */
static const char *db_file_kind(mode_t m)
{
	if (S_ISFIFO(m))
		return "een named pipe (FIFO)";
	if (S_ISCHR(m))
		return "een apparaat (character device)";
	if (S_ISBLK(m))
		return "een apparaat (block device)";
	if (S_ISSOCK(m))
		return "een socket";
	return "geen gewoon bestand";
}

/* Non-zero when path-wal exists and is not empty (a database whose main
 * file is still empty may live in its WAL). */
static int db_has_wal(const char *path)
{
	char *wal = xasprintf("%s-wal", path);
	struct stat sb;
	int has = stat(wal, &sb) == 0 && sb.st_size > 0;

	free(wal);
	return has;
}

/* May this process write the database file and make its -wal and -shm
 * files beside it?  (access() asks with the real user's rights, as casus
 * is never set-uid; a read-only mount answers EROFS.)  A missing -wal or
 * -shm that cannot be created makes the file as good as read-only. */
static int db_writable(const char *path)
{
	char *real = realpath(path, NULL), *dir, *slash;
	int ok;

	if (!real)
		return 0;
	ok = access(real, W_OK) == 0;
	dir = xstrdup(real);
	slash = strrchr(dir, '/');
	if (slash)
		*(slash == dir ? slash + 1 : slash) = '\0';
	if (ok && access(dir, W_OK) != 0) {
		/* the directory is closed: only existing, writable side files do */
		char *wal = xasprintf("%s-wal", real), *shm = xasprintf("%s-shm", real);

		ok = access(wal, W_OK) == 0 && access(shm, W_OK) == 0;
		free(wal);
		free(shm);
	}
	free(dir);
	free(real);
	return ok;
}

/* Before SQLite sees path: only a regular file that starts as an SQLite
 * database is opened; only a missing file is created (mode 0600, in 0700
 * directories; *created is set).  An existing empty file is refused: it
 * is not known to be meant as a new database. */
static int db_check_file(casus_db *db, const char *path, int flags, int *created)
{
	struct stat sb, lsb;
	char head[16];
	ssize_t got;
	int fd;

	if (stat(path, &sb) != 0) {
		if (errno == ENOENT && lstat(path, &lsb) == 0 && S_ISLNK(lsb.st_mode)) {
			char target[256];
			ssize_t n = readlink(path, target, sizeof target - 1);

			target[n > 0 ? n : 0] = '\0';
			snprintf(db->errmsg, sizeof db->errmsg,
				 "%s is een symbolische koppeling naar %s, maar dat bestand bestaat niet. "
				 "Herstel de koppeling of verwijder haar; casus maakt geen database via een koppeling.",
				 path, n > 0 ? target : "(onleesbaar)");
			return -1;
		}
		if (errno != ENOENT) {
			snprintf(db->errmsg, sizeof db->errmsg, "Kan %s niet openen: %s", path, strerror(errno));
			return -1;
		}
		if ((flags & DB_OPEN_NOCREATE) || (flags & DB_OPEN_READONLY)) {
			snprintf(db->errmsg, sizeof db->errmsg, "Het databasebestand %s bestaat niet.", path);
			return -1;
		}
		if (db_make_parent(path, db->errmsg, sizeof db->errmsg) != 0)
			return -1;
		/* create the file private before SQLite touches it; SQLite gives
		 * its -wal and -shm files the same mode */
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0) {
			snprintf(db->errmsg, sizeof db->errmsg, "Kan %s niet aanmaken: %s", path, strerror(errno));
			return -1;
		}
		fchmod(fd, 0600);
		close(fd);
		*created = 1;
		return 0;
	}
	if (S_ISDIR(sb.st_mode)) {
		snprintf(db->errmsg, sizeof db->errmsg, "%s is een map, geen databasebestand.", path);
		return -1;
	}
	if (!S_ISREG(sb.st_mode)) {
		snprintf(db->errmsg, sizeof db->errmsg,
			 "%s is %s, geen databasebestand. Geef met --db een gewoon bestand op.",
			 path, db_file_kind(sb.st_mode));
		return -1;
	}
	if (sb.st_size == 0) {
		if (db_has_wal(path))
			return 0;
		snprintf(db->errmsg, sizeof db->errmsg,
			 "Het bestand %s is leeg. casus maakt alleen een nieuwe database als het bestand nog niet bestaat: "
			 "verwijder het lege bestand (rm %s) of kies een andere naam.", path, path);
		return -1;
	}
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(db->errmsg, sizeof db->errmsg, "Kan %s niet openen: %s", path, strerror(errno));
		return -1;
	}
	got = read(fd, head, sizeof head);
	close(fd);
	if (got != (ssize_t)sizeof head || memcmp(head, "SQLite format 3", 16) != 0) {
		snprintf(db->errmsg, sizeof db->errmsg,
			 "%s is geen (onbeschadigde) casus-database. Het bestand is niet gewijzigd.", path);
		return -1;
	}
	return 0;
}

casus_db *db_open(const char *path, int flags, char **errmsg)
{
	casus_db *db = xcalloc(1, sizeof *db);
	int memory = (flags & DB_OPEN_MEMORY) || strcmp(path, ":memory:") == 0;
	int readonly = flags & DB_OPEN_READONLY;
	int oflags, rc, busy_ms, created = 0;

	db->path = xstrdup(memory ? ":memory:" : path);
	if (!memory && db_check_file(db, path, flags, &created) != 0)
		goto fail;
	if (!memory && !readonly && (flags & DB_OPEN_READS) && !db_writable(path))
		readonly = 1;
	oflags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	if (memory)
		oflags |= SQLITE_OPEN_MEMORY;
	rc = sqlite3_open_v2(memory ? ":memory:" : path, &db->sql, oflags, NULL);
	if (rc != SQLITE_OK) {
		db_fail(db, rc, "openen");
		goto fail;
	}
	sqlite3_extended_result_codes(db->sql, 1);
	{
		/* CASUS_BUSY_TIMEOUT (ms) shortens the wait in tests */
		const char *bt = getenv("CASUS_BUSY_TIMEOUT");
		busy_ms = bt && *bt ? atoi(bt) : DB_BUSY_TIMEOUT_MS;
		sqlite3_busy_timeout(db->sql, busy_ms);
	}
	sqlite3_create_function(db->sql, "casus_user", 0, SQLITE_UTF8, db, db_fn_user, NULL, NULL);
	sqlite3_create_function(db->sql, "casus_now", 0, SQLITE_UTF8, NULL, db_fn_now, NULL, NULL);
	sqlite3_commit_hook(db->sql, db_commit_hook, db);
	db->user = xstrdup(getenv("USER") && *getenv("USER") ? getenv("USER") : "onbekend");

	/* The first real read tells whether this is an SQLite file at all. */
	rc = sqlite3_exec(db->sql, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
			snprintf(db->errmsg, sizeof db->errmsg,
				 "%s is geen (onbeschadigde) casus-database. Het bestand is niet gewijzigd.", path);
		else if (readonly && ((rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_CANTOPEN))
			/* WAL mode needs its -shm file, which a read-only
			 * directory cannot hold */
			snprintf(db->errmsg, sizeof db->errmsg,
				 "%s kan alleen gelezen worden, maar SQLite moet naast het bestand het hulpbestand %s-shm "
				 "kunnen maken en mag niet schrijven in die map. Kopieer de database naar een eigen map "
				 "(casus backup) en open die kopie.", path, path);
		else
			db_fail(db, rc, "openen");
		goto fail;
	}
	/* refuse a schema version we cannot handle before anything (WAL
	 * mode, migrations) writes to the file */
	{
		int version = 0;

		sqlite3_stmt *st = NULL;
		int foreign = 0;

		if (db_user_version(db, &version) != SQLITE_OK || db_version_refused(db, version))
			goto fail;
		if (version == 0 &&
		    db_prepare(db, "SELECT count(*) FROM sqlite_master", &st) == SQLITE_OK &&
		    sqlite3_step(st) == SQLITE_ROW)
			foreign = sqlite3_column_int(st, 0) > 0;
		sqlite3_finalize(st);
		if (foreign) {
			snprintf(db->errmsg, sizeof db->errmsg,
				 "%s is een SQLite-database, maar geen casus-database. Het is niet gewijzigd.", path);
			goto fail;
		}
	}
	if (db_exec(db, "PRAGMA foreign_keys = ON") != SQLITE_OK)
		goto fail;
	if (!memory && !readonly) {
		/* deletes overwrite the deleted bytes (erasure, privacy.c) */
		if (db_exec(db, "PRAGMA journal_mode = WAL") != SQLITE_OK ||
		    db_exec(db, "PRAGMA synchronous = FULL") != SQLITE_OK ||
		    db_exec(db, "PRAGMA secure_delete = ON") != SQLITE_OK)
			goto fail;
	}
	if (db_migrate(db, readonly) != 0) {
		if (readonly && (flags & DB_OPEN_READS))
			snprintf(db->errmsg, sizeof db->errmsg,
				 "%s heeft een oudere schemaversie en u mag het bestand niet wijzigen, dus casus kan het "
				 "niet bijwerken. Open het eenmaal met schrijfrechten (of vraag de eigenaar dat te doen).", path);
		goto fail;
	}
	if (!(flags & DB_OPEN_ANYSCHEMA) && !db_schema_unchanged(db)) {
		/* a table, index or trigger missing, changed or added: the file
		 * is damaged (or tampered with); casus would fail on it in
		 * SQLite's words, or run foreign triggers */
		char **diffs = NULL;
		size_t n = 0;

		if (db_schema_diff(db, &diffs, &n) != CASUS_OK)
			goto fail;
		if (n == 0 && !readonly) {
			sqlite3_busy_timeout(db->sql, 0);
			db_schema_remember(db);
			sqlite3_busy_timeout(db->sql, busy_ms);
		}
		if (n > 0)
			snprintf(db->errmsg, sizeof db->errmsg,
				 "%s is beschadigd: het databaseschema klopt niet (%s%s). "
				 "Zie 'casus integriteit' en zet een reservekopie terug; het bestand is niet gewijzigd.",
				 path, diffs[0], n > 1 ? ", en meer" : "");
		for (size_t k = 0; k < n; k++)
			free(diffs[k]);
		free(diffs);
		if (n > 0)
			goto fail;
	}
	db_set_user(db);
	if (!memory && !readonly) {
		/* finish an erasure another connection blocked, without waiting */
		sqlite3_busy_timeout(db->sql, 0);
		privacy_finish_pending(db);
		sqlite3_busy_timeout(db->sql, busy_ms);
	}
	return db;

fail:
	if (errmsg)
		*errmsg = xstrdup(db->errmsg[0] ? db->errmsg : "De database kan niet worden geopend.");
	db_close(db);
	if (created) {
		/* a file this call created and could not make a database of
		 * (disk full...) would be refused as empty next time */
		char *side = xasprintf("%s-wal", path);

		unlink(side);
		free(side);
		side = xasprintf("%s-shm", path);
		unlink(side);
		free(side);
		unlink(path);
	}
	return NULL;
}

int db_cached(casus_db *db, int slot, const char *sql, sqlite3_stmt **st)
{
	int rc;

	if (slot < 0 || slot >= DB_STMT_SLOTS)
		return db_prepare(db, sql, st);
	if (db->stmt[slot]) {
		sqlite3_reset(db->stmt[slot]);
		sqlite3_clear_bindings(db->stmt[slot]);
		*st = db->stmt[slot];
		return SQLITE_OK;
	}
	rc = sqlite3_prepare_v3(db->sql, sql, -1, SQLITE_PREPARE_PERSISTENT, &db->stmt[slot], NULL);
	if (rc != SQLITE_OK) {
		db_fail(db, rc, "voorbereiden");
		db->stmt[slot] = NULL;
	}
	*st = db->stmt[slot];
	return rc;
}

void db_close(casus_db *db)
{
	if (!db)
		return;
	for (int i = 0; i < DB_STMT_SLOTS; i++)
		sqlite3_finalize(db->stmt[i]);
	if (db->sql)
		sqlite3_close_v2(db->sql);
	free(db->path);
	free(db->user);
	free(db);
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
	int rc = db_cached(db, DB_SLOT_TX + which, tx_sql[which], &st);

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

int db_tx_begin(casus_db *db)
{
	int rc;

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

char *db_setting_get(casus_db *db, const char *key)
{
	sqlite3_stmt *st = NULL;
	char *val = NULL;

	if (db_prepare(db, "SELECT value FROM setting WHERE key = ?", &st) != SQLITE_OK)
		goto out;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		val = xstrdup((const char *)sqlite3_column_text(st, 0));
out:
	sqlite3_finalize(st);
	return val;
}

int db_setting_set(casus_db *db, const char *key, const char *value)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if ((rc = db_tx_begin(db)) != CASUS_OK)
		return rc;
	if (db_prepare(db, "INSERT INTO setting(key, value) VALUES (?, ?) "
			   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", &st) != SQLITE_OK) {
		rc = CASUS_ERROR;
		goto out;
	}
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	rc = rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "opslaan van een instelling");
out:
	sqlite3_finalize(st);
	if (rc == CASUS_OK)
		rc = db_tx_commit(db);
	else
		db_tx_rollback(db);
	if (rc == CASUS_OK && strcmp(key, "consultant") == 0)
		db_set_user(db);
	return rc;
}

int db_setting_int(casus_db *db, const char *key, int dflt)
{
	char *v = db_setting_get(db, key), *end;
	long n;

	if (!v)
		return dflt;
	n = strtol(v, &end, 10);
	if (end == v || *end != '\0')
		n = dflt;
	free(v);
	return (int)n;
}

char *db_permission_warning(const char *path)
{
	struct stat sb;
	char *dir, *slash;
	char *msg = NULL;

	if (!path || strcmp(path, ":memory:") == 0)
		return NULL;
	if (stat(path, &sb) == 0 && (sb.st_mode & 0077))
		return xasprintf("Waarschuwing: het databasebestand %s is leesbaar voor andere gebruikers "
				 "(rechten %03o). Herstel met: chmod 600 %s", path,
				 (unsigned)(sb.st_mode & 0777), path);
	/* the -wal and -shm files are made next to the real file: through a
	 * symbolic link that is the target's directory */
	dir = realpath(path, NULL);
	if (!dir)
		dir = xstrdup(path);
	slash = strrchr(dir, '/');
	if (slash && slash != dir) {
		*slash = '\0';
		if (stat(dir, &sb) == 0 && (sb.st_mode & 0077) && !(sb.st_mode & S_ISVTX) &&
		    strcmp(dir, "/tmp") != 0)
			msg = xasprintf("Waarschuwing: de map %s van de database is toegankelijk voor andere "
					"gebruikers (rechten %03o). Herstel met: chmod 700 %s", dir,
					(unsigned)(sb.st_mode & 0777), dir);
	}
	free(dir);
	return msg;
}
