/* cli_util.h - helpers shared by the command line's reports: text aligned
 * in columns by display width (wcwidth, never cutting a UTF-8 sequence)
 * and option parsing with Dutch messages on stderr. */
#ifndef CASUS_CLI_UTIL_H
#define CASUS_CLI_UTIL_H

#include "cli.h"
#include "date.h"
#include "model.h"
#include "util.h"

/* Columns the text takes on the terminal. */
int cli_disp_width(const char *s);
/* Append s to sb in exactly `width` columns: cut at a character boundary
 * (with "…" marking the cut) or padded with spaces.  pad = 0: no padding
 * (last column). */
void cli_put_col(strbuf *sb, const char *s, int width, int pad);
/* A copy of recorded text without control characters (caller frees). */
char *cli_clean_dup(const char *s);
/* "Achternaam, Voornaam", cleaned (caller frees). */
char *cli_client_name_clean(const client *c);

/* If argv[*i] is option `name` ("--x V" or "--x=V"), set *val and return 1;
 * a missing value prints an error and returns -1; otherwise 0. */
int cli_opt_value(cli_ctx *ctx, int *i, const char *name, const char **val);
/* Parse a date option; prints "--datum: 31-02-2025 bestaat niet in de
 * kalender" and returns -1 when it is not a date. */
int cli_opt_date(const char *name, const char *text, cdate *out);
/* Decimal number in [lo, hi]; -1 with a message otherwise. */
int cli_opt_number(const char *name, const char *text, unsigned long long lo,
		   unsigned long long hi, unsigned long long *out);
/* --help or -h */
int cli_is_help(const char *a);
/* Prints the message for an unknown option; returns EXIT_USER. */
int cli_unknown_option(const char *cmd, const char *a);

#endif
