/* caseload.h - the caseload overview for the full-screen application:
 * per-client status for today (situatie, most urgent signal, last contact)
 * kept in the cache table client_status (db/003-overzicht.sql), paged
 * listings with filters and sort orders, a client's audit trail, and the
 * controle findings of all participants.  Part of the core (no curses).
 *
 * Ownership: rows and arrays returned are owned by the caller and freed with
 * the matching *_free() function. */
#ifndef CASUS_CASELOAD_H
#define CASUS_CASELOAD_H

#include <stddef.h>
#include <stdint.h>
#include "db.h"
#include "date.h"
#include "controle.h"

/* ---- the status cache -------------------------------------------------- */

/* Progress of a long refresh: done of total clients. */
typedef void (*caseload_progress_fn)(void *arg, int64_t done, int64_t total);

/* Bring client_status up to date for `today`: the clients in client_dirty
 * and, when the rows hold an earlier day, the clients whose next change
 * (herbereken_op, horizon.h) is on or before today.  Every client, in one
 * streaming pass, only when the rows cannot be trusted (no day held: after
 * a migration that removes 'overzicht.datum', or changed thresholds; a
 * later day held; rules of another build) or more than a few thousand
 * changed.  One
 * transaction; CASUS_BUSY when another casus holds the write lock (the
 * cache then stays as it was and can still be read).  *recomputed (may be
 * NULL) gets the number of clients recomputed. */
int caseload_refresh(casus_db *db, cdate today, caseload_progress_fn fn, void *arg,
		     int64_t *recomputed);
/* The same, but when the rows can be trusted (caseload_pass), of the
 * due ones only those of consultant regiehouder_id (> 0; 0: all), however
 * many: what "Mijn caseload" needs for the first screen of a day.  The
 * rows of other consultants may then still be due for today: until a
 * later caseload_refresh (which does them) caseload_holds() says no.
 * Rows that cannot be trusted: every client, as caseload_refresh. */
int caseload_refresh_for(casus_db *db, cdate today, int64_t regiehouder_id,
			 caseload_progress_fn fn, void *arg, int64_t *recomputed);
/* Number of clients waiting in client_dirty (cheap). */
int64_t caseload_dirty_count(casus_db *db);
/* Which pass would bring the rows to today: none (they hold it), the
 * changed clients (dirty, and on a later day the due ones), every client
 * because so many changed that one pass over all is quicker (the rows can
 * still be trusted), or every client because the rows cannot be trusted
 * (no day held, a later day held, rules of another build).  Reads three
 * settings and counts the dirty and due rows. */
enum { CASELOAD_CURRENT, CASELOAD_CHANGED, CASELOAD_MANY, CASELOAD_FULL };
int caseload_pass(casus_db *db, cdate today);
/* caseload_refresh_for with the pass caseload_pass() has just returned,
 * so a caller that looked first (the screen: a progress line for a long
 * pass) does not look twice. */
int caseload_refresh_pass(casus_db *db, cdate today, int pass, int64_t regiehouder_id,
			  caseload_progress_fn fn, void *arg, int64_t *recomputed);
/* The day's refresh in steps, for a screen that is up while it runs (the
 * full screen after a long absence).  A step recomputes the dirty clients
 * and at most `max` of the due ones (0: none; those of regiehouder_id
 * first when > 0) and records the day, with 'overzicht.rest' while due
 * rows remain (caseload_holds() says no until the last step).  The steps
 * share one transaction, kept open between them (commit without fsync);
 * any other transaction (a save) commits it first, so do a step with max
 * 0, the last step, caseload_refresh_commit and closing the database.  *state: what is still due:
 * CASELOAD_REST_MINE (rows of regiehouder_id), CASELOAD_REST_OTHERS (of
 * others only) or CASELOAD_REST_DONE.  On failure everything since the
 * last commit is rolled back (the rows stay due).  Only for rows that
 * can be trusted (caseload_pass() < CASELOAD_FULL). */
enum { CASELOAD_REST_DONE, CASELOAD_REST_OTHERS, CASELOAD_REST_MINE };
int caseload_refresh_step(casus_db *db, cdate today, int64_t regiehouder_id, int64_t max,
			  int *state);
/* Commit the transaction the steps keep open (nothing when none is). */
int caseload_refresh_commit(casus_db *db);
/* Recompute those of the n clients ids whose row is due for today, and the
 * dirty clients, in one transaction (a quick commit; inside the steps' one
 * when that is open): the rows a screen shows while steps remain.  Nothing
 * is written when none of them is due and nothing is dirty.  *recomputed
 * (may be NULL): the clients recomputed. */
int caseload_refresh_ids(casus_db *db, cdate today, const int64_t *ids, size_t n,
			 int64_t *recomputed);
/* The rows due for today (herbereken_op on or before it): of consultant
 * regiehouder_id when > 0, else all.  One index range count. */
int64_t caseload_due_count(casus_db *db, cdate today, int64_t regiehouder_id);
/* Do the client_status rows hold `day` (the last refresh was for that day,
 * with this build's rules)?  Rows of clients in client_dirty may still be
 * stale; every other row is that day's.  Used by agenda.c. */
int caseload_holds(casus_db *db, cdate day);

/* ---- listing ------------------------------------------------------------ */

typedef struct cl_filter {
	int64_t regiehouder_id; /* > 0: only this consultant's clients */
	int startbanen;         /* 1: only startbanen participants */
	int met_signaal;        /* 1: only clients with a signal today */
	int situatie;           /* > 0: only participants with this situatie */
	int team;               /* 1: only clients of an active consultant */
	int soort;              /* > 0: only clients whose most urgent signal
				 * is of signal_kind soort - 1 */
} cl_filter;

enum { CL_SORT_NAAM = 0, CL_SORT_URGENTIE = 1, CL_SORT_CONTACT = 2 };

typedef struct cl_row {
	int64_t id;
	char *naam;             /* "Achternaam, Voornaam", printable */
	char *klantnummer;      /* printable */
	int leerroute;          /* VOCAB_INBURGERINGSPROGRAMMA code */
	int startbanen;         /* participant of the regeling */
	int situatie;           /* VOCAB_SITUATIE code today */
	int urgentie;           /* 0 = no signal */
	int nsignalen;
	char *signaal;          /* the most urgent signal's text, or NULL */
	int signaal_soort;      /* its signal_kind, -1 = none */
	int ernst;              /* its severity: SEV_VERLOPEN, SEV_BINNENKORT, 0 */
	char *regiehouder;      /* consultant name, or NULL */
	cdate laatste_contact;  /* CDATE_NONE = never */
	cdate geboortedatum;    /* CDATE_NONE = unknown (see geboortejaar) */
	int geboortejaar;       /* 0 = unknown */
} cl_row;

/* Counts for a filter: clients and clients with a signal. */
int caseload_count(casus_db *db, const cl_filter *f, int64_t *n, int64_t *nsignaal);
/* One page of the list: rows offset .. offset+limit-1 in `sort` order. */
int caseload_page(casus_db *db, const cl_filter *f, int sort, int64_t offset,
		  int limit, cl_row **rows, size_t *n);
/* Rows for the given client ids, in that order (ids without a row are
 * skipped; rows not yet in the cache are computed on the fly). */
int caseload_rows(casus_db *db, const int64_t *ids, size_t nids, cl_row **rows, size_t *n);
void cl_rows_free(cl_row *rows, size_t n);

/* Short Dutch text of a situatie for a list column ("Voortraject",
 * "Startbaan", ...; "Geen deelnemer" when !startbanen).  Static string. */
const char *caseload_situatie_kort(int startbanen, int situatie);

/* ---- a client's history --------------------------------------------------- */

typedef struct cl_audit {
	char *moment;           /* "jjjj-mm-dd uu:mm:ss" */
	char *wie;
	char *wat;              /* "Voortraject toegevoegd", printable */
	char *details;          /* "einde: 01-02-2026 → 03-02-2026; ...", printable, may be "" */
} cl_audit;

/* The audit trail of one client, oldest first. */
int caseload_history(casus_db *db, int64_t client_id, cl_audit **out, size_t *n);
void cl_audit_free(cl_audit *a, size_t n);

/* ---- registration findings ---------------------------------------------- */

typedef struct cl_controle {
	int64_t client_id;
	char *naam;             /* printable */
	char *klantnummer;      /* printable */
	size_t n;
	finding *f;             /* owned */
} cl_controle;

/* The findings of controle_client() for every participant on P, grouped per
 * client (only clients with findings), in name order.  *deelnemers gets
 * the number of participants checked. */
int caseload_controle(casus_db *db, cdate P, cl_controle **out, size_t *n,
		      size_t *deelnemers, caseload_progress_fn fn, void *arg);
void cl_controle_free(cl_controle *c, size_t n);

/* The most recent 31 oktober on or before today. */
cdate caseload_default_peildatum(cdate today);
/* "jjjj-mm-dd uu:mm" now (CASUS_NOW overrides); caller frees. */
char *caseload_now(void);

#endif
