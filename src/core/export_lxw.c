/* export_lxw.c - the .xlsx writer of the export (the xw_* interface of
 * export_int.h) on libxlsxwriter's documented API, in constant_memory
 * mode: workbook_new_opt(), worksheet_write_string()/_number() row by
 * row, column widths, frozen panes, autofilter, list validations and the
 * document properties.  libxlsxwriter writes each finished row to a
 * temporary file per sheet, every text as an inline string, and builds
 * the package (deflated at zlib's default level) in workbook_close().
 *
 * libxlsxwriter does not check its writes to its own temporary files: a
 * full disk can give a truncated part inside a zip that is otherwise
 * correct, with workbook_close() returning LXW_NO_ERROR.  So afterwards
 * the written file is synced and read back (export_verify.c): the zip's
 * central directory, every member inflated and compared with its CRC-32
 * and size, every XML part complete, and each sheet's data ending with
 * the last row written here.  Only then does xw_close() report success
 * (the caller renames the file into place).  libxlsxwriter's temporary
 * files go to the target directory and are unlinked at once
 * (tmpfileplus), so no name is left behind; the space of those it leaves
 * open after a failure comes back when the process ends. */
#include "config.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "export_int.h"
#include "fileout.h"
#include "util.h"

#define XW_MAX_SHEETS 8
#define XW_STR_MAX 32767          /* characters in one cell (Excel) */

/* The message of every failed or incomplete write. */
#define XW_DISK_MSG "de schijf is vol of het bestand kon niet volledig worden geschreven"

struct xwsheet {
	xw *w;
	lxw_worksheet *ws;
	uint32_t nrows;          /* highest row with a cell + 1 (0: none) */
	uint32_t row;            /* the last cell written (when nrows > 0) */
	uint16_t col;
};

struct xw {
	char *dir;
	char *tmpdir;            /* libxlsxwriter's own temporary files: a
				  * private locked directory in dir */
	int tmpdir_fd;
	char *path;              /* the temporary file libxlsxwriter writes */
	lxw_workbook *wb;
	lxw_format *fmt[F__N];   /* NULL for F_NONE */
	xwsheet sheets[XW_MAX_SHEETS];
	size_t nsheets;
	int failed;
	char err[300];
	time_t created;
	int have_created;
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

static void add_formats(xw *w)
{
	lxw_format *f;

	for (int i = 1; i < F__N; i++)
		if (!(w->fmt[i] = workbook_add_format(w->wb))) {
			xw_failf(w, "fout in de xlsx-bibliotheek: geen opmaak");
			return;
		}
	format_set_bold(w->fmt[F_BOLD]);
	format_set_num_format(w->fmt[F_DATE], "dd-mm-yyyy");
	format_set_num_format(w->fmt[F_DEC1], "0.0");
	format_set_num_format(w->fmt[F_PCT], "0.0%");
	format_set_num_format(w->fmt[F_INT], "0");
	f = w->fmt[F_TITLE];
	format_set_bold(f);
	format_set_font_size(f, 13);
	f = w->fmt[F_WRAP];
	format_set_text_wrap(f);
	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
}

xw *xw_open(const char *dir, const char *path)
{
	xw *w = xcalloc(1, sizeof *w);
	lxw_workbook_options o;

	/* libxlsxwriter writes its numbers (cells, column widths, page
	 * margins) with printf: under a decimal comma they would read "0,7",
	 * which no reader accepts.  casus_locale_init() keeps LC_NUMERIC "C";
	 * a caller that did not is refused here rather than given a broken
	 * workbook. */
	if (strcmp(localeconv()->decimal_point, ".") != 0) {
		xw_failf(w, "fout in de export: getallen zouden met decimaalteken '%s' worden "
			 "geschreven (LC_NUMERIC moet C zijn)", localeconv()->decimal_point);
		return w;
	}
	w->dir = xstrdup(dir);
	w->path = xstrdup(path);
	/* libxlsxwriter creates and unlinks temporary files in its tmpdir
	 * (one per sheet, one per part at the close): a kill in between
	 * leaves "tmp.XXXXXXXXXX" behind.  In a private directory of ours the
	 * next export finds and removes them (fileout_clean_stale). */
	w->tmpdir_fd = fileout_tmpdir_create(dir, &w->tmpdir);
	if (w->tmpdir_fd < 0) {
		xw_failf(w, "kan niet schrijven in map %s: %s", dir, fileout_errno_nl(errno));
		return w;
	}
	memset(&o, 0, sizeof o);
	o.constant_memory = LXW_TRUE;
	o.tmpdir = w->tmpdir;
	o.use_zip64 = LXW_FALSE;
	errno = 0;
	w->wb = workbook_new_opt(w->path, &o);
	if (!w->wb) {
		xw_failf(w, "kan niet schrijven in map %s: %s", dir, fileout_errno_nl(errno ? errno : ENOMEM));
		return w;
	}
	add_formats(w);
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
}

void xw_autofilter(xwsheet *s, uint32_t last_row, uint16_t last_col)
{
	lxw_error e;

	if (!s || s->w->failed)
		return;
	e = worksheet_autofilter(s->ws, 0, 0, last_row, last_col);
	if (e != LXW_NO_ERROR)
		lxw_fail(s->w, e, 0);
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

/* Before a cell: -1 for a cell out of order or outside Excel's grid (a
 * bug of the caller), which fails the export.  libxlsxwriter's constant
 * memory mode ignores a cell in an earlier row and overwrites one written
 * twice; here both fail the workbook, so nothing half-right is written. */
static int cell_check(xwsheet *s, uint32_t row, uint16_t col)
{
	if (row >= LXW_ROW_MAX || col >= LXW_COL_MAX) {
		xw_failf(s->w, "fout in de export: cel %u,%u buiten het raster van Excel",
			 row + 1, col + 1u);
		return -1;
	}
	if (s->nrows > 0 && (row < s->row || (row == s->row && col <= s->col))) {
		xw_failf(s->w, "fout in de export: cel %u,%u buiten volgorde", row + 1, col + 1u);
		return -1;
	}
	s->row = row;
	s->col = col;
	s->nrows = row + 1;      /* rows ascend: this is the highest */
	return 0;
}

static lxw_format *format_of(const xw *w, int style)
{
	assert(style >= 0 && style < F__N);
	return style > F_NONE && style < F__N ? w->fmt[style] : NULL;
}

void xw_cell_string(xwsheet *s, uint32_t row, uint16_t col, const char *v, int style)
{
	lxw_error e;

	if (!s || s->w->failed)
		return;
	v = clean_text(s->w, v);
	if (!*v)
		return;          /* libxlsxwriter writes no cell for "" either */
	if (cell_check(s, row, col) != 0)
		return;
	e = worksheet_write_string(s->ws, row, col, v, format_of(s->w, style));
	if (e != LXW_NO_ERROR)
		lxw_fail(s->w, e, 0);
}

void xw_cell_number(xwsheet *s, uint32_t row, uint16_t col, double v, int style)
{
	lxw_error e;

	if (!s || s->w->failed || !isfinite(v) || cell_check(s, row, col) != 0)
		return;
	e = worksheet_write_number(s->ws, row, col, v, format_of(s->w, style));
	if (e != LXW_NO_ERROR)
		lxw_fail(s->w, e, 0);
}

/* CASUS_EXPORT_PROFILE: the times of the steps of xw_close on stderr
 * (wall and this thread's CPU, like export.c's phases). */
static void xw_prof(const char *step)
{
	static int on = -1;
	static struct timespec t0, c0;
	struct timespec t, c;

	if (on < 0)
		on = getenv("CASUS_EXPORT_PROFILE") != NULL;
	if (!on)
		return;
	clock_gettime(CLOCK_MONOTONIC, &t);
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c);
	if (step)
		fprintf(stderr, "export:   %-20s %.3f s (cpu %.3f s)\n", step,
			(double)(t.tv_sec - t0.tv_sec) + (double)(t.tv_nsec - t0.tv_nsec) / 1e9,
			(double)(c.tv_sec - c0.tv_sec) + (double)(c.tv_nsec - c0.tv_nsec) / 1e9);
	t0 = t;
	c0 = c;
}

static int set_properties(xw *w)
{
	lxw_doc_properties p;
	lxw_error le;

	if (!w->have_created)
		return 0;
	memset(&p, 0, sizeof p);
	p.title = (char *)"Registratie startbanen";
	p.author = (char *)PACKAGE_NAME;
	p.created = w->created;
	le = workbook_set_properties(w->wb, &p);
	if (le != LXW_NO_ERROR) {
		lxw_fail(w, le, 0);
		return -1;
	}
	return 0;
}

/* Sync the written file and read it back (export_verify.c). */
static int sync_and_verify(xw *w)
{
	long rows[XW_MAX_SHEETS];
	char why[200];
	size_t i;
	int fd = open(w->path, O_RDWR | O_CLOEXEC);

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
	for (i = 0; i < w->nsheets; i++)
		rows[i] = (long)w->sheets[i].nrows;
	if (xw_verify_zip(fd, rows, w->nsheets, why, sizeof why) != 0) {
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

int xw_close(xw *w, const char *tmppath)
{
	lxw_error le;
	int e;

	if (w->failed || !w->wb)
		return -1;
	if (strcmp(tmppath, w->path) != 0) {
		xw_failf(w, "fout in de export: ander tijdelijk bestand");
		return -1;
	}
	if (set_properties(w) != 0)
		return -1;
	xw_prof(NULL);
	errno = 0;
	le = workbook_close(w->wb);      /* frees the workbook, whatever happens */
	e = errno;
	w->wb = NULL;
	if (le != LXW_NO_ERROR) {
		lxw_fail(w, le, e);
		return -1;
	}
	xw_prof("workbook_close");
	return sync_and_verify(w);
}

void xw_free(xw *w)
{
	if (!w)
		return;
	if (w->wb) {
		/* abandoned before workbook_close(): the documented way to free
		 * the workbook is to close it; the file is written to the
		 * temporary name and removed by the caller (xbook_abort) */
		workbook_close(w->wb);
		w->wb = NULL;
	}
	if (w->tmpdir)
		fileout_tmpdir_remove(w->tmpdir, w->tmpdir_fd);
	free(w->tmpdir);
	free(w->sbuf);
	free(w->dir);
	free(w->path);
	free(w);
}
