/* export_xlsx.c - a streaming .xlsx (SpreadsheetML) writer for the export,
 * in the spirit of libxlsxwriter's constant_memory mode: rows go out as
 * they are written, memory does not grow with the number of rows.
 *
 * Why not libxlsxwriter itself (measured, libxlsxwriter 1.1.4): in
 * constant_memory mode it writes every sheet uncompressed to a temporary
 * file, copies it to a second one and deflates it at level 6 in
 * workbook_close(), which took 3.9 s for 59,000 participants (about 6.6 s
 * for 100,000, against a budget of 5 s); and it ignores failed writes to
 * its temporary files, so a full disk produced a truncated workbook with a
 * success status.  This writer deflates each part as it is produced (zlib
 * level 1, raw deflate) into an unlinked temporary file in the target
 * directory, checks every write, keeps category labels in the shared
 * string table (bounded: vocabulary labels and headers) and writes other
 * text inline, and assembles the zip at the end by copying the compressed
 * parts.  The compression runs in a second thread (a small queue of
 * filled 64 KB buffers), so producing the XML and deflating it overlap;
 * without a thread (pthread_create failing) it runs inline.
 *
 * Output: [Content_Types].xml, _rels/.rels, docProps/app.xml,
 * docProps/core.xml, xl/workbook.xml, xl/_rels/workbook.xml.rels,
 * xl/styles.xml, xl/sharedStrings.xml, xl/worksheets/sheetN.xml. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "export_int.h"
#include "util.h"

#define XW_BUF (64 * 1024)
#define XW_MAX_SHEETS 8
#define XW_MAX_VALID 32

/* One zip member being written: XML text -> deflate -> temporary file. */
typedef struct zpart {
	char *name;                 /* path in the zip */
	FILE *tmp;                  /* compressed data (unlinked file) */
	z_stream z;
	int zinit;
	uint32_t crc;
	uint64_t usize, csize;
	char *buf;                  /* pending XML text */
	size_t len;
	unsigned char *zout;        /* used by the compressing thread only */
	int done;
} zpart;

/* A filled buffer on its way to the compressing thread. */
typedef struct zjob {
	zpart *p;
	char *buf;                  /* owned by the job */
	size_t len;
	int flush;                  /* Z_NO_FLUSH or Z_FINISH */
} zjob;
#define XW_QUEUE 8

typedef struct xvalid {
	uint16_t col;
	char *list;                 /* "A,B,C" */
} xvalid;

struct xwsheet {
	xw *w;
	char *name;
	zpart part;
	int started;                /* header (views, cols) written */
	int has_row;                /* a <row> is open */
	uint32_t row;               /* the open row */
	int freeze;
	double *widths;
	size_t nwidths;
	int filter;
	uint32_t filter_last_row;
	uint16_t filter_last_col;
	xvalid valid[XW_MAX_VALID];
	size_t nvalid;
};

/* Shared strings: an open-addressing table of the (few) interned texts. */
typedef struct sst {
	char **text;                /* by index */
	uint32_t n, cap;
	uint32_t *slot;             /* hash slots: index + 1, 0 = empty */
	uint32_t nslot;
	uint64_t refs;
} sst;

struct xw {
	char *dir;
	xwsheet sheets[XW_MAX_SHEETS];
	size_t nsheets;
	sst strings;
	atomic_int failed;          /* set (after err) under mu */
	char err[300];
	/* the compressing thread */
	pthread_mutex_t mu;
	pthread_cond_t cv_job, cv_space, cv_idle;
	zjob q[XW_QUEUE];
	size_t qhead, qlen;
	int busy, stop, threaded;
	pthread_t th;
	char created[32];           /* W3CDTF for docProps/core.xml */
};

static const char *errno_text(int e)
{
	switch (e) {
	case ENOSPC:  return "schijf vol";
	case EDQUOT:  return "schijfquotum bereikt";
	case EFBIG:   return "bestand te groot (schijf vol of bestandslimiet)";
	case EIO:     return "invoer/uitvoerfout";
	case EACCES:
	case EPERM:   return "geen toestemming";
	case ENOENT:  return "bestand of map bestaat niet";
	case EROFS:   return "alleen-lezen bestandssysteem";
	default:      return strerror(e);
	}
}

/* Decimal digits of v at the end of buf[0..n); returns the start. */
static char *utoa_end(uint64_t v, char *end)
{
	do {
		*--end = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	return end;
}

static void xw_failf(xw *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void xw_failf(xw *w, const char *fmt, ...)
{
	va_list ap;

	pthread_mutex_lock(&w->mu);
	if (!atomic_load(&w->failed)) {
		va_start(ap, fmt);
		vsnprintf(w->err, sizeof w->err, fmt, ap);
		va_end(ap);
		atomic_store(&w->failed, 1);
	}
	pthread_mutex_unlock(&w->mu);
}

int xw_failed(const xw *w, const char **msg)
{
	/* err is written once, before failed is set, and never again */
	if (msg)
		*msg = w->err;
	return atomic_load(&w->failed);
}

/* ---- parts ----------------------------------------------------------------- */

static int part_open(xw *w, zpart *p, const char *name)
{
	char *tmpl;
	int fd;

	memset(p, 0, sizeof *p);
	p->name = xstrdup(name);
	tmpl = xasprintf("%s/.registratie-deel-XXXXXX", w->dir);
	fd = mkstemp(tmpl);
	if (fd >= 0) {
		unlink(tmpl);          /* nothing is left behind, whatever happens */
		p->tmp = fdopen(fd, "w+b");
		if (!p->tmp)
			close(fd);
	}
	if (!p->tmp) {
		xw_failf(w, "kan niet schrijven in map %s: %s", w->dir, errno_text(errno));
		free(tmpl);
		return -1;
	}
	free(tmpl);
	if (deflateInit2(&p->z, 1, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
		xw_failf(w, "zlib: deflateInit mislukt");
		return -1;
	}
	p->zinit = 1;
	p->crc = (uint32_t)crc32(0, Z_NULL, 0);
	p->buf = xmalloc(XW_BUF);
	p->zout = xmalloc(XW_BUF);
	return 0;
}

/* Compress one buffer into its part's temporary file (compressing
 * thread, or inline). */
static void do_job(xw *w, zjob *j)
{
	zpart *p = j->p;
	int zrc = Z_OK;

	if (!atomic_load(&w->failed) && p->zinit) {
		p->crc = (uint32_t)crc32(p->crc, (const Bytef *)j->buf, (uInt)j->len);
		p->usize += j->len;
		p->z.next_in = (Bytef *)j->buf;
		p->z.avail_in = (uInt)j->len;
		do {
			size_t n;

			p->z.next_out = p->zout;
			p->z.avail_out = XW_BUF;
			zrc = deflate(&p->z, j->flush);
			if (zrc == Z_STREAM_ERROR) {
				xw_failf(w, "zlib: comprimeren mislukt");
				break;
			}
			n = XW_BUF - p->z.avail_out;
			if (n && fwrite(p->zout, 1, n, p->tmp) != n) {
				xw_failf(w, "%s", errno_text(errno));
				break;
			}
			p->csize += n;
		} while (p->z.avail_out == 0 ||
			 (j->flush == Z_FINISH && zrc != Z_STREAM_END));
		if (j->flush == Z_FINISH && !atomic_load(&w->failed) &&
		    (fflush(p->tmp) != 0 || ferror(p->tmp)))
			xw_failf(w, "%s", errno_text(errno));
	}
	if (j->flush == Z_FINISH && p->zinit) {
		deflateEnd(&p->z);
		p->zinit = 0;
	}
	free(j->buf);
}

static void *compressor(void *arg)
{
	xw *w = arg;
	zjob j;

	pthread_mutex_lock(&w->mu);
	for (;;) {
		while (w->qlen == 0 && !w->stop)
			pthread_cond_wait(&w->cv_job, &w->mu);
		if (w->qlen == 0)
			break;                     /* stopped and drained */
		j = w->q[w->qhead];
		w->qhead = (w->qhead + 1) % XW_QUEUE;
		w->qlen--;
		w->busy = 1;
		pthread_cond_signal(&w->cv_space);
		pthread_mutex_unlock(&w->mu);
		do_job(w, &j);
		pthread_mutex_lock(&w->mu);
		w->busy = 0;
		if (w->qlen == 0)
			pthread_cond_broadcast(&w->cv_idle);
	}
	pthread_mutex_unlock(&w->mu);
	return NULL;
}

/* Hand the part's pending text to the compressor. */
static void submit(xw *w, zpart *p, int flush)
{
	zjob j;

	j.p = p;
	j.buf = p->buf;
	j.len = p->len;
	j.flush = flush;
	p->buf = flush == Z_FINISH ? NULL : xmalloc(XW_BUF);
	p->len = 0;
	if (!w->threaded) {
		do_job(w, &j);
		return;
	}
	pthread_mutex_lock(&w->mu);
	while (w->qlen == XW_QUEUE)
		pthread_cond_wait(&w->cv_space, &w->mu);
	w->q[(w->qhead + w->qlen) % XW_QUEUE] = j;
	w->qlen++;
	pthread_cond_signal(&w->cv_job);
	pthread_mutex_unlock(&w->mu);
}

/* Wait until every submitted buffer is compressed and written. */
static void drain(xw *w)
{
	if (!w->threaded)
		return;
	pthread_mutex_lock(&w->mu);
	while (w->qlen > 0 || w->busy)
		pthread_cond_wait(&w->cv_idle, &w->mu);
	pthread_mutex_unlock(&w->mu);
}

static void part_write(xw *w, zpart *p, const char *s, size_t n)
{
	while (n > 0 && !atomic_load(&w->failed)) {
		size_t room = XW_BUF - p->len, k = n < room ? n : room;

		memcpy(p->buf + p->len, s, k);
		p->len += k;
		s += k;
		n -= k;
		if (p->len == XW_BUF)
			submit(w, p, Z_NO_FLUSH);
	}
}

static void part_puts(xw *w, zpart *p, const char *s)
{
	part_write(w, p, s, strlen(s));
}

static void part_printf(xw *w, zpart *p, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void part_printf(xw *w, zpart *p, const char *fmt, ...)
{
	char small[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		part_write(w, p, small, (size_t)n);
	} else {
		char *big;
		va_start(ap, fmt);
		big = xvasprintf(fmt, ap);
		va_end(ap);
		part_write(w, p, big, strlen(big));
		free(big);
	}
}

/* Text content with XML escaping; characters XML 1.0 cannot hold (C0
 * controls other than tab/newline, invalid UTF-8) become '?'. */
static void part_text(xw *w, zpart *p, const char *s)
{
	const unsigned char *u = (const unsigned char *)s, *run = u;

	while (*u) {
		const char *rep = NULL;
		size_t adv = 1;

		if (*u == '&')
			rep = "&amp;";
		else if (*u == '<')
			rep = "&lt;";
		else if (*u == '>')
			rep = "&gt;";
		else if (*u == '"')
			rep = "&quot;";
		else if (*u < 0x20 && *u != '\t' && *u != '\n')
			rep = "?";
		else if (*u >= 0x80) {
			size_t len = *u >= 0xf0 ? 4 : *u >= 0xe0 ? 3 : *u >= 0xc0 ? 2 : 0;
			if (len == 0 || strnlen((const char *)u, len) < len ||
			    !utf8_valid((const char *)u, len))
				rep = "?";
			else
				adv = len;
		}
		if (rep) {
			part_write(w, p, (const char *)run, (size_t)(u - run));
			part_puts(w, p, rep);
			u += adv;
			run = u;
		} else {
			u += adv;
		}
	}
	part_write(w, p, (const char *)run, (size_t)(u - run));
}

static void part_finish(xw *w, zpart *p)
{
	if (p->done || !p->buf)
		return;
	submit(w, p, Z_FINISH);
	p->done = 1;
}

static void part_free(zpart *p)
{
	if (p->zinit)
		deflateEnd(&p->z);
	if (p->tmp)
		fclose(p->tmp);
	free(p->name);
	free(p->buf);
	free(p->zout);
	memset(p, 0, sizeof *p);
}

/* ---- shared strings ----------------------------------------------------------- */

static uint32_t hash_str(const char *s)
{
	uint32_t h = 2166136261u;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static uint32_t sst_index(sst *t, const char *s)
{
	uint32_t h, i;

	if (t->n * 2 >= t->nslot) {
		uint32_t ns = t->nslot ? t->nslot * 2 : 1024, k;
		uint32_t *slot = xcalloc(ns, sizeof *slot);
		for (k = 0; k < t->n; k++) {
			i = hash_str(t->text[k]) & (ns - 1);
			while (slot[i])
				i = (i + 1) & (ns - 1);
			slot[i] = k + 1;
		}
		free(t->slot);
		t->slot = slot;
		t->nslot = ns;
	}
	h = hash_str(s);
	for (i = h & (t->nslot - 1); t->slot[i]; i = (i + 1) & (t->nslot - 1))
		if (strcmp(t->text[t->slot[i] - 1], s) == 0)
			return t->slot[i] - 1;
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 256;
		t->text = xrealloc(t->text, t->cap * sizeof *t->text);
	}
	t->text[t->n] = xstrdup(s);
	t->slot[i] = t->n + 1;
	return t->n++;
}

/* ---- the workbook --------------------------------------------------------------- */

xw *xw_open(const char *dir)
{
	xw *w = xcalloc(1, sizeof *w);

	w->dir = xstrdup(dir);
	atomic_init(&w->failed, 0);
	pthread_mutex_init(&w->mu, NULL);
	pthread_cond_init(&w->cv_job, NULL);
	pthread_cond_init(&w->cv_space, NULL);
	pthread_cond_init(&w->cv_idle, NULL);
	/* CASUS_EXPORT_THREADS=0 compresses inline (for measurements) */
	if (!getenv("CASUS_EXPORT_THREADS") || strcmp(getenv("CASUS_EXPORT_THREADS"), "0") != 0)
		w->threaded = pthread_create(&w->th, NULL, compressor, w) == 0;
	return w;
}

void xw_set_created(xw *w, const char *w3cdtf)
{
	snprintf(w->created, sizeof w->created, "%s", w3cdtf);
}

xwsheet *xw_add_sheet(xw *w, const char *name)
{
	xwsheet *s;
	char part[64];

	if (w->nsheets >= XW_MAX_SHEETS)
		return NULL;
	s = &w->sheets[w->nsheets++];
	memset(s, 0, sizeof *s);
	s->w = w;
	s->name = xstrdup(name);
	snprintf(part, sizeof part, "xl/worksheets/sheet%zu.xml", w->nsheets);
	part_open(w, &s->part, part);
	return s;
}

void xw_set_width(xwsheet *s, uint16_t col, double width)
{
	if (s->started)
		return;
	if (col >= s->nwidths) {
		size_t k;
		s->widths = xrealloc(s->widths, (col + 1u) * sizeof *s->widths);
		for (k = s->nwidths; k <= col; k++)
			s->widths[k] = 0;
		s->nwidths = col + 1u;
	}
	s->widths[col] = width;
}

void xw_freeze_header(xwsheet *s)
{
	s->freeze = 1;
}

void xw_autofilter(xwsheet *s, uint32_t last_row, uint16_t last_col)
{
	s->filter = 1;
	s->filter_last_row = last_row;
	s->filter_last_col = last_col;
}

void xw_validation_list(xwsheet *s, uint16_t col, const char *const *labels)
{
	strbuf sb = STRBUF_INIT;
	size_t i;

	if (s->nvalid >= XW_MAX_VALID)
		return;
	for (i = 0; labels[i]; i++) {
		if (i)
			sb_appendc(&sb, ',');
		sb_append(&sb, labels[i]);
	}
	s->valid[s->nvalid].col = col;
	s->valid[s->nvalid].list = sb_take(&sb);
	s->nvalid++;
}

static char *col_name(uint16_t col, char out[4])
{
	if (col < 26) {
		out[0] = (char)('A' + col);
		out[1] = '\0';
	} else {
		out[0] = (char)('A' + col / 26 - 1);
		out[1] = (char)('A' + col % 26);
		out[2] = '\0';
	}
	return out;
}

static const char SHEET_HEAD[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
	"xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";

static void sheet_start(xwsheet *s)
{
	xw *w = s->w;
	size_t k;

	if (s->started)
		return;
	s->started = 1;
	part_puts(w, &s->part, SHEET_HEAD);
	part_printf(w, &s->part, "<sheetViews><sheetView %sworkbookViewId=\"0\">",
		    s == &w->sheets[0] ? "tabSelected=\"1\" " : "");
	if (s->freeze)
		part_puts(w, &s->part, "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
			  "state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>");
	part_puts(w, &s->part, "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
	if (s->nwidths) {
		part_puts(w, &s->part, "<cols>");
		for (k = 0; k < s->nwidths; k++)
			if (s->widths[k] > 0)
				part_printf(w, &s->part, "<col min=\"%zu\" max=\"%zu\" width=\"%.2f\" "
					    "customWidth=\"1\"/>", k + 1, k + 1, s->widths[k] + 0.71);
		part_puts(w, &s->part, "</cols>");
	}
	part_puts(w, &s->part, "<sheetData>");
}

/* "<c r="B12"" for (row, col), opening the row when needed (this and
 * the number formatting below are the hot path: no printf). */
static void cell_open(xwsheet *s, uint32_t row, uint16_t col)
{
	char buf[64], *end = buf + sizeof buf, *p;
	char cn[4];
	size_t cl;

	sheet_start(s);
	if (!s->has_row || row != s->row) {
		if (s->has_row)
			part_write(s->w, &s->part, "</row>", 6);
		p = end;
		*--p = '>';
		*--p = '"';
		p = utoa_end((uint64_t)row + 1, p);
		part_write(s->w, &s->part, "<row r=\"", 8);
		part_write(s->w, &s->part, p, (size_t)(end - p));
		s->has_row = 1;
		s->row = row;
	}
	p = end;
	*--p = '"';
	p = utoa_end((uint64_t)row + 1, p);
	col_name(col, cn);
	cl = strlen(cn);
	p -= cl;
	memcpy(p, cn, cl);
	p -= 6;
	memcpy(p, "<c r=\"", 6);
	part_write(s->w, &s->part, p, (size_t)(end - p));
}

static void style_attr(xwsheet *s, int style)
{
	static const char *const attr[F__N] = {
		"", " s=\"1\"", " s=\"2\"", " s=\"3\"", " s=\"4\"", " s=\"5\"", " s=\"6\"", " s=\"7\""
	};

	if (style > 0 && style < F__N)
		part_write(s->w, &s->part, attr[style], 6);
}

void xw_cell_string(xwsheet *s, uint32_t row, uint16_t col, const char *v, int style,
		    int shared)
{
	xw *w = s->w;
	char buf[32];

	if (w->failed)
		return;
	cell_open(s, row, col);
	style_attr(s, style);
	if (shared) {
		char *end = buf + sizeof buf, *p = end;
		uint32_t i = sst_index(&w->strings, v);

		w->strings.refs++;
		p -= 8;
		memcpy(p, "</v></c>", 8);
		p = utoa_end(i, p);
		p -= 10;
		memcpy(p, " t=\"s\"><v>", 10);
		part_write(w, &s->part, p, (size_t)(end - p));
		return;
	}
	if (v[0] == ' ' || v[0] == '\t' || v[0] == '\n' ||
	    (v[0] && strchr(" \t\n", v[strlen(v) - 1])))
		part_puts(w, &s->part, " t=\"inlineStr\"><is><t xml:space=\"preserve\">");
	else
		part_puts(w, &s->part, " t=\"inlineStr\"><is><t>");
	part_text(w, &s->part, v);
	part_puts(w, &s->part, "</t></is></c>");
}

void xw_cell_number(xwsheet *s, uint32_t row, uint16_t col, double v, int style)
{
	char buf[48];
	int n;

	if (s->w->failed)
		return;
	if (!isfinite(v)) {
		return;
	}
	cell_open(s, row, col);
	style_attr(s, style);
	if (v >= 0 && v < 1e15 && v == (double)(uint64_t)v) {
		char *end = buf + sizeof buf, *p = end;
		p -= 8;
		memcpy(p, "</v></c>", 8);
		p = utoa_end((uint64_t)v, p);
		p -= 4;
		memcpy(p, "><v>", 4);
		part_write(s->w, &s->part, p, (size_t)(end - p));
		return;
	}
	n = snprintf(buf, sizeof buf, "><v>%.15g</v></c>", v);
	part_write(s->w, &s->part, buf, (size_t)n);
}

static void sheet_finish(xwsheet *s)
{
	xw *w = s->w;
	char a[4], b[4];
	size_t k;

	sheet_start(s);
	if (s->has_row)
		part_puts(w, &s->part, "</row>");
	part_puts(w, &s->part, "</sheetData>");
	if (s->filter)
		part_printf(w, &s->part, "<autoFilter ref=\"A1:%s%u\"/>",
			    col_name(s->filter_last_col, a), s->filter_last_row + 1);
	if (s->nvalid) {
		part_printf(w, &s->part, "<dataValidations count=\"%zu\">", s->nvalid);
		for (k = 0; k < s->nvalid; k++) {
			col_name(s->valid[k].col, a);
			part_printf(w, &s->part,
				    "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" "
				    "errorTitle=\"Ongeldige waarde\" error=\"Kies een waarde uit de lijst.\" "
				    "sqref=\"%s2:%s1048576\"><formula1>\"", a, col_name(s->valid[k].col, b));
			part_text(w, &s->part, s->valid[k].list);
			part_puts(w, &s->part, "\"</formula1></dataValidation>");
		}
		part_puts(w, &s->part, "</dataValidations>");
	}
	part_puts(w, &s->part, "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" "
		  "bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
	part_finish(w, &s->part);
}

/* ---- the fixed parts ---------------------------------------------------------------- */

static const char XML_DECL[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

static void fixed_part(xw *w, zpart *p, const char *name, const char *body)
{
	if (part_open(w, p, name) != 0)
		return;
	part_puts(w, p, XML_DECL);
	part_puts(w, p, body);
	part_finish(w, p);
}

static const char STYLES[] =
	"<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
	"<numFmts count=\"3\">"
	"<numFmt numFmtId=\"164\" formatCode=\"dd-mm-yyyy\"/>"
	"<numFmt numFmtId=\"165\" formatCode=\"0.0\"/>"
	"<numFmt numFmtId=\"166\" formatCode=\"0.0%\"/>"
	"</numFmts>"
	"<fonts count=\"3\">"
	"<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
	"<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
	"<font><b/><sz val=\"13\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
	"</fonts>"
	"<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
	"<fill><patternFill patternType=\"gray125\"/></fill></fills>"
	"<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
	"<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
	/* indices = F_NONE, F_BOLD, F_DATE, F_DEC1, F_PCT, F_INT, F_TITLE, F_WRAP */
	"<cellXfs count=\"8\">"
	"<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
	"<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
	"<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
	"<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
	"<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
	"<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
	"<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
	"<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
	"<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
	"</cellXfs>"
	"<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
	"<dxfs count=\"0\"/><tableStyles count=\"0\"/>"
	"</styleSheet>";

static void write_fixed_parts(xw *w, zpart *parts, size_t *np)
{
	strbuf sb = STRBUF_INIT;
	size_t i;
	char a[4];

	/* [Content_Types].xml */
	sb_append(&sb, "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
		  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
		  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
		  "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
	for (i = 0; i < w->nsheets; i++)
		sb_appendf(&sb, "<Override PartName=\"/xl/worksheets/sheet%zu.xml\" "
			   "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>",
			   i + 1);
	sb_append(&sb, "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
		  "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
		  "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
		  "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
		  "</Types>");
	fixed_part(w, &parts[(*np)++], "[Content_Types].xml", sb.s);
	sb_reset(&sb);

	fixed_part(w, &parts[(*np)++], "_rels/.rels",
		   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
		   "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
		   "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
		   "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
		   "</Relationships>");

	fixed_part(w, &parts[(*np)++], "docProps/app.xml",
		   "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
		   "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
		   "<Application>" PACKAGE_NAME " " PACKAGE_VERSION "</Application></Properties>");

	sb_appendf(&sb, "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
		   "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
		   "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
		   "<dc:title>Registratie startbanen</dc:title><dc:creator>" PACKAGE_NAME "</dc:creator>"
		   "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%s</dcterms:created>"
		   "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">%s</dcterms:modified>"
		   "</cp:coreProperties>",
		   w->created[0] ? w->created : "2000-01-01T00:00:00Z",
		   w->created[0] ? w->created : "2000-01-01T00:00:00Z");
	fixed_part(w, &parts[(*np)++], "docProps/core.xml", sb.s);
	sb_reset(&sb);

	/* workbook.xml: the sheets and the autofilter ranges */
	sb_append(&sb, "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
		  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
		  "<bookViews><workbookView xWindow=\"240\" yWindow=\"15\" windowWidth=\"16095\" windowHeight=\"9660\"/></bookViews><sheets>");
	for (i = 0; i < w->nsheets; i++) {
		char *esc = NULL;
		strbuf e = STRBUF_INIT;
		const char *c;
		for (c = w->sheets[i].name; *c; c++) {
			if (*c == '&')
				sb_append(&e, "&amp;");
			else if (*c == '"')
				sb_append(&e, "&quot;");
			else
				sb_appendc(&e, *c);
		}
		esc = sb_take(&e);
		sb_appendf(&sb, "<sheet name=\"%s\" sheetId=\"%zu\" r:id=\"rId%zu\"/>", esc, i + 1, i + 1);
		free(esc);
	}
	sb_append(&sb, "</sheets><definedNames>");
	for (i = 0; i < w->nsheets; i++) {
		xwsheet *s = &w->sheets[i];
		if (!s->filter)
			continue;
		sb_appendf(&sb, "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"%zu\" hidden=\"1\">"
			   "'%s'!$A$1:$%s$%u</definedName>", i, s->name,
			   col_name(s->filter_last_col, a), s->filter_last_row + 1);
	}
	sb_append(&sb, "</definedNames><calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>");
	/* an empty <definedNames/> is not allowed */
	{
		char *p = strstr(sb.s, "<definedNames></definedNames>");
		if (p)
			memmove(p, p + 29, strlen(p + 29) + 1);
	}
	fixed_part(w, &parts[(*np)++], "xl/workbook.xml", sb.s);
	sb_reset(&sb);

	sb_append(&sb, "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
	for (i = 0; i < w->nsheets; i++)
		sb_appendf(&sb, "<Relationship Id=\"rId%zu\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
			   "Target=\"worksheets/sheet%zu.xml\"/>", i + 1, i + 1);
	sb_appendf(&sb, "<Relationship Id=\"rId%zu\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
		   "<Relationship Id=\"rId%zu\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
		   "</Relationships>", w->nsheets + 1, w->nsheets + 2);
	fixed_part(w, &parts[(*np)++], "xl/_rels/workbook.xml.rels", sb.s);
	sb_free(&sb);

	fixed_part(w, &parts[(*np)++], "xl/styles.xml", STYLES);

	/* shared strings */
	{
		zpart *p = &parts[(*np)++];
		uint32_t k;
		if (part_open(w, p, "xl/sharedStrings.xml") == 0) {
			part_puts(w, p, XML_DECL);
			part_printf(w, p, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
				    "count=\"%llu\" uniqueCount=\"%u\">",
				    (unsigned long long)w->strings.refs, w->strings.n);
			for (k = 0; k < w->strings.n; k++) {
				const char *t = w->strings.text[k];
				size_t n = strlen(t);
				if (n && (t[0] == ' ' || t[n - 1] == ' '))
					part_puts(w, p, "<si><t xml:space=\"preserve\">");
				else
					part_puts(w, p, "<si><t>");
				part_text(w, p, t);
				part_puts(w, p, "</t></si>");
			}
			part_puts(w, p, "</sst>");
			part_finish(w, p);
		}
	}
}

/* ---- the zip ------------------------------------------------------------------------- */

static void put16(unsigned char *p, unsigned v)
{
	p[0] = (unsigned char)(v & 0xff);
	p[1] = (unsigned char)(v >> 8 & 0xff);
}

static void put32(unsigned char *p, uint32_t v)
{
	put16(p, v & 0xffff);
	put16(p + 2, v >> 16);
}

/* 1980-01-01 00:00, as libxlsxwriter does: the file's bytes then depend on
 * its contents only. */
#define DOS_TIME 0
#define DOS_DATE 0x21

static int zip_write(xw *w, FILE *out, zpart **parts, size_t np)
{
	uint32_t *offs = xcalloc(np, sizeof *offs);
	uint64_t off = 0;
	unsigned char h[46], buf[1 << 16];
	size_t i, cd_size = 0;
	int rc = -1;

	for (i = 0; i < np; i++) {
		zpart *p = parts[i];
		size_t nl = strlen(p->name);
		uint64_t left = p->csize;

		if (p->csize >= 0xffffffffu || p->usize >= 0xffffffffu || off >= 0xffffffffu) {
			xw_failf(w, "werkmap groter dan 4 GB: niet ondersteund");
			goto out;
		}
		offs[i] = (uint32_t)off;
		put32(h, 0x04034b50);
		put16(h + 4, 20);
		put16(h + 6, 0);
		put16(h + 8, 8);
		put16(h + 10, DOS_TIME);
		put16(h + 12, DOS_DATE);
		put32(h + 14, p->crc);
		put32(h + 18, (uint32_t)p->csize);
		put32(h + 22, (uint32_t)p->usize);
		put16(h + 26, (unsigned)nl);
		put16(h + 28, 0);
		if (fwrite(h, 1, 30, out) != 30 || fwrite(p->name, 1, nl, out) != nl)
			goto werr;
		off += 30 + nl;
		if (fseek(p->tmp, 0, SEEK_SET) != 0)
			goto werr;
		while (left > 0) {
			size_t want = left < sizeof buf ? (size_t)left : sizeof buf;
			if (fread(buf, 1, want, p->tmp) != want) {
				xw_failf(w, "tijdelijk bestand onleesbaar: %s", errno_text(errno));
				goto out;
			}
			if (fwrite(buf, 1, want, out) != want)
				goto werr;
			left -= want;
		}
		off += p->csize;
	}
	for (i = 0; i < np; i++) {
		zpart *p = parts[i];
		size_t nl = strlen(p->name);

		put32(h, 0x02014b50);
		put16(h + 4, 20);
		put16(h + 6, 20);
		put16(h + 8, 0);
		put16(h + 10, 8);
		put16(h + 12, DOS_TIME);
		put16(h + 14, DOS_DATE);
		put32(h + 16, p->crc);
		put32(h + 20, (uint32_t)p->csize);
		put32(h + 24, (uint32_t)p->usize);
		put16(h + 28, (unsigned)nl);
		put16(h + 30, 0);
		put16(h + 32, 0);
		put16(h + 34, 0);
		put16(h + 36, 0);
		put32(h + 38, 0);
		put32(h + 42, offs[i]);
		if (fwrite(h, 1, 46, out) != 46 || fwrite(p->name, 1, nl, out) != nl)
			goto werr;
		cd_size += 46 + nl;
	}
	put32(h, 0x06054b50);
	put16(h + 4, 0);
	put16(h + 6, 0);
	put16(h + 8, (unsigned)np);
	put16(h + 10, (unsigned)np);
	put32(h + 12, (uint32_t)cd_size);
	put32(h + 16, (uint32_t)off);
	put16(h + 20, 0);
	if (fwrite(h, 1, 22, out) != 22)
		goto werr;
	rc = 0;
	goto out;
werr:
	xw_failf(w, "%s", errno_text(errno));
out:
	free(offs);
	return rc;
}

int xw_close(xw *w, const char *tmppath)
{
	zpart fixed[8];
	zpart *all[XW_MAX_SHEETS + 8];
	size_t nf = 0, n = 0, i;
	FILE *out = NULL;
	int rc = -1;

	memset(fixed, 0, sizeof fixed);
	for (i = 0; i < w->nsheets && !atomic_load(&w->failed); i++)
		sheet_finish(&w->sheets[i]);
	if (!atomic_load(&w->failed))
		write_fixed_parts(w, fixed, &nf);
	drain(w);
	if (atomic_load(&w->failed))
		goto out;
	/* order as Excel writes it: content types, rels, docProps, workbook,
	 * its rels, sheets, styles, shared strings */
	all[n++] = &fixed[0];
	all[n++] = &fixed[1];
	all[n++] = &fixed[2];
	all[n++] = &fixed[3];
	all[n++] = &fixed[4];
	all[n++] = &fixed[5];
	for (i = 0; i < w->nsheets; i++)
		all[n++] = &w->sheets[i].part;
	all[n++] = &fixed[6];
	all[n++] = &fixed[7];

	out = fopen(tmppath, "wb");
	if (!out) {
		xw_failf(w, "kan %s niet schrijven: %s", tmppath, errno_text(errno));
		goto out;
	}
	setvbuf(out, NULL, _IOFBF, 1 << 16);
	if (zip_write(w, out, all, n) != 0)
		goto out;
	if (fflush(out) != 0 || ferror(out) || fsync(fileno(out)) != 0) {
		xw_failf(w, "%s", errno_text(errno));
		goto out;
	}
	rc = 0;
out:
	if (out && fclose(out) != 0 && rc == 0) {
		xw_failf(w, "%s", errno_text(errno));
		rc = -1;
	}
	for (i = 0; i < nf; i++)
		part_free(&fixed[i]);
	return rc;
}

void xw_free(xw *w)
{
	size_t i, k;

	if (!w)
		return;
	if (w->threaded) {
		pthread_mutex_lock(&w->mu);
		w->stop = 1;
		pthread_cond_broadcast(&w->cv_job);
		pthread_mutex_unlock(&w->mu);
		pthread_join(w->th, NULL);
		w->threaded = 0;
	}
	for (i = 0; i < w->nsheets; i++) {
		xwsheet *s = &w->sheets[i];
		part_free(&s->part);
		free(s->name);
		free(s->widths);
		for (k = 0; k < s->nvalid; k++)
			free(s->valid[k].list);
	}
	for (i = 0; i < w->strings.n; i++)
		free(w->strings.text[i]);
	free(w->strings.text);
	free(w->strings.slot);
	free(w->dir);
	pthread_mutex_destroy(&w->mu);
	pthread_cond_destroy(&w->cv_job);
	pthread_cond_destroy(&w->cv_space);
	pthread_cond_destroy(&w->cv_idle);
	free(w);
}
