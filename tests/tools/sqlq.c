/* sqlq.c - test helper: run one SQL query on a database file and print the
 * rows, columns separated by '|' (so tests do not need the sqlite3 tool).
 *   sqlq FILE SQL */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>

/* The audit triggers call these; a change made behind casus's back is
 * recorded as such. */
static void sqlq_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	sqlite3_result_text(ctx, (const char *)sqlite3_user_data(ctx), -1, SQLITE_STATIC);
}

int main(int argc, char **argv)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	int rc;

	if (argc != 3)
		return 2;
	if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    sqlite3_create_function(db, "casus_now", 0, SQLITE_UTF8, "2026-11-24 10:00", sqlq_fn, NULL, NULL) ||
	    sqlite3_create_function(db, "casus_user", 0, SQLITE_UTF8, "sqlq", sqlq_fn, NULL, NULL) ||
	    sqlite3_prepare_v2(db, argv[2], -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "sqlq: %s\n", sqlite3_errmsg(db));
		sqlite3_close(db);
		return 1;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (int i = 0; i < sqlite3_column_count(st); i++) {
			const unsigned char *t = sqlite3_column_text(st, i);
			printf("%s%s", i ? "|" : "", t ? (const char *)t : "");
		}
		putchar('\n');
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	return rc == SQLITE_DONE ? 0 : 1;
}
