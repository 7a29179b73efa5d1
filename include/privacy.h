/* privacy.h - the privacy duties of a municipality (AVG/GDPR, BIO):
 * erasing a client, purging closed cases, private online backups. */
#ifndef CASUS_PRIVACY_H
#define CASUS_PRIVACY_H

#include <stddef.h>
#include <stdint.h>
#include "db.h"
#include "date.h"

/* Erase the clients ids[0..n-1] and every related record in one
 * transaction (all or nothing; CASUS_NOTFOUND when one no longer exists).
 * The audit rows about them are removed; one audit row per client (actie
 * 'wissen') keeps that an erasure happened, when and by whom, not who.  In
 * other clients' history, every record state that held an erased BSN gets
 * "[gewist]" in each identifier field (bsn, voornaam, achternaam,
 * geboortedatum, geboortejaar, telefoon, email, adres) that equals the
 * erased person's value.  Deletes overwrite (secure_delete), the search
 * index is merged and the WAL is checkpointed and truncated.  When another
 * connection blocks that checkpoint the erasure is committed but the file
 * is not clean yet: *pending (if non-NULL) is set to 1, and the next
 * open (usecase_open: privacy_finish_pending) completes it.  Must not be called
 * inside a transaction.  The cost grows with what is erased, not with the
 * size of the file.  Returns CASUS_*. */
int privacy_erase_clients(casus_db *db, const int64_t *ids, size_t n, int *pending);
int privacy_erase_client(casus_db *db, int64_t client_id, int *pending);

/* Complete an erasure whose checkpoint was blocked (setting
 * 'wissen.onvoltooid'): CASUS_OK when nothing is pending (any more),
 * CASUS_BUSY when another connection still blocks it.  usecase_open
 * calls it after db_open. */
int privacy_finish_pending(casus_db *db);

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
