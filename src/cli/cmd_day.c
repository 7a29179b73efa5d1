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
#include "agenda.h"
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

/* ---- casus agenda ------------------------------------------------------------ */

#define AGENDA_MAX_DAGEN 366

static const char *const WEEKDAG[] = { "ma", "di", "wo", "do", "vr", "za", "zo" };

static const char *weekdag(cdate d)
{
	/* 2024-01-01 was a Monday */
	int w = (int)((d - cdate_from_ymd(2024, 1, 1)) % 7);

	return WEEKDAG[w < 0 ? w + 7 : w];
}

static void agenda_help(void)
{
	printf("Gebruik: casus agenda [--dagen N] [--alle] [--datum D]\n"
	       "Wat er gepland staat en welke termijnen verlopen in de periode van D\n"
	       "(standaard vandaag) en de N-1 dagen erna (standaard N = 7): afspraken uit\n"
	       "het journaal, geplande PIP-stappen, en de termijnen van de signalen\n"
	       "(PIP binnen 10 weken, inburgeringstermijn, wissel leerroute, einde\n"
	       "ontzorgen, einde contract, voortgangsgesprek, lang on hold).\n"
	       "Standaard uw eigen klanten (casus instelling consultant); --alle: iedereen.\n");
}

static void agenda_print(const agenda_item *it, size_t n, int alle, strbuf *out)
{
	int wk = 0, wn = 0, wr = 0;
	cdate day = CDATE_NONE;
	char d[11];

	for (size_t i = 0; i < n; i++) {
		int w;

		if ((w = cli_disp_width(it[i].klantnummer)) > wk)
			wk = w;
		if ((w = cli_disp_width(it[i].naam)) > wn)
			wn = w;
		if ((w = cli_disp_width(it[i].regiehouder)) > wr)
			wr = w;
	}
	if (wn > 28)
		wn = 28;
	if (wr > 20)
		wr = 20;
	for (size_t i = 0; i < n; i++) {
		if (it[i].datum != day) {
			day = it[i].datum;
			cdate_format_nl(day, d);
			sb_appendf(out, "%s%s %s\n", i ? "\n" : "", weekdag(day), d);
		}
		sb_append(out, "  ");
		cli_put_col(out, agenda_soort_naam(it[i].soort), 8, 1);
		sb_append(out, "  ");
		cli_put_col(out, it[i].klantnummer, wk, 1);
		sb_append(out, "  ");
		cli_put_col(out, it[i].naam, wn, 1);
		sb_append(out, "  ");
		if (alle) {
			cli_put_col(out, it[i].regiehouder, wr, 1);
			sb_append(out, "  ");
		}
		sb_append(out, it[i].wat);
		sb_appendc(out, '\n');
	}
}

static int agenda_args(cli_ctx *ctx, cdate *from, unsigned long long *dagen, int *alle)
{
	const char *v;
	int r;

	for (int i = 0; i < ctx->argc; i++) {
		const char *a = ctx->argv[i];

		if (cli_is_help(a)) {
			agenda_help();
			return 1;
		}
		if ((r = cli_opt_value(ctx, &i, "--datum", &v)) != 0) {
			if (r < 0 || cli_opt_date("--datum", v, from) < 0)
				return -1;
		} else if ((r = cli_opt_value(ctx, &i, "--dagen", &v)) != 0) {
			if (r < 0 || cli_opt_number("--dagen", v, 1, AGENDA_MAX_DAGEN, dagen) < 0)
				return -1;
		} else if (strcmp(a, "--alle") == 0) {
			*alle = 1;
		} else if (a[0] == '-') {
			cli_unknown_option("agenda", a);
			return -1;
		} else {
			cli_error("agenda: onverwacht argument '%s'", a);
			return -1;
		}
	}
	return 0;
}

int cmd_agenda(cli_ctx *ctx)
{
	cdate from = cdate_today();
	unsigned long long dagen = 7;
	int alle = 0, status = EXIT_OK, rc;
	int64_t me = 0;
	char *naam = NULL, a[11], b[11];
	agenda_item *it = NULL;
	size_t n = 0;
	strbuf out = STRBUF_INIT;
	casus_db *db;

	if ((rc = agenda_args(ctx, &from, &dagen, &alle)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USER;
	db = cli_open_db(ctx, DB_OPEN_NOCREATE | DB_OPEN_READS);
	if (!db)
		return EXIT_USER;
	if (!alle && !(me = settings_me(db, &naam))) {
		cli_error("agenda: niet bekend wie u bent; leg het vast met 'casus instelling "
			  "consultant LOGIN' of gebruik --alle");
		status = EXIT_USER;
		goto out;
	}
	rc = agenda_build(db, from, (int)dagen, alle ? 0 : me, &it, &n);
	if (rc != CASUS_OK) {
		cli_error("%s", db_errmsg(db));
		status = cli_exit_for(rc);
		goto out;
	}
	cdate_format_nl(from, a);
	cdate_format_nl(from + (cdate)dagen - 1, b);
	if (dagen == 1)
		sb_appendf(&out, "Agenda %s %s", weekdag(from), a);
	else
		sb_appendf(&out, "Agenda %s %s t/m %s %s", weekdag(from), a,
			   weekdag(from + (cdate)dagen - 1), b);
	if (alle) {
		sb_append(&out, " (alle klanten)\n\n");
	} else {
		sb_append(&out, " (klanten van ");
		sb_append_printable(&out, naam);
		sb_append(&out, ")\n\n");
	}
	agenda_print(it, n, alle, &out);
	sb_appendf(&out, "%s%zu %s\n", n ? "\n" : "", n, n == 1 ? "punt" : "punten");
	fputs(out.s, stdout);
out:
	agenda_free(it, n);
	sb_free(&out);
	free(naam);
	db_close(db);
	return status;
}
