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

#endif
