/* card.h - the client card as plain text (core: no curses, no I/O).
 *
 * card_text() gives the whole card; the card_* section functions append one
 * section each to a strbuf, so the TUI can reuse pieces.  Every line ends in
 * '\n'.  Labels are ASCII; values are UTF-8 as recorded, with control
 * characters (also C1 and invalid bytes) replaced, so the text is safe to
 * print on a terminal.  Dates are dd-mm-jjjj.
 *
 * Ownership: returned strings are heap strings the caller frees. */
#ifndef CASUS_CARD_H
#define CASUS_CARD_H

#include <stddef.h>
#include "model.h"
#include "signals.h"
#include "util.h"

/* The whole card for `today`.  Handover history shows consultant ids
 * ("consulent 3") because no names are at hand; use card_text_names(). */
char *card_text(const casefile *cf, cdate today, const signal_settings *s);
/* The same, with the consultants (e.g. from store_consultant_list) used to
 * name the old and new regiehouder of each handover. */
char *card_text_names(const casefile *cf, cdate today, const signal_settings *s,
		      const consultant *cons, size_t ncons);

/* Sections, in card order. */
void card_identity(strbuf *sb, const casefile *cf, cdate today);
void card_regie(strbuf *sb, const casefile *cf, const consultant *cons, size_t ncons);
void card_signals(strbuf *sb, const casefile *cf, cdate today, const signal_settings *s);
void card_inburgering(strbuf *sb, const casefile *cf, cdate today);
void card_pip(strbuf *sb, const casefile *cf);
void card_voortraject(strbuf *sb, const casefile *cf, cdate today);
void card_startbanen(strbuf *sb, const casefile *cf, cdate today);
void card_afsluiting(strbuf *sb, const casefile *cf, cdate today);
/* The last `last` journal lines (most recent last). */
void card_journal(strbuf *sb, const casefile *cf, size_t last);

/* "Heeft momenteel een startbaan", ..., or "Geen deelnemer startbanen" for
 * a client outside the regeling (static string). */
const char *card_situatie(const casefile *cf, cdate today);
/* Dutch number: 8.5 -> "8,5", 20 -> "20" (one decimal at most). */
void card_format_number(double v, char buf[32]);

#endif
