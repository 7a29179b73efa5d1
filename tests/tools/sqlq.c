/* sqlq.c - test helper: run one SQL query on a database file and print the
 * rows, columns separated by '|' (so tests do not need the sqlite3 tool).
 *   sqlq FILE SQL */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>

int main(int argc, char **argv)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int rc;

	if (argc != 3)
		return 2;
	if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, argv[2], -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "sqlq: %s\n", sqlite3_errmsg(db));
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
