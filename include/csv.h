/* csv.h - a streaming CSV reader for files as Excel writes them
 * (RFC 4180 with the usual liberties).
 *
 * - UTF-8 with or without a byte order mark (the BOM is skipped).
 * - The separator, ';' or ',', is detected from the first line (the header):
 *   whichever occurs more often outside quotes; ';' when neither occurs.
 * - Fields may be quoted with '"'; inside quotes, separators, line breaks
 *   and doubled quotes ("") are data.  A quote inside an unquoted field is
 *   taken literally.
 * - Records end at LF, CRLF or a lone CR.  Line breaks inside quoted fields
 *   are kept as LF.  csv_line() gives the physical line on which the current
 *   record starts (1-based), for error messages.
 * - Limits, so that any input is read within a fixed amount of memory:
 *   CSV_MAX_FIELDS fields per record, CSV_MAX_FIELD bytes per field,
 *   CSV_MAX_RECORD bytes per record.  A record beyond a limit is CSV_BAD
 *   (the excess is counted for the message and dropped; reading goes on
 *   with the next record, line numbers stay right).
 * - Input that is not text is refused before the first record
 *   (CSV_NOTTEXT): a NUL byte, or a UTF-16/UTF-32 byte order mark, in the
 *   first CSV_SNIFF_BYTES bytes.
 * - Fields are not checked while reading; csv_field_utf8() tells whether a
 *   field is valid UTF-8 without NUL bytes.
 *
 * Ownership: the reader owns the field texts; they stay valid until the
 * next csv_next() or csv_close(). */
#ifndef CASUS_CSV_H
#define CASUS_CSV_H

#include <stddef.h>
#include <stdio.h>

typedef struct csv_reader csv_reader;

#define CSV_MAX_FIELDS 1000          /* fields per record */
#define CSV_MAX_FIELD 65536          /* bytes per field */
#define CSV_MAX_RECORD 1048576       /* bytes per record (1 MiB) */
#define CSV_SNIFF_BYTES 4096         /* bytes looked at for CSV_NOTTEXT */
#define CSV_NO_FIELD ((size_t)-1)    /* csv_error_field(): the whole record */

/* Read from fp (not closed by the reader). */
csv_reader *csv_open_file(FILE *fp);
/* Read from memory (not copied: buf must outlive the reader). */
csv_reader *csv_open_mem(const char *buf, size_t len);
void csv_close(csv_reader *r);

enum {
	CSV_RECORD = 0,   /* a record was read */
	CSV_EOF = 1,      /* no more records */
	CSV_BAD = 2,      /* a record was read, but its quoting is broken:
			   * see csv_error(); the fields are as far as they
			   * could be read, and reading may go on */
	CSV_IOERR = 3,    /* the file could not be read (errno is set) */
	CSV_NOTTEXT = 4   /* the input is not text (see csv_error(); csv_line()
			   * is the line of the first NUL byte); only the first
			   * csv_next() returns it, later ones CSV_EOF */
};

/* Read the next record.  Returns CSV_RECORD, CSV_EOF, CSV_BAD, CSV_IOERR or
 * CSV_NOTTEXT. */
int csv_next(csv_reader *r);

size_t csv_nfields(const csv_reader *r);
/* Field i of the current record as a NUL-terminated string ("" when i is
 * out of range).  A field may contain NUL bytes: see csv_field_len(). */
const char *csv_field(const csv_reader *r, size_t i);
size_t csv_field_len(const csv_reader *r, size_t i);
/* 1 when field i is valid UTF-8 and contains no NUL byte. */
int csv_field_utf8(const csv_reader *r, size_t i);
/* 1 when every field of the current record is blank (spaces/tabs only). */
int csv_record_blank(const csv_reader *r);

/* Physical line (1-based) on which the current record starts. */
long csv_line(const csv_reader *r);
/* Physical line on which field i of the current record starts. */
long csv_field_line(const csv_reader *r, size_t i);
/* The separator in use (';' or ','); known after the first csv_next(). */
char csv_separator(const csv_reader *r);
/* 1 when the input started with a UTF-8 byte order mark. */
int csv_had_bom(const csv_reader *r);
/* Dutch description of the last CSV_BAD ("" when none); static or owned by
 * the reader. */
const char *csv_error(const csv_reader *r);
/* Index of the field in which the last CSV_BAD problem was found, or
 * CSV_NO_FIELD when it concerns the whole record (too many fields, too
 * long). */
size_t csv_error_field(const csv_reader *r);

#endif
