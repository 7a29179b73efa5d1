/* csv.c - a streaming CSV reader (see csv.h).
 *
 * Input is read in blocks into `buf`; the bytes of the current record's
 * fields are copied into `data`, each field NUL-terminated, with its offset,
 * length and starting line in parallel arrays. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "util.h"

#define CSV_BLOCK 65536

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
	const char *err;
	size_t err_field;
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

static inline void csv_put(csv_reader *r, char c)
{
	if (r->dlen + 1 >= r->dcap) {
		r->dcap = r->dcap ? r->dcap * 2 : 1024;
		r->data = xrealloc(r->data, r->dcap);
	}
	r->data[r->dlen++] = c;
}

static void csv_field_begin(csv_reader *r)
{
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

static void csv_field_end(csv_reader *r)
{
	r->flen[r->nf - 1] = r->dlen - r->off[r->nf - 1];
	csv_put(r, '\0');
}

/* Skip a BOM and detect the separator from the first line. */
static void csv_start(csv_reader *r)
{
	size_t i;
	int inq = 0, nsemi = 0, ncomma = 0;

	r->started = 1;
	while (r->len - r->pos < 3 && csv_fill(r) > 0)
		;
	if (r->len - r->pos >= 3 && memcmp(r->in + r->pos, "\xEF\xBB\xBF", 3) == 0) {
		r->bom = 1;
		r->pos += 3;
	}
	/* scan the first line (outside quotes), reading more as needed */
	i = r->pos;
	for (;;) {
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

	if (!r->started)
		csv_start(r);
	sep = (unsigned char)r->sep;
	r->nf = 0;
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
