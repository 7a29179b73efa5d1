/* winch.c - terminal resizes: a SIGWINCH handler that only sets a flag.
 * The main loop (tui.c) asks winch_take() after each wait for a key and
 * resizes the screen there; no curses call happens in the handler. */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

void winch_install(void);
int winch_take(int *rows, int *cols);

static volatile sig_atomic_t pending;

static void on_winch(int sig)
{
	(void)sig;
	pending = 1;
}

void winch_install(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_winch;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;        /* no SA_RESTART: interrupt the read */
	sigaction(SIGWINCH, &sa, NULL);
}

int winch_take(int *rows, int *cols)
{
	struct winsize ws;

	if (!pending)
		return 0;
	pending = 0;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0)
		return 0;
	*rows = ws.ws_row;
	*cols = ws.ws_col;
	return 1;
}
