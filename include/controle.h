/* controle.h - the completeness findings of the Controle sheet for a
 * peildatum (registration-form.md, sheet 8). */
#ifndef CASUS_CONTROLE_H
#define CASUS_CONTROLE_H

#include <stddef.h>
#include "model.h"
#include "derive.h"

typedef struct finding {
	const char *blad;       /* sheet name, static */
	const char *kolom;      /* column header, static */
	char bevinding[96];     /* "Onbekend", "ontbreekt", ... */
} finding;

/* Findings for one participant on P (cf must be a deelnemer on P).
 * Returns the number found (may exceed max; only max written). */
size_t controle_client(const casefile *cf, const derived *d, cdate P,
		       finding *out, size_t max);

/* The cells that read Onbekend because of finding f without a finding of
 * their own (derived columns, see controle.c): f's source column has the
 * finding.  A list of sheet/column pairs ending in a NULL blad, static;
 * NULL when there are none.  For a count of Onbekend per column. */
typedef struct controle_cell {
	const char *blad, *kolom;
} controle_cell;
const controle_cell *controle_follows(const finding *f);

#endif
