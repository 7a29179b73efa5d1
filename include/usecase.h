/* usecase.h - what one action of the user does to the store, as one
 * function of the core (and one transaction where it writes).  The command
 * line (src/cli) and the full screen (src/tui) are siblings over these:
 * neither begins a transaction, runs a PRAGMA or sees SQLite.
 *
 * Messages are Dutch; on failure they are in db_errmsg(db) or, where no
 * database is open yet, in *errmsg (caller frees). */
#ifndef CASUS_USECASE_H
#define CASUS_USECASE_H

#include <stddef.h>
#include <stdint.h>

#include "db.h"
#include "model.h"
#include "validate.h"

/* Open the database at path (NULL: db_default_path()) with all its
 * checks (db_open: the file, the schema version, migrations, the schema),
 * then finish an erasure another connection blocked
 * (privacy_finish_pending), without waiting for a lock.  On failure NULL
 * and *errmsg.  *warning, when warning is non-NULL, gets the permission
 * warning of db_permission_warning() or NULL (caller frees).  The caller
 * closes the database with db_close(). */
casus_db *usecase_open(const char *path, int flags, char **errmsg, char **warning);

/* The demo caseload of `casus --demo`: a new private temporary directory
 * under $TMPDIR (or /tmp) holding a new database demo.db.  *dir gets the
 * directory (caller owns it: usecase_demo_remove after db_close). */
casus_db *usecase_demo_create(char **dir, char **errmsg);
/* Fill it with n synthetic clients (seed) dated around today, and make
 * the first consultant "my caseload" unless one is set.  CASUS_*. */
int usecase_demo_fill(casus_db *db, int n, uint64_t seed);
/* Remove the directory of usecase_demo_create and the database in it;
 * frees dir.  NULL does nothing. */
void usecase_demo_remove(char *dir);

/* Save a startbaan and, when new_employer is non-NULL, first that new
 * employer, in one transaction: both or neither.  s->employer_id becomes
 * the new employer's id.  Errors of the startbaan go to e, of the
 * employer to we.  CASUS_* (CASUS_INVALID: see e and we). */
int usecase_startbaan_save(casus_db *db, startbaan *s, employer *new_employer, valerr *e,
			   valerr *we);

/* Recording uitval or einde ends what is running on its date (the
 * client's voortraject and its activities, startbaan, on hold: started on
 * or before the date, no end date or one after it), so the interfaces
 * first show what will be closed.  usecase_afsluiting_plan validates a
 * (CASUS_INVALID with e) and lists those records, one Dutch line each
 * ("Voortraject Maatwerk, sinds 01-06-2026: eindigt op 15-11-2026"), in
 * *lines (caller frees with usecase_lines_free; none: NULL, 0).  Nothing
 * is written. */
int usecase_afsluiting_plan(casus_db *db, const afsluiting *a, valerr *e, char ***lines, size_t *n);
/* Save afsluiting a and give every record the plan lists a->datum as its
 * end date, in one transaction: all or nothing.  *closed gets the lines of
 * what was closed (as the plan; caller frees with usecase_lines_free).
 * CASUS_* (CASUS_INVALID: see e; a closed record's problem is under its
 * line). */
int usecase_afsluiting_save(casus_db *db, afsluiting *a, valerr *e, char ***closed, size_t *nclosed);

/* The integrity report of the open file: its schema against the
 * migrations, damaged pages and broken references.  *lines gets one Dutch
 * line per problem ("Schema klopt niet: ...", "Beschadigd: ...",
 * "Verwijzing klopt niet: ..."); the caller frees each line and the
 * array.  CASUS_OK also when there are problems; otherwise the check
 * itself failed (db_errmsg) and *lines holds what was found before. */
int usecase_integrity(casus_db *db, char ***lines, size_t *n);
void usecase_lines_free(char **lines, size_t n);

#endif
