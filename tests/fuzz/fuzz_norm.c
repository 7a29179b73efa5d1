/* fuzz_norm.c - libFuzzer target for the search normaliser: any bytes in,
 * valid UTF-8 out, without leading/trailing or double spaces, idempotent,
 * and the buffer variant never overruns. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = xstrndup((const char *)data, size);
	char *k = norm_key(s), *k2;
	char small[8];
	size_t n = strlen(k);

	if (!utf8_valid(k, n))
		abort();
	if (n && (k[0] == ' ' || k[n - 1] == ' ' || strstr(k, "  ")))
		abort();
	k2 = norm_key(k);
	if (strcmp(k, k2) != 0)
		abort();
	if (norm_key_buf(s, small, sizeof small) >= sizeof small || !utf8_valid(small, strlen(small)))
		abort();
	free(k2);
	free(k);
	free(s);
	return 0;
}
