/* view_caseload.c - the caseload (home): one line per client, paged from
 * SQLite (only the visible page is read), with filters, sort orders and
 * the incremental search of spreekuur.  Signalen is view_signalen.c. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "search.h"
#include "tui.h"
#include "util.h"
#include "vocab.h"

/* Search results shown at most (the list says "500+" beyond). */
#define SEARCH_LIMIT 500

enum { SCOPE_MIJN, SCOPE_ALLE, SCOPE_REGIE };

typedef struct cl_view {
	int mode;
	int scope_kind;
	cl_filter f;
	int sort;
	int64_t total, nsignaal;
	int pending;            /* rows of this selection still due today */
	unsigned gen;           /* t->rest_gen when pending was looked at */
	int64_t sel, top;
	int rows_visible;
	cl_row *rows;
	size_t nrows;
	int64_t rows_off;
	int rows_valid;
	/* incremental search */
	int searching;
	lineedit q;
	search_result res;
	search_typed log;       /* the BSN search shown, logged once (search.h) */
	int res_more;
	int stale;              /* query typed ahead, not yet searched */
	int64_t saved_sel, saved_top;
	/* filter pick-list: which entry means what */
	int pick_map[16];
} cl_view;

static void rows_drop(cl_view *c)
{
	cl_rows_free(c->rows, c->nrows);
	c->rows = NULL;
	c->nrows = 0;
	c->rows_valid = 0;
}

static int query_active(cl_view *c)
{
	char *q;
	int blank;

	if (!c->searching)
		return 0;
	q = le_utf8(&c->q);
	blank = str_blank(q);
	free(q);
	return !blank;
}

static int64_t list_len(cl_view *c)
{
	return query_active(c) ? (int64_t)c->res.n : c->total;
}

/* Search for the text typed (typed = 1: after a key, one log row per BSN
 * search through search_typed_run) or again for the same text (typed = 0:
 * after a change elsewhere, not logged again). */
static void run_search(tui *t, cl_view *c, int typed)
{
	char *q = le_utf8(&c->q);
	int rc;

	search_result_free(&c->res);
	c->res_more = 0;
	c->stale = 0;
	if (typed)
		rc = search_typed_run(t->db, &c->log, q, SEARCH_LIMIT + 1, &c->res);
	else
		rc = str_blank(q) ? CASUS_OK : search_clients(t->db, q, SEARCH_LIMIT + 1, &c->res);
	if (rc != CASUS_OK)
		tui_message(t, 1, "Zoeken mislukt: %s", db_errmsg(t->db));
	if (!str_blank(q)) {
		if (c->res.n > SEARCH_LIMIT) {
			c->res.n = SEARCH_LIMIT;
			c->res_more = 1;
		}
	}
	free(q);
	c->sel = c->top = 0;
	rows_drop(c);
}

/* The BSN search shown is over: its one row in the search log. */
static void log_end(tui *t, cl_view *c)
{
	if (search_typed_end(t->db, &c->log) != CASUS_OK)
		tui_message(t, 1, "%s", db_errmsg(t->db));
}

static void count(tui *t, cl_view *c)
{
	if (caseload_count(t->db, &c->f, &c->total, &c->nsignaal) != CASUS_OK) {
		c->total = c->nsignaal = 0;
		tui_message(t, 1, "De caseload kon niet worden gelezen: %s", db_errmsg(t->db));
	}
}

/* Does the list's order or filter come from every row (urgency, last
 * contact, signals, situatie), not from the client's own columns? */
static int order_derived(const cl_view *c)
{
	return c->sort != CL_SORT_NAAM || c->f.met_signaal || c->f.situatie > 0 || c->f.soort > 0;
}

/* While the rest of the day's refresh is pending (tui.c): a list whose
 * order or filter is derived finishes it first; a list in name order (and
 * a search's hits) recomputes the due rows it shows (fetch_page), and its
 * title says whether rows of its selection are still due.  recount: the
 * counts are read again when that changes. */
static void pending_check(tui *t, cl_view *c, int recount)
{
	int was = c->pending;

	c->pending = 0;
	if (t->rest_pending && order_derived(c))
		tui_current(t);
	c->gen = t->rest_gen;
	if (t->rest_pending)
		c->pending = caseload_due_count(t->db, t->today, c->f.regiehouder_id) > 0;
	if (recount && was && !c->pending)
		count(t, c);
}

static void cl_open(tui *t, view *v)
{
	cl_view *c = v->priv;

	pending_check(t, c, 0);
	count(t, c);
	if (query_active(c)) {
		int64_t sel = c->sel, top = c->top;

		run_search(t, c, 0);   /* a change may add or remove matches */
		c->sel = sel;
		c->top = top;
	}
	rows_drop(c);
}

static void fetch_page(tui *t, cl_view *c, int rows)
{
	int64_t n = list_len(c);
	int64_t want = n - c->top < rows ? n - c->top : rows;

	if (c->rows_valid && c->rows_off == c->top && (int64_t)c->nrows >= want)
		return;
	rows_drop(c);
	c->rows_off = c->top;
	c->rows_valid = 1;
	if (want <= 0)
		return;
	if (query_active(c))
		caseload_rows(t->db, c->res.ids + c->top, (size_t)want, &c->rows, &c->nrows);
	else
		caseload_page(t->db, &c->f, c->sort, c->top, rows, &c->rows, &c->nrows);
	if (c->pending && c->nrows > 0) {
		/* the rows shown are today's, whatever the steps have done */
		int64_t *ids = xcalloc(c->nrows, sizeof *ids), done = 0;

		for (size_t i = 0; i < c->nrows; i++)
			ids[i] = c->rows[i].id;
		if (caseload_refresh_ids(t->db, t->today, ids, c->nrows, &done) != CASUS_OK)
			tui_message(t, 1, "Het overzicht kon niet worden bijgewerkt: %s", db_errmsg(t->db));
		free(ids);
		if (done > 0) {
			rows_drop(c);
			fetch_page(t, c, rows);
		}
	}
}

static const char *SORT_NAAM[] = { "naam", "urgentie", "langst geen contact" };

static void title_text(tui *t, cl_view *c, strbuf *sb)
{
	char n[32], s[32];

	tui_number(c->total, n, sizeof n);
	tui_number(c->nsignaal, s, sizeof s);
	switch (c->scope_kind) {
	case SCOPE_MIJN: sb_append(sb, "Mijn caseload"); break;
	case SCOPE_ALLE: sb_append(sb, "Alle klanten"); break;
	default: sb_appendf(sb, "Caseload van %s", tui_consultant_name(t, c->f.regiehouder_id)); break;
	}
	if (c->pending)
		sb_appendf(sb, ": %s klant%s · signalen worden bijgewerkt…", n, c->total == 1 ? "" : "en");
	else
		sb_appendf(sb, ": %s klant%s · %s met signaal", n, c->total == 1 ? "" : "en", s);
	if (c->f.startbanen)
		sb_append(sb, " · startbanen");
	if (c->f.situatie > 0)
		sb_appendf(sb, " · %s", caseload_situatie_kort(1, c->f.situatie));
	if (c->f.met_signaal)
		sb_append(sb, " · alleen signalen");
}

/* Column layout for the current width.  The caseload shows the date of
 * birth (to tell same-named clients apart) and, sorted by "langst geen
 * contact", the date of the last contact; below 100 columns Leerroute
 * (and in that sort Regiehouder) make room for them. */
typedef struct cols {
	int naam, kn, geb, lr, sit, contact, sig, regie;
} cols;

static cols layout(cl_view *c)
{
	cols k = { 0 };
	int rest, wide = COLS >= 100;

	(void)c;
	k.kn = 8;
	k.geb = 10;
	k.lr = wide ? 9 : 0;
	k.sit = 15;
	k.contact = c->sort == CL_SORT_CONTACT ? 10 : 0;
	rest = COLS - k.kn - k.geb - k.sit - 4 - 1;
	if (k.lr)
		rest -= k.lr + 1;
	if (k.contact)
		rest -= k.contact + 1;
	if (k.contact && !wide) {
		k.naam = rest / 2;
		k.sig = rest - k.naam - 1;
		return k;
	}
	rest -= 1;
	k.naam = rest * 44 / 100;
	k.regie = rest * 20 / 100;
	k.sig = rest - k.naam - k.regie;
	return k;
}

/* A cell with a date "dd-mm-jjjj" (or the year alone, or `none`). */
static void put_date(int y, int x, cdate d, int year, const char *none, int w, tui_role r)
{
	char buf[16];

	if (d != CDATE_NONE)
		cdate_format_nl(d, buf);
	else if (year > 0)
		snprintf(buf, sizeof buf, "%d", year);
	else
		snprintf(buf, sizeof buf, "%s", none);
	tui_put(y, x, buf, w, r);
}

static const char *leerroute_kort(int code)
{
	switch (code) {
	case INBURG_B1: return "B1";
	case INBURG_ZROUTE: return "Z-route";
	case INBURG_ONDERWIJS: return "Onderwijs";
	case INBURG_NIET_TOEGEKEND: return "Nog niet";
	default: return "Onbekend";
	}
}

static void draw_row(tui *t, cl_view *c, const cols *k, int y, const cl_row *r, int selected)
{
	int x = 0;
	tui_role base = selected ? ROLE_SELECTIE : ROLE_NORMAAL;
	tui_role sigrole = selected ? ROLE_SELECTIE :
		r->ernst == SEV_VERLOPEN ? ROLE_VERLOPEN : ROLE_BINNENKORT;
	char sig[256];

	/* the signal column: "!" marks an overdue one (readable without colour) */
	if (r->urgentie > 0 && r->signaal) {
		if (k->sig >= 34 || r->signaal_soort < 0)
			snprintf(sig, sizeof sig, "%s %s", r->ernst == SEV_VERLOPEN ? "!" : "·", r->signaal);
		else
			snprintf(sig, sizeof sig, "%s %s", r->ernst == SEV_VERLOPEN ? "!" : "·",
				 signal_name((signal_kind)r->signaal_soort));
	} else {
		sig[0] = '\0';
	}
	tui_put(y, x, "", COLS, base);
	tui_put(y, x + 1, r->naam, k->naam, base);
	x += 1 + k->naam + 1;
	tui_put(y, x, r->klantnummer, k->kn, base);
	x += k->kn + 1;
	if (k->geb) {
		put_date(y, x, r->geboortedatum, r->geboortejaar, "", k->geb, base);
		x += k->geb + 1;
	}
	if (k->lr) {
		tui_put(y, x, leerroute_kort(r->leerroute), k->lr, base);
		x += k->lr + 1;
	}
	if (k->contact) {
		put_date(y, x, r->laatste_contact, 0, "nooit", k->contact, base);
		x += k->contact + 1;
	}
	tui_put(y, x, caseload_situatie_kort(r->startbanen, r->situatie), k->sit, base);
	x += k->sit + 1;
	tui_put(y, x, sig, k->sig, r->urgentie > 0 ? sigrole : base);
	x += k->sig + 1;
	if (k->regie)
		tui_put(y, x, r->regiehouder ? r->regiehouder : "", k->regie, base);
}

static void draw_heads(cl_view *c, const cols *k, int y)
{
	int x = 1;

	tui_put(y, 0, "", COLS, ROLE_KOP);
	tui_put(y, x, "Naam", k->naam, ROLE_KOP);
	x += k->naam + 1;
	tui_put(y, x, "Klantnr.", k->kn, ROLE_KOP);
	x += k->kn + 1;
	if (k->geb) {
		tui_put(y, x, "Geboren", k->geb, ROLE_KOP);
		x += k->geb + 1;
	}
	if (k->lr) {
		tui_put(y, x, "Leerroute", k->lr, ROLE_KOP);
		x += k->lr + 1;
	}
	if (k->contact) {
		tui_put(y, x, "Contact", k->contact, ROLE_KOP);
		x += k->contact + 1;
	}
	tui_put(y, x, "Situatie", k->sit, ROLE_KOP);
	x += k->sit + 1;
	tui_put(y, x, "Signaal", k->sig, ROLE_KOP);
	x += k->sig + 1;
	if (k->regie)
		tui_put(y, x, k->regie >= 11 ? "Regiehouder" : "Regie", k->regie, ROLE_KOP);
}

static void cl_draw(tui *t, view *v)
{
	cl_view *c = v->priv;
	strbuf sb = STRBUF_INIT;
	cols k = layout(c);
	int rows = tui_body_lines(1);
	int64_t n = list_len(c);
	char right[64], keys[256];

	if (c->stale && !tui_input_pending(t)) {
		run_search(t, c, 1);
		n = list_len(c);
	}
	if (c->gen != t->rest_gen)
		pending_check(t, c, 1);
	c->rows_visible = rows;
	if (c->sel >= n)
		c->sel = n - 1;
	if (c->sel < 0)
		c->sel = 0;
	if (c->sel < c->top)
		c->top = c->sel;
	if (c->sel >= c->top + rows)
		c->top = c->sel - rows + 1;
	if (c->top > 0 && c->top > n - rows)
		c->top = n - rows > 0 ? n - rows : 0;
	fetch_page(t, c, rows);

	title_text(t, c, &sb);
	snprintf(right, sizeof right, "volgorde: %s", SORT_NAAM[c->sort]);
	tui_draw_title(t, sb.s, right);
	draw_heads(c, &k, 1);
	for (size_t i = 0; i < c->nrows && (int)i < rows; i++)
		draw_row(t, c, &k, 2 + (int)i, &c->rows[i], c->top + (int64_t)i == c->sel);
	if (n == 0) {
		const char *leeg = query_active(c) ? "  Geen klanten gevonden." :
			"  Geen klanten in deze selectie (f: filter, a: nieuwe klant).";
		tui_put(3, 0, leeg, COLS, ROLE_NORMAAL);
	}
	if (c->searching) {
		char found[64], nb[32];
		int w;

		tui_number((int64_t)c->res.n, nb, sizeof nb);
		if (query_active(c))
			snprintf(found, sizeof found, "  (%s%s gevonden)", nb, c->res_more ? "+" : "");
		else
			snprintf(found, sizeof found, "  (naam, klantnr., (eind) BSN, geboortedatum)");
		tui_put(LINES - 2, 0, "Zoeken: ", 8, ROLE_KOP);
		w = COLS - 8 - tui_width(found);
		if (w < 10)
			w = 10;
		le_draw(&c->q, LINES - 2, 8, w, ROLE_NORMAAL, 1);
		tui_put(LINES - 2, 8 + w, found, COLS - 8 - w, ROLE_NORMAAL);
		tui_put(LINES - 1, 0, " Enter: openen  ↑↓: kiezen  Esc: zoeken stoppen  F1: hulp", COLS, ROLE_STATUS);
	} else {
		snprintf(keys, sizeof keys, " ?: hulp  /: zoek  f: filter  v: volgorde"
			 "  s: signalen  r: registratie  q: stop");
		tui_draw_footer(t, keys);
		if (t->msg[0] == '\0' && n > 0) {
			char pos[64], a[32], b[32];

			tui_number(c->sel + 1, a, sizeof a);
			tui_number(n, b, sizeof b);
			snprintf(pos, sizeof pos, "%s/%s", a, b);
			tui_put(LINES - 2, COLS - tui_width(pos) - 1, pos, tui_width(pos), ROLE_NORMAAL);
		}
	}
	sb_free(&sb);
}

static int cl_scope(view *v)
{
	cl_view *c = v->priv;

	if (c->searching)
		return SC_ZOEK | SC_INVOER;
	return SC_LIJST | SC_CASELOAD;
}

static int cl_key(tui *t, view *v, wint_t ch, int is_key)
{
	cl_view *c = v->priv;
	tui_action a;

	if (!c->searching)
		return TUI_IGNORED;
	if (le_key(&c->q, ch, is_key)) {
		/* fast typing: search once, after the last key typed */
		if (tui_input_pending(t))
			c->stale = 1;
		else
			run_search(t, c, 1);
		return TUI_REDRAW;
	}
	a = tui_action_for(SC_INVOER, ch, is_key);
	switch (a) {
	case ACT_WIS_VORIG: case ACT_WIS_TEKEN: case ACT_WIS_VELD:
		le_action(&c->q, a);
		if (tui_input_pending(t))
			c->stale = 1;
		else
			run_search(t, c, 1);
		return TUI_REDRAW;
	case ACT_LINKS: case ACT_RECHTS: case ACT_REGELSTART: case ACT_REGELEINDE:
		le_action(&c->q, a);
		return TUI_REDRAW;
	default:
		return TUI_IGNORED;
	}
}

/* ---- filter ---------------------------------------------------------------------------- */

enum { FI_MIJN, FI_ALLE, FI_REGIE, FI_STARTBANEN, FI_SIGNAAL, FI_SITUATIE, FI_WISSEN };

static void after_filter(tui *t, cl_view *c)
{
	c->sel = c->top = 0;
	for (int i = 0; i < t->nstack; i++)
		if (t->stack[i]->priv == c)
			t->stack[i]->stale = 1;
}

static void pick_regie(tui *t, void *arg, int index)
{
	cl_view *c = arg;

	if (index < 0 || (size_t)index >= t->ncons)
		return;
	c->scope_kind = SCOPE_REGIE;
	c->f.regiehouder_id = t->cons[index].id;
	after_filter(t, c);
}

static void pick_situatie(tui *t, void *arg, int index)
{
	cl_view *c = arg;
	const vocab *vs = vocab_get(VOCAB_SITUATIE);

	if (index < 0)
		return;
	c->f.situatie = index == 0 ? 0 : vs->entries[index - 1].code;
	if (c->f.situatie == 0 && index > 0)
		c->f.situatie = 0;
	after_filter(t, c);
}

static void pick_filter(tui *t, void *arg, int index)
{
	cl_view *c = arg;

	if (index < 0)
		return;
	switch (c->pick_map[index]) {
	case FI_MIJN:
		c->scope_kind = SCOPE_MIJN;
		c->f.regiehouder_id = t->me_id;
		break;
	case FI_ALLE:
		c->scope_kind = SCOPE_ALLE;
		c->f.regiehouder_id = 0;
		break;
	case FI_REGIE: {
		const char **names = xcalloc(t->ncons + 1, sizeof *names);
		int sel = 0;

		for (size_t i = 0; i < t->ncons; i++) {
			names[i] = t->cons[i].naam;
			if (t->cons[i].id == c->f.regiehouder_id)
				sel = (int)i;
		}
		pick_push(t, "Regiehouder", names, t->ncons, sel, pick_regie, c);
		free(names);
		return;
	}
	case FI_STARTBANEN:
		c->f.startbanen = !c->f.startbanen;
		break;
	case FI_SIGNAAL:
		c->f.met_signaal = !c->f.met_signaal;
		break;
	case FI_SITUATIE: {
		const vocab *vs = vocab_get(VOCAB_SITUATIE);
		const char **labels = xcalloc(vs->n + 1, sizeof *labels);
		int sel = 0;

		labels[0] = "Alle situaties";
		for (size_t i = 0; i < vs->n; i++) {
			labels[i + 1] = vs->entries[i].label;
			if (c->f.situatie > 0 && vs->entries[i].code == c->f.situatie)
				sel = (int)i + 1;
		}
		pick_push(t, "Situatie vandaag", labels, vs->n + 1, sel, pick_situatie, c);
		free(labels);
		return;
	}
	case FI_WISSEN:
		c->f.startbanen = c->f.met_signaal = c->f.situatie = 0;
		break;
	}
	after_filter(t, c);
}

static void open_filter(tui *t, cl_view *c)
{
	const char *labels[8];
	char *own[3];
	size_t n = 0;

	if (t->me_id) {
		c->pick_map[n] = FI_MIJN;
		labels[n++] = "Mijn klanten";
	}
	c->pick_map[n] = FI_ALLE;
	labels[n++] = "Alle klanten";
	c->pick_map[n] = FI_REGIE;
	labels[n++] = "Klanten van een regiehouder…";
	own[0] = xasprintf("[%c] Alleen deelnemers startbanen", c->f.startbanen ? 'x' : ' ');
	c->pick_map[n] = FI_STARTBANEN;
	labels[n++] = own[0];
	own[1] = xasprintf("[%c] Alleen klanten met een signaal", c->f.met_signaal ? 'x' : ' ');
	c->pick_map[n] = FI_SIGNAAL;
	labels[n++] = own[1];
	own[2] = xasprintf("Situatie… (nu: %s)", c->f.situatie > 0 ?
			   caseload_situatie_kort(1, c->f.situatie) : "alle");
	c->pick_map[n] = FI_SITUATIE;
	labels[n++] = own[2];
	c->pick_map[n] = FI_WISSEN;
	labels[n++] = "Filters wissen";
	pick_push(t, "Filter", labels, n, 0, pick_filter, c);
	for (int i = 0; i < 3; i++)
		free(own[i]);
}

static int64_t selected_id(cl_view *c)
{
	int64_t i = c->sel - c->rows_off;

	if (!c->rows_valid || i < 0 || i >= (int64_t)c->nrows)
		return 0;
	return c->rows[i].id;
}

static int cl_request(tui *t, view *v, tui_action a)
{
	cl_view *c = v->priv;
	int64_t n;
	int page = c->rows_visible > 1 ? c->rows_visible : 1;

	if (c->stale)
		run_search(t, c, 1);   /* Enter or a move right after fast typing */
	n = list_len(c);
	switch (a) {
	case ACT_OMLAAG: if (c->sel < n - 1) c->sel++; return TUI_REDRAW;
	case ACT_OMHOOG: if (c->sel > 0) c->sel--; return TUI_REDRAW;
	case ACT_PAGINA_OMLAAG:
		c->sel += page;
		c->top += page;
		if (c->sel > n - 1)
			c->sel = n - 1;
		return TUI_REDRAW;
	case ACT_PAGINA_OMHOOG:
		c->sel -= page;
		c->top -= page;
		if (c->sel < 0)
			c->sel = 0;
		if (c->top < 0)
			c->top = 0;
		return TUI_REDRAW;
	case ACT_EERSTE: c->sel = 0; return TUI_REDRAW;
	case ACT_EINDE: c->sel = n - 1; return TUI_REDRAW;
	case ACT_OPENEN: {
		int64_t id = selected_id(c);

		if (c->searching)
			log_end(t, c);   /* the BSN search led here: its row now */
		if (id)
			card_push(t, id, TAB_PERSOON, NULL, -1);
		return TUI_REDRAW;
	}
	case ACT_ZOEKEN:
		c->searching = 1;
		c->saved_sel = c->sel;
		c->saved_top = c->top;
		le_set(&c->q, "");
		search_result_free(&c->res);
		return TUI_REDRAW;
	case ACT_TERUG:
		if (c->searching) {
			/* Esc restores the list as it was */
			log_end(t, c);
			c->searching = 0;
			le_set(&c->q, "");
			search_result_free(&c->res);
			c->sel = c->saved_sel;
			c->top = c->saved_top;
			rows_drop(c);
			return TUI_REDRAW;
		}
		return TUI_IGNORED;
	case ACT_FILTER:
		open_filter(t, c);
		return TUI_REDRAW;
	case ACT_VOLGORDE:
		c->sort = (c->sort + 1) % 3;
		c->sel = c->top = 0;
		rows_drop(c);
		pending_check(t, c, 1);
		tui_message(t, 0, "Volgorde: %s", SORT_NAAM[c->sort]);
		return TUI_REDRAW;
	case ACT_SIGNALEN:
		signalen_push(t);
		return TUI_REDRAW;
	case ACT_REGISTRATIE:
		registratie_push(t);
		return TUI_REDRAW;
	case ACT_ZELFEVALUATIE:
		zelf_push(t);
		return TUI_REDRAW;
	case ACT_NIEUW:
		form_client(t, NULL, NULL);
		return TUI_REDRAW;
	default:
		return TUI_IGNORED;
	}
}

static void cl_close(tui *t, view *v)
{
	cl_view *c = v->priv;

	log_end(t, c);   /* quitting while a BSN search is shown */
	rows_drop(c);
	le_free(&c->q);
	search_result_free(&c->res);
	free(c);
}

static const view_ops caseload_ops = {
	"Caseload", 0, cl_scope, cl_open, cl_draw, cl_key, cl_request, cl_close,
};

void caseload_push(tui *t, int mode)
{
	cl_view *c = xcalloc(1, sizeof *c);

	if (mode == CL_MODE_SIGNALEN) {
		signalen_push(t);
		free(c);
		return;
	}
	c->mode = mode;
	if (t->me_id) {
		c->scope_kind = SCOPE_MIJN;
		c->f.regiehouder_id = t->me_id;
	} else {
		c->scope_kind = SCOPE_ALLE;
	}
	le_set(&c->q, "");
	tui_push(t, &caseload_ops, c);
}
