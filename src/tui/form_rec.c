/* form_rec.c - form fields from the record descriptions (see form_rec.h). */
#include "config.h"

#include <assert.h>
#include <stdlib.h>

#include "form_rec.h"
#include "util.h"
#include "validate.h"

static int kind_is_text(field_kind k)
{
	return k == FK_TEXT || k == FK_NOTE || k == FK_BSN;   /* a moment is parsed */
}

form_field *form_add_described(form *fm, const rec_field *f, const void *rec)
{
	form_field *ff;
	char *v;

	assert(f && rec);
	assert(f->kind != FK_REF && !(f->kind == FK_CODE && f->voc == NOVOC));
	switch (f->kind) {
	case FK_DATE:
		return form_add_date(fm, f->id, f->label, (cdate)rec_get_int(f, rec));
	case FK_FLAG:
		return form_add_pick(fm, f->id, f->label, VOCAB_JANEE,
				     rec_get_int(f, rec) ? JANEE_JA : JANEE_NEE);
	case FK_CODE:
		return form_add_pick(fm, f->id, f->label, (vocab_id)f->voc, (int)rec_get_int(f, rec));
	default:
		break;
	}
	v = rec_get_text(f, rec);
	ff = form_add_text(fm, f->id, f->label, v);
	free(v);
	if (f->kind == FK_MOMENT)
		ff->hint = "dd-mm-jjjj uu:mm";
	return ff;
}

static void add_one(tui *t, form *fm, const rec_field *f, const void *rec, form_own_fn own)
{
	if (f->kind == FK_REF || (f->kind == FK_CODE && f->voc == NOVOC)) {
		assert(own);
		own(t, fm, f, rec);
	} else {
		form_add_described(fm, f, rec);
	}
}

void form_add_record(tui *t, form *fm, rec_type rt, const field_id *only,
		     const void *rec, form_own_fn own)
{
	const rec_desc *d = record_desc(rt);

	if (only) {
		for (; *only != FLD_NONE; only++) {
			const rec_field *f = record_field(*only);

			assert(f && f->rec == rt);
			add_one(t, fm, f, rec, own);
		}
		return;
	}
	for (size_t i = 0; i < d->nfields; i++)
		if (!(d->fields[i].flags & RF_NOFORM))
			add_one(t, fm, &d->fields[i], rec, own);
}

/* A date or number as typed: parsed by the description; problems carry
 * the field's id. */
static int read_parsed(form_field *ff, const rec_field *f, void *rec, valerr *e)
{
	valerr pe = VALERR_INIT;
	char *s = le_utf8(&ff->le);
	int rc = rec_set_text(f, rec, s, &pe);

	for (size_t i = 0; i < pe.n; i++)
		valerr_field(e, f->id, "%s", pe.items[i].msg);
	valerr_free(&pe);
	free(s);
	return rc;
}

int form_read_record(form *fm, rec_type rt, void *rec, valerr *e)
{
	const rec_desc *d = record_desc(rt);
	int rc = 0;

	for (size_t i = 0; i < d->nfields; i++) {
		const rec_field *f = &d->fields[i];
		form_field *ff = form_field_get(fm, f->id);
		char *s;

		if (!ff)
			continue;
		switch (ff->type) {
		case FT_KEUZE:
			rec_set_int(f, rec, f->kind == FK_FLAG ? ff->code == JANEE_JA : ff->code);
			break;
		case FT_LIJST:
			rec_set_int(f, rec, form_list_id(fm, f->id));
			break;
		case FT_TEKST:
		case FT_DATUM:
			if (kind_is_text(f->kind)) {
				s = form_text(fm, f->id);
				rec_set_str(f, rec, s);
				free(s);
			} else if (read_parsed(ff, f, rec, e) != 0) {
				rc = -1;
			}
			break;
		}
	}
	return rc;
}

/* Does the field on the form hold a value (text as typed, even one that
 * does not parse)? */
static int form_field_filled(form *fm, form_field *ff, const rec_field *f, const void *rec)
{
	char *s;
	int filled;

	if (f->kind == FK_CODE && f->voc != NOVOC)
		return ff->code != VOCAB_ONBEKEND;      /* Onbekend: nothing chosen */
	if (ff->type != FT_TEKST && ff->type != FT_DATUM)
		return !rec_is_null(f, rec);
	s = form_text(fm, ff->id);
	filled = s != NULL;
	free(s);
	return filled;
}

void form_show_applying(form *fm, rec_type rt)
{
	const rec_desc *d = record_desc(rt);
	void *rec = xcalloc(1, d->size);
	valerr e = VALERR_INIT;

	rec_init(rt, rec);
	form_read_record(fm, rt, rec, &e);     /* a value not read stays unknown */
	for (size_t i = 0; i < d->nfields; i++) {
		const rec_field *f = &d->fields[i];
		form_field *ff = form_field_get(fm, f->id);

		if (ff && (f->flags & RF_SOMETIMES))
			ff->hidden = !record_field_applies(f, rec) &&
				     !form_field_filled(fm, ff, f, rec);
	}
	valerr_free(&e);
	rec_clear(rt, rec);
	free(rec);
}

static form_field *visible_with_id(form *fm, int id)
{
	for (size_t k = 0; k < fm->n; k++)
		if (!fm->f[k].hidden && fm->f[k].id == id)
			return &fm->f[k];
	return NULL;
}

form_field *form_field_of_problem(form *fm, const valerr_item *it)
{
	if (it->fid != FLD_NONE)
		return visible_with_id(fm, it->fid);
	/* A problem without a field id (the store's checks that do not give
	 * one yet): its label names a field of one of the form's records. */
	for (size_t k = 0; k < fm->n; k++) {
		const rec_field *f = record_field((field_id)fm->f[k].id);
		const rec_field *named = f ? record_field_by_label(f->rec, it->field) : NULL;
		form_field *ff = named ? visible_with_id(fm, named->id) : NULL;

		if (ff)
			return ff;
	}
	return NULL;
}
