/* import.c - reading a caseload from CSV files (see import.h and
 * docs/architecture.md, "The CSV import"): the transaction driver.
 *
 * Flow: open every file and read its header; recognise the record type of
 * each file from its columns (import_cols.c); if any header has a problem,
 * report those and stop.  Otherwise, inside one transaction, process the
 * files in type order (klanten, voortrajecten, activiteiten, startbanen, on
 * hold, uitval/einde), row by row (import_rows.c, import_startbaan.c):
 * convert the cells (import_cells.c), find the existing record by its key,
 * and insert, update or leave it through the store (which validates and
 * audits).  Every problem is collected; at the end the transaction is
 * committed only when there were none and this is not a check-only run. */
#include "config.h"

#include <assert.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "import_int.h"

#define BULK_CACHE_KIB 65536  /* page cache for the import's one transaction */

static const char *const type_names[IMPORT__NTYPES] = {
	"klanten", "voortrajecten", "activiteiten", "startbanen", "on hold", "uitval/einde",
	"pip-stappen"
};

const char *import_type_name(int type)
{
	return type >= 0 && type < IMPORT__NTYPES ? type_names[type] : "onbekend";
}

static void process_row(imp *im, int rc)
{
	static void (*const handlers[IMPORT__NTYPES])(imp *) = {
		imp_row_klanten, imp_row_voortrajecten, imp_row_activiteiten, imp_row_startbanen, imp_row_onhold,
		imp_row_afsluitingen, imp_row_pipstappen
	};
	ifile *f = im->f;

	im->bad = 0;
	memset(im->reported, 0, sizeof im->reported);
	if (rc == CSV_BAD) {
		size_t c = csv_error_field(f->r);
		icol_id id = c < f->ncol ? f->colid[c] : ICOL_COUNT;

		imp_add_problem(im, xasprintf("%s:%ld: %s: %s", f->name, csv_field_line(f->r, c),
					  id < ICOL_COUNT ? imp_icol_name(id) : "Regel", csv_error(f->r)));
		imp_row_failed(im);
		return;
	}
	if (imp_row_load(im) != 0) {
		imp_row_failed(im);
		return;
	}
	assert(f->type >= 0 && f->type < IMPORT__NTYPES);
	handlers[f->type](im);
}

static void process_file(imp *im, ifile *f)
{
	int rc;
	import_file_info *info = &im->res->files[f->order];

	im->f = f;
	while ((rc = csv_next(f->r)) == CSV_RECORD || rc == CSV_BAD) {
		if (csv_record_blank(f->r) && rc == CSV_RECORD)
			continue;
		info->rows++;
		process_row(im, rc);
		if (db_tx_lost(im->db))
			return;         /* SQLite rolled everything back: stop */
	}
	if (rc == CSV_IOERR)
		imp_add_problem(im, xasprintf("%s: kan het bestand niet lezen: %s", f->name, imp_io_message(errno)));
}

static int cmp_files(const void *a, const void *b)
{
	const ifile *x = a, *y = b;

	if (x->type != y->type)
		return x->type < y->type ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* Read the header of every file; 1 when all are right. */
static int read_headers(imp *im, const char *const *paths, size_t npaths)
{
	import_result *res = im->res;
	int header_ok = 1;

	for (size_t i = 0; i < npaths; i++) {
		ifile *f = &im->files[i];

		f->path = paths[i];
		f->name = paths[i];
		f->type = -1;
		f->order = i;
		imp_header_read(im, f);
		header_ok &= f->header_ok;
		res->files[i].path = xstrdup(paths[i]);
		res->files[i].type = f->type;
		if (f->type >= 0)
			res->present[f->type] = 1;
	}
	return header_ok;
}

/* Process every file in one transaction: commit when there was no problem
 * and this is no check-only run. */
static int import_transaction(imp *im, int check_only)
{
	casus_db *db = im->db;
	import_result *res = im->res;
	db_bulk bulk;
	int rc;

	/* one transaction for everything, in bulk mode (db_int.h): nested
	 * saves need no savepoints (a failed one poisons the transaction, and
	 * any problem rolls it all back), savepoint journals stay in memory,
	 * a bigger page cache; its PRAGMAs are restored at the end */
	if ((rc = db_bulk_begin(db, &bulk, BULK_CACHE_KIB, 0)) != CASUS_OK)
		return rc;
	if ((rc = imp_load_consultants(im)) != CASUS_OK || (rc = imp_load_employers(im)) != CASUS_OK) {
		db_bulk_end(db, &bulk, 0);
		return rc;
	}
	for (size_t i = 0; i < im->nfiles && !db_tx_lost(db); i++)
		process_file(im, &im->files[i]);
	if (db_tx_lost(db)) {
		/* the disk filled up (or another failure made SQLite roll the
		 * transaction back): that is the result, not the rows it failed */
		rc = db_bulk_end(db, &bulk, 1);
	} else if (res->nproblems > 0 || check_only) {
		db_bulk_end(db, &bulk, 0);
		rc = res->nproblems > 0 ? CASUS_INVALID : CASUS_OK;
	} else {
		rc = db_bulk_end(db, &bulk, 1);
		res->written = rc == CASUS_OK;
	}
	return rc;
}

static void imp_free(imp *im)
{
	for (size_t i = 0; i < im->nfiles; i++) {
		csv_close(im->files[i].r);
		if (im->files[i].fp)
			fclose(im->files[i].fp);
		free(im->files[i].colid);
	}
	free(im->files);
	strmap_free(&im->clients);
	strmap_free(&im->keys);
	strmap_free(&im->consultants);
	strmap_free(&im->employers);
	for (size_t i = 0; i < im->nemps; i++)
		free(im->emps[i].naam);
	for (size_t i = 0; i < im->ncnames; i++) {
		free(im->cnames[i]);
		free(im->ckeys[i]);
	}
	free(im->cnames);
	free(im->ckeys);
	free(im->emps);
	sb_free(&im->vals);
	free(im->voff);
}

int import_run(casus_db *db, const char *const *paths, size_t npaths, int check_only,
	       import_result *res)
{
	static const strmap map_init = STRMAP_INIT(hent);
	imp im;
	int rc = CASUS_INVALID;

	memset(res, 0, sizeof *res);
	memset(&im, 0, sizeof im);
	im.db = db;
	im.res = res;
	im.today = cdate_today();
	im.clients = im.keys = im.consultants = im.employers = map_init;
	im.nfiles = npaths;
	im.files = xcalloc(npaths ? npaths : 1, sizeof *im.files);
	res->files = xcalloc(npaths ? npaths : 1, sizeof *res->files);
	res->nfiles = npaths;
	if (read_headers(&im, paths, npaths)) {
		/* process in type order; keep files[] indexes valid for messages */
		qsort(im.files, npaths, sizeof *im.files, cmp_files);
		rc = import_transaction(&im, check_only);
	}
	imp_free(&im);
	return rc;
}

void import_result_free(import_result *res)
{
	for (size_t i = 0; i < res->nkept; i++)
		free(res->problems[i]);
	free(res->problems);
	for (size_t i = 0; i < res->nnew_consultants; i++)
		free(res->new_consultants[i]);
	free(res->new_consultants);
	for (size_t i = 0; i < res->nclosed; i++)
		free(res->closed[i]);
	free(res->closed);
	for (size_t i = 0; i < res->nfiles; i++)
		free(res->files[i].path);
	free(res->files);
	memset(res, 0, sizeof *res);
}
