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

/* The agenda's plan of one client, kept with its overview row
 * (caseload_refresh.c: client_status.agenda and agenda_op; agenda.c, "the
 * plan").  agenda_plan() evaluates the deadline signals of cf on `day` and
 * on each later day on which they can change, up to a few weeks ahead,
 * and writes into plan (cap bytes, NUL-terminated) which deadlines show on
 * which days, as text: a first line with the day the plan stops covering
 * ("-" when it covers every later day), then one line per deadline
 * "kind<TAB>due<TAB>van<TAB>tot<TAB>verlopen<TAB>text" (dates as day
 * numbers, tot "-" when open; signal texts hold no tab or newline).
 * Returns the row's agenda_op: the earlier of that day and the earliest
 * due date in the plan; 0 when neither (the client never has a deadline
 * in an agenda while its casefile stays as it is).  *cover gets the day
 * the plan stops covering (0: never).  No I/O. */
cdate agenda_plan(const casefile *cf, cdate day, const signal_settings *s,
		  char *plan, size_t cap, cdate *cover);
/* A deadline of a plan, as the agenda shows it. */
typedef struct agenda_deadline {
	signal_kind kind;
	cdate due;
	int verlopen;
	char text[sizeof ((signal *)0)->text];
} agenda_deadline;
/* The deadlines a plan holds for evaluation day x (>= the plan's day):
 * those shown on x; at most cap into out.  Returns their number, or -1
 * when the plan does not cover x (or is not a plan). */
int agenda_plan_at(const char *plan, cdate x, agenda_deadline *out, int cap);
/* Does kind k give the agenda a deadline?  2 when it shows once its date
 * has come (evaluated on the day after the period: voortgangsgesprek,
 * lang on hold), 1 when it shows ahead of its date, 0: not in the agenda. */
int agenda_deadline_kind(signal_kind k);
/* s with the look-ahead of the deadlines shown ahead of their date
 * unlimited (the plan's settings). */
void agenda_far(signal_settings *s);
/* "Gesprek", "PIP-stap", "Termijn", "Actie" for a column. Static string. */
const char *agenda_soort_naam(int soort);

#endif
