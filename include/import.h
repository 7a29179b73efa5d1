/* import.h - reading a caseload from CSV files (the columns and rules are
 * in docs/architecture.md, "The CSV import"; for users docs/importeren.md).
 *
 * One file per record type, recognised from its header.  All files of one
 * call are one transaction: any problem in any row rejects the whole import
 * and nothing is written.  Importing the same files again changes nothing
 * (clients are keyed by Klantnummer, dated records by client, type and
 * start date, PIP steps by client, stap and datum).  Every record goes through the store (validation, audit). */
#ifndef CASUS_IMPORT_H
#define CASUS_IMPORT_H

#include <stddef.h>
#include "db.h"

/* The record types, in the order in which files are processed (clients
 * first, so that the other files may refer to clients of this import). */
typedef enum {
	IMPORT_KLANTEN,
	IMPORT_VOORTRAJECTEN,
	IMPORT_ACTIVITEITEN,
	IMPORT_STARTBANEN,
	IMPORT_ONHOLD,
	IMPORT_AFSLUITINGEN,      /* uitval/einde */
	IMPORT_PIPSTAPPEN,        /* PIP steps */
	IMPORT__NTYPES
} import_type;

/* Problems kept as text in import_result (the rest are only counted, so
 * that a file with millions of bad rows takes no more memory). */
#define IMPORT_MAX_PROBLEMS 200

typedef struct import_counts {
	long added, changed, unchanged;
} import_counts;

typedef struct import_file_info {
	char *path;               /* as given; owned */
	int type;                 /* import_type, -1 when not recognised */
	long rows;                /* data rows read (blank rows skipped) */
} import_file_info;

typedef struct import_result {
	import_counts n[IMPORT__NTYPES];
	int present[IMPORT__NTYPES];   /* 1 when a file of this type was given */
	long employers_added, employers_changed;
	/* Consultants created (by the Consulent column), one Dutch line each:
	 * "Naam (inlognaam login), FILE regel N", and when the name is close
	 * to a known consultant's ("; lijkt op Naam (login)"): a typo */
	char **new_consultants;
	size_t nnew_consultants;
	/* What the uitval/einde rows ended (usecase_afsluiting_close): "K1006:
	 * Voortraject Maatwerk, sinds 01-10-2026: eindigt op 15-11-2026" */
	char **closed;
	size_t nclosed;
	import_file_info *files;       /* in command-line order */
	size_t nfiles;
	/* "FILE:LINE: KOLOM: what is wrong" (Dutch), header problems first,
	 * then in processing order.  The first IMPORT_MAX_PROBLEMS are kept
	 * (nkept of them); nproblems counts all. */
	char **problems;
	size_t nkept;
	size_t nproblems;
	int written;                   /* 1 when the changes were committed */
} import_result;

/* Import the files into db.  check_only: do everything but roll back at the
 * end.  Returns CASUS_OK (committed, or checked without problems),
 * CASUS_INVALID (problems in res->problems; nothing written), CASUS_BUSY or
 * CASUS_ERROR (db_errmsg()).  res is always filled; free it with
 * import_result_free(). */
int import_run(casus_db *db, const char *const *paths, size_t npaths,
	       int check_only, import_result *res);
void import_result_free(import_result *res);

/* Dutch plural name of a record type: "klanten", "voortrajecten",
 * "activiteiten", "startbanen", "on hold", "uitval/einde", "pip-stappen". */
const char *import_type_name(int type);

#endif
