/* test_sha256.c - SHA-256 (FIPS 180-4 examples) and HMAC-SHA-256
 * (RFC 4231 test cases 1, 2 and 6). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "check.h"
#include "sha256.h"

static void hex(const uint8_t d[32], char out[65])
{
	for (int i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}

static void check_sha(const void *data, size_t n, const char *want, const char *desc)
{
	uint8_t d[32];
	char h[65];

	sha256(data, n, d);
	hex(d, h);
	CHECK_STR(h, want, desc);
}

static void check_hmac(const void *key, size_t klen, const void *msg, size_t n,
		       const char *want, const char *desc)
{
	uint8_t d[32];
	char h[65];

	hmac_sha256(key, klen, msg, n, d);
	hex(d, h);
	CHECK_STR(h, want, desc);
}

int main(void)
{
	static char a[1000];
	uint8_t d[32], key[131];
	char h[65];
	sha256_ctx c;

	check_sha("abc", 3,
		  "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
		  "sha256(\"abc\")");
	check_sha("", 0,
		  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		  "sha256(\"\")");
	check_sha("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56,
		  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
		  "sha256 448-bit message (two blocks)");

	/* Padding boundaries: 55 bytes fit one block, 56 need two. */
	memset(a, 'a', sizeof a);
	check_sha(a, 55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
		  "sha256 55 x 'a'");
	check_sha(a, 56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
		  "sha256 56 x 'a'");
	check_sha(a, 63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
		  "sha256 63 x 'a'");
	check_sha(a, 64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
		  "sha256 64 x 'a'");

	/* A million 'a' in uneven chunks crossing block boundaries. */
	sha256_init(&c);
	{
		size_t left = 1000000, step = 1;
		while (left) {
			size_t n = step < left ? step : left;
			sha256_update(&c, a, n);
			left -= n;
			step = step * 7 % 997 + 1;
		}
	}
	sha256_final(&c, d);
	hex(d, h);
	CHECK_STR(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
		  "sha256 of a million 'a' fed in chunks");

	/* Chunked update equals one-shot for a two-block message. */
	sha256_init(&c);
	sha256_update(&c, a, 10);
	sha256_update(&c, a, 0);
	sha256_update(&c, a, 109);
	sha256_final(&c, d);
	hex(d, h);
	CHECK_STR(h, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb",
		  "sha256 119 x 'a' in two updates");

	/* RFC 4231 test case 1 */
	memset(key, 0x0b, 20);
	check_hmac(key, 20, "Hi There", 8,
		   "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
		   "HMAC RFC 4231 case 1");
	/* test case 2 */
	check_hmac("Jefe", 4, "what do ya want for nothing?", 28,
		   "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
		   "HMAC RFC 4231 case 2");
	/* test case 6: 131-byte key, hashed first */
	memset(key, 0xaa, sizeof key);
	check_hmac(key, sizeof key,
		   "Test Using Larger Than Block-Size Key - Hash Key First", 54,
		   "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
		   "HMAC RFC 4231 case 6 (long key)");

	return check_done();
}
