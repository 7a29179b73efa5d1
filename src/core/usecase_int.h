/* usecase_int.h - parts of the use cases that run inside a transaction the
 * caller holds (the import's one transaction).  Not installed. */
#ifndef CASUS_USECASE_INT_H
#define CASUS_USECASE_INT_H

#include <stddef.h>

#include "db.h"
#include "model.h"
#include "validate.h"

/* What afsluiting a (its client_id, soort and datum) ends: every
 * voortraject, activity, startbaan and on-hold period of the client that
 * started on or before a->datum and has no end date or one after it.
 * *lines gets one Dutch line per record ("Voortraject Maatwerk, sinds
 * 01-06-2026: eindigt op 15-11-2026"; usecase_lines_free).  apply: also
 * give each its end date a->datum through the store, in the caller's
 * transaction; a problem of such a save goes to e under the record's line
 * and stops.  CASUS_*. */
int usecase_afsluiting_close(casus_db *db, const afsluiting *a, int apply, char ***lines, size_t *n,
			     valerr *e);

#endif
