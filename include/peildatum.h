/* peildatum.h - the current peildatum of the registration (core).
 *
 * One peildatum everywhere: the card's "velden onbekend", the Registratie
 * screen, `casus controle` and `casus export` without --peildatum. */
#ifndef CASUS_PEILDATUM_H
#define CASUS_PEILDATUM_H

#include "date.h"
#include "db.h"

/* The current peildatum on `today`: the setting "peildatum" (jjjj-mm-dd)
 * when it is set to a valid date; else the most recent 31 oktober on or
 * before today when that is at most 4 months back (the export season,
 * November to February); else the coming 31 oktober.  db may be NULL (no
 * setting). */
cdate peildatum_current(casus_db *db, cdate today);

/* The "peildatum" setting alone: CDATE_NONE when it is not set (or not a
 * valid date).  The signals keep the rule on the day they are computed for
 * (signal_settings.peildatum), so that the overview of a later day moves
 * with it. */
cdate peildatum_setting(casus_db *db);

/* The same without a setting: the rule on today alone. */
cdate peildatum_for(cdate today);

#endif
