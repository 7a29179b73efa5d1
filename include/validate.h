/* validate.h - validation of records with Dutch messages that name the
 * field and the problem.  The same functions serve the TUI forms, the
 * command line and the CSV import. */
#ifndef CASUS_VALIDATE_H
#define CASUS_VALIDATE_H

#include <stddef.h>
#include "model.h"
#include "record.h"

typedef struct valerr_item {
	field_id fid;  /* the described field (record.h), FLD_NONE = not one field */
	char *field;   /* Dutch field label as shown to the user, e.g. "Einddatum" */
	char *msg;     /* Dutch message, e.g. "ligt vóór de startdatum" */
} valerr_item;

/* A list of problems.  Zero-initialise (VALERR_INIT); free with
 * valerr_free().  Ownership of strings stays with the list. */
typedef struct valerr {
	valerr_item *items;
	size_t n;
} valerr;
#define VALERR_INIT { NULL, 0 }

void valerr_add(valerr *e, const char *field, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A problem of a described field: the label comes from its description,
 * so forms and import can map fid to their own presentation. */
void valerr_field(valerr *e, field_id fid, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The same under another label than the description's (a code whose
 * vocabulary and label depend on another field: "Reden uitval"). */
void valerr_field_as(valerr *e, field_id fid, const char *label, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void valerr_free(valerr *e);
/* Append to e the problems of more whose field has no problem in e yet
 * (problems without a field id always); more is left as it is. */
void valerr_merge_new(valerr *e, const valerr *more);
/* "Veld: bericht" lines joined with "\n" (caller frees). */
char *valerr_text(const valerr *e);

/* BSN: 9 digits (or 8, a leading zero dropped) passing the elfproef.
 * Returns 1 when valid. */
int bsn_valid(const char *s);
/* Normalise a valid BSN to 9 digits in out[10]; returns 0 ok, -1 invalid. */
int bsn_normalise(const char *s, char out[10]);

/* Each returns the number of problems added to e (0 = valid). */
/* Any record by its type: the description's checks (required, code in its
 * vocabulary, text length and one line, number limits, hours) and the
 * record's rules that span fields. */
int validate_record(rec_type rec, const void *r, valerr *e);
int validate_client(const client *c, valerr *e);
int validate_pip_step(const pip_step *p, valerr *e);
int validate_voortraject(const voortraject *v, valerr *e);
int validate_activiteit(const activiteit *a, valerr *e);
int validate_employer(const employer *w, valerr *e);
int validate_startbaan(const startbaan *s, valerr *e);
int validate_onhold(const onhold *o, valerr *e);
int validate_afsluiting(const afsluiting *a, valerr *e);
int validate_journal(const journal *j, valerr *e);

/* Parse a moment ("Datum en tijd": any date form with a time, see
 * cmoment_parse) into out ("jjjj-mm-dd uu:mm", "" when empty): adds
 * "Veld: message" to e and returns -1 when it is not one; empty is allowed
 * unless required. */
int validate_moment_field(const char *text, const char *field, int required,
			  char out[17], valerr *e);

/* Parse a date field for a form or import: adds "Veld: message" to e on a
 * bad date and returns -1; empty is allowed unless required. */
int validate_date_field(const char *text, const char *field, int required,
			cdate *out, valerr *e);
/* A number >= 0 with ',' or '.' as decimal separator, read the same under
 * every locale; empty -> -1. */
int validate_decimal_field(const char *text, const char *field, double *out, valerr *e);
/* Hours per week: such a number, 0 < h <= 40; empty -> -1. */
int validate_hours_field(const char *text, const char *field, double *out, valerr *e);
/* Whole number >= min; empty -> -1. */
int validate_int_field(const char *text, const char *field, int min, int *out, valerr *e);

#endif
