/* sha256.h - SHA-256 and HMAC-SHA-256 (FIPS 180-4, RFC 2104), for the
 * pseudonymous Deelnemer-ID. */
#ifndef CASUS_SHA256_H
#define CASUS_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct sha256_ctx {
	uint32_t h[8];
	uint64_t len;
	uint8_t buf[64];
	size_t nbuf;
} sha256_ctx;

void sha256_init(sha256_ctx *c);
void sha256_update(sha256_ctx *c, const void *data, size_t n);
void sha256_final(sha256_ctx *c, uint8_t out[32]);
void sha256(const void *data, size_t n, uint8_t out[32]);
void hmac_sha256(const void *key, size_t keylen, const void *msg, size_t n,
		 uint8_t out[32]);

/* HMAC with the key absorbed once, for many messages under one key (the
 * pseudonyms of an export). */
typedef struct hmac_sha256_ctx {
	sha256_ctx in, out;    /* states after the inner and outer key pads */
} hmac_sha256_ctx;
void hmac_sha256_init(hmac_sha256_ctx *h, const void *key, size_t keylen);
void hmac_sha256_mac(const hmac_sha256_ctx *h, const void *msg, size_t n, uint8_t out[32]);

#endif
