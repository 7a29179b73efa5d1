/* demo.h - a realistic synthetic caseload, deterministic for a seed and a
 * reference day. */
#ifndef CASUS_DEMO_H
#define CASUS_DEMO_H

#include <stdint.h>
#include "db.h"
#include "date.h"

/* Adds n clients (with consultants, employers and every record type) to db
 * in one transaction.  Dates are placed relative to `today` so that every
 * situatie and every signal occurs.  Returns CASUS_*. */
int demo_generate(casus_db *db, int n, uint64_t seed, cdate today);

#endif
