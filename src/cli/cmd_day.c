/* cmd_day.c - what a consultant's day needs on the command line:
 * casus instelling (the settings of settings.h) and casus agenda (agenda.h).
 *
 * Decisions (also in casus --help, the man page and the golden tests):
 *  - instelling without arguments lists every setting (value or
 *    "(niet ingesteld)", and the default); with a name it shows that one
 *    with its description; with a name and a value it sets it.  An empty
 *    value ("") removes the setting, so that its default applies again.
 *  - a bad value: exit 1 with a Dutch message naming the setting and the
 *    problem, nothing stored; a peildatum that is not 31 oktober is stored
 *    with a warning on stderr (exit 0). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_util.h"
#include "settings.h"
#include "util.h"

/* ---- casus instelling ------------------------------------------------------ */

static void instelling_help(void)
{
	printf("Gebruik: casus instelling [NAAM [WAARDE]]\n"
	       "Zonder NAAM: alle instellingen met hun waarde en standaard.\n"
	       "Met NAAM: die instelling met haar omschrijving.\n"
	       "Met NAAM en WAARDE: de instelling vastleggen (\"\" wist haar: de standaard\n"
	       "geldt weer).  Voorbeelden:\n"
	       "  casus instelling consultant sanne.de.vries\n"
	       "  casus instelling gemeente \"Deventer\"\n"
	       "  casus instelling team \"Team Inburgering Oost\"\n"
	       "  casus instelling peildatum 31-10-2026\n");
}

static int instelling_list(casus_db *db, const setting_def *only)
{
	strbuf out = STRBUF_INIT;
	int wk = 0;
	size_t n = settings_count();

	for (size_t i = 0; i < n; i++) {
		int w = cli_disp_width(settings_def(i)->key);

		if (w > wk)
			wk = w;
	}
	if (!only) {
		cli_put_col(&out, "Instelling", wk, 1);
		sb_append(&out, "  ");
		cli_put_col(&out, "Waarde", 24, 1);
		sb_append(&out, "  Standaard\n");
	}
	for (size_t i = 0; i < n; i++) {
		const setting_def *d = settings_def(i);
		char *v, *dflt, *clean;

		if (only && d != only)
			continue;
		v = settings_value(db, d);
		dflt = settings_default_text(d);
		clean = v ? cli_clean_dup(v) : xstrdup("(niet ingesteld)");
		if (only) {
			sb_appendf(&out, "%s (%s)\n  %s\n  Waarde: %s\n  Standaard: %s\n",
				   d->key, d->naam, d->omschrijving, clean, dflt);
		} else {
			cli_put_col(&out, d->key, wk, 1);
			sb_append(&out, "  ");
			cli_put_col(&out, clean, 24, 1);
			sb_append(&out, "  ");
			sb_append(&out, dflt);
			sb_appendc(&out, '\n');
		}
		free(clean);
		free(dflt);
		free(v);
	}
	fputs(out.s ? out.s : "", stdout);
	sb_free(&out);
	return EXIT_OK;
}

int cmd_instelling(cli_ctx *ctx)
{
	const char *args[2] = { NULL, NULL };
	int nargs = 0, status = EXIT_OK, rc;
	const setting_def *d = NULL;
	casus_db *db;
	char *msg = NULL;

	for (int i = 0; i < ctx->argc; i++) {
		const char *a = ctx->argv[i];

		if (cli_is_help(a)) {
			instelling_help();
			return EXIT_OK;
		}
		if (a[0] == '-' && a[1] != '\0' && nargs < 1)
			return cli_unknown_option("instelling", a);
		if (nargs == 2) {
			cli_error("instelling: onverwacht argument '%s'", a);
			return EXIT_USER;
		}
		args[nargs++] = a;
	}
	if (nargs >= 1 && !(d = settings_find(args[0]))) {
		cli_error("instelling: '%s' bestaat niet; de instellingen staan in 'casus instelling'", args[0]);
		return EXIT_USER;
	}
	db = cli_open_db(ctx, DB_OPEN_NOCREATE | (nargs < 2 ? DB_OPEN_READS : 0));
	if (!db)
		return EXIT_USER;
	if (nargs < 2) {
		status = instelling_list(db, d);
		goto out;
	}
	rc = settings_set(db, d, args[1], &msg);
	if (rc != CASUS_OK) {
		cli_error("%s", msg ? msg : db_errmsg(db));
		status = cli_exit_for(rc);
		goto out;
	}
	if (msg)
		cli_error("%s", msg);
	{
		char *v = settings_value(db, d), *clean = v ? cli_clean_dup(v) : NULL;

		if (clean)
			printf("%s is nu: %s\n", d->key, clean);
		else
			printf("%s is gewist (standaard geldt weer).\n", d->key);
		free(clean);
		free(v);
	}
out:
	free(msg);
	db_close(db);
	return status;
}
