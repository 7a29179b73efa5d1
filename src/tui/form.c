/* form.c - the form engine shared by every record form: fields with exact
 * labels, pick-lists for categories, dates in the formats of date.h, field
 * errors shown in place, a save that is one store call (one transaction),
 * and the busy/conflict questions that keep what was typed.  The line
 * editor of its text fields is lineedit.c. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form_rec.h"
#include "tui.h"
#include "util.h"

/* ---- form building -------------------------------------------------------------------- */

form *form_new(const char *title)
{
	form *fm = xcalloc(1, sizeof *fm);

	fm->title = xstrdup(title);
	return fm;
}

static form_field *add_field(form *fm, int id, const char *label, field_type type)
{
	form_field *f;

	if (fm->n == fm->cap) {
		fm->cap = fm->cap ? fm->cap * 2 : 16;
		fm->f = xrealloc(fm->f, fm->cap * sizeof *fm->f);
	}
	f = &fm->f[fm->n++];
	memset(f, 0, sizeof *f);
	f->id = id;
	f->label = label;
	f->type = type;
	return f;
}

form_field *form_add_text(form *fm, int id, const char *label, const char *value)
{
	form_field *f = add_field(fm, id, label, FT_TEKST);

	le_set(&f->le, value);
	return f;
}

form_field *form_add_date(form *fm, int id, const char *label, cdate value)
{
	form_field *f = add_field(fm, id, label, FT_DATUM);
	char buf[11];

	cdate_format_nl(value, buf);
	le_set(&f->le, buf);
	f->hint = "dd-mm-jjjj";
	return f;
}

form_field *form_add_pick(form *fm, int id, const char *label, vocab_id voc, int code)
{
	form_field *f = add_field(fm, id, label, FT_KEUZE);

	f->voc = voc;
	f->code = code;
	/* a vocabulary without Onbekend starts on its first entry */
	if (vocab_index(voc, code) < 0 && vocab_get(voc)->n > 0)
		f->code = vocab_get(voc)->entries[0].code;
	return f;
}

form_field *form_add_list(form *fm, int id, const char *label, char **labels,
			  int64_t *ids, size_t n, int sel)
{
	form_field *f = add_field(fm, id, label, FT_LIJST);

	f->opts = labels;
	f->optids = ids;
	f->nopt = n;
	f->code = sel >= 0 && (size_t)sel < n ? sel : 0;
	return f;
}

form_field *form_field_get(form *fm, int id)
{
	for (size_t i = 0; i < fm->n; i++)
		if (fm->f[i].id == id)
			return &fm->f[i];
	return NULL;
}

char *form_text(form *fm, int id)
{
	form_field *f = form_field_get(fm, id);
	char *s, *t;

	if (!f)
		return NULL;
	s = le_utf8(&f->le);
	t = str_trim_dup(s);
	free(s);
	if (!*t) {
		free(t);
		return NULL;
	}
	return t;
}

int form_code(form *fm, int id)
{
	form_field *f = form_field_get(fm, id);

	return f ? f->code : 0;
}

int64_t form_list_id(form *fm, int id)
{
	form_field *f = form_field_get(fm, id);

	return f && f->nopt ? f->optids[f->code] : 0;
}

int form_date(form *fm, int id, int required, cdate *out, valerr *e)
{
	form_field *f = form_field_get(fm, id);
	char *s = le_utf8(&f->le);
	int rc = validate_date_field(s, f->label, required, out, e);

	free(s);
	return rc;
}

int form_hours(form *fm, int id, double *out, valerr *e)
{
	form_field *f = form_field_get(fm, id);
	char *s = le_utf8(&f->le);
	int rc = validate_hours_field(s, f->label, out, e);

	free(s);
	return rc;
}

int form_int(form *fm, int id, int min, int *out, valerr *e)
{
	form_field *f = form_field_get(fm, id);
	char *s = le_utf8(&f->le);
	int rc = validate_int_field(s, f->label, min, out, e);

	free(s);
	return rc;
}

int form_decimal(form *fm, int id, double *out, valerr *e)
{
	form_field *f = form_field_get(fm, id);
	char *s = le_utf8(&f->le);
	int rc = validate_decimal_field(s, f->label, out, e);

	free(s);
	return rc;
}

void form_focus(form *fm, const char *label)
{
	if (!label)
		return;
	for (size_t i = 0; i < fm->n; i++) {
		if (!fm->f[i].hidden && strcmp(fm->f[i].label, label) == 0) {
			fm->cur = (int)i;
			return;
		}
	}
}

static void form_free(form *fm)
{
	for (size_t i = 0; i < fm->n; i++) {
		form_field *f = &fm->f[i];

		le_free(&f->le);
		free(f->err);
		for (size_t k = 0; k < f->nopt; k++)
			free(f->opts[k]);
		free(f->opts);
		free(f->optids);
	}
	free(fm->f);
	free(fm->title);
	if (fm->free_extra)
		fm->free_extra(fm->extra);
	free(fm);
}

/* ---- drawing ---------------------------------------------------------------------------- */

static const char *field_value(form_field *f)
{
	if (f->type == FT_KEUZE)
		return vocab_label(f->voc, f->code);
	if (f->type == FT_LIJST)
		return f->nopt ? f->opts[f->code] : "";
	return NULL;
}

#define LABEL_COLS 28

static int field_lines(form_field *f)
{
	return f->hidden ? 0 : 1 + (f->err ? 1 : 0);
}

static void draw_field(tui *t, form *fm, int i, int y, int focus)
{
	form_field *f = &fm->f[i];
	int vx = LABEL_COLS + 2, vw = COLS - vx - 12;
	char *lab;
	const char *val;

	if (vw > 50)
		vw = 50;
	lab = xasprintf("%s%s", focus ? "› " : "  ", f->label);
	tui_put(y, 0, lab, LABEL_COLS + 2, focus ? ROLE_KOP : ROLE_NORMAAL);
	free(lab);
	val = field_value(f);
	if (val) {
		char *s = xasprintf("%s ▾", val);

		tui_put(y, vx, s, vw, focus ? ROLE_ACTIEF_VELD : ROLE_VELD);
		free(s);
	} else {
		le_draw(&f->le, y, vx, vw, focus ? ROLE_ACTIEF_VELD : ROLE_VELD, focus);
	}
	if (f->hint)
		tui_put(y, vx + vw + 1, f->hint, COLS - vx - vw - 1, ROLE_NORMAAL);
	else if (val && focus)
		tui_put(y, vx + vw + 1, "Enter: kies", COLS - vx - vw - 1, ROLE_NORMAAL);
	if (f->err) {
		char *m = xasprintf("! %s: %s", f->label, f->err);

		tui_put(y + 1, vx, m, COLS - vx, ROLE_FOUT);
		free(m);
	}
}

static void form_draw_full(tui *t, form *fm)
{
	int rows = tui_body_lines(1), used, y;
	char hints[256];

	tui_draw_title(t, fm->title, fm->changed ? "gewijzigd" : NULL);
	/* scroll so that the current field (and its error line) is visible */
	if (fm->cur < fm->top)
		fm->top = fm->cur;
	for (;;) {
		used = 0;
		for (int i = fm->top; i <= fm->cur && i < (int)fm->n; i++)
			used += field_lines(&fm->f[i]);
		if (used <= rows || fm->top >= fm->cur)
			break;
		fm->top++;
	}
	fm->rows = rows;
	y = 2;
	for (int i = fm->top; i < (int)fm->n; i++) {
		int h = field_lines(&fm->f[i]);

		if (!h)
			continue;
		if (y + h > 2 + rows)
			break;
		draw_field(t, fm, i, y, i == fm->cur);
		y += h;
	}
	{
		int more = 0;

		for (int i = fm->top; i < (int)fm->n; i++)
			more += field_lines(&fm->f[i]);
		if (fm->top > 0 || more > rows) {
			char ind[64];

			snprintf(ind, sizeof ind, "%s%s", fm->top > 0 ? "▲ " : "",
				 more > rows ? "▼ meer velden" : "meer velden");
			tui_put(1, COLS - tui_width(ind) - 1, ind, tui_width(ind), ROLE_NORMAAL);
		}
	}
	snprintf(hints, sizeof hints, " F2: opslaan  Tab/↓: volgend veld  Enter: kies  Esc: annuleren  F1: hulp");
	if (fm->msg[0]) {
		snprintf(t->msg, sizeof t->msg, "%s", fm->msg);
		t->msg_err = fm->msg_err;
	}
	tui_draw_footer(t, hints);
}

/* The one-line journal entry: a frame over the bottom of the card. */
static void form_draw_inline(tui *t, form *fm)
{
	form_field *f = &fm->f[0];
	int y = LINES - 6, w = COLS - 2;
	strbuf sb = STRBUF_INIT;

	sb_append(&sb, "┌─ ");
	sb_append(&sb, fm->title);
	sb_append(&sb, " ");
	while (tui_width(sb.s) < w - 1)
		sb_append(&sb, "─");
	sb_append(&sb, "┐");
	tui_put(y, 1, sb.s, w, ROLE_RAND);
	sb_reset(&sb);
	for (int i = 1; i <= 3; i++) {
		tui_put(y + i, 1, "│", 1, ROLE_RAND);
		tui_put(y + i, 2, "", w - 2, ROLE_NORMAAL);
		tui_put(y + i, w, "│", 1, ROLE_RAND);
	}
	sb_append(&sb, "└");
	for (int i = 0; i < w - 2; i++)
		sb_append(&sb, "─");
	sb_append(&sb, "┘");
	tui_put(y + 4, 1, sb.s, w, ROLE_RAND);
	sb_free(&sb);
	tui_put(y + 1, 3, "Samenvatting:", 14, ROLE_KOP);
	if (f->err) {
		char *m = xasprintf("! %s: %s", f->label, f->err);

		tui_put(y + 2, 3, m, w - 4, ROLE_FOUT);
		free(m);
	} else if (fm->msg[0]) {
		tui_put(y + 2, 3, fm->msg, w - 4, fm->msg_err ? ROLE_FOUT : ROLE_MELDING);
	} else {
		tui_put(y + 2, 3, "Enter: opslaan (soort Spreekuur, nu)   Esc: annuleren", w - 4, ROLE_NORMAAL);
	}
	le_draw(&f->le, y + 1, 17, w - 17, ROLE_ACTIEF_VELD, 1);
}

static void form_draw(tui *t, view *v)
{
	form *fm = v->priv;

	if (fm->inline_one)
		form_draw_inline(t, fm);
	else
		form_draw_full(t, fm);
}

/* ---- saving --------------------------------------------------------------------------------- */

static void clear_errors(form *fm)
{
	for (size_t i = 0; i < fm->n; i++) {
		free(fm->f[i].err);
		fm->f[i].err = NULL;
	}
	fm->msg[0] = '\0';
}

static void set_msg(form *fm, int err, const char *text)
{
	snprintf(fm->msg, sizeof fm->msg, "%s", text);
	fm->msg_err = err;
}

static void form_try_save(tui *t, form *fm);

/* A validation problem shown under its field (after any already there). */
static void note_error(form_field *f, const char *msg)
{
	if (f->err) {
		char *both = xasprintf("%s; %s", f->err, msg);

		free(f->err);
		f->err = both;
	} else {
		f->err = xstrdup(msg);
	}
}

static void busy_answer(tui *t, void *arg, int yes)
{
	form *fm = arg;

	if (yes)
		form_try_save(t, fm);
	else
		set_msg(fm, 1, "Niet opgeslagen. Uw invoer staat er nog; sla opnieuw op als de database vrij is.");
}

static void conflict_answer(tui *t, void *arg, int yes)
{
	form *fm = arg;

	if (yes && fm->reload) {
		fm->reload(t, fm);
		fm->changed = 0;
		set_msg(fm, 0, "De gegevens zijn opnieuw geladen.");
	} else if (yes) {
		/* close the form; the card below reloads the newest data */
		tui_pop(t, 1);
		tui_message(t, 0, "Opnieuw geladen: de kaart toont de nieuwste gegevens.");
	} else {
		set_msg(fm, 1, "Niet opgeslagen: de gegevens zijn intussen gewijzigd.");
	}
}

static void form_try_save(tui *t, form *fm)
{
	valerr e = VALERR_INIT;
	int rc, first = -1;

	clear_errors(fm);
	t->msg[0] = '\0';
	rc = fm->save(t, fm, &e);
	switch (rc) {
	case CASUS_OK: {
		void (*done)(tui *, int64_t) = fm->done;
		int64_t id = fm->saved_id;

		tui_pop(t, 1);          /* frees fm */
		if (!t->msg[0])
			tui_message(t, 0, "Opgeslagen.");
		if (done)
			done(t, id);
		break;
	}
	case CASUS_INVALID:
		for (size_t i = 0; i < e.n; i++) {
			form_field *f = form_field_of_problem(fm, &e.items[i]);

			if (f) {
				note_error(f, e.items[i].msg);
				if (first < 0 || (int)(f - fm->f) < first)
					first = (int)(f - fm->f);
			} else {
				char *m = xasprintf("%s: %s", e.items[i].field, e.items[i].msg);
				set_msg(fm, 1, m);
				free(m);
			}
		}
		if (first >= 0)
			fm->cur = first;
		if (!fm->msg[0])
			set_msg(fm, 1, "Niet opgeslagen: verbeter de gemarkeerde velden.");
		break;
	case CASUS_BUSY: {
		char *q = xasprintf("%s Opnieuw proberen? (J/n)", db_errmsg(t->db));

		ask_push(t, q, busy_answer, fm);
		free(q);
		break;
	}
	case CASUS_CONFLICT:
		ask_push(t, "Deze gegevens zijn intussen door een ander casus-venster gewijzigd. "
			 "Opnieuw laden? Uw wijzigingen in dit formulier gaan dan verloren. (J/n)",
			 conflict_answer, fm);
		break;
	case CASUS_NOTFOUND:
		set_msg(fm, 1, "Niet opgeslagen: dit record bestaat niet meer (intussen verwijderd).");
		break;
	default:
	{
		char *m = xasprintf("Niet opgeslagen: %s", db_errmsg(t->db));

		set_msg(fm, 1, m);
		free(m);
	}
		break;
	}
	valerr_free(&e);
}

/* ---- keys ------------------------------------------------------------------------------------ */

static int form_scope(view *v)
{
	return SC_FORM | SC_INVOER;
}

static void move_field(form *fm, int dir)
{
	int i = fm->cur;

	for (;;) {
		i += dir;
		if (i < 0 || i >= (int)fm->n)
			return;
		if (!fm->f[i].hidden)
			break;
	}
	fm->cur = i;
}

static void picked(tui *t, void *arg, int index)
{
	form *fm = arg;
	form_field *f = &fm->f[fm->cur];

	if (index < 0)
		return;
	if (f->type == FT_KEUZE)
		f->code = vocab_get(f->voc)->entries[index].code;
	else
		f->code = index;
	free(f->err);
	f->err = NULL;
	fm->changed = 1;
	if (fm->update)
		fm->update(fm);
}

static void open_pick(tui *t, form *fm)
{
	form_field *f = &fm->f[fm->cur];

	if (f->type == FT_KEUZE) {
		const vocab *vc = vocab_get(f->voc);
		const char **labels = xcalloc(vc->n + 1, sizeof *labels);

		for (size_t i = 0; i < vc->n; i++)
			labels[i] = vc->entries[i].label;
		pick_push(t, f->label, labels, vc->n, vocab_index(f->voc, f->code), picked, fm);
		free(labels);
	} else if (f->type == FT_LIJST) {
		pick_push(t, f->label, (const char *const *)f->opts, f->nopt, f->code, picked, fm);
	}
}

static int form_key(tui *t, view *v, wint_t ch, int is_key)
{
	form *fm = v->priv;
	form_field *f = fm->n ? &fm->f[fm->cur] : NULL;
	tui_action a;

	if (!f)
		return TUI_IGNORED;
	if (f->type == FT_TEKST || f->type == FT_DATUM) {
		if (le_key(&f->le, ch, is_key)) {
			fm->changed = 1;
			free(f->err);   /* the field is being corrected */
			f->err = NULL;
			return TUI_REDRAW;
		}
		a = tui_action_for(SC_INVOER, ch, is_key);
		if (a >= ACT_LINKS && a <= ACT_WIS_VELD) {
			le_action(&f->le, a);
			if (a >= ACT_WIS_VORIG) {
				fm->changed = 1;
				free(f->err);
				f->err = NULL;
			}
			return TUI_REDRAW;
		}
		return TUI_IGNORED;
	}
	/* a pick field: space opens the list too; other letters are no text */
	if (!is_key && ch == ' ') {
		open_pick(t, fm);
		return TUI_REDRAW;
	}
	if (!is_key && ch >= 0x20 && ch != 0x7f)
		return TUI_HANDLED;
	return TUI_IGNORED;
}

static void discard_answer(tui *t, void *arg, int yes)
{
	if (yes)
		tui_pop(t, 0);
}

static int form_request(tui *t, view *v, tui_action a)
{
	form *fm = v->priv;

	switch (a) {
	case ACT_VOLGEND_VELD: move_field(fm, 1); return TUI_REDRAW;
	case ACT_VORIG_VELD: move_field(fm, -1); return TUI_REDRAW;
	case ACT_PAGINA_OMLAAG: for (int i = 0; i < 8; i++) move_field(fm, 1); return TUI_REDRAW;
	case ACT_PAGINA_OMHOOG: for (int i = 0; i < 8; i++) move_field(fm, -1); return TUI_REDRAW;
	case ACT_KIEZEN:
		if (fm->inline_one) {
			form_try_save(t, fm);
			return TUI_REDRAW;
		}
		if (fm->f[fm->cur].type == FT_KEUZE || fm->f[fm->cur].type == FT_LIJST)
			open_pick(t, fm);
		else
			move_field(fm, 1);
		return TUI_REDRAW;
	case ACT_OPSLAAN:
		form_try_save(t, fm);
		return TUI_REDRAW;
	case ACT_TERUG:
		if (fm->changed)
			ask_push(t, "Het formulier is gewijzigd. Wijzigingen weggooien? (J/n)",
				 discard_answer, fm);
		else
			tui_pop(t, 0);
		return TUI_REDRAW;
	default:
		return TUI_IGNORED;
	}
}

static void form_close(tui *t, view *v)
{
	form_free(v->priv);
}

static const view_ops form_ops = {
	"Formulier", 0, form_scope, NULL, form_draw, form_key, form_request, form_close,
};
static const view_ops form_inline_ops = {
	"Journaalregel", 1, form_scope, NULL, form_draw, form_key, form_request, form_close,
};

void form_submit(tui *t, form *fm)
{
	form_try_save(t, fm);
}

void form_show(tui *t, form *fm)
{
	if (fm->update)
		fm->update(fm);
	if (fm->cur < (int)fm->n && fm->f[fm->cur].hidden)
		move_field(fm, 1);
	tui_push(t, fm->inline_one ? &form_inline_ops : &form_ops, fm);
}
