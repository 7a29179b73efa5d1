/* tui_main.h - the entry of the full-screen application, for the
 * program's main (src/cli/main.c), which opens the database through the
 * core (usecase_open, usecase_demo_create) and hands it over: the full
 * screen and the command line are siblings over the core.  No curses
 * here. */
#ifndef CASUS_TUI_MAIN_H
#define CASUS_TUI_MAIN_H

#include "db.h"

/* Before the database is opened: load the script of the scripted-screen
 * harness ($CASUS_TUI_SCRIPT), or check that stdin and stdout are a
 * terminal.  Returns 0, or 1 after printing the Dutch message to stderr. */
int tui_start(void);
/* Run the full screen on db (open; not closed here).  Returns the exit
 * status: 0 ok, 1 the terminal cannot be used (message printed). */
int tui_main(casus_db *db);
/* The database handed to tui_main is the temporary one of --demo: the
 * title bar says so and quitting asks first.  Call before tui_main. */
void tui_set_demo(int on);
/* Undo tui_start when no database could be opened. */
void tui_cancel(void);

#endif
