/* signals.h - what needs attention (domain.md, "Signals"), computed for a
 * given day from a casefile.  Every threshold is a setting with the
 * documented default (table setting, keys below). */
#ifndef CASUS_SIGNALS_H
#define CASUS_SIGNALS_H

#include "model.h"
#include "db.h"

/* X(ID, setting key or NULL, default, Dutch short name) - in order of
 * urgency class (the first is the most urgent kind on equal severity).
 * New kinds go last: the caseload overview stores the kind's number. */
#define SIGNAL_LIST(X) \
	X(PIP_TERMIJN,      "signaal.pip_dagen",          14, "PIP-termijn") \
	X(INBURG_TERMIJN,   "signaal.termijn_maanden",     6, "Inburgeringstermijn") \
	X(LEERROUTE,        "signaal.leerroute_dagen",    30, "Wissel leerroute") \
	X(ONTZORGEN,        "signaal.ontzorgen_dagen",    30, "Besluit ontzorgen") \
	X(VOORTGANG,        "signaal.voortgang_weken",    13, "Voortgangsgesprek") \
	X(VOORTRAJECT_90,   "signaal.voortraject_dagen",  90, "Voortraject lang") \
	X(CONTRACT_EINDE,   "signaal.contract_dagen",     30, "Contract loopt af") \
	X(ON_HOLD_LANG,     "signaal.onhold_maanden",      3, "Lang on hold") \
	X(REGISTRATIE,      NULL,                          0, "Registratie onvolledig") \
	X(TERMIJN_TODO,     NULL,                          0, "Nog te doen voor einde termijn")

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
	cdate counts_from;          /* 0, or: the text counts the days since this
				     * date ("loopt 91 dagen"); that number is
				     * no change for signals_compute_next */
} signal;

void signal_settings_default(signal_settings *s);
void signal_settings_load(casus_db *db, signal_settings *s);
const char *signal_name(signal_kind k);

/* Up to max signals of cf on `today`, most urgent first.  Returns the
 * number found (may exceed max; only max are written). */
size_t signals_compute(const casefile *cf, cdate today,
		       const signal_settings *s, signal *out, size_t max);
/* As signals_compute, and *next (may be NULL) gets the first day after
 * today on which the result can differ (any signal appearing, going, or
 * changing severity, due date or text), 0 when no such day is known: the
 * result is the same on every day d with today <= d < *next, except that
 * the day count in the text of a signal with counts_from set is d -
 * counts_from (horizon_signal_text in horizon.h renders it). */
size_t signals_compute_next(const casefile *cf, cdate today,
			    const signal_settings *s, signal *out, size_t max, cdate *next);
/* As signals_compute_next, but per kind: next_kind[k] gets the first day
 * after today on which the signals of kind k can differ (a rule's own
 * thresholds, and every record date, which changes any rule's input);
 * 0 when none is known.  For the agenda's plan (agenda_plan). */
size_t signals_compute_kinds(const casefile *cf, cdate today,
			     const signal_settings *s, signal *out, size_t max,
			     cdate next_kind[SIG__COUNT]);
/* Is k a dated deadline (PIP-termijn, inburgeringstermijn, wissel
 * leerroute, einde ontzorgen, einde contract) rather than a soft signal
 * (voortgangsgesprek, voortraject lang, lang on hold, registratie)?  Within
 * a severity deadlines come first. */
int signal_is_deadline(signal_kind k);
/* Urgency score for sorting clients (higher = more urgent; 0 = none). */
int signal_urgency(const signal *sg);

#endif
