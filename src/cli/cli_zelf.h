/* cli_zelf.h - the zelfevaluatie's parts of the command line shared
 * between its files (cmd_zelfevaluatie*.c) and `casus signalen`. */
#ifndef CASUS_CLI_ZELF_H
#define CASUS_CLI_ZELF_H

#include <stdint.h>

#include "cli.h"
#include "date.h"
#include "util.h"

/* casus zelfevaluatie toon: print round ronde_id; returns the exit status. */
int zelf_toon(casus_db *db, int64_t ronde_id);
/* Append the verbeterplan's actions overdue on day (not klaar or
 * vervallen, streefdatum before day) to a `casus signalen` report;
 * nothing when there are none. */
void zelf_signalen_append(casus_db *db, cdate day, strbuf *out);

#endif
