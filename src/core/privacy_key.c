/* privacy_key.c - the secret key of the pseudonyms (setting
 * 'pseudoniem.sleutel') and the Deelnemer-ID derived from it: read,
 * created in one write transaction when missing, and the HMAC-SHA-256
 * pseudonym of a client's internal id.  Used by the export; next to the
 * privacy code because the key is what keeps the workbook pseudonymous. */
#include "config.h"

#include <assert.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_int.h"
#include "export.h"
#include "privacy_key.h"
#include "sha256.h"
#include "util.h"

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Create the key when it is missing.  Reading and creating are one write
 * transaction (BEGIN IMMEDIATE): of exports that start at once without a
 * key, one creates it and the others wait and read that one, so every
 * workbook carries the same pseudonyms.  Returns the key (caller frees) or
 * NULL with a Dutch message. */
static char *create_key(casus_db *db)
{
	sqlite3_stmt *st = NULL;
	char *v = NULL;
	int rc;

	if (db_tx_begin(db) != CASUS_OK)
		return NULL;
	v = db_setting_get(db, "pseudoniem.sleutel");    /* created meanwhile? */
	if (str_blank(v)) {
		free(v);
		v = NULL;
		if (db_prepare(db, "SELECT lower(hex(randomblob(32)))", &st) == SQLITE_OK &&
		    sqlite3_step(st) == SQLITE_ROW)
			v = xstrdup((const char *)sqlite3_column_text(st, 0));
		sqlite3_finalize(st);
		if (!v || db_setting_set(db, "pseudoniem.sleutel", v) != CASUS_OK) {
			db_tx_rollback(db);
			free(v);
			return NULL;
		}
	}
	rc = db_tx_commit(db);
	if (rc != CASUS_OK) {
		free(v);
		return NULL;
	}
	return v;
}

/* The secret of the pseudonyms: setting 'pseudoniem.sleutel' (hex),
 * created when missing. */
int privacy_key_load(casus_db *db, uint8_t key[PRIVACY_KEY_MAX], size_t *keylen)
{
	char *v = db_setting_get(db, "pseudoniem.sleutel");
	size_t n, i;

	assert(db && key && keylen);
	if (str_blank(v)) {
		free(v);
		v = create_key(db);
		if (!v) {
			char why[sizeof db->errmsg];
			snprintf(why, sizeof why, "%s", db->errmsg);
			snprintf(db->errmsg, sizeof db->errmsg,
				 "kan de sleutel voor de pseudoniemen niet aanmaken%s%.400s",
				 why[0] ? ": " : "", why);
			return CASUS_ERROR;
		}
	}
	n = strlen(v);
	if (n % 2 == 0 && n / 2 <= PRIVACY_KEY_MAX) {
		for (i = 0; i < n / 2; i++) {
			int hi = hexval((unsigned char)v[2 * i]), lo = hexval((unsigned char)v[2 * i + 1]);
			if (hi < 0 || lo < 0)
				break;
			key[i] = (uint8_t)(hi << 4 | lo);
		}
		if (i == n / 2) {
			*keylen = i;
			free(v);
			return CASUS_OK;
		}
	}
	/* not hex: use the text itself (hashed down when long) */
	if (n > PRIVACY_KEY_MAX) {
		sha256(v, n, key);
		*keylen = 32;
	} else {
		memcpy(key, v, n);
		*keylen = n;
	}
	free(v);
	return CASUS_OK;
}

void privacy_pseudonym(const hmac_sha256_ctx *h, int64_t id, char *out)
{
	static const char hex[] = "0123456789abcdef";
	char msg[48];
	uint8_t mac[32];
	int n, i;

	assert(h && out);
	n = snprintf(msg, sizeof msg, "deelnemer:%lld", (long long)id);
	hmac_sha256_mac(h, msg, (size_t)n, mac);
	out[0] = 'D';
	out[1] = '-';
	for (i = 0; i < 6; i++) {
		out[2 + 2 * i] = hex[mac[i] >> 4];
		out[3 + 2 * i] = hex[mac[i] & 15];
	}
	out[EXPORT_ID_LEN] = '\0';
}

int export_deelnemer_id(casus_db *db, int64_t client_id, char *out)
{
	uint8_t key[PRIVACY_KEY_MAX];
	size_t keylen = 0;
	hmac_sha256_ctx h;
	int rc = privacy_key_load(db, key, &keylen);

	if (rc != CASUS_OK)
		return rc;
	hmac_sha256_init(&h, key, keylen);
	privacy_pseudonym(&h, client_id, out);
	memset(key, 0, sizeof key);
	return CASUS_OK;
}
