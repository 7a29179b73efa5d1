/* view_settings.c - Instellingen: every setting of settings.h with its
 * value and default; Enter changes the selected one (a pick of the
 * consultants for "wie ben ik", a one-field form for the others, saved
 * through settings_set: the same validation as `casus instelling`).
 * Also the question "wie bent u?" of the first start (tui_ask_me). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "settings.h"
#include "tui.h"
#include "util.h"

typedef struct sview {
	int sel, top, rows_visible;
	char **value;           /* per setting: its value or NULL (owned) */
	size_t n;
} sview;

static void sv_free_values(sview *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->value[i]);
	free(s->value);
	s->value = NULL;
	s->n = 0;
}

static void sv_open(tui *t, view *v)
{
	sview *s = v->priv;

	sv_free_values(s);
	s->n = settings_count();
	s->value = xcalloc(s->n ? s->n : 1, sizeof *s->value);
	for (size_t i = 0; i < s->n; i++)
		s->value[i] = settings_value(t->db, settings_def(i));
}

static void sv_draw(tui *t, view *v)
{
	sview *s = v->priv;
	int rows = tui_body_lines(1) - 3, wn = 30, wv = 24;

	if (rows < 1)
		rows = 1;
	s->rows_visible = rows;
	if (s->sel < s->top)
		s->top = s->sel;
	if (s->sel >= s->top + rows)
		s->top = s->sel - rows + 1;
	tui_draw_title(t, "Instellingen", t->me_naam ? t->me_naam : NULL);
	tui_put(1, 0, "", COLS, ROLE_KOP);
	tui_put(1, 1, "Instelling", wn, ROLE_KOP);
	tui_put(1, 2 + wn, "Waarde", wv, ROLE_KOP);
	tui_put(1, 3 + wn + wv, "Standaard", COLS - 3 - wn - wv, ROLE_KOP);
	for (int i = 0; i < rows && s->top + i < (int)s->n; i++) {
		int k = s->top + i;
		const setting_def *d = settings_def((size_t)k);
		tui_role r = k == s->sel ? ROLE_SELECTIE : ROLE_NORMAAL;
		char *dflt = settings_default_text(d);

		tui_put(2 + i, 0, "", COLS, r);
		tui_put(2 + i, 1, d->naam, wn, r);
		tui_put(2 + i, 2 + wn, s->value[k] ? s->value[k] : "(standaard)", wv, r);
		tui_put(2 + i, 3 + wn + wv, dflt, COLS - 3 - wn - wv, r);
		free(dflt);
	}
	if (s->n) {
		const setting_def *d = settings_def((size_t)s->sel);
		char *line = xasprintf("casus instelling %s: %s", d->key, d->omschrijving);

		tui_put(LINES - 4, 1, line, COLS - 2, ROLE_KOP);
		free(line);
	}
	tui_draw_footer(t, " ?: hulp  Enter: wijzigen (leeg = standaard)  q: terug");
}

static int sv_scope(view *v)
{
	(void)v;
	return SC_LIJST | SC_INSTELLINGEN;
}

/* ---- changing one ---------------------------------------------------------------- */

static void sv_saved(tui *t, int64_t id)
{
	(void)id;
	tui_find_me(t);
}

static int sv_save(tui *t, form *fm, valerr *e)
{
	const setting_def *d = fm->extra;
	char *text = form_text(fm, 1), *msg = NULL;
	int rc = settings_set(t->db, d, text ? text : "", &msg);
	size_t l = strlen(d->naam);

	if (rc == CASUS_INVALID) {
		/* the message names the setting: the form shows it under the field */
		const char *m = msg && strncmp(msg, d->naam, l) == 0 && msg[l] == ':' ? msg + l + 2 : msg;

		valerr_add(e, d->naam, "%s", m ? m : "ongeldige waarde");
	} else if (rc == CASUS_OK && msg) {
		tui_message(t, 1, "%s", msg);
	}
	free(msg);
	free(text);
	return rc;
}

static void pick_me(tui *t, void *arg, int index)
{
	char *msg = NULL;
	int first = arg != NULL;

	if (index < 0 || (size_t)index > t->ncons) {
		if (first)
			tui_message(t, 0, "Niet ingesteld; kies later met i (Instellingen).");
		return;
	}
	if ((size_t)index == t->ncons) {
		/* "(niet ingesteld)": remove the setting */
		settings_set(t->db, settings_find("consultant"), "", &msg);
	} else if (settings_set(t->db, settings_find("consultant"), t->cons[index].login, &msg) != CASUS_OK) {
		tui_message(t, 1, "%s", msg ? msg : db_errmsg(t->db));
		free(msg);
		return;
	}
	free(msg);
	tui_find_me(t);
	tui_changed(t);
	/* the caseload below shows the former "mine": open it again */
	while (t->nstack)
		tui_pop(t, 0);
	caseload_push(t, CL_MODE_CASELOAD);
	if (!first)
		settings_push(t);
	if (t->me_naam)
		tui_message(t, 0, "U bent %s.", t->me_naam);
	else
		tui_message(t, 0, "Consulent niet ingesteld: casus neemt de login $USER.");
}

static void push_pick_me(tui *t, int first)
{
	const char **names = xcalloc(t->ncons + 1, sizeof *names);
	int sel = 0;

	for (size_t i = 0; i < t->ncons; i++) {
		names[i] = t->cons[i].naam ? t->cons[i].naam : "";
		if (t->cons[i].id == t->me_id)
			sel = (int)i;
	}
	names[t->ncons] = "(niet ingesteld: de login $USER)";
	pick_push(t, first ? "Wie bent u? (wijzigen: i, Instellingen)" : "Consulent (wie ben ik)",
		  names, t->ncons + (first ? 0 : 1), sel, pick_me, first ? (void *)t : NULL);
	free(names);
}

void tui_ask_me(tui *t)
{
	if (settings_need_me(t->db))
		push_pick_me(t, 1);
}

static void sv_edit(tui *t, sview *s)
{
	const setting_def *d = settings_def((size_t)s->sel);
	form *fm;
	form_field *f;

	if (!d)
		return;
	if (d->kind == SET_CONSULTANT) {
		push_pick_me(t, 0);
		return;
	}
	fm = form_new(d->naam);
	f = form_add_text(fm, 1, d->naam, s->value[s->sel] ? s->value[s->sel] : "");
	if (d->kind == SET_DATE)
		f->hint = "dd-mm-jjjj";
	fm->extra = (void *)d;
	fm->save = sv_save;
	fm->done = sv_saved;
	form_show(t, fm);
}

static int sv_request(tui *t, view *v, tui_action a)
{
	sview *s = v->priv;
	int last = (int)s->n - 1;

	switch (a) {
	case ACT_OMLAAG: if (s->sel < last) s->sel++; return TUI_REDRAW;
	case ACT_OMHOOG: if (s->sel > 0) s->sel--; return TUI_REDRAW;
	case ACT_PAGINA_OMLAAG: s->sel += s->rows_visible; if (s->sel > last) s->sel = last; return TUI_REDRAW;
	case ACT_PAGINA_OMHOOG: s->sel -= s->rows_visible; if (s->sel < 0) s->sel = 0; return TUI_REDRAW;
	case ACT_EERSTE: s->sel = 0; return TUI_REDRAW;
	case ACT_EINDE: s->sel = last; return TUI_REDRAW;
	case ACT_OPENEN:
		sv_edit(t, s);
		return TUI_REDRAW;
	default:
		return TUI_IGNORED;
	}
}

static void sv_close(tui *t, view *v)
{
	sview *s = v->priv;

	(void)t;
	sv_free_values(s);
	free(s);
}

static const view_ops settings_ops = {
	"Instellingen", 0, sv_scope, sv_open, sv_draw, NULL, sv_request, sv_close,
};

void settings_push(tui *t)
{
	tui_push(t, &settings_ops, xcalloc(1, sizeof(sview)));
}
