/* fuzz_bsn.c - libFuzzer target for the BSN check: valid means exactly the
 * elfproef over 9 digits (8 with a leading zero dropped), and normalising a
 * valid BSN gives 9 digits that are valid again. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "validate.h"

static int reference(const char *s)
{
	char d[10];
	size_t n;
	int sum = 0;

	/* surrounding blanks and line ends are allowed, as typed or pasted */
	while (*s && strchr(" \t\r\n", *s))
		s++;
	n = strlen(s);
	while (n && strchr(" \t\r\n", s[n - 1]))
		n--;

	if (n == 8) {
		d[0] = '0';
		memcpy(d + 1, s, 8);
	} else if (n == 9) {
		memcpy(d, s, 9);
	} else {
		return 0;
	}
	for (int i = 0; i < 9; i++)
		if (d[i] < '0' || d[i] > '9')
			return 0;
	for (int i = 0; i < 8; i++)
		sum += (9 - i) * (d[i] - '0');
	sum -= d[8] - '0';
	return sum % 11 == 0 && memcmp(d, "000000000", 9) != 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = xstrndup((const char *)data, size);
	char out[10];
	int valid;

	if (strlen(s) != size) { /* embedded NUL: not a C string input */
		free(s);
		return 0;
	}
	valid = bsn_valid(s);
	if (valid != reference(s))
		abort();
	if (valid) {
		if (bsn_normalise(s, out) != 0 || strlen(out) != 9 || !bsn_valid(out))
			abort();
	}
	free(s);
	return 0;
}
