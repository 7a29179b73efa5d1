/* store.h - reading and writing records.  Each save and delete function is
 * one transaction (nested as a savepoint inside a caller's transaction),
 * validates first (validate.h), binds every value as a parameter, and is
 * audited by the schema's triggers in the same transaction.
 *
 * save: id == 0 inserts and sets id and version; id != 0 updates when the
 * stored version equals r->version (else CASUS_CONFLICT) and bumps version.
 * delete: version 0 skips the conflict check.
 * Return codes are CASUS_* from db.h; on CASUS_INVALID the problems are in
 * `e` (which may be NULL when the caller does not want them). */
#ifndef CASUS_STORE_H
#define CASUS_STORE_H

#include "db.h"
#include "model.h"
#include "record.h"
#include "validate.h"

int store_consultant_save(casus_db *db, consultant *r, valerr *e);
int store_consultant_list(casus_db *db, consultant **out, size_t *n);
/* Find by login; CASUS_NOTFOUND when absent. */
int store_consultant_by_login(casus_db *db, const char *login, consultant *out);

int store_client_save(casus_db *db, client *r, valerr *e);
int store_client_get(casus_db *db, int64_t id, client *out);
int store_client_by_klantnummer(casus_db *db, const char *klantnummer, client *out);
/* Deletes the client and, through ON DELETE CASCADE, every record. */
int store_client_delete(casus_db *db, int64_t id, int version);

int store_pip_step_save(casus_db *db, pip_step *r, valerr *e);
int store_pip_step_delete(casus_db *db, int64_t id, int version);
int store_voortraject_save(casus_db *db, voortraject *r, valerr *e);
int store_voortraject_delete(casus_db *db, int64_t id, int version);
int store_activiteit_save(casus_db *db, activiteit *r, valerr *e);
int store_activiteit_delete(casus_db *db, int64_t id, int version);
int store_employer_save(casus_db *db, employer *r, valerr *e);
int store_employer_list(casus_db *db, employer **out, size_t *n);
int store_employer_by_name(casus_db *db, const char *naam, employer *out);
int store_startbaan_save(casus_db *db, startbaan *r, valerr *e);
int store_startbaan_delete(casus_db *db, int64_t id, int version);
int store_onhold_save(casus_db *db, onhold *r, valerr *e);
int store_onhold_delete(casus_db *db, int64_t id, int version);
/* Refused with a Dutch message when the client already has the other kind
 * (uitval vs einde). */
int store_afsluiting_save(casus_db *db, afsluiting *r, valerr *e);
int store_afsluiting_delete(casus_db *db, int64_t id, int version);
int store_journal_save(casus_db *db, journal *r, valerr *e);
int store_journal_delete(casus_db *db, int64_t id, int version);

/* Any record by its type (record.h): the save of that type above (with
 * its checks), and a read by id into out (initialised by the caller, e.g.
 * with rec_init).  A handover is not saved this way (store_handover). */
int store_record_save(casus_db *db, rec_type rec, void *r, valerr *e);
int store_record_get(casus_db *db, rec_type rec, int64_t id, void *out);

/* A record by its natural key (the import's idempotency keys): a client's
 * voortraject, startbaan or on-hold period by start date, an activity by
 * type and start date, the uitval/einde of a client.  CASUS_OK fills out
 * (lowest id when several match), CASUS_NOTFOUND leaves it as it was. */
int store_voortraject_find(casus_db *db, int64_t client_id, cdate start, voortraject *out);
int store_activiteit_find(casus_db *db, int64_t client_id, int soort, cdate start, activiteit *out);
int store_startbaan_find(casus_db *db, int64_t client_id, cdate start, startbaan *out);
int store_onhold_find(casus_db *db, int64_t client_id, cdate start, onhold *out);
int store_afsluiting_find(casus_db *db, int64_t client_id, afsluiting *out);

/* Hand a client over to another consultant: records the handover and sets
 * the regiehouder, in one transaction. */
int store_handover(casus_db *db, int64_t client_id, int64_t naar_id,
		   cdate datum, const char *reden, valerr *e);

/* Load everything about one client (arrays sorted by date). */
int store_casefile_load(casus_db *db, int64_t client_id, casefile *out);

/* Stream the casefiles of many clients in client id order, with one query
 * per record table (merge join), not one per client.  flags: CF_PARTICIPANTS
 * for only clients with startbanen = 1; CF_NO_PIP, CF_NO_JOURNAL and
 * CF_NO_HANDOVER leave those (empty) when the caller does not need them
 * (the derivations and the registration use none of them).  The callback
 * gets a casefile that is freed after it returns; a non-zero return stops
 * the iteration and is returned.  CF_PREFETCH: the database is read in a
 * second thread while the callback runs (in the calling thread) on the
 * casefiles read before; the callback must then not use the connection.
 * A stop or failure returns the same as without it. */
enum {
	CF_PARTICIPANTS = 1, CF_NO_PIP = 2, CF_NO_JOURNAL = 4, CF_NO_HANDOVER = 8,
	CF_PREFETCH = 16,
	CF_DIRTY = 32,          /* only the clients in client_dirty (caseload_refresh.c) */
	CF_IDS = 64,            /* only the clients in temp.casefile_ids (below) */
	CF_CLIENT_ONLY = 128,   /* the client and its regiehouder's name, no records */
	CF_REGISTRATION = CF_PARTICIPANTS | CF_NO_PIP | CF_NO_JOURNAL | CF_NO_HANDOVER
};
typedef int (*casefile_fn)(const casefile *cf, void *arg);
int store_casefile_foreach(casus_db *db, int flags, casefile_fn fn, void *arg);
/* CF_IDS: creates (once per connection) or empties the temporary table
 * casefile_ids(client_id INTEGER PRIMARY KEY); the core caller then fills
 * it with SQL (INSERT OR IGNORE ... SELECT) and walks with CF_IDS.  A
 * temporary table is written on a read-only file too.  CASUS_*. */
int store_casefile_ids_reset(casus_db *db);
/* Add one client to casefile_ids (after store_casefile_ids_reset; a
 * client already there is no error).  CASUS_*. */
int store_casefile_ids_add(casus_db *db, int64_t client_id);

/* Count clients (all). */
int64_t store_client_count(casus_db *db);

#endif
