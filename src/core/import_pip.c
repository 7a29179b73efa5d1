/* import_pip.c - the rows of a pip-stappen file (issue 15, item 13): the
 * PIP steps a municipality brings from its old system (inschrijving, PIP,
 * leerroute, MAP...), so that a migrated client starts with its termijn.
 * Keyed by client, stap and datum; the columns come from the PIP step's
 * description (import_cols.c); an empty or absent Status is Gedaan for a
 * new step. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "import_int.h"
#include "store.h"
#include "vocab.h"

#define KEY_MAX 80

/* The step of client cid with this stap and datum: *out filled and 1,
 * 0 when there is none, -1 on an error (the lowest id when the old data
 * holds the same step twice). */
static int pip_find(imp *im, int64_t cid, int stap, cdate datum, pip_step *out)
{
	sqlite3_stmt *st;
	char day[DATE_TEXT_SIZE];
	int64_t id = 0;
	int rc;

	if (db_stmt(im->db, "SELECT id FROM pip_step WHERE client_id = ?1 AND stap = ?2 AND datum = ?3 "
		    "ORDER BY id LIMIT 1", &st) != SQLITE_OK)
		return -1;
	cdate_format_iso(datum, day);
	sqlite3_bind_int64(st, 1, cid);
	sqlite3_bind_int(st, 2, stap);
	sqlite3_bind_text(st, 3, day, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return rc == SQLITE_DONE ? 0 : -1;
	return imp_found_rc(store_record_get(im->db, REC_PIP, id, out));
}

/* Status: its cell, or Gedaan when empty (or absent for a new step). */
static void pip_status(imp *im, int found, int *status)
{
	const char *s = imp_cell(im, FLD_PIP_STATUS);

	if ((!s && !found) || (s && !*s))
		*status = PIPSTATUS_GEDAAN;
	else if (s)
		imp_get_vocab(im, FLD_PIP_STATUS, VOCAB_PIP_STATUS, status);
}

void imp_row_pipstappen(imp *im)
{
	static const icol_id own[] = { FLD_PIP_STAP, FLD_PIP_DATUM, FLD_PIP_STATUS };
	int is_new = 0, found = 0, rc, equal, stap = 0;
	int64_t cid = imp_row_client(im, &is_new);
	cdate datum = CDATE_NONE;
	pip_step p, old;
	valerr e = VALERR_INIT;
	char key[KEY_MAX];

	pip_step_init(&p);
	pip_step_init(&old);
	imp_get_vocab(im, FLD_PIP_STAP, VOCAB_PIP_STAP, &stap);
	if (imp_get_date(im, FLD_PIP_DATUM, &datum) == 0 && datum == CDATE_NONE)
		imp_problem(im, FLD_PIP_DATUM, "is verplicht");
	if (cid && datum != CDATE_NONE && stap > 0) {
		snprintf(key, sizeof key, "P%lld|%d|%d", (long long)cid, stap, (int)datum);
		if (imp_row_key(im, FLD_PIP_DATUM, "deze PIP-stap (klant, stap en datum)", key) == 0 && !is_new &&
		    (found = pip_find(im, cid, stap, datum, &p)) < 0) {
			imp_problems_from(im, &e, NULL);
			goto out;
		}
	}
	imp_fields_copy(REC_PIP, &old, &p);
	p.client_id = cid;
	p.stap = stap;
	p.datum = datum;
	pip_status(im, found, &p.status);
	imp_cells_to_record(im, REC_PIP, &p, own, sizeof own / sizeof own[0]);
	if (im->bad) {
		imp_problems_revalidate(im, REC_PIP, &p);
		goto out;
	}
	equal = found && imp_fields_same(REC_PIP, &p, &old);
	rc = found && equal ? CASUS_OK : store_pip_step_save(im->db, &p, &e);
	imp_count_save(im, IMPORT_PIPSTAPPEN, found, equal, rc, &e);
out:
	valerr_free(&e);
	pip_step_clear(&p);
	pip_step_clear(&old);
}
