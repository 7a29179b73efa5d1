/* holdlock.c - test helper: hold the write lock of a database for a while,
 * as a second casus in the middle of a save would.
 *   holdlock FILE SECONDS         prints "vergrendeld" once the lock is held
 *   holdlock FILE SECONDS lezen   holds a read transaction instead (as a
 *                                 second casus reading a list does): the
 *                                 WAL cannot be checkpointed past it */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	sqlite3 *db;

	int read = argc == 4 && strcmp(argv[3], "lezen") == 0;

	if (argc != 3 && !read)
		return 2;
	/* a read transaction starts at its first read */
	if (sqlite3_open(argv[1], &db) != SQLITE_OK ||
	    sqlite3_exec(db, read ? "BEGIN; SELECT count(*) FROM sqlite_master" : "BEGIN IMMEDIATE",
			 NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "holdlock: %s\n", sqlite3_errmsg(db));
		return 1;
	}
	printf("vergrendeld\n");
	fflush(stdout);
	sleep((unsigned)atoi(argv[2]));
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db);
	return 0;
}
