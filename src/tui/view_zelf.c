/* view_zelf.c - the screen Zelfevaluatie (spec zelfevaluatie.md): the
 * rounds, newest first; a round as its themes with a score bar (block
 * characters), the previous round of the same instrument beside it, the
 * change, the caseload's figures (context, not a score) and the
 * verbeterplan of the selected theme; a theme's statements scored with
 * single keys (0 = n.v.t., 1-9, t = 10, Backspace = open), the selected
 * statement's tip below.  The work is the core's (zelfevaluatie.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui.h"
#include "util.h"
#include "zelfevaluatie.h"

#define BAR_CELLS 10

/* A score in tenths (0..100) as BAR_CELLS block characters in eighths;
 * buf holds at least 3 * BAR_CELLS + 1 bytes.  No score: empty. */
static void bar(char *buf, int tiendes)
{
	static const char *const part[] = { "", "\u258F", "\u258E", "\u258D", "\u258C",
					    "\u258B", "\u258A", "\u2589" };
	int eighths = tiendes < 0 ? 0 : (tiendes * 8 * BAR_CELLS + 50) / 100;

	buf[0] = '\0';
	for (int i = 0; i < eighths / 8; i++)
		strcat(buf, "\u2588");
	strcat(buf, part[eighths % 8]);
}

static int list_move(tui_action a, int *sel, int n, int page)
{
	int last = n > 0 ? n - 1 : 0;

	switch (a) {
	case ACT_OMLAAG: if (*sel < last) (*sel)++; return TUI_REDRAW;
	case ACT_OMHOOG: if (*sel > 0) (*sel)--; return TUI_REDRAW;
	case ACT_PAGINA_OMLAAG: *sel = *sel + page > last ? last : *sel + page; return TUI_REDRAW;
	case ACT_PAGINA_OMHOOG: *sel = *sel - page < 0 ? 0 : *sel - page; return TUI_REDRAW;
	case ACT_EERSTE: *sel = 0; return TUI_REDRAW;
	case ACT_EINDE: *sel = last; return TUI_REDRAW;
	default: return TUI_IGNORED;
	}
}

/* The core's message without its "Label: " (the form names the field). */
static void form_error(valerr *e, const char *label, const char *msg)
{
	size_t n = strlen(label);

	if (strncmp(msg, label, n) == 0 && msg[n] == ':')
		msg += n + 2;
	valerr_add(e, label, "%s", msg);
}

/* Text over at most maxl lines from y on, broken between words, one
 * column in; the last line is cut with "…" when it does not fit. */
static void wrap_put(int y, const char *text, int maxl)
{
	char *copy = xstrdup(text), *p = copy, *word;
	strbuf line = STRBUF_INIT;
	int n = 0;

	while (n < maxl && (word = strsep(&p, " \n")) != NULL) {
		char *try;

		if (!*word)
			continue;
		try = line.len ? xasprintf("%s %s", line.s, word) : xstrdup(word);
		if (line.len && tui_width(try) > COLS - 2 && n < maxl - 1) {
			tui_put(y + n++, 1, line.s, COLS - 1, ROLE_NORMAAL);
			sb_reset(&line);
			sb_append(&line, word);
		} else {
			sb_reset(&line);
			sb_append(&line, try);
		}
		free(try);
	}
	if (line.len && n < maxl) {
		if (p && *p)
			sb_appendf(&line, " %s", p);
		tui_put(y + n, 1, line.s, COLS - 1, ROLE_NORMAAL);
	}
	sb_free(&line);
	free(copy);
}

/* ---- a theme: its statements, scored with single keys ------------------------------- */

typedef struct ztheme {
	int64_t ronde_id;
	size_t t;               /* theme index */
	ze_view v;
	int loaded, sel, top;
} ztheme;

static void theme_open(tui *t, view *vw)
{
	ztheme *z = vw->priv;

	if (z->loaded)
		ze_view_free(&z->v);
	z->loaded = ze_view_load(t->db, z->ronde_id, &z->v) == CASUS_OK && z->t < z->v.ins.nth;
	if (!z->loaded)
		tui_message(t, 1, "De ronde kon niet worden gelezen: %s", db_errmsg(t->db));
}

static void theme_header(tui *t, ztheme *z)
{
	const ze_thema *th = &z->v.ins.th[z->t];
	ze_themascore now = ze_view_theme(&z->v, z->t, 0), was = ze_view_theme(&z->v, z->t, 1);
	char title[256], b[64], s[48], p[48], ch[32] = "", *line;

	snprintf(title, sizeof title, "Zelfevaluatie %s · %d %s%s", z->v.r.naam, th->nummer, th->naam,
		 z->v.r.afgesloten ? " (afgesloten)" : "");
	tui_draw_title(t, title, NULL);
	char *fb;

	bar(b, now.tiendes);
	fb = tui_fit(b, BAR_CELLS, 1);
	ze_format_themescore(now, s, sizeof s);
	if (z->v.has_prev) {
		ze_format_themescore(was, p, sizeof p);
		ze_format_change(now.tiendes, was.tiendes, ch, sizeof ch);
		line = xasprintf(" Themascore %s %s   vorige ronde %s  %s", fb, s, p, ch);
	} else {
		line = xasprintf(" Themascore %s %s   (geen vorige ronde)", fb, s);
	}
	free(fb);
	tui_put(1, 0, line, COLS, ROLE_KOP);
	free(line);
	tui_put(2, 0, z->v.has_prev ? " Nr     Score  Vorige  Stelling" : " Nr     Score  Stelling",
		COLS, ROLE_KOP);
}

static void theme_draw(tui *t, view *vw)
{
	ztheme *z = vw->priv;
	const ze_thema *th;
	size_t k0;
	int y = 3;

	if (!z->loaded) {
		tui_draw_title(t, "Zelfevaluatie", NULL);
		tui_draw_footer(t, " q: terug");
		return;
	}
	th = &z->v.ins.th[z->t];
	k0 = ze_view_first(&z->v, z->t);
	theme_header(t, z);
	{
		int rows = LINES - 8 - y > 1 ? LINES - 8 - y : 1;

		if (z->sel < z->top)
			z->top = z->sel;
		if (z->sel >= z->top + rows)
			z->top = z->sel - rows + 1;
	}
	for (size_t s = (size_t)z->top; s < th->nst && y < LINES - 8; s++, y++) {
		int now = z->v.score[k0 + s];
		char *line;

		if (z->v.has_prev) {
			int was = z->v.prev_score[k0 + s];
			line = xasprintf(" %-6s %-6s %-7s %s", th->st[s].nummer,
					 now == ZE_OPEN ? "-" : ze_score_text(now),
					 was == ZE_OPEN ? "-" : ze_score_text(was), th->st[s].tekst);
		} else {
			line = xasprintf(" %-6s %-6s %s", th->st[s].nummer,
					 now == ZE_OPEN ? "-" : ze_score_text(now), th->st[s].tekst);
		}
		tui_put(y, 0, line, COLS, (int)s == z->sel ? ROLE_SELECTIE : ROLE_NORMAAL);
		free(line);
	}
	if (th->nst) {
		const ze_stelling *st = &th->st[z->sel];
		char *l1 = xasprintf("Tip bij %s: %s", st->nummer, st->tip ? st->tip : "(geen tip)");

		wrap_put(LINES - 6, l1, 3);
		free(l1);
		if (z->v.toel[k0 + z->sel]) {
			char *tl = xasprintf(" Toelichting: %s", z->v.toel[k0 + z->sel]);
			tui_put(LINES - 3, 0, tl, COLS, ROLE_NORMAAL);
			free(tl);
		}
	}
	tui_draw_footer(t, " 1-9, t=10: score  0: n.v.t.  Backspace: open  e: toelichting  ?: hulp  q: terug");
}

static int theme_score(tui *t, ztheme *z, int w)
{
	const ze_thema *th = &z->v.ins.th[z->t];
	char *msg = NULL;
	int rc;

	if (th->nst == 0)
		return TUI_HANDLED;
	rc = ze_score_set(t->db, z->ronde_id, th->st[z->sel].nummer, w, NULL, &msg);
	if (rc != CASUS_OK) {
		tui_message(t, 1, "%s", msg ? msg : db_errmsg(t->db));
		free(msg);
		return TUI_REDRAW;
	}
	tui_message(t, 0, "Stelling %s: %s", th->st[z->sel].nummer,
		    w == ZE_OPEN ? "niet ingevuld" : ze_score_text(w));
	if (z->sel + 1 < (int)th->nst)
		z->sel++;
	tui_changed(t);
	return TUI_REDRAW;
}

static int theme_key(tui *t, view *vw, wint_t ch, int is_key)
{
	ztheme *z = vw->priv;

	if (!z->loaded)
		return TUI_IGNORED;
	if (!is_key && ch >= '0' && ch <= '9')
		return theme_score(t, z, ch == '0' ? ZE_NVT : (int)(ch - '0'));
	if (!is_key && ch == 't')
		return theme_score(t, z, 10);
	if ((is_key && ch == KEY_BACKSPACE) || (!is_key && (ch == KEY_BS_ASCII || ch == TUI_CTRL('h'))))
		return theme_score(t, z, ZE_OPEN);
	return TUI_IGNORED;
}

static int toel_save(tui *t, form *fm, valerr *e)
{
	ztheme *z = fm->extra;
	const ze_stelling *st = &z->v.ins.th[z->t].st[z->sel];
	size_t k = ze_view_first(&z->v, z->t) + (size_t)z->sel;
	char *text = form_text(fm, 1), *msg = NULL;
	int rc = ze_score_set(t->db, z->ronde_id, st->nummer, z->v.score[k], text ? text : "", &msg);

	if (rc == CASUS_OK)
		tui_changed(t);
	else
		form_error(e, "Toelichting", msg ? msg : db_errmsg(t->db));
	free(msg);
	free(text);
	return rc;
}

static void ask_toelichting(tui *t, ztheme *z)
{
	const ze_stelling *st = &z->v.ins.th[z->t].st[z->sel];
	char *title = xasprintf("Toelichting bij stelling %s", st->nummer);
	form *fm = form_new(title);

	free(title);
	fm->extra = z;
	fm->save = toel_save;
	form_add_text(fm, 1, "Toelichting", z->v.toel[ze_view_first(&z->v, z->t) + (size_t)z->sel]);
	form_show(t, fm);
}

static int theme_scope(view *vw)
{
	return SC_LIJST | SC_ZELF | SC_ZELF_SCORE;
}

static int theme_request(tui *t, view *vw, tui_action a)
{
	ztheme *z = vw->priv;

	if (!z->loaded)
		return TUI_IGNORED;
	if (a == ACT_ZE_TOELICHTING) {
		if (z->v.r.afgesloten)
			tui_message(t, 1, "ronde '%s' is afgesloten en kan niet meer veranderen", z->v.r.naam);
		else if (z->v.ins.th[z->t].nst)
			ask_toelichting(t, z);
		return TUI_REDRAW;
	}
	return list_move(a, &z->sel, (int)z->v.ins.th[z->t].nst, 5);
}

static void theme_close(tui *t, view *vw)
{
	ztheme *z = vw->priv;

	if (z->loaded)
		ze_view_free(&z->v);
	free(z);
}

static const view_ops theme_ops = {
	"Zelfevaluatie: stellingen", 0, theme_scope, theme_open, theme_draw, theme_key,
	theme_request, theme_close,
};

/* ---- a round: its themes ----------------------------------------------------------- */

typedef struct zround {
	int64_t id;
	ze_view v;
	ze_evidence ev;
	int loaded, have_ev, sel, top;
	int64_t pick_act;       /* the action whose status is being chosen */
} zround;

static void round_free_data(zround *z)
{
	if (z->loaded)
		ze_view_free(&z->v);
	if (z->have_ev)
		ze_evidence_free(&z->ev);
	z->loaded = z->have_ev = 0;
}

static void round_open(tui *t, view *vw)
{
	zround *z = vw->priv;

	round_free_data(z);
	z->loaded = ze_view_load(t->db, z->id, &z->v) == CASUS_OK;
	if (!z->loaded) {
		tui_message(t, 1, "De ronde kon niet worden gelezen: %s", db_errmsg(t->db));
		return;
	}
	z->have_ev = ze_evidence_compute(t->db, z->v.r.datum, &z->ev) == CASUS_OK;
	if (z->sel >= (int)z->v.ins.nth)
		z->sel = 0;
}

static void round_theme_line(tui *t, zround *z, size_t i, int y)
{
	const ze_thema *th = &z->v.ins.th[i];
	ze_themascore now = ze_view_theme(&z->v, i, 0), was = ze_view_theme(&z->v, i, 1);
	char b1[64], b2[64], s1[16] = "-", s2[16] = "-", ch[32] = "", name[64], *line;

	bar(b1, now.tiendes);
	bar(b2, was.tiendes);
	if (now.tiendes >= 0)
		ze_format_tenths(now.tiendes, s1, sizeof s1);
	if (was.tiendes >= 0)
		ze_format_tenths(was.tiendes, s2, sizeof s2);
	ze_format_change(now.tiendes, was.tiendes, ch, sizeof ch);
	snprintf(name, sizeof name, "%d %s", th->nummer, th->naam);
	{
		char *fn = tui_fit(name, 26, 1), *f1 = tui_fit(b1, BAR_CELLS, 1), *f2 = tui_fit(b2, BAR_CELLS, 1);

		if (z->v.has_prev)
			line = xasprintf(" %s %s %-4s %d/%-2zu %s %-4s %s", fn, f1, s1, now.scored, th->nst,
					 f2, s2, ch);
		else
			line = xasprintf(" %s %s %-4s %d/%zu", fn, f1, s1, now.scored, th->nst);
		free(fn);
		free(f1);
		free(f2);
	}
	tui_put(y, 0, line, COLS, (int)i == z->sel ? ROLE_SELECTIE : ROLE_NORMAAL);
	free(line);
}

/* Below the themes: the figures and the verbeterplan of the selected one. */
static void round_details(tui *t, zround *z, int y)
{
	const ze_thema *th = &z->v.ins.th[z->sel];
	int nr = th->nummer, last = LINES - 3;
	char d[11], *line;

	cdate_format_nl(z->v.r.datum, d);
	line = xasprintf(" Uit de caseload op %s (context, geen score):", d);
	tui_put(y++, 0, line, COLS, ROLE_KOP);
	free(line);
	if (!z->have_ev || nr < 1 || nr > 7 || z->ev.n[nr] == 0)
		tui_put(y++, 0, "   geen cijfers bij dit thema", COLS, ROLE_NORMAAL);
	for (size_t i = 0; z->have_ev && nr >= 1 && nr <= 7 && i < z->ev.n[nr] && y < last - 1; i++) {
		line = xasprintf("   %s", z->ev.line[nr][i]);
		tui_put(y++, 0, line, COLS, ROLE_NORMAAL);
		free(line);
	}
	tui_put(y++, 0, " Verbeterplan:", COLS, ROLE_KOP);
	for (size_t i = 0, n = 0; i < z->v.nact && y < last; i++) {
		const ze_actie *a = &z->v.act[i];

		if (a->thema != nr)
			continue;
		cdate_format_nl(a->streefdatum, d);
		line = xasprintf("   [%s] %s%s%s%s%s", ze_status_label(a->status), a->tekst,
				 a->eigenaar ? " · " : "", a->eigenaar ? a->eigenaar : "",
				 a->streefdatum ? " · " : "", a->streefdatum ? d : "");
		tui_put(y++, 0, line, COLS, a->status <= ZA_BEZIG && a->streefdatum &&
			a->streefdatum < t->today ? ROLE_VERLOPEN : ROLE_NORMAAL);
		free(line);
		n++;
	}
}

static void round_draw(tui *t, view *vw)
{
	zround *z = vw->priv;
	char title[256], d[11], *line;

	if (!z->loaded) {
		tui_draw_title(t, "Zelfevaluatie", NULL);
		tui_draw_footer(t, " q: terug");
		return;
	}
	cdate_format_nl(z->v.r.datum, d);
	snprintf(title, sizeof title, "Zelfevaluatie %s · %s · %s", z->v.r.naam, d,
		 z->v.r.afgesloten ? "afgesloten" : "open");
	tui_draw_title(t, title, NULL);
	line = z->v.has_prev ? xasprintf(" Thema                      Score           %-18.18s Verschil",
					 z->v.prev.naam)
			     : xasprintf(" Thema                      Score            (geen vorige ronde)");
	tui_put(1, 0, line, COLS, ROLE_KOP);
	free(line);
	{
		/* the themes get what the figures and the plan leave, at least 7 */
		int rows = LINES - 12 > 7 ? LINES - 12 : 7, shown;

		if (z->sel < z->top)
			z->top = z->sel;
		if (z->sel >= z->top + rows)
			z->top = z->sel - rows + 1;
		for (shown = 0; z->top + shown < (int)z->v.ins.nth && shown < rows; shown++)
			round_theme_line(t, z, (size_t)(z->top + shown), 2 + shown);
		if (z->v.ins.nth)
			round_details(t, z, 3 + shown);
	}
	tui_draw_footer(t, " Enter: stellingen scoren  a: nieuwe actie  s: status actie  ?: hulp  q: terug");
}

static int actie_save(tui *t, form *fm, valerr *e)
{
	zround *z = fm->extra;
	char *tekst = form_text(fm, 1), *eig = form_text(fm, 2), *msg = NULL, nr[16];
	cdate sd = CDATE_NONE;
	int rc;

	if (form_date(fm, 3, 0, &sd, e) < 0) {
		free(tekst);
		free(eig);
		return CASUS_INVALID;
	}
	snprintf(nr, sizeof nr, "%d", z->v.ins.th[z->sel].nummer);
	rc = ze_actie_add(t->db, z->id, nr, tekst ? tekst : "", eig, sd, NULL, &msg);
	if (rc == CASUS_INVALID && msg)
		form_error(e, strncmp(msg, "Eigenaar", 8) == 0 ? "Eigenaar" : "Tekst", msg);
	else if (rc != CASUS_OK)
		valerr_add(e, "Tekst", "%s", msg ? msg : db_errmsg(t->db));
	else
		tui_changed(t);
	free(msg);
	free(tekst);
	free(eig);
	return rc;
}

static void ask_actie(tui *t, zround *z)
{
	char *title = xasprintf("Verbeterplan: nieuwe actie bij %s", z->v.ins.th[z->sel].naam);
	form *fm = form_new(title);

	free(title);
	fm->extra = z;
	fm->save = actie_save;
	form_add_text(fm, 1, "Tekst", NULL);
	form_add_text(fm, 2, "Eigenaar", NULL);
	form_add_date(fm, 3, "Streefdatum", CDATE_NONE);
	form_show(t, fm);
}

static void status_picked(tui *t, void *arg, int index)
{
	zround *z = arg;
	char *msg = NULL;

	if (index < 0)
		return;
	if (ze_actie_set_status(t->db, z->pick_act, ZA_OPEN + index, &msg) != CASUS_OK) {
		tui_message(t, 1, "%s", msg ? msg : db_errmsg(t->db));
	} else {
		tui_message(t, 0, "Actie: %s.", ze_status_label(ZA_OPEN + index));
		tui_changed(t);
	}
	free(msg);
}

static void action_picked(tui *t, void *arg, int index)
{
	static const char *const labels[] = { "open", "bezig", "klaar", "vervallen" };
	zround *z = arg;
	int nr = z->v.ins.th[z->sel].nummer, k = 0;

	if (index < 0)
		return;
	for (size_t i = 0; i < z->v.nact; i++) {
		if (z->v.act[i].thema != nr || k++ != index)
			continue;
		z->pick_act = z->v.act[i].id;
		pick_push(t, "Status van de actie", labels, 4, z->v.act[i].status - ZA_OPEN,
			  status_picked, z);
		return;
	}
}

/* The status of an action of the selected theme: pick the action, then
 * its status. */
static void ask_status(tui *t, zround *z)
{
	int nr = z->v.ins.th[z->sel].nummer;
	char **labels = xcalloc(z->v.nact + 1, sizeof *labels);
	size_t n = 0;

	for (size_t i = 0; i < z->v.nact; i++)
		if (z->v.act[i].thema == nr)
			labels[n++] = xasprintf("[%s] %s", ze_status_label(z->v.act[i].status),
						z->v.act[i].tekst);
	if (n == 0)
		tui_message(t, 1, "Geen acties bij dit thema (a: een actie toevoegen)");
	else
		pick_push(t, "Welke actie?", (const char *const *)labels, n, 0, action_picked, z);
	for (size_t i = 0; i < n; i++)
		free(labels[i]);
	free(labels);
}

static int round_scope(view *vw)
{
	return SC_LIJST | SC_ZELF | SC_ZELF_RONDE;
}

static int round_request(tui *t, view *vw, tui_action a)
{
	zround *z = vw->priv;

	if (!z->loaded)
		return TUI_IGNORED;
	switch (a) {
	case ACT_OPENEN:
		if (z->v.ins.nth) {
			ztheme *th = xcalloc(1, sizeof *th);

			th->ronde_id = z->id;
			th->t = (size_t)z->sel;
			tui_push(t, &theme_ops, th);
		}
		return TUI_REDRAW;
	case ACT_ZE_NIEUW:
		if (z->v.r.afgesloten)
			tui_message(t, 1, "Ronde '%s' is afgesloten; een actie hoort bij een open ronde",
				    z->v.r.naam);
		else if (z->v.ins.nth)
			ask_actie(t, z);
		return TUI_REDRAW;
	case ACT_ZE_STATUS:
		if (z->v.ins.nth)
			ask_status(t, z);
		return TUI_REDRAW;
	default:
		return list_move(a, &z->sel, (int)z->v.ins.nth, 3);
	}
}

static void round_close(tui *t, view *vw)
{
	zround *z = vw->priv;

	round_free_data(z);
	free(z);
}

static const view_ops round_ops = {
	"Zelfevaluatie: ronde", 0, round_scope, round_open, round_draw, NULL, round_request,
	round_close,
};

/* ---- the rounds -------------------------------------------------------------------- */

typedef struct zrounds {
	ze_ronde *r;
	size_t n;
	int sel, top, rows;
	int64_t open_id;        /* a round just made: open it when the list is back */
} zrounds;

static void rounds_open(tui *t, view *vw)
{
	zrounds *z = vw->priv;

	ze_ronde_list_free(z->r, z->n);
	z->r = NULL;
	z->n = 0;
	if (ze_ronde_list(t->db, &z->r, &z->n) != CASUS_OK)
		tui_message(t, 1, "De rondes konden niet worden gelezen: %s", db_errmsg(t->db));
	if (z->sel >= (int)z->n)
		z->sel = z->n ? (int)z->n - 1 : 0;
}

static void rounds_draw(tui *t, view *vw)
{
	zrounds *z = vw->priv;
	int rows = tui_body_lines(1);

	z->rows = rows;
	tui_draw_title(t, "Zelfevaluatie: rondes, nieuwste eerst", NULL);
	tui_put(1, 0, "  Nr  Naam                            Datum       Status", COLS, ROLE_KOP);
	if (z->n == 0)
		tui_put(3, 0, "  Nog geen rondes.  a: een nieuwe ronde beginnen.", COLS, ROLE_MELDING);
	if (z->sel < z->top)
		z->top = z->sel;
	if (z->sel >= z->top + rows)
		z->top = z->sel - rows + 1;
	for (int i = 0; i < rows && z->top + i < (int)z->n; i++) {
		const ze_ronde *r = &z->r[z->top + i];
		char d[11], *nm = tui_fit(r->naam, 30, 1), *line;

		cdate_format_nl(r->datum, d);
		line = xasprintf(" %3lld  %s  %s  %s", (long long)r->id, nm, d,
				 r->afgesloten ? "afgesloten" : "open");
		tui_put(2 + i, 0, line, COLS, z->top + i == z->sel ? ROLE_SELECTIE : ROLE_NORMAAL);
		free(line);
		free(nm);
	}
	tui_draw_footer(t, " Enter: openen  a: nieuwe ronde  ?: hulp  q: terug");
}

static void round_push(tui *t, int64_t id)
{
	zround *z = xcalloc(1, sizeof *z);

	z->id = id;
	tui_push(t, &round_ops, z);
}

static int ronde_save(tui *t, form *fm, valerr *e)
{
	char *naam = form_text(fm, 1), *msg = NULL, *deeln;
	cdate d = CDATE_NONE;
	ze_ronde r;
	int rc;

	if (form_date(fm, 2, 0, &d, e) < 0) {
		free(naam);
		return CASUS_INVALID;
	}
	deeln = form_text(fm, 3);
	rc = ze_ronde_new(t->db, naam ? naam : "", d, deeln, &r, &msg);
	free(deeln);
	if (rc == CASUS_OK) {
		fm->saved_id = r.id;
		tui_message(t, 0, "Ronde '%s' aangemaakt.", r.naam);
		ze_ronde_free(&r);
		tui_changed(t);
	} else {
		const char *m = msg ? msg : db_errmsg(t->db);

		form_error(e, strncmp(m, "Deelnemers", 10) == 0 ? "Deelnemers" : "Naam", m);
	}
	free(msg);
	free(naam);
	return rc;
}

static void ronde_done(tui *t, int64_t id)
{
	if (id)
		round_push(t, id);
}

static int rounds_request(tui *t, view *vw, tui_action a)
{
	zrounds *z = vw->priv;

	switch (a) {
	case ACT_OPENEN:
		if (z->n)
			round_push(t, z->r[z->sel].id);
		return TUI_REDRAW;
	case ACT_ZE_NIEUW: {
		form *fm = form_new("Nieuwe ronde van de zelfevaluatie");

		fm->save = ronde_save;
		fm->done = ronde_done;
		form_add_text(fm, 1, "Naam", NULL);
		form_add_date(fm, 2, "Datum", t->today);
		form_add_text(fm, 3, "Deelnemers", NULL);
		form_show(t, fm);
		return TUI_REDRAW;
	}
	default:
		return list_move(a, &z->sel, (int)z->n, z->rows > 1 ? z->rows : 1);
	}
}

static void rounds_close(tui *t, view *vw)
{
	zrounds *z = vw->priv;

	ze_ronde_list_free(z->r, z->n);
	free(z);
}

static int rounds_scope(view *vw)
{
	return SC_LIJST | SC_ZELF;
}

static const view_ops rounds_ops = {
	"Zelfevaluatie", 0, rounds_scope, rounds_open, rounds_draw, NULL, rounds_request,
	rounds_close,
};

void zelf_signal_hint(tui *t, char *buf, size_t size)
{
	ze_actie *a = NULL;
	size_t n = 0;

	buf[0] = '\0';
	if (ze_actie_overdue(t->db, t->today, &a, &n) == CASUS_OK && n > 0)
		snprintf(buf, size, "verbeterplan: %zu actie%s verlopen (z)", n, n == 1 ? "" : "s");
	ze_actie_list_free(a, n);
}

void zelf_push(tui *t)
{
	tui_push(t, &rounds_ops, xcalloc(1, sizeof(zrounds)));
}
