/* view_card.h - the client card's private parts, shared by the view
 * (view_card.c: loading, drawing, keys) and its rows (view_card_rows.c:
 * each tab's lines, rendered from the core's card model). */
#ifndef CASUS_VIEW_CARD_H
#define CASUS_VIEW_CARD_H

#include "card.h"
#include "caseload.h"
#include "tui.h"

enum { R_INFO, R_KOP, R_VELD, R_HO, R_PIP, R_VT, R_ACT, R_SB, R_OH, R_AF, R_JR, R_HIST };

typedef struct crow {
	char *text;
	int kind;
	int idx, sub;           /* index into the casefile arrays */
	const char *veld;       /* R_VELD: the form label */
	tui_role role;
} crow;

typedef struct card {
	int64_t id;
	casefile cf;
	int loaded;
	card_model m;           /* of cf, when loaded */
	int tab;
	int sel[TAB__COUNT], top[TAB__COUNT];
	crow *rows;
	size_t nrows, cap;
	cl_audit *hist;
	size_t nhist;
	const char *open_veld;
	int open_which, open_pending;
	int open_sub;           /* activity index in voortraject open_which, or -1 */
	int rows_visible;
} card;

/* Rebuild the rows of the current tab (from k->m; the Historie tab reads
 * the audit). */
void card_rows_build(tui *t, card *k);
/* Free the rows' texts (the array stays for reuse). */
void card_rows_free(card *k);
/* The pager (view_pager.c) with the line r in full: every field of its
 * record (a note with its line breaks), a Persoon field's label and value,
 * a Historie entry with all its changes; and with all signals of the
 * client and their legend (view_card_rows.c). */
void card_read_row(tui *t, card *k, const crow *r);
void card_read_signals(tui *t, card *k);
/* "p": the card as text to a file or lpr (card_print.c). */
void card_print(tui *t, card *k);

#endif
