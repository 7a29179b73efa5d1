/* cmd_import.c - casus import [--controleer] BESTAND.csv... (issue 3).
 *
 * Problems go to stderr as "BESTAND:REGEL: KOLOM: wat er mis is" (at most
 * IMPORT_MAX_PROBLEMS, then a count of the rest); the summary and the counts
 * per record type go to stdout. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "import.h"
#include "util.h"


static void import_usage(void)
{
	cli_error("gebruik: casus import [--controleer] BESTAND.csv...");
}

static void import_print_counts(const import_result *res)
{
	printf("%-16s %10s %10s %12s\n", "soort", "toegevoegd", "gewijzigd", "ongewijzigd");
	for (int t = 0; t < IMPORT__NTYPES; t++) {
		if (!res->present[t])
			continue;
		printf("%-16s %10ld %10ld %12ld\n", import_type_name(t), res->n[t].added,
		       res->n[t].changed, res->n[t].unchanged);
	}
}

int cmd_import(cli_ctx *ctx)
{
	const char **paths = xcalloc((size_t)ctx->argc + 1, sizeof *paths);
	size_t npaths = 0;
	int check_only = 0, rc, status;
	import_result res;
	casus_db *db;
	long added = 0, changed = 0;

	for (int i = 0; i < ctx->argc; i++) {
		const char *a = ctx->argv[i];

		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			printf("Gebruik: casus import [--controleer] BESTAND.csv...\n"
			       "Leest klanten, voortrajecten, activiteiten, startbanen, on hold,\n"
			       "uitval/einde en pip-stappen uit CSV-bestanden (het soort volgt uit de\n"
			       "kopregel).\n"
			       "Alles of niets: bij een probleem wordt niets opgeslagen.\n"
			       "  --controleer  alleen controleren, niets opslaan\n");
			free(paths);
			return EXIT_OK;
		} else if (strcmp(a, "--controleer") == 0) {
			check_only = 1;
		} else if (strcmp(a, "--") == 0) {
			for (i++; i < ctx->argc; i++)
				paths[npaths++] = ctx->argv[i];
		} else if (a[0] == '-' && a[1]) {
			cli_error("import: onbekende optie %s", a);
			import_usage();
			free(paths);
			return EXIT_USER;
		} else {
			paths[npaths++] = a;
		}
	}
	if (npaths == 0) {
		import_usage();
		free(paths);
		return EXIT_USER;
	}
	db = cli_open_db(ctx, 0);
	if (!db) {
		free(paths);
		return EXIT_INTERNAL;
	}
	rc = import_run(db, paths, npaths, check_only, &res);
	if (rc == CASUS_INVALID) {
		for (size_t i = 0; i < res.nkept; i++) {
			/* a problem quotes the cell as it is in the file */
			char *safe = str_printable_lines(res.problems[i]);
			fprintf(stderr, "%s\n", safe);
			free(safe);
		}
		if (res.nproblems > res.nkept)
			fprintf(stderr, "... en nog %zu problemen\n", res.nproblems - res.nkept);
		cli_error("import geweigerd: %zu %s; er is niets opgeslagen",
			  res.nproblems, res.nproblems == 1 ? "probleem" : "problemen");
		status = EXIT_USER;
		goto out;
	}
	if (rc != CASUS_OK) {
		cli_error("import mislukt: %s; er is niets opgeslagen", db_errmsg(db));
		status = cli_exit_for(rc);
		goto out;
	}
	for (size_t i = 0; i < res.nfiles; i++)
		printf("%s: %s, %ld %s\n", res.files[i].path, import_type_name(res.files[i].type),
		       res.files[i].rows, res.files[i].rows == 1 ? "regel" : "regels");
	for (size_t i = 0; i < res.nnew_consultants; i++)
		printf("Waarschuwing: %s: %s\n", check_only ? "zou een nieuwe consulent aanmaken" :
		       "nieuwe consulent aangemaakt", res.new_consultants[i]);
	if (res.nnew_consultants && check_only)
		printf("Klopt een naam niet? Verbeter dan de kolom Consulent (de naam of inlognaam van de "
		       "bestaande consulent) voordat u importeert: een tikfout maakt een extra consulent.\n");
	else if (res.nnew_consultants)
		printf("Was dit een tikfout? Verbeter de kolom Consulent en importeer opnieuw: de klanten "
		       "gaan dan naar de bestaande consulent.\n");
	for (size_t i = 0; i < res.nclosed; i++)
		printf("%s %s\n", check_only ? "Zou eindigen door uitval/einde:" : "Beëindigd door uitval/einde:",
		       res.closed[i]);
	if (res.employers_added || res.employers_changed)
		printf("Werkgevers: %ld nieuw, %ld gewijzigd\n", res.employers_added, res.employers_changed);
	for (int t = 0; t < IMPORT__NTYPES; t++) {
		added += res.n[t].added;
		changed += res.n[t].changed;
	}
	if (check_only)
		printf("Controle geslaagd: geen problemen gevonden. Er is niets opgeslagen (--controleer).\n");
	else if (added == 0 && changed == 0 && res.nnew_consultants == 0 && res.nclosed == 0 &&
		 res.employers_added == 0 && res.employers_changed == 0)
		printf("Niets gewijzigd: alles stond al zo in de database.\n");
	else
		printf("Import opgeslagen (in één transactie).\n");
	import_print_counts(&res);
	status = EXIT_OK;
out:
	import_result_free(&res);
	db_close(db);
	free(paths);
	return status;
}
