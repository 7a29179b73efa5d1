/* pager.h - reading a long text in full: a pager view (view_pager.c) and
 * the wrapping it uses (wrap.c), by display width (wcwidth) so that wide
 * characters (CJK), combining marks (Núñez in decomposed form) and other
 * scripts (محمد) wrap at the screen's columns. */
#ifndef CASUS_PAGER_H
#define CASUS_PAGER_H

#include <stddef.h>
#include "tui.h"

/* Split UTF-8 text into lines of at most `width` display columns: at '\n'
 * always, else at the last blank that fits (blanks at a break are
 * dropped), or inside a word longer than the line.  A character of width
 * 0 (a combining mark) stays with the one before it.  *lines is an owned
 * array of owned strings (free with tui_wrap_free); returns their number
 * (at least 1 for non-NULL text). */
size_t tui_wrap(const char *text, int width, char ***lines);
void tui_wrap_free(char **lines, size_t n);

/* Show `text` (copied) in full under `title` (copied): a view of its own,
 * wrapped to the width of the screen (again after a resize), scrolled with
 * j/k, Spatie/PgDn, PgUp, g/G; q or Esc goes back. */
void pager_push(tui *t, const char *title, const char *text);

#endif
