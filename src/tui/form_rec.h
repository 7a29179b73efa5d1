/* form_rec.h - form fields from the record descriptions (record.h).
 *
 * A described field on a form has the field's id (FLD_*) as its form id,
 * the description's label and, by its kind, a text, date or pick field
 * (codes pick from their vocabulary, flags from ja/nee).  Saving reads the
 * fields back into the record's struct through the description, and the
 * form engine shows each validation problem at the field whose id the
 * problem carries (valerr_item.fid).
 *
 * What a form does beyond that (an employer picked by name, fields hidden
 * by another field's value, defaults of a new record) stays in forms.c. */
#ifndef CASUS_FORM_REC_H
#define CASUS_FORM_REC_H

#include "record.h"
#include "tui.h"

/* Adds the form's own field(s) for a described field the engine cannot add
 * by its kind: a reference (FK_REF: a list the form makes) or a code whose
 * vocabulary depends on another field (FK_CODE with NOVOC).  rec is the
 * record passed to form_add_record. */
typedef void (*form_own_fn)(tui *t, form *fm, const rec_field *f, const void *rec);

/* One described field with the value it has in rec (a struct of the
 * field's record type), by its kind.  Not for FK_REF or NOVOC codes. */
form_field *form_add_described(form *fm, const rec_field *f, const void *rec);
/* The fields of record type rt: those listed in only (ended by FLD_NONE),
 * or, with only NULL, every field without RF_NOFORM in description order.
 * own is called for the fields form_add_described cannot add. */
void form_add_record(tui *t, form *fm, rec_type rt, const field_id *only,
		     const void *rec, form_own_fn own);
/* Read every field of rt that is on the form into rec (text trimmed, blank
 * = unknown; dates and numbers parsed as typed; picks as their code, flags
 * as 0/1; lists as the chosen id).  Parse problems go into e with the
 * field's id.  Returns 0, or -1 when a value could not be read. */
int form_read_record(form *fm, rec_type rt, void *rec, valerr *e);

/* Show or hide the fields of rt with RF_SOMETIMES by the values on the
 * form: shown when record_field_applies to the record as typed, or when
 * the field holds a value (a stored value is never hidden away unseen);
 * hidden otherwise.  For a form's update function. */
void form_show_applying(form *fm, rec_type rt);

/* The field a validation problem belongs to on this form: a visible field
 * with the problem's id, or NULL. */
form_field *form_field_of_problem(form *fm, const valerr_item *it);

#endif
