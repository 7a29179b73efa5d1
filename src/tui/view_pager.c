/* view_pager.c - a long text in full (see pager.h): the text is wrapped
 * when drawn, for the width of the screen at that moment, so a resize
 * rewraps it; only the visible lines are written. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "pager.h"
#include "util.h"

typedef struct pager {
	char *title;
	char *text;
	char **lines;
	size_t n;
	int width;              /* the width the lines were wrapped for */
	long top;
	int rows;               /* lines visible at the last draw */
} pager;

static void pager_wrap(pager *p, int width)
{
	if (p->lines && p->width == width)
		return;
	tui_wrap_free(p->lines, p->n);
	p->n = tui_wrap(p->text, width, &p->lines);
	p->width = width;
}

static long last_top(const pager *p)
{
	long last = (long)p->n - p->rows;

	return last > 0 ? last : 0;
}

static void pager_draw(tui *t, view *v)
{
	pager *p = v->priv;
	int rows = tui_body_lines(0);
	char right[128], a[32], b[32], c[32];

	pager_wrap(p, COLS - 2);
	p->rows = rows;
	if (p->top > last_top(p))
		p->top = last_top(p);
	if (p->top < 0)
		p->top = 0;
	tui_number(p->top + 1, a, sizeof a);
	tui_number(p->top + rows < (long)p->n ? p->top + rows : (long)p->n, b, sizeof b);
	tui_number((int64_t)p->n, c, sizeof c);
	snprintf(right, sizeof right, "regel %s–%s van %s", a, b, c);
	tui_draw_title(t, p->title, right);
	for (int i = 0; i < rows; i++) {
		long l = p->top + i;

		tui_put(1 + i, 0, "", COLS, ROLE_NORMAAL);
		if (l < (long)p->n)
			tui_put(1 + i, 1, p->lines[l], COLS - 2, ROLE_NORMAAL);
	}
	tui_draw_footer(t, p->top < last_top(p) ?
			" j/k: regel  Spatie/PgDn: verder  PgUp: terug  g/G: begin/einde  q: sluiten" :
			" Einde van de tekst.  k/PgUp: terug  g: begin  q: sluiten");
}

static int pager_scope(view *v)
{
	(void)v;
	return SC_LIJST;
}

static int pager_request(tui *t, view *v, tui_action a)
{
	pager *p = v->priv;
	int page = p->rows > 1 ? p->rows : 1;

	(void)t;
	switch (a) {
	case ACT_OMLAAG: p->top++; break;
	case ACT_OMHOOG: p->top--; break;
	case ACT_PAGINA_OMLAAG: p->top += page; break;
	case ACT_PAGINA_OMHOOG: p->top -= page; break;
	case ACT_EERSTE: p->top = 0; break;
	case ACT_EINDE: p->top = last_top(p); break;
	case ACT_OPENEN: return TUI_HANDLED;
	default: return TUI_IGNORED;
	}
	/* clamped again when drawn (the width may change first) */
	if (p->top > last_top(p))
		p->top = last_top(p);
	if (p->top < 0)
		p->top = 0;
	return TUI_REDRAW;
}

static void pager_close(tui *t, view *v)
{
	pager *p = v->priv;

	(void)t;
	tui_wrap_free(p->lines, p->n);
	free(p->title);
	free(p->text);
	free(p);
}

static const view_ops pager_ops = {
	"Volledige tekst", 0, pager_scope, NULL, pager_draw, NULL, pager_request, pager_close,
};

void pager_push(tui *t, const char *title, const char *text)
{
	pager *p = xcalloc(1, sizeof *p);

	p->title = xstrdup(title ? title : "");
	p->text = xstrdup(text ? text : "");
	tui_push(t, &pager_ops, p);
}
