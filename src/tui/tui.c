/* tui.c - the full-screen application (issue 4; being written). */
#include "config.h"
#include "cli.h"
int tui_main(const char *db_path, int demo)
{
	cli_error("het scherm is nog niet beschikbaar");
	return EXIT_INTERNAL;
}
