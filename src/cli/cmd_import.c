/* cmd_import.c - casus import (issue 3; being written). */
#include "config.h"
#include "cli.h"
int cmd_import(cli_ctx *ctx)
{
	cli_error("import: nog niet beschikbaar");
	return EXIT_INTERNAL;
}
