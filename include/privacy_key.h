/* privacy_key.h - the secret key of the pseudonyms and the Deelnemer-ID
 * (privacy_key.c).  The key is the setting 'pseudoniem.sleutel' (hex); the
 * Deelnemer-ID of a client is "D-" and the first 12 hex digits of
 * HMAC-SHA-256(key, "deelnemer:<internal id>"). */
#ifndef CASUS_PRIVACY_KEY_H
#define CASUS_PRIVACY_KEY_H

#include <stddef.h>
#include <stdint.h>

#include "db.h"
#include "sha256.h"

#define PRIVACY_KEY_MAX 64      /* bytes of key material */

/* Read the key into key[] (*keylen bytes), creating it when missing
 * (reading and creating are one BEGIN IMMEDIATE transaction, so parallel
 * first exports agree).  A key that is not hex is used as text (hashed
 * down to 32 bytes when longer than PRIVACY_KEY_MAX).  Returns CASUS_OK,
 * or CASUS_ERROR with a Dutch message in the database's error text.  The
 * caller should wipe key[] after use. */
int privacy_key_load(casus_db *db, uint8_t key[PRIVACY_KEY_MAX], size_t *keylen);

/* The Deelnemer-ID of internal id `id` under the key absorbed in h
 * (hmac_sha256_init); out holds EXPORT_ID_LEN + 1 bytes (export.h). */
void privacy_pseudonym(const hmac_sha256_ctx *h, int64_t id, char *out);

#endif
