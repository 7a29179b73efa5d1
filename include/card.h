/* card.h - the client card (core: no curses, no I/O).
 *
 * The card model is what a card shows of a casefile, built once from the
 * record descriptions (record.h): per section its rows, each saying which
 * record (and field) it comes from and the values as the card shows them.
 * Two renderers draw it: card_text_names() as plain text for `casus toon`,
 * and the TUI's client card (src/tui/view_card.c) on the screen.
 *
 * Values are the card's text of a field (card_value): printable UTF-8
 * (control characters, C1 and invalid bytes replaced, invisible characters
 * as <U+XXXX>, so safe on a terminal), dates dd-mm-jjjj, codes as their
 * vocabulary label, flags Ja/Nee, hours with a decimal comma, references
 * by name; "" when unknown.
 *
 * Ownership: the model owns its strings (card_model_free); it borrows the
 * casefile it was built from, which must outlive it.  Returned strings of
 * card_text_names() and card_value() are heap strings the caller frees. */
#ifndef CASUS_CARD_H
#define CASUS_CARD_H

#include <stddef.h>
#include "model.h"
#include "record.h"
#include "signals.h"
#include "util.h"

/* The sections of the model, in card order. */
typedef enum card_sec {
	CARD_PERSOON,       /* the client's fields, in description order */
	CARD_OVERDRACHTEN,  /* handovers, oldest first */
	CARD_PIP,
	CARD_VOORTRAJECT,   /* each voortraject followed by its activities */
	CARD_STARTBANEN,
	CARD_ONHOLD,
	CARD_AFSLUITING,
	CARD_JOURNAAL,      /* oldest first */
	CARD_SEC_COUNT
} card_sec;

typedef enum card_row_kind {
	CR_FIELD,           /* one field of the client: label and value */
	CR_RECORD,          /* one record of a list: every field's value */
	CR_PART             /* an activity of the voortraject idx */
} card_row_kind;

typedef struct card_row {
	card_row_kind kind;
	rec_type rec;           /* the record the row comes from */
	field_id fid;           /* CR_FIELD: the field */
	const char *label;      /* CR_FIELD: its label (static) */
	char *value;            /* CR_FIELD: the value */
	size_t idx, sub;        /* position in the casefile's list (CR_PART:
				 * voortraject idx, activity sub) */
	char **vals;            /* CR_RECORD/CR_PART: the value of every field
				 * of rec, in description order */
} card_row;

typedef struct card_section {
	card_row *rows;
	size_t n, cap;
} card_section;

#define CARD_MAX_SIGNALS 16

typedef struct card_model {
	const casefile *cf;     /* borrowed */
	cdate today;
	char *name;             /* display name, printable */
	char *regiehouder;      /* name of the regiehouder, NULL = none */
	int age;                /* from the birth date; -1 unknown */
	int age_approx;         /* from the birth year only; -1 unknown */
	const char *situatie;   /* card_situatie (static) */
	signal sig[CARD_MAX_SIGNALS];
	size_t nsig;            /* signals found (may exceed CARD_MAX_SIGNALS) */
	card_section sec[CARD_SEC_COUNT];
} card_model;

/* Build the model of cf for `today`.  s: signal settings (NULL: defaults);
 * cons: the consultants (e.g. from store_consultant_list) that name the
 * regiehouders of handovers (an unknown one is "consulent 3"). */
void card_model_build(card_model *m, const casefile *cf, cdate today,
		      const signal_settings *s, const consultant *cons, size_t ncons);
void card_model_free(card_model *m);
/* The CARD_PERSOON row of a client field, or NULL. */
const card_row *card_model_field(const card_model *m, field_id fid);
/* The value of field fid in a record row ("" when not a field of it). */
const char *card_row_val(const card_row *r, field_id fid);
/* The card's text of a field of rec (see above).  Caller frees. */
char *card_value(const rec_field *f, const void *rec);

/* The whole card as text, with the consultants naming the regiehouders of
 * each handover.  Every line ends in '\n'; labels are ASCII. */
char *card_text_names(const casefile *cf, cdate today, const signal_settings *s,
		      const consultant *cons, size_t ncons);

/* "Heeft momenteel een startbaan", ..., or "Geen deelnemer startbanen" for
 * a client outside the regeling (static string). */
const char *card_situatie(const casefile *cf, cdate today);
/* Dutch number: 8.5 -> "8,5", 20 -> "20" (one decimal at most). */
void card_format_number(double v, char buf[32]);

#endif
