/* fuzz_date.c - libFuzzer target for the date parser: any input must give
 * a defined result, and every accepted date must format and parse back to
 * itself. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = xstrndup((const char *)data, size);
	cdate d = CDATE_NONE, back = CDATE_NONE;
	int rc = cdate_parse(s, &d);

	if (rc == DATE_OK) {
		char nl[11], iso[11];

		if (d == CDATE_NONE)
			abort();
		cdate_format_nl(d, nl);
		cdate_format_iso(d, iso);
		if (cdate_parse(nl, &back) != DATE_OK || back != d)
			abort();
		if (cdate_from_iso(iso) != d)
			abort();
	} else if (rc != DATE_EMPTY && rc != DATE_SYNTAX && rc != DATE_IMPOSSIBLE) {
		abort();
	}
	(void)cdate_parse_message(rc);
	free(s);
	return 0;
}
