/* db_open.c - opening the store: the checks of the file before SQLite
 * sees it, the connection and its settings, closing. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "db_int.h"
#include "util.h"

#define DB_BUSY_TIMEOUT_MS 5000

int db_cache_kib(int dflt)
{
	/* CASUS_CACHE_KB shrinks the page cache of the big transactions in
	 * tests, so that they spill to the file mid-transaction */
	const char *env = getenv("CASUS_CACHE_KB");
	int kib = env && *env ? atoi(env) : 0;

	return kib > 0 ? kib : dflt;
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

void db_set_user(casus_db *db)
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

/* The SQLite connection with casus's functions, hook and busy timeout. */
static int db_connect(casus_db *db, const char *path)
{
	/* one connection per process, used by one thread: no mutex per
	 * call (the "multi-thread" mode of SQLite's threading modes) */
	int oflags = (db->readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
		SQLITE_OPEN_NOMUTEX;
	const char *bt = getenv("CASUS_BUSY_TIMEOUT");
	int rc;

	if (db->memory)
		oflags |= SQLITE_OPEN_MEMORY;
	rc = sqlite3_open_v2(db->memory ? ":memory:" : path, &db->sql, oflags, NULL);
	if (rc != SQLITE_OK) {
		db_fail(db, rc, "openen");
		return -1;
	}
	sqlite3_extended_result_codes(db->sql, 1);
	/* CASUS_BUSY_TIMEOUT (ms) shortens the wait in tests */
	db->busy_ms = bt && *bt ? atoi(bt) : DB_BUSY_TIMEOUT_MS;
	sqlite3_busy_timeout(db->sql, db->busy_ms);
	sqlite3_create_function(db->sql, "casus_user", 0, SQLITE_UTF8, db, db_fn_user, NULL, NULL);
	sqlite3_create_function(db->sql, "casus_now", 0, SQLITE_UTF8, NULL, db_fn_now, NULL, NULL);
	sqlite3_commit_hook(db->sql, db_commit_hook, db);
	db->user = xstrdup(getenv("USER") && *getenv("USER") ? getenv("USER") : "onbekend");
	return 0;
}

/* The first real read tells whether this is an SQLite file at all; then
 * refuse a schema version we cannot handle, or a foreign SQLite file,
 * before anything (WAL mode, migrations) writes to it. */
static int db_probe(casus_db *db, const char *path)
{
	sqlite3_stmt *st = NULL;
	int version = 0, foreign = 0;
	int rc = sqlite3_exec(db->sql, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);

	if (rc != SQLITE_OK) {
		if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
			snprintf(db->errmsg, sizeof db->errmsg,
				 "%s is geen (onbeschadigde) casus-database. Het bestand is niet gewijzigd.", path);
		else if (db->readonly && ((rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_CANTOPEN))
			/* WAL mode needs its -shm file, which a read-only
			 * directory cannot hold */
			snprintf(db->errmsg, sizeof db->errmsg,
				 "%s kan alleen gelezen worden, maar SQLite moet naast het bestand het hulpbestand %s-shm "
				 "kunnen maken en mag niet schrijven in die map. Kopieer de database naar een eigen map "
				 "(casus backup) en open die kopie.", path, path);
		else
			db_fail(db, rc, "openen");
		return -1;
	}
	if (db_user_version(db, &version) != SQLITE_OK || db_version_refused(db, version))
		return -1;
	if (version == 0 &&
	    db_prepare(db, "SELECT count(*) FROM sqlite_master", &st) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		foreign = sqlite3_column_int(st, 0) > 0;
	sqlite3_finalize(st);
	if (foreign) {
		snprintf(db->errmsg, sizeof db->errmsg,
			 "%s is een SQLite-database, maar geen casus-database. Het is niet gewijzigd.", path);
		return -1;
	}
	return 0;
}

/* A table, index or trigger missing, changed or added: the file is
 * damaged (or tampered with); casus would fail on it in SQLite's words, or
 * run foreign triggers.  Skipped while the schema cookie is unchanged. */
static int db_check_schema(casus_db *db, const char *path)
{
	char **diffs = NULL;
	size_t n = 0;

	if (db_schema_unchanged(db))
		return 0;
	if (db_schema_diff(db, &diffs, &n) != CASUS_OK)
		return -1;
	if (n == 0 && !db->readonly) {
		sqlite3_busy_timeout(db->sql, 0);
		db_schema_remember(db);
		sqlite3_busy_timeout(db->sql, db->busy_ms);
	}
	if (n > 0)
		snprintf(db->errmsg, sizeof db->errmsg,
			 "%s is beschadigd: het databaseschema klopt niet (%s%s). "
			 "Zie 'casus integriteit' en zet een reservekopie terug; het bestand is niet gewijzigd.",
			 path, diffs[0], n > 1 ? ", en meer" : "");
	for (size_t k = 0; k < n; k++)
		free(diffs[k]);
	free(diffs);
	return n > 0 ? -1 : 0;
}

/* The connection's settings and the schema: migrations, then the check. */
static int db_setup(casus_db *db, const char *path, int flags)
{
	if (db_exec(db, "PRAGMA foreign_keys = ON") != SQLITE_OK)
		return -1;
	if (!db->memory && !db->readonly) {
		/* deletes overwrite the deleted bytes (erasure, privacy.c) */
		if (db_exec(db, "PRAGMA synchronous = FULL") != SQLITE_OK ||
		    db_exec(db, "PRAGMA secure_delete = ON") != SQLITE_OK)
			return -1;
	}
	/* the schema first: a file whose update fails is left as it was, in
	 * its journal mode too (the switch to WAL writes the file header) */
	if (db_migrate(db, db->readonly) != 0) {
		if (db->readonly && (flags & DB_OPEN_READS))
			snprintf(db->errmsg, sizeof db->errmsg,
				 "%s heeft een oudere schemaversie en u mag het bestand niet wijzigen, dus casus kan het "
				 "niet bijwerken. Open het eenmaal met schrijfrechten (of vraag de eigenaar dat te doen).", path);
		return -1;
	}
	if (!db->memory && !db->readonly && db_exec(db, "PRAGMA journal_mode = WAL") != SQLITE_OK)
		return -1;
	if (!(flags & DB_OPEN_ANYSCHEMA) && db_check_schema(db, path) != 0)
		return -1;
	db_set_user(db);
	return 0;
}

/* A file this open created and could not make a database of (disk
 * full...) would be refused as empty next time: remove it. */
static void db_unlink_created(const char *path)
{
	char *side = xasprintf("%s-wal", path);

	unlink(side);
	free(side);
	side = xasprintf("%s-shm", path);
	unlink(side);
	free(side);
	unlink(path);
}

casus_db *db_open(const char *path, int flags, char **errmsg)
{
	casus_db *db = xcalloc(1, sizeof *db);
	int created = 0;

	db->memory = (flags & DB_OPEN_MEMORY) || strcmp(path, ":memory:") == 0;
	db->readonly = (flags & DB_OPEN_READONLY) != 0;
	db->path = xstrdup(db->memory ? ":memory:" : path);
	if (!db->memory && db_check_file(db, path, flags, &created) != 0)
		goto fail;
	if (!db->memory && !db->readonly && (flags & DB_OPEN_READS) && !db_writable(path))
		db->readonly = 1;
	if (db_connect(db, path) != 0 || db_probe(db, path) != 0 || db_setup(db, path, flags) != 0)
		goto fail;
	return db;

fail:
	if (errmsg)
		*errmsg = xstrdup(db->errmsg[0] ? db->errmsg : "De database kan niet worden geopend.");
	db_close(db);
	if (created)
		db_unlink_created(path);
	return NULL;
}

void db_close(casus_db *db)
{
	if (!db)
		return;
	db_hold_end(db, 1);     /* a transaction kept open (a cache) */
	db_stmt_clear(db);
	if (db->sql)
		sqlite3_close_v2(db->sql);
	free(db->path);
	free(db->user);
	free(db);
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
