/* privacy.h - the privacy duties of a municipality (AVG/GDPR, BIO):
 * erasing a client, purging closed cases, private online backups. */
#ifndef CASUS_PRIVACY_H
#define CASUS_PRIVACY_H

#include <stddef.h>
#include <stdint.h>
#include "db.h"
#include "date.h"

/* Erase a client and every related record in one transaction.  The audit
 * rows about the client are removed too; one audit row (actie 'wissen')
 * keeps that an erasure happened, when and by whom — not who was erased.
 * Freed pages are overwritten (secure_delete) and the WAL is checkpointed
 * so the data does not linger in the file.  Returns CASUS_*. */
int privacy_erase_client(casus_db *db, int64_t client_id);

/* Clients whose case closed before `before`: an uitval or einde dated
 * before it, or an inburgering that ended before it.  ids are returned in
 * klantnummer order (caller frees *ids). */
int privacy_closed_before(casus_db *db, cdate before, int64_t **ids, size_t *n);

/* Online copy of the database with the SQLite backup API into a new file
 * created with mode 0600; refuses an existing target unless overwrite.
 * The copy is written to a temporary file next to the target and renamed
 * onto it when complete; the target may only be missing, a regular file or
 * a link to one (fileout.h).  Dutch message in db_errmsg(db). */
int privacy_backup(casus_db *db, const char *target, int overwrite);

#endif
