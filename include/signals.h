/* signals.h - what needs attention (domain.md, "Signals"), computed for a
 * given day from a casefile.  Every threshold is a setting with the
 * documented default (table setting, keys below). */
#ifndef CASUS_SIGNALS_H
#define CASUS_SIGNALS_H

#include "model.h"
#include "db.h"

/* X(ID, setting key or NULL, default, Dutch short name) - in order of
 * urgency class (the first is the most urgent kind on equal severity). */
#define SIGNAL_LIST(X) \
	X(PIP_TERMIJN,      "signaal.pip_dagen",          14, "PIP-termijn") \
	X(INBURG_TERMIJN,   "signaal.termijn_maanden",     6, "Inburgeringstermijn") \
	X(LEERROUTE,        "signaal.leerroute_dagen",    30, "Wissel leerroute") \
	X(ONTZORGEN,        "signaal.ontzorgen_dagen",    30, "Einde ontzorgen") \
	X(VOORTGANG,        "signaal.voortgang_weken",    13, "Voortgangsgesprek") \
	X(VOORTRAJECT_90,   "signaal.voortraject_dagen",  90, "Voortraject lang") \
	X(CONTRACT_EINDE,   "signaal.contract_dagen",     30, "Contract loopt af") \
	X(ON_HOLD_LANG,     "signaal.onhold_maanden",      3, "Lang on hold") \
	X(REGISTRATIE,      NULL,                          0, "Registratie onvolledig")

typedef enum {
#define SIGNAL_ENUM(id, key, dflt, name) SIG_##id,
	SIGNAL_LIST(SIGNAL_ENUM)
#undef SIGNAL_ENUM
	SIG__COUNT
} signal_kind;

typedef struct signal_settings {
	int value[SIG__COUNT];      /* thresholds, indexed by signal_kind */
	cdate peildatum;            /* the registration signal's peildatum
	                             * (peildatum_current); CDATE_NONE: the
	                             * rule on the day (peildatum_for) */
} signal_settings;

enum { SEV_BINNENKORT = 1, SEV_VERLOPEN = 2 };

typedef struct signal {
	signal_kind kind;
	int severity;               /* SEV_VERLOPEN (past) or SEV_BINNENKORT */
	cdate due;                  /* the date it is about (deadline), or 0 */
	char text[160];             /* Dutch, e.g. "PIP te laat: uiterlijk 03-03-2026" */
} signal;

void signal_settings_default(signal_settings *s);
void signal_settings_load(casus_db *db, signal_settings *s);
const char *signal_name(signal_kind k);

/* Up to max signals of cf on `today`, most urgent first.  Returns the
 * number found (may exceed max; only max are written). */
size_t signals_compute(const casefile *cf, cdate today,
		       const signal_settings *s, signal *out, size_t max);
/* Urgency score for sorting clients (higher = more urgent; 0 = none). */
int signal_urgency(const signal *sg);

#endif
