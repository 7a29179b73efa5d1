/* search.h - finding clients by name fragment (case and diacritics
 * ignored), klantnummer, BSN or date of birth, through indexes:
 * client_fts (FTS5 trigram on the normalised key) for fragments of three
 * or more characters, a prefix range on client.zoeksleutel otherwise,
 * unique indexes for klantnummer and BSN, an index on geboortedatum. */
#ifndef CASUS_SEARCH_H
#define CASUS_SEARCH_H

#include <stddef.h>
#include <stdint.h>
#include "date.h"
#include "db.h"

typedef struct search_result {
	int64_t *ids;     /* owned; sorted by achternaam, voornaam */
	size_t n;
} search_result;

/* Up to `limit` client ids matching `query`.  An empty query matches
 * nothing.  Returns CASUS_OK or CASUS_ERROR. */
int search_clients(casus_db *db, const char *query, size_t limit, search_result *out);
void search_result_free(search_result *r);

/* ---- the search log (src/core/search_log.c, db/011-zoeklog.sql) --------
 * A search on a BSN, whole or its last 4-8 digits, is recorded in the
 * table zoeklog: when, who (the user as the audit records it: the setting
 * "consultant", else the login), the kind, how many digits were typed and
 * how many clients were found.  Never the digits, nor the clients found. */

typedef enum search_bsn_kind {
	SEARCH_BSN_GEEN,      /* the query does not search the BSN */
	SEARCH_BSN_VOLLEDIG,  /* 8 or 9 digits passing the elfproef */
	SEARCH_BSN_EINDE      /* 4 to 8 digits: the end of a BSN */
} search_bsn_kind;

/* What `query` (blanks around it ignored) searches in the BSN column, as
 * search_clients reads it; *digits (may be NULL) gets the number of
 * digits, 0 for SEARCH_BSN_GEEN. */
search_bsn_kind search_bsn_kind_of(const char *query, int *digits);
/* The Dutch name of a kind as the log stores and shows it. */
const char *search_bsn_kind_label(search_bsn_kind k);

/* Record one search of `query` that found `hits` clients: one row when
 * the query searches the BSN, nothing otherwise.  Its own transaction.
 * CASUS_OK, or an error with the Dutch message in db_errmsg. */
int search_log(casus_db *db, const char *query, size_t hits);

/* A search the user asked for as a whole (casus zoek): search_clients,
 * then search_log with the number found (at most `limit`).  When the log
 * cannot be written the search fails too (no results, CASUS_* error and
 * message): no BSN lookup without its log row. */
int search_clients_logged(casus_db *db, const char *query, size_t limit, search_result *out);

/* An incremental search (the screens search on every key): one log row
 * per BSN search, not per key.  search_typed_run searches like
 * search_clients and remembers a BSN query as shown; the query shown last
 * is logged when the text becomes a search that is not on the BSN (or is
 * emptied), and by search_typed_end (Enter opens a client, Esc, leaving
 * the screen).  Re-running the same search (after a change elsewhere)
 * logs nothing new: call search_clients for that.  Zero-initialise;
 * search_typed_end also frees what it holds.  Both return CASUS_OK or
 * the error of the log (the results of search_typed_run are kept). */
typedef struct search_typed {
	char *query;     /* the BSN query shown last, not logged yet; owned */
	size_t hits;
} search_typed;

int search_typed_run(casus_db *db, search_typed *s, const char *query, size_t limit,
		     search_result *out);
int search_typed_end(casus_db *db, search_typed *s);

/* `casus zoeklog`: the rows from day `since` on (0: all), newest first. */
typedef struct zoeklog_row {
	char moment[20];     /* jjjj-mm-dd uu:mm:ss */
	char *wie;           /* owned */
	char soort[16];
	int cijfers;
	int64_t treffers;
} zoeklog_row;

int zoeklog_list(casus_db *db, cdate since, zoeklog_row **rows, size_t *n);
void zoeklog_rows_free(zoeklog_row *rows, size_t n);

#endif
