/* search_log.c - the search log of BSN searches (see search.h and
 * db/011-zoeklog.sql).
 *
 * Looking a client up by the last digits of the BSN is how a consultant
 * tells same-named clients apart at the counter; it is also how somebody
 * could go through the BSNs of a caseload.  So every such search leaves a
 * row: who, when, the kind, the number of digits and of clients found -
 * never the digits, never the clients (data minimisation).  The screens
 * search on every key; search_typed_* turn that into one row per search. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_int.h"
#include "search.h"
#include "util.h"
#include "validate.h"

search_bsn_kind search_bsn_kind_of(const char *query, int *digits)
{
	char *t = query ? str_trim_dup(query) : xstrdup("");
	size_t n = strlen(t);
	search_bsn_kind k = SEARCH_BSN_GEEN;

	/* the same readings as add_bsn_branch and add_bsn_suffix_branch */
	if (n >= 4 && n <= 9 && strspn(t, "0123456789") == n) {
		if ((n == 8 || n == 9) && bsn_valid(t))
			k = SEARCH_BSN_VOLLEDIG;
		else if (n <= 8)
			k = SEARCH_BSN_EINDE;
	}
	free(t);
	if (digits)
		*digits = k == SEARCH_BSN_GEEN ? 0 : (int)n;
	return k;
}

const char *search_bsn_kind_label(search_bsn_kind k)
{
	switch (k) {
	case SEARCH_BSN_VOLLEDIG: return "BSN volledig";
	case SEARCH_BSN_EINDE: return "BSN-einde";
	default: return "";
	}
}

int search_log(casus_db *db, const char *query, size_t hits)
{
	sqlite3_stmt *st = NULL;
	int digits, rc, began = 0;
	search_bsn_kind k = search_bsn_kind_of(query, &digits);

	if (k == SEARCH_BSN_GEEN)
		return CASUS_OK;
	if (db->readonly) {
		/* opened read-only (a file the user may not write): say so
		 * before trying, instead of "de wijziging is niet opgeslagen" */
		snprintf(db->errmsg, sizeof db->errmsg, "Zoeken op (een deel van) een BSN wordt "
			 "vastgelegd in het zoeklogboek, en dat kan niet: u mag dit databasebestand "
			 "alleen lezen. Zoek op naam, klantnummer (met K) of geboortedatum.");
		return CASUS_DISK;
	}
	if ((rc = db_tx_begin(db)) != CASUS_OK)
		goto cleanup;
	began = 1;
	if (db_stmt(db, "INSERT INTO zoeklog(moment, wie, soort, cijfers, treffers)"
		    " VALUES (casus_now(), casus_user(), ?, ?, ?)", &st) != SQLITE_OK) {
		rc = CASUS_ERROR;
		goto cleanup;
	}
	sqlite3_bind_text(st, 1, search_bsn_kind_label(k), -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, digits);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)hits);
	rc = sqlite3_step(st);
	rc = rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "vastleggen in het zoeklogboek");
	sqlite3_reset(st);   /* a cached statement: reset, never finalized */

cleanup:
	if (began && rc == CASUS_OK)
		rc = db_tx_commit(db);
	else if (began)
		db_tx_rollback(db);
	if (rc != CASUS_OK) {
		char *cause = xstrdup(db_errmsg(db));

		snprintf(db->errmsg, sizeof db->errmsg, "Zoeken op (een deel van) een BSN wordt "
			 "vastgelegd in het zoeklogboek, en dat lukte niet: %s", cause);
		free(cause);
	}
	return rc;
}

int search_clients_logged(casus_db *db, const char *query, size_t limit, search_result *out)
{
	int rc = search_clients(db, query, limit, out);

	if (rc != CASUS_OK)
		return rc;
	rc = search_log(db, query, out->n);
	if (rc != CASUS_OK)
		search_result_free(out);
	return rc;
}

int search_typed_end(casus_db *db, search_typed *s)
{
	int rc = CASUS_OK;

	if (s->query)
		rc = search_log(db, s->query, s->hits);
	free(s->query);
	s->query = NULL;
	s->hits = 0;
	return rc;
}

int search_typed_run(casus_db *db, search_typed *s, const char *query, size_t limit,
		     search_result *out)
{
	int rc = search_clients(db, query, limit, out), lrc = CASUS_OK;

	if (search_bsn_kind_of(query, NULL) == SEARCH_BSN_GEEN) {
		/* the BSN search shown before is over */
		lrc = search_typed_end(db, s);
	} else if (rc == CASUS_OK) {
		/* still typing (or erasing) the digits: this one counts now */
		free(s->query);
		s->query = xstrdup(query);
		s->hits = out->n;
	}
	return rc != CASUS_OK ? rc : lrc;
}

int zoeklog_list(casus_db *db, cdate since, zoeklog_row **rows, size_t *n)
{
	sqlite3_stmt *st = NULL;
	char from[11] = "";
	size_t cap = 0;
	int rc;

	*rows = NULL;
	*n = 0;
	if (since != CDATE_NONE)
		cdate_format_iso(since, from);
	if (db_prepare(db, "SELECT moment, wie, soort, cijfers, treffers FROM zoeklog"
		       " WHERE moment >= ? ORDER BY moment DESC, id DESC", &st) != SQLITE_OK)
		return CASUS_ERROR;
	sqlite3_bind_text(st, 1, from, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		zoeklog_row *r;
		const char *m = (const char *)sqlite3_column_text(st, 0);
		const char *w = (const char *)sqlite3_column_text(st, 1);
		const char *k = (const char *)sqlite3_column_text(st, 2);

		if (*n == cap) {
			cap = cap ? cap * 2 : 32;
			*rows = xrealloc(*rows, cap * sizeof **rows);
		}
		r = &(*rows)[(*n)++];
		snprintf(r->moment, sizeof r->moment, "%s", m ? m : "");
		r->wie = xstrdup(w ? w : "");
		snprintf(r->soort, sizeof r->soort, "%s", k ? k : "");
		r->cijfers = sqlite3_column_int(st, 3);
		r->treffers = sqlite3_column_int64(st, 4);
	}
	if (rc != SQLITE_DONE) {
		rc = db_fail(db, rc, "lezen van het zoeklogboek");
		zoeklog_rows_free(*rows, *n);
		*rows = NULL;
		*n = 0;
	} else {
		rc = CASUS_OK;
	}
	sqlite3_finalize(st);
	return rc;
}

void zoeklog_rows_free(zoeklog_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(rows[i].wie);
	free(rows);
}
