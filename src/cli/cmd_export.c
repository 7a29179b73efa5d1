/* cmd_export.c - casus export (issue 5; being written). */
#include "config.h"
#include "cli.h"
int cmd_export(cli_ctx *ctx)
{
	cli_error("export: nog niet beschikbaar");
	return EXIT_INTERNAL;
}
