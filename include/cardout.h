/* cardout.h - a client card as text, out of casus: to a file the user
 * names or to the printer (lpr).  The text is card_text_names() (card.h),
 * exactly what `casus toon` prints.  Part of the core (no curses, nothing
 * printed): results are CASUS_* codes and Dutch messages.
 *
 * The file is personal data (BSN, address): it is written as fileout.h
 * describes (a temporary file of mode 0600 next to the target, renamed
 * onto it when complete) and an existing file is replaced only when the
 * caller says so. */
#ifndef CASUS_CARDOUT_H
#define CASUS_CARDOUT_H

#include <stddef.h>

/* Write text to path.  Returns CASUS_OK; CASUS_CONFLICT when path exists
 * and overwrite is 0 (nothing written; msg says so); CASUS_INVALID when
 * path may not be written (a map, a FIFO, ...) or CASUS_DISK when writing
 * failed, with a Dutch message naming the file in msg. */
int cardout_write(const char *path, const char *text, int overwrite, char *msg, size_t msgsz);

/* Is lpr on $PATH (an executable file)? */
int cardout_lpr_available(void);
/* Pipe text to lpr (its own output is discarded).  Returns CASUS_OK, or
 * CASUS_ERROR with a Dutch message in msg (not found, failed to start,
 * ended with an error). */
int cardout_lpr(const char *text, char *msg, size_t msgsz);

#endif
