/* settings.h - the user's settings, each described once (key, Dutch name,
 * kind, limits, default, description: a table like htop's fields), read,
 * validated and stored through one function each.  Part of the core (no
 * curses, no printing).
 *
 * The settings live in the table `setting` (db_setting_get/set); this
 * module is the one place that knows which keys a user may set and what
 * their values may be.  The command line (`casus instelling`) and the
 * TUI's settings screen both go through it.
 *
 * Ownership: returned strings are owned by the caller (free()); the
 * descriptions are static. */
#ifndef CASUS_SETTINGS_H
#define CASUS_SETTINGS_H

#include <stddef.h>
#include <stdint.h>

#include "db.h"
#include "date.h"

typedef enum {
	SET_CONSULTANT,     /* the login of an existing consultant */
	SET_TEXT,           /* one line of text */
	SET_DATE,           /* typed dd-mm-jjjj, stored jjjj-mm-dd */
	SET_NUMBER,         /* a whole number in [min, max] */
} setting_kind;

typedef struct setting_def {
	const char *key;         /* key in table setting; also the command-line name */
	const char *naam;        /* Dutch name as screens show it */
	setting_kind kind;
	int min, max;            /* SET_NUMBER: limits; SET_TEXT: max length */
	int dflt;                /* SET_NUMBER: the default */
	const char *omschrijving; /* Dutch, one line: what it does and its default */
} setting_def;

/* The settings in display order: consultant, gemeente, team, peildatum,
 * then the signal thresholds of SIGNAL_LIST (signals.h). */
size_t settings_count(void);
const setting_def *settings_def(size_t i);
/* By key ("consultant", "signaal.pip_dagen"), case-insensitive; NULL when
 * there is no such setting. */
const setting_def *settings_find(const char *key);

/* The value as the user reads it (a date as dd-mm-jjjj, a consultant as
 * its login), or NULL when not set.  Caller frees. */
char *settings_value(casus_db *db, const setting_def *d);
/* The default as the user reads it ("niet ingesteld", "14", ...).  Caller
 * frees. */
char *settings_default_text(const setting_def *d);

/* Validate `value` for setting d and store it in one transaction.  A blank
 * value removes the setting (its default applies again).  On bad input
 * returns CASUS_INVALID and *msg gets a Dutch message naming the setting
 * and the problem; on success *msg is NULL or a warning (a peildatum that
 * is not 31 oktober), stored anyway.  Caller frees *msg. */
int settings_set(casus_db *db, const setting_def *d, const char *value, char **msg);

/* The consultant casus takes as "me": the one whose login is the setting
 * "consultant", else the one whose login is $USER; 0 when none.  With
 * naam, *naam gets a copy of the name (caller frees; NULL when 0). */
int64_t settings_me(casus_db *db, char **naam);
/* Is "who are you" still open: no consultant setting and no consultant
 * with the login $USER, while consultants exist? */
int settings_need_me(casus_db *db);

#endif
