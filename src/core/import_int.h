/* import_int.h - what the files of the CSV import share (not installed;
 * the interface is include/import.h).
 *
 *   import_cols.c    the columns of each sheet, derived from the record
 *                    descriptions (record.h), and header recognition
 *   import_cells.c   the current row: loading, problems, cell converters
 *                    by field kind, comparing and copying described fields
 *   import_rows.c    the rows of klanten, voortrajecten, activiteiten, on
 *                    hold and uitval/einde: lookup, keys, saving
 *   import_startbaan.c  the startbanen rows and their employers
 *   import_pip.c     the pip-stappen rows
 *   import.c         the transaction driver (import_run)
 */
#ifndef CASUS_IMPORT_INT_H
#define CASUS_IMPORT_INT_H

#include <stdint.h>
#include <stdio.h>

#include "csv.h"
#include "date.h"
#include "db_int.h"
#include "import.h"
#include "record.h"
#include "util.h"
#include "validate.h"

/* --- columns ----------------------------------------------------------------
 * An import column id (icol_id) is either a described field (its field_id:
 * the column's header is the field's label) or one of the columns below,
 * which are no record field of the sheet: references by name or key, and
 * a flag asked the other way round. */
typedef int icol_id;
enum {
	ICOL_KLANTNUMMER = FLD_COUNT,  /* the client of every row (klanten: its key) */
	ICOL_CONSULENT,                /* klanten: the regiehouder, by login or name */
	ICOL_VT_NODIG,                 /* klanten: "Voortraject nodig", the inverse of
					* the described "Voortraject niet nodig" */
	ICOL_WERKGEVER,                /* startbanen: the employer, by name */
	ICOL_COUNT                     /* also "no column" */
};

/* The header of column c, as in messages ("" for ICOL_COUNT). */
const char *imp_icol_name(icol_id c);
/* The described field of column c, or NULL for the other columns. */
const rec_field *imp_icol_field(icol_id c);
/* The columns of a sheet (import_type), in the order of the header
 * lists: *n of them.  Never NULL. */
const icol_id *imp_sheet_columns(int type, size_t *n);
/* Is column c a column of sheet type? */
int imp_sheet_has(int type, icol_id c);
/* Is column c required in a file of sheet type? */
int imp_icol_required(icol_id c);
/* The column of sheet type that shows the value of field fid (for a
 * problem of that field), or ICOL_COUNT. */
icol_id imp_sheet_column_of_field(int type, field_id fid);
/* The column of sheet type whose header is label (a problem reported
 * without a field id), or ICOL_COUNT. */
icol_id imp_sheet_column_of_label(int type, const char *label);

/* Lower-case ASCII copy of s with blanks trimmed and inner runs of blanks
 * collapsed to one space (caller frees). */
char *imp_fold_key(const char *s);

/* Limits of cells that are not a described field's value. */
#define DATE_TEXT_SIZE 11   /* "dd-mm-jjjj" or "jjjj-mm-dd" and its NUL */
#define TEXT_MAX 200          /* a name (Consulent, Werkgever), or free text without a described limit */
#define YEAR_CELL_MAX 9999

/* --- the state ---------------------------------------------------------------- */

/* Flags of a client in imp.clients. */
enum {
	CL_NEW = 1,        /* client inserted by this import */
	CL_FAILED = 2,     /* its row in a klanten file has a problem */
	CL_MISSING = 4,    /* looked up: not in the database */
	CL_VT_FAILED = 8   /* a voortraject row of this client has a problem */
};

/* The value of the import's string maps (clients, keys, consultants,
 * employers): an id and where the key was first seen. */
typedef struct hent {
	int64_t id;
	int flags;
	int file;             /* index into imp.files, -1 = not in a file */
	long line;
} hent;

typedef struct ifile {
	const char *path;
	const char *name;     /* path as shown in messages */
	FILE *fp;
	csv_reader *r;
	int type;             /* import_type, -1 = unknown */
	size_t ncol;          /* cells in the header */
	size_t nnamed;        /* 1 + the last named header cell; the cells
			       * after it are unnamed trailing columns */
	icol_id *colid;       /* per header cell; ICOL_COUNT = unknown */
	int col[ICOL_COUNT];  /* header cell per column, -1 = absent */
	int header_ok;
	int empty;
	size_t order;         /* position on the command line */
} ifile;

/* The most employer attributes a startbanen file may carry. */
#define EMP_NATTR 8

typedef struct emp {
	int64_t id;
	int version;
	char *naam;
	int attr[EMP_NATTR];  /* codes, in the order of emp_attr_fields */
	int set_file[EMP_NATTR]; /* where this import set each attribute */
	long set_line[EMP_NATTR];
} emp;

typedef struct imp {
	casus_db *db;
	import_result *res;
	ifile *files;
	size_t nfiles;
	strmap clients;       /* klantnummer -> hent: client id + CL_* */
	strmap keys;          /* dated-record keys -> hent: where first seen */
	strmap consultants;   /* folded login and name -> hent: consultant id */
	strmap employers;     /* folded name -> hent: index into emps + 1 */
	emp *emps;
	size_t nemps, capemps;
	char **cnames;        /* "Naam (login)" of every consultant, and the */
	char **ckeys;         /* folded name, for "lijkt op" (see consultant_like) */
	size_t ncnames;
	size_t probcap;
	cdate today;
	/* the current row */
	ifile *f;
	strbuf vals;          /* trimmed cells, NUL-separated */
	size_t *voff;
	size_t vcap;
	int bad;              /* the current row has a problem */
	unsigned char reported[ICOL_COUNT + 1]; /* columns of the row with a problem */
} imp;

/* --- import_cols.c ------------------------------------------------------------ */

/* Open f, read its header, recognise the type and map the columns; header
 * problems go to im's problems and clear f->header_ok. */
void imp_header_read(imp *im, ifile *f);
/* A message for errno err ("bestaat niet", ...). */
const char *imp_io_message(int err);

/* --- import_cells.c ----------------------------------------------------------- */

/* Keep msg (taken over) as a imp_problem(bounded, see IMPORT_MAX_PROBLEMS). */
void imp_add_problem(imp *im, char *msg);
/* "FILE:LINE: Kolom: message" for column c of the current row. */
void imp_problem(imp *im, icol_id c, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Problems of e (from validation or the store) mapped to the columns of the
 * file by field id; none in e: fallback, or the database's message. */
void imp_problems_from(imp *im, valerr *e, const char *fallback);
/* A row not saved because of conversion problems: validate the record
 * anyway, so that every problem of the row is reported at once. */
void imp_problems_revalidate(imp *im, rec_type rec, const void *r);
/* Load the cells of the current record (see import_cells.c); -1 when the
 * row is cut off and nothing of it may be applied. */
int imp_row_load(imp *im);
/* Line of column c in the current row (the record's line when absent). */
long imp_row_line(imp *im, icol_id c);
/* Trimmed text of column c in the current row; NULL when the file has no
 * such column.  Points into im (valid for the row). */
const char *imp_cell(imp *im, icol_id c);
int imp_has(imp *im, icol_id c);
/* Is the text at s, n bytes, blanks only? */
int imp_blank_n(const char *s, size_t n);
size_t imp_utf8_chars(const char *s);

/* Cell converters: each reports its own problem and returns -1, or stores
 * the value and returns 0; a column the file lacks leaves *out as it is. */
int imp_get_date(imp *im, icol_id c, cdate *out);
int imp_get_vocab(imp *im, icol_id c, vocab_id v, int *out);
int imp_get_int(imp *im, icol_id c, int min, int max, int *out);
/* The cell of field f's column into the record r, converted by the field's
 * kind; 0 (and r unchanged) when the file has no such column. */
int imp_cell_to_field(imp *im, const rec_field *f, void *r);
/* Every described field of record type rec that the file's sheet carries,
 * in description order, except the columns in skip (nskip of them; the
 * row's own code handles those).  Returns -1 when any cell had a problem. */
int imp_cells_to_record(imp *im, rec_type rec, void *r, const icol_id *skip, size_t nskip);
/* Do a and b (of record type rec) hold the same value in every described
 * field? */
int imp_fields_same(rec_type rec, const void *a, const void *b);
/* Copy every described field of src into dst (freshly initialised). */
void imp_fields_copy(rec_type rec, void *dst, const void *src);

/* --- import_rows.c ------------------------------------------------------------ */

void imp_row_klanten(imp *im);
void imp_row_voortrajecten(imp *im);
void imp_row_activiteiten(imp *im);
void imp_row_onhold(imp *im);
void imp_row_afsluitingen(imp *im);
/* A klanten row that could not be read as a whole: its client failed. */
void imp_row_failed(imp *im);
/* The client of the current row of a non-klanten file (see import_rows.c). */
int64_t imp_row_client(imp *im, int *is_new);
/* Record the key of a dated record; -1 (reported) for a duplicate. */
int imp_row_key(imp *im, icol_id c, const char *what, const char *key);
/* Count a save (or report its problems). */
void imp_count_save(imp *im, int type, int existed, int equal, int rc, valerr *e);
/* An end date that client cid's uitval/einde gave a record (old_einde,
 * the stored one, equal to its date) stays when the row's *einde is empty
 * or later: importing the same files again does not reopen it. */
void imp_keep_closed(imp *im, int64_t cid, cdate old_einde, cdate *einde);
/* A store lookup as 1 found, 0 not found, -1 error. */
int imp_found_rc(int rc);
int imp_load_consultants(imp *im);

/* --- import_pip.c -------------------------------------------------------------- */

void imp_row_pipstappen(imp *im);

/* --- import_startbaan.c ------------------------------------------------------- */

void imp_row_startbanen(imp *im);
int imp_load_employers(imp *im);

#endif
