/* zelfevaluatie_int.h - between the zelfevaluatie's files in src/core
 * (store, plan, evidence); nothing outside src/core includes it. */
#ifndef CASUS_ZELFEVALUATIE_INT_H
#define CASUS_ZELFEVALUATIE_INT_H

#include <sqlite3.h>

#include "zelfevaluatie.h"

/* A copy of column i (NULL for NULL). */
char *ze_col_dup(sqlite3_stmt *st, int i);
/* Set *msg (when msg) and return CASUS_INVALID. */
int ze_refuse(char **msg, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Check a text field: required, at most max bytes, one line or not. */
int ze_check_text(const char *field, const char *s, int required, size_t max, int oneline,
		  char **msg);
/* Commit on CASUS_OK, else roll back; returns the result. */
int ze_tx_end(casus_db *db, int rc);
/* The current instrument's id (stores the built-in one when none is). */
int ze_instrument_current(casus_db *db, int64_t *id);
/* A round by id (CASUS_NOTFOUND when none). */
int ze_ronde_get(casus_db *db, int64_t id, ze_ronde *out);

#endif
