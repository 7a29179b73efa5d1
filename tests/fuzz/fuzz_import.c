/* fuzz_import.c - libFuzzer target for the CSV importer: any file is
 * checked (import --controleer) against an in-memory database without a
 * crash, every problem is reported as "FILE:LINE: ..." and the database is
 * left exactly as it was. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/core/db_int.h"  /* the test looks inside the connection */
#include "import.h"
#include "store.h"

static casus_db *db;
static char path[96];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *paths[1] = { path };
	import_result res;
	FILE *fp;

	if (!db) {
		char *err = NULL;

		setenv("CASUS_TODAY", "2026-11-24", 1);
		db = db_open(":memory:", DB_OPEN_MEMORY, &err);
		if (!db)
			abort();
		snprintf(path, sizeof path, "%.40s/fuzz-import-%d.csv",
			 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", (int)getpid());
	}
	fp = fopen(path, "wb");
	if (!fp)
		abort();
	fwrite(data, 1, size, fp);
	fclose(fp);
	import_run(db, paths, 1, 1, &res);
	if (res.nkept > IMPORT_MAX_PROBLEMS || res.nkept > res.nproblems)
		abort();
	for (size_t i = 0; i < res.nkept; i++)
		if (strncmp(res.problems[i], path, strlen(path)) != 0)
			abort();
	if (res.written || store_client_count(db) != 0 || db->tx_depth != 0)
		abort();
	import_result_free(&res);
	return 0;
}
