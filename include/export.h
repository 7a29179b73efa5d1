/* export.h - the SZW registration workbook "stand per peildatum"
 * (registration-form.md, "The workbook"), as .xlsx or as a directory of
 * CSV files.
 *
 * One streaming pass over the participants (store_casefile_foreach) writes
 * the rows of every data sheet at once, through libxlsxwriter in
 * constant_memory mode (src/core/export_lxw.c): one row in memory per
 * sheet, the rows in an unlinked temporary file per sheet in the target
 * directory; the Controle findings wait in another unlinked temporary
 * file; the Tabellen are fixed-size counters.  Memory does not grow with
 * the caseload (about 16 MB for 100,000 participants).
 *
 * Safe writing: every libxlsxwriter call is checked; the workbook is
 * written to a hidden temporary file in the target directory, synced, and
 * read back (every zip member inflated and compared with its CRC-32 and
 * size, every XML part and sheet complete: libxlsxwriter does not check
 * writes to its own temporary files); only then is it renamed to the
 * target name.  On any failure (missing directory, full disk, file size
 * limit) the temporary files are removed, the target is left as it was,
 * and a Dutch message is in db_errmsg(db).
 *
 * Environment: CASUS_NOW fixes the generation timestamp (tests);
 * CASUS_EXPORT_PROFILE=1 prints phase times on stderr.
 *
 * The target: see fileout.h (only a regular file, or the file a link
 * leads to, is replaced; the next export removes a killed export's
 * temporary files).
 *
 * The export only reads the database, except that it creates the setting
 * 'pseudoniem.sleutel' when it is missing (normally the schema does): read
 * again and created in one BEGIN IMMEDIATE transaction, so that exports
 * started at once all use the one key that was stored. */
#ifndef CASUS_EXPORT_H
#define CASUS_EXPORT_H

#include <stddef.h>
#include <stdint.h>
#include "db.h"
#include "date.h"

/* Progress: called with done = participants handled so far (clients of the
 * startbanen regeling read, including those whose instroom is after P) and
 * total = their number, about every 256 clients, once with done == 0 at the
 * start and once with done == total at the end of the pass.  The writing
 * of the file after the pass is not included.  Must not call into db. */
typedef void (*export_progress_fn)(void *arg, size_t done, size_t total);

typedef struct export_options {
	export_progress_fn progress;   /* may be NULL */
	void *progress_arg;
	/* Generation timestamp shown on the Toelichting sheet, "jjjj-mm-dd
	 * uu:mm".  NULL: $CASUS_NOW when set, else the local clock. */
	const char *now;
} export_options;

typedef struct export_result {
	size_t deelnemers;    /* rows of the participant sheets */
	size_t startbanen;    /* rows of the Startbaan sheet */
	size_t bevindingen;   /* rows of the Controle sheet (the findings) */
	size_t onbekend;      /* Onbekend cells in sheets 2-6 */
	char *path;           /* file or directory written (owned: free with
			       * export_result_free), NULL on failure */
} export_result;

void export_result_free(export_result *r);

/* "registratie-startbanen-JJJJ-MM-DD.xlsx" for peildatum P (caller frees). */
char *export_default_name(cdate P);

/* Write the workbook for peildatum P to `path` (.xlsx).  opt may be NULL.
 * Returns CASUS_OK and fills *res (res may be NULL), or CASUS_ERROR /
 * CASUS_INVALID (bad P or path) with a Dutch message in db_errmsg(db), e.g.
 * "kan niet schrijven in map /x: Bestand of map bestaat niet" or
 * "schijf vol of bestand te groot bij het schrijven van ...". */
int export_workbook(casus_db *db, cdate P, const char *path,
		    const export_options *opt, export_result *res);

/* The same sheets as CSV files in directory `dir` (created when missing,
 * one level): 1-toelichting.csv, 2-deelnemerkenmerken.csv,
 * 3-situationele-kenmerken.csv, 4-voortraject.csv, 5-startbaan.csv,
 * 6-on-hold-uitval-einde.csv, 7-tabellen.csv, 8-controle.csv.  Separator
 * ';', UTF-8 with BOM, CRLF line ends, dates dd-mm-jjjj, decimal comma,
 * percentages as "12,5%", as Dutch Excel reads them.  Each file is written
 * to a temporary name and renamed when complete.  Same results as
 * export_workbook. */
int export_csv_dir(casus_db *db, cdate P, const char *dir,
		   const export_options *opt, export_result *res);

/* The pseudonymous Deelnemer-ID of client `client_id`: "D-" followed by
 * the first 12 hex digits of HMAC-SHA-256(key, "deelnemer:<id>") where key
 * is the per-database secret of setting 'pseudoniem.sleutel' (32 random
 * bytes in hex, created by the schema; created here when missing).
 * Stable for a client as long as the database (and its key) lives; without
 * the key it cannot be linked to the client id, BSN or klantnummer.  48
 * bits: the chance that two of n participants share an ID is about
 * n^2 / 2^49, 2e-5 for n = 100,000 and 2e-7 for a real caseload of 10,000.
 * out must hold EXPORT_ID_LEN + 1 bytes.  Returns CASUS_*. */
#define EXPORT_ID_LEN 14
int export_deelnemer_id(casus_db *db, int64_t client_id, char *out);

/* The sheet names, in workbook order (static strings). */
#define EXPORT_NSHEETS 8
extern const char *const export_sheet_names[EXPORT_NSHEETS];

/* The category columns of sheets 2-6 that can read Onbekend, in sheet and
 * column order (the registration mapping, export_map.c): the i-th one's
 * sheet and header (static strings).  Returns 0 past the last one.
 * `casus controle` counts Onbekend over these. */
int export_category_column(size_t i, const char **blad, const char **kolom);

#endif
