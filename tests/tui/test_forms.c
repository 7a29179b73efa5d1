/* test_forms.c - the wiring of the record descriptions into the TUI forms,
 * without a terminal: each form of forms.c is opened (its view is caught
 * instead of pushed), and every field of its record that is typed in a
 * form (no RF_NOFORM) must be on it, under the description's label unless
 * the form names it otherwise on purpose.  Then values set through the
 * description are put on a form and read back into a fresh record
 * (form_read_record) unchanged. */
#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../unit/check.h"
#include "db.h"
#include "form_rec.h"
#include "tui.h"
#include "util.h"

/* ---- the rest of the application, as far as the forms reach ---- */

static form *shown;     /* the form of the last form_show */
static const view_ops *shown_ops;

void tui_push(tui *t, const view_ops *ops, void *priv)
{
	(void)t;
	shown_ops = ops;
	shown = priv;
}

/* Close the caught form's view as the main loop would (frees the form). */
static void close_shown(tui *t)
{
	view v = { shown_ops, shown, 0 };

	if (shown)
		shown_ops->close(t, &v);
	shown = NULL;
}

void tui_pop(tui *t, int changed) { (void)t; (void)changed; }
void tui_message(tui *t, int err, const char *fmt, ...) { (void)t; (void)err; (void)fmt; }
void ask_push(tui *t, const char *q, ask_fn fn, void *arg) { (void)t; (void)q; (void)fn; (void)arg; }
void pick_push(tui *t, const char *title, const char *const *labels, size_t n, int sel,
	       pick_fn fn, void *arg)
{
	(void)t; (void)title; (void)labels; (void)n; (void)sel; (void)fn; (void)arg;
}
void tui_cursor(int y, int x) { (void)y; (void)x; }
void card_push(tui *t, int64_t id, int tab, const char *veld, int which)
{
	(void)t; (void)id; (void)tab; (void)veld; (void)which;
}

/* The form's own name for a described field (NULL: the description's). */
static const char *own_label(field_id fid)
{
	switch (fid) {
	case FLD_WG_NAAM: return "Naam werkgever";      /* next to the startbaan's fields */
	case FLD_AF_REDEN: return "Reden uitval";       /* and "Reden einde" */
	default: return NULL;
	}
}

/* Every form field of rt that a form shows must be on fm, except those in
 * `not_asked` (ended by FLD_NONE; NULL = none). */
static void check_form_except(form *fm, rec_type rt, const char *name, const field_id *not_asked)
{
	const rec_desc *d = record_desc(rt);
	char desc[200];

	snprintf(desc, sizeof desc, "%s: het formulier opent", name);
	if (!CHECK(fm != NULL, desc))
		return;
	for (size_t i = 0; i < d->nfields; i++) {
		const rec_field *f = &d->fields[i];
		form_field *ff;

		if (f->flags & RF_NOFORM)
			continue;
		for (const field_id *n = not_asked; n && *n != FLD_NONE; n++)
			if (*n == f->id)
				goto next;
		ff = form_field_get(fm, f->id);
		snprintf(desc, sizeof desc, "%s: veld %s staat op het formulier", name, f->label);
		if (!CHECK(ff != NULL, desc))
			continue;
		snprintf(desc, sizeof desc, "%s: label van %s", name, f->col);
		CHECK_STR(ff->label, own_label(f->id) ? own_label(f->id) : f->label, desc);
next:		;
	}
}

static void check_form(form *fm, rec_type rt, const char *name)
{
	check_form_except(fm, rt, name, NULL);
}

/* A new employer typed in place on the startbaan form: its phone and
 * e-mail are not asked there (the contact person is). */
static const field_id employer_not_asked[] = { FLD_WG_TELEFOON, FLD_WG_EMAIL, FLD_NONE };

/* A value for each field of rt that the form shows, through the description. */
static void fill(rec_type rt, void *rec)
{
	const rec_desc *d = record_desc(rt);

	for (size_t i = 0; i < d->nfields; i++) {
		const rec_field *f = &d->fields[i];
		const vocab *v;

		if (f->flags & RF_NOFORM)
			continue;
		switch (f->kind) {
		case FK_TEXT: case FK_NOTE:
			rec_set_str(f, rec, f->label);
			break;
		case FK_BSN: rec_set_str(f, rec, "123456782"); break;
		case FK_MOMENT: rec_set_str(f, rec, "2025-03-04 10:30"); break;
		case FK_DATE: rec_set_int(f, rec, cdate_from_ymd(2021, 2, 3) + f->id); break;
		case FK_YEAR: rec_set_int(f, rec, 1970); break;
		case FK_COUNT: rec_set_int(f, rec, 2); break;
		case FK_HOURS: rec_set_real(f, rec, 12.5); break;
		case FK_DECIMAL: rec_set_real(f, rec, 3.5); break;
		case FK_FLAG: rec_set_int(f, rec, 1); break;
		case FK_CODE:
			v = f->voc == NOVOC ? NULL : vocab_get((vocab_id)f->voc);
			rec_set_int(f, rec, v ? v->entries[0].code : 1);
			break;
		case FK_REF: break;
		}
	}
}

/* Put the fields of rec on a form and read them back into a fresh record:
 * every field typed in a form comes back as it was. */
static void round_trip(tui *t, rec_type rt, void *rec, void *back)
{
	const rec_desc *d = record_desc(rt);
	form *fm = form_new("proef");
	valerr e = VALERR_INIT;
	char desc[200];

	for (size_t i = 0; i < d->nfields; i++) {
		const rec_field *f = &d->fields[i];

		if (!(f->flags & RF_NOFORM) && f->kind != FK_REF &&
		    !(f->kind == FK_CODE && f->voc == NOVOC))
			form_add_described(fm, f, rec);
	}
	snprintf(desc, sizeof desc, "%s: teruglezen zonder fouten", d->label);
	CHECK_INT(form_read_record(fm, rt, back, &e), 0, desc);
	CHECK_INT(e.n, 0, desc);
	for (size_t i = 0; i < d->nfields; i++) {
		const rec_field *f = &d->fields[i];
		char *a, *b;

		if (!form_field_get(fm, f->id))
			continue;
		a = rec_get_raw(f, rec);
		b = rec_get_raw(f, back);
		snprintf(desc, sizeof desc, "%s: %s komt terug", d->label, f->label);
		CHECK_STR(b, a, desc);
		free(a);
		free(b);
	}
	valerr_free(&e);
	form_show(t, fm);
	close_shown(t);
}

int main(void)
{
	char *err = NULL;
	tui t;
	client c, c2;
	pip_step p, p2;
	startbaan s, s2;
	journal j, j2;

	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "");
	memset(&t, 0, sizeof t);
	t.db = db_open(":memory:", DB_OPEN_MEMORY, &err);
	if (!CHECK(t.db != NULL, "database in het geheugen"))
		return check_done();
	t.today = cdate_from_ymd(2026, 3, 1);

	form_client(&t, NULL, NULL);
	check_form(shown, REC_CLIENT, "Nieuwe klant");
	close_shown(&t);
	form_pip(&t, 1, NULL, NULL);
	check_form(shown, REC_PIP, "PIP-stap");
	close_shown(&t);
	form_voortraject(&t, 1, NULL, NULL);
	check_form(shown, REC_VOORTRAJECT, "Voortraject");
	close_shown(&t);
	form_activiteit(&t, 1, NULL, NULL);
	check_form(shown, REC_ACTIVITEIT, "Activiteit");
	close_shown(&t);
	form_startbaan(&t, 1, NULL, NULL);
	check_form(shown, REC_STARTBAAN, "Startbaan");
	check_form_except(shown, REC_EMPLOYER, "Startbaan, nieuwe werkgever", employer_not_asked);
	close_shown(&t);
	form_onhold(&t, 1, NULL, NULL);
	check_form(shown, REC_ONHOLD, "On hold");
	close_shown(&t);
	form_afsluiting(&t, 1, NULL, NULL);
	check_form(shown, REC_AFSLUITING, "Uitval/einde");
	close_shown(&t);
	form_journal(&t, 1, NULL, NULL);
	check_form(shown, REC_JOURNAL, "Journaalregel");
	close_shown(&t);
	form_handover(&t, 1, 0);
	check_form(shown, REC_HANDOVER, "Overdracht");
	close_shown(&t);

	client_init(&c);
	client_init(&c2);
	fill(REC_CLIENT, &c);
	round_trip(&t, REC_CLIENT, &c, &c2);
	pip_step_init(&p);
	pip_step_init(&p2);
	fill(REC_PIP, &p);
	round_trip(&t, REC_PIP, &p, &p2);
	startbaan_init(&s);
	startbaan_init(&s2);
	fill(REC_STARTBAAN, &s);
	round_trip(&t, REC_STARTBAAN, &s, &s2);
	journal_init(&j);
	journal_init(&j2);
	fill(REC_JOURNAL, &j);
	round_trip(&t, REC_JOURNAL, &j, &j2);
	client_clear(&c); client_clear(&c2);
	pip_step_clear(&p); pip_step_clear(&p2);
	startbaan_clear(&s); startbaan_clear(&s2);
	journal_clear(&j); journal_clear(&j2);
	db_close(t.db);
	return check_done();
}
