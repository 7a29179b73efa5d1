/* agenda.h - "Vandaag / deze week": for a period [from, from + dagen) what
 * is planned and what falls due, per client.  Part of the core (no curses).
 *
 *  - planned gesprekken: a journal entry's "Volgende afspraak" and PIP steps
 *    with status Gepland (a voortgangsgesprek, a leerbaarheidstoets, ...)
 *    dated in the period;
 *  - deadlines: the due date (signal.due) of the signals of signals.c that
 *    name a deadline - PIP-termijn (10 weken), inburgeringstermijn, wissel
 *    leerroute, einde ontzorgen, contract loopt af, voortgangsgesprek nodig,
 *    lang on hold - when it falls in the period.  The dates come from
 *    signals_compute itself (evaluated on the first day with the look-ahead
 *    widened to the period, and on the day after it for the rules that
 *    signal once a date has passed), so the rules stay in signals.c.
 * Clients whose case is closed (uitval/einde) have no deadlines.
 *  - the zelfevaluatie's verbeterplan (zelfevaluatie.h): open or lopende
 *    actions whose streefdatum falls in the period, and those already past
 *    it (shown on the first day, verlopen), for everyone: they are the
 *    team's (client_id 0, naam "Verbeterplan", regiehouder the eigenaar).
 *
 * Ownership: the items and their strings are owned by the caller, freed
 * with agenda_free(). */
#ifndef CASUS_AGENDA_H
#define CASUS_AGENDA_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "db.h"
#include "model.h"
#include "signals.h"

enum { AGENDA_GESPREK = 0, AGENDA_PIP = 1, AGENDA_DEADLINE = 2, AGENDA_ACTIE = 3 };

typedef struct agenda_item {
	cdate datum;
	int soort;              /* AGENDA_* */
	int verlopen;           /* a deadline: SEV_VERLOPEN on the first day */
	int64_t client_id;
	char *klantnummer;      /* printable */
	char *naam;             /* "Achternaam, Voornaam", printable */
	char *regiehouder;      /* consultant name, printable, may be "" */
	char *wat;              /* Dutch: "Afspraak (journaal)", "Voortgangsgesprek
				 * (gepland)", "PIP vaststellen uiterlijk 03-12-2026" */
} agenda_item;

/* The agenda of [from, from + dagen) (dagen >= 1) for the clients of
 * consultant regiehouder_id (0: all clients), sorted by date, then
 * gesprekken before PIP steps before deadlines, then name.  Returns
 * CASUS_OK or an error (db_errmsg). */
int agenda_build(casus_db *db, cdate from, int dagen, int64_t regiehouder_id,
		 agenda_item **out, size_t *n);
/* How: when `from` is today the overview cache (caseload.h) is refreshed
 * first; when its rows hold `from`, only the clients that can have an item
 * are read (agenda.c, "the candidates"), else every casefile.
 * agenda_build_all always reads every casefile (the same result; for the
 * tests that check it). */
int agenda_build_all(casus_db *db, cdate from, int dagen, int64_t regiehouder_id,
		     agenda_item **out, size_t *n);
void agenda_free(agenda_item *items, size_t n);

/* For the overview cache (caseload_refresh.c, client_status.agenda_op):
 * the first day on or after `day` from which cf can have a deadline in an
 * agenda - the earliest due date on or after `day` of its deadline signals
 * with an unlimited look-ahead, or the first day after `day` on which
 * those signals can change (signals_compute_next), whichever is first;
 * 0: none.  agenda.c ("the candidates") says why an agenda of [T, E)
 * needs only the clients whose day is on or before E.  No I/O. */
cdate agenda_next(const casefile *cf, cdate day, const signal_settings *s);
/* "Gesprek", "PIP-stap", "Termijn", "Actie" for a column. Static string. */
const char *agenda_soort_naam(int soort);

#endif
