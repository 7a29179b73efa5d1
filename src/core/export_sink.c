/* export_sink.c - the cell writer of the export: streaming .xlsx sheets
 * (export_lxw.c) or CSV files as Dutch Excel reads them; safe writing
 * (temporary file in the target directory, every write checked, synced,
 * renamed into place only when complete). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "export_int.h"
#include "util.h"

void xbook_fail(xbook *b, const char *fmt, ...)
{
	va_list ap;

	if (b->failed)
		return;        /* keep the first message */
	b->failed = 1;
	va_start(ap, fmt);
	vsnprintf(b->err, sizeof b->err, fmt, ap);
	va_end(ap);
}

/* The target directory must exist and be a directory. */
static int check_dir(xbook *b, const char *dir)
{
	struct stat st;

	if (stat(dir, &st) != 0) {
		xbook_fail(b, "kan niet schrijven in map %s: %s", dir, fileout_errno_nl(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		xbook_fail(b, "kan niet schrijven in map %s: %s", dir, fileout_errno_nl(ENOTDIR));
		return -1;
	}
	return 0;
}

int xbook_open_xlsx(xbook *b, const char *path)
{
	int exists;

	memset(b, 0, sizeof *b);
	b->lockfd = -1;
	b->excel_epoch = cdate_from_ymd(1899, 12, 30);
	if (fileout_target(path, &b->real, &exists, b->err, sizeof b->err) != 0) {
		b->failed = 1;
		return -1;
	}
	b->dir = fileout_dir(b->real);
	if (check_dir(b, b->dir) != 0)
		return -1;
	fileout_clean_stale(b->dir);
	b->lockfd = fileout_tmp_create(b->dir, "registratie", "-", ".tmp", &b->tmppath);
	if (b->lockfd < 0) {
		xbook_fail(b, "kan niet schrijven in map %s: %s", b->dir, fileout_errno_nl(errno));
		return -1;
	}
	b->wb = xw_open(b->dir, b->tmppath);
	return 0;
}

int xbook_open_csv(xbook *b, const char *dir)
{
	struct stat st;

	memset(b, 0, sizeof *b);
	b->lockfd = -1;
	b->csv = 1;
	b->excel_epoch = cdate_from_ymd(1899, 12, 30);
	b->dir = xstrdup(dir);
	if (stat(dir, &st) != 0 && errno == ENOENT) {
		if (mkdir(dir, 0700) != 0) {
			xbook_fail(b, "kan map %s niet aanmaken: %s", dir, fileout_errno_nl(errno));
			return -1;
		}
	}
	if (check_dir(b, dir) != 0)
		return -1;
	fileout_clean_stale(dir);
	return 0;
}

xsheet *xbook_add_sheet(xbook *b, const char *name, const char *csvname)
{
	xsheet *s = &b->sheets[b->nsheets++];

	memset(s, 0, sizeof *s);
	s->lockfd = -1;
	s->book = b;
	s->name = name;
	s->csvname = csvname;
	if (b->failed)
		return s;
	if (!b->csv) {
		const char *msg;
		s->ws = xw_add_sheet(b->wb, name);
		if (xw_failed(b->wb, &msg))
			xbook_fail(b, "%s", msg);
		return s;
	}
	s->csv_final = xasprintf("%s/%s", b->dir, csvname);
	{
		int exists, fd;
		char *dir;

		if (fileout_target(s->csv_final, &s->csv_real, &exists, b->err, sizeof b->err) != 0) {
			b->failed = 1;
			return s;
		}
		dir = fileout_dir(s->csv_real);
		if (strcmp(dir, b->dir) != 0)
			fileout_clean_stale(dir);    /* b->dir was cleaned at the open */
		s->lockfd = fileout_tmp_create(dir, csvname, ".", "", &s->csv_tmp);
		free(dir);
		fd = s->lockfd < 0 ? -1 : dup(s->lockfd);
		if (fd < 0 || !(s->csv = fdopen(fd, "w"))) {
			xbook_fail(b, "kan %s niet schrijven: %s", s->csv_final, fileout_errno_nl(errno));
			if (fd >= 0)
				close(fd);
			return s;
		}
	}
	fputs("\xEF\xBB\xBF", s->csv);    /* BOM: Excel reads UTF-8 */
	return s;
}

/* ---- cells --------------------------------------------------------------- */

static void csv_sep(xsheet *s)
{
	if (s->col > 0)
		putc(';', s->csv);
}

static void csv_field(xsheet *s, const char *v)
{
	const char *p;
	size_t n = strlen(v);
	int quote = 0;

	for (p = v; *p; p++)
		if (*p == ';' || *p == '"' || *p == '\n' || *p == '\r' || *p == ',')
			quote = 1;
	if (n && (v[0] == ' ' || v[n - 1] == ' '))
		quote = 1;
	if (!quote && strchr("=+-@\t", v[0]) == NULL) {
		fputs(v, s->csv);
		return;
	}
	putc('"', s->csv);
	/* keep Excel from reading free text as a formula */
	if (v[0] && strchr("=+-@\t", v[0]))
		putc('\'', s->csv);
	for (p = v; *p; p++) {
		if (*p == '"')
			putc('"', s->csv);
		putc(*p, s->csv);
	}
	putc('"', s->csv);
}

static void advance(xsheet *s)
{
	s->row_open = 1;
	s->col++;
	if (s->col > s->maxcol)
		s->maxcol = s->col;
}

static void tally(xsheet *s, int filled, int onbekend)
{
	if (s->cols && s->col < s->ncols && s->row > 0) {
		s->n_filled[s->col] += filled;
		s->n_onbekend[s->col] += onbekend;
	}
}

void xs_text(xsheet *s, const char *v, int fmt)
{
	if (s->book->failed)
		return;
	if (!v || !*v) {
		xs_skip(s);
		return;
	}
	tally(s, 1, 0);
	if (s->csv) {
		csv_sep(s);
		csv_field(s, v);
	} else {
		xw_cell_string(s->ws, s->row, s->col, v, fmt);
	}
	advance(s);
}

void xs_label(xsheet *s, const char *label)
{
	if (s->book->failed)
		return;
	tally(s, 1, strcmp(label, "Onbekend") == 0);
	if (s->csv) {
		csv_sep(s);
		csv_field(s, label);
	} else {
		xw_cell_string(s->ws, s->row, s->col, label, F_NONE);
	}
	advance(s);
}

static void csv_number(xsheet *s, double v, int fmt)
{
	char buf[64], *p;

	if (fmt == F_PCT)
		snprintf(buf, sizeof buf, "%.1f%%", v * 100.0);
	else if (fmt == F_DEC1)
		snprintf(buf, sizeof buf, "%.1f", v);
	else if (v == (double)(long long)v)
		snprintf(buf, sizeof buf, "%lld", (long long)v);
	else
		snprintf(buf, sizeof buf, "%.6g", v);
	for (p = buf; *p; p++)
		if (*p == '.')
			*p = ',';
	fputs(buf, s->csv);
}

void xs_num(xsheet *s, double v, int fmt)
{
	if (s->book->failed)
		return;
	tally(s, 1, 0);
	if (s->csv) {
		csv_sep(s);
		csv_number(s, v, fmt);
	} else {
		xw_cell_number(s->ws, s->row, s->col, v, fmt);
	}
	advance(s);
}

void xs_date(xsheet *s, cdate d)
{
	if (s->book->failed)
		return;
	if (d == CDATE_NONE) {
		xs_skip(s);
		return;
	}
	tally(s, 1, 0);
	if (s->csv) {
		char buf[11];
		csv_sep(s);
		cdate_format_nl(d, buf);
		fputs(buf, s->csv);
	} else {
		xw_cell_number(s->ws, s->row, s->col, (double)(d - s->book->excel_epoch), F_DATE);
	}
	advance(s);
}

void xs_skip(xsheet *s)
{
	if (s->book->failed)
		return;
	if (s->csv)
		csv_sep(s);
	advance(s);
}

void xs_unknown(xsheet *s)
{
	if (s->book->failed)
		return;
	tally(s, 1, 1);
	xs_skip(s);
}

void xs_endrow(xsheet *s)
{
	if (s->book->failed)
		return;
	if (s->csv)
		fputs("\r\n", s->csv);
	if (s->ws && s->row + 1 >= 1048576u) {
		xbook_fail(s->book, "blad %s: meer rijen dan Excel toestaat (1.048.576)", s->name);
		return;
	}
	s->row++;
	s->col = 0;
	s->row_open = 0;
}

void xsheet_set_width(xsheet *s, int col, double width)
{
	if (s->ws && !s->book->failed)
		xw_set_width(s->ws, (uint16_t)col, width);
}

/* ---- data sheets ----------------------------------------------------------- */

/* NULL-terminated label lists for the validations, one per vocabulary,
 * built on first use (static storage: the vocabularies are static). */
static const char **vocab_list(int id)
{
	static const char *lists[VOCAB__COUNT][24];
	const vocab *v = vocab_get((vocab_id)id);
	size_t i;

	if (!v || v->n >= 24)
		return NULL;
	if (!lists[id][0])
		for (i = 0; i < v->n; i++)
			lists[id][i] = v->entries[i].label;
	return lists[id];
}

void xsheet_data_header(xsheet *s, const xcol *cols, size_t ncols)
{
	size_t i;

	s->cols = cols;
	s->ncols = ncols;
	s->n_filled = xcalloc(ncols, sizeof *s->n_filled);
	s->n_onbekend = xcalloc(ncols, sizeof *s->n_onbekend);
	if (s->book->failed)
		return;
	if (s->ws) {
		for (i = 0; i < ncols; i++)
			xw_set_width(s->ws, (uint16_t)i, cols[i].width > 0 ? cols[i].width : 14);
		xw_freeze_header(s->ws);
		for (i = 0; i < ncols; i++) {
			const char **list;

			if (cols[i].kind != K_CAT)
				continue;
			list = vocab_list(cols[i].vocab);
			if (list)
				xw_validation_list(s->ws, (uint16_t)i, list);
		}
	}
	for (i = 0; i < ncols; i++)
		xs_text(s, cols[i].header, F_BOLD);
	xs_endrow(s);
}

void xsheet_finish_data(xsheet *s)
{
	if (s->ws && !s->book->failed && s->ncols)
		xw_autofilter(s->ws, s->row > 1 ? s->row - 1 : 0, (uint16_t)(s->ncols - 1));
}

/* ---- closing --------------------------------------------------------------- */

static void free_sheets(xbook *b)
{
	size_t i;

	for (i = 0; i < b->nsheets; i++) {
		xsheet *s = &b->sheets[i];
		free(s->n_filled);
		free(s->n_onbekend);
		free(s->csv_tmp);
		free(s->csv_final);
		free(s->csv_real);
		if (s->lockfd >= 0)
			close(s->lockfd);
		s->lockfd = -1;
		s->n_filled = s->n_onbekend = NULL;
		s->csv_tmp = s->csv_final = s->csv_real = NULL;
	}
}

/* Frees what the book owns (the sheets, the names); closes the locks. */
static void free_book(xbook *b)
{
	xw_free(b->wb);
	b->wb = NULL;
	free_sheets(b);
	free(b->tmppath);
	free(b->real);
	free(b->dir);
	b->tmppath = b->real = b->dir = NULL;
	if (b->lockfd >= 0)
		close(b->lockfd);
	b->lockfd = -1;
}

void xbook_abort(xbook *b)
{
	size_t i;

	/* first: an xw not yet closed is freed by writing it (xw_free) */
	xw_free(b->wb);
	b->wb = NULL;
	if (b->tmppath)
		unlink(b->tmppath);
	for (i = 0; i < b->nsheets; i++) {
		xsheet *s = &b->sheets[i];
		if (s->csv) {
			fclose(s->csv);
			s->csv = NULL;
		}
		if (s->csv_tmp)
			unlink(s->csv_tmp);
	}
	free_book(b);
}

/* Just before the rename: may `path` still be replaced, and by the same
 * file as at the start (a FIFO or link put there during the export)? */
static int still_target(xbook *b, const char *path, const char *real)
{
	char *now = NULL;
	int exists, ok;

	if (fileout_target(path, &now, &exists, b->err, sizeof b->err) != 0) {
		b->failed = 1;
		return 0;
	}
	ok = strcmp(now, real) == 0;
	if (!ok)
		xbook_fail(b, "%s is tijdens de export veranderd (verwijst nu naar %s); niets geschreven",
			   path, now);
	free(now);
	return ok;
}

int xbook_close_xlsx(xbook *b, const char *path)
{
	const char *msg;

	if (!b->failed && xw_failed(b->wb, &msg))
		xbook_fail(b, "schrijven van %s mislukt: %s", path, msg);
	if (!b->failed && xw_close(b->wb, b->tmppath) != 0) {
		xw_failed(b->wb, &msg);
		xbook_fail(b, "schrijven van %s mislukt: %s", path, msg);
	}
	if (b->failed || !still_target(b, path, b->real)) {
		xbook_abort(b);
		return -1;
	}
	if (rename(b->tmppath, b->real) != 0) {
		xbook_fail(b, "kan %s niet schrijven: %s", path, fileout_errno_nl(errno));
		xbook_abort(b);
		return -1;
	}
	fileout_sync_dir(b->dir);
	free(b->tmppath);
	b->tmppath = NULL;
	free_book(b);
	return 0;
}

int xbook_close_csv(xbook *b)
{
	size_t i;

	for (i = 0; i < b->nsheets && !b->failed; i++) {
		xsheet *s = &b->sheets[i];
		if (fflush(s->csv) != 0 || ferror(s->csv) || fsync(fileno(s->csv)) != 0)
			xbook_fail(b, "schrijven van %s mislukt: %s", s->csv_final, fileout_errno_nl(errno));
	}
	for (i = 0; i < b->nsheets && !b->failed; i++) {
		xsheet *s = &b->sheets[i];
		int rc = fclose(s->csv);
		s->csv = NULL;
		if (rc != 0)
			xbook_fail(b, "schrijven van %s mislukt: %s", s->csv_final, fileout_errno_nl(errno));
	}
	for (i = 0; i < b->nsheets && !b->failed; i++)
		still_target(b, b->sheets[i].csv_final, b->sheets[i].csv_real);
	if (b->failed) {
		xbook_abort(b);
		return -1;
	}
	/* All complete: move them into place (the temporary files stay locked
	 * through lockfd until then). */
	for (i = 0; i < b->nsheets; i++) {
		xsheet *s = &b->sheets[i];
		if (rename(s->csv_tmp, s->csv_real) != 0) {
			xbook_fail(b, "kan %s niet schrijven: %s", s->csv_final, fileout_errno_nl(errno));
			xbook_abort(b);
			return -1;
		}
		free(s->csv_tmp);
		s->csv_tmp = NULL;
	}
	fileout_sync_dir(b->dir);
	free_book(b);
	return 0;
}
