/* view_agenda.c - Vandaag / deze week: the agenda of agenda.h for today
 * and the coming days (1, 7, 14 or 30 days: d), of my clients or of all
 * (f), one line per item under a line per day; Enter opens the client's
 * card. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "tui.h"
#include "util.h"

static const int PERIODES[] = { 1, 7, 14, 30 };
#define NPERIODES (int)(sizeof PERIODES / sizeof PERIODES[0])

/* A screen line: a day heading (item -1) or an item. */
typedef struct aline {
	cdate dag;
	int item;
} aline;

typedef struct aview {
	int periode;            /* index into PERIODES */
	int alle;
	agenda_item *it;
	size_t n;
	aline *lines;
	size_t nlines;
	int sel, top, rows_visible;   /* sel: a line with an item */
} aview;

static const char *const WEEKDAG[] = { "maandag", "dinsdag", "woensdag", "donderdag",
				       "vrijdag", "zaterdag", "zondag" };

static const char *weekdag(cdate d)
{
	int w = (int)((d - cdate_from_ymd(2024, 1, 1)) % 7);   /* a Monday */

	return WEEKDAG[w < 0 ? w + 7 : w];
}

static void av_free_data(aview *a)
{
	agenda_free(a->it, a->n);
	a->it = NULL;
	a->n = 0;
	free(a->lines);
	a->lines = NULL;
	a->nlines = 0;
}

static void first_item(aview *a, int from, int step)
{
	for (int i = from; i >= 0 && i < (int)a->nlines; i += step)
		if (a->lines[i].item >= 0) {
			a->sel = i;
			return;
		}
}

static void av_open(tui *t, view *v)
{
	aview *a = v->priv;
	int rc;

	av_free_data(a);
	if (!t->me_id)
		a->alle = 1;
	tui_current(t);   /* the deadlines come from every row of today */
	tui_progress(t, "De agenda wordt samengesteld…");
	rc = agenda_build(t->db, t->today, PERIODES[a->periode], a->alle ? 0 : t->me_id,
			  &a->it, &a->n);
	if (rc != CASUS_OK) {
		tui_message(t, 1, "De agenda kon niet worden gelezen: %s", db_errmsg(t->db));
		return;
	}
	a->lines = xcalloc(2 * a->n + 1, sizeof *a->lines);
	for (size_t i = 0; i < a->n; i++) {
		if (i == 0 || a->it[i].datum != a->it[i - 1].datum) {
			a->lines[a->nlines].dag = a->it[i].datum;
			a->lines[a->nlines++].item = -1;
		}
		a->lines[a->nlines].dag = a->it[i].datum;
		a->lines[a->nlines++].item = (int)i;
	}
	if (a->sel >= (int)a->nlines || a->sel < 0 || (a->nlines && a->lines[a->sel].item < 0))
		first_item(a, a->sel < (int)a->nlines ? a->sel : 0, 1);
	if (a->sel >= (int)a->nlines)
		a->sel = 0;
}

static void draw_line(tui *t, aview *a, int y, const aline *l, int selected)
{
	char d[11];

	if (l->item < 0) {
		char *h;

		cdate_format_nl(l->dag, d);
		h = xasprintf("%s %s%s", weekdag(l->dag), d, l->dag == t->today ? " (vandaag)" : "");
		tui_put(y, 0, "", COLS, ROLE_KOP);
		tui_put(y, 1, h, COLS - 1, ROLE_KOP);
		free(h);
	} else {
		const agenda_item *it = &a->it[l->item];
		tui_role r = selected ? ROLE_SELECTIE :
			it->soort == AGENDA_DEADLINE ? ROLE_BINNENKORT : ROLE_NORMAAL;
		int x = 3, wn = a->alle ? 20 : 26, wr = a->alle ? 14 : 0;

		tui_put(y, 0, "", COLS, selected ? ROLE_SELECTIE : ROLE_NORMAAL);
		tui_put(y, x, agenda_soort_naam(it->soort), 8, r);
		x += 9;
		tui_put(y, x, it->klantnummer, 8, r);
		x += 9;
		tui_put(y, x, it->naam, wn, r);
		x += wn + 1;
		if (wr) {
			tui_put(y, x, it->regiehouder, wr, r);
			x += wr + 1;
		}
		tui_put(y, x, it->wat, COLS - x, r);
	}
}

static void av_draw(tui *t, view *v)
{
	aview *a = v->priv;
	int rows = tui_body_lines(0);
	char title[160], d1[11], d2[11], right[96];
	int dagen = PERIODES[a->periode];

	a->rows_visible = rows;
	if (a->sel < a->top)
		a->top = a->sel > 0 && a->lines[a->sel - 1].item < 0 ? a->sel - 1 : a->sel;
	if (a->sel >= a->top + rows)
		a->top = a->sel - rows + 1;
	cdate_format_nl(t->today, d1);
	cdate_format_nl(t->today + dagen - 1, d2);
	if (dagen == 1)
		snprintf(title, sizeof title, "Vandaag %s: %zu punt%s", d1, a->n, a->n == 1 ? "" : "en");
	else
		snprintf(title, sizeof title, "Deze %s dagen, %s t/m %s: %zu punt%s", dagen == 7 ? "7" :
			 dagen == 14 ? "14" : "30", d1, d2, a->n, a->n == 1 ? "" : "en");
	if (a->alle)
		snprintf(right, sizeof right, "alle klanten");
	else
		snprintf(right, sizeof right, "mijn klanten");
	tui_draw_title(t, title, right);
	for (int i = 0; i < rows && a->top + i < (int)a->nlines; i++)
		draw_line(t, a, 1 + i, &a->lines[a->top + i], a->top + i == a->sel);
	if (a->nlines == 0)
		tui_put(2, 0, "  Niets gepland en geen termijnen in deze periode (d: langere periode).",
			COLS, ROLE_NORMAAL);
	tui_draw_footer(t, " ?: hulp  Enter: klant openen  d: periode  f: mijn/alle  q: terug");
}

static int av_scope(view *v)
{
	(void)v;
	return SC_LIJST | SC_AGENDA;
}

static int av_request(tui *t, view *v, tui_action act)
{
	aview *a = v->priv;
	int last = (int)a->nlines - 1;

	switch (act) {
	case ACT_OMLAAG: first_item(a, a->sel + 1, 1); return TUI_REDRAW;
	case ACT_OMHOOG: first_item(a, a->sel - 1, -1); return TUI_REDRAW;
	case ACT_PAGINA_OMLAAG:
		first_item(a, a->sel + a->rows_visible > last ? last : a->sel + a->rows_visible, -1);
		return TUI_REDRAW;
	case ACT_PAGINA_OMHOOG:
		first_item(a, a->sel - a->rows_visible < 0 ? 0 : a->sel - a->rows_visible, 1);
		return TUI_REDRAW;
	case ACT_EERSTE: first_item(a, 0, 1); a->top = 0; return TUI_REDRAW;
	case ACT_EINDE: first_item(a, last, -1); return TUI_REDRAW;
	case ACT_OPENEN:
		if (a->nlines && a->lines[a->sel].item >= 0) {
			const agenda_item *it = &a->it[a->lines[a->sel].item];

			if (it->soort == AGENDA_ACTIE)
				zelf_push(t);   /* the verbeterplan's action */
			else
				card_push(t, it->client_id, TAB_PERSOON, NULL, -1);
		}
		return TUI_REDRAW;
	case ACT_PERIODE:
		a->periode = (a->periode + 1) % NPERIODES;
		a->sel = a->top = 0;
		v->stale = 1;
		tui_message(t, 0, "Periode: %d dag%s", PERIODES[a->periode],
			    PERIODES[a->periode] == 1 ? " (vandaag)" : "en");
		return TUI_REDRAW;
	case ACT_BEREIK:
		if (!t->me_id) {
			tui_message(t, 1, "Niet bekend wie u bent: kies het in Instellingen (i).");
			return TUI_REDRAW;
		}
		a->alle = !a->alle;
		a->sel = a->top = 0;
		v->stale = 1;
		return TUI_REDRAW;
	default:
		return TUI_IGNORED;
	}
}

static void av_close(tui *t, view *v)
{
	aview *a = v->priv;

	(void)t;
	av_free_data(a);
	free(a);
}

static const view_ops agenda_ops = {
	"Vandaag / deze week", 0, av_scope, av_open, av_draw, NULL, av_request, av_close,
};

void agenda_push(tui *t)
{
	aview *a = xcalloc(1, sizeof *a);

	a->periode = 1;         /* 7 days */
	tui_push(t, &agenda_ops, a);
}
