/* cli.h - the command line: shared context and the command entry points.
 *
 * Each command gets the arguments after its name and returns the exit
 * status: 0 ok, 1 user error (bad input, not found, refused), 2 internal
 * error.  Output is Dutch; errors go to stderr prefixed with "casus: ". */
#ifndef CASUS_CLI_H
#define CASUS_CLI_H

#include "db.h"

enum { EXIT_OK = 0, EXIT_USER = 1, EXIT_INTERNAL = 2 };

typedef struct cli_ctx {
	const char *db_path;   /* --db FILE, else NULL: db_default_path() */
	int argc;              /* arguments after the command name */
	char **argv;
} cli_ctx;

/* Open the database of ctx through the core (usecase_open: creating it
 * unless flags has DB_OPEN_NOCREATE); prints the Dutch error and returns
 * NULL on failure.  Also prints the permission warning of
 * db_permission_warning(). */
casus_db *cli_open_db(const cli_ctx *ctx, int flags);
/* Print "casus: <message>" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Map a CASUS_* code to an exit status (INVALID/NOTFOUND/CONFLICT/BUSY -> 1). */
int cli_exit_for(int casus_rc);

/* src/cli/commands.c */
int cmd_demo(cli_ctx *ctx);
int cmd_zoek(cli_ctx *ctx);
int cmd_toon(cli_ctx *ctx);
int cmd_signalen(cli_ctx *ctx);
int cmd_controle(cli_ctx *ctx);
/* src/cli/cmd_import.c */
int cmd_import(cli_ctx *ctx);
/* src/cli/cmd_export.c */
int cmd_export(cli_ctx *ctx);
/* src/cli/cmd_admin.c */
int cmd_notitie(cli_ctx *ctx);
int cmd_integriteit(cli_ctx *ctx);
/* src/cli/cmd_privacy.c */
int cmd_verwijder(cli_ctx *ctx);
int cmd_opschonen(cli_ctx *ctx);
int cmd_backup(cli_ctx *ctx);
/* src/cli/cmd_zelfevaluatie.c */
int cmd_zelfevaluatie(cli_ctx *ctx);
/* src/cli/cmd_day.c */
int cmd_instelling(cli_ctx *ctx);
int cmd_agenda(cli_ctx *ctx);
/* src/cli/cmd_zoeklog.c */
int cmd_zoeklog(cli_ctx *ctx);

#endif
