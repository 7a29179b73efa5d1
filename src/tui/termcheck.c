/* termcheck.c - can the terminal type draw the full screen?  Apart from
 * tui.c because <term.h> defines a macro for every terminfo capability
 * (lines, columns, ...). */
#include "config.h"

#include <curses.h>

#include "tui.h"
/* after tui.h: its names must not meet term.h's macros */
#include <term.h>

int tui_term_usable(const char *term, int fd)
{
	TERMINAL *saved = cur_term;
	const char *cup;
	int err = 0, ok;

	/* err given: setupterm reports instead of printing and exiting */
	if (setupterm((char *)term, fd, &err) != OK || err != 1) {
		set_curterm(saved);
		return 0;
	}
	/* without cursor addressing (TERM=dumb, a printing terminal) only
	 * the last line would show */
	cup = tigetstr("cup");
	ok = cup != NULL && cup != (char *)-1 && *cup;
	del_curterm(cur_term);
	set_curterm(saved);
	return ok;
}
