/* view_signalen.c - Signalen: the clients with a signal today, most urgent
 * first (a verlopen signal before one that is coming, within those a dated
 * deadline before a soft signal, then the earliest date: signal_urgency),
 * paged from the overview table like the caseload.
 *
 * Whose clients: mine by default (the consultant of the settings), the
 * team (the clients of every active consultant: not those without a
 * regiehouder or of a consultant no longer active) or all; `f` also picks
 * one regiehouder or one kind of signal.  `/` searches the clients with a
 * signal by name, klantnummer, BSN or birth date. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "search.h"
#include "tui.h"
#include "util.h"

#define SEARCH_LIMIT 500

enum { SG_MIJN, SG_TEAM, SG_ALLE, SG_REGIE };

typedef struct sg_view {
	int bereik;             /* SG_* */
	cl_filter f;
	int64_t total;
	int64_t sel, top;
	int rows_visible;
	cl_row *rows;           /* the page shown (or the search hits) */
	size_t nrows;
	int64_t rows_off;
	int rows_valid;
	int searching;
	lineedit q;
	search_typed log;       /* the BSN search shown, logged once (search.h) */
	cl_row *hits;           /* search: hits with a signal, most urgent first */
	size_t nhits;
	int pick_map[8];
} sg_view;

static void rows_drop(sg_view *s)
{
	cl_rows_free(s->rows, s->nrows);
	s->rows = NULL;
	s->nrows = 0;
	s->rows_valid = 0;
}

static int query_active(sg_view *s)
{
	char *q;
	int blank;

	if (!s->searching)
		return 0;
	q = le_utf8(&s->q);
	blank = str_blank(q);
	free(q);
	return !blank;
}

static int64_t list_len(sg_view *s)
{
	return query_active(s) ? (int64_t)s->nhits : s->total;
}

static int cmp_urgent(const void *pa, const void *pb)
{
	const cl_row *a = pa, *b = pb;

	return a->urgentie != b->urgentie ? (a->urgentie > b->urgentie ? -1 : 1) : 0;
}

/* Does a row fall in the chosen clients (the search looks in all)? */
static int in_scope(tui *t, sg_view *s, const cl_row *r)
{
	(void)t;
	if (r->urgentie <= 0)
		return 0;
	if (s->f.soort > 0 && r->signaal_soort != s->f.soort - 1)
		return 0;
	return 1;
}

static void row_clear(cl_row *r)
{
	free(r->naam);
	free(r->klantnummer);
	free(r->signaal);
	free(r->regiehouder);
}

/* Search for the text typed (typed = 1: after a key, one log row per BSN
 * search through search_typed_run) or again for the same text (typed = 0:
 * after a change elsewhere, not logged again). */
static void run_search(tui *t, sg_view *s, int typed)
{
	char *q = le_utf8(&s->q);
	search_result res;
	cl_row *rows = NULL;
	size_t n = 0, k = 0;
	int rc;

	memset(&res, 0, sizeof res);
	cl_rows_free(s->hits, s->nhits);
	s->hits = NULL;
	s->nhits = 0;
	if (typed)
		rc = search_typed_run(t->db, &s->log, q, SEARCH_LIMIT, &res);
	else
		rc = str_blank(q) ? CASUS_OK : search_clients(t->db, q, SEARCH_LIMIT, &res);
	if (!str_blank(q)) {
		if (rc != CASUS_OK)
			tui_message(t, 1, "Zoeken mislukt: %s", db_errmsg(t->db));
		if (res.n)
			caseload_rows(t->db, res.ids, res.n, &rows, &n);
		for (size_t i = 0; i < n; i++) {
			if (in_scope(t, s, &rows[i]))
				rows[k++] = rows[i];
			else
				row_clear(&rows[i]);
		}
		if (k > 1)
			qsort(rows, k, sizeof *rows, cmp_urgent);
		s->hits = rows;
		s->nhits = k;
		rows = NULL;
	}
	free(rows);
	search_result_free(&res);
	free(q);
	s->sel = s->top = 0;
}

/* The BSN search shown is over: its one row in the search log. */
static void log_end(tui *t, sg_view *s)
{
	if (search_typed_end(t->db, &s->log) != CASUS_OK)
		tui_message(t, 1, "%s", db_errmsg(t->db));
}

static void sg_open(tui *t, view *v)
{
	sg_view *s = v->priv;

	tui_current(t);   /* most urgent first: every row of today */
	if (caseload_count(t->db, &s->f, &s->total, NULL) != CASUS_OK) {
		s->total = 0;
		tui_message(t, 1, "De signalen konden niet worden gelezen: %s", db_errmsg(t->db));
	}
	if (query_active(s))
		run_search(t, s, 0);
	rows_drop(s);
}

static void fetch_page(tui *t, sg_view *s, int rows)
{
	if (query_active(s))
		return;
	if (s->rows_valid && s->rows_off == s->top)
		return;
	rows_drop(s);
	s->rows_off = s->top;
	s->rows_valid = 1;
	caseload_page(t->db, &s->f, CL_SORT_URGENTIE, s->top, rows, &s->rows, &s->nrows);
}

static const cl_row *row_at(sg_view *s, int64_t i)
{
	if (query_active(s))
		return i >= 0 && i < (int64_t)s->nhits ? &s->hits[i] : NULL;
	i -= s->rows_off;
	return s->rows_valid && i >= 0 && i < (int64_t)s->nrows ? &s->rows[i] : NULL;
}

/* Column widths: name, signal (klantnummer 9, situatie 15, the rest the
 * regiehouder). */
static void widths(int *wn, int *ws)
{
	int rest = COLS - 9 - 15 - 5;

	*wn = rest * 26 / 100;
	*ws = rest - *wn - rest * 16 / 100;
}

static void draw_row(tui *t, int y, const cl_row *r, int selected)
{
	int wn, ws, x = 1;
	tui_role base = selected ? ROLE_SELECTIE : ROLE_NORMAAL;
	tui_role sr = selected ? ROLE_SELECTIE : r->ernst == SEV_VERLOPEN ? ROLE_VERLOPEN : ROLE_BINNENKORT;
	char sig[256];

	(void)t;
	widths(&wn, &ws);
	snprintf(sig, sizeof sig, "%s %s", r->ernst == SEV_VERLOPEN ? "!" : "·",
		 r->signaal ? r->signaal : "");
	if (r->nsignalen > 1) {
		size_t l = strlen(sig);

		snprintf(sig + l, sizeof sig - l, " (+%d)", r->nsignalen - 1);
	}
	tui_put(y, 0, "", COLS, base);
	tui_put(y, x, r->naam, wn, base);
	x += wn + 1;
	tui_put(y, x, r->klantnummer, 9, base);
	x += 10;
	tui_put(y, x, caseload_situatie_kort(r->startbanen, r->situatie), 15, base);
	x += 16;
	tui_put(y, x, sig, ws, sr);
	x += ws + 1;
	tui_put(y, x, r->regiehouder ? r->regiehouder : "", COLS - x, base);
}

static void title_text(tui *t, sg_view *s, char *buf, size_t n)
{
	char nb[32];
	const char *wie;

	tui_number(list_len(s), nb, sizeof nb);
	if (query_active(s)) {
		snprintf(buf, n, "Signalen · gevonden in alle klanten: %s klant%s", nb,
			 list_len(s) == 1 ? "" : "en");
		return;
	}
	switch (s->bereik) {
	case SG_MIJN: wie = "mijn klanten"; break;
	case SG_TEAM: wie = "team"; break;
	case SG_ALLE: wie = "alle klanten"; break;
	default: wie = tui_consultant_name(t, s->f.regiehouder_id); break;
	}
	snprintf(buf, n, "Signalen · %s%s%s: %s klant%s, urgentste eerst", wie,
		 s->f.soort > 0 ? " · " : "", s->f.soort > 0 ? signal_name((signal_kind)(s->f.soort - 1)) : "",
		 nb, list_len(s) == 1 ? "" : "en");
}

static void sg_draw(tui *t, view *v)
{
	sg_view *s = v->priv;
	int rows = tui_body_lines(2);
	int64_t n = list_len(s);
	char title[256];

	s->rows_visible = rows;
	if (s->sel >= n)
		s->sel = n - 1;
	if (s->sel < 0)
		s->sel = 0;
	if (s->sel < s->top)
		s->top = s->sel;
	if (s->sel >= s->top + rows)
		s->top = s->sel - rows + 1;
	fetch_page(t, s, rows);
	title_text(t, s, title, sizeof title);
	{
		char right[80] = "";
		zelf_signal_hint(t, right, sizeof right);
		tui_draw_title(t, title, right[0] ? right : NULL);
	}
	{
		int wn, ws;

		widths(&wn, &ws);
		tui_put(1, 0, "", COLS, ROLE_KOP);
		tui_put(1, 1, "Naam", wn, ROLE_KOP);
		tui_put(1, 2 + wn, "Klantnr.  Situatie", 25, ROLE_KOP);
		tui_put(1, 28 + wn, "Signaal (urgentste)", ws, ROLE_KOP);
		tui_put(1, 29 + wn + ws, "Regie", COLS - 29 - wn - ws, ROLE_KOP);
	}
	for (int i = 0; i < rows && s->top + i < n; i++) {
		const cl_row *r = row_at(s, s->top + i);

		if (r)
			draw_row(t, 2 + i, r, s->top + i == s->sel);
	}
	if (n == 0)
		tui_put(3, 0, query_active(s) ? "  Geen klanten met een signaal gevonden." :
			"  Geen klanten met een signaal (f: andere klanten).", COLS, ROLE_NORMAAL);
	tui_put(LINES - 3, 0, " ! verlopen  · binnenkort  (+N) nog N signalen  "
		"termijnen vóór zachte signalen", COLS, ROLE_KOP);
	if (s->searching) {
		tui_put(LINES - 2, 0, "Zoeken: ", 8, ROLE_KOP);
		le_draw(&s->q, LINES - 2, 8, COLS - 8, ROLE_NORMAAL, 1);
		tui_put(LINES - 1, 0, " Enter: openen  ↑↓: kiezen  Esc: zoeken stoppen  F1: hulp",
			COLS, ROLE_STATUS);
	} else {
		tui_draw_footer(t, " ?: hulp  Enter: openen  f: wie/soort  /: zoek  q: terug");
		if (t->msg[0] == '\0' && n > 0) {
			char pos[64], a[32], b[32];

			tui_number(s->sel + 1, a, sizeof a);
			tui_number(n, b, sizeof b);
			snprintf(pos, sizeof pos, "%s/%s", a, b);
			tui_put(LINES - 2, COLS - tui_width(pos) - 1, pos, tui_width(pos), ROLE_NORMAAL);
		}
	}
}

static int sg_scope(view *v)
{
	sg_view *s = v->priv;

	return s->searching ? SC_ZOEK | SC_INVOER : SC_LIJST | SC_SIGNALEN;
}

static int sg_key(tui *t, view *v, wint_t ch, int is_key)
{
	sg_view *s = v->priv;
	tui_action a;

	if (!s->searching)
		return TUI_IGNORED;
	if (le_key(&s->q, ch, is_key)) {
		run_search(t, s, 1);
		return TUI_REDRAW;
	}
	a = tui_action_for(SC_INVOER, ch, is_key);
	switch (a) {
	case ACT_WIS_VORIG: case ACT_WIS_TEKEN: case ACT_WIS_VELD:
		le_action(&s->q, a);
		run_search(t, s, 1);
		return TUI_REDRAW;
	case ACT_LINKS: case ACT_RECHTS: case ACT_REGELSTART: case ACT_REGELEINDE:
		le_action(&s->q, a);
		return TUI_REDRAW;
	default:
		return TUI_IGNORED;
	}
}

/* ---- filter ---------------------------------------------------------------------- */

enum { FI_MIJN, FI_TEAM, FI_ALLE, FI_REGIE, FI_SOORT, FI_WISSEN };

static void refilter(tui *t, sg_view *s)
{
	s->sel = s->top = 0;
	for (int i = 0; i < t->nstack; i++)
		if (t->stack[i]->priv == s)
			t->stack[i]->stale = 1;
}

static void set_bereik(tui *t, sg_view *s, int bereik, int64_t regie)
{
	s->bereik = bereik;
	s->f.regiehouder_id = bereik == SG_MIJN ? t->me_id : bereik == SG_REGIE ? regie : 0;
	s->f.team = bereik == SG_TEAM;
	refilter(t, s);
}

static void pick_regie(tui *t, void *arg, int index)
{
	if (index >= 0 && (size_t)index < t->ncons)
		set_bereik(t, arg, SG_REGIE, t->cons[index].id);
}

static void pick_soort(tui *t, void *arg, int index)
{
	sg_view *s = arg;

	if (index < 0)
		return;
	s->f.soort = index;     /* 0 = every kind, else kind index - 1 */
	refilter(t, s);
}

static void pick_filter(tui *t, void *arg, int index)
{
	sg_view *s = arg;

	if (index < 0)
		return;
	switch (s->pick_map[index]) {
	case FI_MIJN: set_bereik(t, s, SG_MIJN, 0); break;
	case FI_TEAM: set_bereik(t, s, SG_TEAM, 0); break;
	case FI_ALLE: set_bereik(t, s, SG_ALLE, 0); break;
	case FI_REGIE: {
		const char **names = xcalloc(t->ncons + 1, sizeof *names);

		for (size_t i = 0; i < t->ncons; i++)
			names[i] = t->cons[i].naam;
		pick_push(t, "Regiehouder", names, t->ncons, 0, pick_regie, s);
		free(names);
		break;
	}
	case FI_SOORT: {
		const char *labels[SIG__COUNT + 1];

		labels[0] = "Alle soorten";
		for (int k = 0; k < SIG__COUNT; k++)
			labels[k + 1] = signal_name((signal_kind)k);
		pick_push(t, "Soort signaal (het urgentste)", labels, SIG__COUNT + 1, s->f.soort,
			  pick_soort, s);
		break;
	}
	default:
		s->f.soort = 0;
		refilter(t, s);
		break;
	}
}

static void open_filter(tui *t, sg_view *s)
{
	const char *labels[8];
	size_t n = 0;

	if (t->me_id) {
		s->pick_map[n] = FI_MIJN;
		labels[n++] = "Mijn klanten";
	}
	s->pick_map[n] = FI_TEAM;
	labels[n++] = "Team: klanten van alle actieve consulenten";
	s->pick_map[n] = FI_ALLE;
	labels[n++] = "Alle klanten";
	s->pick_map[n] = FI_REGIE;
	labels[n++] = "Klanten van een regiehouder…";
	s->pick_map[n] = FI_SOORT;
	labels[n++] = "Soort signaal…";
	s->pick_map[n] = FI_WISSEN;
	labels[n++] = "Soort wissen";
	pick_push(t, "Signalen van", labels, n, 0, pick_filter, s);
}

static int sg_request(tui *t, view *v, tui_action a)
{
	sg_view *s = v->priv;
	int64_t n = list_len(s);
	int page = s->rows_visible > 1 ? s->rows_visible : 1;

	switch (a) {
	case ACT_OMLAAG: if (s->sel < n - 1) s->sel++; return TUI_REDRAW;
	case ACT_OMHOOG: if (s->sel > 0) s->sel--; return TUI_REDRAW;
	case ACT_PAGINA_OMLAAG:
		s->sel = s->sel + page > n - 1 ? n - 1 : s->sel + page;
		return TUI_REDRAW;
	case ACT_PAGINA_OMHOOG:
		s->sel = s->sel - page < 0 ? 0 : s->sel - page;
		return TUI_REDRAW;
	case ACT_EERSTE: s->sel = 0; return TUI_REDRAW;
	case ACT_EINDE: s->sel = n - 1; return TUI_REDRAW;
	case ACT_OPENEN: {
		const cl_row *r = row_at(s, s->sel);

		if (s->searching)
			log_end(t, s);   /* the BSN search led here: its row now */
		if (r)
			card_push(t, r->id, TAB_PERSOON, NULL, -1);
		return TUI_REDRAW;
	}
	case ACT_SIG_ZOEKEN:
		s->searching = 1;
		le_set(&s->q, "");
		return TUI_REDRAW;
	case ACT_SIG_FILTER:
		open_filter(t, s);
		return TUI_REDRAW;
	case ACT_ZELFEVALUATIE:
		zelf_push(t);
		return TUI_REDRAW;
	case ACT_TERUG:
		if (!s->searching)
			return TUI_IGNORED;
		log_end(t, s);
		s->searching = 0;
		le_set(&s->q, "");
		cl_rows_free(s->hits, s->nhits);
		s->hits = NULL;
		s->nhits = 0;
		s->sel = s->top = 0;
		rows_drop(s);
		return TUI_REDRAW;
	default:
		return TUI_IGNORED;
	}
}

static void sg_close(tui *t, view *v)
{
	sg_view *s = v->priv;

	log_end(t, s);   /* quitting while a BSN search is shown */
	rows_drop(s);
	cl_rows_free(s->hits, s->nhits);
	le_free(&s->q);
	free(s);
}

static const view_ops signalen_ops = {
	"Signalen", 0, sg_scope, sg_open, sg_draw, sg_key, sg_request, sg_close,
};

void signalen_push(tui *t)
{
	sg_view *s = xcalloc(1, sizeof *s);

	s->f.met_signaal = 1;
	if (t->me_id) {
		s->bereik = SG_MIJN;
		s->f.regiehouder_id = t->me_id;
	} else {
		s->bereik = SG_ALLE;
	}
	le_set(&s->q, "");
	tui_push(t, &signalen_ops, s);
}
