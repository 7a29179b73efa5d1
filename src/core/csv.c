/* csv.c - a streaming CSV reader (see csv.h).
 *
 * Input is read in blocks into `buf`; the bytes of the current record's
 * fields are copied into `data`, each field NUL-terminated, with its offset,
 * length and starting line in parallel arrays.
 *
 * Memory is bounded whatever the input: `buf` holds at most a block plus
 * what the start (BOM, sniffing, separator) looks ahead, `data` at most
 * CSV_MAX_RECORD bytes plus one terminator per field, the field arrays at
 * most CSV_MAX_FIELDS entries.  Bytes beyond a limit are counted (for the
 * message) and dropped; the record is still parsed to its end, so that the
 * records after it and their line numbers are right. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "util.h"

#define CSV_BLOCK 65536
#define CSV_SCAN_MAX 65536   /* bytes of the first line seen for the separator */

struct csv_reader {
	FILE *fp;              /* NULL when reading from memory */
	char *buf;             /* file mode: owned block buffer */
	const char *in;        /* bytes available: in[pos..len) */
	size_t pos, len, cap;
	int eof;               /* no more input after in[len] */
	int ioerr;
	int started;           /* BOM and separator handled */
	char sep;
	int bom;
	long line;             /* current physical line */
	long rec_line;
	/* the current record */
	char *data;
	size_t dlen, dcap;
	size_t *off, *flen;
	long *fline;
	size_t nf, fcap;
	size_t ntotal;         /* fields seen, stored or not */
	size_t fbytes, rbytes; /* bytes of the current field / record */
	int notext;            /* input refused as not text: no records */
	const char *err;
	size_t err_field;
	char errbuf[160];
};

static csv_reader *csv_new(void)
{
	csv_reader *r = xcalloc(1, sizeof *r);

	r->line = 1;
	r->sep = ';';
	r->err = "";
	return r;
}

csv_reader *csv_open_file(FILE *fp)
{
	csv_reader *r = csv_new();

	r->fp = fp;
	return r;
}

csv_reader *csv_open_mem(const char *buf, size_t len)
{
	csv_reader *r = csv_new();

	r->in = buf ? buf : "";
	r->len = buf ? len : 0;
	r->eof = 1;
	return r;
}

void csv_close(csv_reader *r)
{
	if (!r)
		return;
	free(r->buf);
	free(r->data);
	free(r->off);
	free(r->flen);
	free(r->fline);
	free(r);
}

/* Read more input, keeping in[pos..len) (moved to the front).  Returns the
 * number of bytes added; 0 at end of input or on a read error. */
static size_t csv_fill(csv_reader *r)
{
	size_t keep, got;

	if (r->eof || !r->fp)
		return 0;
	keep = r->len - r->pos;
	if (r->pos > 0 && keep > 0)
		memmove(r->buf, r->buf + r->pos, keep);
	r->pos = 0;
	r->len = keep;
	if (r->cap - r->len < CSV_BLOCK) {
		r->cap = r->cap ? r->cap * 2 : CSV_BLOCK * 2;
		while (r->cap - r->len < CSV_BLOCK)
			r->cap *= 2;
		r->buf = xrealloc(r->buf, r->cap);
	}
	got = fread(r->buf + r->len, 1, r->cap - r->len, r->fp);
	if (got == 0) {
		if (ferror(r->fp))
			r->ioerr = errno ? errno : EIO;
		r->eof = 1;
	}
	r->len += got;
	r->in = r->buf;
	return got;
}

/* Next byte or -1 at end of input. */
static inline int csv_get(csv_reader *r)
{
	if (r->pos == r->len && csv_fill(r) == 0)
		return -1;
	return (unsigned char)r->in[r->pos++];
}

static inline int csv_peek(csv_reader *r)
{
	if (r->pos == r->len && csv_fill(r) == 0)
		return -1;
	return (unsigned char)r->in[r->pos];
}

static inline void csv_append(csv_reader *r, char c)
{
	if (r->dlen + 1 >= r->dcap) {
		r->dcap = r->dcap ? r->dcap * 2 : 1024;
		r->data = xrealloc(r->data, r->dcap);
	}
	r->data[r->dlen++] = c;
}

/* A data byte of the current field: stored while the field and the record
 * are within their limits and the field is within CSV_MAX_FIELDS. */
static inline void csv_put(csv_reader *r, char c)
{
	r->fbytes++;
	r->rbytes++;
	if (r->ntotal > CSV_MAX_FIELDS || r->fbytes > CSV_MAX_FIELD ||
	    r->rbytes > CSV_MAX_RECORD)
		return;
	csv_append(r, c);
}

static void csv_field_begin(csv_reader *r)
{
	r->ntotal++;
	r->fbytes = 0;
	if (r->ntotal > CSV_MAX_FIELDS)
		return;
	if (r->nf == r->fcap) {
		r->fcap = r->fcap ? r->fcap * 2 : 32;
		r->off = xrealloc(r->off, r->fcap * sizeof *r->off);
		r->flen = xrealloc(r->flen, r->fcap * sizeof *r->flen);
		r->fline = xrealloc(r->fline, r->fcap * sizeof *r->fline);
	}
	r->off[r->nf] = r->dlen;
	r->flen[r->nf] = 0;
	r->fline[r->nf] = r->line;
	r->nf++;
}

static void csv_bad(csv_reader *r, const char *msg);

static void csv_field_end(csv_reader *r)
{
	if (r->ntotal > CSV_MAX_FIELDS)
		return;
	r->flen[r->nf - 1] = r->dlen - r->off[r->nf - 1];
	csv_append(r, '\0');
	if (r->fbytes > CSV_MAX_FIELD && !*r->err) {
		snprintf(r->errbuf, sizeof r->errbuf, "is te lang (%zu bytes, hoogstens %d)",
			 r->fbytes, CSV_MAX_FIELD);
		csv_bad(r, r->errbuf);
	}
}

/* Refuse input that is not text, from its first CSV_SNIFF_BYTES: UTF-16 or
 * UTF-32 (a byte order mark), or a NUL byte (binary formats: a workbook,
 * a zip, /dev/zero).  Returns 1 when refused (r->err set). */
static int csv_sniff(csv_reader *r)
{
	const unsigned char *p = (const unsigned char *)r->in + r->pos;
	size_t n = r->len - r->pos;
	const unsigned char *z;

	if (n > CSV_SNIFF_BYTES)
		n = CSV_SNIFF_BYTES;
	if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
		r->err = "is opgeslagen als UTF-16 (Unicode-tekst), niet als CSV UTF-8; "
			"sla het bestand op als \"CSV UTF-8\"";
		r->rec_line = 1;
		return 1;
	}
	z = memchr(p, 0, n);
	if (z) {
		r->rec_line = 1;
		for (const unsigned char *q = p; q < z; q++)
			r->rec_line += *q == '\n';
		r->err = "is geen tekstbestand (het bevat NUL-bytes; een Excel-werkmap of ander "
			"binair bestand?); sla het bestand op als \"CSV UTF-8\"";
		return 1;
	}
	return 0;
}

/* Skip a BOM and detect the separator from the first line. */
static void csv_start(csv_reader *r)
{
	size_t i;
	int inq = 0, nsemi = 0, ncomma = 0;

	r->started = 1;
	while (r->len - r->pos < CSV_SNIFF_BYTES && csv_fill(r) > 0)
		;
	if (csv_sniff(r)) {
		r->notext = 1;
		return;
	}
	if (r->len - r->pos >= 3 && memcmp(r->in + r->pos, "\xEF\xBB\xBF", 3) == 0) {
		r->bom = 1;
		r->pos += 3;
	}
	/* scan the first line (outside quotes), reading more as needed, up to
	 * CSV_SCAN_MAX bytes */
	i = r->pos;
	for (;;) {
		if (i - r->pos >= CSV_SCAN_MAX)
			break;
		if (i == r->len) {
			size_t rel = i - r->pos;

			if (csv_fill(r) == 0)
				break;
			i = r->pos + rel;
			continue;
		}
		char c = r->in[i++];
		if (c == '"')
			inq = !inq;
		else if (!inq && (c == '\n' || c == '\r'))
			break;
		else if (!inq && c == ';')
			nsemi++;
		else if (!inq && c == ',')
			ncomma++;
	}
	r->sep = ncomma > nsemi ? ',' : ';';
}

static void csv_bad(csv_reader *r, const char *msg)
{
	if (!*r->err) {
		r->err = msg;
		r->err_field = r->nf ? r->nf - 1 : 0;
	}
}

int csv_next(csv_reader *r)
{
	int c, sep;

	if (!r->started) {
		csv_start(r);
		if (r->notext)
			return CSV_NOTTEXT;
	}
	if (r->notext)
		return CSV_EOF;
	sep = (unsigned char)r->sep;
	r->nf = 0;
	r->ntotal = 0;
	r->rbytes = 0;
	r->dlen = 0;
	r->err = "";
	r->err_field = 0;
	if (csv_peek(r) < 0)
		return r->ioerr ? CSV_IOERR : CSV_EOF;
	r->rec_line = r->line;
	for (;;) {
		/* start of a field */
		csv_field_begin(r);
		c = csv_get(r);
		if (c == '"') {
			/* quoted field */
			for (;;) {
				c = csv_get(r);
				if (c < 0) {
					csv_bad(r, "aanhalingsteken wordt niet gesloten");
					csv_field_end(r);
					goto record_end;
				}
				if (c == '"') {
					if (csv_peek(r) == '"') {
						r->pos++;
						csv_put(r, '"');
						continue;
					}
					break;
				}
				if (c == '\r') {
					if (csv_peek(r) == '\n')
						r->pos++;
					c = '\n';
				}
				if (c == '\n')
					r->line++;
				csv_put(r, (char)c);
			}
			/* after the closing quote */
			c = csv_get(r);
			if (c != sep && c != '\n' && c != '\r' && c >= 0) {
				csv_bad(r, "tekst na een afsluitend aanhalingsteken (gebruik \"\" voor een aanhalingsteken in een veld)");
				while (c != sep && c != '\n' && c != '\r' && c >= 0) {
					csv_put(r, (char)c);
					c = csv_get(r);
				}
			}
		} else {
			while (c != sep && c != '\n' && c != '\r' && c >= 0) {
				csv_put(r, (char)c);
				c = csv_get(r);
			}
		}
		csv_field_end(r);
		if (c == sep)
			continue;
		if (c == '\r' && csv_peek(r) == '\n')
			r->pos++;
		if (c == '\n' || c == '\r')
			r->line++;
		break;
	}
record_end:
	if (r->ioerr)
		return CSV_IOERR;
	if ((r->ntotal > CSV_MAX_FIELDS || r->rbytes > CSV_MAX_RECORD) && !*r->err) {
		if (r->ntotal > CSV_MAX_FIELDS)
			snprintf(r->errbuf, sizeof r->errbuf, "heeft %zu velden (hoogstens %d)",
				 r->ntotal, CSV_MAX_FIELDS);
		else
			snprintf(r->errbuf, sizeof r->errbuf, "is te lang (%zu bytes, hoogstens %d)",
				 r->rbytes, CSV_MAX_RECORD);
		r->err = r->errbuf;
		r->err_field = CSV_NO_FIELD;
	}
	return *r->err ? CSV_BAD : CSV_RECORD;
}

size_t csv_nfields(const csv_reader *r)
{
	return r->nf;
}

const char *csv_field(const csv_reader *r, size_t i)
{
	return i < r->nf ? r->data + r->off[i] : "";
}

size_t csv_field_len(const csv_reader *r, size_t i)
{
	return i < r->nf ? r->flen[i] : 0;
}

int csv_field_utf8(const csv_reader *r, size_t i)
{
	const char *s = csv_field(r, i);
	size_t n = csv_field_len(r, i);
	int ascii = 1;

	for (size_t k = 0; k < n; k++) {
		unsigned char c = (unsigned char)s[k];

		if (c == 0)
			return 0;
		if (c >= 0x80)
			ascii = 0;
	}
	return ascii || utf8_valid(s, n);
}

int csv_record_blank(const csv_reader *r)
{
	for (size_t i = 0; i < r->nf; i++) {
		const char *s = r->data + r->off[i];

		for (size_t k = 0; k < r->flen[i]; k++)
			if (s[k] != ' ' && s[k] != '\t')
				return 0;
	}
	return 1;
}

long csv_line(const csv_reader *r)
{
	return r->rec_line;
}

long csv_field_line(const csv_reader *r, size_t i)
{
	return i < r->nf ? r->fline[i] : r->rec_line;
}

char csv_separator(const csv_reader *r)
{
	return r->sep;
}

int csv_had_bom(const csv_reader *r)
{
	return r->bom;
}

const char *csv_error(const csv_reader *r)
{
	return r->err;
}

size_t csv_error_field(const csv_reader *r)
{
	return r->err_field;
}
