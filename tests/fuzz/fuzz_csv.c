/* fuzz_csv.c - libFuzzer target for the CSV reader: any bytes must be read
 * to the end without crashing or looping, line numbers never go backwards,
 * and every field is a NUL-terminated string of its stated length. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	csv_reader *r = csv_open_mem((const char *)data, size);
	long last = 0;
	size_t records = 0;
	int rc;

	if (!r)
		return 0;
	while ((rc = csv_next(r)) == CSV_RECORD || rc == CSV_BAD) {
		long line = csv_line(r);

		if (line < last || line < 1)
			abort();
		last = line;
		if (csv_nfields(r) > CSV_MAX_FIELDS)
			abort();
		for (size_t i = 0; i < csv_nfields(r); i++) {
			const char *f = csv_field(r, i);
			size_t n = csv_field_len(r, i);

			if (f[n] != '\0')
				abort();
			if (csv_field_utf8(r, i) && memchr(f, '\0', n))
				abort();
			if (n > CSV_MAX_FIELD)
				abort();
			if (csv_field_line(r, i) < line)
				abort();
		}
		if (rc == CSV_BAD && csv_error(r)[0] == '\0')
			abort();
		if (++records > size + 1)   /* every record consumes input */
			abort();
	}
	if (rc == CSV_NOTTEXT) {
		/* refused as a whole: no record was read, and it stays so */
		if (records != 0 || csv_error(r)[0] == '\0' || csv_next(r) != CSV_EOF)
			abort();
		rc = CSV_EOF;
	}
	if (rc != CSV_EOF)
		abort();
	if (csv_separator(r) != ';' && csv_separator(r) != ',')
		abort();
	csv_close(r);
	return 0;
}
