/* zelfevaluatie_export.c - a round of the zelfevaluatie as a workbook for
 * the wethouder: the scores per statement (this round and the previous
 * round of the same instrument), the theme summary with a native column
 * chart of this round against the previous (libxlsxwriter's chart API),
 * and the verbeterplan.  libxlsxwriter's public API only.  Written to a
 * locked temporary file beside the target and renamed onto it when
 * complete (fileout.h), like the registration export. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "fileout.h"
#include "util.h"
#include "zelfevaluatie.h"

#define SHEET_SCORES "Scores"
#define SHEET_THEMAS "Per thema"
#define SHEET_PLAN "Verbeterplan"

typedef struct zx {
	lxw_workbook *wb;
	lxw_format *bold, *tenth, *date, *wrap;
	const ze_view *v;
} zx;

static double excel_date(cdate d)
{
	return (double)(d - cdate_from_ymd(1899, 12, 30));
}

static void put_score(lxw_worksheet *ws, int row, int col, int s)
{
	if (s == ZE_NVT)
		worksheet_write_string(ws, row, col, "n.v.t.", NULL);
	else if (s >= 1)
		worksheet_write_number(ws, row, col, s, NULL);
}

static void sheet_scores(zx *x)
{
	const ze_view *v = x->v;
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, SHEET_SCORES);
	static const char *const head[] = { "Thema", "Nummer", "Stelling" };
	int row = 1, col;

	for (col = 0; col < 3; col++)
		worksheet_write_string(ws, 0, col, head[col], x->bold);
	worksheet_write_string(ws, 0, 3, v->r.naam, x->bold);
	col = 4;
	if (v->has_prev) {
		worksheet_write_string(ws, 0, col++, v->prev.naam, x->bold);
		worksheet_write_string(ws, 0, col++, "Verschil", x->bold);
	}
	worksheet_write_string(ws, 0, col, "Toelichting", x->bold);
	for (size_t t = 0, k = 0; t < v->ins.nth; t++) {
		for (size_t s = 0; s < v->ins.th[t].nst; s++, k++, row++) {
			worksheet_write_string(ws, row, 0, v->ins.th[t].naam, NULL);
			worksheet_write_string(ws, row, 1, v->ins.th[t].st[s].nummer, NULL);
			worksheet_write_string(ws, row, 2, v->ins.th[t].st[s].tekst, x->wrap);
			put_score(ws, row, 3, v->score[k]);
			col = 4;
			if (v->has_prev) {
				put_score(ws, row, col++, v->prev_score[k]);
				if (v->score[k] >= 1 && v->prev_score[k] >= 1)
					worksheet_write_number(ws, row, col,
							       v->score[k] - v->prev_score[k], NULL);
				col++;
			}
			if (v->toel[k])
				worksheet_write_string(ws, row, col, v->toel[k], x->wrap);
		}
	}
	worksheet_set_column(ws, 0, 0, 28, NULL);
	worksheet_set_column(ws, 1, 1, 8, NULL);
	worksheet_set_column(ws, 2, 2, 60, NULL);
	worksheet_set_column(ws, 3, col - 1, 14, NULL);
	worksheet_set_column(ws, col, col, 40, NULL);
	worksheet_freeze_panes(ws, 1, 0);
}

static void theme_cell(zx *x, lxw_worksheet *ws, int row, int col, ze_themascore s)
{
	if (s.tiendes >= 0)
		worksheet_write_number(ws, row, col, s.tiendes / 10.0, x->tenth);
}

static void add_chart(zx *x, lxw_worksheet *ws, int last)
{
	const ze_view *v = x->v;
	lxw_chart *ch = workbook_add_chart(x->wb, LXW_CHART_COLUMN);
	lxw_chart_series *s;
	char *title = xasprintf("Themascores %s", v->r.naam);

	s = chart_add_series(ch, NULL, NULL);
	chart_series_set_categories(s, SHEET_THEMAS, 1, 0, last, 0);
	chart_series_set_values(s, SHEET_THEMAS, 1, 1, last, 1);
	chart_series_set_name_range(s, SHEET_THEMAS, 0, 1);
	if (v->has_prev) {
		s = chart_add_series(ch, NULL, NULL);
		chart_series_set_categories(s, SHEET_THEMAS, 1, 0, last, 0);
		chart_series_set_values(s, SHEET_THEMAS, 1, 2, last, 2);
		chart_series_set_name_range(s, SHEET_THEMAS, 0, 2);
	}
	chart_title_set_name(ch, title);
	chart_axis_set_name(ch->y_axis, "Score (1-10)");
	chart_axis_set_min(ch->y_axis, 0);
	chart_axis_set_max(ch->y_axis, 10);
	chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
	worksheet_insert_chart(ws, last + 3, 0, ch);
	free(title);
}

static void sheet_themes(zx *x)
{
	const ze_view *v = x->v;
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, SHEET_THEMAS);
	int row = 1, c = 2;

	worksheet_write_string(ws, 0, 0, "Thema", x->bold);
	worksheet_write_string(ws, 0, 1, v->r.naam, x->bold);
	if (v->has_prev) {
		worksheet_write_string(ws, 0, c++, v->prev.naam, x->bold);
		worksheet_write_string(ws, 0, c++, "Verschil", x->bold);
	}
	worksheet_write_string(ws, 0, c, "Gescoord", x->bold);
	worksheet_write_string(ws, 0, c + 1, "Stellingen", x->bold);
	for (size_t t = 0; t < v->ins.nth; t++, row++) {
		ze_themascore now = ze_view_theme(v, t, 0), was = ze_view_theme(v, t, 1);
		char *name = xasprintf("%d %s", v->ins.th[t].nummer, v->ins.th[t].naam);

		worksheet_write_string(ws, row, 0, name, NULL);
		free(name);
		theme_cell(x, ws, row, 1, now);
		c = 2;
		if (v->has_prev) {
			theme_cell(x, ws, row, c++, was);
			if (now.tiendes >= 0 && was.tiendes >= 0)
				worksheet_write_number(ws, row, c, (now.tiendes - was.tiendes) / 10.0,
						       x->tenth);
			c++;
		}
		worksheet_write_number(ws, row, c, now.scored, NULL);
		worksheet_write_number(ws, row, c + 1, now.total, NULL);
	}
	worksheet_write_string(ws, row + 1, 0, "Themascore: gemiddelde van de stellingen met een "
			       "score 1-10; n.v.t. en niet ingevuld tellen niet mee.", NULL);
	worksheet_set_column(ws, 0, 0, 40, NULL);
	worksheet_set_column(ws, 1, c + 1, 14, NULL);
	add_chart(x, ws, (int)v->ins.nth);
}

static void sheet_plan(zx *x)
{
	const ze_view *v = x->v;
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, SHEET_PLAN);
	static const char *const head[] = { "Thema", "Actie", "Eigenaar", "Streefdatum", "Status",
					    "Ronde" };

	for (int c = 0; c < 6; c++)
		worksheet_write_string(ws, 0, c, head[c], x->bold);
	for (size_t i = 0; i < v->nact; i++) {
		const ze_actie *a = &v->act[i];
		char *th = xasprintf("%d %s", a->thema, a->thema_naam);
		int row = (int)i + 1;

		worksheet_write_string(ws, row, 0, th, NULL);
		free(th);
		worksheet_write_string(ws, row, 1, a->tekst, x->wrap);
		if (a->eigenaar)
			worksheet_write_string(ws, row, 2, a->eigenaar, NULL);
		if (a->streefdatum)
			worksheet_write_number(ws, row, 3, excel_date(a->streefdatum), x->date);
		worksheet_write_string(ws, row, 4, ze_status_label(a->status), NULL);
		worksheet_write_string(ws, row, 5, a->ronde_naam, NULL);
	}
	worksheet_set_column(ws, 0, 0, 32, NULL);
	worksheet_set_column(ws, 1, 1, 50, NULL);
	worksheet_set_column(ws, 2, 5, 16, NULL);
	worksheet_freeze_panes(ws, 1, 0);
}

/* Write the workbook to tmp; 0 or -1 with a message. */
static int write_book(const ze_view *v, const char *tmp, const char *tmpdir, char **msg)
{
	lxw_workbook_options o = { 0 };
	lxw_doc_properties props = { 0 };
	lxw_error e;
	zx x;

	memset(&x, 0, sizeof x);
	x.v = v;
	o.tmpdir = (char *)tmpdir;
	x.wb = workbook_new_opt(tmp, &o);
	if (!x.wb) {
		*msg = xasprintf("kan het werkboek niet maken: %s", fileout_errno_nl(errno ? errno : ENOMEM));
		return -1;
	}
	x.bold = workbook_add_format(x.wb);
	format_set_bold(x.bold);
	x.tenth = workbook_add_format(x.wb);
	format_set_num_format(x.tenth, "0.0");
	x.date = workbook_add_format(x.wb);
	format_set_num_format(x.date, "dd-mm-yyyy");
	x.wrap = workbook_add_format(x.wb);
	format_set_text_wrap(x.wrap);
	props.title = "Zelfevaluatie";
	props.subject = v->r.naam;
	props.author = "casus";
	workbook_set_properties(x.wb, &props);
	sheet_themes(&x);
	sheet_scores(&x);
	sheet_plan(&x);
	e = workbook_close(x.wb);
	if (e != LXW_NO_ERROR) {
		*msg = xasprintf("het werkboek kon niet worden geschreven: %s", lxw_strerror(e));
		return -1;
	}
	return 0;
}

int ze_export(casus_db *db, int64_t ronde_id, const char *path, char **msg)
{
	char err[512], *real = NULL, *dir = NULL, *tmp = NULL, *tmpdir = NULL;
	int exists, lockfd = -1, dirfd = -1, rc = CASUS_DISK;
	struct stat st;
	ze_view v;

	*msg = NULL;
	if ((rc = ze_view_load(db, ronde_id, &v)) != CASUS_OK)
		return rc;
	rc = CASUS_DISK;
	if (fileout_target(path, &real, &exists, err, sizeof err) != 0) {
		*msg = xstrdup(err);
		rc = CASUS_INVALID;
		goto out;
	}
	dir = fileout_dir(real);
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		*msg = xasprintf("kan niet schrijven in map %s: %s", dir,
				 fileout_errno_nl(errno ? errno : ENOTDIR));
		goto out;
	}
	fileout_clean_stale(dir);
	lockfd = fileout_tmp_create(dir, "zelfevaluatie", "-", ".tmp", &tmp);
	if (lockfd >= 0)
		dirfd = fileout_tmpdir_create(dir, &tmpdir);
	if (lockfd < 0 || dirfd < 0) {
		*msg = xasprintf("kan niet schrijven in map %s: %s", dir, fileout_errno_nl(errno));
		goto out;
	}
	if (write_book(&v, tmp, tmpdir, msg) != 0)
		goto out;
	if (rename(tmp, real) != 0) {
		*msg = xasprintf("kan %s niet schrijven: %s", path, fileout_errno_nl(errno));
		goto out;
	}
	free(tmp);
	tmp = NULL;
	fileout_sync_dir(dir);
	rc = CASUS_OK;
out:
	if (tmp)
		unlink(tmp);
	if (lockfd >= 0)
		close(lockfd);
	if (dirfd >= 0)
		fileout_tmpdir_remove(tmpdir, dirfd);
	free(tmp);
	free(tmpdir);
	free(dir);
	free(real);
	ze_view_free(&v);
	return rc;
}
