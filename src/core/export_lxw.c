/* export_lxw.c - the .xlsx writer of the export (the xw_* interface of
 * export_int.h) on libxlsxwriter in constant_memory mode: rows go to a
 * temporary file per sheet as they are written (libxlsxwriter keeps one
 * row in memory), text is written as inline strings.
 *
 * libxlsxwriter does not check writes to its own temporary files: a full
 * disk can give a truncated part inside a zip that is otherwise correct,
 * with workbook_close() returning LXW_NO_ERROR.  So every return code is
 * checked, the row files are flushed and checked before workbook_close(),
 * and afterwards the written file is synced and read back: the zip's
 * central directory, every local header, every member inflated and
 * compared with its CRC-32 and size, every XML part ending with the end
 * tag of its root element, and each sheet's data ending with the last row
 * written.  Only then does xw_close() report success (the caller renames
 * the file into place).  libxlsxwriter's temporary files are created in
 * the target directory and unlinked at once (tmpfileplus), so no name is
 * left behind; after a failure their space is released as far as
 * libxlsxwriter left them open. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
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

/* The message of every failed or incomplete write. */
#define XW_DISK_MSG "de schijf is vol of het bestand kon niet volledig worden geschreven"

struct xwsheet {
	xw *w;
	lxw_worksheet *ws;
	uint32_t nrows;          /* highest row with a cell + 1 (0: none) */
	int has_freeze, has_filter, nvalid;
};

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
			 saved_errno ? export_errno_nl(saved_errno) : lxw_strerror(e));
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

	w->dir = xstrdup(dir);
	w->path = xstrdup(path);
	memset(&o, 0, sizeof o);
	o.constant_memory = LXW_TRUE;
	o.tmpdir = w->dir;
	o.use_zip64 = LXW_FALSE;
	w->wb = workbook_new_opt(w->path, &o);
	if (!w->wb) {
		xw_failf(w, "kan niet schrijven in map %s: %s", dir, export_errno_nl(errno ? errno : ENOMEM));
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
			 export_errno_nl(errno ? errno : ENOMEM));
		return NULL;
	}
	s = &w->sheets[w->nsheets++];
	memset(s, 0, sizeof *s);
	s->w = w;
	s->ws = ws;
	/* remember the row file, to release its space after a failure */
	if (ws->optimize_tmpfile && fstat(fileno(ws->optimize_tmpfile), &st) == 0) {
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

/* ---- cells ------------------------------------------------------------------ */

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

static void note_row(xwsheet *s, uint32_t row)
{
	if (row + 1 > s->nrows)
		s->nrows = row + 1;
}

void xw_cell_string(xwsheet *s, uint32_t row, uint16_t col, const char *v, int style,
		    int shared)
{
	lxw_error e;

	(void)shared;           /* constant_memory: always inline strings */
	if (!s || s->w->failed)
		return;
	e = worksheet_write_string(s->ws, row, col, clean_text(s->w, v),
				   style > 0 && style < F__N ? s->w->fmt[style] : NULL);
	if (e != LXW_NO_ERROR) {
		lxw_fail(s->w, e, errno);
		return;
	}
	note_row(s, row);
}

void xw_cell_number(xwsheet *s, uint32_t row, uint16_t col, double v, int style)
{
	lxw_error e;

	if (!s || s->w->failed || !isfinite(v))
		return;
	e = worksheet_write_number(s->ws, row, col, v,
				   style > 0 && style < F__N ? s->w->fmt[style] : NULL);
	if (e != LXW_NO_ERROR) {
		lxw_fail(s->w, e, errno);
		return;
	}
	note_row(s, row);
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

/* Read the whole zip back: 0 when every member is complete and intact. */
static int verify_zip(xw *w, int fd, char *why, size_t whylen)
{
	struct stat st;
	unsigned char *buf = NULL, *in = NULL, *out = NULL, h[46];
	char *tail = NULL;
	member m;
	off_t size, eocd = -1, cd_off, cd_end, pos;
	size_t tailn, i, nent, sheets_seen = 0;
	int rc = -1, have_ct = 0, have_wb = 0;
	z_stream z;

	memset(&m, 0, sizeof m);
	memset(&z, 0, sizeof z);
#define BAD(...) do { snprintf(why, whylen, __VA_ARGS__); goto out; } while (0)
	if (fstat(fd, &st) != 0)
		BAD("%s", export_errno_nl(errno));
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
	in = xmalloc(1 << 16);
	out = xmalloc(1 << 16);
	m.ring = xmalloc(TAIL);
	tail = xmalloc(TAIL + 1);
	pos = cd_off;
	for (i = 0; i < nent; i++) {
		uint32_t crc, csz, usz, lcrc, flags, method, nl, xl, cl, loff, crc_now = 0;
		char name[256];
		off_t data, left;
		int zrc = Z_OK;
		long rows;

		if (pos + 46 > cd_end || read_at(fd, h, 46, pos) != 0 || rd32(h) != 0x02014b50)
			BAD("zip-inhoudsopgave onvolledig");
		flags = rd16(h + 8);
		method = rd16(h + 10);
		crc = rd32(h + 16);
		csz = rd32(h + 20);
		usz = rd32(h + 24);
		nl = rd16(h + 28);
		xl = rd16(h + 30);
		cl = rd16(h + 32);
		loff = rd32(h + 42);
		if (nl == 0 || nl >= sizeof name || read_at(fd, name, nl, pos + 46) != 0)
			BAD("zip-inhoudsopgave onvolledig");
		name[nl] = '\0';
		pos += 46 + (off_t)nl + xl + cl;
		if ((flags & 1) || (method != 0 && method != 8))
			BAD("%.80s: onbekende opslag", name);
		/* the local header */
		if ((off_t)loff + 30 > cd_off || read_at(fd, h, 30, (off_t)loff) != 0 ||
		    rd32(h) != 0x04034b50 || rd16(h + 26) != nl)
			BAD("%.80s: kop ontbreekt", name);
		lcrc = rd32(h + 14);
		if (!(rd16(h + 6) & 8) && (lcrc != crc || rd32(h + 18) != csz || rd32(h + 22) != usz))
			BAD("%.80s: kop en inhoudsopgave verschillen", name);
		data = (off_t)loff + 30 + nl + rd16(h + 28);
		if (data + (off_t)csz > cd_off)
			BAD("%.80s: gegevens onvolledig", name);
		/* inflate and check */
		m.size = 0;
		m.nhead = 0;
		m.head[0] = '\0';
		if (method == 8) {
			memset(&z, 0, sizeof z);
			if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
				BAD("zlib: inflateInit mislukt");
		}
		left = csz;
		while (left > 0 || (method == 8 && zrc != Z_STREAM_END)) {
			size_t want = left < (1 << 16) ? (size_t)left : (1 << 16);
			if (want == 0) {
				zrc = Z_DATA_ERROR;       /* stream does not end */
				break;
			}
			if (read_at(fd, in, want, data) != 0) {
				zrc = Z_DATA_ERROR;
				break;
			}
			data += (off_t)want;
			left -= (off_t)want;
			if (method == 0) {
				crc_now = (uint32_t)crc32(crc_now, in, (uInt)want);
				member_add(&m, in, want);
				continue;
			}
			z.next_in = in;
			z.avail_in = (uInt)want;
			do {
				size_t got;
				z.next_out = out;
				z.avail_out = 1 << 16;
				zrc = inflate(&z, Z_NO_FLUSH);
				if (zrc != Z_OK && zrc != Z_STREAM_END && zrc != Z_BUF_ERROR)
					break;
				got = (1 << 16) - z.avail_out;
				crc_now = (uint32_t)crc32(crc_now, out, (uInt)got);
				member_add(&m, out, got);
			} while (zrc != Z_STREAM_END && (z.avail_in > 0 || z.avail_out == 0));
			if (zrc != Z_OK && zrc != Z_STREAM_END && zrc != Z_BUF_ERROR)
				break;
			if (zrc == Z_STREAM_END && (z.avail_in > 0 || left > 0)) {
				zrc = Z_DATA_ERROR;       /* data after the end */
				break;
			}
		}
		if (method == 8)
			inflateEnd(&z);
		if (method == 8 && zrc != Z_STREAM_END)
			BAD("%.80s: beschadigd", name);
		if (crc_now != crc || m.size != usz)
			BAD("%.80s: CRC of grootte klopt niet", name);
		rows = sheet_rows(w, name);
		if (!member_complete(&m, name, tail, rows))
			BAD("%.80s: onvolledig", name);
		if (rows >= 0)
			sheets_seen++;
		have_ct |= strcmp(name, "[Content_Types].xml") == 0;
		have_wb |= strcmp(name, "xl/workbook.xml") == 0;
	}
	if (pos != cd_end)
		BAD("zip-inhoudsopgave klopt niet");
	if (!have_ct || !have_wb || sheets_seen != w->nsheets)
		BAD("onderdelen ontbreken");
	rc = 0;
out:
#undef BAD
	free(buf);
	free(in);
	free(out);
	free(m.ring);
	free(tail);
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
	/* Write out each sheet's last row and check the row files: their
	 * write errors are not reported by libxlsxwriter. */
	for (i = 0; i < w->nsheets; i++) {
		lxw_worksheet *ws = w->sheets[i].ws;
		if (!ws->optimize_tmpfile)
			continue;
		lxw_worksheet_write_single_row(ws);
		errno = 0;
		if (fflush(ws->optimize_tmpfile) != 0 || ferror(ws->optimize_tmpfile)) {
			xw_failf(w, XW_DISK_MSG " (%s)", export_errno_nl(errno ? errno : EIO));
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
		xw_failf(w, XW_DISK_MSG " (%s)", export_errno_nl(errno));
		return -1;
	}
	if (fsync(fd) != 0) {
		xw_failf(w, XW_DISK_MSG " (%s)", export_errno_nl(errno));
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
		xw_failf(w, XW_DISK_MSG " (%s)", export_errno_nl(errno));
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
	free(w->sbuf);
	free(w->dir);
	free(w->path);
	free(w);
}
