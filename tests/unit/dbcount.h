/* dbcount.h - for the unit tests on a database: the single integer a
 * query returns (count(*) and the like), -1 when it fails. */
#ifndef CASUS_TEST_DBCOUNT_H
#define CASUS_TEST_DBCOUNT_H

#include <stdint.h>

#include "../../src/core/db_int.h"  /* the tests look inside the connection */

static inline int64_t count(casus_db *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	int64_t n = -1;

	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

#endif
