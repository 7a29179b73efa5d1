/* search.h - finding clients by name fragment (case and diacritics
 * ignored), klantnummer, BSN or date of birth, through indexes:
 * client_fts (FTS5 trigram on the normalised key) for fragments of three
 * or more characters, a prefix range on client.zoeksleutel otherwise,
 * unique indexes for klantnummer and BSN, an index on geboortedatum. */
#ifndef CASUS_SEARCH_H
#define CASUS_SEARCH_H

#include <stddef.h>
#include <stdint.h>
#include "db.h"

typedef struct search_result {
	int64_t *ids;     /* owned; sorted by achternaam, voornaam */
	size_t n;
} search_result;

/* Up to `limit` client ids matching `query`.  An empty query matches
 * nothing.  Returns CASUS_OK or CASUS_ERROR. */
int search_clients(casus_db *db, const char *query, size_t limit, search_result *out);
void search_result_free(search_result *r);

#endif
