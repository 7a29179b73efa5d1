/* export_lxw.c - the .xlsx writer of the export (the xw_* interface of
 * export_int.h) on libxlsxwriter in constant_memory mode.  libxlsxwriter
 * writes the package: workbook, styles, shared strings, each sheet's
 * dimension, panes, column widths, autofilter and validations, and the
 * zip.  The rows are written here into the row file libxlsxwriter keeps
 * per sheet in that mode (see "cells" below), and the zip's compression
 * level is set here (see the end of this file).
 *
 * libxlsxwriter does not check writes to its own temporary files: a full
 * disk can give a truncated part inside a zip that is otherwise correct,
 * with workbook_close() returning LXW_NO_ERROR.  So every write of ours is
 * checked, the row files are flushed and checked before workbook_close(),
 * and afterwards the written file is synced and read back: the zip's
 * central directory, every local header, every member inflated (on two
 * threads) and compared with its CRC-32 and size, every XML part ending
 * with the end tag of its root element, and each sheet's data ending with
 * the last row written.  Only then does xw_close() report success (the
 * caller renames the file into place).  libxlsxwriter's temporary files
 * are created in the target directory and unlinked at once (tmpfileplus),
 * so no name is left behind; after a failure their space is released as
 * far as libxlsxwriter left them open. */
#include "config.h"

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zlib.h>

#include "export_int.h"
#include "util.h"

#define XW_MAX_SHEETS 8
#define XW_STR_MAX 32767          /* characters in one cell (Excel) */
#define XW_ROWBUF (64 * 1024)     /* row XML buffered per sheet */
#define XW_SHARED_SLOTS 8192      /* power of two */
#define XW_SHARED_MAX 4096        /* distinct shared strings; more go inline */

/* The message of every failed or incomplete write. */
#define XW_DISK_MSG "de schijf is vol of het bestand kon niet volledig worden geschreven"

struct xwsheet {
	xw *w;
	lxw_worksheet *ws;
	uint32_t nrows;          /* highest row with a cell + 1 (0: none) */
	int has_freeze, has_filter, nvalid;
	/* the <row> elements, buffered on their way to the row file */
	char *buf;               /* XW_ROWBUF bytes, owned */
	size_t len;
	uint32_t row;            /* the open <row> (when row_open) */
	uint16_t col;            /* its last cell */
	int row_open;
};

/* One shared string already in libxlsxwriter's table. */
typedef struct xwshared {
	char *text;              /* owned */
	uint32_t hash;
	uint32_t index;          /* libxlsxwriter's sst index */
} xwshared;

typedef struct fid {
	dev_t dev;
	ino_t ino;
} fid;

struct xw {
	char *dir;
	char *path;              /* the temporary file libxlsxwriter writes */
	lxw_workbook *wb;
	lxw_format *fmt[F__N];
	xwsheet sheets[XW_MAX_SHEETS];
	size_t nsheets;
	int failed;
	char err[300];
	time_t created;
	int have_created;
	/* files libxlsxwriter may leave open after a failed close */
	fid open_files[XW_MAX_SHEETS + 1];
	size_t nopen;
	char *sbuf;              /* sanitised text */
	size_t scap;
	int32_t xf[F__N];        /* the style index of each F_* (0: none) */
	/* shared strings: open addressing on the text, XW_SHARED_SLOTS */
	xwshared *shared;
	size_t nshared;
};

static void xw_failf(xw *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void xw_failf(xw *w, const char *fmt, ...)
{
	va_list ap;

	if (w->failed)
		return;
	w->failed = 1;
	va_start(ap, fmt);
	vsnprintf(w->err, sizeof w->err, fmt, ap);
	va_end(ap);
}

/* A libxlsxwriter error: the disk message when it is about files, else
 * libxlsxwriter's own (English) text after a Dutch lead. */
static void lxw_fail(xw *w, lxw_error e, int saved_errno)
{
	switch (e) {
	case LXW_ERROR_CREATING_XLSX_FILE:
	case LXW_ERROR_CREATING_TMPFILE:
	case LXW_ERROR_READING_TMPFILE:
	case LXW_ERROR_ZIP_FILE_OPERATION:
	case LXW_ERROR_ZIP_PARAMETER_ERROR:
	case LXW_ERROR_ZIP_BAD_ZIP_FILE:
	case LXW_ERROR_ZIP_INTERNAL_ERROR:
	case LXW_ERROR_ZIP_FILE_ADD:
	case LXW_ERROR_ZIP_CLOSE:
		xw_failf(w, XW_DISK_MSG " (%s)",
			 saved_errno ? fileout_errno_nl(saved_errno) : lxw_strerror(e));
		break;
	default:
		xw_failf(w, "fout in de xlsx-bibliotheek: %s", lxw_strerror(e));
		break;
	}
}

int xw_failed(const xw *w, const char **msg)
{
	if (msg)
		*msg = w->err;
	return w->failed;
}

/* ---- the workbook --------------------------------------------------------- */

static lxw_format *new_format(xw *w)
{
	lxw_format *f = workbook_add_format(w->wb);

	if (!f)
		xw_failf(w, "fout in de xlsx-bibliotheek: geen opmaak");
	return f;
}

xw *xw_open(const char *dir, const char *path)
{
	xw *w = xcalloc(1, sizeof *w);
	lxw_workbook_options o;
	lxw_format *f;

	/* libxlsxwriter writes its numbers (column widths, page margins) with
	 * printf, and so do the cells below: under a decimal comma they
	 * would read "0,7", which no reader accepts.  casus_locale_init()
	 * keeps LC_NUMERIC "C"; a caller that did not is refused here rather
	 * than given a broken workbook. */
	if (strcmp(localeconv()->decimal_point, ".") != 0) {
		xw_failf(w, "fout in de export: getallen zouden met decimaalteken '%s' worden "
			 "geschreven (LC_NUMERIC moet C zijn)", localeconv()->decimal_point);
		return w;
	}
	w->dir = xstrdup(dir);
	w->path = xstrdup(path);
	memset(&o, 0, sizeof o);
	o.constant_memory = LXW_TRUE;
	o.tmpdir = w->dir;
	o.use_zip64 = LXW_FALSE;
	w->wb = workbook_new_opt(w->path, &o);
	if (!w->wb) {
		xw_failf(w, "kan niet schrijven in map %s: %s", dir, fileout_errno_nl(errno ? errno : ENOMEM));
		return w;
	}
	/* F_NONE: no format (Excel's default) */
	if ((f = w->fmt[F_BOLD] = new_format(w)))
		format_set_bold(f);
	if ((f = w->fmt[F_DATE] = new_format(w)))
		format_set_num_format(f, "dd-mm-yyyy");
	if ((f = w->fmt[F_DEC1] = new_format(w)))
		format_set_num_format(f, "0.0");
	if ((f = w->fmt[F_PCT] = new_format(w)))
		format_set_num_format(f, "0.0%");
	if ((f = w->fmt[F_INT] = new_format(w)))
		format_set_num_format(f, "0");
	if ((f = w->fmt[F_TITLE] = new_format(w))) {
		format_set_bold(f);
		format_set_font_size(f, 13);
	}
	if ((f = w->fmt[F_WRAP] = new_format(w))) {
		format_set_text_wrap(f);
		format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	}
	/* the style indexes the rows refer to (registers the formats) */
	for (int i = 1; i < F__N; i++)
		if (w->fmt[i])
			w->xf[i] = lxw_format_get_xf_index(w->fmt[i]);
	return w;
}

void xw_set_created(xw *w, const char *w3cdtf)
{
	struct tm tm;
	int y, mo, d, h = 0, mi = 0, s = 0;

	if (sscanf(w3cdtf, "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &s) < 3)
		return;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = s;
	w->created = timegm(&tm);
	w->have_created = 1;
}

xwsheet *xw_add_sheet(xw *w, const char *name)
{
	xwsheet *s;
	lxw_worksheet *ws;
	struct stat st;

	if (w->failed || !w->wb)
		return NULL;
	if (w->nsheets >= XW_MAX_SHEETS) {
		xw_failf(w, "fout in de xlsx-bibliotheek: te veel bladen");
		return NULL;
	}
	errno = 0;
	ws = workbook_add_worksheet(w->wb, name);
	if (!ws) {
		xw_failf(w, "kan niet schrijven in map %s: %s", w->dir,
			 fileout_errno_nl(errno ? errno : ENOMEM));
		return NULL;
	}
	s = &w->sheets[w->nsheets++];
	memset(s, 0, sizeof *s);
	s->w = w;
	s->ws = ws;
	s->buf = xmalloc(XW_ROWBUF);
	if (!ws->optimize_tmpfile) {
		xw_failf(w, "fout in de xlsx-bibliotheek: geen rijbestand");
		return NULL;
	}
	/* remember the row file, to release its space after a failure */
	if (fstat(fileno(ws->optimize_tmpfile), &st) == 0) {
		w->open_files[w->nopen].dev = st.st_dev;
		w->open_files[w->nopen].ino = st.st_ino;
		w->nopen++;
	}
	return s;
}

void xw_set_width(xwsheet *s, uint16_t col, double width)
{
	lxw_error e;

	if (!s || s->w->failed)
		return;
	e = worksheet_set_column(s->ws, col, col, width, NULL);
	if (e != LXW_NO_ERROR)
		lxw_fail(s->w, e, 0);
}

void xw_freeze_header(xwsheet *s)
{
	if (!s || s->w->failed)
		return;
	worksheet_freeze_panes(s->ws, 1, 0);
	s->has_freeze = 1;
}

void xw_autofilter(xwsheet *s, uint32_t last_row, uint16_t last_col)
{
	lxw_error e;

	if (!s || s->w->failed)
		return;
	e = worksheet_autofilter(s->ws, 0, 0, last_row, last_col);
	if (e != LXW_NO_ERROR)
		lxw_fail(s->w, e, 0);
	s->has_filter = 1;
}

void xw_validation_list(xwsheet *s, uint16_t col, const char *const *labels)
{
	lxw_data_validation dv;
	lxw_error e;

	if (!s || s->w->failed)
		return;
	memset(&dv, 0, sizeof dv);
	dv.validate = LXW_VALIDATION_TYPE_LIST;
	dv.value_list = (char **)labels;     /* not modified: copied */
	dv.error_title = (char *)"Ongeldige waarde";
	dv.error_message = (char *)"Kies een waarde uit de lijst.";
	/* every vocabulary fits Excel's 255 characters of an inline list
	 * (checked by libxlsxwriter: an error here is a bug) */
	e = worksheet_data_validation_range(s->ws, 1, col, LXW_ROW_MAX - 1, col, &dv);
	if (e != LXW_NO_ERROR)
		lxw_fail(s->w, e, 0);
	s->nvalid++;
}

/* ---- cells ------------------------------------------------------------------ *
 *
 * libxlsxwriter's constant_memory mode writes each finished row as XML to
 * a temporary file per sheet (worksheet->optimize_tmpfile) and copies that
 * file into <sheetData> in workbook_close(); it formats every cell with
 * stdio and writes every text as an inline string.  For 100,000
 * participants that per-cell work alone took longer than the whole export
 * may.  So the rows are written here, into that same row file, as the
 * same SpreadsheetML (<row r="N"><c r="A1" s="1" t="..">..</c></row>):
 * labels and headers as references into libxlsxwriter's shared-string
 * table (lxw_get_sst_index; bounded, XW_SHARED_MAX), other text inline,
 * numbers as <v>.  The sheet's dimensions are kept in the worksheet as
 * its own writes would, so libxlsxwriter writes <dimension>, the panes,
 * column widths, autofilter, validations, styles, shared strings and the
 * zip around these rows.  Every write to the row file is checked.  No
 * cell goes through worksheet_write_*(), so the row libxlsxwriter keeps
 * in memory stays empty and cannot interleave with these rows. */

/* Text as XML 1.0 and Excel take it: C0 controls other than tab and
 * newline and invalid UTF-8 become '?', at most XW_STR_MAX characters.
 * Returns v itself when it needs no change. */
static const char *clean_text(xw *w, const char *v)
{
	const unsigned char *u;
	size_t nchar = 0, len, o = 0;
	int dirty = 0;

	for (u = (const unsigned char *)v; *u; ) {
		if (*u < 0x80) {
			if (*u < 0x20 && *u != '\t' && *u != '\n')
				dirty = 1;
			u++;
		} else {
			size_t n = *u >= 0xf0 ? 4 : *u >= 0xe0 ? 3 : *u >= 0xc0 ? 2 : 0;
			if (n == 0 || strnlen((const char *)u, n) < n || !utf8_valid((const char *)u, n)) {
				dirty = 1;
				u++;
			} else {
				u += n;
			}
		}
		nchar++;
	}
	if (!dirty && nchar <= XW_STR_MAX)
		return v;
	len = (size_t)((const char *)u - v);
	if (w->scap < len + 1) {
		w->scap = len + 1;
		w->sbuf = xrealloc(w->sbuf, w->scap);
	}
	nchar = 0;
	for (u = (const unsigned char *)v; *u && nchar < XW_STR_MAX; nchar++) {
		if (*u < 0x80) {
			w->sbuf[o++] = (*u < 0x20 && *u != '\t' && *u != '\n') ? '?' : (char)*u;
			u++;
		} else {
			size_t n = *u >= 0xf0 ? 4 : *u >= 0xe0 ? 3 : *u >= 0xc0 ? 2 : 0;
			if (n == 0 || strnlen((const char *)u, n) < n || !utf8_valid((const char *)u, n)) {
				w->sbuf[o++] = '?';
				u++;
			} else {
				memcpy(w->sbuf + o, u, n);
				o += n;
				u += n;
			}
		}
	}
	w->sbuf[o] = '\0';
	return w->sbuf;
}

/* Append the buffered rows to the row file. */
static void rows_flush(xwsheet *s)
{
	xw *w = s->w;

	if (s->len == 0 || w->failed)
		return;
	errno = 0;
	if (fwrite(s->buf, 1, s->len, s->ws->optimize_tmpfile) != s->len)
		xw_failf(w, XW_DISK_MSG " (%s)", fileout_errno_nl(errno ? errno : EIO));
	s->len = 0;
}

static void put(xwsheet *s, const char *p, size_t n)
{
	while (n > 0) {
		size_t k;
		if (s->len == XW_ROWBUF)
			rows_flush(s);
		k = XW_ROWBUF - s->len < n ? XW_ROWBUF - s->len : n;
		memcpy(s->buf + s->len, p, k);
		s->len += k;
		p += k;
		n -= k;
	}
}

#define PUTS(s, lit) put((s), (lit), sizeof(lit) - 1)

/* Decimal digits of v into the end of buf[]; returns the first. */
static char *utoa_end(uint64_t v, char *end)
{
	char *p = end;
	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	return p;
}

static void put_uint(xwsheet *s, uint64_t v)
{
	char b[24], *p = utoa_end(v, b + sizeof b);
	put(s, p, (size_t)(b + sizeof b - p));
}

/* Open row `row` (closing the one before) and write the start of a cell:
 * <c r="B7"[ s="N"]  (the caller adds t= and the rest).  -1 for a cell
 * out of order or outside Excel's grid (a bug of the caller: the file
 * would be refused by Excel), which fails the export. */
static int cell_start(xwsheet *s, uint32_t row, uint16_t col, int style)
{
	lxw_worksheet *ws = s->ws;
	char ref[32], *p = ref + sizeof ref;
	uint32_t c = (uint32_t)col + 1;

	if (row >= LXW_ROW_MAX || col >= LXW_COL_MAX) {
		xw_failf(s->w, "fout in de export: cel %u,%u buiten het raster van Excel",
			 row + 1, col + 1u);
		return -1;
	}
	if (s->row_open && (row < s->row || (row == s->row && col <= s->col))) {
		xw_failf(s->w, "fout in de export: cel %u,%u buiten volgorde", row + 1, col + 1u);
		return -1;
	}
	s->col = col;
	if (!s->row_open || row != s->row) {
		if (s->row_open)
			PUTS(s, "</row>");
		PUTS(s, "<row r=\"");
		put_uint(s, (uint64_t)row + 1);
		PUTS(s, "\">");
		s->row = row;
		s->row_open = 1;
	}
	/* A1 reference: row digits, preceded by the column letters */
	p = utoa_end((uint64_t)row + 1, p);
	while (c > 0) {
		*--p = (char)('A' + (c - 1) % 26);
		c = (c - 1) / 26;
	}
	PUTS(s, "<c r=\"");
	put(s, p, (size_t)(ref + sizeof ref - p));
	if (style > 0 && style < F__N && s->w->xf[style] > 0) {
		PUTS(s, "\" s=\"");
		put_uint(s, (uint64_t)s->w->xf[style]);
	}
	PUTS(s, "\"");
	/* the dimensions, as libxlsxwriter's own writes keep them */
	if (row < ws->dim_rowmin)
		ws->dim_rowmin = row;
	if (row > ws->dim_rowmax)
		ws->dim_rowmax = row;
	if (col < ws->dim_colmin)
		ws->dim_colmin = col;
	if (col > ws->dim_colmax)
		ws->dim_colmax = col;
	s->nrows = row + 1;      /* rows ascend: this is the highest */
	return 0;
}

/* Text with &, < and > escaped (the text is clean UTF-8 already). */
static void put_escaped(xwsheet *s, const char *v)
{
	const char *run = v;

	for (; *v; v++) {
		if (*v != '&' && *v != '<' && *v != '>')
			continue;
		put(s, run, (size_t)(v - run));
		if (*v == '&')
			PUTS(s, "&amp;");
		else if (*v == '<')
			PUTS(s, "&lt;");
		else
			PUTS(s, "&gt;");
		run = v + 1;
	}
	put(s, run, (size_t)(v - run));
}

static uint32_t text_hash(const char *v)
{
	uint32_t h = 2166136261u;

	while (*v)
		h = (h ^ (unsigned char)*v++) * 16777619u;
	return h;
}

/* The index of v in libxlsxwriter's shared-string table, adding it the
 * first time; -1 when the table is full (the caller writes it inline). */
static int64_t shared_index(xw *w, const char *v)
{
	uint32_t h = text_hash(v);
	size_t i = h & (XW_SHARED_SLOTS - 1);
	struct sst_element *el;

	if (!w->shared)
		w->shared = xcalloc(XW_SHARED_SLOTS, sizeof *w->shared);
	for (; w->shared[i].text; i = (i + 1) & (XW_SHARED_SLOTS - 1))
		if (w->shared[i].hash == h && strcmp(w->shared[i].text, v) == 0) {
			w->wb->sst->string_count++;      /* one more reference */
			return w->shared[i].index;
		}
	if (w->nshared >= XW_SHARED_MAX)
		return -1;
	el = lxw_get_sst_index(w->wb->sst, v, LXW_FALSE);
	if (!el) {
		xw_failf(w, "fout in de xlsx-bibliotheek: %s", lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
		return -1;
	}
	w->shared[i].text = xstrdup(v);
	w->shared[i].hash = h;
	w->shared[i].index = el->index;
	w->nshared++;
	return el->index;
}

void xw_cell_string(xwsheet *s, uint32_t row, uint16_t col, const char *v, int style,
		    int shared)
{
	int64_t idx = -1;
	size_t n;

	if (!s || s->w->failed)
		return;
	v = clean_text(s->w, v);
	if (shared)
		idx = shared_index(s->w, v);
	if (s->w->failed || cell_start(s, row, col, style) != 0)
		return;
	if (idx >= 0) {
		PUTS(s, " t=\"s\"><v>");
		put_uint(s, (uint64_t)idx);
		PUTS(s, "</v></c>");
		return;
	}
	n = strlen(v);
	/* leading or trailing white space is kept only when marked */
	if (n > 0 && (strchr(" \t\n", v[0]) || strchr(" \t\n", v[n - 1])))
		PUTS(s, " t=\"inlineStr\"><is><t xml:space=\"preserve\">");
	else
		PUTS(s, " t=\"inlineStr\"><is><t>");
	put_escaped(s, v);
	PUTS(s, "</t></is></c>");
}

void xw_cell_number(xwsheet *s, uint32_t row, uint16_t col, double v, int style)
{
	char b[40];
	int n;

	if (!s || s->w->failed || !isfinite(v) || cell_start(s, row, col, style) != 0)
		return;
	PUTS(s, "><v>");
	if (v == floor(v) && fabs(v) < 1e15) {
		if (v < 0) {
			PUTS(s, "-");
			v = -v;
		}
		put_uint(s, (uint64_t)v);
	} else {
		/* as libxlsxwriter writes numbers (LC_NUMERIC is "C": xw_open) */
		n = snprintf(b, sizeof b, "%.16G", v);
		put(s, b, (size_t)n);
	}
	PUTS(s, "</v></c>");
}

/* CASUS_EXPORT_PROFILE: the times of the steps of xw_close on stderr
 * (like export.c's phases). */
static void xw_prof(const char *step)
{
	static int on = -1;
	static struct timespec t0;
	struct timespec t;

	if (on < 0)
		on = getenv("CASUS_EXPORT_PROFILE") != NULL;
	if (!on)
		return;
	clock_gettime(CLOCK_MONOTONIC, &t);
	if (step)
		fprintf(stderr, "export:   %-20s %.3f s\n", step,
			(double)(t.tv_sec - t0.tv_sec) + (double)(t.tv_nsec - t0.tv_nsec) / 1e9);
	t0 = t;
}

/* ---- reading the file back ----------------------------------------------------- */

static uint32_t rd16(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t rd32(const unsigned char *p)
{
	return rd16(p) | rd16(p + 2) << 16;
}

static int read_at(int fd, void *buf, size_t n, off_t off)
{
	size_t got = 0;

	while (got < n) {
		ssize_t r = pread(fd, (char *)buf + got, n - got, off + (off_t)got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		got += (size_t)r;
	}
	return 0;
}

#define TAIL (256 * 1024)       /* power of two */
#define HEAD 512

/* What the checks need of one inflated member: its first and last bytes. */
typedef struct member {
	char head[HEAD + 1];
	size_t nhead;
	char *ring;             /* last TAIL bytes */
	uint64_t size;
} member;

static void member_add(member *m, const unsigned char *p, size_t n)
{
	size_t k;

	if (m->nhead < HEAD) {
		k = HEAD - m->nhead < n ? HEAD - m->nhead : n;
		memcpy(m->head + m->nhead, p, k);
		m->nhead += k;
		m->head[m->nhead] = '\0';
	}
	if (n > TAIL) {
		m->size += n - TAIL;
		p += n - TAIL;
		n = TAIL;
	}
	while (n > 0) {
		size_t at = (size_t)(m->size & (TAIL - 1));
		k = TAIL - at < n ? TAIL - at : n;
		memcpy(m->ring + at, p, k);
		m->size += k;
		p += k;
		n -= k;
	}
}

/* The last min(size, TAIL) bytes, in order, into out; returns the length. */
static size_t member_tail(const member *m, char *out)
{
	size_t n = m->size < TAIL ? (size_t)m->size : TAIL;
	size_t start = (size_t)((m->size - n) & (TAIL - 1));
	size_t first = TAIL - start < n ? TAIL - start : n;

	memcpy(out, m->ring + start, first);
	memcpy(out + first, m->ring, n - first);
	out[n] = '\0';
	return n;
}

/* An XML part is complete when it ends with the end tag of its root
 * element; a sheet's data must end with the last row written. */
static int member_complete(const member *m, const char *name, char *tail, long expect_rows)
{
	const char *p = m->head, *e;
	char root[64], endtag[80];
	size_t n, rl, el;

	if (strstr(name, ".xml") == NULL && strstr(name, ".rels") == NULL)
		return 1;
	for (;;) {
		while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
			p++;
		if (p[0] == '<' && (p[1] == '?' || p[1] == '!')) {
			p = strchr(p, '>');
			if (!p)
				return 0;
			p++;
			continue;
		}
		break;
	}
	if (*p != '<')
		return 0;
	p++;
	for (rl = 0; p[rl] && !strchr(" \t\r\n/>", p[rl]); rl++)
		;
	if (rl == 0 || rl >= sizeof root)
		return 0;
	memcpy(root, p, rl);
	root[rl] = '\0';
	n = member_tail(m, tail);
	while (n > 0 && strchr(" \t\r\n", tail[n - 1]))
		n--;
	tail[n] = '\0';
	el = (size_t)snprintf(endtag, sizeof endtag, "</%s>", root);
	if (n < el || memcmp(tail + n - el, endtag, el) != 0)
		return 0;
	if (expect_rows < 0)
		return 1;
	/* a worksheet: <sheetData/> or ...<row r="N" ...>...</row></sheetData> */
	if (expect_rows == 0)
		return strstr(tail, "<sheetData/>") != NULL || strstr(m->head, "<sheetData/>") != NULL;
	e = strstr(tail, "</sheetData>");
	if (!e || e - tail < 6 || memcmp(e - 6, "</row>", 6) != 0)
		return 0;
	{
		const char *r = NULL, *q;
		for (q = tail; (q = strstr(q, "<row r=\"")) && q < e; q++)
			r = q;
		if (!r)
			return 0;
		return strtol(r + 8, NULL, 10) == expect_rows;
	}
}

/* Rows expected in member `name` when it is one of our sheets, else -1. */
static long sheet_rows(const xw *w, const char *name)
{
	unsigned k;
	char tail;

	if (sscanf(name, "xl/worksheets/sheet%u.xm%c", &k, &tail) == 2 && tail == 'l' &&
	    k >= 1 && k <= w->nsheets)
		return (long)w->sheets[k - 1].nrows;
	return -1;
}

/* One member of the zip, from the central directory. */
typedef struct zentry {
	char name[256];
	uint32_t crc, csz, usz, method;
	off_t data;              /* where its compressed bytes start */
	long rows;               /* sheet_rows() */
	char why[200];           /* the check's finding ("" when intact) */
} zentry;

/* Inflate one member and check its CRC, size and completeness; the
 * finding goes to e->why.  Buffers are the caller's (one set per thread). */
typedef struct zbufs {
	unsigned char *in, *out;
	member m;
	char *tail;
} zbufs;

static void check_member(int fd, zentry *e, zbufs *zb)
{
	member *m = &zb->m;
	off_t data = e->data, left = e->csz;
	uint32_t crc_now = 0;
	int zrc = Z_OK;
	z_stream z;

	m->size = 0;
	m->nhead = 0;
	m->head[0] = '\0';
	memset(&z, 0, sizeof z);
	if (e->method == 8 && inflateInit2(&z, -MAX_WBITS) != Z_OK) {
		snprintf(e->why, sizeof e->why, "zlib: inflateInit mislukt");
		return;
	}
	while (left > 0 || (e->method == 8 && zrc != Z_STREAM_END)) {
		size_t want = left < (1 << 16) ? (size_t)left : (1 << 16);
		if (want == 0) {
			zrc = Z_DATA_ERROR;       /* stream does not end */
			break;
		}
		if (read_at(fd, zb->in, want, data) != 0) {
			zrc = Z_DATA_ERROR;
			break;
		}
		data += (off_t)want;
		left -= (off_t)want;
		if (e->method == 0) {
			crc_now = (uint32_t)crc32(crc_now, zb->in, (uInt)want);
			member_add(m, zb->in, want);
			continue;
		}
		z.next_in = zb->in;
		z.avail_in = (uInt)want;
		do {
			size_t got;
			z.next_out = zb->out;
			z.avail_out = 1 << 16;
			zrc = inflate(&z, Z_NO_FLUSH);
			if (zrc != Z_OK && zrc != Z_STREAM_END && zrc != Z_BUF_ERROR)
				break;
			got = (1 << 16) - z.avail_out;
			crc_now = (uint32_t)crc32(crc_now, zb->out, (uInt)got);
			member_add(m, zb->out, got);
		} while (zrc != Z_STREAM_END && (z.avail_in > 0 || z.avail_out == 0));
		if (zrc != Z_OK && zrc != Z_STREAM_END && zrc != Z_BUF_ERROR)
			break;
		if (zrc == Z_STREAM_END && (z.avail_in > 0 || left > 0)) {
			zrc = Z_DATA_ERROR;       /* data after the end */
			break;
		}
	}
	if (e->method == 8)
		inflateEnd(&z);
	if (e->method == 8 && zrc != Z_STREAM_END)
		snprintf(e->why, sizeof e->why, "%.80s: beschadigd", e->name);
	else if (crc_now != e->crc || m->size != e->usz)
		snprintf(e->why, sizeof e->why, "%.80s: CRC of grootte klopt niet", e->name);
	else if (!member_complete(m, e->name, zb->tail, e->rows))
		snprintf(e->why, sizeof e->why, "%.80s: onvolledig", e->name);
}

/* The members are checked by two threads (this one and a helper): each
 * takes the next unchecked member, largest first. */
typedef struct zcheck {
	int fd;
	zentry *e;
	size_t *order;           /* indexes into e, by compressed size, descending */
	size_t n;
	pthread_mutex_t mu;
	size_t next;
} zcheck;

static void *zcheck_run(void *arg)
{
	zcheck *c = arg;
	zbufs zb;

	zb.in = xmalloc(1 << 16);
	zb.out = xmalloc(1 << 16);
	memset(&zb.m, 0, sizeof zb.m);
	zb.m.ring = xmalloc(TAIL);
	zb.tail = xmalloc(TAIL + 1);
	for (;;) {
		size_t k;
		pthread_mutex_lock(&c->mu);
		k = c->next++;
		pthread_mutex_unlock(&c->mu);
		if (k >= c->n)
			break;
		check_member(c->fd, &c->e[c->order[k]], &zb);
	}
	free(zb.in);
	free(zb.out);
	free(zb.m.ring);
	free(zb.tail);
	return NULL;
}

/* Read the whole zip back: 0 when every member is complete and intact. */
static int verify_zip(xw *w, int fd, char *why, size_t whylen)
{
	struct stat st;
	unsigned char *buf = NULL, h[46];
	zentry *ent = NULL;
	size_t *order = NULL;
	off_t size, eocd = -1, cd_off, cd_end, pos;
	size_t tailn, i, nent = 0, sheets_seen = 0;
	int rc = -1, have_ct = 0, have_wb = 0;
	zcheck c;
	pthread_t th;
	int helper;

#define BAD(...) do { snprintf(why, whylen, __VA_ARGS__); goto out; } while (0)
	if (fstat(fd, &st) != 0)
		BAD("%s", fileout_errno_nl(errno));
	size = st.st_size;
	if (size < 22)
		BAD("bestand onvolledig (%lld bytes)", (long long)size);
	tailn = size < 22 + 65535 ? (size_t)size : 22 + 65535;
	buf = xmalloc(tailn);
	if (read_at(fd, buf, tailn, size - (off_t)tailn) != 0)
		BAD("teruglezen mislukt");
	for (i = tailn - 22 + 1; i-- > 0; )
		if (rd32(buf + i) == 0x06054b50 && i + 22 + rd16(buf + i + 20) == tailn) {
			eocd = size - (off_t)tailn + (off_t)i;
			break;
		}
	if (eocd < 0)
		BAD("geen zip-inhoudsopgave");
	{
		const unsigned char *e = buf + (eocd - (size - (off_t)tailn));
		nent = rd16(e + 10);
		if (rd16(e + 4) != 0 || rd16(e + 6) != 0 || rd16(e + 8) != nent)
			BAD("zip in delen");
		cd_off = (off_t)rd32(e + 16);
		cd_end = cd_off + (off_t)rd32(e + 12);
	}
	if (cd_end != eocd || cd_off > eocd || nent == 0)
		BAD("zip-inhoudsopgave klopt niet");
	/* the central directory and every local header, in order */
	ent = xcalloc(nent, sizeof *ent);
	pos = cd_off;
	for (i = 0; i < nent; i++) {
		zentry *e = &ent[i];
		uint32_t lcrc, flags, nl, xl, cl, loff;

		if (pos + 46 > cd_end || read_at(fd, h, 46, pos) != 0 || rd32(h) != 0x02014b50)
			BAD("zip-inhoudsopgave onvolledig");
		flags = rd16(h + 8);
		e->method = rd16(h + 10);
		e->crc = rd32(h + 16);
		e->csz = rd32(h + 20);
		e->usz = rd32(h + 24);
		nl = rd16(h + 28);
		xl = rd16(h + 30);
		cl = rd16(h + 32);
		loff = rd32(h + 42);
		if (nl == 0 || nl >= sizeof e->name || read_at(fd, e->name, nl, pos + 46) != 0)
			BAD("zip-inhoudsopgave onvolledig");
		e->name[nl] = '\0';
		pos += 46 + (off_t)nl + xl + cl;
		if ((flags & 1) || (e->method != 0 && e->method != 8))
			BAD("%.80s: onbekende opslag", e->name);
		if ((off_t)loff + 30 > cd_off || read_at(fd, h, 30, (off_t)loff) != 0 ||
		    rd32(h) != 0x04034b50 || rd16(h + 26) != nl)
			BAD("%.80s: kop ontbreekt", e->name);
		lcrc = rd32(h + 14);
		if (!(rd16(h + 6) & 8) && (lcrc != e->crc || rd32(h + 18) != e->csz || rd32(h + 22) != e->usz))
			BAD("%.80s: kop en inhoudsopgave verschillen", e->name);
		e->data = (off_t)loff + 30 + nl + rd16(h + 28);
		if (e->data + (off_t)e->csz > cd_off)
			BAD("%.80s: gegevens onvolledig", e->name);
		e->rows = sheet_rows(w, e->name);
		if (e->rows >= 0)
			sheets_seen++;
		have_ct |= strcmp(e->name, "[Content_Types].xml") == 0;
		have_wb |= strcmp(e->name, "xl/workbook.xml") == 0;
	}
	if (pos != cd_end)
		BAD("zip-inhoudsopgave klopt niet");
	/* every member inflated and checked, on two threads */
	order = xmalloc(nent * sizeof *order);
	for (i = 0; i < nent; i++) {         /* insertion sort: a few dozen */
		size_t j = i;
		for (; j > 0 && ent[order[j - 1]].csz < ent[i].csz; j--)
			order[j] = order[j - 1];
		order[j] = i;
	}
	memset(&c, 0, sizeof c);
	c.fd = fd;
	c.e = ent;
	c.order = order;
	c.n = nent;
	pthread_mutex_init(&c.mu, NULL);
	helper = pthread_create(&th, NULL, zcheck_run, &c) == 0;
	zcheck_run(&c);
	if (helper)
		pthread_join(th, NULL);
	pthread_mutex_destroy(&c.mu);
	for (i = 0; i < nent; i++)
		if (ent[i].why[0])
			BAD("%s", ent[i].why);
	if (!have_ct || !have_wb || sheets_seen != w->nsheets)
		BAD("onderdelen ontbreken");
	rc = 0;
out:
#undef BAD
	free(buf);
	free(ent);
	free(order);
	return rc;
}

/* After a failed workbook_close(), libxlsxwriter may keep its row files
 * and the zip open (unlinked or about to be): give their space back.
 * The descriptors stay open (their FILEs belong to libxlsxwriter), but
 * the files are emptied. */
static void release_files(xw *w, const struct stat *zip)
{
	DIR *d = opendir("/proc/self/fd");
	struct dirent *de;

	if (!d)
		return;
	while ((de = readdir(d)) != NULL) {
		struct stat st;
		int fd = atoi(de->d_name);
		size_t k;
		int mine = 0;

		if (de->d_name[0] < '0' || de->d_name[0] > '9' || fd == dirfd(d) ||
		    fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		if (zip && st.st_dev == zip->st_dev && st.st_ino == zip->st_ino)
			mine = 1;
		for (k = 0; k < w->nopen && !mine; k++)
			if (st.st_dev == w->open_files[k].dev && st.st_ino == w->open_files[k].ino)
				mine = 1;
		if (mine && st.st_nlink == 0)
			if (ftruncate(fd, 0) != 0) {
				/* nothing more to do */
			}
	}
	closedir(d);
}

int xw_close(xw *w, const char *tmppath)
{
	struct stat zst;
	int have_zst, fd, e;
	size_t i;
	lxw_error le;
	char why[200];

	if (w->failed || !w->wb)
		return -1;
	if (strcmp(tmppath, w->path) != 0) {
		xw_failf(w, "fout in de export: ander tijdelijk bestand");
		return -1;
	}
	if (w->have_created) {
		lxw_doc_properties p;
		memset(&p, 0, sizeof p);
		p.title = (char *)"Registratie startbanen";
		p.author = (char *)PACKAGE_NAME;
		p.created = w->created;
		le = workbook_set_properties(w->wb, &p);
		if (le != LXW_NO_ERROR) {
			lxw_fail(w, le, 0);
			return -1;
		}
	}
	/* Close each sheet's last row and check the row files. */
	for (i = 0; i < w->nsheets; i++) {
		xwsheet *s = &w->sheets[i];
		if (s->row_open)
			PUTS(s, "</row>");
		s->row_open = 0;
		rows_flush(s);
		if (w->failed)
			return -1;
		errno = 0;
		if (fflush(s->ws->optimize_tmpfile) != 0 || ferror(s->ws->optimize_tmpfile)) {
			xw_failf(w, XW_DISK_MSG " (%s)", fileout_errno_nl(errno ? errno : EIO));
			return -1;
		}
	}
	have_zst = stat(w->path, &zst) == 0;
	xw_prof(NULL);
	errno = 0;
	le = workbook_close(w->wb);      /* frees the workbook, whatever happens */
	e = errno;
	w->wb = NULL;
	if (le != LXW_NO_ERROR) {
		lxw_fail(w, le, e);
		release_files(w, have_zst ? &zst : NULL);
		return -1;
	}
	w->nopen = 0;               /* closed by workbook_close() */
	xw_prof("workbook_close");
	/* Sync, then read everything back. */
	fd = open(w->path, O_RDWR | O_CLOEXEC);
	if (fd < 0) {
		xw_failf(w, XW_DISK_MSG " (%s)", fileout_errno_nl(errno));
		return -1;
	}
	if (fsync(fd) != 0) {
		xw_failf(w, XW_DISK_MSG " (%s)", fileout_errno_nl(errno));
		close(fd);
		return -1;
	}
	xw_prof("fsync");
	if (verify_zip(w, fd, why, sizeof why) != 0) {
		xw_failf(w, XW_DISK_MSG " (%s)", why);
		close(fd);
		return -1;
	}
	xw_prof("teruglezen");
	if (close(fd) != 0) {
		xw_failf(w, XW_DISK_MSG " (%s)", fileout_errno_nl(errno));
		return -1;
	}
	return 0;
}

void xw_free(xw *w)
{
	size_t i;

	if (!w)
		return;
	if (w->wb) {
		/* abandoned before workbook_close(): its row files are ours to
		 * close (lxw_workbook_free does not) */
		for (i = 0; i < w->nsheets; i++) {
			lxw_worksheet *ws = w->sheets[i].ws;
			if (ws->optimize_tmpfile) {
				fclose(ws->optimize_tmpfile);
				ws->optimize_tmpfile = NULL;
				ws->file = NULL;
			}
		}
		lxw_workbook_free(w->wb);
		w->wb = NULL;
	}
	for (i = 0; i < w->nsheets; i++)
		free(w->sheets[i].buf);
	if (w->shared)
		for (i = 0; i < XW_SHARED_SLOTS; i++)
			free(w->shared[i].text);
	free(w->shared);
	free(w->sbuf);
	free(w->dir);
	free(w->path);
	free(w);
}

/* ---- the zip's compression level --------------------------------------------- *
 *
 * libxlsxwriter deflates every part at zlib's default level (6) and has no
 * setting for it: for 100,000 participants that is 2.3 s of the export,
 * where level 1 takes 0.8 s for a file a quarter larger (measured on the
 * parts of the benchmark workbook, tests/bench/bench_export.sh).  The
 * level is chosen when libxlsxwriter opens each part through minizip's
 * zipOpenNewFileInZip4_64(), which it calls from the shared library:
 * this definition takes that call (the executable's symbols come first
 * in the dynamic lookup), puts XW_ZIP_LEVEL in place of the default and
 * hands it on to minizip's own function.  Only the level changes; if the
 * definition is not reached (another link), the workbook is the same,
 * compressed at level 6.  libxlsxwriter is the only user of minizip in
 * casus.  The prototype is minizip's (zip.h, which Debian's
 * libxlsxwriter-dev does not install): zipFile and zip_fileinfo are only
 * passed on. */
#define XW_ZIP_LEVEL 1

typedef int zip_open_fn(void *, const char *, const void *, const void *, unsigned,
			const void *, unsigned, const char *, int, int, int, int, int, int,
			const char *, unsigned long, unsigned long, unsigned long, int);
zip_open_fn zipOpenNewFileInZip4_64;

int zipOpenNewFileInZip4_64(void *file, const char *filename, const void *zipfi,
			    const void *extrafield_local, unsigned size_extrafield_local,
			    const void *extrafield_global, unsigned size_extrafield_global,
			    const char *comment, int method, int level, int raw,
			    int windowBits, int memLevel, int strategy, const char *password,
			    unsigned long crcForCrypting, unsigned long versionMadeBy,
			    unsigned long flagBase, int zip64)
{
	static zip_open_fn *next;

	if (!next) {
		*(void **)&next = dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64");
		if (!next)
			return -104;            /* minizip's ZIP_INTERNALERROR */
	}
	if (method == Z_DEFLATED && level == Z_DEFAULT_COMPRESSION)
		level = XW_ZIP_LEVEL;
	return next(file, filename, zipfi, extrafield_local, size_extrafield_local,
		    extrafield_global, size_extrafield_global, comment, method, level, raw,
		    windowBits, memLevel, strategy, password, crcForCrypting, versionMadeBy,
		    flagBase, zip64);
}
